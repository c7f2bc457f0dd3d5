"""Old code against new in fresh processes: what the paired benchmarks share
(``benchmarks/rebuild.py``, ``benchmarks/history_fill.py``).

A revision's ``tracker`` package is exported to a folder, and each measured run is the
benchmark module itself with ``--once``, in a fresh process whose ``tracker`` is that
folder's, printing its figures as JSON on its last line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def export(rev: str, into: Path) -> Path:
    """The ``tracker`` package of ``rev``, exported under ``into``."""
    into.mkdir(exist_ok=True)
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "tracker"], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def run_in(code: Path, module: str, url: str) -> dict[str, Any]:
    """One ``python -m module --once --url url`` in a fresh process whose ``tracker`` is
    ``code``'s; its figures (the last line of its output, JSON)."""
    env = {**os.environ, "PYTHONPATH": f"{code}{os.pathsep}{ROOT}"}
    done = subprocess.run(
        [sys.executable, "-m", module, "--once", "--url", url],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        cwd=str(code),
    )
    if done.returncode:
        raise SystemExit(f"{module} in {code} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]
