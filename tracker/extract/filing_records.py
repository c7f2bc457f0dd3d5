"""A Korean filing's decision to acquire another company's shares, written as numbered
fields rather than sentences:

    ■ 카카오 — 타법인 주식 및 출자증권 취득결정
    1. 발행회사: 퓨리오사AI
    2. 취득금액(원): 48,000,000,000
    3. 취득예정일자: 2026-04-01

No line says who invests in whom: the amount line is one field of a record whose title
names the investor (or the filing is the company's own, "당사"), and whose issuer field
("발행회사") names the company invested in. The fields are read as one record: the amount is
the investor's `investment` in the issuer, a decision not yet in place (GUIDE: an agreement
to buy shares is announced), dated at publication (the dev gold: the expected closing date
is not the claim's time). An acquisition the record or the prose around it calls added to
an earlier stake ("추가로 취득", "누적 투자액") is no claim: the standing total is recorded
where the text gives it (GUIDE).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from tracker.domain.claims import Quantity
from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate
from tracker.extract.entities import Mention
from tracker.extract.timex import point_at

# the amount field: "취득금액(원): 27,500,000,000", "취득 금액: 1500억 원", "출자금액 …원"
_AMOUNT = re.compile(
    r"(?:취득|출자|인수)\s?(?:금액|가액|대금)(?:\s?\((원|달러|USD|KRW)\))?\s?[:：]?\s?"
)
# the title of a share-acquisition record ("타법인 주식 및 출자증권 취득결정", "주식 취득 결정")
_TITLE = re.compile(
    r"(?:타법인\s?)?주식\s?(?:및\s?출자증권\s?)?(?:취득|양수)\s?결정|출자증권\s?취득"
)
# what opens another record or section: a boxed or bulleted header, a bracketed title, a
# numbered digest item naming its filer and title ("2) ㈜카카오 — 신규시설투자등"; a field
# "1) 발행회사" has no dash)
_SECTION = re.compile(r"^(?:[■□◆◇●【\[]|\d{1,2}\)[ \t][^\n]*?[ \t][—–-][ \t])", re.MULTILINE)
# the issuer field, running to the next numbered field
_ISSUER = re.compile(r"^(?:\d{1,2}[.)]\s?)?(?:[-—–·]\s?)?발행\s?회사\s?[:：]?", re.MULTILINE)
_NEXT_FIELD = re.compile(r"^\d{1,2}[.)]\s", re.MULTILINE)
# the filer's name written in the record's preamble ("회사명: SK텔레콤(주) / 공시일: …")
_FILER = re.compile(r"^(?:회사명|제출인|공시\s?회사)\s?[:：]", re.MULTILINE)
# shares added to a stake already held: the amount is no standing total
_ADDED = re.compile(
    r"추가\s?(?:로\s?|적으로\s?)?(?:취득|출자|투자|인수|매입)|누적\s?(?:투자|출자|취득)"
    r"|기존\s?(?:투자|보유\s?지분|지분)|투자한\s?바"
)
_UNIT = {"원": "KRW", "KRW": "KRW", "달러": "USD", "USD": "USD"}

Finder = Callable[[str], Sequence[Mention]]


def filing_investments(text: str, s: Sentence, find: Finder) -> list[Candidate]:
    """The investment an acquisition record's amount field states, read with the record's
    title and issuer field (none when either party is missing or the shares are added)."""
    if s.language != "ko" or not s.is_item or not s.quantities:
        return []
    field = _AMOUNT.search(s.text)
    if field is None:
        return []
    q = next((q for q in s.quantities if field.end() <= q.start <= field.end() + 2), None)
    unit = q and (q.unit or _UNIT.get(field.group(1) or ""))
    if q is None or unit not in ("KRW", "USD"):
        return []
    record = _record(text, s.offset)
    if record is None or _ADDED.search(text, *_scope(text, record)):
        return []
    title_at, end = record
    target = _issuer(text, title_at, end, find)
    investor = _investor(text, title_at, end, s, find)
    if target is None or investor is None or investor == target:
        return []
    value = Quantity(low=q.low, high=q.high, unit=unit, approx=q.approx, bound=q.bound)
    valid = point_at(s.published)
    return [
        Candidate(
            investor, "investment", "announced", valid, q.start, {"target": target}, value=value
        )
    ]


def _record(text: str, at: int) -> tuple[int, int] | None:
    """The start of the record's title line and the record's end, for a field at ``at``."""
    title = None
    for m in _TITLE.finditer(text, max(0, at - 1500), at):
        title = m
    if title is None:
        return None
    title_at = text.rfind("\n", 0, title.start()) + 1
    title_end = text.find("\n", title.end())
    if title_end < 0 or title_end > at:
        return None
    if _SECTION.search(text, title_end, at):
        return None  # another record opens between the title and the field
    after = _SECTION.search(text, at)
    return title_at, after.start() if after else len(text)


def _scope(text: str, record: tuple[int, int]) -> tuple[int, int]:
    """The record with the prose before it back to the previous section: where a lead
    sentence says the shares are bought on top of a stake ("…신주를 추가로 취득하기로")."""
    before = 0
    for m in _SECTION.finditer(text, 0, record[0]):
        before = m.start()
    return before, record[1]


def _issuer(text: str, start: int, end: int, find: Finder) -> str | None:
    """The company of the issuer field (its own line or the lines under it)."""
    m = _ISSUER.search(text, start, end)
    if m is None:
        return None
    stop = _NEXT_FIELD.search(text, m.end(), end)
    return _first_company(text[m.end() : stop.start() if stop else end], find)


def _investor(text: str, start: int, end: int, s: Sentence, find: Finder) -> str | None:
    """The company the title line names, else the filer of the preamble, else the
    document's own company (a filing's "당사")."""
    line_end = text.find("\n", start)
    named = _first_company(text[start:line_end], find)
    if named is not None:
        return named
    first_field = _NEXT_FIELD.search(text, line_end, end)
    filer = _FILER.search(text, line_end, first_field.start() if first_field else end)
    if filer is not None:
        line = text.find("\n", filer.end())
        named = _first_company(text[filer.end() : line if line >= 0 else end], find)
        if named is not None:
            return named
    issuer = s.focus.issuer
    return issuer.id if issuer is not None and issuer.kind == "company" else None


def _first_company(part: str, find: Finder) -> str | None:
    return next((m.id for m in find(part) if m.kind == "company"), None)
