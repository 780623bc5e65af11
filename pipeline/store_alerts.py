"""The SQL of alerts: the delivery ledger (each alert goes out at most once per channel) and what each rule
held at its last check (so a rule that keeps holding fires once). Part of Store."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any

import sqlite_utils

from pipeline.store_reports import FAILED, SENDING, SENT

RETRY_BASE_S = 60  # a failed delivery is tried again at a check at least this long after, doubling each time
MAX_ATTEMPTS = 8


def create_alerts(db: sqlite_utils.Database) -> None:
    """Migration 0007: the alert ledger and each rule's state per company."""
    db.table("alert_deliveries").create(
        {"key": str, "rule": str, "entity": str, "window_end": str, "direction": str, "channel": str, "state": str,
         "payload": str, "claimed": str, "sent": str, "error": str, "attempts": int, "next_try": str},
        pk="key", not_null={"state", "rule", "entity", "channel"},
    )
    db.table("alert_deliveries").create_index(["rule", "claimed"])
    db.table("alert_state").create(
        {"rule": str, "entity": str, "holding": int, "stories": str, "fired": str, "checked": str},
        pk=("rule", "entity"),
    )


class AlertTables:
    transaction: Callable[[], AbstractContextManager[None]]
    _rows: Callable[..., list[dict[str, Any]]]  # Store's primitives (pipeline/store.py)
    _tuples: Callable[..., list[tuple[Any, ...]]]
    _upsert: Callable[[str, dict[str, Any], str | tuple[str, ...]], None]
    _update_key: Callable[[str, str, Any, dict[str, Any]], None]

    def alert_state(self, rule: str, entity: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT * FROM alert_state WHERE rule = ? AND entity = ?", [rule, entity])
        if not rows:
            return None
        return rows[0] | {"stories": json.loads(rows[0]["stories"] or "[]"), "holding": bool(rows[0]["holding"])}

    def holding_entities(self, rule: str) -> list[str]:
        return [row[0] for row in self._tuples("SELECT entity FROM alert_state WHERE rule = ? AND holding = 1", [rule])]

    def set_alert_state(self, rule: str, entity: str, holding: bool, now: str, stories: Sequence[int] | None = None,
                        fired: str | None = None) -> None:
        """What the rule held for the company at this check; `stories` and `fired` only when it fired now."""
        with self.transaction():
            row = {"rule": rule, "entity": entity, "holding": int(holding), "checked": now}
            if fired is not None:
                row |= {"stories": json.dumps(list(stories or ())), "fired": fired}
            self._upsert("alert_state", row, ("rule", "entity"))

    def claim_alert(self, key: str, fields: dict[str, Any], payload: dict[str, Any], now: str) -> int | None:
        """Mark the delivery as going out and return which attempt this is; None if it went, may have gone (a
        process died sending it), or failed and is not yet due again."""
        with self.transaction():
            found = self._tuples("SELECT state, attempts, next_try FROM alert_deliveries WHERE key = ?", [key])
            row = found[0] if found else None
            if row is not None and (row[0] != FAILED or (row[2] or "") > now or row[1] >= MAX_ATTEMPTS):
                return None
            attempt = (row[1] if row else 0) + 1
            self._upsert("alert_deliveries", {
                "key": key, **fields, "state": SENDING, "payload": json.dumps(payload), "claimed": now, "sent": None,
                "error": None, "attempts": attempt, "next_try": None}, ("key",))
        return attempt

    def finish_alert(self, key: str, now: str, error: str | None = None, retry_at: str | None = None) -> None:
        with self.transaction():
            self._update_key("alert_deliveries", "key", key,
                             {"state": SENT, "sent": now} if error is None else {"state": FAILED, "error": error,
                                                                                 "next_try": retry_at})

    def alerts_to_retry(self, now: str) -> list[dict[str, Any]]:
        """Failed deliveries that are due again, oldest first, with their stored payload."""
        rows = self._rows("SELECT * FROM alert_deliveries WHERE state = ? AND next_try <= ? AND attempts < ? "
                             "ORDER BY claimed", [FAILED, now, MAX_ATTEMPTS])
        return [row | {"payload": json.loads(row["payload"])} for row in rows]

    def alert_deliveries(self, rule: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
        """The latest deliveries (of one rule), newest first, without their payloads."""
        where, params = ("WHERE rule = ?", [rule]) if rule else ("", [])
        return self._rows(
            "SELECT key, rule, entity, window_end, direction, channel, state, claimed, sent, error, attempts, next_try "
            f"FROM alert_deliveries {where} ORDER BY claimed DESC LIMIT ?", [*params, limit])

    def alert_counts(self) -> dict[str, int]:
        return dict(self._tuples("SELECT state, COUNT(*) FROM alert_deliveries GROUP BY state"))
