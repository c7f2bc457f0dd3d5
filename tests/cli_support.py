"""Run the real ``tracker`` console script as a user would, in a subprocess."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import psutil
from sqlalchemy import func, select

from tracker.store.engine import make_engine
from tracker.store.schema import events

TRACKER = str(Path(sys.executable).with_name("tracker"))


def _cli_env(env: dict[str, str] | None) -> dict[str, str]:
    """The environment of a ``tracker`` run: none of the caller's ``TRACKER_`` settings."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER_")}
    # a wide terminal unless the test says otherwise; not inherited, because pytest-xdist's
    # workers export COLUMNS=80 and LINES=24
    full_env["COLUMNS"] = "200"
    full_env.pop("LINES", None)
    full_env.update(env or {})
    return full_env


def start_cli(
    *args: str,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    own_group: bool = False,
) -> subprocess.Popen[str]:
    """Start ``tracker ARGS`` (text pipes) so that a test can interrupt it with SIGINT;
    ``own_group``: in a process group of its own, as a terminal's job is, so that
    ``os.killpg(proc.pid, SIGINT)`` is a Ctrl-C reaching its child processes too."""
    return subprocess.Popen(
        [TRACKER, *args],
        cwd=cwd,
        env=_cli_env(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=own_group,
        # a test runner started as a background job ignores SIGINT, and so would the child
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509
    )


def spawned_children(parent: psutil.Process) -> int:
    """How many children of ``parent`` run multiprocessing's spawned interpreter, past
    its exec (before it, a signal kills one without a word); the resource tracker is not
    counted."""
    count = 0
    for child in parent.children():
        with contextlib.suppress(psutil.Error):
            count += any("spawn_main" in part for part in child.cmdline())
    return count


def run_cli(
    *args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``tracker ARGS`` in ``cwd`` and return the finished process (text output)."""
    return subprocess.run(
        [TRACKER, *args],
        cwd=cwd,
        env=_cli_env(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(db: str, cwd: Path) -> Iterator[str]:
    """``tracker serve`` on a free port, as a user starts it; yields its base URL once it
    answers, and stops it on leaving."""
    port = free_port()
    proc = subprocess.Popen(
        [TRACKER, "--db", db, "serve", "--port", str(port)],
        cwd=cwd,
        env={k: v for k, v in os.environ.items() if not k.startswith("TRACKER_")},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                httpx.get(base + "/api/openapi.json", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.communicate(timeout=30)


def event_count(db: str) -> int:
    """How many events the log at ``db`` holds (to check that a refused command wrote none)."""
    engine = make_engine(db)
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(events)).scalar_one())
    finally:
        engine.dispose()
