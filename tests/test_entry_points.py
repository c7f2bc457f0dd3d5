"""The ways in: the public API names, ``python -m tracker``, the console script, and what a
spawned parser process imports when it starts (the parent's main module again)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import tracker
from tests.cli_support import TRACKER


def test_every_public_name_resolves_and_an_unknown_one_is_an_attribute_error() -> None:
    from tracker import Tracker, TrackerError, make_tracker

    assert [getattr(tracker, name).__name__ for name in tracker.__all__] == tracker.__all__
    assert (Tracker.__module__, make_tracker.__module__, TrackerError.__module__) == (
        "tracker.app",
        "tracker.app",
        "tracker.errors",
    )
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = tracker.nope  # type: ignore[attr-defined]


def test_python_dash_m_tracker_is_the_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "--help"],
        capture_output=True,
        text=True,
        check=False,
        env={"COLUMNS": "100", "PATH": "/usr/bin:/bin"},
    )

    assert (result.returncode, "Usage:" in result.stdout) == (0, True), result.stderr


def test_a_parser_process_starts_without_the_app_or_the_database_layer() -> None:
    # multiprocessing's spawn runs the parent's main script again as __mp_main__, then
    # the worker's module: neither may pull in the app (most of a second a start)
    probe = (
        "import runpy, sys;"
        f"runpy.run_path({TRACKER!r}, run_name='__mp_main__');"
        "import tracker.ingest.workers;"
        "print(sorted(m for m in ('tracker.app', 'tracker.cli', 'sqlalchemy') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False
    )

    assert (result.returncode, result.stdout.strip()) == (0, "[]"), result.stderr
