"""How the vector index's cost grows: build time, memory, latency and recall@10 at 100k, 1M and 10M units.

    .venv/bin/python bench/search_scale.py [--sizes 100000,1000000,10000000] [--queries 200]

Vectors: the demo site's sentences embedded with the real model, then synthetic units between them (a random mix
of two real sentence vectors plus Gaussian noise, renormalised), so the corpus keeps the model's geometry without
embedding ten million texts (synthetic for scale). They are made batch by batch from a seed per batch, so no size
is ever held whole: ten million vectors are 15 GB. Queries are fresh points of the same process.

For each size: aipulse's VectorIndex (exact below 50k, IVF-SQ8 above) built from scratch the way `aipulse reindex`
builds it (VectorIndex.build, which reads the batches twice; `build_s` includes making the synthetic vectors twice,
and `making_vectors_once_s` says what once costs, as reading them from SQLite would); its file size; the resident
memory and time of a new process that loads it in full (as an ingest does) and of one that maps it (as a search
does), each after one query; the median single-query latency; recall@10 against exact search; at the largest size
also a sweep of nprobe. Baseline in the same run: exact (flat) search over the same vectors, streamed batch by
batch. Writes bench/results/search_scale.json.
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
from collections.abc import Iterator
from pathlib import Path

import faiss
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aipulse.demo.site import load_articles  # noqa: E402
from index import vectors as vector_module  # noqa: E402
from index.encoder import encode  # noqa: E402
from index.vectors import VectorIndex  # noqa: E402
from pipeline.sentences import split_sentences  # noqa: E402

RSS_PROBE = """
import sys, time
sys.path.insert(0, {root!r})
from index.vectors import VectorIndex
before = int(open('/proc/self/statm').read().split()[1]) * 4096
started = time.perf_counter()
index = VectorIndex.load(__import__('pathlib').Path({path!r}), mapped={mapped!r})
index.search(__import__('numpy').ones((1, index.dim), 'float32') / index.dim ** 0.5, 10)
loaded = time.perf_counter() - started
after = int(open('/proc/self/statm').read().split()[1]) * 4096
print(after - before, loaded)
"""


BATCH = 100_000


def synthetic(real: np.ndarray, count: int, seed: int, noise: float = 0.03) -> np.ndarray:
    rng = np.random.default_rng(seed)
    a, b = real[rng.integers(0, len(real), count)], real[rng.integers(0, len(real), count)]
    weight = rng.random((count, 1), dtype=np.float32)
    mixed = weight * a + (1 - weight) * b + rng.normal(0, noise, (count, real.shape[1])).astype(np.float32)
    return mixed / np.linalg.norm(mixed, axis=1, keepdims=True)


def batches(real: np.ndarray, size: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The first `size` units of one corpus, (ids from 1, vectors), a batch at a time; the same every time."""
    for begin in range(0, size, BATCH):
        n = min(BATCH, size - begin)
        yield np.arange(begin + 1, begin + n + 1, dtype=np.int64), synthetic(real, BATCH, seed=1000 + begin // BATCH)[:n]


def exact_top(real: np.ndarray, size: int, queries: np.ndarray, k: int = 10) -> tuple[np.ndarray, float]:
    """The true top k ids of each query over the first `size` units, and the median ms of one exact query (over
    the vectors a batch at a time, as a flat index of them all would scan them)."""
    best_scores = np.full((len(queries), k), -np.inf, dtype=np.float32)
    best_ids = np.zeros((len(queries), k), dtype=np.int64)
    spent = np.zeros(50)
    for ids, vectors in batches(real, size):
        flat = faiss.IndexFlatIP(vectors.shape[1])
        flat.add(vectors)
        for row, query in enumerate(queries[:50]):
            started = time.perf_counter()
            flat.search(query[None], k)
            spent[row] += time.perf_counter() - started
        scores, found = flat.search(queries, k)
        scores = np.concatenate([best_scores, scores], axis=1)
        candidates = np.concatenate([best_ids, ids[found]], axis=1)
        order = np.argsort(-scores, axis=1)[:, :k]
        best_scores = np.take_along_axis(scores, order, axis=1)
        best_ids = np.take_along_axis(candidates, order, axis=1)
    return best_ids, float(np.median(spent)) * 1000


def loaded(path: Path, mapped: bool) -> tuple[int, float]:
    """Resident bytes and seconds of a new process that loads the index (mapped or in full) and searches once."""
    rss, seconds = subprocess.run(
        [sys.executable, "-c", RSS_PROBE.format(root=str(ROOT), path=str(path), mapped=mapped)],
        capture_output=True, text=True, check=True).stdout.split()
    return int(rss), float(seconds)


def measure(index: VectorIndex, queries: np.ndarray, truth: np.ndarray, k: int = 10) -> tuple[float, float]:
    times, hits = [], 0
    for row, query in enumerate(queries):
        started = time.perf_counter()
        _, ids = index.search(query[None], k)
        times.append(time.perf_counter() - started)
        hits += len(set(ids[0].tolist()) & set(truth[row].tolist()))
    return statistics.median(times) * 1000, hits / (len(queries) * k)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000,10000000")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "search_scale.json")
    args = parser.parse_args()
    faiss.omp_set_num_threads(2)
    sentences = [s.text for a in load_articles() for sec in a["sections"] for p in sec["paragraphs"]
                 for s in split_sentences(p)]
    real = encode(sentences)
    print(f"{len(sentences)} real sentence vectors", flush=True)
    sizes = [int(size) for size in args.sizes.split(",")]
    queries = synthetic(real, args.queries, seed=2)
    results: dict[str, object] = {"queries": args.queries, "real_vectors": len(sentences), "cores": os.cpu_count(),
                                  "by_size": {}}
    folder = Path(tempfile.mkdtemp(prefix="aipulse-bench-"))
    for size in sizes:
        truth, exact_ms = exact_top(real, size, queries)
        started = time.perf_counter()
        synthetic(real, BATCH, seed=0)
        pass_s = (time.perf_counter() - started) * size / BATCH  # making the vectors once: the build makes them twice
        started = time.perf_counter()
        index = VectorIndex.build(lambda size=size: batches(real, size), real.shape[1], "bench", count=size)
        build_s = time.perf_counter() - started
        path = folder / f"v{size}.faiss"
        index.save(path)
        full_rss, full_s = loaded(path, mapped=False)
        mapped_rss, mapped_s = loaded(path, mapped=True)
        p50, recall = measure(index, queries, truth)
        row = {"kind": "IVF-SQ8" if index.approximate else "exact", "build_s": round(build_s, 1),
               "file_mb": round(path.stat().st_size / 1e6, 1), "load_rss_mb": round(full_rss / 1e6, 1),
               "load_s": round(full_s, 3), "mapped_rss_mb": round(mapped_rss / 1e6, 1), "mapped_load_s": round(mapped_s, 3),
               "p50_ms": round(p50, 3), "recall_at_10": round(recall, 4), "exact_p50_ms": round(exact_ms, 2),
               "raw_vectors_mb": round(size * real.shape[1] * 4 / 1e6, 1),
               "making_vectors_once_s": round(pass_s, 1)}
        if index.approximate:
            ivf = faiss.extract_index_ivf(index.index)
            row["lists"], row["nprobe"] = int(ivf.nlist), int(vector_module.NPROBE)
        results["by_size"][str(size)] = row  # type: ignore[index]
        print(f"{size:>10,}: {row}", flush=True)
        if size == max(sizes) and index.approximate:
            sweep = {}
            default = vector_module.NPROBE
            for nprobe in (8, 16, 24, 32, 48, 64, 96):
                vector_module.NPROBE = nprobe
                faiss.extract_index_ivf(index.index).nprobe = nprobe
                sweep[str(nprobe)] = dict(zip(("p50_ms", "recall_at_10"),
                                              (round(v, 4) for v in measure(index, queries, truth)), strict=True))
                print(f"   nprobe {nprobe:>3}: {sweep[str(nprobe)]}", flush=True)
            vector_module.NPROBE = default
            results["nprobe_sweep"] = sweep
        del index
        path.unlink()
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
