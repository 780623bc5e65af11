"""The measured figures in the README and docs/performance.md, written from bench/results/*.json (and the
stance artefact's own description), so a figure lives in one place and the prose cannot drift from it.

    .venv/bin/python bench/figures.py          # rewrite the tables in README.md and docs/performance.md
    .venv/bin/python bench/figures.py --check  # exit 1 when they differ from the results (tests/test_figures.py)

Each row names the benchmark that measures it; run that benchmark, then this, to update a figure.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
BEGIN, END = "<!-- figures:begin -->", "<!-- figures:end -->"
Results = dict[str, Any]


@dataclass(frozen=True)
class Row:
    section: str
    what: str
    figure: Callable[[Results], str]
    command: str
    summary: Callable[[Results], str] | None = None  # the README's shorter figure; None: not in the README
    brief: str = ""  # the README's shorter name of the row


def warm_against_previous(r: dict[str, Any], name: str = "search") -> str:
    """bench/search.py --previous: both revisions' warm hybrid search, each in a process of its own, same run."""
    before = r[name].get("previous")
    if not before:
        return ""
    filtered = "".join(f"; with the {kind} filter {f['this_warm_p50_ms']:.1f} ms against {f['warm_p50_ms']:.1f} ms "
                       f"({f['ratio']:.2f}×), the same hits: {same_hits(f)}"
                       for kind, f in before.get("filtered", {}).items())
    return (f"; against commit {before['revision']} in the same run, each in a process of its own, rounds alternating: "
            f"{before['this_warm_p50_ms']:.1f} ms against {before['warm_p50_ms']:.1f} ms ({before['ratio']:.2f}×), "
            f"the same hits: {'yes' if before['same_hits'] else 'no'}{filtered}")


def same_hits(figures: dict[str, Any]) -> str:
    """Whether two searches gave the same hits: yes, or for what share of the queries (when the results say)."""
    if figures["same_hits"]:
        return "yes"
    share = figures.get("same_hits_share")
    return "no" if share is None else f"for {share:.0%} of the queries"


def company_filters(r: dict[str, Any], name: str = "search") -> str:
    """bench/search.py's warm hybrid search with a company filter, and made with the filters themselves (same rounds)."""
    warm, first = r[name]["warm_company_filters_p50_ms"], r[name].get("warm_company_filters_chosen_first_p50_ms")
    text = (f"`--entity Meta` {warm['entity']:.1f} ms, with `--stance skeptical` {warm['entity_stance']:.1f} ms, against "
            f"{r[name]['warm_p50_ms']:.1f} ms without, same rounds, at {n(r[name]['passages'])} units")
    if "rare_entity" in warm:
        text += f"; `--entity Mistral` (one article in 200) {warm['rare_entity']:.1f} ms"
    if first:
        same = r[name]["company_filters_same_hits"]
        text += (f"; searching with the filters themselves (every unit that passes chosen first, the keyword query "
                 f"joined with them): {first['entity']:.1f} and {first['entity_stance']:.1f} ms, the same hits for "
                 f"{same['entity']:.0%} and {same['entity_stance']:.0%} of the queries")
        if "rare_entity" in first:
            text += f"; {first['rare_entity']:.1f} ms for `--entity Mistral`, the same hits for {same['rare_entity']:.0%}"
    return text


def pg_search(s: dict[str, Any]) -> str:
    """bench/search_pg.py: Postgres against SQLite unfiltered and under the filters, and against --previous."""
    pg, lite = s["warm_hybrid_p50_ms"]["postgres"], s["warm_hybrid_p50_ms"]["sqlite"]
    filtered = [kind for kind in pg if kind != "unfiltered"]
    text = (f"{n(s['passages'])} units: unfiltered {pg['unfiltered']} ms against {lite['unfiltered']} ms on SQLite "
            f"({s['postgres_vs_sqlite']['unfiltered']}×); under a filter ({', '.join(filtered)}) "
            f"{min(pg[k] for k in filtered)}–{max(pg[k] for k in filtered)} ms against "
            f"{min(lite[k] for k in filtered)}–{max(lite[k] for k in filtered)} ms; the same hits as SQLite for "
            f"{min(s['same_hits_as_sqlite_share'].values()):.0%}–{max(s['same_hits_as_sqlite_share'].values()):.0%} of "
            f"the {s['queries']} queries")
    before = s.get("previous")
    if before:
        prev = s["warm_hybrid_p50_ms"]["postgres_previous"]
        text += (f"; {before['revision']} on Postgres in the same run {prev['unfiltered']} ms unfiltered, "
                 f"{min(prev[k] for k in filtered)}–{max(prev[k] for k in filtered)} ms under a filter (this one at "
                 f"{min(before['ratio'].values()):.2f}–{max(before['ratio'].values()):.2f}× its time; the same hits as it for "
                 f"{min(before['same_hits_share'].values()):.0%} of the queries under every filter)")
    return text


def n(value: float) -> str:
    """A count or rate with thousands separators."""
    return f"{value:,.0f}"


def stance_cell(r: Results, name: str, metric: str = "macro_f1") -> str:
    """One stance evaluation: our model's figure, its accuracy, and VADER's in the same run."""
    ours, vader = r["stance"][name]["aipulse"], r["stance"][name]["vader"]
    before = r["stance"][name].get("previous")
    text = (f"{ours['all'][metric]:.3f} over {n(ours['all']['n'])} targets (VADER {vader['all'][metric]:.3f}"
            + (f"; previous model {before['all'][metric]:.3f}" if before else "") + ")")
    if metric == "macro_f1":
        text += f"; accuracy {ours['all']['accuracy']:.3f}"
    return text + f"; in sentences whose targets disagree: {ours['disagree'][metric]:.3f}"


def untouched_cell(entry: dict) -> str:
    """The local real set again, over the articles whose sentences never guided the writing of training data."""
    if "untouched" not in entry:
        return ""
    u = entry["untouched"]
    ours, before = u["aipulse"], u.get("previous")
    return (f"; over the {u['articles']} articles that never guided training data: {ours['all']['macro_f1']:.3f} over "
            f"{n(ours['all']['n'])} targets" + (f" (previous model {before['all']['macro_f1']:.3f})" if before else "")
            + f", swaps {ours['swaps']:.1%}, direction {ours['direction_accuracy']:.1%} of {ours['pairs']} pairs")


def real_cell(r: Results, name: str) -> str:
    """A local set of real published coverage: F1, neutral recall, swaps, article-level direction and, when the run
    measured them, the untouched articles and a second labeller."""
    ours = r["stance"][name]["aipulse"]
    return (stance_cell(r, name) + recall_swaps(ours) + f"; article-level direction right for "
            f"{ours['direction_accuracy']:.1%} of {ours['pairs']} (article, company) pairs from {ours['articles']} articles"
            + untouched_cell(r["stance"][name]) + second_cell(r["stance"][name]))


def earlier_real_cell(r: Results, name: str) -> str:
    """An earlier local set of real coverage, when the run measured it."""
    return real_cell(r, name) if name in r["stance"] else "not measured for this model"


def themes_real_cell(real: dict) -> str:
    """Themes on a local set of real coverage: in article context and sentence by sentence, and over the articles that
    guided no choice when some did."""
    cell = (f"{real['all']['in_article_context']['accuracy']:.3f} over {n(real['all']['in_article_context']['mentions'])} "
            f"mentions of {real['all']['articles']} articles in article context, "
            f"{real['all']['sentence_alone']['accuracy']:.3f} sentence by sentence (zero-shot baseline "
            f"{real['all']['zero_shot']['accuracy']:.3f})")
    if "untouched" in real:
        u = real["untouched"]
        cell += (f"; over the {u['articles']} articles that guided no choice {u['in_article_context']['accuracy']:.3f} "
                 f"({u['sentence_alone']['accuracy']:.3f} sentence by sentence; zero-shot baseline "
                 f"{u['zero_shot']['accuracy']:.3f})")
    if two := real.get("second_reader"):
        cell += (f"; a second reader, who saw neither the first labels nor the model's, labelled {n(two['mentions'])} of "
                 f"the mentions: the first accepts their theme for {two['second_theme_accepted_by_first']:.3f}, and "
                 f"the head scores {two['head_accuracy_first']:.3f} against the first, "
                 f"{two['head_accuracy_second']:.3f} against the second")
    return cell


def themes_previous_cell(t: dict) -> str:
    """The previous commit's theme head on the same sets, when the run measured it (bench/themes.py --previous)."""
    if "previous" not in t:
        return ""
    p = t["previous"]
    cell = f"; the previous head ({p['revision']}, model {p['model_version']}) in the same run: blind {p['head']['macro_f1']:.3f}"
    if real := p.get("real_local", {}).get("untouched"):
        cell += (f", untouched real articles {real['in_article_context']['accuracy']:.3f} "
                 f"({real['sentence_alone']['accuracy']:.3f} sentence by sentence)")
    if fresh := p.get("real_fresh", {}).get("all"):
        cell += (f", fresh real articles {fresh['in_article_context']['accuracy']:.3f} "
                 f"({fresh['sentence_alone']['accuracy']:.3f} sentence by sentence)")
    return cell


def themes_fresh_cell(t: dict) -> str:
    """A second local real set, labelled after every setting was chosen, when the run measured it (--fresh)."""
    if "real_fresh" not in t:
        return ""
    f = t["real_fresh"]["all"]
    return (f"; a fresh set labelled after every choice was made, {n(f['in_article_context']['mentions'])} mentions of "
            f"{f['articles']} other articles: {f['in_article_context']['accuracy']:.3f} in article context "
            f"({f['sentence_alone']['accuracy']:.3f} sentence by sentence; zero-shot baseline "
            f"{f['zero_shot']['accuracy']:.3f})")


def themes_real_summary(t: dict) -> str:
    """The summary's real-coverage figure: the fresh set when the run measured one, else the untouched articles of the
    local set, else all of it."""
    if "real_fresh" in t:
        real, where = t["real_fresh"]["all"], " of articles that guided no choice"
    elif "untouched" in t["real_local"]:
        real, where = t["real_local"]["untouched"], " of the untouched articles"
    else:
        real, where = t["real_local"]["all"], ""
    return f"{real['in_article_context']['accuracy']:.3f} over {n(real['in_article_context']['mentions'])} mentions{where}"


def second_cell(entry: dict) -> str:
    """How far a second labeller agrees with the first on a real set, and the model over the mentions both agree on."""
    if "second_labeller" not in entry:
        return ""
    second = entry["second_labeller"]
    kappa = "undefined" if second["kappa"] is None else f"{second['kappa']:.2f}"
    return (f"; a second labeller agrees on {second['agreement']:.1%} of the mentions (Cohen's kappa {kappa}); "
            f"over the {second['model_on_agreed']['n']} both agree on, macro-F1 {second['model_on_agreed']['macro_f1']:.3f}")


def f1_swaps(ours: dict) -> str:
    """A real-style set in the README's short table: macro-F1, its targets and swaps."""
    return f"{ours['all']['macro_f1']:.3f} over {ours['all']['n']} targets, swaps {ours['swaps']:.1%}"


def recall_swaps(ours: dict) -> str:
    """What a real-style set asks for beyond F1 (and how far its probabilities are from its record, when measured)."""
    calibration = f", calibration error {ours['calibration_error']:.3f}" if "calibration_error" in ours else ""
    return f"; neutral recall {ours['neutral_recall']:.3f}, swaps {ours['swaps']:.1%}" + calibration


def subset_cell(entry: dict, key: str, what: str) -> str:
    """A stance set's figures again over one part of it (`key` in its entry), when the run measured it."""
    if key not in entry:
        return ""
    part = entry[key]
    ours, before = part["aipulse"], part.get("previous")
    return (f"; {what} ({part['sentences']} sentences): {ours['all']['macro_f1']:.3f} over {n(ours['all']['n'])} targets"
            + (f" (previous model {before['all']['macro_f1']:.3f})" if before else "") + f", swaps {ours['swaps']:.1%}")


def embed_cell(r: Results) -> str:
    e = r["embed_cpu"]
    ours = e["aipulse_int8"]
    return (f"our int8 encoder (`model.precision = auto` on a CPU with VNNI): {ours['passages_ratio_vs_st']:.2f}× on "
            f"passages ({ours['texts_per_s']:.1f} vs {e['st_texts_per_s']:.1f}/s), {ours['sentences_ratio_vs_st']:.2f}× on "
            f"sentences ({ours['sentences_per_s']:.0f} vs {e['st_sentences_per_s']:.0f}/s); every vector's cosine to fp32 "
            f"≥ {ours['cos_min']:.4f} (mean {ours['cos_mean']:.4f}); recall@10 agreement {ours['recall10_agreement']:.3f}. "
            f"Alternatives in the same run: bf16 weights {e['torch_bf16']['ratio_vs_st']:.2f}× (cosine "
            f"{e['torch_bf16']['cos_min']:.4f}); fp32 {e['torch_fp32']['ratio_vs_st']:.2f}×; PyTorch's dynamic int8 "
            f"{e['int8_all_linear']['ratio_vs_st']:.2f}× but cosine {e['int8_all_linear']['cos_min']:.3f} and agreement "
            f"{e['int8_all_linear']['recall10_agreement']:.2f}")


def size_label(size: int) -> str:
    return f"{size // 1_000_000}M" if size >= 1_000_000 else f"{size // 1000}k"


ROWS = [
    Row("Demo", "`aipulse demo` from a fresh folder: crawl both demo sites, extract, score every mention, embed every "
        "passage, trend table, chart, digest",
        lambda r: f"{r['demo']['first_run_s']} s for {r['demo']['articles']} articles, the models' start included; the "
                  f"crawl, extraction and storage alone on the same sites {r['demo']['crawl_only_s']} s",
        "`.venv/bin/python bench/demo.py`",
        lambda r: f"{r['demo']['first_run_s']} s for {r['demo']['articles']} articles",
        "`aipulse demo`: crawl, extract, score, embed, trends, chart, digest"),
    Row("Demo", "`aipulse demo` a second time",
        lambda r: f"{r['demo']['second_run_s']} s, {r['demo']['second_run_new']} new: every feed and sitemap answers 304",
        "`.venv/bin/python bench/demo.py`"),
    Row("Crawl and extraction", "crawl + extract + store, generated local site",
        lambda r: f"{r['crawl']['crawl_pages_per_s']} pages/s over {r['crawl']['articles']} articles, the median of "
                  f"{r['crawl']['rounds']} runs ({', '.join(map(str, r['crawl']['crawl_pages_per_s_each']))}); fetch-only "
                  f"Scrapy on the same pages {r['crawl']['fetch_only_pages_per_s']} pages/s "
                  f"(ratio {r['crawl']['crawl_vs_fetch_only_ratio']:.2f})",
        "`.venv/bin/python bench/crawl_bench.py`",
        lambda r: f"{r['crawl']['crawl_pages_per_s']} pages/s (fetch-only Scrapy {r['crawl']['fetch_only_pages_per_s']})",
        "crawl + extract + store, local site"),
    Row("Crawl and extraction", "extraction per demo-style article",
        lambda r: f"{r['crawl']['extract_ms_per_article']} ms; plain `trafilatura.extract` on the same pages "
                  f"{r['crawl']['trafilatura_plain_ms_per_article']} ms (ratio {r['crawl']['extract_vs_trafilatura_ratio']:.2f})",
        "`.venv/bin/python bench/crawl_bench.py`"),
    Row("Crawl and extraction", "article bodies of 181 real news pages (scrapinghub/article-extraction-benchmark, its own "
        "`evaluate.py`), through the crawl's code path",
        lambda r: (lambda b: f"F1 {b['official_metric']['aipulse']['f1']:.3f}, exact match "
                             f"{b['official_metric']['aipulse']['accuracy']:.3f} (plain trafilatura in the same run "
                             f"{b['official_metric']['trafilatura']['f1']:.3f} / "
                             f"{b['official_metric']['trafilatura']['accuracy']:.3f}); "
                             f"{b['pages_over_0_05_below_trafilatura']} pages more than 0.05 F1 below trafilatura; "
                             f"{b['cost_vs_trafilatura']:.2f}× trafilatura's time per page"
                   )(r["extraction"]["article_extraction_benchmark"]),
        "`.venv/bin/python bench/extract_bench.py BENCH_DIR` (a checkout of the benchmark, not in this repository)",
        lambda r: (lambda b: f"F1 {b['aipulse']['f1']:.3f}, exact {b['aipulse']['accuracy']:.3f} "
                             f"(trafilatura {b['trafilatura']['f1']:.3f} / {b['trafilatura']['accuracy']:.3f})"
                   )(r["extraction"]["article_extraction_benchmark"]["official_metric"]),
        "extraction, 181 real news pages"),
    Row("Crawl and extraction", "mozilla/readability's 130 test pages (same metric)",
        lambda r: (lambda b: f"F1 {b['aipulse']['f1']:.3f} (trafilatura {b['trafilatura']['f1']:.3f}); on the "
                             f"{b['pages'] - len(b['not_articles'])} pages aipulse takes for articles "
                             f"{b['on_articles']['aipulse']['f1']:.3f} (trafilatura {b['on_articles']['trafilatura']['f1']:.3f}); "
                             f"{len(b['not_articles'])} are not (no headline, or a section front)"
                   )(r["extraction"]["readability_test_pages"]),
        "`.venv/bin/python bench/extract_bench.py READABILITY_DIR` (a checkout of mozilla/readability)"),
    Row("Crawl and extraction", "publication dates stored right",
        lambda r: (lambda d, b: f"demo {d['right']} of {d['pages']}; benchmark pages whose markup gives one date "
                                f"{b['markup_unambiguous']['aipulse']['right']} of {b['markup_unambiguous']['aipulse']['pages']}; "
                                f"a sample of {b['by_hand_sample']['aipulse']['pages']} read by hand "
                                f"{b['by_hand_sample']['aipulse']['share']:.0%} (the first markup date as it is: "
                                f"{b['by_hand_sample']['first_markup_date']['share']:.0%}); pages that also state an "
                                f"impossible date {b['impossible_in_markup']['right']} of {b['impossible_in_markup']['pages']}"
                   )(r["dates"]["demo"], r["dates"]["article_extraction_benchmark"]),
        "`.venv/bin/python bench/date_bench.py BENCH_DIR`"),
    Row("Stance", "NewsMTSC devtest_rw, macro-F1", lambda r: stance_cell(r, "newsmtsc_devtest_rw"),
        "`.venv/bin/python bench/stance_eval.py`",
        lambda r: f"{r['stance']['newsmtsc_devtest_rw']['aipulse']['all']['macro_f1']:.3f} "
                  f"(VADER {r['stance']['newsmtsc_devtest_rw']['vader']['all']['macro_f1']:.3f})",
        "stance, NewsMTSC devtest_rw macro-F1"),
    Row("Stance", "NewsMTSC devtest_mt (sentences with ≥ 2 targets), macro-F1",
        lambda r: stance_cell(r, "newsmtsc_devtest_mt"), "`.venv/bin/python bench/stance_eval.py`"),
    Row("Stance", "SEntFiN held-out fifth, accuracy", lambda r: stance_cell(r, "sentfin_held_out", "accuracy"),
        "`.venv/bin/python bench/stance_eval.py`"),
    Row("Stance", "FinEntity held-out fold, accuracy", lambda r: stance_cell(r, "finentity_held_out_fold", "accuracy"),
        "`.venv/bin/python bench/stance_eval.py`"),
    Row("Stance", "FinEntity 5-fold cross-validated (every sequence scored by the model that never saw it)",
        lambda r: f"accuracy {r['finentity_cv']['pooled']['accuracy']:.3f}, macro-F1 {r['finentity_cv']['pooled']['macro_f1']:.3f} "
                  f"over {n(r['finentity_cv']['pooled']['n'])} targets (folds "
                  f"{min(f['accuracy'] for f in r['finentity_cv']['folds'].values()):.3f}–"
                  f"{max(f['accuracy'] for f in r['finentity_cv']['folds'].values()):.3f}; VADER "
                  f"{r['finentity_cv']['vader']['accuracy']:.3f}); folds trained on a GPU by the shipped recipe",
        "`python3 bench/stance_gpu.py train …` on a GPU, then `bench/stance_gpu.py report … --finentity-cv B`; "
        "or `.venv/bin/python bench/finentity_cv.py` (hours on a CPU)"),
    Row("Stance", "our AI-news test split, both files (never trained on), macro-F1",
        lambda r: stance_cell(r, "ainews_test_both"), "`.venv/bin/python bench/stance_eval.py`",
        lambda r: f"{r['stance']['ainews_test_both']['aipulse']['all']['macro_f1']:.3f} over "
                  f"{r['stance']['ainews_test_both']['aipulse']['all']['n']} targets "
                  f"(VADER {r['stance']['ainews_test_both']['vader']['all']['macro_f1']:.3f})",
        "stance, our AI-news test split macro-F1"),
    Row("Stance", "its first file, `test.jsonl`, macro-F1", lambda r: stance_cell(r, "ainews_test"),
        "`.venv/bin/python bench/stance_eval.py`"),
    Row("Stance", "its second file, `test_b.jsonl`, written blind, macro-F1", lambda r: stance_cell(r, "ainews_test_b"),
        "`.venv/bin/python bench/stance_eval.py`"),
    Row("Stance", "our real-style blind split (written in the style of published coverage by a writer who read no "
        "training data), macro-F1",
        lambda r: stance_cell(r, "ainews_realstyle") + recall_swaps(r["stance"]["ainews_realstyle"]["aipulse"])
        + subset_cell(r["stance"]["ainews_realstyle"], "far_from_training",
                      "over the sentences close to none the model was trained on"),
        "`.venv/bin/python bench/stance_eval.py`",
        lambda r: f1_swaps(r["stance"]["ainews_realstyle"]["aipulse"]),
        "stance, real-style blind split macro-F1"),
    Row("Stance", "the real-style development set (another writer, same style; models and the logit bias are chosen on "
        "it, so not blind), macro-F1",
        lambda r: stance_cell(r, "ainews_realstyle_dev") + recall_swaps(r["stance"]["ainews_realstyle_dev"]["aipulse"])
        + subset_cell(r["stance"]["ainews_realstyle_dev"], "untouched",
                      "over the sentences that never guided training data"),
        "`.venv/bin/python bench/stance_eval.py`"),
    Row("Stance", "real published AI coverage, sentences labelled by hand (a local file: third-party text stays out of "
        "the repository), macro-F1",
        lambda r: real_cell(r, "real_local") if "real_local" in r["stance"] else
        "not measured for this model (the local file is not on this machine)",
        "`.venv/bin/python bench/stance_eval.py --real FILE`",
        lambda r: f1_swaps(r["stance"]["real_local"]["aipulse"]) if "real_local" in r["stance"]
        else "not measured for this model (needs the local file)",
        "stance, real published sentences (local) macro-F1"),
    Row("Stance", "an earlier local set of real published coverage, on which models were chosen (so it flatters the "
        "chosen one), macro-F1",
        lambda r: earlier_real_cell(r, "real_local_2"),
        "`.venv/bin/python bench/stance_eval.py --real FILE --real EARLIER_FILE`"),
    Row("Stance", "a still earlier local set, on which models were chosen too, labelled again by a second labeller who "
        "saw neither the labels nor any model output, macro-F1",
        lambda r: earlier_real_cell(r, "real_local_3"),
        "`.venv/bin/python bench/stance_eval.py --real FILE --real EARLIER_FILE --real … --second-labels SECOND_FILE`"),
    Row("Stance", "the earliest local set of real published coverage, whose errors guided the writing of training data "
        "(so it flatters the models trained on that data), macro-F1",
        lambda r: earlier_real_cell(r, "real_local_4"),
        "`.venv/bin/python bench/stance_eval.py --real FILE --real EARLIER_FILE --real … --real EARLIEST_FILE`"),
    Row("Stance", "behavioural tests (CheckList: invariance, directional, minimum functionality), failure rate per "
        "capability",
        lambda r: "; ".join(f"{name.replace('_', ' ')} ({entry['test']}) {entry['failure_rate']:.0%}"
                            for name, entry in r["stance"]["checklist"]["aipulse"].items()),
        "`.venv/bin/python bench/stance_eval.py`"),
    Row("Stance", "company mentions, a hand-labelled set of short articles (given names that are aliases, "
        "\"the firm\" after an analyst house, false friends)",
        lambda r: f"precision {r['entities']['precision']:.3f}, recall {r['entities']['recall']:.3f} over "
                  f"{r['entities']['expected']} mentions; every alias taken as its company, same run: precision "
                  f"{r['entities']['aliases_only']['precision']:.3f}",
        "`.venv/bin/python bench/entity_eval.py`"),
    Row("Stance", "stance scoring speed, NewsMTSC devtest_rw",
        lambda r: f"{r['stance']['newsmtsc_devtest_rw']['targets_per_s']:.0f} targets/s ({r['stance']['precision']})",
        "`.venv/bin/python bench/stance_eval.py`"),
    Row("Stance", "two training recipes on a GPU, three seeds each, mean macro-F1: real-style blind split; real "
        "articles that never guided training data; swaps there",
        lambda r: "; ".join(f"recipe {recipe}{' (shipped until December 2026)' * (recipe == 'B')} "
                            f"{recipe_mean(r, recipe, 'ainews_realstyle'):.3f}, "
                            f"{recipe_mean(r, recipe, 'real_untouched'):.3f}, "
                            f"{recipe_mean(r, recipe, 'real_untouched', 'swaps'):.1%}" for recipe in ("A", "B")),
        "`python3 bench/stance_gpu.py train …` on a GPU, then `bench/stance_gpu.py report …`"),
    Row("Stance", "rebuilding the stance model",
        lambda r: (f"{r['model']['train_seconds'] / 60:.1f} min ({n(r['model']['train_seconds'])} s) on "
                   + ("one GPU, beside other trainings (about 50 min on 2 cores)" if r["model"].get("device") == "cuda"
                      else "2 cores")),
        "`.venv/bin/python scripts/train_stance.py` (the time is in `index/models/stance/stance.json`)"),
    Row("Themes", "blind test split (written by a writer who read no training data; sha256 in datasets/themes/README.md), "
        "macro-F1",
        lambda r: (lambda t: f"{t['head']['macro_f1']:.3f} over {t['head']['mentions']} mentions (accuracy "
                             f"{t['head']['accuracy']:.3f}, lowest precision of a theme {t['head']['min_precision']:.3f}); "
                             f"zero-shot baseline in the same run {t['zero_shot']['macro_f1']:.3f} (accuracy "
                             f"{t['zero_shot']['accuracy']:.3f}); model {t['model_version']}"
                             + themes_previous_cell(t))(r["themes"]),
        "`.venv/bin/python bench/themes.py [--previous REV]`",
        lambda r: (lambda t: f"{t['head']['macro_f1']:.3f} over {t['head']['mentions']} mentions (zero-shot "
                             f"{t['zero_shot']['macro_f1']:.3f})")(r["themes"]),
        "themes, blind split macro-F1"),
    Row("Themes", "real published AI coverage (2023–2026 news and analysis; every company mention labelled by hand with "
        "its theme before any model ran; kept outside the repository), accuracy (a theme a reader accepts)",
        lambda r: themes_real_cell(r["themes"]["real_local"]) + themes_fresh_cell(r["themes"])
        if "real_local" in r["themes"] else "not measured in the last run (it needs the local file)",
        "`.venv/bin/python bench/themes.py --real FILE [--real-touched URLS] [--second-labels FILE] [--fresh FILE]`",
        lambda r: themes_real_summary(r["themes"]) if "real_local" in r["themes"] else
        "not measured for this model (needs the local file)",
        "themes, real coverage accuracy"),
    Row("Themes", "the theme head's cost at ingest ([themes] on against off, same run, four runs each, ABBA twice)",
        lambda r: (lambda t: f"{t['cost_from_rescoring']:+.1%} of ingest time, from scoring the stored articles again "
                             f"eight times, alternating (on {t['rescoring_on_s']} s, off {t['rescoring_off_s']} s); whole "
                             f"ingests, four each: {t['cost']:+.1%} (on {t['on_s']} s, off {t['off_s']} s; runs differ by "
                             f"several percent), their stance scoring phase {t['scoring_cost']:+.1%}")(r["ingest"]["themes"]),
        "`.venv/bin/python bench/ingest.py`",
        lambda r: f"{r['ingest']['themes']['cost_from_rescoring']:+.1%} of ingest time",
        "themes, ingest cost"),
    Row("Search and the vector index", "search quality on our own benchmark (212 articles, 112 queries written by people "
        "who did not write them), default mode, nDCG@10 / MRR / hit@3 per query kind",
        lambda r: "; ".join(f"{kind} {v['ndcg@10']:.3f} / {v['mrr']:.2f} / {v['hit@3']:.2f}"
                            for kind, v in sorted(r["search_quality"]["variants"]["hybrid"].items(),
                                                  key=lambda item: item[0] == "all"))
                  + "; without late interaction " + quality_brief(r, "hybrid_without_late")
                  + "; semantic alone " + quality_brief(r, "semantic") + "; keyword alone " + quality_brief(r, "keyword")
                  + "; reciprocal-rank fusion " + quality_brief(r, "hybrid_rrf60")
                  + "; the units and fusion before (passages and the sentences that name a company, RRF) "
                  + quality_brief(r, "previous_units_rrf60"),
        "`.venv/bin/python bench/search_quality.py`",
        lambda r: f"nDCG@10 {r['search_quality']['variants']['hybrid']['all']['ndcg@10']:.3f}, paraphrases "
                  f"{r['search_quality']['variants']['hybrid']['paraphrase']['ndcg@10']:.3f} (without late interaction "
                  f"{r['search_quality']['variants']['hybrid_without_late']['all']['ndcg@10']:.3f} / "
                  f"{r['search_quality']['variants']['hybrid_without_late']['paraphrase']['ndcg@10']:.3f})",
        "search quality, our benchmark"),
    Row("Search and the vector index", "search quality with another sentence model for search, all-mpnet-base-v2 "
        "(`scripts/assemble_mpnet.py`), against the packaged model in the same run, default mode with late interaction, "
        "nDCG@10 / hit@3",
        lambda r: (lambda m: f"paraphrases {m['variants']['configured']['hybrid']['paraphrase']['ndcg@10']:.3f} / "
                             f"{m['variants']['configured']['hybrid']['paraphrase']['hit@3']:.2f} against "
                             f"{m['variants']['packaged']['hybrid']['paraphrase']['ndcg@10']:.3f} / "
                             f"{m['variants']['packaged']['hybrid']['paraphrase']['hit@3']:.2f}; all queries "
                             f"{m['variants']['configured']['hybrid']['all']['ndcg@10']:.3f} against "
                             f"{m['variants']['packaged']['hybrid']['all']['ndcg@10']:.3f}; embedding the benchmark's "
                             f"articles {m['embed_seconds']['configured']} s ({m['configured_precision']}) against "
                             f"{m['embed_seconds']['packaged']} s on 2 cores"
                             + (f"; with `precision = \"int8\"` {m['embed_seconds']['configured_int8']} s, paraphrases "
                                f"{m['variants']['configured_int8']['hybrid']['paraphrase']['ndcg@10']:.3f}, all "
                                f"{m['variants']['configured_int8']['hybrid']['all']['ndcg@10']:.3f}"
                                if "configured_int8" in m["variants"] else "")
                             + f" ({m['model']})")(r["search_quality_model"]),
        "`.venv/bin/python bench/search_quality.py --model FOLDER`"),
    Row("Search and the vector index", "search quality on real coverage: 39 excerpts of published AI news kept out of "
        "the repository, 48 queries (12 a kind) written by the people who collected them, nDCG@10 / hit@3",
        lambda r: (lambda q, m: "default mode: " + "; ".join(
            f"{kind} {v['ndcg@10']:.3f} / {v['hit@3']:.2f}"
            for kind, v in sorted(q["variants"]["hybrid"].items(), key=lambda item: item[0] == "all"))
            + f"; semantic alone {q['variants']['semantic']['all']['ndcg@10']:.3f}, keyword alone "
            f"{q['variants']['keyword']['all']['ndcg@10']:.3f}, without late interaction "
            f"{q['variants']['hybrid_without_late']['all']['ndcg@10']:.3f}; with all-mpnet-base-v2 "
            f"{m['variants']['configured']['hybrid']['all']['ndcg@10']:.3f} / "
            f"{m['variants']['configured']['hybrid']['all']['hit@3']:.2f}")(r["search_quality_real"],
                                                                           r["search_quality_real_model"]),
        "`.venv/bin/python bench/search_quality.py --real --folder FOLDER [--model FOLDER]`",
        lambda r: (lambda q, m: f"nDCG@10 {q['ndcg@10']:.3f}, hit@3 {q['hit@3']:.2f} (all-mpnet-base-v2: "
                                f"{m['ndcg@10']:.3f} / {m['hit@3']:.2f})")(
            r["search_quality_real"]["variants"]["hybrid"]["all"],
            r["search_quality_real_model"]["variants"]["configured"]["hybrid"]["all"]),
        "search quality, real coverage"),
    Row("Search and the vector index", "embedding cost: every sentence through the model, passages' vectors derived "
        "from them (shipped), against every unit through the model, passages included (the scheme before), the "
        "benchmark's articles, best of three alternating rounds",
        lambda r: (lambda c: f"{c['ratio']:.2f}× ({c['texts_now']:,} sentences in {c['seconds_now']} s against "
                             f"{c['texts_before']:,} units in {c['seconds_before']} s)"
                   )(r["search_quality"]["corpus"]["embedding_against_previous_units"]),
        "`.venv/bin/python bench/search_quality.py`"),
    Row("Search and the vector index", "passage vectors derived from their sentences' (shipped) against the model's own "
        "vector of each passage, the same store and queries, nDCG@10 over all queries (paraphrases)",
        lambda r: "hybrid " + quality_brief(r, "hybrid") + " against " + quality_brief(r, "hybrid_model_passage_vectors")
                  + "; semantic " + quality_brief(r, "semantic") + " against "
                  + quality_brief(r, "semantic_model_passage_vectors"),
        "`.venv/bin/python bench/search_quality.py`"),
    Row("Search and the vector index", "embedding a store again (`aipulse reindex` after the unit scheme changed), "
        "per 10,000 articles",
        lambda r: f"{r['search_quality']['corpus']['embed_seconds_per_10000_articles'] / 60:.0f} min on 2 cores, for articles "
                  f"of {r['search_quality']['corpus']['words'] / r['search_quality']['corpus']['articles']:.0f} words "
                  f"({r['search_quality']['corpus']['embed_seconds']} s for the benchmark's "
                  f"{r['search_quality']['corpus']['articles']})",
        "`.venv/bin/python bench/search_quality.py`"),
    Row("Search and the vector index", "cold `aipulse search` (a new process per query)",
        lambda r: f"{r['search']['cold_cli_p50_s']:.2f} s median over {n(r['search']['passages'])} sentence units; the naive path "
                  f"(import sentence-transformers, load, encode, search) {r['search']['naive_cli_p50_s']:.2f} s "
                  f"({r['search']['cold_vs_naive']:.2f}×)",
        "`.venv/bin/python bench/search.py`",
        lambda r: f"{r['search']['cold_cli_p50_s']:.2f} s median at {n(r['search']['passages'])} units "
                  f"(naive path {r['search']['naive_cli_p50_s']:.2f} s)",
        "cold `aipulse search`"),
    Row("Search and the vector index", "cold and warm search with all-mpnet-base-v2 configured (queries on the numpy "
        "encoder), synthetic sentence units around the demo's sentences",
        lambda r: f"cold `aipulse search` {r['search_mpnet']['cold_cli_p50_s']:.2f} s median over "
                  f"{n(r['search_mpnet']['passages'])} units; the naive path (import sentence-transformers, load, encode, "
                  f"search) {r['search_mpnet']['naive_cli_p50_s']:.2f} s; warm hybrid {r['search_mpnet']['warm_p50_ms']:.0f} ms; "
                  f"query vectors against sentence-transformers' cosine min {r['search_mpnet']['query_cosine_min']} "
                  f"({r['search_mpnet']['model']})",
        "`.venv/bin/python bench/search.py --model FOLDER --passages 20000 --out bench/results/search_mpnet.json`"),
    Row("Search and the vector index", "cold and warm search at 1.6M units (about 100,000 articles of 800 words, every "
        "sentence a unit; synthetic units, every query word common in them)",
        lambda r: f"cold `aipulse search` {r['search_1600k']['cold_cli_p50_s']:.2f} s median (naive path "
                  f"{r['search_1600k']['naive_cli_p50_s']:.2f} s); warm hybrid {r['search_1600k']['warm_p50_ms']:.0f} ms "
                  f"median (without late interaction {r['search_1600k']['warm_hybrid_without_late_p50_ms']:.0f} ms)"
                  f"{warm_against_previous(r, 'search_1600k')}; "
                  f"IVF-SQ8 index of {r['search_1600k']['index_bytes'] / 1e6:.0f} MB built in "
                  f"{r['search_1600k']['index_build_s']:.0f} s, {r['search_1600k']['approx_ms']} ms a query, recall@10 "
                  f"{r['search_1600k']['approx_recall_at_10']:.3f}",
        "`.venv/bin/python bench/search.py --passages 1600000 --out bench/results/search_1600k.json [--previous REV]`",
        lambda r: f"cold {r['search_1600k']['cold_cli_p50_s']:.2f} s, warm {r['search_1600k']['warm_p50_ms']:.0f} ms",
        "search at 1.6M units"),
    Row("Search and the vector index", "cold and warm search at 20,000 units (a store below 50,000 units: exact vector "
        "search, the query encoded before the keyword half)",
        lambda r: f"cold `aipulse search` {r['search_20k']['cold_cli_p50_s']:.2f} s median (naive path "
                  f"{r['search_20k']['naive_cli_p50_s']:.2f} s); warm hybrid {r['search_20k']['warm_p50_ms']:.1f} ms median "
                  f"(semantic alone {r['search_20k']['warm_semantic_p50_ms']:.1f} ms, keyword alone "
                  f"{r['search_20k']['warm_keyword_p50_ms']:.1f} ms){warm_against_previous(r, 'search_20k')}",
        "`.venv/bin/python bench/search.py --passages 20000 --out bench/results/search_20k.json [--previous REV]`"),
    Row("Search and the vector index", "query vector, numpy encoder vs sentence-transformers",
        lambda r: f"cosine {r['search']['query_cosine_min']:.4f} (the smallest over the queries)",
        "`.venv/bin/python bench/search.py`"),
    Row("Search and the vector index", "warm hybrid search (semantic + FTS5 + fusion + late interaction + details)",
        lambda r: f"{r['search']['warm_p50_ms']:.1f} ms median at {n(r['search']['passages'])} sentence units; without late "
                  f"interaction {r['search']['warm_hybrid_without_late_p50_ms']:.1f} ms, same run" + warm_against_previous(r),
        "`.venv/bin/python bench/search.py [--previous REV]`"),
    Row("Search and the vector index", "warm hybrid search with a company filter (synthetic mentions, about 0.8 a unit)",
        company_filters, "`.venv/bin/python bench/search.py`"),
    Row("Search and the vector index", "warm hybrid search with a company filter at 1.6M units",
        lambda r: company_filters(r, "search_1600k"),
        "`.venv/bin/python bench/search.py --passages 1600000 --out bench/results/search_1600k.json`"),
    Row("Search and the vector index", "exact FAISS search per query",
        lambda r: ", ".join(f"{ms} ms at {size_label(size)}" for size, ms in r["search"]["exact_ms_by_size"].items())
                  + f"; IVF-SQ8 at {n(r['search']['passages'])}: {r['search']['approx_ms']} ms, recall@10 "
                  f"{r['search']['approx_recall_at_10']:.3f} against exact",
        "`.venv/bin/python bench/search.py`"),
    Row("Search and the vector index", "vector index at 10M units (synthetic vectors between real sentence vectors)",
        lambda r: (lambda m: f"{m['kind']}, {n(m['lists'])} lists, nprobe {m['nprobe']}: {m['p50_ms']:.2f} ms median per "
                             f"query, recall@10 {m['recall_at_10']:.3f} against exact (exact search {m['exact_p50_ms']:.0f} ms); "
                             f"{m['file_mb'] / 1000:.1f} GB file for {m['raw_vectors_mb'] / 1000:.1f} GB of vectors; a search "
                             f"maps it ({m['mapped_rss_mb']:.0f} MB resident after one query, {m['mapped_load_s']:.2f} s), "
                             f"an ingest loads it ({m['load_rss_mb'] / 1000:.1f} GB, {m['load_s']:.1f} s); "
                             f"built in {m['build_s'] / 60:.0f} min on {r['search_scale']['cores']} cores"
                   )(r["search_scale"]["by_size"][10_000_000]),
        "`.venv/bin/python bench/search_scale.py`",
        lambda r: f"{r['search_scale']['by_size'][10_000_000]['p50_ms']:.2f} ms a query, recall@10 "
                  f"{r['search_scale']['by_size'][10_000_000]['recall_at_10']:.3f}, built in "
                  f"{r['search_scale']['by_size'][10_000_000]['build_s'] / 60:.0f} min",
        "vector index at 10M units"),
    Row("Search and the vector index", "how the vector index grows (build, file, memory loaded in full / mapped, query)",
        lambda r: "; ".join(f"{size_label(size)}: {m['kind']}, build {m['build_s']} s, {m['file_mb']:.0f} MB file, "
                            f"{m['load_rss_mb']:.0f} / {m['mapped_rss_mb']:.0f} MB, {m['p50_ms']:.2f} ms a query, "
                            f"recall@10 {m['recall_at_10']:.3f}" for size, m in r["search_scale"]["by_size"].items()),
        "`.venv/bin/python bench/search_scale.py`"),
    Row("Embedding", "CPU embedding against `SentenceTransformer.encode` defaults (demo passages and sentences, best of "
        "alternating rounds, same run)", embed_cell, "`.venv/bin/python bench/embed_cpu.py`",
        lambda r: f"{r['embed_cpu']['aipulse_int8']['passages_ratio_vs_st']:.2f}× `SentenceTransformer.encode` (int8, "
                  f"cosine to fp32 ≥ {r['embed_cpu']['aipulse_int8']['cos_min']:.3f})",
        "CPU embedding"),
    Row("Embedding", "GPU embedding, news-like sentences of about 25 tokens",
        lambda r: f"{n(r['gpu']['sentences_per_s'])} sentences/s on one {r['gpu']['device']}, "
                  f"{r['gpu']['ratio_vs_st_best']:.1f}× the best `SentenceTransformer.encode` configuration in the same run "
                  f"({n(r['gpu']['st_best_sentences_per_s'])}/s; defaults {n(r['gpu']['st_default_sentences_per_s'])}/s); "
                  f"{n(r['gpu']['passages_per_s'])} five-sentence passages/s; smallest cosine to fp32 "
                  f"{r['gpu']['cosine_min_vs_fp32']:.4f}",
        "`python bench/gpu_embed.py MODEL_DIR` (see [search.md](search.md#embedding-on-a-gpu))",
        lambda r: f"{n(r['gpu']['sentences_per_s'])} sentences/s on one {r['gpu']['device']} "
                  f"({r['gpu']['ratio_vs_st_best']:.1f}× `SentenceTransformer.encode`)",
        "GPU embedding"),
    Row("Ingest, end to end", "ingest of a generated local site (no sentence of prose used twice): crawl, extract, "
        "mentions, stance, embed, index, with the shipped crawl settings",
        lambda r: f"{n(r['ingest']['ingest_articles_per_hour'])} articles/hour ({r['ingest']['articles']} articles of "
                  f"{r['ingest']['mean_words_extracted']} words in {r['ingest']['ingest_s']} s: "
                  + ", ".join(f"{phase} {s} s" for phase, s in r["ingest"]["phases_s"].items())
                  + f"); crawl + extract + store alone on the same site {n(r['ingest']['crawl_only_articles_per_hour'])} "
                  f"articles/hour"
                  + (f"; the previous commit ({r['ingest']['previous']['revision']}) on the same site in the same run "
                     f"{n(r['ingest']['previous']['ingest_articles_per_hour'])} articles/hour, this one at "
                     f"{r['ingest']['previous']['ratio']:.2f}× its speed" if "previous" in r["ingest"] else ""),
        "`.venv/bin/python bench/ingest.py [--previous REV]`",
        lambda r: f"{n(r['ingest']['ingest_articles_per_hour'])} articles/hour",
        "end-to-end ingest: crawl, extract, stance, embed, index"),
    Row("Ingest, end to end", "loading the int8 encoder and the stance model in a fresh process (each load its own "
        "process, imports excluded, median of alternating rounds)",
        lambda r: f"{r['model_load']['remembered']['encoder_s']} + {r['model_load']['remembered']['stance_s']} s with the "
                  f"int8 calibration peaks remembered from an earlier process; {r['model_load']['empty']['encoder_s']} + "
                  f"{r['model_load']['empty']['stance_s']} s with an empty cache, as every process loaded before, in the "
                  f"same run: {r['model_load']['saved_s']} s saved on every ingest",
        "`.venv/bin/python bench/model_load.py`"),
    Row("Ingest, end to end", "`aipulse ingest` as a user runs it: one RSS feed on a local site, a config holding only "
        "`data_dir`, `max_feed_items` and the source",
        lambda r: f"{r['ingest_cli']['seconds']} s for the whole command, process start included: "
                  f"{n(r['ingest_cli']['articles_per_hour'])} articles/hour, {r['ingest_cli']['articles_scored']} of "
                  f"{r['ingest_cli']['articles']} scored, {n(r['ingest_cli']['vectors'])} vectors, index in sync: "
                  f"{'yes' if r['ingest_cli']['index_in_sync'] else 'no'}; without stance and index "
                  f"{r['ingest_cli']['crawl_only_seconds']} s",
        "`.venv/bin/python bench/ingest_cli.py`"),
    Row("Ingest, end to end", "the CPU targets",
        lambda r: f"{sum(t['met'] for t in r['cpu']['targets'])} of {len(r['cpu']['targets'])} met: "
                  + ", ".join(f"{t['key']} {t['value']} ({t['sense']} {t['target']})" for t in r["cpu"]["targets"]),
        "`make bench` (ends with `bench/cpu_report.py`)"),
    Row("Memory and the daemon", "the crawl process over one ingest of generated pages",
        lambda r: (lambda m: f"{m['rss_mb_by_pages'][1000]:.0f} MB after 1,000 pages, "
                             f"{m['rss_mb_by_pages'][m['pages']]:.0f} MB after {n(m['pages'])} "
                             f"({m['growth_1k_to_last']:+.1%})")(r["memory"]["crawl_process"]),
        "`.venv/bin/python bench/memory.py`"),
    Row("Memory and the daemon", "the daemon over repeated ingests with stance and the index",
        lambda r: (lambda d, i: f"{min(d['rss_mb_by_cycle']):.0f}–{max(d['rss_mb_by_cycle']):.0f} MB over {d['cycles']} "
                                f"ingests of {d['per_cycle']} articles ({d['growth_cycle2_to_last']:+.1%} from the 2nd to "
                                f"the last), each ingest in its own process; ingests run inside the process grew "
                                f"{i['rss_mb_by_cycle'][1]:,.0f} → {i['rss_mb_by_cycle'][-1]:,.0f} MB "
                                f"({i['growth_cycle2_to_last']:+.0%})")(r["memory"]["daemon_process"],
                                                                      r["memory"]["in_process_baseline"]),
        "`.venv/bin/python bench/memory.py --in-process`"),
    Row("Memory and the daemon", "daemon stop on SIGTERM while its crawl is stuck on an endless page",
        lambda r: f"exit 0 after at most {r['daemon']['stuck_crawl_max_s']} s over {r['daemon']['runs']} runs (promised "
                  f"≤ {r['daemon']['promised_s']:.0f} s); an idle daemon {r['daemon']['idle_median_s']} s",
        "`.venv/bin/python bench/daemon_stop.py`"),
    Row("Many workers on Postgres", "`aipulse ingest` workers started together against one PostgreSQL + pgvector "
        "store (stance and index on), on a generated site over several local news sites",
        lambda r: (lambda s: ", ".join(f"{run['workers']} worker{'s' if run['workers'] > 1 else ''} "
                                       f"{n(run['articles_per_hour'])} articles/hour" for run in s["runs"])
                   + f" ({s['articles']} articles over {s['sources']} sources, {s['cores']} cores); one SQLite + FAISS "
                     f"ingest of the same sites in the same run {n(s['sqlite_baseline']['articles_per_hour'])} "
                     f"articles/hour; every run "
                   + ("correct" if all(run["correct"] for run in s["runs"]) else "NOT correct")
                   + ": 0 articles lost, no page stored twice, no mention twice, every article scored by one model, "
                     "a vector for every passage")(r["scale"]),
        "`.venv/bin/python bench/scale.py`",
        lambda r: " / ".join(n(run["articles_per_hour"]) for run in r["scale"]["runs"])
                  + f" articles/hour with {' / '.join(str(run['workers']) for run in r['scale']['runs'])} workers "
                    f"(SQLite {n(r['scale']['sqlite_baseline']['articles_per_hour'])}), 0 lost, 0 doubled",
        "Postgres + pgvector, many ingest workers"),
    Row("Many workers on Postgres", "`kill -9` of one of two workers in the middle of the crawl, the other finishing",
        lambda r: (lambda k: f"{'correct' if k['correct'] else 'NOT correct'}: {k['lost']} lost, "
                             f"{k['pages_stored_twice']} pages stored twice, {k['mentions_doubled']} mentions twice, "
                             f"{k['unscored']} unscored; killed at {k['articles_stored_at_kill']} of {k['articles']} "
                             f"articles holding {len(k['sources_leased_by_the_killed_worker'])} source leases, which "
                             f"lapsed {k['seconds_until_its_leases_lapsed']} s after the kill (lease_s {k['lease_s']}) "
                             f"and were taken by the survivor {k['seconds_until_its_sources_were_taken']} s after it (it "
                             f"looks every {k['survivor_looks_every_s']:.0f} s); its run recorded as "
                             f"\"{k['killed_run_recorded_as']}\"")(r["scale"]["kill_9"]),
        "`.venv/bin/python bench/scale.py`"),
    Row("Many workers on Postgres", "warm hybrid search on PostgreSQL + pgvector (IVFFlat), bench/search.py's corpus "
        "copied with `copy-to-postgres`, against SQLite + FAISS on the same corpus in the same run, each searched by a "
        "process of its own",
        lambda r: pg_search(r["search_pg"]),
        "`.venv/bin/python bench/search_pg.py [--previous REV]`"),
    Row("Many workers on Postgres", "search parity with SQLite + FAISS on the demo: top-10 overlap per mode",
        lambda r: (lambda p: f"semantic {p['top10_overlap']['semantic']:.2f}, keyword {p['top10_overlap']['keyword']:.2f} "
                             f"(rarity-weighted ts_rank against BM25), hybrid {p['top10_overlap']['hybrid']:.2f}, over "
                             f"{p['queries']} queries")(r["scale"]["search_parity"]),
        "`.venv/bin/python bench/scale.py`"),
]


def recipe_mean(r: Results, recipe: str, name: str, figure: str = "macro_f1") -> float:
    """The mean over a recipe's seeds (A0, A1, …) of one figure of bench/results/stance_recipes.json."""
    values = [model[name][figure] for key, model in r["stance_recipes"].items() if key[:-1] == recipe and key[-1].isdigit()]
    return sum(values) / len(values)


def quality_brief(r: Results, variant: str) -> str:
    """nDCG@10 over all queries and for paraphrases, of one variant of bench/results/search_quality.json."""
    v = r["search_quality"]["variants"][variant]
    return f"{v['all']['ndcg@10']:.3f} (paraphrases {v['paraphrase']['ndcg@10']:.3f})"


def load_results() -> Results:
    def keyed(pairs: list[tuple[str, Any]]) -> dict[Any, Any]:  # "10000" → 10000, so sizes sort and index as numbers
        return {int(key) if key.isdigit() else key: value for key, value in pairs}

    results = {path.stem: json.loads(path.read_text(), object_pairs_hook=keyed) for path in sorted(RESULTS.glob("*.json"))}
    results["model"] = json.loads((ROOT / "index" / "models" / "stance" / "stance.json").read_text())
    return results


def anchor(heading: str) -> str:
    """The id GitHub gives a heading."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def readme_table(results: Results) -> str:
    lines = ["| what | figure | details |", "|---|---|---|"]
    lines += [f"| {row.brief or row.what} | {row.summary(results)} | "
              f"[{row.section.lower()}](docs/performance.md#{anchor(row.section)}) |"
              for row in ROWS if row.summary is not None]
    return "\n".join(lines)


def performance_tables(results: Results) -> str:
    parts = []
    for section in dict.fromkeys(row.section for row in ROWS):
        parts += [f"## {section}", "", "| what | figure | command |", "|---|---|---|"]
        parts += [f"| {row.what} | {row.figure(results)} | {row.command} |" for row in ROWS if row.section == section]
        parts.append("")
    return "\n".join(parts).rstrip()


def with_block(text: str, block: str, name: str) -> str:
    """`text` with what lies between the figure markers replaced by `block`."""
    if text.count(BEGIN) != 1 or text.count(END) != 1:
        raise SystemExit(f"{name}: needs exactly one {BEGIN} and one {END} line")
    head, rest = text.split(BEGIN)
    _, tail = rest.split(END)
    return f"{head}{BEGIN}\n{block}\n{END}{tail}"


def rendered() -> dict[Path, str]:
    """Each file as it should read with the current results."""
    results = load_results()
    files = {ROOT / "README.md": readme_table(results), ROOT / "docs" / "performance.md": performance_tables(results)}
    return {path: with_block(path.read_text(), block, path.name) for path, block in files.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="Only compare; exit 1 if a file differs.")
    args = parser.parse_args()
    stale = [path for path, text in rendered().items() if path.read_text() != text]
    if args.check:
        for path in stale:
            print(f"{path.relative_to(ROOT)}: figures differ from bench/results; run bench/figures.py")
        sys.exit(1 if stale else 0)
    for path, text in rendered().items():
        path.write_text(text)
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
