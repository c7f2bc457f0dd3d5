"""What every command module shares: the Typer app, consoles, global options, output."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer
from pydantic import BaseModel
from rich import box
from rich.console import Console, RenderableType
from rich.measure import Measurement
from rich.rule import Rule
from rich.table import Table

from tracker.app import Tracker, make_tracker
from tracker.domain.answers import ProjectionLag
from tracker.errors import ConfigError

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


JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON document.")]
"""The ``--json`` switch of every read command."""

out = Console(width=_width())
err = Console(stderr=True, soft_wrap=True)
"""Messages on stderr stay one line each whatever the width: scripts grep them."""


def grid(*headers: str, title: str | None = None, caption: str | None = None) -> Table:
    """A result table: light rules, and long ids folded rather than cut to "…"."""
    table = Table(title=title, caption=caption, box=box.SIMPLE_HEAD, pad_edge=False)
    for header in headers:
        quote = header.startswith("quote")
        table.add_column(
            header,
            overflow="fold",
            no_wrap=header.split(" ")[0] in _SHORT,
            min_width=QUOTE_MIN if quote else None,
        )
    return table


_SHORT = frozenset(
    ("claim", "name", "modality", "valid", "reported", "recorded", "deadline", "verdict", "lane")
)
"""Columns of ids, dates and short words: kept on one line (a claim id cut in two cannot be
grepped or pasted into ``retract``); the long columns wrap instead."""


WRAP_MIN = 12
"""Narrowest a wrapping column may get before a table reads as a pile of word fragments."""
QUOTE_MIN = 40
"""Narrowest a quote column may get: a quote folded into a dozen characters is unreadable."""


def _needed_width(console: Console, table: Table) -> int:
    """The narrowest width that shows every column whole enough to read: no-wrap columns
    (ids, dates) at their longest cell, the others at a readable minimum."""
    options = console.options
    total = 2 * (len(table.columns) - 1)
    for column in table.columns:
        cells = [column.header, *column.cells]
        longest = max(Measurement.get(console, options, c).maximum for c in cells)
        if column.no_wrap:
            total += longest
        else:
            total += min(longest, column.min_width or WRAP_MIN)
    return total


def _records(table: Table) -> list[RenderableType]:
    """The table as one block per row, ``field  value`` lines (like psql's ``\\x``)."""
    blocks: list[RenderableType] = []
    if table.title:
        blocks.append(table.title)
    columns = [(str(c.header), list(c.cells)) for c in table.columns]
    rows = len(columns[0][1]) if columns else 0
    for index in range(rows):
        record = Table.grid(padding=(0, 2))
        record.add_column(no_wrap=True, style="bold")
        record.add_column(overflow="fold")
        for header, cells in columns:
            record.add_row(header, cells[index])
        blocks += [Rule(f"{index + 1}", align="left", style="dim"), record]
    if table.caption:
        blocks.append(table.caption)
    return blocks


def show(table: Table, console: Console | None = None) -> None:
    """Print a result table; one too wide for the screen prints as records instead, so
    no column is ever dropped (rich drops whole columns when no-wrap ones fill the width)."""
    console = console or out
    if table.row_count == 0:
        # an empty grid is a header row over blank space: say so in words instead
        for line in (table.title, "nothing to show", table.caption):
            if line:
                console.print(line, highlight=False)
        return
    if _needed_width(console, table) <= console.width:
        console.print(table)
        return
    for block in _records(table):
        console.print(block, highlight=False)


def render_lines(table: Table, width: int) -> list[str]:
    """What :func:`show` prints at ``width`` columns, as plain lines (for tests)."""
    console = Console(width=width, record=True, file=open(os.devnull, "w"))  # noqa: SIM115
    show(table, console)
    return [line.rstrip() for line in console.export_text().splitlines() if line.strip()]


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
    _quiet_logs(debug)


def _quiet_logs(debug: bool) -> None:
    """One-shot commands report through their own output; log records would reach stderr
    through Python's last-resort handler as bare words. Two sources: the tracker's own
    (meant for the daemon's JSON lines: 'feed.failed') and psycopg's cleanup warnings,
    which follow an error already being reported (Ctrl-C inside a pipelined batch adds
    "error ignored terminating <psycopg.Pipeline ...>" after the 'interrupted' line).
    ``--debug`` shows both."""
    for name in ("tracker", "psycopg"):
        logger = logging.getLogger(name)
        if logger.handlers:
            continue
        if debug:
            handler: logging.Handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
            logger.setLevel(logging.DEBUG if name == "tracker" else logging.WARNING)
        else:
            handler = logging.NullHandler()
        logger.addHandler(handler)


def open_tracker() -> Tracker:
    if state.db is not None and "://" not in state.db:
        # a bare path is what people type first; say how to write it rather than only
        # "not a database URL" (a guessed file could be a typo creating a new database)
        absolute = os.path.abspath(state.db)
        raise ConfigError(
            f"--db takes a database URL, not a path: for that SQLite file, --db "
            f"sqlite:///{absolute}"
        )
    return make_tracker(state.db)


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def lag_note(lag: ProjectionLag | None) -> str | None:
    """One line for stderr when a read-only answer leaves events out, else None."""
    if lag is None:
        return None
    parts = []
    for name, p in sorted(lag.projections.items()):
        if p.behind:
            parts.append(
                f"the {name} projection is {p.behind} event{'s' * (p.behind != 1)} "
                "behind the log "
                f"(at position {p.position} of {lag.log_head})"
            )
        if p.built_by_other_version:
            parts.append(f"the {name} projection was built by another tracker version")
    if not parts:
        return None
    return (
        "read-only database: "
        + "; ".join(parts)
        + "; these answers leave those events out (run any query where the database is "
        "writable to catch up, then copy it again)"
    )


class Reply:
    """What every read command does around its query: measure, while the tracker is
    open, how far a read-only database's projections stand behind the log (:meth:`open`),
    then say that lag and print the ``--json`` answer (:meth:`sent`)."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json
        self.lag: ProjectionLag | None = None

    @contextmanager
    def open(self) -> Iterator[Tracker]:
        """The tracker to ask, its projections' lag measured before the query."""
        with open_tracker() as t:
            self.lag = t.projection_lag()
            yield t

    def sent(self, answer: BaseModel) -> bool:
        """Say a read-only answer's lag (a stderr line when events are left out) and,
        with ``--json``, print the answer, with a ``projection_lag`` member on a read-only
        database. True when that was the whole reply; False when a table is to follow."""
        note = lag_note(self.lag)
        if note:
            err.print(f"[yellow]note:[/] {note}", highlight=False, soft_wrap=True)
        if self.as_json:
            data = answer.model_dump(mode="json")
            if self.lag is not None:
                data["projection_lag"] = self.lag.model_dump(mode="json")
            emit_json(data)
        return self.as_json
