from __future__ import annotations

import pytest

from pipeline.urls import canonical_url, private_address


@pytest.mark.parametrize("raw, expected", [
    ("https://News.Example.com:443/a/b?utm_source=rss&utm_medium=feed&id=7#comments", "https://news.example.com/a/b?id=7"),
    ("http://example.com", "http://example.com/"),
    ("http://example.com:8080/x?fbclid=abc&gclid=1&page=2", "http://example.com:8080/x?page=2"),
    ("https://example.com/story;jsessionid=ABC123?PHPSESSID=9&sid=4", "https://example.com/story"),
    ("https://example.com/a?b=1&a=2", "https://example.com/a?b=1&a=2"),  # meaningful order is kept
])
def test_canonical_url_strips_tracking_and_session_parameters(raw: str, expected: str) -> None:
    assert canonical_url(raw) == expected


def test_canonical_url_resolves_relative_links() -> None:
    assert canonical_url("../b?ref=home", base="https://example.com/x/y/z") == "https://example.com/x/b"


@pytest.mark.parametrize("host, kind", [
    ("127.0.0.1", "loopback"), ("localhost", "loopback"), ("[::1]", "loopback"), ("10.1.2.3", "private"),
    ("192.168.0.10", "private"), ("172.20.1.1", "private"), ("169.254.169.254", "link-local"),
    ("0.0.0.0", "reserved"), ("::ffff:127.0.0.1", "loopback"),
])
def test_private_addresses_are_named(host: str, kind: str) -> None:
    reason = private_address(host)
    assert reason is not None and reason.endswith(f"is a {kind} address")


def test_public_address_passes() -> None:
    assert private_address("93.184.216.34") is None
