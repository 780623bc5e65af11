"""Plain data passed between the stages; frozen so a stage cannot change its input."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True)
class RawPage:
    """One fetched HTTP response, as the crawler hands it to the pipeline."""

    url: str  # the URL actually fetched, after redirects
    source: str
    status: int
    body: bytes
    encoding: str
    headers: dict[str, str] = field(default_factory=dict)
    fetched_at: str = ""
    feed_title: str = ""  # what the feed or sitemap said about this URL, if anything
    feed_published: str = ""
    feed_updated: str = ""
    requested_url: str = ""  # what the feed linked to, when redirects led elsewhere


@dataclass(frozen=True)
class Article:
    """A cleanly extracted news article."""

    url: str  # canonical URL: the identity of the article
    fetched_url: str
    source: str
    title: str
    text: str
    published: str | None = None  # ISO 8601
    author: str | None = None
    lang: str | None = None
    site_name: str | None = None
    original_url: str | None = None  # where the page says the story first appeared
    extractor_version: str = ""
    notes: tuple[str, ...] = ()  # what extraction had to work around, one line each, for the crawl log

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class StoryLink:
    """Where a stored article sits among syndicated copies of the same story."""

    story_id: int
    duplicate_of: str | None  # canonical URL of the first copy; None for the first copy itself


@dataclass(frozen=True)
class Mention:
    """A company named (or referred to) in one sentence of an article."""

    article_id: int | None
    sentence_index: int
    sentence: str
    entity: str  # the company, e.g. "Meta"
    mention: str  # the words used, e.g. "Llama" or "the company"
    start: int  # span of `mention` inside `sentence`
    end: int
    sentence_start: int  # offset of the sentence inside the article text
    kind: str = "alias"  # "alias": named; "reference": "the company" in an article about it


@dataclass(frozen=True)
class Stance:
    """How one sentence leans toward one company."""

    label: str  # skeptical | neutral | optimistic
    score: float  # in [-1, 1]: P(optimistic) - P(skeptical)


class Outcome(StrEnum):
    """What happened to one URL of a crawl: the crawl log's `outcome` column."""

    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"  # new to us, and a copy of a story already stored
    NOT_MODIFIED = "not_modified"
    NOT_ARTICLE = "not_article"
    NOT_HTML = "not_html"
    FEED = "feed"
    SITEMAP = "sitemap"
    CAPPED = "capped"  # a feed, sitemap or source had more than a crawl limit lets through
    HTTP_ERROR = "http_error"
    TIMEOUT = "timeout"
    TOO_LARGE = "too_large"
    REDIRECT_LOOP = "redirect_loop"
    DNS_ERROR = "dns_error"
    ERROR = "error"
    BAD_FEED = "bad_feed"
    BAD_SITEMAP = "bad_sitemap"
    ROBOTS = "robots"
    REFUSED = "refused"
    NOT_STORED = "not_stored"  # the database refused a write; the crawl stops


STORED = frozenset({Outcome.NEW, Outcome.UPDATED, Outcome.DUPLICATE})  # an article to score and embed
ERRORS = frozenset({Outcome.HTTP_ERROR, Outcome.DNS_ERROR, Outcome.TIMEOUT, Outcome.TOO_LARGE,
                    Outcome.REDIRECT_LOOP, Outcome.ERROR, Outcome.BAD_FEED, Outcome.BAD_SITEMAP})
FAILED = ERRORS | {Outcome.REFUSED, Outcome.ROBOTS}
TRANSIENT = frozenset({Outcome.TIMEOUT, Outcome.DNS_ERROR, Outcome.ERROR})  # worth another try next run


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """"1 story", "3 stories", "0 mentions": a count with its noun, as a reader writes it."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
