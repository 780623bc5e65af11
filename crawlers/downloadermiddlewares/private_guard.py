"""Refuse requests to private, loopback and link-local addresses unless the source allows them."""

from __future__ import annotations

from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured

from pipeline.urls import host_of, private_address


class RefusedRequest(IgnoreRequest):
    """A request to a non-public address for a source that does not allow it."""


class PrivateAddressGuard:
    """Runs before robots.txt and redirects re-enter it, so a redirect to 10.0.0.1 is refused too."""

    def __init__(self, allowed_sources: set[str]) -> None:
        self.allowed_sources = allowed_sources
        self._verdicts: dict[str, str | None] = {}
        self._approved_hosts: set[str] = set()  # robots.txt requests carry no source

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PrivateAddressGuard:
        if not crawler.settings.getbool("AIPULSE_PRIVATE_GUARD", True):
            raise NotConfigured("private-address guard switched off")
        return cls(set(crawler.settings.getlist("AIPULSE_PRIVATE_SOURCES")))

    def process_request(self, request: Request, spider: Spider | None = None) -> Any:
        source = request.meta.get("aipulse_source")
        host = host_of(request.url)
        if source in self.allowed_sources or (source is None and host in self._approved_hosts):
            self._approved_hosts.add(host)
            return None
        if host not in self._verdicts:
            self._verdicts[host] = private_address(host)
        reason = self._verdicts[host]
        if reason:
            who = f"source '{source}'" if source else "request"
            raise RefusedRequest(f"refused {request.url} for {who}: {reason} (set allow_private = true to allow)")
        return None
