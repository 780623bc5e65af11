"""The vector index on Postgres: the same verbs as index/vectors.py's FAISS file, answered by the database itself
(pgvector's HNSW index over passages.vector). The database is the index, so there is nothing to add, remove,
save or rebuild: those verbs do nothing, and a search asks PgStore.nearest."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from pipeline.store_pg import PgStore


class PgVectorIndex:
    mapped = True  # never loaded into this process
    approximate = True

    def __init__(self, store: PgStore, encoder: str) -> None:
        self.store = store
        self.encoder = encoder
        self.count, self.id_sum = store.vector_ids()

    def needs_rebuild(self) -> bool:
        return False

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        if len(vectors):
            self.store.ensure_vector_index(int(vectors.shape[1]))
        self.count, self.id_sum = self.store.vector_ids()

    def remove(self, ids: Iterable[int]) -> None:
        self.count, self.id_sum = self.store.vector_ids()

    def save(self, *_: object) -> None:
        pass

    def search(self, vectors: np.ndarray, k: int, allowed: list[int] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """FAISS's answer shape: (scores, ids), one row per query vector, -1 where fewer than k were found."""
        scores = np.full((len(vectors), k), -np.inf, dtype=np.float32)
        ids = np.full((len(vectors), k), -1, dtype=np.int64)
        for row, vector in enumerate(vectors):
            for column, (pid, score) in enumerate(self.store.nearest(vector, k, allowed)):
                scores[row, column], ids[row, column] = score, pid
        return scores, ids
