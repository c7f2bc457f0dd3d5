"""The rebuilding side of a SQLite rebuild's writer process (:mod:`.shadow_writer`, the
writing side, where the protocol is told): it starts the writer, hands it each batch's
statements through a slot file and waits for its commits.

A batch's statements are msgpack in one of :data:`SLOTS` files, which the writer reads
with one call; the pipe only carries their names and sizes. So the rebuilding process
never blocks on a pipe while the writer is busy with a batch (a pipe holds 64 kB; a
batch is megabytes), and neither process needs a thread. It blocks only when every slot
holds a batch not yet committed: at most :data:`SLOTS` batches wait, so memory stays
flat. The slot files have no name (unlinked when made, on ``/dev/shm`` where there is
one): whatever ends the processes, nothing is left behind but the shadows' committed
batches."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
from collections import deque
from collections.abc import Sequence
from typing import IO, Any

import msgspec

from tracker.errors import ProjectionError
from tracker.projections import shadow_writer
from tracker.projections.shadows import (
    REBUILD_CACHE_KIB,
    REBUILD_WAL_PAGES,
    SECURE_DELETE,
    ShadowGuard,
)

SLOTS = 2
"""Batches handed to the writer and not yet committed, at most: one it writes, one
waiting (as the thread-pipelined fill's :data:`~tracker.projections.runner.PIPELINE_DEPTH`)."""

SHM = "/dev/shm"  # noqa: S108 - unnamed files (mkstemp, unlinked at once), in memory
"""Where the slot files are made when the system has it (memory: no disk writes);
elsewhere the temporary folder."""

PART_ROWS = 10_000
"""Rows a slot holds at most (a batch's are split): the writer decodes a part into
Python values before binding them, ~2 kB a claims row, and a rebuild's last batch
holds every row kept back in memory (:data:`~tracker.projections.rebuilding.HELD_LIMIT`
of them) besides its own."""

BUSY_MS = 30_000
"""The writer's busy timeout (the engine's, :mod:`tracker.store.engine`)."""


def available() -> bool:
    """Whether this platform can run the writer (POSIX: its slot files are passed down
    as open descriptors) and its script is a file to run."""
    return os.name == "posix" and os.path.isfile(shadow_writer.__file__)


class WriterProcess:
    """A running writer: :meth:`send` a batch's statements, :meth:`finish` once all are
    sent. Used as a context manager: leaving it on an error stops the writer (a batch
    it was writing is rolled back)."""

    def __init__(
        self,
        database: str,
        guard: ShadowGuard,
        *,
        synchronous: int,
        history: dict[str, Any] | None = None,
        slots: int = SLOTS,
    ) -> None:
        """``history``: the history chunks the writer makes (see
        :meth:`tracker.projections.rebuilding.RebuildApplier.history_to_writer`)."""
        self.guard = guard
        where = SHM if os.path.isdir(SHM) and os.access(SHM, os.W_OK) else None
        self._files: list[IO[bytes]] = [  # closed on leaving (__exit__)
            tempfile.TemporaryFile(dir=where)  # noqa: SIM115
            for _ in range(slots)
        ]
        fds = [f.fileno() for f in self._files]
        self._free: deque[int] = deque(range(slots))
        self._busy: set[int] = set()
        self._encode = msgspec.msgpack.Encoder().encode
        self._proc = subprocess.Popen(  # noqa: S603 - this interpreter, this package's file
            [sys.executable, "-c", shadow_writer.BOOT, shadow_writer.__file__],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            pass_fds=fds,
        )
        settings = {
            "database": database,
            "identity": guard.created,
            "slots": fds,
            "busy_ms": BUSY_MS,
            "synchronous": synchronous,
            "cache_kib": REBUILD_CACHE_KIB,
            "wal_pages": REBUILD_WAL_PAGES,
            "secure_delete": SECURE_DELETE,
            "history": history,
        }
        self._tell(json.dumps(settings).encode() + b"\n")

    def __enter__(self) -> WriterProcess:
        return self

    def __exit__(self, kind: object, *_rest: object) -> None:
        try:
            if kind is not None and self._proc.poll() is None:
                self._proc.kill()  # its open transaction rolls back
            self._proc.wait()
        finally:
            for f in self._files:
                f.close()
            for stream in (self._proc.stdin, self._proc.stdout, self._proc.stderr):
                if stream is not None:
                    # a writer that died leaves unsent bytes in stdin's buffer: closing
                    # flushes them into a broken pipe, and that error must not replace
                    # the one that says why the rebuild stopped (the file is closed anyway)
                    with contextlib.suppress(BrokenPipeError):
                        stream.close()

    def send(
        self,
        statements: Sequence[shadow_writer.Statement],
        claims: int | None = None,
        *,
        final: bool = False,
    ) -> None:
        """Hand one batch's statements to the writer, in parts of at most
        :data:`PART_ROWS` rows (one write transaction each, in order); waits only while
        every slot holds a part it has not committed. ``claims``: which statement
        inserts claims rows (the writer makes their history chunks); ``final``: the
        rebuild's last batch."""
        part: list[tuple[str, Sequence[Any], bool]] = []
        room = PART_ROWS
        for i, (sql, rows) in enumerate(statements):
            start = 0
            while start < len(rows):
                taken = rows[start : start + room]
                part.append((sql, taken, i == claims))
                start += len(taken)
                room -= len(taken)
                if room == 0 and (start < len(rows) or i < len(statements) - 1):
                    self._send(part, final=False)
                    part, room = [], PART_ROWS
        if part or final:
            self._send(part, final=final)

    def _send(self, statements: Sequence[tuple[str, Sequence[Any], bool]], *, final: bool) -> None:
        data = self._encode((statements, final))
        while not self._free:
            self._ack()
        slot = self._free.popleft()
        fd, offset = self._files[slot].fileno(), 0
        view = memoryview(data)
        while offset < len(data):
            offset += os.pwrite(fd, view[offset:], offset)
        self._busy.add(slot)
        self._tell(b"%d %d\n" % (slot, len(data)))

    def finish(self) -> None:
        """Wait until every batch sent is committed and the writer has exited."""
        while self._busy:
            self._ack()
        self._tell(b"end\n")
        if self._proc.wait() != 0:
            self._fail(b"")

    def _tell(self, line: bytes) -> None:
        stdin = self._proc.stdin
        assert stdin is not None
        try:
            stdin.write(line)
            stdin.flush()
        except BrokenPipeError:  # it stopped: its last line says why
            self._fail(self._last_line())

    def _last_line(self) -> bytes:
        stdout = self._proc.stdout
        assert stdout is not None
        lines = stdout.read().splitlines()
        return lines[-1] if lines else b""

    def _ack(self) -> None:
        stdout = self._proc.stdout
        assert stdout is not None
        line = stdout.readline()
        if line.startswith(b"ok "):
            slot = int(line.split()[1])
            self._busy.discard(slot)
            self._free.append(slot)
            return
        self._fail(line)

    def _fail(self, line: bytes) -> None:
        """Raise what stopped the writer (its ``error`` line, or its standard error)."""
        self._proc.wait()
        text = line.decode(errors="replace").strip()
        if text.startswith("error guard"):
            self.guard.lost = True
            raise self.guard.error()
        if text.startswith("error other "):
            raise ProjectionError(f"the rebuild's writer failed: {text[len('error other ') :]}")
        stderr = self._proc.stderr
        detail = stderr.read().decode(errors="replace").strip() if stderr is not None else ""
        raise ProjectionError(
            f"the rebuild's writer stopped (status {self._proc.returncode}): {detail[-2000:]}"
        )


def settings_of(conn: Any) -> dict[str, Any]:
    """What the writer needs of the rebuilding connection: its ``synchronous``."""
    driver = conn.connection.driver_connection
    return {"synchronous": int(driver.execute("PRAGMA synchronous").fetchone()[0])}
