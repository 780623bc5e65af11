"""The transformer families that index/npbert.py (numpy, for queries) and index/int8cpu.py (int8, for batches) run
without the library model: BERT, and MPNet, whose layers are BERT's with three differences: no token types,
positions numbered from 2 (after the padding id), and a learned bias on each head's attention scores by the
bucketed distance between the two tokens (the same bias in every layer).

`load` gives either family's weights under BERT's names, so the encoders hold one network and one set of names.
"""

from __future__ import annotations

import json
import math
import mmap
from dataclasses import dataclass
from pathlib import Path

import numpy as np

FAMILIES = ("bert", "mpnet")
_MPNET_NAMES = {"attention.attn.q.": "attention.self.query.", "attention.attn.k.": "attention.self.key.",
                "attention.attn.v.": "attention.self.value.", "attention.attn.o.": "attention.output.dense.",
                "attention.LayerNorm.": "attention.output.LayerNorm."}


@dataclass
class Network:
    weights: dict[str, np.ndarray]  # BERT's names, without the "bert." prefix
    heads: int
    layers: int
    eps: float
    first_position: int  # the position embedding of a text's first token: 0 (BERT), padding id + 1 (MPNet)
    relative: np.ndarray | None  # MPNet's (buckets, heads) bias table; None for BERT

    def embedded(self, ids: np.ndarray, types: np.ndarray | None = None) -> np.ndarray:
        """Word, position and token-type embeddings (before their LayerNorm) of ids (..., t)."""
        w = self.weights
        length = ids.shape[-1]
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][
            self.first_position:self.first_position + length]
        if "embeddings.token_type_embeddings.weight" in w:
            table = w["embeddings.token_type_embeddings.weight"]
            x = x + (table[types] if types is not None else table[0])
        return x

    def attention_bias(self, length: int) -> np.ndarray | None:
        """(heads, length, length) added to the attention scores after their scaling (MPNet); None for BERT."""
        if self.relative is None:
            return None
        position = np.arange(length)
        buckets = relative_buckets(position[None, :] - position[:, None], len(self.relative))
        return np.ascontiguousarray(self.relative[buckets].transpose(2, 0, 1))


def family(path: Path) -> str | None:
    """"bert" or "mpnet" for a sentence-transformers folder of a model these encoders can run, else None."""
    try:
        config = json.loads((path / "config.json").read_text())
    except (OSError, ValueError):
        return None
    if (config.get("model_type") in FAMILIES and config.get("hidden_act") == "gelu"
            and config.get("position_embedding_type", "absolute") == "absolute"
            and (path / "model.safetensors").is_file() and (path / "tokenizer.json").is_file()):
        return str(config["model_type"])
    return None


def supported(path: Path) -> bool:
    """Whether this folder holds a model these encoders can run: a BERT or MPNet sentence-transformers folder."""
    return family(path) is not None


def load(path: Path, mapped: bool = False) -> Network:
    """The folder's network, its weights as float32 numpy arrays under BERT's names; `mapped`: read-only arrays over
    a memory map of the weights file, for a cold query (nothing copied, and of the word embeddings only the rows a
    query's tokens need are read)."""
    from safetensors.numpy import load_file

    config = json.loads((path / "config.json").read_text())
    raw = mapped_tensors(path / "model.safetensors") if mapped else load_file(str(path / "model.safetensors"))
    prefix = "bert." if config["model_type"] == "bert" else "mpnet."
    weights = {key.removeprefix(prefix): value.astype(np.float32, copy=False) for key, value in raw.items()
               if value.dtype.kind == "f"}  # not MPNet's stored position ids
    relative = None
    first = 0
    if config["model_type"] == "mpnet":
        relative = weights.pop("encoder.relative_attention_bias.weight")
        first = int(config.get("pad_token_id", 1)) + 1
        for key in [key for key in weights if key.startswith("encoder.layer.")]:
            for old, new in _MPNET_NAMES.items():
                if old in key:
                    weights[key.replace(old, new)] = weights.pop(key)
                    break
    return Network(weights, int(config["num_attention_heads"]), int(config["num_hidden_layers"]),
                   float(config.get("layer_norm_eps", 1e-12)), first, relative)


_DTYPES = {"F64": np.float64, "F32": np.float32, "F16": np.float16, "I64": np.int64, "I32": np.int32, "I16": np.int16,
           "I8": np.int8, "U8": np.uint8, "BOOL": np.bool_}


def mapped_tensors(path: Path) -> dict[str, np.ndarray]:
    """A safetensors file's tensors as read-only arrays over one memory map (the format: an 8-byte little-endian
    header length, a JSON header of each tensor's dtype, shape and byte range, then the data). bf16 tensors are
    widened to float32 (a copy); a dtype numpy lacks otherwise is an error naming it."""
    with path.open("rb") as handle:
        size = int.from_bytes(handle.read(8), "little")
        header = json.loads(handle.read(size))
        data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)  # the arrays keep it open
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        kind = np.uint16 if info["dtype"] == "BF16" else _DTYPES.get(info["dtype"])
        if kind is None:
            raise ValueError(f"{path}: tensor {name} has dtype {info['dtype']}, which numpy cannot hold")
        array: np.ndarray = np.frombuffer(data, dtype=kind, count=(end - start) // np.dtype(kind).itemsize, offset=8 + size + start)
        if info["dtype"] == "BF16":  # the upper half of a float32
            array = (array.astype(np.uint32) << 16).view(np.float32)
        out[name] = array.reshape(info["shape"])
    return out


def relative_buckets(relative: np.ndarray, buckets: int = 32, max_distance: int = 128) -> np.ndarray:
    """MPNet's (and T5's) bidirectional buckets of relative positions (key - query): half the buckets for each
    direction, exact for the nearest distances, logarithmic beyond, the last bucket for max_distance and more."""
    half = buckets // 2
    n = -relative
    out = np.where(n < 0, half, 0)
    n = np.abs(n)
    exact = half // 2
    # in float32, as the reference implementation computes it: a distance on a bucket's edge falls the same way
    scaled = np.log(np.maximum(n, 1).astype(np.float32) / np.float32(exact)) / np.float32(math.log(max_distance / exact))
    large = exact + (scaled * np.float32(half - exact)).astype(np.int64)
    return out + np.where(n < exact, n, np.minimum(large, half - 1))
