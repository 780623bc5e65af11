"""The daemon: ingest every `schedule.ingest_interval` with APScheduler 3.x (`python scheduler.py`)."""

from __future__ import annotations

import argparse
import logging
import re
from datetime import datetime, timedelta, timezone

from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger

from aipulse.ingest import run_ingest
from pipeline.config import Config, find_config_path, load_config

_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


def parse_interval(text: str) -> timedelta:
    """'30s', '15m', '6h', '1d' → timedelta (the config loader has already checked the form)."""
    number, unit = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd])\s*", text).groups()  # type: ignore[union-attr]
    return timedelta(**{_UNITS[unit]: float(number)})


def build_scheduler(config: Config) -> BlockingScheduler:
    scheduler = BlockingScheduler(timezone=timezone.utc)
    interval = parse_interval(config["schedule.ingest_interval"])
    scheduler.add_job(
        run_ingest, IntervalTrigger(seconds=interval.total_seconds()), args=[config], id="ingest",
        max_instances=1, coalesce=True, misfire_grace_time=int(interval.total_seconds()),
        next_run_time=datetime.now(timezone.utc),  # catch up at start instead of waiting one interval
    )
    return scheduler


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", help="config file (default: $AIPULSE_CONFIG, else ./config.toml)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    scheduler = build_scheduler(load_config(find_config_path(args.config)))
    try:
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        scheduler.shutdown(wait=False)


if __name__ == "__main__":
    main()
