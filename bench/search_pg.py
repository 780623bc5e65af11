"""Warm hybrid search on PostgreSQL + pgvector, beside SQLite + FAISS on the same corpus in the same run.

    .venv/bin/python bench/search_pg.py [--passages 100000] [--previous REV] [--out bench/results/search_pg.json]

Corpus: bench/search.py's (--passages synthetic sentence units around the demo site's real sentence vectors, with
token bits and company mentions), in SQLite with its FAISS index, then copied into a local PostgreSQL server (the
copy `aipulse copy-to-postgres` makes, statistics included) with pgvector's IVFFlat index built by `reindex`'s code.

Reports warm hybrid search, each store searched by a process of its own, rounds alternating, each round every query
twice under each filter (none, one source of seven, half the dates, a company, a company and a stance, a rare
company); the median of each side's round medians. Postgres against SQLite (their ratio), and how many queries give
the same hits on both. With --previous, that revision's code (a temporary worktree) copies the corpus into a database
of its own, indexes it and searches it the same way, in the same rounds: this tree's Postgres search against it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aipulse.pgengine import LocalPostgres  # noqa: E402
from bench.revisions import short_name, worktree  # noqa: E402
from bench.search import QUERIES, build_corpus, same_share, warm_rounds  # noqa: E402

FILTERS: dict[str, dict[str, str]] = {
    "unfiltered": {}, "source": {"source": "site-3"}, "since": {"since": "2026-07-01"}, "entity": {"entity": "Meta"},
    "entity_stance": {"entity": "Meta", "stance": "skeptical"}, "rare_entity": {"entity": "Mistral"}}
URL_ENV = "AIPULSE_BENCH_PG_URL"

# in the tree given: the SQLite store copied into the Postgres database, then the vector index built as reindex does
COPY = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from aipulse.indexing import rebuild_index
from pipeline.config import load_config
from pipeline.store import Store
from pipeline.store_pg import PgStore
from pipeline.store_copy import copy_store
started = time.perf_counter()
with Store(sys.argv[2]) as source, PgStore(sys.argv[3]) as target:
    copy_store(source, target)
copied = time.perf_counter() - started
config = load_config(Path(sys.argv[4]))
with PgStore(sys.argv[3]) as store:
    rebuild_index(config, store)
print(json.dumps({"copy_s": round(copied, 1), "index_s": round(time.perf_counter() - started - copied, 1)}))
"""

def postgres_config(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.toml"
    path.write_text(f'[storage]\ndata_dir = "."\nbackend = "postgres"\nurl_env = "{URL_ENV}"\n')
    return path


def copied(tree: Path, sqlite_db: Path, url: str, config: Path) -> dict[str, float]:
    """The corpus copied into `url` and indexed by the code in `tree`; the seconds each took."""
    done = subprocess.run([sys.executable, "-c", COPY, str(tree), str(sqlite_db), url, str(config)], cwd=tree,
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(tree)})
    if done.returncode:
        raise SystemExit(f"copying into Postgres at {tree} failed: {done.stderr.strip().splitlines()[-1:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--previous", default="", help="Also time that git revision's Postgres search (e.g. HEAD~1).")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "search_pg.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        folder = Path(tmp)
        lite = folder / "sqlite"
        lite.mkdir()
        started = time.perf_counter()
        lite_config = build_corpus(lite, args.passages)
        from aipulse.indexing import rebuild_index
        from pipeline.config import load_config
        from pipeline.store import Store

        with Store(lite / "aipulse.db") as store:
            rebuild_index(load_config(lite_config), store)
        print(f"corpus: {args.passages} units in {time.perf_counter() - started:.0f} s", flush=True)
        server = stack.enter_context(LocalPostgres(folder / "pgdata"))
        sides: dict[str, tuple[Path, Path, dict[str, str]]] = {"sqlite": (ROOT, lite_config, {})}
        trees = {"postgres": ROOT}
        if args.previous:
            trees["postgres_previous"] = stack.enter_context(worktree(args.previous))
        setup = {}
        for name, tree in trees.items():
            server.create_database(name)
            url = server.url(name)
            config = postgres_config(folder / name)
            setup[name] = copied(tree, lite / "aipulse.db", url, config)
            print(f"{name}: copied in {setup[name]['copy_s']} s, indexed in {setup[name]['index_s']} s", flush=True)
            sides[name] = (tree, config, {URL_ENV: url})
        medians, scored = warm_rounds(sides, FILTERS, args.rounds, repeat=2)
    warm = {name: {kind: round(statistics.median(values), 1) for kind, values in kinds.items()}
            for name, kinds in medians.items()}
    # the units found, not their scores, which differ between the two engines' keyword rankings
    hits = {name: {kind: [[unit for unit, _ in found] for found in queries] for kind, queries in kinds.items()}
            for name, kinds in scored.items()}
    results: dict[str, Any] = {
        "passages": args.passages, "rounds": args.rounds, "queries": len(QUERIES), "setup_s": setup,
        "warm_hybrid_p50_ms": warm,
        "postgres_vs_sqlite": {kind: round(warm["postgres"][kind] / warm["sqlite"][kind], 2) for kind in FILTERS},
        "same_hits_as_sqlite_share": {kind: same_share(hits["postgres"][kind], hits["sqlite"][kind]) for kind in FILTERS},
    }
    if args.previous:
        results["previous"] = {
            "revision": short_name(args.previous),
            "ratio": {kind: round(warm["postgres"][kind] / warm["postgres_previous"][kind], 3) for kind in FILTERS},
            "same_hits_share": {kind: same_share(hits["postgres"][kind], hits["postgres_previous"][kind])
                                for kind in FILTERS}}
    for kind in FILTERS:
        line = (f"{kind:>14}: Postgres {warm['postgres'][kind]:6.1f} ms, SQLite {warm['sqlite'][kind]:6.1f} ms "
                f"({results['postgres_vs_sqlite'][kind]}x)")
        if args.previous:
            line += (f"; {results['previous']['revision']} on Postgres {warm['postgres_previous'][kind]:6.1f} ms "
                     f"({results['previous']['ratio'][kind]}x, same hits {results['previous']['same_hits_share'][kind]})")
        print(line, flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
