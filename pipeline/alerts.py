"""Alert rules over stored mentions: which rules hold for which company at a moment, with the evidence.

A rule looks at the optimism index of a company (optionally one theme) over a rolling window that ends at the
check's moment, rounded down to the ingest interval, so every check within one interval sees the same windows:
- `shift`: the index moved against the window before it by more than the two intervals explain (the notable
  test of pipeline/trends.py: t · sqrt(se_now² + se_before²)), both windows holding at least `min_stories`;
- `below` / `above`: the window's index is under / over `threshold`, the window holding at least `min_stories`.
Stories are the unit, as in trends: syndicated copies count once and first-party mentions not at all.
The evidence: up to three sentences of the window that pull the way the alert says, strongest first, one per
story (a skeptical alert shows the most skeptical sentences).
"""

from __future__ import annotations

import hashlib
import hmac
import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from pipeline.config import Alert
from pipeline.models import counted
from pipeline.sentences import LIST_MARKER
from pipeline.trends import count_in_story, index_and_error, interval, notable_change

EVIDENCE = 3
DOWN, UP, BELOW, ABOVE = "down", "up", "below", "above"


@dataclass(frozen=True)
class Evidence:
    text: str
    score: float
    label: str
    title: str
    url: str


@dataclass(frozen=True)
class Firing:
    """A rule that holds for one company at one moment, with what it rests on."""

    rule: str
    entity: str
    theme: str
    when: str
    direction: str  # down or up (shift), below or above
    index: float
    ci_low: float
    ci_high: float
    previous_index: float | None
    previous_ci_low: float | None
    previous_ci_high: float | None
    stories: int
    previous_stories: int
    mentions: int
    threshold: float | None
    window_start: str
    window_end: str
    story_ids: tuple[int, ...]
    evidence: tuple[Evidence, ...]

    def summary(self) -> str:
        """One readable paragraph: what moved, by how much, on what, and the strongest sentence."""
        about = f"{self.entity}" + (f" on {self.theme}" if self.theme else "")
        now = f"{self.index:+.2f} [{self.ci_low:+.2f}, {self.ci_high:+.2f}]"
        if self.when == "shift":
            change = "fell" if self.direction == DOWN else "rose"
            head = (f"Press coverage of {about} {change}: optimism index {now} in the {_span(self)} to "
                    f"{self.window_end[:10]}, from {self.previous_index:+.2f} "
                    f"[{self.previous_ci_low:+.2f}, {self.previous_ci_high:+.2f}] in the window before")
        else:
            head = (f"Press coverage of {about} is {self.direction} {self.threshold:+.2f}: optimism index {now} in "
                    f"the {_span(self)} to {self.window_end[:10]}")
        text = (f"[aipulse alert {self.rule}] {head} ({counted(self.stories, 'story', 'stories')}, "
                f"{counted(self.mentions, 'mention')}).")
        if self.evidence:
            first = self.evidence[0]
            text += f' Strongest: "{first.text}" ({first.score:+.2f}, {first.title}, {first.url})'
        return text

    def payload(self) -> dict[str, Any]:
        """The webhook body: `text` for chat tools, the structured fields for everything else."""
        fields = asdict(self)
        fields.pop("story_ids")
        fields["evidence"] = [asdict(item) for item in self.evidence]
        return {"text": self.summary(), **fields}


def _span(firing: Firing) -> str:
    start = datetime.fromisoformat(firing.window_start)
    end = datetime.fromisoformat(firing.window_end)
    days = (end - start) / timedelta(days=1)
    return f"{days:g} days" if days >= 1 else f"{(end - start) / timedelta(hours=1):g} hours"


def window_end(now: datetime, interval: timedelta) -> datetime:
    """`now` rounded down to the ingest interval (counted from the Unix epoch), in UTC."""
    now = now.astimezone(timezone.utc)
    step = interval.total_seconds()
    return datetime.fromtimestamp(math.floor(now.timestamp() / step) * step, tz=timezone.utc)


def evaluate(rule: Alert, mentions: Iterable[dict[str, Any]], companies: Sequence[str],
             end: datetime) -> list[Firing]:
    """The firings of `rule` for the window ending at `end`: one per company for which it holds.

    `mentions`: dicts as Store.iter_mentions gives them (entity, label, score, dated, story_id or article_id,
    duplicate_of, first_party, theme, sentence, title, url), covering at least the two windows before `end`."""
    start, before = end - rule.window, end - 2 * rule.window
    wanted = set(companies) if rule.entity == "*" else {rule.entity}
    now_cells: dict[str, list[dict[str, Any]]] = {}
    before_cells: dict[str, list[dict[str, Any]]] = {}
    for mention in mentions:
        if mention["entity"] not in wanted or mention.get("duplicate_of") or mention.get("first_party"):
            continue
        if rule.theme and mention.get("theme") != rule.theme:
            continue
        when = parse_moment(mention.get("dated") or mention.get("published"))
        if when is None or not before <= when < end:
            continue
        (now_cells if when >= start else before_cells).setdefault(mention["entity"], []).append(mention)
    firings = []
    for entity in sorted(now_cells):
        firing = _check(rule, entity, now_cells[entity], before_cells.get(entity, []), start, end)
        if firing is not None:
            firings.append(firing)
    return firings


def _check(rule: Alert, entity: str, current: list[dict[str, Any]], previous: list[dict[str, Any]],
           start: datetime, end: datetime) -> Firing | None:
    stories = _stories(current)
    if len(stories) < rule.min_stories:
        return None
    index, se = index_and_error(stories)
    before_stories = _stories(previous)
    before: tuple[float, float] | None = index_and_error(before_stories) if before_stories else None
    if rule.when == "shift":
        if before is None or len(before_stories) < rule.min_stories:
            return None
        if not notable_change((index, se, len(stories)), (*before, len(before_stories)), rule.confidence):
            return None
        direction = DOWN if index < before[0] else UP
    elif rule.when == "below":
        if not index < rule.threshold:
            return None
        direction = BELOW
    else:
        if not index > rule.threshold:
            return None
        direction = ABOVE
    low, high = interval(index, se, len(stories), rule.confidence)
    previous_bounds: tuple[float | None, float | None] = (None, None)
    if before is not None:
        previous_bounds = interval(*before, len(before_stories), rule.confidence)
    return Firing(
        rule=rule.name, entity=entity, theme=rule.theme, when=rule.when, direction=direction, index=round(index, 4),
        ci_low=low, ci_high=high, previous_index=None if before is None else round(before[0], 4),
        previous_ci_low=previous_bounds[0], previous_ci_high=previous_bounds[1], stories=len(stories),
        previous_stories=len(before_stories), mentions=len(current),
        threshold=None if rule.when == "shift" else rule.threshold,
        window_start=start.isoformat(), window_end=end.isoformat(),
        story_ids=tuple(sorted(int(str(story)) for story in stories)),
        evidence=_evidence(current, skeptical=direction in (DOWN, BELOW)),
    )


def _stories(mentions: list[dict[str, Any]]) -> dict[object, list[int]]:
    """story → [mentions, optimistic, skeptical], the shape pipeline/trends.py's index works on."""
    stories: dict[object, list[int]] = {}
    for mention in mentions:
        count_in_story(stories, mention)
    return stories


def _evidence(mentions: list[dict[str, Any]], skeptical: bool) -> tuple[Evidence, ...]:
    """The sentences that pull the alert's way, strongest first, one per story."""
    label = "skeptical" if skeptical else "optimistic"
    ranked = sorted((m for m in mentions if m["label"] == label), key=lambda m: m["score"] if skeptical else -m["score"])
    chosen: list[Evidence] = []
    seen: set[object] = set()
    for mention in ranked:
        story = mention.get("story_id") or mention.get("article_id")
        if story in seen:
            continue
        seen.add(story)
        text = mention["sentence"].strip()
        if marker := LIST_MARKER.match(text):  # a Key Facts bullet reads as its sentence
            text = text[marker.end():]
        chosen.append(Evidence(text=text, score=round(float(mention["score"]), 3), label=label,
                               title=mention.get("title") or "", url=mention.get("url") or ""))
        if len(chosen) == EVIDENCE:
            break
    return tuple(chosen)


def parse_moment(text: str | None) -> datetime | None:
    """An ISO 8601 timestamp as an aware UTC datetime (a date alone, or no zone, counts as UTC)."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def signature(secret: str, timestamp: int, body: bytes) -> str:
    """`sha256=<hex>`: HMAC-SHA256 of "<timestamp>.<body>" with the secret, as GitHub signs its webhooks."""
    digest = hmac.new(secret.encode(), str(timestamp).encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"
