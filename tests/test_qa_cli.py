"""Defects a demanding user found by using the real ``tracker`` command (QA pass).

Each test names what the user saw, through the console script in a subprocess.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_support import run_cli
from tests.feeds_support import feed_server
from tests.projections_support import assert_claims, make_claim
from tracker.app import Tracker
from tracker.store.engine import make_engine


@pytest.fixture
def db(db_url: str) -> str:
    t = Tracker(make_engine(db_url))
    t.init()
    assert_claims(
        t.store,
        make_claim("nvidia", "deployed_chips", 1000, reported="2025-10-29", doc="a"),
        make_claim("tsmc", "capacity", 75000, unit="wafer/month", reported="2025-10-29", doc="b"),
    )
    t.close()
    return db_url


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("history", "nvidai"), "unknown subject 'nvidai' (did you mean 'nvidia'?)"),
        (
            ("history", "nvidia", "capcity"),
            "unknown predicate 'capcity' (did you mean 'capacity'?)",
        ),
        (("claims", "--subject", "Nvidia"), "unknown subject 'Nvidia' (did you mean 'nvidia'?)"),
        (("claims", "--predicate", "capcity"), "unknown predicate 'capcity'"),
        (("state", "--subject", "tsmcc", "--as-of", "2026-01-01"), "unknown subject 'tsmcc'"),
        (("revisions", "tsmc", "capcity", "2026-12-31"), "unknown predicate 'capcity'"),
    ],
)
def test_a_typo_in_a_subject_or_predicate_is_an_error_not_an_empty_answer(
    db: str, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    for extra in ((), ("--json",)):
        result = run_cli("--db", db, *args, *extra, cwd=tmp_path)
        assert (result.returncode, result.stdout) == (2, "")
        assert message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_known_subject_without_claims_is_an_empty_answer(db: str, tmp_path: Path) -> None:
    result = run_cli("--db", db, "history", "google", "--json", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")


def test_a_failed_url_ingest_prints_one_reason_and_no_stray_log_line(
    db: str, tmp_path: Path
) -> None:
    with feed_server() as server:
        url = server.status("/gone.html", 404)
        result = run_cli("--db", db, "ingest", url, cwd=tmp_path)
    assert result.returncode == 1
    assert [line for line in result.stderr.splitlines() if "feed.failed" in line] == []
    assert len(result.stderr.strip().splitlines()) == 1
