"""Query commands (issue 5): state, claims, history, diff, plans, revisions. How their
tables write values and times is in :mod:`tracker.cli.cells`, curation in
:mod:`tracker.cli.curation`, the projections and the server in :mod:`tracker.cli.serving`.

Commands register on the shared app by decoration at import time. Every read command
catches the projections up first (the Tracker does), prints rich tables on a terminal
and one JSON document with ``--json``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Annotated

import typer

from tracker.app import Tracker
from tracker.cli.cells import (
    UTC_NOTE,
    change_text,
    clip,
    predicate_text,
    qualifiers_text,
    source_text,
    valid_text,
    value_text,
)
from tracker.cli.common import JsonOpt, Reply, app, grid, out, show
from tracker.domain.answers import ClaimView, HistoryRow, StateAnswer, StateEntry
from tracker.domain.claims import Quantity
from tracker.domain.timeargs import parse_day, parse_instant
from tracker.errors import QueryError
from tracker.lookup import check_known

AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help=(
            "Valid date (YYYY-MM-DD); default today at UTC+14, the latest date in force "
            "anywhere, so a claim dated its source's today (e.g. KST) is included."
        ),
    ),
]
KnownOpt = Annotated[
    str | None,
    typer.Option("--known-at", help="Only what was reported by then (a date: end of day UTC)."),
]
RecordedOpt = Annotated[
    str | None,
    typer.Option("--recorded-by", help="Only what the tracker had recorded by then (audits)."),
]
SubjectOpt = Annotated[str | None, typer.Option("--subject", help="One subject (entity id).")]
SHOWN_RIVALS = 3
"""Claims a disputed entry's table cell names; the rest are counted. 3,000 feed entries
that each gave Crusoe another GPU count made one cell of 2,999 values and sources
(400 KB of table, a look-up per rival: 6 s)."""
TABLE_LIMIT = 200
"""Rows of a ``claims`` table unless ``--limit`` says otherwise (JSON lists every claim)."""


def _feed_names(t: Tracker) -> dict[str, str]:
    return {f.feed_id: f.name for f in t.feeds()}


# -- reads ------------------------------------------------------------------------------------


def _day(text: str | None, option: str) -> date | None:
    """An option's date, read here so that an error names the option the user typed
    (``--as-of``), not the Python argument behind it (``as_of``)."""
    return None if text is None else parse_day(text, option)


def _instant(text: str | None, option: str) -> datetime | None:
    """An option's moment (``--known-at``, ``--recorded-by``); see :func:`_day`."""
    return None if text is None else parse_instant(text, option)


def _state_row(
    e: StateEntry, feeds: dict[str, str], rivals: dict[str, ClaimView] | None = None
) -> list[str]:
    value = value_text(e.claim)
    if e.disputed:
        # SPEC §5: a dispute is shown with both sources; the other one's value and source
        # follow the mark, not only in --json (the table counted it as "+1 alt." only)
        named = [(rivals or {}).get(claim_id) for claim_id in e.disputed_with[:SHOWN_RIVALS]]
        said = "; ".join(f"{value_text(c)} ({source_text(c, feeds)})" for c in named if c)
        more = len(e.disputed_with) - SHOWN_RIVALS
        said += f"; {more} more (--json lists them)" if said and more > 0 else ""
        value += " [bold red]disputed[/]" + (f" with {said}" if said else "")
    others = len(e.alternatives) or e.alternative_count
    if others:
        value += f" [dim](+{others} alt.)[/]"
    return [
        e.subject,
        predicate_text(e.predicate, e.qualifiers),
        value,
        e.claim.modality,
        valid_text(e.claim),
        e.claim.reported_at.strftime("%Y-%m-%d"),
        source_text(e.claim, feeds),
    ]


def _disputed_rivals(t: Tracker, answer: StateAnswer) -> dict[str, ClaimView]:
    """The claims that disputed entries are disputed with, by id. The table asks for a
    state that counts alternatives instead of listing them (a quick read of today's
    materialized state), so the rivals, usually none, are fetched by id. The table shows
    their value and source, which every assertion of one id shares (the id hashes the
    document and the value)."""
    rivals = sorted(
        {
            claim_id
            for e in answer.entries
            if e.disputed
            for claim_id in e.disputed_with[:SHOWN_RIVALS]
        }
    )
    found: dict[str, ClaimView] = {}
    for claim_id in rivals:
        assertions = t.queries.find(claim_id)
        if assertions:
            found[claim_id] = assertions[-1]
    return found


@app.command(rich_help_panel="Queries")
def state(
    as_of: AsOfOpt = None,
    known_at: KnownOpt = None,
    recorded_by: RecordedOpt = None,
    subject: SubjectOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """The claim in force per subject, predicate and lane (actual / expected)."""
    reply = Reply(as_json)
    with reply.open() as t:
        # a table shows how many alternatives an entry has, not which: counting them is
        # what makes today's industry state a quick read of the materialized state
        answer = t.state(
            _day(as_of, "--as-of"),
            known_at=_instant(known_at, "--known-at"),
            recorded_by=_instant(recorded_by, "--recorded-by"),
            subject=subject,
            alternatives=as_json,
        )
        empty_note = None
        if not answer.entries:
            check_known(t, subject=subject)
            if subject is not None and not as_json:
                empty_note = _nothing_in_force(t, answer)
        feeds = {} if as_json else _feed_names(t)
        rivals = {} if as_json else _disputed_rivals(t, answer)
    if reply.sent(answer):
        return
    title = f"state as of {answer.as_of}" + (f", known at {known_at}" if known_at else "")
    title += f", recorded by {recorded_by}" if recorded_by else ""
    count = len(answer.entries)
    table = grid(
        "subject",
        "predicate",
        "value",
        "modality",
        "valid",
        "reported",
        "source",
        title=title,
        caption=f"{count} {'entry' if count == 1 else 'entries'}; {answer.rules_version}; "
        + UTC_NOTE,
    )
    for e in answer.entries:
        table.add_row(*_state_row(e, feeds, rivals))
    show(table)
    if empty_note:
        out.print(empty_note, highlight=False)


NOTED_DATES = 4
"""Valid times an empty subject state names (the rest are counted)."""


def _nothing_in_force(t: Tracker, answer: StateAnswer) -> str:
    """Why one subject's state is empty although claims about it are known: a ``dated``
    claim (a capacity at end-2026) holds only at its own date and a plan is judged at its
    deadline, so "nothing to show" alone read as "nothing is known". Names the dates its
    claims hold at, through the same clocks, and the nearest as an ``--as-of`` to try."""
    subject = answer.subject
    assert subject is not None
    known = t.claims(subject=subject, known_at=answer.known_at, recorded_by=answer.recorded_by)
    if not known.claims:
        for clock, verb in ((answer.recorded_by, "recorded"), (answer.known_at, "reported")):
            if clock is not None:
                return f"no claim about {subject} was {verb} by {clock:%Y-%m-%d %H:%M} UTC"
        return f"no claim about {subject} is in the log"
    held: dict[str, date] = {}  # "capacity by 2027-12-31": the day it is judged at
    for c in known.claims:
        day = c.valid.end if c.valid.kind == "deadline" else c.valid.start
        if day is not None:  # every kind has its day; the model allows none
            held.setdefault(f"{c.predicate} {valid_text(c)}", day)
    said = sorted(held, key=held.__getitem__)
    more = len(said) - NOTED_DATES
    named = ", ".join(said[:NOTED_DATES]) + (f" and {more} more" if more > 0 else "")
    count = len(known.claims)
    note = (
        f"{count} {'claim' if count == 1 else 'claims'} about {subject}, none in force on "
        f"{answer.as_of}; they hold at: {named}"
    )
    if not held:
        return note
    nearest = min(held.values(), key=lambda day: abs((day - answer.as_of).days))
    return f"{note}. Try --as-of {nearest}, or 'tracker history {subject}'"


@app.command("claims", rich_help_panel="Queries")
def claims_cmd(
    subject: SubjectOpt = None,
    predicate: Annotated[str | None, typer.Option("--predicate", help="One predicate.")] = None,
    known_at: KnownOpt = None,
    recorded_by: RecordedOpt = None,
    include_all: Annotated[
        bool, typer.Option("--all", help="Add withdrawn and retracted claims.")
    ] = False,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit",
            help=f"At most this many (a table shows {TABLE_LIMIT} unless told; 0: all).",
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """List claims (in force by default), with their source."""
    if limit is not None and limit < 0:
        raise QueryError("--limit takes a count >= 0")
    shown = None if limit == 0 else limit
    if shown is None and limit is None and not as_json:
        shown = TABLE_LIMIT
    reply = Reply(as_json)
    with reply.open() as t:
        answer = t.claims(
            subject=subject,
            predicate=predicate,
            known_at=_instant(known_at, "--known-at"),
            recorded_by=_instant(recorded_by, "--recorded-by"),
            include_inactive=include_all,
            limit=None if shown is None else shown + 1,
        )
        if not answer.claims:
            check_known(t, subject=subject, predicate=predicate)
        feeds = {} if as_json else _feed_names(t)
    more = shown is not None and len(answer.claims) > shown
    if more:
        answer = answer.model_copy(update={"claims": answer.claims[:shown]})
    if reply.sent(answer):
        return
    table = grid(
        "claim",
        "subject",
        "predicate",
        "value",
        "modality",
        "valid",
        "reported",
        "status",
        "source",
        caption=(
            f"first {shown} claims; --limit N for more, 0 for all"
            if more
            else f"{len(answer.claims)} claim{'s' * (len(answer.claims) != 1)}"
        )
        + f"; {answer.rules_version}; {UTC_NOTE}",
    )
    for c in answer.claims:
        status = c.status if c.rank == "normal" else f"{c.status}, {c.rank}"
        table.add_row(
            c.claim_id,
            c.subject,
            predicate_text(c.predicate, c.qualifiers),
            value_text(c),
            c.modality,
            valid_text(c),
            c.reported_at.strftime("%Y-%m-%d"),
            status,
            source_text(c, feeds),
        )
    show(table)


def _history_row(r: HistoryRow, claim: ClaimView | None) -> list[str]:
    """One history row; ``claim`` is the row's claim as asserted (a retraction or rank row
    carries none): its qualifiers and valid time tell apart the claims of one predicate,
    e.g. two chips' counts or two years' plans, which read the same without them."""
    what = value_text(r.claim) if r.claim else (r.rank or "")
    detail = r.quote or r.reason or ""
    return [
        r.reported_at.strftime("%Y-%m-%d %H:%M"),
        r.recorded_at.strftime("%Y-%m-%d %H:%M"),
        r.kind,
        predicate_text(r.predicate, claim.qualifiers)
        if r.predicate and claim
        else r.predicate or "",
        what,
        r.claim.modality if r.claim else "",
        valid_text(claim) if claim else "",
        r.claim_id,
        r.supersedes or "",
        r.by or "",
        clip(detail),
    ]


@app.command(rich_help_panel="Queries")
def history(
    subject: Annotated[str, typer.Argument(help="Entity id, e.g. project-rainier.")],
    predicate: Annotated[str | None, typer.Argument(help="Predicate, e.g. capacity.")] = None,
    by_recorded: Annotated[
        bool, typer.Option("--by-recorded", help="Order by recorded time (audits).")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Every assertion, withdrawal, retraction and rank change, in the order said."""
    reply = Reply(as_json)
    with reply.open() as t:
        answer = t.history(subject, predicate, by_recorded=by_recorded)
        if not answer.rows:
            check_known(t, subject=subject, predicate=predicate)
    if reply.sent(answer):
        return
    table = grid(
        "reported (UTC)",
        "recorded (UTC)",
        "what",
        "predicate",
        "value",
        "modality",
        "valid",
        "claim",
        "supersedes",
        "by",
        "quote / reason",
        title=f"history of {subject}" + (f" {predicate}" if predicate else ""),
        caption=f"{len(answer.rows)} row{'s' * (len(answer.rows) != 1)}; {answer.rules_version}",
    )
    asserted = {r.claim_id: r.claim for r in answer.rows if r.claim}
    for r in answer.rows:
        table.add_row(*_history_row(r, r.claim or asserted.get(r.claim_id)))
    show(table)


@app.command(rich_help_panel="Queries")
def diff(
    known_at_a: Annotated[str, typer.Argument(help="Earlier knowledge time.")],
    known_at_b: Annotated[str, typer.Argument(help="Later knowledge time.")],
    as_of: AsOfOpt = None,
    subject: SubjectOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """What the state gained, lost or changed between two knowledge times."""
    reply = Reply(as_json)
    with reply.open() as t:
        answer = t.diff(
            parse_instant(known_at_a, "KNOWN_AT_A"),
            parse_instant(known_at_b, "KNOWN_AT_B"),
            as_of=_day(as_of, "--as-of"),
            subject=subject,
        )
        if not (answer.gained or answer.lost or answer.changed):
            check_known(t, subject=subject)
    if reply.sent(answer):
        return
    # the title names both knowledge times: "gained" means nothing without them
    title = f"state as of {answer.as_of}: known at {known_at_a} -> known at {known_at_b}"
    table = grid(
        "change",
        "subject",
        "predicate",
        "lane",
        "before",
        "after",
        title=title,
        caption=answer.rules_version,
    )
    for kind, changes in (
        ("gained", answer.gained),
        ("lost", answer.lost),
        ("changed", answer.changed),
    ):
        for c in changes:
            label, before, after = kind, _diff_cell(c.before), _diff_cell(c.after)
            if c.before is not None and c.after is not None:
                what = _what_changed(c.before, c.after)
                label = f"changed ({', '.join(what)})"
                if "value" not in what:  # the same value: show what did change
                    before, after = _diff_cell(c.before, True), _diff_cell(c.after, True)
            table.add_row(
                label,
                c.subject,
                c.predicate + (f" ({qualifiers_text(c.qualifiers)})" if c.qualifiers else ""),
                c.lane,
                before,
                after,
            )
    show(table)


def _what_changed(before: ClaimView, after: ClaimView) -> list[str]:
    """What differs between a key's winner at A and at B. The winner can change while
    the value stays: a second source says the same (a later report wins), or the same
    article's revision re-asserted it. A row titled 'changed' with equal 'before' and
    'after' read as a contradiction; the label says what changed instead."""
    checks: tuple[tuple[str, Callable[[ClaimView], object]], ...] = (
        ("value", value_text),
        ("modality", lambda c: c.modality),
        ("valid time", valid_text),
        ("source", lambda c: (c.source.document_id, c.source.tier, c.source.url)),
    )
    what = [name for name, read in checks if read(before) != read(after)]
    return what or ["quote" if before.source.quote != after.source.quote else "claim"]


def _diff_cell(claim: ClaimView | None, with_source: bool = False) -> str:
    if claim is None:
        return ""
    text = value_text(claim)
    if with_source:
        text += f" {claim.modality}, {valid_text(claim)}, {source_text(claim)}"
    return text


@app.command(rich_help_panel="Queries")
def plans(
    as_of: AsOfOpt = None,
    known_at: KnownOpt = None,
    recorded_by: RecordedOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Plans whose deadline has passed, judged against actuals."""
    reply = Reply(as_json)
    with reply.open() as t:
        answer = t.plans(
            _day(as_of, "--as-of"),
            known_at=_instant(known_at, "--known-at"),
            recorded_by=_instant(recorded_by, "--recorded-by"),
        )
        feeds = {} if as_json else _feed_names(t)
    if reply.sent(answer):
        return
    colors = {"fulfilled": "green", "missed": "red", "pending": "yellow"}
    title = f"plans due by {answer.as_of}" + (f", known at {known_at}" if known_at else "")
    title += f", recorded by {recorded_by}" if recorded_by else ""
    # each plan names its qualifiers, when it was said and by whom: two reports of one
    # plan ("1M by year end" in June, again in December) were two identical rows
    table = grid(
        "deadline",
        "subject",
        "predicate",
        "plan",
        "reported",
        "source",
        "verdict",
        "evidence",
        "note",
        title=title,
        caption=f"{answer.rules_version}; {UTC_NOTE}",
    )
    for p in answer.plans:
        table.add_row(
            str(p.deadline),
            p.plan.subject,
            predicate_text(p.plan.predicate, p.plan.qualifiers),
            value_text(p.plan),
            p.plan.reported_at.strftime("%Y-%m-%d"),
            source_text(p.plan, feeds),
            f"[{colors[p.verdict]}]{p.verdict}[/]",
            "; ".join(f"{value_text(e)} ({valid_text(e)})" for e in p.evidence),
            p.note,
        )
    show(table)


@app.command(rich_help_panel="Queries")
def revisions(
    subject: Annotated[str, typer.Argument(help="Entity id, e.g. tsmc.")],
    predicate: Annotated[str, typer.Argument(help="Predicate, e.g. capacity.")],
    target: Annotated[str, typer.Argument(help="Target date, e.g. 2026-12-31.")],
    as_json: JsonOpt = False,
) -> None:
    """Every expectation about one target date, in report order, with each change."""
    reply = Reply(as_json)
    with reply.open() as t:
        answer = t.revisions(subject, predicate, parse_day(target, "TARGET_DATE"))
        if not answer.rows:
            check_known(t, subject=subject, predicate=predicate)
        feeds = {} if as_json else _feed_names(t)
    if reply.sent(answer):
        return
    table = grid(
        "reported",
        "value",
        "modality",
        "change",
        "status",
        "source",
        "quote",
        title=f"revisions of {subject} {predicate} for {answer.target}",
        caption=f"{answer.rules_version}; {UTC_NOTE}",
    )
    for r in answer.rows:
        unit = r.claim.value.unit if isinstance(r.claim.value, Quantity) else "count"
        change = change_text(r.change, r.change_ratio, unit)
        table.add_row(
            r.claim.reported_at.strftime("%Y-%m-%d"),
            value_text(r.claim),
            r.claim.modality,
            change,
            r.claim.status,
            source_text(r.claim, feeds),
            clip(r.claim.source.quote),
        )
    show(table)
