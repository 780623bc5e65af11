"""Page → Article: trafilatura for the main text, plus the chrome and metadata it misses."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urljoin

import lxml.html
import trafilatura
from htmldate import find_date
from lxml import etree

from pipeline.chrome import clean_text, mostly_links, norm, strip_chrome
from pipeline.models import Article, RawPage
from pipeline.pagemeta import headline, iso_date, plausible, read_metadata
from pipeline.urls import canonical_url, host_of, same_site

EXTRACTOR_VERSION = "4"  # 4: control characters dropped before parsing (one in the body had lost the whole page)
# comments go at parse time, as trafilatura's own loader does: trafilatura drops the text that follows a
# comment inside a paragraph (`<p>One <!-- ad --> two</p>` came out as "One")
_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)


def extract(page: RawPage) -> Article | None:
    """The article on `page`, or None when the page holds no readable article text."""
    # lxml refuses str input that still carries an XML encoding declaration (XHTML pages)
    html = without_controls(re.sub(r"^\s*<\?xml[^>]*\?>", "", _decode(page)))
    if not html.strip():
        return None
    try:
        tree = lxml.html.fromstring(html, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None
    if not isinstance(tree.tag, str):
        return None
    fetched = _fetched_at(page)
    meta = read_metadata(tree, fetched)
    url, original_url = _identity(tree, page.url, meta.get("canonical"))

    strip_chrome(tree)
    anchors = {norm(link.text_content()) for link in tree.iter("a")} - {""}
    # our own metadata reading replaces trafilatura's (half its time); htmldate only when needed,
    # on markup and URL alone: a date guessed from the body text is worse than the feed's date
    guessed_date = None if meta.get("published") else find_date(
        tree, extensive_search=False, original_date=True, url=page.url, outputformat="%Y-%m-%d",
        max_date=(fetched + timedelta(days=1)).strftime("%Y-%m-%d"))
    document = trafilatura.bare_extraction(
        tree, url=page.url, with_metadata=False, include_comments=False, include_tables=True,
        favor_recall=False, deduplicate=False,
    )
    if document is None:
        return None
    fields: dict[str, Any] = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    title = headline(meta, None)
    text = clean_text(fields.get("text") or "", title)
    if not title or not text or mostly_links(text, anchors):
        return None
    published, source = _publication_date(meta, guessed_date, page, fetched)
    notes = (f"publication date {meta['rejected_date']} in the page is impossible; dated by {source}"
             + (f" ({published})" if published else ""),) if meta.get("rejected_date") else ()
    author, site_name = (without_controls(meta[key]) if meta.get(key) else None for key in ("author", "site_name"))
    return Article(
        url=url,
        fetched_url=page.url,
        source=page.source,
        title=without_controls(title),  # metadata (JSON-LD's "\u001b…") can carry what the markup could not
        text=text,
        published=published,
        author=author,
        lang=meta.get("lang") or _guess_lang(text),
        site_name=site_name or host_of(url) or None,
        original_url=original_url,
        extractor_version=EXTRACTOR_VERSION,
        notes=notes,
    )


def _publication_date(meta: dict[str, str], guessed: str | None, page: RawPage,
                      fetched: datetime) -> tuple[str | None, str]:
    """The first possible date of: the page's date markup, htmldate's reading of markup and URL, a <time> in
    the article, the feed's date; else None, and the article counts from the day it was first seen."""
    for stamp, source in ((meta.get("published"), "the page's markup"), (iso_date(guessed), "the page's markup or URL"),
                          (meta.get("article_time"), "a <time> in the article"),
                          (iso_date(page.feed_published), "the feed")):
        if stamp and plausible(stamp, fetched):
            return stamp, source
    return None, "the day it was first seen"


def _identity(tree: Any, page_url: str, canonical: str | None) -> tuple[str, str | None]:
    """(the article's URL, the URL it says it was first published at, if elsewhere)."""
    original_url = _original_url(tree)
    canonical = urljoin(page_url, canonical) if canonical else None
    if canonical and not same_site(canonical, page_url):
        original_url = original_url or canonical_url(canonical)  # cross-site canonical: a syndicated copy
        canonical = None
    url = canonical_url(canonical or page_url, base=page_url)
    if original_url in (url, canonical_url(page_url)):
        original_url = None  # a page naming itself as the original is the original
    return url, original_url


_SYNDICATION_START = re.compile(r"^(original\b|originally|this (article|story) (was )?(originally|first)|republished from)",
                                re.IGNORECASE)
_SYNDICATION_BLOCKS = {"p", "div", "span", "li", "footer", "small"}


def _original_url(tree: Any) -> str | None:
    """The URL a syndication line ('Original: …', 'Originally published at …') points to."""
    for element in tree.iter():  # a line starts with its first words: only text that starts so is looked at
        if not isinstance(element.tag, str) or not element.text or not _SYNDICATION_START.match(element.text.lstrip()):
            continue
        node = element
        while node is not None and node.tag not in _SYNDICATION_BLOCKS:
            node = node.getparent()
        text = norm(node.text_content()) if node is not None else ""
        if not text or len(text) > 300 or not _SYNDICATION_START.match(text):
            continue
        for link in node.iter("a"):
            href = link.get("href")
            if href and href.startswith(("http://", "https://")):
                return canonical_url(href)
        found = re.search(r"https?://\S+", text)
        if found:
            return canonical_url(found.group(0).rstrip(".,;)"))
    return None


def _fetched_at(page: RawPage) -> datetime:
    """When the page was fetched (the clock for a page that does not say): dates after it are impossible."""
    try:
        fetched = datetime.fromisoformat(page.fetched_at)
    except ValueError:
        return datetime.now(timezone.utc)
    return fetched if fetched.tzinfo else fetched.replace(tzinfo=timezone.utc)


# C0 controls but tab, newline and carriage return, DEL, and C1 controls: as characters, or as numeric references
# to C0 ones and DEL (HTML reads &#128;–&#159; as Windows-1252's printable characters)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|&#(?:[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF])|"
                       r"0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|127))(?![0-9a-fA-F]);?")
_SPACING = frozenset("\x0b\x0c")


def without_controls(html: str) -> str:
    """The page without control characters: one in a paragraph made the whole page fail to extract (lxml takes it,
    trafilatura's XML steps do not), and an escape sequence in a title reached the terminal through `aipulse search`.
    Vertical tab and form feed become spaces; the rest, escape and bell included, go."""
    return _CONTROLS.sub(lambda found: " " if found.group() in _SPACING else "", html)


def _decode(page: RawPage) -> str:
    """The declared charset when the bytes fit it; else UTF-8 or Windows-1252, the usual truths."""
    for encoding in (page.encoding or "utf-8", "utf-8", "cp1252"):
        try:
            return page.body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return page.body.decode("utf-8", errors="replace")


def _guess_lang(text: str) -> str | None:
    try:
        from pipeline.language import detect  # the detector stance.languages asks too: one per process

        return detect(text)[0]
    except Exception:  # noqa: BLE001 - language is a nicety; never fail extraction over it
        return None
