"""`aipulse alerts`: evaluate the [[alerts]] rules as of a moment and deliver what fires, at most once.

For each rule and company (pipeline/alerts.py says when a rule holds):
- a rule that holds and did not hold at the last check, or holds on none of the stories that made it fire last
  time (the window moved past them), fires; one that keeps holding on the same stories does not (hysteresis);
- each firing is one delivery per channel (webhook, e-mail), keyed by (rule, company, window end, direction,
  channel) in a ledger: claimed before it goes out, then `sent` or `failed`. A claimed key is never sent again,
  even by a process that died while sending it (at most once); a failed one is tried again at later checks,
  after 1, 2, 4 … minutes;
- deliveries run side by side on threads, so a hanging webhook holds up no other rule.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any

from pipeline.alerts import Firing, evaluate, window_end
from pipeline.config import Alert, Config, parse_duration
from pipeline.models import counted
from pipeline.store import Store
from pipeline.store_alerts import RETRY_BASE_S

log = logging.getLogger(__name__)
WEBHOOK, EMAIL = "webhook", "email"


@dataclass
class Delivery:
    rule: str
    entity: str
    channel: str
    key: str
    payload: dict[str, Any]
    attempt: int = 1
    ok: bool = False
    detail: str = ""


@dataclass
class CheckReport:
    now: str
    fired: list[Firing] = field(default_factory=list)
    holding: list[tuple[str, str]] = field(default_factory=list)  # (rule, company) still holding: not sent again
    deliveries: list[Delivery] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "now": self.now,
            "fired": [firing.payload() for firing in self.fired],
            "still_holding": [{"rule": rule, "entity": entity} for rule, entity in self.holding],
            "deliveries": [{"rule": d.rule, "entity": d.entity, "channel": d.channel, "ok": d.ok, "detail": d.detail}
                           for d in self.deliveries],
        }


def check(config: Config, store: Store, now: datetime, dry_run: bool = False,
          should_stop: Callable[[], bool] = lambda: False) -> CheckReport:
    """Evaluate every rule as of `now`, deliver what fires and what is due again; with `dry_run`, only say what
    would fire (nothing stored, nothing sent)."""
    interval = parse_duration(config["schedule.ingest_interval"])
    end = window_end(now, interval)
    report = CheckReport(now=end.isoformat())
    if not config.alerts:
        return report
    longest = max(rule.window for rule in config.alerts)
    since = (end - 2 * longest - timedelta(days=1)).date().isoformat()  # stored dates carry their own zones
    mentions = list(store.iter_mentions(since=since))
    companies = [entity.name for entity in config.entities]
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    pending: list[Delivery] = []
    for rule in config.alerts:
        held = evaluate(rule, mentions, companies, end)
        for firing in held:
            state = store.alert_state(rule.name, firing.entity)
            if state and state["holding"] and set(state["stories"]) & set(firing.story_ids):
                report.holding.append((rule.name, firing.entity))
                continue
            report.fired.append(firing)
            if dry_run:
                continue
            for channel in channels(rule):
                key = "|".join((rule.name, firing.entity, firing.window_end, firing.direction, channel))
                fields = {"rule": rule.name, "entity": firing.entity, "window_end": firing.window_end,
                          "direction": firing.direction, "channel": channel}
                if attempt := store.claim_alert(key, fields, firing.payload(), stamp):
                    pending.append(Delivery(rule.name, firing.entity, channel, key, firing.payload(), attempt))
            store.set_alert_state(rule.name, firing.entity, True, stamp, firing.story_ids, fired=end.isoformat())
        if not dry_run:
            for entity in set(store.holding_entities(rule.name)) - {firing.entity for firing in held}:
                store.set_alert_state(rule.name, entity, False, stamp)
    if dry_run:
        return report
    configured = {rule.name for rule in config.alerts}
    for row in store.alerts_to_retry(stamp):
        if row["rule"] not in configured:  # the rule is gone from the config: its failures stay as they are
            continue
        fields = {key: row[key] for key in ("rule", "entity", "window_end", "direction", "channel")}
        if attempt := store.claim_alert(row["key"], fields, row["payload"], stamp):
            pending.append(Delivery(row["rule"], row["entity"], row["channel"], row["key"], row["payload"], attempt))
    report.deliveries = deliver_all(config, pending, should_stop)
    for delivery in report.deliveries:
        retry_at = (datetime.now(timezone.utc) + timedelta(seconds=RETRY_BASE_S * 2 ** (delivery.attempt - 1))).isoformat(
            timespec="seconds")
        store.finish_alert(delivery.key, datetime.now(timezone.utc).isoformat(timespec="seconds"),
                           error=None if delivery.ok else delivery.detail, retry_at=retry_at)
        if not delivery.ok:
            log.warning("alert %s (%s, %s) not delivered: %s", delivery.rule, delivery.entity, delivery.channel,
                        delivery.detail)
    return report


def channels(rule: Alert) -> list[str]:
    return ([WEBHOOK] if rule.webhook else []) + ([EMAIL] if rule.email else [])


def deliver_all(config: Config, deliveries: list[Delivery], should_stop: Callable[[], bool]) -> list[Delivery]:
    """Every delivery, side by side; each comes back with ok and a one-line detail."""
    rules = {rule.name: rule for rule in config.alerts}
    if not deliveries:
        return []
    with ThreadPoolExecutor(max_workers=min(8, len(deliveries)), thread_name_prefix="aipulse-alert") as pool:
        done = list(pool.map(lambda d: _deliver(config, rules[d.rule], d, should_stop), deliveries))
    return done


def _deliver(config: Config, rule: Alert, delivery: Delivery, should_stop: Callable[[], bool]) -> Delivery:
    from aipulse.mail import MailError, deliver
    from aipulse.webhooks import WebhookError, post

    try:
        if delivery.channel == WEBHOOK:
            secret = os.environ.get(rule.webhook_secret_env) if rule.webhook_secret_env else None
            if rule.webhook_secret_env and not secret:
                raise WebhookError(f"the environment variable {rule.webhook_secret_env} (webhook_secret_env) is empty")
            body = json.dumps(delivery.payload, ensure_ascii=False).encode()
            status = post(rule.webhook, body, secret, rule.allow_private, rule.timeout_s, should_stop)
            return replace(delivery, ok=True, detail=f"{rule.webhook} answered {status}")
        if not config["email.to"]:
            raise MailError("email.to is empty: no one to mail the alert to")
        refused = deliver(config, alert_message(config, delivery.payload))
        return replace(delivery, ok=True, detail=f"mailed to {', '.join(r for r in config['email.to'] if r not in refused)}")
    except (WebhookError, MailError) as exc:
        return replace(delivery, ok=False, detail=str(exc))
    except Exception as exc:  # noqa: BLE001 - one broken delivery must not leave the others claimed and unsent
        return replace(delivery, ok=False, detail=f"{type(exc).__name__}: {exc}"[:300])


def alert_message(config: Config, payload: dict[str, Any]) -> EmailMessage:
    """The alert as a plain-text e-mail: the summary, then the evidence with its links."""
    message = EmailMessage()
    arrow = {"down": "fell", "up": "rose", "below": "below", "above": "above"}[payload["direction"]]
    test = "TEST " if payload.get("test") else ""
    message["Subject"] = (f"[aipulse {test}alert] {payload['entity']}{' / ' + payload['theme'] if payload['theme'] else ''} "
                          f"{arrow}: index {payload['index']:+.2f} ({payload['rule']})")
    message["From"] = config["email.from"]
    message["To"] = ", ".join(config["email.to"])
    message["Message-ID"] = make_msgid(domain="aipulse.local")
    lines = [payload["text"], "", "Evidence:"]
    for item in payload["evidence"]:
        lines += [f"- \"{item['text']}\" ({item['label']}, {item['score']:+.2f})", f"  {item['title']} <{item['url']}>"]
    lines += ["", f"Window {payload['window_start']} to {payload['window_end']}; "
                  f"{counted(payload['stories'], 'story', 'stories')}, {counted(payload['mentions'], 'mention')}."]
    message.set_content("\n".join(lines) + "\n")
    return message


def test_alert(config: Config, name: str, now: datetime) -> list[Delivery]:
    """Send a clearly marked test message for rule `name` on each of its channels; nothing enters the ledger."""
    rule = next((rule for rule in config.alerts if rule.name == name), None)
    if rule is None:
        known = ", ".join(rule.name for rule in config.alerts) or "none configured"
        raise KeyError(f"no alert rule named {name!r} (rules: {known})")
    end = window_end(now, parse_duration(config["schedule.ingest_interval"]))
    entity = rule.entity if rule.entity != "*" else config.entities[0].name
    sample = Firing(rule=rule.name, entity=entity, theme=rule.theme, when=rule.when,
                    direction="down" if rule.when == "shift" else rule.when, index=0.0, ci_low=-1.0, ci_high=1.0,
                    previous_index=0.0 if rule.when == "shift" else None, previous_ci_low=-1.0, previous_ci_high=1.0,
                    stories=0, previous_stories=0, mentions=0, threshold=None if rule.when == "shift" else rule.threshold,
                    window_start=(end - rule.window).isoformat(), window_end=end.isoformat(), story_ids=(), evidence=())
    payload = sample.payload() | {"test": True}
    payload["text"] = f"TEST message from aipulse for the alert rule {rule.name!r}; no coverage changed. " + payload["text"]
    deliveries = [Delivery(rule.name, entity, channel, "", payload) for channel in channels(rule)]
    return deliver_all(config, deliveries, lambda: False)
