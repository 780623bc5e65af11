"""`aipulse search`: semantic (FAISS), keyword (SQLite FTS5) or both (hybrid, the default).

Hybrid scores every candidate either ranking found by its cosine with the query (computed from its stored
vector when only the keyword side found it) plus a keyword weight times its keyword relevance relative to
the best keyword match; the weight follows how much of the query one keyword hit holds (`adaptive_weight`).
Reciprocal-rank fusion (`fusion="rrf"`) is kept for comparison: bench/search_quality.py measures both.

Cold start matters: this module imports neither torch nor sentence-transformers. The query is encoded
by the numpy copy of the model (index/npbert.py), which gives the same vector as the full model.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, replace
from typing import Any

from pipeline.config import Config
from pipeline.passages import context_around
from pipeline.store import Store
from pipeline.store_search import STOPWORDS, Filters, query_words

# what hybrid search's keyword side gives: the units the filters let through (None: every unit), its hits, its weight
# in fusion and its hits' stored vectors (ids, vectors)
Sided = tuple[Any, list[tuple[int, float]], float, tuple[list[int], Any]]
MODES = ("hybrid", "semantic", "keyword")
FUSIONS = ("weighted", "rrf")
MOST_KEYWORD_WEIGHT = 0.5  # these three chosen on bench/search_quality.py, see docs/search.md
KEYWORD_POWER = 1.0
KEYWORD_FLOOR = 0.5  # a query whose words no keyword hit holds this share of gets no keyword weight at all
TRUST_HITS = 5  # keyword hits looked at for the query's words
SHARE_BY_RARITY = True  # a word counts in the share by its rarity, log(units / units holding it), not as one
RRF_K = 60  # reciprocal rank fusion constant (Cormack et al., 2009)
RERANK_DEPTH = 30  # the best units scored again token by token (index/late.py; chosen on bench/search_quality.py)
LAND_LATE = True  # a passage that ranks after late interaction is shown as its best sentence
LAND_MARGIN = 0.01  # ... unless its sentences together score at least this much more than that one alone
ONE_AFTER_THE_OTHER_FROM = 100_000_000  # a query encoder whose layers hold more bytes (all-mpnet-base-v2: 340 MB,
# the packaged model 43 MB) encodes on every BLAS thread before the keyword half, not on one thread beside it
BESIDE_FROM = 50_000  # ... and so does any encoder for a store of fewer units, whose keyword half takes a few ms
DEEPER = 8  # with filters, each side searches this many times as deep without them and keeps the units that pass,
# then deeper as the share that passed asks while that is at most MOST_DEEP, and only when too few pass even then
# does it search with the filters themselves (the vector side among every unit that passes, chosen first); 0: always
MOST_DEEP = 4000
DETAILS_AHEAD: int | None = 2  # details fetched first: of the late-scored units and 2 × k hits (None: every candidate;
# what it saves a warm search: docs/search.md)


class SearchError(Exception):
    """The search cannot run as asked; the message says why and what to do."""


@dataclass(frozen=True)
class Query:
    text: str
    k: int = 10
    mode: str = "hybrid"
    filters: Filters = Filters()


def search(config: Config, store: Store, query: Query, fusion: str = "weighted",
           keyword_weight: float | None = None, land: bool = False,
           keep: Callable[[dict[str, Any]], bool] | None = None, rerank: int = RERANK_DEPTH) -> list[dict[str, Any]]:
    """The k best sentences or passages for the query, filters applied before the cut, best first; a sentence
    comes with its `passage` (the sentences around it). Every sentence is a unit, so one that answers alone
    wins on its own; a passage wins when the answer needs its neighbours (a question that names the company
    in one sentence and is answered by the next). With `land`, a passage that ranks is shown as its sentence
    closest to the query instead, and `keep` decides which units may be hits: bench/search_quality.py measures
    other unit schemes that way against what ships. Semantic and hybrid search then score the `rerank` best units
    again token by token (late interaction, index/late.py) and put them in that order; 0 leaves the ranking as
    fused."""
    with store.steady():  # one search: the store asks whether the database changed once, not at every count
        source = query.filters.source
        if source is not None and not query.filters.copies and store.holds_copies(source):
            # a source's syndicated copies are not units (their first copy stands for them): search the stories
            query = replace(query, filters=replace(query.filters, copies=True))
        return _search(config, store, query, fusion, keyword_weight, land, keep, rerank)


def _search(config: Config, store: Store, query: Query, fusion: str, keyword_weight: float | None, land: bool,
            keep: Callable[[dict[str, Any]], bool] | None, rerank: int) -> list[dict[str, Any]]:
    if query.mode not in MODES:
        raise SearchError(f"unknown mode {query.mode!r}: use one of {', '.join(MODES)}")
    if fusion not in FUSIONS:
        raise SearchError(f"unknown fusion {fusion!r}: use one of {', '.join(FUSIONS)}")
    if not query.text.strip():
        raise SearchError("the query is empty")
    depth = max(50, 5 * query.k)  # candidates per ranking before fusion and de-duplication
    semantic: list[tuple[int, float]] = []
    keyword: list[tuple[int, float]] = []
    vector = states = None
    whole = False  # whether one keyword hit holds every word of the query
    parts = semantic_index(config, store) if query.mode in ("semantic", "hybrid") else None
    weight = 0.0  # the keyword side's weight in fusion (adaptive_weight unless given)
    stored: tuple[list[int], Any] = ([], None)  # the keyword hits' stored vectors (ids, vectors)
    allowed: Any = None  # the units the filters let through, when chosen first (None: every unit)
    # whether a unit passes the filters, asked of the store as search meets the units
    passing = Passing(store, query.filters) if query.filters else None
    members: Container[int] | None = passing  # or, once chosen first, the units that pass (Admitted)
    if parts and query.mode == "hybrid":
        def keyword_side(publish: Callable[[Any], object]) -> Sided:
            # the units the filters let through (or how deep to search without them), handed to the vector search at
            # once, then what fusion needs from the keyword side alone, while the query is still being encoded
            allowed = _chosen(store, query.filters, depth)
            publish(allowed)
            if _nothing(allowed):
                return allowed, [], 0.0, ([], None)
            hits = _keyword_hits(store, query.text, depth, passing, isinstance(allowed, Unchosen))
            if fusion == "rrf":
                return allowed, hits, 0.0, ([], None)
            weight = adaptive_weight(query.text, store, hits) if keyword_weight is None else keyword_weight
            return allowed, hits, weight, store.vectors_of([pid for pid, _ in hits]) if hits else ([], None)

        vector, states, semantic, (allowed, keyword, weight, stored) = _both_sides(parts, query, depth, keyword_side)
    elif parts:
        allowed = _chosen(store, query.filters, depth)
        if not _nothing(allowed):
            vector, states, semantic = _nearest(*parts, query.text, depth, allowed)
    elif query.mode in ("keyword", "hybrid"):
        keyword = _keyword_hits(store, query.text, depth, passing, _deeper(store, query.filters, depth))
    if isinstance(allowed, Unchosen) and passing is not None and parts is not None:
        members, semantic = _passing_nearest(store, parts[0], vector, semantic, passing, depth)
    elif _nothing(allowed):
        return []
    elif allowed is not None:
        members = Admitted(allowed)
    if query.mode == "semantic":
        ranked = semantic
    elif query.mode == "keyword":
        ranked = keyword
    elif fusion == "rrf" or vector is None:
        ranked = fuse([semantic, keyword])
    else:  # both sides ran (_both_sides), the keyword side with its weight and its hits' vectors
        whole = weight >= MOST_KEYWORD_WEIGHT
        ranked = weighted(semantic, vector, keyword_bonus(keyword, weight), stored)
    similarity = dict(semantic)
    # details of the units late interaction scores and the first hits; more below only if those do not fill k
    asked = {pid for pid, _ in (ranked if DETAILS_AHEAD is None else ranked[:max(rerank, DETAILS_AHEAD * query.k)])}
    details = store.passage_details(list(asked), mentions=keep is not None)
    landing: dict[int, int] = {}  # passage -> its sentence that answers best, token by token
    # a query that one keyword hit holds whole (names, numbers) keeps the fused ranking; meaning is scored again
    if states is not None and rerank and query.mode != "keyword" and not whole:
        ranked, landing = late_ranking(store, ranked, details, states, rerank, members)
        if LAND_LATE and landing:
            shown = set(landing.values()) - asked
            asked |= shown  # fetched once, even where one of them also ranks further down on its own
            details |= store.passage_details(list(shown), mentions=keep is not None)
    kept: list[tuple[dict[str, Any], float]] = []
    for place, (pid, score) in enumerate(ranked):
        if pid not in asked:  # the hits fetched so far were not enough: the next ones
            more = [other for other, _ in ranked[place:place + 2 * query.k] if other not in asked]
            asked.update(more)
            details |= store.passage_details(more, mentions=keep is not None)
        row = details.get(pid)
        if row is not None and keep is not None and not keep(row):
            continue
        if LAND_LATE and pid in landing and landing[pid] in details:  # shown as that sentence, its passage around it
            row = details[landing[pid]]
        if row is not None and row["kind"] == "passage" and land and vector is not None:
            row, cosine = _landing(store, row, vector, members)
            similarity[row["id"]] = cosine if cosine is not None else similarity.get(pid, 0.0)
        if row is None or any(_same_place(row, other) for other, _ in kept):
            continue
        kept.append((row, score))
        if len(kept) == query.k:
            break
    # only the hits shown need their mentions, and a sentence hit its article's text (for `passage`)
    store.attach_mentions([row for row, _ in kept if "mentions" not in row])
    texts = store.article_texts({row["article_id"] for row, _ in kept if row["kind"] == "sentence"})
    results = [_result(row, score, similarity.get(row["id"]), texts.get(row["article_id"]), query.filters)
               for row, score in kept]
    source = query.filters.source
    if source is not None and query.filters.copies:  # hits let through by the source's copy of their story: that copy
        elsewhere: dict[int, list[dict[str, Any]]] = {}
        for (row, _), result in zip(kept, results, strict=True):
            if row["source"] != source and row["story_id"] is not None:
                elsewhere.setdefault(row["story_id"], []).append(result)
        for story, url in store.copies_from(source, elsewhere).items():
            for result in elsewhere[story]:
                result["copy"] = {"source": source, "url": url}
    return results


class Admitted:
    """Whether a unit passes the filters: a binary search of their ids (ascending, as allowed_passages gives them),
    where a set of 50,000 ids cost a search 0.7 ms to build, twice."""

    def __init__(self, ids: Any) -> None:
        self.ids = ids

    def __contains__(self, unit: object) -> bool:
        import numpy as np

        if not isinstance(unit, (int, np.integer)):
            return False
        at = int(np.searchsorted(self.ids, unit))
        return at < len(self.ids) and int(self.ids[at]) == unit


class Passing:
    """Whether a unit passes the filters, asked of the store for the units in question (Store.passing) and
    remembered: what a search checks when it did not choose every unit that passes first (DEEPER)."""

    def __init__(self, store: Store, filters: Filters) -> None:
        self.store, self.filters = store, filters
        self.known: dict[int, bool] = {}

    def among(self, units: Iterable[Any]) -> set[int]:
        """The units that pass, of these: those not yet known asked of the store at once."""
        wanted = [int(unit) for unit in units]
        asked = [unit for unit in dict.fromkeys(wanted) if unit not in self.known]
        if asked:
            passed = set(self.store.passing(asked, self.filters).tolist())
            self.known.update((unit, unit in passed) for unit in asked)
        return {unit for unit in wanted if self.known[unit]}

    def __contains__(self, unit: object) -> bool:
        import numpy as np

        return isinstance(unit, (int, np.integer)) and bool(self.among([unit]))


@dataclass(frozen=True)
class Unchosen:
    """The units the filters let through, not chosen first: the vector search goes `depth` deep without them, and
    _passing_nearest keeps the units that pass."""

    depth: int


def _chosen(store: Store, filters: Filters, depth: int) -> Any:
    """What the vector search searches among: every unit (None, no filter), the units the filters let through
    (allowed_passages), or with DEEPER, none chosen first (Unchosen): choosing them reads every unit's place, 1.2 s
    for a company filter at 1.6 million units (bench/search.py), where checking a few hundred takes milliseconds.
    Filters too narrow for that (_deeper) are chosen first, where they are few."""
    return Unchosen(DEEPER * depth) if _deeper(store, filters, depth) else store.allowed_passages(filters)


def _deeper(store: Store, filters: Filters, depth: int) -> bool:
    """Whether a search with these filters is to search deeper without them and keep what passes (_passing): not
    where so few units pass that even a search MOST_DEEP deep would meet fewer than `depth` of them (Store.few_pass's
    bounded counts, under a millisecond), which would only end in searching with the filters after all: a rare
    company at 1.6M units took 115 ms where searching with its filter takes 93, and takes 85 against 89 since
    (bench/search.py)."""
    return bool(filters) and DEEPER > 0 and not (MOST_DEEP > 0 and store.few_pass(filters, depth / MOST_DEEP))


def _nothing(allowed: Any) -> bool:
    """Whether the units chosen first are none at all."""
    return allowed is not None and not isinstance(allowed, Unchosen) and not len(allowed)


def _among(members: Container[int], units: Iterable[Any]) -> set[int]:
    """The units that pass, of these: asked of the store at once where it is the store that knows (Passing)."""
    if isinstance(members, Passing):
        return members.among(units)
    return {int(unit) for unit in units if unit in members}


def _passing_nearest(store: Store, index: Any, vector: Any, found: list[tuple[int, float]], members: Passing,
                     depth: int) -> tuple[Container[int], list[tuple[int, float]]]:
    """The `depth` nearest units that pass the filters, from `found` (the vector search's DEEPER × depth nearest, the
    filters aside) or a deeper search (_passing), and what tells the units that pass from the rest. Where too few
    pass, every unit that passes is chosen (allowed_passages) and searched among instead: the same units either way,
    since the filtered ranking keeps the order of the unfiltered one."""
    kept = _passing(lambda deep: found if deep == DEEPER * depth else _found(index, vector, deep, None), members, depth)
    if kept is not None:
        return members, kept
    allowed = store.allowed_passages(members.filters)
    return Admitted(allowed), _found(index, vector, depth, allowed)


def _keyword_hits(store: Store, text: str, depth: int, passing: Passing | None, deeper: bool
                  ) -> list[tuple[int, float]]:
    """The keyword side's `depth` best units that pass the filters: from its ranking without them, DEEPER times as
    deep (_passing), where `deeper` (_deeper) and enough pass; else from its query joined with the filters, which
    checks every unit it scores against them (200 ms a search with a source filter at 1.6M units, bench/search.py).
    Both count a common word over its newest units only (Store.keyword_search), so both give the same hits."""
    if passing is None:
        return store.keyword_search(text, depth, Filters())
    kept = (_passing(lambda deep: store.keyword_search(text, deep, Filters(), planned=depth), passing, depth)
            if deeper else None)
    return kept if kept is not None else store.keyword_search(text, depth, passing.filters)


def _passing(find: Callable[[int], list[tuple[int, float]]], members: Passing, depth: int
             ) -> list[tuple[int, float]] | None:
    """The `depth` best hits that pass the filters, in order, from `find(deep)` (the `deep` best, the filters aside)
    searched DEEPER times as deep, then deeper as the share that passed asks (half again that), while that is at most
    MOST_DEEP; all that pass when a search found fewer than it asked for (it met every unit it could); None when too
    few pass."""
    deep = DEEPER * depth
    while True:
        found = find(deep)
        admitted = members.among(pid for pid, _ in found)
        kept = [(pid, score) for pid, score in found if pid in admitted]
        if len(kept) >= depth or len(found) < deep:
            return kept[:depth]
        deep = int(1.5 * depth * len(found) / max(len(kept), 1))
        if deep > MOST_DEEP:  # a narrow filter: even MOST_DEEP would likely hold too few, and checking them costs
            return None


def _encoded(encoder: Any, text: str) -> tuple[Any, Any]:
    """The query's vector and its token states (None from an encoder that gives none), from one pass."""
    if hasattr(encoder, "encode_query"):
        return encoder.encode_query(text)  # type: ignore[no-any-return]
    return encoder.encode([text])[0], None


def _found(index: Any, vector: Any, depth: int, allowed: Any) -> list[tuple[int, float]]:
    """The `depth` units nearest the query's vector (id, cosine), among `allowed` when given (none when it is empty;
    Unchosen: its depth, among every unit)."""
    if isinstance(allowed, Unchosen):  # deeper, the filters aside: _passing_nearest keeps the units that pass
        depth, allowed = allowed.depth, None
    elif allowed is not None and not len(allowed):
        return []
    scores, ids = index.search(vector[None, :], depth, allowed)
    return [(int(i), float(s)) for s, i in zip(scores[0], ids[0], strict=True) if i >= 0]


def _nearest(index: Any, encoder: Any, text: str, depth: int,
             allowed: Any) -> tuple[Any, Any, list[tuple[int, float]]]:
    """The query's vector, its token states and its `depth` nearest units (id, cosine)."""
    vector, states = _encoded(encoder, text)
    return vector, states, _found(index, vector, depth, allowed)


def late_ranking(store: Store, ranked: list[tuple[int, float]], details: dict[int, dict[str, Any]], states: Any,
                 depth: int, allowed: Container[int] | None = None
                 ) -> tuple[list[tuple[int, float]], dict[int, int]]:
    """The `depth` best of `ranked` scored again: their late-interaction score with the query's token states
    (index/late.py) in place of their fused score, the rest after them as they were; and the passages among them
    to show as one of their sentences (among the `allowed` units): the one that scores best token by token, unless
    the passage's sentences together score LAND_MARGIN more. Unchanged when one of them has no token bits: a store
    embedded before they were kept, until `aipulse reindex`."""
    from index.cpu import blas_threads
    from index.late import query_matrix, scores_of, token_maxima, unit_scores

    head = [pid for pid, _ in ranked[:depth] if pid in details]
    bits = store.unit_tokens([details[pid] for pid in head])
    if not head or len(bits) < len(head):
        return ranked, {}
    # every sentence among them once, in one product on one BLAS thread (a second would spin on past the product
    # and take the core the next search's SQLite needs)
    sentences = {sid: part for pid in head for sid, part in bits[pid]}
    column = {sid: number for number, sid in enumerate(sentences)}
    query_side = query_matrix(states)
    with blas_threads(1):
        maxima = token_maxima(query_side, list(sentences.values()))
    width = query_side.shape[1]
    each = scores_of(maxima, width)  # every sentence alone
    # a passage's tokens all together (token by token its sentences' best): a query whose words two of its
    # sentences share finds them there. Every unit's columns side by side, each unit's best taken in one reduction
    scores = unit_scores(maxima[:, [column[sid] for pid in head for sid, _ in bits[pid]]],
                         [len(bits[pid]) for pid in head], width).tolist()
    rescored = sorted(zip(head, scores, strict=True), key=lambda item: (-item[1], details[item[0]]["kind"] == "passage"))
    landing = {}
    admitted = None if allowed is None else _among(allowed, sentences)
    for pid, pooled in zip(head, scores, strict=True):
        shown = [sid for sid, _ in bits[pid] if admitted is None or sid in admitted]
        if details[pid]["kind"] == "passage" and shown:
            best = max(shown, key=lambda sid: (each[column[sid]], -shown.index(sid)))
            if pooled - float(each[column[best]]) < LAND_MARGIN:  # one sentence answers about as well as all of them
                landing[pid] = best
    return rescored + ranked[depth:], landing


def _both_sides(parts: tuple[Any, Any], query: Query, depth: int,
                keyword_side: Callable[[Callable[[Any], object]], Sided]
                ) -> tuple[Any, Any, list[tuple[int, float]], Sided]:
    """The semantic side (encoding, vector search) on a worker thread while this one runs `keyword_side` (SQLite):
    both release the GIL. `keyword_side` first hands the units the filters let through (None: every unit) to the
    function it is given: only the vector search needs them, so the encoding starts before they are chosen. numpy's
    products keep to one thread meanwhile, or its second thread would take the core the keyword side needs
    (bench/search.py, warm hybrid).
    Encoding on one thread takes longer than the keyword search, so the keyword side also does the work fusion
    needs of it alone (its weight, its hits' vectors). Where the encoding loses more to one thread than the keyword
    side takes, a large model's or a small store's, it runs first, on every thread, and the keyword side after it."""
    from index.cpu import blas_threads

    index, encoder = parts

    def serial() -> tuple[Any, Any, list[tuple[int, float]], Sided]:
        vector, states = _encoded(encoder, query.text)
        sided = keyword_side(lambda allowed: None)
        return vector, states, _found(index, vector, depth, sided[0]), sided

    if getattr(encoder, "layer_bytes", 0) > ONE_AFTER_THE_OTHER_FROM or index.count < BESIDE_FROM:
        return serial()
    with blas_threads(1) as limited:
        if not limited or (os.cpu_count() or 1) < 2:
            return serial()
        found: list[Any] = []  # the worker's result, or what it raised
        filtered: list[Any] = []  # the allowed units, once this thread has them
        ready = threading.Event()

        def nearest() -> None:
            try:
                vector, states = _encoded(encoder, query.text)
                ready.wait()
                # none handed over: the keyword side failed, nothing to search
                found.append((vector, states, _found(index, vector, depth, filtered[0] if filtered else [])))
            except BaseException as exc:  # handed to this thread below
                found.append(exc)

        def publish(allowed: Any) -> None:
            filtered.append(allowed)
            ready.set()

        worker = threading.Thread(target=nearest, name="aipulse-search")
        worker.start()  # a thread of its own costs less than importing concurrent.futures, for a cold search
        try:
            sided = keyword_side(publish)
        finally:
            ready.set()
            worker.join()
    if isinstance(found[0], BaseException):
        raise found[0]
    vector, states, semantic = found[0]
    return vector, states, semantic, sided


def semantic_index(config: Config, store: Store) -> tuple[Any, Any] | None:
    """The vector index in step with the database and the query encoder; None when nothing is embedded."""
    from aipulse.indexing import sync_index
    from index.encoder import query_encoder

    index = sync_index(config, store, for_search=True)
    if index.count == 0:
        return None
    encoder = query_encoder(config["model.name"])
    if index.encoder != encoder.version:
        raise SearchError(f"the index was built with {index.encoder}, the configured model is "
                          f"{encoder.version}: run `aipulse reindex`")
    return index, encoder


def adaptive_weight(text: str, store: Store, keyword: list[tuple[int, float]]) -> float:
    """How much the keyword side counts for this query: MOST_KEYWORD_WEIGHT × share ** KEYWORD_POWER, where share
    is the largest share of the query's content words that one of the best keyword hits holds (nothing below
    KEYWORD_FLOOR). A query of names and numbers that a unit holds whole ("Ridgeway Mutual Claude Code") leans
    on keywords; a paraphrase, whose words are scattered over many units, leans on meaning."""
    raw = [w for w in query_words(text) if w.lower() not in STOPWORDS]
    words = {_stem(w.lower()) for w in raw}
    if not words or not keyword:
        return 0.0
    weight = dict.fromkeys(words, 1.0)
    if SHARE_BY_RARITY:
        units = max(1, store.vector_ids()[0])
        held = store.units_holding_each(raw)
        for word in raw:
            weight[_stem(word.lower())] = math.log((units + 1) / (held[word] + 1))
    # math.fsum: a sum that is the same in any order. A set's order follows Python's per-process string hashing,
    # and a plain sum in that order made a unit holding every word fall a rounding short of the whole share or
    # not, so the same query could rank differently from one process to the next
    total = math.fsum(weight.values()) or 1.0
    texts = store.unit_texts([pid for pid, _ in keyword[:TRUST_HITS]])
    share = max((math.fsum(weight[w] for w in words & {_stem(w.lower()) for w in query_words(text)}) / total
                 for text in texts), default=0.0)
    return MOST_KEYWORD_WEIGHT * share ** KEYWORD_POWER if share >= KEYWORD_FLOOR else 0.0


def _stem(word: str) -> str:
    """Crude, for matching only: "models"/"model", "prices"/"price", "spending"/"spend" meet."""
    for suffix in ("ing", "ed", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def keyword_bonus(keyword: list[tuple[int, float]], keyword_weight: float) -> dict[int, float]:
    """What the keyword side adds to each unit it found: keyword_weight × its relevance / the best relevance."""
    best = max((relevance for _, relevance in keyword), default=0.0)
    return {pid: keyword_weight * relevance / best for pid, relevance in keyword} if best > 0 else {}


def weighted(semantic: list[tuple[int, float]], vector: Any, bonus: dict[int, float],
             stored: tuple[list[int], Any]) -> list[tuple[int, float]]:
    """Cosine plus the keyword side's `bonus` (keyword_bonus), over both rankings' candidates; a candidate only the
    keyword side found gets its cosine from its stored vector (`stored`: (ids, vectors) of the keyword hits)."""
    cosine = dict(semantic)
    ids, vectors = stored
    if ids:
        for pid, cos in zip(ids, (vectors @ vector).tolist(), strict=True):
            cosine.setdefault(pid, cos)  # the vector index's cosine where it has one, as for every semantic hit
    scored = {pid: cos + bonus.get(pid, 0.0) for pid, cos in cosine.items()}
    return sorted(scored.items(), key=lambda item: -item[1])


def _landing(store: Store, passage: dict[str, Any], vector: Any,
             allowed: Container[int] | None) -> tuple[dict[str, Any], float | None]:
    """The passage's sentence unit closest to the query (and its cosine), or the passage when it has none."""
    units = store.sentence_units(passage["article_id"], passage["first"], passage["last"])
    admitted = None if allowed is None else _among(allowed, units)
    ids = [pid for pid in units if admitted is None or pid in admitted]
    if not ids:
        return passage, None
    found, vectors = store.vectors_of(ids)
    if not found:
        return passage, None
    cosines = vectors @ vector
    best = int(cosines.argmax())
    return store.passage_details([found[best]])[found[best]], float(cosines[best])


def fuse(rankings: list[list[tuple[int, float]]]) -> list[tuple[int, float]]:
    """Reciprocal rank fusion: score = Σ 1 / (RRF_K + rank) over the rankings that hold the item."""
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, (pid, _) in enumerate(ranking, start=1):
            fused[pid] = fused.get(pid, 0.0) + 1.0 / (RRF_K + rank)
    return sorted(fused.items(), key=lambda item: -item[1])


def _same_place(row: dict[str, Any], kept: dict[str, Any]) -> bool:
    """A hit that repeats a better one: the same story's text, or a span overlapping it in one article."""
    if row["story_id"] is not None and row["story_id"] == kept["story_id"] and row["text"] == kept["text"]:
        return True
    return row["article_id"] == kept["article_id"] and row["start"] < kept["end"] and kept["start"] < row["end"]


def _result(row: dict[str, Any], score: float, similarity: float | None, article_text: str | None,
            filters: Filters) -> dict[str, Any]:
    """One hit; each company it mentions with its stance (the most frequent label, and the mean score) and themes
    (the most frequent first); a sentence also its `passage`, cut from its article's text; under a filter on
    companies, stances or themes, the mentions that let it through (`matched`: its own, or for a sentence those in
    the sentences around it), the evidence for a hit whose own mentions do not show the filter's."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for mention in row["mentions"]:
        grouped.setdefault(mention["entity"], []).append(mention)
    entities = []
    for entity, mentions in grouped.items():
        labels = [m["label"] for m in mentions]
        mean = sum(m["score"] for m in mentions) / len(mentions)
        leaning = "optimistic" if mean >= 0.2 else "skeptical" if mean <= -0.2 else "neutral"
        # ties: the mean decides, then the first mention's label (never the order of a set, which varies by process)
        top = max(dict.fromkeys(labels), key=lambda label: (labels.count(label), label == leaning))
        themes = [m["theme"] for m in mentions if m.get("theme")]
        entities.append({"entity": entity, "label": top, "mentions": len(mentions), "score": round(mean, 3),
                         "themes": sorted(set(themes), key=lambda theme: (-themes.count(theme), theme)),
                         "first_party": any(m["first_party"] for m in mentions)})
    result = {
        "text": row["text"], "kind": row["kind"], "score": round(score, 4),
        "similarity": None if similarity is None else round(similarity, 4),
        "title": row["title"], "url": row["url"], "published": row["published"], "source": row["source"],
        "entities": entities, "article_id": row["article_id"], "passage_id": row["id"],
        "start": row["start"], "end": row["end"],
    }
    if article_text is not None and row["kind"] == "sentence":
        result["passage"] = context_around(article_text, row["start"], row["end"])
    if filters.entity is not None or filters.stance is not None or filters.theme is not None:
        result["matched"] = [{key: mention[key] for key in ("entity", "mention", "label", "score", "theme", "sentence",
                                                             "in_unit")}
                             for mention in row.get("reached", []) if _matches(mention, filters)]
    return result


def _matches(mention: dict[str, Any], filters: Filters) -> bool:
    """Whether a mention passes the filters on companies, stances and themes (Store.allowed_passages' rule)."""
    return all(wanted is None or mention[key] == wanted
               for key, wanted in (("entity", filters.entity), ("label", filters.stance), ("theme", filters.theme)))
