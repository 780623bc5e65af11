"""The thin item pipeline: hands fetched pages to pipeline/ and writes the crawl log."""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.utils.defer import deferred_from_coro

from crawlers.preparing import PagePreparer
from pipeline.models import TRANSIENT, Outcome, RawPage
from pipeline.process import Prepared, process_page
from pipeline.store import Store, storage_errors, utc_now
from pipeline.stores import store_at


class StorePipeline:
    def __init__(self, db_path: str, run_id: int | None, min_words: int, progress: bool, url_env: str = "") -> None:
        self.db_path = db_path
        self.url_env = url_env
        self.run_id = run_id
        self.min_words = min_words
        self.progress = progress
        self.outcomes: Counter[str] = Counter()
        self.store: Store | None = None
        # feed and sitemap validators wait for the end of the crawl: a feed that answers 304 next time is
        # not read again, so its ETag is kept only once everything it listed was handled
        self.pending_validators: list[tuple[str, str | None, str | None]] = []
        self.incomplete = False  # a transient failure: the next run must read the feeds again to retry it
        self.crawler: Crawler | None = None
        self.failed_storage = ""  # set when the database refused a write: nothing more is fetched or stored
        self.preparer: PagePreparer | None = None  # crawlers/run.py's: pages prepared in its worker process

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        settings = crawler.settings
        pipeline = cls(settings.get("AIPULSE_DB_PATH"), settings.get("AIPULSE_RUN_ID"),
                       settings.getint("AIPULSE_MIN_WORDS"), settings.getbool("AIPULSE_PROGRESS"),
                       settings.get("AIPULSE_DB_URL_ENV", ""))
        pipeline.crawler = crawler
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider: Spider | None = None) -> None:
        self.store = store_at(self.db_path, self.url_env)
        spider = spider or (self.crawler.spider if self.crawler is not None else None)  # Scrapy passes none now
        self.preparer = getattr(spider, "preparer", None)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """After the pipelines closed: keep the feeds' validators only if the crawl ran to its end, fetched
        every entry (no page budget cut it short) and met no transient failure. A killed, stopped or cut
        crawl leaves none, so the next run reads the feeds in full and fetches what is missing."""
        if self.store is None:
            return
        stats = self.crawler.stats if self.crawler is not None and self.crawler.stats else None
        cut = int(stats.get_value("aipulse/skipped_page_limit", 0)) if stats else 0
        if reason == "finished" and not cut and not self.incomplete:
            for url, etag, last_modified in self.pending_validators:
                self.store.save_validators(url, etag, last_modified)
        self.store.close()
        self.store = None

    async def process_item(self, item: dict[str, Any], spider: Spider | None = None) -> dict[str, Any]:
        if self.failed_storage:
            return {"url": item["url"], "outcome": Outcome.NOT_STORED}
        page = self._page(item) if item["kind"] == "page" else None
        prepared: Prepared | Exception | None = None
        if page is not None and self.preparer is not None:
            try:  # in the worker process: this one fetches meanwhile
                prepared = await self.preparer.prepare(page)
            except Exception as exc:  # noqa: BLE001 - one bad page must not stop the crawl; _store records it
                prepared = exc
        if self.failed_storage:  # the database failed while this page was being prepared
            return {"url": item["url"], "outcome": Outcome.NOT_STORED}
        try:
            return self._store(item, page, prepared)
        except storage_errors() as exc:  # a full disk, a read-only or vanished database, a Postgres server gone
            self.failed_storage = str(exc)
            print(json.dumps({"event": "fatal", "detail": f"storing pages failed: {exc}"}), flush=True)
            if self.crawler is not None and self.crawler.engine is not None:
                deferred_from_coro(self.crawler.engine.close_spider_async(reason="storage_failed"))
            return {"url": item["url"], "outcome": Outcome.NOT_STORED}

    @staticmethod
    def _page(item: dict[str, Any]) -> RawPage:
        return RawPage(
            url=item["url"], source=item["source"], status=item["status"], body=item["body"],
            encoding=item["encoding"], headers=item["headers"], fetched_at=utc_now(),
            feed_title=item["feed_title"], feed_published=item["feed_published"],
            feed_updated=item["feed_updated"], requested_url=item["requested_url"],
        )

    def _store(self, item: dict[str, Any], page: RawPage | None, prepared: Prepared | Exception | None) -> dict[str, Any]:
        assert self.store is not None
        if page is not None:
            try:
                outcome, detail = process_page(self.store, page, self.min_words, prepared)
            except storage_errors():
                raise  # storage itself failed: the crawl stops (process_item)
            except Exception as exc:  # noqa: BLE001 - one bad page must not stop the crawl
                outcome, detail = Outcome.ERROR, f"{type(exc).__name__}: {exc}"[:300]
            entry: dict[str, Any] = {"url": page.url, "source": page.source, "status": page.status, "outcome": outcome,
                     "detail": detail}
        else:
            entry = {key: item[key] for key in ("url", "source", "status", "outcome", "detail")}
            if item.get("etag") or item.get("last_modified"):
                self.pending_validators.append((item["url"], item.get("etag"), item.get("last_modified")))
        # worth another try next run, as is an answer of 5xx
        if entry["outcome"] in TRANSIENT or (entry["outcome"] == Outcome.HTTP_ERROR and (entry["status"] or 500) >= 500):
            self.incomplete = True
        self.store.log_crawl(self.run_id, [entry])
        self.outcomes[entry["outcome"]] += 1
        if self.progress:
            print(json.dumps({"event": "page", **entry}), file=sys.stdout, flush=True)
        return {"url": entry["url"], "outcome": entry["outcome"]}
