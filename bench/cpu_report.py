"""The CPU performance summary: bench/results/cpu.json from the other benchmarks' results, against the
targets of the performance issue. Run the benchmarks first (`make bench`); this measures nothing.

    .venv/bin/python bench/cpu_report.py
"""

from __future__ import annotations

import json
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def main() -> None:
    def load(name: str) -> dict:
        return json.loads((RESULTS / name).read_text())

    embed, ingest, large, search, crawl = (load(f"{n}.json") for n in ("embed_cpu", "ingest", "search_1m", "search",
                                                                       "crawl"))
    chosen = {"int8": "aipulse_int8", "bf16": "torch_bf16"}.get(embed.get("auto_precision", ""), "torch_fp32")
    at_1m = large["by_size"]["1000000"]
    report = {
        "embed_cpu_ratio_vs_st": embed[chosen]["ratio_vs_st"],
        "embed_cos_min": embed[chosen]["cos_min"],
        "embed_recall10_agreement": embed[chosen]["recall10_agreement"],
        "embed_precision": chosen,
        "ingest_articles_per_hour": ingest["ingest_articles_per_hour"],
        "ingest_mean_words": ingest["mean_words_extracted"],
        "search_p50_ms_1m": at_1m["p50_ms"],
        "search_recall_at_10_1m": at_1m["recall_at_10"],
        "index_ram_mb_1m": at_1m["load_rss_mb"],
        "crawl_pages_per_s": crawl["crawl_pages_per_s"],
        "cold_search_p50_s": search["cold_cli_p50_s"],
        "cold_search_passages": search["passages"],
        "sources": ["embed_cpu.json", "ingest.json", "search_1m.json", "search.json", "crawl.json"],
    }
    targets = [
        ("embed_cpu_ratio_vs_st", 3.0, ">="), ("embed_cos_min", 0.99, ">="), ("embed_recall10_agreement", 0.95, ">="),
        ("ingest_articles_per_hour", 10_000, ">="), ("search_p50_ms_1m", 10.0, "<="),
        ("search_recall_at_10_1m", 0.95, ">="), ("index_ram_mb_1m", 1000, "<="), ("crawl_pages_per_s", 40, ">="),
        ("cold_search_p50_s", 1.0, "<="),
    ]
    report["targets"] = []
    for key, target, sense in targets:
        value = report[key]
        met = value >= target if sense == ">=" else value <= target
        report["targets"].append({"key": key, "value": value, "target": target, "sense": sense, "met": met})
        print(f"{key:<26} {value!s:>10}  target {sense} {target:<8} {'met' if met else 'NOT MET'}")
    (RESULTS / "cpu.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {RESULTS / 'cpu.json'}")


if __name__ == "__main__":
    main()
