"""The writing half of a SQLite rebuild, in a process of its own: it runs each batch's
statements on its own connection, one write transaction a batch, while the rebuilding
process reads and applies the next batch (see
:meth:`tracker.projections.runner.ProjectionRunner._fill_in_process` and
:class:`tracker.projections.writer_process.WriterProcess`, the rebuilding side).

Why a process and not a thread: the ``sqlite3`` driver binds every parameter of every
row holding the interpreter lock (a claims row is 41 of them: most of what an insert
costs), so a writer thread waits for the lock after each row while the other thread
applies the next batch in Python; a process has an interpreter of its own.

This module is run as a script (``python -c …``, :data:`BOOT`) and imports only the
standard library, ``msgspec`` and ``orjson``: the writer starts in a few tens of milliseconds and
holds little memory. Its protocol, on its standard streams:

* in, first: one line of JSON, the settings (:func:`serve`);
* in, then: one line per batch, ``<slot> <size>``: the batch is the first ``size``
  bytes of slot file ``slot`` (one of the files the rebuilding process opened and
  passed down), msgpack (see :func:`serve`); or ``end``;
* out: ``ok <slot>`` once a batch is committed (its slot may be written again), or one
  ``error <kind> <message>`` line before the process exits with status 1 (``kind``
  ``guard``: the shadows are not this rebuild's any more, see
  :class:`tracker.projections.shadows.ShadowGuard`).

Each batch's transaction first checks that the shadows are the ones the rebuild made
(their identity on SQLite is the schema version), as the one-process fill does. A batch
is written whole or not at all: the writer starts a transaction only once the batch is
in its slot, and if the rebuilding process dies it sees the end of its input and stops;
a crash of either leaves only the shadows' committed batches, which the next rebuild
drops."""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import sys
from collections.abc import Sequence
from operator import itemgetter
from typing import Any

import msgspec
import orjson

Statement = tuple[str, Sequence[Sequence[Any]]]
"""One statement of a batch and its rows of parameters (run with ``executemany``)."""

Chunk = tuple[int, str, str, str, int, bytes]
"""A history chunk's row (:mod:`tracker.projections.history`): first position, subject,
predicate, behaviour, number of rows, JSON rows."""


class OpenChunks:
    """Open history chunks per (subject, predicate, behaviour), written when full: what
    :class:`PackedChunks` and :class:`tracker.projections.history.Chunks` share. A
    subclass adds rows and says how a chunk closes (``_close``); past ``buffered`` (rows
    or bytes, as the subclass counts ``_held``) the fullest open chunks close."""

    def __init__(self, chunk_rows: int, buffered: int) -> None:
        self.chunk_rows = chunk_rows
        self.buffered = buffered
        self._open: dict[tuple[str, str, str], list[Any]] = {}
        self._held = 0
        self._full: list[Chunk] = []

    def take(self, *, final: bool) -> list[Chunk]:
        """The chunks to write now: the full ones, or (``final``) all."""
        if final:
            for key in list(self._open):
                self._close(key)
        taken, self._full = self._full, []
        return taken

    def _close(self, key: tuple[str, str, str]) -> None:
        raise NotImplementedError

    def _spill(self) -> None:
        """Close the fullest open chunks until half the limit is held."""
        for key in sorted(self._open, key=lambda k: len(self._open[k]), reverse=True):
            if self._held <= self.buffered // 2:
                break
            self._close(key)


class PackedChunks(OpenChunks):
    """A SQLite rebuild's open history chunks, held as JSON: each claims row is made JSON
    as it is added (its facts, the values at ``pick``, are already what a chunk holds:
    see :func:`tracker.projections.flatten.flatten`), and a chunk joins its rows' bytes.
    Rows are added in position order; which rows a chunk gets depends on that order
    only, so the rebuilding process (one process) and a writer process (which adds the
    rows it inserts, in the order it inserts them: the same) make the same chunks.
    Defined here, in the writer's own module, so the writer need not import the
    ``tracker`` package (see :data:`BOOT`); :class:`tracker.projections.history.PackedChunks`
    gives the claims rows' settings."""

    def __init__(self, *, pick: Sequence[int], behaviour: int, chunk_rows: int, buffered: int):
        super().__init__(chunk_rows, buffered)  # open: [first position, row JSON, ...]
        self._pick = itemgetter(*pick)
        self._behaviour = behaviour

    def add(self, row: Sequence[Any]) -> None:
        """Add a flattened claims row. Its facts are dumped inside a list and sliced out:
        ``orjson.dumps`` returns bytes that keep an 8 kB buffer, the slice is exact-size."""
        data = orjson.dumps([self._pick(row)])[1:-1]
        key = (row[2], row[3], row[self._behaviour])  # subject, predicate, behaviour
        found = self._open.get(key)
        if found is None:
            self._open[key] = [row[0], data]
        else:
            found.append(data)
            if len(found) > self.chunk_rows:
                self._close(key)
        self._held += len(data)
        if self._held > self.buffered:
            self._spill()

    def _close(self, key: tuple[str, str, str]) -> None:
        first, *rows = self._open.pop(key)
        data = b"[" + b",".join(rows) + b"]"
        self._held -= len(data) - len(rows) - 1
        self._full.append((first, *key, len(rows), data))


ADAPTERS: dict[type, Any] = {type(None): {}.get, bool: int}
"""The ``sqlite3`` adapters of a rebuild (see :data:`tracker.projections.shadows.ADAPTERS`,
which registers these same ones in the rebuilding process)."""

BOOT = "import sys; sys.path[:] = [p for p in sys.path if p]; import runpy; " + (
    "runpy.run_path(sys.argv[1], run_name='__main__')"
)
"""How the writer is started: this file run by path, without importing the ``tracker``
package (whose ``__init__`` loads the whole application)."""


def execute(cursor: Any, statements: Sequence[Statement]) -> None:
    """Run a batch's statements in order, each with ``executemany``."""
    for sql, rows in statements:
        cursor.executemany(sql, rows)


def _read(fd: int, size: int) -> bytes:
    parts, offset = [], 0
    while offset < size:
        part = os.pread(fd, size - offset, offset)
        if not part:
            raise OSError(f"slot file ended at {offset} of {size} bytes")
        parts.append(part)
        offset += len(part)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def serve(settings: dict[str, Any], lines: Any, out: Any) -> None:
    """Write batches until ``end`` (or the end of the input: the rebuild stopped).

    ``settings``: ``database`` (a path), ``identity`` (the shadows' schema version),
    ``slots`` (file descriptors), ``busy_ms``, ``synchronous``, ``cache_kib``,
    ``wal_pages``, ``secure_delete`` (the rebuilding connection's, see
    :func:`tracker.projections.shadows.shadow_session`), ``history``: None, or the
    history chunks this process makes of the claims rows it inserts (``sql``, their
    insert, and the :class:`PackedChunks` settings).

    A batch (a slot's msgpack) is ``[statements, final]``, each statement ``[sql, rows,
    claims]``: ``claims`` says its rows are claims rows, of which this process makes the
    history chunks; ``final``: the rebuild's last batch, after which every open chunk
    is written."""
    for kind, adapter in ADAPTERS.items():
        sqlite3.register_adapter(kind, adapter)
    conn = sqlite3.connect(settings["database"], isolation_level=None, check_same_thread=False)
    try:
        for pragma in ("busy_timeout", "synchronous", "wal_autocheckpoint", "secure_delete"):
            key = {"busy_timeout": "busy_ms", "wal_autocheckpoint": "wal_pages"}.get(pragma, pragma)
            conn.execute(f"PRAGMA {pragma} = {int(settings[key])}")
        conn.execute(f"PRAGMA cache_size = -{int(settings['cache_kib'])}")
        decode = msgspec.msgpack.Decoder().decode
        slots: list[int] = settings["slots"]
        identity = settings["identity"]
        chunks, chunks_sql = None, ""
        if (spec := settings.get("history")) is not None:
            chunks_sql = spec.pop("sql")
            chunks = PackedChunks(**spec)
        cursor = conn.cursor()
        for line in lines:
            if line.strip() == b"end":
                break
            slot, size = (int(v) for v in line.split())
            statements, final = decode(_read(slots[slot], size))
            conn.execute("BEGIN IMMEDIATE")
            try:
                if conn.execute("PRAGMA schema_version").fetchone()[0] != identity:
                    out.write(b"error guard the shadow tables were made again\n")
                    out.flush()
                    raise SystemExit(1)
                for sql, rows, claims in statements:
                    if claims and chunks is not None:
                        add = chunks.add
                        for row in rows:
                            add(row)
                    cursor.executemany(sql, rows)
                if chunks is not None and (full := chunks.take(final=final)):
                    cursor.executemany(chunks_sql, full)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            del statements
            out.write(b"ok %d\n" % slot)
            out.flush()
    finally:
        conn.close()


def main() -> None:
    gc.disable()  # a batch is many small acyclic objects (see tracker.projections.gc_pause)
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    try:
        serve(json.loads(stdin.readline()), stdin, stdout)
    except SystemExit:
        raise
    except BrokenPipeError:  # the rebuilding process is gone: nothing to tell
        raise SystemExit(1) from None
    except BaseException as exc:  # told to the rebuilding process, which raises it
        message = f"{type(exc).__name__}: {exc}".replace("\n", " ")
        stdout.write(f"error other {message}\n".encode())
        stdout.flush()
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()
