"""Copy a sentence-transformers model folder with its weights in fp16 (all-MiniLM-L6-v2: 91 MB -> 45 MB),
small enough to carry to a GPU machine for bench/gpu_embed.py.

    .venv/bin/python scripts/export_fp16_model.py OUT_DIR [--model all-MiniLM-L6-v2]
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.minilm import DEFAULT_MODEL, model_path  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args()
    from safetensors.torch import load_file, save_file

    source = model_path(args.model)
    for path in source.rglob("*"):
        if path.is_file() and path.name != "model.safetensors" and path.suffix in (".json", ".txt"):
            target = args.out / path.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    weights = load_file(source / "model.safetensors")
    save_file({name: tensor.half() if tensor.is_floating_point() else tensor for name, tensor in weights.items()},
              args.out / "model.safetensors", metadata={"format": "pt"})
    print(f"wrote {args.out} ({(args.out / 'model.safetensors').stat().st_size / 1e6:.1f} MB of weights)")


if __name__ == "__main__":
    main()
