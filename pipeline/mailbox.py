"""The one check of an e-mail address that goes into a header (From:, To:)."""

from __future__ import annotations

from email.utils import getaddresses


def mailbox_problem(address: str) -> str | None:
    """Why `address` is not one plain mailbox ("name@example.org" or "Name <name@example.org>"), or None:
    a line break or control character (header injection), or a second address hidden behind a comma."""
    if any(ord(c) < 32 or ord(c) == 127 for c in address):
        return f"holds a control character or line break: {address!r}"
    parsed = getaddresses([address])
    if len(parsed) != 1 or parsed[0][1].count("@") != 1 or not all(parsed[0][1].split("@")):
        return f"is not one e-mail address: {address!r}"
    return None
