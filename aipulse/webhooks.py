"""POSTing an alert to a webhook: TLS verified, bounded in time, retried, signed, and kept off private addresses.

The configured URL passes the same private-address guard as crawling (pipeline/urls.py); `allow_private` admits
that one host and nothing else, and every redirect (followed for POST, at most three) goes through the guard
again. A 2xx answer is a delivery; 5xx, 429, timeouts and refused connections are tried again after a pause
(0.5 s, 1 s, 2 s); any other answer is final.
"""

from __future__ import annotations

import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from urllib.parse import urljoin

from pipeline.alerts import signature
from pipeline.urls import host_of, private_address

RETRIES = 3
BACKOFF_S = 0.5
REDIRECTS = 3


class WebhookError(Exception):
    """The webhook did not take the alert; one line saying why."""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # every redirect comes back as an HTTPError, to be checked before it is followed


def post(url: str, body: bytes, secret: str | None = None, allow_private: bool = False, timeout_s: float = 10.0,
         should_stop: Callable[[], bool] = lambda: False) -> int:
    """POST `body` (JSON) to `url`; the final HTTP status. Raises WebhookError when it was not delivered."""
    problem = ""
    for attempt in range(RETRIES + 1):
        if attempt:
            if should_stop():
                break
            time.sleep(BACKOFF_S * 2 ** (attempt - 1))
        try:
            return _once(url, body, secret, allow_private, timeout_s)
        except _Final as exc:
            raise WebhookError(str(exc)) from None
        except _Transient as exc:
            problem = str(exc)
    raise WebhookError(f"{problem} (after {RETRIES + 1} attempts)" if problem else "stopped before it was delivered")


class _Final(Exception):
    pass


class _Transient(Exception):
    pass


def _once(url: str, body: bytes, secret: str | None, allow_private: bool, timeout_s: float) -> int:
    opener = urllib.request.build_opener(_NoRedirect, urllib.request.HTTPSHandler(context=ssl.create_default_context()))
    admitted = host_of(url) if allow_private else None
    target = url
    for _ in range(REDIRECTS + 1):
        host = host_of(target)
        if host != admitted and (reason := private_address(host)):
            raise _Final(f"refused {target}: {reason}" + ("" if target != url else " (set allow_private = true to allow)"))
        stamp = int(time.time())
        headers = {"Content-Type": "application/json", "User-Agent": "aipulse-alerts",
                   "X-Aipulse-Timestamp": str(stamp)}
        if secret:
            headers["X-Aipulse-Signature"] = signature(secret, stamp, body)
        request = urllib.request.Request(target, data=body, headers=headers, method="POST")
        try:
            with opener.open(request, timeout=timeout_s) as response:
                return int(response.status)
        except urllib.error.HTTPError as exc:
            location = exc.headers.get("Location") if 300 <= exc.code < 400 else None
            if location:
                target = urljoin(target, location)
                continue
            if exc.code >= 500 or exc.code == 429:
                raise _Transient(f"{url} answered {exc.code}") from None
            raise _Final(f"{url} answered {exc.code}") from None
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            cause: object = getattr(exc, "reason", None) or exc
            if isinstance(cause, ssl.SSLCertVerificationError):
                raise _Final(f"{url}: certificate not trusted ({cause.verify_message})") from None
            raise _Transient(f"{url}: {cause or type(exc).__name__}") from None
    raise _Final(f"{url}: more than {REDIRECTS} redirects")
