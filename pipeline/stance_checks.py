"""Behavioural tests of the stance scorer, CheckList style (Ribeiro et al., ACL 2020): cases in
datasets/checklist/cases.jsonl, failure rates per capability. Evaluation data only: training never reads it.

A case holds one or more items (a sentence and its targets) and what must hold between their labels:
- MFT (minimum functionality): `{"labels": {"Meta": "neutral"}}`, the label of each company in the item;
- INV (invariance): `{"same_label": ["Meta"]}`, one label for each listed company across all items; and
  `{"same_label_across": [["Google", "Anthropic"]]}`, item k's label of the k-th company, the same for all k
  (one company swapped for another in the same role);
- DIR (directional): `{"swap": [["Meta", "OpenAI"]]}`, the first company's label in item 1 is the second's in
  item 2 and the reverse; or `{"score_down": ["Meta"]}` / `{"score_up": [...]}`, item 2's score is lower / higher.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.stance import StanceScorer, to_stance


@dataclass(frozen=True)
class Case:
    id: str
    capability: str
    test: str  # MFT, INV or DIR
    items: tuple[dict[str, Any], ...]
    expect: dict[str, Any]


def load_cases(path: Path) -> list[Case]:
    return [Case(row["id"], row["capability"], row["test"], tuple(row["items"]), row["expect"])
            for row in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if row]


def failed(case: Case, labels: list[dict[str, str]], scores: list[dict[str, float]]) -> bool:
    """Whether the scorer's labels and scores of the case's items break what the case expects."""
    expect = case.expect
    if "labels" in expect:
        return any(labels[0].get(entity) != label for entity, label in expect["labels"].items())
    if "same_label" in expect or "same_label_across" in expect:
        fixed = any(len({item.get(entity) for item in labels}) > 1 for entity in expect.get("same_label", []))
        swapped = any(len({labels[k].get(entity) for k, entity in enumerate(group)}) > 1
                      for group in expect.get("same_label_across", []))
        return fixed or swapped
    if "swap" in expect:
        return any(labels[0].get(a) != labels[1].get(b) or labels[0].get(b) != labels[1].get(a)
                   for a, b in expect["swap"])
    if "score_down" in expect:
        return any(scores[1][entity] >= scores[0][entity] for entity in expect["score_down"])
    if "score_up" in expect:
        return any(scores[1][entity] <= scores[0][entity] for entity in expect["score_up"])
    raise ValueError(f"case {case.id}: nothing to check in {expect}")


def run_checks(cases: list[Case], scorer: StanceScorer) -> dict[str, dict[str, Any]]:
    """Per capability: its test type, cases, failures, failure rate and a few failed case ids."""
    targets = [(item["text"], target["start"], target["end"]) for case in cases for item in case.items
               for target in item["targets"]]
    stances = iter(to_stance(scorer.probabilities(targets)) if targets else [])
    report: dict[str, dict[str, Any]] = {}
    for case in cases:
        labels, scores = [], []
        for item in case.items:
            judged = {target["entity"]: next(stances) for target in item["targets"]}
            labels.append({entity: stance.label for entity, stance in judged.items()})
            scores.append({entity: stance.score for entity, stance in judged.items()})
        entry = report.setdefault(case.capability, {"test": case.test, "cases": 0, "failed": 0, "examples": []})
        entry["cases"] += 1
        if failed(case, labels, scores):
            entry["failed"] += 1
            if len(entry["examples"]) < 5:
                entry["examples"].append(case.id)
    for entry in report.values():
        entry["failure_rate"] = round(entry["failed"] / entry["cases"], 4)
    return report
