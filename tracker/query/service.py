"""The queries of SPEC §5 over the claims projection: SQL narrows, the domain decides.

Every answer names the rules version that produced it. Clocks are kept apart: ``as_of``
(valid time, a date), ``known_at`` (reported time) and ``recorded_by`` (recorded time).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from operator import itemgetter
from typing import Any

import orjson
from sqlalchemy import Engine

from tracker.domain.answers import (
    ClaimsAnswer,
    ClaimView,
    DiffAnswer,
    DiffChange,
    HistoryAnswer,
    PlansAnswer,
    PlanVerdict,
    RevisionRow,
    RevisionsAnswer,
    StateAnswer,
    StateEntry,
)
from tracker.domain.claims import Rank
from tracker.domain.plans import PLAN_MODALITIES, judge
from tracker.domain.resolution import (
    RULES_VERSION,
    ClaimFact,
    Clocks,
    Mark,
    Resolved,
    about_target,
    live_facts,
    midpoint,
    qualifiers_key,
    resolve_state,
    status_of,
)
from tracker.domain.views import EntryItem, entries_from_json, to_view, trusted
from tracker.projections.gc_pause import no_gc
from tracker.query import read
from tracker.query.history_rows import RECORDED_ORDER, history_rows_of, merged


def view(fact: ClaimFact, marks: dict[str, list[Mark]], clocks: Clocks) -> ClaimView:
    found = marks.get(fact.claim_id)
    if not found:  # most claims: never withdrawn, retracted or ranked
        return to_view(fact)
    status, rank = status_of(fact, found, clocks)
    return to_view(fact, rank, status)


def entry_of(resolved: Resolved, alternatives: bool = True) -> StateEntry:
    """The answer's entry of one resolved group (``alternatives``: list them, or only
    count them)."""
    return _entry(
        resolved.winner,
        resolved.winner_rank,
        [to_view(f, r) for f, r in resolved.alternatives] if alternatives else [],
        len(resolved.alternatives),
        list(resolved.disputed_with),
    )


def _entry(
    winner: ClaimFact, rank: Rank, others: list[ClaimView], count: int, disputed: list[str]
) -> StateEntry:
    view = to_view(winner, rank)
    return trusted(
        StateEntry,
        {
            "subject": winner.subject,
            "predicate": winner.predicate,
            "qualifiers": view.qualifiers,  # the same (frozen) answer's dict, parsed once
            "object": winner.object,
            "lane": winner.lane,
            "behaviour": winner.behaviour,  # one predicate, one behaviour per group
            "claim": view,
            "alternatives": others,
            "disputed": bool(disputed),
            "disputed_with": disputed,
            "alternative_count": count,
        },
    )


def current_entries(rows: list[read.CurrentRow], alternatives: bool) -> list[StateEntry]:
    """Entries of the materialized state, in the order :func:`resolve_state` gives them
    (by the keys stored with them, :func:`tracker.projections.current.entry_json`),
    built around the dicts and lists one C decode of each stored entry makes
    (:data:`tracker.domain.views.entries_from_json`: only the models' shells, valid
    times and times are made here; no claims row is read)."""
    return entries_from_json(_in_key_order(rows), alternatives, orjson.loads)


_KEY = itemgetter(0)


def _in_key_order(rows: list[read.CurrentRow]) -> list[EntryItem]:
    """Entries sorted by their group key as :func:`resolve_state` sorts the groups
    (subject, predicate, qualifiers, object or "", lane): as the key strings stored with
    them, which order as the tuples do (:data:`tracker.query.read.KEY_SEPARATOR`), a
    few times faster than tuples; by the tuples if a part held the separator or a NUL
    (below it). Every key joins five parts, so it holds at least four separators: all
    the keys together hold exactly four each when their sum is four times their number
    (one count over the joined keys, not one per key)."""
    keyed: list[EntryItem] = []
    append = keyed.append
    for _, count, stored, others in rows:
        data, _, key = stored.partition(b"\0")
        append((key, data, count, others))
    joined = b"\n".join([k[0] for k in keyed])
    if joined.count(_SEPARATOR) != 4 * len(keyed) or b"\0" in joined:
        keyed.sort(key=_group_order)
    else:
        keyed.sort(key=_KEY)  # keys are unique: no tie looks further
    return keyed


_SEPARATOR = read.KEY_SEPARATOR.encode()


def _group_order(row: EntryItem) -> tuple[Any, ...]:
    """The group key of an entry as a tuple, from the winner's view: exact whatever the
    parts hold."""
    lane, _, _, claim = orjson.loads(row[1])
    return (
        claim["subject"],
        claim["predicate"],
        qualifiers_key(claim["qualifiers"]),
        claim["object"] or "",
        lane,
    )


class ClaimQueries:
    """Read-only queries; the caller makes sure the projection is caught up."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def state(
        self,
        as_of: date,
        *,
        known_at: datetime | None = None,
        recorded_by: datetime | None = None,
        subject: str | None = None,
        alternatives: bool = True,
    ) -> StateAnswer:
        """SPEC §5 state. ``alternatives=False`` gives each entry's alternatives as a
        count only (``alternative_count``): the whole industry's ~73k alternatives at 1M
        events cost most of the answer. Through every clock, the day the materialized
        state holds is read from it; other questions are computed from the claims."""
        entries = None
        if known_at is None and recorded_by is None:
            entries = self._current(as_of, subject, alternatives)
        if entries is None:
            entries = self._computed(as_of, Clocks(known_at, recorded_by), subject, alternatives)
        return StateAnswer.model_construct(
            as_of=as_of,
            known_at=known_at,
            recorded_by=recorded_by,
            subject=subject,
            rules_version=RULES_VERSION,
            entries=entries,
            alternatives_listed=alternatives,
        )

    def _computed(
        self, as_of: date, clocks: Clocks, subject: str | None, alternatives: bool
    ) -> list[StateEntry]:
        with no_gc(promote=True):
            with self.engine.connect() as conn:
                facts, marked = read.state_candidates(conn, as_of, clocks, subject)
                marks = read.marks_for(conn, marked) if marked else {}
            resolved = resolve_state(facts, marks, as_of, clocks)
            return [entry_of(r, alternatives) for r in resolved]

    def _current(
        self, as_of: date, subject: str | None, alternatives: bool
    ) -> list[StateEntry] | None:
        """The entries of the materialized state, if it holds ``as_of``."""
        with no_gc(promote=True):
            with self.engine.connect() as conn:
                rows = read.current_state(conn, as_of, subject, alternatives=alternatives)
            if rows is None:
                return None
            return current_entries(rows, alternatives)

    def claims(
        self,
        *,
        subject: str | None = None,
        predicate: str | None = None,
        known_at: datetime | None = None,
        recorded_by: datetime | None = None,
        include_inactive: bool = False,
        limit: int | None = None,
    ) -> ClaimsAnswer:
        clocks = Clocks(known_at, recorded_by)
        with self.engine.connect() as conn:
            facts, marked = read.listed_claims(conn, clocks, subject=subject, predicate=predicate)
            marks = read.marks_for(conn, marked) if marked else {}
        views: list[ClaimView] = []
        for f in facts:  # views are built only until the limit is reached
            if limit is not None and len(views) >= limit:
                break
            v = view(f, marks, clocks)
            if include_inactive or v.status == "active":
                views.append(v)
        return ClaimsAnswer(
            known_at=known_at,
            recorded_by=recorded_by,
            include_inactive=include_inactive,
            rules_version=RULES_VERSION,
            claims=views,
        )

    def history(
        self,
        subject: str,
        predicate: str | None = None,
        *,
        by_recorded: bool = False,
        materialized: bool = True,
    ) -> HistoryAnswer:
        """SPEC §5 history, from the materialized histories
        (:mod:`tracker.projections.history`), or (``materialized=False``) from the
        claims table's rows: the same answer (a property test holds them equal)."""
        # no cyclic GC while hundreds of rows are built: a long history otherwise sets
        # off a full collection of the whole process now and then (the p99)
        with no_gc(promote=True):
            found: Sequence[Any]
            shared: read.Shared = None
            with self.engine.connect() as conn:
                if materialized:
                    found, marked, shared = read.history_rows(conn, subject, predicate)
                else:
                    found, marked = read.subject_rows(conn, subject, predicate)
                dialect = conn.dialect.name
                marks = read.marks_for(conn, marked) if marked else {}
            rows = history_rows_of(
                found, marks, dialect, chunk_of=subject if materialized else None, shared=shared
            )
            if by_recorded:
                rows.sort(key=RECORDED_ORDER)
            elif marks:
                rows = merged(rows, len(found))
        return HistoryAnswer.model_construct(
            subject=subject,
            predicate=predicate,
            order="recorded" if by_recorded else "reported",
            rules_version=RULES_VERSION,
            rows=rows,
        )

    def diff(
        self,
        known_at_a: datetime,
        known_at_b: datetime,
        *,
        as_of: date,
        subject: str | None = None,
    ) -> DiffAnswer:
        before = _by_key(self.state(as_of, known_at=known_at_a, subject=subject).entries)
        after = _by_key(self.state(as_of, known_at=known_at_b, subject=subject).entries)
        gained = [_change(after[k], None, after[k].claim) for k in after if k not in before]
        lost = [_change(before[k], before[k].claim, None) for k in before if k not in after]
        changed = [
            _change(after[k], before[k].claim, after[k].claim)
            for k in after
            if k in before and before[k].claim.claim_id != after[k].claim.claim_id
        ]
        return DiffAnswer(
            known_at_a=known_at_a,
            known_at_b=known_at_b,
            as_of=as_of,
            rules_version=RULES_VERSION,
            gained=gained,
            lost=lost,
            changed=changed,
        )

    def plans(
        self,
        as_of: date,
        *,
        known_at: datetime | None = None,
        recorded_by: datetime | None = None,
    ) -> PlansAnswer:
        clocks = Clocks(known_at, recorded_by)
        with self.engine.connect() as conn:
            plans, marked = read.due_plans(conn, as_of, clocks)
            keys = sorted({(p.subject, p.predicate) for p in plans})
            actuals: dict[tuple[str, str], list[ClaimFact]] = {}
            for key in keys:
                actuals[key], also = read.subject_claims(conn, *key, lane="actual")
                marked |= also
            marks = read.marks_for(conn, marked) if marked else {}
        live_plans = [
            (f, r) for f, r in live_facts(plans, marks, clocks) if f.modality in PLAN_MODALITIES
        ]
        verdicts: list[PlanVerdict] = []
        for plan, rank in sorted(live_plans, key=lambda e: (e[0].valid_end, e[0].position)):
            if rank == "deprecated":
                continue
            candidates = [
                f
                for f, r in live_facts(actuals[(plan.subject, plan.predicate)], marks, clocks)
                if r != "deprecated" and (f.qkey, f.object) == (plan.qkey, plan.object)
            ]
            judged = judge(plan, candidates, as_of)
            if judged is None or plan.valid_end is None:
                continue
            verdicts.append(
                PlanVerdict(
                    plan=to_view(plan, rank),
                    deadline=plan.valid_end,
                    verdict=judged.verdict,
                    evidence=[view(f, marks, clocks) for f in judged.evidence],
                    note=judged.note,
                )
            )
        return PlansAnswer(
            as_of=as_of,
            known_at=known_at,
            recorded_by=recorded_by,
            rules_version=RULES_VERSION,
            plans=verdicts,
        )

    def find(self, claim_id: str) -> list[ClaimView]:
        """Every assertion of a claim id, with its current status and rank."""
        with self.engine.connect() as conn:
            facts, marked = read.claims_by_id(conn, [claim_id])
            marks = read.marks_for(conn, marked) if marked else {}
        return [view(f, marks, Clocks()) for f in facts]

    def last_retraction(self, claim_id: str) -> Mark | None:
        """The latest retraction of a claim id, or None if it was never retracted."""
        with self.engine.connect() as conn:
            marks = read.marks_for(conn, [claim_id]).get(claim_id, [])
        return next((m for m in reversed(marks) if m.kind == "retracted"), None)

    def revisions(self, subject: str, predicate: str, target: date) -> RevisionsAnswer:
        with self.engine.connect() as conn:
            expected, marked = read.subject_claims(conn, subject, predicate, lane="expected")
            facts = [f for f in expected if about_target(f, target)]
            marks = read.marks_for(conn, marked) if marked else {}
        everything = Clocks()
        previous: dict[tuple[str, str | None], ClaimFact] = {}
        rows: list[RevisionRow] = []
        for fact in facts:
            claim = view(fact, marks, everything)
            series = (fact.qkey, fact.object)
            before = previous.get(series)
            change, ratio = _delta(before, fact)
            rows.append(
                RevisionRow(
                    claim=claim,
                    previous_claim_id=before.claim_id if before else None,
                    change=change,
                    change_ratio=ratio,
                )
            )
            if claim.status == "active":
                previous[series] = fact
        return RevisionsAnswer(
            subject=subject,
            predicate=predicate,
            target=target,
            rules_version=RULES_VERSION,
            rows=rows,
        )


def _by_key(entries: Sequence[StateEntry]) -> dict[tuple[Any, ...], StateEntry]:
    return {
        (e.subject, e.predicate, tuple(sorted(e.qualifiers.items())), e.object, e.lane): e
        for e in entries
    }


def _change(entry: StateEntry, before: ClaimView | None, after: ClaimView | None) -> DiffChange:
    return DiffChange(
        subject=entry.subject,
        predicate=entry.predicate,
        qualifiers=entry.qualifiers,
        object=entry.object,
        lane=entry.lane,
        before=before,
        after=after,
    )


def _delta(before: ClaimFact | None, fact: ClaimFact) -> tuple[float | None, float | None]:
    if before is None:
        return None, None
    old, new = midpoint(before), midpoint(fact)
    if old is None or new is None or (before.unit or "") != (fact.unit or ""):
        return None, None
    return new - old, (new - old) / old if old else None
