"""CPU embedding options against `SentenceTransformer.encode` defaults, on the same texts in the same run.

    .venv/bin/python bench/embed_cpu.py [--texts 600]

Texts: the demo site's passages (five sentences, a new one every four) and sentences, as ingest cuts
them. Candidates: aipulse's torch encoder in fp32, with bf16 weights (what ingest uses on a CPU
with native bf16 arithmetic, `model.precision = "auto"`), and PyTorch dynamic int8 quantisation per channel
of every Linear layer, of the feed-forward layers only, and of the attention projections only.
For each: texts/s, the ratio to sentence-transformers' defaults, the
minimum and mean cosine of every vector to the fp32 one, and the recall@10 agreement of a retrieval
probe (every sentence as a query against the passages). Writes bench/results/embed_cpu.json.
The issue-6 bar is ≥ 3× with every cosine ≥ 0.99 and agreement ≥ 0.95.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aipulse.demo.site import load_articles  # noqa: E402
from index.encoder import TorchEncoder, native_bf16  # noqa: E402
from index.minilm import model_path  # noqa: E402
from pipeline.passages import passages  # noqa: E402
from pipeline.sentences import split_sentences  # noqa: E402


def corpus(limit: int) -> tuple[list[str], list[str]]:
    """Passages and sentences of the demo articles' body text (lead and sections)."""
    texts: list[str] = []
    sentences: list[str] = []
    for article in load_articles():
        body = "\n".join([article["lead"], *(p for section in article["sections"] for p in section["paragraphs"])])
        texts += [p.text for p in passages(body, set())]
        sentences += [s.text for s in split_sentences(body)]
    return texts[:limit], sentences[: limit // 2]


def timed(encode, texts: list[str]) -> tuple[np.ndarray, float]:  # type: ignore[no-untyped-def]
    encode(texts[:32])  # warm-up
    started = time.perf_counter()
    vectors = encode(texts)
    return vectors, len(texts) / (time.perf_counter() - started)


def recall_agreement(reference: tuple[np.ndarray, np.ndarray], candidate: tuple[np.ndarray, np.ndarray]) -> float:
    """Mean overlap of the top-10 passages per sentence query, candidate vs reference vectors."""
    (ref_docs, ref_queries), (docs, queries) = reference, candidate
    ref_top = np.argsort(-ref_queries @ ref_docs.T, axis=1)[:, :10]
    top = np.argsort(-queries @ docs.T, axis=1)[:, :10]
    return float(np.mean([len(set(a) & set(b)) / 10 for a, b in zip(ref_top, top, strict=True)]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=600)
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    torch.set_num_threads(2)
    texts, queries = corpus(args.texts)
    from sentence_transformers import SentenceTransformer

    st = SentenceTransformer(str(model_path()), device="cpu")
    st_docs, st_rate = timed(lambda t: st.encode(t, normalize_embeddings=True), texts)
    print(f"sentence-transformers encode, defaults: {st_rate:.1f} texts/s ({len(texts)} passages, "
          f"mean {np.mean([len(t) for t in texts]):.0f} chars)")
    encoder = TorchEncoder(model_path(), "bench", "cpu", precision="fp32")
    fp32 = encoder.model
    linear = [name for name, module in fp32.named_modules() if isinstance(module, torch.nn.Linear)]
    variants: dict[str, list[str] | str | None] = {
        "torch_fp32": None,
        "torch_bf16": "bf16",
        "int8_all_linear": linear,
        "int8_feed_forward": [n for n in linear if "intermediate.dense" in n or
                              (n.endswith("output.dense") and "attention" not in n)],
        "int8_attention_qkv": [n for n in linear if n.rsplit(".", 1)[-1] in ("query", "key", "value")],
    }
    results: dict[str, object] = {"texts": len(texts), "queries": len(queries), "st_texts_per_s": round(st_rate, 1),
                                  "native_bf16": native_bf16()}
    reference = None
    for name, layers in variants.items():
        if layers is None or layers == "bf16":
            if layers and not native_bf16():
                continue  # emulated bf16 is slower than fp32: not a candidate on this CPU
            encoder.model = copy.deepcopy(fp32).to(torch.bfloat16) if layers else fp32
            encoder.precision = "bf16" if layers else "fp32"
        else:
            from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

            encoder.precision = "fp32"
            encoder.model = quantize_dynamic(copy.deepcopy(fp32), {n: per_channel_dynamic_qconfig for n in layers},
                                             dtype=torch.qint8)
        docs, rate = timed(lambda t: encoder.encode(t, batch_size=32), texts)
        found = (docs, encoder.encode(queries, batch_size=32))
        if reference is None:
            reference = found
        cosine = (docs * reference[0]).sum(1)
        agreement = recall_agreement(reference, found)
        results[name] = {"texts_per_s": round(rate, 1), "ratio_vs_st": round(rate / st_rate, 2),
                         "cos_min": round(float(cosine.min()), 4), "cos_mean": round(float(cosine.mean()), 4),
                         "recall10_agreement": round(agreement, 3)}
        print(f"{name:<20} {rate:6.1f} texts/s  {rate / st_rate:4.2f}× sentence-transformers  "
              f"cos min {cosine.min():.4f} mean {cosine.mean():.4f}  recall@10 agreement {agreement:.3f}")
    cos_st = float((reference[0] * st_docs).sum(1).min()) if reference else 0.0
    results["torch_fp32_vs_st_cos_min"] = round(cos_st, 5)
    out = ROOT / "bench" / "results" / "embed_cpu.json"
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
