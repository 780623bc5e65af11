"""GPU embedding throughput: aipulse's encoder against `SentenceTransformer.encode` on the same card, same run.

    python bench/gpu_embed.py MODEL_DIR [--sentences 400000] [--passages 40000]

Needs a CUDA machine with torch, transformers, tokenizers, numpy, safetensors and sentence-transformers
only: it imports aipulse's encoder (index/encoder.py, index/pipelined.py), which needs nothing else.
MODEL_DIR is a sentence-transformers folder; `scripts/export_fp16_model.py OUT` writes an fp16 copy of
the packaged all-MiniLM-L6-v2 (45 MB) to carry there.

Texts: news-like sentences of about 25 tokens, each the start of one demo-site sentence joined to the end
of another (synthetic, seeded; the demo articles travel with the repository), and five-sentence passages
of them. Baselines in the same run: `encode` defaults (fp32, batch 32), fp32 batch 512, fp16 batch 1024;
the best of them is the bar (the target is >= 7x it and >= 100,000 sentences/s). Quality: the minimum
cosine of our vectors to fp32 ones (sentence-transformers fp32) on a sample. Writes bench/results/gpu.json.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import tomllib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.encoder import TorchEncoder  # noqa: E402
from index.pipelined import PipelinedEncoder  # noqa: E402


def demo_sentences() -> list[str]:
    """The demo site's sentences (aipulse/demo/articles/*.toml, written for this project): real news vocabulary."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.extend(part for part in re.split(r"(?<=[.!?])\s+", value) if len(part.split()) >= 8)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in sorted((ROOT / "aipulse" / "demo" / "articles").glob("*.toml")):
        walk(tomllib.loads(path.read_text()))
    return found


def sentences(count: int, seed: int = 7) -> list[str]:
    """News-like sentences of about 25 tokens: the start of one demo sentence joined to the end of another,
    so nearly every sentence is new while the vocabulary stays that of real reporting."""
    rng = random.Random(seed)
    pool = [sentence.split() for sentence in demo_sentences()]
    out = []
    for _ in range(count):
        first, second = rng.choice(pool), rng.choice(pool)
        out.append(" ".join(first[:rng.randint(6, 12)] + second[-rng.randint(7, 12):]))
    return out


def rate(fn, texts: list[str]) -> tuple[np.ndarray, float]:  # type: ignore[no-untyped-def]
    import torch

    fn(texts[:2048])  # warm-up: kernels, allocator
    torch.cuda.synchronize()
    started = time.perf_counter()
    vectors = fn(texts)
    torch.cuda.synchronize()
    return np.asarray(vectors, dtype=np.float32), len(texts) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--sentences", type=int, default=400_000)
    parser.add_argument("--baseline-sentences", type=int, default=100_000)
    parser.add_argument("--passages", type=int, default=40_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "gpu.json")
    args = parser.parse_args()
    import torch
    from sentence_transformers import SentenceTransformer

    if not torch.cuda.is_available():
        sys.exit("error: no CUDA device; this benchmark measures the GPU path")
    device = torch.cuda.get_device_name(0)
    texts = sentences(args.sentences)
    base = texts[:args.baseline_sentences]
    chunks = sentences(args.passages * 5, seed=8)
    passages = [" ".join(chunks[i:i + 5]) for i in range(0, len(chunks), 5)]

    st = SentenceTransformer(str(args.model), device="cuda")
    st.float()
    reference, st_default = rate(lambda t: st.encode(t, normalize_embeddings=True), base)
    print(f"{device}: sentence-transformers encode defaults (fp32, batch 32): {st_default:,.0f} sentences/s")
    _, st_512 = rate(lambda t: st.encode(t, batch_size=512, normalize_embeddings=True), base)
    print(f"  encode fp32 batch 512: {st_512:,.0f} sentences/s")
    passage_reference = st.encode(passages[:5000], batch_size=128, normalize_embeddings=True)
    st.half()
    _, st_fp16 = rate(lambda t: st.encode(t, batch_size=1024, normalize_embeddings=True), base)
    print(f"  encode fp16 batch 1024: {st_fp16:,.0f} sentences/s")
    st_best = max(st_default, st_512, st_fp16)
    st.to("cpu")  # the card to ourselves
    torch.cuda.empty_cache()

    encoder = TorchEncoder(args.model, "bench", "cuda", "auto")  # fp16, the pipelined path as ingest uses it
    default = encoder.pipelined
    assert default is not None
    threads = PipelinedEncoder(encoder.model, encoder.tokenizer, encoder.max_tokens, encoder.pooling,
                               encoder.normalize)  # tokenisation in this process (the tokenizer's own threads)
    started = time.perf_counter()
    threads.tokenize(texts[:200_000])
    tokenize_threads = 200_000 / (time.perf_counter() - started)
    tokenize_workers = None
    if default.workers is not None:
        started = time.perf_counter()
        default.workers.packed(texts[:200_000])
        tokenize_workers = 200_000 / (time.perf_counter() - started)
    print(f"tokenising alone: {tokenize_threads:,.0f} sentences/s in-process"
          + (f", {tokenize_workers:,.0f} in {len(default.workers.processes)} worker processes" if default.workers else ""))
    ours, ours_rate = rate(encoder.encode, texts)
    _, threads_rate = rate(threads.encode, texts)
    sample = ours[:len(reference)]
    cosine_min = float((sample * reference).sum(1).min())
    ours_passages, passage_rate = rate(encoder.encode, passages)
    passage_cosine_min = float((ours_passages[:5000] * passage_reference).sum(1).min())
    report = {
        "device": device, "sentences_per_s": round(ours_rate), "passages_per_s": round(passage_rate),
        "st_default_sentences_per_s": round(st_default), "st_best_sentences_per_s": round(st_best),
        "ratio_vs_st_best": round(ours_rate / st_best, 2), "cosine_min_vs_fp32": round(min(cosine_min, passage_cosine_min), 5),
        "cosine_min_sentences": round(cosine_min, 5), "cosine_min_passages": round(passage_cosine_min, 5),
        "st_fp32_batch512_sentences_per_s": round(st_512), "st_fp16_batch1024_sentences_per_s": round(st_fp16),
        "tokenize_workers": len(default.workers.processes) if default.workers else 0,
        "in_process_tokenizing_sentences_per_s": round(threads_rate),
        "tokenize_only_in_process_per_s": round(tokenize_threads),
        "tokenize_only_workers_per_s": round(tokenize_workers) if tokenize_workers else None,
        "sentences": len(texts), "passages": len(passages), "precision": encoder.precision,
        "torch": torch.__version__,
    }
    print(f"aipulse encoder ({encoder.precision}, pipelined, {report['tokenize_workers']} tokenising workers): "
          f"{ours_rate:,.0f} sentences/s = {ours_rate / st_best:.1f}x the best encode configuration; "
          f"in-process tokenising {threads_rate:,.0f}/s; {passage_rate:,.0f} five-sentence passages/s; "
          f"cosine to fp32 >= {cosine_min:.5f} (sentences), {passage_cosine_min:.5f} (passages)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
