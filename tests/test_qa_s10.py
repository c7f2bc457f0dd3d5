"""Defects found by use, tenth QA pass: feeds of every dialect and encoding from a local
server, polled, interrupted and queried as a user does.

Each test names what the user saw, through the real ``tracker`` console script in a
subprocess, on both databases, with feeds from a real local HTTP server.
"""

from __future__ import annotations

import json
import signal
import subprocess
import threading
import time
from pathlib import Path

from sqlalchemy import func, select

from tests.cli_support import TRACKER, run_cli
from tests.feeds_support import _RequestHandler, feed_server, rss
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
        proc = subprocess.Popen(
            [TRACKER, "--db", db_url, "poll", "--once"],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            # a test runner started as a background job ignores SIGINT, and so would the child
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509
        )
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
