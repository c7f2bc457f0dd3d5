"""Defects found by use, eighth QA pass.

Each test names what the user saw, through the real ``tracker`` console script in a
subprocess, on both databases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_support import run_cli


@pytest.mark.parametrize(
    ("command", "title"),
    [
        (("plans", "--as-of", "2026-01-31"), "plans due by 2026-01-31"),
        (("state", "--as-of", "2026-01-31"), "state as of 2026-01-31"),
        (
            ("revisions", "tsmc", "capacity", "2026-12-31"),
            "revisions of tsmc capacity for 2026-12-31",
        ),
        (("history", "tsmc", "capacity"), "history of tsmc capacity"),
    ],
)
def test_an_empty_answer_says_nothing_to_show_instead_of_a_header_over_blank_rows(
    db_url: str, tmp_path: Path, command: tuple[str, ...], title: str
) -> None:
    """On a fresh database ``tracker plans`` printed its title, a row of column names and
    blank space: it read like a table whose rows failed to print."""
    assert run_cli("--db", db_url, "init", cwd=tmp_path).returncode == 0
    result = run_cli("--db", db_url, *command, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = [line.strip() for line in result.stdout.splitlines() if line.strip()]
    assert [title, "nothing to show"] == lines[:2]
    assert "modality" not in result.stdout
