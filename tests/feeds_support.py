"""Real local HTTP servers for the feed tests (never mocks of httpx).

:class:`FeedServer` serves programmable routes on 127.0.0.1 with TCP_NODELAY (without it
every small response waits ~40 ms for Nagle), HTTP/1.1 keep-alive, ETag / Last-Modified
handling for static routes, and the hostile behaviours the poller must survive.
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "feeds" / "samples"

Handler = Callable[["_RequestHandler"], None]


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet tests

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        owner = self.server.owner
        with owner.lock:
            owner.hits[path] += 1
            owner.requests.append((path, dict(self.headers)))
            route = owner.routes.get(path)
        if route is None:
            self.reply(404, b"not found")
            return
        try:
            route(self)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def reply(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        sent = {k.lower() for k in (headers or {})}
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if "content-length" not in sent:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128
    owner: FeedServer


class FeedServer:
    """A threaded HTTP server with routes you set per path."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _RequestHandler)
        self._server.owner = self
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def route(self, path: str, handler: Handler) -> str:
        with self.lock:
            self.routes[path] = handler
        return self.url(path)

    def static(
        self,
        path: str,
        body: bytes,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        content_type: str = "application/xml",
        headers: dict[str, str] | None = None,
        gzip_body: bool = False,
    ) -> str:
        """Serve ``body``, answering 304 when the client's validators match."""

        def handle(h: _RequestHandler) -> None:
            extra = {"Content-Type": content_type, **(headers or {})}
            if etag:
                extra["ETag"] = etag
            if last_modified:
                extra["Last-Modified"] = last_modified
            if (etag and h.headers.get("If-None-Match") == etag) or (
                last_modified and not etag and h.headers.get("If-Modified-Since") == last_modified
            ):
                h.reply(304, b"", {k: v for k, v in extra.items() if k != "Content-Type"})
                return
            data = body
            if gzip_body:
                data = gzip.compress(body)
                extra["Content-Encoding"] = "gzip"
            h.reply(200, data, extra)

        return self.route(path, handle)

    def status(self, path: str, status: int, headers: dict[str, str] | None = None) -> str:
        return self.route(path, lambda h: h.reply(status, b"", headers))

    def redirect(self, path: str, status: int, location: str) -> str:
        return self.route(path, lambda h: h.reply(status, b"", {"Location": location}))


@contextmanager
def feed_server() -> Iterator[FeedServer]:
    server = FeedServer()
    try:
        yield server
    finally:
        server.close()


# -- hostile behaviours ------------------------------------------------------------------


def trickle(interval_s: float = 0.05, limit_s: float = 60.0) -> Handler:
    """Headers at once, then one byte every ``interval_s``, for up to ``limit_s``."""

    def handle(h: _RequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/xml")
        h.send_header("Connection", "close")
        h.end_headers()
        h.wfile.write(b"<?xml version='1.0'?><rss version='2.0'><channel>")
        h.wfile.flush()
        end = time.monotonic() + limit_s
        while time.monotonic() < end:
            h.wfile.write(b" ")
            h.wfile.flush()
            time.sleep(interval_s)
        h.close_connection = True

    return handle


def stall_before_headers(limit_s: float = 60.0) -> Handler:
    def handle(h: _RequestHandler) -> None:
        time.sleep(limit_s)
        h.close_connection = True

    return handle


def endless(total: int = 100 * 1024 * 1024, chunk: int = 256 * 1024) -> Handler:
    """``total`` bytes of filler (declared with no Content-Length: read to close)."""
    block = b"<!-- " + b"x" * (chunk - 9) + b" -->"

    def handle(h: _RequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/xml")
        h.send_header("Connection", "close")
        h.end_headers()
        sent = 0
        while sent < total:
            h.wfile.write(block)
            sent += len(block)
        h.close_connection = True

    return handle


_BOMB: dict[str, bytes] = {}


def gzip_bomb(size: int = 256 * 1024 * 1024) -> Handler:
    """A small gzip body that inflates to ``size`` bytes of zeros (256 MiB by default)."""
    if size not in _BOMB:
        import zlib

        comp = zlib.compressobj(9, zlib.DEFLATED, 31)
        zeros = b"\0" * (1024 * 1024)
        parts = [comp.compress(zeros) for _ in range(size // len(zeros))]
        parts.append(comp.flush())
        _BOMB[size] = b"".join(parts)
    body = _BOMB[size]

    def handle(h: _RequestHandler) -> None:
        h.reply(200, body, {"Content-Type": "application/xml", "Content-Encoding": "gzip"})

    return handle


def reset_connection() -> Handler:
    """Accept, read the request, then reset the TCP connection (RST, no response)."""

    def handle(h: _RequestHandler) -> None:
        h.request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.close_connection = True
        h.request.close()

    return handle


def refused_url(path: str = "/feed") -> str:
    """A URL on a local port where nothing listens (connection refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}{path}"


def http_date(offset_s: float) -> str:
    return format_datetime(datetime.now(UTC) + timedelta(seconds=offset_s), usegmt=True)


# -- feed builders -----------------------------------------------------------------------


def rss(
    items: list[dict[str, str]],
    *,
    title: str = "Test feed",
    encoding: str | None = "utf-8",
    language: str | None = None,
    ttl: int | None = None,
    extra: str = "",
) -> str:
    """A small RSS 2.0 document; each item dict may carry guid, title, link, date, body."""
    decl = f'<?xml version="1.0" encoding="{encoding}"?>' if encoding else '<?xml version="1.0"?>'
    parts = [
        decl,
        '<rss version="2.0"><channel>',
        f"<title>{title}</title>",
        "<link>http://example.invalid/</link>",
    ]
    if language:
        parts.append(f"<language>{language}</language>")
    if ttl:
        parts.append(f"<ttl>{ttl}</ttl>")
    parts.append(extra)
    for it in items:
        parts.append("<item>")
        if "guid" in it:
            parts.append(f'<guid isPermaLink="false">{it["guid"]}</guid>')
        parts.append(f"<title>{it.get('title', 'Untitled')}</title>")
        if "link" in it:
            parts.append(f"<link>{it['link']}</link>")
        if "date" in it:
            parts.append(f"<pubDate>{it['date']}</pubDate>")
        if "author" in it:
            parts.append(f"<author>{it['author']}</author>")
        parts.append(f"<description><![CDATA[{it.get('body', '')}]]></description>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "\n".join(parts)


def items(
    n: int,
    *,
    prefix: str = "e",
    body_size: int = 200,
    start: datetime | None = None,
    step: timedelta = timedelta(hours=1),
) -> list[dict[str, str]]:
    start = start or datetime(2025, 6, 1, tzinfo=UTC)
    filler = ("Trainium and TPU capacity keeps growing. " * (body_size // 40 + 1))[:body_size]
    return [
        {
            "guid": f"{prefix}-{i}",
            "title": f"Entry {prefix} {i}",
            "link": f"http://example.invalid/{prefix}/{i}",
            "date": format_datetime(start + i * step, usegmt=True),
            "body": f"<p>Item {i}. {filler}</p>",
        }
        for i in range(n)
    ]
