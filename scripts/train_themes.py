"""Train the theme head onto the stance artefact (index/models/stance/themes.safetensors) from our theme sets.

    .venv/bin/python scripts/train_themes.py [--artefact DIR] [--folds 5]

Reads every datasets/themes/train_*.jsonl (never test*.jsonl), computes what the head reads for each mention (the
stance model's target-marked features and the mean of the sentence's token embeddings: the stance weights stay as
they are), chooses the L2 strength by grouped cross-validation over sentences, then fits a class-balanced linear
softmax on all of it. A minute or two on a 2-core CPU. The artefact's version changes, so stores score again.
"""

from __future__ import annotations

import argparse
import sys
import time
import zlib
from pathlib import Path

import torch
import torch.nn.functional as F

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.stance_model import ARTEFACT_DIR, StanceModel, ThemeHead, save_theme_head  # noqa: E402
from pipeline.themes import THEME_NAMES, ThemeExample, load_theme_set, theme_scores  # noqa: E402

STRENGTHS = (1e-3, 1e-2, 3e-2, 0.1, 0.3)


def training_files() -> list[Path]:
    return sorted((ROOT / "datasets" / "themes").glob("train_*.jsonl"))


def fit(inputs: torch.Tensor, labels: torch.Tensor, strength: float, width: int, steps: int = 300) -> ThemeHead:
    """A linear softmax on standardised inputs, class-balanced, L2 `strength`; the standardisation is folded into
    the returned head's weights."""
    torch.manual_seed(0)
    mean, scale = inputs.mean(0), inputs.std(0).clamp(min=1e-4)
    standard = (inputs - mean) / scale
    counts = torch.bincount(labels, minlength=len(THEME_NAMES)).float().clamp(min=1)
    weights = counts.sum() / (len(THEME_NAMES) * counts)
    linear = torch.nn.Linear(inputs.shape[1], len(THEME_NAMES))
    optimizer = torch.optim.LBFGS(linear.parameters(), lr=0.5, max_iter=steps, history_size=20,
                                  line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        optimizer.zero_grad()
        loss = F.cross_entropy(linear(standard), labels, weight=weights) + strength * linear.weight.pow(2).sum()
        loss.backward()
        return loss

    optimizer.step(closure)
    head = ThemeHead(width)
    with torch.no_grad():
        head.linear.weight.copy_(linear.weight / scale)
        head.linear.bias.copy_(linear.bias - (linear.weight * (mean / scale)).sum(1))
    return head.eval()


def predict(head: ThemeHead, inputs: torch.Tensor, width: int) -> list[str]:
    with torch.no_grad():
        logits = head(inputs[:, : 3 * width], inputs[:, 3 * width:])
    return [THEME_NAMES[int(i)] for i in logits.argmax(1)]


def cross_validate(examples: list[ThemeExample], inputs: torch.Tensor, labels: torch.Tensor, width: int,
                   folds: int) -> dict[float, dict]:
    """Grouped k-fold (a sentence's mentions stay together) for each L2 strength."""
    fold_of = torch.tensor([zlib.crc32(e.group.encode()) % folds for e in examples])
    results = {}
    for strength in STRENGTHS:
        predicted: list[str] = [""] * len(examples)
        for fold in range(folds):
            train, held = (fold_of != fold).nonzero().flatten(), (fold_of == fold).nonzero().flatten()
            head = fit(inputs[train], labels[train], strength, width)
            for i, theme in zip(held.tolist(), predict(head, inputs[held], width), strict=True):
                predicted[i] = theme
        results[strength] = theme_scores(examples, predicted)
        print(f"L2 {strength:g}: cross-validated macro-F1 {results[strength]['macro_f1']:.3f}, "
              f"accuracy {results[strength]['accuracy']:.3f}", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--artefact", type=Path, default=ARTEFACT_DIR)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    model = StanceModel(artefact_dir=args.artefact, precision="fp32")
    width = int(model.base.config.hidden_size)
    examples = [e for path in training_files() for e in load_theme_set(path)]
    inputs = model.theme_inputs([(e.text, e.start, e.end) for e in examples])
    labels = torch.tensor([THEME_NAMES.index(e.theme) for e in examples])
    print(f"{len(examples)} mentions from {len(training_files())} files; inputs in {time.perf_counter() - started:.0f} s",
          flush=True)
    results = cross_validate(examples, inputs, labels, width, args.folds)
    strength = max(STRENGTHS, key=lambda s: (results[s]["macro_f1"], s))
    head = fit(inputs, labels, strength, width)
    meta = save_theme_head(head, args.artefact, {
        "trained_on": [p.name for p in training_files()], "mentions": len(examples),
        "inputs": "stance features (cls, mean, target_mean) and the mean of the sentence's token embeddings",
        "l2": strength, "cross_validated": {"folds": args.folds, "macro_f1": results[strength]["macro_f1"],
                                            "accuracy": results[strength]["accuracy"]},
        "train_seconds": round(time.perf_counter() - started),
    })
    print(f"wrote {args.artefact} version {meta['version']} (stance weights {meta['stance_weights']}), L2 {strength:g}")


if __name__ == "__main__":
    main()
