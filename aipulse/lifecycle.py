"""A process's life cycle: whether it was asked to stop, and the child processes a stop must reach.

The entry point (the `ingest` command, the daemon, the demo) makes one `Lifecycle` and passes it down;
work that loops asks `should_stop` between safe steps, and `request_stop` reaches its children.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import threading
from collections.abc import Iterator

STOPPED = "stopped early: shutting down; the next run picks up the rest"


class Lifecycle:
    def __init__(self) -> None:
        self._stop = threading.Event()
        self._children: set[subprocess.Popen[str]] = set()

    def should_stop(self) -> bool:
        return self._stop.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`, less if a stop is requested; whether one was."""
        return self._stop.wait(seconds)

    def request_stop(self, grace_s: float = 3.0) -> None:
        """Stop at the next safe point: each child gets SIGTERM, then SIGKILL after `grace_s` (its writes are
        transactions, so a kill loses nothing stored); scoring and embedding stop after their current batch."""
        self._stop.set()
        for child in list(self._children):
            child.terminate()
            timer = threading.Timer(grace_s, lambda child=child: child.poll() is None and child.kill())
            timer.daemon = True
            timer.start()

    @contextlib.contextmanager
    def child(self, process: subprocess.Popen[str]) -> Iterator[subprocess.Popen[str]]:
        """A child process that `request_stop` must reach while the block runs."""
        self._children.add(process)
        try:
            yield process
        finally:
            self._children.discard(process)

    @property
    def children(self) -> list[subprocess.Popen[str]]:
        return list(self._children)


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs (this one included: the daemon runs a digest beside an ingest)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, someone else's
        pass
    return True
