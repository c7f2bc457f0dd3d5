"""Fetching feeds over HTTP(S) and from local files, within limits.

One shared ``httpx.Client`` per process (a new one costs ~40 ms of CA loading).
Each fetch has a total deadline (checked between chunks, and every socket wait is
bounded by what is left of it), a cap on the *decompressed* body (decoded here, with
``max_length``, so a gzip bomb never inflates past the cap), conditional GET
validators, and redirects followed by hand so that a permanent move can be told from
a temporary one.
"""

from __future__ import annotations

import dataclasses
import email.utils
import importlib.metadata
import re
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import httpx

from tracker.errors import FetchFailedError


def _version() -> str:
    try:
        return importlib.metadata.version("tracker")
    except importlib.metadata.PackageNotFoundError:
        return "0"


USER_AGENT = (
    f"tracker/{_version()} (industry-timeline feed poller; +https://example.invalid/tracker)"
)
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
DEFAULT_DEADLINE_S = 30.0
MAX_REDIRECTS = 5
_PERMANENT = {301, 308}
_REDIRECT = {301, 302, 303, 307, 308}
TRANSPORT_KINDS = frozenset(
    {"timeout", "connection_refused", "connection_reset", "connect_error", "dns", "network"}
)
"""Failure kinds that say the network (or the host) is unreachable, not the feed bad."""


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What a fetch brought back. ``body`` is ``None`` for a 304."""

    url: str
    final_url: str
    status: int
    body: bytes | None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    moved_to: str | None = None
    max_age_s: int | None = None
    wire_bytes: int = 0
    duration_ms: float = 0.0


def is_local(url: str) -> bool:
    return url.startswith("file://") or "://" not in url


def host_of(url: str) -> str:
    return "local" if is_local(url) else (urlsplit(url).hostname or "").lower()


def make_client(*, max_connections: int = 32) -> httpx.Client:
    """The process's shared client: no automatic redirects (we follow them by hand),
    no automatic decoding of the caller's concern, a project User-Agent."""
    return httpx.Client(
        headers={
            "User-Agent": USER_AGENT,
            "Accept-Encoding": "gzip, deflate",
            "Accept": "application/rss+xml, application/atom+xml, application/feed+json, "
            "application/xml;q=0.9, text/xml;q=0.8, application/json;q=0.8, */*;q=0.5",
        },
        follow_redirects=False,
        limits=httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_connections
        ),
        http2=False,
    )


class Fetcher:
    """Fetches one URL or path at a time; thread-safe (the client is)."""

    def __init__(
        self,
        client: httpx.Client | None = None,
        *,
        deadline_s: float = DEFAULT_DEADLINE_S,
        max_bytes: int = DEFAULT_MAX_BYTES,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._own_client = client is None
        self.client = client or make_client()
        self.deadline_s = deadline_s
        self.max_bytes = max_bytes
        self._clock = clock

    def close(self) -> None:
        if self._own_client:
            self.client.close()

    def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """Fetch ``url``; raises :class:`FetchFailedError` with a ``kind`` on any failure."""
        if is_local(url):
            return self._fetch_file(url)
        started = time.monotonic()
        deadline = started + self.deadline_s
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        permanent = True
        for _hop in range(MAX_REDIRECTS + 1):
            result = self._one(url, current, headers, deadline, started)
            if isinstance(result, FetchResult):
                moved = result.final_url if permanent and current != url else None
                return _with(result, moved_to=moved)
            status, location = result
            permanent = permanent and status in _PERMANENT
            current = urljoin(current, location)
            if not current.startswith(("http://", "https://")):
                raise FetchFailedError(
                    url, "bad_redirect", f"redirect to {current!r}", status=status
                )
        raise FetchFailedError(url, "redirect_loop", f"more than {MAX_REDIRECTS} redirects")

    def _one(
        self, url: str, current: str, headers: dict[str, str], deadline: float, started: float
    ) -> FetchResult | tuple[int, str]:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchFailedError(url, "timeout", f"no answer within {self.deadline_s:g} s")
        timeout = httpx.Timeout(remaining, connect=min(remaining, 10.0))
        try:
            request = self.client.build_request("GET", current, headers=headers, timeout=timeout)
            response = self.client.send(request, stream=True)
        except httpx.HTTPError as exc:
            raise _transport_error(url, exc, self.deadline_s) from exc
        except (ValueError, UnicodeError) as exc:  # a URL httpx cannot even build
            raise FetchFailedError(url, "bad_url", str(exc)) from exc
        try:
            status = response.status_code
            if status in _REDIRECT and response.headers.get("location"):
                return status, response.headers["location"]
            if status == 304:
                return self._result(url, current, response, None, 0, started)
            if status != 200:
                raise _status_error(url, response, self._clock())
            body, wire = self._read(url, response, deadline)
            return self._result(url, current, response, body, wire, started)
        except httpx.HTTPError as exc:
            raise _transport_error(url, exc, self.deadline_s) from exc
        finally:
            response.close()

    def _read(self, url: str, response: httpx.Response, deadline: float) -> tuple[bytes, int]:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchFailedError(
                url,
                "too_large",
                f"Content-Length {declared} exceeds the cap of {self.max_bytes} bytes",
                status=response.status_code,
            )
        decoder = _Decoder(response.headers.get("content-encoding", ""), url)
        parts: list[bytes] = []
        size = wire = 0
        for chunk in response.iter_raw():
            wire += len(chunk)
            for piece in decoder.feed(chunk, self.max_bytes - size + 1):
                size += len(piece)
                if size > self.max_bytes:
                    raise FetchFailedError(
                        url,
                        "too_large",
                        f"body passed the cap of {self.max_bytes} bytes (decompressed)",
                        status=response.status_code,
                    )
                parts.append(piece)
            if time.monotonic() > deadline:
                raise FetchFailedError(
                    url,
                    "timeout",
                    f"body not complete within {self.deadline_s:g} s ({wire} bytes so far)",
                    status=response.status_code,
                )
        parts.append(decoder.flush())
        return b"".join(parts), wire

    @staticmethod
    def _result(
        url: str,
        current: str,
        response: httpx.Response,
        body: bytes | None,
        wire: int,
        started: float,
    ) -> FetchResult:
        h = response.headers
        return FetchResult(
            url=url,
            final_url=current,
            status=response.status_code,
            body=body,
            content_type=h.get("content-type"),
            etag=h.get("etag"),
            last_modified=h.get("last-modified"),
            max_age_s=_max_age(h.get("cache-control")),
            wire_bytes=wire,
            duration_ms=(time.monotonic() - started) * 1000,
        )

    def _fetch_file(self, url: str) -> FetchResult:
        started = time.monotonic()
        path = path_of(url)
        try:
            size = path.stat().st_size
            if size > self.max_bytes:
                raise FetchFailedError(
                    url, "too_large", f"file is {size} bytes, over the cap of {self.max_bytes}"
                )
            body = path.read_bytes()
        except FileNotFoundError as exc:
            raise FetchFailedError(url, "not_found", f"no such file: {path}") from exc
        except IsADirectoryError as exc:
            raise FetchFailedError(url, "not_found", f"{path} is a directory") from exc
        except PermissionError as exc:
            raise FetchFailedError(url, "io", f"cannot read {path}: permission denied") from exc
        return FetchResult(
            url=url,
            final_url=url,
            status=200,
            body=body,
            wire_bytes=len(body),
            duration_ms=(time.monotonic() - started) * 1000,
        )


def path_of(url: str) -> Path:
    if url.startswith("file://"):
        return Path(unquote(urlsplit(url).path))
    return Path(url)


def _with(result: FetchResult, *, moved_to: str | None) -> FetchResult:
    return result if moved_to is None else dataclasses.replace(result, moved_to=moved_to)


class _Decoder:
    """Content-Encoding decoding with an output bound per call (gzip bombs stay small)."""

    def __init__(self, encoding: str, url: str) -> None:
        enc = encoding.strip().lower()
        self._url = url
        self._raw_deflate_tried = False
        if enc in ("", "identity"):
            self._z = None
        elif enc in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self._z = zlib.decompressobj()
        else:
            raise FetchFailedError(
                url, "bad_encoding", f"unsupported Content-Encoding {encoding!r}"
            )

    def feed(self, chunk: bytes, limit: int) -> list[bytes]:
        if self._z is None:
            return [chunk]
        out: list[bytes] = []
        data = chunk
        while data:
            try:
                piece = self._z.decompress(data, max(limit, 1))
            except zlib.error as exc:
                if not self._raw_deflate_tried and not out:
                    self._raw_deflate_tried = True  # some servers send raw deflate
                    self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise FetchFailedError(
                    self._url, "bad_encoding", f"corrupt compressed body: {exc}"
                ) from exc
            out.append(piece)
            limit -= len(piece)
            if limit <= 0:
                break
            data = self._z.unconsumed_tail
        return out

    def flush(self) -> bytes:
        return b"" if self._z is None else self._z.flush()


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(min(int(value), 7 * 86400))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, min((when - now).total_seconds(), 7 * 86400.0))


def _max_age(value: str | None) -> int | None:
    if not value:
        return None
    m = re.search(r"(?:s-)?max-age\s*=\s*(\d+)", value, re.I)
    return min(int(m.group(1)), 86400) if m else None


def _status_error(url: str, response: httpx.Response, now: datetime) -> FetchFailedError:
    status = response.status_code
    retry = parse_retry_after(response.headers.get("retry-after"), now)
    kind = {
        410: "gone",
        429: "rate_limited",
        503: "unavailable",
        404: "not_found",
        401: "forbidden",
        403: "forbidden",
    }.get(status)
    if kind is None:
        kind = "server_error" if status >= 500 else "http_status"
    reason = response.reason_phrase or ""
    extra = f"; retry after {retry:g} s" if retry is not None else ""
    return FetchFailedError(
        url, kind, f"HTTP {status} {reason}".strip() + extra, status=status, retry_after_s=retry
    )


def _transport_error(url: str, exc: httpx.HTTPError, deadline_s: float) -> FetchFailedError:
    text = str(exc) or type(exc).__name__
    lowered = text.lower()
    if isinstance(exc, httpx.TimeoutException):
        return FetchFailedError(
            url, "timeout", f"no complete answer within {deadline_s:g} s ({type(exc).__name__})"
        )
    if isinstance(exc, httpx.ConnectError):
        if "refused" in lowered:
            return FetchFailedError(url, "connection_refused", f"connection refused: {text}")
        if "name" in lowered and ("resolution" in lowered or "known" in lowered):
            return FetchFailedError(url, "dns", f"host name not found: {text}")
        if "ssl" in lowered or "certificate" in lowered:
            return FetchFailedError(url, "tls", f"TLS failed: {text}")
        return FetchFailedError(url, "connect_error", f"could not connect: {text}")
    if isinstance(exc, (httpx.ReadError, httpx.RemoteProtocolError, httpx.WriteError)):
        return FetchFailedError(url, "connection_reset", f"connection broken: {text}")
    if isinstance(exc, httpx.DecodingError):
        return FetchFailedError(url, "bad_encoding", f"bad body encoding: {text}")
    return FetchFailedError(url, "network", f"{type(exc).__name__}: {text}")
