"""Search quality floors on our own benchmark (bench/search_quality.py: 212 articles, 112 queries written by
people who did not write them). Floors only go up; the measured values are in bench/results/search_quality.json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOORS = {  # nDCG@10 of the default mode, per query kind (late interaction: paraphrase 0.493 -> 0.623)
    "paraphrase": 0.60, "keyword": 0.88, "entity": 0.67, "question": 0.72, "all": 0.72}
HIT_AT_3_FLOOR = 0.85  # over all queries
TOLERANCE = 0.01  # hybrid against its components: vectors differ a little between CPUs (int8, bf16, fp32)


def test_search_quality_floors_and_hybrid_never_below_its_parts(tmp_path: Path) -> None:
    out = tmp_path / "search_quality.json"
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "search_quality.py"), "--out", str(out),
                             "--variants", "hybrid,semantic,keyword"], cwd=ROOT, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(out.read_text())
    assert report["corpus"]["articles"] >= 200 and report["queries"]["count"] >= 100
    assert not report["judged_sentences_not_in_corpus"]
    hybrid = report["variants"]["hybrid"]
    assert {kind: hybrid[kind]["ndcg@10"] for kind in FLOORS} == {
        kind: max(hybrid[kind]["ndcg@10"], floor) for kind, floor in FLOORS.items()}, hybrid
    assert hybrid["all"]["hit@3"] >= HIT_AT_3_FLOOR
    for kind in FLOORS:
        for part in ("semantic", "keyword"):
            assert hybrid[kind]["ndcg@10"] >= report["variants"][part][kind]["ndcg@10"] - TOLERANCE, (kind, part)
