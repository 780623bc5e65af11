from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from aipulse.lifecycle import Lifecycle
from pipeline.config import load_config, parse_duration
from pipeline.store import Store, utc_now
from scheduler import build_scheduler
from tests.conftest import local_source_config, run_cli, write_config
from tests.siteserver import Route, SiteServer
from tests.smtpserver import smtp_server, smtp_settings


@pytest.mark.parametrize("text, expected", [
    ("30s", timedelta(seconds=30)), ("15m", timedelta(minutes=15)), ("6h", timedelta(hours=6)),
    ("1d", timedelta(days=1)), (" 1.5h ", timedelta(minutes=90)),
])
def test_parse_duration(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


def test_ingest_job_never_overlaps_and_starts_at_once(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, '[schedule]\ningest_interval = "15m"\n'))
    job = build_scheduler(config, Lifecycle()).get_job("ingest")
    assert job.max_instances == 1 and job.coalesce is True
    assert job.trigger.interval == timedelta(minutes=15)
    assert job.next_run_time is not None


def test_the_digest_runs_on_its_weekly_cron_in_its_time_zone(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, '[schedule]\ndigest_cron = "tue 08:30"\ntimezone = "Europe/Berlin"\n'))
    job = build_scheduler(config, Lifecycle()).get_job("digest")
    fire = job.trigger.get_next_fire_time(None, datetime(2024, 5, 13, tzinfo=timezone.utc))
    assert fire.isoformat() == "2024-05-14T08:30:00+02:00"
    assert job.max_instances == 1 and job.coalesce is True and job.misfire_grace_time == 6 * 3600


def run_daemon_process(config: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", "from aipulse.cli import main; main()", "--config", str(config),
                             "daemon"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            cwd=Path(__file__).parent.parent)


def job_runs(db: Path) -> list[dict]:
    if not db.exists():
        return []
    connection = sqlite3.connect(db, timeout=30)
    try:
        connection.row_factory = sqlite3.Row
        return [dict(row) for row in connection.execute("SELECT * FROM job_runs ORDER BY id")]
    except sqlite3.OperationalError:  # the daemon has not created its tables yet
        return []
    finally:
        connection.close()


def wait_for(condition, timeout: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.25)
    return False


def stop(process: subprocess.Popen[str]) -> tuple[int, float, str]:
    """SIGTERM; (exit code, seconds it took, its output)."""
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    try:
        out, _ = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        out, _ = process.communicate()
        return -9, time.monotonic() - started, out
    return process.returncode, time.monotonic() - started, out


def test_the_daemon_ingests_on_schedule_sends_the_missed_digest_once_and_stops_on_sigterm(
        tmp_path: Path, demo_sites) -> None:  # type: ignore[no-untyped-def]
    with smtp_server(tmp_path) as server:
        config = write_config(tmp_path, demo_sites.config_toml(stance=False, index=False) + (
            # last week's digest falls due at midnight on Monday, so it is overdue whenever the test runs: at the
            # default 07:00 it is not yet due from midnight to 07:00 on Mondays, and the daemon rightly sends none
            '\n[schedule]\ningest_interval = "2s"\ndigest_cron = "mon 00:00"\n\n'
            "[email]\n" + smtp_settings(server, "none", to=("desk@example.org",))))
        db = tmp_path / "aipulse.db"
        daemon = run_daemon_process(config)
        try:
            ingests = lambda: [r for r in job_runs(db) if r["job"] == "ingest" and r["finished"]]  # noqa: E731
            assert wait_for(lambda: len(ingests()) >= 2, 60), job_runs(db)
            second = subprocess.run([sys.executable, "scheduler.py", "--config", str(config)], capture_output=True,
                                    text=True, timeout=60, cwd=Path(__file__).parent.parent)
            assert second.returncode != 0 and "another aipulse daemon" in second.stderr
            assert f"pid {daemon.pid}" in second.stderr
        finally:
            code, seconds, out = stop(daemon)
        assert code == 0 and seconds < 10, (code, seconds, out[-2000:])
        # every ingest succeeded, but the one SIGTERM may have caught mid-way, recorded as stopped early
        assert sum(r["ok"] == 1 for r in ingests()) >= 2, ingests()
        assert all(r["ok"] == 1 or "stopped early" in r["error"] for r in ingests()), ingests()
        assert len(server.inbox.messages) == 1  # last week's digest was due and had not gone out
        code, out, _ = run_cli("--config", str(config), "status", "--json")
        report = json.loads(out)
        runs = report["last_runs"]
        assert [d["state"] for d in report["digests"]] == ["sent"]
        assert {"ingest", "digest"} <= {run["job"] for run in runs}
        digest_run = next(run for run in runs if run["job"] == "digest")
        assert digest_run["ok"] is True and digest_run["counts"] == {"sent": 1}

        before = len(ingests())
        again = run_daemon_process(config)  # a restart: the digest is on record, so it is not sent again
        try:
            assert wait_for(lambda: len(ingests()) > before, 60)  # the restarted daemon's own first ingest
        finally:
            code, seconds, _ = stop(again)
        assert code == 0 and len(server.inbox.messages) == 1


def test_sigterm_during_a_stuck_crawl_stops_within_ten_seconds_and_records_the_run(tmp_path: Path,
                                                                                  site: SiteServer) -> None:
    site.routes["/endless"] = Route(endless=True)  # a crawl that would take the full 30 s timeout
    config = local_source_config(tmp_path, "stuck", start_urls=[site.base + "/endless"])
    config.write_text(config.read_text() + '\n[schedule]\ningest_interval = "1h"\n')
    daemon = run_daemon_process(config)
    try:
        assert wait_for(lambda: "/endless" in site.paths_requested(), 60)
        time.sleep(1.0)
    finally:
        code, seconds, out = stop(daemon)
    assert code == 0 and seconds < 10, (code, seconds, out[-2000:])
    [run] = job_runs(tmp_path / "data" / "aipulse.db")
    assert run["finished"] and run["ok"] == 0 and "stopped early" in run["error"]


def test_a_run_left_open_by_a_dead_process_is_closed_at_the_next_start(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, "[stance]\nenabled = false\n"))
    store = Store(config.db_path)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    orphan = store.start_job("ingest")
    store.db.execute("UPDATE job_runs SET pid = ? WHERE id = ?", [dead.pid, orphan])
    live = store.start_job("ingest")  # this process: alive, left alone
    from aipulse.lifecycle import process_alive

    assert store.close_abandoned_runs(utc_now(), process_alive) == 1
    runs = {run["id"]: run for run in job_runs(config.db_path)}
    assert runs[orphan]["ok"] == 0 and "interrupted" in runs[orphan]["error"] and runs[live]["finished"] is None


def test_the_next_ingest_closes_the_run_of_a_killed_one(tmp_path: Path, site: SiteServer) -> None:
    config = local_source_config(tmp_path, "local", start_urls=[site.base + "/missing"])
    store = Store(tmp_path / "data" / "aipulse.db")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    orphan = store.start_job("ingest")
    store.db.execute("UPDATE job_runs SET pid = ? WHERE id = ?", [dead.pid, orphan])
    store.close()
    run_cli("--config", str(config), "ingest")
    runs = {run["id"]: run for run in job_runs(tmp_path / "data" / "aipulse.db")}
    assert runs[orphan]["ok"] == 0 and "interrupted" in runs[orphan]["error"]
    assert len(runs) == 2 and all(run["finished"] for run in runs.values())
