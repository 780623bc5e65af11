"""Delivering a message over SMTP as `[email]` says: STARTTLS, implicit TLS or plain, the server's
certificate checked before any login, the password only from the environment."""

from __future__ import annotations

import os
import smtplib
import socket
import ssl
from email.message import EmailMessage

from pipeline.config import Config

LOOPBACK = {"localhost", "127.0.0.1", "::1"}


class MailError(Exception):
    """Delivery failed before the server accepted the message; one line saying why."""


def _password(config: Config) -> str | None:
    if not config["email.username"]:
        return None
    name = config["email.password_env"]
    password = os.environ.get(name)
    if not password:
        raise MailError(f"email.username is set but the environment variable {name} (email.password_env) is empty")
    return password


def _tls_context(config: Config) -> ssl.SSLContext:
    ca_file = config["email.ca_file"] or None
    try:
        return ssl.create_default_context(cafile=ca_file)  # verifies the chain and the host name
    except (OSError, ssl.SSLError) as exc:
        raise MailError(f"email.ca_file {ca_file}: cannot be read as PEM certificates ({exc})") from None


def deliver(config: Config, message: EmailMessage) -> list[str]:
    """Send `message` to its To: recipients; the recipients the server refused while taking it for the
    others. Raises MailError, naming the failing step, when nobody got it."""
    host, port, security = config["email.host"], int(config["email.port"]), config["email.security"]
    password = _password(config)
    if password and security == "none" and host not in LOOPBACK:
        raise MailError(f"refusing to send the SMTP password to {host} without TLS; set email.security = starttls or ssl")
    where = f"SMTP server {host}:{port} ({security})"
    timeout = float(config["email.timeout_s"])
    try:
        if security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout, context=_tls_context(config))
        else:
            client = smtplib.SMTP(host, port, timeout=timeout)
        with client:
            if security == "starttls":
                client.ehlo()
                if not client.has_extn("starttls"):
                    raise MailError(f"{where} does not offer STARTTLS; refusing to send in clear text")
                client.starttls(context=_tls_context(config))
                client.ehlo()
            if password:
                client.login(config["email.username"], password)
            refused = client.send_message(message)
    except ssl.SSLCertVerificationError as exc:
        raise MailError(f"{where}: certificate not trusted ({exc.verify_message}); set email.ca_file") from None
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError(f"{where}: login as {config['email.username']} refused ({exc.smtp_code})") from None
    except smtplib.SMTPRecipientsRefused as exc:
        raise MailError(f"{where}: every recipient refused: {', '.join(exc.recipients)}") from None
    except smtplib.SMTPResponseException as exc:
        reply = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else exc.smtp_error
        raise MailError(f"{where}: {exc.smtp_code} {reply}") from None
    except (smtplib.SMTPException, ssl.SSLError, socket.timeout, OSError) as exc:
        raise MailError(f"{where}: {exc or type(exc).__name__}") from None
    return sorted(refused)
