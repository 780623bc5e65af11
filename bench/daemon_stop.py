"""How long the daemon takes to stop on SIGTERM while its crawl is stuck on an endless page (promised: 10 s).

    .venv/bin/python bench/daemon_stop.py [--runs 3]

Each run serves a page that never ends on 127.0.0.1, starts `aipulse daemon` on a source pointing at it,
waits until the crawl is reading it, sends SIGTERM and times the exit. Baseline in the same run: the same
daemon stopped while idle (its first ingest done). Writes bench/results/daemon.json.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.siteserver import Route, SiteServer  # noqa: E402


def wait_for(condition: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            sys.exit(f"the daemon did not get there within {timeout} s")
        time.sleep(0.1)


def ingest_finished(db: Path) -> bool:
    try:
        with contextlib.closing(sqlite3.connect(db, timeout=5)) as connection:
            return bool(connection.execute("SELECT 1 FROM job_runs WHERE job = 'ingest' AND finished IS NOT NULL")
                        .fetchone())
    except sqlite3.OperationalError:  # not created yet
        return False


def timed_stop(site: SiteServer, folder: Path, path: str) -> float:
    """Seconds from SIGTERM to exit of a daemon whose source is `path` on the site, once it was requested."""
    config = folder / "config.toml"
    config.write_text('[crawl]\ndownload_delay_s = 0.0\n[stance]\nenabled = false\n[index]\nenabled = false\n'
                      '[schedule]\ningest_interval = "1h"\n'
                      f'[[sources]]\nname = "local"\nstart_urls = ["{site.base}{path}"]\nallow_private = true\n')
    daemon = subprocess.Popen([sys.executable, "-m", "aipulse", "--config", str(config), "daemon"], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    requested = len([p for p in site.paths_requested() if p == path])
    wait_for(lambda: len([p for p in site.paths_requested() if p == path]) > requested, 60)
    if path == "/endless":
        time.sleep(1.0)
    else:  # idle: its first ingest recorded as finished
        wait_for(lambda: ingest_finished(folder / "data" / "aipulse.db"), 60)
    started = time.perf_counter()
    daemon.send_signal(signal.SIGTERM)
    code = daemon.wait(timeout=30)
    seconds = time.perf_counter() - started
    if code != 0:
        sys.exit(f"the daemon exited with {code}: {daemon.stderr.read()[-500:] if daemon.stderr else ''}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    site = SiteServer()
    site.routes["/endless"] = Route(endless=True)
    site.routes["/quiet"] = Route(b"<html><body><p>nothing to see</p></body></html>")
    stuck, idle = [], []
    try:
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as tmp:
                stuck.append(timed_stop(site, Path(tmp), "/endless"))
            with tempfile.TemporaryDirectory() as tmp:
                idle.append(timed_stop(site, Path(tmp), "/quiet"))
    finally:
        site.close()
    report = {"runs": args.runs, "stuck_crawl_s": [round(s, 2) for s in stuck], "stuck_crawl_max_s": round(max(stuck), 2),
              "idle_median_s": round(statistics.median(idle), 2), "promised_s": 10.0}
    print(f"daemon stop with a stuck crawl: {', '.join(f'{s:.1f}' for s in stuck)} s (promised <= 10 s); "
          f"an idle daemon: {report['idle_median_s']:.1f} s")
    out = ROOT / "bench" / "results" / "daemon.json"
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
