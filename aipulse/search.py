"""`aipulse search`: semantic (FAISS), keyword (SQLite FTS5) or both fused by reciprocal rank.

Cold start matters: this module imports neither torch nor sentence-transformers. The query is encoded
by the numpy copy of the model (index/npbert.py), which gives the same vector as the full model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pipeline.config import Config
from pipeline.store import Store
from pipeline.store_search import Filters

MODES = ("hybrid", "semantic", "keyword")
RRF_K = 60  # reciprocal rank fusion constant (Cormack et al., 2009)


class SearchError(Exception):
    """The search cannot run as asked; the message says why and what to do."""


@dataclass(frozen=True)
class Query:
    text: str
    k: int = 10
    mode: str = "hybrid"
    filters: Filters = Filters()


def search(config: Config, store: Store, query: Query) -> list[dict[str, Any]]:
    """The k best passages or sentences for the query, filters applied before the cut, best first."""
    if query.mode not in MODES:
        raise SearchError(f"unknown mode {query.mode!r}: use one of {', '.join(MODES)}")
    if not query.text.strip():
        raise SearchError("the query is empty")
    depth = max(50, 5 * query.k)  # candidates per ranking before fusion and de-duplication
    allowed = store.allowed_passages(query.filters)
    if allowed is not None and not allowed:
        return []
    semantic: list[tuple[int, float]] = []
    keyword: list[tuple[int, float]] = []
    if query.mode in ("semantic", "hybrid"):
        semantic = semantic_ranking(config, store, query.text, depth, allowed)
    if query.mode in ("keyword", "hybrid"):
        keyword = store.keyword_search(query.text, depth, query.filters)
    if query.mode == "semantic":
        ranked = semantic
    elif query.mode == "keyword":
        ranked = keyword
    else:
        ranked = fuse([semantic, keyword])
    similarity = dict(semantic)
    details = store.passage_details([pid for pid, _ in ranked])
    results: list[dict[str, Any]] = []
    kept: list[dict[str, Any]] = []
    for pid, score in ranked:
        row = details.get(pid)
        if row is None or any(_same_place(row, other) for other in kept):
            continue
        kept.append(row)
        results.append(_result(row, score, similarity.get(pid)))
        if len(results) == query.k:
            break
    return results


def semantic_ranking(config: Config, store: Store, text: str, depth: int,
                     allowed: list[int] | None) -> list[tuple[int, float]]:
    from aipulse.indexing import sync_index
    from index.encoder import query_encoder

    index = sync_index(config, store)
    if index.count == 0:
        return []
    encoder = query_encoder(config["model.name"])
    if index.encoder != encoder.version:
        raise SearchError(f"the index was built with {index.encoder}, the configured model is "
                          f"{encoder.version}: run `aipulse reindex`")
    scores, ids = index.search(encoder.encode([text]), depth, allowed)
    return [(int(i), float(s)) for s, i in zip(scores[0], ids[0], strict=True) if i >= 0]


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


def _result(row: dict[str, Any], score: float, similarity: float | None) -> dict[str, Any]:
    """One hit; each company it mentions with its stance (the most frequent label, and the mean score) and themes
    (the most frequent first)."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for mention in row["mentions"]:
        grouped.setdefault(mention["entity"], []).append(mention)
    entities = []
    for entity, mentions in grouped.items():
        labels = [m["label"] for m in mentions]
        mean = sum(m["score"] for m in mentions) / len(mentions)
        leaning = "optimistic" if mean >= 0.2 else "skeptical" if mean <= -0.2 else "neutral"
        top = max(set(labels), key=lambda label: (labels.count(label), label == leaning))  # ties: the mean decides
        themes = [m["theme"] for m in mentions if m.get("theme")]
        entities.append({"entity": entity, "label": top, "mentions": len(mentions), "score": round(mean, 3),
                         "themes": sorted(set(themes), key=lambda theme: (-themes.count(theme), theme)),
                         "first_party": any(m["first_party"] for m in mentions)})
    return {
        "text": row["text"], "kind": row["kind"], "score": round(score, 4),
        "similarity": None if similarity is None else round(similarity, 4),
        "title": row["title"], "url": row["url"], "published": row["published"], "source": row["source"],
        "entities": entities, "article_id": row["article_id"], "passage_id": row["id"],
        "start": row["start"], "end": row["end"],
    }
