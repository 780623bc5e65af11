from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from pipeline.config import load_config
from pipeline.digest import QUIET, last_complete_week, week_bounds
from pipeline.store import Store, utc_now
from scheduler import overdue_digest
from tests.conftest import run_cli, write_config
from tests.smtpserver import LOGIN, smtp_server, smtp_settings

WEEK = "2026-W32"  # the demo week of "Meta's AI Catch-Up: Can Llama Close the Gap?"
WEEK_BEFORE = "2026-W31"
CATCH_UP = "/2026/08/meta-llama-catch-up/"


def digest_copy(demo_db: Path, folder: Path, email: str = "") -> Path:
    """A config over a copy of the demo database (digest sends write to its ledger)."""
    source = sqlite3.connect(demo_db.parent / "aipulse.db")
    target = sqlite3.connect(folder / "aipulse.db")
    source.backup(target)
    source.close()
    target.close()
    return email_config(folder, email)


def email_config(folder: Path, email: str) -> Path:
    return write_config(folder, f'[storage]\ndata_dir = "."\n\n[email]\nfrom = "aipulse@example.org"\n'
                                f'timeout_s = 10.0\n{email}')


def parts(message: EmailMessage) -> dict[str, EmailMessage]:
    return {part.get_content_type(): part for part in message.walk()}


def check_digest(message: EmailMessage) -> None:
    """Text and HTML alternatives, the chart inline by cid:, Meta in the table, the article linked."""
    found = parts(message)
    assert message.get_content_type() == "multipart/alternative"
    assert {"text/plain", "multipart/related", "text/html", "image/png"} <= set(found)
    text, html, chart = found["text/plain"].get_content(), found["text/html"].get_content(), found["image/png"]
    cid = chart["Content-ID"].strip("<>")
    assert f'src="cid:{cid}"' in html
    assert chart.get_content()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Meta" in text and "<strong>Meta</strong>" in html
    assert CATCH_UP in text and CATCH_UP in html
    assert WEEK in message["Subject"]


def test_digest_out_writes_eml_and_html_preview(demo_db: Path, tmp_path: Path) -> None:
    config = digest_copy(demo_db, tmp_path)
    code, out, err = run_cli("--config", str(config), "digest", "--week", WEEK, "--out", str(tmp_path / "out"))
    assert code == 0, err
    eml = tmp_path / "out" / f"digest-{WEEK}.eml"
    check_digest(message_from_bytes(eml.read_bytes(), policy=policy.default))  # type: ignore[arg-type]
    preview = (tmp_path / "out" / f"digest-{WEEK}.html").read_text()
    assert f'src="digest-{WEEK}.png"' in preview and (tmp_path / "out" / f"digest-{WEEK}.png").exists()
    assert str(eml) in out
    # before any ingest: one line saying so, as trends and search say it, not an empty digest and a new empty database
    (tmp_path / "fresh").mkdir()
    fresh = write_config(tmp_path / "fresh", '[storage]\ndata_dir = "data"\n')
    code, _, err = run_cli("--config", str(fresh), "digest", "--week", WEEK, "--out", str(tmp_path / "fresh" / "out"))
    assert code == 1 and "no database at" in err and "run `aipulse ingest` first" in err, err
    assert not (tmp_path / "fresh" / "out").exists() and not (tmp_path / "fresh" / "data").exists()
    # an --out that cannot be a folder: one line naming it, before the digest is built
    (tmp_path / "notes.txt").write_text("kept")
    code, out, err = run_cli("--config", str(config), "digest", "--week", WEEK, "--out", str(tmp_path / "notes.txt" / "d"))
    assert (code, out) == (2, "") and err.endswith(
        f"Error: Invalid value for --out: cannot make the folder {tmp_path / 'notes.txt' / 'd'} (Not a directory)\n"), err


def test_digest_sent_over_starttls_with_login_once_per_week(demo_db: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    with smtp_server(tmp_path, "starttls", login=LOGIN) as server:
        config = digest_copy(demo_db, tmp_path, smtp_settings(server, to=("analyst@example.org", "desk@example.org"),
                                                              login=True))
        monkeypatch.setenv("AIPULSE_SMTP_PASSWORD", LOGIN[1])
        code, out, err = run_cli("--config", str(config), "digest", "--week", WEEK, "--send")
        assert code == 0, err
        assert "sent the 2026-W32 digest to analyst@example.org, desk@example.org" in out
        assert server.inbox.logins == ["digest-bot"]
        [(recipients, message)] = server.inbox.messages
        assert recipients == ["analyst@example.org", "desk@example.org"]
        check_digest(message)

        code, out, _ = run_cli("--config", str(config), "digest", "--week", WEEK, "--send")  # once only
        assert code == 0 and "already sent" in out and len(server.inbox.messages) == 1
        record = Store(tmp_path / "aipulse.db").digest_record(WEEK)
        assert record and record["state"] == "sent" and record["message_id"] == message["Message-ID"].strip()

        code, out, _ = run_cli("--config", str(config), "digest", "--week", WEEK, "--send", "--again")
        assert code == 0 and len(server.inbox.messages) == 2


def test_digest_over_implicit_tls(demo_db: Path, tmp_path: Path) -> None:
    with smtp_server(tmp_path, "ssl") as server:
        config = digest_copy(demo_db, tmp_path, smtp_settings(server, "ssl"))
        code, _, err = run_cli("--config", str(config), "digest", "--week", WEEK, "--send")
        assert code == 0, err
        check_digest(server.inbox.messages[0][1])


def test_an_untrusted_certificate_stops_the_send_before_login_and_it_is_retried(
        demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with smtp_server(tmp_path, "starttls", login=LOGIN, trusted_name="mail.example.org") as server:
        config = digest_copy(demo_db, tmp_path, smtp_settings(server, login=True))
        monkeypatch.setenv("AIPULSE_SMTP_PASSWORD", LOGIN[1])
        code, _, err = run_cli("--config", str(config), "digest", "--week", WEEK, "--send")
        assert code != 0 and "certificate not trusted" in err and len(err.strip().splitlines()) == 1
        assert server.inbox.logins == [] and server.inbox.messages == []
        assert Store(tmp_path / "aipulse.db").digest_record(WEEK)["state"] == "failed"  # type: ignore[index]

    with smtp_server(tmp_path, "starttls", login=LOGIN) as server:  # fixed: tried again
        email_config(tmp_path, smtp_settings(server, login=True))
        code, _, err = run_cli("--config", str(config), "digest", "--week", WEEK, "--send")
        assert code == 0, err
        assert len(server.inbox.messages) == 1


def test_missing_password_and_refused_login_are_one_clear_line(demo_db: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    with smtp_server(tmp_path, "starttls", login=LOGIN) as server:
        config = digest_copy(demo_db, tmp_path, smtp_settings(server, login=True))
        monkeypatch.delenv("AIPULSE_SMTP_PASSWORD", raising=False)
        code, _, err = run_cli("--config", str(config), "digest", "--week", WEEK, "--send")
        assert code != 0 and "AIPULSE_SMTP_PASSWORD" in err
        monkeypatch.setenv("AIPULSE_SMTP_PASSWORD", "wrong")
        code, _, err = run_cli("--config", str(config), "digest", "--week", WEEK, "--send")
        assert code != 0 and "login as digest-bot refused (535)" in err
        assert server.inbox.messages == []


def test_a_send_cut_short_by_a_crash_is_not_repeated_automatically(demo_db: Path, tmp_path: Path) -> None:
    with smtp_server(tmp_path) as server:
        config_path = digest_copy(demo_db, tmp_path, smtp_settings(server, "none"))
        config = load_config(config_path)
        store = Store(config.db_path)
        # what a process killed between claiming the week and hearing back from the server leaves behind
        assert store.claim_digest(WEEK, ["analyst@example.org"], "<lost@example.org>", utc_now())
        code, out, _ = run_cli("--config", str(config_path), "digest", "--week", WEEK, "--send")
        assert code == 0 and "may already have gone out" in out and server.inbox.messages == []


def test_the_daemon_finds_the_digest_it_missed(demo_db: Path, tmp_path: Path) -> None:
    config = load_config(digest_copy(demo_db, tmp_path, 'to = ["analyst@example.org"]\n'))
    store = Store(config.db_path)
    monday_after = datetime(2026, 8, 10, 6, 59, tzinfo=timezone.utc)  # the digest goes out mondays 07:00 UTC
    # WEEK's digest is not due yet; the week before's was, a week ago, and never went out
    assert overdue_digest(config, store, monday_after) == WEEK_BEFORE
    store.claim_digest(WEEK_BEFORE, ["analyst@example.org"], "<m@x>", utc_now())
    store.finish_digest(WEEK_BEFORE, utc_now())
    assert overdue_digest(config, store, monday_after) is None  # sent: nothing is overdue until 07:00
    assert overdue_digest(config, store, monday_after.replace(minute=1, hour=7)) == WEEK
    assert overdue_digest(config, store, datetime(2026, 8, 13, tzinfo=timezone.utc)) == WEEK  # days late
    store.claim_digest(WEEK, ["analyst@example.org"], "<m@x>", utc_now())
    store.finish_digest(WEEK, utc_now(), error="connection refused")
    assert overdue_digest(config, store, datetime(2026, 8, 13, tzinfo=timezone.utc)) == WEEK  # failed: again
    store.claim_digest(WEEK, ["analyst@example.org"], "<m@x>", utc_now())
    store.finish_digest(WEEK, utc_now())
    assert overdue_digest(config, store, datetime(2026, 8, 13, tzinfo=timezone.utc)) is None


def test_a_week_without_coverage_says_so_instead_of_an_empty_table(demo_db: Path, tmp_path: Path) -> None:
    config = digest_copy(demo_db, tmp_path)
    code, out, err = run_cli("--config", str(config), "digest", "--week", "2020-w10", "--out", str(tmp_path / "out"))
    assert code == 0, err
    assert out.endswith("note: no tracked company was mentioned in the coverage stored for 2020-W10; the digest says "
                        "so in place of its table\n"), out
    found = parts(message_from_bytes((tmp_path / "out" / "digest-2020-W10.eml").read_bytes(),
                                     policy=policy.default))  # type: ignore[arg-type]
    text, html = found["text/plain"].get_content(), found["text/html"].get_content()
    assert QUIET in text and QUIET in html
    assert not re.search(r"^company +index", text, re.M) and "No notable shifts" not in text
    assert "<th>Company</th>" not in html
    # a week with coverage keeps its table, and says nothing of the kind
    code, out, _ = run_cli("--config", str(config), "digest", "--week", WEEK.lower(), "--out", str(tmp_path / "out"))
    text = parts(message_from_bytes((tmp_path / "out" / f"digest-{WEEK}.eml").read_bytes(),
                                    policy=policy.default))["text/plain"].get_content()  # type: ignore[arg-type]
    assert code == 0 and "note:" not in out and QUIET not in text and re.search(r"^Meta +[+-]\d\.\d\d ", text, re.M)


def test_weeks_are_named_and_checked() -> None:
    assert week_bounds("2024-W19")[0].isoformat() == "2024-05-06"
    assert last_complete_week(datetime(2024, 5, 13).date()) == "2024-W19"
    assert last_complete_week(datetime(2024, 5, 12).date()) == "2024-W18"
    with pytest.raises(ValueError, match="not an ISO week"):
        week_bounds("2024-19")
