"""A BERT-family sentence encoder in numpy alone: the same weights, tokenizer and pooling as the
sentence-transformers model, without importing torch (seconds) — what makes a cold `aipulse search`
answer in well under a second. Batch work (ingest, reindex) uses the torch path in index/encoder.py.

Supports what sentence-transformers folders of BERT and MPNet models hold (index/arch.py): `config.json`,
`model.safetensors`, `tokenizer.json`, `1_Pooling/config.json` (mean or CLS) and a Normalize module.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

from index.arch import load
from index.minilm import folder_settings
from index.pooling import pool


def _erf(x: np.ndarray) -> np.ndarray:
    """Abramowitz & Stegun 7.1.26 (error < 1.5e-7): numpy has no erf, and BERT's gelu needs it."""
    sign = np.sign(x)
    x = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-x * x))


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    """Over each column of x (d, t)."""
    mean = x.mean(0, keepdims=True)
    var = ((x - mean) ** 2).mean(0, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight[:, None] + bias[:, None]  # eps a Python float: stays float32


class NumpyEncoder:
    def __init__(self, path: Path, max_tokens: int | None = None) -> None:
        from tokenizers import Tokenizer

        self.network = network = load(path, mapped=True)
        self.heads, self.layers, self.eps = network.heads, network.layers, network.eps
        w = network.weights
        # A query is a handful of tokens against the whole weight set: the states are kept as columns (d, t), so
        # every product is weight (out, in) @ states with the weights as stored, and one product per layer gives
        # query, key and value. OpenBLAS runs that shape faster than states @ weight.T (bench/search.py, warm).
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            names = [p + f"attention.self.{name}" for name in ("query", "key", "value")]
            w[p + "qkv.weight"] = np.concatenate([w.pop(name + ".weight") for name in names])
            w[p + "qkv.bias"] = np.concatenate([w.pop(name + ".bias") for name in names])
            for name in ("qkv", "attention.output.dense", "intermediate.dense", "output.dense"):
                w[p + name + ".bias"] = w[p + name + ".bias"][:, None].copy()
        self.w = w
        # what a query reads through: every layer's weights (of the word embeddings only its tokens' rows)
        self.layer_bytes = sum(value.nbytes for name, value in w.items() if name.startswith("encoder.layer."))
        settings = folder_settings(path)
        self.cls = settings.pooling == "cls"
        self.normalize = settings.normalize
        self.max_tokens = max_tokens or settings.max_tokens
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.enable_truncation(self.max_tokens)
        self.tokenizer.no_padding()

    def encode(self, texts: list[str]) -> np.ndarray:
        """(n, d) float32 sentence vectors, one text at a time (no padding, so no masking)."""
        width = self.w["embeddings.word_embeddings.weight"].shape[1]
        out = [self._pooled(self._states(encoding.ids, encoding.type_ids)) for encoding in self.tokenizer.encode_batch(texts)]
        return np.stack(out).astype(np.float32) if out else np.zeros((0, width), np.float32)

    def encode_query(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """A query's vector (d,) and its last layer's token states (t, d), from one pass (late interaction reads
        the states: index/late.py)."""
        encoding = self.tokenizer.encode(text)
        states = self._states(encoding.ids, encoding.type_ids)
        return self._pooled(states).astype(np.float32), states

    def _pooled(self, states: np.ndarray) -> np.ndarray:
        """The vector (d,) of one text's token states (t, d), as the model folder pools and normalises."""
        return pool(states[None], np.ones((1, len(states)), np.float32), "cls" if self.cls else "mean",
                    self.normalize)[0]

    def _states(self, ids: list[int], types: list[int]) -> np.ndarray:
        """The last layer's token states (t, d) of one text."""
        w = self.w
        n = len(ids)
        x = self.network.embedded(np.asarray(ids), np.asarray(types))
        x = _layer_norm(np.ascontiguousarray(x.T), w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"],
                        self.eps)
        width = x.shape[0]
        size = width // self.heads
        bias = self.network.attention_bias(n)  # MPNet's, by relative position; the same in every layer
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            q, k, v = (w[p + "qkv.weight"] @ x + w[p + "qkv.bias"]).reshape(3, self.heads, size, n)
            scores = q.transpose(0, 2, 1) @ k / math.sqrt(size)  # (heads, t, t); a Python float keeps float32
            if bias is not None:
                scores += bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            context = (v @ (scores / scores.sum(-1, keepdims=True)).transpose(0, 2, 1)).reshape(width, n)
            attended = w[p + "attention.output.dense.weight"] @ context + w[p + "attention.output.dense.bias"]
            x = _layer_norm(attended + x, w[p + "attention.output.LayerNorm.weight"],
                            w[p + "attention.output.LayerNorm.bias"], self.eps)
            hidden = w[p + "intermediate.dense.weight"] @ x + w[p + "intermediate.dense.bias"]
            hidden = 0.5 * hidden * (1.0 + _erf(hidden / math.sqrt(2.0)))
            out = w[p + "output.dense.weight"] @ hidden + w[p + "output.dense.bias"]
            x = _layer_norm(out + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], self.eps)
        assert x.dtype == np.float32
        return np.ascontiguousarray(x.T)
