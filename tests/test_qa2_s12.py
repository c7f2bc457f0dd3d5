"""Defects found by an analyst's use, twelfth session (QA 2): a small story of Project
Rainier's chip count and TSMC's CoWoS plan and forecasts, asked through the real
``tracker`` console script; and reading a database opened read-only.

Every article here is written for these tests.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

import tracker.store.engine as engine_module
from tests.cli_support import run_cli
from tracker.app import make_tracker
from tracker.domain.claims import Quantity
from tracker.errors import StoreError
from tracker.store.engine import is_read_only, make_engine

ARTICLES = {
    "plan.txt": (
        "2025-06-10",
        "company",
        "Rainier grows\n\nAmazon Web Services said on Tuesday that Project Rainier now "
        "runs about 500,000 Trainium2 chips.\nAWS plans to have 1,000,000 Trainium2 chips "
        "in Project Rainier by the end of 2025.\n",
    ),
    "again.txt": (
        "2025-12-01",
        "company",
        "Rainier target kept\n\nAWS plans to have 1,000,000 Trainium2 chips in Project "
        "Rainier by the end of 2025.\n",
    ),
    "one.txt": (
        "2025-11-05T08:00Z",
        "press",
        "Rainier count climbs\n\nProject Rainier now runs 800,000 Trainium2 chips, a "
        "person at Amazon Web Services told reporters on Wednesday.\n",
    ),
    "two.txt": (
        "2025-11-05T12:00Z",
        "press",
        "Rainier at 820,000\n\nProject Rainier now runs 820,000 Trainium2 chips, Amazon "
        "Web Services said.\n",
    ),
}


def _cli(db: str, tmp_path: Path, *args: str) -> Any:
    result = run_cli("--db", db, *args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return result


def _story(db: str, tmp_path: Path, *names: str) -> None:
    _cli(db, tmp_path, "init")
    for name in names:
        published, tier, text = ARTICLES[name]
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        _cli(db, tmp_path, "ingest", str(path), "--published", published, "--tier", tier)


# -- plans: two reports of one plan were two identical rows ---------------------------------


def test_plans_table_names_each_plans_qualifiers_report_date_and_source(
    db_url: str, tmp_path: Path
) -> None:
    """'tracker plans' showed the June plan and its December repetition as two identical
    rows ('deployed_chips  1,000,000 count  pending ...'), without the chip qualifier:
    nothing told the analyst which report each row was. Each row now names the
    qualifiers, the report date and the source."""
    _story(db_url, tmp_path, "plan.txt", "again.txt")
    text = _cli(db_url, tmp_path, "plans", "--as-of", "2026-03-01").stdout
    rows = [line for line in text.splitlines() if "2025-12-31" in line]
    assert len(rows) == 2, text
    assert "plan.txt" in rows[0]
    assert "2025-06-10" in rows[0]
    assert "again.txt" in rows[1]
    assert "2025-12-01" in rows[1]
    assert "(chip=trainium2)" in text


# -- every table says its rules version, as --json does ---------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("claims",),
        ("history", "project-rainier"),
        ("diff", "2025-06-01", "2025-07-01", "--as-of", "2025-06-30"),
        ("plans", "--as-of", "2026-03-01"),
        ("revisions", "project-rainier", "deployed_chips", "2025-12-31"),
    ],
)
def test_every_query_table_states_the_rules_version(
    db_url: str, tmp_path: Path, args: tuple[str, ...]
) -> None:
    """SPEC §5: each answer says which version of the resolution rules produced it. The
    JSON answers did; of the tables only 'state' did."""
    _story(db_url, tmp_path, "plan.txt")
    version = json.loads(_cli(db_url, tmp_path, *args, "--json").stdout)["rules_version"]
    assert version in _cli(db_url, tmp_path, *args).stdout


# -- a dispute is shown with both sources ---------------------------------------------------


def test_state_table_shows_what_a_disputed_entry_is_disputed_with(
    db_url: str, tmp_path: Path
) -> None:
    """Two press reports of one day disagree (800,000 and 820,000 chips): the table said
    '820,000 count disputed (+1 alt.)' and the other source was only in --json. SPEC §5
    marks a dispute 'with both sources'."""
    _story(db_url, tmp_path, "one.txt", "two.txt")
    args = ("state", "--as-of", "2025-11-10", "--subject", "project-rainier")
    answer = json.loads(_cli(db_url, tmp_path, *args, "--json").stdout)
    disputed = [e for e in answer["entries"] if e["disputed"]]
    assert len(disputed) == 1
    text = _cli(db_url, tmp_path, *args).stdout
    assert "disputed with 800,000 count (press: one.txt)" in " ".join(text.split())


# -- a read-only database ---------------------------------------------------------------------


def _lagging_copy(tmp_path: Path) -> tuple[Path, str]:
    """A SQLite database whose projection stands one event behind its log (a copy taken
    while the daemon was between an append and its catch-up), checkpointed so that the
    file alone holds it."""
    path = tmp_path / "copy.db"
    url = f"sqlite:///{path}"
    _story(url, tmp_path, "plan.txt")
    with make_tracker(url) as t:
        t.curation.add(
            "project-rainier",
            "deployed_chips",
            note="AWS call of 30 Dec",
            value=Quantity(low=1_000_000, high=1_000_000, unit="count"),
            qualifiers={"chip": "trainium2"},
        )
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path, url


def _files(path: Path) -> dict[str, bytes]:
    """The database file and its -wal (the -shm is shared memory readers mark)."""
    found = sorted(path.parent.glob(path.name + "*"))
    return {p.name: p.read_bytes() for p in found if not p.name.endswith("-shm")}


@pytest.mark.parametrize("command", ["state", "claims", "history", "verify"])
def test_read_only_url_answers_without_writing_and_names_the_lag(
    tmp_path: Path, command: str
) -> None:
    """'?mode=ro' on a SQLite URL opens the file read-only: queries answer from the
    projection as it stands (catching up writes), stderr says how far it lags, --json
    carries 'projection_lag', and the file is left byte for byte as it was."""
    path, url = _lagging_copy(tmp_path)
    before = _files(path)
    args = [command] + (["project-rainier"] if command == "history" else [])
    result = run_cli("--db", url + "?mode=ro", *args, "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    if command != "verify":
        lag = answer["projection_lag"]
        assert (lag["read_only"], lag["projections"]["claims"]["behind"]) == (True, 1)
        assert "1 event behind the log" in result.stderr
    assert before == _files(path)


def test_read_only_answer_leaves_out_the_events_the_projection_has_not_seen(
    tmp_path: Path,
) -> None:
    _path, url = _lagging_copy(tmp_path)
    ro = _cli(url + "?mode=ro", tmp_path, "claims", "--subject", "project-rainier", "--json")
    notes = [c["source"]["note"] for c in json.loads(ro.stdout)["claims"]]
    assert "AWS call of 30 Dec" not in notes
    rw = _cli(url, tmp_path, "claims", "--subject", "project-rainier", "--json")
    assert "AWS call of 30 Dec" in [c["source"]["note"] for c in json.loads(rw.stdout)["claims"]]
    assert "projection_lag" not in json.loads(rw.stdout)


def test_a_write_on_a_read_only_database_says_so_in_one_line(tmp_path: Path) -> None:
    _path, url = _lagging_copy(tmp_path)
    claim = json.loads(_cli(url, tmp_path, "claims", "--json").stdout)["claims"][0]
    result = run_cli(
        "--db", url + "?mode=ro", "retract", claim["claim_id"], "--reason", "r", cwd=tmp_path
    )
    assert result.returncode != 0
    assert "open read-only here" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unwritable_folder_opens_read_only_and_immutable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy on a read-only share: neither the file nor its folder can be written, so
    SQLite cannot create the -shm file WAL readers need ('unable to open database file'
    before). With no -wal holding commits, nothing can be writing: it is opened
    immutable, and answers."""
    path, url = _lagging_copy(tmp_path)
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    monkeypatch.setattr(engine_module.os, "access", lambda *_a, **_k: False)
    with make_tracker(url) as t:
        assert is_read_only(t.engine)
        answer = t.claims(subject="project-rainier")
        assert answer.claims
    assert not path.with_name(path.name + "-shm").exists()


def test_unwritable_folder_with_commits_in_the_wal_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, url = _lagging_copy(tmp_path)
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    path.with_name(path.name + "-wal").write_bytes(b"x" * 32)
    monkeypatch.setattr(engine_module.os, "access", lambda *_a, **_k: False)
    with pytest.raises(Exception, match="cannot read without"):
        make_engine(url)


def test_read_only_engine_refuses_appends_with_a_store_error(tmp_path: Path) -> None:
    _path, url = _lagging_copy(tmp_path)
    with make_tracker(url + "?mode=ro") as t, pytest.raises(StoreError, match="read-only"):
        t.curation.add(
            "project-rainier",
            "deployed_chips",
            note="n",
            value=Quantity(low=1, high=1, unit="count"),
            qualifiers={"chip": "trainium2"},
        )


def test_read_only_http_answers_carry_the_lag(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from tracker.api import create_app

    _path, url = _lagging_copy(tmp_path)
    with make_tracker(url + "?mode=ro") as t:
        response = TestClient(create_app(t)).get("/api/claims")
    assert response.status_code == 200
    assert (
        response.headers["X-Tracker-Read-Only"],
        response.headers["X-Tracker-Projection-Lag"],
    ) == ("1", "1")
