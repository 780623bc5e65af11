from __future__ import annotations

import pytest

from crawlers.discovery import DiscoveryError, parse_feed, parse_sitemap

RSS091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>t</title>
<item><title>One</title><link>https://a.example/1</link></item></channel></rss>"""
RSS10 = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://a.example/"><title>t</title><link>https://a.example/</link><description>d</description></channel>
<item rdf:about="https://a.example/2"><title>Two</title><link>https://a.example/2</link><dc:date>2026-08-04T09:30:00Z</dc:date></item>
</rdf:RDF>"""
RSS20 = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Old</title><link>https://a.example/old</link><pubDate>Mon, 03 Aug 2026 08:00:00 GMT</pubDate></item>
<item><title>New</title><link>https://a.example/new</link><pubDate>Tue, 04 Aug 2026 08:00:00 +0200</pubDate></item>
</channel></rss>"""
ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>A</title><link rel="alternate" href="https://a.example/a"/><id>a</id>
<published>2026-08-01T00:00:00Z</published><updated>2026-08-05T10:00:00Z</updated></entry></feed>"""


def test_rss_and_atom_versions_all_parse() -> None:
    assert [e.url for e in parse_feed(RSS091)] == ["https://a.example/1"]
    rss10 = parse_feed(RSS10)
    assert [(e.url, e.published) for e in rss10] == [("https://a.example/2", "2026-08-04T09:30:00+00:00")]
    rss20 = parse_feed(RSS20)
    assert [e.title for e in rss20] == ["New", "Old"]  # newest first
    assert rss20[0].published == "2026-08-04T06:00:00+00:00"  # normalised to UTC
    atom = parse_feed(ATOM)
    assert (atom[0].url, atom[0].published, atom[0].updated) == (
        "https://a.example/a", "2026-08-01T00:00:00+00:00", "2026-08-05T10:00:00+00:00")


def test_feed_entries_come_newest_first() -> None:
    assert [e.title for e in parse_feed(RSS20)][0] == "New"


@pytest.mark.parametrize("body", [b"<html><body>not a feed</body></html>", b"\x00\xff garbage", b"<rss><channel><item>"])
def test_unreadable_feed_gives_one_line_or_nothing(body: bytes) -> None:
    try:
        entries = parse_feed(body)
    except DiscoveryError as error:
        assert "\n" not in str(error) and "feed" in str(error)
    else:
        assert entries == []


def test_sitemap_index_news_sitemap_and_urlset() -> None:
    index = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>https://a.example/s1.xml</loc></sitemap><sitemap><loc>https://a.example/news.xml</loc></sitemap>
    </sitemapindex>"""
    children, entries = parse_sitemap(index)
    assert children == ["https://a.example/s1.xml", "https://a.example/news.xml"] and entries == []
    news = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
     xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://a.example/n1</loc>
     <news:news><news:publication><news:name>A</news:name></news:publication>
     <news:publication_date>2026-09-01T10:00:00+02:00</news:publication_date><news:title>N1</news:title></news:news>
     </url></urlset>"""
    _, entries = parse_sitemap(news)
    assert [(e.url, e.title, e.published) for e in entries] == [
        ("https://a.example/n1", "N1", "2026-09-01T08:00:00+00:00")]


def test_sitemap_with_entities_does_not_expand_them() -> None:
    evil = b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/&e;</loc></url></urlset>"""
    _, entries = parse_sitemap(evil)
    assert all("root:" not in e.url for e in entries)


def test_not_a_sitemap_is_a_one_line_error() -> None:
    with pytest.raises(DiscoveryError, match="not a sitemap"):
        parse_sitemap(b"<html><body>hi</body></html>")
