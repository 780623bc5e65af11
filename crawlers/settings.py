"""Scrapy settings derived from the aipulse config."""

from __future__ import annotations

from typing import Any

from pipeline.config import Config
from pipeline.urls import host_of, on_this_machine


def local_hosts(config: Config) -> list[str]:
    """The sources' hosts on this machine (localhost, 127.0.0.0/8, ::1)."""
    return sorted({host for source in config.sources for url in source.urls
                   if on_this_machine(host := host_of(url))})


def scrapy_settings(config: Config, db_path: str, run_id: int | None) -> dict[str, Any]:
    delay = config["crawl.download_delay_s"]
    return {
        "BOT_NAME": "aipulse",
        "USER_AGENT": config["crawl.user_agent"],
        "ROBOTSTXT_OBEY": config["crawl.obey_robots"],
        "CONCURRENT_REQUESTS": config["crawl.concurrent_requests"],
        "CONCURRENT_REQUESTS_PER_DOMAIN": config["crawl.per_domain_concurrency"],
        "DOWNLOAD_DELAY": delay,
        "RANDOMIZE_DOWNLOAD_DELAY": delay > 0,
        "AUTOTHROTTLE_ENABLED": config["crawl.autothrottle"],
        "AUTOTHROTTLE_START_DELAY": max(delay, 0.5),
        "AUTOTHROTTLE_MAX_DELAY": 30.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(config["crawl.per_domain_concurrency"]),
        # a site on this machine is the user's own: politeness protects nobody there, so no delay, up to 8
        # requests at once, and AutoThrottle leaves it be (crawlers/downloadermiddlewares/local_pace.py)
        "DOWNLOAD_SLOTS": {host: {"delay": 0.0, "concurrency": max(8, config["crawl.per_domain_concurrency"])}
                           for host in local_hosts(config)},
        "DOWNLOAD_TIMEOUT": config["crawl.timeout_s"],
        "DNS_TIMEOUT": min(20.0, config["crawl.timeout_s"]),
        "DOWNLOAD_MAXSIZE": config["crawl.max_page_bytes"],
        "DOWNLOAD_WARNSIZE": 0,
        "DEPTH_LIMIT": config["crawl.max_depth"] + 4,  # backstop; the spider limits link depth itself
        # breadth first: the pages a source links directly are fetched before anything a crawl trap (an
        # endless calendar) leads to, so the page budget goes to them first
        "DEPTH_PRIORITY": 1,
        "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue",
        "RETRY_TIMES": config["crawl.retries"],
        "REDIRECT_MAX_TIMES": 5,
        "COOKIES_ENABLED": False,  # no session cookies: pages look the same to every reader
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "ERROR",
        "LOG_ENABLED": True,
        "DOWNLOADER_MIDDLEWARES": {
            # before robots.txt (100) so a refused host is never contacted at all
            "crawlers.downloadermiddlewares.private_guard.PrivateAddressGuard": 50,
            "crawlers.downloadermiddlewares.local_pace.LocalSitesUnthrottled": 60,
        },
        "ITEM_PIPELINES": {"crawlers.pipelines.StorePipeline": 300},
        "AIPULSE_PRIVATE_SOURCES": [source.name for source in config.sources if source.allow_private],
        "AIPULSE_DB_PATH": db_path,
        # Postgres: the name of the environment variable holding the URL, never the URL (Scrapy logs its settings)
        "AIPULSE_DB_URL_ENV": config.url_env,
        "AIPULSE_RUN_ID": run_id,
        "AIPULSE_MIN_WORDS": config["crawl.min_article_words"],
    }
