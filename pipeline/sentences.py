"""Sentence splitting for news prose: regex rules with an abbreviation list, no model to download."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "gov", "sen", "rep", "rev", "col", "lt",
    "sgt", "capt", "inc", "corp", "co", "ltd", "plc", "llc", "bros", "vs", "etc", "eg", "ie", "cf", "al",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vol",
    "fig", "approx", "est", "dept", "univ", "ave", "blvd", "u.s", "u.k", "e.g", "i.e", "a.m", "p.m",
}
# a list item's marker at the start of a line: "- ", "• ", "1. ", "2) "
LIST_MARKER = re.compile(r"[-–—•*·▪►▶✔✓]\s+|\d{1,2}[.)]\s+")
# a candidate boundary: . ! ? (and closing quotes/brackets), then space, then an opening of a sentence
_BOUNDARY = re.compile(r"""([.!?…]+["'”’)\]]*)(\s+)(?=["'“‘(\[]?[A-Z0-9])""")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset of the sentence in the text it was split from
    index: int


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text`, each with its offset; lines (paragraphs, list items) never run together."""
    sentences: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        for start, end in _split_line(line):
            chunk = line[start:end]
            lead = len(chunk) - len(chunk.lstrip())
            chunk = chunk.strip()
            if chunk:
                sentences.append(Sentence(chunk, offset + start + lead, len(sentences)))
        offset += len(line) + 1
    return sentences


def _split_line(line: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        end = match.end(1)
        if _is_abbreviation(line[start:end]) or LIST_MARKER.fullmatch(line[start:match.end(2)].lstrip()):
            continue  # "1. Claude …": a numbered item's marker is not a sentence of its own
        spans.append((start, end))
        start = match.end(2)
    spans.append((start, len(line)))
    return spans


def _is_abbreviation(chunk: str) -> bool:
    """Does `chunk` end in an abbreviation or an initial rather than a sentence end?"""
    if not chunk.endswith("."):
        return False
    word = re.search(r"([\w.]+)\.$", chunk)
    if not word:
        return False
    token = word.group(1).lower()
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha() and token.upper() == word.group(1))
