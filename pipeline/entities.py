"""Company mentions: alias tables → spans, with the case and context rules that keep false friends out."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable

from pipeline.config import Entity
from pipeline.models import Mention
from pipeline.sentences import Sentence, split_sentences

# An alias followed (or preceded) by these is something else: the river, the fruit, the statistics.
_FALSE_FRIENDS: dict[str, re.Pattern[str]] = {
    "Amazon": re.compile(r"\s*(rain ?forest|river|basin|jungle|region|delta|forest|tribe|warrior|parrot)", re.I),
    "Apple": re.compile(r"\s*(orchards?|pies?|juice|trees?|cider|farms?|blossoms?|varieties|sauce|seeds?)", re.I),
    "Meta": re.compile(r"-(analys[ie]s|analytic|data|learning|review|study|studies|heuristics?|model)", re.I),
    "Claude": re.compile(r"\s+(Monet|Shannon|Debussy|Chabrol|Lelouch|Van Damme|Rains)\b"),
    "Bedrock": re.compile(r"\s+of\b"),
}
_FALSE_BEFORE: dict[str, re.Pattern[str]] = {
    "Bard": re.compile(r"\bthe\s+$", re.I),  # "the Bard" is Shakespeare
    "Gemini": re.compile(r"\b(Project|NASA's)\s+$"),
}
# what an article about one company calls it when it does not name it
_REFERENCE = re.compile(
    r"\b[Tt]he (company|firm|startup|group|lab|chipmaker|tech giant|search giant|social[- ]media giant|"
    r"cloud giant|retail giant|software giant|iPhone maker|ChatGPT maker)\b"
)


class MentionFinder:
    """Compiled once per entity table; `find` is then a single regex scan per sentence."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.alias_to_entity: dict[str, str] = {}
        for entity in entities:
            for alias in entity.aliases:
                self.alias_to_entity.setdefault(alias, entity.name)
        aliases = sorted(self.alias_to_entity, key=len, reverse=True)  # "Meta AI" before "Meta"
        table = "\n".join(f"{alias}\t{self.alias_to_entity[alias]}" for alias in sorted(aliases))
        self.digest = hashlib.sha256(table.encode()).hexdigest()[:12]  # a changed table means re-finding
        # case-sensitive on purpose: "meta", "apple", "amazon" in lower case are words, not companies
        self._pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in aliases) + r")(?![\w])")

    def spans(self, text: str) -> list[tuple[str, str, int, int]]:
        """(entity, alias, start, end) for each company mention in `text`."""
        found = []
        for match in self._pattern.finditer(text):
            alias = match.group(1)
            first_word = alias.split()[0]
            after = _FALSE_FRIENDS.get(first_word)
            before = _FALSE_BEFORE.get(first_word)
            if after and after.match(text, match.end()):
                continue
            if before and before.search(text[: match.start()]):
                continue
            found.append((self.alias_to_entity[alias], alias, match.start(), match.end()))
        return found

    def find(self, text: str, article_id: int | None = None) -> list[Mention]:
        """Every mention in an article's text, sentence by sentence; one per company per sentence.

        Sentences with no company named but "the company" (or "the chipmaker", …) get a `reference`
        mention of the article's dominant company: the one named in at least half of the explicit
        mentions, at least three times.
        """
        sentences = split_sentences(text)
        mentions: list[Mention] = []
        unresolved: list[tuple[Sentence, re.Match[str]]] = []
        for sentence in sentences:
            seen: set[str] = set()
            for entity, alias, start, end in self.spans(sentence.text):
                if entity in seen:
                    continue
                seen.add(entity)
                mentions.append(Mention(article_id, sentence.index, sentence.text, entity, alias, start, end,
                                        sentence.start, "alias"))
            if not seen:
                reference = _REFERENCE.search(sentence.text)
                if reference:
                    unresolved.append((sentence, reference))
        dominant = _dominant(mentions)
        if dominant:
            for sentence, reference in unresolved:
                mentions.append(Mention(article_id, sentence.index, sentence.text, dominant, reference.group(0),
                                        reference.start(), reference.end(), sentence.start, "reference"))
        mentions.sort(key=lambda m: (m.sentence_index, m.start))
        return mentions


def _dominant(mentions: list[Mention]) -> str | None:
    counts = Counter(m.entity for m in mentions)
    if not counts:
        return None
    entity, count = counts.most_common(1)[0]
    return entity if count >= 3 and count >= 0.5 * sum(counts.values()) else None
