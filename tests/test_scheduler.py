from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from pipeline.config import load_config
from scheduler import build_scheduler, parse_interval
from tests.conftest import write_config


@pytest.mark.parametrize("text, expected", [
    ("30s", timedelta(seconds=30)), ("15m", timedelta(minutes=15)), ("6h", timedelta(hours=6)),
    ("1d", timedelta(days=1)), (" 1.5h ", timedelta(minutes=90)),
])
def test_parse_interval(text: str, expected: timedelta) -> None:
    assert parse_interval(text) == expected


def test_ingest_job_never_overlaps_and_starts_at_once(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, '[schedule]\ningest_interval = "15m"\n'))
    job = build_scheduler(config).get_job("ingest")
    assert job.max_instances == 1 and job.coalesce is True
    assert job.trigger.interval == timedelta(minutes=15)
    assert job.next_run_time is not None
