"""The daemon and the CLI as a user runs them: real processes, real local servers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.feeds_support import SAMPLES, FeedServer, feed_server, items, rss
from tracker.app import make_tracker
from tracker.domain.catalog import FeedPolled
from tracker.store import migrate
from tracker.store.engine import make_engine

TRACKER = str(Path(sys.executable).with_name("tracker"))


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with feed_server() as s:
        yield s


def migrated(url: str) -> str:
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    return url


def cli(url: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TRACKER_DATABASE_URL": url}
    return subprocess.run(
        [TRACKER, *args], env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def slow(body: bytes, delay_s: float) -> Callable[..., None]:
    def handle(h: object) -> None:
        time.sleep(delay_s)
        h.reply(200, body, {"Content-Type": "application/xml"})  # type: ignore[attr-defined]

    return handle


def test_cli_add_poll_list_ingest_twice_and_remove(
    server: FeedServer, db_url_factory: Callable[[str], str], tmp_path: Path
) -> None:
    url = db_url_factory("sqlite")
    feed = server.static("/cli.xml", rss(items(3)).encode(), etag='"1"')
    assert cli(url, "init").returncode == 0
    added = cli(url, "feeds", "add", feed, "--name", "cli-feed", "--every", "30m")
    polled = cli(url, "poll", "--once")
    listed = json.loads(cli(url, "feeds", "list", "--json").stdout)
    first = cli(url, "ingest", str(SAMPLES / "chip-wire.atom"))
    again = cli(url, "ingest", str(SAMPLES / "chip-wire.atom"))
    assert added.returncode == 0, added.stderr
    assert polled.stdout.strip() == "1 feed polled, 3 new documents, 0 revisions, 0 failures"
    assert [(f["name"], f["interval_s"], f["consecutive_failures"]) for f in listed] == [
        ("cli-feed", 1800, 0)
    ]
    assert "3 new documents" in first.stdout
    assert "0 new documents" in again.stdout
    removed = cli(url, "feeds", "remove", "cli-feed", "--reason", "done with it")
    assert (removed.returncode, removed.stdout.strip()) == (0, f"unsubscribed cli-feed ({feed})")
    assert json.loads(cli(url, "feeds", "list", "--json").stdout) == []
    assert cli(url, "verify").returncode == 0


def test_cli_errors_are_one_line_and_non_zero(db_url_factory: Callable[[str], str]) -> None:
    url = db_url_factory("sqlite")
    cli(url, "init")
    bad = cli(url, "feeds", "add", "ftp://example.invalid/feed")
    missing = cli(url, "poll", "no-such-feed")
    assert (bad.returncode, len(bad.stderr.strip().splitlines())) == (2, 1)
    assert missing.returncode != 0
    assert "no-such-feed" in missing.stderr


@pytest.mark.postgres
@pytest.mark.slow
def test_two_pollers_on_postgresql_share_200_feeds_and_poll_each_exactly_once(
    server: FeedServer, db_url_factory: Callable[[str], str]
) -> None:
    url = migrated(db_url_factory("postgresql"))
    body = rss(items(2)).encode()
    with make_tracker(url) as t:
        for i in range(200):
            # 100 ms a response: one poller alone needs ~2.5 s for the 200 (8 at once),
            # longer than the second one takes to start, so both get a share.
            server.route(f"/f{i}.xml", slow(body, 0.1))
            t.add_feed(server.url(f"/f{i}.xml"), name=f"f{i}")
    env = {**os.environ, "TRACKER_DATABASE_URL": url}
    procs = [
        subprocess.Popen(
            [TRACKER, "poll", "--once"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=240) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    with make_tracker(url) as t:
        polled = Counter(
            e.event.feed_id
            for e in t.store.read_all(types=["FeedPolled"])
            if isinstance(e.event, FeedPolled)
        )
        assert t.verify().ok
    assert len(polled) == 200
    assert {1} == set(polled.values())
    assert {f"/f{i}.xml": 1 for i in range(200)} == dict(server.hits)
    counts = [int(out.split(" feed")[0]) for out, _ in outputs]
    assert sum(counts) == 200
    assert all(n > 0 for n in counts), counts  # both did part of the polling


@pytest.mark.slow
def test_sigterm_during_a_poll_leaves_no_partial_batch_and_the_next_start_resumes(
    server: FeedServer, db_url_factory: Callable[[str], str]
) -> None:
    url = migrated(db_url_factory("sqlite"))
    seen = threading.Event()
    body = rss(items(4, prefix="slow")).encode()

    def handle(h: object) -> None:
        seen.set()
        time.sleep(1.5)
        h.reply(200, body, {"Content-Type": "application/xml"})  # type: ignore[attr-defined]

    def answer_after(delay: float, feed: bytes) -> Callable[[object], None]:
        def answer(h: object) -> None:
            time.sleep(delay)
            h.reply(200, feed, {"Content-Type": "application/xml"})  # type: ignore[attr-defined]

        return answer

    server.route("/slow.xml", handle)
    with make_tracker(url) as t:
        t.add_feed(server.url("/slow.xml"), name="slow")
        for i in range(30):
            # each answers in 0.3 s: 30 on two workers take 4.5 s, so the SIGTERM sent once
            # the slow feed is asked for lands mid-cycle however fast the rest of a poll is
            feed = rss(items(2, prefix=f"n{i}")).encode()
            server.route(f"/n{i}.xml", answer_after(0.3, feed))
            t.add_feed(server.url(f"/n{i}.xml"), name=f"n{i}")
    env = {**os.environ, "TRACKER_DATABASE_URL": url}
    daemon = subprocess.Popen(
        [TRACKER, "daemon", "--tick", "1", "--concurrency", "2", "--deadline", "10"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert seen.wait(60), "the daemon never polled"
    daemon.send_signal(signal.SIGTERM)
    _out, err = daemon.communicate(timeout=60)
    lines = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
    assert daemon.returncode == 0, err
    assert lines[-1]["event"] == "daemon.stopped"
    with make_tracker(url) as t:
        assert t.verify().ok
        _assert_whole_batches(t)
        polled_before = {
            e.event.feed_id
            for e in t.store.read_all(types=["FeedPolled"])  # type: ignore[attr-defined]
        }
        assert len(polled_before) < 31  # stopped mid-cycle
    resumed = cli(url, "poll", "--once")
    assert resumed.returncode == 0, resumed.stderr
    with make_tracker(url) as t:
        _assert_whole_batches(t)
        polled = Counter(
            e.event.feed_id
            for e in t.store.read_all(types=["FeedPolled"])  # type: ignore[attr-defined]
        )
        assert len(polled) == 31
        assert {1} == set(polled.values())


def _assert_whole_batches(t: object) -> None:
    """Every FeedPolled that claims N new documents has exactly N in the log with it."""
    store = t.store  # type: ignore[attr-defined]
    by_correlation: Counter[str] = Counter(
        e.metadata.correlation_id for e in store.read_all(types=["DocumentObserved"])
    )
    for e in store.read_all(types=["FeedPolled"]):
        assert e.event.new_documents == by_correlation[e.metadata.correlation_id]
