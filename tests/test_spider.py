from __future__ import annotations

from typing import Any

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, XmlResponse
from scrapy.utils.test import get_crawler

from crawlers.downloadermiddlewares.private_guard import PrivateAddressGuard
from crawlers.spiders.news import NewsSpider
from pipeline.config import Source

FEED = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>Known, unchanged</title><link href="https://news.example/a?utm_source=rss"/><id>a</id>
<updated>2026-08-01T00:00:00Z</updated></entry>
<entry><title>Known, updated</title><link href="https://news.example/b"/><id>b</id>
<updated>2026-08-09T00:00:00Z</updated></entry>
<entry><title>New</title><link href="/c?fbclid=1"/><id>c</id><updated>2026-08-02T00:00:00Z</updated></entry>
<entry><title>Excluded</title><link href="https://news.example/video/d"/><id>d</id><updated>2026-08-02T00:00:00Z</updated></entry>
</feed>"""


def make_spider(known: dict[str, Any] | None = None, max_pages: int = 100, **source: Any) -> NewsSpider:
    spec = {"name": "news", "feeds": ("https://news.example/feed",), **source}
    crawler = get_crawler(NewsSpider)
    return NewsSpider.from_crawler(crawler, sources=[Source(**spec)], known=known or {}, max_feed_items=50,
                                   max_pages_per_source=max_pages, max_depth=1)


def test_feed_yields_canonical_new_and_updated_articles_only() -> None:
    known = {
        "https://news.example/a": {"etag": None, "last_modified": None, "feed_updated": "2026-08-01T00:00:00+00:00"},
        "https://news.example/b": {"etag": '"v1"', "last_modified": None, "feed_updated": "2026-08-01T00:00:00+00:00"},
    }
    spider = make_spider(known, exclude=("/video/",))
    response = XmlResponse("https://news.example/feed", body=FEED)
    output = list(spider.parse_feed(response, source="news"))
    requests = [item for item in output if isinstance(item, Request)]
    assert [r.url for r in requests] == ["https://news.example/b", "https://news.example/c"]
    assert requests[0].headers.get("If-None-Match") == b'"v1"'  # conditional re-fetch of the updated one
    assert requests[1].cb_kwargs["entry"].title == "New"
    assert requests[1].meta["aipulse_source"] == "news"
    assert spider.crawler.stats.get_value("aipulse/skipped_known") == 1
    logs = [item for item in output if isinstance(item, dict)]
    assert logs[0]["outcome"] == "feed" and logs[0]["detail"] == "4 entries"


def test_page_budget_per_source_is_enforced() -> None:
    spider = make_spider(max_pages=1)
    output = list(spider.parse_feed(XmlResponse("https://news.example/feed", body=FEED), source="news"))
    assert len([item for item in output if isinstance(item, Request)]) == 1
    assert spider.crawler.stats.get_value("aipulse/skipped_page_limit") == 3


def test_not_modified_feed_is_logged() -> None:
    spider = make_spider()
    output = list(spider.parse_feed(XmlResponse("https://news.example/feed", status=304, body=b""), source="news"))
    assert output == [{"kind": "log", "url": "https://news.example/feed", "source": "news", "status": 304,
                       "outcome": "not_modified", "detail": ""}]


def test_bad_feed_is_logged_not_raised() -> None:
    spider = make_spider()
    output = list(spider.parse_feed(XmlResponse("https://news.example/feed", body=b"\x00\x01 not xml"), source="news"))
    assert [item["outcome"] for item in output] == ["bad_feed"]


def test_article_page_becomes_a_raw_page_item_and_section_links_are_followed() -> None:
    spider = make_spider(start_urls=("https://news.example/",))
    html = (b"<html><body><a href='/story-1?utm_medium=x'>one</a><a href='https://other.example/x'>off-site</a>"
            b"</body></html>")
    from crawlers.discovery import Entry

    response = HtmlResponse("https://news.example/", body=html, headers={"Content-Type": "text/html; charset=utf-8"},
                            request=Request("https://news.example/"))
    output = list(spider.parse_article(response, source="news", entry=Entry("https://news.example/"), depth=0,
                                       follow=True))
    assert output[0]["kind"] == "page" and output[0]["encoding"] == "utf-8"
    assert [r.url for r in output[1:]] == ["https://news.example/story-1"]  # same site only, canonical


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/x", "http://10.0.0.8/feed", "http://169.254.169.254/latest"])
def test_guard_refuses_private_addresses_including_redirect_targets(url: str) -> None:
    guard = PrivateAddressGuard(allowed_sources={"local"})
    request = Request("http://93.184.216.34/start", meta={"aipulse_source": "web"})
    assert guard.process_request(request) is None
    redirected = request.replace(url=url)  # how RedirectMiddleware re-issues a request: meta carries over
    with pytest.raises(IgnoreRequest, match=r"refused .* for source 'web': .* address"):
        guard.process_request(redirected)
    assert guard.process_request(Request(url, meta={"aipulse_source": "local"})) is None
