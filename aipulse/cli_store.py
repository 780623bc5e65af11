"""`aipulse copy-to-postgres`: move a SQLite store onto the Postgres backend, proven by counts and checksums."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from aipulse.cli_options import cli_config, friendly_errors, json_option


@click.command("copy-to-postgres")
@click.option("--from", "source_path", type=click.Path(dir_okay=False, path_type=Path),
              help="The SQLite file to copy (default: the configured storage.data_dir / storage.db_name).")
@json_option
@click.pass_context
@friendly_errors
def copy_to_postgres(ctx: click.Context, source_path: Path | None, as_json: bool) -> None:
    """Copy the SQLite store into the empty Postgres database at the URL in $AIPULSE_DATABASE_URL (the variable
    storage.url_env names), in one transaction, and verify it: row counts of every table, and checksums of the
    article URLs, the mentions and the vectors. Then set storage.backend = "postgres".

    \b
    Example:
      export AIPULSE_DATABASE_URL=postgresql://aipulse:secret@db.internal:5432/aipulse
      aipulse copy-to-postgres
    """
    from aipulse.indexing import rebuild_index
    from pipeline.store import Store
    from pipeline.store_copy import copy_store
    from pipeline.store_pg import PgStore

    config = cli_config(ctx)
    name = config["storage.url_env"]
    if not os.environ.get(name, "").strip():
        raise click.ClickException(f"${name} is not set: export {name}=postgresql://user:password@host:port/database")
    with Store.existing(source_path or config.db_path) as source, \
            PgStore(os.environ[name], lease_s=config["storage.lease_s"]) as target:
        report = copy_store(source, target, on_table=lambda table, rows: None if as_json else click.echo(
            f"  {table}: {rows} rows", err=True))
        # a large store gets its IVFFlat index now rather than searching by exact scans until a reindex
        index = rebuild_index(config, target)
        report |= {"from": source.location, "to": target.location,
                   "vector_index": "ivfflat" if index.approximate else "exact"}
    if as_json:
        click.echo(json.dumps(report))
    else:
        click.echo(f"copied {report['from']} into {report['to']}: {report['tables']['articles']} articles, "
                   f"{report['tables']['mentions']} mentions, {report['tables']['passages']} vectors")
        click.echo("verified before it committed: row counts of every table and checksums of the URLs, mentions "
                   "and vectors match")
