"""A webhook receiver on 127.0.0.1 for alert tests: it records every POST, and some paths misbehave.

/ok answers 200; /fail 500 every time; /flaky 500 the first time and 200 after; /hang answers only after
30 s; /to-private redirects to the same server under the name localhost (a host the guard must refuse)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    at: float  # time.monotonic() when it arrived


@dataclass
class HookServer:
    port: int
    received: list[Received] = field(default_factory=list)
    hits: dict[str, int] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def bodies(self, path: str = "/ok") -> list[bytes]:
        return [item.body for item in self.received if item.path == path]


class _Handler(BaseHTTPRequestHandler):
    hook: HookServer

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.hook.received.append(Received(self.path, dict(self.headers), body, time.monotonic()))
        self.hook.hits[self.path] = self.hook.hits.get(self.path, 0) + 1
        if self.path == "/hang":
            time.sleep(30)
        status = {"/fail": 500, "/flaky": 500 if self.hook.hits[self.path] == 1 else 200}.get(self.path, 200)
        if self.path == "/to-private":
            self.send_response(307)
            self.send_header("Location", f"http://localhost:{self.hook.port}/ok")
            self.end_headers()
            return
        self.send_response(status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def hook_server() -> Iterator[HookServer]:
    handler = type("Handler", (_Handler,), {})  # a class of its own: two servers never share a record
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    hook = HookServer(port=server.server_address[1])
    handler.hook = hook
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield hook
    finally:
        server.shutdown()
        server.server_close()
