"""`aipulse ingest`: refuse what must be refused, crawl in a child process, record the run."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aipulse.lifecycle import STOPPED, Lifecycle, process_alive
from aipulse.locks import wait_to_hold
from pipeline.config import Config
from pipeline.models import ERRORS, FAILED, STORED, Outcome
from pipeline.store import Store, utc_now
from pipeline.stores import open_store
from pipeline.urls import host_of, private_address

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_PARTIAL = 0, 1, 3
INGEST_LOCK = "ingest.lock"
STORAGE_HINT = "; is the disk full or the data directory not writable? what was stored is intact"


class CrawlError(RuntimeError):
    """The crawler process failed as a whole; the message is its last error line."""


@dataclass(frozen=True)
class Cap:
    """What one crawl limit kept one source from fetching in one ingest."""

    source: str
    setting: str  # crawl.max_feed_items or crawl.max_pages_per_source
    skipped: int
    limit: int

    def line(self) -> str:
        # entries left unread may still come through another feed or sitemap of the source; pages over the
        # budget were not fetched at all
        what, done = (("feed and sitemap entries left unread", "read") if self.setting == "crawl.max_feed_items"
                      else ("article pages not fetched", "fetch"))
        return f"source '{self.source}': {self.skipped} {what}, over {self.setting} = {self.limit}; raise it to {done} them"

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "setting": self.setting, "skipped": self.skipped, "limit": self.limit}


@dataclass
class IngestResult:
    counts: dict[str, int]
    problems: list[str] = field(default_factory=list)  # one line each, for the user
    exit_code: int = EXIT_OK
    capped: list[Cap] = field(default_factory=list)  # a capped run still exits 0

    def summary(self, db_path: Path | str) -> str:
        """The line an ingest ends with, and one more per crawl limit that cut something off."""
        c = Counter(self.counts)  # an ingest stopped before it began has no counts
        line = (f"ingest: {c['new']} new articles ({c['syndicated_copies']} syndicated copies), {c['updated']} updated, "
                f"{c['unchanged'] + c['not_modified'] + c['skipped_known']} already stored, {c['not_article']} not "
                f"articles, {c['errors']} errors; {c['articles_total']} articles in {db_path}")
        if c["articles_other_language"]:
            line += f"\n  {c['articles_other_language']} in none of stance.languages: stored, mentions not scored"
        return "\n".join([line, *(f"  capped: {cap.line()}" for cap in self.capped)])


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


LEASE_POLL_S = 2.0  # how often a worker waiting for another's sources looks again


def run_ingest(config: Config, lifecycle: Lifecycle | None = None,
               on_event: Callable[[dict[str, Any]], None] | None = None) -> IngestResult:
    """On SQLite one ingest at a time per data directory: a second one (the daemon's and a manual one) waits for the
    first. On Postgres any number run at once and share the work."""
    lifecycle = lifecycle or Lifecycle()
    if config["storage.backend"] == "postgres":  # any number of workers share the database: leases, not a file lock
        with open_store(config) as store:
            return _recorded_ingest(config, store, lifecycle, on_event)
    lock = wait_to_hold(config.make_data_dir() / INGEST_LOCK, lifecycle.should_stop, lambda holder: log.warning(
        "waiting for the ingest already running (pid %s) to finish", holder))
    if lock is None:
        return IngestResult(counts={}, problems=[STOPPED], exit_code=EXIT_PARTIAL)
    with lock, open_store(config) as store:
        return _recorded_ingest(config, store, lifecycle, on_event)


def _recorded_ingest(config: Config, store: Store, lifecycle: Lifecycle,
                     on_event: Callable[[dict[str, Any]], None] | None) -> IngestResult:
    store.close_abandoned_runs(utc_now(), process_alive)  # runs of a killed process stop showing as running
    run_id = store.start_job("ingest")
    try:
        result = _ingest(config, store, run_id, lifecycle, on_event)
    except BaseException as exc:
        store.finish_job(run_id, False, {}, f"{type(exc).__name__}: {exc}")
        raise
    counts: dict[str, Any] = dict(result.counts)
    if result.capped:
        counts["capped"] = [cap.as_dict() for cap in result.capped]
    store.finish_job(run_id, result.exit_code == EXIT_OK, counts, "; ".join(result.problems) or None)
    return result


def _ingest(config: Config, store: Store, run_id: int, lifecycle: Lifecycle,
            on_event: Callable[[dict[str, Any]], None] | None) -> IngestResult:
    refused = refused_sources(config)
    problems = list(refused.values())
    store.log_crawl(run_id, [
        {"url": config.source(name).urls[0], "source": name, "status": None, "outcome": Outcome.REFUSED, "detail": line}
        for name, line in refused.items()
    ])
    allowed = [source.name for source in config.sources if source.name not in refused]
    started = utc_now()
    crawl_stats: dict[str, Any] = {}
    warmer = ModelWarmer(config)
    try:
        if allowed:
            warmer.begin()
            crawl_stats = _crawl_shared(config, store, run_id, allowed, started, lifecycle, on_event, warmer.start)
    finally:
        warmer.join()  # a failed crawl leaves no thread waiting behind it
    if lifecycle.should_stop():
        problems.append(STOPPED)
    # imported here, not at the top: every CLI command imports this module for its error types
    from aipulse.indexing import embed_stored
    from aipulse.scoring import score_stored

    capped = [Cap(item["source"], item["setting"], int(item["skipped"]), int(config[item["setting"]]))
              for item in crawl_stats.get("capped", [])]
    store.log_crawl(run_id, [{"url": config.source(cap.source).urls[0], "source": cap.source, "status": None,
                              "outcome": Outcome.CAPPED, "detail": cap.line()} for cap in capped])
    # embedding first: the theme head reads the sentence vectors search stores, so scoring need not embed them again
    embedded = _stage(config["index.enabled"], "embedding passages", "passages not embedded",
                      (OSError, ValueError, RuntimeError), lambda: embed_stored(config, store, lifecycle.should_stop),
                      problems, lifecycle, on_event)
    elsewhere: Counter[str] = Counter()  # articles in none of stance.languages, by language
    scored = _stage(config["stance.enabled"], "scoring stance", "stance not scored", (OSError, ValueError),
                    lambda: score_stored(config, store, lifecycle.should_stop, elsewhere), problems, lifecycle, on_event)
    outcomes = store.crawl_outcomes(run_id)
    seeds = {url: source.name for source in config.sources if source.name in allowed for url in source.urls}
    for row in store.crawl_log(run_id):
        if row["url"] in seeds and row["outcome"] in FAILED:
            problems.append(f"source '{row['source']}': {row['url']} failed: {row['detail'] or row['outcome']}")
    counts = {
        "new": outcomes.get(Outcome.NEW, 0) + outcomes.get(Outcome.DUPLICATE, 0),
        "syndicated_copies": store.copies_first_seen_since(started),
        "updated": outcomes.get(Outcome.UPDATED, 0),
        "unchanged": outcomes.get(Outcome.UNCHANGED, 0),
        "not_modified": outcomes.get(Outcome.NOT_MODIFIED, 0),
        "not_article": outcomes.get(Outcome.NOT_ARTICLE, 0) + outcomes.get(Outcome.NOT_HTML, 0),
        "errors": sum(outcomes.get(name, 0) for name in ERRORS),
        "refused": outcomes.get(Outcome.REFUSED, 0),
        "robots": outcomes.get(Outcome.ROBOTS, 0),
        "skipped_known": int(crawl_stats.get("skipped_known", 0)),
        "skipped_feed_limit": sum(cap.skipped for cap in capped if cap.setting == "crawl.max_feed_items"),
        "skipped_page_limit": int(crawl_stats.get("skipped_page_limit", 0)),
        "requests": int(crawl_stats.get("requests", 0)),
        "crawler_errors": int(crawl_stats.get("crawler_errors", 0)),  # Scrapy's own error log lines
        "sources": len(allowed),
        "articles_total": store.counts()["articles"],
        "articles_scored": scored,
        "articles_other_language": sum(elsewhere.values()),  # of them, stored with no mentions (stance.languages)
        "articles_embedded": embedded,
    }
    return IngestResult(counts=counts, problems=problems, exit_code=EXIT_PARTIAL if problems else EXIT_OK,
                        capped=capped)


def _crawl_shared(config: Config, store: Store, run_id: int, sources: list[str], since: str, lifecycle: Lifecycle,
                  on_event: Callable[[dict[str, Any]], None] | None, on_stored: Callable[[], None]) -> dict[str, Any]:
    """Crawl each source once, as one of any number of workers sharing a Postgres store: this worker leases a fair
    share of the sources left (divided by the ingest workers running now) and crawls them, then more, and waits for
    the rest (until their worker's crawl ends, or its lease lapses because it died and the source falls to this
    one), so that every source was crawled to its end since `since` when it returns. On SQLite, with one ingest at
    a time, every source is this worker's at once. Returns the crawl statistics of this worker's crawls, added up."""
    merged: dict[str, Any] = {}
    done: set[str] = set()  # crawled by this worker in this run: never twice, whatever the leases say
    told = False
    while not lifecycle.should_stop():
        left = [source for source in store.sources_left(sources, since) if source not in done]
        if not left:
            break
        mine = store.take_leases(left, store.fair_share(len(left)))
        if not mine:
            if not told:
                log.info("waiting for the workers crawling %s", ", ".join(left))
                told = True
            lifecycle.wait(LEASE_POLL_S)
            continue
        crawled = False
        try:
            stats = _crawl_in_child(config, run_id, mine, lifecycle, on_event, on_stored)
            crawled = not lifecycle.should_stop()
        finally:
            store.release_leases(mine, crawled)
        done.update(mine)
        for key, value in stats.items():
            if isinstance(value, (int, list)) and not isinstance(value, bool):
                merged[key] = merged.get(key, 0 if isinstance(value, int) else []) + value
            else:
                merged[key] = value
    return merged


def _stage(enabled: bool, phase: str, failure: str, errors: tuple[type[Exception], ...], work: Callable[[], int],
           problems: list[str], lifecycle: Lifecycle, on_event: Callable[[dict[str, Any]], None] | None) -> int:
    """A stage after the crawl: its count, or 0 and one problem line when it fails, so a missing or
    mismatched model never loses what the crawl stored."""
    if not enabled or lifecycle.should_stop():  # shutting down: the next run scores and embeds what this one stored
        return 0
    if on_event:
        on_event({"event": "phase", "phase": phase})
    try:
        return work()
    except errors as exc:
        problems.append(f"{failure}: {exc}")
        return 0


class ModelWarmer:
    """Readies the models the stages after the crawl need, in a thread beside the crawl: from the crawl's start it
    imports their code (torch and its kin, most of the cost, while the crawler process starts up and a core is free),
    and from the crawl's first stored article it loads their weights, so that both overlap the crawl instead of
    following it. An ingest that stores nothing loads no weights. A failure is left for the stage itself to meet and
    report. (Scoring and embedding alongside the crawl as well measured slower in bench/ingest.py.)"""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.thread: threading.Thread | None = None
        self.stored = False  # the crawl stored an article: load the weights
        self.told = threading.Event()  # set when an article is stored or the crawl is over

    def begin(self) -> None:
        """At the crawl's start: import the models' code now, load their weights when `start` says."""
        if self.thread is None and (self.config["stance.enabled"] or self.config["index.enabled"]):
            self.thread = threading.Thread(target=self._warm, name="aipulse-model-warmer", daemon=True)
            self.thread.start()

    def start(self) -> None:
        """The crawl stored an article."""
        self.stored = True
        self.told.set()

    def join(self) -> None:
        """The crawl is over (or failed): wait for the thread, which loads the weights only if an article was stored."""
        self.told.set()
        if self.thread is not None:
            self.thread.join()

    def _warm(self) -> None:
        config = self.config
        try:
            import index.encoder  # noqa: F401 - its import (torch's) is the cost being moved
            if config["stance.enabled"]:
                import index.stance_model  # noqa: F401
            self.told.wait()
            if not self.stored:
                return
            if config["stance.enabled"]:
                from aipulse.scoring import stance_model
                from pipeline.language import language_detector

                stance_model(config["model.name"], config["model.precision"])
                if config["stance.languages"]:  # the language detector scoring asks first: 0.9 s to read
                    language_detector()
            if config["index.enabled"]:
                from index.encoder import batch_encoder

                batch_encoder(config["model.name"], config["model.device"], config["model.precision"])
        except Exception as exc:  # noqa: BLE001 - the stage meets it again and reports it
            log.debug("readying the models early failed: %s", exc)


def _crawl_in_child(config: Config, run_id: int, sources: list[str], lifecycle: Lifecycle,
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
        done: dict[str, Any] = {}
        fatal = ""
        with lifecycle.child(child):
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
        if fatal:
            raise CrawlError(f"{fatal}; the crawl stopped{STORAGE_HINT}")
        if code != 0 and not lifecycle.should_stop():
            errors.seek(0)
            lines = [line.strip() for line in errors.read().splitlines() if line.strip()]
            raise CrawlError(f"crawler process exited with code {code}: {lines[-1] if lines else 'no output'}")
    return done
