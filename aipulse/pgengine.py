"""A local PostgreSQL server with pgvector, from the `pgserver` wheel (PostgreSQL 16 and pgvector 0.6 built for
manylinux): for the tests, `make demo-postgres` and trying the Postgres backend on one machine. No Docker and no
system service; it listens on 127.0.0.1 only, with a password, in a folder of its own. PostgreSQL refuses to run
as root, so under root the server runs as an unprivileged system user made for it."""

from __future__ import annotations

import importlib.util
import os
import secrets
import shutil
import socket
import subprocess
import time
from pathlib import Path

RUN_AS = "aipulse-pg"  # the system user the server runs as when we are root
USER = "aipulse"  # the database superuser; a team's own server would give aipulse a plain owner role


class EngineError(OSError):
    """The local server could not be set up or started; the message says why."""


def binaries() -> Path:
    """The folder of PostgreSQL's programs inside the pgserver wheel (found without importing pgserver, whose import
    sets up lock files of its own)."""
    spec = importlib.util.find_spec("pgserver")
    if spec is None or not spec.submodule_search_locations:
        raise EngineError("the local PostgreSQL needs the pgserver package: pip install 'aipulse[postgres]'")
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LocalPostgres:
    """`with LocalPostgres(folder) as server:` starts (first creating) the server in `folder` and stops it after;
    `server.url(database)` is a postgresql:// URL with the password, for an environment variable only."""

    def __init__(self, folder: str | Path, port: int | None = None) -> None:
        self.folder = Path(folder).resolve()
        self.data = self.folder / "pgdata"
        self.port = port or free_port()
        self.run_as = RUN_AS if os.geteuid() == 0 else None
        self._password_file = self.folder / "password"

    @property
    def password(self) -> str:
        return self._password_file.read_text().strip()

    def url(self, database: str = "aipulse") -> str:
        return f"postgresql://{USER}:{self.password}@127.0.0.1:{self.port}/{database}"

    def __enter__(self) -> LocalPostgres:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.run_as:  # a checkout in a private folder (mktemp -d makes 0700) would hide the programs from run_as
            _let_through(binaries())
        if not (self.data / "PG_VERSION").exists():
            self._create()
        self._pg_ctl("start", "-w", "-t", "60", "-l", str(self.data / "server.log"),
                     "-o", f"-p {self.port} -h 127.0.0.1 -k {self.data}")
        self.create_database("aipulse")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._pg_ctl("stop", "-m", "fast", "-w", "-t", "60")

    def create_database(self, name: str) -> None:
        """The database, unless it exists (as the superuser)."""
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is None:
                conn.execute(f'CREATE DATABASE "{name}"')

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _create(self) -> None:
        if self.run_as:
            _ensure_user(self.run_as)
        shutil.rmtree(self.data, ignore_errors=True)
        self.data.mkdir(mode=0o700)
        if not self._password_file.exists():
            self._password_file.write_text(secrets.token_urlsafe(18) + "\n")
            self._password_file.chmod(0o600)
        password_copy = self.folder / ".initdb-password"  # initdb, running as run_as, reads it
        password_copy.write_text(self.password + "\n")
        if self.run_as:
            _let_through(self.folder.parent)
            shutil.chown(self.folder, self.run_as)
            shutil.chown(self.data, self.run_as)
            shutil.chown(password_copy, self.run_as)
        try:
            self._run("initdb", "-D", str(self.data), "-U", USER, "--pwfile", str(password_copy), "-E", "UTF8",
                      "--locale=C", "--auth-host=scram-sha-256", "--auth-local=scram-sha-256")
        finally:
            password_copy.unlink(missing_ok=True)

    def _pg_ctl(self, *args: str) -> None:
        self._run("pg_ctl", "-D", str(self.data), *args)

    def _run(self, program: str, *args: str) -> None:
        done = subprocess.run([str(binaries() / program), *args], capture_output=True, text=True, user=self.run_as,
                              cwd=self.folder, timeout=120)
        if done.returncode != 0:
            log = self.data / "server.log"
            tail = log.read_text(errors="replace").strip().splitlines()[-1:] if log.exists() else []
            detail = (done.stderr.strip().splitlines() or done.stdout.strip().splitlines() or tail or ["no output"])[-1]
            raise EngineError(f"{program} failed in {self.folder}: {detail}")


def _let_through(folder: Path) -> None:
    """Let the server's user pass through (not list) each folder above its own, as a root umask of 077 forbids."""
    for parent in (folder, *folder.parents):
        mode = parent.stat().st_mode
        if mode & 0o011 != 0o011:
            parent.chmod(mode | 0o011)


def _ensure_user(name: str) -> None:
    import pwd

    try:
        pwd.getpwnam(name)
        return
    except KeyError:
        pass
    for _ in range(3):  # two test processes may race to make it
        done = subprocess.run(["useradd", "--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", name],
                              capture_output=True, text=True)
        try:
            pwd.getpwnam(name)
            return
        except KeyError:
            time.sleep(0.5)
    raise EngineError(f"could not make the system user {name} to run PostgreSQL as: {done.stderr.strip()}")
