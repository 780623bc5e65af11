"""`aipulse alerts check | list | test`: the [[alerts]] rules, run, listed and tried out."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

import click

from aipulse.cli_options import cli_config, friendly_errors, json_option


@click.group()
def alerts() -> None:
    """Alerts: tell a webhook or a mailbox when the press turns on a company ([[alerts]] in the config).

    \b
    Example:
      aipulse alerts check --json
      aipulse alerts list
      aipulse alerts test meta-doubt
    """


def _moment(text: str | None) -> datetime:
    from pipeline.alerts import parse_moment

    if not text:
        return datetime.now(timezone.utc)
    if (moment := parse_moment(text)) is None:
        raise click.BadParameter(f"not an ISO 8601 time like 2026-10-20T12:00:00Z: {text!r}", param_hint="--now")
    return moment


@alerts.command()
@click.option("--now", "now_text", help="Evaluate as of this ISO 8601 time (default: now).")
@click.option("--dry-run", is_flag=True, help="Say what would fire; send nothing and record nothing.")
@json_option
@click.pass_context
@friendly_errors
def check(ctx: click.Context, now_text: str | None, dry_run: bool, as_json: bool) -> None:
    """Evaluate every rule and deliver what fires (and failed deliveries that are due again).

    \b
    Example:
      aipulse alerts check
      aipulse alerts check --now 2026-10-20T12:00:00Z --dry-run --json
    """
    from aipulse.alerts import check as run_check
    from pipeline.stores import open_store

    config = cli_config(ctx)
    now = _moment(now_text)
    with open_store(config, existing=True) as store:
        report = run_check(config, store, now, dry_run=dry_run)
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    else:
        if not config.alerts:
            click.echo("no [[alerts]] rules in the config")
        for firing in report.fired:
            click.echo(("would fire: " if dry_run else "fired: ") + firing.summary())
        for rule, entity in report.holding:
            click.echo(f"still holding, not sent again: {rule} ({entity})")
        for delivery in report.deliveries:
            click.echo(f"  {delivery.rule} ({delivery.entity}) by {delivery.channel}: "
                       + ("delivered, " if delivery.ok else "FAILED, ") + delivery.detail)
        if config.alerts and not report.fired and not report.deliveries:
            click.echo(f"nothing fired as of {report.now}")
    if any(not delivery.ok for delivery in report.deliveries):
        ctx.exit(1)


@alerts.command("list")
@json_option
@click.pass_context
@friendly_errors
def list_rules(ctx: click.Context, as_json: bool) -> None:
    """The rules and when each last fired.

    \b
    Example:
      aipulse alerts list --json
    """
    from pipeline.stores import open_store

    config = cli_config(ctx)
    with open_store(config, existing=True) as store:
        rows: list[dict[str, Any]] = []
        for rule in config.alerts:
            latest = store.alert_deliveries(rule.name, 1)
            rows.append({"name": rule.name, "entity": rule.entity, "theme": rule.theme, "when": rule.when,
                         "threshold": rule.threshold if rule.when != "shift" else None,
                         "window": f"{rule.window.total_seconds() / 86400:g}d", "min_stories": rule.min_stories,
                         "webhook": rule.webhook, "email": rule.email, "last": latest[0] if latest else None})
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    if not rows:
        click.echo("no [[alerts]] rules in the config")
    for row in rows:
        condition = row["when"] + (f" {row['threshold']:+.2f}" if row["threshold"] is not None else "")
        where = ", ".join(filter(None, [row["webhook"] and "webhook", row["email"] and "e-mail"]))
        last: dict[str, Any] | None = row["last"]
        fired = (f"last fired for {last['entity']} ({last['direction']}, window to {last['window_end'][:16]}): "
                 f"{last['state']}" if last else "never fired")
        click.echo(f"{row['name']}: {row['entity']}{' / ' + row['theme'] if row['theme'] else ''} {condition} over "
                   f"{row['window']}, at least {row['min_stories']} stories, by {where}; {fired}")


@alerts.command()
@click.argument("name")
@click.pass_context
@friendly_errors
def test(ctx: click.Context, name: str) -> None:
    """Send a clearly marked test message for rule NAME on each of its channels.

    \b
    Example:
      AIPULSE_WEBHOOK_SECRET=… aipulse alerts test meta-doubt
    """
    from aipulse.alerts import test_alert

    config = cli_config(ctx)
    try:
        deliveries = test_alert(config, name, datetime.now(timezone.utc))
    except KeyError as exc:
        raise click.ClickException(str(exc.args[0])) from None
    for delivery in deliveries:
        click.echo(f"test of {name} by {delivery.channel}: " + ("delivered, " if delivery.ok else "FAILED, ")
                   + delivery.detail)
    if any(not delivery.ok for delivery in deliveries):
        ctx.exit(1)
