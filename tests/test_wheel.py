"""`pip install .` for real: the wheel, installed into a fresh virtualenv, runs the commands from another folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from pipeline.themes import THEME_NAMES

ROOT = Path(__file__).resolve().parent.parent
WHEEL_SOURCES = ["pyproject.toml", "README.md", "LICENSE", "scheduler.py", "aipulse", "crawlers", "pipeline", "index"]


def run(command: list[str], cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "AIPULSE_CONFIG")}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtualenv holding only aipulse's wheel (--no-deps); the dependencies come from the test's own
    environment through a path file, the way --system-site-packages would bring a base environment's."""
    folder = tmp_path_factory.mktemp("wheel")
    source = folder / "source"  # only what the wheel is built from: nothing else of the checkout can leak in
    source.mkdir()
    for name in WHEEL_SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, source / name)
    built = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                 str(folder / "dist"), str(source)], folder)
    assert built.returncode == 0, built.stderr
    wheel = next((folder / "dist").glob("aipulse-*.whl"))
    venv = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], folder).stdout.strip()
    # a plain path line: the test environment's own .pth files (its editable aipulse) are not run
    (Path(purelib) / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    done = run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--force-reinstall",
                str(wheel)], folder)
    assert done.returncode == 0, done.stderr
    return venv


def test_the_wheel_carries_the_models_templates_calibration_text_and_demo_site(installed: Path) -> None:
    wheel = next((installed.parent / "dist").glob("aipulse-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"index/models/stance/stance.safetensors", "index/models/stance/stance.json",
            "index/models/stance/themes.safetensors", "index/calibration.txt",
            "pipeline/templates/digest.html", "pipeline/templates/digest.txt", "aipulse/demo/templates/analysis.html",
            "scheduler.py", "crawlers/run.py"} <= names
    assert len([n for n in names if n.startswith("aipulse/demo/articles/") and n.endswith(".toml")]) >= 40


def test_installed_commands_run_from_another_folder(installed: Path, tmp_path: Path) -> None:
    python, aipulse = installed / "bin" / "python", installed / "bin" / "aipulse"
    where = run([str(python), "-c", "import aipulse, crawlers, index, pipeline, scheduler; "
                 "print('\\n'.join(m.__file__ for m in (aipulse, crawlers, index, pipeline, scheduler)))"], tmp_path)
    assert where.returncode == 0, where.stderr
    assert all(Path(line).is_relative_to(installed) for line in where.stdout.split()), where.stdout

    scored = run([str(aipulse), "stance", "--entity", "Meta", "Meta's assistant keeps losing users to its rivals."],
                 tmp_path)
    assert scored.returncode == 0, scored.stderr
    assert json.loads(scored.stdout)["label"] == "skeptical"
    assert json.loads(scored.stdout)["theme"] in THEME_NAMES  # the theme head came with the wheel

    demo = run([str(aipulse), "demo", "--data-dir", "demo"], tmp_path, timeout=300)
    assert demo.returncode == 0, demo.stdout[-2000:] + demo.stderr[-2000:]
    assert "Stance by company" in demo.stdout and (tmp_path / "demo" / "trends.png").is_file()

    found = run([str(aipulse), "--config", "demo/config.toml", "search", "Llama is falling behind", "--entity", "Meta",
                 "-k", "3", "--json"], tmp_path)
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    assert len(hits) == 3 and all(any(e["entity"] == "Meta" for e in hit["entities"]) for hit in hits)

    daemon = run([str(python), "-m", "scheduler", "--config", "missing.toml"], tmp_path)  # the CLI's daemon command
    assert daemon.returncode == 1 and daemon.stderr.strip() == "Error: missing.toml: config file not found"
