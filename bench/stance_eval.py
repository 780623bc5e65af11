"""Stance quality: the project's model and VADER, same run, same sets; writes bench/results/stance.json.

    .venv/bin/python bench/stance_eval.py [--data ../shared/data]

Sets: NewsMTSC devtest_rw and devtest_mt; the held-out fifth of SEntFiN headlines (whole headlines);
the held-out fifth of FinEntity sequences (the fold of a 5-fold split that the model never saw;
bench/finentity_cv.py trains the other four and reports all five); our AI-news test split
(test.jsonl) and the blind one (test_b.jsonl, written without reading any other file of the set).
"disagree" = sentences whose targets carry different labels.
VADER scores the whole sentence (compound ≥ 0.05 optimistic, ≤ -0.05 skeptical), as usual.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.stance import LABELS, to_stance  # noqa: E402
from pipeline.stance_sets import (  # noqa: E402
    Example, disagreeing_groups, load_ainews, load_finentity, load_newsmtsc, load_sentfin,
)
from scripts.train_stance import finentity_held_out, sentfin_held_out  # noqa: E402


def metrics(gold: list[str], predicted: list[str]) -> dict[str, float]:
    accuracy = sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold)
    f1 = []
    for label in LABELS:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, predicted, strict=True))
        f1.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return {"n": len(gold), "accuracy": round(accuracy, 4), "macro_f1": round(sum(f1) / 3, 4)}


def report(examples: list[Example], predicted: list[str]) -> dict[str, dict[str, float]]:
    disagree = disagreeing_groups(examples)
    subset = [i for i, e in enumerate(examples) if e.group in disagree]
    result = {"all": metrics([e.label for e in examples], predicted)}
    if subset:
        result["disagree"] = metrics([examples[i].label for i in subset], [predicted[i] for i in subset])
    return result


def vader(examples: list[Example]) -> list[str]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    out = []
    for example in examples:
        compound = analyzer.polarity_scores(example.text)["compound"]
        out.append("optimistic" if compound >= 0.05 else "skeptical" if compound <= -0.05 else "neutral")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--artefact", type=Path, help="Evaluate another artefact folder (default: the shipped one).")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "stance.json")
    args = parser.parse_args()
    from index.stance_model import ARTEFACT_DIR, StanceModel

    model = StanceModel(artefact_dir=args.artefact or ARTEFACT_DIR)
    sets = {
        "newsmtsc_devtest_rw": load_newsmtsc(args.data / "newsmtsc" / "devtest_rw.jsonl"),
        "newsmtsc_devtest_mt": load_newsmtsc(args.data / "newsmtsc" / "devtest_mt.jsonl"),
        "sentfin_held_out": [e for e in load_sentfin(args.data / "sentfin" / "SEntFiN.csv") if sentfin_held_out(e)],
        "finentity_held_out_fold": [e for e in load_finentity(args.data / "finentity" / "FinEntity.json")
                                    if finentity_held_out(e, model.meta.get("finentity_fold", 0))],
        "ainews_test": load_ainews(ROOT / "datasets" / "ainews" / "test.jsonl"),
        "ainews_test_b": load_ainews(ROOT / "datasets" / "ainews" / "test_b.jsonl"),
    }
    sets["ainews_test_both"] = sets["ainews_test"] + sets["ainews_test_b"]  # every held-out target of our set
    results: dict[str, object] = {"model_version": model.version, "precision": model.precision}
    for name, examples in sets.items():
        started = time.perf_counter()
        probabilities = model.probabilities([(e.text, e.start, e.end) for e in examples])
        seconds = time.perf_counter() - started
        ours = report(examples, [s.label for s in to_stance(probabilities)])
        baseline = report(examples, vader(examples))
        results[name] = {"aipulse": ours, "vader": baseline, "targets_per_s": round(len(examples) / seconds, 1)}
        line = "  ".join(f"{part}: acc {ours[part]['accuracy']:.3f} F1 {ours[part]['macro_f1']:.3f} "
                         f"(VADER {baseline[part]['accuracy']:.3f} / {baseline[part]['macro_f1']:.3f})"
                         for part in ours)
        print(f"{name:<26} n={len(examples):<6} {line}", flush=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
