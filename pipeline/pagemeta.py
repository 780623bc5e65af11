"""Article metadata from a page's markup: headline, publication date, author, language, canonical."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from pipeline.chrome import classes, is_chrome_node, norm

WEB_BEGAN = datetime(1991, 1, 1, tzinfo=timezone.utc)
_DATE_META = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime",
)
_AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl")
_NOT_AN_AUTHOR = {"username", "user", "admin", "administrator", "guest", "anonymous", "login", "log in", "sign in",
                  "my account", "account", "author", "staff writer", "unknown"}
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:·»]\s+[^|\-–—:·»]{2,60}$")
_BYLINE_TOKEN = re.compile(
    r"^(author|auteur|autor)$|(^|[-_])(byline|byl|author-name|article-author|story-author)([-_]|$)", re.IGNORECASE)
_PUBLISHED_CLASS = re.compile(r"publish|posted|dateline|pubdate|byline|article-date|entry-date", re.IGNORECASE)


def read_metadata(tree: Any, now: datetime | None = None) -> dict[str, str]:
    """What the page's markup says about itself; the values a page does not give are absent. A date that
    cannot be a publication date as of `now` (default: the clock) is skipped and kept as `rejected_date`."""
    now = now or datetime.now(timezone.utc)
    rejected: list[str] = []
    props: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        value = norm(node.get("content"))
        if key and value and key not in props:
            props[key] = value
    ld = _json_ld(tree)
    meta: dict[str, str] = {
        "og_title": props.get("og:title") or props.get("twitter:title") or norm(ld.get("headline")),
        "page_title": norm(tree.findtext(".//title")),
        "h1": "\n".join(norm(h1.text_content()) for h1 in tree.iter("h1")),
        "published": _structured_date(ld, props, tree, now, rejected) or "",
        "article_time": _article_time(tree, now, rejected) or "",
        "author": clean_author(_name(ld.get("author")) or next(
            (props[key] for key in _AUTHOR_META if props.get(key) and not props[key].startswith("http")), ""))
        or _byline(tree) or "",
    }
    lang = tree.get("lang") or tree.get("xml:lang") or props.get("og:locale") or props.get("content-language")
    if lang:
        meta["lang"] = lang.replace("_", "-").split("-")[0].lower()
    site = props.get("og:site_name") or norm(_name(ld.get("publisher")))
    if site:
        meta["site_name"] = urlsplit(site).hostname or site if site.startswith("http") else site
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            meta["canonical"] = link.get("href").strip()
            break
    if rejected:
        meta["rejected_date"] = rejected[0]
    return {key: value for key, value in meta.items() if value}


def iso_date(value: str | None) -> str | None:
    """ISO 8601 for a date or date-time string; None when it is not one."""
    value = norm(value)
    if not value:
        return None
    candidate = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", value.replace("Z", "+00:00").replace("z", "+00:00"))
    try:
        parsed = datetime.fromisoformat(candidate)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", candidate):
        return candidate
    return parsed.isoformat()


def clean_author(value: str | None) -> str | None:
    value = re.sub(r"^(by|von|par|written by|text by)[:\s]+", "", norm(value), flags=re.IGNORECASE)
    if not value or value.casefold() in _NOT_AN_AUTHOR or value.startswith("http"):
        return None
    return value


def headline(meta: dict[str, str], extracted: str | None) -> str:
    """The h1 that the og/page title names, else the og title, else the page title, less a site suffix."""
    named = [title for title in (meta.get("og_title"), meta.get("page_title")) if title]
    for h1 in meta.get("h1", "").split("\n"):
        if h1 and any(h1.casefold() in title.casefold() for title in named):
            return h1
    for title in (meta.get("og_title"), norm(extracted), meta.get("page_title")):
        if title:
            site = meta.get("site_name", "")
            stripped = _TITLE_SUFFIX.sub("", title)
            if stripped != title and (not site or site.casefold() in title[len(stripped):].casefold()):
                return stripped
            return title
    return meta.get("h1", "").split("\n")[0]


def _byline(tree: Any) -> str | None:
    """The name in a visible byline element ("By Jane Doe - May 4"), when no metadata names the author."""
    for node in tree.iter():
        if not isinstance(node.tag, str):
            continue
        marked = (node.get("rel") == "author" or "author" in (node.get("itemprop") or "").lower().split()
                  or any(_BYLINE_TOKEN.search(token) for token in classes(node)))
        text = norm(node.text_content()) if marked else ""
        if text and len(text) <= 80:
            name = clean_author(re.split(r"\s+[-|•·]\s+|,\s*\d", text)[0])
            if name and not re.search(r"\d", name):
                return name
    return None


def _structured_date(ld: dict[str, Any], props: dict[str, str], tree: Any, now: datetime,
                     rejected: list[str]) -> str | None:
    """A publication date the page states as such: JSON-LD, meta tags, a <time> marked as published."""
    candidates = [ld.get("datePublished"), ld.get("dateCreated"), *(props.get(key) for key in _DATE_META)]
    candidates += [node.get("datetime") for node in tree.iter("time")
                   if node.get("pubdate") is not None or (node.get("itemprop") or "").lower() == "datepublished"
                   or _PUBLISHED_CLASS.search(" ".join(classes(node) + classes(node.getparent())))]
    return _first_date(candidates, now, rejected)


def _article_time(tree: Any, now: datetime, rejected: list[str]) -> str | None:
    """The first <time> inside the article region, outside tickers and sidebars: a weaker hint."""
    for node in tree.iter("time"):
        ancestors = list(node.iterancestors())
        if any(is_chrome_node(a) for a in ancestors) or re.search(r"modif|updat", " ".join(classes(node)), re.I):
            continue
        if any(a.tag in ("article", "main") for a in ancestors):
            return _first_date([node.get("datetime")], now, rejected)
    return None


def _first_date(candidates: list[Any], now: datetime, rejected: list[str]) -> str | None:
    """The first candidate that is a date a page could have been published on; impossible ones go to `rejected`."""
    for value in candidates:
        stamp = iso_date(value) if isinstance(value, str) else None
        if stamp and plausible(stamp, now):
            return stamp
        if stamp:
            rejected.append(stamp)
    return None


def plausible(stamp: str, now: datetime) -> bool:
    """Whether an ISO date could be a publication date: not before the web (1991), not after `now` and a day."""
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return False
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return WEB_BEGAN <= when <= now + timedelta(days=1)


def _json_ld(tree: Any) -> dict[str, Any]:
    """The first schema.org Article-like object among the page's JSON-LD blocks."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            kind = item.get("@type")
            kinds: list[Any] = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and (k.endswith("Article") or k in ("BlogPosting", "Report")) for k in kinds):
                return item
            stack.extend(item.get("@graph", []) if isinstance(item.get("@graph"), list) else [])
    return {}


def _name(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return str(value.get("name") or "")
    if isinstance(value, list):
        return ", ".join(filter(None, (_name(item) for item in value)))
    return ""
