"""Memory over time: does resident memory grow with the pages processed?

    .venv/bin/python bench/memory.py [--pages 10000] [--cycles 10] [--per-cycle 100]

1. The crawl process (fetch, extract, store; where extraction libraries are reported to leak):
   its resident memory after 1,000 pages and after --pages pages of one ingest of a generated site.
   The baseline is the figure at 1,000 pages, from the same run.
2. The long-lived process: resident memory after each of --cycles ingests of --per-cycle new articles,
   with stance and the index on, run as the daemon runs them (scheduler.ingest_job: each ingest in a
   process of its own) and, for comparison, in-process (run_ingest, what the daemon did before).
Synthetic text: the demo articles' paragraphs recombined (bench/ingest.py). Writes bench/results/memory.json;
a part not run this time (--pages 0, no --in-process) keeps the figures of its last run there.
The issue-8 bar: memory after 10,000 pages within 20% of that after 1,000.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ingest import long_articles  # noqa: E402

from aipulse.demo.server import DemoSites  # noqa: E402
from aipulse.ingest import run_ingest  # noqa: E402
from aipulse.lifecycle import Lifecycle  # noqa: E402
from pipeline.config import load_config  # noqa: E402


def rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def rss_mb_after_trim() -> float:
    """Resident memory after glibc hands its free pages back (malloc_trim): what is really held."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
    return rss_mb()


def site_config(sites: DemoSites, folder: Path, processing: bool) -> Path:
    text = sites.config_toml(data_dir=str(folder), stance=processing, index=processing).replace(
        f'feeds = ["{sites.newsroom_url}/feed.xml", "{sites.newsroom_url}/atom.xml"]',
        f'feeds = ["{sites.newsroom_url}/feed.xml"]')
    path = folder / "config.toml"
    path.write_text(text.replace("[crawl]\n", "[crawl]\nmax_feed_items = 1000000\nmax_pages_per_source = 1000000\n"))
    return path


def crawl_process_memory(pages: int) -> dict[str, Any]:
    marks = sorted({100, 1000, pages // 2, pages})
    samples: dict[int, float] = {}
    seen = [0]
    lifecycle = Lifecycle()

    def on_event(event: dict[str, Any]) -> None:
        if event.get("event") != "page":
            return
        seen[0] += 1
        if seen[0] in marks:
            child = next(iter(lifecycle.children), None)
            if child is not None:
                samples[seen[0]] = round(rss_mb(child.pid), 1)
                print(f"  crawl process after {seen[0]:,} pages: {samples[seen[0]]:.0f} MB", flush=True)

    with DemoSites(port=0, articles=long_articles(pages)) as sites, tempfile.TemporaryDirectory() as tmp:
        run_ingest(load_config(site_config(sites, Path(tmp), processing=False)), lifecycle, on_event=on_event)
    base = samples.get(1000, 0.0)
    last = samples.get(pages, 0.0)
    return {"pages": pages, "rss_mb_by_pages": samples, "growth_1k_to_last": round(last / base - 1, 3) if base else None}


def long_lived_memory(cycles: int, per_cycle: int, in_process: bool) -> dict[str, Any]:
    from scheduler import ingest_job

    articles = long_articles(cycles * per_cycle)
    samples, trimmed = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for cycle in range(cycles):
            chunk = articles[cycle * per_cycle:(cycle + 1) * per_cycle]
            with DemoSites(port=0, articles=chunk) as sites:
                config = load_config(site_config(sites, Path(tmp), processing=True))
                if in_process:
                    run_ingest(config)
                else:
                    ingest_job(config, Lifecycle())
            gc.collect()
            samples.append(round(rss_mb(), 1))
            trimmed.append(round(rss_mb_after_trim(), 1))
            print(f"  {'in-process' if in_process else 'daemon'} after cycle {cycle + 1} "
                  f"({(cycle + 1) * per_cycle} articles): {samples[-1]:.0f} MB "
                  f"({trimmed[-1]:.0f} MB once the allocator returns its free memory)", flush=True)
    base = samples[1] if len(samples) > 1 else samples[0]
    return {"cycles": cycles, "per_cycle": per_cycle, "rss_mb_by_cycle": samples, "rss_mb_trimmed_by_cycle": trimmed,
            "growth_cycle2_to_last": round(samples[-1] / base - 1, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--cycles", type=int, default=10)
    parser.add_argument("--per-cycle", type=int, default=100)
    parser.add_argument("--in-process", action="store_true", help="Also measure ingests run in-process (slow).")
    args = parser.parse_args()
    crawl: dict[str, Any] = {}
    if args.pages:
        print(f"crawl process, one ingest of {args.pages:,} generated pages:")
        crawl = crawl_process_memory(args.pages)
        print(f"crawl process: {crawl['growth_1k_to_last']:+.1%} from 1,000 to {args.pages:,} pages (bar: within +20%)")
    print(f"long-lived process, {args.cycles} ingests of {args.per_cycle} articles with stance and the index:")
    daemon = long_lived_memory(args.cycles, args.per_cycle, in_process=False)
    print(f"daemon (an ingest process per run): {daemon['growth_cycle2_to_last']:+.1%} from cycle 2 to {args.cycles}")
    inline = long_lived_memory(args.cycles, args.per_cycle, in_process=True) if args.in_process else {}
    if inline:
        print(f"baseline, ingests in-process: {inline['growth_cycle2_to_last']:+.1%} from cycle 2 to {args.cycles}")
    out = ROOT / "bench" / "results" / "memory.json"
    earlier = json.loads(out.read_text()) if out.exists() else {}  # a part not measured now keeps its last figures
    out.write_text(json.dumps({"crawl_process": crawl or earlier.get("crawl_process", {}), "daemon_process": daemon,
                               "in_process_baseline": inline or earlier.get("in_process_baseline", {})},
                              indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
