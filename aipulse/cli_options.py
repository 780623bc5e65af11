"""What every command shares: the config, one-line errors, --json and --since/--until."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import click

from aipulse.ingest import STORAGE_HINT, CrawlError
from pipeline.config import Config, ConfigError, did_you_mean, find_config_path, load_config

if TYPE_CHECKING:
    from pipeline.store import Store

SOURCES_LISTED = 12  # a --source error names this many stored sources


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


def check_source(store: Store, source: str | None) -> None:
    """A --source that no stored article comes from is a one-line error naming the stored sources (and the closest
    one), rather than an empty answer a typo would give."""
    if source is None:
        return
    sources = store.stored_sources()
    if source not in sources:
        listed = ", ".join(sources[:SOURCES_LISTED]) + (f", … ({len(sources)} in all)" if len(sources) > SOURCES_LISTED else "")
        raise click.BadParameter(f"no stored article comes from {source!r}{did_you_mean(source, sources, cutoff=0.6)} "
                                 f"(stored sources: {listed or 'none'})", param_hint="--source")


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


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet reads as the start of a formula


def spreadsheet_safe(value: object) -> object:
    """A CSV cell that a spreadsheet shows as the text it is: text taken from the web that starts like a formula
    ("=HYPERLINK(…)", "+1", "- a list item") gets a leading apostrophe, which spreadsheets hide and do not evaluate
    (OWASP's advice on CSV injection). Numbers stay numbers; JSON exports are never changed."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


def json_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(func)


def theme_option(multiple: bool = False, help_text: str = "Only mentions of this theme.") -> Callable[..., Any]:
    """--theme, checked against the fixed theme set: an unknown name is a one-line error listing the valid ones."""
    from pipeline.themes import THEME_NAMES

    return click.option("--theme", "themes" if multiple else "theme", multiple=multiple, help=help_text,
                        type=click.Choice(THEME_NAMES), metavar="THEME")


class IsoDate(click.ParamType):
    """A day as YYYY-MM-DD, given in any form `date.fromisoformat` reads ("20261001" too). Dates are compared with the
    stored ones as text, so "2026-9-1" or "yesterday" would have filtered silently and wrongly: they are errors."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from datetime import date

        try:
            return date.fromisoformat(str(value).strip()).isoformat()
        except ValueError:
            self.fail(f"{value!r} is not a date like 2026-10-01", param, ctx)


def date_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--since and --until, checked: each a date, and the range they make not empty."""

    @functools.wraps(func)
    def checked(*args: Any, **kwargs: Any) -> Any:
        since, until = kwargs.get("since"), kwargs.get("until")
        if since is not None and until is not None and until <= since:
            raise click.BadParameter(f"{until} is not after --since {since}, so nothing can be in the range",
                                     param_hint="--until")
        return func(*args, **kwargs)

    option = click.option("--until", type=IsoDate(), help="Only items published before this date (YYYY-MM-DD).")
    return click.option("--since", type=IsoDate(), help="Only items published on or after this date (YYYY-MM-DD).")(
        option(checked))
