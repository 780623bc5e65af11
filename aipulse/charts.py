"""The trend chart: optimism index per company over time, with 95% interval bands (matplotlib, PNG)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from pipeline.trends import TrendRow

COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f",
           "#bcbd22"]


def trend_chart(rows: Sequence[TrendRow], title: str = "Optimism index by company", companies: int = 6) -> bytes:
    """PNG bytes; the `companies` most mentioned are drawn, Meta always among them when present."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    periods = sorted({row.period for row in rows})
    volume: dict[str, int] = {}
    for row in rows:
        volume[row.entity] = volume.get(row.entity, 0) + row.mentions
    chosen = sorted(volume, key=lambda e: (e != "Meta", -volume[e]))[:companies]
    figure, axes = plt.subplots(figsize=(8.0, 4.2), dpi=110)
    for colour, entity in zip(COLOURS, chosen, strict=False):
        own = sorted((row for row in rows if row.entity == entity), key=lambda row: row.period)
        x = [periods.index(row.period) for row in own]
        axes.plot(x, [row.index for row in own], marker="o", markersize=3.5, linewidth=2.2 if entity == "Meta" else 1.4,
                  color=colour, label=entity)
        axes.fill_between(x, [row.ci_low for row in own], [row.ci_high for row in own], color=colour, alpha=0.10,
                          linewidth=0)
    axes.axhline(0, color="#9ca3af", linewidth=0.8)
    axes.set_ylim(-1.05, 1.05)
    axes.set_ylabel("optimism index (−1 skeptical … +1 optimistic)")
    axes.set_xticks(range(len(periods)), periods, rotation=45 if len(periods) > 6 else 0, ha="right")
    axes.set_title(title, fontsize=12, loc="left")
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(frameon=False, fontsize=8, ncol=min(3, len(chosen)), loc="lower left")
    axes.grid(axis="y", color="#eef0f3")
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    plt.close(figure)
    return out.getvalue()
