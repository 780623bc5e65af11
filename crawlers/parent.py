"""A child process that ends with the process that started it."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal

PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """On Linux, be killed when the ingest that started this crawl dies (kill -9 included), so no orphan
    crawl goes on writing beside the next ingest. (The kernel sends the signal when the *thread* that
    started the child ends; the ingest starts its crawl from the thread that then waits for it.)"""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the ingest's own stop still ends the crawl
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)
