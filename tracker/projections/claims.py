"""The claims projection: a bitemporal table of claims and one of curation marks
(:class:`ClaimsProjection`: its tables, shadows, swap and version).

Every event applies the same way whether it arrives in a rebuild or in a catch-up batch
of any size, so an incrementally built projection equals a rebuilt one row for row
(a property test holds it to that). The live applier is :class:`.live.ClaimsApplier`,
where the successor rule is told; a rebuild's is :class:`.rebuilding.RebuildApplier`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import MetaData
from sqlalchemy.engine import Connection

from tracker.domain.claims import TimeBehaviour
from tracker.domain.predicates import BEHAVIOURS, behaviours_fingerprint
from tracker.domain.resolution import qualifiers_key
from tracker.projections.runner import Applier
from tracker.projections.tables import (
    CLAIM_INDEXES,
    CLAIMS,
    HISTORY,
    MARK_INDEXES,
    MARKED_INDEX,
    MARKS,
    build_claims,
    build_history,
    build_marks,
    claim_history,
    claim_marks,
    claims,
    index_name,
)
from tracker.store.schema import NAMING_CONVENTION

SHADOW = "__next"
CLAIM_EVENTS = ("ClaimAsserted", "ClaimWithdrawn", "ClaimRetracted", "ClaimRanked")

_MARK_KINDS = {
    "ClaimWithdrawn": "withdrawn",
    "ClaimRetracted": "retracted",
    "ClaimRanked": "ranked",
}
_LOOKUP_INDEXES = (("claim_id", ("claim_id",)), ("subject_predicate", ("subject", "predicate")))


class ClaimsProjection:
    """:class:`tracker.projections.runner.Projection` of claims and their marks."""

    name = "claims"
    event_types: tuple[str, ...] = CLAIM_EVENTS

    def __init__(self, behaviours: Mapping[str, TimeBehaviour] = BEHAVIOURS) -> None:
        """``behaviours``: the predicate time table; its fingerprint is in the version, so
        a changed table rebuilds the projection."""
        self.behaviours = dict(behaviours)
        # 3: marks name their claim's first assertion in live tables on PostgreSQL too
        # (tables built live before could name another; a rebuild sets them right)
        # 4: histories materialized in claim_history (a rebuild fills it)
        # 5: claim_state.claim holds the entry (key, lane, behaviour, disputes, view)
        # 6: narrower rows (migration 0008): no listing columns of marks in claims, and
        #    history chunks keep their subject, predicate and behaviour once a chunk
        self.version = f"6.{behaviours_fingerprint(self.behaviours)}"
        shadow_md = MetaData(naming_convention=NAMING_CONVENTION)
        self._shadow_claims = build_claims(shadow_md, CLAIMS + SHADOW, indexes=False)
        self._shadow_marks = build_marks(shadow_md, MARKS + SHADOW, indexes=False)
        self._shadow_history = build_history(shadow_md, HISTORY + SHADOW, indexes=False)

    def applier(self, *, shadow: bool) -> Applier:
        if shadow:
            from tracker.projections.rebuilding import RebuildApplier  # noqa: PLC0415

            return RebuildApplier(
                self._shadow_claims,
                self._shadow_marks,
                behaviours=self.behaviours,
                history_t=self._shadow_history,
            )
        from tracker.projections.live import ClaimsApplier  # noqa: PLC0415

        return ClaimsApplier(
            claims, claim_marks, complete=False, behaviours=self.behaviours, history_t=claim_history
        )

    def create_shadow(self, conn: Connection) -> None:
        self._shadow_claims.create(conn)
        self._shadow_marks.create(conn)
        self._shadow_history.create(conn)

    def shadow_identity(self, conn: Connection) -> object:
        """Which shadow claims table exists now: its oid on PostgreSQL (None: none); on
        SQLite the schema's version, which every CREATE and DROP moves (a new table's
        root page is no identity: SQLite gives it the pages the dropped one freed).
        Another rebuild's drop and create changes it (see
        :class:`tracker.projections.runner._ShadowGuard`); on SQLite so would any other
        DDL during a rebuild (none runs outside migrations and rebuilds)."""
        if conn.dialect.name == "postgresql":
            found = conn.exec_driver_sql(
                "SELECT to_regclass(%s)::oid", (self._shadow_claims.name,)
            ).scalar()
        else:
            found = conn.exec_driver_sql("PRAGMA schema_version").scalar()
        return found

    def drop_shadow(self, conn: Connection) -> None:
        self._shadow_claims.drop(conn, checkfirst=True)
        self._shadow_marks.drop(conn, checkfirst=True)
        self._shadow_history.drop(conn, checkfirst=True)

    def clear(self, conn: Connection) -> None:
        from tracker.projections import current  # noqa: PLC0415 - it reads through query

        conn.execute(claims.delete())
        conn.execute(claim_marks.delete())
        conn.execute(claim_history.delete())
        current.invalidate(conn)

    def holds(self, conn: Connection, day: date) -> bool:
        from tracker.projections import current  # noqa: PLC0415 - it reads through query

        return current.stored_day(conn) == day

    def refresh(self, conn: Connection, day: date) -> bool:
        """Bring the materialized current state to ``day`` (see :mod:`.current`)."""
        from tracker.projections import current  # noqa: PLC0415 - it reads through query

        return current.refresh(conn, day)

    def swap(self, conn: Connection) -> None:
        from tracker.projections import current  # noqa: PLC0415 - it reads through query

        current.invalidate(conn)  # it was the old tables' state
        pg = conn.dialect.name == "postgresql"
        for live, shadow, indexes in (
            (claims, self._shadow_claims, {*CLAIM_INDEXES, MARKED_INDEX[0]}),
            (claim_marks, self._shadow_marks, set(MARK_INDEXES)),
            (claim_history, self._shadow_history, {"subject"}),
        ):
            for suffix in {*indexes, *(s for s, _ in _LOOKUP_INDEXES)}:
                conn.exec_driver_sql(f"DROP INDEX IF EXISTS {index_name(shadow.name, suffix)}")
            live.drop(conn, checkfirst=True)
            conn.exec_driver_sql(f"ALTER TABLE {shadow.name} RENAME TO {live.name}")
            if pg:  # constraint names follow the table's (the naming convention's pk_<table>)
                conn.exec_driver_sql(
                    f"ALTER TABLE {live.name} RENAME CONSTRAINT pk_{shadow.name} TO pk_{live.name}"
                )
            for index in sorted(live.indexes, key=_index_name):  # the same order each time
                index.create(conn)
            if pg:
                # fresh tables have no statistics until autovacuum gets to them (a loaded
                # table can wait minutes): until then the planner guesses their size
                conn.exec_driver_sql(f"ANALYZE {live.name}")


def _index_name(index: Any) -> str:
    return str(index.name)


__all__ = [
    "CLAIM_EVENTS",
    "ClaimsProjection",
    "qualifiers_key",
]
