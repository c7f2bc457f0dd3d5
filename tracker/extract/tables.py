"""Text tables: rows like ``Ironwood | 192 GB HBM3E | 7.37 TB/s`` read against a header.

A table is a block of consecutive lines split into cells by ``|`` (or tabs). The first
line of a block that holds no quantity is its header; markdown rules (``---|---``) are
skipped. A row is not a sentence, so only :func:`table_rule` reads it: the row's first
chip is the subject, each cell is read with its column's header (the unit of a bare
number, the precision of a compute column, the memory of a capacity column, a supplier
column), and nothing else in the row becomes a claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tracker.domain.claims import Quantity
from tracker.extract.entities import Mention
from tracker.extract.quantities import QuantityMatch
from tracker.extract.text import Span
from tracker.extract.timex import point_at

_RULE_LINE = re.compile(r"^[\s|:+\-–—=]+$")
# a labelled field ("Dense FP8: 4.5 PFLOPS"): a line of them split by bars is a spec line
# (speclines), not a row of a table
_FIELD = re.compile(r"[A-Za-z][A-Za-z0-9 ()'’-]{0,40}?:\s\S")
_NOT_MEMORY_BW = re.compile(
    r"interconnect|nvlink|network|\bici\b|scale-up|scale-out|칩\s?간|인터커넥트|네트워크|링크|"
    r"ethernet|이더넷|pcie|infiniband",
    re.IGNORECASE,
)
_SYSTEM_COLUMN = re.compile(
    r"pod|포드|파드|팟|cluster|클러스터|rack|(?<!블)랙|system|시스템|server|서버", re.I
)  # not the 랙 of 블랙웰
_UNIT_IN_HEADER = re.compile(r"\(([^)]{1,24})\)\s*$|,\s*([^,]{1,16})$|\s([A-Za-z/]{2,12})$")


@dataclass(frozen=True, slots=True)
class TableRow:
    """One data row: its cells (offsets into the row's text) and the header's cell texts."""

    cells: tuple[Span, ...]
    headers: tuple[str, ...] = ()
    header_ids: tuple[tuple[str, ...], ...] = ()
    quantities: tuple[QuantityMatch, ...] = field(default=())

    def header(self, column: int) -> str:
        return self.headers[column] if column < len(self.headers) else ""

    def header_entities(self, column: int) -> tuple[str, ...]:
        return self.header_ids[column] if column < len(self.header_ids) else ()

    def column_of(self, pos: int) -> int:
        for k, cell in enumerate(self.cells):
            if cell.start <= pos < cell.end:
                return k
        return len(self.cells) - 1


def split_cells(line: str) -> tuple[Span, ...] | None:
    """The cells of a table line (``None`` when the line is not one), outer pipes dropped."""
    sep = "|" if "|" in line else "\t" if line.count("\t") >= 1 else None
    if sep is None:
        return _aligned_cells(line)
    cells: list[Span] = []
    start = 0
    for i, ch in enumerate([*line, sep]):
        if ch == sep:
            cells.append(_trim(line, start, i))
            start = i + 1
    if cells and cells[0].start == cells[0].end:
        cells = cells[1:]
    if cells and cells[-1].start == cells[-1].end:
        cells = cells[:-1]
    if len(cells) < 2 or any(c.start == c.end for c in cells):
        return None
    if sep == "|" and all(_FIELD.match(line, c.start, c.end) for c in cells):
        return None  # "FP8: 4.5 PFLOPS | FP16: 2.2 PFLOPS": the fields of a spec line
    return tuple(cells)


# columns aligned with spaces, as a plain-text note lays out a table: two or more spaces
# between cells, three cells at least, each short and none a sentence
_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
_SENTENCE_END = re.compile(r"[.!?]$")


def _aligned_cells(line: str) -> tuple[Span, ...] | None:
    """The cells of a line whose columns are aligned with runs of spaces, else ``None``."""
    if len(line) > 240 or line.count("  ") < 2:
        return None
    start = len(line) - len(line.lstrip())
    end = len(line.rstrip())
    cells: list[Span] = []
    for gap in _GAP.finditer(line, start, end):
        cells.append(Span(start, gap.start()))
        start = gap.end()
    cells.append(Span(start, end))
    if len(cells) < 3:
        return None
    texts = [line[c.start : c.end] for c in cells]
    if any(len(t) > 40 or _SENTENCE_END.search(t) for t in texts):
        return None
    return tuple(cells)


def is_rule_line(line: str) -> bool:
    """A markdown header rule (``|---|:---:|``)."""
    return bool(_RULE_LINE.match(line)) and "-" in line


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def header_unit(header: str) -> str | None:
    """The unit a header gives its column's bare numbers: "Memory (GB)", "대역폭, TB/s"."""
    m = _UNIT_IN_HEADER.search(header.strip())
    if m is None:
        return None
    return next(g for g in m.groups() if g is not None).strip()


# -- the rule -----------------------------------------------------------------------------

SPEC_UNITS = {"FLOP/s": "peak_compute", "B": "memory_capacity", "B/s": "memory_bandwidth"}


@dataclass
class TableCandidate:
    """What :func:`table_rule` found (turned into a rules.Candidate by the extractor)."""

    subject: str
    predicate: str
    anchor: int
    qualifiers: dict[str, str]
    object: str | None = None
    value: Quantity | None = None


def read_row(
    text: str,
    row: TableRow,
    mentions: list[Mention],
    precision_tokens: tuple[str, ...],
    supplier_words: re.Pattern[str],
    per_system_words: re.Pattern[str] | None,
    per_chip_words: re.Pattern[str],
) -> list[TableCandidate]:
    """The claims one table row states, read against its header."""
    chip = next((m for m in mentions if m.kind in ("chip", "system")), None)
    if chip is None:
        return []
    subject_column = row.column_of(chip.start)
    out: list[TableCandidate] = []
    memories = [m for m in mentions if m.kind == "memory"]
    for q in row.quantities:
        column = row.column_of(q.start)
        if column == subject_column:
            continue
        header = row.header(column)
        cell = row.cells[column]
        cell_text = text[cell.start : cell.end]
        value = Quantity(low=q.low, high=q.high, unit=q.unit, approx=q.approx, bound=q.bound)
        predicate = SPEC_UNITS.get(q.unit)
        if predicate is not None:
            if _SYSTEM_COLUMN.search(header) and not per_chip_words.search(header):
                continue  # a pod's or rack's total, not the chip's
            if predicate == "memory_bandwidth" and _NOT_MEMORY_BW.search(header + cell_text):
                continue
            qualifiers: dict[str, str] = {}
            if predicate == "peak_compute":
                # "197 TFLOPS BF16; 394 TOPS INT8": each figure takes the precision of its part
                part = _part_of(cell_text, q.start - cell.start)
                precision = (
                    _token(part, precision_tokens)
                    or _token(cell_text, precision_tokens)
                    or _token(header, precision_tokens)
                )
                if precision:
                    qualifiers["precision"] = precision
            if predicate == "memory_capacity":
                memory = _memory_of(q, memories, row.header_entities(column))
                if memory:
                    qualifiers["memory"] = memory
            out.append(TableCandidate(chip.id, predicate, q.start, qualifiers, value=value))
        elif q.unit in ("count", "") and per_system_words and per_system_words.search(header):
            value = Quantity(low=q.low, high=q.high, unit="count", approx=q.approx, bound=q.bound)
            # "72개(GB300 NVL72)": the count is of the system the cell names, not the row's chip
            system = _named_in(mentions, cell, chip.id) or chip.id
            out.append(TableCandidate(system, "chips_per_system", q.start, {}, value=value))
    out.extend(_supply(row, chip, mentions, memories, supplier_words))
    return out


def _supply(
    row: TableRow,
    chip: Mention,
    mentions: list[Mention],
    memories: list[Mention],
    supplier_words: re.Pattern[str],
) -> list[TableCandidate]:
    """A supplier column: the chip's maker (or the company named with the chip) buys the
    row's memory from the company in that column."""
    product = memories[0].id if memories else None
    if product is None:
        return []
    chip_column = row.column_of(chip.start)
    buyer = next(
        (m.id for m in mentions if m.kind == "company" and row.column_of(m.start) == chip_column),
        chip.entity.maker,
    )
    out: list[TableCandidate] = []
    for m in mentions:
        column = row.column_of(m.start)
        if m.kind != "company" or column == chip_column:
            continue
        if supplier_words.search(row.header(column)) and buyer and m.id != buyer:
            out.append(TableCandidate(buyer, "supply_deal", m.start, {"product": product}, m.id))
    return out


# the parts of one cell that hold figures of their own: "197 TFLOPS BF16; 394 TOPS INT8"
_CELL_PARTS = re.compile(r";|\s/\s|,\s")


def _part_of(cell_text: str, pos: int) -> str:
    """The part of a cell (between ``;``, `` / `` or ``, ``) that holds offset ``pos``."""
    start = 0
    for sep in _CELL_PARTS.finditer(cell_text):
        if sep.start() >= pos:
            return cell_text[start : sep.start()]
        start = sep.end()
    return cell_text[start:]


def _named_in(mentions: list[Mention], cell: Span, row_chip: str) -> str | None:
    """Another chip or system named inside ``cell`` (not the row's own chip)."""
    inside = (m for m in mentions if cell.start <= m.start < cell.end)
    return next((m.id for m in inside if m.kind in ("chip", "system") and m.id != row_chip), None)


def _token(text: str, tokens: tuple[str, ...]) -> str | None:
    for token in sorted(tokens, key=len, reverse=True):
        if re.search(rf"(?<![A-Za-z0-9]){re.escape(token)}(?![A-Za-z0-9])", text, re.I):
            return token.lower()
    return None


def _memory_of(
    q: QuantityMatch, memories: list[Mention], header_ids: tuple[str, ...]
) -> str | None:
    if memories:
        return min(memories, key=lambda m: abs(m.start - q.start)).id
    return header_ids[0] if header_ids else None


__all__ = ["TableCandidate", "TableRow", "header_unit", "is_rule_line", "point_at", "read_row"]
