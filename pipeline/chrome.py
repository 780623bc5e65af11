"""Page chrome: what to cut from the HTML tree before trafilatura, and from its text after."""

from __future__ import annotations

import functools
import re
from typing import Any

# class/id tokens of page chrome; matched against each token of class and id
CHROME_TOKEN = re.compile(
    r"(^|[-_])(share|sharing|social|newsletter|subscribe|subscription|signup|sign-up|cookie|cookies|"
    r"consent|gdpr|related|recommended|recirc|popular|most-read|mostread|trending|promo|advert|ads?|"
    r"ad-slot|sponsor|sidebar|comments?|comment-form|respond|author-bio|author-card|bio-box|breadcrumbs?|"
    r"more-stories|paywall|modal|popup|banner|toolbar|clap|follow|ticker|rollover|tooltip|popover|hovercard)([-_]|$)",
    re.IGNORECASE,
)
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "dialog", "alertdialog", "search"}
TEASER = re.compile(
    r"^\s*(read more|read also|also read|read next|related( stories| articles| coverage)?|see also|more from|"
    r"more on this( story)?|recommended( reading)?|don'?t miss|must read|further reading|"
    r"(à )?lire aussi|voir aussi|lesen sie auch|mehr zum thema|lee también|leer también|leggi anche)"
    r"\s*[:：|»›>–—-]",
    re.IGNORECASE,
)
# headings of recirculation blocks: the block under such a heading is not the article
_RECIRCULATION_HEADING = re.compile(
    r"^(related|related (stories|articles|posts|content|coverage|links|reading)|"
    r"more (stories|news|to read|from [\w .'&-]{1,40}|on this( story| topic)?|in [\w .'&-]{1,30})|"
    r"most (read|popular|viewed|shared|commented)( [\w .'-]{0,30})?|popular( now| stories| posts)?|"
    r"trending( now| stories)?|recommended( for you| stories| reading)?|you (may|might) (also )?(like|enjoy)|"
    r"read next|what to read next|around the web|top stories|latest (news|stories|headlines)|"
    r"other [\w .'-]{1,30} columns|in other news|editor'?s picks|from around the site|live news|all the news)\W*$",
    re.IGNORECASE,
)
_BOILERPLATE_HEADING = re.compile(r"^(about (?!the author)[\w&.,'’ -]{2,40}|media contacts?|press contacts?|"
                                  r"for (more|further) information,? contact)\W*$", re.IGNORECASE)
_HEADING_TOKEN = re.compile(r"(^|[-_])(hd|head|header|heading|title)([-_]|$)", re.IGNORECASE)
_CHROME_LINE = re.compile(
    r"^\s*(advertisement|sponsored( content)?|share( this( article| story)?)?( on \w+)?|copy link|"
    r"read more|continue reading|show more|load more|"
    r"sign up( now| here| today)?[.!]?|sign up (for|to) (our|the|free)\b.{0,80}(newsletter|briefing|updates|"
    r"alerts|digest|email).*|subscribe( now| today| here)?[.!]?|subscribe to (our|the) .{0,80}|"
    r"get (the|our) .{0,40}newsletter.*|we use cookies.*|"
    r"accept( all)?( cookies)?|reject all|manage (cookie )?preferences|cookie settings|"
    r"follow us\b.*|leave a (comment|reply).*|"
    r"\d+ comments?|comments?|more|photo:.*|image:.*|(image|photo) credit:.*|don'?t miss|see more:.*|"
    r"you (may|might) also like.*|filed under\b.*|related posts?\b.*|click here to (subscribe|sign up)\b.*|"
    r"follow .{0,60}\bon (facebook|twitter|instagram|linkedin|youtube|tiktok)\b.*|"
    r"\d+ min(ute)?s? read|(reading time|lesezeit|tempo de leitura|temps de lecture)\b.*|"
    # agency credit lines at the foot of a wire story
    r"\(?(reporting|additional reporting|writing|editing) by\b.*|.{0,120}\bcontributed (reporting|to this report)\b.*|"
    r"((latest|last) )?(update[ds]?|modified|published|posted)(( on| at)?\s*:?\s*\d[\w/.,: -]{0,60})?|"
    r"\d{1,2}/\d{1,2}/\d{2,4}\b.{0,40}\bby\b.{0,40})\s*$",
    re.IGNORECASE,
)
_SYNDICATION_LINE = re.compile(
    r"^\s*(source\s*:|original\s*:|originally (published|appeared)\b|this (article|story) (was )?"
    r"(originally|first) (published|appeared)\b|republished (with permission )?from\b|"
    r".{0,80}credit us when republishing.*|.{0,60}please credit\b.*)",
    re.IGNORECASE,
)
EDITORIAL_HEADINGS = re.compile(
    r"why this matters|limitations|actionable advice|key facts|editor'?s take|what to watch", re.IGNORECASE
)


def norm(text: str | None) -> str:
    """Whitespace runs as one space, none at the ends."""
    return " ".join(text.split()) if text else ""


def classes(node: Any) -> list[str]:
    return f"{node.get('class') or ''} {node.get('id') or ''}".split()


def is_chrome_node(node: Any) -> bool:
    role = (node.get("role") or "").lower()
    return role in _CHROME_ROLES or _chrome_names(node.get("class"), node.get("id"))


@functools.lru_cache(maxsize=4096)
def _chrome_names(class_: str | None, id_: str | None) -> bool:
    """Whether a class or id token names page chrome (pages repeat their class names: remembered)."""
    return any(CHROME_TOKEN.search(token) for token in f"{class_ or ''} {id_ or ''}".split())


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def is_hidden(node: Any) -> bool:
    """Markup no reader sees: schema.org copies of the headline and dates, preloaded widgets."""
    return (node.get("hidden") is not None or (node.get("aria-hidden") or "").lower() == "true"
            or bool(_HIDDEN_STYLE.search(node.get("style") or "")))


def strip_chrome(tree: Any) -> None:
    """Drop share bars, newsletter boxes, cookie banners, teasers and recirculation blocks in place."""
    size, prose = _measure(tree)
    total = size.get(tree, 0) or 1
    page_prose = prose.get(tree, 0)
    doomed = []
    for node in tree.iter():
        if not isinstance(node.tag, str) or node.tag in ("html", "body", "article", "main", "head"):
            continue
        if node.tag == "aside" and EDITORIAL_HEADINGS.search(node.text_content()[:400]):
            node.tag = "section"  # an editor's-take box is editorial content, not a sidebar
            continue
        if size[node] >= 0.5 * total:
            continue  # never more than half the page in one cut
        if is_chrome_node(node) or is_hidden(node):
            # a wrapper named like chrome ("has-sidebar") that holds the article's paragraphs stays
            if prose[node] < 3 and prose[node] < 0.5 * page_prose:
                doomed.append(node)
        elif node.tag in ("p", "li", "div") and size[node] < 200 and _is_teaser(node):
            doomed.append(node)
        elif node.tag in ("p", "li") and size[node] <= 300 and _all_links(node):
            doomed.append(node)
        elif node.tag in ("ul", "ol") and _card_list(node):
            doomed.append(node)
        elif _is_heading(node) and size[node] <= 50:
            heading = norm(node.text_content())
            if _BOILERPLATE_HEADING.match(heading):
                # a press release's "About Acme" and what follows it: the company describing itself
                tail = [node, *node.itersiblings()]
                if sum(prose[part] for part in tail) < 0.5 * page_prose:
                    doomed.extend(tail)
            elif _RECIRCULATION_HEADING.match(heading):
                block = _block_under(node, heading)
                # teaser cards hold long standfirsts too: only the bulk of the page's prose protects
                if block.tag not in ("html", "body", "article", "main") and prose[block] < 0.5 * page_prose:
                    doomed.append(block)
    for node in doomed:
        if node.getparent() is None:
            continue
        first = node[0] if len(node) else None
        if node.tag == "span" and first is not None and first.tag == "a" and not norm(node.text):
            # a name in the text with its hover card: the name stays, the card goes
            first.tail = node.tail
            node.getparent().replace(node, first)
        else:
            node.drop_tree()
    _keep_standfirsts(tree)
    _join_split_body(tree)


_CONTENT_TOKEN = re.compile(r"(^|[-_])(body|content|article|story|text|entry|post|chunk)s?([-_]|$)", re.IGNORECASE)


def _join_split_body(tree: Any) -> None:
    """An article body cut into several containers of one class, ads or asides between them: the later
    containers' children move into the first, so that trafilatura, which takes one container, takes all."""
    groups: dict[str, list[Any]] = {}
    for node in tree.iter("div", "section"):
        name = " ".join((node.get("class") or "").split())
        if name and any(_CONTENT_TOKEN.search(token) for token in name.split()):
            groups.setdefault(name, []).append(node)
    if not groups:
        return
    # what reads as article: headings, and paragraphs of a sentence or more
    prose = [node for node in tree.iter("p", "h2", "h3", "h4", "li", "pre", "blockquote")
             if len(norm(node.text_content())) >= (1 if node.tag in ("h2", "h3", "h4") else 40)]
    for nodes in groups.values():
        outermost = [node for node in nodes if not any(a in nodes for a in node.iterancestors())]
        parts = [node for node in outermost if any(len(norm(p.text_content())) >= 150 for p in node.iter("p"))]
        if len(parts) < 2:
            continue
        # only when nothing between the parts is prose of its own: moving them must not reorder the article
        inside = {id(node) for part in parts for node in part.iter()}
        first, last = prose.index(next(p for p in prose if id(p) in inside)), 0
        for position, paragraph in enumerate(prose):
            if id(paragraph) in inside:
                last = position
        if any(id(p) not in inside for p in prose[first:last]):
            continue
        for part in parts[1:]:
            parts[0].extend(list(part))


def _keep_standfirsts(tree: Any) -> None:
    """A paragraph classed "teaser" that links nowhere is the article's standfirst, not a teaser card:
    its class is renamed so that trafilatura, which drops teaser-classed blocks, keeps it."""
    for node in tree.iter("p"):
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if "teaser" in names.lower() and node.find(".//a") is None and norm(node.text_content()):
            for attribute in ("class", "id"):
                if node.get(attribute):
                    node.set(attribute, re.sub("teaser", "standfirst", node.get(attribute), flags=re.IGNORECASE))


def _measure(tree: Any) -> tuple[dict[Any, int], dict[Any, int]]:
    """In one bottom-up pass: each element's text length, and its paragraphs of 150+ characters."""
    size: dict[Any, int] = {}
    prose: dict[Any, int] = {}
    for node in reversed(list(tree.iter())):  # children before their parents
        own = len(norm(node.text)) if isinstance(node.tag, str) else 0
        long_paragraphs = 0
        for child in node:
            own += size.get(child, 0) + len(norm(child.tail))
            long_paragraphs += prose.get(child, 0)
        size[node] = own
        prose[node] = long_paragraphs + (1 if node.tag == "p" and own >= 150 else 0)
    return size, prose


def _linked_share(node: Any) -> float:
    """How much of an element's text lies inside links to other pages."""
    text = len(norm(node.text_content()))
    linked = 0
    for link in node.iter("a"):
        words = norm(link.text_content())
        if not words.startswith(("http://", "https://", "www.")) and (link.get("href") or "#").split("#")[0]:
            linked += len(words)  # a link to another page (a cited address is content, not a link away)
    return linked / text if text else 0.0


def _all_links(node: Any) -> bool:
    """A paragraph that is nothing but links elsewhere: a headline teaser, not a sentence of the article."""
    return node.find(".//a") is not None and _linked_share(node) >= 0.85


def _card_list(node: Any) -> bool:
    """A list of story cards: most of three or more items lead with a link to another story."""
    items = [item for item in node if item.tag == "li"]
    if len(items) < 3 or node.find(".//a") is None:
        return False
    cards = sum(1 for item in items if _linked_share(item) >= 0.5 or any(
        heading.find(".//a") is not None for heading in item.iter("h2", "h3", "h4", "h5")))
    return cards >= 0.75 * len(items)


def _is_teaser(node: Any) -> bool:
    if node.find(".//a") is None:
        return False
    text = norm(node.text_content())
    return len(text) < 200 and bool(TEASER.match(text))


def _is_heading(node: Any) -> bool:
    if node.tag in ("h2", "h3", "h4", "h5", "h6"):
        return True
    return node.tag in ("p", "div", "span") and any(_HEADING_TOKEN.search(token) for token in classes(node))


def _block_under(heading: Any, text: str) -> Any:
    """The block a heading names: its parent, or higher while the parent holds nothing but the heading."""
    block = heading
    while block.getparent() is not None and norm(block.text_content()) == text:
        block = block.getparent()
    return block


def clean_text(text: str, title: str = "") -> str:
    """Drop chrome lines trafilatura let through; indented (code) lines are kept as they are."""
    kept: list[str] = []
    for line in text.splitlines():
        bare = line.strip().lstrip("-•*").strip()
        if not bare:
            continue
        if line[:1].isspace():  # preformatted text: keep indentation and repeats
            kept.append(line.rstrip())
            continue
        # only short lines can be chrome: a body paragraph may well start "Copyright holders…"
        if len(bare) <= 200 and (_CHROME_LINE.match(bare) or _SYNDICATION_LINE.match(bare) or TEASER.match(bare)):
            continue
        if kept and kept[-1] == line.strip():
            continue  # a repeat
        kept.append(line.strip())
    return "\n".join(_without_headline(kept, title))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _without_headline(lines: list[str], title: str) -> list[str]:
    """The lines without the headline when it comes again among the first three, nor the kicker above it
    ("Analysis", "Review"): it would otherwise be read, and scored, as the article's first sentence."""
    words = _words(title)
    for position, line in enumerate(lines[:3] if words else []):
        if _words(line) == words:
            above = lines[:position]
            kicker = all(len(text.split()) <= 4 and not text.endswith((".", "!", "?")) for text in above)
            return (lines[position + 1:] if kicker else above + lines[position + 1:])
    return lines


def mostly_links(text: str, anchors: set[str]) -> bool:
    """A section front or listing: most of its text is the titles of links to elsewhere."""
    by_start: dict[str, list[str]] = {}
    for anchor in anchors:
        by_start.setdefault(anchor[:8], []).append(anchor)
    lines = [line.lstrip("-•* ").strip() for line in text.splitlines()]
    linked = sum(len(line) for line in lines if any(
        line.startswith(anchor) and len(anchor) >= 0.6 * len(line) for anchor in by_start.get(line[:8], ())
    ))
    return linked > 0.5 * sum(len(line) for line in lines)
