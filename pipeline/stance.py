"""Stance toward a company, sentence by sentence: labels, scores and the scorer boundary (no torch here)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np

from pipeline.models import Stance

LABELS = ("skeptical", "neutral", "optimistic")


class StanceScorer(Protocol):
    """Anything that gives P(skeptical, neutral, optimistic) for targets in sentences."""

    version: str

    def probabilities(self, targets: Sequence[tuple[str, int, int]]) -> np.ndarray:
        """(sentence, start, end) of each target → float array (n, 3) in LABELS order."""
        ...


def to_stance(probabilities: np.ndarray) -> list[Stance]:
    """Label = the likeliest class; score = P(optimistic) − P(skeptical), in [-1, 1]."""
    return [
        Stance(LABELS[int(row.argmax())], round(float(row[2] - row[0]), 4))
        for row in np.asarray(probabilities, dtype=np.float64)
    ]

