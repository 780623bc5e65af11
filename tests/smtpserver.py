"""A real SMTP server on 127.0.0.1 for digest tests (aiosmtpd): plain, STARTTLS or implicit TLS, with an
optional login, and a certificate from a throwaway CA (trustme)."""

from __future__ import annotations

import json
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Inbox:
    messages: list[tuple[list[str], EmailMessage]] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd's name)
        parsed = message_from_bytes(envelope.original_content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), parsed))  # type: ignore[arg-type]
        return "250 Message accepted for delivery"


@dataclass
class SmtpServer:
    port: int
    inbox: Inbox
    ca_file: Path | None


LOGIN = ("digest-bot", "s3cret")


def smtp_settings(server: SmtpServer, security: str = "starttls", to: tuple[str, ...] = ("analyst@example.org",),
                  login: bool = False) -> str:
    """The [email] lines that point at a test server (trusting its CA), optionally logging in."""
    lines = ['host = "127.0.0.1"', f"port = {server.port}", f'security = "{security}"',
             f"to = [{', '.join(json.dumps(address) for address in to)}]"]
    if server.ca_file:
        lines.append(f'ca_file = "{server.ca_file}"')
    if login:
        lines.append(f'username = "{LOGIN[0]}"')
    return "\n".join(lines) + "\n"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def smtp_server(folder: Path, security: str = "none", login: tuple[str, str] | None = None,
                trusted_name: str = "127.0.0.1") -> Iterator[SmtpServer]:
    """Serve SMTP on 127.0.0.1; `trusted_name` is the name the certificate is issued for."""
    inbox = Inbox()
    kwargs: dict[str, Any] = {}
    ca_file = None
    if security != "none":
        ca = trustme.CA()
        server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert(trusted_name).configure_cert(server_context)
        ca_file = folder / "test-ca.pem"
        ca.cert_pem.write_to_path(str(ca_file))
        kwargs = {"ssl_context": server_context} if security == "ssl" else \
            {"tls_context": server_context, "require_starttls": True}
    if login:
        def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
            ok = isinstance(data, LoginPassword) and (data.login.decode(), data.password.decode()) == login
            if ok:
                inbox.logins.append(data.login.decode())
            return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself
        kwargs |= {"authenticator": authenticate, "auth_require_tls": security != "none"}
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port(), **kwargs)
    controller.start()
    try:
        yield SmtpServer(port=controller.port, inbox=inbox, ca_file=ca_file)
    finally:
        controller.stop()
