from __future__ import annotations

import json
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from aipulse.cli import cli
from aipulse.demo.server import DemoSites
from tests.siteserver import SiteServer

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def demo_sites() -> Iterator[DemoSites]:
    with DemoSites(port=0) as sites:
        yield sites


@pytest.fixture
def site() -> Iterator[SiteServer]:
    server = SiteServer()
    yield server
    server.close()


def write_config(folder: Path, body: str) -> Path:
    path = folder / "config.toml"
    path.write_text(textwrap.dedent(body))
    return path


FAST_CRAWL = """
[crawl]
download_delay_s = 0.0
autothrottle = false
per_domain_concurrency = 8
[stance]
enabled = false
[index]
enabled = false
"""


def local_source_config(folder: Path, name: str, feeds: tuple[str, ...] | list[str] = (),
                        start_urls: tuple[str, ...] | list[str] = (), crawl: str = FAST_CRAWL) -> Path:
    """A config with one source on 127.0.0.1 (so allow_private) and the given crawl settings."""
    return write_config(folder, crawl + f"""
[[sources]]
name = "{name}"
feeds = {json.dumps(list(feeds))}
start_urls = {json.dumps(list(start_urls))}
allow_private = true
""")


def run_cli(*args: str) -> tuple[int, str, str]:
    """Run the real CLI in-process; returns (exit code, stdout, stderr)."""
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def export_articles(config: Path) -> list[dict[str, Any]]:
    code, out, err = run_cli("--config", str(config), "export", "--format", "jsonl")
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory, demo_sites: DemoSites) -> Path:
    """One real crawl of the demo sites, shared by the read-only tests."""
    folder = tmp_path_factory.mktemp("demo")
    config = write_config(folder, demo_sites.config_toml())
    code, out, err = run_cli("--config", str(config), "ingest")
    assert code == 0, out + err
    return config


# --- Postgres: one real server (PostgreSQL 16 + pgvector from the pgserver wheel) on 127.0.0.1 for the session, a
# fresh database for each test that asks for one ---------------------------------------------------------------

@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Any]:
    import shutil
    import tempfile

    from aipulse.pgengine import LocalPostgres

    folder = tempfile.mkdtemp(prefix="aipulse-pg-test-")  # not under pytest's tmp (0700, root's) when we are root
    try:
        with LocalPostgres(folder) as server:
            yield server
    finally:
        shutil.rmtree(folder, ignore_errors=True)


_databases = iter(range(1, 1_000_000))


@pytest.fixture
def pg_url(postgres_server: Any) -> Iterator[str]:
    """The URL of a new empty database on the session's server."""
    name = f"test_{next(_databases)}"
    postgres_server.create_database(name)
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


@pytest.fixture(params=["sqlite", "postgres"])
def open_store(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    """Opens a connection to one store (each call a new connection to the same data), on each backend in turn."""
    from pipeline.store import Store
    from pipeline.store_pg import PgStore

    if request.param == "sqlite":
        return lambda: Store(tmp_path / "a.db")
    url = request.getfixturevalue("pg_url")
    return lambda: PgStore(url)


PG_URL_ENV = "AIPULSE_TEST_DATABASE_URL"  # what the Postgres tests' configs name in storage.url_env


@pytest.fixture(scope="session")
def demo_pg(tmp_path_factory: pytest.TempPathFactory, demo_sites: DemoSites, postgres_server: Any) -> Path:
    """The same crawl of the demo sites as demo_db, into Postgres: the config, its URL in $AIPULSE_TEST_DATABASE_URL."""
    import os

    postgres_server.create_database("demo")
    os.environ[PG_URL_ENV] = postgres_server.url("demo")
    folder = tmp_path_factory.mktemp("demo-pg")
    config = write_config(folder, demo_sites.config_toml(url_env=PG_URL_ENV))
    code, out, err = run_cli("--config", str(config), "ingest")
    assert code == 0, out + err
    return config
