"""`aipulse trends`: stance per company and period, as a table, JSON or a chart."""

from __future__ import annotations

import csv
import dataclasses
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from aipulse.charts import FORMATS, theme_chart, trend_chart
from aipulse.cli_options import check_entities, cli_config, date_options, friendly_errors, json_option, spreadsheet_safe, theme_option
from pipeline.models import counted
from pipeline.trends import PERIODS, TrendRow


@click.command()
@click.option("--period", type=click.Choice(PERIODS), default="week", show_default=True,
              help="ISO week (2026-W32), day, month (2026-08) or quarter (2026-Q3).")
@click.option("--by", type=click.Choice(["entity", "theme"]), default="entity", show_default=True,
              help="Rows per company, or per company and theme (what the mentions judge it on).")
@click.option("--entity", "entities", multiple=True, help="Only these companies (repeat the option).")
@theme_option(multiple=True, help_text="Only mentions of this theme (repeat the option).")
@click.option("--plot", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the chart: PNG, SVG or PDF, as the file's name ends.")
@click.option("--include-first-party", is_flag=True,
              help="Count a company's mentions in its own blog or newsroom ([[sources]] owner) too.")
@date_options
@json_option
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV (one row per line of the table) instead of text.")
@click.pass_context
@friendly_errors
def trends(ctx: click.Context, period: str, by: str, entities: tuple[str, ...], themes: tuple[str, ...],
           plot: Path | None, include_first_party: bool, since: str | None, until: str | None, as_json: bool,
           as_csv: bool) -> None:
    """Optimism index per company and period, with its 95% interval, stories, share of voice and the themes
    behind it; with --by theme, per company, theme and period.

    \b
    Example:
      aipulse trends --period week --json | jq '.[] | select(.entity == "Meta")'
      aipulse trends --entity Meta --entity OpenAI --plot trends.png
      aipulse trends --by theme --entity Meta --plot meta-themes.png
      aipulse trends --period quarter --entity Meta --csv > meta.csv
    """
    from pipeline.stores import open_store
    from pipeline.trends import trends as compute

    if as_json and as_csv:
        raise click.UsageError("--json and --csv: choose one")
    config = cli_config(ctx)
    check_entities(config, entities)
    chart_format = plot.suffix.lower().lstrip(".") if plot is not None else ""
    if plot is not None:  # said before the work, not after it
        if not plot.resolve().parent.is_dir():
            raise click.BadParameter(f"no folder {plot.resolve().parent} to write {plot.name} in", param_hint="--plot")
        if chart_format not in FORMATS:
            raise click.BadParameter(f"{plot.name}: a chart is written as {', '.join('.' + f for f in FORMATS)}",
                                     param_hint="--plot")
    with open_store(config, existing=True) as store:
        rows = compute(store.iter_mentions(since=since, until=until, first_party=include_first_party, themes=themes),
                       period, by_theme=by == "theme")
    if entities:
        rows = [row for row in rows if row.entity in entities]
    if plot:
        plot.write_bytes(theme_chart(rows, fmt=chart_format) if by == "theme" else trend_chart(rows, fmt=chart_format))
    if as_json:
        click.echo(json.dumps([row.as_dict() for row in rows], indent=2))
        return
    if as_csv:
        write_csv(rows, by_theme=by == "theme")
        return
    if not rows:
        click.echo("no scored mentions in that range")
    for row in rows:
        flag = "  ← notable shift" if row.notable else ""
        drivers = ", ".join(f"{t['theme']} {t['contribution']:+.2f}" for t in row.top_themes[:3])
        label = f"{row.entity:<10} " + (f"{row.theme:<14} " if row.theme else "")
        click.echo(f"{row.period}  {label}index {row.index:+.2f} [{row.ci_low:+.2f}, {row.ci_high:+.2f}]  "
                   f"{row.mentions:>4} {'mention ' if row.mentions == 1 else 'mentions'} ({row.skeptical} skeptical, "
                   f"{row.neutral} neutral, {row.optimistic} optimistic), {counted(row.stories, 'story', 'stories')}, "
                   f"share {row.share_of_voice:.0%}"
                   + (f"; themes {drivers}" if drivers else "") + flag)
    if plot:
        click.echo(f"chart: {plot}")


def write_csv(rows: Sequence[TrendRow], by_theme: bool) -> None:
    """Trend rows as CSV on standard output: the JSON fields (by theme, `theme` after `entity`), `top_themes` as
    "theme:+0.1234" pairs joined by "; ", empty cells for what has no value (a first period's change)."""
    fields = [f.name for f in dataclasses.fields(TrendRow) if f.name not in ("theme", "top_themes")]
    fields[1:1] = ["theme"] if by_theme else []  # entity, theme, period, …
    fields += [] if by_theme else ["top_themes"]
    writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        cells = row.as_dict()
        if not by_theme:
            cells["top_themes"] = "; ".join(f"{t['theme']}:{t['contribution']:+.4f}" for t in row.top_themes)
        writer.writerow({key: spreadsheet_safe(cells[key]) for key in fields})


@click.command()
@click.option("--week", help="ISO week like 2024-W19 (default: the last complete week).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write digest-<week>.eml and an .html preview here (default: <data_dir>/digests).")
@click.option("--send", is_flag=True, help="Also deliver it over SMTP ([email] in the config), once per week.")
@click.option("--again", is_flag=True, help="With --send: send a week that was already sent.")
@click.pass_context
@friendly_errors
def digest(ctx: click.Context, week: str | None, out_dir: Path | None, send: bool, again: bool) -> None:
    """Build the weekly digest e-mail: table, shifts, quotes, top stories, chart.

    \b
    Example:
      aipulse digest --week 2024-W19 --out digests/
      AIPULSE_SMTP_PASSWORD=… aipulse digest --send
    """
    from datetime import date

    from aipulse import digests
    from aipulse.mail import MailError
    from pipeline.digest import last_complete_week, week_bounds
    from pipeline.stores import open_store

    config = cli_config(ctx)
    week = (week or last_complete_week(date.today())).upper()  # "2026-w43" is the week it looks like
    try:
        week_bounds(week)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--week") from None
    try:
        with open_store(config, existing=True) as store:  # no digest, nor a new empty file, before any ingest
            if out_dir is not None:  # said before the work, not after it
                try:
                    out_dir.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise click.BadParameter(f"cannot make the folder {out_dir} ({exc.strerror})", param_hint="--out"
                                             ) from None
            digest = digests.assemble(store, week)
            message = digests.message_for(config, digest)
            eml, html = digests.write(message, out_dir or config.data_dir / "digests", week)
            click.echo(f"digest {week}: {eml}\npreview: {html}")
            if not digest.rows:
                click.echo(f"note: no tracked company was mentioned in the coverage stored for {week}; the digest "
                           "says so in place of its table")
            if send:
                outcome = digests.send(config, store, week, message, again=again)
                click.echo(outcome.detail)
    except MailError as exc:
        raise click.ClickException(f"digest not sent: {exc}") from None
