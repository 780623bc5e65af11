"""The SQL of reports: a week's quotes and stories, the digest ledger, and job runs cut short. Part of Store."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any

import sqlite_utils

SENDING, SENT, FAILED = "sending", "sent", "failed"
DATED = "COALESCE(a.published, a.first_seen)"  # an article without a date counts from when it was first seen


def create_digests(db: sqlite_utils.Database) -> None:
    """Migration 0004: one row per week whose digest went out (or was being sent when the process died),
    and the process id of each job run, so a run left open by a dead process can be told from a live one."""
    db.table("job_runs").add_column("pid", int)
    db.table("digests").create(
        {"week": str, "state": str, "message_id": str, "recipients": str, "claimed": str, "sent": str,
         "error": str, "attempts": int},
        pk="week", not_null={"state"},
    )


class ReportTables:
    transaction: Callable[[], AbstractContextManager[None]]
    _rows: Callable[..., list[dict[str, Any]]]  # Store's primitives (pipeline/store.py)
    _tuples: Callable[..., list[tuple[Any, ...]]]
    _write: Callable[..., Any]
    _upsert: Callable[[str, dict[str, Any], str | tuple[str, ...]], None]
    _update_key: Callable[[str, str, Any, dict[str, Any]], None]

    def week_quotes(self, since: str, until: str, label: str, limit: int) -> list[dict[str, Any]]:
        """The week's strongest mentions of one label (by score), one per article and sentence, originals only."""
        order = "m.score ASC" if label == "skeptical" else "m.score DESC"
        rows = self._rows(
            "SELECT m.entity, m.sentence, m.label, m.score, m.article_id, a.title, a.url, a.source "
            "FROM mentions m JOIN articles a ON a.id = m.article_id "
            f"WHERE a.duplicate_of IS NULL AND m.first_party = 0 AND {DATED} >= ? AND {DATED} < ? AND m.label = ? "
            f"ORDER BY {order}, m.id", [since, until, label],
        )
        quotes: list[dict[str, Any]] = []
        seen_articles: set[int] = set()
        for row in rows:  # one quote per article keeps one loud piece from filling the list
            if row["article_id"] in seen_articles:
                continue
            seen_articles.add(row["article_id"])
            quotes.append(row)
            if len(quotes) == limit:
                break
        return quotes

    def week_stories(self, since: str, until: str, limit: int) -> list[dict[str, Any]]:
        """The week's stories, most copied and most talked about first: the original, copies, companies."""
        rows = self._rows(
            "SELECT a.id, a.title, a.url, a.source, a.published, a.story_id, "
            "(SELECT COUNT(*) FROM articles c WHERE c.story_id = a.story_id) AS copies, "
            "(SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id AND m.first_party = 0) AS mentions, "
            "(SELECT GROUP_CONCAT(entity, ', ') FROM (SELECT DISTINCT entity FROM mentions m "
            "  WHERE m.article_id = a.id ORDER BY entity)) AS companies "
            f"FROM articles a WHERE a.duplicate_of IS NULL AND {DATED} >= ? AND {DATED} < ? "
            "ORDER BY copies DESC, mentions DESC, a.published DESC, a.id LIMIT ?", [since, until, limit],
        )
        for row in rows:
            row["companies"] = row["companies"].split(", ") if row["companies"] else []
        return rows

    # --- the digest ledger: each week's digest goes out at most once ----------------------------

    def claim_digest(self, week: str, recipients: Sequence[str], message_id: str, now: str,
                     again: bool = False) -> bool:
        """Mark the week's digest as being sent; False if it was sent, or a send of it may have got through
        (a process died while sending), unless `again` (a person's explicit resend)."""
        with self.transaction():
            found = self._tuples("SELECT state, attempts FROM digests WHERE week = ?", [week])
            row = found[0] if found else None
            if row is not None and row[0] != FAILED and not again:
                return False
            self._upsert("digests", {
                "week": week, "state": SENDING, "message_id": message_id, "recipients": ", ".join(recipients),
                "claimed": now, "sent": None, "error": None, "attempts": (row[1] if row else 0) + 1}, "week")
        return True

    def finish_digest(self, week: str, now: str, error: str | None = None) -> None:
        """Sent, or failed before the server accepted it (so it may be tried again)."""
        with self.transaction():
            self._update_key("digests", "week", week,
                             {"state": SENT, "sent": now} if error is None else {"state": FAILED, "error": error})

    def digest_record(self, week: str) -> dict[str, Any] | None:
        rows = self._rows("SELECT * FROM digests WHERE week = ?", [week])
        return rows[0] if rows else None

    def digest_records(self, limit: int = 10) -> list[dict[str, Any]]:
        return self._rows("SELECT * FROM digests ORDER BY week DESC LIMIT ?", [limit])

    def close_abandoned_runs(self, now: str, alive: Callable[[int], bool]) -> int:
        """Job runs left open by a process that is gone: finished as failed, so status stops saying 'running'."""
        with self.transaction():
            dead = self._abandoned_runs(now, alive)
            for run_id in dead:
                self._write(
                    "UPDATE job_runs SET finished = ?, ok = 0, error = 'interrupted: the process ended during the run' "
                    "WHERE id = ?", [now, run_id],
                )
        return len(dead)

    def _abandoned_runs(self, now: str, alive: Callable[[int], bool]) -> list[int]:
        """Open runs whose process is gone (one machine: its pid tells; PgStore asks the heartbeat too)."""
        return [run_id for run_id, pid in self._tuples("SELECT id, pid FROM job_runs WHERE finished IS NULL")
                if pid is None or not alive(pid)]
