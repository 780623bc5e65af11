"""`aipulse ingest` as a user runs it: one command, process start included, on a separate local site.

    .venv/bin/python bench/ingest_cli.py [--articles 300] [--words 600]

Site: one RSS feed of N generated articles (bench/ingest.py's text) on 127.0.0.1. Config: only what a user
writes, `data_dir`, `max_feed_items` and the source with `allow_private`; everything else the shipped
defaults (stance, the index, the crawl's politeness settings). Baseline in the same run: the same command
with stance and the index switched off. Writes bench/results/ingest_cli.json.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ingest import long_articles  # noqa: E402

from aipulse.demo.server import DemoSites  # noqa: E402


def timed_command(sites: DemoSites, folder: Path, articles: int, processing: bool) -> tuple[float, dict[str, Any]]:
    config = folder / "config.toml"
    switches = "" if processing else "[stance]\nenabled = false\n[index]\nenabled = false\n"
    config.write_text(f'[storage]\ndata_dir = "data"\n[crawl]\nmax_feed_items = {articles}\n{switches}'
                      f'[[sources]]\nname = "local"\nfeeds = ["{sites.newsroom_url}/feed.xml"]\nallow_private = true\n')
    command = [sys.executable, "-m", "aipulse", "--config", str(config)]
    started = time.perf_counter()
    done = subprocess.run([*command, "ingest", "--json"], capture_output=True, text=True, cwd=folder)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"ingest failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    status = json.loads(subprocess.run([*command, "status", "--json"], capture_output=True, text=True,
                                       cwd=folder, check=True).stdout)
    return seconds, {"counts": json.loads(done.stdout)["counts"], "status": status}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--words", type=int, default=600)
    args = parser.parse_args()
    with DemoSites(port=0, articles=long_articles(args.articles, words=args.words)) as sites:
        with tempfile.TemporaryDirectory() as tmp:
            full_s, full = timed_command(sites, Path(tmp), args.articles, processing=True)
        with tempfile.TemporaryDirectory() as tmp:
            crawl_s, _ = timed_command(sites, Path(tmp), args.articles, processing=False)
    counts, status = full["counts"], full["status"]
    report = {
        "articles": args.articles, "articles_stored": counts["new"], "articles_scored": counts["articles_scored"],
        "articles_embedded": counts["articles_embedded"], "vectors": status["vectors"],
        "index_in_sync": status["index_in_sync"], "seconds": round(full_s, 1),
        "articles_per_hour": round(counts["new"] / full_s * 3600),
        "crawl_only_seconds": round(crawl_s, 1), "ratio_vs_crawl_only": round(crawl_s / full_s, 3),
    }
    print(f"aipulse ingest, {args.articles} articles of about {args.words} words: {full_s:.1f} s for the command, "
          f"{report['articles_per_hour']:,} articles/hour, {report['vectors']:,} vectors, "
          f"index in sync: {report['index_in_sync']}")
    print(f"baseline, the same command without stance and index: {crawl_s:.1f} s "
          f"(full ingest at {report['ratio_vs_crawl_only']:.2f}x its speed)")
    out = ROOT / "bench" / "results" / "ingest_cli.json"
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
