"""One spider for every configured source: feeds, sitemaps and start pages; it only discovers and fetches."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from typing import Any

from scrapy import Request, Spider
from scrapy import exceptions as scrapy_errors
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip, gzip_magic_number
from twisted.internet.error import DNSLookupError, TCPTimedOutError
from twisted.internet.error import TimeoutError as TwistedTimeout
from twisted.python.failure import Failure

from crawlers.discovery import DiscoveryError, Entry, looks_like_sitemap, parse_feed, parse_sitemap
from crawlers.downloadermiddlewares.private_guard import RefusedRequest
from pipeline.config import Source
from pipeline.models import Outcome
from pipeline.urls import canonical_url, host_of

# Scrapy 2.13+ names its own download failures; older releases raise Twisted's
_TIMEOUTS = tuple(filter(None, [TwistedTimeout, TCPTimedOutError, getattr(scrapy_errors, "DownloadTimeoutError", None)]))
_TOO_LARGE = tuple(filter(None, [getattr(scrapy_errors, "DownloadCancelledError", None)]))
SITEMAP_MAX_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own limit
MAX_SITEMAP_NESTING = 3
FEED_CAP = "crawl.max_feed_items"
PAGE_CAP = "crawl.max_pages_per_source"


def capped_stat(setting: str, source: str) -> str:
    """The stats key counting what `setting` kept `source` from fetching in this crawl."""
    return f"aipulse/capped/{setting}/{source}"


class NewsSpider(Spider):
    name = "aipulse"

    def __init__(self, sources: list[Source], known: dict[str, dict[str, Any]], max_feed_items: int,
                 max_pages_per_source: int, max_depth: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sources = {source.name: source for source in sources}
        self.known = known
        self.max_feed_items = max_feed_items
        self.max_pages_per_source = max_pages_per_source
        self.max_depth = max_depth
        self.requested: Counter[str] = Counter()
        self.seen: set[str] = set()
        self._patterns = {
            source.name: ([re.compile(p) for p in source.include], [re.compile(p) for p in source.exclude])
            for source in sources
        }

    async def start(self) -> AsyncIterator[Any]:
        for source in self.sources.values():
            for url in source.feeds:
                yield self._request(url, source.name, self.parse_feed)
            for url in source.sitemaps:
                yield self._request(url, source.name, self.parse_sitemap, big=True)
            for url in source.start_urls:
                for request in self._follow(Entry(url=url), source.name, depth=0, follow=True, seed=True):
                    yield request

    # --- requests --------------------------------------------------------------------------

    def _request(self, url: str, source: str, callback: Any, *, big: bool = False,
                 cb_kwargs: dict[str, Any] | None = None) -> Request:
        headers = {}
        validators = self.known.get(url) or {}
        if validators.get("etag"):
            headers["If-None-Match"] = validators["etag"]
        if validators.get("last_modified"):
            headers["If-Modified-Since"] = validators["last_modified"]
        meta: dict[str, Any] = {"aipulse_source": source, "handle_httpstatus_list": [304]}
        if big:
            meta["download_maxsize"] = SITEMAP_MAX_BYTES
        # dont_filter: the spider dedupes URLs itself, and Scrapy's filter would silently drop a
        # redirect loop instead of failing it after REDIRECT_MAX_TIMES
        return Request(url, callback=callback, errback=self.failed, headers=headers, meta=meta,
                       cb_kwargs={"source": source, **(cb_kwargs or {})}, dont_filter=True)

    def _follow(self, entry: Entry, source: str, depth: int, follow: bool = False,
                seed: bool = False) -> Iterator[Request]:
        """A request for an article URL, unless it is filtered, already stored and unchanged, or over budget."""
        url = canonical_url(entry.url)
        if url in self.seen or not self._allowed(source, url):
            return
        self.seen.add(url)
        known = self.known.get(url) or self.known.get(entry.url)
        if known is not None and not seed and not self._updated_since(entry, known):
            self.crawler.stats.inc_value("aipulse/skipped_known")
            return
        if self.requested[source] >= self.max_pages_per_source:
            self.crawler.stats.inc_value("aipulse/skipped_page_limit")
            self.crawler.stats.inc_value(capped_stat(PAGE_CAP, source))
            return
        self.requested[source] += 1
        yield self._request(url, source, self.parse_article, cb_kwargs={
            "entry": entry, "depth": depth, "follow": follow,
        })

    def _allowed(self, source: str, url: str) -> bool:
        include, exclude = self._patterns[source]
        if include and not any(p.search(url) for p in include):
            return False
        return not any(p.search(url) for p in exclude)

    @staticmethod
    def _updated_since(entry: Entry, known: dict[str, Any]) -> bool:
        """A stored URL is fetched again only when its feed says it changed since we stored it."""
        stamp = entry.updated or entry.published
        return bool(stamp and known.get("feed_updated") and stamp > known["feed_updated"])

    # --- callbacks -------------------------------------------------------------------------

    def _newest(self, items: list[Any], source: str) -> tuple[list[Any], int]:
        """The newest `max_feed_items` of a feed's or sitemap's items, and how many the cut left out."""
        skipped = max(0, len(items) - self.max_feed_items)
        if skipped:
            self.crawler.stats.inc_value(capped_stat(FEED_CAP, source), skipped)
        return items[:self.max_feed_items], skipped

    def _cut(self, skipped: int) -> str:
        return f"; the newest {self.max_feed_items} read, {skipped} skipped ({FEED_CAP})" if skipped else ""

    def parse_feed(self, response: Response, source: str) -> Iterator[Any]:
        if response.status == 304:
            yield _log(response, source, Outcome.NOT_MODIFIED)
            return
        if looks_like_sitemap(response.body):
            yield from self.parse_sitemap(response, source)
            return
        try:
            entries = parse_feed(response.body)
        except DiscoveryError as exc:
            yield _log(response, source, Outcome.BAD_FEED, str(exc))
            return
        listed = f"{len(entries)} entries"
        entries, skipped = self._newest(entries, source)
        yield _log(response, source, Outcome.FEED, listed + self._cut(skipped), validators=True)
        for entry in entries:
            yield from self._follow(Entry(response.urljoin(entry.url), entry.title, entry.published,
                                          entry.updated), source, depth=1)

    def parse_sitemap(self, response: Response, source: str, nesting: int = 0) -> Iterator[Any]:
        if response.status == 304:
            yield _log(response, source, Outcome.NOT_MODIFIED)
            return
        body = response.body
        if gzip_magic_number(response):
            try:
                body = gunzip(body, max_size=SITEMAP_MAX_BYTES)
            except Exception as exc:  # noqa: BLE001 - scrapy raises several kinds for bad gzip
                yield _log(response, source, Outcome.BAD_SITEMAP, f"cannot decompress: {exc}")
                return
        try:
            children, entries = parse_sitemap(body)
        except DiscoveryError as exc:
            yield _log(response, source, Outcome.BAD_SITEMAP, str(exc))
            return
        listed = f"{len(children)} sitemaps, {len(entries)} entries"
        children, skipped_children = self._newest(children, source)
        entries, skipped = self._newest(entries, source)
        yield _log(response, source, Outcome.SITEMAP, listed + self._cut(skipped_children + skipped), validators=True)
        if nesting < MAX_SITEMAP_NESTING:
            for child in children:
                yield self._request(response.urljoin(child), source, self.parse_sitemap, big=True,
                                    cb_kwargs={"nesting": nesting + 1})
        for entry in entries:
            yield from self._follow(Entry(response.urljoin(entry.url), entry.title, entry.published,
                                          entry.updated), source, depth=1)

    def parse_article(self, response: Response, source: str, entry: Entry, depth: int,
                      follow: bool) -> Iterator[Any]:
        if response.status == 304:
            yield _log(response, source, Outcome.NOT_MODIFIED)
            return
        if not isinstance(response, TextResponse) or b"html" not in (response.headers.get("Content-Type") or b"html"):
            yield _log(response, source, Outcome.NOT_HTML, (response.headers.get("Content-Type") or b"").decode("latin-1"))
            return
        yield {
            "kind": "page", "url": response.url, "source": source, "status": response.status,
            "requested_url": (response.meta.get("redirect_urls") or [response.url])[0],
            "body": response.body, "encoding": response.encoding,
            "headers": {key.lower(): value for key, value in response.headers.to_unicode_dict().items()},
            "feed_title": entry.title, "feed_published": entry.published, "feed_updated": entry.updated,
        }
        if follow and depth < self.max_depth:
            host = host_of(response.url)
            for link in LinkExtractor(unique=True).extract_links(response):
                if host_of(link.url) == host:  # allow_domains cannot match IP addresses
                    yield from self._follow(Entry(link.url), source, depth=depth + 1, follow=True)

    def failed(self, failure: Failure) -> Iterator[Any]:
        request = failure.request  # type: ignore[attr-defined]
        source = request.meta.get("aipulse_source", "")
        if failure.check(HttpError):
            response = failure.value.response
            yield _entry(request.url, source, response.status, Outcome.HTTP_ERROR, f"HTTP {response.status}")
        elif failure.check(RefusedRequest):
            yield _entry(request.url, source, None, Outcome.REFUSED, str(failure.value))
        elif failure.check(IgnoreRequest):
            # Scrapy's own refusals are plain IgnoreRequests that differ only in their message
            message = str(failure.value) or "forbidden by robots.txt"
            outcome = (Outcome.REDIRECT_LOOP if "redirections" in message else
                       Outcome.TOO_LARGE if "DOWNLOAD_MAXSIZE" in message else Outcome.ROBOTS)  # a compression bomb
            yield _entry(request.url, source, None, outcome, message)
        elif failure.check(DNSLookupError):
            yield _entry(request.url, source, None, Outcome.DNS_ERROR, "host name did not resolve")
        elif failure.check(*_TIMEOUTS):
            yield _entry(request.url, source, None, Outcome.TIMEOUT, "no complete response within the time limit")
        elif _TOO_LARGE and failure.check(*_TOO_LARGE):
            yield _entry(request.url, source, None, Outcome.TOO_LARGE, _first_line(failure))
        else:
            yield _entry(request.url, source, None, Outcome.ERROR, f"{failure.type.__name__}: {_first_line(failure)}")


def _first_line(failure: Failure) -> str:
    text = str(failure.value)
    return text.splitlines()[0][:300] if text else failure.type.__name__


def _entry(url: str, source: str, status: int | None, outcome: Outcome, detail: str = "") -> dict[str, Any]:
    return {"kind": "log", "url": url, "source": source, "status": status, "outcome": outcome, "detail": detail}


def _log(response: Response, source: str, outcome: Outcome, detail: str = "", validators: bool = False) -> dict[str, Any]:
    entry = _entry(response.url, source, response.status, outcome, detail)
    if validators:
        entry["etag"] = (response.headers.get("ETag") or b"").decode("latin-1") or None
        entry["last_modified"] = (response.headers.get("Last-Modified") or b"").decode("latin-1") or None
    return entry
