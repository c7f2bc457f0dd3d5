"""A Korean investment that names no target because it says "also" of an earlier one.

"미국 정부는 인텔 지분 10%를 확보했고, 소프트뱅크도 20억 달러를 넣었다", "아마존이 앤트로픽에
넣은 돈은 80억 달러이고, 구글의 투자액도 30억 달러 안팎에 이른다": the particle 도 (also)
puts a second investor beside the first, in the same target, which the sentence named
earlier: as the dative of the first statement ("앤트로픽에") or as the company whose stake
was taken ("인텔 지분").
"""

from __future__ import annotations

import re

from tracker.extract.analysis import DATIVE, Sentence
from tracker.extract.entities import Mention
from tracker.extract.text import Span

_COMPANY = ("company",)
_TARGET_KINDS = ("company", "cluster", "facility")
_STAKE_AFTER = re.compile(r"\s?지분")
# "구글의 투자액도", "구글의 누적 투자 규모도": a holding that says "also"
_HOLDING_ALSO = re.compile(r"의\s(?:누적\s|총\s)?투자\s?(?:액|금|규모|총액)도\s")


def also_target(s: Sentence, investor: Mention) -> str | None:
    """The target an investor marked with 도 shares with the statement before it."""
    if s.language != "ko":
        return None
    if not (s.particle(investor) == "도" or _HOLDING_ALSO.match(s.text, investor.end)):
        return None
    earlier = [
        m
        for m in s.of_kind(_TARGET_KINDS)
        if m.end <= investor.start
        and m.id != investor.id
        and (s.particle(m) in DATIVE or _STAKE_AFTER.match(s.text, m.end))
    ]
    return earlier[-1].id if earlier else None


# a clause opening on a bare total: "…, 투자액은 30억 달러 안팎이다", "누적 투자 규모는 …"
_BARE_TOTAL = re.compile(r"[\s,]*(?:누적\s|총\s)?투자\s?(?:액|금|규모|총액)(?:은|는|이|가)\s")


def bare_holding(s: Sentence, clause: Span) -> tuple[Mention, str] | None:
    """A later clause naming a total with no company ("구글은 앤트로픽 지분 14%를 보유하고
    있으며, 투자액은 30억 달러 안팎이다"): the sentence's topic holds it, in the company its
    first clause gave a stake in or money to."""
    if s.language != "ko" or clause.start == 0 or s.of_kind(_COMPANY, clause):
        return None
    if not _BARE_TOTAL.match(s.text, clause.start):
        return None
    if any(q.start < clause.start and q.unit not in ("", "count", "%") for q in s.quantities):
        return None  # "…에 100억 달러를 투자했고, 총 투자액은 …": a running total, read elsewhere
    before = s.of_kind(_TARGET_KINDS, Span(0, clause.start))
    topics = [
        m for m in before if m.kind == "company" and s.particle(m) in ("은", "는", "이", "가")
    ]
    if len(topics) != 1:
        return None
    targets = [
        m
        for m in before
        if m.id != topics[0].id and (s.particle(m) in DATIVE or _STAKE_AFTER.match(s.text, m.end))
    ]
    return (topics[0], targets[-1].id) if targets else None


def also_holding(s: Sentence, clause: Span) -> tuple[Mention, str] | None:
    """A holding that says "also" ("구글의 투자액도 30억 달러") in the clause: its company
    and the target of the statement before it."""
    if s.language != "ko":
        return None
    for m in s.of_kind(_COMPANY, clause):
        if _HOLDING_ALSO.match(s.text, m.end):
            target = also_target(s, m)
            if target is not None:
                return m, target
    return None
