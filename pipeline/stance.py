"""Stance toward a company, sentence by sentence: labels, scores and the scorer boundary (no torch here)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Protocol

import numpy as np

from pipeline.models import Stance
from pipeline.sentences import LIST_MARKER

LABELS = ("skeptical", "neutral", "optimistic")


class StanceScorer(Protocol):
    """Anything that gives P(skeptical, neutral, optimistic) for targets in sentences."""

    version: str
    sentence_encoder: str  # the weights digest of the model whose sentence vectors the theme head reads

    def probabilities(self, targets: Sequence[tuple[str, int, int]]) -> np.ndarray:
        """(sentence, start, end) of each target → float array (n, 3) in LABELS order."""
        ...

    def analyse(self, targets: Sequence[tuple[str, int, int]], themes: bool = True, batch_size: int = 64,
                sentence_vectors: Mapping[str, np.ndarray] | None = None) -> tuple[np.ndarray, np.ndarray | None]:
        """The stance probabilities and, when asked and the model has a theme head, P(theme) (n, 10) in
        pipeline.themes.THEME_NAMES order, from one pass; `sentence_vectors` are the packaged model's vectors of
        sentences that search has already embedded (text -> vector), so the theme head need not embed them again."""
        ...


def to_stance(probabilities: np.ndarray) -> list[Stance]:
    """Label = the likeliest class; score = P(optimistic) − P(skeptical), in [-1, 1]."""
    return [
        Stance(LABELS[int(row.argmax())], round(float(row[2] - row[0]), 4))
        for row in np.asarray(probabilities, dtype=np.float64)
    ]



# what extraction puts in front of a sentence that says nothing about the company: list markers, emoji and
# the section labels of an analysis ("Why This Matters:", "Limitations & Risks:"); list markers are LIST_MARKER
_SECTION_LABEL = re.compile(
    r"(why (this|it) matters|limitations?( (&|and) risks?)?|risks?|actionable advice|key (facts?|takeaways?|points?)|"
    r"(the )?takeaways?|(the )?bottom line|what to watch|what it means|editor'?s take|our take|verdict|context|caveats?|"
    r"background|the big picture|by the numbers|analysis|opinion|update|breaking|(pro |quick )?tips?|note|in short|"
    r"tl;?dr|summary|recap|highlights?|the details|what'?s next|what happened|what we know)\s*[:：]\s*",
    re.IGNORECASE,
)


def normalise(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The sentence without the list marker, emoji and section label in front of it, and the target's span in
    what is left: a label must not depend on how extraction laid the sentence out. Scoring and training alike."""
    cut = 0
    while True:
        rest = text[cut:]
        stripped = len(rest) - len(rest.lstrip())
        if stripped:
            cut += stripped
            continue
        if rest and unicodedata.category(rest[0]) in ("So", "Sk", "Cf", "Mn", "Co") or rest[:1] == "\ufe0f":
            cut += 1
            continue
        match = LIST_MARKER.match(rest) or _SECTION_LABEL.match(rest)
        if match and match.end() < len(rest):
            cut += match.end()
            continue
        break
    if cut > start or cut == 0:  # the target itself is in the prefix: leave the sentence as it is
        return text, start, end
    return text[cut:], start - cut, end - cut


WINDOW_CHARS = 600  # about the 128 tokens the stance model reads


def window(text: str, start: int, end: int, limit: int = WINDOW_CHARS) -> tuple[str, int, int]:
    """A text longer than the model reads, cut to the stretch around the target (whole words), its span moved
    with it: a target past the model's limit would otherwise be scored without being seen."""
    if len(text) <= limit:
        return text, start, end
    middle = (start + end) // 2
    left = max(0, min(middle - limit // 2, len(text) - limit))
    right = min(len(text), left + limit)
    while left > 0 and not text[left - 1].isspace() and left < start:
        left += 1
    while right < len(text) and not text[right].isspace() and right > end:
        right -= 1
    return text[left:right], start - left, end - left
