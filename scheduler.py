"""The daemon (`aipulse daemon`; `python scheduler.py [--config FILE]` is the same command): ingest every
`schedule.ingest_interval` (then check the [[alerts]] rules) and send the weekly digest at `schedule.digest_cron`,
with APScheduler 3.x.
One daemon per data directory on SQLite; any number sharing a Postgres store."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import datetime, time, timezone
from pathlib import Path
from types import FrameType
from typing import IO, Any
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from aipulse.lifecycle import Lifecycle, process_alive
from aipulse.locks import LockBusy, hold
from pipeline.config import Config, parse_duration, parse_weekly
from pipeline.digest import last_complete_week, week_bounds
from pipeline.store import Store, utc_now
from pipeline.stores import open_store

log = logging.getLogger("aipulse.daemon")
SHUTDOWN_GRACE_S = 8.0  # running jobs get this long to reach a safe point after SIGTERM; 10 s is promised
DIGEST_GRACE_S = 6 * 3600  # a digest that could not start on time still goes out within six hours
LOCK_NAME = "daemon.lock"


class DaemonError(Exception):
    """The daemon cannot start; one line saying why."""


def digest_trigger(config: Config) -> CronTrigger:
    """'mon 07:00' in `schedule.timezone` → a weekly cron trigger."""
    weekly = parse_weekly(config["schedule.digest_cron"])
    return CronTrigger(day_of_week=weekly.day, hour=weekly.hour, minute=weekly.minute,
                       timezone=ZoneInfo(config["schedule.timezone"]))


def overdue_digest(config: Config, store: Store, now: datetime) -> str | None:
    """The latest week whose digest should have gone out by `now`, if it has not (never tried, or failed), else None.
    Early in a week, before the last week's digest is due (mondays before 07:00 by default), that is the week before
    it: a daemon down since before that digest's time still sends it."""
    if not config["email.to"]:
        return None
    zone = ZoneInfo(config["schedule.timezone"])
    week = last_complete_week(now.astimezone(zone).date())
    due = _digest_due(config, week, zone)
    if due is not None and due > now:  # not yet: the week before's was due a week earlier
        monday, _ = week_bounds(week)
        week = last_complete_week(monday)
        due = _digest_due(config, week, zone)
    if due is None or due > now:
        return None
    record = store.digest_record(week)
    return week if record is None or record["state"] == "failed" else None


def _digest_due(config: Config, week: str, zone: ZoneInfo) -> datetime | None:
    """When the week's digest is due: the digest's first time after the week ends."""
    _, next_monday = week_bounds(week)
    return digest_trigger(config).get_next_fire_time(None, datetime.combine(next_monday, time(0), zone))


class _Running:
    """Counts the jobs in flight, so shutdown can wait for them to reach a safe point."""

    def __init__(self) -> None:
        self._count = 0
        self._idle = threading.Condition()

    def wrap(self, job: Callable[..., Any]) -> Callable[..., Any]:
        def tracked(*args: Any) -> Any:
            with self._idle:
                self._count += 1
            try:
                return job(*args)
            finally:
                with self._idle:
                    self._count -= 1
                    self._idle.notify_all()
        return tracked

    def wait_idle(self, timeout: float) -> bool:
        with self._idle:
            return self._idle.wait_for(lambda: self._count == 0, timeout)


def ingest_job(config: Config, lifecycle: Lifecycle) -> None:
    """One `aipulse ingest` in a process of its own: the models, and whatever the libraries keep between
    runs, go with it, so the daemon does not grow over months (bench/memory.py). A stop request reaches it
    as SIGTERM (Lifecycle.request_stop), and it records its run as stopped early."""
    out, code = _run_command(config, lifecycle, "ingest", "ingest", "--json")
    try:
        result = json.loads(out.strip().splitlines()[-1])
    except (ValueError, IndexError):
        log.error("ingest process exited with code %s and no report", code)
        return
    log.info("ingest: %s", {k: v for k, v in result["counts"].items() if v})
    for problem in result["problems"]:
        log.warning("ingest: %s", problem)
    if config.alerts and not lifecycle.should_stop():
        alerts_job(config, lifecycle)


def alerts_job(config: Config, lifecycle: Lifecycle) -> None:
    """`aipulse alerts check` in a process of its own after an ingest: a hanging webhook holds up no ingest, and a
    stop reaches it as SIGTERM (a delivery it had claimed is not sent twice: docs/alerts.md). Its own line for
    each failed delivery, naming the rule, reaches the log through its stderr."""
    out, code = _run_command(config, lifecycle, "alerts", "alerts", "check", "--json")
    try:
        report = json.loads(out)
    except ValueError:
        log.error("alerts check exited with code %s and no report", code)
        return
    for firing in report["fired"]:
        log.info("alert: %s", firing["text"])


def _run_command(config: Config, lifecycle: Lifecycle, name: str, *args: str) -> tuple[str, int]:
    """`aipulse [--config FILE] ARGS` as a child that a stop reaches; its stderr lines go to the log under
    `name`. Returns its stdout and exit code."""
    command = [sys.executable, "-m", "aipulse", *(["--config", str(config.path)] if config.path else []), *args]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=dict(os.environ, PYTHONUNBUFFERED="1"), start_new_session=True)  # stopped by us
    with lifecycle.child(child):
        out, err = child.communicate()
    for line in err.splitlines():
        if line.strip():
            log.warning("%s: %s", name, line.strip())
    return out, child.returncode


def digest_job(config: Config, week: str | None = None, leader: Store | None = None) -> None:
    """Write the week's digest under <data_dir>/digests and send it once when recipients are configured; with
    `leader` (daemons sharing a Postgres store), only when this daemon is the digest's scheduler."""
    from aipulse import digests
    from aipulse.mail import MailError

    if leader is not None and not leader.is_scheduler():
        log.info("digest: another daemon sending the weekly digest holds the scheduler's lock")
        return
    zone = ZoneInfo(config["schedule.timezone"])
    week = week or last_complete_week(datetime.now(zone).date())
    with open_store(config) as store:
        run_id = store.start_job("digest")
        try:
            message = digests.message_for(config, digests.assemble(store, week))
            eml, _ = digests.write(message, config.data_dir / "digests", week)
            sent, note = 0, f"{week}: written to {eml}"
            if config["email.to"]:
                outcome = digests.send(config, store, week, message)
                sent, note = int(outcome.sent), f"{week}: {outcome.detail}"
            store.finish_job(run_id, True, {"sent": sent}, None)
            log.info("digest %s", note)
        except MailError as exc:
            store.finish_job(run_id, False, {"sent": 0}, f"{week}: {exc}")
            log.error("digest %s not sent: %s", week, exc)
        except Exception as exc:
            store.finish_job(run_id, False, {"sent": 0}, f"{week}: {type(exc).__name__}: {exc}")
            raise


def build_scheduler(config: Config, lifecycle: Lifecycle, running: _Running | None = None,
                    leader: Store | None = None) -> BackgroundScheduler:
    """Ingest at once and then every interval; the digest on its weekly cron, plus at once if one is overdue (by
    the daemon whose `leader` store holds the scheduler's lock, when daemons share one)."""
    wrap = running.wrap if running else (lambda job: job)
    scheduler = BackgroundScheduler(timezone=timezone.utc)
    interval = parse_duration(config["schedule.ingest_interval"])
    now = datetime.now(timezone.utc)
    scheduler.add_job(
        wrap(ingest_job), IntervalTrigger(seconds=interval.total_seconds()), args=[config, lifecycle], id="ingest",
        max_instances=1, coalesce=True, misfire_grace_time=max(1, int(interval.total_seconds())),
        next_run_time=now,  # catch up at start instead of waiting one interval
    )
    scheduler.add_job(wrap(digest_job), digest_trigger(config), args=[config, None, leader], id="digest", max_instances=1,
                      coalesce=True, misfire_grace_time=DIGEST_GRACE_S)
    with open_store(config) as store:
        overdue = overdue_digest(config, store, now)
    if overdue:
        log.info("digest %s is overdue: sending it now", overdue)
        scheduler.add_job(wrap(digest_job), args=[config, overdue, leader], id="digest-catch-up", next_run_time=now,
                          max_instances=1, misfire_grace_time=None)
    return scheduler


def lock_data_dir(folder: Path) -> IO[str]:
    """Hold the data directory's daemon lock for the life of the process, or raise DaemonError."""
    try:
        return hold(folder / LOCK_NAME)
    except LockBusy as busy:
        raise DaemonError(f"another aipulse daemon (pid {busy.holder}) is already running for {folder}; "
                          "stop it first or use another storage.data_dir") from None


def run_daemon(config: Config) -> int:
    """Run until SIGTERM or SIGINT; 0 after a clean stop. On Postgres any number of daemons run at once: each
    ingests (sharing the work through leases and claims), and the one holding the scheduler's lock sends the digest."""
    shared = config["storage.backend"] == "postgres"
    lock = None if shared else lock_data_dir(config.make_data_dir())
    leader = open_store(config) if shared else None  # its connection holds the scheduler's lock once taken
    with open_store(config) as store:
        closed = store.close_abandoned_runs(utc_now(), process_alive)
    if closed:
        log.warning("%d job run(s) left open by a process that died were recorded as interrupted", closed)
    running = _Running()
    lifecycle = Lifecycle()
    scheduler = build_scheduler(config, lifecycle, running, leader)
    stop = threading.Event()

    def on_signal(number: int, _frame: FrameType | None) -> None:
        log.info("%s received: stopping", signal.Signals(number).name)
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    scheduler.start()
    log.info("daemon started: ingest every %s, digest %s %s; data in %s", config["schedule.ingest_interval"],
             config["schedule.digest_cron"], config["schedule.timezone"], config.data_dir)
    try:
        while not stop.wait(1.0):
            pass
    finally:
        scheduler.shutdown(wait=False)
        lifecycle.request_stop(grace_s=SHUTDOWN_GRACE_S - 2)  # the ingest process gets SIGTERM, and time to record its run
        idle = running.wait_idle(SHUTDOWN_GRACE_S)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if lock is not None:
            lock.close()
        if leader is not None:
            leader.close()
    if not idle:  # a job ignored the stop; its writes are transactions, and the next start closes its run
        log.error("a job did not stop within %.0f s; exiting anyway", SHUTDOWN_GRACE_S)
        logging.shutdown()
        os._exit(0)
    log.info("daemon stopped")
    return 0


if __name__ == "__main__":  # the entry point is the CLI's: one set of options, one logging set-up
    from aipulse.cli import main

    main([*sys.argv[1:], "daemon"])
