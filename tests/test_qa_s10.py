"""Defects found by use, tenth QA pass: feeds of every dialect and encoding from a local
server, polled, interrupted and queried as a user does.

Each test names what the user saw, through the real ``tracker`` console script in a
subprocess, on both databases, with feeds from a real local HTTP server.
"""

from __future__ import annotations

import json
import signal
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.cli_support import event_count, run_cli, start_cli
from tests.feeds_support import _RequestHandler, feed_server, rss
from tracker.ingest.dates import parse_date
from tracker.store.engine import make_engine
from tracker.store.schema import events


def _claims(db: str, tmp_path: Path, *args: str) -> list[dict[str, object]]:
    result = run_cli("--db", db, "claims", "--json", *args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout)["claims"])


def _documents(db: str) -> int:
    engine = make_engine(db)
    try:
        with engine.connect() as conn:
            query = select(func.count()).where(events.c.event_type == "DocumentObserved")
            return int(conn.execute(query.select_from(events)).scalar_one())
    finally:
        engine.dispose()


_FAIRWATER = rss(
    [
        {
            "guid": "fw-1",
            "title": "Fairwater fills up",
            "link": "https://ledger.example/fw-1",
            "date": "Tue, 10 Nov 2026 09:30:00 +0900",
            "body": "<p>Microsoft said on Monday that its Fairwater campus in Wisconsin now "
            "houses more than 200,000 GB200 chips.</p>",
        }
    ],
    title="Chip Ledger",
)


def test_a_poll_cut_short_after_its_documents_were_stored_is_finished_by_the_rerun(
    db_url: str, tmp_path: Path
) -> None:
    """Ctrl-C while one feed was still being fetched, after another feed's documents had
    been committed: the message said 'run the same command again to finish', but the
    re-run (the slow feed now answering with nothing new) printed '0 new documents' and
    extracted nothing, so the committed documents never gave their claims: 'claims' stayed
    empty until some later poll happened to bring a new document."""
    release = threading.Event()

    def slow_then_empty(h: _RequestHandler) -> None:
        release.wait(60)
        h.reply(200, rss([], title="Quiet").encode(), {"Content-Type": "application/xml"})

    with feed_server() as server:
        fast = server.static("/ledger.xml", _FAIRWATER.encode())
        slow = server.route("/quiet.xml", slow_then_empty)
        for name, url in (("ledger", fast), ("quiet", slow)):
            added = run_cli("--db", db_url, "feeds", "add", url, "--name", name, cwd=tmp_path)
            assert added.returncode == 0, added.stderr
        proc = start_cli("--db", db_url, "poll", "--once", cwd=tmp_path)
        try:
            deadline = time.monotonic() + 90
            while _documents(db_url) == 0 and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            proc.send_signal(signal.SIGINT)
        finally:
            release.set()
        _out, err = proc.communicate(timeout=90)
        assert proc.returncode == 130, err
        assert _documents(db_url) == 1
        rerun = run_cli("--db", db_url, "poll", "--once", cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    claims = _claims(db_url, tmp_path, "--subject", "fairwater", "--predicate", "deployed_chips")
    assert [(c["predicate"], c["value"]["low"]) for c in claims] == [  # type: ignore[index]
        ("deployed_chips", 200000.0)
    ]


@pytest.mark.parametrize(
    ("location", "reason"),
    [
        ("http://", "'http://' has no host name"),
        ("https:///feed.xml", "'https:///feed.xml' has no host name"),
        ("news.example.com/feed.xml", "no such file"),
    ],
)
def test_a_feed_location_that_cannot_be_polled_is_refused_when_subscribed(
    db_url: str, tmp_path: Path, location: str, reason: str
) -> None:
    """``feeds add http://`` subscribed a feed named 'None-feed', and ``feeds add
    news.example.com/feed.xml`` (the scheme forgotten) a local file that does not exist:
    both said 'subscribed' with exit 0 and then failed on every poll."""
    before = event_count(db_url)
    result = run_cli("--db", db_url, "feeds", "add", location, cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("error: ")
    assert reason in result.stderr
    assert event_count(db_url) == before
    listed = run_cli("--db", db_url, "feeds", "list", "--json", cwd=tmp_path)
    assert json.loads(listed.stdout) == []


def test_feeds_list_shows_a_learned_interval_in_hours_and_minutes_not_raw_seconds(
    db_url: str, tmp_path: Path
) -> None:
    """A feed whose entries come about a day apart was listed as polled every '46950s~'
    (an adaptive interval is half the median gap: any number of seconds), and one 26 h
    10 min apart as '785m~'."""
    day = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    cases = {"odd": timedelta(hours=26, minutes=5), "even": timedelta(hours=26, minutes=10)}
    with feed_server() as server:
        for name, gap in cases.items():
            entries = [
                {
                    "guid": f"{name}-{i}",
                    "title": f"Note {i}",
                    "link": f"https://{name}.example/{i}",
                    "date": format_datetime(day + i * gap),
                    "body": f"Note {i} on packaging lines.",
                }
                for i in range(4)
            ]
            url = server.static(f"/{name}.xml", rss(entries).encode())
            added = run_cli("--db", db_url, "feeds", "add", url, "--name", name, cwd=tmp_path)
            assert added.returncode == 0, added.stderr
        assert run_cli("--db", db_url, "poll", cwd=tmp_path).returncode == 0
    listed = run_cli("--db", db_url, "feeds", "list", cwd=tmp_path)
    every = {
        line.split()[0]: line.split()[3]
        for line in listed.stdout.splitlines()
        if line.strip().startswith(("odd", "even"))
    }
    assert every == {"odd": "13h03m~", "even": "13h05m~"}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-11-26 14:00 KST", "2026-11-26T05:00:00+00:00"),
        ("2026-11-26 14:00:00 KST", "2026-11-26T05:00:00+00:00"),
        ("2026-11-26T14:00:00 kst", "2026-11-26T05:00:00+00:00"),
        ("2026.11.26 14:00 KST", "2026-11-26T05:00:00+00:00"),
        ("2026-11-26 14:00:00 GMT", "2026-11-26T14:00:00+00:00"),
        ("2026-11-26 14:00 UTC", "2026-11-26T14:00:00+00:00"),
        ("2026-11-26 09:00 JST", "2026-11-26T00:00:00+00:00"),
    ],
)
def test_a_numeric_date_with_a_named_zone_is_read_in_that_zone(raw: str, expected: str) -> None:
    """'2026-11-26 14:00:00 KST' (a Korean CMS's pubDate, or what a user types after
    --published) was no date at all: the entry was dated when first seen, and --published
    refused it."""
    parsed = parse_date(raw, UTC)
    assert parsed is not None
    assert expected == parsed.isoformat()


def test_an_entry_dated_with_a_numeric_date_and_kst_dates_its_claim(
    db_url: str, tmp_path: Path
) -> None:
    feed = rss(
        [
            {
                "guid": "sk-1",
                "title": "HBM 증설",
                "link": "https://bando.example/sk-1",
                "date": "2026-11-26 14:00:00 KST",
                "body": "SK하이닉스는 내년 말까지 HBM 생산능력을 월 20만 장으로 늘릴 계획이라고 "
                "26일 밝혔다.",
            }
        ],
        language="ko",
    )
    with feed_server() as server:
        url = server.static("/bando.xml", feed.encode())
        result = run_cli("--db", db_url, "ingest", url, cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    claims = _claims(db_url, tmp_path, "--subject", "sk-hynix")
    assert [c["reported_at"] for c in claims] == ["2026-11-26T05:00:00Z"]


def test_ctrl_c_during_a_slow_fetch_stops_without_waiting_for_the_fetch(
    db_url: str, tmp_path: Path
) -> None:
    """Ctrl-C while a slow server was still sending its feed: the command sat silent until
    that fetch ended (up to its 30 s deadline), so the user pressed Ctrl-C again. The fetch
    is abandoned (its outcome was going to be dropped anyway): the server sees the client
    hang up before the feed is complete, and the log stays whole."""
    started = threading.Event()
    finished: list[str] = []

    def trickle(h: _RequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/xml")
        h.send_header("Connection", "close")
        h.end_headers()
        started.set()
        try:
            for _ in range(100):  # 20 s of a feed, a byte at a time
                h.wfile.write(b" ")
                h.wfile.flush()
                time.sleep(0.2)
            h.wfile.write(rss([], title="Slow").encode())
            finished.append("complete")
        except (BrokenPipeError, ConnectionResetError):
            finished.append("client hung up")
        h.close_connection = True

    with feed_server() as server:
        url = server.route("/slow.xml", trickle)
        added = run_cli("--db", db_url, "feeds", "add", url, "--name", "slow", cwd=tmp_path)
        assert added.returncode == 0, added.stderr
        proc = start_cli("--db", db_url, "poll", "--once", cwd=tmp_path)
        assert started.wait(90)
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=90)
        deadline = time.monotonic() + 60
        while not finished and time.monotonic() < deadline:
            time.sleep(0.1)
    assert (proc.returncode, err.strip().splitlines()[-1:]) == (
        130,
        ["interrupted: every batch is committed whole or not at all; run the same command "
         "again to finish"],
    )  # fmt: skip
    assert finished == ["client hung up"]
    assert run_cli("--db", db_url, "verify", cwd=tmp_path).returncode == 0
