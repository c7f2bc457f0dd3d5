"""Run the real ``tracker`` console script as a user would, in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TRACKER = str(Path(sys.executable).with_name("tracker"))


def run_cli(
    *args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``tracker ARGS`` in ``cwd`` and return the finished process (text output)."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER_")}
    # a wide terminal unless the test says otherwise; not inherited, because pytest-xdist's
    # workers export COLUMNS=80 and LINES=24
    full_env["COLUMNS"] = "200"
    full_env.pop("LINES", None)
    full_env.update(env or {})
    return subprocess.run(
        [TRACKER, *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
