from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from pipeline.models import Article, RawPage
from pipeline.process import process_page
from pipeline.store import Store, migrations
from pipeline.store_search import Filters

TEXT = " ".join(f"Line {i}: Anthropic's Claude keeps winning bank contracts as OpenAI hedges." for i in range(30))


def _page(url: str, title: str, text: str, published: str = "2026-08-04T09:30:00+00:00", extra: str = "") -> RawPage:
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in text.split(". "))
    html = (f"<html><head><title>{title}</title><meta property='article:published_time' content='{published}'>"
            f"</head><body><article><h1>{title}</h1>{paragraphs}{extra}</article></body></html>")
    return RawPage(url=url, source="s", status=200, body=html.encode(), encoding="utf-8",
                   headers={"etag": '"v1"'})


Opener = Callable[[], Store]  # tests/conftest.py open_store: the same store on SQLite, then on Postgres


def _sql(store: Store, statement: str, params: list[Any] | None = None) -> None:
    """A statement the test needs to set the scene (the shared SQL of both backends)."""
    store._write(statement, params or [])


def test_schema_uses_wal_and_named_migrations(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.db")
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = ["0001_initial", "0002_mentions", "0003_passages", "0004_digests", "0005_first_party", "0006_themes", "0007_alerts",
             "0008_passage_totals", "0009_passage_tokens", "0010_passage_places", "0011_mention_places_by_article",
             "0012_articles_by_source", "0013_copies_by_source"]
    assert [m.name for m in migrations.applied(store.db)] == names
    store.close()
    again = Store(tmp_path / "a.db")  # re-opening applies nothing twice
    assert [m.name for m in migrations.applied(again.db)] == names
    assert {"articles", "pages", "crawl_log", "job_runs", "validators", "story_bands", "mentions", "passages", "digests",
            "passages_fts"} <= set(again.db.table_names())


def test_the_unit_totals_follow_every_change_and_start_from_what_is_stored(tmp_path: Path) -> None:
    """vector_ids (what the vector file is checked against) is one row kept by triggers: it must equal counting the
    units after inserts, replacements and deletions, and a store migrated with units already in it starts right."""
    def counted(store: Store) -> tuple[int, int]:
        store._vector_ids = None  # not the remembered figure: read it again
        row = store.db.execute("SELECT COUNT(*), COALESCE(SUM(id), 0) FROM passages").fetchone()
        assert store.vector_ids() == (row[0], row[1])
        return store.vector_ids()

    store = Store(tmp_path / "a.db")
    store.db.table("articles").insert_all({"id": i, "url": f"https://news.example/{i}", "source": "s", "title": "t",
                                           "text": "x", "published": "2026-05-01"} for i in (1, 2))
    unit = {"kind": "sentence", "first": 0, "last": 0, "start": 0, "end": 1, "vector": b"\0" * 8, "encoder": "e"}
    assert counted(store) == (0, 0)
    store.replace_passages(1, [unit | {"text": f"one {i}"} for i in range(3)], "v")
    store.replace_passages(2, [unit | {"text": f"two {i}"} for i in range(4)], "v")
    assert counted(store)[0] == 7
    store.replace_passages(1, [unit | {"text": "one again"}], "v")
    assert counted(store)[0] == 5
    store.db.execute("UPDATE passages SET id = id + 100 WHERE article_id = 2")
    store.db.execute("DELETE FROM passages WHERE id = (SELECT MIN(id) FROM passages)")
    assert counted(store)[0] == 4
    for name in ("insert", "delete", "update"):  # as before migration 0008, with units stored
        store.db.execute(f"DROP TRIGGER passage_totals_{name}")
    store.db.execute("DROP TABLE passage_totals")
    store.db.execute("DELETE FROM _sqlite_migrations WHERE name = '0008_passage_totals'")
    store.db.conn.commit()
    store.close()
    assert counted(Store(tmp_path / "a.db"))[0] == 4


def test_postgres_schema_comes_from_plain_sql_migrations_applied_once(pg_url: str) -> None:
    from pipeline.store_pg import MIGRATIONS, PgStore

    with PgStore(pg_url) as store:
        names = [path.stem for path in sorted(MIGRATIONS.glob("*.sql"))]
        assert store.applied_migrations() == names and names[0] == "0001_schema"
    with PgStore(pg_url) as again:  # re-opening applies nothing twice
        assert again.applied_migrations() == names
        tables = {row[0] for row in again._tuples("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        assert {"articles", "pages", "crawl_log", "job_runs", "validators", "story_bands", "mentions", "passages",
                "digests", "alert_deliveries", "alert_state", "crawl_leases"} <= tables


def test_upsert_by_canonical_url_is_idempotent(open_store: Opener) -> None:
    store = open_store()
    page = _page("https://a.example/story?utm_source=x", "Claude wins", TEXT)
    assert process_page(store, page, min_words=50)[0] == "new"
    assert process_page(store, page, min_words=50)[0] == "unchanged"
    _sql(store, "UPDATE articles SET stance_version = 'scored', embed_version = 'embedded'")
    changed = _page("https://a.example/story", "Claude wins", TEXT + " A correction was appended later today.")
    assert process_page(store, changed, min_words=50)[0] == "updated"
    rows = store._rows("SELECT url, text, stance_version, embed_version FROM articles")
    assert len(rows) == 1 and rows[0]["url"] == "https://a.example/story"
    assert rows[0]["stance_version"] is None and rows[0]["embed_version"] is None  # scored and embedded again
    assert "correction" in rows[0]["text"]
    raw = store.raw_page("https://a.example/story")
    assert raw is not None and b"correction" in raw.body  # raw HTML kept for re-extraction


def test_short_pages_are_logged_but_not_articles(open_store: Opener) -> None:
    store = open_store()
    assert process_page(store, _page("https://a.example/x", "Tiny", "Too short to matter"), min_words=50)[0] == "not_article"
    assert store.counts()["articles"] == 0 and store.counts()["pages"] == 1


def test_copy_arriving_before_its_original_is_relinked(open_store: Opener) -> None:
    store = open_store()
    copy = _page("https://wire.example/c", "Claude wins", TEXT, "2026-08-04T14:30:00+00:00",
                 extra="<p>Original: <a href='https://news.example/o'>https://news.example/o</a></p>")
    original = _page("https://news.example/o", "Claude wins", TEXT)
    unrelated = _page("https://news.example/u", "Other", TEXT.replace("Anthropic's Claude", "Amazon's Bedrock")
                      .replace("bank", "retail").replace("OpenAI hedges", "Google waits"))
    assert process_page(store, copy, 50)[0] == "new"
    assert process_page(store, original, 50)[0] == "new"
    assert process_page(store, unrelated, 50)[0] == "new"
    rows = {row["url"]: row for row in store._rows("SELECT * FROM articles")}
    first = rows["https://news.example/o"]
    assert first["duplicate_of"] is None and first["story_id"] == first["id"]
    assert rows["https://wire.example/c"]["duplicate_of"] == "https://news.example/o"
    assert rows["https://wire.example/c"]["story_id"] == first["id"]
    assert rows["https://news.example/u"]["duplicate_of"] is None
    assert rows["https://news.example/u"]["story_id"] != first["id"]


def test_job_runs_are_recorded(open_store: Opener) -> None:
    store = open_store()
    run = store.start_job("ingest")
    assert store.last_runs()[0]["ok"] is None  # running
    store.finish_job(run, True, {"new": 3})
    last = store.last_runs()[0]
    assert (last["job"], last["ok"], last["counts"]) == ("ingest", True, {"new": 3})
    assert last["finished"] >= last["started"]


def test_article_word_count() -> None:
    assert Article(url="u", fetched_url="u", source="s", title="t", text="one two  three").word_count == 3


def test_reextract_rebuilds_articles_from_raw_pages_without_fetching(open_store: Opener) -> None:
    from pipeline.process import reextract_stored

    store = open_store()
    process_page(store, _page("https://a.example/story", "Claude wins", TEXT), min_words=50)
    assert reextract_stored(store, 50) == {}  # everything is current
    _sql(store, "UPDATE articles SET extractor_version = '0', text = 'stale', content_hash = 'old'")
    assert reextract_stored(store, 50) == {"updated": 1}
    assert "Anthropic's Claude" in store._tuples("SELECT text FROM articles")[0][0]
    assert reextract_stored(store, 50, everything=True) == {"unchanged": 1}
    _sql(store, "UPDATE articles SET extractor_version = '0'")
    assert reextract_stored(store, 50) == {"unchanged": 1}  # same text: only the version is brought up to date
    assert reextract_stored(store, 50) == {}


def test_extractor_crash_keeps_the_raw_page_for_a_later_reextract(open_store: Opener,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.extract
    from pipeline.process import reextract_stored

    store = open_store()
    page = _page("https://a.example/story", "Claude wins", TEXT)

    def broken(_: RawPage) -> None:
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(pipeline.extract, "extract", broken)
    with pytest.raises(RuntimeError):
        process_page(store, page, min_words=50)
    assert store.counts()["pages"] == 1 and store.counts()["articles"] == 0
    monkeypatch.undo()
    assert reextract_stored(store, 50) == {"new": 1}


def test_vector_count_follows_writes_from_any_connection(open_store: Opener) -> None:
    store = open_store()
    _sql(store, "INSERT INTO articles (id, url, source, title, text) VALUES (1, 'http://a/1', 's', 't', 'x')")
    assert store.vector_ids() == (0, 0)
    _sql(store, "INSERT INTO passages (id, article_id, kind, text) VALUES (5, 1, 'passage', 'Meta ships Llama')")
    assert store.vector_ids() == (1, 5)  # this connection's write
    other = open_store()
    _sql(other, "INSERT INTO passages (id, article_id, kind, text) VALUES (7, 1, 'passage', 'the and is')")
    other.close()
    assert store.vector_ids() == (2, 12)  # another connection's commit
    assert [pid for pid, _ in store.keyword_search("the Llama", 10, Filters())] == [5]  # "the" is not searched for
    # a query of stop words alone: SQLite searches them; Postgres' english text search leaves them out of its index
    expected = [7] if store.backend == "sqlite" else []
    assert [pid for pid, _ in store.keyword_search("the and", 10, Filters())] == expected
    store.close()


def test_a_companys_own_blog_is_first_party_for_that_company_only(tmp_path: Path) -> None:
    """Mentions of OpenAI on OpenAI's blog are kept and exported but stay out of OpenAI's trends; the same
    blog's mentions of Microsoft count; `trends --include-first-party` puts them back; owners can change."""
    from tests.conftest import run_cli, write_config

    config = write_config(tmp_path, '[[sources]]\nname = "openai-news"\nfeeds = ["https://openai.example/rss"]\n'
                                    'owner = "OpenAI"\n')
    store = Store(tmp_path / "data" / "aipulse.db")
    texts = {"openai-news": "OpenAI says GPT-5 is its best model yet, and Microsoft will sell it on Azure.",
             "wire": "OpenAI's new model impressed analysts, while Microsoft lagged."}
    for number, (source, text) in enumerate(texts.items()):
        body = " ".join(f"{source} line {i}: {text}" for i in range(12))  # two different stories
        page = replace(_page(f"https://{source}.example/a", f"Story {number}", body), source=source)
        process_page(store, page, min_words=50)
    for row in store.db.query("SELECT id FROM articles"):
        store.replace_mentions(row["id"], [
            {"article_id": row["id"], "sentence_index": 0, "sentence_start": 0, "sentence": "s", "entity": entity,
             "mention": entity, "start": 0, "end": 1, "kind": "alias", "label": "optimistic", "score": 0.9,
             "p_skeptical": 0.0, "p_neutral": 0.1, "p_optimistic": 0.9, "model_version": "m"}
            for entity in ("OpenAI", "Microsoft")], "v")
    store.flag_first_party({"openai-news": "OpenAI"})
    flagged = {(row["source"], row["entity"]): row["first_party"] for row in store.iter_mentions(first_party=True)}
    assert flagged == {("openai-news", "OpenAI"): True, ("openai-news", "Microsoft"): False,
                       ("wire", "OpenAI"): False, ("wire", "Microsoft"): False}
    assert [(row["source"], row["entity"]) for row in store.iter_mentions() if row["entity"] == "OpenAI"] == [("wire", "OpenAI")]
    store.close()

    def mentions_of(*options: str) -> int:
        code, out, err = run_cli("--config", str(config), "trends", "--entity", "OpenAI", "--json", *options)
        assert code == 0, err
        return sum(row["mentions"] for row in json.loads(out))

    assert (mentions_of(), mentions_of("--include-first-party")) == (1, 2)
    code, out, _ = run_cli("--config", str(config), "export", "--what", "mentions")
    assert sorted(json.loads(line)["first_party"] for line in out.splitlines()) == [False, False, False, True]
    with Store(tmp_path / "data" / "aipulse.db") as store:
        store.flag_first_party({})  # the owner removed from the config: nothing is first-party any more
        assert not any(row["first_party"] for row in store.iter_mentions(first_party=True))


def test_a_source_owner_must_be_a_tracked_company(tmp_path: Path) -> None:
    from pipeline.config import ConfigError, load_config
    from tests.conftest import write_config

    config = write_config(tmp_path, '[[sources]]\nname = "blog"\nfeeds = ["https://a.example/rss"]\nowner = "Acme"\n')
    with pytest.raises(ConfigError, match=r"'sources\[0\] \(blog\)\.owner' must be a company of the entity table"):
        load_config(config)


def test_the_digest_and_alert_ledgers_hold_across_connections(open_store: Opener) -> None:
    """At most once on either backend: a second connection (another worker) cannot claim what the first claimed."""
    first, second = open_store(), open_store()
    assert first.claim_digest("2026-W40", ["a@example.org"], "<m1>", "2026-10-05T07:00:00+00:00")
    assert not second.claim_digest("2026-W40", ["a@example.org"], "<m2>", "2026-10-05T07:00:01+00:00")
    first.finish_digest("2026-W40", "2026-10-05T07:00:02+00:00", error="refused")
    assert second.claim_digest("2026-W40", ["a@example.org"], "<m3>", "2026-10-05T07:10:00+00:00")  # failed: again
    assert first.digest_record("2026-W40")["attempts"] == 2  # type: ignore[index]
    fields = {"rule": "r", "entity": "Meta", "window_end": "2026-10-05", "direction": "down", "channel": "webhook"}
    assert first.claim_alert("k1", fields, {"x": 1}, "2026-10-05T08:00:00+00:00") == 1
    assert second.claim_alert("k1", fields, {"x": 1}, "2026-10-05T08:00:01+00:00") is None
    second.finish_alert("k1", "2026-10-05T08:00:02+00:00", error="500", retry_at="2026-10-05T08:01:00+00:00")
    assert first.alerts_to_retry("2026-10-05T08:00:30+00:00") == []
    assert [row["key"] for row in first.alerts_to_retry("2026-10-05T08:01:00+00:00")] == ["k1"]
    assert second.claim_alert("k1", fields, {"x": 1}, "2026-10-05T08:01:00+00:00") == 2
    first.set_alert_state("r", "Meta", True, "2026-10-05T08:01:00+00:00", stories=[3, 4], fired="2026-10-05")
    state = second.alert_state("r", "Meta")
    assert state is not None and state["holding"] is True and state["stories"] == [3, 4]
    assert second.holding_entities("r") == ["Meta"] and second.alert_counts() == {"sending": 1}
    first.close()
    second.close()
