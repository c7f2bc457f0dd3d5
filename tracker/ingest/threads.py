"""The poller's fetch threads: daemon threads that a Ctrl-C does not wait for.

``ThreadPoolExecutor`` joins its workers when its ``with`` block ends and again at
interpreter exit, so a Ctrl-C during a poll sat silent until every fetch in flight had
ended: up to the fetch deadline (30 s) against a slow server, and users pressed Ctrl-C a
second time. A poll thread only fetches, parses (in a worker process) and reads document
states; every write happens on the caller's thread. An abandoned call therefore loses
nothing its caller had not already decided to drop, and daemon threads may be left
behind when the process exits.
"""

from __future__ import annotations

import functools
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")

_Work = tuple[Future[Any], Callable[[], Any]]


class FetchThreads:
    """A fixed set of daemon threads running submitted calls in order of submission."""

    def __init__(self, workers: int, name: str = "poll") -> None:
        self._queue: queue.SimpleQueue[_Work | None] = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._work, name=f"{name}-{i}", daemon=True)
            for i in range(max(1, workers))
        ]
        self._started = False  # at the first call: a poll with nothing due starts none

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        if not self._started:
            self._started = True
            for thread in self._threads:
                thread.start()
        future: Future[T] = Future()
        self._queue.put((future, functools.partial(fn, *args)))
        return future

    def shutdown(self, *, wait: bool) -> None:
        """End the threads after the calls queued so far. ``wait=False`` (the caller was
        interrupted): calls not started are cancelled and running ones are not waited for."""
        if not wait:
            while True:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item[0].cancel()
        if not self._started:
            return
        for _ in self._threads:
            self._queue.put(None)
        if wait:
            for thread in self._threads:
                thread.join()

    def _work(self) -> None:
        while (item := self._queue.get()) is not None:
            future, call = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(call())
            except BaseException as exc:  # handed to the caller, as an executor does
                future.set_exception(exc)
