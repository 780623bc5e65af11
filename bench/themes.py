"""Theme quality: the trained theme head against a zero-shot baseline, same run, on the blind test split; writes
bench/results/themes.json.

    .venv/bin/python bench/themes.py [--real FILE [--real-touched URLS]] [--fresh FILE]

Test split: datasets/themes/test.jsonl, written by someone who wrote none of the training data, committed with
its sha256 (datasets/themes/README.md) before the head was trained; the sha256 is checked here and written into
the results. A prediction is right when it is one of the themes a reader accepts for the mention; macro-F1 over
the ten themes, each theme's precision and recall.
Zero-shot baseline: the packaged MiniLM sentence embedding of the sentence (list markers, emoji and section labels
removed, as the stance model sees it) against one prototype per theme, the normalised mean of the embeddings of its
description and three seed sentences (below; written for this benchmark); the closest prototype wins. It sees the
sentence, not the company, so it gives every company of a sentence the same theme.
Also: the same head's figures on the training data by cross-validation (from the artefact's description).
With --real FILE, also a local set of real published sentences with theme labels (the theme set's format plus a
"url" per sentence; third-party text, so it stays out of the repository and only its figures and sha256 are
written), scored as ingest scores them: each mention's themes mixed with its company's other mentions in the same
article and then with the article's other mentions (pipeline.themes.in_article_context); also without that, and by
the zero-shot baseline.
With --real-touched URLS (a JSON list of that file's article URLs whose errors were read while choosing settings or
briefing writers), the same figures again over the other articles alone, as "untouched". With --second-labels FILE
(JSON lines {"sid", "entity", "theme", "accepted"}: some of the --real file's mentions labelled again by someone who saw
neither the first labels nor any model output), how often the second reader's theme is one the first accepts, and the
head's accuracy against the second reader's themes and over the mentions the two agree on. With --previous REV, the
stance artefact of that git revision (its theme head) is scored on the same sets in the same run. With --fresh FILE
(the --real format), a second local real set labelled after every setting was chosen, so none of its articles guided
a choice: the same figures over all of it, as "fresh".
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.stance import normalise  # noqa: E402
from pipeline.themes import (  # noqa: E402
    THEME_NAMES,
    THEMES,
    ThemeExample,
    in_article_context,
    load_theme_set,
    theme_scores,
    to_themes,
)

TEST = ROOT / "datasets" / "themes" / "test.jsonl"
RESULTS = ROOT / "bench" / "results" / "themes.json"

SEEDS = {
    "models": ["The new model beats its rival on coding benchmarks.", "Its reasoning model still hallucinates on long tasks.",
               "The model's context window grew to a million tokens."],
    "products": ["The company launched a voice mode in its assistant app.", "The chatbot was down for hours on Monday.",
                 "A new feature lets users shop inside the app."],
    "open_source": ["The company released the model's weights for anyone to download.",
                    "Its licence restricts commercial use of the open model.", "Developers forked the open-weights model."],
    "business": ["Quarterly revenue rose 20% and the shares climbed.", "The startup raised money at a higher valuation.",
                 "Analysts worry the subscription price will not cover costs."],
    "infrastructure": ["The company will spend billions on new data centres.", "It ordered more GPUs to expand compute.",
                       "The data centre needs a gigawatt of power."],
    "adoption": ["Thousands of enterprises now use the assistant at work.", "The bank signed a deal to roll out the tool.",
                 "Developers are building apps on its platform."],
    "regulation": ["Regulators fined the company over privacy violations.", "Authors sued the company for copyright infringement.",
                   "The antitrust case could force changes to the business."],
    "safety": ["Researchers found the chatbot could be tricked into harmful answers.", "The company published a safety policy.",
               "A security flaw exposed users' conversations."],
    "people": ["The chief scientist left the company.", "The company hired top researchers with large pay packages.",
               "It laid off hundreds of employees."],
    "other": ["The conference drew speakers from several technology firms.", "Schools are debating how to teach with AI.",
              "The company was founded two decades ago."],
}


def recorded_sha256() -> str:
    text = (ROOT / "datasets" / "themes" / "README.md").read_text()
    found = re.search(r"test\.jsonl.*?sha256 `([0-9a-f]{64})`", text, re.S)
    if not found:
        raise SystemExit("datasets/themes/README.md records no sha256 for test.jsonl")
    return found.group(1)


def zero_shot(sentences: list[str]) -> list[str]:
    from index.encoder import batch_encoder

    encoder = batch_encoder(precision="fp32")
    prototypes = []
    for theme in THEME_NAMES:
        vectors = encoder.encode([f"{theme.replace('_', ' ')}: {THEMES[theme]}", *SEEDS[theme]])
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        mean = vectors.mean(0)
        prototypes.append(mean / np.linalg.norm(mean))
    embedded = encoder.encode(sentences)
    embedded /= np.linalg.norm(embedded, axis=1, keepdims=True)
    return [THEME_NAMES[int(i)] for i in (embedded @ np.stack(prototypes).T).argmax(1)]


def real_figures(model: object, path: Path, touched_path: Path | None, second_path: Path | None = None) -> dict:
    """The local real set, as ingest scores it (article context) and sentence by sentence, whole and untouched, and
    against a second reader's themes when there are some."""
    examples = load_theme_set(path)
    urls = {json.loads(line)["sid"]: json.loads(line)["url"] for line in path.read_text().splitlines() if line.strip()}
    _, probabilities = model.analyse([(e.text, e.start, e.end) for e in examples])  # type: ignore[attr-defined]
    in_context = in_article_context(probabilities, [urls[e.group] for e in examples], [e.entity for e in examples])
    baseline = zero_shot([normalise(e.text, e.start, e.end)[0] for e in examples])
    touched = set(json.loads(touched_path.read_text())) if touched_path else set()

    def figures(chosen: list[int]) -> dict:
        gold: list[ThemeExample] = [examples[i] for i in chosen]
        return {"articles": len({urls[e.group] for e in gold}),
                "in_article_context": theme_scores(gold, [to_themes(in_context[i:i + 1])[0][0] for i in chosen]),
                "sentence_alone": theme_scores(gold, [to_themes(probabilities[i:i + 1])[0][0] for i in chosen]),
                "zero_shot": theme_scores(gold, [baseline[i] for i in chosen])}

    out = {"file": str(path), "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
           "all": figures(list(range(len(examples))))}
    if touched:
        out["untouched"] = figures([i for i, e in enumerate(examples) if urls[e.group] not in touched])
    if second_path:
        out["second_reader"] = second_reader(examples, [theme for theme, _ in to_themes(in_context)], second_path)
    return out


def second_reader(examples: list[ThemeExample], predicted: list[str], second_path: Path) -> dict:
    """Two readers' agreement on the mentions that both labelled, and the head's themes (`predicted`, in article
    context) against each."""
    second = {(row["sid"], row["entity"]): row for row in map(json.loads, second_path.read_text().splitlines())}
    both = [i for i, e in enumerate(examples) if (e.group, e.entity) in second]
    if not both:
        raise SystemExit(f"--second-labels {second_path}: its sentence ids match no mention of the --real file")
    other = {i: second[(examples[i].group, examples[i].entity)] for i in both}
    agreed = [i for i in both if other[i]["theme"] in examples[i].accepted]

    def share(rows: list[int], right: object) -> float:
        return round(sum(map(right, rows)) / len(rows), 4)  # type: ignore[arg-type]

    return {"file": str(second_path), "mentions": len(both),
            "second_theme_accepted_by_first": share(both, lambda i: other[i]["theme"] in examples[i].accepted),
            "first_theme_accepted_by_second": share(both, lambda i: examples[i].theme in other[i]["accepted"]),
            "head_accuracy_first": share(both, lambda i: predicted[i] in examples[i].accepted),
            "head_accuracy_second": share(both, lambda i: predicted[i] in other[i]["accepted"]),
            "agreed_mentions": len(agreed),
            "head_accuracy_agreed": share(agreed, lambda i: predicted[i] in examples[i].accepted) if agreed else None}


def artefact_at(revision: str, folder: Path) -> Path:
    """The stance artefact (with its theme head) as committed at `revision`, written into `folder`."""
    for name in ("stance.json", "stance.safetensors", "themes.safetensors"):
        data = subprocess.run(["git", "show", f"{revision}:index/models/stance/{name}"], cwd=ROOT, check=True,
                              capture_output=True).stdout
        (folder / name).write_bytes(data)
    return folder


def main() -> None:
    from index.stance_model import StanceModel

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path, help="A local set of real sentences with theme labels (kept outside).")
    parser.add_argument("--real-touched", type=Path, help="JSON list of that set's article URLs that guided choices.")
    parser.add_argument("--second-labels", type=Path, help="The --real file's mentions labelled by a second reader.")
    parser.add_argument("--fresh", type=Path, help="A local real set labelled after every choice (kept outside).")
    parser.add_argument("--previous", help="A git revision whose stance artefact is scored in the same run.")
    args = parser.parse_args()
    if args.second_labels and not args.real:
        raise SystemExit("--second-labels needs --real")

    digest = hashlib.sha256(TEST.read_bytes()).hexdigest()
    if digest != recorded_sha256():
        raise SystemExit(f"{TEST} has changed since its sha256 was recorded ({digest})")
    examples = load_theme_set(TEST)
    model = StanceModel()
    if model.theme_head is None:
        raise SystemExit("the stance artefact has no theme head: run scripts/train_themes.py")
    started = time.perf_counter()
    _, probabilities = model.analyse([(e.text, e.start, e.end) for e in examples])
    seconds = time.perf_counter() - started
    assert probabilities is not None
    head = theme_scores(examples, [theme for theme, _ in to_themes(probabilities)])
    baseline = theme_scores(examples, zero_shot([normalise(e.text, e.start, e.end)[0] for e in examples]))
    result = {
        "model_version": model.version, "test": {"file": str(TEST.relative_to(ROOT)), "sha256": digest,
                                                 "sentences": len({e.group for e in examples})},
        "head": head, "zero_shot": baseline, "gain_over_zero_shot": round(head["macro_f1"] - baseline["macro_f1"], 3),
        "cross_validated_on_training": model.meta["themes"].get("cross_validated"),
        "seconds_for_stance_and_themes": round(seconds, 2), "precision": model.precision,
    }
    if args.real:
        result["real_local"] = real_figures(model, args.real, args.real_touched, args.second_labels)
    if args.fresh:
        result["real_fresh"] = real_figures(model, args.fresh, None)
    if args.previous:
        with tempfile.TemporaryDirectory() as folder:
            previous = StanceModel(artefact_dir=artefact_at(args.previous, Path(folder)))
            _, probabilities = previous.analyse([(e.text, e.start, e.end) for e in examples])
            result["previous"] = {"revision": args.previous, "model_version": previous.version,
                                  "head": theme_scores(examples, [theme for theme, _ in to_themes(probabilities)])}
            if args.real:
                result["previous"]["real_local"] = real_figures(previous, args.real, args.real_touched,
                                                                args.second_labels)
            if args.fresh:
                result["previous"]["real_fresh"] = real_figures(previous, args.fresh, None)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(f"blind split: {head['mentions']} mentions, {result['test']['sentences']} sentences (sha256 {digest[:12]}…)")
    print(f"theme head (model {model.version}): macro-F1 {head['macro_f1']:.3f}, accuracy {head['accuracy']:.3f}, "
          f"lowest precision {head['min_precision']:.3f}")
    print(f"zero-shot baseline (same run):  macro-F1 {baseline['macro_f1']:.3f}, accuracy {baseline['accuracy']:.3f}; "
          f"gain {result['gain_over_zero_shot']:+.3f}")
    print(f"{'theme':<15}{'P':>7}{'R':>7}{'F1':>7}{'n':>5}   zero-shot F1")
    for theme in THEME_NAMES:
        row = head["per_theme"].get(theme, {})
        print(f"{theme:<15}{row.get('precision', 0):7.3f}{row.get('recall', 0):7.3f}{row.get('f1', 0):7.3f}"
              f"{row.get('support', 0):5d}   {baseline['per_theme'].get(theme, {}).get('f1', 0):.3f}")
    runs = [("", result)] + ([(f"previous ({args.previous}), ", result["previous"])] if args.previous else [])
    for name, run in runs:
        if name:
            print(f"{name}blind split: macro-F1 {run['head']['macro_f1']:.3f}, lowest precision "
                  f"{run['head']['min_precision']:.3f}")
        parts = [("real_local", "all"), ("real_local", "untouched"), ("real_fresh", "all")]
        for which, part in parts:
            if which in run and part in run[which]:
                real = run[which][part]
                print(f"{name}local real articles, {'fresh' if which == 'real_fresh' else part} ({real['articles']} articles, "
                      f"{real['in_article_context']['mentions']} mentions): accuracy "
                      f"{real['in_article_context']['accuracy']:.3f} in article context, "
                      f"{real['sentence_alone']['accuracy']:.3f} sentence alone; macro-F1 "
                      f"{real['in_article_context']['macro_f1']:.3f}; zero-shot baseline accuracy "
                      f"{real['zero_shot']['accuracy']:.3f}")
        if args.second_labels:
            two = run["real_local"]["second_reader"]
            print(f"{name}second reader ({two['mentions']} mentions): their theme accepted by the first "
                  f"{two['second_theme_accepted_by_first']:.3f}; head accuracy against the first "
                  f"{two['head_accuracy_first']:.3f}, the second {two['head_accuracy_second']:.3f}, over the "
                  f"{two['agreed_mentions']} agreed {two['head_accuracy_agreed']:.3f}")
    print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
