"""Rebuild index/calibration.txt, the texts the int8 CPU encoder calibrates its smoothing on.

    .venv/bin/python scripts/calibration_text.py

Our own AI-news training sentences (datasets/ainews/train.jsonl, never the test splits or the demo
site, which the benchmarks use): the first 160 as single sentences, the next 200 as passages of five,
one text a line, so the calibration sees both the lengths ingest embeds.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    texts = [json.loads(line)["text"] for line in (ROOT / "datasets" / "ainews" / "train.jsonl").open()]
    singles = texts[:160]
    rest = texts[160:360]
    passages = [" ".join(rest[i:i + 5]) for i in range(0, len(rest), 5)]
    target = ROOT / "index" / "calibration.txt"
    target.write_text("\n".join(" ".join(t.split()) for t in singles + passages) + "\n")
    print(f"{target}: {len(singles)} sentences, {len(passages)} passages")


if __name__ == "__main__":
    main()
