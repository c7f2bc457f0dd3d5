"""Documents the extractor read only in part travel as records (CutDocument) from the
extractor to the doors, which render them: the run summary's notices, ``tracker
extract``'s stderr, the daemon's log."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.cli_support import run_cli
from tests.feeds_support import FeedServer, feed_server, rss
from tracker.app import Tracker
from tracker.config import Settings
from tracker.daemon import run_daemon
from tracker.ingest.limits import CutDocument
from tracker.ingest.outcomes import PollSummary

LONG = CutDocument("d_1", "A very long dump", "http://example.invalid/1", 3_000_000, 199_980)
CUT_LINE = re.compile(
    r"'A very long dump' is [\d,]+ characters; claims were read from the first [\d,]+ "
    r"\(TRACKER_EXTRACT_MAX_CHARS; its whole text is kept\)"
)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with feed_server() as s:
        yield s


def _long_feed() -> bytes:
    filler = "Analysts at a regional brokerage revisited their packaging outlook again. " * 200
    entry = {
        "guid": "long-1",
        "title": "A very long dump",
        "link": "http://example.invalid/long/1",
        "date": "Mon, 01 Dec 2025 09:00:00 +0000",
        "body": "AWS said Project Rainier runs 480,000 Trainium2 chips. " + filler,
    }
    return rss([entry], language="en").encode()


def test_a_cut_document_says_what_was_read_under_the_cut_label() -> None:
    expected = (
        "cut: 'A very long dump' is 3,000,000 characters; claims were read from the first "
        "199,980 (TRACKER_EXTRACT_MAX_CHARS; its whole text is kept)"
    )

    assert expected == LONG.notice
    assert expected == f"cut: {LONG.message}"


def test_a_cut_document_without_a_title_is_named_by_its_address_then_its_id() -> None:
    no_title = CutDocument("d_2", "", "http://example.invalid/2", 10, 5)
    nothing = CutDocument("d_3", "", None, 10, 5)

    assert no_title.message.startswith("'http://example.invalid/2' is 10 characters")
    assert nothing.message.startswith("'d_3' is 10 characters")


def test_a_summary_lists_its_news_then_one_cut_line_per_document_read_in_part() -> None:
    first = PollSummary(news=["gone: old: HTTP 410 Gone"])
    second = PollSummary(news=["undated: feed: 1 new entry"], cut=[LONG])

    first.merge(second)

    assert (
        "gone: old: HTTP 410 Gone",
        "undated: feed: 1 new entry",
        LONG.notice,
    ) == first.notices
    assert first.cut == [LONG]


def test_extract_says_on_stderr_which_documents_it_read_in_part(
    db_url: str, tmp_path: Path, server: FeedServer
) -> None:
    url = server.static("/long.xml", _long_feed())
    whole = run_cli(
        "--db", db_url, "ingest", url, cwd=tmp_path, env={"TRACKER_EXTRACT_MAX_CHARS": "0"}
    )
    assert whole.returncode == 0, whole.stderr

    result = run_cli(
        "--db",
        db_url,
        "extract",
        "--all",
        cwd=tmp_path,
        env={"TRACKER_EXTRACT_MAX_CHARS": "5000"},
    )

    assert result.returncode == 0, result.stderr
    assert re.fullmatch(f"cut: {CUT_LINE.pattern}\n", result.stderr)


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_the_daemon_logs_a_document_it_read_in_part(engine: Engine, server: FeedServer) -> None:
    t = Tracker(engine, settings=Settings(extract_max_chars=5_000))
    t.add_feed(server.static("/long.xml", _long_feed()), name="long")
    root = logging.getLogger("tracker")
    saved = (root.handlers[:], root.level, root.propagate)
    seen = _Records()
    logging.getLogger("tracker.daemon").addHandler(seen)
    stop = threading.Event()
    daemon = threading.Thread(target=run_daemon, args=(t,), kwargs={"tick_s": 0.2, "stop": stop})
    daemon.start()
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and not any(
            r.getMessage() == "document.cut" for r in seen.records
        ):
            time.sleep(0.1)
    finally:
        stop.set()
        daemon.join(60)
        logging.getLogger("tracker.daemon").removeHandler(seen)
        root.handlers[:], root.level, root.propagate = saved

    cut = [r for r in seen.records if r.getMessage() == "document.cut"]
    assert len(cut) == 1
    assert CUT_LINE.fullmatch(cut[0].fields["message"])  # type: ignore[attr-defined]
