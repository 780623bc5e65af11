"""The one pooling of token states into sentence vectors, for torch tensors and numpy arrays alike (only the
operations both share), so the torch, int8, GPU, numpy and stance paths cannot drift apart."""

from __future__ import annotations

from typing import Any


def masked_mean(states: Any, mask: Any) -> Any:
    """Mean over the tokens a 0/1 mask keeps: states (n, t, d), mask (n, t) in the states' dtype → (n, d)."""
    weights = mask[..., None]
    return (states * weights).sum(1) / weights.sum(1).clip(1e-9)


def pool(states: Any, mask: Any, pooling: str = "mean", normalize: bool = True) -> Any:
    """Sentence vectors (n, d) as a sentence-transformers folder says: the [CLS] state or the masked mean,
    then unit length when the folder has a Normalize module."""
    pooled = states[:, 0] if pooling == "cls" else masked_mean(states, mask)
    if not normalize:
        return pooled
    return pooled / ((pooled * pooled).sum(-1) ** 0.5)[:, None].clip(1e-12)
