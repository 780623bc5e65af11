"""Batching token ids by length: packed ids, token-budget batches and padded id blocks. numpy only; shared by
the GPU pipeline (index/pipelined.py), its tokenising workers and the CPU int8 encoder."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

PAD_MULTIPLE = 8


@dataclass(frozen=True)
class Batch:
    rows: np.ndarray  # positions in the chunk, longest last
    width: int  # padded length


def plan_batches(lengths: Sequence[int] | np.ndarray, token_budget: int, max_rows: int,
                 multiple: int = PAD_MULTIPLE) -> list[Batch]:
    """Batches of texts of similar length (sorted by length), each under `token_budget` padded tokens and
    `max_rows` rows; every position appears exactly once. A batch's cost is its last (longest) row's
    padded width times its rows, which only grows as rows are added: one search per batch, no loop per row."""
    lengths = np.asarray(lengths, dtype=np.int64)
    order = np.argsort(lengths, kind="stable")
    widths = padded(lengths[order], multiple)
    batches: list[Batch] = []
    start = 0
    while start < len(order):
        stop = min(len(order), start + max_rows)
        cost = widths[start:stop] * np.arange(1, stop - start + 1)
        rows = max(1, int(np.searchsorted(cost, token_budget, side="right")))
        batches.append(Batch(order[start:start + rows], int(widths[start + rows - 1])))
        start += rows
    return batches


def padded(lengths: np.ndarray, multiple: int = PAD_MULTIPLE) -> np.ndarray:
    """Each length rounded up to a multiple of `multiple` (at least one)."""
    return np.maximum(multiple, -(-lengths // multiple) * multiple)


@dataclass(frozen=True)
class Packed:
    """A chunk's token ids end to end, with where each text starts and how long it is."""

    tokens: np.ndarray  # int32
    starts: np.ndarray  # int64
    lengths: np.ndarray  # int64

    @classmethod
    def of(cls, tokens: np.ndarray, lengths: np.ndarray) -> Packed:
        lengths = lengths.astype(np.int64)
        starts = np.zeros(len(lengths), dtype=np.int64)
        np.cumsum(lengths[:-1], out=starts[1:])
        return cls(tokens.astype(np.int32, copy=False), starts, lengths)


def pack(token_ids: Sequence[Sequence[int]]) -> Packed:
    lengths = np.fromiter((len(ids) for ids in token_ids), dtype=np.int64, count=len(token_ids))
    tokens = np.fromiter(itertools.chain.from_iterable(token_ids), dtype=np.int32, count=int(lengths.sum()))
    return Packed.of(tokens, lengths)


def fill_ids(packed: Packed, batch: Batch, pad_id: int, out: np.ndarray) -> None:
    """Padded ids and attention mask of one batch, written into `out` (rows × 2 × width, int32, reused):
    one gather, no loop over texts."""
    rows = len(batch.rows)
    columns = np.arange(batch.width)
    lengths = packed.lengths[batch.rows][:, None]
    valid = columns[None, :] < lengths
    where = np.minimum(packed.starts[batch.rows][:, None] + columns[None, :], max(len(packed.tokens) - 1, 0))
    out[:rows, 0, :batch.width] = np.where(valid, packed.tokens[where] if len(packed.tokens) else pad_id, pad_id)
    out[:rows, 1, :batch.width] = valid


