"""What every command shares: the config, one-line errors, --json and --since/--until."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

import click

from aipulse.ingest import STORAGE_HINT, CrawlError
from pipeline.config import Config, ConfigError, find_config_path, load_config


def cli_config(ctx: click.Context) -> Config:
    try:
        return load_config(find_config_path(ctx.obj.get("config_path")))
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None


def check_entities(config: Config, entities: Iterable[str]) -> None:
    """Each --entity must be a configured company; the error lists them."""
    known = [e.name for e in config.entities]
    for entity in entities:
        if entity not in known:
            raise click.BadParameter(f"{entity!r} is not a configured company ({', '.join(known)})",
                                     param_hint="--entity")


def friendly_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn storage and crawler failures into one clear line and a non-zero exit."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except BrokenPipeError:  # `aipulse search … | head`: click ends quietly, as `head`'s writer should
            raise
        except sqlite3.DatabaseError as exc:
            hint = (STORAGE_HINT if any(words in str(exc) for words in ("disk I/O error", "disk is full", "readonly"))
                    else "")
            raise click.ClickException(f"database error: {exc}{hint}") from None
        except (CrawlError, OSError, ConfigError) as exc:
            raise click.ClickException(str(exc)) from None
        except Exception as exc:
            if not _postgres_error(exc):
                raise
            raise click.ClickException(f"database error: {(str(exc).strip().splitlines() or [type(exc).__name__])[0]}"
                                       ) from None

    return wrapper


def _postgres_error(exc: Exception) -> bool:
    try:
        import psycopg
    except ImportError:
        return False
    return isinstance(exc, psycopg.Error)


def json_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(func)


def theme_option(multiple: bool = False, help_text: str = "Only mentions of this theme.") -> Callable[..., Any]:
    """--theme, checked against the fixed theme set: an unknown name is a one-line error listing the valid ones."""
    from pipeline.themes import THEME_NAMES

    return click.option("--theme", "themes" if multiple else "theme", multiple=multiple, help=help_text,
                        type=click.Choice(THEME_NAMES), metavar="THEME")


def date_options(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.option("--until", help="Only items published before this date (YYYY-MM-DD).")(func)
    return click.option("--since", help="Only items published on or after this date (YYYY-MM-DD).")(func)
