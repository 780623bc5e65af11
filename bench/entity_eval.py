"""Company mentions found against a hand-labelled set of short articles (datasets/entities/linking.jsonl):
aliases that are something else (a river, a painter, a given name), and "the company" / "the firm".

    .venv/bin/python bench/entity_eval.py

Precision: found mentions that are right; recall: labelled mentions found. Baseline in the same run: the
same finder without its context rules (every alias and every "the company" of a dominant company).
Writes bench/results/entities.json; tests/test_entities.py keeps a floor on the precision.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.config import load_config  # noqa: E402
from pipeline.entities import MentionFinder  # noqa: E402

CASES = ROOT / "datasets" / "entities" / "linking.jsonl"


class AliasesOnly:
    """The baseline: every alias is its company (no context rules), and "the company"/"the firm" is the
    article's dominant company wherever it stands."""

    def __init__(self, finder: MentionFinder) -> None:
        self.finder = finder

    def find(self, text: str) -> list[Any]:
        from pipeline.entities import _REFERENCE, _dominant
        from pipeline.models import Mention
        from pipeline.sentences import split_sentences

        mentions, unresolved = [], []
        for sentence in split_sentences(text):
            seen: set[str] = set()
            for match in self.finder._pattern.finditer(sentence.text):
                entity = self.finder.alias_to_entity[match.group(1)]
                if entity not in seen:
                    seen.add(entity)
                    mentions.append(Mention(None, sentence.index, sentence.text, entity, match.group(1), 0, 0, 0))
            if not seen and (reference := _REFERENCE.search(sentence.text)):
                unresolved.append((sentence, reference))
        dominant = _dominant(mentions)
        return mentions + [Mention(None, s.index, s.text, dominant, r.group(0), 0, 0, 0, "reference")
                           for s, r in unresolved if dominant]


def score(finder: Any) -> dict[str, Any]:
    found_total = expected_total = right = 0
    wrong: list[str] = []
    missed: list[str] = []
    for line in CASES.read_text().splitlines():
        case = json.loads(line)
        found = Counter((m.entity, m.mention) for m in finder.find(case["text"]))
        expected = Counter(tuple(pair) for pair in case["expected"])
        right += sum((found & expected).values())
        found_total += sum(found.values())
        expected_total += sum(expected.values())
        wrong += [f"{entity} '{mention}' in: {case['text'][:70]}" for entity, mention in found - expected]
        missed += [f"{entity} '{mention}' in: {case['text'][:70]}" for entity, mention in expected - found]
    return {"cases": len(CASES.read_text().splitlines()), "found": found_total, "expected": expected_total,
            "precision": round(right / found_total, 4), "recall": round(right / expected_total, 4), "wrong": wrong, "missed": missed}


def main() -> None:
    finder = MentionFinder(load_config(None).entities)
    report = score(finder)
    baseline = score(AliasesOnly(finder))
    report["aliases_only"] = {key: baseline[key] for key in ("precision", "recall", "found")}
    print(f"mentions: precision {report['precision']:.3f}, recall {report['recall']:.3f} "
          f"({report['found']} found, {report['expected']} labelled, {report['cases']} articles); "
          f"aliases alone, same run: precision {baseline['precision']:.3f}, recall {baseline['recall']:.3f}")
    for kind in ("wrong", "missed"):
        for line in report[kind]:
            print(f"  {kind}: {line}")
    out = ROOT / "bench" / "results" / "entities.json"
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
