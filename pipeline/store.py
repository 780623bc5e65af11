"""All SQL lives here: one SQLite file (WAL) through sqlite-utils, with named migrations."""

from __future__ import annotations

import contextlib
import fcntl
import functools
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Self

import sqlite_utils
from sqlite_utils.migrations import Migrations

from pipeline.models import Article, Outcome, RawPage
from pipeline.store_alerts import AlertTables, create_alerts
from pipeline.store_reports import DATED, ReportTables, create_digests
from pipeline.store_runs import RunTables, insert_sql, utc_now
from pipeline.store_search import SearchTables, chunks, create_passage_totals, create_passages

migrations = Migrations("aipulse")


@migrations(name="0001_initial")
def _initial(db: sqlite_utils.Database) -> None:
    db.table("articles").create(
        {
            "id": int, "url": str, "fetched_url": str, "source": str, "title": str, "published": str,
            "author": str, "lang": str, "site_name": str, "text": str, "word_count": int,
            "content_hash": str, "original_url": str, "story_id": int, "duplicate_of": str,
            "extractor_version": str, "feed_updated": str, "first_seen": str, "updated_at": str,
        },
        pk="id",
        not_null={"url", "source", "title", "text"},
    )
    db.table("articles").create_index(["url"], unique=True)
    db.table("articles").create_index(["story_id"])
    db.table("articles").create_index(["original_url"])
    db.table("articles").create_index(["published"])
    db.table("pages").create(
        {
            "url": str, "requested_url": str, "article_url": str, "source": str, "status": int, "fetched_at": str,
            "encoding": str, "content_type": str, "body_zlib": bytes, "body_bytes": int,
        },
        pk="url",
    )
    db.table("pages").create_index(["article_url"])
    db.table("pages").create_index(["requested_url"])
    db.table("validators").create(
        {"url": str, "etag": str, "last_modified": str, "checked_at": str}, pk="url"
    )
    db.table("story_bands").create({"band": str, "article_id": int}, pk=("band", "article_id"))
    db.table("story_bands").create_index(["article_id"])
    db.table("crawl_log").create(
        {"id": int, "run_id": int, "ts": str, "source": str, "url": str, "status": int,
         "outcome": str, "detail": str},
        pk="id",
    )
    db.table("crawl_log").create_index(["run_id"])
    db.table("crawl_log").create_index(["url"])
    db.table("job_runs").create(
        {"id": int, "job": str, "started": str, "finished": str, "ok": int, "counts": str, "error": str},
        pk="id",
    )


@migrations(name="0002_mentions")
def _mentions(db: sqlite_utils.Database) -> None:
    db.table("mentions").create(
        {
            "id": int, "article_id": int, "sentence_index": int, "sentence_start": int, "sentence": str,
            "entity": str, "mention": str, "start": int, "end": int, "kind": str, "label": str, "score": float,
            "p_skeptical": float, "p_neutral": float, "p_optimistic": float, "model_version": str,
        },
        pk="id",
        not_null={"article_id", "entity", "label", "score"},
    )
    db.table("mentions").create_index(["article_id"])
    db.table("mentions").create_index(["entity", "label"])
    db.table("articles").add_column("stance_version", str)


migrations(name="0003_passages")(create_passages)
migrations(name="0004_digests")(create_digests)


@migrations(name="0005_first_party")
def _first_party(db: sqlite_utils.Database) -> None:
    """A mention in a company's own blog or newsroom of that company: kept, shown, left out of its trends."""
    db.table("mentions").add_column("first_party", int, not_null_default=0)


@migrations(name="0006_themes")
def _themes(db: sqlite_utils.Database) -> None:
    """What each mention judges its company on, and the theme head's probability; empty until scored with themes."""
    db.table("mentions").add_column("theme", str)
    db.table("mentions").add_column("p_theme", float)
    db.table("mentions").create_index(["entity", "theme"])


migrations(name="0007_alerts")(create_alerts)
migrations(name="0008_passage_totals")(create_passage_totals)


@migrations(name="0009_passage_tokens")
def _passage_tokens(db: sqlite_utils.Database) -> None:
    """Each sentence unit's token bits for late interaction (index/late.py); empty until it is embedded again."""
    db.table("passages").add_column("tokens", bytes)


@migrations(name="0010_passage_places")
def _passage_places(db: sqlite_utils.Database) -> None:
    """Each unit's article and sentences in an index of their own: a company, stance or theme filter reads them for
    every unit, and the units' rows, vectors and token bits included, took 25 ms to read at 16,000 units. It leads
    with the article, so it stands in for the index on the article alone. And each mention's place under the
    company, stance and theme a filter asks for."""
    db.execute("CREATE INDEX idx_passages_article_place ON passages (article_id, first, last, kind)")
    db.execute("DROP INDEX IF EXISTS idx_passages_article_id")
    # and the mentions' places under what a filter asks of them: 17 ms for 20,000 mentions of one company, read row
    # by row, at 96,000 units
    db.execute("CREATE INDEX idx_mentions_places ON mentions (entity, label, theme, article_id, sentence_index)")


@migrations(name="0011_mention_places_by_article")
def _mention_places_by_article(db: sqlite_utils.Database) -> None:
    """Each mention's sentence, company, stance and theme under its article, so that checking whether a unit passes a
    company filter reads the index alone: a search checks the few hundred units it found (Store.passing), and a
    keyword query joined with a narrow filter checks the ten thousand it scores, each of whose articles' mentions was
    a row lookup apiece (a company of 400 articles at 1.6M units: 300 ms a search, 109 ms with this index). It leads
    with the article, so it stands in for the index on the article alone."""
    db.execute("CREATE INDEX idx_mentions_article_place ON mentions (article_id, sentence_index, entity, label, theme)")
    db.execute("DROP INDEX IF EXISTS idx_mentions_article_id")


@migrations(name="0012_articles_by_source")
def _articles_by_source(db: sqlite_utils.Database) -> None:
    """The articles of a source (and its dates): a search with a source filter counts them first, up to a bound
    (Store.few_pass), which read every article for a source with few of them (17 ms at 80,000 articles; 1 ms for one
    source of seven)."""
    db.execute("CREATE INDEX idx_articles_source ON articles (source, published)")


@migrations(name="0013_copies_by_source")
def _copies_by_source(db: sqlite_utils.Database) -> None:
    """The syndicated copies of a source: a search with a source filter asks whether the source holds any, and if so
    lets through the stories it carries as copies (pipeline/store_search.py, Filters.copies)."""
    db.execute("CREATE INDEX idx_articles_copies ON articles (source, story_id) WHERE duplicate_of IS NOT NULL")


@functools.cache
def _upsert_sql(table: str, columns: tuple[str, ...], keys: tuple[str, ...]) -> str:
    names = ", ".join(f'"{column}"' for column in columns)
    updates = ", ".join(f'"{column}" = excluded."{column}"' for column in columns if column not in keys)
    return (f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))}) '
            f'ON CONFLICT({", ".join(map(_quoted, keys))}) DO UPDATE SET {updates}')


def _quoted(name: str) -> str:
    return f'"{name}"'


class NoDatabase(FileNotFoundError):
    """A command that reads the database found none; the message names the path."""


class StoreUnavailable(OSError):
    """The configured database cannot be opened (a wrong URL or password, a server down, no pgvector): one line,
    never the password."""


def storage_errors() -> tuple[type[Exception], ...]:
    """What a failing database raises on either backend (psycopg's only when it is installed)."""
    try:
        import psycopg
    except ImportError:
        return (sqlite3.OperationalError, StoreUnavailable)
    return (sqlite3.OperationalError, StoreUnavailable, psycopg.OperationalError)


class Store(SearchTables, ReportTables, AlertTables, RunTables):
    """The project's database. Writers take an immediate transaction; readers never block.
    Open it with `with Store(path) as store:`; `Store.existing(path)` for commands that only read."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(self.path), timeout=30.0)
        self.db = sqlite_utils.Database(conn)
        self.db.execute("PRAGMA busy_timeout = 30000")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("PRAGMA foreign_keys = ON")
        if self.db.journal_mode != "wal" or migrations.pending(self.db):
            self._set_up()

    def _set_up(self) -> None:
        """WAL mode and the pending migrations, by one process at a time: SQLite answers "database is
        locked" at once, without waiting, to a second process that read the schema and then tries to
        change it, so two processes opening a new database together (an ingest and a status) would
        otherwise race. The others wait for the lock, then find nothing left to do."""
        with open(self.path.with_name(self.path.name + "-setup.lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            self.db.enable_wal()
            migrations.apply(self.db)

    @classmethod
    def existing(cls, path: str | Path) -> Store:
        """The database at `path`, never a new empty one: NoDatabase when there is none."""
        if not Path(path).is_file():
            raise NoDatabase(f"no database at {path}: run `aipulse ingest` first")
        return cls(path)

    @property
    def location(self) -> str:
        """Where the data lives, fit to print: the file, or the URL without its password."""
        return str(self.path)

    @property
    def backend(self) -> str:
        return "sqlite"

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write; IMMEDIATE so two writers queue instead of failing mid-way."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.rollback()
            raise
        self.db.execute("COMMIT")

    # --- crawl state -----------------------------------------------------------------------

    def crawl_state(self) -> dict[str, dict[str, str | None]]:
        """Every URL fetched or stored before, with its validators and the feed's last update."""
        state: dict[str, dict[str, str | None]] = {}
        for row in self._rows("SELECT url, etag, last_modified FROM validators"):
            state[row["url"]] = {"etag": row["etag"], "last_modified": row["last_modified"], "feed_updated": None}
        for row in self._rows(
            "SELECT p.url AS url, p.requested_url AS requested_url, a.url AS article_url, "
            "a.feed_updated AS feed_updated FROM pages p LEFT JOIN articles a ON a.url = p.article_url"
        ):
            for url in filter(None, (row["url"], row["requested_url"], row["article_url"])):
                entry = state.setdefault(url, {"etag": None, "last_modified": None, "feed_updated": None})
                entry["feed_updated"] = row["feed_updated"]
        return state

    def save_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        self._upsert("validators", {"url": url, "etag": etag, "last_modified": last_modified, "checked_at": utc_now()},
                     "url")

    def save_page(self, page: RawPage, article_url: str | None) -> None:
        self._upsert("pages", {
            "url": page.url, "requested_url": page.requested_url or page.url, "article_url": article_url,
            "source": page.source, "status": page.status,
            "fetched_at": page.fetched_at or utc_now(), "encoding": page.encoding,
            "content_type": page.headers.get("content-type", ""),
            "body_zlib": zlib.compress(page.body, 6), "body_bytes": len(page.body),
        }, "url")

    # The writes every crawled page makes go straight to SQL: sqlite-utils reads the table's schema again on each
    # upsert and insert, which was most of what storing a page cost (bench/crawl_bench.py).

    def _upsert(self, table: str, row: dict[str, Any], key: str | tuple[str, ...]) -> None:
        self._write(_upsert_sql(table, tuple(row), (key,) if isinstance(key, str) else key), list(row.values()))

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        return int(self._write(insert_sql(table, tuple(row)), list(row.values())).lastrowid or 0)

    def _update(self, table: str, row_id: int, values: dict[str, Any]) -> None:
        self._update_key(table, "id", row_id, values)

    def _update_key(self, table: str, key: str, value: Any, values: dict[str, Any]) -> None:
        assignments = ", ".join(f'"{column}" = ?' for column in values)
        self._write(f'UPDATE "{table}" SET {assignments} WHERE "{key}" = ?', [*values.values(), value])

    def _write(self, sql: str, params: Sequence[Any]) -> sqlite3.Cursor:
        with self._committed():
            return self.db.conn.execute(sql, params)

    def _write_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._committed():
            self.db.conn.executemany(sql, rows)

    # Reads go through these three, so the SQL above and in the Tables mixins serves both backends (store_pg.py).

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return list(self.db.query(sql, params))

    def _tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self.db.execute(sql, params).fetchall())

    def _stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        yield from self.db.query(sql, params)

    def _version(self) -> tuple[int, int]:
        """Moves when the database changes: another connection's commit moves `PRAGMA data_version`, this one's
        moves total_changes."""
        return int(self._tuples("PRAGMA data_version")[0][0]), self.db.conn.total_changes

    @contextlib.contextmanager
    def _committed(self) -> Iterator[None]:
        """The block's writes inside the caller's transaction, or committed at its end (as sqlite-utils does)."""
        if self.db.conn.in_transaction:
            yield
            return
        with self.db.conn:
            yield

    def raw_page(self, url: str) -> RawPage | None:
        rows = self._rows("SELECT * FROM pages WHERE url = ?", [url])
        if not rows:
            return None
        row = rows[0]
        return RawPage(
            url=row["url"], source=row["source"], status=row["status"], body=zlib.decompress(row["body_zlib"]),
            encoding=row["encoding"], headers={"content-type": row["content_type"] or ""},
            fetched_at=row["fetched_at"], requested_url=row["requested_url"] or "",
        )

    def pages_to_reextract(self, version: str, everything: bool) -> list[tuple[str, str | None]]:
        """(page URL, the feed's last update) of stored pages whose article an older extractor made."""
        condition = "" if everything else "WHERE a.id IS NULL OR a.extractor_version IS NOT ?"
        params = [] if everything else [version]
        rows = self._tuples(f"SELECT p.url, a.feed_updated FROM pages p LEFT JOIN articles a ON a.url = p.article_url "
                            f"{condition} ORDER BY p.fetched_at", params)
        return [(row[0], row[1]) for row in rows]

    # --- articles --------------------------------------------------------------------------

    def article(self, url: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT * FROM articles WHERE url = ?", [url])
        return rows[0] if rows else None

    def upsert_article(self, article: Article, content_hash: str, feed_updated: str | None) -> tuple[int, Outcome]:
        """Insert or update by canonical URL; returns (id, NEW, UPDATED or UNCHANGED)."""
        existing = self.article(article.url)
        now = utc_now()
        record = {
            "url": article.url, "fetched_url": article.fetched_url, "source": article.source,
            "title": article.title, "published": article.published, "author": article.author,
            "lang": article.lang, "site_name": article.site_name, "text": article.text,
            "word_count": article.word_count, "content_hash": content_hash,
            "original_url": article.original_url, "extractor_version": article.extractor_version,
            "feed_updated": feed_updated, "updated_at": now,
        }
        if existing is None:
            record["first_seen"] = now
            return self._insert("articles", record), Outcome.NEW
        if existing["content_hash"] == content_hash and existing["title"] == article.title:
            # a newer extractor may date the same text differently (an impossible date now skipped)
            bookkeeping = {"extractor_version": article.extractor_version, "published": article.published}
            if feed_updated:
                bookkeeping["feed_updated"] = feed_updated
            if any(existing[key] != value for key, value in bookkeeping.items()):
                self._update("articles", existing["id"], bookkeeping)
            return int(existing["id"]), Outcome.UNCHANGED
        record["stance_version"] = None  # new text: its mentions are found, scored and embedded again
        record["embed_version"] = None
        self._update("articles", existing["id"], record)
        return int(existing["id"]), Outcome.UPDATED

    def set_story_bands(self, article_id: int, bands: list[str]) -> None:
        with self._committed():
            self._write("DELETE FROM story_bands WHERE article_id = ?", [article_id])
            self._write_many("INSERT INTO story_bands (band, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                             [(band, article_id) for band in bands])

    def story_candidates(self, bands: list[str], article_id: int) -> list[dict[str, Any]]:
        """Articles sharing at least one LSH band with `article_id`, most shared bands first."""
        if not bands:
            return []
        marks = ",".join("?" * len(bands))
        return self._rows(
            f"SELECT a.id, a.url, a.text, a.published, a.first_seen, a.story_id, a.duplicate_of, "
            f"a.original_url, COUNT(*) AS shared FROM story_bands b JOIN articles a ON a.id = b.article_id "
            f"WHERE b.band IN ({marks}) AND b.article_id != ? GROUP BY a.id ORDER BY shared DESC LIMIT 20",
            [*bands, article_id],
        )

    def articles_naming_original(self, url: str) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT id, url, published, first_seen, story_id, duplicate_of FROM articles WHERE original_url = ?", [url])

    def story_members(self, story_id: int) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT id, url, published, first_seen, duplicate_of, original_url FROM articles WHERE story_id = ?",
            [story_id])

    def set_story(self, article_id: int, story_id: int, duplicate_of: str | None) -> None:
        self._update("articles", article_id, {"story_id": story_id, "duplicate_of": duplicate_of})

    def iter_articles(self, since: str | None = None, until: str | None = None) -> Iterator[dict[str, Any]]:
        where, params = [], []
        if since:
            where.append("published >= ?")
            params.append(since)
        if until:
            where.append("published < ?")
            params.append(until)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        yield from self._stream(f"SELECT * FROM articles {clause} ORDER BY published, id", params)

    def newest_articles(self, limit: int) -> list[dict[str, Any]]:
        return self._rows("SELECT * FROM articles ORDER BY published DESC, id DESC LIMIT ?", [limit])

    # --- mentions and stance ----------------------------------------------------------------

    def articles_to_score(self, version: str, limit: int) -> list[dict[str, Any]]:
        """Articles not yet scored by this model and entity table (new ones, or scored by an older one)."""
        return self._rows("SELECT id, text FROM articles WHERE stance_version IS NOT ? ORDER BY id LIMIT ?",
                          [version, limit])

    def replace_mentions(self, article_id: int, rows: list[dict[str, Any]], version: str) -> None:
        """The article's mentions, all at once: old ones go, new ones come, the version is set."""
        with self.transaction():
            self._write("DELETE FROM mentions WHERE article_id = ?", [article_id])
            for columns in {tuple(row) for row in rows}:  # one statement per shape of row (themes on or off)
                self._write_many(insert_sql("mentions", columns),
                                 [[row[c] for c in columns] for row in rows if tuple(row) == columns])
            self._update("articles", article_id, {"stance_version": version})

    def flag_first_party(self, owners: dict[str, str]) -> None:
        """Mark each mention of a source's owner in that source as first-party, and no other (owners change)."""
        with self.transaction():
            self._write("UPDATE mentions SET first_party = 0 WHERE first_party = 1", [])
            for source, owner in owners.items():
                self._write("UPDATE mentions SET first_party = 1 WHERE entity = ? AND article_id IN "
                            "(SELECT id FROM articles WHERE source = ?)", [owner, source])

    def iter_mentions(self, since: str | None = None, until: str | None = None, entity: str | None = None,
                      first_party: bool = False, themes: Sequence[str] = ()) -> Iterator[dict[str, Any]]:
        """Mentions with their article, oldest first; a company's mentions in its own sources only with `first_party`;
        only those of `themes` when given."""
        where, params = ([], []) if first_party else (["m.first_party = 0"], [])
        for clause, value in ((f"{DATED} >= ?", since), (f"{DATED} < ?", until), ("m.entity = ?", entity)):
            if value:
                where.append(clause)
                params.append(value)
        if themes:
            where.append(f"m.theme IN ({','.join('?' * len(themes))})")
            params.extend(themes)
        condition = f"WHERE {' AND '.join(where)}" if where else ""
        for row in self._stream(
            f"SELECT m.*, a.url, a.title, a.published, {DATED} AS dated, a.source, a.story_id, a.duplicate_of "
            f"FROM mentions m JOIN articles a ON a.id = m.article_id {condition} "
            f"ORDER BY {DATED}, m.article_id, m.sentence_index, m.start", params,
        ):
            yield row | {"first_party": bool(row["first_party"])}

    def stance_by_entity(self) -> list[dict[str, Any]]:
        """Per company: mentions, label counts and mean score, syndicated copies counted once, first-party out."""
        rows = self._rows(
            "SELECT m.entity AS entity, COUNT(*) AS mentions, COUNT(*) FILTER (WHERE m.label = 'skeptical') AS skeptical, "
            "COUNT(*) FILTER (WHERE m.label = 'neutral') AS neutral, "
            "COUNT(*) FILTER (WHERE m.label = 'optimistic') AS optimistic, AVG(m.score) AS mean_score "
            "FROM mentions m JOIN articles a ON a.id = m.article_id "
            "WHERE a.duplicate_of IS NULL AND m.first_party = 0 GROUP BY m.entity ORDER BY mentions DESC, m.entity")
        return [row | {"mean_score": round(float(row["mean_score"]), 3)} for row in rows]

    def holds_copies(self, source: str) -> bool:
        """Whether any stored article of `source` is a syndicated copy of another (one probe of the index of copies)."""
        return bool(self._tuples("SELECT EXISTS (SELECT 1 FROM articles WHERE source = ? AND duplicate_of IS NOT NULL)",
                                 [source])[0][0])

    def copies_from(self, source: str, stories: Iterable[int]) -> dict[int, str]:
        """The URL of `source`'s copy of each of these stories that it carries as a syndicated copy, by story."""
        found: dict[int, str] = {}
        for chunk in chunks(sorted(set(stories))):
            found |= {int(story): str(url) for story, url in self._tuples(
                f"SELECT story_id, url FROM articles WHERE source = ? AND duplicate_of IS NOT NULL AND story_id IN "
                f"({', '.join('?' * len(chunk))}) ORDER BY id DESC", [source, *chunk])}
        return found

    def stored_sources(self) -> list[str]:
        """The names of the sources of the stored articles, sorted."""
        return [str(row[0]) for row in self._tuples("SELECT DISTINCT source FROM articles ORDER BY source")]

    def counts(self) -> dict[str, int]:
        one = lambda sql: int(self._tuples(sql)[0][0])  # noqa: E731
        return {
            "articles": one("SELECT COUNT(*) FROM articles"),
            "stories": one("SELECT COUNT(DISTINCT story_id) FROM articles"),
            "duplicates": one("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL"),
            "pages": one("SELECT COUNT(*) FROM pages"),
            "mentions": one("SELECT COUNT(*) FROM mentions"),
            "sources": one("SELECT COUNT(DISTINCT source) FROM articles"),
            "crawl_log": one("SELECT COUNT(*) FROM crawl_log"),
            "vectors": self.vector_ids()[0],
        }
