"""Defects found by use, eighth QA pass.

Each test names what the user saw, through the real ``tracker`` console script in a
subprocess, on both databases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_support import event_count, run_cli


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


def test_ingest_of_an_article_file_stored_before_under_another_tier_is_refused_not_ignored(
    db_url: str, tmp_path: Path
) -> None:
    """``tracker ingest note.txt --tier press`` of a file ingested as ``company`` said '1
    article read, 0 new documents' and exit 0: the stored document kept its first tier,
    and the user believed it had changed. A feed's tier conflict was already refused; a
    file's is now too, before anything is written, even beside a new file in the same
    command."""
    note = tmp_path / "note.txt"
    note.write_text("Nvidia said on Monday it had shipped 1,000 GB300 racks.\n", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("AMD said on Tuesday it had shipped 500 MI355X racks.\n", encoding="utf-8")
    day = ("--published", "2026-11-20")
    first = run_cli("--db", db_url, "ingest", str(note), *day, "--tier", "company", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    before = event_count(db_url)
    refused = run_cli(
        "--db", db_url, "ingest", str(other), str(note), *day, "--tier", "press", cwd=tmp_path
    )
    assert refused.returncode == 1
    assert refused.stderr.endswith(
        "was ingested before as company; the document keeps that tier, so --tier press would "
        "change nothing stored (run without --tier to ingest it as company)\n"
    )
    assert before == event_count(db_url)
    for tier in (("--tier", "company"), ()):
        again = run_cli("--db", db_url, "ingest", str(note), *day, *tier, cwd=tmp_path)
        assert again.returncode == 0, again.stderr
    assert before == event_count(db_url)
