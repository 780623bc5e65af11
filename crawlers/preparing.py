"""Pages prepared (extracted, shingled) in a worker process beside the crawl's own, so that on two cores the
fetching and the extraction run at once; on one core, or when the worker cannot start, in the crawl's process."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from crawlers.parent import die_with_parent
from pipeline.models import RawPage
from pipeline.process import Prepared, prepare_page

log = logging.getLogger(__name__)


class WorkerDied(RuntimeError):
    """The worker process ended while preparing a page (a crash in a parser, the memory limit)."""


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _in_worker(parent: int) -> None:
    die_with_parent(parent)  # a killed crawl leaves no worker behind
    import pipeline.extract  # noqa: F401 - the extractor loads now, beside the crawl's start, not with the first page


class PagePreparer:
    """`await prepare(page)`: a worker process when there are two cores or more, pages in the order given."""

    def __init__(self, cores: int | None = None) -> None:
        self.cores = usable_cores() if cores is None else cores
        self.pool: Executor | None = None
        if self.cores >= 2:
            self._start()

    def _start(self) -> None:
        # spawn, not fork: the crawl's process runs a reactor and threads by then
        self.pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"), initializer=_in_worker,
                                        initargs=(os.getpid(),))
        self.pool.submit(int)  # the worker starts and imports while this process imports Scrapy and reads feeds

    async def prepare(self, page: RawPage) -> Prepared:
        if self.pool is None:
            return prepare_page(page)
        try:
            return await asyncio.get_running_loop().run_in_executor(self.pool, prepare_page, page)
        except BrokenProcessPool as exc:  # this page killed it: the next ones get a new worker
            log.error("the page worker died preparing %s; starting a new one", page.url)
            self.pool.shutdown(wait=False, cancel_futures=True)
            self._start()
            raise WorkerDied(f"the page worker died preparing this page ({exc})") from None

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def __enter__(self) -> PagePreparer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
