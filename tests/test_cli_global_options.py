"""``--db`` and ``--debug`` work before or after the command, as users write them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_support import run_cli
from tracker.cli import hoist_global_options


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["state", "--db", "sqlite:///a.db"], ["--db", "sqlite:///a.db", "state"]),
        (["--db", "sqlite:///a.db", "state"], ["--db", "sqlite:///a.db", "state"]),
        (["init", "--db=sqlite:///a.db", "--debug"], ["--db=sqlite:///a.db", "--debug", "init"]),
        (["claims", "--json"], ["claims", "--json"]),
        # after "--" everything is an argument
        (["retract", "--", "--db"], ["retract", "--", "--db"]),
    ],
)
def test_global_options_move_before_the_command(argv: list[str], expected: list[str]) -> None:
    assert hoist_global_options(argv) == expected


def test_db_after_the_command_is_the_database_used(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'after.db'}"
    created = run_cli("init", "--db", url, cwd=tmp_path)
    listed = run_cli("feeds", "list", "--db", url, "--json", cwd=tmp_path)
    assert (created.returncode, listed.returncode, listed.stdout.strip()) == (0, 0, "[]")
    assert (tmp_path / "after.db").exists()
    assert not (tmp_path / "tracker.db").exists()
