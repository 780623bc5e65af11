"""Themes: the fixed set, the trained head on the blind split (floors), per-company themes, storage, export,
trends by theme, top_themes, the digest's why-lines and the --theme filters."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.digest import Driver, explain
from pipeline.themes import THEME_NAMES, check_themes
from pipeline.trends import trends
from tests.conftest import run_cli


def mention(entity: str, label: str, theme: str | None, story: int, published: str = "2024-05-08T10:00:00Z",
            score: float = 0.0) -> dict:
    return {"entity": entity, "label": label, "theme": theme, "story_id": story, "article_id": story,
            "published": published, "duplicate_of": None, "score": score, "sentence": f"{entity} {theme} {label}",
            "title": f"story {story}", "url": f"http://news.test/{story}", "source": "test"}


def test_the_theme_set_is_fixed_and_unknown_names_list_the_valid_ones() -> None:
    assert THEME_NAMES == ("models", "products", "open_source", "business", "infrastructure", "adoption",
                           "regulation", "safety", "people", "other")
    assert check_themes(["safety", "people"]) == ["safety", "people"]
    with pytest.raises(ValueError, match="unknown theme 'privacy'; valid themes: models, products, open_source"):
        check_themes(["privacy"])


def test_top_themes_add_up_to_the_index_and_come_largest_first() -> None:
    week = [mention("Meta", "skeptical", "regulation", 1), mention("Meta", "skeptical", "regulation", 2),
            mention("Meta", "skeptical", "regulation", 3), mention("Meta", "optimistic", "models", 4),
            mention("Meta", "neutral", "business", 5), mention("Meta", "neutral", None, 6)]
    (row,) = trends(week)
    assert row.index == pytest.approx(-2 / 6, abs=1e-4)
    assert [t["theme"] for t in row.top_themes] == ["regulation", "models", "business"]
    assert [t["contribution"] for t in row.top_themes] == [pytest.approx(-0.5), pytest.approx(1 / 6, abs=1e-4), 0.0]
    assert sum(t["contribution"] for t in row.top_themes) == pytest.approx(row.index, abs=1e-3)
    assert "theme" not in row.as_dict() and row.as_dict()["top_themes"][0]["theme"] == "regulation"


def test_trends_by_theme_compare_a_company_and_theme_across_periods() -> None:
    first = [mention("Meta", "optimistic", "models", story) for story in range(1, 9)]
    first += [mention("Meta", "neutral", "regulation", story) for story in range(9, 13)]
    second = [mention("Meta", "skeptical", "models", story, "2024-05-15T10:00:00Z") for story in range(20, 28)]
    rows = trends(first + second + [mention("OpenAI", "optimistic", "models", 40)], by_theme=True)
    cells = {(r.entity, r.theme, r.period): r for r in rows}
    models, regulation = cells[("Meta", "models", "2024-W19")], cells[("Meta", "regulation", "2024-W19")]
    assert (models.mentions, models.index, models.share_of_voice) == (8, 1.0, pytest.approx(8 / 12, abs=1e-4))
    assert regulation.share_of_voice == pytest.approx(4 / 12, abs=1e-4)
    later = cells[("Meta", "models", "2024-W20")]
    assert later.change == -2.0 and later.notable
    assert cells[("OpenAI", "models", "2024-W19")].gap_to_reference == 0.0  # against Meta's models
    assert "top_themes" not in later.as_dict() and later.as_dict()["theme"] == "models"


def test_the_digest_explains_a_week_by_its_themes_with_counts_and_the_strongest_quote() -> None:
    week = [mention("Meta", "skeptical", "regulation", story, score=-0.5 - story / 100) for story in range(1, 13)]
    week += [mention("Meta", "neutral", "regulation", story) for story in range(13, 16)]
    week += [mention("Meta", "optimistic", "models", story, score=0.8) for story in range(16, 20)]
    before = [mention("Meta", "optimistic", "models", story, "2024-05-01T10:00:00Z", score=0.8) for story in range(30, 34)]
    last, this = trends(before + week)
    (why,) = explain([this], {"Meta": last}, week)
    regulation, models = why.drivers
    assert (regulation.theme, regulation.mentions, regulation.leaning) == ("regulation", 15, 12)
    assert regulation.contribution == round(-12 / 19, 2) and regulation.change == round(-12 / 19, 2)
    assert regulation.quote is not None and regulation.quote.score == -0.62  # the most skeptical of the twelve
    assert regulation.line == "regulation -0.63 (12 of 15 mentions skeptical, -0.63 on last week)"
    assert models.contribution == round(4 / 19, 2) and models.change == round(4 / 19 - 1, 2)
    lone = Driver("business", 0.0, None, 1, 0, None)  # one neutral mention is "1 mention", not "1 mentions"
    assert (lone.line, replace(lone, contribution=0.05, leaning=1).line) == (
        "business +0.00 (1 mention, balanced)", "business +0.05 (1 of 1 mentions optimistic)")


def test_unknown_theme_names_on_the_command_line_are_one_line_errors(demo_db: Path) -> None:
    for command in (["trends", "--theme", "privacy"], ["export", "--what", "mentions", "--theme", "privacy"],
                    ["search", "fine", "--theme", "privacy"]):
        code, _, err = run_cli("--config", str(demo_db), *command)
        assert code == 2, command
        assert "'privacy' is not one of 'models', 'products', 'open_source'" in err


def test_article_context_pulls_a_vague_mention_toward_its_companys_other_mentions() -> None:
    import numpy as np

    from pipeline.themes import with_article_context

    products, other = THEME_NAMES.index("products"), THEME_NAMES.index("other")
    rows = np.full((4, len(THEME_NAMES)), 0.01)
    rows[0, [products, other]] = [0.35, 0.55]  # "Anthropic acknowledged the problem": alone, `other` wins
    rows[1, products] = rows[2, products] = 0.9  # the same article's other Anthropic sentences: products
    rows[3, other] = 0.9  # another company in the same article, and its only mention
    rows /= rows.sum(1, keepdims=True)
    keys = [(1, "Anthropic"), (1, "Anthropic"), (1, "Anthropic"), (1, "Meta")]
    mixed = with_article_context(rows, keys, weight=0.4)
    assert mixed[0].argmax() == products and rows[0].argmax() == other
    assert mixed[0, products] == pytest.approx(0.6 * rows[0, products] + 0.4 * rows[1, products])
    assert (mixed[3] == rows[3]).all()  # alone under its key: unchanged
    assert mixed.sum(1) == pytest.approx(np.ones(4))

    from pipeline.themes import in_article_context

    stored = in_article_context(rows, [1, 1, 1, 1], ["Anthropic", "Anthropic", "Anthropic", "Meta"])
    assert stored[0].argmax() == products and stored[3].argmax() == other  # Meta's own sentence still says `other`
    assert stored[3, products] > rows[3, products]  # though it leans toward what the article is about


def test_every_demo_mention_has_a_theme_and_the_privacy_fine_week_is_about_regulation(demo_db: Path) -> None:
    db = sqlite3.connect(demo_db.parent / "aipulse.db")
    themes = dict(db.execute("SELECT theme, COUNT(*) FROM mentions GROUP BY theme").fetchall())
    assert set(themes) <= set(THEME_NAMES) and None not in themes and len(themes) >= 8
    assert db.execute("SELECT MIN(p_theme), MAX(p_theme) FROM mentions").fetchone()[0] > 0.1
    code, out, err = run_cli("--config", str(demo_db), "trends", "--json", "--entity", "Meta")
    assert code == 0, err
    week = next(row for row in json.loads(out) if row["period"] == "2026-W41")  # the European privacy fine
    assert week["top_themes"][0]["theme"] == "regulation" and week["top_themes"][0]["contribution"] < -0.15
    assert sum(t["contribution"] for t in week["top_themes"]) == pytest.approx(week["index"], abs=0.01)


def test_trends_by_theme_rows_shares_and_chart(demo_db: Path, tmp_path: Path) -> None:
    chart = tmp_path / "themes.png"
    code, out, err = run_cli("--config", str(demo_db), "trends", "--by", "theme", "--entity", "Meta", "--json",
                             "--plot", str(chart))
    assert code == 0, err
    rows = json.loads(out)
    assert {row["entity"] for row in rows} == {"Meta"} and {row["theme"] for row in rows} <= set(THEME_NAMES)
    for period in {row["period"] for row in rows}:  # a theme's share of the company's mentions
        assert sum(r["share_of_voice"] for r in rows if r["period"] == period) == pytest.approx(1.0, abs=0.01)
    fine = next(r for r in rows if (r["period"], r["theme"]) == ("2026-W41", "regulation"))
    assert fine["mentions"] >= 8 and fine["index"] < -0.3 and -1 <= fine["ci_low"] <= fine["ci_high"] <= 1
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and chart.stat().st_size > 15_000
    code, text, _ = run_cli("--config", str(demo_db), "trends", "--by", "theme", "--entity", "Meta")
    lone = sum(r["stories"] == 1 for r in rows)  # the text table counts as a reader does: "1 story", "1 mention"
    assert code == 0 and lone and text.count(" 1 story, ") == lone and " 1 stories" not in text
    assert text.count(" 1 mention  (") == sum(r["mentions"] == 1 for r in rows) > 0 and " 1 mentions" not in text
    code, out, _ = run_cli("--config", str(demo_db), "trends", "--json", "--theme", "regulation")
    assert code == 0 and json.loads(out) and all(not r["top_themes"] or {t["theme"] for t in r["top_themes"]}
                                                 == {"regulation"} for r in json.loads(out))


def test_export_and_search_filter_by_theme(demo_db: Path) -> None:
    db = sqlite3.connect(demo_db.parent / "aipulse.db")
    code, out, err = run_cli("--config", str(demo_db), "export", "--what", "mentions", "--theme", "regulation")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == db.execute("SELECT COUNT(*) FROM mentions WHERE theme = 'regulation'").fetchone()[0] > 10
    assert {row["theme"] for row in rows} == {"regulation"} and all(0 < row["p_theme"] <= 1 for row in rows)
    code, out, _ = run_cli("--config", str(demo_db), "export", "--theme", "regulation", "--theme", "safety")
    articles = {json.loads(line)["id"] for line in out.splitlines()}
    assert articles == {row[0] for row in db.execute(
        "SELECT DISTINCT article_id FROM mentions WHERE theme IN ('regulation', 'safety')")}
    code, out, err = run_cli("--config", str(demo_db), "search", "privacy fine", "--entity", "Meta", "--theme",
                             "regulation", "--json", "-k", "5")
    assert code == 0, err
    hits = json.loads(out)
    assert hits
    for hit in hits:  # a Meta mention on regulation in the hit, or (a sentence) within two sentences of it
        first, last, kind = db.execute("SELECT first, last, kind FROM passages WHERE id = ?", [hit["passage_id"]]).fetchone()
        reach = 2 if kind == "sentence" else 0
        assert db.execute("SELECT COUNT(*) FROM mentions WHERE article_id = ? AND entity = 'Meta' AND theme = 'regulation' "
                          "AND sentence_index BETWEEN ? AND ?", [hit["article_id"], first - reach, last + reach]
                          ).fetchone()[0], hit


def test_the_digest_says_why_with_themes_counts_and_quotes(demo_db: Path, tmp_path: Path) -> None:
    code, out, err = run_cli("--config", str(demo_db), "digest", "--week", "2026-W41", "--out", str(tmp_path))
    assert code == 0, err
    text = (tmp_path / "digest-2026-W41.eml").read_text()
    html = (tmp_path / "digest-2026-W41.html").read_text()
    assert "WHY: THE THEMES BEHIND EACH INDEX" in text and "Why: the themes behind each index" in html
    meta = next(line for line in text.splitlines() if line.startswith("- Meta: "))
    assert meta.startswith("- Meta: regulation -") and "mentions skeptical" in meta
    assert "  regulation: \"" in text  # its strongest quote follows


def test_theme_output_of_aipulse_stance_and_switching_themes_off_scores_again(demo_db: Path, tmp_path: Path) -> None:
    sentence = "Meta was fined EUR 1.2 billion over data transfers, its largest privacy penalty yet."
    code, out, err = run_cli("--config", str(demo_db), "stance", "--entity", "Meta", sentence)
    assert code == 0, err
    scored = json.loads(out)
    assert scored["theme"] == "regulation" and 0.5 < scored["p_theme"] <= 1 and scored["label"] == "skeptical"

    from aipulse.scoring import score_stored
    from pipeline.config import load_config
    from pipeline.store import Store

    source = sqlite3.connect(demo_db.parent / "aipulse.db")
    target = sqlite3.connect(tmp_path / "aipulse.db")
    source.backup(target)
    target.close()
    config = tmp_path / "config.toml"
    config.write_text('[storage]\ndata_dir = "."\n\n[themes]\nenabled = false\n')
    code, out, _ = run_cli("--config", str(config), "stance", "--entity", "Meta", sentence)
    assert "theme" not in json.loads(out)
    with Store(tmp_path / "aipulse.db") as store:
        articles = store.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        assert score_stored(load_config(config), store) == articles  # another version: every article again
        assert store.db.execute("SELECT COUNT(*) FROM mentions WHERE theme IS NOT NULL").fetchone()[0] == 0


def test_the_theme_head_reads_the_sentence_vectors_search_stored(demo_db: Path) -> None:
    """Ingest embeds first and scoring hands the theme head the vectors search stored: the same themes as embedding
    the sentences again, while other vectors change them, so they are read; another model's vectors are not taken."""
    import numpy as np

    from aipulse.scoring import stance_model
    from pipeline.store import Store

    model = stance_model("all-MiniLM-L6-v2")
    with Store(demo_db.parent / "aipulse.db") as store:
        ids = [row[0] for row in store.db.execute(
            "SELECT id FROM articles WHERE duplicate_of IS NULL ORDER BY id LIMIT 4")]
        known = store.sentence_vectors(ids, model.sentence_encoder)
        assert store.sentence_vectors(ids, "0" * 16) == {}
        targets = store.db.execute(f"SELECT sentence, start, \"end\" FROM mentions WHERE article_id IN "
                                   f"({','.join('?' * len(ids))})", ids).fetchall()
    # headings are not search units, so theirs are embedded while scoring
    assert len(targets) >= 10 and sum(sentence in known for sentence, _, _ in targets) >= 0.8 * len(targets)
    _, stored = model.analyse(targets, sentence_vectors=known)
    _, fresh = model.analyse(targets)
    # int8 vectors move a little with the batch they were embedded in (cosine ≥ 0.998), and the remembered examples'
    # sharp softmax passes some of that on: over all 921 demo mentions, embedded again in batches of 1 to 128, a
    # probability moved by 0.0003 on average and 0.021 at most, and the theme changed for 2 of them
    gap = np.abs(stored - fresh).max(1)
    assert gap.max() < 0.05 and gap.mean() < 0.005 and (stored.argmax(1) == fresh.argmax(1)).mean() >= 0.97
    texts = list(known)
    swapped = {text: known[texts[(i + len(texts) // 2) % len(texts)]] for i, text in enumerate(texts)}
    _, misled = model.analyse(targets, sentence_vectors=swapped)
    assert (misled.argmax(1) != stored.argmax(1)).any()


# Floors only go up (the lowest precision went down 0.770 -> 0.747 once on purpose: the offset for real coverage on
# `other`, scripts/train_themes.py). With the sixth round of data, the int8 path scores 0.931 / 0.868, fp32 0.928 and
# bf16 0.927 / 0.868 (the CI machine may have any of them); the measured values are in bench/results/themes.json
# (bench/themes.py).
BLIND_FLOOR = {"macro_f1": 0.92, "min_precision": 0.86, "gain_over_zero_shot": 0.32}
ROOT = Path(__file__).resolve().parent.parent


def test_the_blind_split_is_the_committed_one_and_the_head_keeps_its_floors() -> None:
    import hashlib
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from themes import TEST, recorded_sha256, zero_shot  # bench/themes.py

    from aipulse.scoring import stance_model
    from pipeline.stance import normalise
    from pipeline.themes import load_theme_set, theme_scores, to_themes

    assert hashlib.sha256(TEST.read_bytes()).hexdigest() == recorded_sha256()
    examples = load_theme_set(TEST)
    assert len(examples) >= 500 and min(sum(e.theme == t for e in examples) for t in THEME_NAMES) >= 40
    _, probabilities = stance_model("all-MiniLM-L6-v2").analyse([(e.text, e.start, e.end) for e in examples])
    head = theme_scores(examples, [theme for theme, _ in to_themes(probabilities)])
    baseline = theme_scores(examples, zero_shot([normalise(e.text, e.start, e.end)[0] for e in examples]))
    assert head["macro_f1"] >= BLIND_FLOOR["macro_f1"], head
    assert head["min_precision"] >= BLIND_FLOOR["min_precision"], head["per_theme"]
    assert head["macro_f1"] - baseline["macro_f1"] >= BLIND_FLOOR["gain_over_zero_shot"]


def test_nearest_examples_give_their_themes_weighted_by_similarity() -> None:
    import torch

    from index.stance_model import ThemeHead

    head = ThemeHead(2, themes=3, examples=3, temperature=0.1, mix=1.0)
    with torch.no_grad():
        head.examples.copy_(torch.tensor([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0]]))
        head.example_themes.copy_(torch.tensor([[1.0, 0.0, 0.0], [0.0, 0.5, 0.5], [0.0, 0.0, 1.0]]))
    shares = head.from_examples(torch.tensor([[1.0, 0.0], [0.6, 0.8]])).exp()
    # the first is example 0 itself (cosine 1, against 0 and -1): almost all theme 0
    assert shares[0, 0] > 0.99 and shares[0, 2] < 0.01
    # the second: cosines 0.6, 0.8 and -0.6, each example weighted by e^(cosine / 0.1)
    weights = torch.softmax(torch.tensor([0.6, 0.8, -0.6]) / 0.1, 0)
    assert torch.allclose(shares[1], weights @ head.example_themes, atol=1e-3) and shares[1, 1] > 0.4
    features = (torch.zeros(1, 6), torch.zeros(1, 2), torch.tensor([[0.0, 1.0]]))
    with torch.no_grad():
        head.linear.weight.zero_()
        head.linear.bias.zero_()
        head.offset[2] = 1.0
    head.settings[1] = 0.0  # no say for the examples: the linear answer (even here), then the offset
    assert torch.allclose(head(*features), torch.tensor([[-1.0986, -1.0986, -0.0986]]), atol=1e-3)
    head.settings[1] = 1.0  # all say: the nearest example's themes 1 and 2 evenly (theme 0 next to nothing), then the offset
    mixed = head(*features)
    assert mixed[0, 0] < -8 and torch.allclose(mixed[0, 1:], torch.tensor([-0.6931, 0.3069]), atol=1e-3)


def test_the_head_remembers_the_training_sentences_and_none_of_the_blind_split() -> None:
    import sys

    import numpy as np

    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from themes import TEST  # bench/themes.py

    from index.encoder import encode
    from index.stance_model import StanceModel
    from pipeline.themes import load_theme_set
    from scripts.train_themes import training_files

    head = StanceModel(precision="fp32").theme_head
    assert head is not None and head.has_examples
    assert len(head.examples) == len({e.group for path in training_files() for e in load_theme_set(path)})
    blind = sorted({e.text for e in load_theme_set(TEST)})
    standard = (encode(blind, precision="fp32") - head.centre.numpy()) / head.spread.numpy()
    standard /= np.linalg.norm(standard, axis=1, keepdims=True)
    nearest = (standard @ head.examples.numpy().T).max(1)
    assert nearest.max() < 0.99, blind[int(nearest.argmax())]  # no blind sentence is one the head remembers


def test_theme_training_never_reads_the_blind_split() -> None:
    import sys

    sys.path.insert(0, str(ROOT))
    from scripts.train_themes import training_files

    files = training_files()
    assert len(files) >= 4 and all(path.name.startswith("train_") for path in files)
    assert 'glob("train_*.jsonl")' in (ROOT / "scripts" / "train_themes.py").read_text()
