"""When to poll a feed next: adaptive intervals, backoff with jitter. Pure functions.

* A healthy feed is polled at its *rhythm*: half the median gap between its recent
  entries, kept between 5 minutes and 24 hours (or exactly the interval the user fixed
  with ``--every``), and never sooner than the server asks (RSS ``ttl``, ``max-age``).
* A failing feed backs off exponentially from 5 minutes, with jitter, capped at 24 hours,
  and never longer than that: a feed is never given up on because of errors (only a 410
  stops it). ``Retry-After`` is honoured on top.
"""

from __future__ import annotations

import itertools
import random
import statistics
from collections.abc import Sequence
from datetime import datetime

MIN_INTERVAL_S = 5 * 60
MAX_INTERVAL_S = 24 * 60 * 60
BACKOFF_BASE_S = 5 * 60


def clamp(seconds: float, low: float = MIN_INTERVAL_S, high: float = MAX_INTERVAL_S) -> int:
    return int(max(low, min(high, seconds)))


def rhythm_s(dates: Sequence[datetime]) -> float | None:
    """Half the median gap between the latest (up to 20) distinct entry dates."""
    distinct = sorted(set(dates))[-20:]
    if len(distinct) < 3:
        return None
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(distinct)]
    return statistics.median(gaps) / 2


def next_interval(
    *,
    configured_s: int,
    adaptive: bool,
    current_s: int,
    dates: Sequence[datetime] = (),
    server_min_s: int = 0,
) -> int:
    """The interval after a successful poll. A rhythm is kept within 5 minutes..24 hours;
    an interval the user fixed (``--every``, at least a minute) is kept as given, so
    ``--every 1m`` polls every minute and ``--every 2d`` every two days. The server's
    floor (``ttl``, ``max-age``) applies to both."""
    floor = min(server_min_s, MAX_INTERVAL_S)
    if not adaptive:
        return max(configured_s, floor)
    observed = rhythm_s(dates)
    return max(clamp(current_s if observed is None else observed), floor)


def backoff_s(failures: int, rng: random.Random | None = None) -> float:
    """Delay after ``failures`` consecutive failures: 5 min doubling, +-25% jitter, <= 24 h."""
    rng = rng or random.Random()  # noqa: S311  (jitter, not secrets)
    exponent = max(0, min(failures - 1, 20))
    delay: float = BACKOFF_BASE_S * (2**exponent) * rng.uniform(0.75, 1.25)
    return min(float(MAX_INTERVAL_S), delay)
