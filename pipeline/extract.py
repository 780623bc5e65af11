"""Page → Article: trafilatura for the main text, plus the chrome and metadata it misses."""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

import lxml.html
import trafilatura
from lxml import etree

from pipeline.models import Article, RawPage
from pipeline.urls import canonical_url, same_site

EXTRACTOR_VERSION = "1"

# class/id tokens of page chrome; matched against each token of class and id
_CHROME_TOKEN = re.compile(
    r"(^|[-_])(share|sharing|social|newsletter|subscribe|subscription|signup|sign-up|cookie|cookies|"
    r"consent|gdpr|related|recommended|recirc|popular|most-read|mostread|trending|promo|advert|ads?|"
    r"ad-slot|sponsor|sidebar|comments?|comment-form|respond|author-bio|author-card|bio-box|breadcrumbs?|"
    r"read-more|readmore|more-stories|paywall|modal|popup|banner|toolbar|clap|follow)([-_]|$)",
    re.IGNORECASE,
)
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "dialog", "alertdialog", "search"}
_TEASER = re.compile(
    r"^\s*(read more|read also|also read|read next|related( stories| articles| coverage)?|see also|more from|"
    r"more on this( story)?|recommended( reading)?|don'?t miss|must read|further reading|"
    r"(à )?lire aussi|voir aussi|lesen sie auch|mehr zum thema|lee también|leer también|leggi anche)"
    r"\s*[:：|»›>–—-]",
    re.IGNORECASE,
)
_CHROME_LINE = re.compile(
    r"^\s*(advertisement|sponsored( content)?|share( this( article| story)?)?( on \w+)?|copy link|"
    r"sign up( now| here| today)?[.!]?|sign up (for|to) (our|the|free)\b.{0,80}(newsletter|briefing|updates|"
    r"alerts|digest|email).*|subscribe( now| today| here)?[.!]?|subscribe to (our|the) .{0,80}|"
    r"get (the|our) .{0,40}newsletter.*|we use cookies.*|"
    r"accept( all)?( cookies)?|reject all|manage (cookie )?preferences|cookie settings|"
    r"(©|\(c\)|copyright\s*(©|\(c\)|\d{4})).*|all rights reserved\.?|follow us\b.*|leave a (comment|reply).*|"
    r"\d+ comments?|photo:.*|image:.*|(image|photo) credit:.*)\s*$",
    re.IGNORECASE,
)
_SYNDICATION_LINE = re.compile(
    r"^\s*(source\s*:|original\s*:|originally (published|appeared)\b|this (article|story) (was )?"
    r"(originally|first) (published|appeared)\b|republished (with permission )?from\b|"
    r".{0,80}credit us when republishing.*|.{0,60}please credit\b.*)",
    re.IGNORECASE,
)
_EDITORIAL_HEADINGS = re.compile(
    r"why this matters|limitations|actionable advice|key facts|editor'?s take|what to watch", re.IGNORECASE
)
_DATE_META = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime",
)
_AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl")
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:·»]\s+[^|\-–—:·»]{2,60}$")


def extract(page: RawPage) -> Article | None:
    """The article on `page`, or None when the page holds no readable article text."""
    # lxml refuses str input that still carries an XML encoding declaration (XHTML pages)
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", _decode(page))
    if not html.strip():
        return None
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    if not isinstance(tree.tag, str):
        return None
    meta = _metadata(tree)
    original_url = _original_url(tree, page.url)
    canonical = urljoin(page.url, meta["canonical"]) if meta.get("canonical") else None
    if canonical and not same_site(canonical, page.url):
        original_url = original_url or canonical_url(canonical)  # cross-site canonical: a syndicated copy
        canonical = None
    url = canonical_url(canonical or page.url, base=page.url)
    if original_url in (url, canonical_url(page.url)):
        original_url = None  # a page naming itself as the original is the original

    _strip_chrome(tree)
    anchors = {_norm(link.text_content()) for link in tree.iter("a")} - {""}
    document = trafilatura.bare_extraction(
        tree, url=page.url, with_metadata=True, include_comments=False, include_tables=True,
        favor_recall=True, deduplicate=False,
        # markup and URL only: a date guessed from the body text is worse than the feed's date
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        return None
    fields: dict[str, Any] = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = _clean_text(fields.get("text") or "")
    if not text or _mostly_links(text, anchors):
        return None
    title = _title(meta, fields.get("title"))
    if not title:
        return None
    return Article(
        url=url,
        fetched_url=page.url,
        source=page.source,
        title=title,
        text=text,
        published=meta.get("published") or _iso(fields.get("date")) or _iso(page.feed_published) or None,
        author=meta.get("author") or _clean_author(fields.get("author")),
        lang=meta.get("lang") or _guess_lang(text),
        site_name=meta.get("site_name") or fields.get("sitename") or None,
        original_url=original_url,
        extractor_version=EXTRACTOR_VERSION,
    )


def _decode(page: RawPage) -> str:
    """The declared charset when the bytes fit it; else UTF-8 or Windows-1252, the usual truths."""
    for encoding in (page.encoding or "utf-8", "utf-8", "cp1252"):
        try:
            return page.body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return page.body.decode("utf-8", errors="replace")


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _metadata(tree: Any) -> dict[str, str]:
    meta: dict[str, str] = {}
    props: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        value = _norm(node.get("content"))
        if key and value and key not in props:
            props[key] = value
    ld = _json_ld(tree)
    html_lang = tree.get("lang") or tree.get("xml:lang") or props.get("og:locale") or props.get("content-language")
    if html_lang:
        meta["lang"] = html_lang.replace("_", "-").split("-")[0].lower()
    meta["og_title"] = props.get("og:title") or props.get("twitter:title") or _norm(ld.get("headline")) or ""
    meta["page_title"] = _norm(tree.findtext(".//title"))
    meta["h1"] = "\n".join(_norm(h1.text_content()) for h1 in tree.iter("h1"))
    site = props.get("og:site_name") or _norm(_name(ld.get("publisher")))
    if site:
        meta["site_name"] = site
    published = _published(ld, props, tree)
    if published:
        meta["published"] = published
    author = _name(ld.get("author"))
    if not author:
        for key in _AUTHOR_META:
            value = props.get(key, "")
            if value and not value.startswith("http"):
                author = value
                break
    if author:
        meta["author"] = _clean_author(author) or ""
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            meta["canonical"] = link.get("href").strip()
            break
    return {key: value for key, value in meta.items() if value}


def _published(ld: dict[str, Any], props: dict[str, str], tree: Any) -> str | None:
    """The first readable publication date: JSON-LD, then meta tags, then a <time> that is not an update."""
    candidates = [ld.get("datePublished"), ld.get("dateCreated"), *(props.get(key) for key in _DATE_META)]
    candidates += [node.get("datetime") for node in tree.iter("time")
                   if not re.search(r"modif|updat", " ".join(_classes(node)), re.IGNORECASE)]
    for value in candidates:
        stamp = _iso(value) if isinstance(value, str) else None
        if stamp:
            return stamp
    return None


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
            kinds = kind if isinstance(kind, list) else [kind]
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


def _clean_author(value: str | None) -> str | None:
    value = _norm(value)
    value = re.sub(r"^(by|von|par|written by)\s+", "", value, flags=re.IGNORECASE)
    return value or None


def _iso(value: str | None) -> str | None:
    """ISO 8601 for a date or date-time string; None when it is not one."""
    value = _norm(value)
    if not value:
        return None
    candidate = value.replace("Z", "+00:00").replace("z", "+00:00")
    candidate = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", candidate)
    try:
        parsed = datetime.fromisoformat(candidate)
    except ValueError:
        try:
            from email.utils import parsedate_to_datetime

            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", candidate):
        return candidate
    return parsed.isoformat()


def _title(meta: dict[str, str], extracted: str | None) -> str:
    """The headline: the h1 that the og/page title names, else the og title, else the page title."""
    named = [meta.get("og_title", ""), meta.get("page_title", "")]
    for h1 in meta.get("h1", "").split("\n"):
        if h1 and any(h1.casefold() in title.casefold() for title in named if title):
            return h1
    for title in (meta.get("og_title"), _norm(extracted), meta.get("page_title")):
        if title:
            site = meta.get("site_name", "")
            stripped = _TITLE_SUFFIX.sub("", title)
            if stripped != title and (not site or site.casefold() in title[len(stripped):].casefold()):
                return stripped
            return title
    first_h1 = meta.get("h1", "").split("\n")[0]
    return first_h1


def _classes(node: Any) -> list[str]:
    return f"{node.get('class') or ''} {node.get('id') or ''}".split()


def _strip_chrome(tree: Any) -> None:
    """Drop share bars, newsletter boxes, cookie banners, teasers and related lists in place."""
    body = tree.find(".//body")
    total = len(_norm((body if body is not None else tree).text_content())) or 1
    doomed = []
    for node in tree.iter():
        if not isinstance(node.tag, str) or node.tag in ("html", "body", "article", "main"):
            continue
        if node.tag == "aside" and _EDITORIAL_HEADINGS.search(node.text_content()[:400]):
            node.tag = "section"  # an editor's-take box is editorial content, not a sidebar
            continue
        role = (node.get("role") or "").lower()
        chrome = role in _CHROME_ROLES or any(_CHROME_TOKEN.search(token) for token in _classes(node))
        if node.tag in ("p", "li", "div") and not chrome:
            teaser = _norm(node.text_content())
            chrome = len(teaser) < 200 and bool(_TEASER.match(teaser)) and node.find(".//a") is not None
        if chrome and len(_norm(node.text_content())) < 0.5 * total and not _holds_prose(node):
            doomed.append(node)
    for node in doomed:
        parent = node.getparent()
        if parent is not None:
            node.drop_tree()


def _holds_prose(node: Any) -> bool:
    """Three long paragraphs are an article body whatever the wrapper's class says ("has-sidebar")."""
    long_paragraphs = 0
    for paragraph in node.iter("p"):
        if len(_norm(paragraph.text_content())) >= 150:
            long_paragraphs += 1
            if long_paragraphs >= 3:
                return True
    return False


def _original_url(tree: Any, page_url: str) -> str | None:
    """The URL a syndication line ('Original: …', 'Originally published at …') points to."""
    for node in tree.iter("p", "div", "span", "li", "footer", "small"):
        text = _norm(node.text_content())
        if len(text) > 300 or not re.match(r"^(original\b|originally|this (article|story) (was )?(originally|first)|"
                                            r"republished from)", text, re.IGNORECASE):
            continue
        for link in node.iter("a"):
            href = link.get("href")
            if href and href.startswith(("http://", "https://")):
                return canonical_url(href)
        found = re.search(r"https?://\S+", text)
        if found:
            return canonical_url(found.group(0).rstrip(".,;)"))
    return None


def _clean_text(text: str) -> str:
    kept: list[str] = []
    for line in text.splitlines():
        bare = line.strip().lstrip("-•*").strip()
        if not bare:
            continue
        # only short lines can be chrome: a body paragraph may well start "Copyright holders…"
        if len(bare) <= 200 and (_CHROME_LINE.match(bare) or _SYNDICATION_LINE.match(bare) or _TEASER.match(bare)):
            continue
        if kept and kept[-1] == line.strip():
            continue
        kept.append(line.strip())
    return "\n".join(kept)


def _mostly_links(text: str, anchors: set[str]) -> bool:
    """A section front or listing: most of its text is the titles of links to elsewhere."""
    lines = [line.lstrip("-•* ").strip() for line in text.splitlines()]
    linked = sum(len(line) for line in lines if any(
        anchor and line.startswith(anchor) and len(anchor) >= 0.6 * len(line) for anchor in anchors
    ))
    return linked > 0.5 * sum(len(line) for line in lines)


def _guess_lang(text: str) -> str | None:
    try:
        import py3langid

        language, _ = py3langid.classify(text[:2000])
        return str(language)
    except Exception:  # noqa: BLE001 - language is a nicety; never fail extraction over it
        return None
