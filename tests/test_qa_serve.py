"""``tracker serve`` as a user runs it (QA pass): the real command in a subprocess, every
endpoint asked over real HTTP, and a port that is already taken."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.cli_support import run_cli, serving
from tests.projections_support import assert_claims, cowos_forecasts, make_claim
from tracker.app import Tracker
from tracker.store.engine import make_engine


@pytest.fixture
def db(db_url: str) -> str:
    t = Tracker(make_engine(db_url))
    t.init()
    claims = cowos_forecasts([("2025-03-10", 90000), ("2025-11-20", 130000)])
    assert_claims(
        t.store,
        *claims,
        make_claim("project-rainier", "deployed_chips", 5e5, reported="2025-10-29", doc="r"),
    )
    t.close()
    return db_url


@pytest.fixture
def served(db: str, tmp_path: Path) -> Iterator[str]:
    with serving(db, tmp_path) as base:
        yield base


def test_serve_on_a_port_already_taken_is_one_line_and_never_claims_to_be_serving(
    db: str, tmp_path: Path
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("--db", db, "serve", "--port", str(port), cwd=tmp_path, timeout=60)
    assert result.returncode != 0
    assert "serving" not in result.stdout
    assert f"127.0.0.1:{port}" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


ENDPOINTS = [
    ("/api/state", 200),
    ("/api/state?as_of=2026-12-31&subject=tsmc", 200),
    ("/api/claims?all=true&limit=2", 200),
    ("/api/history/project-rainier?predicate=deployed_chips&by_recorded=true", 200),
    ("/api/diff?a=2025-10-01&b=2025-12-31", 200),
    ("/api/plans?as_of=2026-01-31", 200),
    ("/api/revisions/tsmc/capacity/2026-12-31", 200),
    ("/", 200),
    ("/api/state?as_of=2026-13-01", 400),
    ("/api/diff?a=yesterday&b=2025-12-31", 400),
    ("/api/revisions/tsmc/capacity/2026-31-12", 400),
    ("/api/claims?limit=-1", 400),
    ("/api/claims?subject=nvidai", 400),
    ("/api/history/nvidai", 400),
    ("/api/nosuch", 404),
]


def test_every_endpoint_answers_and_bad_arguments_are_a_400_saying_why(served: str) -> None:
    answers = {}
    for path, _status in ENDPOINTS:
        response = httpx.get(served + path, timeout=30)
        error = response.json().get("error") if response.status_code == 400 else None
        answers[path] = (response.status_code, isinstance(error, str) or error is None)
    assert {path: (status, True) for path, status in ENDPOINTS} == answers
