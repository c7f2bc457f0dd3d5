"""Pausing the cyclic garbage collector around work that allocates many small objects
(a projection batch, an answer): see :func:`no_gc`.

Moved out of :mod:`tracker.projections.runner`."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_gc(*, promote: bool = False) -> Iterator[None]:
    """Pause the cyclic garbage collector while a batch allocates many small acyclic
    objects (rows, dicts, dates): its generation scans cost more than the work itself.
    Reference counting still frees everything, so memory stays flat.

    ``promote``: the objects still alive at the end (an answer: tens of thousands of
    models for the whole industry) go straight to the oldest generation instead of
    being scanned by the collection their number would set off as soon as the
    collector is back (a quarter of an industry state's time, for nothing: every one of
    them is alive). Skipped if the process froze objects itself (``gc.freeze``), whose
    frozen generation this uses."""
    global _promotions  # noqa: PLW0603 - one count per process, as the collector is
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if promote and gc.get_freeze_count() == 0:
                gc.freeze()  # every tracked object to the permanent generation ...
                gc.unfreeze()  # ... and back into the oldest, with the counts reset
                _promotions += 1
                if _promotions >= FULL_COLLECTION_EVERY:
                    # what was garbage among them (a few reference cycles a query) is
                    # found only by a full collection: bound it
                    _promotions = 0
                    gc.collect()
            gc.enable()


FULL_COLLECTION_EVERY = 10_000
"""Promotions (answers) between two full collections of the process: a query leaves
~0.2 unreachable cycles in the oldest generation (measured over 2,400 queries), so this
bounds them to a few thousand; the collection (~50 ms) costs 5 us a query."""
_promotions = 0
