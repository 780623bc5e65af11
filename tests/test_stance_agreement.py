"""The second-labeller figures of bench/stance_eval.py: how far two people labelling the same real mentions agree."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from stance_eval import second_labeller, second_labels  # noqa: E402

from pipeline.stance_sets import load_ainews  # noqa: E402

SENTENCES = [
    ("r1", "Analysts doubt that Llama can catch up this year.", [("Meta", "Llama", "skeptical")]),
    ("r2", "Anthropic opened an office in Seoul.", [("Anthropic", "Anthropic", "neutral")]),
    ("r3", "Gemini now leads ChatGPT on most coding tests.", [("Google", "Gemini", "optimistic"),
                                                            ("OpenAI", "ChatGPT", "skeptical")]),
]


def write_real(path: Path) -> None:
    rows = []
    for sid, text, targets in SENTENCES:
        rows.append({"sid": sid, "url": f"https://news.example/{sid}", "text": text, "targets": [
            {"entity": entity, "mention": mention, "start": text.index(mention), "end": text.index(mention) + len(mention),
             "label": label} for entity, mention, label in targets]})
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def test_two_labellers_agreement_kappa_and_the_model_over_the_mentions_both_agree_on(tmp_path: Path) -> None:
    real, second = tmp_path / "real.jsonl", tmp_path / "second.jsonl"
    write_real(real)
    again = [("r1", "Meta", "skeptical"), ("r2", "Anthropic", "neutral"), ("r3", "Google", "optimistic"),
             ("r3", "OpenAI", "neutral")]  # the second labeller reads OpenAI as a yardstick, not the loser
    second.write_text("".join(json.dumps({"sid": s, "entity": e, "label": lab}) + "\n" for s, e, lab in again))
    examples = load_ainews(real)
    result = second_labeller(second, second_labels(second), examples, ["skeptical", "optimistic", "optimistic", "optimistic"])
    assert result["agreement"] == 0.75
    assert result["kappa"] == pytest.approx((0.75 - 5 / 16) / (1 - 5 / 16), abs=1e-4)  # chance: (2·1 + 1·2 + 1·1) / 16
    assert result["swaps"] == 0.0  # calling a skeptical mention neutral is no swap
    assert result["model_on_agreed"]["n"] == 3 and result["model_on_agreed"]["accuracy"] == pytest.approx(2 / 3, abs=1e-4)


def test_a_mention_the_second_labeller_left_out_is_named(tmp_path: Path) -> None:
    real, second = tmp_path / "real.jsonl", tmp_path / "second.jsonl"
    write_real(real)
    second.write_text(json.dumps({"sid": "r1", "entity": "Meta", "label": "skeptical"}) + "\n")
    with pytest.raises(SystemExit, match="no label for r2 Anthropic"):
        second_labeller(second, second_labels(second), load_ainews(real), ["neutral"] * 4)
