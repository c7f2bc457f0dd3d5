"""Curation and queries through the real ``tracker`` command: retract, rank, claim add,
the read commands with ``--json``, projections rebuild, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_support import run_cli
from tests.projections_support import assert_claims, deadline, make_claim
from tracker.app import Tracker
from tracker.store.engine import make_engine

SPEC_FIELDS = {
    "claim_id",
    "subject",
    "predicate",
    "qualifiers",
    "object",
    "value",
    "modality",
    "valid",
    "reported_at",
    "lane",
    "source",
    "confidence",
    "asserted_by",
}


@pytest.fixture
def seeded(db_url: str, tmp_path: Path) -> tuple[str, list[str]]:
    """A database with Rainier's actual and plan, and two disagreeing spec claims."""
    t = Tracker(make_engine(db_url))
    q = {"chip": "trainium2"}
    claims = [
        make_claim(
            "project-rainier",
            "deployed_chips",
            500000,
            qualifiers=q,
            reported="2025-10-29",
            doc="a",
        ),
        make_claim(
            "project-rainier",
            "deployed_chips",
            1e6,
            qualifiers=q,
            reported="2025-10-29",
            doc="a",
            modality="planned",
            valid=deadline("2025-12-31"),
        ),
        make_claim(
            "ironwood", "peak_compute", 4.6e15, unit="FLOP/s", reported="2025-11-06", doc="p"
        ),
        make_claim(
            "ironwood",
            "peak_compute",
            5e15,
            unit="FLOP/s",
            reported="2025-11-07",
            doc="r",
            tier="rumor",
        ),
    ]
    assert_claims(t.store, *claims)
    t.close()
    return db_url, [c.claim_id for c in claims]


def cli(db: str, cwd: Path, *args: str) -> object:
    done = run_cli("--db", db, *args, cwd=cwd)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout) if "--json" in args else done.stdout


def test_state_json_uses_the_spec_field_names_in_both_lanes(
    seeded: tuple[str, list[str]], tmp_path: Path
) -> None:
    db, _ = seeded
    answer = cli(
        db, tmp_path, "state", "--as-of", "2025-11-15", "--subject", "project-rainier", "--json"
    )
    assert isinstance(answer, dict)
    assert [(e["lane"], e["claim"]["value"]["low"]) for e in answer["entries"]] == [
        ("actual", 500000),
        ("expected", 1e6),
    ]
    assert set(answer["entries"][0]["claim"]) >= SPEC_FIELDS
    assert answer["rules_version"] == "resolution/2"


def test_rank_and_retract_change_the_answer_and_show_in_history(
    seeded: tuple[str, list[str]], tmp_path: Path
) -> None:
    db, ids = seeded
    rumor = ids[3]

    def spec() -> float:
        answer = cli(db, tmp_path, "state", "--subject", "ironwood", "--json")
        return answer["entries"][0]["claim"]["value"]["low"]  # type: ignore[index, no-any-return]

    assert spec() == 4.6e15
    cli(db, tmp_path, "rank", rumor, "preferred", "--reason", "vendor data sheet", "--by", "kim")
    assert spec() == 5e15
    cli(db, tmp_path, "retract", rumor, "--reason", "misread the sheet", "--by", "kim")
    assert spec() == 4.6e15
    history = cli(db, tmp_path, "history", "ironwood", "peak_compute", "--json")
    marks = [(r["kind"], r["by"], r["reason"]) for r in history["rows"] if r["kind"] != "asserted"]  # type: ignore[index]
    assert marks == [
        ("ranked", "user:kim", "vendor data sheet"),
        ("retracted", "user:kim", "misread the sheet"),
    ]
    listed = cli(db, tmp_path, "claims", "--subject", "ironwood", "--all", "--json")
    assert sorted(c["status"] for c in listed["claims"]) == ["active", "retracted"]  # type: ignore[index]


def test_claim_add_then_plans_and_revisions_answer(
    seeded: tuple[str, list[str]], tmp_path: Path
) -> None:
    db, _ = seeded
    added = cli(
        db,
        tmp_path,
        "claim",
        "add",
        "project-rainier",
        "deployed_chips",
        "--value",
        "1000000",
        "-q",
        "chip=trainium2",
        "--at",
        "2025-12-20",
        "--note",
        "site visit",
        "--json",
    )
    assert added["source"]["tier"] == "user"  # type: ignore[index]
    plans = cli(db, tmp_path, "plans", "--as-of", "2026-01-05", "--json")
    assert [p["verdict"] for p in plans["plans"]] == ["fulfilled"]  # type: ignore[index]
    revisions = cli(
        db, tmp_path, "revisions", "project-rainier", "deployed_chips", "2025-12-31", "--json"
    )
    assert [r["claim"]["modality"] for r in revisions["rows"]] == ["planned"]  # type: ignore[index]
    diff = cli(db, tmp_path, "diff", "2025-10-01", "2025-11-30", "--as-of", "2025-11-15", "--json")
    assert len(diff["gained"]) == 3  # type: ignore[index]


def test_projections_rebuild_keeps_the_answers(
    seeded: tuple[str, list[str]], tmp_path: Path
) -> None:
    db, _ = seeded
    before = cli(db, tmp_path, "state", "--as-of", "2025-11-15", "--json")
    assert "rebuilt claims: 4 events" in str(cli(db, tmp_path, "projections", "rebuild"))
    assert cli(db, tmp_path, "state", "--as-of", "2025-11-15", "--json") == before
    table = cli(db, tmp_path, "state", "--as-of", "2025-11-15")
    assert "project-rainier" in str(table)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("state", "--known-at", "last tuesday"), "--known-at 'last tuesday' cannot be read"),
        (("retract", "c_nope", "--reason", "x"), "no claim 'c_nope'"),
        (("rank", "c_nope", "best", "--reason", "x"), "rank must be one of"),
        (("claim", "add", "aws", "adopts", "--object", "cuda", "--note", " "), "give a source"),
        (
            ("claim", "add", "aws", "deployd_chips", "--value", "5", "--note", "n"),
            "unknown predicate 'deployd_chips' (did you mean 'deployed_chips'?)",
        ),
        (
            ("claim", "add", "amazn", "adopts", "--object", "cuda", "--note", "n"),
            "unknown subject entity 'amazn' (did you mean 'amazon'?)",
        ),
        (
            ("claim", "add", "meta", "adopts", "--note", "n"),
            "adopts relates two entities: give --object",
        ),
        (
            ("claim", "add", "meta", "adopts", "--object", "tpuu", "--note", "n"),
            "unknown object entity 'tpuu'",
        ),
        (
            ("claim", "add", "aws", "investment", "--value", "5", "--unit", "count", "--note", "n"),
            "investment is counted in 'USD', not 'count'",
        ),
        (
            (
                "claim",
                "add",
                "aws",
                "deployed_chips",
                "--value",
                "5",
                "-q",
                "gpu=h100",
                "--note",
                "n",
            ),
            "deployed_chips takes no qualifier 'gpu' (allowed: chip)",
        ),
        (
            ("claim", "add", "project-rainier", "located_in", "--value", "5", "--note", "n"),
            "located_in takes no number",
        ),
        (
            ("claim", "add", "project-rainier", "located_in", "--note", "n"),
            "located_in takes a text value",
        ),
        (("claim", "add", "aws", "deployed_chips", "--note", "n"), "deployed_chips takes a number"),
        (
            (
                "claim",
                "add",
                "aws",
                "deployed_chips",
                "--value",
                "5",
                "--bound",
                "some",
                "--note",
                "n",
            ),
            "--bound must be one of exact, at-least, at-most",
        ),
        (
            (
                "claim",
                "add",
                "aws",
                "deployed_chips",
                "--value",
                "5",
                "--reported",
                "2999-01-01",
                "--note",
                "n",
            ),
            "is in the future",
        ),
        (
            (
                "claim",
                "add",
                "aws",
                "deployed_chips",
                "--value",
                "5",
                "--reported",
                "soon",
                "--note",
                "n",
            ),
            "--reported 'soon' cannot be read",
        ),
        (
            ("claim", "add", "aws", "deployed_chips", "--value", "nan", "--note", "n"),
            "--value must be a finite number",
        ),
        (
            ("claim", "add", "aws", "deployed_chips", "--value", "-5", "--note", "n"),
            "deployed_chips cannot be negative",
        ),
        (
            ("claim", "add", "project-rainier", "located_in", "--text", " ", "--note", "n"),
            "--text is empty",
        ),
        (
            (
                "claim",
                "add",
                "aws",
                "deployed_chips",
                "--value",
                "5",
                "-q",
                "chip=trainum2",
                "--note",
                "n",
            ),
            "unknown 'chip' entity 'trainum2' (did you mean 'trainium2'?)",
        ),
        (
            (
                "claim",
                "add",
                "meta",
                "adopts",
                "--object",
                "ironwood",
                "-q",
                "mode=hybrid",
                "--note",
                "n",
            ),
            "qualifier mode is one of cloud, on-prem, not 'hybrid'",
        ),
        (("claims", "--known-at", "0999-01-01"), "is before the year 1000"),
    ],
)
def test_bad_arguments_are_one_line_errors(
    seeded: tuple[str, list[str]], tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    db, _ = seeded
    done = run_cli("--db", db, *args, cwd=tmp_path)
    assert done.returncode != 0
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_users_claim_takes_its_unit_bound_and_report_time(
    seeded: tuple[str, list[str]], tmp_path: Path
) -> None:
    db, _ = seeded
    added = cli(
        db,
        tmp_path,
        "claim",
        "add",
        "amazon",
        "investment",
        "--value",
        "8e9",
        "-q",
        "target=anthropic",
        "--bound",
        "at-least",
        "--approx",
        "--reported",
        "2025-11-20",
        "--note",
        "filing, page 12",
        "--json",
    )
    assert (added["value"], added["reported_at"], added["valid"]["start"]) == (  # type: ignore[index]
        {"low": 8e9, "high": 8e9, "unit": "USD", "approx": True, "bound": "at-least"},
        "2025-11-20T00:00:00Z",
        "2025-11-20",
    )
    before = cli(
        db, tmp_path, "claims", "--subject", "amazon", "--known-at", "2025-11-19", "--json"
    )
    after = cli(db, tmp_path, "claims", "--subject", "amazon", "--known-at", "2025-11-20", "--json")
    assert (len(before["claims"]), len(after["claims"])) == (0, 1)  # type: ignore[index, arg-type]


def test_a_refused_users_claim_writes_nothing(
    seeded: tuple[str, list[str]], tmp_path: Path
) -> None:
    db, _ = seeded
    t = Tracker(make_engine(db))
    head = t.store.last_position()
    done = run_cli(
        "--db",
        db,
        "claim",
        "add",
        "nvidai",
        "deployed_chips",
        "--value",
        "1",
        "--note",
        "n",
        cwd=tmp_path,
    )
    assert (done.returncode, t.store.last_position()) == (2, head)
    t.close()


def test_a_users_claim_with_a_bad_valid_time_writes_nothing(
    seeded: tuple[str, list[str]], tmp_path: Path
) -> None:
    db, _ = seeded
    done = run_cli(
        "--db",
        db,
        "claim",
        "add",
        "s",
        "p",
        "--note",
        "n",
        "--between",
        "2025-12-01..2025-01-01",
        cwd=tmp_path,
    )
    assert done.returncode != 0
    assert "is after" in done.stderr
    t = Tracker(make_engine(db))
    assert t.claims(subject="s").claims == []
    t.close()


def test_a_claims_table_says_when_it_shows_only_the_first_rows(
    seeded: tuple[str, list[str]], tmp_path: Path
) -> None:
    db, _ = seeded
    first = str(cli(db, tmp_path, "claims", "--limit", "1"))
    every = str(cli(db, tmp_path, "claims", "--limit", "0"))
    assert ("first 1 claims" in first, "4 claims" in every) == (True, True)
    assert len(cli(db, tmp_path, "claims", "--json")["claims"]) == 4  # type: ignore[index, arg-type]


def test_a_claims_table_keeps_each_claim_id_on_one_line(
    seeded: tuple[str, list[str]], tmp_path: Path
) -> None:
    db, ids = seeded
    table = str(cli(db, tmp_path, "claims"))
    assert [any(i in line for line in table.splitlines()) for i in ids] == [True] * len(ids)


def test_one_subject_state_answers_on_a_database_missing_its_covering_index(
    tmp_path: Path,
) -> None:
    # SQLite only: the index hint (INDEXED BY) is SQLite's; PostgreSQL plans on its own
    db = f"sqlite:///{tmp_path / 'hint.db'}"
    t = Tracker(make_engine(db))
    t.init()
    assert_claims(t.store, make_claim("project-rainier", "deployed_chips", 5e5, doc="a"))
    t.close()
    before = cli(db, tmp_path, "state", "--subject", "project-rainier", "--json")
    assert len(before["entries"]) == 1  # type: ignore[index, arg-type]
    engine = make_engine(db)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_claims_subject_horizon")
    engine.dispose()
    assert cli(db, tmp_path, "state", "--subject", "project-rainier", "--json") == before


def test_a_rank_that_changes_nothing_is_refused_and_records_nothing(
    seeded: tuple[str, list[str]], tmp_path: Path
) -> None:
    """As a second retraction is: ranking a claim preferred twice appended a second
    identical event, a history row that read like a new decision (QA, session 6)."""
    db, ids = seeded
    rumor = ids[3]
    cli(db, tmp_path, "rank", rumor, "preferred", "--reason", "vendor data sheet")
    again = run_cli("--db", db, "rank", rumor, "preferred", "--reason", "again", cwd=tmp_path)
    normal = run_cli("--db", db, "rank", ids[2], "normal", "--reason", "as is", cwd=tmp_path)

    assert (again.returncode, again.stdout) == (1, "")
    assert f"claim {rumor} is already preferred; nothing recorded" in again.stderr
    assert normal.returncode == 1
    assert "already normal" in normal.stderr
    history = cli(db, tmp_path, "history", "ironwood", "peak_compute", "--json")
    ranks = [r["reason"] for r in history["rows"] if r["kind"] == "ranked"]  # type: ignore[index]
    assert ranks == ["vendor data sheet"]
    back = run_cli("--db", db, "rank", rumor, "normal", "--reason", "second look", cwd=tmp_path)
    assert back.returncode == 0, back.stderr
