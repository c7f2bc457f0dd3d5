"""Korean broker tables whose unit is said once, in the block's first line.

    HBM4 웨이퍼 캐파 추정 (단위: 천 장/월)
    · SK하이닉스: 1Q26 90 / 2Q26 110 / 4Q26 150

Each row names a company and pairs period codes with bare numbers; the header's note
"(단위: 천 장/월)" gives every number its scale and unit (90 = 90,000 wafers a month),
the header's process (HBM4) is the qualifier and its cue (추정, 전망) the modality; an
analyst's table with no cue is the analyst's forecast, anything else is actual.
"""

from __future__ import annotations

import re
from datetime import date

from tracker.domain.claims import Modality, Quantity, ValidTime
from tracker.extract.analysis import Sentence
from tracker.extract.entities import EntityMatcher
from tracker.extract.quantities import QuantityRecognizer
from tracker.extract.rules import Candidate
from tracker.extract.timex_base import last_day
from tracker.extract.vocabulary import Entity

_UNIT_NOTE = re.compile(r"[(（]\s*단위\s*[:：]\s*([^)）]+)[)）]")
# "1Q26 90", "2H26 110", "4Q'26 150", "2026E 45": a period code, then its number
_PERIOD_VALUE = re.compile(
    r"(?P<period>[1-4]Q\s?'?\d{2}|[12]H\s?'?\d{2}|(?:19|20)\d{2}E?)"
    r"\s*[:=]?\s*(?P<value>\d[\d,]*(?:\.\d+)?)(?![\d,.]*\s?[QH%])"
)
_PREDICATES = {"wafer/month": "capacity"}


def unit_table_rows(
    text: str, s: Sentence, entities: EntityMatcher, quantities: QuantityRecognizer
) -> list[Candidate]:
    """The claims of one Korean list row under a header with a unit note, else []."""
    if s.language == "ko" and s.table is not None:
        return _period_columns(text, s, entities, quantities)
    if s.language == "en" and s.table is not None:
        return _period_columns_en(text, s, entities)
    if s.language != "ko" or not s.is_item or "단위" not in text:
        return []
    header = _header(text, s.offset)
    note = _UNIT_NOTE.search(header)
    if note is None:
        return []
    scale = [q for q in quantities.find("1" + note.group(1).strip()) if q.unit]
    predicate = _PREDICATES.get(scale[0].unit) if scale else None
    company = next((m for m in s.mentions if m.kind == "company"), None)
    if predicate is None or company is None:
        return []
    named = [m for m in entities.find(header) if m.kind in ("process", "memory")]
    qualifiers = {"process": named[0].id} if named else {}
    modality = _modality(s, header)
    out: list[Candidate] = []
    for pair in _PERIOD_VALUE.finditer(s.text, company.end):
        time = next((t for t in s.times if t.start == pair.start("period")), None)
        if time is None:
            continue
        value = float(pair.group("value").replace(",", "")) * scale[0].low
        quantity = Quantity(low=value, high=value, unit=scale[0].unit)
        out.append(
            Candidate(
                company.id,
                predicate,
                modality,
                time.valid,
                pair.start("value"),
                qualifiers,
                value=quantity,
            )
        )
    return out


# a column headed by a year, marked actual (A) or estimated (E, F): "2025", "2026E", "2024A"
_YEAR_COLUMN = re.compile(r"(?P<year>(?:19|20)\d{2})\s?(?P<mark>[AEF]?)")
_YEAR_END = re.compile(r"연말|말\s?기준|year[-\s]end", re.I)


def _period_columns(
    text: str, s: Sentence, entities: EntityMatcher, quantities: QuantityRecognizer
) -> list[Candidate]:
    """A capacity table row under year columns whose unit the table's caption gives
    ("[표 1] … 생산능력 전망 (단위: 천 장/월, 연말 기준)" over "TSMC CoWoS | 75 | 115 | 150"):
    each cell is that year's capacity (at its end when the caption says so), actual in a
    column marked A or past, the house's forecast in one marked E or still ahead."""
    row = s.table
    caption = _header(text, s.offset)
    if row is None or not any(_period_column(h) for h in row.headers):
        return []
    label = s.text[row.cells[0].start : row.cells[0].end] if row.cells else ""
    scale = _wafer_scale(caption, label, quantities)
    if scale is None:
        return []
    # the row's own label may say when its figures hold ("… 생산능력(연말, 천 장)")
    caption = f"{caption} {label}"
    named = [m for m in s.mentions if m.kind in ("process", "memory")]
    named = named or [m for m in entities.find(caption) if m.kind in ("process", "memory")]
    if not named:
        return []
    process = named[0].entity
    company = next((m.entity for m in s.mentions if m.kind == "company"), None)
    company = company or next(
        (m.entity for m in entities.find(caption) if m.kind == "company"), None
    )
    maker = s.vocabulary.entities.get(process.maker or "")
    company = company or maker
    if company is None:
        return []
    return _year_cells(s, caption, process, company, scale)


# "(단위: 천 장/월, 연말 기준)", "(웨이퍼 투입 기준, 단위: 만 장)": a caption's unit note
_ANY_UNIT_NOTE = re.compile(r"[(（][^)）]*?단위\s*[:：]\s*([^)）,]+)")
# a row label's own unit: "TSMC CoWoS 월 생산능력(연말, 천 장)", "HBM4 웨이퍼 투입(연말, 월 천 장)"
_LABEL_NOTE = re.compile(r"[(（]([^)）]+)[)）]")


def _wafer_scale(caption: str, label: str, quantities: QuantityRecognizer) -> float | None:
    """Wafers a month per table number: the caption's unit note, else the row label's
    parenthesis; None when neither gives a monthly wafer count."""
    note = _ANY_UNIT_NOTE.search(caption)
    parts = [note.group(1)] if note is not None else []
    if not parts and (own := _LABEL_NOTE.search(label)) is not None:
        parts = own.group(1).split(",")
    for part in parts:
        said = part.strip()
        monthly = said.startswith("월") or "/월" in said or "월" in caption or "월" in label
        scale = [q for q in quantities.find("1" + said.removeprefix("월").strip()) if q.unit]
        if not scale or scale[0].unit not in ("wafer/month", "wafer"):
            continue
        if scale[0].unit == "wafer" and not monthly:
            return None  # a yearly output, no monthly capacity
        return scale[0].low
    return None


# a column headed by a quarter, marked estimated or not: "4Q25", "2Q26E", "1Q'26"
_QUARTER_COLUMN = re.compile(r"(?P<q>[1-4])Q\s?'?(?P<yy>\d{2})\s?(?P<mark>[AEF]?)")


def _period_column(header: str) -> bool:
    head = header.strip()
    return bool(_YEAR_COLUMN.fullmatch(head) or _QUARTER_COLUMN.fullmatch(head))


# an English table's caption, the line before it: "Table 1: Advanced packaging capacity at
# TSMC, thousand wafers per month (year-end)"
_EN_WAFERS = re.compile(r"\b(?:(?P<k>thousand|k)\s)?wafers?\s(?:per|a)\smonth\b", re.I)


def _period_columns_en(text: str, s: Sentence, entities: EntityMatcher) -> list[Candidate]:
    """An English capacity table under year columns ("Technology | 2025A | 2026E | 2027E")
    whose caption, the line before the table, gives the unit and the site's owner."""
    row = s.table
    if row is None or not any(_YEAR_COLUMN.fullmatch(h.strip()) for h in row.headers):
        return []
    block = text.rfind("\n\n", 0, s.offset)
    if block < 0:
        return []
    caption = text[text.rfind("\n", 0, block) + 1 : block].strip()
    unit = _EN_WAFERS.search(caption)
    named = [m for m in s.mentions if m.kind in ("process", "memory")]
    if unit is None or not named:
        return []
    company = next((m.entity for m in s.mentions if m.kind == "company"), None)
    company = company or next(
        (m.entity for m in entities.find(caption) if m.kind == "company"), None
    )
    company = company or s.vocabulary.entities.get(named[0].entity.maker or "")
    if company is None:
        return []
    scale = 1000.0 if unit.group("k") else 1.0
    return _year_cells(s, caption, named[0].entity, company, scale)


def _year_cells(
    s: Sentence, caption: str, process: Entity, company: Entity, scale: float
) -> list[Candidate]:
    """The row's cells under year columns: that year's capacity (at its end when the
    caption says so), actual in a column marked A or past, forecast in one marked E/F or
    still ahead."""
    row = s.table
    assert row is not None
    year_end = _YEAR_END.search(caption) is not None
    out: list[Candidate] = []
    for q in row.quantities:
        column = row.column_of(q.start)
        head = _YEAR_COLUMN.fullmatch(row.header(column).strip())
        quarter = _QUARTER_COLUMN.fullmatch(row.header(column).strip())
        if (head is None and quarter is None) or column == 0 or q.unit:
            continue
        if head is not None:
            year = int(head.group("year"))
            start = date(year, 12, 31) if year_end else date(year, 1, 1)
            valid = ValidTime(kind="point", start=start, end=date(year, 12, 31))
        else:
            assert quarter is not None
            head = quarter
            year, first = 2000 + int(quarter.group("yy")), 3 * int(quarter.group("q")) - 2
            end = last_day(year, first + 2)
            valid = ValidTime(kind="point", start=date(year, first, 1), end=end)
        ahead = head.group("mark") in ("E", "F") or (
            not head.group("mark") and valid.end is not None and valid.end >= s.published
        )
        value, high = q.low * scale, q.high * scale
        out.append(
            Candidate(
                company.id,
                "capacity",
                "forecast" if ahead else "actual",
                valid,
                q.start,
                {"process": process.id},
                value=Quantity(low=value, high=high, unit="wafer/month"),
            )
        )
    return out


def _header(text: str, offset: int) -> str:
    """The first line of the block (lines up to a blank line) that holds ``offset``."""
    blank = text.rfind("\n\n", 0, offset)
    start = 0 if blank < 0 else blank + 2
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


def _modality(s: Sentence, header: str) -> Modality:
    said = s.cues.governing(header, "ko", len(header))
    if said is not None:
        return said
    return "forecast" if s.tier == "analyst" else "actual"


__all__ = ["unit_table_rows"]
