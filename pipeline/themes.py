"""What a sentence judges a company on: the fixed theme set, its descriptions and the labels a model gives
(no torch here; the theme head sits on the stance model's states, index/stance_model.py)."""

from __future__ import annotations

import json
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

# the fixed set and its order (the head's output order); config may add to a description, never rename
THEMES: dict[str, str] = {
    "models": "model quality, capabilities, benchmarks, how its models compare",
    "products": "products and features, launches, apps, assistants, outages and reliability of a service",
    "open_source": "open-source / open-weights strategy, licences, giving models away",
    "business": "revenue, monetisation, pricing, profit, market share, valuation, stock",
    "infrastructure": "capital spending, data centres, chips, compute, energy, cloud capacity",
    "adoption": "take-up by enterprises, developers or consumers, partnerships, customers, ecosystem",
    "regulation": "regulation, lawsuits, copyright, privacy, antitrust, fines, compliance",
    "safety": "AI safety, security, misuse, ethics, trust",
    "people": "executives, leadership, hiring, talent, layoffs, culture",
    "other": "none of the above",
}
THEME_NAMES: tuple[str, ...] = tuple(THEMES)


def check_themes(names: Iterable[str]) -> list[str]:
    """The names as given, or ValueError naming the unknown one and listing the valid ones."""
    names = list(names)
    for name in names:
        if name not in THEMES:
            raise ValueError(f"unknown theme {name!r}; valid themes: {', '.join(THEME_NAMES)}")
    return names


def to_themes(probabilities: np.ndarray) -> list[tuple[str, float]]:
    """(theme, its probability) of each row of P(theme) in THEME_NAMES order."""
    rows = np.asarray(probabilities, dtype=np.float64)
    return [(THEME_NAMES[int(row.argmax())], round(float(row.max()), 4)) for row in rows]


@dataclass(frozen=True)
class ThemeExample:
    """One labelled mention of a theme set (datasets/themes/*.jsonl)."""

    text: str
    start: int
    end: int
    entity: str
    theme: str
    accepted: tuple[str, ...]  # the theme and any second theme a reader accepts
    group: str  # the sentence's id: folds keep a sentence's mentions together


def load_theme_set(path: Path) -> list[ThemeExample]:
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            examples += [ThemeExample(record["text"], t["start"], t["end"], t["entity"], t["theme"],
                                      tuple(t.get("accepted") or [t["theme"]]), record["sid"])
                         for t in record["targets"]]
    return examples


def theme_scores(gold: Sequence[ThemeExample], predicted: Sequence[str]) -> dict[str, Any]:
    """Accuracy (a prediction is right when it is one of the accepted themes), macro-F1 over the themes present
    (an accepted second theme counts as the gold one when predicted) and each theme's precision, recall, F1."""
    truth = [p if p in g.accepted else g.theme for g, p in zip(gold, predicted, strict=True)]
    per_theme = {}
    for theme in THEME_NAMES:
        hit = sum(t == p == theme for t, p in zip(truth, predicted, strict=True))
        said, real = predicted.count(theme), truth.count(theme)
        if not said and not real:
            continue
        precision, recall = hit / said if said else 0.0, hit / real if real else 0.0
        per_theme[theme] = {"precision": round(precision, 3), "recall": round(recall, 3), "support": real,
                            "f1": round(2 * precision * recall / (precision + recall), 3) if hit else 0.0}
    return {"mentions": len(gold), "accuracy": round(sum(t == p for t, p in zip(truth, predicted, strict=True))
                                                      / max(1, len(gold)), 3),
            "macro_f1": round(sum(v["f1"] for v in per_theme.values()) / max(1, len(per_theme)), 3),
            "min_precision": min((v["precision"] for v in per_theme.values()), default=0.0),
            "per_theme": per_theme}


# how much a mention's theme leans on the company's other mentions in the same article, then on all the article's
# mentions: chosen on half of a local set of real articles (by article), the other half reports it (docs/themes.md)
CONTEXT_WEIGHT = 0.4
ARTICLE_WEIGHT = 0.3


def in_article_context(probabilities: np.ndarray, articles: Sequence[Hashable], companies: Sequence[str]) -> np.ndarray:
    """P(theme) of each mention as ingest stores it: mixed with its company's other mentions in the same article
    (CONTEXT_WEIGHT), then with every other mention of the article (ARTICLE_WEIGHT): an article is mostly about one
    thing, and a sentence alone often does not say which."""
    same_company = with_article_context(probabilities, list(zip(articles, companies, strict=True)), CONTEXT_WEIGHT)
    return with_article_context(same_company, articles, ARTICLE_WEIGHT)


def with_article_context(probabilities: np.ndarray, keys: Sequence[Hashable], weight: float = CONTEXT_WEIGHT
                         ) -> np.ndarray:
    """P(theme) of each mention mixed with the mean of its company's other mentions in the same article (rows with
    the same key, e.g. (article id, company)): a sentence such as "Anthropic acknowledged the problem" says little
    alone, and the article around it says what the problem is. A mention alone under its key keeps its own."""
    rows = np.asarray(probabilities, dtype=np.float64)
    groups: dict[Hashable, list[int]] = {}
    for row, key in enumerate(keys):
        groups.setdefault(key, []).append(row)
    mixed = rows.copy()
    for members in groups.values():
        if len(members) < 2:
            continue
        total = rows[members].sum(0)
        for row in members:
            mixed[row] = (1 - weight) * rows[row] + weight * (total - rows[row]) / (len(members) - 1)
    return mixed
