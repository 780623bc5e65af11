"""Crawl + extract + store throughput on a generated local site, next to baselines from the same run.

Baselines: a fetch-only Scrapy crawl of the same pages (what the network side alone costs), and
plain `trafilatura.extract` on the same pages. Synthetic site: the demo articles' paragraphs
recombined into N distinct articles in the three demo layouts.

    .venv/bin/python bench/crawl_bench.py [--articles 400] [--rounds 5]

Each figure is the median of --rounds runs (this machine's timings vary by 20% from run to run).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aipulse.demo.server import DemoSites  # noqa: E402
from aipulse.demo.site import article_path, load_articles  # noqa: E402
from aipulse.ingest import run_ingest  # noqa: E402
from pipeline.config import load_config  # noqa: E402
from pipeline.extract import extract  # noqa: E402
from pipeline.models import RawPage  # noqa: E402

FETCH_ONLY = """
import json, sys, time
from scrapy import Request, Spider
from scrapy.crawler import CrawlerProcess
urls = json.loads(sys.argv[1])
class FetchOnly(Spider):
    name = "fetch-only"
    async def start(self):
        for url in urls:
            yield Request(url, dont_filter=True)
    def parse(self, response):
        return None
process = CrawlerProcess({"LOG_LEVEL": "ERROR", "CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
                          "DOWNLOAD_DELAY": 0, "ROBOTSTXT_OBEY": True, "TELNETCONSOLE_ENABLED": False})
process.crawl(FetchOnly)
started = time.perf_counter()
process.start()
print(time.perf_counter() - started)
"""


def synthetic_articles(count: int) -> list[dict]:
    rng = random.Random(7)
    base = load_articles()
    paragraphs = [p for a in base for s in a["sections"] for p in s["paragraphs"]]
    out = []
    for i in range(count):
        model = base[i % len(base)]
        sections = [dict(s, paragraphs=rng.sample(paragraphs, len(s["paragraphs"]))) for s in model["sections"]]
        out.append(dict(model, slug=f"{model['slug']}-{i}", title=f"{model['title']} (part {i})",
                        sections=sections, syndicate=False,
                        published_dt=model["published_dt"] + timedelta(minutes=i)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=5, help="Crawls (and fetch-only crawls) to take the median of.")
    args = parser.parse_args()
    articles = synthetic_articles(args.articles)
    crawls: list[float] = []
    fetches: list[float] = []
    with DemoSites(port=0, articles=articles) as sites:
        urls = [sites.newsroom_url + article_path(a) for a in articles]
        for _ in range(args.rounds):  # alternating, each crawl into a fresh database: the median of each
            fetch = subprocess.run([sys.executable, "-c", FETCH_ONLY, json.dumps(urls)], capture_output=True, text=True,
                                   check=True)
            fetches.append(float(fetch.stdout.strip().splitlines()[-1]))
            with tempfile.TemporaryDirectory() as tmp:
                config_path = Path(tmp) / "config.toml"
                config_path.write_text(sites.config_toml(stance=False, index=False).replace(
                    f'feeds = ["{sites.newsroom_url}/feed.xml", "{sites.newsroom_url}/atom.xml"]',
                    f'feeds = ["{sites.newsroom_url}/feed.xml"]').replace(
                    "[crawl]\n", "[crawl]\nmax_feed_items = 100000\nmax_pages_per_source = 100000\n") + "\n")
                started = time.perf_counter()
                result = run_ingest(load_config(config_path))
                crawls.append(time.perf_counter() - started)
        bodies = [sites.newsroom.pages[article_path(a)].body for a in articles[:100]]
    ingest_s, fetch_s = statistics.median(crawls), statistics.median(fetches)
    stored = result.counts["new"]
    started = time.perf_counter()
    for body in bodies:
        trafilatura.extract(body.decode())
    plain_ms = (time.perf_counter() - started) * 1000 / len(bodies)
    started = time.perf_counter()
    for body in bodies:
        extract(RawPage(url="http://127.0.0.1/x", source="b", status=200, body=body, encoding="utf-8"))
    ours_ms = (time.perf_counter() - started) * 1000 / len(bodies)
    report = {
        "articles": args.articles,
        "articles_stored": stored,
        "crawl_pages_per_s": round(stored / ingest_s, 1),
        "fetch_only_pages_per_s": round(len(urls) / fetch_s, 1),
        "crawl_vs_fetch_only_ratio": round((stored / ingest_s) / (len(urls) / fetch_s), 3),
        "ingest_seconds": round(ingest_s, 2),
        "rounds": args.rounds,
        "crawl_pages_per_s_each": [round(stored / seconds, 1) for seconds in crawls],
        "fetch_only_pages_per_s_each": [round(len(urls) / seconds, 1) for seconds in fetches],
        "extract_ms_per_article": round(ours_ms, 1),
        "trafilatura_plain_ms_per_article": round(plain_ms, 1),
        "extract_vs_trafilatura_ratio": round(ours_ms / plain_ms, 2),
        "note": "ingest includes the crawler process start (~1 s) and the feed fetch",
    }
    print(f"crawl + extract + store: {report['crawl_pages_per_s']} pages/s "
          f"(fetch-only Scrapy baseline, same run: {report['fetch_only_pages_per_s']} pages/s, "
          f"ratio {report['crawl_vs_fetch_only_ratio']})")
    print(f"extraction: {ours_ms:.1f} ms/article (plain trafilatura, same pages: {plain_ms:.1f} ms, "
          f"ratio {report['extract_vs_trafilatura_ratio']})")
    out = ROOT / "bench" / "results" / "crawl.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
