"""Parse feeds and sitemaps into article entries (the spider decides what to fetch)."""

from __future__ import annotations

import calendar
import time
from dataclasses import dataclass
from datetime import datetime, timezone

import feedparser
from lxml import etree


@dataclass(frozen=True)
class Entry:
    url: str
    title: str = ""
    published: str = ""  # ISO 8601, UTC
    updated: str = ""


class DiscoveryError(ValueError):
    """A feed or sitemap that cannot be read; the message says why in one line."""


def _iso(parsed: time.struct_time | None) -> str:
    if not parsed:
        return ""
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc).isoformat()


def parse_feed(body: bytes) -> list[Entry]:
    """RSS 0.9x/1.0/2.0 and Atom entries, newest first."""
    parsed = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        problem = getattr(parsed, "bozo_exception", None)
        if parsed.get("version") or not problem:
            return []
        raise DiscoveryError(f"not a readable RSS or Atom feed ({str(problem).splitlines()[0][:120]})")
    entries = []
    for entry in parsed.entries:
        item = dict(entry)  # plain dict: feedparser's updated→published fallback mapping is deprecated
        link = item.get("link") or next(
            (link.get("href") for link in item.get("links", []) if link.get("rel") in (None, "alternate")), ""
        )
        if not link:
            continue
        published = _iso(item.get("published_parsed")) or _iso(item.get("updated_parsed"))
        updated = _iso(item.get("updated_parsed")) or published
        entries.append(Entry(url=link.strip(), title=item.get("title", "").strip(), published=published,
                             updated=updated))
    entries.sort(key=lambda entry: entry.updated or entry.published, reverse=True)
    return entries


_XML = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)


def parse_sitemap(body: bytes) -> tuple[list[str], list[Entry]]:
    """(child sitemaps, article entries newest first) of a sitemap index, urlset or news sitemap."""
    try:
        root = etree.fromstring(body, parser=_XML)
    except etree.XMLSyntaxError as exc:
        raise DiscoveryError(f"not a readable sitemap ({exc})") from None
    if root is None or etree.QName(root).localname not in ("urlset", "sitemapindex"):
        raise DiscoveryError("not a sitemap: the root element is neither urlset nor sitemapindex")
    children: list[str] = []
    entries: list[Entry] = []
    for node in root:
        if not isinstance(node.tag, str):
            continue
        fields = {etree.QName(child).localname: (child.text or "").strip() for child in node.iter() if isinstance(child.tag, str)}
        loc = fields.get("loc")
        if not loc:
            continue
        if etree.QName(node).localname == "sitemap":
            children.append(loc)
        else:
            published = _parse_w3c(fields.get("publication_date", ""))
            updated = _parse_w3c(fields.get("lastmod", "")) or published
            entries.append(Entry(url=loc, title=fields.get("title", ""), published=published, updated=updated))
    entries.sort(key=lambda entry: entry.updated or entry.published, reverse=True)
    return children, entries


def _parse_w3c(value: str) -> str:
    if not value:
        return ""
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc).isoformat()


def looks_like_sitemap(body: bytes) -> bool:
    head = body[:2048].lower()
    return b"<urlset" in head or b"<sitemapindex" in head
