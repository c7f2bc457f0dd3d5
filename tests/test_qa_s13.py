"""Defects found by use, thirteenth QA pass: a new user's own English and Korean feeds
(revisions, a renamed guid, a deleted entry, EUC-KR and a BOM, odd dates, a huge entry)
served from a real local HTTP server and run through the real ``tracker`` console script,
on both databases where storage is involved.

Every sample sentence is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.cli_support import run_cli, start_cli
from tracker.store.migrate import SCHEMA_HEAD

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


# -- several inits at once on a fresh database ----------------------------------------------


def test_inits_started_together_on_a_fresh_database_all_succeed(
    backend: str, db_url_factory: Callable[[str], str], tmp_path: Path
) -> None:
    """Two daemons (or an operator's 'tracker init' and a daemon) starting together on a
    fresh PostgreSQL database both ran the migrations: one failed with 'database error:
    duplicate key value violates unique constraint "pg_type_typname_nsp_index"' (exit 3).
    Migrations now wait for each other, and the later ones find the schema at head."""
    url = db_url_factory(backend)
    runs = [start_cli("--db", url, "init", cwd=tmp_path) for _ in range(4)]
    finished = [(run.wait(timeout=120), *run.communicate()) for run in runs]

    expected = [(0, f"database ready at schema {SCHEMA_HEAD}\n", "")] * 4
    assert expected == finished
    verify = run_cli("--db", url, "verify", cwd=tmp_path)
    assert (verify.returncode, verify.stderr) == (0, "")
