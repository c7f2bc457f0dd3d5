"""What a claim of each predicate must look like, for claims a person types in.

The extractor only ever builds claims from its vocabulary, so its claims have the right
shape by construction. A user's ``tracker claim add`` does not: a typo in a predicate or
an entity id, a count given in dollars, or a relation without its object would be stored
forever in an append-only log and show up in every answer. :func:`check_claim_shape`
refuses such a claim before anything is written, naming what is wrong and, for a
misspelt id, the nearest known one.

The shapes come from the vocabulary (``app.py`` builds them), so a predicate or an entity
that a user's own vocabulary file adds is accepted like the packaged ones.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from tracker.domain.claims import Quantity, TextValue
from tracker.domain.spelling import nearest
from tracker.errors import ClaimError

_CURRENCY = re.compile(r"[A-Z]{3}")

ENTITY_QUALIFIERS = frozenset(("chip", "process", "target", "product", "via"))
"""Qualifiers whose value is an entity id (SPEC §4): checked like subjects and objects."""
CLOSED_QUALIFIERS: Mapping[str, tuple[str, ...]] = {"mode": ("cloud", "on-prem")}
"""Qualifiers with a fixed set of values."""


CEILINGS: Mapping[str, float] = {
    "count": 1e12,  # a trillion chips, systems or sites
    "wafer/month": 1e9,
    "FLOP/s": 1e27,  # a thousand times the largest cluster of 2026 (~1e21-1e22)
    "B": 1e21,  # a zettabyte of memory
    "B/s": 1e21,
}
"""The largest value a typed claim may give in each base unit: far beyond anything the
industry reports, so only a slip (an exponent, units typed twice) is refused. Money is
:data:`MONEY_CEILING` in any currency."""
MONEY_CEILING = 1e17
"""A hundred quadrillion: above 1경 원 (1e16 KRW) and any yen or dollar budget."""


@dataclass(frozen=True, slots=True)
class PredicateShape:
    """One predicate's value kind (``quantity``, ``relation``, ``relation+quantity`` or
    ``text``), base unit and qualifier keys, as the vocabulary declares them."""

    id: str
    value: str
    unit: str | None
    qualifiers: tuple[str, ...]


def _near(word: str, known: Collection[str], aliases: Mapping[str, str] | None = None) -> str:
    # a name the vocabulary knows ('엔비디아', 'NVIDIA') names its id; else the nearest id
    match = nearest(word, known, aliases=aliases)
    return f" (did you mean {match!r}?)" if match else ""


def _known_entity(
    role: str, entity: str, entities: Collection[str], aliases: Mapping[str, str]
) -> None:
    if entity not in entities:
        raise ClaimError(
            f"unknown {role} entity {entity!r}{_near(entity, entities, aliases)}; "
            "a new entity goes into a vocabulary file (TRACKER_VOCABULARY_PATHS)"
        )


def _unit_fits(shape: PredicateShape, unit: str) -> bool:
    if shape.unit is None or unit == shape.unit:
        return True
    # money is recorded in the currency it was reported in (KRW, EUR...), not converted
    return shape.unit == "USD" and bool(_CURRENCY.fullmatch(unit))


def check_claim_shape(
    shapes: Mapping[str, PredicateShape],
    entities: Collection[str],
    *,
    subject: str,
    predicate: str,
    object: str | None,
    value: Quantity | TextValue | None,
    qualifiers: Mapping[str, str],
    aliases: Mapping[str, str] | None = None,
) -> None:
    """Raise :class:`ClaimError` unless the claim fits its predicate and names known ids.
    ``aliases`` (casefolded name -> id) lets an error name the id of a name typed for it."""
    aliases = aliases or {}
    shape = shapes.get(predicate)
    if shape is None:
        raise ClaimError(
            f"unknown predicate {predicate!r}{_near(predicate, shapes)}; "
            f"known: {', '.join(sorted(shapes))}"
        )
    _known_entity("subject", subject, entities, aliases)
    extra = sorted(set(qualifiers) - set(shape.qualifiers))
    if extra:
        allowed = ", ".join(shape.qualifiers) or "none"
        raise ClaimError(f"{predicate} takes no qualifier {extra[0]!r} (allowed: {allowed})")
    for key, named in sorted(qualifiers.items()):
        if key in ENTITY_QUALIFIERS:
            _known_entity(f"{key!r}", named, entities, aliases)
        elif key in CLOSED_QUALIFIERS and named not in CLOSED_QUALIFIERS[key]:
            options = ", ".join(CLOSED_QUALIFIERS[key])
            raise ClaimError(f"qualifier {key} is one of {options}, not {named!r}")
    relation = shape.value.startswith("relation")
    if relation:
        if object is None:
            raise ClaimError(f"{predicate} relates two entities: give --object")
        _known_entity("object", object, entities, aliases)
    elif object is not None:
        raise ClaimError(f"{predicate} has no object; give its value instead")
    wants_number = "quantity" in shape.value
    if isinstance(value, TextValue):
        if shape.value != "text":
            raise ClaimError(f"{predicate} takes a number, not --text")
    elif isinstance(value, Quantity):
        if not wants_number:
            raise ClaimError(f"{predicate} takes no number")
        if not _unit_fits(shape, value.unit):
            raise ClaimError(f"{predicate} is counted in {shape.unit!r}, not {value.unit!r}")
        if value.low < 0:
            # chips, wafers, bytes, FLOP/s and money invested are never negative
            raise ClaimError(f"{predicate} cannot be negative ({value.low:g})")
        if value.high == 0:
            # '--value 0' records nothing that exists; "none yet" is no claim of a number
            raise ClaimError(f"{predicate} of 0 {value.unit} states nothing: give the figure")
        ceiling = CEILINGS.get(value.unit, MONEY_CEILING)
        if value.high > ceiling:
            raise ClaimError(
                f"{predicate} of {value.high:g} {value.unit} is beyond any reported figure"
                f" (at most {ceiling:g}): a slip in the exponent or the unit?"
            )
        if value.unit == "count" and not (value.low.is_integer() and value.high.is_integer()):
            # half a chip is a typo ('--value 0.5' meant 500,000?), kept forever in the log
            given = f"{value.low:g}" + ("" if value.low == value.high else f"..{value.high:g}")
            raise ClaimError(f"{predicate} counts whole things, not {given}")
    elif shape.value == "text":
        raise ClaimError(f"{predicate} takes a text value: give --text")
    elif shape.value == "quantity":
        raise ClaimError(f"{predicate} takes a number: give --value or --low/--high")
