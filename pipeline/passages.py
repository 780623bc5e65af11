"""What search can land on: every sentence that mentions a tracked company, and overlapping passages
of a few sentences that together cover the whole article, so a hit shows its context."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.sentences import split_sentences

PASSAGE_SENTENCES = 5  # sentences per passage
PASSAGE_STRIDE = 4  # a new passage every 4 sentences: neighbours share one sentence
MAX_PASSAGE_CHARS = 1200  # the model reads 256 tokens; a passage stops growing past this


@dataclass(frozen=True)
class Passage:
    kind: str  # "sentence" (one sentence with a mention) or "passage"
    first: int  # index of its first and last sentence in the article
    last: int
    start: int  # character span in the article's text
    end: int
    text: str


def passages(text: str, mention_sentences: set[int]) -> list[Passage]:
    """Passages covering all of `text`, then the sentences (by index) that carry a mention."""
    sentences = split_sentences(text)
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
        if sentence.index in mention_sentences:
            out.append(Passage("sentence", sentence.index, sentence.index, sentence.start,
                               sentence.start + len(sentence.text), sentence.text))
    return out
