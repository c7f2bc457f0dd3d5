"""Parsing in worker processes with a time limit per parse.

feedparser has no timeout and can burn seconds of CPU on one hostile field, and a thread
cannot be stopped. So parses run in a small pool of spawned processes; a parse that
overruns its limit gets its worker killed and replaced, and the caller a
:class:`ParseTimeoutError`. The rest of the daemon never waits on it.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import cast

from tracker.errors import (
    ErrorPageError,
    FeedEncodingError,
    ParseError,
    ParserDiedError,
    ParseTimeoutError,
)
from tracker.ingest.parse import ParsedFeed, ParseJob, parse_feed

READY = "ready"
STARTUP_LIMIT_S = 300.0
"""How long a new parser process may take to start (a fresh interpreter importing tracker:
about a second on an idle machine, over 20 on a loaded one) before it is given up on."""


@contextmanager
def children_without_stderr() -> Iterator[None]:
    """Processes started inside write their standard error to the null device.

    A Ctrl-C at the terminal reaches the whole process group. A parser process that was
    still importing (about a second; it ignores Ctrl-C from :func:`_serve` on) printed a
    KeyboardInterrupt traceback, twenty lines of multiprocessing and typing, under the
    parent's one-line "interrupted" note. It cannot be made to ignore Ctrl-C from birth
    without the parent ignoring it too while it starts one (the spawn drops a pending
    SIGINT, measured), so a Ctrl-C then would be lost; instead it starts with no standard
    error: it dies quietly and the parent, interrupted too, says so once. A parser
    process tells everything through its pipe (:class:`ParserPool`), so its standard
    error holds nothing a user needs.

    The process's descriptor 2 points at the null device for the instant of the start.
    Only on the main thread, which starts the pool before any fetch thread runs (see
    :meth:`tracker.ingest.poll.FeedPoller._cycle`), so no other thread's output goes with
    it; a process started elsewhere (a replacement, from a fetch thread) keeps it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    sys.stderr.flush()
    saved = os.dup(2)
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(null)


def _serve(conn: Connection) -> None:
    """Worker loop: parse jobs until the pipe closes. Ctrl-C is the parent's to handle."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    conn.send(READY)  # imports done: from here on, time is the parse's
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send((True, parse_feed(job)))
        except ParseError as exc:
            conn.send((False, (type(exc).__name__, str(exc).split(": ", 1)[-1])))
        except Exception as exc:  # a feedparser bug must not kill the worker
            conn.send((False, ("ParseError", f"parser crashed: {type(exc).__name__}: {exc}")))


class _Worker:
    def __init__(self, process: BaseProcess, conn: Connection) -> None:
        self.process = process
        self.conn = conn
        self.ready = False

    def stop(self) -> None:
        self.conn.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)


class ParserPool:
    """A pool of parsing processes, started on first use.

    Args:
        workers: processes in the pool (parses beyond that wait their turn).
        time_limit_s: wall time one parse may take before its worker is killed.
    """

    def __init__(self, workers: int = 1, time_limit_s: float = 20.0) -> None:
        self.workers = max(1, workers)
        self.time_limit_s = time_limit_s
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        self._started = False
        self._closed = False

    def _start_one(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(
            target=_serve, args=(child,), daemon=True, name="tracker-parser"
        )
        with children_without_stderr():
            process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._all.append(worker)
        return worker

    def start(self) -> None:
        """Start the parser processes now, from the calling thread (the main thread
        starts them quiet on Ctrl-C: :func:`children_without_stderr`), instead of at
        the first parse, which runs on a fetch thread."""
        if not self._closed:
            self._ensure_started("the parser pool")

    def _ensure_started(self, url: str) -> None:
        with self._lock:
            if self._started:
                return
            self._started = True
        try:
            for _ in range(self.workers):
                self._idle.put(self._start_one())
        except Exception as exc:
            with self._lock:
                self._started = False
            raise ParseError(url, f"could not start a parser process: {exc}") from exc

    def parse(self, job: ParseJob) -> ParsedFeed:
        """Parse in a worker; :class:`ParseTimeoutError` past the limit, ``ParseError``
        for a body that is not a feed."""
        if self._closed:
            raise ParseError(job.url, "the parser pool is closed (shutting down)")
        self._ensure_started(job.url)
        worker = self._live_worker(job.url)
        try:
            ok, value = self._run(worker, job)
        except ParseError:
            self._replace(worker)
            raise
        self._idle.put(worker)
        if ok:
            assert isinstance(value, ParsedFeed)
            return value
        kind, message = cast(tuple[str, str], value)
        if kind == "FeedEncodingError":
            raise FeedEncodingError(job.url, message)
        if kind == "ErrorPageError":
            raise ErrorPageError(job.url, message)
        raise ParseError(job.url, message)

    def _live_worker(self, url: str) -> _Worker:
        """An idle worker that is alive. One killed while it waited (a Ctrl-C that reached
        the process group during its start-up, the OOM killer) is replaced before it is
        given a job: handed one, it failed that feed as "the parser process died"."""
        while True:  # each dead one is replaced by a new process: it ends
            try:
                # Every worker busy for longer than a parse may take means one is stuck.
                worker = self._idle.get(timeout=self.time_limit_s * 4 + 30)
            except queue.Empty:
                raise ParseError(url, "no parser process became free") from None
            if worker.process.is_alive():
                return worker
            self._replace(worker)

    def _run(self, worker: _Worker, job: ParseJob) -> tuple[bool, object]:
        try:
            if not worker.ready:
                # A new process's start-up (interpreter and imports) is not the parse's
                # time: counted against the limit, it failed every feed of a one-shot
                # 'tracker poll' on a loaded machine as "parsing took longer than 20 s".
                if not worker.conn.poll(STARTUP_LIMIT_S):
                    raise ParseError(
                        job.url, f"the parser process did not start within {STARTUP_LIMIT_S:g} s"
                    )
                worker.conn.recv()
                worker.ready = True
            worker.conn.send(job)
            if not worker.conn.poll(self.time_limit_s):
                raise ParseTimeoutError(
                    job.url,
                    f"parsing took longer than {self.time_limit_s:g} s; the parser was stopped",
                )
            ok, value = worker.conn.recv()
        except (EOFError, OSError) as exc:
            died = f"the parser process died ({type(exc).__name__})"
            raise ParserDiedError(job.url, died) from exc
        return bool(ok), value

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)
        if not self._closed:
            self._idle.put(self._start_one())

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Stop every worker (idempotent)."""
        self._closed = True
        with self._lock:
            workers, self._all = list(self._all), []
        for worker in workers:
            worker.stop()

    def __enter__(self) -> ParserPool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
