"""Extraction of many documents at once, in worker processes.

A re-extraction after an extractor or vocabulary change (``tracker extract --all``) reads
every document in the log again, at several milliseconds of one core's time per article,
while the machine has more cores. The extractor is a pure function (a document in, claims
out), so a batch of documents is extracted by a pool of spawned processes, each holding
its own copy of the extractor, and the claims come back in the batch's order; the log is
still read and written by the calling process alone.

Starting the pool costs each worker a fresh interpreter and its own extractor (about a
second), so a batch goes to it only from :data:`MIN_POOLED` documents on (or when the pool
already runs); the daemon's few new documents a cycle and a one-article ``tracker ingest``
are extracted in the process, as before. A pool whose worker died (killed, out of memory)
is given up and the batch extracted in the process, with a warning: the result is the same.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from tracker.domain.claims import Claim
from tracker.domain.documents import Document
from tracker.extract import load_extractor
from tracker.ingest.limits import WrappedExtractor
from tracker.ingest.workers import children_without_stderr
from tracker.ports import Extractor

log = logging.getLogger(__name__)

MIN_POOLED = 200
"""The fewest documents worth starting a pool for: at ~7 ms an article, 200 take ~1.4 s on
one core, about what starting two workers costs."""

MAX_WORKERS = 8

_extractor: Extractor | None = None
"""The worker process's own extractor (built by :func:`_start_worker`)."""


def default_workers() -> int:
    """One worker per core this process may run on, at most :data:`MAX_WORKERS`."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


def _start_worker(spec: str | None, vocabulary_paths: tuple[str, ...]) -> None:
    """In a new worker: Ctrl-C is the parent's to handle; build the extractor once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _extractor  # noqa: PLW0603  (one extractor per worker process)
    _extractor = load_extractor(spec, vocabulary_paths)


def _extract(document: Document) -> list[Claim]:
    assert _extractor is not None, "the worker was started without an extractor"
    return _extractor.extract(document)


class PooledExtractor(WrappedExtractor):
    """An :class:`~tracker.ports.Extractor` that extracts one document in the process and
    a large batch (:meth:`extract_many`) in a pool of processes. Its name, version and
    every other attribute (the vocabulary) are the wrapped extractor's, and so are its
    claims: each worker builds the same extractor from the same ``spec`` and files.

    Args:
        inner: the extractor of this process (``load_extractor(spec, vocabulary_paths)``).
        spec: what workers load (``None`` or ``"rules"``: the rule extractor).
        vocabulary_paths: the user's vocabulary files, as given to ``inner``.
        workers: processes in the pool; 1 extracts everything in the process.
        min_pooled: the smallest batch that starts the pool (:data:`MIN_POOLED`).
    """

    def __init__(
        self,
        inner: Extractor,
        spec: str | None,
        vocabulary_paths: Sequence[str] = (),
        workers: int = 0,
        min_pooled: int | None = None,
    ) -> None:
        super().__init__(inner)
        self.spec = spec
        self.vocabulary_paths = tuple(str(p) for p in vocabulary_paths)
        self.workers = workers if workers > 0 else default_workers()
        self.min_pooled = MIN_POOLED if min_pooled is None else min_pooled
        self._pool: ProcessPoolExecutor | None = None

    def pools(self, batch: int) -> bool:
        """Whether a batch of ``batch`` documents goes to the worker processes: from
        ``min_pooled`` on, or at any size once they run (one worker: never)."""
        return self.workers >= 2 and (self._pool is not None or batch >= self.min_pooled)

    def extract_many(self, documents: Sequence[Document]) -> list[list[Claim]]:
        """The claims of each document, in order: in the pool when :meth:`pools` says so,
        else in this process."""
        if not self.pools(len(documents)):
            return [self.inner.extract(d) for d in documents]
        pool = self._started()
        chunk = max(1, min(16, len(documents) // (4 * self.workers)))
        try:
            # the workers start inside map's submissions: quiet on a Ctrl-C meanwhile
            with children_without_stderr():
                results = pool.map(_extract, documents, chunksize=chunk)
            return list(results)
        except BrokenProcessPool as exc:
            log.warning("extraction workers stopped (%s); extracting in this process", exc)
            self.close()
            self.workers = 1
            return [self.inner.extract(d) for d in documents]

    def _started(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(self.spec, self.vocabulary_paths),
            )
        return self._pool

    def close(self) -> None:
        """Stop the workers (a later batch starts new ones)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
