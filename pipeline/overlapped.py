"""Batches of stored articles through a model, the model's work on one batch overlapping the database's on the last.

Embedding reads a batch of articles, runs the model over it and writes the answers back. Run one after the other,
a core stands idle while the answers are written (SQL, the full-text index's triggers, the vector index) and the
next batch is read. Here the model works in a thread of its own on batch n + 1 while this thread writes batch n;
each article is still written in its own transaction, in id order, so a process killed at any moment loses at most
the batches in flight. (Stance scoring gained nothing from it: finding its mentions holds Python's lock, which
the model's batch layout needs too.)
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
Rows = list[dict[str, Any]]


def overlapped(fetch: Callable[[int], Rows], compute: Callable[[Rows], T], write: Callable[[Rows, T], None],
               should_stop: Callable[[], bool] = lambda: False) -> int:
    """`write(rows, compute(rows))` for every batch `fetch` gives, until it gives none or `should_stop` says so
    between batches; returns how many rows were written. `fetch(after)`: the next batch in id order, only ids above
    `after` (0: from the start), so the batch in flight, not yet written, is not fetched again; `compute` runs in a
    worker thread beside the `write` of the batch before it."""
    written = 0
    in_flight: tuple[Rows, Future[T]] | None = None
    with ThreadPoolExecutor(1, thread_name_prefix="aipulse-model") as worker:
        while True:
            # past the batch in flight; with none in flight from the start, for what an earlier pass skipped
            after = int(in_flight[0][-1]["id"]) if in_flight else 0
            rows = [] if should_stop() else fetch(after)
            following = (rows, worker.submit(compute, rows)) if rows else None
            if in_flight is not None:
                write(in_flight[0], in_flight[1].result())
                written += len(in_flight[0])
            elif following is None:
                return written
            in_flight = following
