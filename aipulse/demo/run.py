"""`aipulse demo`: serve the bundled sites, ingest them, show what was stored."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from aipulse.demo.server import DemoSites
from aipulse.ingest import run_ingest
from aipulse.progress import crawl_progress
from pipeline.config import Config, load_config
from pipeline.store import Store
from pipeline.stores import open_store

DEMO_PORT = 8765  # fixed when free, so a second demo run finds its articles already stored
PG_URL_ENV = "AIPULSE_DEMO_DATABASE_URL"  # where `demo --postgres` puts its local server's URL


def run_demo(data_dir: str, serve: bool = False, postgres: bool = False) -> int:
    """The demo; with `postgres`, the same chain on a local PostgreSQL + pgvector server (aipulse/pgengine.py) in
    the data folder, started for the run and stopped after it."""
    folder = Path(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    if not postgres:
        return _run_demo(folder, serve)
    from aipulse.pgengine import LocalPostgres

    with LocalPostgres(folder / "postgres") as server:
        os.environ[PG_URL_ENV] = server.url()
        return _run_demo(folder, serve, PG_URL_ENV)


def _run_demo(folder: Path, serve: bool, url_env: str = "") -> int:
    console = Console()
    with DemoSites(port=DEMO_PORT) as sites:
        config_path = folder / "config.toml"
        config_path.write_text(sites.config_toml(url_env=url_env))
        config = load_config(config_path)
        console.print(f"demo sites: {sites.newsroom_url} (newsroom) and {sites.wire_url} (wire)")
        with crawl_progress(enabled=sys.stderr.isatty()) as on_event:
            result = run_ingest(config, on_event=on_event)
        for problem in result.problems:
            console.print(f"[red]error:[/red] {problem}")
        console.print(result.summary(config.location), highlight=False, soft_wrap=True)
        with open_store(config) as store:
            _show(console, store)
            _report(console, config, store)
        program = sys.argv[0] if sys.argv[0].endswith("aipulse") else "aipulse"  # .venv/bin/aipulse under make
        if url_env:
            console.print(f"\nThe Postgres server stops with the demo; `{program} demo --postgres --serve --data-dir "
                          f"{folder}` keeps it running, and in another shell, before the commands below:\n"
                          f"      export {url_env}=\"postgresql://aipulse:$(cat {folder / 'postgres' / 'password'})@"
                          f"127.0.0.1:{config.database_url.rsplit(':', 1)[1]}\"", highlight=False, soft_wrap=True)
        console.print(
            f"\nNext: {program} --config {config_path} search \"Llama is falling behind\" --entity Meta -k 3\n"
            f"      {program} --config {config_path} export --what mentions --format jsonl | head -1\n"
            f"      {program} --config {config_path} trends --entity Meta --entity OpenAI\n"
            f"      {program} --config {config_path} status --json",
            highlight=False, soft_wrap=True,
        )
        if serve:
            console.print("serving the demo sites until Ctrl-C")
            try:
                sites.wait()
            except KeyboardInterrupt:
                pass
    return result.exit_code


def _show(console: Console, store: Store) -> None:
    table = Table(title=f"Stored articles ({store.counts()['articles']}) — newest 12")
    for column in ("published", "source", "title", "words", "copy of"):
        table.add_column(column)
    for row in store.newest_articles(12):
        table.add_row((row["published"] or "")[:10], row["source"], row["title"][:70], str(row["word_count"]),
                      "yes" if row["duplicate_of"] else "")
    console.print(table)
    by_entity = store.stance_by_entity()
    if by_entity:
        stance = Table(title="Stance by company (syndicated copies counted once)")
        for column in ("company", "mentions", "skeptical", "neutral", "optimistic", "mean score"):
            stance.add_column(column, justify="left" if column == "company" else "right")
        for row in by_entity:
            stance.add_row(row["entity"], str(row["mentions"]), str(row["skeptical"]), str(row["neutral"]),
                           str(row["optimistic"]), f"{row['mean_score']:+.2f}")
        console.print(stance)


def _report(console: Console, config: Config, store: Store, weeks: int = 6) -> None:
    """The trend table of the latest weeks, the chart, and the digest of the latest week with news."""
    from aipulse import digests
    from aipulse.charts import trend_chart
    from pipeline.trends import mentions_by_entity, trends

    rows = trends(store.iter_mentions(), "week")
    if not rows:
        return
    periods = sorted({row.period for row in rows})[-weeks:]
    table = Table(title="Optimism index by week: (optimistic − skeptical) / mentions; * notable shift")
    table.add_column("company")
    for period in periods:
        table.add_column(period, justify="right")
    cells = {(row.entity, row.period): row for row in rows}
    volume = mentions_by_entity(rows)
    drivers = []
    for entity in sorted(volume, key=lambda e: -volume[e]):
        table.add_row(entity, *(f"{cells[(entity, p)].index:+.2f}{'*' if cells[(entity, p)].notable else ''}"
                                if (entity, p) in cells else "" for p in periods))
        latest = next((cells[(entity, p)] for p in reversed(periods) if (entity, p) in cells), None)
        moving = [t for t in latest.top_themes if t["contribution"]][:3] if latest else []
        if latest and moving:
            drivers.append(f"  {entity} ({latest.period}, index {latest.index:+.2f}): " + ", ".join(
                f"{t['theme']} {t['contribution']:+.2f}" for t in moving))
    console.print(table)
    if drivers:
        console.print("Themes behind each company's latest week (the largest contributions; all add up to the index):\n"
                      + "\n".join(drivers), highlight=False, soft_wrap=True)
    chart = config.data_dir / "trends.png"
    chart.write_bytes(trend_chart([row for row in rows if row.period in periods]))
    message = digests.message_for(config, digests.assemble(store, periods[-1]))
    eml, html = digests.write(message, config.data_dir / "digests", periods[-1])
    console.print(f"chart:  {chart}\ndigest: {eml}\n        {html} (preview in a browser)", highlight=False,
                  soft_wrap=True)
