"""``TRACKER_VOCABULARY_PATHS`` as users write it: one path, paths joined by the OS path
separator, or a JSON list. A plain path was read as JSON by the settings and stopped
every command with a pydantic-settings traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.cli_support import run_cli
from tracker.config import Settings
from tracker.extract import vocabulary_paths_of

_ENTITY = '[[entity]]\nid = "{id}"\nkind = "company"\nen = ["{name}"]\n'


def _vocabulary(folder: Path, entity_id: str, name: str) -> Path:
    path = folder / f"{entity_id}.toml"
    path.write_text(_ENTITY.format(id=entity_id, name=name), encoding="utf-8")
    return path


@pytest.mark.parametrize("form", ["one", "joined", "json"])
def test_the_cli_reads_vocabulary_paths_in_every_documented_form(tmp_path: Path, form: str) -> None:
    first = _vocabulary(tmp_path, "qa-vocab-one", "Qavocabone")
    second = _vocabulary(tmp_path, "qa-vocab-two", "Qavocabtwo")
    value = {
        "one": str(first),
        "joined": os.pathsep.join([str(first), str(second)]),
        "json": json.dumps([str(first), str(second)]),
    }[form]
    db = f"sqlite:///{tmp_path / 'v.db'}"
    assert run_cli("--db", db, "init", cwd=tmp_path).returncode == 0
    env = {"TRACKER_VOCABULARY_PATHS": value}
    known = ["qa-vocab-one"] if form == "one" else ["qa-vocab-one", "qa-vocab-two"]
    for entity in known:
        result = run_cli("--db", db, "state", "--subject", entity, cwd=tmp_path, env=env)
        assert result.returncode == 0, result.stderr
        assert f"no claim about {entity} is in the log" in result.stdout


def test_a_broken_json_list_is_one_error_line_naming_the_variable(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'v.db'}"
    env = {"TRACKER_VOCABULARY_PATHS": '["a.toml", '}
    result = run_cli("--db", db, "init", cwd=tmp_path, env=env)
    assert result.returncode == 2
    assert result.stderr.startswith("error: TRACKER_VOCABULARY_PATHS=")
    assert "is not a JSON list" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_settings_read_the_forms_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_VOCABULARY_PATHS", f"a.toml{os.pathsep}vocab/")
    assert Settings().vocabulary_paths == ["a.toml", "vocab/"]
    monkeypatch.setenv("TRACKER_VOCABULARY_PATHS", '["a.toml", "vocab/"]')
    assert Settings().vocabulary_paths == ["a.toml", "vocab/"]
    assert Settings(vocabulary_paths=["x.toml"]).vocabulary_paths == ["x.toml"]
    with pytest.raises(ValueError, match="list of paths"):
        vocabulary_paths_of("[1, 2]")


_PATH = st.text(
    st.characters(blacklist_characters=os.pathsep + "[", blacklist_categories=("Cs", "Cc")),
    min_size=1,
).filter(lambda p: p.strip() == p)


@given(st.lists(_PATH, min_size=1, max_size=5))
def test_a_json_list_and_the_joined_form_give_the_same_paths(paths: list[str]) -> None:
    assert vocabulary_paths_of(json.dumps(paths)) == paths
    assert vocabulary_paths_of(os.pathsep.join(paths)) == paths
