"""Serve the demo sites on 127.0.0.1, with ETag/Last-Modified so conditional requests can be seen."""

from __future__ import annotations

import threading
from datetime import timezone
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aipulse.demo.site import Page, render_sites


class _Handler(BaseHTTPRequestHandler):
    server: _SiteServer

    def do_HEAD(self) -> None:  # noqa: N802 - http.server's naming
        self._serve(body=False)

    def do_GET(self) -> None:  # noqa: N802
        self._serve(body=True)

    def _serve(self, body: bool) -> None:
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        page = self.server.pages.get(path)
        conditional = bool(self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"))
        if page is None:
            self._reply(404, Page(b"<html><body><h1>Not found</h1></body></html>", "text/html"), body, conditional)
            return
        if self._not_modified(page):
            self.send_response(304)
            self.send_header("ETag", page.etag)
            self.end_headers()
            self.server.log.append((self.command, path, 304, conditional))
            return
        self._reply(200, page, body, conditional)

    def _not_modified(self, page: Page) -> bool:
        tag = self.headers.get("If-None-Match")
        if tag:
            return page.etag in [t.strip() for t in tag.split(",")]
        since = self.headers.get("If-Modified-Since")
        if since and page.last_modified:
            try:
                return page.last_modified.replace(microsecond=0) <= parsedate_to_datetime(since)
            except (TypeError, ValueError):
                return False
        return False

    def _reply(self, status: int, page: Page, body: bool, conditional: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", page.content_type)
        self.send_header("Content-Length", str(len(page.body)))
        self.send_header("ETag", page.etag)
        if page.last_modified:
            self.send_header("Last-Modified", format_datetime(page.last_modified.astimezone(timezone.utc), usegmt=True))
        self.end_headers()
        if body:
            self.wfile.write(page.body)
        self.server.log.append((self.command, self.path.split("?", 1)[0], status, conditional))

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - keep test output clean
        return


class _SiteServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.pages: dict[str, Page] = {}
        self.log: list[tuple[str, str, int, bool]] = []  # (method, path, status, was conditional)


def _bind(port: int) -> _SiteServer:
    """A server on `port` when it is free, else on any free port."""
    try:
        return _SiteServer(port)
    except OSError:
        return _SiteServer(0)


class DemoSites:
    """The newsroom on one port and the wire service that republishes it on the next."""

    def __init__(self, port: int = 0, articles: list[dict[str, Any]] | None = None) -> None:
        self.newsroom = _bind(port)
        self.wire = _bind(self.newsroom.server_port + 1 if port else 0)
        self.newsroom.pages, self.wire.pages = render_sites(self.newsroom_url, self.wire_url, articles)
        self._threads: list[threading.Thread] = []

    @property
    def newsroom_url(self) -> str:
        return f"http://127.0.0.1:{self.newsroom.server_port}"

    @property
    def wire_url(self) -> str:
        return f"http://127.0.0.1:{self.wire.server_port}"

    def start(self) -> DemoSites:
        for server in (self.newsroom, self.wire):
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def wait(self) -> None:
        for thread in self._threads:
            thread.join()

    def stop(self) -> None:
        for server in (self.newsroom, self.wire):
            server.shutdown()
            server.server_close()

    def __enter__(self) -> DemoSites:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def config_toml(self, data_dir: str = ".", stance: bool = True, index: bool = True, url_env: str = "") -> str:
        """A config that crawls both sites quickly; loopback needs allow_private. With `url_env`, on Postgres at the
        URL that environment variable holds."""
        storage = f'backend = "postgres"\nurl_env = "{url_env}"\n' if url_env else ""
        return (
            f'[storage]\ndata_dir = "{data_dir}"\n{storage}\n'
            "[crawl]\ndownload_delay_s = 0.0\nautothrottle = false\nper_domain_concurrency = 8\n\n"
            f"[stance]\nenabled = {'true' if stance else 'false'}\n\n"
            f"[index]\nenabled = {'true' if index else 'false'}\n\n"
            f'[[sources]]\nname = "frontier-ledger"\nfeeds = ["{self.newsroom_url}/feed.xml", '
            f'"{self.newsroom_url}/atom.xml"]\nsitemaps = ["{self.newsroom_url}/sitemap_index.xml"]\n'
            "allow_private = true\n\n"
            f'[[sources]]\nname = "ai-wire-daily"\nfeeds = ["{self.wire_url}/feed.xml"]\nallow_private = true\n'
        )
