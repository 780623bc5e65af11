"""The vector index on Postgres: the same verbs as index/vectors.py's FAISS file, answered by the database itself.
The vectors live in passages.vector; the database is the index, so adding, removing and saving do nothing. As with
the FAISS file, a search is exact while the store is small (no index upkeep when a vector is stored: pgvector's
HNSW cost 2.8 ms a vector on this machine, more than embedding it), and from APPROX_FROM vectors on it goes through
an IVFFlat index with as many lists as the FAISS file would have, probed as widely, built again when the store has
grown fourfold since (index/vectors.py VectorIndex.needs_rebuild)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from index.vectors import APPROX_FROM, NPROBE, ivf_lists
from pipeline.store_pg import PgStore


class PgVectorIndex:
    mapped = True  # never loaded into this process

    def __init__(self, store: PgStore, encoder: str) -> None:
        self.store = store
        self.encoder = encoder
        self.count, self.id_sum = store.vector_ids()
        self.trained_on = store.vector_index_trained_on()

    @property
    def approximate(self) -> bool:
        return self.trained_on > 0

    def needs_rebuild(self) -> bool:
        if not self.approximate:
            return self.count >= APPROX_FROM
        return self.count > 4 * self.trained_on or self.count < APPROX_FROM // 2

    def rebuild(self) -> PgVectorIndex:
        """The IVFFlat index trained on the vectors now (or none, below APPROX_FROM)."""
        dim = self.store.vector_size()
        self.store.build_vector_index(dim, ivf_lists(self.count) if dim and self.count >= APPROX_FROM else 0)
        return PgVectorIndex(self.store, self.encoder)

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        self.count, self.id_sum = self.store.vector_ids()

    def remove(self, ids: Iterable[int]) -> None:
        self.count, self.id_sum = self.store.vector_ids()

    def save(self, *_: object) -> None:
        pass

    def search(self, vectors: np.ndarray, k: int, allowed: Sequence[int] | np.ndarray | None = None
               ) -> tuple[np.ndarray, np.ndarray]:
        """FAISS's answer shape: (scores, ids), one row per query vector, -1 where fewer than k were found."""
        scores = np.full((len(vectors), k), -np.inf, dtype=np.float32)
        ids = np.full((len(vectors), k), -1, dtype=np.int64)
        probes = NPROBE if self.approximate else 0
        for row, vector in enumerate(vectors):
            for column, (pid, score) in enumerate(self.store.nearest(vector, k, allowed, probes)):
                scores[row, column], ids[row, column] = score, pid
        return scores, ids
