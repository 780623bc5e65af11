"""The figures a reader sees are the figures the benchmarks wrote, and the README stays short."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from figures import ROWS, anchor, load_results, rendered  # noqa: E402


def test_the_readme_and_performance_tables_are_written_from_bench_results() -> None:
    stale = [path.name for path, text in rendered().items() if path.read_text() != text]
    assert stale == [], "run .venv/bin/python bench/figures.py"


def test_every_row_names_a_benchmark_and_every_result_file_is_shown() -> None:
    assert all("bench/" in row.command or "scripts/" in row.command for row in ROWS)
    results = load_results()
    used: set[str] = set()

    class Seen(dict):  # records which result files the rows read
        def __getitem__(self, key: str) -> object:
            used.add(key)
            return results[key]

    for row in ROWS:
        row.figure(Seen())
    assert set(results) - used == set()


def test_the_readme_is_short_and_its_links_resolve() -> None:
    readme = (ROOT / "README.md").read_text()
    assert len(readme.splitlines()) <= 200
    broken = []
    for page in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]:
        for target, fragment in re.findall(r"\]\(([^)#:]*)(?:#([^)]*))?\)", page.read_text()):
            linked = (page.parent / target) if target else page
            if not linked.exists():
                broken.append(f"{page.name} → {target}")
            elif fragment and fragment not in {anchor(line.lstrip("#").strip())
                                               for line in linked.read_text().splitlines() if line.startswith("#")}:
                broken.append(f"{page.name} → {target}#{fragment}")
    assert broken == []
