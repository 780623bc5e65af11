"""Move a stance artefact trained over another copy of the base model (the fp16 copy a GPU machine trains
over, see bench/stance_gpu.py) onto the packaged base, so that it can ship.

    .venv/bin/python scripts/rebase_stance.py ARTEFACT_DIR --from-base MODEL_DIR [--out index/models/stance]

The fine-tuned weights are rebuilt over the base they were trained on and stored again as int8 differences
from the packaged one (a second rounding, no larger than the first); the description is kept, with
`rebased_from` naming the old version and base. The theme head is not carried over (save_artefact drops
it, as for any new stance weights): train it again with scripts/train_themes.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.minilm import DEFAULT_MODEL, model_path, weights_digest  # noqa: E402
from index.stance_model import ARTEFACT_DIR, CALIBRATION, TEMPERATURE, StanceHead, save_artefact, undelta  # noqa: E402

WRITTEN_BY_SAVE = {"version", "top_layers", "base_model_sha256", "labels", "features", "weights", "input",
                   "themes", "stance_weights", "calibration"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("artefact", type=Path)
    parser.add_argument("--from-base", required=True, help="The model folder the artefact was trained over.")
    parser.add_argument("--out", type=Path, default=ARTEFACT_DIR)
    args = parser.parse_args()
    from safetensors.torch import load_file
    from transformers import AutoModel

    meta = json.loads((args.artefact / "stance.json").read_text())
    source = model_path(args.from_base)
    if weights_digest(source) != meta["base_model_sha256"]:
        raise SystemExit(f"{args.artefact} was not trained over {source} (base digest differs)")
    head = StanceHead(AutoModel.from_pretrained(source, use_safetensors=True).float(), int(meta["top_layers"]))
    stored = load_file(args.artefact / "stance.safetensors")
    for key in (CALIBRATION, TEMPERATURE):  # chosen again for the rebased weights (scripts/calibrate_stance.py)
        stored.pop(key, None)
    head.load_state_dict(undelta(stored, head.state_dict()))
    info = {key: value for key, value in meta.items() if key not in WRITTEN_BY_SAVE}
    info["rebased_from"] = {"version": meta["version"], "base_model_sha256": meta["base_model_sha256"]}
    written = save_artefact(head, model_path(DEFAULT_MODEL), args.out, info=info,
                            pair_input=meta.get("input") == "sentence+target")
    print(f"wrote {args.out} version {written['version']} (was {meta['version']} over {source})")


if __name__ == "__main__":
    main()
