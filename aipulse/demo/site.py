"""Render the demo articles into two small static news sites with feeds and sitemaps."""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from jinja2 import Environment, FileSystemLoader, select_autoescape

HERE = Path(__file__).parent
NEWSROOM = "Frontier Ledger"
WIRE = "AI Wire Daily"
SECTIONS = ["Analysis", "Business", "Policy", "Products", "Research", "Opinion"]
WIRE_DELAY = timedelta(hours=5)  # the wire republishes a few hours after the newsroom


@dataclass(frozen=True)
class Page:
    body: bytes
    content_type: str
    last_modified: datetime | None = None

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'


def load_articles(folder: Path = HERE / "articles") -> list[dict[str, Any]]:
    articles = []
    for path in sorted(folder.glob("w*.toml")):
        with path.open("rb") as handle:
            article = tomllib.load(handle)
        article["published_dt"] = datetime.fromisoformat(article["published"])
        articles.append(article)
    articles.sort(key=lambda a: a["published_dt"], reverse=True)
    return articles


def article_path(article: dict[str, Any]) -> str:
    when = article["published_dt"]
    return f"/{when:%Y}/{when:%m}/{article['slug']}/"


def _human(when: datetime) -> str:
    return f"{when:%B} {when.day}, {when:%Y}"


def _env() -> Environment:
    return Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))


def render_sites(newsroom_base: str, wire_base: str,
                 articles: list[dict[str, Any]] | None = None) -> tuple[dict[str, Page], dict[str, Page]]:
    """All pages of both sites, keyed by path (the bundled articles unless others are given)."""
    articles = load_articles() if articles is None else articles
    env = _env()
    newsroom = {"name": NEWSROOM, "base": newsroom_base, "sections": SECTIONS}
    wire = {"name": WIRE, "base": wire_base, "sections": ["Wire"]}
    refs = [{"url": newsroom_base + article_path(a), "title": a["title"], "human_date": _human(a["published_dt"])}
            for a in articles]
    site_pages: dict[str, Page] = {}
    for index, article in enumerate(articles):
        a = dict(article, human_date=_human(article["published_dt"]),
                 author_slug=re.sub(r"[^a-z]+", "-", article["author"].lower()).strip("-"))
        url = refs[index]["url"]
        others = refs[:index] + refs[index + 1:]
        context = {
            "site": newsroom, "a": a, "canonical": url, "page_title": a["title"],
            "most_read": others[index % 7: index % 7 + 5], "teasers": others[(index + 3) % 11: (index + 3) % 11 + 2],
            "related": others[(index + 5) % 13: (index + 5) % 13 + 3],
            "json_ld": json.dumps({
                "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                "datePublished": a["published"], "author": {"@type": "Person", "name": a["author"]},
                "publisher": {"@type": "Organization", "name": NEWSROOM},
            }).replace("</", "<\\/"),
        }
        html = env.get_template(f"{a['layout']}.html").render(**context)
        site_pages[article_path(article)] = Page(html.encode(), "text/html; charset=utf-8", article["published_dt"])
    site_pages["/"] = _listing(env, newsroom, "Latest AI news", refs, refs[:5])
    for section in SECTIONS:
        items = [refs[i] for i, a in enumerate(articles) if a["section"] == section]
        site_pages[f"/section/{section.lower()}/"] = _listing(env, newsroom, section, items, refs[:5])
    site_pages["/about/"] = _listing(env, newsroom, f"About {NEWSROOM}", [], refs[:5])
    site_pages["/feed.xml"] = _rss(newsroom, articles, lambda a: newsroom_base + article_path(a) + "?utm_source=rss&utm_medium=feed")
    site_pages["/atom.xml"] = _atom(newsroom, [a for a in articles if a["layout"] == "analysis"],
                                    lambda a: newsroom_base + article_path(a))
    site_pages.update(_sitemaps(newsroom_base, articles))
    site_pages["/robots.txt"] = Page(
        f"User-agent: *\nDisallow: /drafts/\n\nSitemap: {newsroom_base}/sitemap_index.xml\n".encode(), "text/plain"
    )
    site_pages["/drafts/unpublished/"] = _listing(env, newsroom, "Draft: not for crawlers", [], [])

    wire_pages: dict[str, Page] = {}
    copies = []
    for index, article in enumerate(articles):
        if not article.get("syndicate"):
            continue
        when = article["published_dt"] + WIRE_DELAY
        a = dict(article, published=when.isoformat(), published_dt=when, human_date=_human(when))
        path = f"/wire/{article['slug']}.html"
        context = {"site": wire, "a": a, "canonical": wire_base + path, "page_title": a["title"],
                   "most_read": [], "origin": newsroom, "origin_url": refs[index]["url"]}
        wire_pages[path] = Page(env.get_template("wire.html").render(**context).encode(),
                                "text/html; charset=utf-8", when)
        copies.append(a | {"path": path})
    wire_pages["/feed.xml"] = _rss(wire, copies, lambda a: wire_base + a["path"])
    wire_pages["/robots.txt"] = Page(b"User-agent: *\nAllow: /\n", "text/plain")
    wire_pages["/"] = _listing(env, wire, WIRE, [{"url": wire_base + a["path"], "title": a["title"],
                                                  "human_date": a["human_date"]} for a in copies], [])
    return site_pages, wire_pages


def _listing(env: Environment, site: dict[str, Any], title: str, items: list[dict[str, Any]],
             most_read: list[dict[str, Any]]) -> Page:
    html = env.get_template("listing.html").render(site=site, page_title=title, items=items, most_read=most_read,
                                                   canonical=None)
    return Page(html.encode(), "text/html; charset=utf-8")


def _rss(site: dict[str, Any], articles: list[dict[str, Any]], link: Any) -> Page:
    items = "".join(
        f"<item><title>{escape(a['title'])}</title><link>{escape(link(a))}</link>"
        f"<guid isPermaLink=\"false\">{escape(a['slug'])}</guid>"
        f"<pubDate>{format_datetime(a['published_dt'])}</pubDate>"
        f"<author>{escape(a['author'])}</author><category>{escape(a['section'])}</category>"
        f"<description>{escape(a['lead'])}</description></item>\n"
        for a in articles
    )
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{escape(site["name"])}'
           f"</title><link>{site['base']}/</link><description>AI industry news</description>\n{items}</channel></rss>\n")
    return Page(xml.encode(), "application/rss+xml; charset=utf-8")


def _atom(site: dict[str, Any], articles: list[dict[str, Any]], link: Any) -> Page:
    newest = max(a["published_dt"] for a in articles).isoformat()
    entries = "".join(
        f"<entry><title>{escape(a['title'])}</title><link rel=\"alternate\" href=\"{escape(link(a))}\"/>"
        f"<id>tag:frontier-ledger,2026:{a['slug']}</id><published>{a['published']}</published>"
        f"<updated>{a['published']}</updated><author><name>{escape(a['author'])}</name></author>"
        f"<summary>{escape(a['lead'])}</summary></entry>\n"
        for a in articles
    )
    xml = (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
           f"<title>{escape(site['name'])}: Analysis</title><id>{site['base']}/atom.xml</id><updated>{newest}</updated>"
           f"<link rel=\"self\" href=\"{site['base']}/atom.xml\"/>\n{entries}</feed>\n")
    return Page(xml.encode(), "application/atom+xml; charset=utf-8")


def _sitemaps(base: str, articles: list[dict[str, Any]]) -> dict[str, Page]:
    pages: dict[str, Page] = {}
    months = sorted({a["published_dt"].strftime("%Y-%m") for a in articles})
    for month in months:
        urls = "".join(
            f"<url><loc>{base}{article_path(a)}</loc><lastmod>{a['published']}</lastmod></url>\n"
            for a in articles if a["published_dt"].strftime("%Y-%m") == month
        )
        xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n'
        pages[f"/sitemaps/articles-{month}.xml"] = Page(xml.encode(), "application/xml")
    news = "".join(
        f"<url><loc>{base}{article_path(a)}</loc><news:news><news:publication><news:name>{NEWSROOM}</news:name>"
        f"<news:language>en</news:language></news:publication><news:publication_date>{a['published']}"
        f"</news:publication_date><news:title>{escape(a['title'])}</news:title></news:news></url>\n"
        for a in articles[:10]
    )
    pages["/sitemaps/news.xml"] = Page(
        (f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
         f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n{news}</urlset>\n').encode(),
        "application/xml",
    )
    index = "".join(f"<sitemap><loc>{base}{path}</loc></sitemap>\n" for path in pages)
    pages["/sitemap_index.xml"] = Page(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{index}</sitemapindex>\n'.encode(),
        "application/xml",
    )
    return pages
