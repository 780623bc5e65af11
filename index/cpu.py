"""What this CPU computes natively, read once from /proc/cpuinfo: it decides the precision of the models; and how
many threads numpy's BLAS may use for a while."""

from __future__ import annotations

import contextlib
import ctypes
import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any


@functools.cache
def cpu_flags() -> frozenset[str]:
    """The CPU's feature flags; empty where /proc/cpuinfo cannot be read (not Linux)."""
    try:
        return frozenset(Path("/proc/cpuinfo").read_text(errors="replace").split())
    except OSError:
        return frozenset()


def native_bf16() -> bool:
    """Whether this CPU computes in bf16 natively; elsewhere bf16 is emulated and slower than fp32."""
    return bool(cpu_flags() & {"avx512_bf16", "amx_bf16"})


def native_int8() -> bool:
    """Whether this CPU has int8 dot products (VNNI or AMX); elsewhere int8 is no faster than bf16."""
    return bool(cpu_flags() & {"avx512_vnni", "avx_vnni", "amx_int8"})


@functools.cache
def _openblas() -> tuple[Any, Any] | None:
    """The (get, set) thread-count functions of the OpenBLAS that numpy's wheel bundles; None elsewhere (another
    BLAS, another build), where callers keep BLAS as it is."""
    import numpy

    libs = Path(numpy.__file__).resolve().parent.parent / "numpy.libs"
    for path in sorted(libs.glob("*openblas*")):
        try:
            lib = ctypes.CDLL(str(path))
            return lib.scipy_openblas_get_num_threads64_, lib.scipy_openblas_set_num_threads64_
        except (OSError, AttributeError):
            continue
    return None


@contextlib.contextmanager
def blas_threads(count: int) -> Iterator[bool]:
    """numpy's matrix products on at most `count` threads inside the block; yields whether that could be set.
    Small products gain little from a second thread, and its spinning takes the core from other work."""
    functions = _openblas()
    if functions is None:
        yield False
        return
    get, set_ = functions
    before = int(get())
    set_(min(count, before))
    try:
        yield True
    finally:
        set_(before)
