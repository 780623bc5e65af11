"""What a sentence judges a company on: the fixed theme set, its descriptions and the labels a model gives
(no torch here; the theme head sits on the stance model's states, index/stance_model.py)."""

from __future__ import annotations

from collections.abc import Iterable

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
