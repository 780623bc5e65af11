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
from pipeline.models import counted
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
class Driver:
    """One theme behind a company's week: its contribution to the index (optimistic − skeptical mentions of the
    theme over all the company's mentions), the change of that contribution since last week, and evidence."""

    theme: str
    contribution: float
    change: float | None  # None: the company had no mentions last week
    mentions: int
    leaning: int  # mentions that lean the way the contribution does (skeptical if it is negative)
    quote: Quote | None  # the mention of this theme that leans that way the most

    @property
    def line(self) -> str:
        direction = "skeptical" if self.contribution < 0 else "optimistic"
        share = (f"{self.leaning} of {self.mentions} mentions {direction}" if self.contribution
                 else f"{counted(self.mentions, 'mention')}, balanced")
        change = f", {self.change:+.2f} on last week" if self.change is not None else ""
        return f"{self.theme.replace('_', ' ')} {self.contribution:+.2f} ({share}{change})"


@dataclass(frozen=True)
class Why:
    entity: str
    drivers: list[Driver]


def explain(rows: list[TrendRow], previous: dict[str, TrendRow], mentions: list[dict], themes: int = 2) -> list[Why]:
    """Per company row of the week (in order), the themes that drove its index and its change: the `themes` largest
    contributions (the row's `top_themes`), and the theme whose contribution changed most since the company's row of
    last week (`previous`) when that is another one. Each comes with its mention count, how many of them lean its
    way, and the one that leans that way the most as its quote. `mentions`: the week's mention dicts (entity, theme,
    label, score, sentence, title, url, source, duplicate_of); syndicated copies are left out, as in the rows."""
    by_theme: dict[tuple[str, str], list[dict]] = {}
    for mention in mentions:
        if mention.get("theme") and not mention.get("duplicate_of"):
            by_theme.setdefault((mention["entity"], mention["theme"]), []).append(mention)
    explained = []
    for row in rows:
        contribution = {t["theme"]: t["contribution"] for t in row.top_themes}  # largest magnitude first
        before = previous.get(row.entity)
        earlier = {t["theme"]: t["contribution"] for t in before.top_themes} if before else {}
        change = {theme: contribution.get(theme, 0.0) - earlier.get(theme, 0.0)
                  for theme in set(contribution) | set(earlier)} if before else {}
        chosen = [theme for theme, value in contribution.items() if value][:themes]
        moved = max(change, key=lambda t: (abs(change[t]), t), default=None)
        if moved is not None and moved not in chosen and moved in contribution and abs(change[moved]) >= 0.05:
            chosen.append(moved)
        drivers = []
        for theme in chosen:
            theme_rows = by_theme[(row.entity, theme)]
            sign = -1 if contribution[theme] < 0 else 1
            leaning = [m for m in theme_rows if m["label"] == ("skeptical" if sign < 0 else "optimistic")]
            best = max(leaning, key=lambda m: sign * m["score"], default=None)
            drivers.append(Driver(
                theme=theme, contribution=round(contribution[theme], 2),
                change=round(change[theme], 2) if theme in change else None, mentions=len(theme_rows),
                leaning=len(leaning),
                quote=Quote(entity=row.entity, sentence=best["sentence"], label=best["label"], score=best["score"],
                            title=best["title"], url=best["url"], source=best["source"]) if best else None))
        if drivers:
            explained.append(Why(row.entity, drivers))
    return explained


@dataclass(frozen=True)
class Digest:
    week: str  # "2024-W19"
    rows: list[TrendRow]  # this week, per company
    previous: dict[str, float]  # last week's index per company
    skeptical: list[Quote]
    optimistic: list[Quote]
    stories: list[Story]
    chart_png: bytes | None = None
    why: list[Why] = field(default_factory=list)  # per company: the themes behind its week

    @property
    def shifts(self) -> list[TrendRow]:
        return [row for row in self.rows if row.notable]


# what a digest of a week without a scored mention says in place of its table
QUIET = "No tracked company was mentioned in the coverage stored for this week, so there is no index to report."


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
    context = {"d": digest, "monday": monday, "sunday": next_monday - timedelta(days=1), "chart_cid": "trend-chart",
               "QUIET": QUIET}
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
