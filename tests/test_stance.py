"""The stance model as shipped: artefact rules, target-following, quality floors, CLI and ingest."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from aipulse.scoring import stance_model
from index.minilm import STANCE_ARTEFACT_DIR
from pipeline.stance import LABELS, to_stance
from pipeline.stance_sets import disagreeing_groups, load_ainews, macro_f1, swap_rate
from tests.conftest import run_cli, write_config

ROOT = Path(__file__).resolve().parent.parent
# Floors only go up; the measured values are in bench/results/stance.json (bench/stance_eval.py). The exceptions so
# far: model 7c6fd2dc69cdc3c7 gave up 0.013 on test.jsonl (written in the training data's style) and three
# behavioural cases for +0.042 on the real-style blind split; model 4cd980e334c755ce (stance weights 2397cca404a7c363)
# gave up 0.012 on the real-style blind split, 0.021 in the sentences of test.jsonl whose targets disagree and three
# behavioural cases (emoji labels, quotes and case, comparison winner) for +0.050 on real published coverage
# (a local set, bench/stance_eval.py --real) and "analysts expected more" 10% -> 0%; model 4adfdee1745d4f66 (stance
# weights 895f5602b9c2a21c) gave up one neutral mention of the real-style blind split (neutral recall 0.871 -> 0.860,
# the floor 0.86 -> 0.85) for +0.017 macro-F1 and 9.2% -> 7.4% swaps there and +0.025 on a fresh local set of real
# coverage (docs/stance.md, "Where it stands").
AINEWS_MACRO_F1_FLOOR = {"test.jsonl": 0.84, "test_b.jsonl": 0.88}
AINEWS_DISAGREE_ACCURACY_FLOOR = 0.78
REALSTYLE_FLOOR = {"macro_f1": 0.835, "neutral_recall": 0.85}
REALSTYLE_SWAPS_CEILING = 0.09
# Behavioural failure rates per capability (datasets/checklist): ceilings only go down (the exceptions above). Each
# leaves one case of room over the shipped model, for a CPU that scores in fp32 where ours scores in bf16, except
# question headlines: the model fails one of twenty (0.05) and the ceiling does not go up (its labels are the same in fp32).
CHECKLIST_CEILING = {"list_marker": 0.025, "emoji_section_label": 0.025, "quotes_case": 0.067, "entity_swap": 0.025,
                     "comparison_swap": 0.04, "added_doubt": 0.025, "neutral_numbers": 0.025, "concessive": 0.075,
                     "question_headline": 0.05, "comparison_winner": 0.134}


@pytest.fixture(scope="module")
def model():  # type: ignore[no-untyped-def]
    return stance_model("all-MiniLM-L6-v2")


def test_score_is_p_optimistic_minus_p_skeptical() -> None:
    stances = to_stance(np.array([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6], [0.2, 0.5, 0.3]]))
    assert [(s.label, s.score) for s in stances] == [("skeptical", -0.6), ("optimistic", 0.5), ("neutral", 0.1)]


def test_artefact_is_small_and_free_of_pickle() -> None:
    files = sorted(p.name for p in STANCE_ARTEFACT_DIR.iterdir())
    assert files == ["stance.json", "stance.safetensors", "themes.safetensors"]
    assert sum(p.stat().st_size for p in STANCE_ARTEFACT_DIR.iterdir()) <= 20 * 1024 * 1024
    meta = json.loads((STANCE_ARTEFACT_DIR / "stance.json").read_text())
    assert meta["labels"] == list(LABELS)
    # the theme head shares the artefact's version: a new head means scoring the stored mentions again
    from index.stance_model import artefact_version
    from pipeline.themes import THEME_NAMES

    assert meta["themes"]["labels"] == list(THEME_NAMES) and meta["version"] == artefact_version(STANCE_ARTEFACT_DIR)
    assert meta["stance_weights"] == hashlib.sha256((STANCE_ARTEFACT_DIR / "stance.safetensors").read_bytes()
                                                    ).hexdigest()[:16]


def test_the_score_follows_the_target_not_the_sentence(model) -> None:  # type: ignore[no-untyped-def]
    sentence = "While OpenAI struggled to keep ChatGPT online, Anthropic's Claude posted its best uptime quarter."
    openai, anthropic = to_stance(model.probabilities([(sentence, 6, 12), (sentence, 59, 65)]))
    assert openai.label == "skeptical" and anthropic.label == "optimistic"
    # the DEVELOPERS.md example: Meta skeptical, Microsoft well above it
    sentence = "Unlike Microsoft, which integrates AI seamlessly across Office, Meta's offerings are more fragmented."
    microsoft, meta = to_stance(model.probabilities([(sentence, 7, 16), (sentence, 64, 68)]))
    assert meta.label == "skeptical" and microsoft.label != "skeptical" and microsoft.score > meta.score + 1.0
    sentence = "Llama still trails OpenAI's best models on coding benchmarks."
    meta, openai = to_stance(model.probabilities([(sentence, 0, 5), (sentence, 19, 25)]))
    assert meta.label == "skeptical" and openai.label == "optimistic"


@pytest.mark.parametrize("split", ["test.jsonl", "test_b.jsonl"])
def test_ainews_test_split_quality_floor(model, split: str) -> None:  # type: ignore[no-untyped-def]
    examples = load_ainews(ROOT / "datasets" / "ainews" / split)
    predicted = [s.label for s in to_stance(model.probabilities([(e.text, e.start, e.end) for e in examples]))]
    assert macro_f1([e.label for e in examples], predicted) >= AINEWS_MACRO_F1_FLOOR[split]
    disagree = disagreeing_groups(examples)
    pairs = [(e.label, p) for e, p in zip(examples, predicted, strict=True) if e.group in disagree]
    assert len(pairs) >= {"test.jsonl": 80, "test_b.jsonl": 120}[split]
    assert sum(g == p for g, p in pairs) / len(pairs) >= AINEWS_DISAGREE_ACCURACY_FLOOR


def test_real_style_blind_split_floor(model) -> None:  # type: ignore[no-untyped-def]
    """The headline figure: sentences written the way published coverage reads, by a writer who never saw
    the training data (datasets/ainews_realstyle)."""
    examples = load_ainews(ROOT / "datasets" / "ainews_realstyle" / "test_real.jsonl")
    assert len(examples) >= 400 and len({e.entity for e in examples}) >= 8
    gold = [e.label for e in examples]
    predicted = [s.label for s in to_stance(model.probabilities([(e.text, e.start, e.end) for e in examples]))]
    neutral = [p for g, p in zip(gold, predicted, strict=True) if g == "neutral"]
    assert macro_f1(gold, predicted) >= REALSTYLE_FLOOR["macro_f1"]
    assert neutral.count("neutral") / len(neutral) >= REALSTYLE_FLOOR["neutral_recall"]
    assert swap_rate(gold, predicted) <= REALSTYLE_SWAPS_CEILING


def test_behavioural_failure_rates_stay_under_their_ceilings(model) -> None:  # type: ignore[no-untyped-def]
    from pipeline.stance_checks import load_cases, run_checks

    cases = load_cases(ROOT / "datasets" / "checklist" / "cases.jsonl")
    assert len(cases) >= 300
    report = run_checks(cases, model)
    assert set(report) == set(CHECKLIST_CEILING)
    over = {name: (entry["failure_rate"], entry["examples"]) for name, entry in report.items()
            if entry["failure_rate"] > CHECKLIST_CEILING[name]}
    assert not over


def test_bf16_on_a_cpu_that_has_it_keeps_the_labels() -> None:
    from index.cpu import native_bf16

    examples = load_ainews(ROOT / "datasets" / "ainews" / "test_b.jsonl")
    targets = [(e.text, e.start, e.end) for e in examples]
    full, bf16 = stance_model("all-MiniLM-L6-v2", "fp32"), stance_model("all-MiniLM-L6-v2", "bf16")
    assert bf16.precision == ("bf16" if native_bf16() else "fp32") and full.precision == "fp32"
    auto, exact = bf16.probabilities(targets), full.probabilities(targets)
    assert np.abs(auto - exact).mean() < 0.005 and np.abs(auto - exact).max() < 0.08  # a borderline sentence moves most
    assert (auto.argmax(1) == exact.argmax(1)).mean() >= 0.98


def test_the_int8_path_keeps_the_labels_and_computes_near_ties_again_in_float(model, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import torch

    import index.stance_model as stance_module
    from index.cpu import native_int8
    from index.encoder import cpu_precision

    assert model.precision == ("int8" if native_int8() else cpu_precision("auto"))
    examples = load_ainews(ROOT / "datasets" / "ainews" / "test_b.jsonl")
    examples += load_ainews(ROOT / "datasets" / "ainews_realstyle" / "test_real.jsonl")
    targets = [(e.text, e.start, e.end) for e in examples]
    int8, floating = stance_model("all-MiniLM-L6-v2", "int8"), stance_model("all-MiniLM-L6-v2", "fp32")
    assert int8.precision == "int8" and floating.dtype == int8.dtype == torch.float32
    (checked, themes), (exact, exact_themes) = int8.analyse(targets), floating.analyse(targets)
    assert (checked.argmax(1) == exact.argmax(1)).mean() >= 0.99  # 0.997 and 1.000 on the two sets here
    assert themes is not None and exact_themes is not None and (themes.argmax(1) == exact_themes.argmax(1)).mean() >= 0.97
    margin = stance_module.STANCE_MARGIN
    monkeypatch.setattr(stance_module, "STANCE_MARGIN", 0.0)
    alone = int8.probabilities(targets)  # int8 alone, no second look
    ranked = np.sort(alone, axis=1)
    close = ranked[:, -1] - ranked[:, -2] < margin
    assert 0 < close.mean() < 0.1
    assert np.abs(checked[close] - exact[close]).max() < 0.02  # the near ties are the float model's answers
    assert np.abs(checked[~close] - alone[~close]).max() == 0.0  # the rest int8's


def test_a_mentions_int8_scores_do_not_depend_on_the_mentions_scored_beside_it(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import index.stance_model as stance_module
    from index.encoder import encode

    monkeypatch.setattr(stance_module, "STANCE_MARGIN", 0.0)  # int8's own answers, no second look in float
    examples = load_ainews(ROOT / "datasets" / "ainews" / "test_b.jsonl")[:300]
    targets = [(e.text, e.start, e.end) for e in examples]
    # the sentence vectors the theme head reads, as search stored them (ingest hands them over)
    texts = list(dict.fromkeys(e.text for e in examples))
    stored = dict(zip(texts, encode(texts), strict=True))
    int8 = stance_model("all-MiniLM-L6-v2", "int8")
    together = int8.analyse(targets, sentence_vectors=stored)
    backwards = int8.analyse(targets[::-1], sentence_vectors=stored)
    alone = [int8.analyse([target], sentence_vectors=stored) for target in targets[:120]]
    for part in (0, 1):  # stance, then themes
        first = together[part]
        assert first is not None and all(answer[part] is not None for answer in alone)
        # with the fused attention kernel, whose sums follow the batch's padded length: up to 0.003 here
        assert np.abs(first[:120] - np.concatenate([answer[part] for answer in alone])).max() < 1e-4
        assert np.abs(first - backwards[part][::-1]).max() < 1e-4


def test_scoring_batches_mentions_of_the_same_token_length_together() -> None:
    import index.stance_model as stance_module

    int8 = stance_model("all-MiniLM-L6-v2", "int8")
    # the same number of characters, very different numbers of tokens: plain words against a product code that
    # splits into many pieces, so an order by characters mixes them in every batch
    words = [f"Meta {'shipped a new model today and ' * 2}it works well {i:02d}" for i in range(16)]
    codes = [f"Meta {'zqx-9k7 vbq-2w8 ' * 3}vv {i:02d}".ljust(len(words[0]), "q") for i in range(16)]
    assert len({len(text) for text in words + codes}) == 1
    targets = [(text, 0, 4) for pair in zip(words, codes, strict=True) for text in pair]
    batches = list(int8._batches(targets, stance_module.INT8_BATCH))
    assert sorted(i for chunk, *_ in batches for i in chunk) == list(range(len(targets)))
    for _, _, mask, _ in batches:  # every row of a batch as long as its longest: no padding
        assert int(mask.sum()) == mask.numel()


def test_a_long_input_is_laid_out_a_part_at_a_time_with_every_answer_in_its_place(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import index.stance_model as stance_module

    monkeypatch.setattr(stance_module, "STANCE_MARGIN", 0.0)  # int8's own answers, the same in any batch
    examples = load_ainews(ROOT / "datasets" / "ainews" / "test_b.jsonl")[:60]
    targets = [(e.text, e.start, e.end) for e in examples]
    int8 = stance_model("all-MiniLM-L6-v2", "int8")
    whole = int8.probabilities(targets)
    monkeypatch.setattr(stance_module, "PLAN_TARGETS", 7)  # nine parts, the last of four
    parts = int8.probabilities(targets)
    assert np.abs(whole - parts).max() < 1e-4


def test_stance_cli_single_sentence() -> None:
    code, out, _ = run_cli("stance", "--entity", "Meta",
                           "Meta reported record profits and analysts praised its AI strategy.")
    assert code == 0
    result = json.loads(out)
    assert result["label"] == "optimistic" and result["score"] > 0.3
    assert (result["entity"], result["start"], result["end"]) == ("Meta", 0, 4)


def test_stance_cli_input_file_keeps_order_and_reports_bad_lines(tmp_path: Path) -> None:
    text = "While OpenAI struggled to keep ChatGPT online, Anthropic's Claude posted its best uptime quarter."
    lines = [
        {"text": text, "entity": "OpenAI"},
        {"text": text, "entity": "Anthropic", "mention": "Claude"},
        {"text": "Winner wrote that she met the director.", "entity": "Winner", "start": 0, "end": 6},
        {"text": "The senator praised the new bill warmly.", "entity": "the senator"},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\nnot json\n")
    code, out, _ = run_cli("stance", "--input", str(path))
    results = [json.loads(line) for line in out.splitlines()]
    assert code == 1  # the malformed last line
    assert [r.get("entity") for r in results[:4]] == ["OpenAI", "Anthropic", "Winner", "the senator"]
    assert results[0]["label"] == "skeptical" and results[1]["label"] == "optimistic"
    assert (results[1]["start"], results[1]["end"]) == (text.index("Claude"), text.index("Claude") + 6)
    assert results[3]["start"] == 0  # any target string is found in the text, case aside
    assert results[4] == {"line": 5, "error": results[4]["error"]} and "line 5" in results[4]["error"]


def test_ingest_scores_every_mention(demo_db: Path) -> None:
    code, out, _ = run_cli("--config", str(demo_db), "export", "--what", "mentions", "--format", "jsonl")
    assert code == 0
    mentions = [json.loads(line) for line in out.splitlines()]
    assert len(mentions) > 500
    assert all(m["sentence"][m["start"]:m["end"]] == m["mention"] for m in mentions)
    assert all(m["label"] in LABELS and -1 <= m["score"] <= 1 for m in mentions)
    assert {m["entity"] for m in mentions} >= {"Meta", "OpenAI", "Google", "Anthropic", "Microsoft", "Amazon"}


def test_an_article_doubting_meta_and_admiring_rivals_comes_out_that_way(demo_db: Path) -> None:
    code, out, _ = run_cli("--config", str(demo_db), "export", "--what", "mentions", "--format", "jsonl")
    assert code == 0
    mentions = [json.loads(line) for line in out.splitlines()]
    catch_up = [m for m in mentions if m["title"] == "Meta's AI Catch-Up: Can Llama Close the Gap?"
                and m["duplicate_of"] is None]
    mean = {entity: np.mean([m["score"] for m in catch_up if m["entity"] == entity])
            for entity in {m["entity"] for m in catch_up}}
    assert mean["Meta"] < 0, mean  # the article doubts Meta…
    assert all(mean[rival] > mean["Meta"] for rival in ("OpenAI", "Microsoft", "Google") if rival in mean), mean


def test_model_change_rescores_old_articles(tmp_path: Path, demo_sites) -> None:  # type: ignore[no-untyped-def]
    from aipulse.scoring import score_stored
    from pipeline.config import load_config
    from pipeline.store import Store

    config = load_config(write_config(tmp_path, demo_sites.config_toml(index=False)))
    assert run_cli("--config", str(config.path), "ingest")[0] == 0
    store = Store(config.db_path)
    assert score_stored(config, store) == 0  # nothing left to do
    store.db.execute("UPDATE articles SET stance_version = 'older-model' WHERE id <= 5")
    store.db.execute("UPDATE mentions SET label = 'stale' WHERE article_id <= 5")
    assert score_stored(config, store) == 5
    assert store.db.execute("SELECT COUNT(*) FROM mentions WHERE label = 'stale'").fetchone()[0] == 0


# our own lines, written for this test: a German and a French report about Meta, and the same news in English
GERMAN = ("Meta hat am Dienstag ein neues Sprachmodell vorgestellt. Nach Angaben des Konzerns läuft Llama 5 schneller "
          "und günstiger als seine Vorgänger, doch viele Analysten bezweifeln, dass Meta damit den Abstand zu OpenAI "
          "und Google verringern kann. Entwickler loben vor allem die offenen Gewichte.")
FRENCH = ("Meta a présenté mardi un nouveau modèle de langage. Selon le groupe, Llama 5 tourne plus vite et coûte moins "
          "cher que ses prédécesseurs, mais plusieurs analystes doutent que Meta puisse ainsi rattraper OpenAI et Google. "
          "Les développeurs saluent surtout les poids ouverts.")
ENGLISH = ("Meta unveiled a new language model on Tuesday. The company says Llama 5 runs faster and cheaper than the "
           "models before it, but several analysts doubt that Meta can close the gap to OpenAI and Google with it. "
           "Developers mostly praise the open weights.")


def test_articles_surely_in_another_language_are_stored_but_their_mentions_not_scored(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The stance model reads English: a German or French article's labels would be noise in the trends. Such an
    article is marked scored with no mentions, and ingest says how many there were; `stance.languages = []` scores
    every article, and a change of the setting scores the store again."""
    import logging

    from aipulse.scoring import score_stored
    from pipeline.config import load_config
    from pipeline.models import Article
    from pipeline.process import other_language
    from pipeline.store import Store

    config = load_config(write_config(tmp_path, '[storage]\ndata_dir = "data"\n'))
    config.data_dir.mkdir()
    store = Store(config.db_path)
    for number, text in enumerate((ENGLISH, GERMAN, FRENCH)):
        article = Article(url=f"https://news.example/{number}", fetched_url=f"https://news.example/{number}",
                          source="news", title=f"Story {number}", text=text, published="2026-05-01T09:00:00+00:00")
        with store.transaction():
            store.upsert_article(article, hashlib.sha256(text.encode()).hexdigest(), None)
    with caplog.at_level(logging.WARNING, logger="aipulse.scoring"):
        assert score_stored(config, store) == 3
    counts = dict(store.db.execute("SELECT article_id, COUNT(*) FROM mentions GROUP BY article_id").fetchall())
    assert counts.get(1, 0) >= 3 and 2 not in counts and 3 not in counts  # Meta, Llama, OpenAI, Google in English
    assert "2 articles written in de (1), fr (1), not in stance.languages (en)" in caplog.text
    assert score_stored(config, store) == 0  # marked scored: not tried again
    assert other_language("Meta Llama OpenAI Google", ["en"]) is None  # too short to be sure of: scored
    everything = load_config(write_config(tmp_path, '[storage]\ndata_dir = "data"\n[stance]\nlanguages = []\n'))
    assert score_stored(everything, store) == 3  # the setting changed: the store is scored again, all of it
    assert store.db.execute("SELECT COUNT(DISTINCT article_id) FROM mentions").fetchone()[0] == 3
    store.close()
    bad = write_config(tmp_path, '[stance]\nlanguages = ["English"]\n')
    code, _, err = run_cli("--config", str(bad), "status")
    assert code == 1 and "'stance.languages' holds 'English', not a language code like \"en\"" in err


def test_training_never_opens_the_blind_sets() -> None:
    """The real-style split and the behavioural cases measure the model: the training script must not read
    them (nor the older test splits), by the files it lists and by what its source names."""
    from scripts.train_stance import ainews_training_files

    root = Path(__file__).resolve().parent.parent
    blind = {root / "datasets" / "ainews" / "test.jsonl", root / "datasets" / "ainews" / "test_b.jsonl",
             root / "datasets" / "ainews_realstyle" / "test_real.jsonl", root / "datasets" / "checklist" / "cases.jsonl"}
    assert all(path.is_file() for path in blind)
    assert not {path.resolve() for path in ainews_training_files()} & {path.resolve() for path in blind}
    source = (root / "scripts" / "train_stance.py").read_text()
    assert not any(word in source for word in ("realstyle", "checklist", "test_real", "cases.jsonl"))
    calibration = (root / "scripts" / "calibrate_stance.py").read_text()  # chooses the logit bias on the dev set
    assert not any(word in calibration for word in ("checklist", "test_real", "cases.jsonl"))


def test_no_training_sentence_is_an_evaluation_sentence() -> None:
    """Writers of training data never read the evaluation sets, but they read the same kind of coverage: a sentence
    of a test split, the development set or the behavioural cases that turns up in training, whatever its case and
    punctuation, would be scored by a model that has seen its label."""
    from pipeline.stance_sets import words
    from scripts.train_stance import ainews_training_files

    measured = {" ".join(words(row["text"])) for name in ("ainews/test.jsonl", "ainews/test_b.jsonl",
                                                 "ainews_realstyle/test_real.jsonl", "ainews_realstyle/dev.jsonl")
                for row in map(json.loads, (ROOT / "datasets" / name).read_text(encoding="utf-8").splitlines())}
    measured |= {" ".join(words(item["text"]))
                 for case in map(json.loads, (ROOT / "datasets/checklist/cases.jsonl").read_text().splitlines())
                 for item in case["items"]}
    trained = {" ".join(words(example.text)): path.name for path in ainews_training_files() for example in load_ainews(path)}
    assert len(measured) > 1500 and len(trained) > 4000
    assert {text: name for text, name in trained.items() if text in measured} == {}


@pytest.mark.parametrize("text, cleaned", [
    ("- Competitors like OpenAI keep strong leads", "Competitors like OpenAI keep strong leads"),
    ("🔥 Why This Matters: OpenAI keeps strong leads", "OpenAI keeps strong leads"),
    ("⚠️ Limitations & Risks: OpenAI keeps strong leads", "OpenAI keeps strong leads"),
    ("1. Key Facts: OpenAI keeps strong leads", "OpenAI keeps strong leads"),
    ("The takeaway: OpenAI keeps strong leads", "OpenAI keeps strong leads"),
    ("💡 Tip: OpenAI keeps strong leads", "OpenAI keeps strong leads"),
    ("TL;DR: OpenAI keeps strong leads", "OpenAI keeps strong leads"),
    ("Notes from OpenAI: the leads are strong", "Notes from OpenAI: the leads are strong"),  # not a label of ours
    ("OpenAI: the leads are strong", "OpenAI: the leads are strong"),  # the target is the label: left alone
])
def test_list_markers_emoji_and_section_labels_are_not_read(text: str, cleaned: str) -> None:
    from pipeline.stance import normalise

    start = text.index("OpenAI")
    new_text, new_start, new_end = normalise(text, start, start + 6)
    assert new_text == cleaned and new_text[new_start:new_end] == "OpenAI"


def test_a_target_past_what_the_model_reads_is_scored_in_a_window_around_it() -> None:
    from pipeline.stance import WINDOW_CHARS, window

    text = "filler " * 500 + "Meta is behind its rivals."
    start = text.index("Meta")
    cut, cut_start, cut_end = window(text, start, start + 4)
    assert len(cut) <= WINDOW_CHARS and cut[cut_start:cut_end] == "Meta" and cut.endswith("behind its rivals.")
    assert window("Meta ships.", 0, 4) == ("Meta ships.", 0, 4)


def test_bad_stance_input_is_an_error_line_in_place_and_the_rest_is_scored(tmp_path: Path) -> None:
    lines = ['{"text": "", "entity": "Meta"}', '{"entity": "Meta"}', "not json",
             '{"text": "Meta ships.", "entity": "Meta", "start": 3, "end": 99}',
             json.dumps({"text": "word " * 4000 + "Meta is behind its rivals.", "entity": "Meta"}),
             '{"text": "Meta shipped Llama 5 on Tuesday.", "entity": "Meta"}']
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    code, out, _ = run_cli("stance", "--input", str(tmp_path / "in.jsonl"))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and len(rows) == 6
    assert [row.get("error") for row in rows[:4]] == [
        "line 1: the text is empty", "line 2: needs text", "line 3: not a JSON object",
        "line 4: start and end (3, 99) are not a span of the text"]
    assert rows[4]["label"] in LABELS and rows[4]["start"] == 20000 and rows[5]["label"] in LABELS


def test_stance_input_in_another_encoding_is_an_error_line_or_read_as_utf16(tmp_path: Path) -> None:
    good = '{"text": "Meta shipped Llama 5 on Tuesday.", "entity": "Meta"}'
    # a line written in Windows-1252 (its apostrophe is byte 0x92) among UTF-8 ones, after a UTF-8 byte-order mark
    (tmp_path / "mixed.jsonl").write_bytes(b"\xef\xbb\xbf" + good.encode() + b"\n"
                                           + '{"text": "Meta’s Llama 5 shipped.", "entity": "Meta"}'.encode("cp1252")
                                           + b"\n" + good.encode() + b"\n")
    code, out, err = run_cli("stance", "--input", str(tmp_path / "mixed.jsonl"))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and "Traceback" not in err and len(rows) == 3
    assert rows[1] == {"line": 2, "error": "line 2: not UTF-8 text: byte 15 is 0x92"}
    assert rows[0]["label"] in LABELS and rows[2] == rows[0]
    (tmp_path / "utf16.jsonl").write_text(good + "\n" + good.replace("Tuesday", "Friday") + "\n", encoding="utf-16")
    code, out, err = run_cli("stance", "--input", str(tmp_path / "utf16.jsonl"))
    assert code == 0, err
    assert [json.loads(line)["start"] for line in out.splitlines()] == [0, 0]


@pytest.mark.parametrize("arguments, complaint", [
    (["--also", "datasets/ainews/test_b.jsonl"], "never a test split"),
    (["--also", "datasets/ainews_realstyle/test_real.jsonl"], "never a test split"),
    (["--without", "extra_zz.jsonl"], "not a training file"),
])
def test_training_refuses_test_splits_and_unknown_files(arguments: list[str], complaint: str) -> None:
    """Recipes are compared with --also and --without (bench/stance_gpu.py); neither can reach a test split."""
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, str(root / "scripts" / "train_stance.py"), *arguments], cwd=root,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert complaint in result.stderr


@pytest.mark.parametrize("chosen_on", ["datasets/ainews_realstyle/test_real.jsonl", "datasets/ainews/test_b.jsonl"])
def test_calibration_refuses_a_test_split(chosen_on: str) -> None:
    """The logit bias is chosen on the development set; a test split is refused before any model loads."""
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, str(root / "scripts" / "calibrate_stance.py"), "--set", chosen_on], cwd=root,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "development set" in result.stderr


def test_a_logit_bias_in_the_artefact_moves_the_bands_and_changes_the_version(tmp_path: Path) -> None:
    """scripts/calibrate_stance.py stores a bias on the stance logits: scoring applies it, and the artefact's
    version changes with it so that stored mentions are scored again; the theme head stays valid."""
    import shutil

    from index.stance_model import StanceModel, artefact_version, save_calibration

    shutil.copytree(STANCE_ARTEFACT_DIR, tmp_path / "stance")
    before = save_calibration(tmp_path / "stance", None, {})  # the weights alone: no bias, no temperature
    targets = [("Llama still trails OpenAI's best models on coding benchmarks.", 0, 5),
               ("Llama still trails OpenAI's best models on coding benchmarks.", 19, 25)]
    plain = StanceModel(artefact_dir=tmp_path / "stance").probabilities(targets)
    meta = save_calibration(tmp_path / "stance", (0.0, 8.0, 0.0), {"chosen_on": "a test"})
    assert meta["version"] != before["version"] and meta["version"] == artefact_version(tmp_path / "stance")
    assert meta["calibration"] == {"logit_bias": [0.0, 8.0, 0.0], "chosen_on": "a test"}
    biased = StanceModel(artefact_dir=tmp_path / "stance")
    shifted = biased.probabilities(targets)
    assert biased.theme_head is not None
    assert all(shifted[:, 1] > plain[:, 1] + 0.2) and list(shifted.argmax(1)) == [1, 1]
    # the bias is exactly a shift of the log-probabilities
    expected = np.log(plain) + np.array([0.0, 8.0, 0.0])
    expected = np.exp(expected) / np.exp(expected).sum(1, keepdims=True)
    assert np.abs(shifted - expected).max() < 0.02
    cleared = save_calibration(tmp_path / "stance", None, {})  # a bias that gains too little is cleared
    assert cleared["version"] == before["version"] and "calibration" not in cleared
    assert save_calibration(tmp_path / "stance", None, {}) == cleared  # nothing to clear: nothing written


def test_a_temperature_in_the_artefact_softens_the_probabilities_and_keeps_every_label(tmp_path: Path) -> None:
    """The temperature scripts/calibrate_stance.py fits divides the logits: the labels stay, the probabilities move
    toward uniform by exactly that factor, and the version changes so that stored scores are computed again."""
    import shutil

    from index.stance_model import StanceModel, save_calibration

    shutil.copytree(STANCE_ARTEFACT_DIR, tmp_path / "stance")
    before = save_calibration(tmp_path / "stance", None, {})  # the weights alone: no bias, no temperature
    sentence = "While Meta's Llama improved, analysts say it still trails OpenAI, and Google's Gemini looks stronger."
    targets = [(sentence, sentence.index(name), sentence.index(name) + len(name)) for name in ("Meta", "OpenAI", "Google")]
    plain = StanceModel(artefact_dir=tmp_path / "stance").probabilities(targets)
    meta = save_calibration(tmp_path / "stance", None, {"chosen_on": "a test"}, temperature=2.0)
    assert meta["calibration"] == {"temperature": 2.0, "chosen_on": "a test"} and meta["version"] != before["version"]
    softened = StanceModel(artefact_dir=tmp_path / "stance").probabilities(targets)
    assert list(softened.argmax(1)) == list(plain.argmax(1))
    assert all(softened.max(1) < plain.max(1))
    expected = np.sqrt(plain) / np.sqrt(plain).sum(1, keepdims=True)  # softmax(log p / 2)
    assert np.abs(softened - expected).max() < 0.02
    assert save_calibration(tmp_path / "stance", None, {})["version"] == before["version"]


def test_calibration_error_is_zero_when_confidence_matches_the_record_and_grows_with_overconfidence() -> None:
    from pipeline.stance_sets import calibration_error

    gold = ["optimistic"] * 8 + ["skeptical"] * 2  # the model says optimistic at 0.8 every time: right 8 times in 10
    honest = [[0.1, 0.1, 0.8]] * 10
    assert calibration_error(gold, honest) == pytest.approx(0.0)
    overconfident = [[0.01, 0.01, 0.98]] * 10
    assert calibration_error(gold, overconfident) == pytest.approx(0.18)
    assert calibration_error(["neutral"], [[0.2, 0.7, 0.1]]) == pytest.approx(0.3)


def test_near_any_finds_the_same_sentence_written_twice_and_only_that() -> None:
    from pipeline.stance_sets import near_any

    trained = ["Key Takeaways: Gemini has gone from punchline to front-runner in under two years.",
               "Apple is paying Google about $1 billion a year to run a custom Gemini model behind Siri."]
    texts = ["🔥 Gemini has gone from punchline to front-runner in under two years.",       # seven words in a row
             "Apple pays Google about $1 billion a year for a custom Gemini model behind Siri.",  # most content words
             "Gemini has gone from a punchline to a serious rival for ChatGPT.",              # a shared phrase only
             "Microsoft will host Grok models on Azure."]
    assert near_any(texts, trained) == set(texts[:2])
    assert near_any(texts, []) == set()


LIGHT_LOAD = """
import sys
from index.stance_model import StanceModel
model = StanceModel(precision="int8")
model.analyse([("Meta is falling behind OpenAI.", 0, 4)])
print("transformers" in sys.modules)
"""


def test_the_int8_path_reads_what_transformers_gives_without_importing_it() -> None:
    """Ingest loads the stance model beside the crawl: on the int8 path it needs neither transformers' import (3 s) nor
    its model, and its tokens, spans and trunk states are transformers' own, exactly."""
    from index.cpu import native_int8
    from index.stance_model import StanceModel, trunk_states

    done = subprocess.run([sys.executable, "-c", LIGHT_LOAD], capture_output=True, text=True, timeout=300,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-1] == "False"
    if not native_int8():
        pytest.skip("no int8 dot products on this CPU")
    model = StanceModel(precision="int8")
    assert model.light is not None
    examples = load_ainews(ROOT / "datasets" / "ainews" / "test_b.jsonl")[:40]
    long = "Unlike Microsoft, which integrates AI seamlessly into Office, Meta's offerings are more fragmented. " * 12
    texts = [e.text for e in examples] + [long, "Ünïcode — naïve café, 東京 and emoji 🚀 beside Meta."]
    for pairs in ([(text, None) for text in texts], [(text, text.split()[0]) for text in texts]):
        model.light.tokenizer.enable_truncation(128, strategy="only_first" if pairs[0][1] else "longest_first")
        light = model.light.states(pairs)
        library = trunk_states(model.base, model.tokenizer, pairs, model.top_layers)
        assert max(len(spans) for _, spans in light) == 128  # the long one, cut where transformers cuts it
        for (states, spans), (expected, expected_spans) in zip(light, library, strict=True):
            assert spans == expected_spans
            assert states.shape == expected.shape and float((states - expected).abs().max()) == 0.0


def test_calibration_is_remembered_under_the_code_that_ran_it(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The int8 peaks are remembered between processes: under the weights, the inputs and the pass's code, so a model
    loaded from the cache scores as one calibrated afresh (peaks kept under the weights and inputs alone outlived a
    change of the pass and moved scores by up to 0.15)."""
    import index.int8cpu as int8cpu
    from index.cpu import native_int8
    from index.stance_model import STANCE_SOURCES, StanceModel

    key = int8cpu.calibration_key("weights", ["a line"], STANCE_SOURCES)
    assert key != int8cpu.calibration_key("weights", ["a line"])
    assert key != int8cpu.calibration_key("weights", ["a line"], STANCE_SOURCES[:1])
    if not native_int8():
        pytest.skip("no int8 dot products on this CPU")
    examples = load_ainews(ROOT / "datasets" / "ainews" / "test_b.jsonl")[:200]
    targets = [(e.text, e.start, e.end) for e in examples]
    remembered = StanceModel(precision="int8").probabilities(targets)
    monkeypatch.setattr(int8cpu, "cache_folder", lambda: tmp_path)  # an empty cache: calibrated here
    fresh = StanceModel(precision="int8")
    assert list(tmp_path.glob("int8/*.safetensors"))
    assert np.array_equal(fresh.probabilities(targets), remembered)
