"""The `aipulse` command: wires config, store, crawler and pipeline together."""

from __future__ import annotations

import codecs
import csv
import json
import os
import signal
import sys
import threading
from typing import Any

import click

from aipulse.cli_alerts import alerts
from aipulse.cli_options import (
    check_entities,
    check_source,
    cli_config,
    date_options,
    friendly_errors,
    json_option,
    spreadsheet_safe,
    theme_option,
)
from aipulse.cli_report import digest, trends
from aipulse.cli_search import reindex, search
from aipulse.cli_store import copy_to_postgres
from pipeline.models import Outcome
from pipeline.stance import LABELS

EXPORT_FIELDS = [
    "id", "url", "title", "published", "author", "source", "site_name", "lang", "word_count",
    "story_id", "duplicate_of", "original_url", "fetched_url", "text",
]


MENTION_FIELDS = [
    "article_id", "url", "title", "published", "source", "story_id", "duplicate_of", "sentence_index",
    "sentence", "entity", "mention", "start", "end", "kind", "label", "score", "p_skeptical", "p_neutral",
    "p_optimistic", "theme", "p_theme", "model_version", "first_party",
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", type=click.Path(dir_okay=False), envvar="AIPULSE_CONFIG",
              help="Config file (default: $AIPULSE_CONFIG, else ./config.toml, else built-in defaults).")
@click.version_option(package_name="aipulse")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None) -> None:
    """Track how the news talks about AI companies.

    \b
    Example:
      aipulse --config config.toml ingest
      aipulse export --format jsonl > articles.jsonl
    """
    os.umask(0o077)  # the database, index, digests and locks are readable by their owner only
    ctx.ensure_object(dict)
    ctx.obj["config_path"] = config_path


@cli.command()
@json_option
@click.pass_context
@friendly_errors
def ingest(ctx: click.Context, as_json: bool) -> None:
    """Crawl every configured source once and store new articles.

    Exit codes: 0 all sources crawled; 3 partial (a source refused or its feed or sitemap failed;
    everything else was stored); 1 failure (bad config, database or crawler error).

    \b
    Example:
      aipulse --config config.toml ingest
      aipulse ingest --json | jq .counts.new
    """
    from aipulse.ingest import run_ingest
    from aipulse.lifecycle import Lifecycle
    from aipulse.progress import crawl_progress

    config = cli_config(ctx)
    lifecycle = Lifecycle()
    main_thread = threading.current_thread() is threading.main_thread()
    # SIGTERM (the daemon stopping it): stop the crawl, record the run as stopped early, exit
    previous = signal.signal(signal.SIGTERM, lambda *_: lifecycle.request_stop(grace_s=2.0)) if main_thread else None
    try:
        with crawl_progress(enabled=not as_json and sys.stderr.isatty()) as on_event:
            result = run_ingest(config, lifecycle, on_event=on_event)
    finally:
        if main_thread:
            signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)
    if as_json:
        click.echo(json.dumps({"counts": result.counts, "capped": [cap.as_dict() for cap in result.capped],
                               "problems": result.problems, "exit_code": result.exit_code}))
    else:
        for problem in result.problems:
            click.echo(f"error: {problem}", err=True)
        click.echo(result.summary(config.location))
    ctx.exit(result.exit_code)


def input_lines(data: bytes) -> list[str | UnicodeDecodeError]:
    """The lines of `aipulse stance --input`: UTF-8 (a byte-order mark dropped), or UTF-16 when it starts with its
    byte-order mark; a line that is not UTF-8 is its decoding error, so it becomes an error line in its place and the
    others are scored."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return list(data.decode("utf-16").splitlines())
        except UnicodeDecodeError as error:
            return [error]
    lines: list[str | UnicodeDecodeError] = []
    for raw in data.removeprefix(codecs.BOM_UTF8).splitlines():
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError as error:
            lines.append(error)
    return lines


def stance_input_problem(item: Any) -> str | None:
    """What is wrong with one line of `aipulse stance --input`, or None."""
    if not isinstance(item, dict):
        return "not a JSON object"
    missing = [key for key in ("text", "entity") if not isinstance(item.get(key), str)]
    if missing:
        return f"needs {' and '.join(missing)}"
    if not item["text"].strip():
        return "the text is empty"
    if not item["entity"].strip():
        return "the entity is empty"
    return None


@cli.command()
@click.argument("text", required=False)
@click.option("--entity", help="The target: a configured company (its aliases locate it) or any string in TEXT.")
@click.option("--input", "input_path", type=click.File("rb"),
              help='JSON lines {"text", "entity", "mention"?, "start"?, "end"?}; "-" reads standard input.')
@click.pass_context
@friendly_errors
def stance(ctx: click.Context, text: str | None, entity: str | None, input_path: Any) -> None:
    """Score the stance of a sentence toward a company: skeptical, neutral or optimistic, and a score in [-1, 1];
    with [themes] enabled, also what the sentence judges it on (theme) and that theme's probability.

    \b
    Example:
      aipulse stance --entity Meta "Unlike Microsoft, Meta's offerings are more fragmented."
      aipulse stance --input targets.jsonl > scored.jsonl
    """
    from aipulse.scoring import finder_for, locate, stance_model
    from pipeline.stance import to_stance
    from pipeline.themes import to_themes

    config = cli_config(ctx)
    if (text is None) == (input_path is None):
        raise click.UsageError("give either a TEXT with --entity, or --input FILE")
    if text is not None and not entity:
        raise click.UsageError("--entity is required with a TEXT")
    lines = [json.dumps({"text": text, "entity": entity})] if text is not None else input_lines(input_path.read())
    finder = finder_for(config.entities)
    targets, results, failed = [], [], False
    for number, line in enumerate(lines, 1):
        if isinstance(line, UnicodeDecodeError):
            where = "" if line.encoding == "utf-8" else " of the file"  # UTF-16 is decoded whole
            results.append({"line": number, "error": f"line {number}: not {line.encoding.upper()} text: byte {line.start + 1}"
                                                      f"{where} is 0x{line.object[line.start]:02x}"})
            failed = True
            continue
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError:
            item = None
        problem = stance_input_problem(item)
        span: tuple[int, int] | None = None
        if problem is None:
            try:
                span = (int(item["start"]), int(item["end"])) if "start" in item and "end" in item else \
                    locate(item["text"], item["entity"], finder, item.get("mention"))
            except (TypeError, ValueError):
                problem = "start and end must be integers"
            else:
                if span is not None and not 0 <= span[0] < span[1] <= len(item["text"]):
                    problem = f"start and end ({span[0]}, {span[1]}) are not a span of the text"
        if problem is not None:
            results.append({"line": number, "error": f"line {number}: {problem}"})
            failed = True
            continue
        result = {"entity": item["entity"], "start": span[0] if span else None, "end": span[1] if span else None}
        if span is None:
            result["warning"] = "target not found in text; scored as the whole sentence"
        results.append(result)
        targets.append((len(results) - 1, (item["text"], *(span or (0, 0)))))
    if targets:
        probabilities, theme_probabilities = stance_model(config["model.name"], config["model.precision"]).analyse(
            [target for _, target in targets], themes=bool(config["themes.enabled"]))
        themes = to_themes(theme_probabilities) if theme_probabilities is not None else [None] * len(targets)
        for (index, _), verdict, row, theme in zip(targets, to_stance(probabilities), probabilities, themes, strict=True):
            results[index] = {"label": verdict.label, "score": verdict.score,
                              **({"theme": theme[0], "p_theme": theme[1]} if theme else {}),
                              "p_skeptical": round(float(row[0]), 4), "p_neutral": round(float(row[1]), 4),
                              "p_optimistic": round(float(row[2]), 4), **results[index]}
    for result in results:
        click.echo(json.dumps(result, ensure_ascii=False))
    if failed:
        ctx.exit(1)


@cli.command()
@click.option("--what", type=click.Choice(["articles", "mentions"]), default="articles", show_default=True,
              help="What to export.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "csv"]), default="jsonl", show_default=True)
@click.option("--source", help="Only articles of this source.")
@click.option("--entity", "entities", multiple=True,
              help="Only mentions of this company (repeat the option); with --what articles, articles with one.")
@click.option("--stance", type=click.Choice(LABELS), help="Only mentions of this stance; with --what articles, "
              "articles with one.")
@theme_option(multiple=True, help_text="Only mentions of this theme (repeat the option); with --what articles, "
              "articles with such a mention.")
@date_options
@click.pass_context
@friendly_errors
def export(ctx: click.Context, what: str, fmt: str, source: str | None, entities: tuple[str, ...], stance: str | None,
           themes: tuple[str, ...], since: str | None, until: str | None) -> None:
    """Print stored articles (or company mentions with their stance), one JSON object per line by default.

    \b
    Example:
      aipulse export --format jsonl --since 2026-09-01 > september.jsonl
      aipulse export --what mentions --format jsonl | jq 'select(.entity == "Meta")'
      aipulse export --what mentions --theme regulation --format csv > regulation.csv
      aipulse export --format csv --source techcrunch-ai > tc.csv
      aipulse export --what mentions --entity Meta --stance skeptical --since 2026-09-01 --until 2026-10-01
    """
    from pipeline.stores import open_store

    config = cli_config(ctx)
    check_entities(config, entities)
    fields = EXPORT_FIELDS if what == "articles" else MENTION_FIELDS

    def wanted(mention: dict[str, Any]) -> bool:
        return (not entities or mention["entity"] in entities) and (stance is None or mention["label"] == stance)

    with open_store(config, existing=True) as store:
        check_source(store, source)
        only = entities[0] if len(entities) == 1 else None  # one company: the store filters it
        if what == "articles":
            found = store.iter_articles(since=since, until=until)
            if themes or entities or stance:
                holding = {row["article_id"] for row in store.iter_mentions(entity=only, first_party=True, themes=themes)
                           if wanted(row)}
                found = (row for row in found if row["id"] in holding)
        else:
            found = (row for row in store.iter_mentions(since=since, until=until, entity=only, first_party=True,
                                                        themes=themes) if wanted(row))
        rows = ({key: row[key] for key in fields} for row in found if not source or row["source"] == source)
        if fmt == "jsonl":
            for row in rows:
                click.echo(json.dumps(row, ensure_ascii=False))
        elif fmt == "json":
            click.echo(json.dumps(list(rows), ensure_ascii=False, indent=2))
        else:
            writer = csv.DictWriter(sys.stdout, fieldnames=fields)
            writer.writeheader()
            writer.writerows({key: spreadsheet_safe(value) for key, value in row.items()} for row in rows)


@cli.command()
@click.option("--all", "everything", is_flag=True, help="Re-extract every stored page, not only older ones.")
@json_option
@click.pass_context
@friendly_errors
def reextract(ctx: click.Context, everything: bool, as_json: bool) -> None:
    """Extract stored raw pages again after an extractor improvement; nothing is fetched.

    \b
    Example:
      aipulse reextract          # pages extracted by an older extractor version
      aipulse reextract --all
    """
    from pipeline.process import reextract_stored
    from pipeline.stores import open_store

    config = cli_config(ctx)
    with open_store(config, existing=True) as store:  # nothing stored, nothing to extract: no new empty file
        run_id = store.start_job("reextract")
        outcomes = {str(outcome): count for outcome, count in
                    reextract_stored(store, config["crawl.min_article_words"], everything).items()}
        store.finish_job(run_id, True, outcomes)
    if as_json:
        click.echo(json.dumps(outcomes))
    else:
        click.echo("reextract: " + (", ".join(f"{n} {k}" for k, n in sorted(outcomes.items())) or "nothing to do"))


@cli.command("crawl-log")
@click.option("--run", "run_id", type=int, help="The ingest's run id, as `aipulse status` shows it (default: the last ingest).")
@click.option("--outcome", multiple=True, type=click.Choice([str(outcome) for outcome in Outcome]), metavar="OUTCOME",
              help="Only these outcomes, e.g. --outcome timeout --outcome http_error.")
@click.option("--failed", is_flag=True, help="Only failures (errors, refusals, robots).")
@json_option
@click.pass_context
@friendly_errors
def crawl_log(ctx: click.Context, run_id: int | None, outcome: tuple[str, ...], failed: bool, as_json: bool) -> None:
    """Show what happened to every URL of a crawl.

    \b
    Example:
      aipulse crawl-log --failed
      aipulse crawl-log --outcome timeout --json | jq -r .[].url
    """
    from pipeline.models import FAILED
    from pipeline.stores import open_store

    config = cli_config(ctx)
    wanted = set(outcome) | (FAILED if failed else set())
    with open_store(config, existing=True) as store:
        if run_id is not None and (job := store.job_name(run_id)) != "ingest":
            raise click.ClickException(f"run {run_id} is a {job} job, which crawls nothing" if job else
                                       f"no run {run_id}: `aipulse status` lists the recent runs with their ids")
        rows = [row for row in store.crawl_log(run_id) if not wanted or row["outcome"] in wanted]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    for row in rows:
        status = row["status"] if row["status"] is not None else "-"
        click.echo(f"{row['outcome']:<13} {status!s:<4} {row['source']:<16} {row['url']}  {row['detail'] or ''}".rstrip())


@cli.command()
@json_option
@click.pass_context
@friendly_errors
def status(ctx: click.Context, as_json: bool) -> None:
    """Show what is stored and how the last jobs went.

    \b
    Example:
      aipulse status --json | jq .last_runs[0]
    """
    from aipulse.indexing import in_sync
    from aipulse.ingest import Cap
    from pipeline.stores import open_store

    config = cli_config(ctx)
    with open_store(config, existing=True) as store:
        counts = store.counts()
        last_runs = store.last_runs(10)
        report: dict[str, Any] = {
            "db_path": store.location,
            "config_path": str(config.path) if config.path else None,
            "counts": counts,
            "vectors": counts["vectors"],
            "index_in_sync": in_sync(config, store),
            # what the crawl limits kept out in the last ingest, per source, and the setting to raise
            "capped": next((run["counts"].get("capped", []) for run in last_runs
                            if run["job"] == "ingest" and run["ok"] is not None), []),
            "last_runs": last_runs,
            "digests": [{key: row[key] for key in ("week", "state", "sent", "recipients", "error")}
                        for row in store.digest_records(5)],
            "alerts": {"rules": [rule.name for rule in config.alerts], "deliveries": store.alert_counts(),
                       "last": [{key: row[key] for key in ("rule", "entity", "direction", "channel", "state", "claimed",
                                                           "error")} for row in store.alert_deliveries(limit=5)]},
        }
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    click.echo(f"database: {report['db_path']}")
    click.echo(f"  search index in step with the database: {'yes' if report['index_in_sync'] else 'NO (aipulse reindex)'}")
    for key, value in report["counts"].items():
        click.echo(f"  {key:<11} {value}")
    for cap in report["capped"]:
        click.echo(f"  capped in the last ingest: {Cap(**cap).line()}")
    for run in report["last_runs"]:
        state = "running" if run["ok"] is None else ("ok" if run["ok"] else "FAILED")
        click.echo(f"  #{run['id']:<4} {run['started']}  {run['job']:<8} {state:<7} {json.dumps(run['counts'])}"
                   + (f"  {run['error']}" if run["error"] else ""))
    if report["alerts"]["rules"]:
        tally = ", ".join(f"{n} {state}" for state, n in sorted(report["alerts"]["deliveries"].items())) or "none yet"
        click.echo(f"  alerts: {len(report['alerts']['rules'])} rules; deliveries: {tally}")
    for record in report["digests"]:
        click.echo(f"  digest {record['week']}: {record['state']}"
                   + (f" {record['sent']} to {record['recipients']}" if record["sent"] else "")
                   + (f" ({record['error']})" if record["error"] else ""))


@cli.command()
@click.option("--data-dir", default="data/demo", show_default=True, type=click.Path(file_okay=False),
              help="Where the demo's config, database and rendered site go.")
@click.option("--serve/--no-serve", default=False, help="Keep serving the demo site after the ingest.")
@click.option("--postgres", is_flag=True, help="Store in a local PostgreSQL + pgvector server started in the data "
                                                "folder (needs aipulse[postgres]) instead of SQLite.")
@friendly_errors
def demo(data_dir: str, serve: bool, postgres: bool) -> None:
    """Serve the bundled news site on 127.0.0.1 and run the main job against it.

    \b
    Example:
      aipulse demo
      aipulse --config data/demo/config.toml export --format jsonl | head -1
      aipulse demo --postgres --data-dir data/demo-postgres
    """
    from aipulse.demo.run import run_demo

    sys.exit(run_demo(data_dir, serve=serve, postgres=postgres))


@cli.command()
@click.pass_context
@friendly_errors
def daemon(ctx: click.Context) -> None:
    """Ingest every schedule.ingest_interval and send the digest at schedule.digest_cron, until SIGTERM or Ctrl-C.

    One daemon per data directory; job runs show in `aipulse status --json` under last_runs.

    \b
    Example:
      aipulse --config config.toml daemon
    """
    import logging

    import scheduler

    config = cli_config(ctx)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        sys.exit(scheduler.run_daemon(config))
    except scheduler.DaemonError as exc:
        raise click.ClickException(str(exc)) from None


@cli.command("serve-demo")
@click.option("--port", default=8765, show_default=True, help="Port of the newsroom site; the wire site gets the next.")
def serve_demo(port: int) -> None:
    """Serve the bundled demo news sites on 127.0.0.1 until interrupted.

    \b
    Example:
      aipulse serve-demo --port 8765
    """
    from aipulse.demo.server import DemoSites

    sites = DemoSites(port=port)
    sites.start()
    click.echo(f"newsroom: {sites.newsroom_url}\nwire:     {sites.wire_url}\n(Ctrl-C to stop)")
    try:
        sites.wait()
    except KeyboardInterrupt:
        sites.stop()


cli.add_command(search)
cli.add_command(reindex)
cli.add_command(trends)
cli.add_command(digest)
cli.add_command(alerts)
cli.add_command(copy_to_postgres)


def main(argv: list[str] | None = None) -> None:
    cli(args=argv, prog_name="aipulse")
