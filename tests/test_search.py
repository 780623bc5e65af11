"""Encoder, passages, the FAISS index and `aipulse search`, on the real model and a real demo crawl."""

from __future__ import annotations

import gc
import itertools
import json
import subprocess
import sys
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from index.minilm import model_path
from pipeline.passages import CONTEXT_SENTENCES, context_around, passages
from pipeline.sentences import split_sentences
from tests.conftest import run_cli, write_config

TEXTS = [
    "Meta's AI Catch-Up: Can Llama Close the Gap?",
    "Unlike Microsoft, which integrates AI seamlessly into Office, Meta's offerings are more fragmented.",
    "x",
    "",
    "Ünïcode — naïve café, 東京 and emoji 🚀 in one line.",
    "A long passage about data centres and capital spending. " * 40,  # past the 256-token limit
]


@pytest.fixture(scope="module")
def reference() -> np.ndarray:
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(model_path()), device="cpu")
    return model.encode(TEXTS, normalize_embeddings=True)


def test_numpy_query_encoder_matches_sentence_transformers(reference: np.ndarray) -> None:
    from index.npbert import NumpyEncoder

    vectors = NumpyEncoder(model_path()).encode(TEXTS)
    assert vectors.dtype == np.float32 and vectors.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert (vectors * reference).sum(1).min() >= 0.999


def test_batch_encoder_matches_and_keeps_input_order(reference: np.ndarray) -> None:
    from index.encoder import encode

    vectors = encode(TEXTS, batch_size=2)  # batches sorted by length must come back in input order
    assert (vectors * reference).sum(1).min() >= 0.995  # auto: int8 (or bf16) on the CPU, issue 6's bar is 0.99
    assert encode([]).shape == (0, 384)
    exact = encode(TEXTS, precision="fp32")
    assert (exact * reference).sum(1).min() >= 0.9999 and (exact * vectors).sum(1).min() >= 0.995


def test_passages_cover_the_whole_article_and_overlap() -> None:
    text = "\n".join(f"Sentence number {i} says something about Meta and Llama." if i != 5 else "What it means for Llama"
                     for i in range(23))
    sentences = split_sentences(text)
    parts = passages(text)
    windows = [p for p in parts if p.kind == "passage"]
    covered = set()
    for p in windows:
        covered.update(range(p.first, p.last + 1))
        assert p.text == text[p.start:p.end] and p.last - p.first < 5
    assert covered == set(range(len(sentences)))
    assert all(a.last >= b.first for a, b in zip(windows, windows[1:], strict=False))  # neighbours share one
    # every sentence is a search unit of its own, whatever it names; the heading only lives in its passage
    assert [(p.first, p.text) for p in parts if p.kind == "sentence"] == [(s.index, s.text) for s in sentences
                                                                          if s.index != 5]
    assert context_around(text, sentences[10].start, sentences[10].start + len(sentences[10].text)) == "\n".join(
        s.text for s in sentences[8:13])
    assert context_around(text, 0, len(sentences[0].text)) == "\n".join(s.text for s in sentences[:3])


def test_index_exact_search_remove_and_filter(tmp_path: Path) -> None:
    from index.vectors import VectorIndex

    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(500, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids = np.arange(1000, 1500, dtype=np.int64)
    index = VectorIndex(384)
    index.add(ids, vectors)
    scores, found = index.search(vectors[:3], 1)
    assert found[:, 0].tolist() == [1000, 1001, 1002] and np.allclose(scores[:, 0], 1.0, atol=1e-5)
    index.remove([1000])
    assert index.search(vectors[:1], 1)[1][0, 0] != 1000 and index.count == 499
    allowed = list(range(1400, 1420))
    _, found = index.search(vectors[:1], 10, allowed)
    assert len(found[0]) == 10 and set(found[0].tolist()) <= set(allowed)  # filtered before the cut
    index.save(tmp_path / "v.faiss")
    again = VectorIndex.load(tmp_path / "v.faiss")
    assert again.count == 499 and again.id_sum == int(ids.sum()) - 1000


def test_a_search_of_a_few_queries_runs_faiss_on_one_thread_and_puts_the_setting_back(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # FAISS's second OpenMP thread doubles an exact search of one query on two cores, and spins on after it into
    # the next encoding (index/vectors.py); a batch of queries keeps every thread
    import faiss

    import index.vectors as vectors_module
    from index.vectors import FEW_QUERIES, VectorIndex

    rng = np.random.default_rng(2)
    vectors = rng.normal(size=(300, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = VectorIndex(384)
    index.add(np.arange(1, 301, dtype=np.int64), vectors)
    before = faiss.omp_get_max_threads()
    threads: list[int] = []
    set_threads = faiss.omp_set_num_threads

    def setting(count: int) -> None:
        threads.append(count)
        set_threads(count)

    monkeypatch.setattr(vectors_module.faiss, "omp_set_num_threads", setting)
    one = index.search(vectors[:1], 5)
    assert threads == [1, before] and faiss.omp_get_max_threads() == before
    many = index.search(vectors[:FEW_QUERIES], 5)
    assert threads == [1, before]  # untouched for a batch
    assert one[1][0].tolist() == many[1][0].tolist() and one[1][0, 0] == 1


def test_index_file_damage_is_detected(tmp_path: Path) -> None:
    from index.vectors import IndexFileError, VectorIndex

    index = VectorIndex(8)
    index.add(np.arange(50, dtype=np.int64), np.eye(50, 8, dtype=np.float32))
    path = tmp_path / "v.faiss"
    index.save(path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(IndexFileError, match="checksum"):
        VectorIndex.load(path)
    path.write_bytes(bytes(data[:100]))
    with pytest.raises(IndexFileError, match="checksum"):
        VectorIndex.load(path)
    path.unlink()
    with pytest.raises(IndexFileError, match="missing"):
        VectorIndex.load(path)


def test_approximate_index_keeps_recall(monkeypatch: pytest.MonkeyPatch) -> None:
    from index import vectors as vectors_module
    from index.vectors import VectorIndex

    monkeypatch.setattr(vectors_module, "APPROX_FROM", 1000)
    rng = np.random.default_rng(2)
    centres = rng.normal(size=(40, 64))
    data = (centres[rng.integers(0, 40, 20000)] + 0.6 * rng.normal(size=(20000, 64))).astype(np.float32)
    data /= np.linalg.norm(data, axis=1, keepdims=True)
    ids = np.arange(20000, dtype=np.int64)
    reads = []

    def batches() -> list[tuple[np.ndarray, np.ndarray]]:  # the way the store hands them over: in id order, in parts
        reads.append(1)
        return [(ids[b:b + 3000], data[b:b + 3000]) for b in range(0, 20000, 3000)]

    approximate = VectorIndex.build(batches, 64, "test", len(ids))
    assert len(reads) == 2 and approximate.count == 20000 and approximate.id_sum == int(ids.sum())
    exact = VectorIndex(64)
    exact.add(ids, data)
    assert approximate.approximate and not exact.approximate
    queries = data[rng.integers(0, 20000, 200)] + 0.1 * rng.normal(size=(200, 64)).astype(np.float32)
    _, truth = exact.search(queries, 10)
    _, found = approximate.search(queries, 10)
    recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(truth.tolist(), found.tolist(), strict=True)])
    assert recall >= 0.95, recall
    allowed = list(range(0, 20000, 7))
    _, found = approximate.search(queries[:5], 10, allowed)
    assert (found >= 0).all() and set(found.ravel().tolist()) <= set(allowed)


def search_json(config: Path, *args: str) -> list[dict]:
    code, out, err = run_cli("--config", str(config), "search", *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_search_finds_the_paraphrased_sentence(demo_db: Path) -> None:
    # top 8: the lead's passage ranked 4th while passages had the model's own vectors, 8th with vectors derived
    # from their sentences'; ranking quality is bench/search_quality.py's to measure (tests/test_search_quality.py)
    hits = search_json(demo_db, "Meta finally shows that Llama can hold its own with the leading models after "
                                "lagging for months", "-k", "8")
    assert any("first real evidence that Llama can compete at the frontier" in hit["text"] for hit in hits), hits
    for key in ("text", "score", "title", "url", "published", "source", "entities"):
        assert key in hits[0]


def test_entity_filter_applies_before_the_cut(demo_db: Path) -> None:
    hits = search_json(demo_db, "cloud revenue growth", "-k", "10", "--entity", "Anthropic")
    assert len(hits) == 10
    assert all(about(hit, "Anthropic", ("Anthropic", "Claude")) for hit in hits)
    skeptical = search_json(demo_db, "delays", "-k", "5", "--entity", "Meta", "--stance", "skeptical")
    assert skeptical and all(about(hit, "Meta", ("Meta", "Llama", "Zuckerberg", "Facebook")) for hit in skeptical)
    assert "matched" not in search_json(demo_db, "delays", "-k", "1")[0]  # no filter on mentions, nothing matched


def test_every_hit_under_a_company_stance_or_theme_filter_shows_the_mentions_that_let_it_through(demo_db: Path) -> None:
    # a sentence passes by a mention in the sentences shown around it, so its own companies need not show the filter's
    # (a hit under --entity Anthropic --stance skeptical listed only "Amazon skeptical"): `matched` is the evidence
    nearby = 0
    for args in (("--entity", "Anthropic", "--stance", "skeptical"), ("--entity", "Meta", "--theme", "regulation"),
                 ("--stance", "optimistic"), ("--entity", "OpenAI")):
        hits = search_json(demo_db, "costs and customers", "-k", "15", *args)
        assert len(hits) >= 5, args
        wanted = dict(zip(args[::2], args[1::2], strict=True))
        for hit in hits:
            assert hit["matched"], (args, hit["text"])
            for mention in hit["matched"]:
                assert all(mention[key] == wanted[option] for key, option in (
                    ("entity", "--entity"), ("label", "--stance"), ("theme", "--theme")) if option in wanted), mention
                where = hit["text"] if mention["in_unit"] else hit.get("passage", "")
                assert mention["sentence"].lstrip("-• ") in where and mention["mention"] in mention["sentence"], mention
            nearby += not any(mention["in_unit"] for mention in hit["matched"])
    assert nearby >= 3  # the case this is for: hits let through by a neighbour alone
    code, out, err = run_cli("--config", str(demo_db), "search", "costs and customers", "-k", "15", "--entity",
                             "Anthropic", "--stance", "skeptical")
    assert code == 0, err
    assert "matched nearby: Anthropic skeptical (" in out


def about(hit: dict, entity: str, names: tuple[str, ...]) -> bool:
    """The hit names the company, or is a sentence ("the company …") shown among sentences that do."""
    return (entity in {e["entity"] for e in hit["entities"]}
            or (hit["kind"] == "sentence" and any(name in hit["passage"] for name in names)))


def test_keyword_and_semantic_modes(demo_db: Path) -> None:
    keyword = search_json(demo_db, "Trainium", "--mode", "keyword", "-k", "5")
    assert keyword and all("trainium" in hit["text"].lower() for hit in keyword)
    semantic = search_json(demo_db, "Amazon's own training chips", "--mode", "semantic", "-k", "5")
    assert semantic and semantic[0]["similarity"] >= 0.4
    assert [hit["score"] for hit in semantic] == sorted((hit["score"] for hit in semantic), reverse=True)


def test_a_large_model_or_a_small_store_encodes_before_the_keyword_half_and_finds_the_same(
        demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # hybrid runs its halves at once, the encoding on a worker thread with numpy's products on one thread, unless the
    # encoder's layers are large (all-mpnet-base-v2: 340 MB) or the store small (its keyword half takes a few ms):
    # then it encodes first, on every thread, on this one
    import threading

    import aipulse.search as searching
    from aipulse.search import Query, search
    from pipeline.config import load_config
    from pipeline.store import Store

    config = load_config(demo_db)
    queries = ["Llama is falling behind its rivals", "Trainium chips for Anthropic", "privacy fine"]
    with Store(config.db_path) as store:
        parts = searching.semantic_index(config, store)
        assert parts is not None
        encoder = parts[1]
        on_main: list[bool] = []
        encode_query = type(encoder).encode_query

        def watched(self: Any, text: str) -> Any:
            on_main.append(threading.current_thread() is threading.main_thread())
            return encode_query(self, text)

        monkeypatch.setattr(type(encoder), "encode_query", watched)
        small = [search(config, store, Query(query)) for query in queries]  # the demo: a few hundred units
        assert on_main == [True] * 3 and parts[0].count < searching.BESIDE_FROM
        monkeypatch.setattr(searching, "BESIDE_FROM", 0)  # as a store of 50,000 units or more
        beside = [search(config, store, Query(query)) for query in queries]
        assert on_main[3:] == [False] * 3 and encoder.layer_bytes < searching.ONE_AFTER_THE_OTHER_FROM  # 43 MB
        monkeypatch.setattr(searching, "ONE_AFTER_THE_OTHER_FROM", encoder.layer_bytes - 1)
        first = [search(config, store, Query(query)) for query in queries]
        assert on_main[6:] == [True] * 3 and first == beside == small and all(beside)


def test_a_filtered_hybrid_search_encodes_while_it_chooses_the_units_the_filters_let_through(
        demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # only the vector search needs the allowed units: at 50,000 units or more the query is being encoded meanwhile
    import threading

    import aipulse.search as searching
    from aipulse.search import Query, search
    from pipeline.config import load_config
    from pipeline.store import Store
    from pipeline.store_search import Filters

    config = load_config(demo_db)
    filters = [Filters(entity="Meta"), Filters(source="frontier-ledger"), Filters(since="2026-10-01", stance="skeptical"),
               Filters(source="no-such-site")]  # the last one lets nothing through
    with Store(config.db_path) as store:
        parts = searching.semantic_index(config, store)
        assert parts is not None
        encode_query, allowed_passages = type(parts[1]).encode_query, type(store).allowed_passages
        encoding = threading.Event()
        meanwhile: list[bool] = []

        def watched_encoding(self: Any, text: str) -> Any:
            encoding.set()
            return encode_query(self, text)

        def watched_filter(self: Any, chosen: Filters) -> Any:
            meanwhile.append(encoding.wait(timeout=10))  # the encoding began before the units were chosen
            return allowed_passages(self, chosen)

        def run() -> list[list[dict[str, Any]]]:
            found = []
            for chosen in filters:
                encoding.clear()
                found.append(search(config, store, Query("Llama is falling behind its rivals", k=5, filters=chosen)))
            return found

        monkeypatch.setattr(searching, "DEEPER", 0)  # the units that pass chosen first, every time
        one_after_the_other = run()  # the demo's few hundred units: encoding first, then the rest
        monkeypatch.setattr(type(parts[1]), "encode_query", watched_encoding)
        monkeypatch.setattr(type(store), "allowed_passages", watched_filter)
        monkeypatch.setattr(searching, "BESIDE_FROM", 0)  # as a store of 50,000 units or more
        beside = run()
    assert meanwhile == [True] * 4
    assert [len(hits) for hits in beside] == [5, 5, 5, 0]
    assert beside == one_after_the_other
    assert {hit["source"] for hit in beside[1]} == {"frontier-ledger"}


def test_a_filtered_search_that_goes_deeper_without_the_filters_finds_what_searching_with_them_finds(
        demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # with filters, each side searches DEEPER times as deep without them and keeps the units that pass (a check of
    # those few hundred), then deeper as the share that passed asks (MOST_DEEP at most), and searches with the
    # filters (the vector side among every unit that passes, chosen first) only when too few pass even then
    import aipulse.search as searching
    from aipulse.search import Query, search
    from pipeline import store_search
    from pipeline.config import load_config
    from pipeline.store import Store
    from pipeline.store_search import Filters

    config = load_config(demo_db)
    narrow, nothing = Filters(entity="Amazon", theme="infrastructure"), Filters(source="no-such-site")
    filters = [Filters(entity="Meta"), Filters(source="frontier-ledger"), Filters(entity="Meta", stance="skeptical"),
               Filters(since="2026-10-01"), narrow, Filters(stance="optimistic"), nothing]  # the last lets nothing through
    queries = ["Llama is falling behind its rivals", "Trainium chips for Anthropic", "privacy fine"]
    with Store(config.db_path) as store:
        allowed_passages, keyword_search = type(store).allowed_passages, type(store).keyword_search
        chosen: list[Filters] = []  # the vector side's units chosen first
        joined: list[Filters] = []  # the keyword side's query joined with the filters

        def watched_choice(self: Any, given: Filters) -> Any:
            chosen.append(given)
            return allowed_passages(self, given)

        def watched_keywords(self: Any, text: str, limit: int, given: Filters, planned: int | None = None) -> Any:
            if given:
                joined.append(given)
            return keyword_search(self, text, limit, given, planned)

        monkeypatch.setattr(type(store), "allowed_passages", watched_choice)
        monkeypatch.setattr(type(store), "keyword_search", watched_keywords)
        passing = searching._passing
        # each side's searches without the filters, and whether enough passed
        passes: list[tuple[Filters, list[int], bool]] = []

        def watched_passing(find: Any, members: Any, depth: int) -> Any:
            deeps: list[int] = []
            kept = passing(lambda deep: deeps.append(deep) or find(deep), members, depth)
            passes.append((members.filters, deeps, kept is not None))
            return kept

        monkeypatch.setattr(searching, "_passing", watched_passing)

        def run(deeper: int, most: int) -> list[list[dict[str, Any]]]:
            monkeypatch.setattr(searching, "DEEPER", deeper)
            monkeypatch.setattr(searching, "MOST_DEEP", most)
            chosen.clear()
            joined.clear()
            passes.clear()
            return [search(config, store, Query(query, k=5, mode=mode, filters=given))
                    for mode in ("hybrid", "semantic", "keyword") for given in filters for query in queries]

        first = run(0, 0)
        searches = len(first)
        # every search searched with the filters (hybrid's keyword side skipped where no unit passes)
        assert (len(chosen), len(joined)) == (2 * searches // 3, 2 * searches // 3 - len(queries))
        # 400 units deep, then deeper up to 4,000, more than the demo's 1,429 units: every search but those of the
        # filter that lets nothing through met every unit it could; that one found none that pass at 400, too few to
        # try deeper, and searched with the filter
        assert run(8, 4000) == first and chosen == [nothing] * 6 and set(joined) <= {nothing}
        # 100 deep and no deeper: a narrow filter, whose bounded counts say that fewer than 50 of its units would be
        # among 100 (Store.few_pass), searches with the filters at once, and no search without them; a broad one
        # finds enough
        assert run(2, 100) == first
        assert narrow in chosen and narrow in joined and narrow not in {given for given, _, _ in passes}
        assert Filters(source="frontier-ledger") not in chosen + joined and Filters(stance="optimistic") not in chosen
        assert 0 < len(chosen) < 2 * searches // 3 and 0 < len(joined) < 2 * searches // 3
        once_more = run(1, 1000)
        # 50 deep, then deeper as the share that passed asks while that is at most 1,000: the narrow filter's searches
        # that found too few of its units at 50 to expect enough at 1,000 searched with the filter at once
        assert once_more == first and chosen.count(nothing) == 6 and set(chosen + joined) == {nothing, narrow}
        assert any(len(deeps) > 1 and enough for _, deeps, enough in passes)  # a second, deeper search found enough
        assert all(deeps[0] == 50 and max(deeps) <= 1000 for _, deeps, _ in passes)
        # where a query's words are common (held by more units than POSTINGS_BUDGET), such a word counts over its
        # newest units only, with filters as without: joined with the filters, or found without them and kept
        monkeypatch.setattr(store_search, "POSTINGS_BUDGET", 40)
        capped = run(0, 0)
        assert run(8, 4000) == capped and run(2, 100) == capped
        keyword_only = slice(2 * searches // 3, searches)
        assert capped[keyword_only] != first[keyword_only]
    found = [len(hits) for hits in first]
    assert [found[n * 21 + 18:n * 21 + 21] for n in range(3)] == [[0, 0, 0]] * 3
    assert min(count for n, count in enumerate(found) if n % 21 < 18 and n < 42) == 5


def test_a_unit_passes_the_filters_when_its_id_is_among_theirs_however_the_id_is_typed() -> None:
    import numpy as np

    from aipulse.search import Admitted

    allowed = Admitted(np.array([2, 5, 9, 1 << 40], dtype=np.int64))
    assert [unit in allowed for unit in (2, 5, 9, 1 << 40, np.int64(5), np.int32(9))] == [True] * 6
    assert [unit in allowed for unit in (0, 1, 3, 10, 1 << 41, -5, "5", 5.0, None)] == [False] * 9
    assert 1 not in Admitted(np.zeros(0, dtype=np.int64))


def test_the_units_a_company_stance_or_theme_filter_lets_through_are_those_the_sql_rule_names(
        demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # allowed_passages matches mentions to units by ranges of sentences in numpy, from two indexes (migration 0010);
    # _filter_sql states the rule in SQL (a unit holds a passing mention, or a sentence unit has one within the
    # sentences shown around it), and every filter must give the same units both ways
    from pipeline import store_search
    from pipeline.config import load_config
    from pipeline.store import Store
    from pipeline.store_search import Filters, _filter_sql

    with Store(load_config(demo_db).db_path) as store:
        indexes = {name for name, in store._tuples("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"idx_passages_article_place", "idx_mentions_places", "idx_mentions_article_place"} <= indexes
        assert "idx_mentions_article_id" not in indexes  # the new index leads with the article
        entities = [name for name, in store._tuples("SELECT DISTINCT entity FROM mentions ORDER BY entity")]
        themes = [name for name, in store._tuples("SELECT DISTINCT theme FROM mentions WHERE theme IS NOT NULL")]
        filters = [Filters(entity=entity) for entity in entities]
        filters += [Filters(entity=entity, stance=stance) for entity in entities[:4]
                    for stance in ("skeptical", "neutral", "optimistic")]
        filters += [Filters(theme=theme) for theme in themes] + [Filters(stance="skeptical")]
        filters += [Filters(entity="Meta", since="2026-10-01"), Filters(entity="OpenAI", source="frontier-ledger"),
                    Filters(source="frontier-ledger"), Filters(since="2026-10-01", until="2026-11-01"),
                    Filters(entity="Meta", theme=themes[0]), Filters(entity="Nobody"), Filters(entity="Meta", since="2999")]
        everything = [pid for pid, in store._tuples("SELECT id FROM passages ORDER BY id DESC")]
        sizes, answers = [], []
        for chosen in filters:
            for article_first in (False, True):
                where, params = _filter_sql(chosen, article_first)
                rule = sorted(pid for pid, in store._tuples(
                    f"SELECT p.id FROM passages p JOIN articles a ON a.id = p.article_id WHERE {where}", params))
                assert store.allowed_passages(chosen).tolist() == rule, chosen
            for few in (0, 1 << 40):  # the places of every unit read, then only those of the articles with a mention
                monkeypatch.setattr(store_search, "FEW_ARTICLES", few)
                assert store.allowed_passages(chosen).tolist() == rule, (chosen, few)
            monkeypatch.undo()
            # what a search checks of the units it found without choosing first (aipulse.search.Passing): the same
            assert store.passing(everything, chosen).tolist() == rule, chosen
            assert store.passing(everything[::7], chosen).tolist() == sorted(set(rule) & set(everything[::7])), chosen
            # ... reading those units by their ids first: on the index of a source, a date or a company, it had read
            # every unit of every article that passes to answer for a few hundred
            sql, params = store._passing_sql(everything[:400], chosen)
            plan = [row[-1] for row in store._tuples(f"EXPLAIN QUERY PLAN {sql}", params)]
            assert plan[0].startswith("SEARCH p USING INTEGER PRIMARY KEY"), (chosen, plan)
            sizes.append(len(rule))
            # a search asks whether fewer than a share of the units can pass (aipulse.search._deeper): with a company,
            # stance or theme it answers from bounds, so "few" must be true of the units the rule lets through (with
            # filters on articles alone from an estimate, articles' units taken as evenly spread, true of the demo)
            for share in (0.02, 0.05, 0.1, 0.3, 0.6):
                few = store.few_pass(chosen, share)
                assert not few or len(rule) < share * len(everything), (chosen, share, len(rule))
                answers.append(few)
        # sentence units let through by a mention of Meta in a neighbouring sentence, not their own: the reach at work
        own = set(store._tuples("SELECT article_id, sentence_index FROM mentions WHERE entity = 'Meta'"))
        units = store._tuples("SELECT id, article_id, first FROM passages WHERE kind = 'sentence'")
        allowed = set(store.allowed_passages(Filters(entity="Meta")).tolist())
        by_neighbour = [pid for pid, article, first in units if pid in allowed and (article, first) not in own]
    assert len(entities) >= 6 and len(themes) >= 4 and sizes[-2:] == [0, 0] and min(sizes[:len(entities)]) > 0
    assert 0.2 < sum(answers) / len(answers) < 0.8  # both answers given, often
    assert len(by_neighbour) > 50


def test_status_reports_vectors_and_repairs_a_lost_index(demo_db: Path) -> None:
    code, out, _ = run_cli("--config", str(demo_db), "status", "--json")
    report = json.loads(out)
    assert report["vectors"] > 500 and report["index_in_sync"] is True
    index_file = demo_db.parent / "vectors.faiss"
    saved = index_file.read_bytes()
    index_file.write_bytes(saved[: len(saved) // 2])  # truncated, as by a crash or a full disk
    report = json.loads(run_cli("--config", str(demo_db), "status", "--json")[1])
    assert report["index_in_sync"] is False
    assert search_json(demo_db, "Llama benchmarks", "-k", "3")  # rebuilt from the database
    report = json.loads(run_cli("--config", str(demo_db), "status", "--json")[1])
    assert report["index_in_sync"] is True and report["vectors"] == report["counts"]["vectors"]


def test_a_search_piped_into_head_ends_quietly(demo_db: Path) -> None:
    # `aipulse search … | head -2`: the reader leaves early; the command said "Error: [Errno 32] Broken pipe"
    child = subprocess.Popen([sys.executable, "-m", "aipulse", "--config", str(demo_db), "search", "Llama", "-k", "500"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout is not None and child.stderr is not None
    first = child.stdout.readline()
    child.stdout.close()  # far more than a pipe holds is still to come
    err = child.stderr.read()
    assert child.wait(timeout=120) == 1 and first.startswith(b"1. ") and err == b"", err


def test_the_context_line_shows_the_hit_within_it() -> None:
    from aipulse.cli_search import around, one_line

    context = one_line("First paragraph, " + "long " * 80 + "end.\nA heading\nThe hit sentence. " + "More " * 80)
    shown = around(context, "The hit sentence.", 120)  # the hit sat past the first 400 characters, and was cut off
    assert "A heading / The hit sentence." in shown and shown.startswith("…") and shown.endswith("…")
    assert len(shown) == 122 and around("short", "short", 120) == "short"
    assert around("The hit. " + "x" * 300, "The hit.", 50).startswith("The hit. x")


def test_bad_search_input_is_one_clear_line(demo_db: Path) -> None:
    code, _, err = run_cli("--config", str(demo_db), "search", "chips", "--entity", "Initech")
    assert code == 2 and "'Initech' is not a configured company" in err
    code, _, err = run_cli("--config", str(demo_db), "search", "   ")
    assert code == 1 and "the query is empty" in err
    # dates are compared as text: "2026-9-1" or "yesterday" had filtered out everything without a word
    for command in ("search", "trends", "export"):
        args = ["Llama"] if command == "search" else []
        for wrong in ("2026-9-1", "yesterday", "2026-13-01"):
            code, _, err = run_cli("--config", str(demo_db), command, *args, "--since", wrong)
            assert code == 2 and f"'{wrong}' is not a date like 2026-10-01" in err, (command, wrong, err)
        code, _, err = run_cli("--config", str(demo_db), command, *args, "--since", "2026-10-01", "--until", "2026-10-01")
        assert code == 2 and "2026-10-01 is not after --since 2026-10-01" in err, (command, err)
    assert search_json(demo_db, "Llama", "--since", "20261001") == search_json(demo_db, "Llama", "--since", "2026-10-01")


PRONOUN_ARTICLE = """Meta opened its new data centre in Ohio on Monday, the largest it has built so far.

What it means for Llama

Despite the spending, analysts doubt that its open-weights strategy can keep pace with closed models from rivals.
The company plans to train the next Llama there from the spring.
Local officials welcomed the 1,200 construction jobs the project brought to the county.
"""


def pronoun_store(tmp_path: Path) -> tuple[Any, Any]:
    """(config, store) of PRONOUN_ARTICLE and a one-sentence article, scored and embedded."""
    import hashlib

    from aipulse.indexing import embed_stored
    from aipulse.scoring import score_stored
    from pipeline.config import load_config
    from pipeline.models import Article
    from pipeline.process import link_story
    from pipeline.store import Store

    config = load_config(write_config(tmp_path, '[storage]\ndata_dir = "data"\n'))
    config.data_dir.mkdir()
    store = Store(config.db_path)
    for number, text in enumerate((PRONOUN_ARTICLE, "OpenAI said ChatGPT had 900 million weekly users in May.")):
        article = Article(url=f"https://news.example/{number}", fetched_url=f"https://news.example/{number}",
                          source="news", title=f"Story {number}", text=text, published="2026-05-01T09:00:00+00:00")
        with store.transaction():
            article_id, _ = store.upsert_article(article, hashlib.sha256(text.encode()).hexdigest(), None)
            link_story(store, article_id, article)
    score_stored(config, store)
    embed_stored(config, store)
    return config, store


def test_every_sentence_is_a_unit_and_shows_its_passage(tmp_path: Path) -> None:
    """A sentence that names no company is found on its own, with the sentences around it; headings are not
    hits; --entity reaches it through the sentences around it; -k counts hits after overlaps are dropped."""
    from aipulse.search import Query, search
    from pipeline.store_search import Filters

    config, store = pronoun_store(tmp_path)
    units = [row[0] for row in store.db.execute("SELECT text FROM passages WHERE kind = 'sentence'")]
    assert "The company plans to train the next Llama there from the spring." in units
    assert "What it means for Llama" not in units and len(units) == 5

    hits = search(config, store, Query("skeptical that an open approach keeps up with proprietary systems", k=3,
                                       mode="semantic"))
    assert hits[0]["kind"] == "sentence" and hits[0]["text"].startswith("Despite the spending, analysts doubt")
    assert hits[0]["passage"].startswith("Meta opened its new data centre") and "1,200" in hits[0]["passage"]
    jobs = search(config, store, Query("construction jobs for the county", k=5, filters=Filters(entity="Meta")))
    assert jobs and jobs[0]["text"].startswith("Local officials welcomed")  # two sentences after "The company"
    assert [(m["entity"], m["mention"], m["in_unit"]) for m in jobs[0]["matched"]] == [("Meta", "Llama", False)]
    assert not search(config, store, Query("construction jobs for the county", k=5, filters=Filters(entity="Apple")))
    every = search(config, store, Query("Meta data centre Llama", k=10))
    assert len(every) <= 10 and all(not (a["article_id"] == b["article_id"] and a["start"] < b["end"]
                                         and b["start"] < a["end"]) for i, a in enumerate(every) for b in every[i + 1:])
    store.close()


def test_hits_whose_details_are_fetched_as_needed_are_the_hits_of_fetching_them_all(tmp_path: Path,
                                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A search fetches the details of the units it scores again and of 2 × k hits first, more only when overlaps
    drop too many: with none fetched first (every hit fetched as needed, k at a time twice) the hits are the same."""
    import aipulse.search
    from aipulse.search import Query, search

    config, store = pronoun_store(tmp_path)
    for text in ("Meta data centre Llama", "skeptical that an open approach keeps up", "weekly users"):
        for mode in ("hybrid", "semantic", "keyword"):
            for k, rerank in ((1, 0), (3, 0), (3, aipulse.search.RERANK_DEPTH)):
                monkeypatch.setattr(aipulse.search, "DETAILS_AHEAD", None)
                every = search(config, store, Query(text, k=k, mode=mode), rerank=rerank)
                monkeypatch.setattr(aipulse.search, "DETAILS_AHEAD", 0)
                assert every and search(config, store, Query(text, k=k, mode=mode), rerank=rerank) == every
    store.close()


def test_context_around_a_unit_splits_a_few_lines_and_cuts_what_the_whole_split_cuts() -> None:
    """Search cuts a sentence hit's context from the lines around it: the same text as the whole article's split
    gives, for every unit of the search benchmark's 212 articles (lists, boxes, headings, quotes)."""

    def whole(text: str, first: int, last: int) -> str:
        sentences = split_sentences(text)
        begin = sentences[max(0, first - CONTEXT_SENTENCES)]
        end = sentences[min(len(sentences) - 1, last + CONTEXT_SENTENCES)]
        return text[begin.start:end.start + len(end.text)]

    root = Path(__file__).resolve().parent.parent / "bench" / "search_quality"
    texts = [json.loads(line)["text"] for path in sorted(root.glob("corpus_*.jsonl"))
             for line in path.read_text().splitlines() if line.strip()] + [PRONOUN_ARTICLE, "One line only."]
    units = [(text, unit) for text in texts for unit in passages(text)]
    assert len(units) > 3000
    assert all(context_around(text, unit.start, unit.end) == whole(text, unit.first, unit.last) for text, unit in units)


def test_a_passage_vector_is_the_length_weighted_mean_of_its_sentences() -> None:
    """Only sentences go through the model: a sentence unit keeps its sentence's vector, a passage gets the
    mean of its sentences' vectors weighted by their length, normalised (its heading's included)."""
    from pipeline.passages import passages, unit_vectors
    from pipeline.sentences import split_sentences

    text = "Key Facts\nMeta spent more.\nOpenAI raised prices again this week."
    sentences = split_sentences(text)
    vectors = np.eye(3, 4, dtype=np.float32)  # one orthogonal vector per sentence
    units = passages(text, sentences)
    out = unit_vectors(units, sentences, vectors)
    assert [u.kind for u in units] == ["passage", "sentence", "sentence"]
    lengths = np.array([len("Key Facts"), len("Meta spent more."), len("OpenAI raised prices again this week.")])
    expected = np.zeros(4)
    expected[:3] = lengths / np.linalg.norm(lengths)
    assert np.allclose(out[0], expected, atol=1e-6), out[0]
    assert np.array_equal(out[1], vectors[1]) and np.array_equal(out[2], vectors[2])


def test_a_keyword_query_leaves_out_its_common_words_or_ranks_the_newest_units(open_store: Any,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Full-text search scores every unit a word matches: past POSTINGS_BUDGET units the common words are left out, as
    long as the rarer ones still match as many units as asked for; otherwise the common words count over their newest
    POSTINGS_BUDGET units (or as many as asked for, when more) and the rarer words over all of theirs, however old
    (SQLite and Postgres alike)."""
    import pipeline.store_search as store_search
    from pipeline.store_search import Filters

    with open_store() as store:
        article = store._insert("articles", {"url": "https://news.example/1", "source": "s", "title": "t", "text": "x",
                                             "published": "2026-05-01"})
        texts = [f"Amazon sells Trainium chips to customer {i}." for i in range(3)]  # the oldest units
        texts += [f"Meta spent more on data centres in quarter {i}." for i in range(20)]
        vector = np.full(384, 384 ** -0.5, dtype=np.float32).tobytes()
        store.replace_passages(article, [{"kind": "sentence", "first": i, "last": i, "start": 0, "end": 1, "text": text,
                                          "vector": vector, "encoder": "m/fp32"} for i, text in enumerate(texts)], "v")
        rare = {pid for pid, in store._tuples("SELECT id FROM passages WHERE text LIKE '%Trainium%'")}
        everything = {pid for pid, _ in store.keyword_search("Meta Trainium", 50, Filters())}
        assert len(everything) == 23
        meta = sorted(everything - rare)
        monkeypatch.setattr(store_search, "POSTINGS_BUDGET", 5)
        assert store._affordable(["Meta", "Trainium"], 2) == ["Trainium"]
        assert store._affordable(["Meta", "Trainium"], 10) == ["Meta", "Trainium"]
        found = {pid for pid, _ in store.keyword_search("Meta Trainium", 2, Filters())}
        assert len(found) == 2 and found <= rare, found  # "Meta" (20 units) left out: "Trainium" holds 3 >= 2
        # "Trainium" alone holds 3 < 10 asked: "Meta" counts too, over its newest 10 units; the old rare ones stay
        found = {pid for pid, _ in store.keyword_search("Meta Trainium", 10, Filters())}
        assert len(found) == 10 and rare < found and found - rare <= set(meta[-10:]), found
        # a word the store never met beside a common one: the common word's newest units, not the first ones by id
        assert {pid for pid, _ in store.keyword_search("Meta Xyzzy", 10, Filters())} == set(meta[-10:])
        assert {pid for pid, _ in store.keyword_search("Meta data", 10, Filters())} == set(meta[-10:])
        assert {pid for pid, _ in store.keyword_search("Meta", 2, Filters())} <= set(meta[-5:])  # every word common
        assert len(store.keyword_search("Meta", 10, Filters(source="s"))) == 10  # filtered: not cut to the newest


def test_the_stores_answer_the_searchs_lookups_alike_and_postgres_reads_no_whole_table(open_store: Any) -> None:
    """What a search asks the store besides its two rankings, on SQLite and Postgres alike: the models whose vectors it
    holds (an index walk on Postgres, where SELECT DISTINCT read every passage on every search), each query word's
    count of units (one call for all the words), and the vectors of given units, bit for bit (in Postgres' binary
    format)."""
    import pipeline.store_search as store_search

    rng = np.random.default_rng(3)
    vectors = rng.standard_normal((6, 384)).astype(np.float32)
    encoders = ["b@2/fp32", "a@1/int8", "a@1/fp32", None, "a@1/int8", "b@2/fp32"]
    texts = ["Meta cut prices.", "Meta and Google met.", "Google shipped Gemini.", "A heading", "Meta again.", "Llama"]
    with open_store() as store:
        article = store._insert("articles", {"url": "https://news.example/1", "source": "s", "title": "t", "text": "x"})
        ids = store.replace_passages(article, [
            {"kind": "sentence", "first": i, "last": i, "start": 0, "end": 1, "text": text,
             "vector": None if encoder is None else vectors[i].tobytes(), "encoder": encoder}
            for i, (text, encoder) in enumerate(zip(texts, encoders, strict=True))], "v")[1]
        assert sorted(store.encoders_in_use()) == ["a@1/fp32", "a@1/int8", "b@2/fp32"]
        assert store.units_holding_each(["Meta", "Gemini", "Xyzzy", "Meta"]) == {"Meta": 3, "Gemini": 1, "Xyzzy": 0}
        store_search.POSTINGS_BUDGET, budget = 1, store_search.POSTINGS_BUDGET
        try:
            store._holding = None
            assert store.units_holding_each(["Google", "Llama"]) == {"Google": 2, "Llama": 1}  # counted up to 2
        finally:
            store_search.POSTINGS_BUDGET = budget
        # held steady, the store asks once whether the database changed; what another connection writes shows after
        asked = []
        version = store._version
        store._version = lambda: asked.append(1) or version()  # type: ignore[method-assign]
        with store.steady(), open_store() as other:
            before, held = store.vector_ids(), store.units_holding_each(["Meta"])
            more = other._insert("articles", {"url": "https://news.example/3", "source": "s", "title": "t", "text": "z"})
            other.replace_passages(more, [{"kind": "sentence", "first": 0, "last": 0, "start": 0, "end": 1, "text": "Meta",
                                           "vector": vectors[0].tobytes(), "encoder": "a@1/fp32"}], "v")
            assert held == {"Meta": 3} and store.vector_ids() == before and store.units_holding_each(["Meta"]) == held
        assert len(asked) == 1
        assert store.vector_ids()[0] == before[0] + 1 and store.units_holding_each(["Meta"]) == {"Meta": 4}
        store._version = version  # type: ignore[method-assign]
        found, got = store.vectors_of(list(reversed(ids)))
        assert sorted(found) == [ids[i] for i in range(6) if encoders[i] is not None]
        for pid, vector in zip(found, got, strict=True):
            assert vector.dtype == np.float32 and vector.tobytes() == vectors[ids.index(pid)].tobytes()
        if store.backend == "postgres":  # with enough passages for the planner to prefer the index
            other = store._insert("articles", {"url": "https://news.example/2", "source": "s", "title": "t", "text": "y"})
            store.replace_passages(other, [{"kind": "sentence", "first": i, "last": i, "start": 0, "end": 1,
                                            "text": f"unit {i}", "vector": vectors[0].tobytes(), "encoder": "c@3/fp32"}
                                           for i in range(5000)], "v")
            store._write("ANALYZE passages", [])
            plan = "\n".join(row[0] for row in store._tuples("EXPLAIN " + store._ENCODERS))
            assert "passages_encoder" in plan and "Seq Scan on passages" not in plan, plan
            assert sorted(store.encoders_in_use()) == ["a@1/fp32", "a@1/int8", "b@2/fp32", "c@3/fp32"]
            # a word's count reads the text index and the visibility map, not a page of rows per unit: with `SELECT 1`
            # in the counted rows, 5,000 units of "unit" read every one of their pages
            store.vacuum(["passages"])
            assert store.units_holding_each(["unit"]) == {"unit": 5000}
            explained = store._tuples("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + store._COUNTS, [10_001, ["unit"]])
            scans = [node for node in _plan_nodes(explained[0][0][0]["Plan"]) if node["Node Type"] == "Bitmap Heap Scan"]
            assert scans and scans[0]["Exact Heap Blocks"] > 500, scans
            assert scans[0]["Shared Hit Blocks"] + scans[0]["Shared Read Blocks"] < 50, scans


def _plan_nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """A JSON query plan's nodes, depth first."""
    yield node
    for child in node.get("Plans", []):
        yield from _plan_nodes(child)


def test_the_keyword_side_ranks_alike_with_and_without_filters_and_breaks_ties_by_unit(tmp_path: Path) -> None:
    # unfiltered, SQLite sorts bm25() under the limit itself; filtered, FTS5's rank column orders the join (each
    # the faster plan for its case, pipeline/store_search.py): the same units, scores and order, ties by unit id
    from pipeline.store import Store
    from pipeline.store_search import Filters

    with Store(tmp_path / "a.db") as store:
        article = store._insert("articles", {"url": "https://news.example/1", "source": "s", "title": "t", "text": "x",
                                             "published": "2026-05-01"})
        texts = [f"Meta spent more on data centres in quarter {i}." for i in range(30)]  # equal lengths: ties
        texts += ["Meta data", "Meta said little.", "Data centres again, and data centres once more for Meta."]
        vector = np.full(384, 384 ** -0.5, dtype=np.float32).tobytes()
        store.replace_passages(article, [{"kind": "sentence", "first": i, "last": i, "start": 0, "end": 1, "text": text,
                                          "vector": vector, "encoder": "m/fp32"} for i, text in enumerate(reversed(texts))],
                               "v")
        for query, limit in (("Meta data", 50), ("Meta data", 7), ("data centres", 12), ("Meta", 33)):
            plain = store.keyword_search(query, limit, Filters())
            assert plain == store.keyword_search(query, limit, Filters(since="2000-01-01")), query
            assert len(plain) == min(limit, 33) and plain[0][1] > plain[-1][1]
            for (one, relevance), (other, next_relevance) in itertools.pairwise(plain):
                assert relevance > next_relevance or (relevance == next_relevance and one < other), (query, plain)


def test_a_search_maps_the_index_read_only_and_an_ingest_never_gets_that_copy(tmp_path: Path) -> None:
    """A search memory-maps the saved index (no full read, no CRC over every byte); the ingest that follows in the
    same process gets a writable copy, and the full check still catches a damaged file."""
    import hashlib

    from aipulse.indexing import embed_stored, index_path, sync_index
    from index.vectors import IndexFileError, VectorIndex
    from pipeline.config import load_config
    from pipeline.models import Article
    from pipeline.store import Store

    config = load_config(write_config(tmp_path, '[storage]\ndata_dir = "data"\n[stance]\nenabled = false\n'))
    config.data_dir.mkdir()
    store = Store(config.db_path)

    def add(number: int, text: str) -> None:
        article = Article(url=f"https://news.example/{number}", fetched_url=f"https://news.example/{number}",
                          source="news", title=f"Story {number}", text=text, published="2026-05-01T09:00:00+00:00")
        with store.transaction():
            store.upsert_article(article, hashlib.sha256(text.encode()).hexdigest(), None)

    add(0, PRONOUN_ARTICLE)
    embed_stored(config, store)
    searched = sync_index(config, store, for_search=True)
    assert searched.mapped and searched.count == store.vector_ids()[0] > 0
    add(1, "OpenAI said ChatGPT had 900 million weekly users in May. Anthropic said Claude grew too.")
    assert embed_stored(config, store) == 1
    again = sync_index(config, store)
    assert not again.mapped and (again.count, again.id_sum) == store.vector_ids()
    path = index_path(config)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte, the size unchanged
    path.write_bytes(bytes(data))
    with pytest.raises(IndexFileError):
        VectorIndex.load(path)
    assert VectorIndex.load(path, mapped=True).count == again.count  # the size and count agree: mapped loads it


def test_an_index_trains_on_units_spread_over_the_whole_store() -> None:
    from index.vectors import _spread_sample

    vectors = np.arange(10_000, dtype=np.float32)[:, None].repeat(4, axis=1)
    parts = [(np.arange(b, b + 700), vectors[b:b + 700]) for b in range(0, 10_000, 700)]
    sample = _spread_sample(parts, 10_000, 500)[:, 0]
    assert len(sample) == 500 and sample[0] == 0 and sample[-1] >= 9_980  # the oldest and the newest articles
    assert set(np.diff(sample).tolist()) == {20.0}  # even steps, across the parts' edges too

    seen: list[weakref.ref[np.ndarray]] = []

    def streamed() -> Iterator[tuple[np.ndarray, np.ndarray]]:
        for begin in range(0, 10_000, 700):
            part = np.ones((700, 4), dtype=np.float32)
            seen.append(weakref.ref(part))
            gc.collect()
            assert all(ref() is None for ref in seen[:-2])  # the sample holds no batch it has read
            yield np.arange(begin, begin + 700), part
            del part

    assert len(_spread_sample(streamed(), 10_000, 500)) == 500


def test_another_model_takes_over_the_search_index_and_stance_keeps_its_own(demo_db: Path, tmp_path: Path) -> None:
    """A user who configures another sentence model: the next reindex drops the last model's vectors (one index cannot
    hold two widths, and a search never mixes models) and embeds every article with the new one; stance and themes,
    trained on the packaged model, keep using it."""
    import shutil
    import sqlite3

    import torch
    from transformers import BertConfig, BertModel

    from pipeline.store import Store

    tiny = tmp_path / "tiny-bert"  # two layers of width 64, random weights, the packaged model's tokenizer
    torch.manual_seed(0)
    BertModel(BertConfig(hidden_size=64, num_hidden_layers=2, num_attention_heads=2, intermediate_size=128)
              ).save_pretrained(tiny, safe_serialization=True)
    for name in ("vocab.txt", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"):
        if (model_path() / name).is_file():
            shutil.copy(model_path() / name, tiny / name)
    store_dir = tmp_path / "store"
    store_dir.mkdir()
    source, target = sqlite3.connect(demo_db.parent / "aipulse.db"), sqlite3.connect(store_dir / "aipulse.db")
    source.backup(target)
    target.close()
    config = store_dir / "config.toml"
    config.write_text(f'[storage]\ndata_dir = "."\n\n[model]\nname = "{tiny}"\n')
    code, out, err = run_cli("--config", str(config), "reindex", "--json")
    assert code == 0, err
    status = json.loads(run_cli("--config", str(config), "status", "--json")[1])
    assert status["index_in_sync"] is True and status["counts"]["vectors"] > 100
    with Store(store_dir / "aipulse.db") as store:
        assert {encoder.split("@")[0] for encoder in store.encoders_in_use()} == {"tiny-bert"}
        assert {len(vector) for _, vector in store._tuples("SELECT id, vector FROM passages LIMIT 50")} == {64 * 4}
    code, out, err = run_cli("--config", str(config), "search", "Llama is falling behind", "--mode", "semantic", "--json")
    assert code == 0 and len(json.loads(out)) == 10, err
    code, out, err = run_cli("--config", str(config), "stance", "--entity", "Meta",
                             "Meta was fined EUR 1.2 billion over data transfers, its largest privacy penalty yet.")
    assert code == 0 and json.loads(out)["label"] == "skeptical" and json.loads(out)["theme"] == "regulation", err


def test_a_mapped_approximate_index_finds_what_the_loaded_one_finds_without_prefetch_threads(
        tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import faiss

    import index.vectors
    from index.vectors import VectorIndex

    monkeypatch.setattr(index.vectors, "APPROX_FROM", 2000)
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(4000, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids = np.arange(1, 4001, dtype=np.int64)
    built = VectorIndex.build(lambda: [(ids, vectors)], 32, "test", count=4000)
    assert built.approximate
    built.save(tmp_path / "vectors.faiss")
    loaded, mapped = VectorIndex.load(tmp_path / "vectors.faiss"), VectorIndex.load(tmp_path / "vectors.faiss", mapped=True)
    lists = faiss.downcast_InvertedLists(faiss.extract_index_ivf(mapped.index).invlists)
    assert type(lists).__name__ == "OnDiskInvertedLists" and lists.prefetch_nthread == 0
    queries = vectors[:20] + rng.normal(scale=0.05, size=(20, 32)).astype(np.float32)
    assert np.array_equal(loaded.search(queries, 10)[1], mapped.search(queries, 10)[1])


SAME_IN_EVERY_PROCESS = """
import json, sys
from aipulse.search import MOST_KEYWORD_WEIGHT, Query, adaptive_weight, search
from pipeline.config import load_config
from pipeline.store import Store
from pipeline.store_search import Filters

config = load_config(sys.argv[1])
store = Store(config.db_path)
# each query the words of one stored sentence, so that sentence holds it whole
sentences = [row[0] for row in store.db.execute(
    "SELECT text FROM passages WHERE kind = 'sentence' AND length(text) > 60 ORDER BY id LIMIT 40")]
out = []
for sentence in sentences:
    text = " ".join(sentence.split()[:7])
    weight = adaptive_weight(text, store, store.keyword_search(text, 50, Filters()))
    hits = search(config, store, Query(text, k=5))
    out.append([text, weight == MOST_KEYWORD_WEIGHT, [(hit["passage_id"], hit["score"]) for hit in hits]])
print(json.dumps(out))
"""


def test_a_query_ranks_the_same_in_every_process(demo_db: Path) -> None:
    """Python hashes strings with a seed of its own in each process, so a set of words is visited in another order
    in each: nothing a search computes may depend on that order (a plain sum of the words' weights in it made a unit
    holding the whole query fall a rounding short of the whole share in some processes, and rank otherwise)."""
    import os
    import subprocess
    import sys

    runs = []
    for seed in range(6):
        done = subprocess.run([sys.executable, "-c", SAME_IN_EVERY_PROCESS, str(demo_db)], capture_output=True,
                              text=True, env={**os.environ, "PYTHONHASHSEED": str(seed)}, timeout=120,
                              cwd=Path(__file__).resolve().parent.parent)
        assert done.returncode == 0, done.stderr
        runs.append(json.loads(done.stdout))
    assert len(runs[0]) == 40
    assert all(whole for _, whole, _ in runs[0])  # every query is one stored sentence's words: the whole share
    for run in runs[1:]:
        assert run == runs[0]
