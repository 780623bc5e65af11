"""Wires the stages: a fetched page → extract, store, link copies; a stored article → mentions, stance."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pipeline import syndication
from pipeline.models import Article, Mention, Outcome, RawPage, Stance
from pipeline.store import Store

if TYPE_CHECKING:  # the crawl's own process stores pages and imports neither the extractor nor the scoring stages
    from pipeline.entities import MentionFinder
    from pipeline.stance import StanceScorer


@dataclass(frozen=True)
class Prepared:
    """What storing a page needs that is pure computation, free of the database: the extracted article and
    its text's shingles and LSH bands. A crawl prepares pages in a worker process beside the one that fetches."""

    article: Article | None
    shingles: frozenset[int] = frozenset()
    bands: tuple[str, ...] = ()


def prepare_page(page: RawPage) -> Prepared:
    from pipeline.extract import extract

    article = extract(page)
    if article is None:
        return Prepared(None)
    own = syndication.shingles(article.text)
    return Prepared(article, frozenset(own), tuple(syndication.band_keys(own)))


def process_page(store: Store, page: RawPage, min_words: int,
                 prepared: Prepared | Exception | None = None) -> tuple[Outcome, str]:
    """Store `page` and its article (`prepared` already, or the exception preparing it raised); returns the
    outcome and the detail written to the crawl log."""
    try:
        if isinstance(prepared, Exception):
            raise prepared
        prepared = prepared or prepare_page(page)
    except Exception:
        with store.transaction():  # keep the raw page: `aipulse reextract` can try again later
            store.save_page(page, None)
        raise
    article = prepared.article
    with store.transaction():
        store.save_validators(page.url, page.headers.get("etag"), page.headers.get("last-modified"))
        if article is None or article.word_count < min_words:
            store.save_page(page, None)
            return Outcome.NOT_ARTICLE, ""
        detail = "; ".join(article.notes)
        content_hash = hashlib.sha256(f"{article.title}\n{article.text}".encode()).hexdigest()
        article_id, outcome = store.upsert_article(article, content_hash, page.feed_updated or None)
        store.save_page(page, article.url)
        if outcome == Outcome.UNCHANGED:
            return outcome, detail
        if link_story(store, article_id, article, prepared) and outcome == Outcome.NEW:
            return Outcome.DUPLICATE, detail
    return outcome, detail


def reextract_stored(store: Store, min_words: int, everything: bool = False) -> Counter[Outcome]:
    """Run the current extractor again over stored raw pages (those from an older version, or all)."""
    from pipeline.extract import EXTRACTOR_VERSION

    outcomes: Counter[Outcome] = Counter()
    for url, feed_updated in store.pages_to_reextract(EXTRACTOR_VERSION, everything):
        page = store.raw_page(url)
        if page is not None:
            outcome, _ = process_page(store, replace(page, feed_updated=feed_updated or ""), min_words)
            outcomes[outcome] += 1
    return outcomes


def score_pending(store: Store, finder: MentionFinder, scorer: StanceScorer, articles_per_batch: int = 32,
                  should_stop: Callable[[], bool] = lambda: False, themes: bool = False,
                  languages: Sequence[str] = (), elsewhere: Counter[str] | None = None) -> int:
    """Find and score the mentions of every article not yet scored by this model and entity table (and with
    `themes`, give each its theme), or until `should_stop` says so between batches. With `languages`, an article
    surely written in another language (other_language) is marked scored with no mentions, counted in `elsewhere`
    by its language."""
    import numpy as np

    from pipeline.stance import to_stance
    from pipeline.themes import in_article_context, to_themes

    version = stance_version(scorer.version, finder, themes, languages)
    done = 0
    while not should_stop() and (rows := store.articles_to_score(version, articles_per_batch)):
        foreign = {row["id"]: language for row in rows if (language := other_language(row["text"], languages))}
        found = [(row["id"], [] if row["id"] in foreign else finder.find(row["text"], row["id"])) for row in rows]
        if elsewhere is not None:
            elsewhere.update(foreign.values())
        flat = [mention for _, mentions in found for mention in mentions]
        # the theme head reads each sentence's vector: search has stored most of them already (ingest embeds first)
        known = store.sentence_vectors([row["id"] for row in rows], scorer.sentence_encoder) if themes and flat else {}
        probabilities, theme_probabilities = (
            scorer.analyse([(m.sentence, m.start, m.end) for m in flat], themes=themes, sentence_vectors=known)
            if flat else (np.zeros((0, 3), dtype=np.float32), None))
        labelled: list[tuple[str | None, float | None]] = [(None, None)] * len(flat)
        if theme_probabilities is not None:
            labelled = list(to_themes(in_article_context(theme_probabilities, [m.article_id for m in flat],
                                                         [m.entity for m in flat])))
        position = 0
        for article_id, mentions in found:
            chunk = slice(position, position + len(mentions))
            position += len(mentions)
            store.replace_mentions(article_id, [
                mention_row(mention, stance, row, scorer.version, theme)
                for mention, stance, row, theme in zip(mentions, to_stance(probabilities[chunk]), probabilities[chunk],
                                                       labelled[chunk], strict=True)
            ], version)
        done += len(rows)
    return done


def stance_version(model_version: str, finder: MentionFinder, themes: bool = False, languages: Sequence[str] = ()) -> str:
    """What an article records as having scored it: the model, the entity table, whether themes were on and which
    languages it scores (all when none are named)."""
    return f"{model_version}{'+themes' if themes else ''}+{finder.digest}{'+' + ','.join(languages) if languages else ''}"


SURE_LANGUAGE = 0.9  # the detector's probability above which an article is taken to be in another language
LANGUAGE_WORDS = 30  # ... and the words it needs: a title or a list of names is left to the model


def other_language(text: str, languages: Sequence[str]) -> str | None:
    """The language `text` is surely written in when that is none of `languages` (ISO 639-1), else None. Over the
    562 English articles of our benchmarks the detector says English at probability 1.0; short texts (titles) it
    can take for Pidgin or Welsh at 0.05-0.4, so they, and any doubt, count as written in `languages`."""
    if not languages or len(text.split()) < LANGUAGE_WORDS:
        return None
    from pipeline.language import detect

    language, probability = detect(text)
    return language if language not in languages and probability >= SURE_LANGUAGE else None


def mention_row(mention: Mention, stance: Stance, probabilities: Sequence[float], model_version: str,
                theme: tuple[str | None, float | None] = (None, None)) -> dict:
    return {
        "article_id": mention.article_id, "sentence_index": mention.sentence_index,
        "sentence_start": mention.sentence_start, "sentence": mention.sentence, "entity": mention.entity,
        "mention": mention.mention, "start": mention.start, "end": mention.end, "kind": mention.kind,
        "label": stance.label, "score": stance.score, "p_skeptical": round(float(probabilities[0]), 4),
        "p_neutral": round(float(probabilities[1]), 4), "p_optimistic": round(float(probabilities[2]), 4),
        "model_version": model_version, "theme": theme[0], "p_theme": theme[1],
    }


def link_story(store: Store, article_id: int, article: Article, prepared: Prepared | None = None) -> bool:
    """Join the article to the story its text or syndication lines point at; True if it is a copy."""
    own: set[int] | frozenset[int]
    if prepared is not None and prepared.article is article:
        own, bands = prepared.shingles, list(prepared.bands)
    else:
        own = syndication.shingles(article.text)
        bands = syndication.band_keys(own)
    store.set_story_bands(article_id, bands)
    related = [
        candidate for candidate in store.story_candidates(bands, article_id)
        if syndication.is_copy(own, syndication.known_shingles(candidate["text"]))
    ]
    related += store.articles_naming_original(article.url)
    if article.original_url and article.original_url != article.url:
        named = store.article(article.original_url)
        if named:
            related.append(named)
    story_ids = {row["story_id"] for row in related if row["story_id"] is not None}
    if not story_ids:
        current = store.article(article.url)
        if current and current["story_id"] is None:
            store.set_story(article_id, article_id, None)
        return False
    members = {row["id"]: row for sid in story_ids for row in store.story_members(sid)}
    members[article_id] = store.article(article.url) or {}
    first = syndication.first_copy(list(members.values()))
    story_id = first["id"]  # a story is named after its first copy
    for member_id, member in members.items():
        duplicate_of = None if member_id == first["id"] else first["url"]
        if member.get("story_id") != story_id or member.get("duplicate_of") != duplicate_of:
            store.set_story(member_id, story_id, duplicate_of)
    return first["id"] != article_id
