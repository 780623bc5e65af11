"""FinEntity, 5-fold cross-validated: one stance model per fold, each scored on the fold it never saw.

    .venv/bin/python bench/finentity_cv.py [--data ../shared/data] [--models /tmp/aipulse-cv]
                                           [--base MODEL_DIR] [--retrain-fold0]

Fold 0 is the shipped model (index/models/stance/ keeps FinEntity fold 0 out), or with --retrain-fold0 one
trained like the others. Folds 1-4 are trained with scripts/train_stance.py --finentity-fold K into
--models/foldK unless already there: about 40 minutes each on a 2-core CPU (about 3 hours in all), a
minute or two on a CUDA GPU. --base trains and scores over another copy of the base model (the fp16
copy of scripts/export_fp16_model.py, to carry to a GPU machine; the shipped model needs the packaged
one). Writes bench/results/finentity_cv.json with each fold's figures and the pooled accuracy and
macro-F1 over all FinEntity targets, VADER alongside where vaderSentiment is installed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.stance_eval import metrics, vader  # noqa: E402
from pipeline.stance import to_stance  # noqa: E402
from pipeline.stance_sets import load_finentity  # noqa: E402
from scripts.train_stance import finentity_held_out  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--models", type=Path, default=Path("/tmp/aipulse-cv"))
    parser.add_argument("--base", default="all-MiniLM-L6-v2")
    parser.add_argument("--retrain-fold0", action="store_true")
    args = parser.parse_args()
    from index.stance_model import ARTEFACT_DIR, StanceModel

    examples = load_finentity(args.data / "finentity" / "FinEntity.json")
    gold: list[str] = []
    predicted: list[str] = []
    folds = {}
    for fold in range(5):
        artefact = ARTEFACT_DIR if fold == 0 and not args.retrain_fold0 else args.models / f"fold{fold}"
        if not (artefact / "stance.json").exists():
            subprocess.run([sys.executable, str(ROOT / "scripts" / "train_stance.py"), "--data", str(args.data),
                            "--finentity-fold", str(fold), "--out", str(artefact), "--base", args.base], check=True)
        model = StanceModel(args.base, artefact_dir=artefact)
        if model.meta.get("finentity_fold", 0) != fold:
            raise SystemExit(f"{artefact}: trained with FinEntity fold {model.meta.get('finentity_fold', 0)} "
                             f"kept out, not fold {fold}")
        held = [e for e in examples if finentity_held_out(e, fold)]
        labels = [s.label for s in to_stance(model.probabilities([(e.text, e.start, e.end) for e in held]))]
        folds[fold] = {"model_version": model.version, "trained_on": model.meta.get("device", "cpu"),
                       **metrics([e.label for e in held], labels)}
        gold += [e.label for e in held]
        predicted += labels
        print(f"fold {fold}: n={folds[fold]['n']} acc {folds[fold]['accuracy']:.3f} F1 {folds[fold]['macro_f1']:.3f}",
              flush=True)
    pooled = metrics(gold, predicted)
    try:
        baseline = metrics([e.label for e in examples], vader(examples))
    except ImportError:  # a GPU machine without vaderSentiment: bench/stance_eval.py has VADER on FinEntity
        baseline = {}
    print(f"pooled: n={pooled['n']} acc {pooled['accuracy']:.3f} F1 {pooled['macro_f1']:.3f} (VADER "
          + (f"{baseline['accuracy']:.3f} / {baseline['macro_f1']:.3f})" if baseline else "not installed)"))
    out = ROOT / "bench" / "results" / "finentity_cv.json"
    out.write_text(json.dumps({"folds": folds, "pooled": pooled, "vader": baseline}, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
