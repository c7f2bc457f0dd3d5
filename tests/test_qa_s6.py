"""Defects found by use, sixth QA pass: fixed poll intervals, the names in messages and
titles, language hints, and the HTTP diff's parameters.

Each test names what the user saw, through the real ``tracker`` console script in a
subprocess, on both databases, with feeds from a local HTTP server.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from tests.cli_support import run_cli
from tests.feeds_support import feed_server, items, rss
from tracker.store.engine import make_engine
from tracker.store.schema import events


def _feeds(db: str, tmp_path: Path) -> dict[str, dict[str, object]]:
    listed = run_cli("--db", db, "feeds", "list", "--json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    return {f["name"]: f for f in json.loads(listed.stdout)}


def _event_count(db: str) -> int:
    engine = make_engine(db)
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(events)).scalar_one())
    finally:
        engine.dispose()


def test_a_fixed_interval_is_kept_after_a_poll_not_raised_to_five_minutes_or_cut_to_a_day(
    db_url: str, tmp_path: Path
) -> None:
    """``feeds add URL --every 1m`` was accepted (the floor is a minute, the error for
    ``0m`` says so), listed as ``1m`` and then polled every 5 minutes: after the first
    poll ``feeds list`` showed ``5m`` (and ``--every 2d`` became a day), because the
    adaptive rhythm's 5 min..24 h bounds were applied to the interval the user fixed."""
    with feed_server() as server:
        fast = server.static("/fast.xml", rss(items(3, prefix="f")).encode())
        slow = server.static("/slow.xml", rss(items(3, prefix="s")).encode())
        for url, name, every in ((fast, "fast", "1m"), (slow, "slow", "2d")):
            added = run_cli("--db", db_url, "feeds", "add", url, "--name", name, "--every", every,
                            cwd=tmp_path)  # fmt: skip
            assert added.returncode == 0, added.stderr
        polled = run_cli("--db", db_url, "poll", "--once", cwd=tmp_path)
    assert polled.returncode == 0, polled.stderr
    listed = _feeds(db_url, tmp_path)
    assert {n: f["interval_s"] for n, f in listed.items()} == {"fast": 60, "slow": 172800}
    for name, seconds in (("fast", 60), ("slow", 172800)):
        feed = listed[name]
        gap = datetime.fromisoformat(str(feed["next_poll_at"])) - datetime.fromisoformat(
            str(feed["last_polled_at"])
        )
        assert seconds == gap.total_seconds()
