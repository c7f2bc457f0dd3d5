"""The ``tracker`` command line (SPEC §6).

Errors print one line to stderr and exit non-zero; ``--debug`` shows the traceback.
Every read command takes ``--json`` and then prints one JSON document on stdout.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer
from pydantic import ValidationError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from tracker.cli import claims as _claims  # noqa: F401  (registers its commands)
from tracker.cli import curation as _curation  # noqa: F401  (registers its commands)
from tracker.cli import extract as _extract  # noqa: F401  (registers its commands)
from tracker.cli import feeds as _feeds  # noqa: F401  (registers its commands)
from tracker.cli import serving as _serving  # noqa: F401  (registers its commands)
from tracker.cli.common import app, emit_json, err, open_tracker, out, state
from tracker.config import Settings
from tracker.errors import ConflictError, TrackerError

# -- the log -----------------------------------------------------------------------------


@app.command(rich_help_panel="The log")
def init() -> None:
    """Create or migrate the database (alembic upgrade head)."""
    with open_tracker() as t:
        revision = t.init()
    out.print(f"database ready at schema {revision}")


@app.command(rich_help_panel="The log")
def verify(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Walk the hash chain; exit 1 naming the first broken position."""
    with open_tracker() as t:
        result = t.verify()
    if as_json:
        emit_json(
            {
                "ok": result.ok,
                "checked": result.checked,
                "first_broken": result.first_broken,
                "reason": result.reason,
                "head_position": result.head_position,
                "head_hash": result.head_hash,
            }
        )
    elif result.ok:
        out.print(
            f"ok: {result.checked} events, chain intact; head {result.head_position} "
            f"{result.head_hash}"
        )
    else:
        err.print(
            f"[bold red]broken[/] at position {result.first_broken}: {result.reason} "
            f"({result.checked} events checked before it)"
        )
    if not result.ok:
        raise typer.Exit(1)


INTERRUPTED = 130
"""Exit status after Ctrl-C (128 + SIGINT), as shells report it."""


def hoist_global_options(argv: list[str]) -> list[str]:
    """``--db URL`` and ``--debug`` are global options, written before the command
    (``tracker --db URL state``); users also write them after it (``tracker state --db URL``,
    ``tracker init --db URL``), which click would refuse. They are moved to the front.
    Anything after ``--`` is left alone."""
    end = argv.index("--") if "--" in argv else len(argv)
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < end:
        arg = argv[i]
        if arg == "--db" and i + 1 < end:
            front += argv[i : i + 2]
            i += 2
            continue
        if arg.startswith("--db=") or arg == "--debug":
            front.append(arg)
        else:
            rest.append(arg)
        i += 1
    return [*front, *rest, *argv[end:]]


def _interrupted() -> None:
    err.print(
        "interrupted: every batch is committed whole or not at all; run the same "
        "command again to finish",
        highlight=False,
        soft_wrap=True,
    )


def main() -> None:
    """Console entry point: run the app, turning tracker errors into one-line messages."""
    # large extraction batches use every core from the command line (Settings.extract_workers)
    os.environ.setdefault("TRACKER_EXTRACT_WORKERS", "0")
    try:
        app(args=hoist_global_options(sys.argv[1:]))
    except SystemExit as exc:
        if exc.code == INTERRUPTED:  # typer turns Ctrl-C into a silent exit 130
            _interrupted()
        raise
    except KeyboardInterrupt:  # before typer runs the command (building its options)
        _interrupted()
        sys.exit(INTERRUPTED)
    except TrackerError as exc:
        if state.debug:
            raise
        err.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
        # 2 is a usage error (a bad argument, as click's own); a request that was well
        # formed but the log's state refuses (already retracted, name taken) is 1
        sys.exit(1 if isinstance(exc, ConflictError) else 2)
    except ValidationError as exc:
        if state.debug or exc.title != Settings.__name__:
            raise
        # a TRACKER_* variable that does not fit its setting: name it, not a traceback
        for problem in exc.errors():
            name = "TRACKER_" + "_".join(str(part) for part in problem["loc"]).upper()
            err.print(
                f"[bold red]error:[/] {name}={problem.get('input')!r}: {problem['msg']}",
                highlight=False,
                soft_wrap=True,
            )
        sys.exit(2)
    except DBAPIError as exc:
        # the database refused (locked, unreachable, a schema older than the code): one
        # line naming the driver's reason, the traceback with --debug
        if state.debug:
            raise
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        if reason == "unable to open database file":
            reason += f" {_sqlite_path()}: does its folder exist, and can you write to it?"
        elif reason == "attempt to write a readonly database":
            reason = (
                f"{_sqlite_path()} is open read-only here (the file or its folder cannot be "
                "written, or the URL says mode=ro): this command writes; queries and "
                "verify still answer"
            )
        err.print(f"[bold red]database error:[/] {reason}", highlight=False, soft_wrap=True)
        sys.exit(3)


def _sqlite_path() -> str:
    """The SQLite file the command was given (SQLite's own message names none); in WAL
    mode even a read needs to create ``-wal`` and ``-shm`` files next to it."""
    url = make_url(state.db or Settings().database_url)
    return url.database or ""


if __name__ == "__main__":
    main()
