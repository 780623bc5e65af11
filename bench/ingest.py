"""End-to-end ingest throughput: crawl a generated local site → extract → mentions → stance → embed → index.

    .venv/bin/python bench/ingest.py [--articles 300] [--previous REV]

Site: the demo articles' paragraphs recombined into N distinct articles of about 800 words in the
three demo layouts (synthetic text for scale), crawled with the shipped politeness settings. Baseline
in the same run: the same ingest with stance and the index switched off (crawl, extract, store only),
over a fresh database; and the full ingest with [themes] switched off, twice, between two with it on (on, off, off,
on), for the theme head's cost. Reports articles per hour and where the time goes (crawl, stance, embedding).
With --previous, the same benchmark of that git revision (a temporary worktree, its own code and stance
model) runs right after, in the same run, and the ratio of the two ingest speeds is reported.
Writes bench/results/ingest.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aipulse.demo.server import DemoSites  # noqa: E402
from aipulse.demo.site import load_articles  # noqa: E402
from aipulse.ingest import run_ingest  # noqa: E402
from pipeline.config import load_config  # noqa: E402
from pipeline.store import Store  # noqa: E402


def long_articles(count: int, words: int = 800) -> list[dict[str, Any]]:
    """N distinct articles of about `words` words of extracted text on average: demo article frames with
    sampled paragraphs (a paragraph more or less per article, so the mean lands near `words`)."""
    rng = random.Random(11)
    base = load_articles()
    paragraphs = [p for a in base for s in a["sections"] for p in s["paragraphs"]]
    mean_words = sum(len(p.split()) for p in paragraphs) / len(paragraphs)
    per_article = max(4.0, (words - 100) / mean_words)  # the lead, key facts and boxes add about 100 words
    out = []
    for i in range(count):
        model = base[i % len(base)]
        chosen = rng.sample(paragraphs, int(per_article) + (rng.random() < per_article % 1))
        count = len(model["sections"])
        sections = [dict(s, paragraphs=chosen[k::count] or chosen[:1]) for k, s in enumerate(model["sections"])]
        out.append(dict(model, slug=f"{model['slug']}-{i}", title=f"{model['title']} (part {i})", sections=sections,
                        syndicate=False, published_dt=model["published_dt"] + timedelta(minutes=i)))
    return out


def timed_ingest(sites: DemoSites, folder: Path, processing: bool, themes: bool = True
                 ) -> tuple[float, dict[str, float], dict[str, int], float]:
    config_path = folder / "config.toml"
    text = sites.config_toml(stance=processing, index=processing).replace(
        f'feeds = ["{sites.newsroom_url}/feed.xml", "{sites.newsroom_url}/atom.xml"]',
        f'feeds = ["{sites.newsroom_url}/feed.xml"]')
    # the shipped politeness (0.5 s between requests to a site, AutoThrottle), as a user's config has it:
    # a site on this machine is exempt from it (crawlers/settings.py), so it is not what sets the pace
    text = text.replace("download_delay_s = 0.0\nautothrottle = false\nper_domain_concurrency = 8\n", "")
    text = text.replace("[crawl]\n", "[crawl]\nmax_feed_items = 100000\nmax_pages_per_source = 100000\n")
    config_path.write_text(text + ("" if themes else "\n[themes]\nenabled = false\n"))
    phases: dict[str, float] = {}
    current: list[Any] = ["crawl", time.perf_counter()]

    def on_event(event: dict[str, Any]) -> None:
        if event.get("event") == "phase":
            now = time.perf_counter()
            phases[str(current[0])] = phases.get(str(current[0]), 0.0) + now - float(current[1])
            current[:] = [event["phase"], now]

    started = time.perf_counter()
    result = run_ingest(load_config(config_path), on_event=on_event)
    finished = time.perf_counter()
    phases[str(current[0])] = phases.get(str(current[0]), 0.0) + finished - float(current[1])
    store = Store(folder / "aipulse.db")
    words = float(store.db.execute("SELECT AVG(word_count) FROM articles").fetchone()[0] or 0)
    store.close()
    return finished - started, {k: round(v, 1) for k, v in phases.items()}, result.counts, words


def previous_rate(revision: str, articles: int) -> int:
    """Articles per hour of the same benchmark at another git revision, run from a temporary worktree."""
    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(tree), revision], check=True)
        try:
            subprocess.run([sys.executable, str(tree / "bench" / "ingest.py"), "--articles", str(articles)], check=True,
                           cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)})
            return int(json.loads((tree / "bench" / "results" / "ingest.json").read_text())["ingest_articles_per_hour"])
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--previous", default="", help="Also measure this git revision in the same run (e.g. HEAD~1).")
    args = parser.parse_args()
    articles = long_articles(args.articles)
    with DemoSites(port=0, articles=articles) as sites:
        with tempfile.TemporaryDirectory() as tmp:  # warm-up: the first crawl pays for cold imports and caches
            timed_ingest(sites, Path(tmp), processing=False)
        with tempfile.TemporaryDirectory() as tmp:
            full_s, phases, counts, words = timed_ingest(sites, Path(tmp), processing=True)
        themes_off: list[float] = []
        themes_on = [full_s]
        for themes in (False, False, True):  # on, off, off, on: the machine's drift falls on both alike
            with tempfile.TemporaryDirectory() as tmp:
                seconds = timed_ingest(sites, Path(tmp), processing=True, themes=themes)[0]
            (themes_on if themes else themes_off).append(seconds)
        with tempfile.TemporaryDirectory() as tmp:
            crawl_s, _, crawl_counts, _ = timed_ingest(sites, Path(tmp), processing=False)
    stored = counts["new"]
    report = {
        "articles": args.articles, "articles_stored": stored, "mean_words_extracted": round(words),
        "ingest_s": round(full_s, 1), "ingest_articles_per_hour": round(stored / full_s * 3600),
        "phases_s": phases, "crawl_only_s": round(crawl_s, 1),
        "crawl_only_articles_per_hour": round(crawl_counts["new"] / crawl_s * 3600),
        "ratio_vs_crawl_only": round(crawl_s / full_s, 3),
        "articles_scored": counts["articles_scored"], "articles_embedded": counts["articles_embedded"],
        "themes": {"on_s": [round(t, 1) for t in themes_on], "off_s": [round(t, 1) for t in themes_off],
                   "cost": round(sum(themes_on) / sum(themes_off) - 1, 4)},
    }
    print(f"ingest with stance and index: {report['ingest_articles_per_hour']:,} articles/hour "
          f"({stored} articles of {report['mean_words_extracted']} words on average in {full_s:.1f} s; phases {phases})")
    print(f"baseline, same site, crawl + extract + store only: {report['crawl_only_articles_per_hour']:,} "
          f"articles/hour ({crawl_s:.1f} s); full ingest runs at {report['ratio_vs_crawl_only']:.2f}× its speed")
    print(f"themes on {report['themes']['on_s']} s against off {report['themes']['off_s']} s (same run, ABBA): "
          f"themes cost {report['themes']['cost']:+.1%} of ingest time")
    if args.previous:
        before = previous_rate(args.previous, args.articles)
        report["previous"] = {"revision": subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", args.previous],
                                                         capture_output=True, text=True, check=True).stdout.strip(),
                              "ingest_articles_per_hour": before,
                              "ratio": round(report["ingest_articles_per_hour"] / before, 3)}
        print(f"previous revision {report['previous']['revision']}: {before:,} articles/hour; this one runs at "
              f"{report['previous']['ratio']:.2f}× its speed")
    out = ROOT / "bench" / "results" / "ingest.json"
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
