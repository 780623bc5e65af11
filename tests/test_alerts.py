"""Alerts: rules read like sources, evaluated over stored mentions, delivered at most once by webhook and e-mail.
Real receivers: a recording HTTP server on 127.0.0.1 (tests/hookserver.py) and aiosmtpd."""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
import textwrap
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from pipeline.alerts import evaluate, signature, window_end
from pipeline.config import Alert, ConfigError, load_config
from tests.conftest import run_cli, write_config
from tests.hookserver import hook_server
from tests.smtpserver import smtp_server, smtp_settings

COMPANIES = ["Meta", "OpenAI", "Google"]
END = datetime(2026, 10, 19, tzinfo=timezone.utc)


def mention(entity: str, label: str, day: int, story: int, score: float | None = None, **extra: Any) -> dict[str, Any]:
    """A mention of `entity` on October `day`, 2026, in story `story`."""
    score = score if score is not None else {"skeptical": -0.8, "neutral": 0.0, "optimistic": 0.8}[label]
    return {"entity": entity, "label": label, "score": score, "dated": f"2026-10-{day:02d}T10:00:00+00:00",
            "story_id": story, "article_id": story, "duplicate_of": None, "first_party": False, "theme": "regulation",
            "sentence": f"{entity} sentence {story} {label}", "title": f"Story {story}", "url": f"https://n.example/{story}",
            **extra}


def week_of(entity: str, labels: list[str], first_day: int, first_story: int) -> list[dict[str, Any]]:
    """One mention per story, a story a day from `first_day`."""
    return [mention(entity, label, first_day + i, first_story + i) for i, label in enumerate(labels)]


# a week of praise, then a week of doubt (windows of 7 days ending on October 19)
TURN = week_of("Meta", ["optimistic"] * 5, 5, 100) + week_of("Meta", ["skeptical"] * 4 + ["neutral"], 12, 200)


# --- configuration ----------------------------------------------------------------------------------------------

def test_alert_rules_are_read_like_sources(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, """
        [[alerts]]
        name = "meta-doubt"
        entity = "Meta"
        when = "below"
        threshold = -0.2
        window = "14d"
        min_stories = 3
        webhook = "https://hooks.example.com/T000/B000"
        webhook_secret_env = "AIPULSE_WEBHOOK_SECRET"
        email = true
    """))
    (rule,) = config.alerts
    assert (rule.name, rule.entity, rule.when, rule.threshold, rule.window, rule.min_stories, rule.email) == (
        "meta-doubt", "Meta", "below", -0.2, timedelta(days=14), 3, True)
    assert load_config(None).alerts == ()  # no rule by default


@pytest.mark.parametrize("body, message", [
    ('name = "a"\nentity = "Acme"\nemail = true', "'alerts[0] (a).entity' must be \"*\" or a company of the entity table"),
    ('name = "a"\nthreshold = -1.5\nemail = true', "'alerts[0] (a).threshold' must be a number in [-1, 1], got -1.5"),
    ('name = "a"\nwhen = "drops"\nemail = true', "'alerts[0] (a).when' must be one of shift, below, above"),
    ('name = "a"\ntheme = "weather"\nemail = true', "'alerts[0] (a).theme' must be one of models, products"),
    ('name = "a"\nwindow = "a week"\nemail = true', "'alerts[0] (a).window' must be a duration like 7d or 36h"),
    ('name = "a"\nwebhook = "ftp://x.example/"', "'alerts[0] (a).webhook' is not an http(s) URL"),
    ('name = "a"', "'alerts[0] (a)' goes nowhere: set a webhook, email = true, or both"),
    ('name = "a"\nemail = true\nsilence = true', "unknown key 'alerts[0].silence'"),
    ('entity = "Meta"\nemail = true', "'alerts[0].name' is required"),
    ('name = "a"\nemail = true\n[[alerts]]\nname = "a"\nemail = true', "'alerts[1] (a).name' is used by two alerts"),
])
def test_a_bad_alert_rule_is_one_line_naming_it(tmp_path: Path, body: str, message: str) -> None:
    path = write_config(tmp_path, "[[alerts]]\n" + body + "\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert message in str(caught.value) and "\n" not in str(caught.value) and str(path) in str(caught.value)


# --- when a rule holds ------------------------------------------------------------------------------------------

def test_a_turn_in_coverage_is_a_shift_with_its_evidence() -> None:
    (firing,) = evaluate(Alert("turn", window=timedelta(days=7), webhook="x"), TURN, COMPANIES, END)
    assert (firing.entity, firing.direction, firing.stories, firing.previous_stories) == ("Meta", "down", 5, 5)
    assert firing.index == -0.8 and firing.previous_index == 1.0 and firing.ci_high < firing.previous_ci_low
    assert [e.text for e in firing.evidence] == ["Meta sentence 200 skeptical", "Meta sentence 201 skeptical",
                                                "Meta sentence 202 skeptical"]
    payload = firing.payload()
    assert payload["text"].startswith("[aipulse alert turn] Press coverage of Meta fell: optimism index -0.80")
    assert {"rule", "entity", "theme", "index", "ci_low", "ci_high", "previous_index", "stories", "window_start",
            "window_end", "evidence"} <= set(payload)
    assert payload["window_start"] == "2026-10-12T00:00:00+00:00" and payload["window_end"] == END.isoformat()


def test_no_shift_from_noise_or_too_few_stories() -> None:
    steady = week_of("Meta", ["optimistic", "skeptical", "neutral", "optimistic"], 5, 100) + week_of(
        "Meta", ["skeptical", "optimistic", "neutral", "optimistic"], 12, 200)
    assert evaluate(Alert("turn", window=timedelta(days=7), webhook="x"), steady, COMPANIES, END) == []
    one_story = TURN[:5] + [mention("Meta", "skeptical", 15, 300), mention("Meta", "skeptical", 16, 300)]
    assert evaluate(Alert("turn", window=timedelta(days=7), webhook="x"), one_story, COMPANIES, END) == []


def test_evidence_from_a_list_item_reads_as_its_sentence() -> None:
    bullets = TURN[:5] + [dict(m, sentence="- " + m["sentence"]) for m in TURN[5:]]
    (firing,) = evaluate(Alert("turn", window=timedelta(days=7), webhook="x"), bullets, COMPANIES, END)
    assert firing.evidence[0].text == "Meta sentence 200 skeptical"


def test_copies_and_first_party_mentions_do_not_make_an_alert() -> None:
    own = [dict(m, first_party=True) for m in TURN[5:]]
    copies = [dict(m, duplicate_of=1) for m in TURN[5:]]
    rule = Alert("turn", window=timedelta(days=7), webhook="x")
    assert evaluate(rule, TURN[:5] + own, COMPANIES, END) == []
    assert evaluate(rule, TURN[:5] + copies, COMPANIES, END) == []


def test_below_and_above_compare_the_window_with_the_threshold() -> None:
    below = Alert("low", when="below", threshold=-0.5, window=timedelta(days=7), webhook="x")
    above = Alert("high", when="above", threshold=0.5, window=timedelta(days=7), webhook="x")
    assert [f.direction for f in evaluate(below, TURN, COMPANIES, END)] == ["below"]
    assert evaluate(above, TURN, COMPANIES, END) == []
    earlier = END - timedelta(days=7)
    assert [f.direction for f in evaluate(above, TURN, COMPANIES, earlier)] == ["above"]


def test_a_rule_for_one_theme_or_one_company_sees_only_those_mentions() -> None:
    other_theme = Alert("privacy", theme="products", window=timedelta(days=7), webhook="x")
    assert evaluate(other_theme, TURN, COMPANIES, END) == []
    assert evaluate(Alert("g", entity="Google", window=timedelta(days=7), webhook="x"), TURN, COMPANIES, END) == []


def test_the_window_ends_on_the_ingest_interval() -> None:
    moment = datetime(2026, 10, 19, 13, 47, tzinfo=timezone.utc)
    assert window_end(moment, timedelta(hours=1)) == datetime(2026, 10, 19, 13, tzinfo=timezone.utc)
    assert window_end(moment, timedelta(days=1)) == datetime(2026, 10, 19, tzinfo=timezone.utc)


def test_the_signature_is_what_the_docs_verifier_accepts() -> None:
    body, stamp, secret = b'{"text": "x"}', int(time.time()), "s3cret"
    assert signature(secret, stamp, body) == "sha256=" + hmac.new(b"s3cret", f"{stamp}.".encode() + body,
                                                                  hashlib.sha256).hexdigest()
    docs = (Path(__file__).resolve().parent.parent / "docs" / "alerts.md").read_text()
    verifier = docs.split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, Any] = {}
    exec(verifier, namespace)  # noqa: S102 - the docs' own five lines
    headers = {"X-Aipulse-Timestamp": str(stamp), "X-Aipulse-Signature": signature(secret, stamp, body)}
    assert namespace["verify"](headers, body, secret)
    assert not namespace["verify"](headers, body + b" ", secret)
    stale = {"X-Aipulse-Timestamp": str(stamp - 3600), "X-Aipulse-Signature": signature(secret, stamp - 3600, body)}
    assert not namespace["verify"](stale, body, secret)


# --- checks against a store, delivered to real receivers ----------------------------------------------------------

def seeded_store(folder: Path, rules: str, mentions: list[dict[str, Any]] = TURN, pg_url: str = "") -> Path:
    """A config with `rules` and a real store holding `mentions` (one article per story); on Postgres at `pg_url`
    when one is given."""
    from pipeline.store import Store

    storage = '[storage]\nbackend = "postgres"\nurl_env = "ALERTS_DB_URL"\n' if pg_url else ""
    config_path = write_config(folder, storage + '[schedule]\ningest_interval = "1d"\n' + textwrap.dedent(rules))
    config = load_config(config_path)
    if pg_url:
        from pipeline.store_pg import PgStore

        with PgStore(pg_url) as pg:
            for m in mentions:
                pg._write("INSERT INTO articles (id, url, source, title, published, text, story_id) VALUES "
                          "(?, ?, 's', ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                          [m["article_id"], m["url"], m["title"], m["dated"], m["sentence"], m["story_id"]])
                pg._write('INSERT INTO mentions (article_id, sentence_index, start, "end", entity, mention, label, score, '
                          "sentence, theme, first_party) VALUES (?, 0, 0, 4, ?, ?, ?, ?, ?, ?, 0)",
                          [m["article_id"], m["entity"], m["entity"], m["label"], m["score"], m["sentence"], m["theme"]])
        return config_path
    with Store(config.db_path) as store:
        for m in mentions:
            store.db.table("articles").upsert(
                {"id": m["article_id"], "url": m["url"], "source": "s", "title": m["title"], "published": m["dated"],
                 "text": m["sentence"], "story_id": m["story_id"]}, pk="id", alter=True)
            store.db.table("mentions").insert(
                {"article_id": m["article_id"], "sentence_index": 0, "start": 0, "end": 4, "entity": m["entity"],
                 "mention": m["entity"], "label": m["label"], "score": m["score"], "sentence": m["sentence"],
                 "theme": m["theme"], "first_party": 0}, alter=True)
    return config_path


def rule(webhook: str, **keys: Any) -> str:
    """One [[alerts]] table: Meta under -0.5 over a week, to a loopback webhook; `keys` change or add keys."""
    values = {"name": "meta-low", "entity": "Meta", "when": "below", "threshold": -0.5, "window": "7d",
              "webhook": webhook, "allow_private": True} | keys
    return "[[alerts]]\n" + "".join(f"{key} = {json.dumps(value)}\n" for key, value in values.items())


def check(config_path: Path, now: datetime, *extra: str) -> tuple[int, dict[str, Any]]:
    code, out, err = run_cli("--config", str(config_path), "alerts", "check", "--now", now.isoformat(), "--json", *extra)
    return code, json.loads(out)


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_an_alert_goes_out_once_signed_and_not_again_while_it_holds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   request: pytest.FixtureRequest, backend: str) -> None:
    monkeypatch.setenv("HOOK_SECRET", "s3cret")
    pg_url = request.getfixturevalue("pg_url") if backend == "postgres" else ""
    monkeypatch.setenv("ALERTS_DB_URL", pg_url)
    with hook_server() as hook:
        config = seeded_store(tmp_path, rule(hook.url("/ok"), webhook_secret_env="HOOK_SECRET"), pg_url=pg_url)
        code, first = check(config, END + timedelta(hours=5))
        assert code == 0 and [d["ok"] for d in first["deliveries"]] == [True]
        (received,) = hook.received
        payload = json.loads(received.body)
        assert payload["entity"] == "Meta" and payload["direction"] == "below" and len(payload["evidence"]) == 3
        stamp = received.headers["X-Aipulse-Timestamp"]
        assert received.headers["X-Aipulse-Signature"] == signature("s3cret", int(stamp), received.body)
        assert abs(int(stamp) - time.time()) < 60

        code, again = check(config, END + timedelta(hours=9))  # the same window end: the ledger holds it
        assert code == 0 and again["fired"] == [] and len(hook.received) == 1
        code, later = check(config, END + timedelta(days=1, hours=2))  # a new window, the same stories: hysteresis
        assert later["fired"] == [] and later["still_holding"] == [{"rule": "meta-low", "entity": "Meta"}]
        assert len(hook.received) == 1


def test_a_rule_fires_again_after_it_stopped_holding(tmp_path: Path) -> None:
    with hook_server() as hook:
        weeks = TURN + week_of("Meta", ["optimistic"] * 4, 19, 300) + week_of("Meta", ["skeptical"] * 4, 26, 400)
        config = seeded_store(tmp_path, rule(hook.url("/ok")), weeks)
        fired = [len(check(config, END + timedelta(days=days))[1]["fired"]) for days in (0, 7, 14)]
        assert fired == [1, 0, 1] and len(hook.received) == 2


def test_a_failed_delivery_is_retried_at_a_later_check_and_then_only_once(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline import store_alerts

    monkeypatch.setattr(store_alerts, "RETRY_BASE_S", 0)
    monkeypatch.setattr("aipulse.alerts.RETRY_BASE_S", 0)
    monkeypatch.setattr("aipulse.webhooks.BACKOFF_S", 0.05)
    with hook_server() as hook:
        config = seeded_store(tmp_path, rule(hook.url("/fail"), name="meta-turn", when="shift"))
        code, first = check(config, END)
        assert code == 1 and "answered 500 (after 4 attempts)" in first["deliveries"][0]["detail"]
        assert hook.hits["/fail"] == 4
        config.write_text(config.read_text().replace("/fail", "/ok"))
        code, retried = check(config, END + timedelta(hours=1))
        assert code == 0 and retried["fired"] == [] and [d["ok"] for d in retried["deliveries"]] == [True]
        assert len(hook.bodies("/ok")) == 1
        assert check(config, END + timedelta(hours=2))[1]["deliveries"] == []
        code, out, _ = run_cli("--config", str(config), "status", "--json")
        assert json.loads(out)["alerts"]["deliveries"] == {"sent": 1}


def test_a_failed_delivery_of_a_rule_taken_out_of_the_config_is_left_alone(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("aipulse.alerts.RETRY_BASE_S", 0)
    monkeypatch.setattr("aipulse.webhooks.BACKOFF_S", 0.01)
    with hook_server() as hook:
        config = seeded_store(tmp_path, rule(hook.url("/fail")))
        assert check(config, END)[0] == 1
        config.write_text('[schedule]\ningest_interval = "1d"\n' + rule(hook.url("/ok"), name="google-low", entity="Google"))
        assert check(config, END + timedelta(hours=1)) == (0, {"now": END.isoformat(),
                                                               "fired": [], "still_holding": [], "deliveries": []})
        code, out, _ = run_cli("--config", str(config), "status", "--json")
        assert json.loads(out)["alerts"]["deliveries"] == {"failed": 1} and hook.hits["/fail"] == 4


@pytest.mark.parametrize("path, allow_private, expected", [
    ("/flaky", True, "answered 200"),
    ("/hang", True, "timed out (after 4 attempts)"),
    ("/to-private", True, "refused http://localhost:"),
    ("/ok", False, "127.0.0.1 is a loopback address (set allow_private = true to allow)"),
])
def test_webhook_failures_are_one_line_and_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: str,
                                                   allow_private: bool, expected: str) -> None:
    monkeypatch.setattr("aipulse.webhooks.BACKOFF_S", 0.05)
    with hook_server() as hook:
        config = seeded_store(tmp_path, rule(hook.url(path), name="meta-turn", when="shift", allow_private=allow_private,
                                             timeout_s=0.5))
        started = time.monotonic()
        _, report = check(config, END)
        (delivery,) = report["deliveries"]
        assert expected in delivery["detail"] and "\n" not in delivery["detail"]
        assert delivery["ok"] == (path == "/flaky")
        assert time.monotonic() - started < 8
        assert hook.hits.get("/ok", 0) == 0  # the redirect to another host was never followed


def test_an_alert_by_email_carries_the_evidence(tmp_path: Path) -> None:
    with smtp_server(tmp_path) as smtp:
        config = seeded_store(tmp_path, "[email]\n" + smtp_settings(smtp, security="none", to=("desk@example.com",))
                              + '[[alerts]]\nname = "meta-turn"\nentity = "Meta"\nwindow = "7d"\nemail = true\n')
        code, report = check(config, END)
        assert code == 0 and report["deliveries"][0]["detail"] == "mailed to desk@example.com"
        ((recipients, message),) = smtp.inbox.messages
    assert recipients == ["desk@example.com"] and "Meta fell: index -0.80 (meta-turn)" in message["Subject"]
    body = message.get_content()
    assert "Meta sentence 200 skeptical" in body and "https://n.example/200" in body


def test_dry_run_says_what_would_fire_and_changes_nothing(tmp_path: Path) -> None:
    config = seeded_store(tmp_path, """
        [[alerts]]
        name = "meta-turn"
        entity = "*"
        window = "7d"
        email = true
    """)
    code, report = check(config, END, "--dry-run")
    assert code == 0 and [f["entity"] for f in report["fired"]] == ["Meta"] and report["deliveries"] == []
    db = sqlite3.connect(tmp_path / "data" / "aipulse.db")
    assert db.execute("SELECT COUNT(*) FROM alert_deliveries").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM alert_state").fetchone()[0] == 0


def test_list_and_test_commands(tmp_path: Path) -> None:
    with hook_server() as hook:
        config = seeded_store(tmp_path, rule(hook.url("/ok"), name="meta-turn", when="shift"))
        code, out, _ = run_cli("--config", str(config), "alerts", "test", "meta-turn")
        assert code == 0 and "test of meta-turn by webhook: delivered" in out
        assert json.loads(hook.received[0].body)["text"].startswith("TEST message from aipulse")
        code, out, err = run_cli("--config", str(config), "alerts", "test", "nope")
        assert code == 1 and "no alert rule named 'nope' (rules: meta-turn)" in err
        check(config, END)
        code, out, _ = run_cli("--config", str(config), "alerts", "list")
        assert code == 0 and "meta-turn: Meta shift over 7d" in out and "last fired for Meta (down" in out


def test_the_daemon_checks_the_alerts_after_an_ingest(tmp_path: Path) -> None:
    from aipulse.lifecycle import Lifecycle
    from scheduler import alerts_job

    with hook_server() as hook:
        config = seeded_store(tmp_path, rule(hook.url("/ok"), name="meta-not-doomed", when="above", window="3650d"))
        alerts_job(load_config(config), Lifecycle())  # the command the daemon runs, in a process of its own
        alerts_job(load_config(config), Lifecycle())
        assert [json.loads(body)["rule"] for body in hook.bodies()] == ["meta-not-doomed"]


def test_a_hanging_webhook_holds_up_no_other_rule_and_not_the_daemon_stop(tmp_path: Path) -> None:
    import threading

    from aipulse.lifecycle import Lifecycle
    from scheduler import alerts_job

    with hook_server() as hook:
        rules = "".join(rule(hook.url(path), name=name, when="above", window="3650d", timeout_s=60)
                        for name, path in (("slow", "/hang"), ("fine", "/ok")))
        config = load_config(seeded_store(tmp_path, rules))
        lifecycle = Lifecycle()
        started = time.monotonic()
        job = threading.Thread(target=alerts_job, args=(config, lifecycle))
        job.start()
        while not (hook.bodies("/ok") and hook.hits.get("/hang")) and time.monotonic() - started < 20:
            time.sleep(0.05)
        # the other rule went out while the first hangs (its receiver answers after 30 s)
        assert hook.bodies("/ok") and hook.hits.get("/hang") == 1 and time.monotonic() - started < 20
        lifecycle.request_stop(grace_s=2)  # what the daemon does on SIGTERM
        job.join(timeout=10)
        assert not job.is_alive() and time.monotonic() - started < 15


# --- the demo's storyline ---------------------------------------------------------------------------------------
# Written before any rule was tuned: OpenAI's six-hour outage (article of September 1) and the European privacy
# fine on Meta (October 6) are what a reader expects an alert for, within three weeks of the event. Real turns a
# reader would also accept: Meta's recovery with Llama 5, OpenAI's comeback after its outage report and GPT-5.5,
# Google's antitrust remedy, Amazon's custom chips and Bedrock growth. Anything else counts as noise.
# The rule first written here (14 days, 95%, two stories) fired neither expected alert and three others, one of
# them accepted (docs/alerts.md): a week of the demo holds 1-4 stories a company, too few for a 95% test over two
# weeks. The rule below is what the demo ships after that: four-week windows at 90%, three stories at least.
# (The expected ranges first guessed the outage in September 7-28; they now start the day after each event.)
DEMO_RULES = """
[[alerts]]
name = "press-turns"
entity = "*"
when = "shift"
window = "28d"
min_stories = 3
confidence = 0.9
email = true
"""
EXPECTED = [("OpenAI", "down", "2026-09-02", "2026-09-22"), ("Meta", "down", "2026-10-07", "2026-10-27")]
ACCEPTED = [("Meta", "up", "2026-08-31", "2026-10-05"), ("OpenAI", "up", "2026-10-05", "2026-11-02"),
            ("Google", "down", "2026-09-28", "2026-10-19"), ("Amazon", "up", "2026-10-12", "2026-11-02")]
PRECISION_FLOOR = 0.7  # measured 6 of 8 (noise: Anthropic up in late September, down in late October); a little
# room, since the labels behind the alerts may move on a CPU that runs the stance model in bf16


def storyline(config_path: Path) -> list[tuple[str, str, str]]:
    """(company, direction, window end) of every alert of a daily check from August 10 to November 2."""
    from aipulse.alerts import check as run_check
    from pipeline.store import Store

    config = load_config(config_path)
    fired = []
    with Store(config.db_path) as store:
        day = datetime(2026, 8, 10, 6, tzinfo=timezone.utc)
        while day < datetime(2026, 11, 2, tzinfo=timezone.utc):
            report = run_check(config, store, day, dry_run=False)
            fired += [(f.entity, f.direction, f.window_end[:10]) for f in report.fired]
            day += timedelta(days=1)
    return fired


def test_the_demo_storyline_fires_the_alerts_a_reader_expects(tmp_path: Path, demo_db: Path) -> None:
    demo = load_config(demo_db)
    copy = tmp_path / "data" / "aipulse.db"
    copy.parent.mkdir()
    source = sqlite3.connect(demo.db_path)
    source.execute(f"VACUUM INTO '{copy}'")  # the shared demo store stays as it was
    source.close()
    config = write_config(tmp_path, '[schedule]\ningest_interval = "1d"\n' + DEMO_RULES)
    fired = storyline(config)

    def matches(alert: tuple[str, str, str], expected: tuple[str, str, str, str]) -> bool:
        return alert[:2] == expected[:2] and expected[2] <= alert[2] <= expected[3]

    recall = [any(matches(alert, expected) for alert in fired) for expected in EXPECTED]
    noise = [alert for alert in fired if not any(matches(alert, e) for e in EXPECTED + ACCEPTED)]
    assert recall == [True, True], fired
    assert (len(fired) - len(noise)) / len(fired) >= PRECISION_FLOOR, fired
