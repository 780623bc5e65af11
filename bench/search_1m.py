"""The vector index at scale: build time, memory, latency and recall@10 from 10k to 1M passages.

    .venv/bin/python bench/search_1m.py [--sizes 10000,100000,1000000] [--queries 200]

Vectors: the demo site's sentences embedded with the real model, then synthetic passages between
them (a random mix of two real sentence vectors plus Gaussian noise, renormalised), so the corpus
keeps the model's geometry without embedding a million texts (synthetic for scale). Queries are
fresh points of the same process. For each size: aipulse's VectorIndex (exact below 50k, IVF-SQ8
above) built from scratch, its file size and the resident memory of a process that loads it, the
median single-query latency, and recall@10 against exact search; at the largest size also a sweep
of nprobe. Baseline in the same run: exact (flat) search over the same vectors.
Writes bench/results/search_1m.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
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
index = VectorIndex.load(__import__('pathlib').Path({path!r}))
loaded = time.perf_counter() - started
after = int(open('/proc/self/statm').read().split()[1]) * 4096
print(after - before, loaded)
"""


def synthetic(real: np.ndarray, count: int, seed: int, noise: float = 0.03) -> np.ndarray:
    rng = np.random.default_rng(seed)
    out = np.empty((count, real.shape[1]), dtype=np.float32)
    for begin in range(0, count, 100_000):
        n = min(100_000, count - begin)
        a, b = real[rng.integers(0, len(real), n)], real[rng.integers(0, len(real), n)]
        weight = rng.random((n, 1), dtype=np.float32)
        mixed = weight * a + (1 - weight) * b + rng.normal(0, noise, (n, real.shape[1])).astype(np.float32)
        out[begin:begin + n] = mixed / np.linalg.norm(mixed, axis=1, keepdims=True)
    return out


def exact_top(corpus: np.ndarray, queries: np.ndarray, k: int = 10) -> tuple[np.ndarray, float]:
    flat = faiss.IndexFlatIP(corpus.shape[1])
    flat.add(corpus)
    times = []
    for query in queries[:50]:
        started = time.perf_counter()
        flat.search(query[None], k)
        times.append(time.perf_counter() - started)
    _, top = flat.search(queries, k)
    return top, statistics.median(times) * 1000


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
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    faiss.omp_set_num_threads(2)
    sentences = [s.text for a in load_articles() for sec in a["sections"] for p in sec["paragraphs"]
                 for s in split_sentences(p)]
    real = encode(sentences)
    print(f"{len(sentences)} real sentence vectors")
    sizes = [int(size) for size in args.sizes.split(",")]
    corpus_all = synthetic(real, max(sizes), seed=1)
    queries = synthetic(real, args.queries, seed=2)
    results: dict[str, object] = {"queries": args.queries, "real_vectors": len(sentences), "by_size": {}}
    folder = Path(tempfile.mkdtemp(prefix="aipulse-bench-"))
    for size in sizes:
        corpus = corpus_all[:size]
        truth, exact_ms = exact_top(corpus, queries)
        ids = np.arange(1, size + 1, dtype=np.int64)
        started = time.perf_counter()
        index = VectorIndex.build(((ids[b:b + 50_000], corpus[b:b + 50_000]) for b in range(0, size, 50_000)),
                                  corpus.shape[1], "bench", count=size)
        build_s = time.perf_counter() - started
        path = folder / f"v{size}.faiss"
        index.save(path)
        rss, load_s = subprocess.run([sys.executable, "-c", RSS_PROBE.format(root=str(ROOT), path=str(path))],
                                     capture_output=True, text=True, check=True).stdout.split()
        truth_ids = truth + 1
        p50, recall = measure(index, queries, truth_ids)
        row = {"kind": "IVF-SQ8" if index.approximate else "exact", "build_s": round(build_s, 1),
               "file_mb": round(path.stat().st_size / 1e6, 1), "load_rss_mb": round(int(rss) / 1e6, 1),
               "load_s": round(float(load_s), 3), "p50_ms": round(p50, 3), "recall_at_10": round(recall, 4),
               "exact_p50_ms": round(exact_ms, 2)}
        if index.approximate:
            ivf = faiss.extract_index_ivf(index.index)
            row["lists"], row["nprobe"] = int(ivf.nlist), int(vector_module.NPROBE)
        results["by_size"][str(size)] = row  # type: ignore[index]
        print(f"{size:>9,}: {row}")
        if size == max(sizes) and index.approximate:
            sweep = {}
            default = vector_module.NPROBE
            for nprobe in (8, 16, 24, 32, 48, 64, 96):
                vector_module.NPROBE = nprobe
                faiss.extract_index_ivf(index.index).nprobe = nprobe
                sweep[str(nprobe)] = dict(zip(("p50_ms", "recall_at_10"),
                                              (round(v, 4) for v in measure(index, queries, truth_ids)), strict=True))
                print(f"   nprobe {nprobe:>3}: {sweep[str(nprobe)]}")
            vector_module.NPROBE = default
            results["nprobe_sweep"] = sweep
    out = ROOT / "bench" / "results" / "search_1m.json"
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
