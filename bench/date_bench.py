"""Publication dates: the share of pages whose stored date is right, on the demo sites and a public benchmark.

    .venv/bin/python bench/date_bench.py BENCH_DIR

- The demo sites, crawled and stored for real: each article's date against the date it was written with
  (aipulse/demo/articles/*.toml; the wire's copies five hours later).
- The article-extraction benchmark at BENCH_DIR (scrapinghub/article-extraction-benchmark, fetched for
  the measurement): its ground truth has no dates, so two truths are used. Where every date the page's
  markup and URL state as the publication date agrees on one day, that day. And for a seeded sample of
  50 pages, the day a reader sees on the page, read by hand (bench/data/benchmark_dates_by_hand.json;
  null where the page shows none).
Baseline in the same run: the first date the page's markup states, taken as it is (what aipulse stored
before impossible dates were refused). Writes bench/results/dates.json.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import lxml.html  # noqa: E402
from extract_bench import Page, article_benchmark, by_aipulse_article  # noqa: E402

from aipulse.demo.server import DemoSites  # noqa: E402
from aipulse.demo.site import WIRE_DELAY, load_articles  # noqa: E402
from aipulse.ingest import run_ingest  # noqa: E402
from pipeline.config import load_config  # noqa: E402
from pipeline.pagemeta import iso_date  # noqa: E402
from pipeline.store import Store  # noqa: E402

HAND = ROOT / "bench" / "data" / "benchmark_dates_by_hand.json"
SAMPLE, SEED = 50, 16
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|-|$)")
_DATE_META = {"article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
              "publish-date", "dc.date.issued", "sailthru.date", "parsely-pub-date"}


def demo_share() -> dict[str, Any]:
    """Crawl the demo sites into a fresh store; each stored date against the one the article was written with."""
    written = {a["title"]: a["published_dt"] for a in load_articles()}
    with DemoSites(port=0) as sites, tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "config.toml"
        config.write_text(sites.config_toml(stance=False, index=False))
        run_ingest(load_config(config))
        with Store(Path(folder) / "aipulse.db") as store:
            rows = list(store.iter_articles())
    right = 0
    for row in rows:
        expected = written[row["title"]] + (WIRE_DELAY if row["source"] == "ai-wire-daily" else timedelta(0))
        right += (row["published"] or "")[:10] == expected.date().isoformat()
    return {"pages": len(rows), "right": right, "share": round(right / len(rows), 3)}


def markup_dates(page: Page) -> list[str]:
    """Every day the page's markup and URL give as its publication date, in the order they come."""
    tree = lxml.html.fromstring(page.html)
    found = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            found += re.findall(r'"datePublished"\s*:\s*"([^"]+)"', script.text)
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").lower()
        if key in _DATE_META and node.get("content"):
            found.append(node.get("content"))
    found += [node.get("datetime") or "" for node in tree.iter("time")
              if node.get("pubdate") is not None or (node.get("itemprop") or "").lower() == "datepublished"]
    days = [(iso_date(value) or "")[:10] for value in found]
    url = _URL_DATE.search(page.url)
    return [day for day in days if day] + (["-".join(url.groups())] if url else [])


def benchmark_share(folder: Path) -> dict[str, Any]:
    pages = list(article_benchmark(folder))
    stored, naive = {}, {}
    for page in pages:
        article = by_aipulse_article(page)
        stored[page.key] = (article.published or "")[:10] if article else ""
        days = markup_dates(page)
        naive[page.key] = days[0] if days else ""
    unambiguous = {page.key: days[0] for page in pages if len(set(days := markup_dates(page))) == 1}
    impossible = {}
    for page in pages:
        days = markup_dates(page)
        possible = {day for day in days if day >= "1991"}
        if len(possible) == 1 and any(day < "1991" for day in days):
            impossible[page.key] = next(iter(possible))
    hand = json.loads(HAND.read_text())
    sample = sorted(random.Random(SEED).sample(sorted(page.key for page in pages), SAMPLE))
    if sorted(hand) != sample:
        raise SystemExit(f"{HAND} must label exactly the {SAMPLE} pages drawn with seed {SEED}")

    def share(truth: dict[str, str | None], guess: dict[str, str]) -> dict[str, Any]:
        right = sum(guess[key] == (day or "") for key, day in truth.items())
        return {"pages": len(truth), "right": right, "share": round(right / len(truth), 3)}

    return {
        "pages": len(pages),
        "markup_unambiguous": {"aipulse": share(unambiguous, stored), "first_markup_date": share(unambiguous, naive)},
        "by_hand_sample": {"aipulse": share(hand, stored), "first_markup_date": share(hand, naive)},
        # pages whose markup also states an impossible date: right when the other date the markup gives was kept
        "impossible_in_markup": share(impossible, stored) | {"first_markup_date": share(impossible, naive)["share"]},
        "wrong_in_hand_sample": [{"page": key, "by_hand": hand[key], "stored": stored[key]}
                                 for key in sample if stored[key] != (hand[key] or "")],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a checkout of scrapinghub/article-extraction-benchmark")
    args = parser.parse_args()
    report = {"demo": demo_share(), "article_extraction_benchmark": benchmark_share(args.folder)}
    demo, bench = report["demo"], report["article_extraction_benchmark"]
    print(f"demo: {demo['right']} of {demo['pages']} stored dates right ({demo['share']:.1%})")
    for truth in ("markup_unambiguous", "by_hand_sample"):
        ours, naive = bench[truth]["aipulse"], bench[truth]["first_markup_date"]
        print(f"benchmark, {truth.replace('_', ' ')}: aipulse {ours['right']} of {ours['pages']} right "
              f"({ours['share']:.1%}); the first markup date as it is: {naive['share']:.1%}")
    wrong = bench["impossible_in_markup"]
    print(f"benchmark, pages whose markup also gives an impossible date: aipulse {wrong['right']} of {wrong['pages']} "
          f"right; the first markup date as it is: {wrong['first_markup_date']:.1%}")
    for row in bench["wrong_in_hand_sample"]:
        print(f"  wrong: {row['page'][:16]} by hand {row['by_hand']}, stored {row['stored'] or 'none'}")
    out = ROOT / "bench" / "results" / "dates.json"
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
