"""`tracker init` and `tracker verify` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_support import run_cli
from tests.store_support import noted
from tracker.store.engine import WRITE, make_engine
from tracker.store.sql import SqlEventStore


def test_init_then_verify_on_the_default_sqlite_file(tmp_path: Path) -> None:
    init = run_cli("init", cwd=tmp_path)
    verify = run_cli("verify", "--json", cwd=tmp_path)

    assert init.returncode == 0, init.stderr
    assert (tmp_path / "tracker.db").exists()
    assert verify.returncode == 0, verify.stderr
    assert json.loads(verify.stdout)["ok"] is True


def test_init_twice_is_harmless(tmp_path: Path) -> None:
    assert run_cli("init", cwd=tmp_path).returncode == 0
    assert run_cli("init", cwd=tmp_path).returncode == 0


def test_commands_on_an_uninitialized_database_say_to_run_init(tmp_path: Path) -> None:
    result = run_cli("--db", f"sqlite:///{tmp_path / 'empty.db'}", "verify", cwd=tmp_path)

    assert result.returncode != 0
    assert "tracker init" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "empty.db").exists()


def test_an_unusable_database_url_is_one_clear_line(tmp_path: Path) -> None:
    result = run_cli("--db", "mysql://nobody@nowhere/db", "init", cwd=tmp_path)

    assert result.returncode != 0
    assert "unsupported database" in result.stderr
    assert "Traceback" not in result.stderr


def test_env_var_chooses_the_database_and_db_flag_overrides_it(tmp_path: Path) -> None:
    env = {"TRACKER_DATABASE_URL": f"sqlite:///{tmp_path / 'env.db'}"}
    run_cli("init", cwd=tmp_path, env=env)
    run_cli("--db", f"sqlite:///{tmp_path / 'flag.db'}", "init", cwd=tmp_path, env=env)

    assert (tmp_path / "env.db").exists()
    assert (tmp_path / "flag.db").exists()
    assert not (tmp_path / "tracker.db").exists()


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_verify_exits_1_naming_the_first_broken_position(tmp_path: Path, db_url: str) -> None:
    engine = make_engine(db_url)
    SqlEventStore(engine).append("s", 0, [noted(i) for i in range(5)])
    with engine.connect() as conn:
        conn.execution_options(**WRITE)
        with conn.begin():
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql("DROP TRIGGER events_no_update")
            else:
                conn.exec_driver_sql("DROP TRIGGER events_append_only ON events")
            conn.exec_driver_sql("UPDATE events SET payload = '{\"n\":7}' WHERE position = 3")
    engine.dispose()

    result = run_cli("--db", db_url, "verify", cwd=tmp_path)

    assert result.returncode == 1
    assert "position 3" in result.stderr
