"""What this CPU computes natively, read once from /proc/cpuinfo: it decides the precision of the models."""

from __future__ import annotations

import functools
from pathlib import Path


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
