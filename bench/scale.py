"""Many ingest workers on one PostgreSQL + pgvector store: throughput and proof of correctness.

    .venv/bin/python bench/scale.py [--articles 1000] [--sources 8] [--workers 1 2 4]

A generated site of N articles (the demo articles' paragraphs recombined, about 800 words each, as bench/ingest.py
makes them) split over S local news sites, each one source with its own feed; a local PostgreSQL 16 + pgvector
server (aipulse/pgengine.py). For each worker count, that many `aipulse ingest` processes start together against
a fresh database, with stance and the index on; articles per hour is the articles stored, scored and embedded
over the wall time until the last worker exits. Baseline in the same run: one `aipulse ingest` into SQLite + FAISS
over the same sites. Each run is checked: no article lost (every URL of the site stored), none doubled (no page
stored by two workers, no mention twice), every article scored with the current model, every passage with its
vector. Then two workers with lease_s = 10, one killed with SIGKILL in the middle of the crawl: the same checks
once the survivor finishes, and how long the dead worker's sources stayed leased. Last, search parity on the demo
sites: top-10 overlap of each mode between SQLite + FAISS and Postgres + pgvector.
Writes bench/results/scale.json.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aipulse.demo.server import DemoSites  # noqa: E402
from aipulse.demo.site import article_path  # noqa: E402
from aipulse.ingest import LEASE_POLL_S  # noqa: E402
from aipulse.pgengine import LocalPostgres  # noqa: E402
from bench.ingest import long_articles  # noqa: E402
from pipeline.store_pg import PgStore  # noqa: E402

URL_ENV = "AIPULSE_BENCH_DATABASE_URL"
KILL_LEASE_S = 10
PARITY_QUERIES = ["Llama is falling behind", "doubts about the cost of data centres", "enterprise customers adopting Claude",
                  "regulators investigate the company", "open weights licence", "chip supply for training models",
                  "Microsoft integrates AI into Office", "Anthropic safety research", "price cuts for model access",
                  "Google Gemini on Android phones"]


@contextlib.contextmanager
def news_sites(articles: list[dict[str, Any]], count: int) -> Iterator[list[DemoSites]]:
    with contextlib.ExitStack() as stack:
        yield [stack.enter_context(DemoSites(port=0, articles=articles[number::count])) for number in range(count)]


def write_config(folder: Path, sites: list[DemoSites], postgres: bool, lease_s: int = 60) -> Path:
    storage = f'backend = "postgres"\nurl_env = "{URL_ENV}"\nlease_s = {lease_s}\n' if postgres else ""
    sources = "".join(f'[[sources]]\nname = "site-{number}"\nfeeds = ["{site.newsroom_url}/feed.xml"]\n'
                      "allow_private = true\n\n" for number, site in enumerate(sites))
    path = folder / "config.toml"
    path.write_text(f'[storage]\ndata_dir = "{folder / "data"}"\n{storage}\n[crawl]\nmax_feed_items = 100000\n'
                    "max_pages_per_source = 100000\n\n" + sources)
    return path


def start_workers(config: Path, count: int, url: str = "") -> list[subprocess.Popen[str]]:
    env = dict(os.environ, **({URL_ENV: url} if url else {}))
    return [subprocess.Popen([sys.executable, "-m", "aipulse", "--config", str(config), "ingest", "--json"], env=env,
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(count)]


def wait_all(workers: list[subprocess.Popen[str]]) -> list[int]:
    codes = []
    for worker in workers:
        _, err = worker.communicate(timeout=3600)
        if worker.returncode not in (0, -signal.SIGKILL):
            print(f"worker {worker.pid} exited {worker.returncode}: {err.strip()[-500:]}")
        codes.append(worker.returncode)
    return codes


def checks(url: str, expected: set[str]) -> dict[str, Any]:
    """What a correct shared ingest leaves: everything stored once, scored once, embedded."""
    with PgStore(url) as store:
        one = lambda sql: int(store._tuples(sql)[0][0])  # noqa: E731
        stored = {row[0] for row in store._tuples("SELECT url FROM articles")}
        versions = store._tuples("SELECT COUNT(DISTINCT stance_version) FROM articles")[0][0]
        scorers = store._tuples("SELECT score_holder, COUNT(*) FROM articles GROUP BY 1 ORDER BY 2 DESC")
        return {
            "articles": len(stored),
            "lost": len(expected - stored),
            "pages_stored_twice": one("SELECT COUNT(*) FROM (SELECT url FROM crawl_log WHERE outcome IN "
                                      "('new', 'duplicate', 'updated') GROUP BY url HAVING COUNT(*) > 1) AS twice"),
            "mentions": one("SELECT COUNT(*) FROM mentions"),
            "mentions_doubled": one("SELECT COUNT(*) FROM (SELECT 1 FROM mentions GROUP BY article_id, "
                                    "sentence_index, start, entity HAVING COUNT(*) > 1) AS twice"),
            "unscored": one("SELECT COUNT(*) FROM articles WHERE stance_version IS NULL"),
            "stance_versions": int(versions),
            "unembedded": one("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NULL AND embed_version IS NULL"),
            "passages": one("SELECT COUNT(*) FROM passages"),
            "vectors": one("SELECT COUNT(vector) FROM passages"),
            "articles_scored_by_each_worker": [int(count) for _, count in scorers],
        }


def correct(report: dict[str, Any]) -> bool:
    return (report["lost"] == report["pages_stored_twice"] == report["mentions_doubled"] == report["unscored"]
            == report["unembedded"] == 0 and report["passages"] == report["vectors"] > 0
            and report["stance_versions"] == 1)


def shared_run(server: LocalPostgres, sites: list[DemoSites], folder: Path, workers: int, expected: set[str]
               ) -> dict[str, Any]:
    database = f"bench_{workers}"
    server.drop_database(database)
    server.create_database(database)
    url = server.url(database)
    (folder / database).mkdir()
    config = write_config(folder / database, sites, postgres=True)
    started = time.perf_counter()
    codes = wait_all(start_workers(config, workers, url))
    seconds = time.perf_counter() - started
    report = checks(url, expected) | {"workers": workers, "exit_codes": codes, "seconds": round(seconds, 1)}
    report["articles_per_hour"] = round(report["articles"] / seconds * 3600)
    report["correct"] = correct(report) and codes == [0] * workers
    print(f"{workers} worker(s): {report['articles_per_hour']} articles/hour, correct: {report['correct']}")
    return report


def killed_run(server: LocalPostgres, sites: list[DemoSites], folder: Path, expected: set[str]) -> dict[str, Any]:
    """Two workers; SIGKILL to the first once a fifth of the site is stored; the survivor finishes."""
    server.create_database("bench_kill")
    url = server.url("bench_kill")
    (folder / "kill").mkdir()
    config = write_config(folder / "kill", sites, postgres=True, lease_s=KILL_LEASE_S)
    workers = start_workers(config, 2, url)
    victim = f"{os.uname().nodename}:{workers[0].pid}"
    with PgStore(url) as store:
        while store.counts()["articles"] < len(expected) // 5:
            time.sleep(0.1)
        held = [row[0] for row in store._tuples("SELECT source FROM crawl_leases WHERE holder = ?", [victim])]
        stored_at_kill = store.counts()["articles"]
        os.kill(workers[0].pid, signal.SIGKILL)
        killed = time.perf_counter()
        lapse = store._tuples("SELECT EXTRACT(EPOCH FROM MAX(expires) - clock_timestamp()) FROM crawl_leases "
                              "WHERE holder = ?", [victim])[0][0]  # when its leases lapse, by the database's clock
        recovered = None
        while workers[1].poll() is None:
            taken = store._tuples("SELECT COUNT(*) FROM crawl_leases WHERE source = ANY(?) AND (holder IS NULL OR "
                                  "holder <> ?)", [held, victim])[0][0]
            if recovered is None and held and taken == len(held):
                recovered = time.perf_counter() - killed
            time.sleep(0.2)
    codes = wait_all(workers)
    # the next run on any worker closes the dead worker's run (its heartbeat stopped)
    wait_all(start_workers(config, 1, url))
    with PgStore(url) as store:
        runs = store._tuples("SELECT pid, ok, error FROM job_runs ORDER BY id")
    report = checks(url, expected) | {
        "lease_s": KILL_LEASE_S, "articles_stored_at_kill": stored_at_kill, "sources_leased_by_the_killed_worker": held,
        "seconds_until_its_leases_lapsed": None if lapse is None else round(float(lapse), 1),
        "seconds_until_its_sources_were_taken": None if recovered is None else round(recovered, 1),
        "survivor_looks_every_s": LEASE_POLL_S,
        "survivor_exit_code": codes[1],
        "killed_run_recorded_as": next((error for pid, _, error in runs if pid == workers[0].pid), None)}
    # the leases lapse within lease_s of the kill (their last renewal was at most lease_s / 3 before it); the survivor
    # takes the sources at its next look after that
    report["correct"] = correct(report) and codes[1] == 0 and (
        lapse is not None and float(lapse) <= KILL_LEASE_S and recovered is not None
        and recovered <= float(lapse) + LEASE_POLL_S + 1 if held else True)
    print(f"kill -9 of one of two workers: correct: {report['correct']}, its leases lapsed after "
          f"{report['seconds_until_its_leases_lapsed']} s (lease {KILL_LEASE_S} s), its sources taken after "
          f"{report['seconds_until_its_sources_were_taken']} s")
    return report


def sqlite_run(sites: list[DemoSites], folder: Path) -> dict[str, Any]:
    (folder / "sqlite").mkdir()
    config = write_config(folder / "sqlite", sites, postgres=False)
    started = time.perf_counter()
    codes = wait_all(start_workers(config, 1))
    seconds = time.perf_counter() - started
    status = json.loads(subprocess.run([sys.executable, "-m", "aipulse", "--config", str(config), "status", "--json"],
                                       cwd=ROOT, capture_output=True, text=True, check=True).stdout)
    articles = status["counts"]["articles"]
    print(f"SQLite baseline, 1 worker: {round(articles / seconds * 3600)} articles/hour")
    return {"articles": articles, "seconds": round(seconds, 1), "articles_per_hour": round(articles / seconds * 3600),
            "exit_code": codes[0]}


def search_parity(server: LocalPostgres, folder: Path) -> dict[str, Any]:
    """Top-10 overlap per mode between the SQLite + FAISS and the Postgres + pgvector stores of the demo sites."""
    server.create_database("parity")
    url = server.url("parity")
    configs = []
    with DemoSites(port=0) as sites:
        for name, storage in (("sqlite", ""), ("postgres", URL_ENV)):
            (folder / name / "demo").mkdir(parents=True, exist_ok=True)
            config = folder / name / "demo" / "config.toml"
            config.write_text(sites.config_toml(data_dir=str(folder / name / "demo" / "data"), url_env=storage))
            wait_all(start_workers(config, 1, url))
            configs.append(config)
    env = dict(os.environ, **{URL_ENV: url})

    def hits(config: Path, query: str, mode: str) -> set[tuple[str, int, int]]:
        out = subprocess.run([sys.executable, "-m", "aipulse", "--config", str(config), "search", query, "--mode", mode,
                              "-k", "10", "--json"], env=env, cwd=ROOT, capture_output=True, text=True, check=True).stdout
        return {(hit["url"], hit["start"], hit["end"]) for hit in json.loads(out)}

    overlap = {mode: round(sum(len(hits(configs[0], query, mode) & hits(configs[1], query, mode)) / 10
                               for query in PARITY_QUERIES) / len(PARITY_QUERIES), 3)
               for mode in ("semantic", "keyword", "hybrid")}
    print(f"search parity (top-10 overlap, {len(PARITY_QUERIES)} queries): {overlap}")
    return {"queries": len(PARITY_QUERIES), "top10_overlap": overlap}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--sources", type=int, default=8)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--kill-only", action="store_true",
                        help="Run the kill -9 part again and replace it in bench/results/scale.json.")
    args = parser.parse_args()
    articles = long_articles(args.articles)
    out = ROOT / "bench" / "results" / "scale.json"
    if args.kill_only:
        with tempfile.TemporaryDirectory(prefix="aipulse-scale-") as tmp, LocalPostgres(Path(tmp) / "pg") as server, \
                news_sites(articles, args.sources) as sites:
            expected = {site.newsroom_url + article_path(article) for number, site in enumerate(sites)
                        for article in articles[number::args.sources]}
            report = json.loads(out.read_text()) | {"kill_9": killed_run(server, sites, Path(tmp), expected)}
        report["all_correct"] = all(run["correct"] for run in report["runs"]) and report["kill_9"]["correct"]
        out.write_text(json.dumps(report, indent=2) + "\n")
        return
    with tempfile.TemporaryDirectory(prefix="aipulse-scale-") as tmp, LocalPostgres(Path(tmp) / "pg") as server, \
            news_sites(articles, args.sources) as sites:
        folder = Path(tmp)
        expected = {site.newsroom_url + article_path(article) for number, site in enumerate(sites)
                    for article in articles[number::args.sources]}
        baseline = sqlite_run(sites, folder)
        runs = [shared_run(server, sites, folder, workers, expected) for workers in args.workers]
        killed = killed_run(server, sites, folder, expected)
        parity = search_parity(server, folder)
    report = {
        "articles": args.articles, "sources": args.sources, "cores": os.cpu_count(),
        "engine": "PostgreSQL 16.2 + pgvector 0.6.2 (pgserver wheel), on this machine",
        "sqlite_baseline": baseline, "runs": runs,
        "postgres_1_worker_vs_sqlite": round(runs[0]["articles_per_hour"] / baseline["articles_per_hour"], 2),
        "kill_9": killed, "search_parity": parity,
        "all_correct": all(run["correct"] for run in runs) and killed["correct"],
    }
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
