"""Near-duplicate detection for syndicated copies: word shingles, MinHash LSH bands, containment."""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Set as AbstractSet
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

import numpy as np

SHINGLE_WORDS = 5
BANDS, ROWS = 20, 4  # candidates from Jaccard ~0.45 up; the exact containment test decides
DUPLICATE_CONTAINMENT = 0.8  # share of the shorter copy's shingles found in the longer one
MIN_SHINGLES = 20

_rng = np.random.default_rng(20240519)  # fixed: band keys must stay stable across runs
_A = _rng.integers(1, 2**32, size=BANDS * ROWS, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**32, size=BANDS * ROWS, dtype=np.uint64)
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> set[int]:
    """Hashed, lower-cased word 5-grams."""
    words = _WORD.findall(text.lower())
    return {
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        for i in range(max(0, len(words) - SHINGLE_WORDS + 1))
    }


@functools.lru_cache(maxsize=128)  # a few MB at most: the crawl process must not grow (tests/test_reliability.py)
def known_shingles(text: str) -> frozenset[int]:
    """`shingles` of a stored article's text, remembered: the same stored articles come up as candidates for
    many new ones (a crawl of one site meets its boilerplate in every page)."""
    return frozenset(shingles(text))


def band_keys(shingle_set: AbstractSet[int]) -> list[str]:
    """LSH keys: two texts share a key with high probability when their Jaccard is high."""
    if len(shingle_set) < MIN_SHINGLES:
        return []
    values = np.fromiter(shingle_set, dtype=np.uint64, count=len(shingle_set))
    # multiply-shift hashing; uint64 overflow wraps, which the scheme relies on
    with np.errstate(over="ignore"):
        hashed = (values[None, :] * _A[:, None] + _B[:, None]) >> np.uint64(32)
    signature = hashed.min(axis=1).reshape(BANDS, ROWS)
    return [f"{band}:{zlib.crc32(row.tobytes()):08x}" for band, row in enumerate(signature)]


def containment(a: AbstractSet[int], b: AbstractSet[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def is_copy(a: AbstractSet[int], b: AbstractSet[int]) -> bool:
    return min(len(a), len(b)) >= MIN_SHINGLES and containment(a, b) >= DUPLICATE_CONTAINMENT


def first_copy(members: list[dict[str, Any]]) -> dict[str, Any]:
    """The copy the others duplicate: the one others name as original, else the earliest published."""
    named: set[str] = {member["original_url"] for member in members if member.get("original_url")}
    # pages served away from their own site still share the path of the URL they name
    named_paths = {urlsplit(url).path.rstrip("/") for url in named}

    def order(member: dict[str, Any]) -> tuple[int, datetime, str, int]:
        path = urlsplit(member["url"]).path.rstrip("/")
        return (
            0 if member["url"] in named else 1 if path and path in named_paths else 2,
            _when(member.get("published")),
            member.get("first_seen") or "",
            member["id"],
        )

    return min(members, key=order)


def _when(value: str | None) -> datetime:
    if not value:
        return datetime.max.replace(tzinfo=timezone.utc)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return datetime.max.replace(tzinfo=timezone.utc)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
