"""Company mentions: alias tables → spans, with the case and context rules that keep false friends out."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable

from pipeline.config import Entity
from pipeline.models import Mention
from pipeline.sentences import Sentence, split_sentences

RULES_VERSION = "3"  # bump when the rules below find different mentions in the same text
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
# Aliases that are also given names: followed by a surname they are a person ("Claude de Loupy", "Alexa
# Chung"), unless the next word is one of the product's own ("Claude Opus", "Alexa Plus").
_GIVEN_NAME_ALIASES: dict[str, frozenset[str]] = {
    "Claude": frozenset({"Opus", "Sonnet", "Haiku", "Code", "Instant", "Pro", "Max", "Enterprise", "Team", "Gov",
                         "AI", "App", "Apps", "Desktop", "Chat", "Artifacts", "Projects", "Agent", "Agents"}),
    "Alexa": frozenset({"Plus", "Shopping", "Skills", "AI", "App", "Voice", "Show", "Echo", "Home"}),
    "Siri": frozenset({"Shortcuts", "Suggestions", "AI", "App", "Intelligence"}),
    "Grok": frozenset({"Imagine", "Code", "AI", "App", "Heavy", "Mini"}),
}
_SURNAME = re.compile(r"\s+(?:(?:de|du|des|van|von|der|den|da|di|del|della|le|la|dos|bin|al)\s+){0,2}([A-Z][a-zà-ÿ'’-]+)\b")
# what an article about one company calls it when it does not name it; a descriptor names one company
_REFERENCE = re.compile(
    r"\b[Tt]he (company|firm|startup|group|lab|chipmaker|tech giant|search giant|social[- ]media giant|"
    r"cloud giant|retail giant|software giant|iPhone maker|ChatGPT maker)\b"
)
_DESCRIBES = {"chipmaker": "Nvidia", "search giant": "Google", "social media giant": "Meta", "social-media giant": "Meta",
              "retail giant": "Amazon", "software giant": "Microsoft", "iPhone maker": "Apple", "ChatGPT maker": "OpenAI"}
# organisations an article may be talking about between its mentions of the company: "the firm" then means them
_OTHER_ORGANISATION = re.compile(
    r"\b(Morgan Stanley|Goldman Sachs|JPMorgan|J\.P\. Morgan|Bernstein|Jefferies|Wedbush|Citi(group)?|UBS|Barclays|"
    r"Bank of America|BofA|Evercore|Gartner|IDC|Forrester|Moody's|S&P|Deutsche Bank|HSBC|Nomura|Mizuho|"
    r"[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)* (Inc|Corp|Corporation|Group|Capital|Securities|Partners|Research|Bank|"
    r"Analytics|Associates|Advisors|Advisers|Ventures|Holdings|LLC|LLP|Ltd|Law|Insights))\b"
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
        # a changed table or changed rules mean finding (and scoring) the mentions again
        self.digest = hashlib.sha256(f"{RULES_VERSION}\n{table}".encode()).hexdigest()[:12]
        # case-sensitive on purpose: "meta", "apple", "amazon" in lower case are words, not companies
        self._pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(a) for a in aliases) + r")(?![\w])")

    def spans(self, text: str) -> list[tuple[str, str, int, int]]:
        """(entity, alias, start, end) for each company mention in `text`."""
        found = []
        words = re.findall(r"[A-Za-z][\w'’-]*", text)
        headline = len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)  # Title Case: no surnames
        after_alias = -1  # where the last alias ended: "Microsoft-OpenAI" names both, "ex-Meta" and "non-Google" no one
        for match in self._pattern.finditer(text):
            alias = match.group(1)
            if match.start() and text[match.start() - 1] == "-" and match.start() - 1 != after_alias:
                continue
            after_alias = match.end()
            first_word = alias.split()[0]
            after = _FALSE_FRIENDS.get(first_word)
            before = _FALSE_BEFORE.get(first_word)
            if after and after.match(text, match.end()):
                continue
            if before and before.search(text[: match.start()]):
                continue
            if alias in _GIVEN_NAME_ALIASES and not headline and (surname := _SURNAME.match(text, match.end())) \
                    and re.sub(r"['’]s$", "", surname.group(1)) not in _GIVEN_NAME_ALIASES[alias]:  # "Claude Code's"
                continue  # a person who shares the name
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
        named = {m.entity for m in mentions}
        dominant = _dominant(mentions)
        for sentence, reference in unresolved:
            referent = _referent(reference.group(1), sentences[max(0, sentence.index - 2):sentence.index], mentions,
                                 named, dominant)
            if referent:
                mentions.append(Mention(article_id, sentence.index, sentence.text, referent, reference.group(0),
                                        reference.start(), reference.end(), sentence.start, "reference"))
        mentions.sort(key=lambda m: (m.sentence_index, m.start))
        return mentions


def _referent(noun: str, before: list[Sentence], mentions: list[Mention], named: set[str],
              dominant: str | None) -> str | None:
    """Whom "the <noun>" means: the company a descriptor names ("the chipmaker") when the article names it;
    else the article's dominant company, when one of the two sentences before names it and no other
    organisation ("analysts at Morgan Stanley … The firm cut its target" is about Morgan Stanley)."""
    described = _DESCRIBES.get(noun)
    if described:
        return described if described in named else None
    if dominant is None:
        return None
    near = {m.entity for m in mentions if m.sentence_index in {s.index for s in before}}
    if near != {dominant} or any(_OTHER_ORGANISATION.search(s.text) for s in before):
        return None
    return dominant


def _dominant(mentions: list[Mention]) -> str | None:
    counts = Counter(m.entity for m in mentions)
    if not counts:
        return None
    entity, count = counts.most_common(1)[0]
    return entity if count >= 3 and count >= 0.5 * sum(counts.values()) else None
