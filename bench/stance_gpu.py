"""Stance recipes trained side by side on one CUDA machine, every model scored on the evaluation sets there,
and the figures computed here from what comes back.

    python3 bench/stance_gpu.py train --base FP16_COPY --data DATA --out DIR [--real FILE] [--deadline 360]
    .venv/bin/python bench/stance_gpu.py report DIR/scores.json [DIR2/scores.json ...] [--real FILE
                                         --real-touched URLS] [--finentity-cv RECIPE]

`train` starts one scripts/train_stance.py per job, all at once on the one GPU (--only picks some): recipe B
(scripts/train_stance.py as it is, the shipped model's recipe) and recipe A (the one before it: B without the
files in NOT_IN_A), each with seeds 0-2 and with FinEntity folds 1-4 kept out (with fold 0 out, seed 0 is
the fold-0 model of bench/finentity_cv.py's five). A job still running at --deadline seconds is stopped and left out. Each model
is then scored on the CPU, several at a time: its FinEntity held-out fold and, for the A/B models, every
set of bench/stance_eval.py and the behavioural cases. DIR/scores.json keeps each model's description and
its probabilities per set in file order (the labels stay here: `report` reloads them), so a neutral band
or any other figure can be worked out afterwards without the GPU. The models are trained over an fp16
copy of the base (scripts/export_fp16_model.py: the packaged one is too big to carry), so they are
measured there, not shipped from there.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.stance_eval import CHECKLIST, REALSTYLE, article_direction, metrics, real_style, report  # noqa: E402
from pipeline.stance import LABELS  # noqa: E402
from pipeline.stance_checks import load_cases, run_checks  # noqa: E402
from pipeline.stance_sets import Example, load_ainews, load_finentity, load_newsmtsc, load_sentfin  # noqa: E402
from scripts.train_stance import finentity_held_out, sentfin_held_out  # noqa: E402

NOT_IN_A = ["extra_p.jsonl", "extra_q.jsonl", "extra_r.jsonl"]  # recipe A: the model shipped before B
JOBS: dict[str, dict[str, Any]] = {
    **{f"fold{k}": {"fold": k, "seed": 0, "without": NOT_IN_A} for k in range(1, 5)},
    "A0": {"fold": 0, "seed": 0, "without": NOT_IN_A},
    "A1": {"fold": 0, "seed": 1, "without": NOT_IN_A},
    "A2": {"fold": 0, "seed": 2, "without": NOT_IN_A},
    "B0": {"fold": 0, "seed": 0, "without": []},
    "B1": {"fold": 0, "seed": 1, "without": []},
    "B2": {"fold": 0, "seed": 2, "without": []},
    **{f"foldB{k}": {"fold": k, "seed": 0, "without": []} for k in range(1, 5)},
}


def evaluation_sets(data: Path, fold: int, real: Path | None, full: bool) -> dict[str, list[Example]]:
    sets = {"finentity_held_out_fold": [e for e in load_finentity(data / "finentity" / "FinEntity.json")
                                        if finentity_held_out(e, fold)]}
    if full:
        sets |= {
            "newsmtsc_devtest_rw": load_newsmtsc(data / "newsmtsc" / "devtest_rw.jsonl"),
            "newsmtsc_devtest_mt": load_newsmtsc(data / "newsmtsc" / "devtest_mt.jsonl"),
            "sentfin_held_out": [e for e in load_sentfin(data / "sentfin" / "SEntFiN.csv") if sentfin_held_out(e)],
            "ainews_test": load_ainews(ROOT / "datasets" / "ainews" / "test.jsonl"),
            "ainews_test_b": load_ainews(ROOT / "datasets" / "ainews" / "test_b.jsonl"),
            "ainews_realstyle": load_ainews(REALSTYLE),
        }
        if real is not None:
            sets["real_local"] = load_ainews(real)
    return sets


def train(args: argparse.Namespace) -> None:
    args.out.mkdir(parents=True, exist_ok=True)
    models = args.models
    models.mkdir(parents=True, exist_ok=True)
    running = {}
    for name, job in JOBS.items():
        if args.only and name not in args.only.split(","):
            continue
        command = [sys.executable, str(ROOT / "scripts" / "train_stance.py"), "--data", str(args.data),
                   "--base", str(args.base), "--epochs", str(args.epochs), "--out", str(models / name),
                   "--finentity-fold", str(job["fold"]), "--seed", str(job["seed"])]
        command += ["--limit", str(args.limit)] if args.limit else []
        for left_out in job["without"]:
            command += ["--without", left_out]
        log = models / f"{name}.log"
        running[name] = subprocess.Popen(command, stdout=log.open("w"), stderr=subprocess.STDOUT,
                                         env=os.environ | {"OMP_NUM_THREADS": "1", "PYTHONUNBUFFERED": "1"})
    started = time.monotonic()
    while any(p.poll() is None for p in running.values()) and time.monotonic() - started < args.deadline:
        time.sleep(2)
    finished = []
    for name, process in running.items():
        if process.poll() is None:
            process.kill()
            print(f"{name}: stopped at the deadline", flush=True)
        elif process.returncode:
            print(f"{name}: failed (rc {process.returncode}): {(models / f'{name}.log').read_text()[-800:]}", flush=True)
        else:
            finished.append(name)
            print(f"{name}: {(models / f'{name}.log').read_text().strip().splitlines()[-1]}", flush=True)
    print(f"training: {time.monotonic() - started:.0f} s, {len(finished)} of {len(running)} models", flush=True)
    with ProcessPoolExecutor(max_workers=8) as pool:
        scored = dict(zip(finished, pool.map(score, [models / n for n in finished], [args.base] * len(finished),
                                             [args.data] * len(finished), [args.real] * len(finished)), strict=True))
    (args.out / "scores.json").write_text(json.dumps(scored) + "\n")
    print(f"wrote {args.out / 'scores.json'} ({time.monotonic() - started:.0f} s)")


def score(artefact: Path, base: Path, data: Path, real: Path | None) -> dict[str, Any]:
    import torch

    torch.set_num_threads(2)
    from index.stance_model import StanceModel

    model = StanceModel(str(base), artefact_dir=artefact)
    fold = int(model.meta.get("finentity_fold", 0))
    full = not artefact.name.startswith("fold")
    result: dict[str, Any] = {"meta": {k: v for k, v in model.meta.items() if k != "themes"}, "sets": {}}
    for name, examples in evaluation_sets(data, fold, real, full).items():
        probabilities = model.probabilities([(e.text, e.start, e.end) for e in examples])
        result["sets"][name] = [[round(float(p), 4) for p in row] for row in probabilities]
    if full:
        result["checklist"] = run_checks(load_cases(CHECKLIST), model)
    return result


def label(row: list[float]) -> str:
    return LABELS[max(range(len(LABELS)), key=row.__getitem__)]


def summarise(args: argparse.Namespace) -> None:
    """Per model and set: macro-F1 (and neutral recall, swaps on the real-style and real sets); the real set
    also split by --real-touched into the articles that guided training data and the others."""
    scored = {name: model for path in args.scores for name, model in json.loads(path.read_text()).items()}
    touched = set(json.loads(args.real_touched.read_text())) if args.real_touched else set()
    url = ({row["sid"]: row.get("url") for row in map(json.loads, args.real.read_text(encoding="utf-8").splitlines())}
           if args.real else {})
    table: dict[str, Any] = {}
    for name, model in scored.items():
        fold = int(model["meta"].get("finentity_fold", 0))
        sets = evaluation_sets(args.data, fold, args.real, "ainews_test" in model["sets"])
        row: dict[str, Any] = {}
        for set_name, examples in sets.items():
            if set_name not in model["sets"]:
                continue
            rows = model["sets"][set_name]
            predicted = [label(r) for r in rows]
            row[set_name] = report(examples, predicted)["all"]
            if set_name in ("ainews_realstyle", "real_local"):
                extra = real_style(examples, predicted)
                row[set_name] |= {"neutral_recall": extra["neutral_recall"], "swaps": extra["swaps"]}
            if set_name == "real_local" and touched:
                for part, keep in (("touched", True), ("untouched", False)):
                    index = [i for i, e in enumerate(examples) if (url[e.group] in touched) == keep]
                    subset = [examples[i] for i in index]
                    chosen = [predicted[i] for i in index]
                    row[f"real_{part}"] = (metrics([e.label for e in subset], chosen)
                                           | {k: v for k, v in real_style(subset, chosen).items() if k != "by_company"}
                                           | article_direction(args.real, subset,
                                                               [rows[i][2] - rows[i][0] for i in index]))
        if "checklist" in model:
            row["checklist"] = {k: v["failure_rate"] for k, v in model["checklist"].items()}
        table[name] = row
        print(name, "  ".join(f"{s}={v['macro_f1']:.3f}" for s, v in row.items() if isinstance(v, dict) and "macro_f1" in v))
    if args.out:
        args.out.write_text(json.dumps(table, indent=2) + "\n")
    if args.finentity_cv:
        finentity_cv(scored, args.finentity_cv, args.data)


def finentity_cv(scored: dict[str, Any], recipe: str, data: Path) -> None:
    """bench/results/finentity_cv.json from one recipe's five fold models (its seed-0 model is fold 0)."""
    from bench.stance_eval import vader

    names = [f"{recipe}0"] + [f"fold{'' if recipe == 'A' else recipe}{k}" for k in range(1, 5)]
    gold: list[str] = []
    predicted: list[str] = []
    folds = {}
    for fold, name in enumerate(names):
        model = scored[name]
        if int(model["meta"].get("finentity_fold", 0)) != fold:
            raise SystemExit(f"{name}: trained with FinEntity fold {model['meta'].get('finentity_fold')} kept out, not {fold}")
        examples = evaluation_sets(data, fold, None, False)["finentity_held_out_fold"]
        labels = [label(r) for r in model["sets"]["finentity_held_out_fold"]]
        folds[str(fold)] = {"model_version": model["meta"]["version"], "trained_on": model["meta"].get("device", "cpu"),
                            **metrics([e.label for e in examples], labels)}
        gold += [e.label for e in examples]
        predicted += labels
    every = load_finentity(data / "finentity" / "FinEntity.json")
    result = {"folds": folds, "pooled": metrics(gold, predicted),
              "vader": metrics([e.label for e in every], vader(every)),
              "note": f"recipe {recipe} of bench/stance_gpu.py, folds trained side by side on one GPU over the fp16 copy "
                      "of the base model; VADER computed here"}
    out = ROOT / "bench" / "results" / "finentity_cv.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"FinEntity 5-fold CV, recipe {recipe}: accuracy {result['pooled']['accuracy']:.3f} "
          f"(folds {min(f['accuracy'] for f in folds.values()):.3f}-{max(f['accuracy'] for f in folds.values()):.3f}); "
          f"wrote {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("train")
    run.add_argument("--base", type=Path, required=True)
    run.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    run.add_argument("--out", type=Path, required=True)
    run.add_argument("--real", type=Path)
    run.add_argument("--models", type=Path, default=Path("/tmp/aipulse-stance-gpu"))
    run.add_argument("--deadline", type=float, default=360)
    run.add_argument("--epochs", type=int, default=3)
    run.add_argument("--limit", type=int, help="Passed to train_stance.py: a quick check of this script.")
    run.add_argument("--only", help="Comma-separated job names (default: all of JOBS).")
    summary = sub.add_parser("report")
    summary.add_argument("scores", type=Path, nargs="+")
    summary.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    summary.add_argument("--real", type=Path)
    summary.add_argument("--real-touched", type=Path)
    summary.add_argument("--out", type=Path)
    summary.add_argument("--finentity-cv", metavar="RECIPE", help="Also write bench/results/finentity_cv.json from "
                                                                  "this recipe's fold models (A or B).")
    args = parser.parse_args()
    train(args) if args.command == "train" else summarise(args)


if __name__ == "__main__":
    main()
