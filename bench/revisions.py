"""Another git revision of this repository, for benchmarks that measure it beside the working tree (--previous)."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@contextlib.contextmanager
def worktree(revision: str) -> Iterator[Path]:
    """A temporary checkout of `revision` (a detached git worktree), removed afterwards."""
    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(tree), revision], check=True)
        try:
            yield tree
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)


def short_name(revision: str) -> str:
    """The revision's abbreviated commit hash, as results files name it."""
    return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", revision], capture_output=True, text=True,
                          check=True).stdout.strip()


_INDEXES = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"


@contextlib.contextmanager
def store_for(tree: Path, folder: Path) -> Iterator[Path]:
    """A copy of the SQLite store in `folder` (its data directory: the database, the FAISS index, the config) for the
    code in `tree` to search, without the indexes that code's own migrations do not make: a query of that revision
    would otherwise be planned on an index added since, which can make it faster or slower than it is. (An index
    dropped since is not made again.) Yields the copy's folder."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "store"
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("*.lock"))
        made = subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); "
                               "from pipeline.store import Store; store = Store(sys.argv[2]); "
                               f"print(chr(10).join(name for name, in store.db.execute({_INDEXES!r})))",
                               str(tree), str(Path(scratch) / "empty.db")], cwd=tree, capture_output=True, text=True,
                              check=True).stdout.split()
        with contextlib.closing(sqlite3.connect(copy / "aipulse.db")) as db:
            for name in [name for name, in db.execute(_INDEXES) if name not in made]:
                db.execute(f'DROP INDEX "{name}"')
            db.commit()
        yield copy
