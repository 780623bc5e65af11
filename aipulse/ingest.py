"""`aipulse ingest`: refuse what must be refused, crawl in a child process, record the run."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aipulse.locks import wait_to_hold
from pipeline.config import Config
from pipeline.store import Store, utc_now
from pipeline.urls import host_of, private_address

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_PARTIAL = 0, 1, 3
INGEST_LOCK = "ingest.lock"
STORAGE_HINT = "; is the disk full or the data directory not writable? what was stored is intact"
STORED = {"new", "updated", "duplicate"}  # crawl outcomes that leave an article to score and embed
ERROR_OUTCOMES = {"http_error", "dns_error", "timeout", "too_large", "redirect_loop", "error", "bad_feed", "bad_sitemap"}


class CrawlError(RuntimeError):
    """The crawler process failed as a whole; the message is its last error line."""


@dataclass
class IngestResult:
    counts: dict[str, int]
    problems: list[str] = field(default_factory=list)  # one line each, for the user
    exit_code: int = EXIT_OK


def refused_sources(config: Config) -> dict[str, str]:
    """Sources whose seed URLs point at non-public addresses without allow_private, with the reason."""
    refused = {}
    for source in config.sources:
        if source.allow_private:
            continue
        for url in source.urls:
            reason = private_address(host_of(url))
            if reason:
                refused[source.name] = (
                    f"source '{source.name}' refused: {url} — {reason}; "
                    f"set allow_private = true in its [[sources]] entry to crawl it"
                )
                break
    return refused


STOP = threading.Event()  # set when the daemon shuts down: running work ends at its next safe point
_children: set[subprocess.Popen[str]] = set()
STOPPED = "stopped early: shutting down; the next run picks up the rest"


def request_stop(grace_s: float = 3.0) -> None:
    """Ask running ingests to end: the crawler child gets SIGTERM, then SIGKILL after `grace_s` (its writes are
    transactions, so a kill loses nothing stored); scoring and embedding stop after their current batch."""
    STOP.set()
    for child in list(_children):
        child.terminate()
        timer = threading.Timer(grace_s, lambda child=child: child.poll() is None and child.kill())
        timer.daemon = True
        timer.start()


def track_child(child: subprocess.Popen[str]) -> None:
    """A child process that request_stop() must stop (the crawler; the daemon's ingest processes)."""
    _children.add(child)


def forget_child(child: subprocess.Popen[str]) -> None:
    _children.discard(child)


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs (this one included: the daemon runs a digest beside an ingest)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, someone else's
        pass
    return True


def run_ingest(config: Config, on_event: Callable[[dict[str, Any]], None] | None = None) -> IngestResult:
    """One ingest at a time per data directory: a second one (the daemon's and a manual one) waits for the first."""
    lock = wait_to_hold(config.data_dir / INGEST_LOCK, STOP.is_set, lambda holder: log.warning(
        "waiting for the ingest already running (pid %s) to finish", holder))
    if lock is None:
        return IngestResult(counts={}, problems=[STOPPED], exit_code=EXIT_PARTIAL)
    try:
        return _recorded_ingest(config, on_event)
    finally:
        lock.close()


def _recorded_ingest(config: Config, on_event: Callable[[dict[str, Any]], None] | None) -> IngestResult:
    store = Store(config.db_path)
    store.close_abandoned_runs(utc_now(), process_alive)  # runs of a killed process stop showing as running
    run_id = store.start_job("ingest")
    try:
        result = _ingest(config, store, run_id, on_event)
    except BaseException as exc:
        store.finish_job(run_id, False, {}, f"{type(exc).__name__}: {exc}")
        store.close()
        raise
    store.finish_job(run_id, result.exit_code == EXIT_OK, result.counts, "; ".join(result.problems) or None)
    store.close()
    return result


def _ingest(config: Config, store: Store, run_id: int, on_event: Callable[[dict[str, Any]], None] | None) -> IngestResult:
    refused = refused_sources(config)
    problems = list(refused.values())
    store.log_crawl(run_id, [
        {"url": config.source(name).urls[0], "source": name, "status": None, "outcome": "refused", "detail": line}
        for name, line in refused.items()
    ])
    allowed = [source.name for source in config.sources if source.name not in refused]
    started = utc_now()
    crawl_stats: dict[str, Any] = {}
    warmer = ModelWarmer(config)
    if allowed:
        crawl_stats = _crawl_in_child(config, run_id, allowed, on_event, warmer.start)
    warmer.join()
    if STOP.is_set():
        problems.append(STOPPED)
    from aipulse.indexing import embed_stored
    from aipulse.scoring import score_stored

    scored = _stage(config["stance.enabled"], "scoring stance", "stance not scored", (OSError, ValueError),
                    lambda: score_stored(config, store), problems, on_event)
    embedded = _stage(config["index.enabled"], "embedding passages", "passages not embedded",
                      (OSError, ValueError, RuntimeError), lambda: embed_stored(config, store), problems, on_event)
    outcomes = store.crawl_outcomes(run_id)
    seeds = {url: source.name for source in config.sources if source.name in allowed for url in source.urls}
    for row in store.crawl_log(run_id):
        if row["url"] in seeds and row["outcome"] in ERROR_OUTCOMES | {"refused", "robots"}:
            problems.append(f"source '{row['source']}': {row['url']} failed: {row['detail'] or row['outcome']}")
    counts = {
        "new": outcomes.get("new", 0) + outcomes.get("duplicate", 0),
        "syndicated_copies": store.copies_first_seen_since(started),
        "updated": outcomes.get("updated", 0),
        "unchanged": outcomes.get("unchanged", 0),
        "not_modified": outcomes.get("not_modified", 0),
        "not_article": outcomes.get("not_article", 0) + outcomes.get("not_html", 0),
        "errors": sum(outcomes.get(name, 0) for name in ERROR_OUTCOMES),
        "refused": outcomes.get("refused", 0),
        "robots": outcomes.get("robots", 0),
        "skipped_known": int(crawl_stats.get("skipped_known", 0)),
        "requests": int(crawl_stats.get("requests", 0)),
        "crawler_errors": int(crawl_stats.get("crawler_errors", 0)),  # Scrapy's own error log lines
        "sources": len(allowed),
        "articles_total": store.counts()["articles"],
        "articles_scored": scored,
        "articles_embedded": embedded,
    }
    return IngestResult(counts=counts, problems=problems, exit_code=EXIT_PARTIAL if problems else EXIT_OK)


def _stage(enabled: bool, phase: str, failure: str, errors: tuple[type[Exception], ...], work: Callable[[], int],
           problems: list[str], on_event: Callable[[dict[str, Any]], None] | None) -> int:
    """A stage after the crawl: its count, or 0 and one problem line when it fails, so a missing or
    mismatched model never loses what the crawl stored."""
    if not enabled or STOP.is_set():  # shutting down: the next run scores and embeds what this one stored
        return 0
    if on_event:
        on_event({"event": "phase", "phase": phase})
    try:
        return work()
    except errors as exc:
        problems.append(f"{failure}: {exc}")
        return 0


class ModelWarmer:
    """Loads the models the stages after the crawl need, in a thread, from the crawl's first stored
    article: their imports and weights (about 5 s) overlap the crawl instead of following it. A failure
    is left for the stage itself to meet and report. (Scoring and embedding alongside the crawl as well
    measured slower here: bench/ingest.py, 10,177 and 6,210 articles/hour against 10,816.)"""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        if self.thread is None and (self.config["stance.enabled"] or self.config["index.enabled"]):
            self.thread = threading.Thread(target=self._load, name="aipulse-model-warmer")
            self.thread.start()

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join()

    def _load(self) -> None:
        config = self.config
        try:
            if config["stance.enabled"]:
                from aipulse.scoring import stance_model

                stance_model(config["model.name"], config["model.precision"])
            if config["index.enabled"]:
                from index.encoder import batch_encoder

                batch_encoder(config["model.name"], config["model.device"], config["model.precision"])
        except Exception as exc:  # noqa: BLE001 - the stage meets it again and reports it
            log.debug("loading the models early failed: %s", exc)


def _crawl_in_child(config: Config, run_id: int, sources: list[str],
                    on_event: Callable[[dict[str, Any]], None] | None,
                    on_stored: Callable[[], None] = lambda: None) -> dict[str, Any]:
    spec = {
        "config_path": str(config.path) if config.path else None, "db_path": str(config.db_path),
        "run_id": run_id, "sources": sources, "progress": True, "parent": os.getpid(),
    }
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    with tempfile.TemporaryFile("w+") as errors:
        child = subprocess.Popen(
            [sys.executable, "-m", "crawlers.run", json.dumps(spec)], stdout=subprocess.PIPE, stderr=errors,
            text=True, env=env,
        )
        track_child(child)
        done: dict[str, Any] = {}
        fatal = ""
        assert child.stdout is not None
        for line in child.stdout:
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if event.get("event") == "done":
                done = event
                continue
            if event.get("event") == "fatal":
                fatal = str(event.get("detail"))
                continue
            if event.get("outcome") in STORED:
                on_stored()
            if on_event:
                on_event(event)
        code = child.wait()
        forget_child(child)
        if fatal:
            raise CrawlError(f"{fatal}; the crawl stopped{STORAGE_HINT}")
        if code != 0 and not STOP.is_set():
            errors.seek(0)
            lines = [line.strip() for line in errors.read().splitlines() if line.strip()]
            raise CrawlError(f"crawler process exited with code {code}: {lines[-1] if lines else 'no output'}")
    return done
