"""A note that says a table's figures are approximate: "The Ascend 910C figures come from
teardown estimates; treat them as approximate", "All values in the table are rough",
"어센드 910C 수치는 추정에 근거한 근사치다".

The figures stand in the rows above (or below) the note, which say nothing of it: the note
makes the rows of the products it names approximate (every row, when it names none and speaks
of the table or of all its figures), as "about" before each figure would.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence

# units of a specification (compute, bandwidth, memory): a count or an amount is no spec
_SPEC_UNITS = frozenset({"FLOP/s", "B/s", "B"})
_NOTE = {
    "en": re.compile(
        r"\b(?:treat|read|take)\s(?:them|these|those|the\s(?:figures|numbers|values))\sas\s"
        r"(?:approximate|approximations|rough|ballpark)"
        r"|\b(?:figures|numbers|values|specs|specifications)\s(?:[\w-]+\s){0,8}?(?:are|is)\s"
        r"(?:only\s|all\s)?(?:approximate|approximations|rough|ballpark)\b",
        re.IGNORECASE,
    ),
    "ko": re.compile(
        r"(?:수치|사양|값|숫자)(?:는|은|도|들은)?\s(?:\S+\s){0,6}?"
        r"(?:근사치|어림값|어림치|대략적인\s(?:값|수치)|대략치)"
    ),
}
# a note about every figure of the table: "all values", "the table's figures", "표의 수치"
_WHOLE = {
    "en": re.compile(r"\ball\s(?:the\s)?(?:figures|numbers|values)|\btable", re.IGNORECASE),
    "ko": re.compile(r"표|모든\s(?:수치|값)|전체\s수치"),
}


def approximate_rows(sentences: list[Sentence]) -> None:
    """Mark the spec figures of the table rows a note calls approximate as approximate."""
    if not any(s.table is not None for s in sentences):
        return
    for at, note in enumerate(sentences):
        pattern = _NOTE.get(note.language)
        if note.table is not None or pattern is None or not pattern.search(note.text):
            continue
        named = {m.id for m in note.mentions if m.kind in ("chip", "system") and not m.anaphoric}
        whole = not named and _WHOLE[note.language].search(note.text) is not None
        if not named and not whole:
            continue
        for row in _own_table(sentences, at):
            products = [m.id for m in row.mentions if m.kind in ("chip", "system")]
            if whole or (products and products[0] in named):
                _approximate(row)


def _own_table(sentences: list[Sentence], at: int) -> list[Sentence]:
    """The rows of the table a note at ``at`` stands under (or, failing that, above): the
    run of table sentences next to it, at most one other sentence between. A second table
    elsewhere in the document is not the note's (review 12 F15)."""
    for step in (-1, 1):
        k, skipped = at + step, 0
        while 0 <= k < len(sentences) and sentences[k].table is None and skipped < 1:
            k, skipped = k + step, skipped + 1
        run: list[Sentence] = []
        while 0 <= k < len(sentences) and sentences[k].table is not None:
            run.append(sentences[k])
            k += step
        if run:
            return run
    return []


def _approximate(row: Sentence) -> None:
    row.quantities = [
        replace(q, approx=True) if q.unit in _SPEC_UNITS and q.bound == "exact" else q
        for q in row.quantities
    ]
    if row.table is not None and row.table.quantities:
        row.table = replace(
            row.table,
            quantities=tuple(
                replace(q, approx=True) if q.unit in _SPEC_UNITS and q.bound == "exact" else q
                for q in row.table.quantities
            ),
        )


__all__ = ["approximate_rows"]
