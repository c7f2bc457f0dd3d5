"""The daemon as a user runs it (QA pass): a real process, a real local feed server, a
feed that changes while it runs, and a stop by SIGINT or SIGTERM."""

from __future__ import annotations

import json
import signal
import time
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from tests.cli_support import start_cli
from tests.feeds_support import feed_server, items, rss
from tracker.app import make_tracker
from tracker.store.engine import make_engine
from tracker.store.feeds import feeds


def _wait(condition: Callable[[], bool], limit_s: float = 90) -> bool:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def _documents(url: str) -> int:
    with make_tracker(url) as t:
        return sum(1 for _ in t.store.read_all(types=["DocumentObserved"]))  # type: ignore[attr-defined]


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_the_daemon_picks_up_a_changed_feed_logs_only_json_and_stops_cleanly(
    db_url: str, stop: signal.Signals
) -> None:
    with feed_server() as server, make_tracker(db_url) as t:
        t.init()
        url = server.static("/live.xml", rss(items(2, prefix="a")).encode())
        t.add_feed(url, name="live", every="1m")
        daemon = start_cli("--db", db_url, "daemon", "--tick", "0.2")
        try:
            assert _wait(lambda: _documents(db_url) == 2), "the daemon never polled"
            server.static("/live.xml", rss(items(3, prefix="a")).encode())
            engine = make_engine(db_url)
            with engine.begin() as conn:  # the minute passes: the feed falls due
                conn.execute(update(feeds).values(next_poll_at=datetime.now(UTC)))
            engine.dispose()
            assert _wait(lambda: _documents(db_url) == 3), "the changed feed was not polled"
        finally:
            daemon.send_signal(stop)
            _out, err = daemon.communicate(timeout=60)
        assert daemon.returncode == 0, err
        lines = err.splitlines()
        assert [line for line in lines if not line.startswith("{")] == []
        assert json.loads(lines[-1])["event"] == "daemon.stopped"
        assert t.verify().ok
