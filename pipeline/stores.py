"""Which store: the configured backend's (SQLite file or Postgres database), opened by the commands and the crawl
child. Apart from pipeline/store.py so that neither backend's module imports the other."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.config import Config
from pipeline.store import Store


def open_store(config: Config, existing: bool = False) -> Store:
    """The configured store: the SQLite file in data_dir, or (storage.backend = "postgres") the database at the URL
    in the environment. `existing`: never a new empty SQLite file (NoDatabase instead)."""
    if config["storage.backend"] == "postgres":
        from pipeline.store_pg import PgStore  # psycopg only when asked for

        return PgStore(config.database_url, lease_s=config["storage.lease_s"])
    return Store.existing(config.db_path) if existing else Store(config.db_path)


def store_at(db_path: str | Path, url_env: str = "") -> Store:
    """The store a crawl child is told of: the Postgres database at the URL in the environment variable `url_env`
    when one is named (the URL itself never goes on a command line or into Scrapy's logged settings), else the
    SQLite file at `db_path`."""
    if url_env:
        from pipeline.store_pg import PgStore

        return PgStore(os.environ[url_env])
    return Store(db_path)
