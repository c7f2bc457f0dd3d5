"""Tables as a user reads them: an 80-column terminal, a pipe, every column kept.

Found in a QA pass: at 80 columns rich dropped whole columns (a ``claims`` table showed
claim ids and dates but no subject, predicate, value or source). A table too wide for the
screen now prints one record per row instead, every field named.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_support import run_cli
from tests.projections_support import assert_claims, deadline, make_claim
from tracker.app import Tracker
from tracker.cli.common import grid, render_lines
from tracker.store.engine import make_engine


@pytest.fixture
def db(db_url: str) -> str:
    t = Tracker(make_engine(db_url))
    t.init()
    assert_claims(
        t.store,
        make_claim(
            "project-rainier",
            "deployed_chips",
            500000,
            qualifiers={"chip": "trainium2"},
            reported="2025-10-29",
            doc="a",
        ),
        make_claim(
            "project-rainier",
            "deployed_chips",
            1e6,
            qualifiers={"chip": "trainium2"},
            reported="2025-10-29",
            doc="a",
            modality="planned",
            valid=deadline("2025-12-31"),
        ),
    )
    t.close()
    return db_url


def _table(db: str, tmp_path: Path, columns: int, *args: str) -> str:
    result = run_cli("--db", db, *args, cwd=tmp_path, env={"COLUMNS": str(columns)})
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("claims",),
        ("state", "--as-of", "2025-11-15"),
        ("history", "project-rainier"),
        ("plans", "--as-of", "2026-01-31"),
    ],
)
def test_an_80_column_table_keeps_every_field_and_no_line_is_wider(
    db: str, tmp_path: Path, args: tuple[str, ...]
) -> None:
    text = _table(db, tmp_path, 80, *args)
    assert max(len(line.rstrip()) for line in text.splitlines()) <= 80
    assert ("project-rainier" in text, "deployed_chips" in text, "500,000" in text) == (
        True,
        True,
        True,
    )


def test_a_claims_table_at_80_columns_names_subject_value_and_source_per_claim(
    db: str, tmp_path: Path
) -> None:
    text = _table(db, tmp_path, 80, "claims")
    for field in ("subject", "predicate", "value", "source", "status"):
        assert field in text


def test_a_wide_table_stays_a_table_when_it_fits() -> None:
    table = grid("name", "url")
    table.add_row("aws", "file:///tmp/aws.rss")
    lines = render_lines(table, 80)
    assert lines[0].split() == ["name", "url"]


def test_a_table_too_wide_for_the_screen_prints_one_record_per_row() -> None:
    table = grid("claim", "modality", "valid", "reported", "subject", "value", title="t")
    table.add_row("c_" + "a" * 24, "considering", "from 2026-01-01", "2025-11-25", "meta", "x y")
    lines = render_lines(table, 60)
    assert max(len(line) for line in lines) <= 60
    assert any(line.split() == ["subject", "meta"] for line in lines)
    assert any(line.split() == ["claim", "c_" + "a" * 24] for line in lines)


def test_a_state_table_names_every_clock_it_was_asked_with(db: str, tmp_path: Path) -> None:
    text = _table(
        db,
        tmp_path,
        200,
        "state",
        "--as-of",
        "2025-11-15",
        "--known-at",
        "2025-11-01",
        "--recorded-by",
        "2030-01-01",
    )
    (title,) = [line.strip() for line in text.splitlines() if line.strip().startswith("state")]
    assert title == "state as of 2025-11-15, known at 2025-11-01, recorded by 2030-01-01"
    assert "2 entries;" in text


def test_the_state_table_counts_alternatives_and_json_lists_them(
    db_url: str, tmp_path: Path
) -> None:
    """The table reads the counted state (the quick path for today's industry); --json
    still lists every alternative."""
    t = Tracker(make_engine(db_url))
    t.init()
    assert_claims(
        t.store,
        make_claim("meta", "deployed_chips", 350000, qualifiers={"chip": "h100"}, doc="a"),
        make_claim("meta", "deployed_chips", 360000, qualifiers={"chip": "h100"}, doc="b"),
    )
    t.close()
    table = _table(db_url, tmp_path, 200, "state", "--subject", "meta")
    listed = run_cli("--db", db_url, "state", "--subject", "meta", "--json", cwd=tmp_path)
    [entry] = json.loads(listed.stdout)["entries"]
    assert "(+1 alt.)" in table
    assert len(entry["alternatives"]) == 1
