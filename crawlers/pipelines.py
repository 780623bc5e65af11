"""The thin item pipeline: hands fetched pages to pipeline/ and writes the crawl log."""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler

from pipeline.models import RawPage
from pipeline.process import process_page
from pipeline.store import Store, utc_now


class StorePipeline:
    def __init__(self, db_path: str, run_id: int | None, min_words: int, progress: bool) -> None:
        self.db_path = db_path
        self.run_id = run_id
        self.min_words = min_words
        self.progress = progress
        self.outcomes: Counter[str] = Counter()
        self.store: Store | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        settings = crawler.settings
        return cls(settings.get("AIPULSE_DB_PATH"), settings.get("AIPULSE_RUN_ID"),
                   settings.getint("AIPULSE_MIN_WORDS"), settings.getbool("AIPULSE_PROGRESS"))

    def open_spider(self, spider: Spider | None = None) -> None:
        self.store = Store(self.db_path)

    def close_spider(self, spider: Spider | None = None) -> None:
        if self.store is not None:
            self.store.close()

    def process_item(self, item: dict[str, Any], spider: Spider | None = None) -> dict[str, Any]:
        assert self.store is not None
        if item["kind"] == "page":
            page = RawPage(
                url=item["url"], source=item["source"], status=item["status"], body=item["body"],
                encoding=item["encoding"], headers=item["headers"], fetched_at=utc_now(),
                feed_title=item["feed_title"], feed_published=item["feed_published"],
                feed_updated=item["feed_updated"], requested_url=item["requested_url"],
            )
            try:
                outcome, detail = process_page(self.store, page, self.min_words), ""
            except Exception as exc:  # noqa: BLE001 - one bad page must not stop the crawl
                outcome, detail = "error", f"{type(exc).__name__}: {exc}"[:300]
            entry: dict[str, Any] = {"url": page.url, "source": page.source, "status": page.status, "outcome": outcome,
                     "detail": detail}
        else:
            entry = {key: item[key] for key in ("url", "source", "status", "outcome", "detail")}
            if item.get("etag") or item.get("last_modified"):
                self.store.save_validators(item["url"], item.get("etag"), item.get("last_modified"))
        self.store.log_crawl(self.run_id, [entry])
        self.outcomes[entry["outcome"]] += 1
        if self.progress:
            print(json.dumps({"event": "page", **entry}), file=sys.stdout, flush=True)
        return {"url": entry["url"], "outcome": entry["outcome"]}
