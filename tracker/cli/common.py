"""What every command module shares: the Typer app, consoles, global options, output."""

from __future__ import annotations

import json
import os
import sys
from typing import Annotated, Any, NoReturn

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from tracker.app import Tracker, make_tracker

app = typer.Typer(
    name="tracker",
    help="Follow an industry through its news: feeds in, dated claims out.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
PIPE_WIDTH = 160
"""Width of tables written to a pipe or a file (a terminal gives its own width)."""


def _width() -> int | None:
    if sys.stdout.isatty() or os.environ.get("COLUMNS"):
        return None
    return PIPE_WIDTH


out = Console(width=_width())
err = Console(stderr=True)


def grid(*headers: str, title: str | None = None, caption: str | None = None) -> Table:
    """A result table: light rules, and long ids folded rather than cut to "…"."""
    table = Table(title=title, caption=caption, box=box.SIMPLE_HEAD, pad_edge=False)
    for header in headers:
        table.add_column(header, overflow="fold", no_wrap=header in _SHORT)
    return table


_SHORT = frozenset(
    ("claim", "name", "modality", "valid", "reported", "recorded", "deadline", "verdict", "lane")
)
"""Columns of ids, dates and short words: kept on one line (a claim id cut in two cannot be
grepped or pasted into ``retract``); the long columns wrap instead."""


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
