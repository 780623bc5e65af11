"""The trend chart: optimism index per company over time, with 95% interval bands (matplotlib: PNG, SVG or PDF)."""

from __future__ import annotations

import io
import math
from collections.abc import Sequence

from pipeline.trends import TrendRow, mentions_by_entity

FORMATS = ("png", "svg", "pdf")  # what `trends --plot FILE` writes, by FILE's suffix
COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f",
           "#bcbd22"]


def trend_chart(rows: Sequence[TrendRow], title: str = "Optimism index by company", companies: int = 6,
                fmt: str = "png") -> bytes:
    """The chart's bytes in `fmt` (one of FORMATS): one small panel per company (the `companies` most mentioned, Meta
    first when present), its index over time with the 95% interval as a band, and Meta's line in grey behind the
    others."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    periods = sorted({row.period for row in rows})
    volume = mentions_by_entity(rows)
    chosen = sorted(volume, key=lambda e: (e != "Meta", -volume[e]))[:companies]
    series = {entity: sorted((row for row in rows if row.entity == entity), key=lambda row: row.period)
              for entity in chosen}
    columns = min(3, len(chosen)) or 1
    lines = math.ceil(len(chosen) / columns) or 1
    figure, grid = plt.subplots(lines, columns, figsize=(8.4, 2.3 * lines + 0.6), dpi=110, sharex=True, sharey=True,
                                squeeze=False)
    for panel, (colour, entity) in enumerate(zip(COLOURS, chosen, strict=False)):
        axes = grid[panel // columns][panel % columns]
        if entity != "Meta" and "Meta" in series:
            meta = series["Meta"]
            axes.plot([periods.index(row.period) for row in meta], [row.index for row in meta], color="#b8bec8",
                      linewidth=1.2, label="Meta")
        own = series[entity]
        x = [periods.index(row.period) for row in own]
        axes.fill_between(x, [row.ci_low for row in own], [row.ci_high for row in own], color=colour, alpha=0.15,
                          linewidth=0)
        axes.plot(x, [row.index for row in own], marker="o", markersize=3.5, linewidth=2.0, color=colour)
        for row, position in zip(own, x, strict=True):
            if row.notable:
                axes.plot(position, row.index, marker="o", markersize=8, markerfacecolor="none", color="#b45309")
        axes.axhline(0, color="#9ca3af", linewidth=0.8)
        axes.set_title(f"{entity}  ({volume[entity]} mentions)", fontsize=10, loc="left", color=colour)
        axes.set_ylim(-1.05, 1.05)
        axes.set_yticks([-1, 0, 1])
        axes.spines[["top", "right"]].set_visible(False)
        axes.grid(axis="y", color="#eef0f3")
    for panel in range(len(chosen), lines * columns):
        grid[panel // columns][panel % columns].set_visible(False)
    step = max(1, math.ceil(len(periods) / 4))
    for axes in grid[-1]:
        axes.set_xticks(range(0, len(periods), step), periods[::step], fontsize=8)
    figure.suptitle(f"{title}\n−1 all skeptical … +1 all optimistic; band: 95% interval; grey: Meta; ring: notable shift",
                    fontsize=10, x=0.01, ha="left")
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format=fmt)
    plt.close(figure)
    return out.getvalue()


def theme_chart(rows: Sequence[TrendRow], companies: int = 8, fmt: str = "png") -> bytes:
    """The chart's bytes in `fmt` (one of FORMATS): a company × theme grid of the optimism index over all the rows'
    periods, coloured from red (skeptical) to blue (optimistic), each cell with its index and mention count; rows from
    `trends --by theme`."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from pipeline.themes import THEME_NAMES

    cells: dict[tuple[str, str], list[int]] = {}  # (entity, theme) → [mentions, optimistic − skeptical]
    for row in rows:
        cell = cells.setdefault((row.entity, row.theme or "other"), [0, 0])
        cell[0] += row.mentions
        cell[1] += row.optimistic - row.skeptical
    volume = mentions_by_entity(rows)
    chosen = sorted(volume, key=lambda e: (e != "Meta", -volume[e]))[:companies]
    themes = [theme for theme in THEME_NAMES if any((entity, theme) in cells for entity in chosen)]
    grid = [[cells[(e, t)][1] / cells[(e, t)][0] if (e, t) in cells else math.nan for t in themes] for e in chosen]
    figure, axes = plt.subplots(figsize=(1.0 * len(themes) + 2.2, 0.55 * len(chosen) + 1.6), dpi=110)
    axes.imshow(grid, cmap="RdBu", vmin=-1, vmax=1, aspect="auto")
    for y, entity in enumerate(chosen):
        for x, theme in enumerate(themes):
            if (entity, theme) in cells:
                n, net = cells[(entity, theme)]
                axes.text(x, y, f"{net / n:+.2f}\n{n}", ha="center", va="center", fontsize=7.5,
                          color="white" if abs(net / n) > 0.6 else "#111827")
    axes.set_xticks(range(len(themes)), [t.replace("_", " ") for t in themes], rotation=35, ha="right", fontsize=8.5)
    axes.set_yticks(range(len(chosen)), chosen, fontsize=9)
    periods = sorted({row.period for row in rows})
    span = f"{periods[0]} – {periods[-1]}" if periods else "no data"
    axes.set_title(f"Optimism index by company and theme, {span}\ncell: index (−1 skeptical … +1 optimistic) and "
                   "mentions; blank: none", fontsize=9.5, loc="left")
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format=fmt)
    plt.close(figure)
    return out.getvalue()
