"""Late interaction (index/late.py): token bits from the ingest's encoder, the query's states from the search's,
and a store embedded before token bits existed, on the real model and a real SQLite file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

from index.late import batch_token_bits, query_matrix, scores_of, token_maxima, unit_scores
from index.minilm import model_path
from tests.conftest import write_config


def late_scores(query: np.ndarray, stored: list[bytes]) -> np.ndarray:
    """What search scores each unit's bits by (aipulse.search.late_ranking)."""
    return scores_of(token_maxima(query, stored), query.shape[1])

SENTENCES = [
    "Analysts doubt that Meta's open-weights strategy can keep pace with closed proprietary systems.",
    "Microsoft said Copilot seats doubled in the quarter as large customers renewed their contracts.",
    "Anthropic opened an office in Tokyo and hired its first local engineers.",
]


def test_a_sentence_matches_its_own_bits_best_and_ingest_and_search_agree() -> None:
    from index.encoder import encode
    from index.npbert import NumpyEncoder

    bits: list[bytes] = [b""] * (len(SENTENCES) + 1)
    encode([*SENTENCES, ""], tokens=bits)  # the ingest's encoder (int8 on this CPU where it can)
    query = NumpyEncoder(model_path())  # the search's
    for number, sentence in enumerate(SENTENCES):
        inner = len(query.tokenizer.encode(sentence).ids) - 2
        assert len(bits[number]) == inner * 384 // 8
        vector, states = query.encode_query(sentence)
        assert states.shape == (inner + 2, 384) and abs(float(np.linalg.norm(vector)) - 1) < 1e-5
        # the same text's bits from the search's float states and the ingest's: nearly every sign agrees
        searched = batch_token_bits(states[None], np.ones((1, len(states)), dtype=bool))[0]
        same = np.unpackbits(np.frombuffer(searched, np.uint8)) == np.unpackbits(np.frombuffer(bits[number], np.uint8))
        assert same.mean() >= 0.95
        scores = late_scores(query_matrix(states), bits)
        assert int(np.nanargmax(scores)) == number and scores[number] > 0.5
    assert bits[-1] == b"" and np.isnan(late_scores(query_matrix(states), [b""])[0])
    # two sentences' tokens joined match at least as well as either alone
    each = late_scores(query_matrix(states), bits[:2])
    assert late_scores(query_matrix(states), [bits[0] + bits[1]])[0] >= each.max()


def test_units_scored_together_score_to_the_last_bit_as_each_alone() -> None:
    # search scores its best units in one reduction (aipulse.search.late_ranking); a unit's score must not depend
    # on its neighbours there, or a landing decision or a tie could turn on where the unit stood
    rng = np.random.default_rng(3)
    sizes = [1, 3, 1, 2, 5, 1, 1, 4, 2, 1, 3, 1, 2, 1, 3]
    maxima = rng.normal(size=(21, sum(sizes))).astype(np.float32)  # 21 query tokens, 31 sentences' columns
    together = unit_scores(maxima, sizes, 384)
    starts = np.concatenate([[0], np.cumsum(sizes[:-1])])
    alone = [scores_of(maxima[:, start:start + size].max(1, keepdims=True), 384)[0]
             for start, size in zip(starts, sizes, strict=True)]
    assert together.dtype == np.float32 and together.tolist() == [float(score) for score in alone]


def test_a_paraphrase_gains_from_late_interaction() -> None:
    """Its best-matching sentence scores above the others by token (as by vector), and the margin grows."""
    from index.encoder import encode
    from index.npbert import NumpyEncoder

    bits: list[bytes] = [b""] * len(SENTENCES)
    vectors = encode(SENTENCES, tokens=bits)
    vector, states = NumpyEncoder(model_path()).encode_query(
        "skeptical that an open approach keeps up with proprietary models")
    scores = late_scores(query_matrix(states), bits[:len(SENTENCES)])
    cosines = vectors @ vector
    assert int(np.argmax(scores)) == int(np.argmax(cosines)) == 0
    assert scores[0] - np.sort(scores)[-2] > 0  # measured 0.09 by token, 0.36 by vector: the scales differ


def test_a_store_embedded_before_token_bits_is_searched_as_fused_until_reindexed(tmp_path: Path) -> None:
    from aipulse.indexing import embed_stored, embed_version
    from aipulse.search import Query, search
    from pipeline.config import load_config
    from pipeline.models import Article
    from pipeline.process import link_story
    from pipeline.store import Store

    config = load_config(write_config(tmp_path, '[storage]\ndata_dir = "data"\n'))
    config.data_dir.mkdir()
    store = Store(config.db_path)
    text = " ".join(SENTENCES) + " Meta opened a data centre in Ohio. Google cut prices for Gemini."
    article = Article(url="https://news.example/1", fetched_url="https://news.example/1", source="news",
                      title="AI week", text=text, published="2026-05-01T09:00:00+00:00")
    with store.transaction():
        article_id, _ = store.upsert_article(article, hashlib.sha256(text.encode()).hexdigest(), None)
        link_story(store, article_id, article)
    embed_stored(config, store)
    kinds = dict(store.db.execute("SELECT kind, COUNT(tokens) FROM passages GROUP BY kind").fetchall())
    assert kinds["sentence"] == 5 and kinds.get("passage", 0) == 0  # sentences keep bits, passages join theirs
    query = Query("doubts that open models can match closed ones", k=5, mode="semantic")
    late, fused = search(config, store, query), search(config, store, query, rerank=0)
    assert late[0]["text"] == SENTENCES[0] and [hit["score"] for hit in late] == sorted(
        (hit["score"] for hit in late), reverse=True)
    passage = store.db.execute("SELECT id, kind, article_id, first, last FROM passages WHERE kind = 'passage'").fetchone()
    parts = store.unit_tokens([dict(zip(("id", "kind", "article_id", "first", "last"), passage, strict=True))])[passage[0]]
    assert parts == [(row[0], bytes(row[1])) for row in store.db.execute(
        "SELECT id, tokens FROM passages WHERE kind = 'sentence' AND article_id = ? AND first BETWEEN ? AND ? "
        "ORDER BY first", passage[2:])]

    # as an older version stored it: no bits anywhere; the fused ranking stands until the next embedding pass
    store.db.execute("UPDATE passages SET tokens = NULL")
    store.db.execute("UPDATE articles SET embed_version = 'older'")
    store.db.commit()
    assert [hit["score"] for hit in search(config, store, query)] == [hit["score"] for hit in fused]
    assert embed_stored(config, store) == 1  # what `aipulse reindex` runs first
    assert store.db.execute("SELECT embed_version FROM articles").fetchone()[0] == embed_version(config)
    assert [hit["text"] for hit in search(config, store, query)] == [hit["text"] for hit in late]
    store.close()
