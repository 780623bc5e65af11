"""Per company and period: stance counts, the optimism index with a confidence interval, stories,
share of voice, the gap to Meta, and shifts larger than the intervals explain.

Optimism index of a company in a period = (optimistic − skeptical) / all of its mentions, in [-1, 1].
Mentions in one story are not independent (one article repeats its view), so the interval treats
stories as the sampling unit: the ratio estimator's cluster-robust standard error,
se² = J/(J−1) · Σ_j (d_j − I·n_j)² / N², with d_j = optimistic − skeptical mentions of story j, n_j its
mentions, N = Σ n_j, J stories — never less than the standard error of N independent mentions (counts
smoothed by one pseudo-mention per label, so a few unanimous mentions do not give a zero-width
interval); the 95% interval is I ± t·se with Student's t at J−1 degrees of freedom (few stories: wide
intervals), clipped to [-1, 1]; a single story gives [-1, 1]. Syndicated copies are left out: a story
counts once.
By theme, the same figures per company, theme and period; the share of voice is then the theme's share of the
company's mentions. Plain rows carry `top_themes`: per theme, (optimistic − skeptical mentions of that theme) / all
of the company's mentions in the period, so they add up to the index (when every mention has a theme).
A notable shift is a change of the index since the company's previous period with data that exceeds
t · sqrt(se_now² + se_before²), t at the smaller of the two periods' story counts less one (1.96 past 30);
a period with a single story never makes a shift notable.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

Z95 = 1.96
# two-sided 95% Student t quantiles by degrees of freedom; 1.96 past 30
T95 = {1: 12.71, 2: 4.30, 3: 3.18, 4: 2.78, 5: 2.57, 6: 2.45, 7: 2.36, 8: 2.31, 9: 2.26, 10: 2.23, 12: 2.18,
       15: 2.13, 20: 2.09, 25: 2.06, 30: 2.04}


# the same for 90% and 80%, for alert rules that trade certainty for speed (pipeline/alerts.py)
T90 = {1: 6.31, 2: 2.92, 3: 2.35, 4: 2.13, 5: 2.02, 6: 1.94, 7: 1.89, 8: 1.86, 9: 1.83, 10: 1.81, 12: 1.78,
       15: 1.75, 20: 1.72, 25: 1.71, 30: 1.70}
T80 = {1: 3.08, 2: 1.89, 3: 1.64, 4: 1.53, 5: 1.48, 6: 1.44, 7: 1.41, 8: 1.40, 9: 1.38, 10: 1.37, 12: 1.36,
       15: 1.34, 20: 1.33, 25: 1.32, 30: 1.31}
QUANTILES = {0.95: (T95, Z95), 0.9: (T90, 1.645), 0.8: (T80, 1.282)}


def t_quantile(stories: int, confidence: float) -> float:
    """Two-sided Student t quantile for `stories` - 1 degrees of freedom at 0.95, 0.9 or 0.8 (normal past 30)."""
    table, normal = QUANTILES[confidence]
    df = stories - 1
    if df > 30:
        return normal
    return table[max(k for k in table if k <= df)] if df >= 1 else float("inf")


REFERENCE = "Meta"


@dataclass(frozen=True)
class TrendRow:
    entity: str
    period: str  # "2024-W19", "2024-05-10", "2024-05" or "2024-Q2"
    mentions: int
    skeptical: int
    neutral: int
    optimistic: int
    index: float
    ci_low: float
    ci_high: float
    stories: int
    share_of_voice: float  # the company's mentions / all tracked mentions in the period (by theme: / the company's)
    gap_to_reference: float | None  # index − Meta's index in the same period (by theme: Meta's in that theme)
    change: float | None  # index − the previous period's index (by theme: of the same company and theme)
    notable: bool
    theme: str | None = None  # rows by theme only
    top_themes: tuple[dict[str, Any], ...] = ()  # plain rows: {theme, contribution}, largest magnitude first

    def as_dict(self) -> dict[str, object]:
        row = asdict(self)
        if self.theme is None:
            row.pop("theme")
            row["top_themes"] = list(self.top_themes)
        else:
            row.pop("top_themes")
        return row


def mentions_by_entity(rows: Iterable[TrendRow]) -> dict[str, int]:
    """Each company's mentions over all the rows' periods."""
    volume: dict[str, int] = {}
    for row in rows:
        volume[row.entity] = volume.get(row.entity, 0) + row.mentions
    return volume


PERIODS = ("week", "day", "month", "quarter")


def period_of(published: str, period: str) -> str | None:
    """ISO week ("2024-W19"), day ("2024-05-10"), month ("2024-05") or quarter ("2024-Q2") of an ISO 8601 timestamp;
    None if unparseable. Each kind sorts as text in time order."""
    try:
        day = datetime.fromisoformat(published.replace("Z", "+00:00")).date() if "T" in published \
            else date.fromisoformat(published[:10])
    except (ValueError, AttributeError):
        return None
    if period == "day":
        return day.isoformat()
    if period == "month":
        return f"{day.year}-{day.month:02d}"
    if period == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


Cell = tuple[str, str | None, str]  # (entity, theme or None for the company as a whole, period)


def trends(mentions: Iterable[dict], period: str = "week", reference: str = REFERENCE,
           by_theme: bool = False) -> list[TrendRow]:
    """Rows per (company, period), or per (company, theme, period) with `by_theme`, ordered by period, company
    (and theme).

    `mentions`: dicts with entity, label, dated (or published), story_id (or article_id), duplicate_of, and
    theme (None where the mention has none: such mentions count in the company's rows, in no theme's).
    """
    cells: dict[Cell, dict[object, list[int]]] = {}  # cell → story → [n, opt, skep]
    themes: dict[tuple[str, str], dict[str, list[int]]] = {}  # (entity, period) → theme → [opt − skep]
    totals: dict[tuple[str, ...], int] = {}  # the share of voice's denominator
    for mention in mentions:
        if mention.get("duplicate_of"):
            continue
        when = period_of(mention.get("dated") or mention.get("published") or "", period)
        if when is None:
            continue
        theme = mention.get("theme")
        if by_theme and theme is None:
            continue
        key: Cell = (mention["entity"], theme if by_theme else None, when)
        count_in_story(cells.setdefault(key, {}), mention)
        share_key = (mention["entity"], when) if by_theme else (when,)
        totals[share_key] = totals.get(share_key, 0) + 1
        if theme is not None and not by_theme:  # rows by theme carry no top_themes
            net = themes.setdefault((mention["entity"], when), {}).setdefault(theme, [0])
            net[0] += (mention["label"] == "optimistic") - (mention["label"] == "skeptical")
    stats = {key: index_and_error(stories) for key, stories in cells.items()}
    rows = []
    previous: dict[tuple[str, str | None], tuple[float, float, int]] = {}
    for entity, theme, when in sorted(cells, key=lambda key: (key[2], key[0], key[1] or "")):
        stories = cells[(entity, theme, when)]
        n = sum(c[0] for c in stories.values())
        optimistic = sum(c[1] for c in stories.values())
        skeptical = sum(c[2] for c in stories.values())
        index, se = stats[(entity, theme, when)]
        ref = stats.get((reference, theme, when))
        change, notable = None, False
        if (entity, theme) in previous:
            before, se_before, stories_before = previous[(entity, theme)]
            change = round(index - before, 4)
            notable = notable_change((index, se, len(stories)), (before, se_before, stories_before))
        previous[(entity, theme)] = (index, se, len(stories))
        contributions = () if by_theme else tuple(
            {"theme": name, "contribution": round(net[0] / n, 4)}
            for name, net in sorted(themes.get((entity, when), {}).items(), key=lambda item: (-abs(item[1][0]), item[0])))
        low, high = interval(index, se, len(stories))
        rows.append(TrendRow(
            entity=entity, period=when, mentions=n, skeptical=skeptical, neutral=n - optimistic - skeptical,
            optimistic=optimistic, index=round(index, 4), ci_low=low, ci_high=high,
            stories=len(stories),
            share_of_voice=round(n / totals[(entity, when) if by_theme else (when,)], 4),
            gap_to_reference=None if ref is None or entity == reference else round(index - ref[0], 4),
            change=change, notable=notable, theme=theme, top_themes=contributions,
        ))
    return rows


def notable_change(now: tuple[float, float, int], before: tuple[float, float, int], confidence: float = 0.95) -> bool:
    """Whether the index moved between two periods, each (index, standard error, stories), by more than the two
    intervals explain: t · sqrt(se_now² + se_before²), t at the smaller story count."""
    spread = t_quantile(min(now[2], before[2]), confidence) * math.hypot(now[1], before[1])
    return abs(now[0] - before[0]) > spread


def count_in_story(stories: dict[object, list[int]], mention: dict) -> None:
    """Add a mention to its story's [mentions, optimistic, skeptical] (a story: its story_id, else its article)."""
    counts = stories.setdefault(mention.get("story_id") or mention.get("article_id"), [0, 0, 0])
    counts[0] += 1
    counts[1] += mention["label"] == "optimistic"
    counts[2] += mention["label"] == "skeptical"


def interval(index: float, se: float, stories: int, confidence: float = 0.95) -> tuple[float, float]:
    """The index's interval at `confidence` over `stories` stories, clipped to [-1, 1] and rounded as reported."""
    t = t_quantile(stories, confidence)
    return round(max(-1.0, index - t * se), 4), round(min(1.0, index + t * se), 4)


def index_and_error(stories: dict[object, list[int]]) -> tuple[float, float]:
    """(index, standard error) over stories: the cluster-robust one, but never below the error of
    independent mentions (with one pseudo-mention of each label, so 2 of 2 optimistic is not certain);
    se = 1 (the widest) with one story."""
    n = sum(c[0] for c in stories.values())
    optimistic, skeptical = sum(c[1] for c in stories.values()), sum(c[2] for c in stories.values())
    index = (optimistic - skeptical) / n
    count = len(stories)
    if count < 2:
        return index, 1.0
    spread = sum((c[1] - c[2] - index * c[0]) ** 2 for c in stories.values())
    clustered = math.sqrt(count / (count - 1) * spread) / n
    p_opt, p_skep = (optimistic + 1) / (n + 3), (skeptical + 1) / (n + 3)
    independent = math.sqrt((p_opt + p_skep - (p_opt - p_skep) ** 2) / n)
    return index, max(clustered, independent)
