"""What a fresh process pays to load the models an ingest needs: the int8 sentence encoder and the stance model,
with their int8 calibration peaks remembered from an earlier process (index/int8cpu.py `calibrated`) and, as the
baseline in the same run, with an empty cache, which is what every process paid before the peaks were remembered.

    .venv/bin/python bench/model_load.py [--rounds 3]

Each load runs in its own process (imports excluded, the weights digest cache kept), alternating empty and warm
calibration caches. Writes bench/results/model_load.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOAD = """
import json, time
from index.encoder import batch_encoder
from aipulse.scoring import stance_model
started = time.perf_counter()
encoder = batch_encoder()
encoder.encode(["warm"])
loaded = time.perf_counter()
model = stance_model("all-MiniLM-L6-v2")
print(json.dumps({"encoder_s": loaded - started, "stance_s": time.perf_counter() - loaded,
                  "precisions": [encoder.precision, model.precision]}))
"""


def load_once(cache: Path) -> dict:
    digests = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "aipulse" / "digests.json"
    (cache / "aipulse").mkdir(parents=True, exist_ok=True)
    if digests.exists():  # the weights digest stays remembered in both: only the calibration differs
        shutil.copy(digests, cache / "aipulse" / "digests.json")
    out = subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(ROOT)})
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    runs: dict[str, list[dict]] = {"empty": [], "remembered": []}
    with tempfile.TemporaryDirectory() as folder:
        warm = Path(folder) / "warm"
        load_once(warm)  # fills the warm cache
        for round_ in range(args.rounds):
            for kind in (("empty", "remembered") if round_ % 2 == 0 else ("remembered", "empty")):
                cache = warm if kind == "remembered" else Path(folder) / f"empty-{round_}"
                runs[kind].append(load_once(cache))
    report = {kind: {part: round(statistics.median(run[part] for run in found), 2) for part in ("encoder_s", "stance_s")}
              for kind, found in runs.items()}
    report["precisions"] = runs["remembered"][0]["precisions"]
    report["rounds"] = args.rounds
    saved = sum(report["empty"].values()) - sum(report["remembered"].values())
    report["saved_s"] = round(saved, 2)
    print(f"loading the encoder and the stance model ({', '.join(report['precisions'])}), median of {args.rounds}: "
          f"calibration remembered {report['remembered']['encoder_s']} + {report['remembered']['stance_s']} s, "
          f"empty cache (the baseline: every process before) {report['empty']['encoder_s']} + "
          f"{report['empty']['stance_s']} s; {saved:.2f} s saved per process")
    out = ROOT / "bench" / "results" / "model_load.json"
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
