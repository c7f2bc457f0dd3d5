"""The read-only HTTP API and the timeline page, served by a real uvicorn on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn

from tests.projections_support import assert_claims, cowos_forecasts
from tracker.api import create_app
from tracker.app import Tracker


@pytest.fixture
def server(tracker_app: Tracker) -> Iterator[str]:
    claims = cowos_forecasts([("2025-03-10", 90000), ("2025-11-20", 130000)])
    assert_claims(tracker_app.store, *claims)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(tracker_app), host="127.0.0.1", port=port, log_level="error")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def test_state_and_revisions_answer_over_http(server: str) -> None:
    with httpx.Client(base_url=server) as client:
        state = client.get("/api/state", params={"as_of": "2026-12-31", "known_at": "2025-06-01"})
        revisions = client.get("/api/revisions/tsmc/capacity/2026-12-31")
    assert state.status_code == 200
    assert [e["claim"]["value"]["low"] for e in state.json()["entries"]] == [90000]
    assert [r["change"] for r in revisions.json()["rows"]] == [None, 40000]


def test_history_and_the_timeline_page_are_served(server: str) -> None:
    with httpx.Client(base_url=server) as client:
        history = client.get("/api/history/tsmc", params={"predicate": "capacity"})
        page = client.get("/")
    assert [r["kind"] for r in history.json()["rows"]] == ["asserted", "asserted"]
    assert page.status_code == 200
    assert "/api/history/" in page.text


def test_bad_arguments_are_a_400_with_the_reason(server: str) -> None:
    with httpx.Client(base_url=server) as client:
        bad = client.get("/api/state", params={"as_of": "someday"})
        writes = client.post("/api/state")
    assert bad.status_code == 400
    assert bad.json()["error"].startswith("as_of 'someday' cannot be read")
    assert writes.status_code == 405
