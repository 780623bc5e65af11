"""The FAISS index over passage vectors: ids are the database's passage ids.

Exact inner-product search (vectors are unit length, so this is cosine) while the corpus is small;
from APPROX_FROM vectors on, an IVF index with 8-bit scalar-quantised codes, trained on the data and
probed widely enough to keep recall@10 >= 0.95 against exact search (bench/search.py measures it).

Saved atomically: written to a temporary file, fsynced, renamed; a JSON sidecar records a CRC-32 of
the file, the vector count and id sum (to compare with the database) and the encoder version. Loaded
with faiss.read_index (FAISS's own binary format, no pickle).
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import faiss
import numpy as np

APPROX_FROM = 50_000  # where exact search stops paying against IVF-SQ8: bench/search.py, bench/search_1m.py
NPROBE = 24
FEW_QUERIES = 20  # a search of fewer query rows runs FAISS on one OpenMP thread (VectorIndex.search)


def ivf_lists(count: int) -> int:
    """How many IVF lists an approximate index over `count` vectors has (FAISS wants 39 points a list)."""
    return int(min(16384, max(256, 4 * np.sqrt(count)), count // 39))


class IndexFileError(Exception):
    """The index file is missing, truncated or does not match its checksum."""


class VectorIndex:
    def __init__(self, dim: int, index: faiss.Index | None = None, encoder: str = "") -> None:
        self.dim = dim
        self.index = index if index is not None else faiss.IndexIDMap2(faiss.IndexFlatIP(dim))
        self.encoder = encoder
        self.id_sum = 0
        self.trained_on = 0  # vectors the IVF lists were trained on (0: exact)
        self.gpu: faiss.Index | None = None  # a GPU copy for unfiltered search, with faiss-gpu and a GPU
        self.mapped = False  # memory-mapped read-only (load(mapped=True)): searched, never changed

    def use_gpu(self) -> bool:
        """Search on the GPU from now on when faiss-gpu is installed and sees one; True if so."""
        if hasattr(faiss, "StandardGpuResources") and faiss.get_num_gpus() > 0 and self.count:
            self.gpu = faiss.index_cpu_to_gpu(faiss.StandardGpuResources(), 0, self.index)
        return self.gpu is not None

    @classmethod
    def build(cls, batches: Callable[[], Iterable[tuple[np.ndarray, np.ndarray]]], dim: int, encoder: str,
              count: int) -> VectorIndex:
        """A new index over every (ids, vectors) batch that `batches()` yields: exact, or IVF-SQ8 when large. An IVF
        index reads the batches twice (a sample to train on, then everything) and never holds more than one batch
        and the sample: at ten million units the vectors alone are 15 GB (bench/search_scale.py)."""
        if count < APPROX_FROM:
            built = cls(dim, encoder=encoder)
            for ids, vectors in batches():
                built.add(ids, vectors)
            return built
        lists = ivf_lists(count)
        quantizer = faiss.IndexFlatIP(dim)
        ivf = faiss.IndexIVFScalarQuantizer(quantizer, dim, lists, faiss.ScalarQuantizer.QT_8bit,
                                            faiss.METRIC_INNER_PRODUCT)
        ivf.train(_spread_sample(batches(), count, 64 * lists))
        ivf.nprobe = NPROBE
        built = cls(dim, ivf, encoder)
        for ids, vectors in batches():
            built.add(ids, vectors)
        built.trained_on = built.count
        return built

    def needs_rebuild(self) -> bool:
        """Past APPROX_FROM an exact index should become approximate; an IVF index that has grown
        fourfold since training (or shrunk below half the threshold) should be trained again."""
        if not self.approximate:
            return self.count >= APPROX_FROM
        return self.count > 4 * self.trained_on or self.count < APPROX_FROM // 2

    @property
    def count(self) -> int:
        return int(self.index.ntotal)

    @property
    def approximate(self) -> bool:
        return isinstance(faiss.downcast_index(self.index), faiss.IndexIVF)

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        self.gpu = None  # stale now; use_gpu() makes a new copy
        if len(ids):
            if self.count == 0 and not self.approximate and vectors.shape[1] != self.dim:
                # an empty store's index is made before any vector tells the configured model's width
                self.dim, self.index = vectors.shape[1], faiss.IndexIDMap2(faiss.IndexFlatIP(vectors.shape[1]))
            self.index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids.astype(np.int64))
            self.id_sum += int(ids.sum())

    def remove(self, ids: Iterable[int]) -> None:
        gone = np.fromiter(ids, dtype=np.int64)
        self.gpu = None
        if len(gone):
            before = self.count
            self.index.remove_ids(faiss.IDSelectorBatch(gone))
            if self.count != before - len(gone):
                raise IndexFileError("the index did not hold every id it was asked to remove")
            self.id_sum -= int(gone.sum())

    def search(self, vectors: np.ndarray, k: int, allowed: Sequence[int] | np.ndarray | None = None
               ) -> tuple[np.ndarray, np.ndarray]:
        """(scores, ids) of the k nearest per query row; `allowed` restricts the ids before the cut."""
        params = None
        if allowed is not None:
            selector = faiss.IDSelectorBatch(np.asarray(allowed, dtype=np.int64))
            # FAISS's Python layer sets keyword arguments as fields; its type stubs do not know that
            params = (faiss.SearchParametersIVF(sel=selector, nprobe=NPROBE) if self.approximate  # type: ignore[call-arg]
                      else faiss.SearchParameters(sel=selector))  # type: ignore[call-arg]
        queries = np.ascontiguousarray(vectors, dtype=np.float32)
        if len(queries) >= FEW_QUERIES:
            return self._search(queries, k, params)
        # A search's query on one OpenMP thread: FAISS's second thread made an exact search of one query twice as slow
        # on two cores (50,000 vectors of width 384: 7.6 against 3.1 ms), and its threads spin on after it, taking the core
        # from numpy's next products (encoding a query with all-mpnet-base-v2 right after: 40.6 against 31.9 ms). The
        # setting is the calling thread's own, so it is set and put back around the search.
        before = faiss.omp_get_max_threads()
        faiss.omp_set_num_threads(1)
        try:
            return self._search(queries, k, params)
        finally:
            faiss.omp_set_num_threads(before)

    def _search(self, queries: np.ndarray, k: int, params: Any) -> tuple[np.ndarray, np.ndarray]:
        if params is not None:  # id selectors run on the CPU copy
            return self.index.search(queries, k, params=params)
        return (self.gpu or self.index).search(queries, k)

    def save(self, path: Path) -> None:
        """Write atomically with its sidecar; a crash leaves the old pair or the new one."""
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        faiss.write_index(self.index, str(temporary))
        _fsync(temporary)
        meta = {"crc32": file_crc32(temporary), "bytes": temporary.stat().st_size, "count": self.count,
                "id_sum": self.id_sum, "dim": self.dim, "encoder": self.encoder, "trained_on": self.trained_on}
        sidecar = sidecar_path(path)
        staged = sidecar.with_name(f".{sidecar.name}.{os.getpid()}.tmp")
        staged.write_text(json.dumps(meta))
        _fsync(staged)
        os.replace(temporary, path)
        os.replace(staged, sidecar)
        _fsync(path.parent)  # the renames themselves

    @classmethod
    def load(cls, path: Path, mapped: bool = False) -> VectorIndex:
        """The saved index, checked against its sidecar; IndexFileError says what is wrong. `mapped`: memory-mapped
        and read-only, for searching alone: a cold search then reads the few lists it probes instead of the
        whole file, and the file's size and vector count are checked but not its CRC (which reads every byte;
        the database stays the truth, and the next ingest or reindex checks the CRC and rebuilds a bad file)."""
        try:
            meta = json.loads(sidecar_path(path).read_text())
            size = path.stat().st_size
        except FileNotFoundError as exc:
            raise IndexFileError(f"{exc.filename} is missing") from None
        except ValueError:
            raise IndexFileError(f"{sidecar_path(path)} is not valid JSON") from None
        if size != meta.get("bytes") or (not mapped and file_crc32(path) != meta.get("crc32")):
            raise IndexFileError(f"{path} does not match its checksum (truncated or corrupt)")
        index = faiss.read_index(str(path), faiss.IO_FLAG_MMAP | faiss.IO_FLAG_READ_ONLY if mapped else 0)
        if isinstance(faiss.downcast_index(index), faiss.IndexIVF):
            ivf = faiss.extract_index_ivf(index)
            ivf.nprobe = NPROBE
            lists = faiss.downcast_InvertedLists(ivf.invlists) if ivf.invlists is not None else None
            if lists is not None and hasattr(lists, "prefetch_nthread"):  # mapped lists: they would start 32 threads
                lists.prefetch_nthread = 0  # to prefetch for every search, longer than the search (docs/search.md)
        loaded = cls(int(meta["dim"]), index, str(meta["encoder"]))
        loaded.mapped = mapped
        loaded.id_sum = int(meta["id_sum"])
        loaded.trained_on = int(meta.get("trained_on", 0))
        if loaded.count != meta["count"]:
            raise IndexFileError(f"{path} holds {loaded.count} vectors, its sidecar says {meta['count']}")
        loaded.use_gpu()
        return loaded


def _fsync(path: Path) -> None:
    """Flush a file's (or a folder's) data to disk."""
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def file_crc32(path: Path) -> int:
    value = 0
    with path.open("rb") as handle:
        while block := handle.read(1 << 22):
            value = zlib.crc32(block, value)
    return value


def _spread_sample(batches: Iterable[tuple[np.ndarray, np.ndarray]], count: int, size: int) -> np.ndarray:
    """About `size` vectors taken at even steps through all `count` of them, so old and new articles both shape
    the lists."""
    step = max(1, count // size)
    taken, seen = [], 0
    for _, vectors in batches:
        first = -seen % step  # the first row of this batch at a multiple of step overall
        taken.append(vectors[first::step].copy())  # a copy: a view would keep every batch alive until the end
        seen += len(vectors)
    return np.ascontiguousarray(np.concatenate(taken)[:size], dtype=np.float32)
