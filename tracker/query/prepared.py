"""Statements compiled once per dialect and run through the driver's own cursor: what
every hot query of :mod:`tracker.query.read` runs through.

Also :func:`plain`, a column compared as stored: on SQLite a date column has NUMERIC
affinity, so comparing it with a bound ISO date applies that affinity to the bound text
on every comparison (SQLite tries to read '2026-01-31' as a number each time: 7% of a
one-subject state's instructions went to ``sqlite3AtoF``); the column's value with no
affinity (``+column``) compares text with text, the same order, no conversion.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Dialect, Select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal

from tracker.domain.events import format_recorded_at


class _Plain(ColumnElement[Any]):
    """A column as stored, without its type affinity: ``+column`` on SQLite (the unary
    plus changes no value, and SQLite gives the expression no affinity); the column
    itself elsewhere. A term on it no longer narrows an index: only for the terms
    judged row by row."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]  # noqa: RUF012 - SQLAlchemy's own form

    def __init__(self, column: ColumnElement[Any]) -> None:
        self.column = column
        self.type = column.type


def plain(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """``column`` compared as stored (see :class:`_Plain`)."""
    return _Plain(column)


@compiles(_Plain)
def _plain(element: _Plain, compiler: SQLCompiler, **kw: Any) -> str:
    return str(compiler.process(element.column, **kw))


@compiles(_Plain, "sqlite")
def _plain_sqlite(element: _Plain, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + str(compiler.process(element.column, **kw))


class Prepared:
    """A select compiled once per dialect and run through the driver.

    Executing a SQLAlchemy statement costs a cache-key walk of the whole statement (~0.3-0.5
    ms for a select of 35 columns), more than the index lookup of a one-subject query.
    Here the SQL text is made once per dialect and values bind by name; dates and times
    are converted the way the column types store them (ISO text on SQLite).
    """

    def __init__(self, stmt: Select[Any], *, sqlite_index: str | None = None) -> None:
        self.stmt = stmt
        self.sqlite_index = sqlite_index
        self._compiled: dict[str, tuple[str, tuple[str, ...] | None]] = {}

    def is_compiled_for(self, dialect: str) -> bool:
        """Whether the statement is already compiled for the dialect named ``dialect``
        (one lookup: every marks read asks)."""
        return dialect in self._compiled

    def sql(self, dialect: Dialect) -> tuple[str, tuple[str, ...] | None]:
        found = self._compiled.get(dialect.name)
        if found is None:
            compiled = self.stmt.compile(dialect=dialect)
            text = str(compiled)
            if self.sqlite_index and dialect.name == "sqlite":
                # SQLite's planner, with no statistics, takes the narrower (subject, ...)
                # index and reads every row of the subject from the table; the covering one
                # judges the rows in the index and reads only the survivors.
                table = self.stmt.get_final_froms()[0]
                text = text.replace(
                    f"FROM {table}", f"FROM {table} INDEXED BY {self.sqlite_index}", 1
                )
            order = tuple(compiled.positiontup) if compiled.positiontup is not None else None
            found = self._compiled[dialect.name] = (text, order)
        return found

    def rows(self, conn: Connection, params: Mapping[str, Any]) -> Sequence[Any]:
        """The rows, from the driver's own cursor: a SQLAlchemy result would first build
        its metadata of every column (~0.5 ms a query of 36 columns, a quarter of a
        one-subject state). The statement runs in the connection's transaction, begun
        here if none is (one snapshot for all the statements of a question)."""
        text, order = self.sql(conn.dialect)
        if conn.dialect.name == "sqlite":
            bound: Any = tuple(_sqlite_value(params[name]) for name in order or ())
        else:
            bound = {name: _aware(value) for name, value in params.items()}
        if not conn.in_transaction():
            conn.begin()
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        cursor = dbapi.cursor()
        try:
            cursor.execute(text, bound)
            return cursor.fetchall()
        except conn.dialect.loaded_dbapi.Error as exc:
            if self.sqlite_index and "no such index" in str(exc):
                # a database whose index is missing still answers, by the planner's choice
                self.sqlite_index = None
                self._compiled.clear()
                return self.rows(conn, params)
            raise DBAPIError.instance(
                text, bound, exc, conn.dialect.loaded_dbapi.Error, dialect=conn.dialect
            ) from exc
        finally:
            cursor.close()


def _aware(value: Any) -> Any:
    """Times compare as aware instants only, as ``UTCDateTime`` binds them."""
    if isinstance(value, datetime) and value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r} cannot be compared; give it a time zone")
    return value


def _sqlite_value(value: Any) -> Any:
    """A bound value as the column types store it on SQLite (see ``UTCDateTime``): a
    time as :func:`format_recorded_at` writes it, through ``isoformat`` (a UTC time's
    ends in ``+00:00``), a third of ``strftime``'s cost; ``strftime`` itself for years
    before 1000, which it does not pad to four digits."""
    if isinstance(value, datetime):
        utc = _aware(value).astimezone(UTC)
        if utc.year < 1000:
            return format_recorded_at(utc)
        return utc.isoformat(timespec="microseconds")[:-6] + "Z"
    if isinstance(value, date):
        return value.isoformat()
    return value
