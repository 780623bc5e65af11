"""Search speed and quality over a large corpus, next to the naive path measured in the same run.

    .venv/bin/python bench/search.py [--passages 100000] [--out bench/results/search.json] [--model FOLDER]
                                     [--previous REV]

(`--passages 1600000 --out bench/results/search_1600k.json`: about what 100,000 articles of 800 words make now
that every sentence is a search unit. `--model FOLDER --passages 20000 --out bench/results/search_mpnet.json`: the same
with another sentence model, all-mpnet-base-v2 from scripts/assemble_mpnet.py, whose queries the numpy encoder runs.)

Corpus: the demo site's sentences embedded with the real model, then --passages synthetic sentence units
around them (each a real sentence's vector plus noise, renormalised, and its token bits; text = that sentence
plus a tag), stored in a real SQLite file and FAISS index. Synthetic for scale; the vectors keep the real
model's geometry, so exact-vs-approximate recall is meaningful.

Reports: cold `aipulse search` (a new process each time) against the naive path (a new process that
imports sentence-transformers, loads the model, encodes the query and searches the same index) and
against importing sentence-transformers alone; warm query latency in one process (hybrid, and each of its sides
alone: hybrid runs the two at once; five rounds, each variant in turn); the query vector's
cosine between the CLI's numpy encoder and sentence-transformers; exact search latency per size and
recall@10 of the approximate (IVF) index against exact search. Writes bench/results/search.json.

With --previous, warm hybrid search of that git revision (a temporary worktree) against this tree's, each in a
process of its own over the same store (that revision over a copy without the indexes its migrations do not make),
their rounds alternating, without a filter and with a source and a date
filter, and whether both give the same hits (and for how many of the queries). Warm hybrid with a company filter
(--entity, and with --stance; the units' company mentions are synthetic too) is timed on this tree alone, beside hybrid
without one and beside the same searches made with the filters themselves (aipulse.search.DEEPER = 0: every unit that
passes chosen first, the keyword query joined with the filters), with the share of queries whose hits are the same.
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
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aipulse.search as searching  # noqa: E402
from aipulse.demo.site import load_articles  # noqa: E402
from aipulse.indexing import rebuild_index  # noqa: E402
from aipulse.search import DEEPER, RERANK_DEPTH, Query, search  # noqa: E402
from bench.revisions import short_name, store_for, worktree  # noqa: E402
from index.encoder import encode, model_version, query_encoder  # noqa: E402
from index.minilm import DEFAULT_MODEL, model_path  # noqa: E402
from index.vectors import APPROX_FROM, VectorIndex  # noqa: E402
from pipeline.config import load_config  # noqa: E402
from pipeline.sentences import split_sentences  # noqa: E402
from pipeline.store import Store  # noqa: E402
from pipeline.store_search import Filters  # noqa: E402

QUERIES = [
    "Llama is falling behind its rivals", "Anthropic wins enterprise customers", "chip supply shortage",
    "regulators fine Meta over training data", "cloud revenue growth slows", "OpenAI burns cash",
    "Gemini integrated into Android", "open-weight models for developers", "AI capital spending",
    "Copilot adoption in offices", "custom training chips", "privacy complaints about chatbots",
]

NAIVE = """
import sys, time, json
started = time.perf_counter()
from sentence_transformers import SentenceTransformer
import faiss
model = SentenceTransformer(sys.argv[1], device="cpu")
vector = model.encode([sys.argv[3]], normalize_embeddings=True)
index = faiss.read_index(sys.argv[2])
index.search(vector, 10)
print(time.perf_counter() - started)
"""


# warm hybrid search in --previous's comparison: without a filter, and with two filters (of the 7 sources, one;
# half the dates) that let through about 14% and 50% of the units. Company filters are timed on this tree alone:
# before commit 9a82f6f choosing the units for --entity over this corpus took 80 s
FILTERS = {"unfiltered": {}, "source": {"source": "site-3"}, "since": {"since": "2026-07-01"}}
COMPANY_FILTERS = {"entity": Filters(entity="Meta"), "entity_stance": Filters(entity="Meta", stance="skeptical"),
                   "rare_entity": Filters(entity="Mistral")}  # Mistral: one article in 200 (build_corpus)

# in the tree given (argv 1), over the store its config names (SQLite or Postgres): each query's hits (passage id, score)
# under each filter, then, for each line read on stdin (a round), the median seconds of every query searched `repeat`
# (argv 5) times under each filter
WARM_WORKER = """
import json, statistics, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from aipulse.search import Query, search
from pipeline.config import load_config
from pipeline.stores import open_store
from pipeline.store_search import Filters
config = load_config(Path(sys.argv[2]))
store = open_store(config)
queries = json.loads(sys.argv[3])
filters = {name: Filters(**given) for name, given in json.loads(sys.argv[4]).items()}
repeat = int(sys.argv[5])
print(json.dumps({name: [[(hit["passage_id"], hit["score"]) for hit in search(config, store, Query(query, filters=chosen))]
                         for query in queries] for name, chosen in filters.items()}), flush=True)
for _ in sys.stdin:
    medians = {}
    for name, chosen in filters.items():
        timings = []
        for query in queries * repeat:
            started = time.perf_counter()
            search(config, store, Query(query, filters=chosen))
            timings.append(time.perf_counter() - started)
        medians[name] = statistics.median(timings)
    print(json.dumps(medians), flush=True)
"""


def warm_rounds(sides: dict[str, tuple[Path, Path, dict[str, str]]], filters: dict[str, dict[str, str]], rounds: int,
                repeat: int) -> tuple[dict[str, dict[str, list[float]]], dict[str, Any]]:
    """Warm hybrid search by each side (its tree, config and extra environment) in a process of its own, the sides'
    rounds alternating in turn (the others wait meanwhile): {side: {filter: each round's median in ms}} and
    {side: {filter: each query's hits as (passage id, score)}}."""
    workers: dict[str, subprocess.Popen[str]] = {}
    try:
        for name, (root, config, env) in sides.items():
            workers[name] = subprocess.Popen([sys.executable, "-c", WARM_WORKER, str(root), str(config),
                                              json.dumps(QUERIES), json.dumps(filters), str(repeat)],
                                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=root,
                                             env={**os.environ, **env, "PYTHONPATH": str(root)})
        hits = {name: json.loads(worker.stdout.readline()) for name, worker in workers.items()}  # type: ignore[union-attr]
        medians: dict[str, dict[str, list[float]]] = {name: {kind: [] for kind in filters} for name in workers}
        order = list(workers)
        for turn in range(rounds):
            for name in order if turn % 2 == 0 else order[::-1]:
                workers[name].stdin.write("\n")  # type: ignore[union-attr]
                workers[name].stdin.flush()  # type: ignore[union-attr]
                for kind, seconds in json.loads(workers[name].stdout.readline()).items():  # type: ignore[union-attr]
                    medians[name][kind].append(round(1000 * float(seconds), 2))
        for worker in workers.values():
            worker.stdin.close()  # type: ignore[union-attr]
            worker.wait()
    finally:
        for worker in workers.values():  # one that failed to start or answer: not left behind
            if worker.poll() is None:
                worker.kill()
    return medians, hits


def compare_warm(revision: str, config_path: Path, rounds: int = 6) -> dict[str, object]:
    """Warm hybrid search at `revision` against this tree: each in a process of its own over the same store (the
    revision over a copy without this tree's new indexes: bench.revisions.store_for; the other waits meanwhile),
    rounds alternating, the median of each side's round medians, without a filter and with each of FILTERS (every
    query four times a round); and whether every query gives both the same hits and scores under each."""
    with worktree(revision) as tree, store_for(tree, config_path.parent) as copy:
        medians, hits = warm_rounds({"this": (ROOT, config_path, {}), "previous": (tree, copy / config_path.name, {})},
                                    FILTERS, rounds, repeat=4)
    warm = {name: {kind: round(statistics.median(values), 2) for kind, values in kinds.items()}
            for name, kinds in medians.items()}
    filtered = {kind: {"this_warm_p50_ms": warm["this"][kind], "warm_p50_ms": warm["previous"][kind],
                       "ratio": round(warm["this"][kind] / warm["previous"][kind], 3),
                       "same_hits": hits["this"][kind] == hits["previous"][kind],
                       "same_hits_share": same_share(hits["this"][kind], hits["previous"][kind])}
                for kind in FILTERS if kind != "unfiltered"}
    return {"revision": short_name(revision), "warm_p50_ms": warm["previous"]["unfiltered"],
            "this_warm_p50_ms": warm["this"]["unfiltered"], "ratio": round(warm["this"]["unfiltered"] /
                                                                          warm["previous"]["unfiltered"], 3),
            "rounds_ms": {name: kinds["unfiltered"] for name, kinds in medians.items()},
            "same_hits": hits["this"]["unfiltered"] == hits["previous"]["unfiltered"], "filtered": filtered}


def same_share(these: list[Any], those: list[Any]) -> float:
    """The share of QUERIES whose hits are the same both ways (one entry a query, in QUERIES' order)."""
    return round(sum(a == b for a, b in zip(these, those, strict=True)) / len(QUERIES), 3)


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def build_corpus(folder: Path, count: int, model: str = DEFAULT_MODEL) -> Path:
    sentences = [s.text for a in load_articles() for sec in a["sections"] for p in sec["paragraphs"]
                 for s in split_sentences(p)]
    bits: list[bytes] = [b""] * len(sentences)  # each sentence's token bits, for late interaction
    real = encode(sentences, model, tokens=bits)
    rng = np.random.default_rng(0)
    config_path = folder / "config.toml"
    config_path.write_text('[storage]\ndata_dir = "."\n' + (f'\n[model]\nname = "{model}"\n' if model != DEFAULT_MODEL else ""))
    store = Store(folder / "aipulse.db")
    articles = max(1, count // 20)
    store.db.table("articles").insert_all(
        ({"id": i + 1, "url": f"https://example.com/a/{i}", "source": f"site-{i % 7}", "title": f"Article {i}",
          "published": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}", "story_id": i + 1,
          "text": " ".join(f"Synthetic sentence {n}." for n in range(count // articles + 1)),
          "stance_version": "bench", "embed_version": "bench"} for i in range(articles)), pk="id")
    version = query_encoder(model).version

    def rows():
        for i in range(count):
            j = int(rng.integers(len(sentences)))
            vector = real[j] + rng.normal(scale=0.035, size=real.shape[1]).astype(np.float32)
            vector /= np.linalg.norm(vector)
            # sentence units with their token bits, so a search pays for late interaction as on a real store
            yield {"id": i + 1, "article_id": 1 + i % articles, "kind": "sentence", "first": i // articles,
                   "last": i // articles, "start": 0, "end": 0, "text": f"{sentences[j]} [{i}]",
                   "vector": vector.astype(np.float32).tobytes(), "encoder": version, "tokens": bits[j] or None}

    store.db.table("passages").insert_all(rows(), pk="id", batch_size=5000)

    def mentions():  # about 0.8 a unit, as on the ingest benchmark's site; Meta's a third of them, stances mixed
        picks, rare = np.random.default_rng(2), np.random.default_rng(3)
        companies = ["Meta", "Meta", "OpenAI", "Google", "Microsoft", "Amazon"]
        scores = {"skeptical": -0.6, "neutral": 0.0, "optimistic": 0.6}
        for i in range(count):
            for n in range(int(picks.integers(0, 3)) if picks.random() < 0.8 else 0):
                label = ("skeptical", "neutral", "optimistic")[int(picks.integers(3))]
                yield {"article_id": 1 + i % articles, "sentence_index": i // articles, "entity": companies[(i + n) % 6],
                       "label": label, "score": scores[label], "model_version": "bench"}
            # and a rare company: one article in 200, a few of its sentences
            if (1 + i % articles) % 200 == 0 and rare.random() < 0.2:
                yield {"article_id": 1 + i % articles, "sentence_index": i // articles, "entity": "Mistral",
                       "label": "neutral", "score": 0.0, "model_version": "bench"}

    store.db.table("mentions").insert_all(mentions(), batch_size=5000)
    store.close()
    return config_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "search.json")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--model", default=DEFAULT_MODEL, help="Another sentence model (a folder) for search.")
    parser.add_argument("--previous", default="", help="Also time warm hybrid search at this git revision (e.g. HEAD~1).")
    args = parser.parse_args()
    results: dict[str, object] = {"passages": args.passages, "model": model_version(args.model)}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        config_path = build_corpus(folder, args.passages, args.model)
        config = load_config(config_path)
        store = Store(config.db_path)
        started = time.perf_counter()
        index = rebuild_index(config, store)
        results["index_build_s"] = round(time.perf_counter() - started, 2)
        results["index_bytes"] = (folder / "vectors.faiss").stat().st_size
        results["index_kind"] = "IVF-SQ8" if index.approximate else "exact"
        print(f"corpus: {args.passages} passages; {results['index_kind']} index built in {results['index_build_s']} s",
              flush=True)

        cli = [str(Path(sys.executable).parent / "aipulse"), "--config", str(config_path), "search", QUERIES[0],
               "-k", "10", "--json"]
        median_seconds(cli, 1)  # the first run warms the page cache, as a user's second query would
        cold = median_seconds(cli, args.runs)
        naive = median_seconds([sys.executable, "-c", NAIVE, str(model_path(args.model)), str(folder / "vectors.faiss"),
                                QUERIES[0]], 3)
        import_only = median_seconds([sys.executable, "-c", "import sentence_transformers"], 3)
        results.update(cold_cli_p50_s=round(cold, 3), naive_cli_p50_s=round(naive, 3),
                       import_sentence_transformers_s=round(import_only, 3),
                       cold_vs_naive=round(cold / naive, 3), cold_vs_import=round(cold / import_only, 3))
        print(f"cold `aipulse search`: {cold:.2f} s median of {args.runs}; naive path {naive:.2f} s "
              f"({cold / naive:.2f}x); importing sentence-transformers alone {import_only:.2f} s "
              f"({cold / import_only:.2f}x)", flush=True)

        from sentence_transformers import SentenceTransformer

        full = SentenceTransformer(str(model_path(args.model)), device="cpu").encode(QUERIES, normalize_embeddings=True)
        light = query_encoder(args.model).encode(QUERIES)
        results["query_cosine_min"] = round(float((full * light).sum(1).min()), 5)
        print(f"query vectors, numpy encoder vs sentence-transformers: cosine min {results['query_cosine_min']}")

        for query in QUERIES[:2]:
            search(config, store, Query(query))  # warm: encoder and index loaded
        # five rounds, each timing every variant in turn (the order rotating): this machine's speed drifts by a third
        # within minutes, so each figure is the median of its rounds' medians, taken beside the others'
        kinds = [("semantic", "semantic", RERANK_DEPTH, Filters()), ("keyword", "keyword", 0, Filters()),
                 ("hybrid", "hybrid", RERANK_DEPTH, Filters()), ("hybrid_without_late", "hybrid", 0, Filters())]
        kinds += [(f"hybrid_{name}", "hybrid", RERANK_DEPTH, chosen) for name, chosen in COMPANY_FILTERS.items()]
        # the same company filters searched with the filters themselves (searching.DEEPER = 0: every unit that passes
        # chosen first, the keyword query joined with the filters, as every filtered search was made before commit
        # 0e2c2e5, though with this tree's indexes and its cap on common words): the baseline, same rounds, once through
        # the queries a round (a search took over a second at 1.6M units)
        kinds += [(f"hybrid_{name}_chosen_first", "hybrid", RERANK_DEPTH, chosen) for name, chosen in COMPANY_FILTERS.items()]
        rounds: dict[str, list[float]] = {name: [] for name, _, _, _ in kinds}
        hits: dict[str, list[list[int]]] = {}
        for turn in range(5):
            for name, mode, rerank, chosen in kinds[turn % len(kinds):] + kinds[:turn % len(kinds)]:
                first = name.endswith("_chosen_first")
                searching.DEEPER = 0 if first else DEEPER
                timings = []
                for query in QUERIES * (1 if first else 4):
                    started = time.perf_counter()
                    found = search(config, store, Query(query, mode=mode, filters=chosen), rerank=rerank)
                    timings.append(time.perf_counter() - started)
                    if turn == 0:
                        hits.setdefault(name, []).append([hit["passage_id"] for hit in found])
                rounds[name].append(statistics.median(timings))
        searching.DEEPER = DEEPER
        warm = {name: round(1000 * statistics.median(medians), 2) for name, medians in rounds.items()}
        results["warm_company_filters_p50_ms"] = {name: warm[f"hybrid_{name}"] for name in COMPANY_FILTERS}
        results["warm_company_filters_chosen_first_p50_ms"] = {name: warm[f"hybrid_{name}_chosen_first"]
                                                               for name in COMPANY_FILTERS}
        # the share of queries with the same hits both ways (hits: ids, the first round's first pass of the queries)
        results["company_filters_same_hits"] = {
            name: same_share(hits[f"hybrid_{name}"][:len(QUERIES)], hits[f"hybrid_{name}_chosen_first"])
            for name in COMPANY_FILTERS}
        print(f"warm hybrid with a company filter, ms median: --entity Meta {warm['hybrid_entity']}, with --stance "
              f"skeptical {warm['hybrid_entity_stance']}, --entity Mistral (one article in 200) "
              f"{warm['hybrid_rare_entity']}, against {warm['hybrid']} without (same rounds); searching with the "
              f"filters: {warm['hybrid_entity_chosen_first']}, {warm['hybrid_entity_stance_chosen_first']} and "
              f"{warm['hybrid_rare_entity_chosen_first']}; the same hits for {results['company_filters_same_hits']} of "
              f"the queries", flush=True)
        # hybrid runs its two sides at once; the sum of each side alone (each also fetching its hits' details, which
        # hybrid does once) bounds what it cost when it ran them one after the other
        results.update(warm_p50_ms=warm["hybrid"], warm_semantic_p50_ms=warm["semantic"],
                       warm_keyword_p50_ms=warm["keyword"], warm_hybrid_without_late_p50_ms=warm["hybrid_without_late"],
                       warm_hybrid_vs_sides=round(warm["hybrid"] / (warm["semantic"] + warm["keyword"]), 3))
        print(f"warm search, ms median: hybrid {warm['hybrid']}, semantic alone {warm['semantic']}, keyword alone "
              f"{warm['keyword']} ({results['warm_hybrid_vs_sides']}x their sum); hybrid without late interaction "
              f"{warm['hybrid_without_late']}", flush=True)
        if args.previous:
            before = results["previous"] = compare_warm(args.previous, config_path)
            print(f"warm hybrid, each revision in its own process: this tree {before['this_warm_p50_ms']} ms, "
                  f"{before['revision']} {before['warm_p50_ms']} ms ({before['ratio']}x); same hits: {before['same_hits']}",
                  flush=True)
            for kind, figures in before["filtered"].items():  # type: ignore[attr-defined]
                print(f"  with the {kind} filter: this tree {figures['this_warm_p50_ms']} ms, {before['revision']} "
                      f"{figures['warm_p50_ms']} ms ({figures['ratio']}x); same hits: {figures['same_hits']}", flush=True)

        vectors = np.concatenate([v for _, v in store.iter_vectors()])
        ids = np.arange(1, len(vectors) + 1, dtype=np.int64)
        queries = query_encoder(args.model).encode(QUERIES * 8) + np.random.default_rng(1).normal(
            scale=0.02, size=(len(QUERIES) * 8, vectors.shape[1])).astype(np.float32)
        queries /= np.linalg.norm(queries, axis=1, keepdims=True)
        exact_ms = {}
        for size in sorted({min(s, len(vectors)) for s in (10_000, 50_000, 100_000, len(vectors))}):
            flat = VectorIndex(vectors.shape[1])
            flat.add(ids[:size], vectors[:size])
            started = time.perf_counter()
            for row in queries:
                flat.search(row[None], 10)
            exact_ms[size] = round(1000 * (time.perf_counter() - started) / len(queries), 2)
        results["exact_ms_by_size"] = exact_ms
        print(f"exact search, ms per query by size: {exact_ms}")
        exact = VectorIndex(vectors.shape[1])
        exact.add(ids, vectors)
        _, truth = exact.search(queries, 10)
        approx = VectorIndex.build(lambda: [(ids, vectors)], vectors.shape[1], index.encoder,
                                  count=max(len(ids), APPROX_FROM))
        started = time.perf_counter()
        for row in queries:
            approx.search(row[None], 10)
        results["approx_ms"] = round(1000 * (time.perf_counter() - started) / len(queries), 2)
        _, found = approx.search(queries, 10)
        recall = float(np.mean([len(set(a) & set(b)) / 10 for a, b in zip(truth.tolist(), found.tolist(), strict=True)]))
        results["approx_recall_at_10"] = round(recall, 4)
        print(f"IVF-SQ8 at {len(vectors)}: recall@10 {recall:.3f} vs exact, {results['approx_ms']} ms per query")
        store.close()
    out = args.out
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
