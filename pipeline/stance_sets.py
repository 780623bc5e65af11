"""Readers for the labelled target-stance sets: NewsMTSC, SEntFiN, FinEntity and our AI-news set."""

from __future__ import annotations

import ast
import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.stance import LABELS

_NEWSMTSC = {2.0: "skeptical", 4.0: "neutral", 6.0: "optimistic"}
_POLARITY = {"negative": "skeptical", "neutral": "neutral", "positive": "optimistic"}
_SENTFIN_PAIR = re.compile(r"""[{,]\s*(['"])(.+?)\1:\s*'(positive|negative|neutral)'""")


@dataclass(frozen=True)
class Example:
    text: str
    start: int  # the target's character span in text
    end: int
    label: str  # one of LABELS
    group: str  # examples of one sentence share a group, so splits keep a sentence on one side
    source: str
    entity: str = ""  # the company, where the set names it


def load_newsmtsc(path: Path) -> list[Example]:
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for target in row["targets"]:
            examples.append(Example(row["sentence_normalized"], target["from"], target["to"],
                                    _NEWSMTSC[float(target["polarity"])], row["primary_gid"], "newsmtsc"))
    return examples


def load_sentfin(path: Path) -> list[Example]:
    """Headline-level labels per company; the span is the company's first occurrence in the headline."""
    examples = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            title = row["Title"]
            try:
                decisions = ast.literal_eval(row["Decisions"])
            except (ValueError, SyntaxError):
                decisions = {m.group(2): m.group(3) for m in _SENTFIN_PAIR.finditer(row["Decisions"])}
            for entity, polarity in decisions.items():
                found = title.lower().find(entity.lower())
                if found >= 0:
                    examples.append(Example(title, found, found + len(entity), _POLARITY[polarity],
                                            f"sentfin-{row['S No.']}", "sentfin"))
    return examples


def load_finentity(path: Path) -> list[Example]:
    examples = []
    for index, row in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        text = row["content"]
        for note in row["annotations"]:
            start, end = note["start"], note["end"]
            if text[start:end] != note["value"]:  # a few offsets are off by some characters
                start = text.find(note["value"])
                end = start + len(note["value"])
            if start >= 0:
                examples.append(Example(text, start, end, _POLARITY[note["label"].lower()],
                                        f"finentity-{index}", "finentity"))
    return examples


def load_ainews(path: Path) -> list[Example]:
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for target in row["targets"]:
            examples.append(Example(row["text"], target["start"], target["end"], target["label"],
                                    row["sid"], "ainews", target.get("entity", "")))
    return examples


def disagreeing_groups(examples: list[Example]) -> set[str]:
    """Sentences whose targets carry different labels: the cases a sentence-level model cannot get."""
    labels: dict[str, set[str]] = {}
    for example in examples:
        labels.setdefault(example.group, set()).add(example.label)
    return {group for group, seen in labels.items() if len(seen) > 1}


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    """Macro-F1 over the three stance labels (a label never predicted right counts 0)."""
    f1 = []
    for label in LABELS:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        wrong = sum((p == label) != (g == label) for g, p in zip(gold, predicted, strict=True))
        f1.append(2 * tp / (2 * tp + wrong) if tp else 0.0)
    return sum(f1) / len(f1)


def swap_rate(gold: list[str], predicted: list[str]) -> float:
    """Swaps: mentions a reader calls skeptical scored optimistic or the reverse, over the skeptical and optimistic ones."""
    polar = [(g, p) for g, p in zip(gold, predicted, strict=True) if g != "neutral"]
    return sum(p not in ("neutral", g) for g, p in polar) / len(polar)


def calibration_error(gold: list[str], probabilities: list[list[float]], bins: int = 10) -> float:
    """Expected calibration error: over ten equal bins of the top probability, how far the share of labels right
    is from the mean top probability, weighted by the bin's share of the mentions (0 = a 0.8 is right 80% of the time)."""
    binned: list[list[tuple[float, bool]]] = [[] for _ in range(bins)]
    for label, row in zip(gold, probabilities, strict=True):
        top = max(range(len(LABELS)), key=lambda i: row[i])
        binned[min(int(row[top] * bins), bins - 1)].append((float(row[top]), LABELS[top] == label))
    return sum(abs(sum(p for p, _ in rows) - sum(right for _, right in rows)) for rows in binned) / len(gold)


_COMMON = frozenset("the a an of to in on for and or its it is was has have had by at as with from that this than be are "
                    "will would said says after over about more most new".split())


def words(text: str) -> list[str]:
    """The words of a text, lower-cased, without punctuation: what two copies of a sentence have in common."""
    return re.findall(r"\w+", text.lower())


def _runs(text: str, n: int) -> set[tuple[str, ...]]:
    found = words(text)
    return {tuple(found[i:i + n]) for i in range(len(found) - n + 1)}


def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in words(text) if w not in _COMMON and len(w) > 2)


def near_any(texts: list[str], others: list[str], run: int = 7, overlap: float = 0.6) -> set[str]:
    """The texts that come close to one of `others`: a run of `run` words in common, or at least `overlap` of their
    content words shared (Jaccard). Writers who read the same kind of coverage write some sentences twice."""
    runs = set().union(*(_runs(t, run) for t in others)) if others else set()
    contents = [_content(t) for t in others]
    near = set()
    for text in texts:
        content = _content(text)
        if _runs(text, run) & runs or any(len(content & c) / max(1, len(content | c)) >= overlap for c in contents):
            near.add(text)
    return near
