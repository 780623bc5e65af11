"""Stance quality: the project's model, the previous commit's model and VADER, same run, same sets; writes
bench/results/stance.json.

    .venv/bin/python bench/stance_eval.py [--data ../shared/data] [--previous REV]

Sets: NewsMTSC devtest_rw and devtest_mt; the held-out fifth of SEntFiN headlines (whole headlines);
the held-out fifth of FinEntity sequences (the fold of a 5-fold split that the model never saw;
bench/finentity_cv.py trains the other four and reports all five); our AI-news test split
(test.jsonl) and the blind one (test_b.jsonl, written without reading any other file of the set); the real-style
blind split (datasets/ainews_realstyle/test_real.jsonl: written in the style of published coverage by a writer
who read none of the training data) and its development set (dev.jsonl, by another such writer: models and the
logit bias are chosen on it, so it is not blind), with neutral recall, swaps (a skeptical mention scored optimistic or the
reverse, over all skeptical and optimistic ones) and per company; and the behavioural cases
(datasets/checklist/cases.jsonl), failure rates per capability. The blind files' sha256 go into the results.
"disagree" = sentences whose targets carry different labels.
With --real FILE, also a local set of real published sentences labelled by hand (the ainews format plus a
"url" per sentence; third-party text, so it stays out of the repository and only its figures and sha256 are
written): the same figures, plus article-level direction (the sign of the mean score of a company's mentions
in an article against the sign of the mean hand label, over the pairs where that is not zero). With
--real-touched URLS (a JSON list of that file's article URLs whose sentences guided the writing of training
data), the same figures again over the other articles alone, as "untouched". With --second-labels FILE (JSON lines
{"sid", "entity", "label"}: one --real file, found by its sentence ids, labelled again by someone who saw neither its
labels nor any model output, by the same written rules), how far the two labellers agree, and the model's figures over
the mentions they agree on: how much of the model's gap is the labels' own uncertainty.
With --candidate (and --artefact DIR), a model being compared with others is scored on everything but the
real-style blind split, which is scored once, for the model chosen on the development set.
VADER scores the whole sentence (compound ≥ 0.05 optimistic, ≤ -0.05 skeptical), as usual.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.models import Stance  # noqa: E402
from pipeline.stance import to_stance  # noqa: E402
from pipeline.stance_checks import load_cases, run_checks  # noqa: E402
from pipeline.stance_sets import (  # noqa: E402
    Example,
    calibration_error,
    disagreeing_groups,
    load_ainews,
    load_finentity,
    load_newsmtsc,
    load_sentfin,
    macro_f1,
    near_any,
    swap_rate,
)
from scripts.train_stance import finentity_held_out, sentfin_held_out  # noqa: E402

REALSTYLE = ROOT / "datasets" / "ainews_realstyle" / "test_real.jsonl"
DEV = ROOT / "datasets" / "ainews_realstyle" / "dev.jsonl"  # the development set the logit bias is chosen on
DEV_TOUCHED = ROOT / "datasets" / "ainews_realstyle" / "dev_touched.json"  # its sentences that guided training data
CHECKLIST = ROOT / "datasets" / "checklist" / "cases.jsonl"
BLIND = [ROOT / "datasets" / "ainews" / "test.jsonl", ROOT / "datasets" / "ainews" / "test_b.jsonl", REALSTYLE, CHECKLIST]


def metrics(gold: list[str], predicted: list[str]) -> dict[str, float]:
    accuracy = sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold)
    return {"n": len(gold), "accuracy": round(accuracy, 4), "macro_f1": round(macro_f1(gold, predicted), 4)}


def report(examples: list[Example], predicted: list[str]) -> dict[str, dict[str, float]]:
    disagree = disagreeing_groups(examples)
    subset = [i for i, e in enumerate(examples) if e.group in disagree]
    result = {"all": metrics([e.label for e in examples], predicted)}
    if subset:
        result["disagree"] = metrics([examples[i].label for i in subset], [predicted[i] for i in subset])
    return result


def real_style(examples: list[Example], predicted: list[str]) -> dict[str, Any]:
    """What the real-style split asks for beyond F1: neutral recall, swaps, each company's F1, and F1 over the
    sentences that name several companies and over those that name one."""
    gold = [e.label for e in examples]
    neutral = [p for g, p in zip(gold, predicted, strict=True) if g == "neutral"]
    by_company: dict[str, list[int]] = {}
    for index, example in enumerate(examples):
        by_company.setdefault(example.entity, []).append(index)
    targets = Counter(e.group for e in examples)
    several = [i for i, e in enumerate(examples) if targets[e.group] > 1]
    one = [i for i, e in enumerate(examples) if targets[e.group] == 1]

    def over(rows: list[int]) -> dict[str, float] | None:
        return metrics([gold[i] for i in rows], [predicted[i] for i in rows]) if rows else None

    return {
        "neutral_recall": round(neutral.count("neutral") / len(neutral), 4),
        "several_companies": over(several),
        "one_company": over(one),
        "swaps": round(swap_rate(gold, predicted), 4),
        "by_company": {company: over(rows) for company, rows in sorted(by_company.items())},
    }


def previous_artefact(revision: str, folder: Path) -> Path | None:
    """The stance artefact as it was at `revision` (git), written to `folder`; None outside a git checkout."""
    for place in ("index/models/stance", "models/stance"):  # where it lived before and after it became package data
        try:
            for name in ("stance.json", "stance.safetensors"):
                data = subprocess.run(["git", "show", f"{revision}:{place}/{name}"], cwd=ROOT, capture_output=True,
                                      check=True).stdout
                (folder / name).write_bytes(data)
            return folder
        except (subprocess.CalledProcessError, FileNotFoundError):
            continue
    return None


def article_urls(path: Path) -> dict[str, str]:
    """Each sentence id of a local real file and the article it comes from (itself when the file names none)."""
    return {row["sid"]: row.get("url", row["sid"]) for row in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def article_direction(url: dict[str, str], examples: list[Example], scores: list[float]) -> dict[str, Any]:
    """Per (article, company): does the sign of the mean score agree with the sign of the mean hand label?"""
    value = {"skeptical": -1.0, "neutral": 0.0, "optimistic": 1.0}
    pairs: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for example, score in zip(examples, scores, strict=True):
        pairs.setdefault((url[example.group], example.entity), []).append((value[example.label], score))
    judged = [(sum(g for g, _ in rows) / len(rows), sum(s for _, s in rows) / len(rows))
              for rows in pairs.values() if sum(g for g, _ in rows)]
    right = sum((g > 0) == (s > 0) and s != 0 for g, s in judged)
    return {"articles": len({article for article, _ in pairs}), "pairs": len(judged),
            "direction_accuracy": round(right / len(judged), 4) if judged else None}


def untouched(url: dict[str, str], touched: Path, examples: list[Example], stances: list[Stance],
              before: list[Stance] | None) -> dict[str, Any]:
    """The figures again over the articles whose sentences never guided the writing of training data."""
    guided = set(json.loads(touched.read_text(encoding="utf-8")))
    rows = [i for i, e in enumerate(examples) if url[e.group] not in guided]
    subset = [examples[i] for i in rows]
    result: dict[str, Any] = {"articles": len({url[e.group] for e in subset}), "touched_sha256": sha256(touched)}
    for name, scored in (("aipulse", stances), ("previous", before)):
        if scored is not None:
            predicted = [scored[i].label for i in rows]
            result[name] = (report(subset, predicted) | real_style(subset, predicted)
                            | article_direction(url, subset, [scored[i].score for i in rows]))
    return result


def second_labels(path: Path) -> dict[tuple[str, str], str]:
    """A second labeller's labels by (sentence id, company)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {(row["sid"], row["entity"]): row["label"] for row in rows}


def second_labeller(path: Path, second: dict[tuple[str, str], str], examples: list[Example],
                    predicted: list[str]) -> dict[str, Any]:
    """Agreement of a second labeller (`second`, read from `path`) with the first (accuracy, Cohen's kappa, macro-F1 and
    swaps of the second against the first), and the model against the first labels over the mentions both agree on."""
    if missing := [e for e in examples if (e.group, e.entity) not in second]:
        raise SystemExit(f"--second-labels {path}: no label for {missing[0].group} {missing[0].entity}")
    first = [e.label for e in examples]
    again = [second[(e.group, e.entity)] for e in examples]
    observed = sum(a == b for a, b in zip(first, again, strict=True)) / len(first)
    chance = sum(first.count(label) * again.count(label) for label in set(first) | set(again)) / len(first) ** 2
    agreed = [i for i, (a, b) in enumerate(zip(first, again, strict=True)) if a == b]
    kappa = round((observed - chance) / (1 - chance), 4) if chance < 1 else None  # one label throughout: undefined
    return {"n": len(first), "agreement": round(observed, 4), "kappa": kappa,
            "macro_f1": round(macro_f1(first, again), 4), "swaps": round(swap_rate(first, again), 4), "file_sha256": sha256(path),
            "model_on_agreed": metrics([first[i] for i in agreed], [predicted[i] for i in agreed])}


def part(examples: list[Example], keep: Callable[[Example], bool], predicted: list[str],
         before: list[str] | None) -> dict[str, Any]:
    """The figures again over the examples `keep` accepts, for this model and the previous one."""
    rows = [i for i, e in enumerate(examples) if keep(e)]
    subset = [examples[i] for i in rows]
    result: dict[str, Any] = {"sentences": len({e.group for e in subset})}
    for name, labels in (("aipulse", predicted), ("previous", before)):
        if labels is not None:
            chosen = [labels[i] for i in rows]
            result[name] = report(subset, chosen) | real_style(subset, chosen)
    return result


def dev_untouched(examples: list[Example], predicted: list[str], before: list[str] | None) -> dict[str, Any]:
    """The development set over the sentences that never guided the writing of training data (the others were quoted
    or paraphrased in a writer's brief, so a model trained on that data is flattered there)."""
    touched = set(json.loads(DEV_TOUCHED.read_text(encoding="utf-8")))
    return part(examples, lambda e: e.group not in touched, predicted, before) | {"touched_sha256": sha256(DEV_TOUCHED)}


def trained_texts(meta: dict[str, Any]) -> list[str]:
    """The AI-news sentences the model was trained on, by the file names its artefact records."""
    folder = ROOT / "datasets" / "ainews"
    names = meta.get("trained_on", {}).get("ainews") or []
    paths = [folder / name if (folder / name).is_file() else folder / "unused" / name for name in names]
    return [e.text for path in paths if path.is_file() for e in load_ainews(path)]


def far_from_training(examples: list[Example], predicted: list[str], before: list[str] | None,
                      trained: list[str]) -> dict[str, Any]:
    """A set over the sentences that come close to none the model was trained on (pipeline.stance_sets.near_any:
    writers who read the same kind of coverage sometimes write much the same sentence)."""
    near = near_any(sorted({e.text for e in examples}), trained)
    return (part(examples, lambda e: e.text not in near, predicted, before)
            | {"near_sentences": len({e.group for e in examples if e.text in near})})


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


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
    parser.add_argument("--candidate", action="store_true",
                        help="Comparing candidate models: leave the blind real-style split out (it is scored once, for "
                             "the model chosen on the development set) and write nothing unless --out is given.")
    parser.add_argument("--previous", default="HEAD~1",
                        help="The git revision whose model is measured in the same run (default HEAD~1; '' for none).")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--real", type=Path, action="append", default=[],
                        help="A local file of real published sentences labelled by hand (kept out of the repository); "
                             "only its figures are written. Repeat it for more files: real_local, real_local_2, ...")
    parser.add_argument("--real-touched", type=Path,
                        help="A JSON list of the first --real file's article URLs whose sentences guided the writing of "
                             "training data: the other articles are reported again on their own, as 'untouched'.")
    parser.add_argument("--second-labels", type=Path,
                        help="One --real file labelled again by a second labeller (JSON lines sid, entity, label).")
    args = parser.parse_args()
    if args.out is None and not args.candidate:
        args.out = ROOT / "bench" / "results" / "stance.json"
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
        "ainews_realstyle": load_ainews(REALSTYLE),
        "ainews_realstyle_dev": load_ainews(DEV),
    }
    if args.candidate:
        del sets["ainews_realstyle"]
    real_files = {("real_local" if number == 1 else f"real_local_{number}"): path
                  for number, path in enumerate(args.real, start=1)}
    for name, path in real_files.items():
        sets[name] = load_ainews(path)
    second = second_labels(args.second_labels) if args.second_labels else {}
    relabelled = {sid for sid, _ in second}
    if second and not any(examples[0].group in relabelled for examples in (sets[name] for name in real_files)):
        raise SystemExit(f"--second-labels {args.second_labels}: its sentence ids match no --real file")
    sets["ainews_test_both"] = sets["ainews_test"] + sets["ainews_test_b"]  # every held-out target of our set
    results: dict[str, Any] = {"model_version": model.version, "precision": model.precision,
                               "blind_sets": {str(path.relative_to(ROOT)): sha256(path) for path in BLIND}}
    trained = trained_texts(model.meta)
    with tempfile.TemporaryDirectory() as folder:
        artefact = previous_artefact(args.previous, Path(folder)) if args.previous else None
        previous = StanceModel(artefact_dir=artefact, precision=model.precision) if artefact else None
        if previous is not None and previous.version == model.version:
            previous = None  # the previous commit shipped the same model: nothing to compare
        results["previous_model_version"] = previous.version if previous else None
        for name, examples in sets.items():
            started = time.perf_counter()
            probabilities = model.probabilities([(e.text, e.start, e.end) for e in examples])
            stances = to_stance(probabilities)
            predicted = [s.label for s in stances]
            seconds = time.perf_counter() - started
            entry: dict[str, Any] = {"aipulse": report(examples, predicted), "vader": report(examples, vader(examples)),
                                     "targets_per_s": round(len(examples) / seconds, 1)}
            before_stances: list[Stance] | None = None
            before: list[str] | None = None
            if previous is not None:
                before_probabilities = previous.probabilities([(e.text, e.start, e.end) for e in examples])
                before_stances = to_stance(before_probabilities)
                before = [s.label for s in before_stances]
                entry["previous"] = report(examples, before)
            if name in ("ainews_realstyle", "ainews_realstyle_dev") or name in real_files:
                gold = [e.label for e in examples]
                entry["aipulse"] |= real_style(examples, predicted)
                entry["aipulse"]["calibration_error"] = round(calibration_error(gold, probabilities.tolist()), 4)
                if before is not None:
                    entry["previous"] |= real_style(examples, before)
                    entry["previous"]["calibration_error"] = round(calibration_error(gold, before_probabilities.tolist()), 4)
            if name in ("ainews_realstyle", "ainews_test", "ainews_test_b"):
                entry["far_from_training"] = far_from_training(examples, predicted, before, trained)
            if name == "ainews_realstyle_dev":
                entry["untouched"] = dev_untouched(examples, predicted, before)
            if name in real_files:
                path = real_files[name]
                urls = article_urls(path)
                entry["aipulse"] |= article_direction(urls, examples, [s.score for s in stances])
                entry["file_sha256"] = sha256(path)
                if before_stances is not None:
                    entry["previous"] |= article_direction(urls, examples, [s.score for s in before_stances])
                if args.real_touched and name == "real_local":
                    entry["untouched"] = untouched(urls, args.real_touched, examples, stances, before_stances)
                if examples[0].group in relabelled:
                    entry["second_labeller"] = second_labeller(args.second_labels, second, examples, predicted)
            results[name] = entry
            line = "  ".join(f"{part}: acc {entry['aipulse'][part]['accuracy']:.3f} F1 {entry['aipulse'][part]['macro_f1']:.3f} "
                             f"(VADER {entry['vader'][part]['accuracy']:.3f} / {entry['vader'][part]['macro_f1']:.3f}"
                             + (f"; previous {entry['previous'][part]['macro_f1']:.3f}" if previous else "") + ")"
                             for part in ("all", "disagree") if part in entry["aipulse"])
            print(f"{name:<26} n={len(examples):<6} {line}", flush=True)
        cases = load_cases(CHECKLIST)
        results["checklist"] = {"aipulse": run_checks(cases, model)}
        if previous is not None:
            results["checklist"]["previous"] = run_checks(cases, previous)
    for name in ("ainews_realstyle", "ainews_realstyle_dev", *real_files):
        if name in results:
            real = results[name]["aipulse"]
            print(f"{name}: neutral recall {real['neutral_recall']:.3f}, swaps {real['swaps']:.3f}, "
                  f"calibration error {real['calibration_error']:.3f}"
                  + (f", article direction {real['direction_accuracy']} over {real['pairs']} pairs" if "pairs" in real else ""))
            if agreement := results[name].get("second_labeller"):
                print(f"{name}: a second labeller agrees on {agreement['agreement']:.3f} (kappa {agreement['kappa']}, "
                      f"swaps {agreement['swaps']:.3f}); over the {agreement['model_on_agreed']['n']} mentions both agree "
                      f"on, the model's macro-F1 is {agreement['model_on_agreed']['macro_f1']:.3f}")
    for name in ("ainews_realstyle", "ainews_test", "ainews_test_b"):
        if name in results:
            far = results[name]["far_from_training"]
            print(f"{name}, {far['sentences']} sentences close to no training sentence ({far['near_sentences']} are): "
                  f"macro-F1 {far['aipulse']['all']['macro_f1']:.3f}"
                  + (f" (previous {far['previous']['all']['macro_f1']:.3f})" if "previous" in far else ""))
    if "ainews_realstyle_dev" in results:
        clean = results["ainews_realstyle_dev"]["untouched"]
        print(f"ainews_realstyle_dev, {clean['sentences']} sentences that never guided training data: macro-F1 "
              f"{clean['aipulse']['all']['macro_f1']:.3f}, swaps {clean['aipulse']['swaps']:.3f}"
              + (f" (previous {clean['previous']['all']['macro_f1']:.3f}, swaps {clean['previous']['swaps']:.3f})"
                 if "previous" in clean else ""))
    for capability, entry in results["checklist"]["aipulse"].items():
        earlier = results["checklist"].get("previous", {}).get(capability)
        print(f"  {entry['test']} {capability:<22} failure rate {entry['failure_rate']:.3f} of {entry['cases']}"
              + (f" (previous {earlier['failure_rate']:.3f})" if earlier else ""))
    if args.out is not None:
        args.out.write_text(json.dumps(results, indent=2) + "\n")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
