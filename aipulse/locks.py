"""Exclusive locks on files in the data directory (flock): released by the kernel when their process
dies, so a killed process never leaves one stuck. The file holds the holder's process id."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO


class LockBusy(Exception):
    def __init__(self, holder: str) -> None:
        super().__init__(holder)
        self.holder = holder


def hold(path: Path) -> IO[str]:
    """Take the lock on `path` and write this process's id into it; LockBusy(holder's id) when it is held."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.seek(0)
        holder = handle.read().strip() or "unknown"
        handle.close()
        raise LockBusy(holder) from None
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    return handle


def wait_to_hold(path: Path, should_stop: Callable[[], bool], on_wait: Callable[[str], None],
                 poll_s: float = 0.25) -> IO[str] | None:
    """The lock on `path` once its holder lets go (on_wait(holder) is called once); None if told to stop first."""
    told = False
    while True:
        try:
            return hold(path)
        except LockBusy as busy:
            if not told:
                on_wait(busy.holder)
                told = True
        if should_stop():
            return None
        time.sleep(poll_s)
