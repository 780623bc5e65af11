"""A progress display for crawls: a live line on a terminal, nothing otherwise."""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from pipeline.models import Outcome


@contextlib.contextmanager
def crawl_progress(enabled: bool) -> Iterator[Callable[[dict[str, Any]], None] | None]:
    if not enabled:
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    outcomes: Counter[str] = Counter()
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), transient=True) as bar:
        task = bar.add_task("crawling…", total=None)

        def on_event(event: dict[str, Any]) -> None:
            if event.get("event") == "phase":
                bar.update(task, description=f"{event['phase']}…")
                return
            outcomes[event.get("outcome", "")] += 1
            fetched = sum(outcomes.values())
            new = outcomes[Outcome.NEW] + outcomes[Outcome.DUPLICATE]
            bar.update(task, description=f"crawling… {fetched} responses, {new} new articles  {event.get('url', '')[:60]}")

        yield on_event
