"""One crawl in its own process (Scrapy's reactor cannot restart): `python -m crawlers.run SPEC_JSON`."""

from __future__ import annotations

import json
import sys
from typing import Any

from crawlers.parent import die_with_parent
from crawlers.preparing import PagePreparer


def crawl(spec: dict[str, Any], preparer: PagePreparer | None = None) -> dict[str, Any]:
    """Crawl the named sources once (pages prepared by `preparer`); returns Scrapy's stats that matter to the caller."""
    from scrapy.crawler import CrawlerProcess

    from crawlers.settings import scrapy_settings
    from crawlers.spiders.news import FEED_CAP, PAGE_CAP, NewsSpider, capped_stat
    from pipeline.config import load_config
    from pipeline.stores import store_at

    config = load_config(spec.get("config_path"))
    db_path = spec.get("db_path") or str(config.db_path)
    sources = [source for source in config.sources if source.name in set(spec["sources"])]
    with store_at(db_path, config.url_env) as store:
        known = store.crawl_state()
    settings = scrapy_settings(config, db_path, spec.get("run_id"))
    settings["AIPULSE_PROGRESS"] = bool(spec.get("progress", True))
    process = CrawlerProcess(settings, install_root_handler=True)
    crawler = process.create_crawler(NewsSpider)
    process.crawl(
        crawler, sources=sources, known=known, max_feed_items=config["crawl.max_feed_items"],
        max_pages_per_source=config["crawl.max_pages_per_source"], max_depth=config["crawl.max_depth"],
        preparer=preparer,  # read by the item pipeline (crawlers/pipelines.py), not by the spider
    )
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    return {
        "skipped_known": int(stats.get("aipulse/skipped_known", 0)),
        "skipped_page_limit": int(stats.get("aipulse/skipped_page_limit", 0)),
        "requests": int(stats.get("downloader/request_count", 0)),
        "crawler_errors": int(stats.get("log_count/ERROR", 0)),
        "finish_reason": str(stats.get("finish_reason", "")),
        # what each crawl limit kept each source from fetching: {"source": ..., "setting": ..., "skipped": ...}
        "capped": [{"source": source.name, "setting": setting, "skipped": int(stats[key])}
                   for source in sources for setting in (FEED_CAP, PAGE_CAP)
                   if stats.get(key := capped_stat(setting, source.name))],
    }


def main() -> None:
    spec = json.loads(sys.argv[1])
    if spec.get("parent"):
        die_with_parent(int(spec["parent"]))
    with PagePreparer() as preparer:  # first: its worker starts and imports while this process imports Scrapy
        result = crawl(spec, preparer)
    print(json.dumps({"event": "done", **result}), flush=True)


if __name__ == "__main__":
    main()
