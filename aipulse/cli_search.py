"""`aipulse search` and `aipulse reindex`. Kept light: a cold search imports no torch."""

from __future__ import annotations

import json
import sqlite3

import click

from aipulse.cli_options import check_entities, check_source, cli_config, date_options, friendly_errors, json_option, theme_option
from pipeline.stance import LABELS

CONTEXT_CHARS = 400  # of the passage shown under a sentence hit; --json carries all of it
MATCHED_CHARS = 160  # of the sentence of a mention that let a hit through a filter


@click.command()
@click.argument("query")
@click.option("-k", "k", default=10, show_default=True, type=click.IntRange(1, 1000), help="How many results.")
@click.option("--entity", help="Only hits about this company (its configured name): naming it, or a sentence "
              "within two sentences of one that does.")
@click.option("--stance", type=click.Choice(LABELS), help="Only hits with a mention of this stance "
              "(toward --entity when given).")
@click.option("--source", help="Only articles of this source.")
@theme_option(help_text="Only hits with a mention of this theme (toward --entity when given).")
@click.option("--mode", type=click.Choice(["hybrid", "semantic", "keyword"]), default="hybrid", show_default=True,
              help="Meaning (FAISS), words (SQLite FTS5), or both: meaning plus keywords, weighted "
              "by how much of the query a keyword hit holds.")
@date_options
@json_option
@click.pass_context
@friendly_errors
def search(ctx: click.Context, query: str, k: int, entity: str | None, stance: str | None, source: str | None,
           theme: str | None, mode: str, since: str | None, until: str | None, as_json: bool) -> None:
    """Find stored sentences and passages by meaning and keywords, with their article, the sentences around a
    sentence hit, and each company's stance.

    \b
    Example:
      aipulse search "Llama is falling behind" --entity Meta -k 5
      aipulse search "data center spending" --since 2026-01-01 --stance skeptical --json
      aipulse search "fine" --entity Meta --theme regulation
    """
    from aipulse.search import Query, SearchError
    from aipulse.search import search as run_search
    from pipeline.store_search import Filters
    from pipeline.stores import open_store

    config = cli_config(ctx)
    check_entities(config, [entity] if entity is not None else [])
    try:
        with open_store(config, existing=True) as store:
            results = run_search(config, store, Query(query, k, mode, Filters(entity, stance, since, until, source, theme)))
            if not results:
                check_source(store, source)  # a typo in --source is an error, not "no results"; checked only then
    except SearchError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
        return
    if not results:
        click.echo("no results")
    for number, hit in enumerate(results, 1):
        companies = ", ".join(f"{e['entity']} {e['label']} ({e['score']:+.2f})" for e in hit["entities"])
        click.echo(click.style(f"{number}. {hit['title']}", bold=True)
                   + f"  — {hit['source']}, {(hit['published'] or '')[:10]}  score {hit['score']:.4f}")
        click.echo(f"   {one_line(hit['text'])}")
        if hit.get("passage") and hit["passage"] != hit["text"]:
            click.echo(click.style(f"   in: {around(one_line(hit['passage']), one_line(hit['text']), CONTEXT_CHARS)}",
                                   dim=True))
        click.echo(f"   {hit['url']}" + (f"\n   {companies}" if companies else ""))
        if "copy" in hit:  # let through by --source's syndicated copy of this story
            click.echo(f"   its copy in {hit['copy']['source']}: {hit['copy']['url']}")
        nearby = hit.get("matched") or []
        if nearby and not any(mention["in_unit"] for mention in nearby):  # what let it through, where the hit is silent
            first = nearby[0]
            click.echo(click.style(f"   matched nearby: {first['entity']} {first['label']} ({first['score']:+.2f}) in "
                                   f"“{cut(one_line(first['sentence']), MATCHED_CHARS)}”", dim=True))


def one_line(text: str) -> str:
    """A text's lines on one line, " / " between them, so a heading or a list item stays apart from its neighbours."""
    return " / ".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def cut(text: str, most: int) -> str:
    return text if len(text) <= most else text[:most] + "…"


def around(context: str, hit: str, most: int) -> str:
    """At most `most` characters of `context` that show `hit` within it whole where it fits, its start otherwise, with
    "…" where the context is cut."""
    if len(context) <= most:
        return context
    at = context.find(hit)
    start = 0 if at < 0 else max(0, min(at - (most - len(hit)) // 2, len(context) - most, at))
    shown = context[start:start + most]
    return ("…" if start else "") + shown + ("…" if start + most < len(context) else "")


@click.command()
@json_option
@click.pass_context
@friendly_errors
def reindex(ctx: click.Context, as_json: bool) -> None:
    """Rebuild the search index from the database; re-embed passages the configured model did not embed.

    \b
    Example:
      aipulse reindex
    """
    from aipulse.indexing import embed_stored, rebuild_index
    from pipeline.store import NoDatabase
    from pipeline.stores import open_store

    config = cli_config(ctx)
    try:
        with open_store(config, existing=True) as store:  # nothing stored, nothing to index: no new empty file
            run_id = store.start_job("reindex")
            embedded = embed_stored(config, store)
            index = rebuild_index(config, store)
            counts = {"articles_embedded": embedded, "vectors": index.count}
            store.finish_job(run_id, True, counts)
            kind = ("pgvector HNSW index in the database" if store.backend == "postgres"
                    else "approximate IVF index" if index.approximate else "exact index")
    except NoDatabase:
        raise
    except (sqlite3.DatabaseError, OSError, RuntimeError, ValueError) as exc:
        raise click.ClickException(f"reindex failed: {exc}") from None
    click.echo(json.dumps(counts) if as_json else
               f"reindex: {embedded} articles embedded; {index.count} vectors ({kind})")
