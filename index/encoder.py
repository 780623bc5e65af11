"""Texts to L2-normalised float32 vectors on the configured sentence-transformers model.

One function, `encode(texts, model)`; behind it: the model's transformer run with torch (CUDA in half
precision when a GPU is visible, through index/pipelined.py: token-budget batches, tokenisation
overlapped with the GPU; on a CPU with int8 dot products and a BERT model (or MPNet, when int8 is set), index/int8cpu.py; else on
a CPU with native bf16 arithmetic, AVX-512 BF16 or AMX, bf16 weights; else fp32; bench/embed_cpu.py
measures each against sentence-transformers), texts batched by length so little is padded,
pooling as the model folder says (mean or CLS) and normalisation. `query_encoder(model)` gives the same
vectors for a handful of texts without importing torch (numpy, index/npbert.py), for a cold CLI.

This module imports only numpy and, when used, torch, transformers and tokenizers: no scrapy, faiss
or sqlite-utils, so it also runs on a bare GPU machine.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from index.cpu import native_bf16, native_int8
from index.late import batch_token_bits
from index.minilm import DEFAULT_MODEL, cached_digest, folder_settings, model_path
from index.pooling import pool

if TYPE_CHECKING:
    from index.int8cpu import Int8Encoder
    from index.pipelined import PipelinedEncoder


def cpu_precision(setting: str = "auto") -> str:
    """'bf16' or 'fp32': what a CPU computes a model in under `model.precision` (int8 is the embedding's alone)."""
    return "bf16" if setting in ("auto", "bf16", "int8") and native_bf16() else "fp32"


def embedding_precision(setting: str, path: Path) -> str:
    """What the CPU embeds in: 'int8' (auto, where the CPU has int8 dot products and the model is BERT: the packaged
    model loses nothing measurable in int8, MPNet does, so it runs int8 only when asked), 'bf16' or 'fp32'."""
    from index.arch import family

    if setting == "int8" and family(path) is None:
        raise ValueError(f"model.precision is int8, but {path} is not a BERT or MPNet model the int8 encoder runs; "
                         "use auto, bf16 or fp32")
    if setting == "int8" or (setting == "auto" and native_int8() and family(path) == "bert"):
        return "int8"
    return cpu_precision(setting)


class TextEncoder(Protocol):
    version: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_query(self, text: str) -> tuple[np.ndarray, np.ndarray]: ...


def encode(texts: Sequence[str], model: str = DEFAULT_MODEL, device: str = "auto", batch_size: int = 64,
           precision: str = "auto", tokens: list[bytes] | None = None) -> np.ndarray:
    """(len(texts), d) float32, each row of unit length, in input order; with `tokens` (a list of len(texts)),
    each text's token bits for late interaction (index/late.py) too."""
    return batch_encoder(model, device, precision).encode(texts, batch_size, tokens)


def model_version(model: str = DEFAULT_MODEL) -> str:
    """The model's name and weights digest: vectors of different versions are never mixed."""
    path = model_path(model)
    return f"{Path(model).name}@{cached_digest(path)[:16]}"


@functools.lru_cache(maxsize=2)
def batch_encoder(model: str = DEFAULT_MODEL, device: str = "auto", precision: str = "auto") -> TorchEncoder:
    return TorchEncoder(model_path(model), model_version(model), device, precision)


@functools.lru_cache(maxsize=2)
def query_encoder(model: str = DEFAULT_MODEL) -> TextEncoder:
    """The light encoder for a few texts: numpy for a BERT or MPNet model (index/arch.py), else the torch one."""
    from index.arch import supported
    from index.npbert import NumpyEncoder

    path = model_path(model)
    if supported(path):
        encoder = NumpyEncoder(path)
        encoder.version = model_version(model)  # type: ignore[attr-defined]
        return encoder  # type: ignore[return-value]
    return batch_encoder(model)


class TorchEncoder:
    def __init__(self, path: Path, version: str, device: str = "auto", precision: str = "auto") -> None:
        import torch

        self.torch = torch
        if device == "cuda" and not torch.cuda.is_available():
            raise RuntimeError("model.device is cuda, but torch sees no CUDA device")
        self.device = "cuda" if device == "cuda" or (device == "auto" and torch.cuda.is_available()) else "cpu"
        if self.device == "cuda":  # half precision unless fp32 is asked for: int8 and bf16 are CPU settings
            self.precision = "fp32" if precision == "fp32" else "fp16"
        else:
            self.precision = embedding_precision(precision, path)
        self.version = version
        settings = folder_settings(path)
        self.pooling, self.normalize, self.max_tokens = settings.pooling, settings.normalize, settings.max_tokens
        self.int8: Int8Encoder | None = None
        self.pipelined: PipelinedEncoder | None = None
        if self.precision == "int8":  # its own transformer: the library model is never loaded
            from index.int8cpu import Int8Encoder

            self.int8 = Int8Encoder(path)
            return
        from transformers import AutoModel, AutoTokenizer  # 3 s to import: only where the library model runs
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # no "Loading weights" bar in a CLI's output
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        model: Any = AutoModel.from_pretrained(path, use_safetensors=True).eval()
        # bf16 weights rather than autocast: no cast of every weight on every call (faster in bench/embed_cpu.py)
        half = {"fp16": torch.float16, "bf16": torch.bfloat16}.get(self.precision)
        self.model = (model.to(half) if half else model).to(self.device)
        if self.device == "cuda":  # big batches by token budget, tokenisation overlapped with the GPU
            from index.pipelined import PipelinedEncoder

            tokenizer_file = path / "tokenizer.json"
            cores = os.cpu_count() or 1  # tokenising processes beside the one feeding the GPU
            self.pipelined = PipelinedEncoder(
                self.model, self.tokenizer, self.max_tokens, self.pooling, self.normalize,
                tokenizer_file=tokenizer_file if tokenizer_file.is_file() else None,
                tokenize_workers=min(12, cores - 2) if cores >= 6 else 0)

    def encode_query(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """A query's unit vector (d,) and its last layer's token states (t, d), from one pass."""
        with self.torch.inference_mode():
            states, _, pooled = self._forward([text])
        return pooled[0].cpu().numpy(), states[0].cpu().numpy()

    def _forward(self, texts: Sequence[str]) -> tuple[Any, Any, Any]:
        """One padded batch through the float model: token states (n, t, d), attention mask (n, t), vectors (n, d)."""
        batch = self.tokenizer(list(texts), padding=True, truncation=True, max_length=self.max_tokens,
                               return_tensors="pt").to(self.device)
        states = self.model(**batch).last_hidden_state.float()
        return states, batch["attention_mask"], pool(states, batch["attention_mask"].float(), self.pooling,
                                                     self.normalize)

    def encode(self, texts: Sequence[str], batch_size: int = 64, tokens: list[bytes] | None = None) -> np.ndarray:
        """Unit vectors (n, d) in input order; with `tokens`, each text's token bits put in it (index/late.py)."""
        if self.int8 is not None:
            return self.int8.encode(texts, tokens=tokens)
        if self.pipelined is not None and tokens is None:  # the pipelined path pools on the device: no token states
            return self.pipelined.encode(texts)
        torch = self.torch
        width = int(self.model.config.hidden_size)
        out = np.zeros((len(texts), width), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        with torch.inference_mode():
            for begin in range(0, len(order), batch_size):
                chunk = order[begin:begin + batch_size]
                states, mask, pooled = self._forward([texts[i] for i in chunk])
                out[chunk] = pooled.cpu().numpy()
                if tokens is not None:
                    present = mask.bool().cpu().numpy()
                    for row, bits in zip(chunk, batch_token_bits(states.cpu().numpy(), present), strict=True):
                        tokens[row] = bits
        return out
