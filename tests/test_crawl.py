"""End to end: real Scrapy crawls over HTTP on 127.0.0.1 into a real SQLite file."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

from aipulse.demo.server import DemoSites
from aipulse.demo.site import load_articles
from pipeline.store import Store
from tests.conftest import FAST_CRAWL, FIXTURES, export_articles, local_source_config, run_cli, write_config
from tests.siteserver import Route, SiteServer, rss

EXPORT_KEYS = {"url", "title", "published", "author", "source", "lang", "text", "story_id", "duplicate_of"}


def test_demo_crawl_stores_every_article_once_with_metadata(demo_db: Path) -> None:
    articles = export_articles(demo_db)
    written = {a["title"]: a for a in load_articles()}
    newsroom = [a for a in articles if a["source"] == "frontier-ledger"]
    assert len(newsroom) == len(written) >= 40
    body_sentences = 0
    assert all(EXPORT_KEYS <= set(a) for a in articles)
    for article in newsroom:
        source = written[article["title"]]
        assert article["published"] == source["published_dt"].isoformat()
        assert article["author"] == source["author"]
        assert article["lang"] == "en"
        assert "utm_" not in article["url"]
        text = re.sub(r"\s+", " ", article["text"])
        written_parts = [source["lead"], *source.get("key_facts", []),
                         *(p for section in source["sections"] for p in section["paragraphs"]),
                         *(item for items in source.get("editors_take", {}).values() for item in items)]
        sentences = [s for part in written_parts for s in re.split(r"(?<=[.!?])\s+", part)]
        assert [s for s in sentences if s not in text] == [], article["title"]
        body_sentences += len(sentences)
        for chrome in ("Accept all", "Share on X", "Sign up for our weekly", "Read more:", "Most read",
                       "Please credit", "Original:", "Great column"):
            assert chrome not in article["text"], (article["title"], chrome)
    assert len({a["url"] for a in articles}) == len(articles)
    assert body_sentences > 1000


def test_demo_syndicated_copies_point_at_the_first_copy(demo_db: Path) -> None:
    articles = export_articles(demo_db)
    by_url = {a["url"]: a for a in articles}
    copies = [a for a in articles if a["source"] == "ai-wire-daily"]
    assert len(copies) == sum(1 for a in load_articles() if a.get("syndicate")) >= 3
    for copy in copies:
        original = by_url[copy["duplicate_of"]]
        assert original["source"] == "frontier-ledger" and original["title"] == copy["title"]
        assert original["duplicate_of"] is None
        assert copy["story_id"] == original["story_id"] == original["id"]
    assert len({a["story_id"] for a in articles}) == len(articles) - len(copies)


def test_status_reports_counts_and_the_last_run(demo_db: Path) -> None:
    code, out, _ = run_cli("--config", str(demo_db), "status", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["db_path"].endswith("aipulse.db")
    assert report["counts"]["articles"] == len(export_articles(demo_db))
    run = report["last_runs"][0]
    assert run["job"] == "ingest" and run["ok"] is True and run["finished"] >= run["started"]
    assert run["counts"]["new"] == report["counts"]["articles"]
    assert run["counts"]["errors"] == 0


def test_crawl_log_names_its_runs_and_refuses_what_it_cannot_show(demo_db: Path, tmp_path: Path) -> None:
    shutil.copytree(demo_db.parent, tmp_path / "copy")
    config = tmp_path / "copy" / "config.toml"
    with Store.existing(demo_db.parent / "aipulse.db") as store:
        ingest = store.last_runs(1)[0]["id"]
    with Store.existing(tmp_path / "copy" / "aipulse.db") as store:
        other = store.start_job("reindex")
    code, out, _ = run_cli("--config", str(config), "status")
    assert code == 0 and re.search(rf"^  #{ingest} +\S+  ingest +ok ", out, re.M), out  # the id --run asks for
    code, out, _ = run_cli("--config", str(config), "status", "--json")
    assert [run["id"] for run in json.loads(out)["last_runs"]] == [other, ingest]
    code, latest, _ = run_cli("--config", str(config), "crawl-log", "--json")
    code, chosen, _ = run_cli("--config", str(config), "crawl-log", "--run", str(ingest), "--json")
    assert code == 0 and json.loads(chosen) == json.loads(latest) and len(json.loads(chosen)) > 50
    code, out, _ = run_cli("--config", str(config), "crawl-log", "--run", str(ingest), "--outcome", "feed")
    assert code == 0 and len(out.splitlines()) == 3 and all(line.startswith("feed ") for line in out.splitlines())
    for run, line in ((other, f"run {other} is a reindex job, which crawls nothing"),
                      (999, "no run 999: `aipulse status` lists the recent runs with their ids")):
        code, out, err = run_cli("--config", str(config), "crawl-log", "--run", str(run))
        assert (code, out, err) == (1, "", f"Error: {line}\n")
    code, out, err = run_cli("--config", str(config), "crawl-log", "--outcome", "timeuot")
    assert code == 2 and out == "" and "Invalid value for '--outcome': 'timeuot' is not one of 'new'," in err, err


def test_a_source_no_stored_article_comes_from_is_an_error_not_an_empty_answer(demo_db: Path) -> None:
    named = "Error: Invalid value for --source: no stored article comes from 'frontier-leger'; did you mean " \
            "'frontier-ledger'? (stored sources: ai-wire-daily, frontier-ledger)\n"
    for command in (["search", "llama", "--source", "frontier-leger"], ["search", "llama", "--json", "--source",
                    "frontier-leger"], ["export", "--source", "frontier-leger"]):
        code, out, err = run_cli("--config", str(demo_db), *command)
        assert (code, out) == (2, "") and err.endswith(named), (command, err)
    code, out, _ = run_cli("--config", str(demo_db), "export", "--source", "ai-wire-daily")
    wire = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and wire and {article["source"] for article in wire} == {"ai-wire-daily"}
    code, out, _ = run_cli("--config", str(demo_db), "search", "llama", "--source", "frontier-ledger", "--json")
    assert code == 0 and json.loads(out) and all(hit["source"] == "frontier-ledger" and "copy" not in hit
                                                 for hit in json.loads(out))


def test_a_source_of_syndicated_copies_is_searched_through_the_stories_it_carries(demo_db: Path) -> None:
    # every article of the wire is a copy of a newsroom story; copies are not search units, their first copy is
    every = export_articles(demo_db)
    story = {article["id"]: article["story_id"] for article in every}
    wire = {article["story_id"]: article["url"] for article in every if article["source"] == "ai-wire-daily"}
    assert wire and all(article["duplicate_of"] for article in every if article["source"] == "ai-wire-daily")
    for mode in ("hybrid", "semantic", "keyword"):
        code, out, _ = run_cli("--config", str(demo_db), "search", "Llama", "--source", "ai-wire-daily", "--mode", mode,
                               "-k", "8", "--json")
        hits = json.loads(out)
        assert code == 0 and len(hits) == 8, mode
        # each hit is the newsroom's first copy of a story the wire carries, and names the wire's copy
        assert all(hit["source"] == "frontier-ledger" and hit["copy"] == {"source": "ai-wire-daily",
                   "url": wire[story[hit["article_id"]]]} for hit in hits), (mode, hits)
    code, out, _ = run_cli("--config", str(demo_db), "search", "Llama", "--source", "ai-wire-daily", "-k", "1")
    assert code == 0 and re.search(r"^   its copy in ai-wire-daily: http://127\.0\.0\.1:\d+/\S+$", out, re.M), out
    # a stored source whose hits the other filters exclude is still "no results", not an error
    code, out, err = run_cli("--config", str(demo_db), "search", "llama", "--source", "ai-wire-daily", "--until",
                             "2020-01-01")
    assert (code, out, err) == (0, "no results\n", "")


def test_second_ingest_adds_nothing_and_uses_conditional_requests(tmp_path: Path, demo_sites: DemoSites) -> None:
    config = write_config(tmp_path, demo_sites.config_toml(stance=False, index=False))
    assert run_cli("--config", str(config), "ingest")[0] == 0
    before = export_articles(config)
    mark = len(demo_sites.newsroom.log)
    code, out, _ = run_cli("--config", str(config), "ingest", "--json")
    assert code == 0
    counts = json.loads(out)["counts"]
    assert counts["new"] == 0 and counts["updated"] == 0
    assert export_articles(config) == before
    second = demo_sites.newsroom.log[mark:]
    feeds = [entry for entry in second if entry[1] in ("/feed.xml", "/atom.xml", "/sitemap_index.xml")]
    assert feeds and all(status == 304 and conditional for _, _, status, conditional in feeds)
    assert not [entry for entry in second if re.match(r"/2026/", entry[1])]  # no article fetched again


def test_crawls_run_more_than_once_per_process(tmp_path: Path, demo_sites: DemoSites) -> None:
    from aipulse.ingest import run_ingest
    from pipeline.config import load_config

    config = load_config(write_config(tmp_path, demo_sites.config_toml(stance=False, index=False)))
    first, second = run_ingest(config), run_ingest(config)
    assert first.counts["new"] >= 40 and second.counts["new"] == 0


def test_private_source_is_refused_in_one_line_and_others_still_run(tmp_path: Path, demo_sites: DemoSites) -> None:
    config = write_config(tmp_path, FAST_CRAWL + f"""
        [[sources]]
        name = "sneaky"
        feeds = ["{demo_sites.newsroom_url}/feed.xml"]

        [[sources]]
        name = "wire"
        feeds = ["{demo_sites.wire_url}/feed.xml"]
        allow_private = true
    """)
    mark = len(demo_sites.newsroom.log)
    code, out, err = run_cli("--config", str(config), "ingest")
    assert code == 3
    refusal = [line for line in err.splitlines() if "sneaky" in line]
    assert len(refusal) == 1
    assert re.match(r"error: source 'sneaky' refused: .* 127\.0\.0\.1 is a loopback address; set allow_private", refusal[0])
    assert demo_sites.newsroom.log[mark:] == []  # not one request reached it
    assert {a["source"] for a in export_articles(config)} == {"wire"}


def test_start_page_links_are_followed_and_robots_txt_obeyed(tmp_path: Path, demo_sites: DemoSites) -> None:
    config = local_source_config(tmp_path, "front-page", start_urls=[f"{demo_sites.newsroom_url}/"])
    mark = len(demo_sites.newsroom.log)
    code, _, err = run_cli("--config", str(config), "ingest")
    assert code == 0, err
    paths = [entry[1] for entry in demo_sites.newsroom.log[mark:]]
    assert "/robots.txt" in paths
    assert not [p for p in paths if p.startswith("/drafts/")]
    assert len(export_articles(config)) >= 40  # every article is linked from the front page
    db = sqlite3.connect(tmp_path / "data" / "aipulse.db")
    outcomes = dict(db.execute("SELECT outcome, COUNT(*) FROM crawl_log GROUP BY outcome").fetchall())
    assert outcomes.get("robots", 0) == 1 and outcomes.get("not_article", 0) >= 1


def _fixture_site(site: SiteServer) -> list[dict]:
    """Serve the fixture pages at their own paths behind an RSS feed, plus a syndicated copy."""
    items, expected = [], []
    for path in sorted((FIXTURES / "pages").glob("*.html")):
        meta = json.loads(path.with_suffix(".expected.json").read_text())
        url_path = "/" + meta["url"].split("/", 3)[3]
        charset = "windows-1252" if meta["encoding"] == "cp1252" else "utf-8"
        site.routes[url_path] = Route(path.read_bytes(), content_type=f"text/html; charset={charset}")
        items.append((url_path, meta["title"], "Mon, 03 Aug 2026 08:00:00 GMT"))
        expected.append(meta | {"path": url_path})
    copy = (FIXTURES / "pages" / "editors-take.html").read_bytes()
    copy = copy.replace(b"<body>", b"<body><p>Republished from Frontier Brief.</p>", 1)
    site.routes["/partner/memory-controls"] = Route(copy)
    items.append(("/partner/memory-controls", "copy", "Tue, 04 Aug 2026 08:00:00 GMT"))
    site.routes["/feed.xml"] = Route(rss(site.base, items), content_type="application/rss+xml")
    return expected


def test_unseen_style_pages_behind_a_feed(tmp_path: Path, site: SiteServer) -> None:
    expected = _fixture_site(site)
    config = local_source_config(tmp_path, "local", feeds=[f"{site.base}/feed.xml"])
    code, _, err = run_cli("--config", str(config), "ingest")
    assert code == 0, err
    articles = {a["url"]: a for a in export_articles(config)}
    for meta in expected:
        article = articles[site.base + meta["path"]]
        assert article["title"] == meta["title"]
        assert article["published"][:10] == meta["published"]
        text = re.sub(r"\s+", " ", article["text"])
        missing = [s for s in meta["body_sentences"] if re.sub(r"\s+", " ", s) not in text]
        assert missing == []
    # an impossible date in the page is not stored, and the crawl log says what was used instead
    code, out, _ = run_cli("--config", str(config), "crawl-log", "--json")
    dated = next(row for row in json.loads(out) if row["url"].endswith("microsoft-copilot-seats-stall-large-firms-survey/"))
    assert dated["outcome"] == "new" and dated["detail"].startswith("publication date 0001-01-01T00:00:00+00:00 in "
                                                                    "the page is impossible; dated by")
    copy = articles[site.base + "/partner/memory-controls"]
    original = [m for m in expected if m["path"].endswith("memory-controls")][0]
    assert copy["duplicate_of"] == site.base + original["path"]
    assert run_cli("--config", str(config), "ingest", "--json")[0] == 0
    assert len(export_articles(config)) == len(articles)


def test_hostile_responses_are_bounded_logged_and_do_not_block_good_articles(tmp_path: Path, site: SiteServer) -> None:
    good = (FIXTURES / "pages" / "ghost-blog.html").read_bytes()
    site.routes.update({
        "/good": Route(good),
        "/endless": Route(endless=True),
        "/huge": Route(b"<html><body>" + b"<p>word </p>" * 40_000 + b"</body></html>"),
        "/gone": Route(b"gone", status=404),
        "/broken": Route(b"boom", status=500),
        "/loop": Route(status=302, headers={"Location": "/loop"}),
        "/pdf": Route(b"%PDF-1.7", content_type="application/pdf"),
    })
    paths = ["/endless", "/huge", "/gone", "/broken", "/loop", "/pdf", "/good"]
    site.routes["/feed.xml"] = Route(rss(site.base, [(p, p, "Mon, 03 Aug 2026 08:00:00 GMT") for p in paths]))
    config = write_config(tmp_path, f"""
        [crawl]
        download_delay_s = 0.0
        autothrottle = false
        timeout_s = 2.0
        retries = 0
        max_page_bytes = 200_000
        [stance]
        enabled = false
        [[sources]]
        name = "hostile"
        feeds = ["{site.base}/feed.xml"]
        allow_private = true
    """)
    code, _, err = run_cli("--config", str(config), "ingest")
    assert code == 0, err  # page-level failures are logged, the source itself worked
    assert [a["url"] for a in export_articles(config)] == [site.base + "/good"]
    code, out, _ = run_cli("--config", str(config), "crawl-log", "--json")
    outcome = {row["url"]: row["outcome"] for row in json.loads(out)}
    assert outcome[site.base + "/endless"] == "timeout"
    assert outcome[site.base + "/huge"] == "too_large"
    assert outcome[site.base + "/gone"] == outcome[site.base + "/broken"] == "http_error"
    assert outcome[site.base + "/loop"] == "redirect_loop"
    assert outcome[site.base + "/pdf"] == "not_html"
    assert outcome[site.base + "/good"] == "new"
    code, out, _ = run_cli("--config", str(config), "crawl-log", "--failed")
    assert code == 0
    assert sorted(line.split()[0] for line in out.splitlines()) == [
        "http_error", "http_error", "redirect_loop", "timeout", "too_large"]


def test_feed_updates_trigger_refetch_of_only_what_changed(tmp_path: Path, site: SiteServer) -> None:
    pages = {name: (FIXTURES / "pages" / f"{name}.html").read_bytes() for name in ("ghost-blog", "amp-page", "div-soup")}

    def atom(entries: list[tuple[str, str]]) -> Route:
        body = "".join(f'<entry><title>{n}</title><link href="{site.base}/{n}"/><id>{n}</id><updated>{u}</updated></entry>'
                       for n, u in entries)
        xml = f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>{body}</feed>'
        return Route(xml.encode(), content_type="application/atom+xml")

    for name, body in pages.items():
        site.routes[f"/{name}"] = Route(body)
    site.routes["/atom.xml"] = atom([("ghost-blog", "2026-08-01T00:00:00Z"), ("amp-page", "2026-08-01T00:00:00Z")])
    config = local_source_config(tmp_path, "atom", feeds=[f"{site.base}/atom.xml"])
    assert run_cli("--config", str(config), "ingest")[0] == 0
    site.requests.clear()
    site.routes["/atom.xml"] = atom([("ghost-blog", "2026-08-03T00:00:00Z"), ("amp-page", "2026-08-01T00:00:00Z"),
                                     ("div-soup", "2026-08-02T00:00:00Z")])
    code, out, _ = run_cli("--config", str(config), "ingest", "--json")
    assert code == 0
    assert sorted(set(site.paths_requested()) - {"/robots.txt"}) == ["/atom.xml", "/div-soup", "/ghost-blog"]
    assert json.loads(out)["counts"]["new"] == 1
    assert len(export_articles(config)) == 3


def test_feed_links_through_redirects_are_not_fetched_again(tmp_path: Path, site: SiteServer) -> None:
    site.routes["/story"] = Route((FIXTURES / "pages" / "ghost-blog.html").read_bytes())
    site.routes["/go/1"] = Route(status=302, headers={"Location": "/story"})
    site.routes["/feed.xml"] = Route(rss(site.base, [("/go/1", "x", "Mon, 03 Aug 2026 08:00:00 GMT")]))
    config = local_source_config(tmp_path, "redirecting", feeds=[f"{site.base}/feed.xml"])
    assert run_cli("--config", str(config), "ingest")[0] == 0
    assert [a["url"] for a in export_articles(config)] == [site.base + "/story"]
    site.requests.clear()
    assert run_cli("--config", str(config), "ingest")[0] == 0
    assert set(site.paths_requested()) <= {"/robots.txt", "/feed.xml"}


def test_a_broken_feed_is_a_partial_failure_named_in_one_line(tmp_path: Path, site: SiteServer) -> None:
    site.routes["/feed.xml"] = Route(b"<html><body>this is not a feed</body>", content_type="text/html")
    site.routes["/good.xml"] = Route(rss(site.base, [("/story", "x", "Mon, 03 Aug 2026 08:00:00 GMT")]))
    site.routes["/story"] = Route((FIXTURES / "pages" / "amp-page.html").read_bytes())
    config = local_source_config(tmp_path, "mixed", feeds=[f"{site.base}/feed.xml", f"{site.base}/good.xml"])
    code, out, err = run_cli("--config", str(config), "ingest")
    assert code == 3
    problems = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(problems) == 1
    assert problems[0].startswith(f"error: source 'mixed': {site.base}/feed.xml failed: not a readable RSS or Atom feed")
    assert len(export_articles(config)) == 1  # the good feed's article is stored all the same


def test_gzipped_sitemap_is_read(tmp_path: Path, site: SiteServer) -> None:
    import gzip

    urlset = (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              f"<url><loc>{site.base}/story</loc><lastmod>2026-08-03</lastmod></url></urlset>")
    site.routes["/sitemap.xml.gz"] = Route(gzip.compress(urlset.encode()), content_type="application/x-gzip")
    site.routes["/story"] = Route((FIXTURES / "pages" / "div-soup.html").read_bytes())
    config = write_config(tmp_path, FAST_CRAWL + f"""
        [[sources]]
        name = "gz"
        sitemaps = ["{site.base}/sitemap.xml.gz"]
        allow_private = true
    """)
    assert run_cli("--config", str(config), "ingest")[0] == 0
    assert [a["url"] for a in export_articles(config)] == [site.base + "/story"]


def test_export_filters_and_formats(demo_db: Path) -> None:
    import csv
    import io

    every = export_articles(demo_db)
    code, out, _ = run_cli("--config", str(demo_db), "export", "--format", "json", "--since", "2026-09-01",
                           "--until", "2026-10-01", "--source", "frontier-ledger")
    assert code == 0
    september = json.loads(out)
    assert september and all("2026-09-01" <= a["published"] < "2026-10-01" for a in september)
    assert {a["source"] for a in september} == {"frontier-ledger"}
    assert len(september) == sum(1 for a in every if a["source"] == "frontier-ledger"
                                 and "2026-09-01" <= a["published"] < "2026-10-01")
    code, out, _ = run_cli("--config", str(demo_db), "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == len(every) and rows[0]["title"] == every[0]["title"]


def test_export_filters_by_company_and_stance(demo_db: Path) -> None:
    def export(*args: str) -> list[dict]:
        code, out, err = run_cli("--config", str(demo_db), "export", "--format", "json", *args)
        assert code == 0, err
        return json.loads(out)

    every = export("--what", "mentions")
    doubted = export("--what", "mentions", "--entity", "Meta", "--stance", "skeptical")
    assert doubted == [m for m in every if m["entity"] == "Meta" and m["label"] == "skeptical"] and len(doubted) > 10
    two = export("--what", "mentions", "--entity", "Mistral", "--entity", "Apple", "--since", "2026-09-01")
    assert two == [m for m in every if m["entity"] in ("Mistral", "Apple") and m["published"] >= "2026-09-01"] and two
    articles = export("--entity", "Mistral")
    holding = {m["article_id"] for m in every if m["entity"] == "Mistral"}
    assert {a["id"] for a in articles} == holding and 0 < len(holding) < 50
    apple = {m["article_id"] for m in every if m["entity"] == "Apple" and m["label"] == "skeptical"}
    assert {a["id"] for a in export("--stance", "skeptical", "--entity", "Apple")} == apple and apple
    code, _, err = run_cli("--config", str(demo_db), "export", "--entity", "Metaa")
    assert code == 2 and "'Metaa' is not a configured company" in err


def test_reading_commands_without_a_database_are_one_clear_line_and_create_none(tmp_path: Path) -> None:
    config = write_config(tmp_path, '[storage]\ndata_dir = "empty"\n')
    for command in (["export"], ["status"], ["status", "--json"], ["trends"], ["crawl-log"], ["search", "llama"],
                    ["reextract"], ["reindex"], ["reindex", "--json"]):
        code, out, err = run_cli("--config", str(config), *command)
        assert (code, out) == (1, ""), command
        assert err == f"Error: no database at {tmp_path / 'empty' / 'aipulse.db'}: run `aipulse ingest` first\n", command
    assert not (tmp_path / "empty").exists()


def test_every_crawl_limit_that_cuts_says_so_per_source_and_names_its_setting(tmp_path: Path, site: SiteServer) -> None:
    page = (FIXTURES / "pages" / "ghost-blog.html").read_bytes()
    items = [(f"/story/{n}", f"Story {n}", f"Mon, {n + 1:02d} Aug 2026 08:00:00 GMT") for n in range(12)]
    site.generated["/story/"] = lambda path: Route(page)
    site.routes["/feed.xml"] = Route(rss(site.base, items), content_type="application/rss+xml")
    limits = FAST_CRAWL.replace("[crawl]\n", "[crawl]\nmax_feed_items = 10\nmax_pages_per_source = 7\n")
    config = local_source_config(tmp_path, "busy", feeds=[f"{site.base}/feed.xml"], crawl=limits)
    code, out, err = run_cli("--config", str(config), "ingest")
    assert code == 0, err  # a capped run is not a failure
    assert "  capped: source 'busy': 2 feed and sitemap entries left unread, over crawl.max_feed_items = 10; " \
           "raise it to read them" in out.splitlines()
    assert "  capped: source 'busy': 3 article pages not fetched, over crawl.max_pages_per_source = 7; " \
           "raise it to fetch them" in out.splitlines()
    assert len([p for p in site.paths_requested() if p.startswith("/story/")]) == 7
    expected = [{"source": "busy", "setting": "crawl.max_feed_items", "skipped": 2, "limit": 10},
                {"source": "busy", "setting": "crawl.max_pages_per_source", "skipped": 3, "limit": 7}]
    code, out, _ = run_cli("--config", str(config), "status", "--json")
    assert json.loads(out)["capped"] == expected
    code, out, _ = run_cli("--config", str(config), "crawl-log", "--json")
    log = json.loads(out)
    assert [row["detail"] for row in log if row["outcome"] == "capped"] == [
        "source 'busy': 2 feed and sitemap entries left unread, over crawl.max_feed_items = 10; raise it to read them",
        "source 'busy': 3 article pages not fetched, over crawl.max_pages_per_source = 7; raise it to fetch them"]
    assert next(row for row in log if row["outcome"] == "feed")["detail"] == \
        "12 entries; the newest 10 read, 2 skipped (crawl.max_feed_items)"

    roomy = config.read_text().replace("max_feed_items = 10", "max_feed_items = 50").replace(
        "max_pages_per_source = 7", "max_pages_per_source = 50")
    config.write_text(roomy)
    code, out, err = run_cli("--config", str(config), "ingest", "--json")
    assert code == 0 and json.loads(out)["capped"] == [], err  # nothing cut: nothing said
    code, out, _ = run_cli("--config", str(config), "ingest")
    assert "capped" not in out


def test_sites_on_this_machine_skip_the_politeness_delay_and_others_keep_it(tmp_path: Path) -> None:
    from scrapy import Request

    from crawlers.downloadermiddlewares.local_pace import LocalSitesUnthrottled
    from crawlers.settings import scrapy_settings
    from pipeline.config import load_config

    config = load_config(write_config(tmp_path, """
        [[sources]]
        name = "mine"
        feeds = ["http://127.0.0.1:8765/feed.xml"]
        sitemaps = ["http://localhost:8766/sitemap.xml"]
        allow_private = true

        [[sources]]
        name = "theirs"
        feeds = ["https://news.example.com/feed.xml"]
        start_urls = ["http://10.1.2.3/ai/"]
        allow_private = true
        """))
    settings = scrapy_settings(config, str(tmp_path / "db"), None)
    assert settings["DOWNLOAD_DELAY"] == 0.5 and settings["AUTOTHROTTLE_ENABLED"] is True  # the defaults
    assert settings["DOWNLOAD_SLOTS"] == {"127.0.0.1": {"delay": 0.0, "concurrency": 8},
                                          "localhost": {"delay": 0.0, "concurrency": 8}}
    guard = LocalSitesUnthrottled(set(settings["DOWNLOAD_SLOTS"]))
    mine, theirs = Request("http://127.0.0.1:8765/a.html"), Request("https://news.example.com/a.html")
    guard.process_request(mine)
    guard.process_request(theirs)
    assert mine.meta.get("autothrottle_dont_adjust_delay") is True
    assert "autothrottle_dont_adjust_delay" not in theirs.meta


def test_pages_are_prepared_in_a_worker_process_that_a_crash_does_not_take_down() -> None:
    """With two cores a worker process extracts pages beside the crawl; what it returns is what the crawl's
    own process would have computed, and a worker that dies fails that one page, not the next."""
    import asyncio
    import os
    import signal

    from crawlers.preparing import PagePreparer, WorkerDied
    from pipeline.models import RawPage
    from pipeline.process import prepare_page

    text = " ".join(f"Meta said its Llama model number {i} would ship to partners in the spring." for i in range(30))
    page = RawPage(url="https://news.example/a", source="s", status=200, encoding="utf-8", headers={},
                   body=f"<html><head><title>Llama</title></head><body><article><h1>Llama</h1><p>{text}</p>"
                        f"</article></body></html>".encode())

    async def run(preparer: PagePreparer) -> list[object]:
        first = await preparer.prepare(page)
        assert preparer.pool is not None
        for pid in list(preparer.pool._processes):  # type: ignore[attr-defined]
            os.kill(pid, signal.SIGKILL)
        try:
            await preparer.prepare(page)
            second: object = "no error"
        except WorkerDied as exc:
            second = exc
        return [first, second, await preparer.prepare(page)]

    with PagePreparer(cores=2) as preparer:
        first, second, third = asyncio.run(run(preparer))
    inline = prepare_page(page)
    assert first == inline and third == inline and inline.article is not None and len(inline.shingles) > 20
    assert isinstance(second, WorkerDied), second
    with PagePreparer(cores=1) as alone:
        assert alone.pool is None and asyncio.run(alone.prepare(page)) == inline


def test_the_model_warmer_imports_at_the_crawls_start_and_loads_weights_only_once_an_article_is_stored(
        tmp_path: Path) -> None:
    import sys

    from aipulse import scoring
    from aipulse.ingest import ModelWarmer
    from index import encoder
    from pipeline import language
    from pipeline.config import load_config

    config = load_config(write_config(tmp_path, "[storage]\ndata_dir = \"data\"\n"))
    assert config["stance.enabled"] and config["index.enabled"]
    scoring.stance_model.cache_clear()
    language.language_detector.cache_clear()
    encoder.batch_encoder.cache_clear()
    idle = ModelWarmer(config)  # a crawl that stores nothing
    idle.begin()
    idle.join()
    assert idle.thread is not None and not idle.thread.is_alive() and "index.stance_model" in sys.modules
    assert scoring.stance_model.cache_info().currsize == 0 and encoder.batch_encoder.cache_info().currsize == 0
    assert language.language_detector.cache_info().currsize == 0
    busy = ModelWarmer(config)
    busy.begin()
    busy.start()  # the crawl's first stored article
    busy.join()
    assert scoring.stance_model.cache_info().currsize == 1 and encoder.batch_encoder.cache_info().currsize == 1
    assert language.language_detector.cache_info().currsize == 1  # the language detector stance.languages asks (0.9 s)


# our own paragraphs, written for this test: the same news in English and in German, each over 80 words
ENGLISH_NEWS = ("Meta unveiled a new language model on Tuesday. The company says Llama 5 runs faster and costs less "
                "than the models before it, and several cloud providers said they would offer it within weeks. "
                "Analysts were divided. Some doubt that Meta can close the gap to OpenAI and Google this year, while "
                "others point to the open weights, which developers can run on their own machines. The first "
                "independent benchmarks are expected next month, and Meta promised regular updates until the end of "
                "next year for every size of the model.")
GERMAN_NEWS = ("Meta hat am Dienstag ein neues Sprachmodell vorgestellt. Nach Angaben des Konzerns läuft Llama 5 "
               "schneller und kostet weniger als die Modelle davor, und mehrere Cloud-Anbieter wollen es innerhalb "
               "weniger Wochen anbieten. Die Analysten sind geteilter Meinung. Manche bezweifeln, dass Meta den Abstand "
               "zu OpenAI und Google in diesem Jahr verringern kann, andere verweisen auf die offenen Gewichte, die "
               "Entwickler auf eigenen Rechnern betreiben können. Die ersten unabhängigen Vergleichstests werden im "
               "nächsten Monat erwartet, und Meta verspricht regelmäßige Aktualisierungen bis Ende nächsten Jahres.")


def test_an_ingest_counts_the_articles_it_left_unscored_for_their_language(tmp_path: Path, site: SiteServer) -> None:
    for path, title, text, language in (("/en", "Meta unveils Llama 5", ENGLISH_NEWS, "en"),
                                        ("/de", "Meta stellt Llama 5 vor", GERMAN_NEWS, "de")):
        site.routes[path] = Route(f'<html lang="{language}"><head><title>{title}</title></head><body><article>'
                                  f"<h1>{title}</h1><p>{text}</p></article></body></html>".encode())
    site.routes["/feed.xml"] = Route(rss(site.base, [("/en", "Meta unveils Llama 5", "Tue, 04 Aug 2026 08:00:00 GMT"),
                                                     ("/de", "Meta stellt Llama 5 vor", "Tue, 04 Aug 2026 09:00:00 GMT")]),
                                     content_type="application/rss+xml")
    config = local_source_config(tmp_path, "local", feeds=[f"{site.base}/feed.xml"],
                                 crawl=FAST_CRAWL.replace("[stance]\nenabled = false", "[stance]\nenabled = true"))
    code, out, err = run_cli("--config", str(config), "ingest", "--json")
    assert code == 0, err
    counts = json.loads(out)["counts"]
    assert (counts["new"], counts["articles_scored"], counts["articles_other_language"]) == (2, 2, 1), counts
    mentions = [json.loads(line) for line in run_cli("--config", str(config), "export", "--what", "mentions")[1].splitlines()]
    assert mentions and {m["url"] for m in mentions} == {f"{site.base}/en"}  # the German article has none
    from aipulse.ingest import IngestResult

    assert "\n  1 in none of stance.languages: stored, mentions not scored" in IngestResult(counts).summary("db")
    assert "stance.languages" not in IngestResult({**counts, "articles_other_language": 0}).summary("db")
