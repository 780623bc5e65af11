"""What search can land on: every sentence of the article (but headings), and overlapping passages of a
few sentences that together cover the whole article, so a query that spans sentences finds them too and
a sentence hit can show its context.

Only sentences go through the model. A passage's vector is the mean of its sentences' vectors weighted by
their length, normalised: close to what mean pooling over the passage's own tokens gives, at no model cost
(bench/search_quality.py measures it against embedding every passage; bench/ingest.py what it saves).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from pipeline.sentences import LIST_MARKER, Sentence, split_sentences

PASSAGE_SENTENCES = 5  # sentences per passage
PASSAGE_STRIDE = 4  # a new passage every 4 sentences: neighbours share one sentence
MAX_PASSAGE_CHARS = 1200  # the model reads 256 tokens; a passage stops growing past this
HEADING_WORDS = 8  # a line this short without closing punctuation is a heading: in passages, never a hit alone
CONTEXT_SENTENCES = 2  # a sentence hit shows this many sentences either side
_CLOSING = tuple(".!?…:;\"'”’)")


@dataclass(frozen=True)
class Passage:
    kind: str  # "sentence" (one sentence) or "passage"
    first: int  # index of its first and last sentence in the article
    last: int
    start: int  # character span in the article's text
    end: int
    text: str


def passages(text: str, sentences: Sequence[Sentence] | None = None) -> list[Passage]:
    """Passages covering all of `text`, then every sentence that is not a heading (`sentences`: the text's own
    split, when the caller has it already)."""
    sentences = split_sentences(text) if sentences is None else sentences
    out: list[Passage] = []
    begin = 0
    while begin < len(sentences):
        last = begin
        while (last + 1 < len(sentences) and last + 1 - begin < PASSAGE_SENTENCES
               and sentences[last + 1].start + len(sentences[last + 1].text) - sentences[begin].start
               <= MAX_PASSAGE_CHARS):
            last += 1
        start, end = sentences[begin].start, sentences[last].start + len(sentences[last].text)
        out.append(Passage("passage", begin, last, start, end, text[start:end]))
        if last == len(sentences) - 1:
            break
        begin = max(begin + 1, min(begin + PASSAGE_STRIDE, last))
    for sentence in sentences:
        if not is_heading(sentence.text):
            out.append(Passage("sentence", sentence.index, sentence.index, sentence.start,
                               sentence.start + len(sentence.text), sentence.text))
    return out


def unit_vectors(units: Sequence[Passage], sentences: Sequence[Sentence], vectors: np.ndarray) -> np.ndarray:
    """Each unit's vector (n, d) from its article's sentence vectors (one row per sentence, headings included):
    a sentence's own, a passage's the length-weighted mean of its sentences', L2-normalised."""
    out = np.zeros((len(units), vectors.shape[1] if vectors.ndim == 2 else 0), dtype=np.float32)
    lengths = np.array([len(sentence.text) for sentence in sentences], dtype=np.float32)
    for row, unit in enumerate(units):
        if unit.kind == "sentence":
            out[row] = vectors[unit.first]
            continue
        mean = lengths[unit.first:unit.last + 1] @ vectors[unit.first:unit.last + 1]
        out[row] = mean / max(float(np.linalg.norm(mean)), 1e-12)
    return out


def is_heading(sentence: str) -> bool:
    """"What it means for Llama", "Key Facts": short, no sentence ending, not a list item."""
    text = sentence.strip()
    return (len(text.split()) <= HEADING_WORDS and not text.endswith(_CLOSING)
            and not LIST_MARKER.match(text))


def context_around(text: str, start: int, end: int) -> str:
    """The sentences of the unit at [start, end) of `text` with CONTEXT_SENTENCES more either side, as the article
    has them. Only the lines around the unit are split, line by line until enough stand on either side: sentences
    never cross a line, so they are the sentences a split of the whole text gives, and a sentence hit's context
    costs a few lines, not its article."""
    low = text.rfind("\n", 0, start) + 1
    high = text.find("\n", end)
    high = len(text) if high < 0 else high
    while True:
        sentences = split_sentences(text[low:high])
        inside = [i for i, sentence in enumerate(sentences) if start <= low + sentence.start < end]
        if not inside:  # not a unit of this text: as the whole-text split would place nothing, show the span
            return text[start:end]
        before, after = inside[0], len(sentences) - 1 - inside[-1]
        grow_low = before < CONTEXT_SENTENCES and low > 0
        grow_high = after < CONTEXT_SENTENCES and high < len(text)
        if not (grow_low or grow_high):
            break
        if grow_low:
            low = text.rfind("\n", 0, low - 1) + 1
        if grow_high:
            following = text.find("\n", high + 1)
            high = len(text) if following < 0 else following
    first = sentences[max(0, inside[0] - CONTEXT_SENTENCES)]
    last = sentences[min(len(sentences) - 1, inside[-1] + CONTEXT_SENTENCES)]
    return text[low + first.start:low + last.start + len(last.text)]
