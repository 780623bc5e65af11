"""`aipulse demo` from a fresh data folder, then once more: the newcomer's first command, timed.

    .venv/bin/python bench/demo.py

Run 1 crawls both demo sites, extracts, scores every mention, embeds every passage, prints the trend
table and writes the chart and a digest; run 2 finds everything stored (every feed and sitemap answers
304). Baseline in the same run: the demo with stance and the index switched off (crawl, extract, store).
Writes bench/results/demo.json.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed_demo(folder: Path) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "aipulse", "demo", "--data-dir", str(folder)], capture_output=True,
                          text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"aipulse demo failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return seconds, done.stdout


def new_articles(output: str) -> int:
    return int(re.search(r"ingest: (\d+) new articles", output).group(1))  # type: ignore[union-attr]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        first_s, first = timed_demo(Path(tmp) / "demo")
        second_s, second = timed_demo(Path(tmp) / "demo")
    with tempfile.TemporaryDirectory() as tmp:  # the baseline: the crawl alone, on the same sites
        folder = Path(tmp) / "demo"
        folder.mkdir()
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", CRAWL_ONLY, str(folder)], capture_output=True, text=True, cwd=ROOT)
        crawl_s = time.perf_counter() - started
        if done.returncode != 0:
            sys.exit(f"crawl-only demo failed: {done.stderr.strip()[-500:]}")
    report = {"first_run_s": round(first_s, 1), "articles": new_articles(first), "second_run_s": round(second_s, 1),
              "second_run_new": new_articles(second), "crawl_only_s": round(crawl_s, 1),
              "ratio_vs_crawl_only": round(crawl_s / first_s, 3)}
    print(f"aipulse demo: {first_s:.1f} s, {report['articles']} articles; again: {second_s:.1f} s, "
          f"{report['second_run_new']} new; the crawl alone on the same sites: {crawl_s:.1f} s")
    out = ROOT / "bench" / "results" / "demo.json"
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {out}")


# the demo's sites and ingest without stance and index, in a process of its own as `aipulse demo` runs
CRAWL_ONLY = """
import sys
from pathlib import Path
from aipulse.demo.server import DemoSites
from aipulse.ingest import run_ingest
from pipeline.config import load_config
folder = Path(sys.argv[1])
with DemoSites(port=0) as sites:
    (folder / "config.toml").write_text(sites.config_toml(stance=False, index=False))
    result = run_ingest(load_config(folder / "config.toml"))
sys.exit(result.exit_code)
"""


if __name__ == "__main__":
    main()
