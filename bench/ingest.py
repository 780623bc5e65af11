"""End-to-end ingest throughput: crawl a generated local site → extract → mentions → stance → embed → index.

    .venv/bin/python bench/ingest.py [--articles 300] [--previous REV]

Site: the demo articles' paragraphs recombined into N distinct articles of about 800 words in the
three demo layouts (synthetic text for scale; each later use of a sentence has one word swapped, so no sentence of
prose repeats, as on real coverage), crawled with the shipped politeness settings. Baseline
in the same run: the same ingest with stance and the index switched off (crawl, extract, store only),
over a fresh database; and the full ingest with [themes] on and off, four times each in the order on, off, off, on,
on, off, off, on, for the theme head's cost (whole ingest, and the stance scoring phase it adds to); whole ingests
differ by several percent from run to run, so the stored articles of the main run are also scored again eight times,
alternating themes on and off, and the difference is reported against that run's ingest time.
Reports articles per hour and where the time goes (crawl, stance, embedding).
With --previous, the main ingest of the same corpus by that git revision's code (a temporary worktree, its own
code and stance model) runs right after, in the same run, and the ratio of the two ingest speeds is reported.
Writes bench/results/ingest.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# --code TREE: measure the aipulse code of that tree (another revision, for --previous) on this script's corpus
CODE = Path(sys.argv[sys.argv.index("--code") + 1]).resolve() if "--code" in sys.argv[:-1] else ROOT
sys.path.insert(0, str(CODE))

from aipulse.demo.server import DemoSites  # noqa: E402
from aipulse.demo.site import load_articles  # noqa: E402
from aipulse.ingest import run_ingest  # noqa: E402
from pipeline.config import load_config  # noqa: E402
from pipeline.sentences import split_sentences  # noqa: E402
from pipeline.store import Store  # noqa: E402

# words that stand in for one word of a sentence the corpus uses again: common, one token each, lowercase, so no
# company is named by them and a sentence keeps its length in tokens
STAND_INS = ("market", "system", "product", "service", "report", "growth", "demand", "policy", "pricing", "budget",
             "record", "deal", "launch", "team", "plan", "model", "tool", "chip", "cloud", "user", "rival", "price",
             "share", "cost", "order", "study", "trial", "label", "rule", "review", "index", "sector", "quarter",
             "board", "client", "vendor", "partner", "region", "target", "signal")
_WORD = re.compile(r"(?<![\w'’])[a-z]{4,}(?![\w'’])")


def varied(sentence: str, occurrence: int) -> str:
    """The `occurrence`-th use of a sentence (0: as written): one of its lowercase words swapped for a stand-in, a
    different (position, word) pair for every occurrence, so no two uses read alike. An ingest meets few sentences
    twice (section labels and source lines, syndicated copies), and a corpus that repeated its sentences would let a
    cache of repeated texts look faster than it is on real coverage."""
    if occurrence == 0:
        return sentence
    spots = [m for m in _WORD.finditer(sentence) if m.group() not in STAND_INS]
    if len(spots) < 2:  # a short heading: swapping its one word could make two headings one
        return f"{STAND_INS[(occurrence - 1) % len(STAND_INS)].capitalize()} {sentence}"
    spot = spots[(occurrence - 1) % len(spots)]
    word = STAND_INS[((occurrence - 1) // len(spots)) % len(STAND_INS)]
    return sentence[:spot.start()] + word + sentence[spot.end():]


def long_articles(count: int, words: int = 800) -> list[dict[str, Any]]:
    """N distinct articles of about `words` words of extracted text on average: demo article frames with
    sampled paragraphs (a paragraph more or less per article, so the mean lands near `words`). Every sentence of
    prose (leads, headings and paragraphs) is used once: a frame's or a paragraph's later uses are `varied`; the
    layouts' own labels and source lines repeat, as on a real site."""
    rng = random.Random(11)
    base = load_articles()
    paragraphs = [p for a in base for s in a["sections"] for p in s["paragraphs"]]
    mean_words = sum(len(p.split()) for p in paragraphs) / len(paragraphs)
    per_article = max(4.0, (words - 100) / mean_words)  # the lead, key facts and boxes add about 100 words
    uses: Counter[str] = Counter()

    def fresh(text: str) -> str:  # this text's next use, each of its sentences varied alike
        uses[text] += 1
        pieces = [(sentence.start, sentence.start + len(sentence.text)) for sentence in split_sentences(text)]
        out, last = [], 0
        for start, end in pieces:
            out += [text[last:start], varied(text[start:end], uses[text] - 1)]
            last = end
        return "".join(out) + text[last:]

    out = []
    for i in range(count):
        model = base[i % len(base)]
        picked = rng.sample(paragraphs, int(per_article) + (rng.random() < per_article % 1))
        chosen = [fresh(p) for p in picked]
        count_ = len(model["sections"])
        sections = [dict(s, heading=s.get("heading") and fresh(s["heading"]),
                         paragraphs=chosen[k::count_] or [fresh(picked[0])]) for k, s in enumerate(model["sections"])]
        prose = {key: fresh(model[key]) for key in ("lead", "pull_quote") if model.get(key)}
        if model.get("key_facts"):
            prose["key_facts"] = [fresh(fact) for fact in model["key_facts"]]
        if model.get("editors_take"):
            prose["editors_take"] = {box: [fresh(item) for item in items] for box, items in model["editors_take"].items()}
        out.append(dict(model, **prose, slug=f"{model['slug']}-{i}", title=f"{model['title']} (part {i})",
                        sections=sections, syndicate=False, published_dt=model["published_dt"] + timedelta(minutes=i)))
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


def rescoring_times(folder: Path) -> dict[bool, list[float]]:
    """Seconds to find and score every stored article's mentions again, with themes and without, alternating
    (on, off, off, on, on, off, off, on) over the same database: the theme head's own cost, free of the crawl's
    and the embedding's noise."""
    from aipulse.scoring import finder_for, stance_model
    from pipeline.process import score_pending

    config = load_config(folder / "config.toml")
    model, finder = stance_model(config["model.name"], config["model.precision"]), finder_for(config.entities)
    times: dict[bool, list[float]] = {True: [], False: []}
    with Store(folder / "aipulse.db") as store:
        for themes in (True, False, False, True, True, False, False, True):
            store.db.execute("UPDATE articles SET stance_version = NULL")
            started = time.perf_counter()
            score_pending(store, finder, model, themes=themes)
            times[themes].append(time.perf_counter() - started)
    return times


def previous_run(revision: str, articles: int) -> dict[str, Any]:
    """The main ingest of this benchmark's corpus by another git revision's code (a temporary worktree): its figures."""
    from bench.revisions import worktree

    with worktree(revision) as tree, tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "previous.json"
        # run in the tree, so that the crawl's child process (python -m crawlers.run) imports the tree's code too
        subprocess.run([sys.executable, str(Path(__file__).resolve()), "--articles", str(articles), "--code", str(tree),
                        "--main-only", "--out", str(out)], check=True, cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)})
        return dict(json.loads(out.read_text()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--previous", default="", help="Also measure this git revision in the same run (e.g. HEAD~1).")
    parser.add_argument("--code", default="", help="Measure the code of this folder (what --previous runs).")
    parser.add_argument("--main-only", action="store_true", help="Only the main ingest, after the warm-up.")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "ingest.json"))
    args = parser.parse_args()
    articles = long_articles(args.articles)
    with DemoSites(port=0, articles=articles) as sites:
        with tempfile.TemporaryDirectory() as tmp:  # warm-up: the first crawl pays for cold imports and caches
            timed_ingest(sites, Path(tmp), processing=False)
        with tempfile.TemporaryDirectory() as tmp:
            full_s, phases, counts, words = timed_ingest(sites, Path(tmp), processing=True)
            if args.main_only:
                Path(args.out).write_text(json.dumps({
                    "ingest_s": round(full_s, 1), "ingest_articles_per_hour": round(counts["new"] / full_s * 3600),
                    "phases_s": phases}) + "\n")
                return
            rescoring = rescoring_times(Path(tmp))
        runs: dict[bool, list[tuple[float, float]]] = {True: [(full_s, phases.get("scoring stance", 0.0))], False: []}
        for themes in (False, False, True, True, False, False, True):  # ABBA twice: the drift falls on both alike
            with tempfile.TemporaryDirectory() as tmp:
                seconds, run_phases, _, _ = timed_ingest(sites, Path(tmp), processing=True, themes=themes)
            runs[themes].append((seconds, run_phases.get("scoring stance", 0.0)))
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
        "themes": {"on_s": [round(t, 1) for t, _ in runs[True]], "off_s": [round(t, 1) for t, _ in runs[False]],
                   "cost": round(sum(t for t, _ in runs[True]) / sum(t for t, _ in runs[False]) - 1, 4),
                   "scoring_on_s": [round(t, 1) for _, t in runs[True]],
                   "scoring_off_s": [round(t, 1) for _, t in runs[False]],
                   "scoring_cost": round(sum(t for _, t in runs[True]) / sum(t for _, t in runs[False]) - 1, 4),
                   "rescoring_on_s": [round(t, 2) for t in rescoring[True]],
                   "rescoring_off_s": [round(t, 2) for t in rescoring[False]],
                   # the head's seconds over the main run's ingest time
                   "cost_from_rescoring": round((sum(rescoring[True]) - sum(rescoring[False])) / len(rescoring[True])
                                                / full_s, 4)},
    }
    print(f"ingest with stance and index: {report['ingest_articles_per_hour']:,} articles/hour "
          f"({stored} articles of {report['mean_words_extracted']} words on average in {full_s:.1f} s; phases {phases})")
    print(f"baseline, same site, crawl + extract + store only: {report['crawl_only_articles_per_hour']:,} "
          f"articles/hour ({crawl_s:.1f} s); full ingest runs at {report['ratio_vs_crawl_only']:.2f}× its speed")
    print(f"themes on {report['themes']['on_s']} s against off {report['themes']['off_s']} s (same run, ABBA twice): "
          f"themes cost {report['themes']['cost']:+.1%} of ingest time; the stance scoring phase alone "
          f"{report['themes']['scoring_on_s']} s against {report['themes']['scoring_off_s']} s "
          f"({report['themes']['scoring_cost']:+.1%})")
    print(f"scoring the stored articles again, alternating: on {report['themes']['rescoring_on_s']} s, off "
          f"{report['themes']['rescoring_off_s']} s: the theme head costs {report['themes']['cost_from_rescoring']:+.1%} "
          f"of the ingest's {full_s:.1f} s")
    if args.previous:
        from bench.revisions import short_name

        before = previous_run(args.previous, args.articles)
        rate = int(before["ingest_articles_per_hour"])
        report["previous"] = {"revision": short_name(args.previous), "ingest_articles_per_hour": rate,
                              "phases_s": before["phases_s"], "ratio": round(report["ingest_articles_per_hour"] / rate, 3)}
        print(f"previous revision {report['previous']['revision']} on the same corpus: {rate:,} articles/hour (phases "
              f"{before['phases_s']}); this one runs at {report['previous']['ratio']:.2f}× its speed")
    out = Path(args.out)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
