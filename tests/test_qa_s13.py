"""Defects found by use, thirteenth QA pass: a new user's own English and Korean feeds
(revisions, a renamed guid, a deleted entry, EUC-KR and a BOM, odd dates, a huge entry)
served from a real local HTTP server and run through the real ``tracker`` console script,
on both databases where storage is involved.

Every sample sentence is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from tests.cli_support import run_cli

# -- the daemon on a database it cannot write ------------------------------------------------


def test_daemon_on_a_read_only_database_refuses_to_start_in_one_line(tmp_path: Path) -> None:
    """'tracker --db sqlite:///x.db?mode=ro daemon' started, logged 'daemon.started' and
    then a 'daemon.tick_crashed' traceback ('attempt to write a readonly database') every
    tick, for as long as it ran: a daemon that can never poll looked alive. Every other
    command that writes refuses such a database in one line."""
    url = f"sqlite:///{tmp_path / 'ro.db'}"
    assert run_cli("--db", url, "init", cwd=tmp_path).returncode == 0

    result = run_cli("--db", url + "?mode=ro", "daemon", "--tick", "1", cwd=tmp_path, timeout=60)

    assert result.returncode == 2
    assert "open read-only here" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "daemon.started" not in result.stderr
