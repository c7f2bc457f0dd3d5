"""Curation commands (issue 5): retract, rank and claim add. Each is an event in the log,
with who did it and why, so the answers change and the history shows it."""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime, time
from typing import Annotated, get_args

import typer

from tracker.app import Tracker
from tracker.cli.common import JsonOpt, app, emit_json, open_tracker, out
from tracker.domain.claims import MODALITIES, Bound, Quantity, TextValue, ValidTime
from tracker.domain.timeargs import parse_day, parse_instant
from tracker.errors import ClaimError, QueryError

claim_app = typer.Typer(help="Your own claims: add.", no_args_is_help=True)
app.add_typer(claim_app, name="claim", rich_help_panel="Curation")
BOUNDS: tuple[str, ...] = get_args(Bound)
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

ReasonOpt = Annotated[str, typer.Option("--reason", help="Why (recorded with the event).")]
ByOpt = Annotated[str | None, typer.Option("--by", help="Your name (default: TRACKER_USER).")]


@app.command(rich_help_panel="Curation")
def retract(claim_id: str, reason: ReasonOpt, by: ByOpt = None, as_json: JsonOpt = False) -> None:
    """Retract a claim: it stops counting, and the history shows who and why."""
    with open_tracker() as t:
        position = t.retract(claim_id, reason, by=by)
    if as_json:  # as 'rank --json' answers: a script retracting claims reads the position
        emit_json({"claim_id": claim_id, "position": position})
        return
    out.print(f"retracted {claim_id} (event {position})", highlight=False)


@app.command(rich_help_panel="Curation")
def rank(
    claim_id: str,
    value: Annotated[str, typer.Argument(metavar="preferred|normal|deprecated")],
    reason: ReasonOpt,
    by: ByOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Rank a claim: preferred wins its key, deprecated never wins (among the claims in
    force at the same date: a note says when the claim is not in force today)."""
    with open_tracker() as t:
        # judged before the rank too: deprecating the claim in force takes it out of
        # today's answer, which is the rank working, not a rank that changed nothing
        # ('find' reads the projections as they stand: caught up first; a read-only
        # database is refused by the rank itself)
        was_out = None
        if not t.read_only:
            t.ensure_ready()
            t.catch_up()
            was_out = not_in_force_note(t, claim_id)
        position = t.rank(claim_id, value, reason, by=by)
        note = not_in_force_note(t, claim_id) if was_out else None
    if as_json:
        emit_json({"claim_id": claim_id, "rank": value, "position": position, "note": note})
        return
    out.print(f"ranked {claim_id} {value} (event {position})", highlight=False)
    if note:
        out.print(note, highlight=False, soft_wrap=True)  # one line, however wide


def not_in_force_note(t: Tracker, claim_id: str) -> str | None:
    """A one-line note when ``claim_id`` is neither the winner nor an alternative of its
    key in its lane in today's state: a rank decides among the claims in force at one
    date, so ranking a claim a later valid time has replaced changes no answer today.
    ``rank`` asks before and after the rank, and notes only a claim out of force in both."""
    views = t.queries.find(claim_id)
    if not views:
        return None
    v = views[0]
    today = t.today()
    for e in t.state(today, subject=v.subject).entries:
        if (e.predicate, e.qualifiers, e.object, e.lane) != (
            v.predicate,
            v.qualifiers,
            v.object,
            v.lane,
        ):
            continue
        if e.claim.claim_id == claim_id or any(a.claim_id == claim_id for a in e.alternatives):
            return None
        return (
            f"note: {claim_id} is not in force on {today} in the {v.lane} lane"
            f" ({e.claim.claim_id} is); a rank decides only among claims in force at one date"
        )
    return (
        f"note: {claim_id} is not in force on {today} in the {v.lane} lane"
        " (nothing of its key is); a rank decides only among claims in force at one date"
    )


def parse_valid(
    at: str | None, due: str | None, since: str | None, between: str | None
) -> ValidTime | None:
    """One of ``--at DATE``, ``--due DATE``, ``--from DATE``, ``--between A..B``."""
    given = [x for x in (at, due, since, between) if x]
    if len(given) > 1:
        raise QueryError("give one of --at, --due, --from, --between")
    if at:
        d = parse_day(at, "--at")
        # the text marks the day as stated, so a plan given --at is judged on it
        return ValidTime(kind="point", start=d, end=d, text=at)
    if due:
        return ValidTime(kind="deadline", end=parse_day(due, "--due"))
    if since:
        return ValidTime(kind="open", start=parse_day(since, "--from"))
    if between:
        first, sep, last = between.partition("..")
        if not sep:
            raise QueryError("--between takes START..END")
        start, end = parse_day(first, "--between"), parse_day(last, "--between")
        if start > end:
            raise QueryError(f"--between: {start} is after {end}")
        return ValidTime(kind="interval", start=start, end=end)
    return None


def parse_reported(text: str) -> datetime:
    """``--reported``: a moment, or a bare date meaning the start of that day (UTC)."""
    if _DATE_ONLY.match(text.strip()):
        return datetime.combine(parse_day(text, "--reported"), time.min, tzinfo=UTC)
    return parse_instant(text, "--reported")


def parse_value(
    value: float | None,
    low: float | None,
    high: float | None,
    unit: str,
    text: str | None,
    *,
    approx: bool = False,
    bound: str = "exact",
) -> Quantity | TextValue | None:
    for name, number in (("--value", value), ("--low", low), ("--high", high)):
        if number is not None and not math.isfinite(number):
            raise ClaimError(f"{name} must be a finite number, not {number}")
    if text is not None:
        if value is not None or low is not None or high is not None:
            raise ClaimError("give either --text or a number, not both")
        if not text.strip():
            raise ClaimError("--text is empty")
        return TextValue(text=text.strip())
    if value is not None:
        if low is not None or high is not None:
            raise ClaimError("give either --value or --low/--high, not both")
        return Quantity(low=value, high=value, unit=unit, approx=approx, bound=bound)
    if low is not None or high is not None:
        lo, hi = (low if low is not None else high), (high if high is not None else low)
        assert lo is not None
        assert hi is not None
        if lo > hi:
            raise ClaimError(f"--low {lo} is above --high {hi}")
        return Quantity(low=lo, high=hi, unit=unit, approx=approx, bound=bound)
    return None


@claim_app.command("add")
def claim_add(
    subject: Annotated[str, typer.Argument(help="Entity id.")],
    predicate: Annotated[str, typer.Argument(help="Predicate.")],
    note: Annotated[str, typer.Option("--note", help="Your source note (required).")],
    value: Annotated[float | None, typer.Option("--value", help="A number.")] = None,
    low: Annotated[float | None, typer.Option("--low", help="Range low.")] = None,
    high: Annotated[float | None, typer.Option("--high", help="Range high.")] = None,
    unit: Annotated[
        str | None, typer.Option("--unit", help="Unit of the value (default: the predicate's).")
    ] = None,
    approx: Annotated[bool, typer.Option("--approx", help="The number is approximate.")] = False,
    bound: Annotated[
        str, typer.Option("--bound", help="exact / at-least / at-most (a bound, not a point).")
    ] = "exact",
    text: Annotated[str | None, typer.Option("--text", help="A text value.")] = None,
    obj: Annotated[str | None, typer.Option("--object", help="Object entity id.")] = None,
    modality: Annotated[str, typer.Option("--modality", help="/".join(MODALITIES))] = "actual",
    at: Annotated[str | None, typer.Option("--at", help="Valid on this date.")] = None,
    due: Annotated[str | None, typer.Option("--due", help="Deadline.")] = None,
    since: Annotated[str | None, typer.Option("--from", help="Valid from this date.")] = None,
    between: Annotated[str | None, typer.Option("--between", help="START..END.")] = None,
    qualifier: Annotated[
        list[str] | None, typer.Option("--qualifier", "-q", help="key=value (repeatable).")
    ] = None,
    url: Annotated[str | None, typer.Option("--url", help="Where you read it.")] = None,
    reported: Annotated[
        str | None,
        typer.Option("--reported", help="When the source said it (default: now)."),
    ] = None,
    by: ByOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Add your own claim, with a source note; it ranks with the company's own word."""
    if modality not in MODALITIES:
        raise ClaimError(f"--modality must be one of {', '.join(MODALITIES)}")
    quals: dict[str, str] = {}
    for item in qualifier or []:
        key, sep, val = item.partition("=")
        if not sep or not key:
            raise ClaimError(f"--qualifier takes key=value, not {item!r}")
        quals[key] = val
    if bound not in BOUNDS:
        raise ClaimError(f"--bound must be one of {', '.join(BOUNDS)}")
    said = parse_reported(reported) if reported else None
    valid = parse_valid(at, due, since, between)
    with open_tracker() as t:
        shape = t.predicate_shapes.get(predicate)
        base_unit = unit or (shape.unit if shape and shape.unit else "count")
        claim = t.add_claim(
            subject,
            predicate,
            note=note,
            object=obj,
            value=parse_value(value, low, high, base_unit, text, approx=approx, bound=bound),
            modality=modality,
            valid=valid,
            qualifiers=quals,
            reported_at=said,
            url=url,
            by=by,
        )
        retraction = t.queries.last_retraction(claim.claim_id)
    if as_json:
        emit_json(claim.model_dump(mode="json"))
    elif retraction is None:
        out.print(f"added {claim.claim_id}", highlight=False)
    else:  # the user's own statement back after a retraction: say so, not a bare "added"
        when = retraction.reported_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        out.print(
            f"added {claim.claim_id} again: it was retracted at {when} by {retraction.by} "
            f"({retraction.reason!r}); it stands again, with this note",
            highlight=False,
            soft_wrap=True,
        )
