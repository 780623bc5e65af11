"""Copy a SQLite store into an empty Postgres one, in one transaction, and prove the copy: row counts per table and
checksums of the article URLs, the mentions and the vectors, computed the same way from both sides. Part of the
store layer (all its SQL is the stores' shared SQL)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from pipeline.store import Store, StoreUnavailable
from pipeline.store_pg import PgStore

# in this order, so a reader of a half-made copy would never see a row pointing at one not yet there (the copy is
# one transaction anyway); the FTS5 tables are SQLite's own and Postgres derives passages.tsv itself
TABLES = ("articles", "pages", "validators", "story_bands", "crawl_log", "job_runs", "mentions", "passages", "digests",
          "alert_deliveries", "alert_state")
IDENTITY = ("articles", "crawl_log", "job_runs", "mentions", "passages")  # ids kept: their sequences move past them
BATCH = 2000


class CopyRefused(StoreUnavailable):
    """The target is not an empty aipulse database; nothing was written."""


class CopyMismatch(StoreUnavailable):
    """The copy, read back before it committed, differs from its source; it was rolled back."""


def copy_store(source: Store, target: PgStore, on_table: Callable[[str, int], None] = lambda table, rows: None
               ) -> dict[str, Any]:
    """Every row of `source` into `target` (which must hold no articles), ids kept, and the proof read back before
    the copy commits. Returns {"tables": {table: rows}, "checksums": {...}, "verified": True}; CopyMismatch when
    counts or checksums differ (nothing is written then)."""
    held = target.counts()["articles"]
    if held:
        raise CopyRefused(f"the Postgres database {target.location} already holds {held} articles: copy into an "
                          "empty database")
    copied: dict[str, int] = {}
    with target.transaction():  # checked before it commits: a copy that differs is rolled back whole
        for table in TABLES:
            copied[table] = _copy_table(source, target, table)
            on_table(table, copied[table])
        for table in IDENTITY:
            target._tuples(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                           f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)")
        counts = {table: (_count(source, table), _count(target, table)) for table in TABLES}
        mine, theirs = checksums(source), checksums(target)
        wrong = [table for table, (there, here) in counts.items() if there != here]
        wrong += [name for name in mine if mine[name] != theirs[name]]
        if wrong:
            raise CopyMismatch(f"the copy differs from its source in {', '.join(wrong)}: nothing was written")
        # the tables' statistics now, not when autovacuum next looks: planned without them, a keyword query joined
        # with a company and a stance filter took 0.7-1.4 s after a copy of 100,000 units, with them 26-36 ms
        target._write("ANALYZE", [])
    target.vacuum(TABLES)
    return {"tables": copied, "checksums": mine, "verified": True}


def _copy_table(source: Store, target: PgStore, table: str) -> int:
    wanted = [row[1] for row in source._tuples(f'PRAGMA table_info("{table}")')]
    present = {row[0] for row in target._tuples("SELECT column_name FROM information_schema.columns WHERE "
                                                "table_name = ?", [table])}
    columns = [column for column in wanted if column in present]
    names = ", ".join(f'"{column}"' for column in columns)
    insert = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
    vector = columns.index("vector") if table == "passages" and "vector" in columns else -1
    total = 0
    for rows in _batches(source, f'SELECT {names} FROM "{table}" ORDER BY rowid'):
        if vector >= 0:
            rows = [(*row[:vector], None if row[vector] is None else np.frombuffer(row[vector], dtype=np.float32),
                     *row[vector + 1:]) for row in rows]
        target._write_many(insert, rows)
        total += len(rows)
    return total


def _batches(source: Store, sql: str) -> Iterator[list[tuple[Any, ...]]]:
    cursor = source.db.execute(sql)
    while rows := cursor.fetchmany(BATCH):
        yield [tuple(row) for row in rows]


def _count(store: Store, table: str) -> int:
    return int(store._tuples(f'SELECT COUNT(*) FROM "{table}"')[0][0])


def checksums(store: Store) -> dict[str, str]:
    """A digest of the article URLs, of every mention (its article's URL, place, company, label, score and theme) and
    of every vector (its unit's id and float32 bytes), each read the same way from either backend. Each row's sha256 is
    summed (modulo 2^256; with the row count), so no order is needed: the two engines order NULLs, and text under a
    collation other than C, differently, and rows that tie on an order in whichever order they meet them."""
    urls = _RowSum()
    for (url,) in store._tuples("SELECT url FROM articles"):
        urls.add(url.encode())
    mentions = _RowSum()
    for row in store._tuples("SELECT a.url, m.sentence_index, m.start, m.entity, m.label, m.score, m.theme "
                             "FROM mentions m JOIN articles a ON a.id = m.article_id"):
        mentions.add(repr((*row[:5], None if row[5] is None else round(float(row[5]), 6), row[6])).encode())
    vectors = _RowSum()
    for ids, batch in store.iter_vectors():
        for unit, vector in zip(ids.tolist(), batch, strict=True):
            vectors.add(int(unit).to_bytes(8, "little") + np.asarray(vector, dtype="<f4").tobytes())
    return {"urls": urls.hexdigest(), "mentions": mentions.hexdigest(), "vectors": vectors.hexdigest()}


class _RowSum:
    """The sum of the rows' sha256 digests modulo 2^256, and how many rows: the same for the same rows in any order."""

    def __init__(self) -> None:
        self.total = 0
        self.rows = 0

    def add(self, row: bytes) -> None:
        self.total = (self.total + int.from_bytes(hashlib.sha256(row).digest(), "big")) % (1 << 256)
        self.rows += 1

    def hexdigest(self) -> str:
        return f"{self.rows}:{self.total:064x}"
