"""The ``tracker`` command line (SPEC §6).

Errors print one line to stderr and exit non-zero; ``--debug`` shows the traceback.
Every read command takes ``--json`` and then prints one JSON document on stdout.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console

from tracker.app import Tracker, make_tracker
from tracker.errors import TrackerError

app = typer.Typer(
    name="tracker",
    help="Follow an industry through its news: feeds in, dated claims out.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
out = Console()
err = Console(stderr=True)


class _State:
    db: str | None = None
    debug: bool = False


state = _State()


@app.callback()
def _global(
    db: Annotated[
        str | None,
        typer.Option("--db", help="Database URL (default: TRACKER_DATABASE_URL or ./tracker.db)."),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> None:
    state.db = db
    state.debug = debug


def open_tracker() -> Tracker:
    return make_tracker(state.db)


def fail(message: str, code: int = 1) -> NoReturn:
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


# -- the log -----------------------------------------------------------------------------


@app.command()
def init() -> None:
    """Create or migrate the database (alembic upgrade head)."""
    with open_tracker() as t:
        revision = t.init()
    out.print(f"database ready at schema {revision}")


@app.command()
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


def main() -> None:
    """Console entry point: run the app, turning tracker errors into one-line messages."""
    try:
        app()
    except TrackerError as exc:
        if state.debug:
            raise
        err.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
