"""Sites on this machine are fetched without a politeness delay: DOWNLOAD_SLOTS gives their slots
none (crawlers/settings.py), and this keeps AutoThrottle from raising it again."""

from __future__ import annotations

from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from pipeline.urls import host_of


class LocalSitesUnthrottled:
    def __init__(self, hosts: set[str]) -> None:
        self.hosts = hosts

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LocalSitesUnthrottled:
        hosts = set(crawler.settings.getdict("DOWNLOAD_SLOTS"))
        if not hosts:
            raise NotConfigured("no source on this machine")
        return cls(hosts)

    def process_request(self, request: Request, spider: Spider | None = None) -> Any:
        if host_of(request.url) in self.hosts:
            request.meta["autothrottle_dont_adjust_delay"] = True
        return None
