"""CPU embedding options against `SentenceTransformer.encode` defaults, on the same texts in the same run.

    .venv/bin/python bench/embed_cpu.py [--texts 600] [--rounds 3]

Texts: the demo site's passages (five sentences, a new one every four) and sentences, as ingest cuts
them. The headline candidate is what `model.precision = "auto"` picks on this CPU: aipulse's int8
encoder (index/int8cpu.py) where the CPU has int8 dot products. It and sentence-transformers run in
alternating rounds on passages and on sentences, best round each (this machine is noisy); its ratio
is the lower of the two. For comparison, single runs of: aipulse's torch encoder in fp32, with bf16
weights, and PyTorch's dynamic int8 quantisation per channel of every Linear layer, of the
feed-forward layers only, and of the attention projections only.
For each: texts/s, the ratio to sentence-transformers' defaults, the minimum and mean cosine of
every vector to the fp32 one, and the recall@10 agreement of a retrieval probe: every sentence as a
query against the passages, the queries in fp32 as `aipulse search` embeds them (numpy, index/npbert.py),
and also with the queries embedded by the candidate. Writes bench/results/embed_cpu.json.
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
from index.cpu import native_bf16  # noqa: E402
from index.encoder import TorchEncoder, embedding_precision  # noqa: E402
from index.int8cpu import Int8Encoder  # noqa: E402
from index.minilm import model_path  # noqa: E402
from pipeline.passages import passages  # noqa: E402
from pipeline.sentences import split_sentences  # noqa: E402


def corpus(limit: int) -> tuple[list[str], list[str]]:
    """Passages and sentences of the demo articles' body text (lead and sections)."""
    texts: list[str] = []
    sentences: list[str] = []
    for article in load_articles():
        body = "\n".join([article["lead"], *(p for section in article["sections"] for p in section["paragraphs"])])
        texts += [p.text for p in passages(body) if p.kind == "passage"]
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


def best_rates(rounds: int, runs: dict[str, tuple]) -> tuple[dict[str, float], dict[str, np.ndarray]]:  # type: ignore[type-arg]
    """Each run (encode, texts) in turn, `rounds` times; the best rate of each and its vectors."""
    rates: dict[str, float] = {}
    vectors: dict[str, np.ndarray] = {}
    for encode, texts in runs.values():
        encode(texts[:32])  # warm-up
    for _ in range(rounds):
        for name, (encode, texts) in runs.items():
            started = time.perf_counter()
            vectors[name] = encode(texts)
            rates[name] = max(rates.get(name, 0.0), len(texts) / (time.perf_counter() - started))
    return rates, vectors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    torch.set_num_threads(2)
    texts, queries = corpus(args.texts)
    from sentence_transformers import SentenceTransformer

    st = SentenceTransformer(str(model_path()), device="cpu")
    encoder = TorchEncoder(model_path(), "bench", "cpu", precision="fp32")
    reference = (encoder.encode(texts, batch_size=32), encoder.encode(queries, batch_size=32))
    int8 = Int8Encoder(model_path())

    def st_encode(batch: list[str]) -> np.ndarray:
        return np.asarray(st.encode(batch, normalize_embeddings=True))

    rates, found = best_rates(args.rounds, {"st_passages": (st_encode, texts), "int8_passages": (int8.encode, texts),
                                            "st_sentences": (st_encode, queries), "int8_sentences": (int8.encode, queries)})
    st_rate = rates["st_passages"]
    print(f"sentence-transformers encode, defaults: {st_rate:.1f} passages/s ({len(texts)}, mean "
          f"{np.mean([len(t) for t in texts]):.0f} chars), {rates['st_sentences']:.1f} sentences/s ({len(queries)}); "
          f"best of {args.rounds} alternating rounds")
    results: dict[str, object] = {"texts": len(texts), "queries": len(queries), "rounds": args.rounds,
                                  "st_texts_per_s": round(st_rate, 1), "st_sentences_per_s": round(rates["st_sentences"], 1),
                                  "native_bf16": native_bf16(),
                                  "auto_precision": embedding_precision("auto", model_path())}

    def report(name: str, rate: float, vectors: tuple[np.ndarray, np.ndarray], extra: dict[str, float]) -> None:
        cosine = np.concatenate([(vectors[0] * reference[0]).sum(1), (vectors[1] * reference[1]).sum(1)])
        # as aipulse searches: passages embedded by the candidate, queries by the fp32 query encoder
        agreement = recall_agreement(reference, (vectors[0], reference[1]))
        both = recall_agreement(reference, vectors)  # and with the queries embedded by the candidate too
        results[name] = {"texts_per_s": round(rate, 1), "ratio_vs_st": round(rate / st_rate, 2), **extra,
                         "cos_min": round(float(cosine.min()), 4), "cos_mean": round(float(cosine.mean()), 4),
                         "recall10_agreement": round(agreement, 3), "recall10_agreement_candidate_queries": round(both, 3)}
        print(f"{name:<20} {rate:6.1f} texts/s  {rate / st_rate:4.2f}× sentence-transformers  "
              f"cos min {cosine.min():.4f} mean {cosine.mean():.4f}  recall@10 agreement {agreement:.3f} "
              f"({both:.3f} with its own queries)" + "".join(f"  {key} {value}" for key, value in extra.items()))

    sentence_ratio = rates["int8_sentences"] / rates["st_sentences"]
    report("aipulse_int8", rates["int8_passages"], (found["int8_passages"], found["int8_sentences"]),
           {"passages_ratio_vs_st": round(rates["int8_passages"] / st_rate, 2),
            "sentences_per_s": round(rates["int8_sentences"], 1), "sentences_ratio_vs_st": round(sentence_ratio, 2)})
    results["aipulse_int8"]["ratio_vs_st"] = round(min(rates["int8_passages"] / st_rate, sentence_ratio), 2)  # type: ignore[index]
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
        report(name, rate, (docs, encoder.encode(queries, batch_size=32)), {})
    results["torch_fp32_vs_st_cos_min"] = round(float((reference[0] * found["st_passages"]).sum(1).min()), 5)
    out = ROOT / "bench" / "results" / "embed_cpu.json"
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
