"""Late interaction: search re-ranks its best candidates token by token.

A sentence vector is the mean of its tokens' states, so a sentence that words the query's idea differently, among
other ideas, lands below a weaker one that shares the query's gist. Matching token against token finds it: each
query token takes its best match among the candidate's tokens and the candidate scores the mean of those
matches (MaxSim, as ColBERT scores). The encoder computes every token's last-layer state anyway; each sentence
unit keeps them as bits, the sign of each state less the mean of its sentence's states (48 bytes a token for a
384-wide model, about 1.3 kB a sentence), and a query's own states come from the same pass that gives its vector.

Measured on bench/search_quality.py (docs/search.md): the packaged model's token states, untrained for this,
re-ranking the `aipulse.search.RERANK_DEPTH` best units, lift paraphrase nDCG@10 far more than any fusion setting
did; centring on the text's own mean, then keeping the sign, scores as well as the float states and needs no
corpus statistics.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np

_local = threading.local()


def _scratch(shape: tuple[int, int]) -> np.ndarray:
    """A float32 array of `shape` from a buffer this thread keeps (and grows) between searches."""
    size = shape[0] * shape[1]
    buffer = getattr(_local, "buffer", None)
    if buffer is None or buffer.size < size:
        buffer = _local.buffer = np.empty(max(size, 1 << 18), dtype=np.float32)
    return buffer[:size].reshape(shape)


def batch_token_bits(states: np.ndarray, present: np.ndarray) -> list[bytes]:
    """What each text of a padded batch stores: its token states without [CLS] and [SEP], centred on their mean,
    as sign bits (t × d/8 bytes, row by row; nothing for a text with no token between the two). States (n, t, d),
    `present` (n, t) marking each row's tokens, which come first."""
    inner = np.array(present, dtype=bool)
    inner[:, 0] = False
    inner[np.arange(len(inner)), np.maximum(inner.shape[1] - 1 - np.argmax(present[:, ::-1], axis=1), 0)] = False
    counts = inner.sum(1, keepdims=True)
    mean = np.einsum("ntd,nt->nd", states, inner.astype(states.dtype)) / np.maximum(counts, 1)
    signs = np.packbits(states > mean[:, None, :], axis=2)
    return [signs[row][inner[row]].tobytes() for row in range(len(inner))]


def query_matrix(states: np.ndarray) -> np.ndarray:
    """The query's side (q, d): its token states without [CLS] and [SEP], centred on their mean, unit length;
    the [CLS] state alone for a query of no inner token."""
    states = np.asarray(states, dtype=np.float32)
    inner = states[1:-1] if len(states) > 2 else states[:1]
    centred = inner - inner.mean(0) if len(inner) > 1 else inner
    return centred / np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-12)


def token_maxima(query: np.ndarray, stored: Sequence[bytes]) -> np.ndarray:
    """(q, n): for each query token (`query_matrix`) and each unit's bits, its largest product with one of the
    unit's ±1 tokens; a column of NaN for a unit with no bits. All units' tokens in one product. A unit of several
    sentences takes, token by token, the largest of its sentences' columns."""
    width = query.shape[1]
    out = np.full((len(query), len(stored)), np.nan, dtype=np.float32)
    counts = np.array([len(bits) * 8 // width for bits in stored], dtype=np.int64)
    rows = np.flatnonzero(counts)
    if not len(rows):
        return out
    bits = np.unpackbits(np.frombuffer(b"".join(stored[int(row)] for row in rows), dtype=np.uint8).reshape(-1, width // 8),
                         axis=1)
    signs = _scratch(bits.shape)  # a fresh megabyte costs more in page faults than the product itself
    np.copyto(signs, bits)
    signs *= 2.0
    signs -= 1.0
    similarity = query @ signs.T  # (query tokens, every unit's tokens)
    starts = np.concatenate([[0], np.cumsum(counts[rows])[:-1]])
    out[:, rows] = np.maximum.reduceat(similarity, starts, axis=1)
    return out


def scores_of(maxima: np.ndarray, width: int) -> np.ndarray:
    """Late-interaction scores (n,) from `token_maxima` (q, n) of a `width`-wide model: each column's mean over
    the query's tokens, as a cosine (a ±1 token has length √width)."""
    return (maxima.mean(0) / np.sqrt(width)).astype(np.float32)


def unit_scores(maxima: np.ndarray, sizes: Sequence[int], width: int) -> np.ndarray:
    """Late-interaction scores (units,) of units whose columns of `token_maxima` (q, n) stand side by side, `sizes`
    columns each: token by token the best of its columns, then `scores_of` (each unit's mean taken along its own
    row, as for a unit alone, so a unit scores the same to the last bit wherever it stands)."""
    starts = np.concatenate([[0], np.cumsum(sizes[:-1])]).astype(np.int64)
    pooled = np.ascontiguousarray(np.maximum.reduceat(maxima, starts, axis=1).T)  # (units, q)
    return (pooled.mean(1) / np.sqrt(width)).astype(np.float32)
