"""Specification lines: a product's figures written as labelled fields.

Trade press and developer notes list specifications as "label: value" fields rather than
sentences: "Google Ironwood (TPU v7) — compute: 4,614 TFLOPS at FP8 / memory: 192 GB
HBM3E / bandwidth: 7.37 TB/s / scale-up: 9,216 chips per pod", or one field per list item
("- Chips in one Trn3 UltraServer: 144"). Each field is its own statement: its label says
what the number is, the product is the one the line's head (or the field itself) names,
and a word of one field (the "scale-up" of the next field) says nothing about another's
number. A field about a system (pod, rack, UltraServer) gives the chip its count per
system and never its compute or memory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.domain.claims import Quantity
from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.machine_counts import counts_machines_en
from tracker.extract.quantities import QuantityMatch
from tracker.extract.references import latter_or_former
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.spec_owners import figure_owner
from tracker.extract.spec_status import spec_modality
from tracker.extract.text import Span
from tracker.extract.timex import point_at

_PRODUCT_KINDS = ("chip", "system")
_SPEC_UNITS = {"FLOP/s": "peak_compute", "B": "memory_capacity", "B/s": "memory_bandwidth"}
# a field's label: a few words ending in a colon, at the line's start or after a separator
_LABEL = re.compile(
    r"(?:^|(?<=\s[/|—–]\s)|(?<=;\s)|(?<=^[-•·*▪◦–]\s))([A-Za-z][A-Za-z0-9 ()'’-]{0,40}?):\s"
)
_SEPARATOR = re.compile(r"\s[/|]\s|;\s")
_SYSTEM = re.compile(
    r"\b(?:pods?|superpods?|racks?|ultraservers?|servers?|systems?|nodes?)\b", re.I
)
_CHIPS = re.compile(r"\b(?:chips?|gpus?|accelerators?|dies)\b", re.I)
_NOT_MEMORY_BW = re.compile(
    r"interconnect|nvlink|network|\bici\b|scale-up|scale-out|chip-to-chip|die-to-die|\blinks?\b|"
    r"ethernet|pcie|infiniband|bidirectional|bi-directional",
    re.I,
)

# a field value that opens with a subject and goes on as prose ("Next steps: we plan to …",
# "The upshot: it will hold …") is a sentence after a lead-in, not a figure of a spec
_PROSE = re.compile(
    r"(?:we|i|you|they|it|he|she|our|their|its|this|that|these|those|the\s(?:company|firm))\s",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Field:
    """One labelled field of a specification line: its label and its value text."""

    label: Span
    value: Span


def fields(text: str) -> list[Field]:
    """The labelled fields of a line, in order; a field runs to the next separator."""
    if ":" not in text:
        return []  # every label ends in a colon: most sentences skip the scan
    labels = list(_LABEL.finditer(text))
    out: list[Field] = []
    for k, m in enumerate(labels):
        stop = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        sep = _SEPARATOR.search(text, m.end(), stop)
        end = sep.start() if sep is not None else stop
        out.append(Field(Span(m.start(1), m.end(1)), Span(m.end(), end)))
    return out


def spec_line_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """Every field figure of a spec line: a line of two or more labelled fields split by
    slashes, bars or semicolons, or a list item with one label."""
    if s.language != "en":
        return []
    found = fields(s.text)
    if not found or (len(found) < 2 and not s.is_item):
        return []
    if len(found) == 1 and _PROSE.match(s.text, found[0].value.start):
        return []  # "Where we go from here: we plan to grow …": a sentence after a lead-in
    head = _head_product(s, found[0])
    out: list[Candidate] = []
    valid = point_at(s.published)
    for f in found:
        label = s.text[f.label.start : f.label.end]
        whole = s.text[f.label.start : f.value.end]
        for i, q in enumerate(s.quantities):
            if i in state.used or not (f.value.start <= q.start < f.value.end):
                continue
            # "Bandwidth: 8 TB/s for the B300 and 4.9 TB/s for Trainium3": each figure the
            # product it is said for, before the field's or the line's product
            subject = (
                latter_or_former(s, q.start)
                or figure_owner(s.text, s.of_kind(_PRODUCT_KINDS), q.start, q.end, "en")
                or _field_product(s, f)
                or head
            )
            claim = _field_claim(s, q, label, whole, f) if subject is not None else None
            if subject is None or claim is None:
                continue
            modality = spec_modality(s.modality(q.start, valid), s, subject.id)
            if modality is None:
                continue
            predicate, qualifiers = claim
            unit = "count" if predicate == "chips_per_system" else q.unit
            value = Quantity(low=q.low, high=q.high, unit=unit, approx=q.approx, bound=q.bound)
            state.used.add(i)
            out.append(
                Candidate(subject.id, predicate, modality, valid, q.start, qualifiers, None, value)
            )
    return out


def _field_claim(
    s: Sentence, q: QuantityMatch, label: str, whole: str, f: Field
) -> tuple[str, dict[str, str]] | None:
    predicate = _SPEC_UNITS.get(q.unit)
    if predicate is not None:
        if _SYSTEM.search(label):
            return None  # "Pod compute: 42.5 EFLOPS" is the system's, not the chip's
        if predicate == "memory_bandwidth" and _NOT_MEMORY_BW.search(whole):
            return None
        return predicate, _qualifiers(s, predicate, f)
    if (
        q.unit in ("count", "")
        and _SYSTEM.search(whole)
        and (q.unit or _CHIPS.search(label))
        and not (s.language == "en" and counts_machines_en(s.text, q.end))
    ):
        return "chips_per_system", {}
    return None


def _qualifiers(s: Sentence, predicate: str, f: Field) -> dict[str, str]:
    span_text = s.text[f.label.start : f.value.end]
    if predicate == "peak_compute":
        for token in sorted(s.vocabulary.cue_list("precision", "tokens"), key=len, reverse=True):
            if re.search(rf"(?<![A-Za-z0-9]){re.escape(token)}(?![A-Za-z0-9])", span_text, re.I):
                low = token.lower()
                return {"precision": low[2:] if low.startswith(("nv", "mx")) else low}
    if predicate == "memory_capacity":
        memory = [m for m in s.of_kind(("memory",)) if f.label.start <= m.start < f.value.end]
        if memory:
            return {"memory": memory[0].id}
    return {}


def _head_product(s: Sentence, first: Field) -> Mention | None:
    """The product the line is about: named before its first label, else the chip the
    text was last about (the lead line of a list: "Trn3 at a glance:")."""
    named = [m for m in s.of_kind(_PRODUCT_KINDS) if m.start < first.label.start]
    if named:
        return named[0]
    entity = s.focus.get("chip", s.index, 8)
    if entity is None:
        return None
    return Mention(0, 0, entity, "", True)


def _field_product(s: Sentence, f: Field) -> Mention | None:
    inside = [m for m in s.of_kind(_PRODUCT_KINDS) if f.label.start <= m.start < f.value.end]
    return inside[0] if inside else None
