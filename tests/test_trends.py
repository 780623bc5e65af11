from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path

import pytest

from pipeline.trends import period_of, trends
from tests.conftest import run_cli


def mention(entity: str, label: str, story: int, published: str = "2024-05-08T10:00:00Z",
            duplicate_of: str | None = None) -> dict:
    return {"entity": entity, "label": label, "story_id": story, "article_id": story, "published": published,
            "duplicate_of": duplicate_of}


def story(entity: str, story_id: int, optimistic: int, neutral: int, skeptical: int, **kw: str) -> list[dict]:
    labels = ["optimistic"] * optimistic + ["neutral"] * neutral + ["skeptical"] * skeptical
    return [mention(entity, label, story_id, **kw) for label in labels]


def test_counts_index_share_and_gap_follow_the_definitions() -> None:
    rows = trends([
        *story("Meta", 1, 3, 0, 1), *story("Meta", 2, 1, 1, 0), *story("Meta", 3, 0, 0, 2),
        *story("Meta", 4, 5, 0, 0, duplicate_of="http://a/1"),  # a syndicated copy: left out
        *story("OpenAI", 1, 2, 0, 0), *story("OpenAI", 5, 1, 1, 0),
    ])
    meta, openai = (next(r for r in rows if r.entity == name) for name in ("Meta", "OpenAI"))
    assert (meta.period, meta.mentions, meta.optimistic, meta.neutral, meta.skeptical, meta.stories) == \
        ("2024-W19", 8, 4, 1, 3, 3)
    assert meta.index == pytest.approx((4 - 3) / 8, abs=1e-4)
    assert openai.index == pytest.approx(3 / 4, abs=1e-4)
    assert meta.share_of_voice == pytest.approx(8 / 12, abs=1e-4) and openai.share_of_voice == pytest.approx(4 / 12, abs=1e-4)
    assert openai.gap_to_reference == pytest.approx(0.75 - 0.125, abs=1e-4) and meta.gap_to_reference is None
    assert meta.ci_low < meta.index < meta.ci_high


def test_intervals_are_never_falsely_certain() -> None:
    one_story = trends(story("Meta", 1, 6, 0, 0))[0]
    assert (one_story.ci_low, one_story.ci_high) == (-1.0, 1.0)
    unanimous = trends(story("Meta", 1, 1, 0, 0) + story("Meta", 2, 1, 0, 0))[0]
    assert unanimous.index == 1.0 and unanimous.ci_low < 0.5  # two agreeing mentions prove little
    balanced = trends(story("Meta", 1, 1, 0, 1) + story("Meta", 2, 1, 0, 1))[0]
    assert balanced.index == 0.0 and balanced.ci_high - balanced.ci_low > 0.5
    many = trends([m for s in range(60) for m in story("Meta", s, 2, 1, 1)])[0]
    assert many.ci_high - many.ci_low < 0.3


def test_the_interval_covers_the_true_index_about_95_percent_of_the_time() -> None:
    rng = random.Random(7)
    truth, covered, trials = 0.2, 0, 400  # P(optimistic) .45, P(skeptical) .25; stories lean as a whole
    for _ in range(trials):
        mentions = []
        for story_id in range(rng.randint(8, 25)):
            lean = rng.gauss(0, 0.15)
            for _ in range(rng.randint(1, 8)):
                draw = rng.random()
                label = "optimistic" if draw < 0.45 + lean else ("skeptical" if draw > 0.75 + lean else "neutral")
                mentions.append(mention("Meta", label, story_id))
        row = trends(mentions)[0]
        covered += row.ci_low <= truth <= row.ci_high
    assert 0.90 <= covered / trials <= 0.995, covered / trials


def test_only_a_change_beyond_the_intervals_is_notable() -> None:
    def week(day: str, optimistic: int, skeptical: int, first_story: int) -> list[dict]:
        return [m for s in range(20) for m in story("Meta", first_story + s, optimistic, 1, skeptical,
                                                   published=f"{day}T09:00:00Z")]

    swing = trends(week("2024-05-01", 3, 0, 0) + week("2024-05-08", 0, 3, 100))
    assert [(r.period, r.notable) for r in swing] == [("2024-W18", False), ("2024-W19", True)]
    assert swing[1].change == pytest.approx(-1.5)
    drift = trends(week("2024-05-01", 2, 1, 0) + week("2024-05-08", 2, 1, 100)[:-4] + week("2024-05-08", 1, 1, 200)[:4])
    assert drift[1].notable is False and drift[1].change is not None


def test_periods_are_iso_weeks_days_months_or_quarters() -> None:
    assert period_of("2024-05-12T23:30:00+00:00", "week") == "2024-W19"
    assert period_of("2024-05-13", "week") == "2024-W20"
    assert period_of("2020-12-31T10:00:00Z", "week") == "2020-W53"
    assert period_of("2024-05-12T23:30:00Z", "day") == "2024-05-12"
    assert period_of("2024-05-12T23:30:00Z", "month") == "2024-05"
    assert [period_of(f"2024-{m:02d}-01", "quarter") for m in (1, 3, 4, 9, 10, 12)] == \
        ["2024-Q1", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2024-Q4"]
    assert period_of("not a date", "week") is None


def test_trends_cli_json_rows_and_chart(demo_db: Path, tmp_path: Path) -> None:
    chart = tmp_path / "trends.png"
    code, out, err = run_cli("--config", str(demo_db), "trends", "--json", "--plot", str(chart))
    assert code == 0, err
    rows = json.loads(out)
    assert {"entity", "period", "mentions", "skeptical", "neutral", "optimistic", "index", "ci_low", "ci_high",
            "stories"} <= set(rows[0])
    for row in rows:
        assert row["skeptical"] + row["neutral"] + row["optimistic"] == row["mentions"]
        assert -1 <= row["ci_low"] <= row["index"] <= row["ci_high"] <= 1
        assert row["period"][:4].isdigit() and row["period"][4:6] == "-W"
    weeks = {row["period"] for row in rows}
    for week in weeks:  # shares of voice add up within a period
        assert sum(r["share_of_voice"] for r in rows if r["period"] == week) == pytest.approx(1.0, abs=0.01)
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and chart.stat().st_size > 20_000

    code, out, _ = run_cli("--config", str(demo_db), "trends", "--json", "--period", "day", "--entity", "Meta",
                           "--since", "2026-09-01", "--until", "2026-10-01")
    days = json.loads(out)
    assert days and {r["entity"] for r in days} == {"Meta"}
    assert all("2026-09-01" <= r["period"] < "2026-10-01" for r in days)

    # a month holds its days: the same mentions, counted once, whatever the period
    code, out, _ = run_cli("--config", str(demo_db), "trends", "--json", "--period", "month", "--entity", "Meta")
    months = json.loads(out)
    assert months and all(len(r["period"]) == 7 and r["period"][4] == "-" for r in months)
    september = next(r for r in months if r["period"] == "2026-09")
    assert [september[k] for k in ("mentions", "skeptical", "neutral", "optimistic")] == \
        [sum(r[k] for r in days) for k in ("mentions", "skeptical", "neutral", "optimistic")]
    code, out, _ = run_cli("--config", str(demo_db), "trends", "--json", "--period", "quarter", "--entity", "Meta")
    quarters = json.loads(out)
    assert [r["period"][4:6] for r in quarters] == ["-Q"] * len(quarters)
    assert sum(r["mentions"] for r in quarters) == sum(r["mentions"] for r in months) == sum(
        r["mentions"] for r in rows if r["entity"] == "Meta")


def test_a_chart_for_a_missing_folder_is_refused_before_any_output(demo_db: Path, tmp_path: Path) -> None:
    chart = tmp_path / "missing" / "trends.png"
    code, out, err = run_cli("--config", str(demo_db), "trends", "--plot", str(chart))
    assert (code, out) == (2, "") and err.endswith(
        f"Error: Invalid value for --plot: no folder {tmp_path / 'missing'} to write trends.png in\n"), err
    assert not (tmp_path / "missing").exists()


def test_a_chart_is_written_in_the_format_its_name_asks_for(demo_db: Path, tmp_path: Path) -> None:
    for name, by, start in (("trends.svg", "entity", b"<?xml"), ("themes.PDF", "theme", b"%PDF-"),
                            ("trends.png", "theme", b"\x89PNG\r\n\x1a\n")):
        code, _, err = run_cli("--config", str(demo_db), "trends", "--by", by, "--plot", str(tmp_path / name))
        assert code == 0, err
        assert (tmp_path / name).read_bytes().startswith(start)
    svg = (tmp_path / "trends.svg").read_text()
    assert "<svg" in svg and len(svg) > 50_000  # six panels of lines and bands, not an empty canvas
    code, out, err = run_cli("--config", str(demo_db), "trends", "--plot", str(tmp_path / "trends.jpg"))
    assert (code, out) == (2, "") and err.endswith(
        "Error: Invalid value for --plot: trends.jpg: a chart is written as .png, .svg, .pdf\n"), err
    assert not (tmp_path / "trends.jpg").exists()


def test_trends_cli_names_an_unknown_company(demo_db: Path) -> None:
    code, _, err = run_cli("--config", str(demo_db), "trends", "--entity", "Metaa")
    assert code != 0 and "'Metaa' is not a configured company" in err


def test_the_demo_storyline_shows_in_metas_trend(demo_db: Path) -> None:
    """August doubts, a September recovery, an October dip below it (the demo site's storyline, see README)."""
    code, out, _ = run_cli("--config", str(demo_db), "trends", "--json", "--entity", "Meta", "--entity", "OpenAI")
    index = {(row["entity"], row["period"]): row["index"] for row in json.loads(out)}
    august = [index[("Meta", f"2026-W{week}")] for week in range(32, 36)]
    september = [index[("Meta", f"2026-W{week}")] for week in range(36, 40)]
    assert max(august) < 0 < index[("OpenAI", "2026-W32")], index
    assert sum(september) / 4 > sum(august) / 4 + 0.3
    assert index[("Meta", "2026-W41")] < sum(september) / 4 - 0.3 and index[("Meta", "2026-W41")] < min(september)


def test_an_undated_article_counts_in_the_week_it_was_first_seen(tmp_path: Path) -> None:
    from pipeline.store import Store
    from tests.conftest import write_config

    config = write_config(tmp_path, '[storage]\ndata_dir = "."\n')
    store = Store(tmp_path / "aipulse.db")
    for article_id, published in ((1, "2024-05-08T10:00:00+00:00"), (2, None)):
        store.db.table("articles").insert({"id": article_id, "url": f"http://a/{article_id}", "source": "s",
                                           "title": "t", "text": "x", "published": published, "story_id": article_id,
                                           "first_seen": "2024-05-09T12:00:00+00:00"})
        store.db.table("mentions").insert({"article_id": article_id, "entity": "Meta", "label": "skeptical",
                                           "score": -0.9, "sentence": "x", "start": 0, "end": 1})
    store.close()
    code, out, _ = run_cli("--config", str(config), "trends", "--json")
    [row] = json.loads(out)
    assert (row["period"], row["mentions"], row["stories"], row["index"]) == ("2024-W19", 2, 2, -1.0)


def test_trends_csv_holds_the_json_rows(demo_db: Path) -> None:
    for by in ("entity", "theme"):
        _, out, _ = run_cli("--config", str(demo_db), "trends", "--json", "--period", "month", "--by", by)
        code, table, err = run_cli("--config", str(demo_db), "trends", "--csv", "--period", "month", "--by", by)
        assert code == 0, err
        rows, lines = json.loads(out), list(csv.DictReader(io.StringIO(table)))
        assert len(lines) == len(rows) > 3
        assert list(lines[0])[:3] == (["entity", "theme", "period"] if by == "theme" else ["entity", "period", "mentions"])
        for row, line in zip(rows, lines, strict=True):
            assert [line[k] for k in ("entity", "period", "mentions", "notable")] == \
                [row["entity"], row["period"], str(row["mentions"]), str(row["notable"])]
            assert [float(line[k]) for k in ("index", "ci_low", "ci_high")] == [row["index"], row["ci_low"], row["ci_high"]]
            assert line["change"] == ("" if row["change"] is None else str(row["change"]))
            if by == "entity":
                pairs = [p.split(":") for p in line["top_themes"].split("; ")] if line["top_themes"] else []
                assert [(t, round(float(c), 4)) for t, c in pairs] == \
                    [(t["theme"], round(t["contribution"], 4)) for t in row["top_themes"]]
            else:
                assert line["theme"] == row["theme"]
    code, out, err = run_cli("--config", str(demo_db), "trends", "--csv", "--json")
    assert (code, out) == (2, "") and err.endswith("Error: --json and --csv: choose one\n"), err
