"""The weekly digest from the store: assemble a week, write it as .eml and .html, and send it at most once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

from aipulse.charts import trend_chart
from aipulse.mail import MailError, deliver
from pipeline.config import Config
from pipeline.digest import Digest, Quote, Story, build_message, explain, last_complete_week, week_bounds
from pipeline.store import Store, utc_now
from pipeline.store_reports import SENT
from pipeline.trends import period_of, trends

CHART_WEEKS = 8  # the chart and the shift test look this far back
QUOTES = 3
STORIES = 5


def assemble(store: Store, week: str) -> Digest:
    """The digest of ISO week `week` ("2024-W19"): trend rows, last week's index, quotes, stories, chart."""
    monday, next_monday = week_bounds(week)
    since, until = (monday - timedelta(weeks=CHART_WEEKS - 1)).isoformat(), next_monday.isoformat()
    mentions = list(store.iter_mentions(since=since, until=until))
    rows = trends(mentions, "week")
    last_week = last_complete_week(monday)  # seen from its Monday, the last complete week is the one before
    this_week = sorted((row for row in rows if row.period == week), key=lambda row: (-row.mentions, row.entity))
    before = {row.entity: row for row in rows if row.period == last_week}
    quotes = {
        label: [Quote(entity=q["entity"], sentence=q["sentence"], label=q["label"], score=q["score"], title=q["title"],
                      url=q["url"], source=q["source"])
                for q in store.week_quotes(monday.isoformat(), until, label, QUOTES)]
        for label in ("skeptical", "optimistic")
    }
    stories = [Story(title=s["title"], url=s["url"], source=s["source"], published=s["published"] or "",
                     copies=s["copies"], mentions=s["mentions"], companies=s["companies"])
               for s in store.week_stories(monday.isoformat(), until, STORIES)]
    why = explain(this_week, before, [m for m in mentions if period_of(m["dated"] or "", "week") == week])
    return Digest(
        week=week, rows=this_week, why=why, previous={entity: row.index for entity, row in before.items()},
        skeptical=quotes["skeptical"], optimistic=quotes["optimistic"], stories=stories,
        chart_png=trend_chart(rows, title=f"Optimism index by company, {CHART_WEEKS} weeks to {week}") if rows else None,
    )


def message_for(config: Config, digest: Digest) -> EmailMessage:
    return build_message(digest, config["email.from"], list(config["email.to"]))


def write(message: EmailMessage, folder: Path, week: str) -> tuple[Path, Path]:
    """`digest-<week>.eml` and an `.html` preview beside it (the chart as a PNG file next to it)."""
    folder.mkdir(parents=True, exist_ok=True)
    eml = folder / f"digest-{week}.eml"
    html_path = folder / f"digest-{week}.html"
    _atomic_write(eml, message.as_bytes())
    html = next(part for part in message.walk() if part.get_content_type() == "text/html").get_content()
    for part in message.walk():
        if part.get_content_type() == "image/png":
            chart = folder / f"digest-{week}.png"
            _atomic_write(chart, part.get_content())
            html = html.replace(f"cid:{part['Content-ID'].strip('<>')}", chart.name)
    _atomic_write(html_path, html.encode())
    return eml, html_path


def _atomic_write(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    partial.replace(path)


@dataclass(frozen=True)
class SendOutcome:
    week: str
    sent: bool
    detail: str  # one line: to whom, or why not


def send(config: Config, store: Store, week: str, message: EmailMessage | None = None,
         again: bool = False) -> SendOutcome:
    """Send the week's digest unless the ledger says it went out (or may have: a process died mid-send).
    A failure before the server took the message is recorded and raised as MailError, so it is tried again."""
    recipients = list(config["email.to"])
    if not recipients:
        raise MailError("email.to is empty: no one to send the digest to")
    message = message or message_for(config, assemble(store, week))
    if not store.claim_digest(week, recipients, message["Message-ID"], utc_now(), again=again):
        record = store.digest_record(week) or {}
        if record.get("state") == SENT:
            return SendOutcome(week, False, f"the {week} digest was already sent at {record['sent']} to "
                                            f"{record['recipients']}; --again sends it once more")
        return SendOutcome(week, False, f"the {week} digest may already have gone out: a send started at "
                                        f"{record.get('claimed')} never finished; --again sends it once more")
    try:
        refused = deliver(config, message)
    except MailError as exc:
        store.finish_digest(week, utc_now(), error=str(exc))
        raise
    store.finish_digest(week, utc_now())
    detail = f"sent the {week} digest to {', '.join(r for r in recipients if r not in refused)}"
    return SendOutcome(week, True, detail + (f" (refused: {', '.join(refused)})" if refused else ""))
