"""The Store on PostgreSQL with pgvector: the same verbs and the same SQL as the SQLite store (pipeline/store.py),
through psycopg, for a team whose workers share one database. What differs lives here: the connection and its
errors, plain-SQL migrations (pipeline/sql/postgres/), transactions serialised by an advisory lock the way SQLite
serialises its writers, full-text search for the keyword half and vectors in a pgvector column."""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np

from pipeline.config import redacted
from pipeline.store import Store, StoreUnavailable
from pipeline.store_search import Filters, _filter_sql

MIGRATIONS = Path(__file__).with_name("sql") / "postgres"
# advisory lock keys (any two 64-bit numbers that no other application on the server uses)
WRITE_LOCK = 0x61697075_6C736501  # every transaction() of every worker, one at a time
MIGRATION_LOCK = 0x61697075_6C736502
STORY_LOCK = 0x61697075_6C736503  # linking syndicated copies into stories
TEXT_SEARCH = "english"
EXTENSION = "vector"  # pgvector  # the text search configuration of passages.tsv (migration 0001)


@functools.cache
def _postgres_sql(sql: str) -> str:
    """The store's shared SQL (qmark parameters, SQLite's `IS NOT ?` and GROUP_CONCAT) in Postgres' words."""
    sql = sql.replace("%", "%%").replace(" IS NOT ?", " IS DISTINCT FROM ?")
    sql = re.sub(r"GROUP_CONCAT\(([^,()]+), ', '\)", r"string_agg(\1, ', ')", sql)
    return sql.replace("?", "%s")


class PgStore(Store):
    """`with PgStore(url) as store:` — the database at `url` (migrated on first use by whichever worker gets there
    first). StoreUnavailable, one line without the password, when it cannot be reached or lacks pgvector."""

    def __init__(self, url: str) -> None:  # noqa: super().__init__ opens a SQLite file, which this store has none of
        import psycopg
        from psycopg.rows import dict_row

        self.url = url
        self.path = Path(redacted(url))
        self._indexed: set[int] = set()  # vector sizes whose HNSW index is known to exist
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
        self.conn.close()

    def _migrate(self) -> None:
        """The plain-SQL files of pipeline/sql/postgres/ not yet applied, in name order, each in its transaction,
        by one worker at a time (the others wait on the lock, then find nothing left)."""
        import psycopg

        where = redacted(self.url)
        if self.conn.execute("SELECT 1 FROM pg_available_extensions WHERE name = %s", [EXTENSION]).fetchone() is None:
            raise StoreUnavailable(f"the Postgres server at {where} has no pgvector: install it on the server "
                                   "(https://github.com/pgvector/pgvector#installation; Debian: apt install "
                                   "postgresql-16-pgvector), or use a server that has it")
        try:
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
        transactions are: the read-then-write verbs (claiming a digest week or an alert) stay at most once."""
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK])
            yield

    @contextlib.contextmanager
    def _committed(self) -> Iterator[None]:
        if self.conn.info.transaction_status != 0:  # inside the caller's transaction
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
        names = ", ".join(f'"{column}"' for column in row)
        marks = ", ".join("%s" for _ in row)
        with self._committed():
            found = self.conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks}) RETURNING id',  # type: ignore[arg-type]
                                      list(row.values())).fetchone()
        return int(found[0]) if found else 0

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self.conn.cursor(row_factory=self._dict_row) as cursor:
            return cursor.execute(_postgres_sql(sql), list(params)).fetchall()  # type: ignore[arg-type]

    def _tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(_postgres_sql(sql), list(params)).fetchall()  # type: ignore[arg-type]

    def _stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        yield from self._rows(sql, params)

    def _version(self) -> Any:
        """Moves whenever any transaction that wrote has finished, from any connection."""
        return self._tuples("SELECT pg_snapshot_xmax(pg_current_snapshot())::text")[0][0]

    # --- what is Postgres' own ---------------------------------------------------------------------------

    def upsert_article(self, *args: Any, **kwargs: Any) -> Any:
        """As on SQLite, read then write as one step: two workers may meet the same URL through two sources."""
        with self.transaction():
            return super().upsert_article(*args, **kwargs)

    @contextlib.contextmanager
    def story_lock(self) -> Iterator[None]:
        """Linking an article into a story (reading its candidates, then writing its story) by one worker at a time,
        so two copies of one story stored at once by two workers cannot start two stories."""
        self.conn.execute("SELECT pg_advisory_lock(%s)", [STORY_LOCK])
        try:
            yield
        finally:
            self.conn.execute("SELECT pg_advisory_unlock(%s)", [STORY_LOCK])

    def replace_passages(self, article_id: int, rows: Sequence[dict[str, Any]], version: str) -> tuple[list[int],
                                                                                                         list[int]]:
        """As on SQLite, with each float32 vector as a pgvector value."""
        converted = [row | {"vector": np.frombuffer(row["vector"], dtype=np.float32)}
                     if isinstance(row.get("vector"), bytes) else row for row in rows]
        return super().replace_passages(article_id, converted, version)

    def iter_vectors(self, batch: int = 20000) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        last = -1
        while rows := self._tuples("SELECT id, vector FROM passages WHERE id > ? AND vector IS NOT NULL "
                                   "ORDER BY id LIMIT ?", [last, batch]):
            ids = np.array([row[0] for row in rows], dtype=np.int64)
            yield ids, np.stack([np.asarray(row[1], dtype=np.float32) for row in rows])
            last = int(ids[-1])

    def vectors_of(self, ids: Sequence[int]) -> tuple[list[int], np.ndarray]:
        rows = self._tuples("SELECT id, vector FROM passages WHERE id = ANY(?) AND vector IS NOT NULL", [list(ids)])
        if not rows:
            return [], np.zeros((0, 0), np.float32)
        return [int(row[0]) for row in rows], np.stack([np.asarray(row[1], dtype=np.float32) for row in rows])

    def nearest(self, vector: np.ndarray, k: int, allowed: Sequence[int] | None) -> list[tuple[int, float]]:
        """The k units whose vectors have the largest inner product with `vector` (cosine: they are normalised),
        through the HNSW index; among `allowed` only, exactly, when a filter chose them."""
        from pgvector import Vector

        dim = int(vector.shape[0])
        self.ensure_vector_index(dim)
        query = Vector(vector.astype(np.float32))
        distance = f"(vector::vector({dim}) <#> %s::vector({dim}))"
        if allowed is None:
            with self.conn.transaction():
                self.conn.execute(f"SET LOCAL hnsw.ef_search = {max(40, k)}")  # type: ignore[arg-type]
                rows = self.conn.execute(f"SELECT id, -{distance} FROM passages ORDER BY {distance} LIMIT %s",  # type: ignore[arg-type]
                                         [query, query, k]).fetchall()
        else:
            rows = self.conn.execute(  # type: ignore[call-overload]
                f"SELECT id, d FROM (SELECT id, -{distance} AS d FROM passages WHERE id = ANY(%s) "
                "AND vector IS NOT NULL OFFSET 0) AS found ORDER BY d DESC LIMIT %s", [query, list(allowed), k]).fetchall()
        return [(int(row[0]), float(row[1])) for row in rows]

    def ensure_vector_index(self, dim: int) -> None:
        """The HNSW index over the vectors as `dim`-dimensional (a pgvector column without a fixed size cannot be
        indexed; the configured model decides the size)."""
        if dim in self._indexed:
            return
        with self.transaction():
            self.conn.execute(f"CREATE INDEX IF NOT EXISTS passages_vector_{dim} ON passages USING hnsw "  # type: ignore[arg-type]
                              f"((vector::vector({dim})) vector_ip_ops)")
        self._indexed.add(dim)

    def _keyword_ranked(self, words: list[str], limit: int, filters: Filters) -> list[tuple[int, float]]:
        """ts_rank_cd over the units holding any of the words (Postgres' full-text search; BM25 is SQLite's)."""
        query = " || ".join(f"plainto_tsquery('{TEXT_SEARCH}', ?)" for _ in words)
        where, params = _filter_sql(filters) if filters else ("1 = 1", [])
        rows = self._tuples(
            f"SELECT p.id, ts_rank_cd(p.tsv, q) AS relevance FROM passages p JOIN articles a ON a.id = p.article_id, "
            f"({f'SELECT {query} AS q'}) AS wanted WHERE p.tsv @@ q AND {where} ORDER BY relevance DESC, p.id LIMIT ?",
            [*words, *params, limit])
        return [(int(row[0]), float(row[1])) for row in rows]

    def _count_holding(self, word: str, cap: int) -> int:
        return int(self._tuples(
            f"SELECT COUNT(*) FROM (SELECT 1 FROM passages WHERE tsv @@ plainto_tsquery('{TEXT_SEARCH}', ?) LIMIT ?) "
            "AS holding", [word, cap])[0][0])


def _first_line(exc: BaseException, url: str) -> str:
    """The error's first line, the password cut out should a driver ever quote it."""
    line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    password = urlsplit(url).password
    return line.replace(password, "***") if password else line
