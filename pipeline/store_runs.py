"""The SQL of runs: the crawl log, job runs, and how workers share a store (one SQLite file: one ingest and one
daemon at a time, held by file locks in the data directory; Postgres: leases and claims, pipeline/store_pg.py).
Part of Store."""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from typing import Any


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@functools.cache
def insert_sql(table: str, columns: tuple[str, ...]) -> str:
    names = ", ".join(f'"{column}"' for column in columns)
    return f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'


class RunTables:
    _rows: Callable[..., list[dict[str, Any]]]  # Store's primitives (pipeline/store.py)
    _tuples: Callable[..., list[tuple[Any, ...]]]
    _write: Callable[..., Any]
    _insert: Callable[[str, dict[str, Any]], int]
    _update: Callable[[str, int, dict[str, Any]], None]
    _committed: Callable[[], Any]
    _crawled: set[str] | None = None  # sources crawled through this connection (SQLite)

    def log_crawl(self, run_id: int | None, entries: list[dict[str, Any]]) -> None:
        """The entries in one commit (or in the caller's transaction)."""
        ts = utc_now()
        rows = [{"run_id": run_id, "ts": ts, **entry, "outcome": str(entry["outcome"])} for entry in entries]
        with self._committed():
            for row in rows:
                self._write(insert_sql("crawl_log", tuple(row)), list(row.values()))

    def start_job(self, job: str) -> int:
        return self._insert("job_runs", {"job": job, "started": utc_now(), "pid": os.getpid()})

    def finish_job(self, run_id: int, ok: bool, counts: dict[str, Any], error: str | None = None) -> None:
        self._update("job_runs", run_id, {"finished": utc_now(), "ok": int(ok), "counts": json.dumps(counts),
                                          "error": error})

    def last_runs(self, limit: int = 10) -> list[dict[str, Any]]:
        rows = self._rows("SELECT * FROM job_runs ORDER BY id DESC LIMIT ?", [limit])
        return [
            {
                "id": row["id"], "job": row["job"], "started": row["started"], "finished": row["finished"],
                "ok": None if row["ok"] is None else bool(row["ok"]),
                "counts": json.loads(row["counts"]) if row["counts"] else {}, "error": row["error"],
            }
            for row in rows
        ]

    def job_name(self, run_id: int) -> str | None:
        """The job of run `run_id` (ingest, reindex, …), None when there is no such run."""
        rows = self._tuples("SELECT job FROM job_runs WHERE id = ?", [run_id])
        return str(rows[0][0]) if rows else None

    def crawl_log(self, run_id: int | None = None) -> list[dict[str, Any]]:
        """The crawl log of one ingest run (default: the latest)."""
        if run_id is None:
            run_id = self._tuples("SELECT MAX(id) FROM job_runs WHERE job = 'ingest'")[0][0]
        return self._rows("SELECT ts, source, url, status, outcome, detail FROM crawl_log WHERE run_id = ? ORDER BY id",
                          [run_id])

    def crawl_outcomes(self, run_id: int) -> dict[str, int]:
        return dict(self._tuples("SELECT outcome, COUNT(*) FROM crawl_log WHERE run_id = ? GROUP BY outcome", [run_id]))

    def copies_first_seen_since(self, since: str) -> int:
        return int(self._tuples("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL AND first_seen >= ?",
                                [since])[0][0])

    # Here (SQLite) each of these hands over everything; PgStore shares the work between workers.

    def take_leases(self, sources: Sequence[str], limit: int) -> list[str]:
        """The sources this worker may crawl now, up to `limit` of them on a shared store (another worker's
        unexpired lease keeps a source from it); here all of them."""
        return list(sources)

    def release_leases(self, sources: Sequence[str], crawled: bool) -> None:
        """Let go of the sources; `crawled`: their crawl ran to its end."""
        if crawled:
            self._crawled = (self._crawled or set()) | set(sources)

    def sources_left(self, sources: Sequence[str], since: str) -> list[str]:
        """The sources no worker has crawled to its end since `since` (here: no crawl through this connection)."""
        return [source for source in sources if source not in (self._crawled or set())]

    def live_workers(self) -> int:
        """How many ingest workers are running on this store now, this one included."""
        return 1

    def fair_share(self, pending: int) -> int:
        """This worker's share of `pending` sources or articles: pending / live workers, rounded up."""
        return -(-pending // self.live_workers())

    def is_scheduler(self) -> bool:
        """Whether this process is the one that sends the weekly digest (one daemon at a time)."""
        return True
