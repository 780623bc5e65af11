"""The Store on PostgreSQL with pgvector: the same verbs and the same SQL as the SQLite store (pipeline/store.py),
through psycopg, for a team whose workers share one database. What differs lives here: the connection and its
errors, plain-SQL migrations (pipeline/sql/postgres/), transactions serialised by an advisory lock the way SQLite
serialises its writers, full-text search for the keyword half and vectors in a pgvector column."""

from __future__ import annotations

import contextlib
import functools
import logging
import math
import os
import re
import socket
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np
from psycopg.pq import TransactionStatus

from pipeline import store_search
from pipeline.config import redacted
from pipeline.store import Store, StoreUnavailable, insert_sql, utc_now
from pipeline.store_search import Filters, _filter_sql

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("sql") / "postgres"
# advisory lock keys (any two 64-bit numbers that no other application on the server uses)
WRITE_LOCK = 0x61697075_6C736501  # every transaction() of every worker, one at a time
MIGRATION_LOCK = 0x61697075_6C736502
SCHEDULER_LOCK = 0x61697075_6C736504  # held for its life by the daemon that sends the weekly digest
TEXT_SEARCH = "english"  # the text search configuration of passages.tsv (migration 0001)
EXTENSION = "vector"  # pgvector


@functools.cache
def _postgres_sql(sql: str) -> str:
    """The store's shared SQL (qmark parameters, SQLite's `IS NOT ?` and GROUP_CONCAT) in Postgres' words."""
    sql = sql.replace("%", "%%").replace(" IS NOT ?", " IS DISTINCT FROM ?")
    sql = re.sub(r"GROUP_CONCAT\(([^,()]+), ', '\)", r"string_agg(\1, ', ')", sql)
    return sql.replace("?", "%s")


class PgStore(Store):
    """`with PgStore(url) as store:` — the database at `url` (migrated on first use by whichever worker gets there
    first). StoreUnavailable, one line without the password, when it cannot be reached or lacks pgvector."""

    _TOTALS = "SELECT COUNT(*), COALESCE(SUM(id), 0) FROM passages"  # no vector file to check against here
    _LIST = "string_agg(({})::text, ',')"
    _ENCODERS = ("WITH RECURSIVE found(encoder) AS ("
                 "(SELECT encoder FROM passages WHERE encoder IS NOT NULL ORDER BY encoder LIMIT 1) UNION ALL "
                 "SELECT (SELECT p.encoder FROM passages p WHERE p.encoder > found.encoder ORDER BY p.encoder LIMIT 1) "
                 "FROM found WHERE found.encoder IS NOT NULL) SELECT encoder FROM found WHERE encoder IS NOT NULL")
    _ARTICLE_FIRST = False  # Postgres' planner is left to choose (its keyword side too: _keyword_ranked)

    def __init__(self, url: str, lease_s: float = 60.0) -> None:  # super().__init__ opens a SQLite file: not called
        import psycopg
        from psycopg.rows import dict_row

        self.url = url
        self.lease_s = float(lease_s)
        self.worker = f"{socket.gethostname()}:{os.getpid()}"  # who holds a lease or a claim
        self._heartbeats: dict[int, threading.Event] = {}  # open job runs → the event that stops their heartbeat
        self._probes = 0  # the IVFFlat lists a search of this connection probes, once set
        self._dict_row = dict_row
        try:
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=10, application_name="aipulse")
        except psycopg.Error as exc:
            raise StoreUnavailable(f"cannot open the Postgres database {redacted(url)}: "
                                   f"{_first_line(exc, url)}") from None
        try:
            self._migrate()
            from pgvector.psycopg import register_vector

            register_vector(self.conn)
        except BaseException:
            self.conn.close()
            raise

    @property
    def location(self) -> str:
        return redacted(self.url)

    @property
    def backend(self) -> str:
        return "postgres"

    @classmethod
    def existing(cls, path: str | Path) -> Store:
        return cls(str(path))

    def close(self) -> None:
        for stop in self._heartbeats.values():
            stop.set()
        self.conn.close()

    def _migrate(self) -> None:
        """pgvector, then the plain-SQL files of pipeline/sql/postgres/ not yet applied, in name order, in one
        transaction, by one worker at a time (the others wait on the lock, then find nothing left)."""
        import psycopg

        where = redacted(self.url)
        if self.conn.execute("SELECT 1 FROM pg_available_extensions WHERE name = %s", [EXTENSION]).fetchone() is None:
            raise StoreUnavailable(f"the Postgres server at {where} has no pgvector: install it on the server "
                                   "(https://github.com/pgvector/pgvector#installation; Debian: apt install "
                                   "postgresql-16-pgvector), or use a server that has it")
        try:
            with self.conn.transaction():
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", [MIGRATION_LOCK])  # two workers starting at once
                self.conn.execute(f"CREATE EXTENSION IF NOT EXISTS {EXTENSION}")  # type: ignore[arg-type]
        except psycopg.Error as exc:
            raise StoreUnavailable(f"cannot enable pgvector in {where} ({_first_line(exc, self.url)}): ask the "
                                   f"database's owner to run CREATE EXTENSION {EXTENSION}") from None
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", [MIGRATION_LOCK])
            self.conn.execute("CREATE TABLE IF NOT EXISTS aipulse_migrations (name text PRIMARY KEY, applied text)")
            done = {row[0] for row in self.conn.execute("SELECT name FROM aipulse_migrations")}
            for path in sorted(MIGRATIONS.glob("*.sql")):
                if path.stem not in done:
                    self.conn.execute(path.read_text())  # type: ignore[call-overload]  # our own files, no parameters
                    self.conn.execute("INSERT INTO aipulse_migrations (name, applied) VALUES (%s, now()::text)",
                                      [path.stem])

    def applied_migrations(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT name FROM aipulse_migrations ORDER BY name")]

    # --- the primitives every verb goes through (pipeline/store.py) -----------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write, one at a time across every worker (the advisory lock), as SQLite's IMMEDIATE
        transactions are: the read-then-write verbs (claiming a digest week or an alert) stay at most once, and
        storing a page with its story links (pipeline/process.py) is one step, so two workers storing two copies
        of one story at once cannot start two stories."""
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK])
            yield

    @contextlib.contextmanager
    def _committed(self) -> Iterator[None]:
        if self.conn.info.transaction_status != TransactionStatus.IDLE:  # inside the caller's transaction
            yield
            return
        with self.conn.transaction():
            yield

    def _write(self, sql: str, params: Sequence[Any]) -> Any:
        with self._committed():
            return self.conn.execute(_postgres_sql(sql), list(params))  # type: ignore[arg-type]

    def _write_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        with self._committed(), self.conn.cursor() as cursor:
            cursor.executemany(_postgres_sql(sql), rows)  # type: ignore[arg-type]

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        with self._committed():
            found = self._tuples(insert_sql(table, tuple(row)) + " RETURNING id", list(row.values()))
        return int(found[0][0]) if found else 0

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self.conn.cursor(row_factory=self._dict_row) as cursor:
            return cursor.execute(_postgres_sql(sql), list(params)).fetchall()  # type: ignore[arg-type]

    def _tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(_postgres_sql(sql), list(params)).fetchall()  # type: ignore[arg-type]

    def vacuum(self, tables: Sequence[str]) -> None:
        """VACUUM these tables of ours (never another application's in the same database), outside any transaction:
        the full-text index's pending entries (which every keyword query reads one by one until they are merged) go
        into the index, and the rows' visibility is settled once, so that index-only scans (a company filter's look at
        the mentions) read no rows. After a copy of 100,000 units, warm hybrid search went from 38 to 33 ms with the
        passages vacuumed (a one-off); autovacuum does the same in its own time for a store that ingest fills."""
        self.conn.execute(f"VACUUM {', '.join(tables)}")  # type: ignore[arg-type]  # our own table names

    def _binary(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """`_tuples` in Postgres' binary format: a vector arrives as its float32 bytes, not as text that Python parses
        number by number (the 600 vectors a search reads: 6.3 ms as text)."""
        return self.conn.execute(_postgres_sql(sql), list(params), binary=True).fetchall()  # type: ignore[arg-type]

    def _stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        yield from self._rows(sql, params)

    def _version(self) -> Any:
        """Moves whenever any transaction that wrote has finished, from any connection."""
        return self._tuples("SELECT pg_snapshot_xmax(pg_current_snapshot())::text")[0][0]

    # --- what is Postgres' own ---------------------------------------------------------------------------

    # --- many workers: claims, leases, heartbeats, the digest's scheduler ---------------------------------------

    def articles_to_score(self, version: str, limit: int) -> list[dict[str, Any]]:
        """As on SQLite, and claimed for this worker: another worker's live claim keeps an article from it."""
        return self._claim("score", "stance_version IS DISTINCT FROM %s", [version], limit)

    def articles_to_embed(self, version: str, limit: int, after: int = 0) -> list[dict[str, Any]]:
        return self._claim("embed", "embed_version IS DISTINCT FROM %s AND duplicate_of IS NULL", [version], limit,
                           after)

    def _claim(self, stage: str, condition: str, params: list[Any], limit: int, after: int = 0) -> list[dict[str, Any]]:
        """Up to `limit` articles meeting `condition` with ids above `after`, marked as this worker's for lease_s.
        The pick locks its rows and skips rows another worker's pick holds; a row claimed meanwhile is checked again
        in its claimed state (Postgres re-reads a row that changed under a FOR UPDATE), so no article goes to two
        workers.

        A worker takes at most its fair share of what is pending, claimed or not (`fair_share`), so
        one that reaches this stage first leaves work for the others rather than claiming `limit` of a short queue."""
        holder, until = f"{stage}_holder", f"{stage}_until"
        free = f"{condition} AND id > %s AND ({until} IS NULL OR {until} < now() OR {holder} = %s)"
        with self.conn.transaction(), self.conn.cursor(row_factory=self._dict_row) as cursor:
            count = cursor.execute(f"SELECT COUNT(*) AS n FROM articles WHERE {condition}",  # type: ignore[call-overload,index]
                                   params).fetchone()["n"]
            share = max(1, min(limit, self.fair_share(count)))
            rows = cursor.execute(  # type: ignore[call-overload]
                f"UPDATE articles SET {holder} = %s, {until} = now() + make_interval(secs => %s) WHERE id IN ("
                f"SELECT id FROM articles WHERE {free} ORDER BY id LIMIT %s FOR UPDATE SKIP LOCKED) RETURNING id, text",
                [self.worker, self.lease_s, *params, after, self.worker, share]).fetchall()
        return sorted(rows, key=lambda row: row["id"])  # in id order, as on SQLite: the same batches score the same

    def take_leases(self, sources: Sequence[str], limit: int) -> list[str]:
        """Up to `limit` of the sources whose lease is free, lapsed or already this worker's, in the order given, now
        leased to it for lease_s (renewed by the heartbeat of its open job run)."""
        taken: list[str] = []
        with self.transaction():  # one worker at a time: the first source free when read is still free when taken
            for source in sources:
                if len(taken) == limit:
                    break
                if self._tuples(
                        "INSERT INTO crawl_leases (source, holder, expires) VALUES (?, ?, now() + make_interval(secs => ?)) "
                        "ON CONFLICT (source) DO UPDATE SET holder = excluded.holder, expires = excluded.expires "
                        "WHERE crawl_leases.holder IS NULL OR crawl_leases.expires < now() "
                        "OR crawl_leases.holder = excluded.holder RETURNING source", [source, self.worker, self.lease_s]):
                    taken.append(source)
        return taken

    def release_leases(self, sources: Sequence[str], crawled: bool) -> None:
        stamp = ", crawled = now()" if crawled else ""
        self._write(f"UPDATE crawl_leases SET holder = NULL, expires = NULL{stamp} WHERE source = ANY(?) "
                    "AND holder = ?", [list(sources), self.worker])

    def sources_left(self, sources: Sequence[str], since: str) -> list[str]:
        done = {row[0] for row in self._tuples("SELECT source FROM crawl_leases WHERE source = ANY(?) "
                                               "AND crawled >= ?::timestamptz", [list(sources), since])}
        return [source for source in sources if source not in done]

    def start_job(self, job: str) -> int:
        """As on SQLite, with the host and a heartbeat: a thread of this process (its own connection) beats every
        lease_s / 3 until finish_job, renewing this worker's leases too; a run whose heartbeat stopped is
        abandoned, on any host."""
        run_id = self._insert("job_runs", {"job": job, "started": utc_now(), "pid": os.getpid(),
                                           "host": socket.gethostname(), "heartbeat": utc_now()})
        stop = threading.Event()
        self._heartbeats[run_id] = stop
        threading.Thread(target=self._beat, args=(run_id, stop), name=f"aipulse-heartbeat-{run_id}",
                         daemon=True).start()
        return run_id

    def finish_job(self, run_id: int, ok: bool, counts: dict[str, Any], error: str | None = None) -> None:
        stop = self._heartbeats.pop(run_id, None)
        if stop is not None:
            stop.set()
        super().finish_job(run_id, ok, counts, error)

    def _beat(self, run_id: int, stop: threading.Event) -> None:
        import psycopg

        try:
            with psycopg.connect(self.url, autocommit=True, connect_timeout=10) as conn:
                while not stop.wait(self.lease_s / 3):
                    conn.execute("UPDATE job_runs SET heartbeat = %s WHERE id = %s", [utc_now(), run_id])
                    conn.execute("UPDATE crawl_leases SET expires = now() + make_interval(secs => %s) "
                                 "WHERE holder = %s", [self.lease_s, self.worker])
        except psycopg.Error as exc:  # the server went away: the leases lapse, as a dead worker's do
            log.warning("heartbeat of job run %d stopped: %s", run_id, _first_line(exc, self.url))

    def _abandoned_runs(self, now: str, alive: Callable[[int], bool]) -> list[int]:
        """Open job runs whose heartbeat stopped for lease_s (any host), or whose process on this host is gone."""
        stale, host = self._beaten_since(datetime.fromisoformat(now)), socket.gethostname()
        return [run_id for run_id, pid, on, beat in self._tuples("SELECT id, pid, host, heartbeat FROM job_runs "
                                                                 "WHERE finished IS NULL")
                if (beat or "") < stale or (on == host and (pid is None or not alive(pid)))]

    def _beaten_since(self, now: datetime) -> str:
        """The oldest heartbeat of a run still alive at `now` (three beats of lease_s / 3)."""
        return (now - timedelta(seconds=self.lease_s)).isoformat(timespec="seconds")

    def live_workers(self) -> int:
        """Open ingest runs whose heartbeat is fresh (at least this one)."""
        fresh = self._beaten_since(datetime.now(timezone.utc))
        return max(1, int(self._tuples("SELECT COUNT(*) FROM job_runs WHERE job = 'ingest' AND finished IS NULL "
                                       "AND heartbeat >= ?", [fresh])[0][0]))

    def is_scheduler(self) -> bool:
        """Whether this connection holds the digest scheduler's advisory lock, taking it when free: the daemon
        holding it sends the weekly digest; when it dies its connection closes and the next daemon to ask takes it."""
        import psycopg

        try:
            return bool(self._tuples("SELECT pg_try_advisory_lock(?)", [SCHEDULER_LOCK])[0][0] if not self._held(
                SCHEDULER_LOCK) else True)
        except psycopg.OperationalError:  # the connection dropped (and the lock with it): a new one asks again
            self.conn.close()
            self.conn = psycopg.connect(self.url, autocommit=True, connect_timeout=10, application_name="aipulse")
            return bool(self._tuples("SELECT pg_try_advisory_lock(?)", [SCHEDULER_LOCK])[0][0])

    def _held(self, key: int) -> bool:
        """Whether this connection holds the session advisory lock `key` (asked of the server, not remembered: a
        dropped connection has lost it)."""
        return bool(self._tuples(
            "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted "
            "AND ((classid::bigint << 32) | objid::bigint) = ?", [key])[0][0])

    def replace_passages(self, article_id: int, rows: Sequence[dict[str, Any]], version: str) -> tuple[list[int],
                                                                                                         list[int]]:
        """As on SQLite, with each float32 vector as a pgvector value."""
        converted = [row | {"vector": np.frombuffer(row["vector"], dtype=np.float32)}
                     if isinstance(row.get("vector"), bytes) else row for row in rows]
        return super().replace_passages(article_id, converted, version)

    def iter_vectors(self, batch: int = 20000) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        last = -1
        while rows := self._binary("SELECT id, vector FROM passages WHERE id > ? AND vector IS NOT NULL "
                                   "ORDER BY id LIMIT ?", [last, batch]):
            ids = np.array([row[0] for row in rows], dtype=np.int64)
            yield ids, np.stack([_array(row[1]) for row in rows])
            last = int(ids[-1])

    def vectors_of(self, ids: Sequence[int]) -> tuple[list[int], np.ndarray]:
        rows = self._binary("SELECT id, vector FROM passages WHERE id = ANY(?) AND vector IS NOT NULL", [list(ids)])
        if not rows:
            return [], np.zeros((0, 0), np.float32)
        return [int(row[0]) for row in rows], np.stack([_array(row[1]) for row in rows])

    @staticmethod
    def _vector(value: Any) -> np.ndarray:
        return _array(value)

    def nearest(self, vector: np.ndarray, k: int, allowed: Sequence[int] | np.ndarray | None, probes: int = 0
                ) -> list[tuple[int, float]]:
        """The k units whose vectors have the largest inner product with `vector` (cosine: they are normalised):
        through the IVFFlat index, `probes` lists of it, when the store has one (vector_index); else, and among
        `allowed` only when a filter chose them, exactly."""
        from pgvector import Vector

        dim = int(vector.shape[0])
        query = Vector(vector.astype(np.float32))
        distance = f"(vector::vector({dim}) <#> %s::vector({dim}))"
        if allowed is None:
            if probes and probes != self._probes:  # a statement of its own: a search thread and a keyword thread
                self._probes = probes  # may share this connection, so no transaction spans the two
                self.conn.execute(f"SET ivfflat.probes = {int(probes)}")  # type: ignore[arg-type]
            rows = self.conn.execute(  # type: ignore[call-overload]
                f"SELECT id, -{distance} FROM passages WHERE vector IS NOT NULL ORDER BY {distance} LIMIT %s",
                [query, query, k]).fetchall()
        else:
            rows = self.conn.execute(  # type: ignore[call-overload]
                f"SELECT id, d FROM (SELECT id, -{distance} AS d FROM passages WHERE id = ANY(%s) "
                "AND vector IS NOT NULL OFFSET 0) AS found ORDER BY d DESC LIMIT %s", [query, np.asarray(allowed).tolist(), k]
            ).fetchall()
        return [(int(row[0]), float(row[1])) for row in rows]

    def drop_vectors_except(self, model: str) -> int:
        """As on SQLite, and the IVFFlat index goes with them: its expression casts every vector to the old model's
        width, so a vector of the new model would not even insert. index/pgvectors.py builds it again when due."""
        dropped = super().drop_vectors_except(model)
        if dropped and self.vector_index_trained_on():
            self.build_vector_index(0, 0)
        return dropped

    def vector_size(self) -> int:
        """How many dimensions the stored vectors have (0: none stored)."""
        rows = self._tuples("SELECT vector_dims(vector) FROM passages WHERE vector IS NOT NULL LIMIT 1")
        return int(rows[0][0]) if rows else 0

    def vector_index_trained_on(self) -> int:
        """How many vectors the IVFFlat index was built over (0: no index, searches are exact)."""
        rows = self._tuples("SELECT trained_on FROM vector_index")
        return int(rows[0][0]) if rows else 0

    def build_vector_index(self, dim: int, lists: int) -> None:
        """The IVFFlat index over the vectors as `dim`-dimensional, with `lists` lists trained on them now (lists 0:
        none, exact scans); one worker at a time, and the others' writes wait while it builds."""
        with self.transaction():
            for (name,) in self._tuples("SELECT indexname FROM pg_indexes WHERE tablename = 'passages' "
                                        "AND indexname LIKE 'passages_vector_%'"):
                self._write(f'DROP INDEX "{name}"', [])
            self._write("DELETE FROM vector_index", [])
            if lists:
                # pgvector's k-means holds a sample of 50 vectors a list, and asks for about three times its size
                sample_mb = min(self.vector_ids()[0], 50 * lists) * dim * 4 / 2**20
                self._write(f"SET LOCAL maintenance_work_mem = '{max(256, int(4 * sample_mb) + 64)}MB'", [])
                self._write(f"CREATE INDEX passages_vector_{dim} ON passages USING ivfflat ((vector::vector({dim})) "
                            f"vector_ip_ops) WITH (lists = {int(lists)})", [])
                self._write("INSERT INTO vector_index (dim, lists, trained_on, built) VALUES (?, ?, ?, ?)",
                            [dim, lists, self.vector_ids()[0], utc_now()])

    def _keyword_ranked(self, words: list[str], limit: int, filters: Filters, newest: int | None = None,
                        rarer: Sequence[str] = ()) -> list[tuple[int, float]]:
        """Postgres' full-text search, ranked the way BM25 ranks on SQLite as far as ts_rank allows: per query word
        its ts_rank with the unit's length normalised (flag 1), weighted by the word's rarity (BM25's idf, from
        the counts _affordable already made), summed. Plain ts_rank over an OR of the words weighs "is" like
        "Llama" and favours long passages: its top 10 shared almost nothing with BM25's on the demo."""
        units = max(1, self.vector_ids()[0])
        held = self.units_holding_each(words)
        weights = [math.log((units - held[word] + 0.5) / (held[word] + 0.5) + 1) for word in words]
        each = [f"plainto_tsquery('{TEXT_SEARCH}', ?)" for _ in words]
        relevance = " + ".join(f"{weight:.6f} * ts_rank(p.tsv, {query}, 1)" for weight, query in zip(weights, each,
                                                                                                    strict=True))
        where, params = _filter_sql(filters) if filters else ("1 = 1", [])
        since = "p.id >= ?"
        if rarer:  # their units count however old (store_search.SearchTables.keyword_search)
            since = f"(p.id >= ? OR p.tsv @@ ({' || '.join(each[:len(rarer)])}))"
        rows = self._tuples(
            f"SELECT p.id, {relevance} AS relevance FROM passages p JOIN articles a ON a.id = p.article_id "
            f"WHERE p.tsv @@ ({' || '.join(each)}) AND {since} AND {where} ORDER BY relevance DESC, p.id LIMIT ?",
            [*words, *words, newest or 0, *rarer, *params, limit])
        return [(int(row[0]), float(row[1])) for row in rows]

    def _newest_holding(self, words: list[str], limit: int) -> int | None:
        each = " || ".join(f"plainto_tsquery('{TEXT_SEARCH}', ?)" for _ in words)
        rows = self._tuples(f"SELECT id FROM passages WHERE tsv @@ ({each}) ORDER BY id DESC LIMIT 1 OFFSET ?",
                            [*words, max(store_search.POSTINGS_BUDGET, limit) - 1])
        return int(rows[0][0]) if rows else None

    def _count_holding(self, words: Sequence[str], cap: int) -> list[int]:
        """All the words' counts in one round trip. The counted rows select no column (`SELECT FROM`), so the bitmap
        scan of the text index skips the pages the visibility map marks all-visible instead of reading each one: at
        100,000 units a word of 4,344 read 3,796 pages for `SELECT 1` and 9 for this, 2.3 ms against 4.2 ms warm and
        4 ms against 44 ms on a first search (a one-off, December 2026). Units written since the last vacuum are read
        as before."""
        return [int(row[0]) for row in self._tuples(self._COUNTS, [cap, list(words)])]

    _COUNTS = (f"SELECT (SELECT COUNT(*) FROM (SELECT FROM passages WHERE tsv @@ plainto_tsquery('{TEXT_SEARCH}', w) "
               "LIMIT ?) AS holding) FROM unnest(?::text[]) WITH ORDINALITY AS given(w, n) ORDER BY n")

    def _passing_sql(self, ids: Sequence[int], filters: Filters) -> tuple[str, list[Any]]:
        """As on SQLite, the units given as one array: a list of 400 parameters took twice as long to send and plan
        (4-7 against 2-4 ms a call at 100,000 units, a one-off)."""
        where, params = _filter_sql(filters, article_first=self._ARTICLE_FIRST)
        # the articles joined only for a date or a source: for a company alone, the join read every article (3.6 ms)
        joined = " JOIN articles a ON a.id = p.article_id" if _articles_named(filters) else ""
        return f"SELECT p.id FROM passages p{joined} WHERE p.id = ANY(?) AND {where}", [list(ids), *params]

    def encoders_in_use(self) -> list[str]:
        """As on SQLite, by a walk down the passages_encoder index (migration 0008): one probe per model, where
        SELECT DISTINCT read every passage."""
        return [row[0] for row in self._tuples(self._ENCODERS) if row[0]]


def _articles_named(filters: Filters) -> bool:
    """Whether the filters ask about the articles (a date or a source), not only about their mentions."""
    return any(value is not None for value in (filters.since, filters.until, filters.source))


def _array(value: Any) -> np.ndarray:
    """A stored vector as float32 (pgvector's adapter gives a Vector or an array, by how the value came back)."""
    return np.asarray(value.to_numpy() if hasattr(value, "to_numpy") else value, dtype=np.float32)


def _first_line(exc: BaseException, url: str) -> str:
    """The error's first line, the password cut out should a driver ever quote it."""
    line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    password = urlsplit(url).password
    return line.replace(password, "***") if password else line
