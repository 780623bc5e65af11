"""The weekly digest: a multipart e-mail (plain text + HTML from Jinja2 templates, the trend chart
inline by cid:) built from trend rows, quotes and stories. Building only: sending is the caller's."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from pipeline.mailbox import mailbox_problem
from pipeline.trends import TrendRow

TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class Quote:
    entity: str
    sentence: str
    label: str
    score: float
    title: str
    url: str
    source: str


@dataclass(frozen=True)
class Story:
    title: str
    url: str
    source: str
    published: str
    copies: int
    mentions: int
    companies: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Digest:
    week: str  # "2024-W19"
    rows: list[TrendRow]  # this week, per company
    previous: dict[str, float]  # last week's index per company
    skeptical: list[Quote]
    optimistic: list[Quote]
    stories: list[Story]
    chart_png: bytes | None = None

    @property
    def shifts(self) -> list[TrendRow]:
        return [row for row in self.rows if row.notable]


def week_bounds(week: str) -> tuple[date, date]:
    """Monday and the following Monday of an ISO week "YYYY-Www"; ValueError names a bad one."""
    try:
        year, number = week.split("-W")
        monday = date.fromisocalendar(int(year), int(number), 1)
    except ValueError:
        raise ValueError(f"{week!r} is not an ISO week like 2024-W19") from None
    return monday, monday + timedelta(days=7)


def last_complete_week(today: date) -> str:
    year, week, _ = (today - timedelta(days=7)).isocalendar()
    return f"{year}-W{week:02d}"


def render(digest: Digest) -> tuple[str, str, str]:
    """(subject, plain text, HTML)."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    monday, next_monday = week_bounds(digest.week)
    context = {"d": digest, "monday": monday, "sunday": next_monday - timedelta(days=1), "chart_cid": "trend-chart"}
    subject = f"aipulse weekly digest: {digest.week} ({monday:%d %b} – {next_monday - timedelta(days=1):%d %b %Y})"
    return subject, env.get_template("digest.txt").render(**context), env.get_template("digest.html").render(**context)


def build_message(digest: Digest, sender: str, recipients: list[str]) -> EmailMessage:
    """multipart/alternative: text/plain, then multipart/related (text/html + the chart as image/png)."""
    for address in [sender, *recipients]:
        problem = mailbox_problem(address)
        if problem:
            raise ValueError(f"e-mail address {problem}")
    subject, text, html = render(digest)
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    if recipients:
        message["To"] = ", ".join(recipients)
    domain = sender.rsplit("@", 1)[1]
    message["Message-ID"] = make_msgid(idstring=f"aipulse-digest-{digest.week}", domain=domain)
    message.set_content(text)
    cid = make_msgid(idstring="trend-chart", domain=domain)
    message.add_alternative(html.replace("cid:trend-chart", f"cid:{cid[1:-1]}"), subtype="html")
    if digest.chart_png:
        html_part = next(part for part in message.iter_parts() if part.get_content_type() == "text/html")
        html_part.add_related(digest.chart_png, "image", "png", cid=cid,  # type: ignore[attr-defined]
                              filename="trends.png")
    return message
