"""pipeline/overlapped.py: the model's work on the next batch runs while this thread writes the last one."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from pipeline.overlapped import overlapped


class Queue:
    """Pending rows by id, as the store keeps them: fetch gives the next `size` pending ids above `after`."""

    def __init__(self, ids: list[int], size: int = 3) -> None:
        self.pending, self.size = set(ids), size
        self.fetched: list[list[int]] = []

    def fetch(self, after: int) -> list[dict[str, Any]]:
        rows = [{"id": i} for i in sorted(self.pending) if i > after][: self.size]
        self.fetched.append([row["id"] for row in rows])
        return rows


def test_every_pending_row_is_written_once_in_id_order_with_the_next_batch_computed_during_each_write() -> None:
    queue = Queue(list(range(1, 11)))
    computing: dict[int, threading.Event] = {}
    written: list[int] = []
    overlaps: list[bool] = []

    def compute(rows: list[dict[str, Any]]) -> list[int]:
        computing.setdefault(rows[0]["id"], threading.Event()).set()
        return [row["id"] * 10 for row in rows]

    def write(rows: list[dict[str, Any]], answers: list[int]) -> None:
        assert answers == [row["id"] * 10 for row in rows]  # each batch gets its own answers
        following = rows[-1]["id"] + 1
        if following <= 10:  # the next batch's computation starts while this one is being written
            overlaps.append(computing.setdefault(following, threading.Event()).wait(timeout=10))
        for row in rows:
            queue.pending.discard(row["id"])
            written.append(row["id"])

    assert overlapped(queue.fetch, compute, write) == 10
    assert written == list(range(1, 11))
    assert overlaps == [True, True, True]
    # never the batch in flight again: each fetch starts past it, and the last one, with none in flight, from the start
    assert queue.fetched == [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10], [], []]


def test_a_row_that_became_pending_behind_the_batches_is_written_by_a_last_pass_from_the_start() -> None:
    queue = Queue([1, 2, 3, 4, 5, 6])
    written: list[int] = []

    def write(rows: list[dict[str, Any]], answers: None) -> None:
        for row in rows:
            queue.pending.discard(row["id"])
            written.append(row["id"])
        if rows[0]["id"] == 4:
            queue.pending.add(2)  # e.g. an article changed again meanwhile, its embedding reset

    assert overlapped(queue.fetch, lambda rows: None, write) == 7
    assert written == [1, 2, 3, 4, 5, 6, 2]


def test_a_stop_fetches_nothing_more_and_still_writes_the_batch_in_flight() -> None:
    queue = Queue(list(range(1, 11)))
    written: list[int] = []
    stop = threading.Event()

    def write(rows: list[dict[str, Any]], answers: None) -> None:
        written.extend(row["id"] for row in rows)
        queue.pending.difference_update(row["id"] for row in rows)
        stop.set()  # asked to stop while the first batch is written: the second is already computing

    assert overlapped(queue.fetch, lambda rows: None, write, stop.is_set) == 6
    assert written == [1, 2, 3, 4, 5, 6]
    assert queue.pending == {7, 8, 9, 10}


def test_a_failing_computation_raises_after_the_batches_before_it_are_written() -> None:
    queue = Queue(list(range(1, 8)))
    written: list[int] = []

    def compute(rows: list[dict[str, Any]]) -> None:
        if rows[0]["id"] == 4:
            raise ValueError("the model failed on batch two")

    def write(rows: list[dict[str, Any]], answers: None) -> None:
        written.extend(row["id"] for row in rows)
        queue.pending.difference_update(row["id"] for row in rows)

    with pytest.raises(ValueError, match="batch two"):
        overlapped(queue.fetch, compute, write)
    assert written == [1, 2, 3]
