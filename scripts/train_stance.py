"""Rebuild the stance artefact (index/models/stance/) from the public sets and our AI-news training split.

    .venv/bin/python scripts/train_stance.py [--data ../shared/data] [--top-layers 6] [--epochs 3]
                                             [--base MODEL_DIR] [--device auto|cpu|cuda]

Trains on NewsMTSC train, SEntFiN and FinEntity (each but a held-out fifth, whole headlines or
sequences, see `sentfin_held_out`), and every datasets/ainews file but the test*.jsonl splits (repeated: it is
small and in our domain). The packaged MiniLM's token embeddings (and any layers below --top-layers) stay
frozen, so their states are computed once; the transformer layers, the target vector and the head learn.
About 40 minutes on a 2-core CPU with the default six layers; a CUDA device, when there is one, takes
a minute or two (bench/finentity_cv.py uses that for its five folds).
With --pair the target's words follow the sentence as a second segment, so every layer knows the target.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import torch
import torch.nn.functional as F

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.minilm import DEFAULT_MODEL, model_path  # noqa: E402
from index.stance_model import ARTEFACT_DIR, StanceHead, save_artefact, target_mask, trunk_states  # noqa: E402
from pipeline.config import Entity  # noqa: E402
from pipeline.defaults import DEFAULT_ENTITIES  # noqa: E402
from pipeline.entities import MentionFinder  # noqa: E402
from pipeline.stance import LABELS, normalise  # noqa: E402
from pipeline.stance_sets import Example, load_ainews, load_finentity, load_newsmtsc, load_sentfin  # noqa: E402


def sentfin_held_out(example: Example) -> bool:
    """One fifth of SEntFiN headlines, whole headlines, kept out of training for evaluation."""
    return zlib.crc32(example.group.encode()) % 5 == 0


def finentity_held_out(example: Example, fold: int = 0) -> bool:
    """One fold of five FinEntity sequences (whole sequences), kept out of training for evaluation."""
    return zlib.crc32(example.group.encode()) % 5 == fold


def training_examples(data: Path, ainews_repeats: int, finentity_fold: int = 0, augment: bool = True,
                      ainews_files: Sequence[Path] | None = None) -> list[Example]:
    """Every training example, laid out as scoring sees it (pipeline.stance.normalise); our AI-news sentences
    (`ainews_files`, by default every training file) with their counterfactual twins (`augment`) and repeated."""
    files = ainews_training_files() if ainews_files is None else ainews_files
    ainews = [e for path in files for e in load_ainews(path)]
    if augment:
        ainews += mirrored(ainews) + substituted(ainews)
    return [normalised(e) for e in (
        load_newsmtsc(data / "newsmtsc" / "train.jsonl")
        + [e for e in load_sentfin(data / "sentfin" / "SEntFiN.csv") if not sentfin_held_out(e)]
        + [e for e in load_finentity(data / "finentity" / "FinEntity.json")
           if not finentity_held_out(e, finentity_fold)]
        + ainews * ainews_repeats
    )]


def normalised(example: Example) -> Example:
    text, start, end = normalise(example.text, example.start, example.end)
    return replace(example, text=text, start=start, end=end)


def mirrored(examples: list[Example]) -> list[Example]:
    """Comparison sentences with their two companies swapped: "Llama trails GPT-5" (Meta skeptical, OpenAI
    optimistic) also as "GPT-5 trails Llama" (OpenAI skeptical, Meta optimistic): the label stays with the role."""
    by_sentence: dict[str, list[Example]] = {}
    for example in examples:
        by_sentence.setdefault(example.group, []).append(example)
    twins = []
    for group, targets in by_sentence.items():
        if len(targets) != 2 or {t.label for t in targets} != {"skeptical", "optimistic"}:
            continue
        first, second = sorted(targets, key=lambda t: t.start)
        named = Counter(entity for entity, *_ in _FINDER.spans(first.text))
        if first.end > second.start or named[first.entity] != 1 or named[second.entity] != 1:
            continue  # a company named twice ("GPT-5 … OpenAI's lead") would contradict its twin
        text = first.text
        a, b = text[first.start:first.end], text[second.start:second.end]
        swapped = text[:first.start] + b + text[first.end:second.start] + a + text[second.end:]
        shift = len(b) - len(a)
        twins.append(replace(first, text=swapped, end=first.start + len(b), entity=second.entity, group=group + "~m"))
        twins.append(replace(second, text=swapped, start=second.start + shift, end=second.start + shift + len(a),
                             entity=first.entity, group=group + "~m"))
    return twins


_COMPANIES = ("Meta", "OpenAI", "Google", "Anthropic", "Microsoft", "Amazon", "Nvidia", "Apple", "Mistral", "xAI")
_FINDER = MentionFinder(Entity(name, tuple(aliases)) for name, aliases in DEFAULT_ENTITIES.items())


def substituted(examples: list[Example]) -> list[Example]:
    """Sentences about one company named by its company name, with another company in its place: the label
    belongs to the role the sentence gives it, not to the name (seeded, one twin per sentence)."""
    rng = random.Random(17)
    by_sentence: dict[str, list[Example]] = {}
    for example in examples:
        by_sentence.setdefault(example.group, []).append(example)
    twins = []
    for group, targets in sorted(by_sentence.items()):
        if len(targets) != 1 or targets[0].text[targets[0].start:targets[0].end] not in _COMPANIES:
            continue
        if len({entity for entity, *_ in _FINDER.spans(targets[0].text)}) != 1:
            continue  # other companies in the sentence: a substitute might meet itself
        target = targets[0]
        other = rng.choice([name for name in _COMPANIES if name != target.entity and name not in target.text])
        text = target.text[:target.start] + other + target.text[target.end:]
        twins.append(replace(target, text=text, end=target.start + len(other), entity=other, group=group + "~s"))
    return twins


def ainews_training_files() -> list[Path]:
    """Every file of our AI-news set but the test splits (test*.jsonl)."""
    return sorted(p for p in (ROOT / "datasets" / "ainews").glob("*.jsonl") if not p.name.startswith("test"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ARTEFACT_DIR)
    parser.add_argument("--top-layers", type=int, default=6)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--ainews-repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--finentity-fold", type=int, default=0, choices=range(5),
                        help="The FinEntity fold kept out (bench/finentity_cv.py trains one model per fold).")
    parser.add_argument("--pair", action="store_true", help="Feed the target's words as a second segment.")
    parser.add_argument("--no-augment", dest="augment", action="store_false",
                        help="Train without the counterfactual twins of our AI-news sentences.")
    parser.add_argument("--base", default=DEFAULT_MODEL, help="The base model: the packaged MiniLM or a folder.")
    parser.add_argument("--device", default="auto", choices=("auto", "cpu", "cuda"))
    parser.add_argument("--also", type=Path, action="append", default=[],
                        help="Another AI-news training file (e.g. one of datasets/ainews/unused/); repeatable.")
    parser.add_argument("--without", action="append", default=[], metavar="NAME",
                        help="Leave out this datasets/ainews file (e.g. extra_p.jsonl); repeatable.")
    parser.add_argument("--limit", type=int, help="Train on this many examples drawn at random (a quick check of the "
                                                   "script, not a model to ship).")
    args = parser.parse_args()
    for path in args.also:
        if (ROOT / "datasets" / "ainews") not in path.resolve().parents or path.name.startswith("test"):
            raise SystemExit(f"--also {path}: only a training file under datasets/ainews/ (never a test split)")
    device = torch.device("cuda" if args.device == "cuda" or (args.device == "auto" and torch.cuda.is_available())
                          else "cpu")
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    from transformers import AutoModel, AutoTokenizer

    base_path = model_path(args.base)
    tokenizer = AutoTokenizer.from_pretrained(base_path)
    base = AutoModel.from_pretrained(base_path, use_safetensors=True).float().eval().to(device)  # fp32 from an fp16 copy too
    if unknown := set(args.without) - {p.name for p in ainews_training_files()}:
        raise SystemExit(f"--without {sorted(unknown)[0]}: not a training file of datasets/ainews/")
    files = [p for p in ainews_training_files() if p.name not in args.without] + args.also
    train = training_examples(args.data, args.ainews_repeats, args.finentity_fold, args.augment, files)
    if args.limit:
        train = random.sample(train, min(args.limit, len(train)))
    started = time.perf_counter()
    key = pair_key if args.pair else sentence_key
    trunk = compute_trunk(base, tokenizer, sorted({key(e) for e in train}, key=str), args.top_layers)
    print(f"{len(train)} examples, {len(trunk)} sentences; trunk states in {time.perf_counter() - started:.0f} s",
          flush=True)
    head = StanceHead(base, args.top_layers)
    train_head(head, train, trunk, args.epochs, key, device)
    head.cpu()
    meta = save_artefact(head, base_path, args.out, pair_input=args.pair, info={
        "trained_on": {"newsmtsc_train": True, "sentfin": "all but crc32(headline id) % 5 == 0",
                       "finentity": f"all but crc32(sequence id) % 5 == {args.finentity_fold}",
                       "ainews": [p.name for p in files], "ainews_repeats": args.ainews_repeats,
                       "augmented": "mirrored comparisons and swapped company names" if args.augment else False,
                       "normalised": "list markers, emoji and section labels removed, as at scoring"},
        "finentity_fold": args.finentity_fold, "epochs": args.epochs, "seed": args.seed, "device": device.type,
        "train_seconds": round(time.perf_counter() - started),
    })
    print(f"wrote {args.out} version {meta['version']} in {meta['train_seconds']} s")


def sentence_key(example: Example) -> tuple[str, str | None]:
    return (example.text, None)


def pair_key(example: Example) -> tuple[str, str | None]:
    return (example.text, example.text[example.start:example.end] or None)


def compute_trunk(base: torch.nn.Module, tokenizer: object, keys: list[tuple[str, str | None]],
                  top_layers: int) -> dict[tuple[str, str | None], tuple[torch.Tensor, list[tuple[int, int]]]]:
    """Frozen lower-layer states of every input, once, in length order (fp16 to halve the memory)."""
    cache = {}
    ordered = sorted(keys, key=lambda k: len(k[0]))
    for begin in range(0, len(ordered), 64):
        batch = ordered[begin:begin + 64]
        for key, (states, offsets) in zip(batch, trunk_states(base, tokenizer, batch, top_layers), strict=True):
            cache[key] = (states.to(torch.float16).cpu().clone(), offsets)
    return cache


def batch_tensors(examples: list[Example], trunk: dict, key: Callable[[Example], tuple[str, str | None]]
                  ) -> tuple[torch.Tensor, ...]:
    width = max(trunk[key(e)][0].shape[0] for e in examples)
    hidden = torch.zeros(len(examples), width, trunk[key(examples[0])][0].shape[1])
    mask = torch.zeros(len(examples), width, dtype=torch.long)
    marks = torch.zeros(len(examples), width)
    for row, example in enumerate(examples):
        states, offsets = trunk[key(example)]
        hidden[row, : states.shape[0]] = states.float()
        mask[row, : states.shape[0]] = 1
        marks[row, target_mask(offsets, example.start, example.end)] = 1.0
    labels = torch.tensor([LABELS.index(e.label) for e in examples])
    return hidden, mask, marks, labels


def train_head(head: StanceHead, train: list[Example], trunk: dict, epochs: int,
               key: Callable[[Example], tuple[str, str | None]], device: torch.device, batch_size: int = 32) -> None:
    head.to(device)
    groups = [
        {"params": [p for n, p in head.named_parameters() if n.startswith("layers")], "lr": 4e-5},
        {"params": [head.target, *head.head.parameters()], "lr": 1e-3},
    ]
    optimizer = torch.optim.AdamW(groups, weight_decay=0.01)
    steps = epochs * math.ceil(len(train) / batch_size)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min(1.0, step / (0.06 * steps)) * max(0.0, (steps - step) / steps))
    head.train()
    started = time.perf_counter()
    for epoch in range(epochs):
        # batches of similar length (little padding), in random order
        order = sorted(range(len(train)), key=lambda i: len(train[i].text) + random.random() * 20)
        batches = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
        random.shuffle(batches)
        total = 0.0
        for batch in batches:
            hidden, mask, marks, labels = (t.to(device) for t in batch_tensors([train[i] for i in batch], trunk, key))
            loss = F.cross_entropy(head(hidden, mask, marks), labels, label_smoothing=0.05)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(head.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            total += loss.item()
        print(f"epoch {epoch + 1}/{epochs}: loss {total / len(batches):.3f}, {time.perf_counter() - started:.0f} s",
              flush=True)
    head.eval()


if __name__ == "__main__":
    main()
