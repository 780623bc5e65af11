"""The Postgres backend against a real PostgreSQL 16 + pgvector server on 127.0.0.1 (tests/conftest.py): every
command as on SQLite, search parity with SQLite + FAISS, many workers sharing one store, and bad URLs as one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from aipulse.demo.server import DemoSites
from pipeline.store_pg import PgStore
from tests.conftest import PG_URL_ENV, run_cli, write_config

QUERIES = ["Llama is falling behind", "doubts about the cost of data centres", "enterprise customers adopting Claude",
           "regulators investigate the company", "open weights licence", "chip supply for training models"]


def _cli(config: Path, *args: str) -> str:
    code, out, err = run_cli("--config", str(config), *args)
    assert code == 0, out + err
    return out


def _hits(config: Path, query: str, mode: str) -> list[tuple[str, int, int]]:
    found = json.loads(_cli(config, "search", query, "--mode", mode, "-k", "10", "--json"))
    return [(hit["url"], hit["start"], hit["end"]) for hit in found]


def test_postgres_holds_what_sqlite_holds_after_the_same_crawl(demo_db: Path, demo_pg: Path) -> None:
    sqlite, postgres = (json.loads(_cli(config, "status", "--json")) for config in (demo_db, demo_pg))
    for key in ("articles", "stories", "duplicates", "pages", "mentions", "sources", "vectors"):
        assert sqlite["counts"][key] == postgres["counts"][key], key
    assert postgres["index_in_sync"] is True
    assert postgres["db_path"].startswith("postgresql://aipulse@127.0.0.1:")  # no password
    # the same mentions; labels and themes the same but for float noise near a tie (the crawl stored the articles in
    # another order, so the scoring batches, and their padding, differ; on the int8 path that noise can also put a
    # mention just inside the second look's margin in one store and just outside it in the other, so one holds the
    # fp32 answer and the other int8's, up to about 0.15 apart: docs/stance.md)
    mentions = [{(m["url"], m["sentence_index"], m["start"], m["entity"]): m for m in map(json.loads, _cli(
        config, "export", "--what", "mentions", "--format", "jsonl").splitlines())} for config in (demo_db, demo_pg)]
    assert mentions[0].keys() == mentions[1].keys()
    pairs = [(mention, mentions[1][key]) for key, mention in mentions[0].items()]
    assert all(a["first_party"] == b["first_party"] for a, b in pairs)
    assert sum(a["label"] == b["label"] and a["theme"] == b["theme"] for a, b in pairs) >= 0.99 * len(pairs)
    assert max(abs(a["score"] - b["score"]) for a, b in pairs) < 0.2
    # the same rows, counts and stories; a label flipped by that noise moves an index by one mention in its week
    trends = [json.loads(_cli(config, "trends", "--json")) for config in (demo_db, demo_pg)]
    assert [(r["entity"], r["period"], r["mentions"], r["stories"]) for r in trends[0]] == [
        (r["entity"], r["period"], r["mentions"], r["stories"]) for r in trends[1]]
    assert all(abs(a["index"] - b["index"]) <= 2 / a["mentions"] + 1e-9 for a, b in zip(*trends, strict=True))


def test_semantic_search_on_pgvector_matches_faiss(demo_db: Path, demo_pg: Path) -> None:
    """Top-10 overlap of semantic search ≥ 0.9 (pgvector's HNSW against the FAISS file); keyword search ranks with
    rarity-weighted ts_rank instead of BM25, and hybrid follows it, so theirs has floors below the measured overlap."""
    overlap: dict[str, float] = {}
    for mode in ("semantic", "keyword", "hybrid"):
        shared = [len(set(_hits(demo_db, query, mode)) & set(_hits(demo_pg, query, mode))) / 10 for query in QUERIES]
        overlap[mode] = sum(shared) / len(shared)
    print("top-10 overlap with SQLite + FAISS:", overlap)
    assert overlap["semantic"] >= 0.9, overlap
    assert overlap["keyword"] >= 0.7 and overlap["hybrid"] >= 0.75, overlap  # measured 0.85 and 0.87
    with PgStore(os.environ[PG_URL_ENV]) as store:  # every sentence unit keeps its token bits for late interaction
        (without,), = store._tuples("SELECT COUNT(*) FROM passages WHERE kind = 'sentence' AND tokens IS NULL")
        units = store.passage_details([pid for pid, in store._tuples(
            "SELECT id FROM passages WHERE kind = 'sentence' ORDER BY id LIMIT 5")], mentions=False)
        assert without == 0 and len(store.unit_tokens(list(units.values()))) == 5
    filtered = json.loads(_cli(demo_pg, "search", "Llama is falling behind", "--entity", "Meta", "-k", "3", "--json"))
    assert len(filtered) == 3 and all(any(e["entity"] == "Meta" for e in hit["entities"]) or "passage" in hit
                                      for hit in filtered)
    assert all(hit["matched"] and {m["entity"] for m in hit["matched"]} == {"Meta"} for hit in filtered)


def test_the_units_a_filter_lets_through_are_the_same_on_both_stores(demo_db: Path, demo_pg: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # one text of ids parsed by numpy (group_concat on SQLite, string_agg on Postgres): every id, and none at all;
    # a company, stance or theme matched to the units by ranges of sentences, as the SQL rule says
    from pipeline import store_search
    from pipeline.config import load_config
    from pipeline.store import Store
    from pipeline.store_search import Filters, _filter_sql

    filters = [Filters(entity="Meta"), Filters(source="frontier-ledger"), Filters(since="2026-09-01"),
               Filters(entity="Anthropic", stance="optimistic"), Filters(theme="models"), Filters(stance="skeptical"),
               Filters(entity="OpenAI", since="2026-09-01"), Filters(source="ai-wire-daily", copies=True),
               Filters(source="ai-wire-daily", copies=True, entity="Meta", since="2026-09-01"),
               Filters(source="no-such-source")]
    with Store(load_config(demo_db).db_path) as sqlite, PgStore(os.environ[PG_URL_ENV]) as postgres:
        for store in (sqlite, postgres):
            assert store.allowed_passages(Filters()) is None
            units = [row[0] for row in store._tuples("SELECT id FROM passages ORDER BY id DESC", [])]
            for chosen in filters:
                where, params = _filter_sql(chosen)
                plain = [row[0] for row in store._tuples(
                    f"SELECT p.id FROM passages p JOIN articles a ON a.id = p.article_id WHERE {where}", params)]
                assert sorted(store.allowed_passages(chosen)) == sorted(plain), chosen
                monkeypatch.setattr(store_search, "FEW_ARTICLES", 0)  # only the places of the articles with a mention
                assert sorted(store.allowed_passages(chosen)) == sorted(plain), chosen
                monkeypatch.undo()
                # what a search that did not choose the units first checks of those it found (aipulse.search.Passing)
                assert store.passing(units[::3], chosen).tolist() == sorted(set(plain) & set(units[::3])), chosen
        # the probe that sets Filters.copies, and the copies a hit names (aipulse.search)
        copies = []
        for store in (sqlite, postgres):  # each crawled the demo on its own: the same copies, under its own story ids
            assert store.holds_copies("ai-wire-daily") and not store.holds_copies("no-such-source")
            stories = [row[0] for row in store._tuples("SELECT story_id FROM articles WHERE duplicate_of IS NOT NULL")]
            copies.append(sorted(store.copies_from("ai-wire-daily", stories).values()))
        assert copies[0] == copies[1] and len(copies[0]) >= 5, copies
        counts = [len(sqlite.allowed_passages(chosen)) for chosen in filters]
        # whether fewer than a share of the units can pass (aipulse.search._deeper): the same bounded counts
        assert ([sqlite.few_pass(chosen, share) for chosen in filters for share in (0.05, 0.3)]
                == [postgres.few_pass(chosen, share) for chosen in filters for share in (0.05, 0.3)])
        assert counts[-1] == 0 and all(counts[:-1]), counts
        assert counts == [len(postgres.allowed_passages(chosen)) for chosen in filters]


def test_every_report_command_runs_on_postgres(demo_pg: Path, tmp_path: Path) -> None:
    week = json.loads(_cli(demo_pg, "trends", "--json"))[-1]["period"]
    _cli(demo_pg, "digest", "--week", week, "--out", str(tmp_path))
    assert any(path.suffix == ".eml" for path in tmp_path.iterdir())
    assert "Meta" in _cli(demo_pg, "trends", "--by", "theme", "--entity", "Meta")
    checked = json.loads(_cli(demo_pg, "alerts", "check", "--json", "--dry-run"))  # the demo config has no rules
    assert (checked["fired"], checked["deliveries"]) == ([], [])
    reindexed = json.loads(_cli(demo_pg, "reindex", "--json"))
    assert reindexed["vectors"] == json.loads(_cli(demo_pg, "status", "--json"))["counts"]["vectors"]
    assert json.loads(_cli(demo_pg, "reextract", "--json")) == {}  # every stored page is current


def test_the_password_never_shows(demo_pg: Path) -> None:
    password = os.environ[PG_URL_ENV].split(":")[2].split("@")[0]
    outputs = [_cli(demo_pg, *args) for args in (["status", "--json"], ["status"], ["ingest"], ["ingest", "--json"])]
    assert all(password not in out for out in outputs)
    with PgStore(os.environ[PG_URL_ENV]) as store:
        logged = " ".join(str(row) for row in store._tuples("SELECT * FROM crawl_log") + store._tuples("SELECT * FROM job_runs"))
        assert password not in logged and store.location.count(":") == 2


def _config(folder: Path, url_env: str = "BAD_DB_URL") -> Path:
    return write_config(folder, f'[storage]\nbackend = "postgres"\nurl_env = "{url_env}"\n')


@pytest.mark.parametrize("problem", ["password", "port", "database", "unset"])
def test_a_bad_database_url_is_one_line_and_exit_1(problem: str, tmp_path: Path, postgres_server: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    good = postgres_server.url()
    url = {"password": good.replace(postgres_server.password, "wrong-password"),
           "port": good.replace(f":{postgres_server.port}/", ":9/"),
           "database": good.rsplit("/", 1)[0] + "/no_such_db"}.get(problem)
    if url:
        monkeypatch.setenv("BAD_DB_URL", url)
    else:
        monkeypatch.delenv("BAD_DB_URL", raising=False)
    config = _config(tmp_path)
    for args in (["status"], ["ingest"], ["search", "Llama"]):
        code, out, err = run_cli("--config", str(config), *args)
        assert code == 1 and out == "", (out, err)
        line = err.strip()
        assert "\n" not in line and "Traceback" not in line, line
        assert ("BAD_DB_URL is not set" in line) if problem == "unset" else line.startswith(
            "Error: cannot open the Postgres database postgresql://aipulse@127.0.0.1:"), line
        assert "wrong-password" not in line and postgres_server.password not in line
    assert not (tmp_path / "data").exists()  # nothing half-written anywhere


def test_a_server_without_pgvector_says_how_to_install_it(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The server has pgvector; an extension name it lacks shows what a server without pgvector answers."""
    import pipeline.store_pg

    monkeypatch.setattr(pipeline.store_pg, "EXTENSION", "vector_not_installed")
    from pipeline.store import StoreUnavailable

    with pytest.raises(StoreUnavailable, match=r"has no pgvector: install it on the server \(https://github.com/"
                                               r"pgvector/pgvector#installation"):
        PgStore(pg_url)


def test_claims_give_each_article_to_one_worker_and_lapse_when_it_dies(pg_url: str) -> None:
    with PgStore(pg_url, lease_s=2) as first, PgStore(pg_url, lease_s=2) as second:
        second.worker = "other-host:1"
        for number in range(10):
            first._write("INSERT INTO articles (url, source, title, text) VALUES (?, 's', 't', 'x')", [f"http://a/{number}"])
        mine = [row["id"] for row in first.articles_to_score("v1", 4)]
        theirs = [row["id"] for row in second.articles_to_score("v1", 100)]
        assert len(mine) == 4 and len(theirs) == 6 and not set(mine) & set(theirs)
        assert [row["id"] for row in first.articles_to_score("v1", 100)] == mine  # its own claims come back to it
        time.sleep(2.5)  # the first worker "died": its claims lapse
        assert sorted(row["id"] for row in second.articles_to_score("v1", 100)) == sorted(mine + theirs)


def test_a_worker_claims_its_share_of_a_short_queue_while_another_ingest_runs(pg_url: str) -> None:
    with PgStore(pg_url) as first, PgStore(pg_url) as second:
        second.worker = "other-host:1"
        for number in range(11):
            first._write("INSERT INTO articles (url, source, title, text) VALUES (?, 's', 't', 'x')", [f"http://a/{number}"])
        runs = [first.start_job("ingest"), second.start_job("ingest")]
        mine = [row["id"] for row in first.articles_to_score("v1", 32)]
        theirs = [row["id"] for row in second.articles_to_score("v1", 32)]
        assert (len(mine), len(theirs)) == (6, 5) and not set(mine) & set(theirs)  # 11 free / 2 workers, rounded up
        first.finish_job(runs[0], True, {})
        assert len(second.articles_to_embed("v1", 32)) == 11  # alone again: the whole queue, up to the limit
        second.finish_job(runs[1], True, {})


def test_a_source_lease_keeps_others_out_until_released_or_lapsed(pg_url: str) -> None:
    with PgStore(pg_url, lease_s=2) as first, PgStore(pg_url, lease_s=2) as second:
        second.worker = "other-host:1"
        since = "2000-01-01T00:00:00+00:00"
        assert first.take_leases(["a", "b", "c"], 2) == ["a", "b"]
        assert second.take_leases(["a", "b", "c"], 2) == ["c"]
        first.release_leases(["a"], crawled=True)
        assert first.sources_left(["a", "b", "c"], since) == ["b", "c"]
        assert second.take_leases(["b"], 2) == []  # still the first worker's
        time.sleep(2.5)  # no heartbeat renewed it: it lapsed
        assert second.take_leases(["b"], 2) == ["b"]


def test_one_daemon_at_a_time_is_the_digests_scheduler(pg_url: str) -> None:
    first, second, third = PgStore(pg_url), PgStore(pg_url), PgStore(pg_url)
    from pipeline.store_pg import SCHEDULER_LOCK

    assert first.is_scheduler() and first._held(SCHEDULER_LOCK) and first.is_scheduler() and not second.is_scheduler()
    assert first._tuples("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()")[0][0] == 1
    first.close()  # that daemon died: its connection, and the lock with it, are gone
    assert second.is_scheduler() and not third.is_scheduler()
    # the server drops the scheduler's connection (a restart, a network cut): it no longer counts as the scheduler,
    # another daemon takes over, and the first reconnects without an error
    third._tuples("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = ?",
                  [second._tuples("SELECT pg_backend_pid()")[0][0]])
    assert third.is_scheduler() and not second.is_scheduler()
    second.close()
    third.close()


def test_a_run_whose_heartbeat_stopped_is_abandoned_on_any_host(pg_url: str) -> None:
    from pipeline.store import utc_now

    with PgStore(pg_url, lease_s=3) as store:
        live = store.start_job("ingest")
        store._write("INSERT INTO job_runs (job, started, pid, host, heartbeat) VALUES "
                     "('ingest', '2026-01-01T00:00:00+00:00', 1, 'another-host', '2026-01-01T00:00:00+00:00')", [])
        assert store.close_abandoned_runs(utc_now(), lambda pid: True) == 1  # the other host's silent run only
        time.sleep(3.5)  # three beats (lease_s / 3 each) later the live run's heartbeat is still fresh
        assert store.close_abandoned_runs(utc_now(), lambda pid: True) == 0
        store.finish_job(live, True, {})
        runs = store.last_runs()  # newest first
        assert [run["ok"] for run in runs] == [False, True] and "interrupted" in runs[0]["error"]


def test_two_workers_share_the_crawl_and_the_scoring_without_doubling(tmp_path: Path, demo_sites: DemoSites,
                                                                     pg_url: str) -> None:
    config = write_config(tmp_path, demo_sites.config_toml(url_env="SHARED_DB_URL", index=False))
    env = dict(os.environ, SHARED_DB_URL=pg_url)
    workers = [subprocess.Popen([sys.executable, "-m", "aipulse", "--config", str(config), "ingest", "--json"], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [worker.communicate(timeout=300) for worker in workers]
    assert [worker.returncode for worker in workers] == [0, 0], results
    with PgStore(pg_url) as store:
        assert store._tuples("SELECT COUNT(*), COUNT(DISTINCT url) FROM articles")[0] == (50, 50)
        stored_twice = store._tuples("SELECT url FROM crawl_log WHERE outcome IN ('new', 'duplicate', 'updated') "
                                     "GROUP BY url HAVING COUNT(*) > 1")
        assert stored_twice == []
        assert store._tuples("SELECT COUNT(*) FROM articles WHERE stance_version IS NULL")[0][0] == 0
        doubled = store._tuples("SELECT article_id, sentence_index, start, entity FROM mentions "
                                "GROUP BY 1, 2, 3, 4 HAVING COUNT(*) > 1")
        assert doubled == []
        scorers = store._tuples("SELECT score_holder, COUNT(*) FROM articles GROUP BY 1")
        assert len(scorers) == 2 and all(count >= 5 for _, count in scorers), scorers  # both did a share
        assert {row[0] for row in store._tuples("SELECT source FROM crawl_leases WHERE crawled IS NOT NULL")} == {
            "frontier-ledger", "ai-wire-daily"}
        # the newsroom and the wire, crawled side by side when each worker took one: every copy joined its story
        counts = store.counts()
        assert (counts["stories"], counts["duplicates"]) == (44, 6)


def test_a_sqlite_store_copied_into_postgres_is_verified_and_searchable(demo_db: Path, pg_url: str, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIPULSE_DATABASE_URL", pg_url)
    report = json.loads(_cli(demo_db, "copy-to-postgres", "--json"))
    sqlite = json.loads(_cli(demo_db, "status", "--json"))["counts"]
    assert report["verified"] and report["tables"]["articles"] == sqlite["articles"] > 0
    assert report["vector_index"] == "exact"  # the demo is far below the 50,000 vectors of an IVFFlat index
    assert report["tables"]["passages"] == sqlite["vectors"] and report["tables"]["mentions"] == sqlite["mentions"]
    copied = write_config(tmp_path, demo_db.read_text().replace("[storage]\n", '[storage]\nbackend = "postgres"\n', 1))
    postgres = json.loads(_cli(copied, "status", "--json"))["counts"]
    assert {key: postgres[key] for key in sqlite} == sqlite
    assert _hits(copied, QUERIES[0], "semantic") == _hits(demo_db, QUERIES[0], "semantic")
    with PgStore(pg_url) as store:  # new rows get new ids, after the copied ones
        (bits, sentences), = store._tuples("SELECT COUNT(tokens), COUNT(*) FILTER (WHERE kind = 'sentence') FROM passages")
        assert bits == sentences > 0  # every sentence unit's token bits came along
        copied_runs = store._tuples("SELECT MAX(id) FROM job_runs")[0][0]
        assert store.start_job("after-copy") == copied_runs + 1
        # vacuumed once committed: no full-text entries left pending for every keyword query to read, the mentions'
        # rows visible to all for a company filter's index-only look
        assert store._tuples("SELECT relname FROM pg_stat_user_tables WHERE relname IN ('passages', 'mentions') "
                             "AND last_vacuum IS NOT NULL ORDER BY relname") == [("mentions",), ("passages",)]
    code, out, err = run_cli("--config", str(demo_db), "copy-to-postgres")
    assert code == 1 and "already holds" in err and "copy into an empty database" in err


def test_a_copy_is_verified_whatever_order_each_engine_reads_its_rows_in(demo_db: Path, pg_url: str,
                                                                        tmp_path: Path) -> None:
    # the engines order NULLs apart (SQLite first, Postgres last), text apart under a collation other than C, and rows
    # that tie on an order as they meet them: a mention without a start, two that differ in their label alone, and a
    # URL in capitals are all copied right, so the proof must not depend on any order
    import shutil
    import sqlite3

    from pipeline.config import load_config
    from pipeline.store import Store
    from pipeline.store_copy import checksums, copy_store

    source = tmp_path / "aipulse.db"
    shutil.copyfile(load_config(demo_db).db_path, source)
    with closing(sqlite3.connect(source)) as db:
        article, sentence = db.execute("SELECT article_id, sentence_index FROM mentions GROUP BY 1, 2 "
                                       "HAVING COUNT(*) > 1 ORDER BY 1, 2 LIMIT 1").fetchone()
        for start, label in ((None, "neutral"), (0, "skeptical"), (0, "optimistic")):
            db.execute("INSERT INTO mentions (article_id, sentence_index, sentence_start, sentence, entity, mention, "
                       "start, end, kind, label, score, model_version) SELECT article_id, sentence_index, sentence_start, "
                       "sentence, 'Nvidia', 'Nvidia', ?, NULL, kind, ?, 0.0, model_version FROM mentions WHERE "
                       "article_id = ? AND sentence_index = ? LIMIT 1", [start, label, article, sentence])
        db.execute("UPDATE articles SET url = url || '/Capitals-And-lower' WHERE id = ?", [article])
        db.commit()
    with Store(source) as sqlite, PgStore(pg_url) as postgres:
        report = copy_store(sqlite, postgres)
        assert report["verified"] and report["checksums"] == checksums(postgres) == checksums(sqlite)
        assert report["tables"]["mentions"] == sqlite.counts()["mentions"]


def test_a_copy_that_lost_a_row_is_rolled_back_whole(demo_db: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.store_copy

    real = pipeline.store_copy._batches

    def losing_one_mention(source: Any, sql: str) -> Any:
        for rows in real(source, sql):
            yield rows[1:] if '"mentions"' in sql else rows

    monkeypatch.setattr(pipeline.store_copy, "_batches", losing_one_mention)
    monkeypatch.setenv("AIPULSE_DATABASE_URL", pg_url)
    code, out, err = run_cli("--config", str(demo_db), "copy-to-postgres")
    assert code == 1 and "differs from its source in mentions" in err and "nothing was written" in err
    with PgStore(pg_url) as store:
        assert store.counts()["articles"] == 0 and store.counts()["mentions"] == 0


def test_kill_9_of_the_crawling_worker_loses_nothing_and_doubles_nothing(tmp_path: Path, demo_sites: DemoSites,
                                                                         pg_url: str) -> None:
    """Two workers; the one holding the sources' leases is killed with SIGKILL in the middle of its crawl; the other
    takes the sources once the leases lapse (lease_s = 3) and finishes: every article stored once."""
    import signal

    config = write_config(tmp_path, demo_sites.config_toml(url_env="SHARED_DB_URL", stance=False, index=False)
                          .replace('url_env = "SHARED_DB_URL"\n', 'url_env = "SHARED_DB_URL"\nlease_s = 3\n'))
    env = dict(os.environ, SHARED_DB_URL=pg_url)
    workers = {}
    with PgStore(pg_url) as store:
        for _ in range(2):
            worker = subprocess.Popen([sys.executable, "-m", "aipulse", "--config", str(config), "ingest", "--json"],
                                      env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            workers[worker.pid] = worker
        deadline = time.monotonic() + 120
        while store.counts()["articles"] < 10 and time.monotonic() < deadline:
            time.sleep(0.05)
        holders = {row[0] for row in store._tuples("SELECT holder FROM crawl_leases WHERE holder IS NOT NULL")}
        victim = next(pid for pid in workers if any(holder.endswith(f":{pid}") for holder in holders))
        stored_before = store.counts()["articles"]
        os.kill(victim, signal.SIGKILL)
        survivor = workers[next(pid for pid in workers if pid != victim)]
        survivor.communicate(timeout=180)
        assert survivor.returncode == 0 and 10 <= stored_before < 50
        assert store._tuples("SELECT COUNT(*), COUNT(DISTINCT url) FROM articles")[0] == (50, 50)
        stored_twice = store._tuples("SELECT url FROM crawl_log WHERE outcome IN ('new', 'duplicate', 'updated') "
                                     "GROUP BY url HAVING COUNT(*) > 1")
        assert stored_twice == []
        assert store.sources_left(["frontier-ledger", "ai-wire-daily"], "2000-01-01T00:00:00+00:00") == []
    workers[victim].communicate(timeout=10)


def test_two_daemons_on_one_store_both_ingest_and_one_sends_the_digest(tmp_path: Path, demo_sites: DemoSites,
                                                                       pg_url: str) -> None:
    import signal

    from tests.smtpserver import smtp_server, smtp_settings

    with smtp_server(tmp_path) as server:
        config = write_config(tmp_path, demo_sites.config_toml(url_env="SHARED_DB_URL", stance=False, index=False) + (
            # last week's digest overdue at any hour (tests/test_scheduler.py says why)
            '\n[schedule]\ningest_interval = "2s"\ndigest_cron = "mon 00:00"\n\n[email]\n'
            + smtp_settings(server, "none", to=("desk@example.org",))))
        env = dict(os.environ, SHARED_DB_URL=pg_url)
        daemons = [subprocess.Popen([sys.executable, "-m", "aipulse", "--config", str(config), "daemon"], env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for _ in range(2)]
        try:
            with PgStore(pg_url) as store:
                deadline = time.monotonic() + 90
                while time.monotonic() < deadline:
                    finished = store._tuples("SELECT DISTINCT pid FROM job_runs WHERE job = 'ingest' AND ok = 1")
                    if len(finished) >= 2 and len(server.inbox.messages) == 1:  # each ingest a process: many pids
                        break
                    time.sleep(0.25)
                assert len(finished) >= 2 and len(server.inbox.messages) == 1, finished
        finally:
            for daemon in daemons:
                daemon.send_signal(signal.SIGTERM)
            outputs = [daemon.communicate(timeout=20)[0] for daemon in daemons]
        assert [daemon.returncode for daemon in daemons] == [0, 0], outputs
        assert all("INFO aipulse.daemon: ingest: {" in out for out in outputs), outputs  # each daemon ran its ingests
        assert len(server.inbox.messages) == 1  # last week's digest, once, by the daemon holding the scheduler's lock
        with PgStore(pg_url) as store:  # the other daemon did not even start a digest run
            assert store._tuples("SELECT COUNT(*) FROM job_runs WHERE job = 'digest'")[0][0] == 1


def test_pgvector_search_is_exact_when_small_and_ivfflat_past_the_threshold(pg_url: str,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """As with the FAISS file: no index to keep up below APPROX_FROM vectors (exact answers), an IVFFlat index from
    there on with recall@10 against exact search of at least 0.9 (threshold lowered to 3,000 for the test)."""
    import numpy as np

    import index.pgvectors
    from index.pgvectors import PgVectorIndex

    monkeypatch.setattr(index.pgvectors, "APPROX_FROM", 3000)
    rng = np.random.default_rng(3)
    centres = rng.standard_normal((30, 384)).astype(np.float32)
    vectors = centres[rng.integers(0, 30, 4000)] + 0.6 * rng.standard_normal((4000, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    with PgStore(pg_url) as store:
        for article in range(40):
            article_id = store._insert("articles", {"url": f"http://a/{article}", "source": "s", "title": "t", "text": "x"})
            store.replace_passages(article_id, [
                {"kind": "sentence", "first": i, "last": i, "start": i, "end": i + 1, "text": f"unit {i}",
                 "vector": vectors[article * 100 + i].tobytes(), "encoder": "m/fp32"} for i in range(100)], "v")
        queries = vectors[rng.integers(0, 4000, 20)] + 0.1 * rng.standard_normal((20, 384)).astype(np.float32)
        exact = PgVectorIndex(store, "m")
        assert not exact.approximate and exact.needs_rebuild() and exact.count == 4000
        truth = [set(exact.search(query[None, :], 10)[1][0].tolist()) for query in queries]
        approximate = exact.rebuild()
        assert approximate.approximate and approximate.trained_on == 4000 and not approximate.needs_rebuild()
        assert store._tuples("SELECT lists FROM vector_index")[0][0] == 4000 // 39  # FAISS's rule: 39 vectors a list
        found = [set(approximate.search(query[None, :], 10)[1][0].tolist()) for query in queries]
        recall = sum(len(a & b) for a, b in zip(found, truth, strict=True)) / (10 * len(queries))
        assert recall >= 0.9, recall
        allowed = sorted(truth[0])[:3]  # a filter: exact among the allowed units, whatever the index
        assert set(approximate.search(queries[0][None, :], 10, allowed)[1][0][:3].tolist()) == set(allowed)


def test_another_models_vectors_replace_the_last_ones_and_their_ivfflat_index(pg_url: str,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The IVFFlat index casts every vector to the old model's width, so a model change drops it with the old vectors;
    a vector of the new width then stores, and the index is built again for it when due."""
    import numpy as np

    import index.pgvectors
    from index.pgvectors import PgVectorIndex

    monkeypatch.setattr(index.pgvectors, "APPROX_FROM", 3000)
    rng = np.random.default_rng(5)

    def units(width: int, count: int, model: str) -> list[dict]:
        vectors = rng.standard_normal((count, width)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        return [{"kind": "sentence", "first": i, "last": i, "start": i, "end": i + 1, "text": f"unit {i}",
                 "vector": vectors[i].tobytes(), "encoder": f"{model}/fp32"} for i in range(count)]

    with PgStore(pg_url) as store:
        articles = [store._insert("articles", {"url": f"http://a/{n}", "source": "s", "title": "t", "text": "x"})
                    for n in range(2)]
        store.replace_passages(articles[0], units(384, 2000, "old@1"), "v")
        store.replace_passages(articles[1], units(384, 2000, "old@1"), "v")
        assert PgVectorIndex(store, "old@1").rebuild().approximate and store.vector_index_trained_on() == 4000
        assert store.drop_vectors_except("new@2") == 4000
        assert store.vector_index_trained_on() == 0 and store.vector_ids() == (0, 0)
        store.replace_passages(articles[0], units(64, 1600, "new@2"), "v2")
        store.replace_passages(articles[1], units(64, 1600, "new@2"), "v2")
        rebuilt = PgVectorIndex(store, "new@2")
        assert rebuilt.needs_rebuild() and rebuilt.rebuild().approximate and store.vector_size() == 64
