"""English capacity figures said without their unit: the wafers and the process were named
a sentence earlier, or the figure is only "a month" ("TSMC is racing to expand CoWoS
output. It will reach 90,000 a month by end-2026"; "…CoWoS capacity of 75,000 wafers a
month. It is expected to reach 90,000 by the end of 2026"; "By our count the foundry ended
2025 at roughly 75k").

News keeps the unit once and then speaks of "it", "the figure" or "output". A bare figure
is such a capacity only with the evidence a reader uses: it is a monthly rate, or a level
verb ("reach", "top", "ended … at") carries it and the sentence or the one before talks
about capacity for a process a company makes. Money, counts of chips and demand stay out.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.quantities import QuantityMatch
from tracker.extract.vocabulary import Entity

_PROCESS_KINDS = ("process", "memory")
_RATE = re.compile(r"\s(?:a|per|each|every)\s+month\b|/\s?month\b|\bmonthly\b", re.I)
# "will reach 90,000", "to top 120,000", "ended 2025 at roughly 75k", "stood at 35,000"
_LEVEL_BEFORE = re.compile(
    r"\b(?:reach(?:es|ed|ing)?|hit(?:s|ting)?|at|to|top(?:s|ped|ping)?)\s"
    r"(?:(?:about|around|roughly|some|nearly|approximately|almost|an\sestimated)\s)?$",
    re.I,
)
# the figure is the capacity: it is named, or referred to
_CAPACITY_TALK = re.compile(
    r"\b(?:capacity|output|production|the\sfigure|that\sfigure|"
    r"it|the\sfoundry|the\scompany|the\schipmaker|the\smemory\smaker)\b",
    re.I,
)
_NOT_CAPACITY = re.compile(
    r"\b(?:demand|orders|revenue|sales|shares?|employees|workers|people|staff|customers|"
    r"units|gpus|chips|accelerators|servers|racks)\b|\$|%|달러|원",
    re.I,
)


def carried_process(s: Sentence, q: QuantityMatch) -> Entity | None:
    """The process of a bare English figure that is a capacity said without its unit, or
    ``None`` when it is not one. The process is the one the sentence names, else the one
    the previous sentence named."""
    if s.language != "en" or q.unit != "" or q.high < 1000:
        return None
    clause = s.clause_of(q.start)
    if _NOT_CAPACITY.search(s.text, clause.start, clause.end) or s.chip_near(q) is not None:
        return None
    named = s.of_kind(_PROCESS_KINDS, clause)
    process = named[0].entity if named else s.focus.get("process", s.index, 1)
    if process is None:
        process = s.focus.get("memory", s.index, 1)
    if process is None or not (process.maker or process.suppliers):
        return None
    if _RATE.search(q.text):
        return process
    before = s.text[max(0, q.start - 40) : q.start]
    level = _LEVEL_BEFORE.search(before) or _LEVEL_BEFORE.search(q.text[: q.number_end - q.start])
    if level is None and labelled_row(s.text[: q.start]) is not None:
        return process  # "CoWoS capacity (wafers per month): 2025: 75k, 2026E: 95k"
    talk = _CAPACITY_TALK.search(s.text, clause.start, q.start)
    return process if level is not None and talk is not None else None


# a capacity named as a label with a colon, its unit in a note or not ("CoWoS capacity
# (wafers per month, year-end):", "HBM capacity in wafers a month:"), then the row's figures,
# each after a year that labels it, or after the colon or the cell before: a table's row
# told in prose
_CAPACITY_LABEL = re.compile(
    r"\bcapacity\b(?:\s?\([^()]{1,40}\)|\s(?:in|,)\s[^:;.]{1,30})?:\s", re.I
)
_ROW_CELL = re.compile(
    r"(?:(?:19|20)\d\d[AEF]?[:,]\s)?(?:(?:about|around|roughly|some|nearly|~)\s?)?$", re.I
)
# the row's earlier cells: "2025: 75k, ", "2024A: 35,000; ", "75k at end-2025, "
_ROW_CELLS = re.compile(
    r"(?:(?:(?:19|20)\d\d[AEF]?[:,]\s[^;:]{1,25}?|[~$]?\d[\d,.]*k?\s(?:at|by|in)\s[^,;:]{1,20})"
    r"[,;]\s(?:and\s)?)*"
)


def labelled_row(lead: str) -> re.Match[str] | None:
    """The capacity label ``lead`` (a sentence up to a bare figure) opens a row with, when
    it leaves the figure as a cell of that row: right after the label, or after the row's
    earlier cells, a year labelling it or not."""
    if ":" not in lead:  # the label ends in a colon: no search of a long lead without one
        return None
    label = _CAPACITY_LABEL.search(lead)
    if label is None:
        return None
    cells = _ROW_CELLS.match(lead, label.end())
    rest = lead[cells.end() if cells else label.end() :]
    return label if _ROW_CELL.fullmatch(rest) is not None else None


# wafers named before a bare monthly figure in its clause: "HBM wafer capacity is to hit
# 60k a month", "total HBM wafer capacity of ~170k per month", "wafer starts of 45k/month"
_WAFERS_BEFORE = re.compile(r"\bwafers?\b(?!-)", re.I)
# wafers of a memory or logic that is no process of the vocabulary ("DRAM wafer starts"), with
# no HBM named beside it: no capacity the predicate records
_OTHER_WAFERS = re.compile(r"\b(?:DRAM|NAND|logic|foundry)\b(?![^.;]*\bHBM)", re.I)


def bare_wafer_rate(s: Sentence, q: QuantityMatch) -> bool:
    """Whether a bare English figure is a monthly count of wafers whose unit its clause
    named before it ("total HBM wafer capacity is to hit 60k a month next year"),
    whatever process the wafers are for (none named: the maker's whole output)."""
    if s.language != "en" or q.unit != "" or q.high < 1000:
        return False
    if not (_RATE.search(q.text) or _RATE.match(s.text, q.end)):
        # "HBM capacity (wafers/month): 2025: 150,000; 2026E: 190,000": the row's label
        # names the rate for each of its cells
        label = labelled_row(s.text[: q.start])
        return (
            label is not None
            and _RATE.search(label.group()) is not None
            and _WAFERS_BEFORE.search(label.group()) is not None
        )
    clause = s.clause_of(q.start)
    # up to the figure: "(about 15% of its DRAM starts)" after it is an aside
    if _NOT_CAPACITY.search(s.text, clause.start, q.end) or s.chip_near(q) is not None:
        return False
    if _OTHER_WAFERS.search(s.text, clause.start, q.start):
        return False
    return _WAFERS_BEFORE.search(s.text, clause.start, q.start) is not None
