"""Extraction quality on public sets of real pages, against plain trafilatura in the same run.

    .venv/bin/python bench/extract_bench.py BENCH_DIR [BENCH_DIR ...] [--worst 10]

A BENCH_DIR is a checkout of one of (fetched for the measurement, never committed):
- scrapinghub/article-extraction-benchmark: `ground-truth.json`, `html/*.html.gz`, scored with the
  benchmark's own `evaluate.py` (imported from the checkout);
- mozilla/readability: `test/test-pages/*/source.html` with `expected.html`, scored with the same metric
  (F1 over 4-word shingles, exact match of the word sequence).

aipulse's side runs the code path of a crawl: the bytes become a Scrapy `HtmlResponse` (which decides the
encoding, as in a crawl), then a `RawPage` for `pipeline.extract.extract`. trafilatura's side is
`trafilatura.extract(html, include_comments=False)`, as the benchmark's own runner calls it. Prints both
and the pages where aipulse is furthest below trafilatura; writes bench/results/extraction.json.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import lxml.html  # noqa: E402
import trafilatura  # noqa: E402
from scrapy.http import HtmlResponse  # noqa: E402

from pipeline.extract import extract  # noqa: E402
from pipeline.models import Article, RawPage  # noqa: E402

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Page:
    key: str
    url: str
    html: bytes
    truth: str


def article_benchmark(folder: Path) -> Iterator[Page]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf8"))
    for key, item in sorted(truth.items()):
        yield Page(key, item["url"], gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()),
                   item.get("articleBody") or "")


def readability_pages(folder: Path) -> Iterator[Page]:
    for case in sorted((folder / "test" / "test-pages").iterdir()):
        source, expected = case / "source.html", case / "expected.html"
        if not (source.is_file() and expected.is_file()):
            continue
        tree = lxml.html.fromstring(expected.read_bytes())
        for block in tree.iter("p", "div", "li", "h1", "h2", "h3", "h4", "pre", "blockquote", "br", "tr"):
            block.tail = "\n" + (block.tail or "")
        yield Page(case.name, f"http://fakehost/{case.name}/", source.read_bytes(), tree.text_content())


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _WORD.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_scores(true: str, pred: str) -> tuple[float, float, float, bool]:
    """(precision, recall, F1, exact) of one page, the benchmark's way: shingle counts, both empty is perfect."""
    a, b = shingles(true), shingles(pred)
    tp = sum((a & b).values())
    fp, fn = sum(b.values()) - tp, sum(a.values()) - tp
    precision = 1.0 if fp == fn == 0 else (tp / (tp + fp) if tp + fp else 0.0)
    recall = 1.0 if fp == fn == 0 else (tp / (tp + fn) if tp + fn else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, _WORD.findall(true or "") == _WORD.findall(pred or "")


def overall(scores: list[tuple[float, float, float, bool]]) -> dict[str, float]:
    """The benchmark's aggregate: mean precision and mean recall over pages, F1 of the two means."""
    precision = statistics.mean(s[0] for s in scores)
    recall = statistics.mean(s[1] for s in scores)
    return {"f1": round(2 * precision * recall / (precision + recall), 4), "precision": round(precision, 4),
            "recall": round(recall, 4), "accuracy": round(statistics.mean(float(s[3]) for s in scores), 4)}


def by_aipulse_article(page: Page) -> Article | None:
    """The crawl's code path: Scrapy decides the encoding, pipeline.extract makes the article."""
    response = HtmlResponse(page.url, body=page.html, headers={"Content-Type": "text/html"})
    return extract(RawPage(url=page.url, source="bench", status=200, body=page.html, encoding=response.encoding,
                           headers={"content-type": "text/html"}))


def by_aipulse(page: Page) -> str:
    article = by_aipulse_article(page)
    return article.text if article else ""


def by_trafilatura(page: Page) -> str:
    return trafilatura.extract(page.html.decode("utf8", errors="replace"), include_comments=False) or ""


def timed(function: Any, page: Page) -> tuple[str, float]:
    started = time.perf_counter()
    text = function(page)
    return text, time.perf_counter() - started


def official_metric(folder: Path, truth: dict[str, str], outputs: dict[str, dict[str, str]]) -> dict[str, Any]:
    """The benchmark's own evaluate.py on each extractor's output, imported from the checkout."""
    spec = importlib.util.spec_from_file_location("aeb_evaluate", folder / "evaluate.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    ground = {key: {"articleBody": text} for key, text in truth.items()}
    result = {}
    for name, texts in outputs.items():
        metrics = module.evaluate(ground, {key: {"articleBody": text} for key, text in texts.items()}, 200)
        result[name] = {key: round(metrics[key], 4) for key in ("f1", "precision", "recall", "accuracy")}
    return result


def run_set(folder: Path, worst: int) -> tuple[str, dict[str, Any]]:
    official = (folder / "ground-truth.json").is_file()
    name = "article_extraction_benchmark" if official else "readability_test_pages"
    pages = list(article_benchmark(folder) if official else readability_pages(folder))
    for page in pages[:3]:  # warm-up: imports and first-call caches are not per-page cost
        by_aipulse(page), by_trafilatura(page)
    texts: dict[str, dict[str, str]] = {"aipulse": {}, "trafilatura": {}}
    seconds: dict[str, float] = {"aipulse": 0.0, "trafilatura": 0.0}
    for page in pages:  # alternating, so machine noise falls on both alike
        for extractor, function in (("aipulse", by_aipulse), ("trafilatura", by_trafilatura)):
            texts[extractor][page.key], spent = timed(function, page)
            seconds[extractor] += spent
    truth = {page.key: page.truth for page in pages}
    scores = {extractor: [page_scores(truth[key], texts[extractor][key]) for key in truth] for extractor in texts}
    gaps = sorted(((s_t[2] - s_a[2], page) for s_a, s_t, page in zip(scores["aipulse"], scores["trafilatura"], pages,
                                                                         strict=True)), key=lambda item: -item[0])
    report: dict[str, Any] = {
        "pages": len(pages),
        **{extractor: {**overall(scores[extractor]), "ms_per_page": round(1000 * seconds[extractor] / len(pages), 1)}
           for extractor in texts},
        "cost_vs_trafilatura": round(seconds["aipulse"] / seconds["trafilatura"], 2),
        # pages aipulse does not take for articles (no headline, a section front): both scored without them too
        "not_articles": [page.key for page in pages if not texts["aipulse"][page.key].strip()],
        "on_articles": {extractor: overall([score for score, page in zip(scores[extractor], pages, strict=True)
                                            if texts["aipulse"][page.key].strip()]) for extractor in texts},
        "pages_over_0_05_below_trafilatura": sum(gap > 0.05 for gap, _ in gaps),
        "furthest_below_trafilatura": [
            {"page": page.key, "url": page.url, "aipulse_f1": round(s_t - gap, 3), "trafilatura_f1": round(s_t, 3)}
            for gap, page in gaps[:worst] if gap > 0
            for s_t in [page_scores(page.truth, texts["trafilatura"][page.key])[2]]],
    }
    if official:
        report["official_metric"] = official_metric(folder, truth, texts)
    return name, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path, help="benchmark checkouts")
    parser.add_argument("--worst", type=int, default=10, help="how many pages below trafilatura to list")
    args = parser.parse_args()
    out = ROOT / "bench" / "results" / "extraction.json"
    results = json.loads(out.read_text()) if out.is_file() else {}
    for folder in args.folders:
        name, report = run_set(folder, args.worst)
        results[name] = report
        ours, theirs = report["aipulse"], report["trafilatura"]
        print(f"{name}: {report['pages']} pages")
        print(f"  aipulse      F1 {ours['f1']:.3f}  precision {ours['precision']:.3f}  recall {ours['recall']:.3f}  "
              f"exact {ours['accuracy']:.3f}  {ours['ms_per_page']} ms/page")
        print(f"  trafilatura  F1 {theirs['f1']:.3f}  precision {theirs['precision']:.3f}  recall {theirs['recall']:.3f}  "
              f"exact {theirs['accuracy']:.3f}  {theirs['ms_per_page']} ms/page (aipulse costs "
              f"{report['cost_vs_trafilatura']}x)")
        if "official_metric" in report:
            print(f"  the benchmark's evaluate.py: {report['official_metric']}")
        if report["not_articles"]:
            on = report["on_articles"]
            print(f"  {len(report['not_articles'])} pages not taken for articles ({', '.join(report['not_articles'])}); "
                  f"on the rest: aipulse F1 {on['aipulse']['f1']:.3f}, trafilatura {on['trafilatura']['f1']:.3f}")
        print(f"  pages more than 0.05 F1 below trafilatura: {report['pages_over_0_05_below_trafilatura']}")
        for row in report["furthest_below_trafilatura"]:
            print(f"    {row['aipulse_f1']:.3f} vs {row['trafilatura_f1']:.3f}  {row['page'][:16]}  {row['url']}")
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
