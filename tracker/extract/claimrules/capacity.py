"""Capacity rules: a manufacturer's production capacity (monthly wafers, annual
units), with the earlier level a change is from."""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.domain.claims import ValidTime
from tracker.extract.analysis import Sentence
from tracker.extract.booked_capacity_en import booked_by
from tracker.extract.carried import bare_wafer_rate, carried_process
from tracker.extract.claimrules.common import (
    _COMPANY,
    _UP_FROM,
    Candidate,
    RuleState,
    _anchors,
    _own_number,
    _quantity,
    _subject_company,
    from_figures,
)
from tracker.extract.compared_capacity_en import counterpart_capacities
from tracker.extract.entities import Mention
from tracker.extract.own_forecast import expected_by_other, own_forecast
from tracker.extract.quantities import QuantityMatch
from tracker.extract.text import Span
from tracker.extract.timex import point_at
from tracker.extract.unnamed import unnamed_subject_ko
from tracker.extract.vocabulary import Entity, Vocabulary


def capacity_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A manufacturer's capacity for a process, per month, dated."""
    out: list[Candidate] = []
    for i, q in enumerate(s.quantities):
        # "…CoWoS output. It will reach 90,000 a month": the unit said a sentence earlier
        carried = carried_process(s, q) if q.unit == "" and i not in state.used else None
        if i in state.used or (
            q.unit not in ("wafer/month", "wafer")
            and carried is None
            and not bare_wafer_rate(s, q)  # "HBM wafer capacity is to hit 60k a month"
        ):
            continue
        clause = s.clause_of(q.start)
        if _of_demand(s.text[clause.start : q.start]):
            continue
        if s.language == "ko" and _ORDERED_AFTER_KO.match(s.text, q.end):
            continue  # "오픈AI가 SK하이닉스에 HBM 월 90만 장을 주문했다": an order, no capacity
        if (
            out
            and s.language == "en"
            and (
                _UP_FROM.search(s.text[max(0, q.start - 30) : q.start])
                or _old_estimate_listed(s, q.start)
            )
        ):
            # "…, up from 75,000 wafers": the old value (see _earlier_capacity); "up from
            # 100k and 130k in our February note": old values, a list
            continue
        if s.language == "en" and _ADDED_EN.search(
            s.text, max(clause.start, q.start - 40), q.start
        ):
            continue  # "will add roughly 20,000 wpm": an increment, not the level reached
        if s.language == "ko" and _SHARE_KO.search(s.text, clause.start, q.start):
            continue  # "CoWoS 가운데 TPU 몫은 월 2만 5000장": an allocation, not a capacity
        if q.unit == "wafer" and not _monthly_capacity(s, q, clause):
            continue
        mention = _wafer_maker(s, q.start, _maker_after(s, q, clause, _subject_company(s, q.start)))
        qualifiers: dict[str, str] = {}
        kinds = ("process", "memory")
        inside = s.of_kind(kinds, Span(q.start, q.end))  # "70,000 CoWoS wafers a month"
        process = (
            (inside[0] if inside else None)
            or s.nearest(kinds, q.start, span=clause)
            or _process_after(s, q, clause)
            # "TSMC CoWoS: …, and the company is shooting for …"; not past a product of no
            # generation named in the figure's clause ("HBM4 ships …, and its HBM capacity …")
            or (
                None
                if _GENERIC_PRODUCT.search(s.text, clause.start, q.start)
                else (s.nearest(kinds, q.start))
            )
        )
        process_entity = process.entity if process else carried
        # "현재 월 15만 장 안팎인 HBM 전체 생산능력": a Korean figure before the noun it
        # describes, the whole of the maker's output
        total = (
            _TOTAL.search(s.text, clause.start, q.start)
            or _TOTAL_AFTER_KO.match(s.text, q.end)
            or _GENERIC_AFTER_EN.match(s.text, q.end)  # "20,000 wafers a month of HBM capacity"
        )
        if (
            process_entity is None
            and not total
            and not _GENERIC_PRODUCT.search(s.text, clause.start, q.start)
            and not any(s.is_compared(m) for m in s.of_kind(kinds, clause))
        ):
            # "total HBM capacity": all processes, no qualifier; "HBM 생산능력", "2.5D
            # packaging capacity": a product of no named generation, not the one before;
            # "a line similar to CoWoS": what it is compared with, so not that process
            process_entity = s.focus.get("process", s.index, 3) or s.focus.get("memory", s.index, 3)
        if process_entity is not None and not _all_hbm(s, q, process_entity.id):
            qualifiers["process"] = process_entity.id
        if mention is None and (
            _COLLECTIVE.search(s.text, clause.start, q.start)
            or (s.language == "ko" and unnamed_subject_ko(s.text, clause.start, q.start))
        ):
            # "대만의 다른 업체도 … 월 1만 장으로 늘렸다": a maker not named; "국내 전체 월
            # 생산능력은 245만 장", "업계 전체의": a country's or an industry's, no one maker's
            continue
        if booked_by(s, mention, q.start, process_entity):
            mention = None  # "Nvidia has booked half of that capacity, and … 90,000 wpm"
        company = mention.entity if mention is not None else _implicit_company(s, process_entity)
        if company is None:
            continue
        if "process" not in qualifiers and not total:
            qualifiers.update(_topic_process(s, company))
        valid = s.valid_for(q.start, _anchors(s))
        modality = _own_number(s.modality(q.start, valid), s, valid, q.start)
        if modality is None:
            continue
        if (
            modality == "forecast"
            and mention is not None
            and own_forecast(s.text, mention, q.start)
        ):
            modality = "planned"  # "TSMC sees its CoWoS capacity at 150,000 …": its own number
        elif modality == "planned" and expected_by_other(
            s.text, s.of_kind(_COMPANY), company.id, q.start
        ):
            modality = "forecast"  # "Nvidia expects TSMC's CoWoS capacity to reach …"
        state.used.add(i)
        out.append(
            Candidate(
                company.id,
                "capacity",
                modality,
                valid,
                q.start,
                qualifiers,
                value=_quantity(q, "wafer/month"),
            )
        )
    out.extend(_earlier_capacity(s, state, out))
    return counterpart_capacities(s, state, out)  # "…, against roughly 150,000 for Samsung"


def _fabless(vocabulary: Vocabulary) -> frozenset[str]:
    """Companies that design chips and make no wafers of the vocabulary's processes or
    memories (Nvidia, AMD's GPUs aside: AMD makes none; Google, AWS …): no capacity is
    theirs (the dev gold's capacity subjects are foundries, packagers and memory makers)."""
    designers = {e.maker for e in vocabulary.entities.values() if e.kind in ("chip", "system")}
    makers: set[str] = set()
    for e in vocabulary.entities.values():
        if e.kind in ("process", "memory"):
            makers.update(x for x in (e.maker, *e.suppliers) if x)
    return frozenset(d for d in designers if d and d not in makers)


def _wafer_maker(s: Sentence, pos: int, mention: Mention | None) -> Mention | None:
    """``mention``, unless it is a chip designer that makes no wafers ("HBM4 is shipping to
    Nvidia, the Boise company told analysts, and its HBM wafer capacity will reach 60,000 a
    month": "its" is the memory maker's): then the nearest company before the figure that
    makes wafers, if the sentence names one."""
    if mention is None:
        return None
    fabless = s.vocabulary.derived("capacity.fabless", _fabless)
    if mention.id not in fabless:
        return mention
    makers = [m for m in s.of_kind(_COMPANY) if m.end <= pos and m.id not in fabless]
    return makers[-1] if makers else None


def _maker_after(
    s: Sentence, q: QuantityMatch, clause: Span, mention: Mention | None
) -> Mention | None:
    """The maker of a figure: the one named right after it when none is before ("CoWoS
    capacity of 90,000 wafers a month at TSMC"), or after "at" over the one before
    ("Samsung's … 60,000 wafers a month, versus roughly 90,000 at SK hynix"; not "at
    Nvidia's request")."""
    if mention is not None and s.text.startswith(_BOUND_FOR, mention.end):
        mention = None  # "엔비디아向 HBM4 생산능력": the customer, not the maker
    after = s.nearest(_COMPANY, q.end, before=False, span=clause)
    if after is None:
        return mention
    if mention is None and after.start - q.end <= 30:
        return after
    if (
        s.language == "en"
        and _AT_MAKER.fullmatch(s.text, q.end, after.start)
        and not s.text.startswith(("'s", "’s"), after.end)
    ):
        return after
    return mention


# a figure said to be a maker's by "at" right after it: "versus roughly 90,000 at SK
# hynix", "and 40,000 wafers a month at Micron" (not "at Nvidia's request", not "for")
_AT_MAKER = re.compile(
    r"(?:\s(?:[\w/-]+\s){0,3}?(?:wafers?|wpm|a\smonth|per\smonth|monthly))?\s(?:at|over\sat)\s"
    r"(?:the\s)?"
)


def _process_after(s: Sentence, q: QuantityMatch, clause: Span) -> Mention | None:
    """The process named after a figure in its clause, unless it names a part of the total
    the figure is ("HBM 전체 … 월 17만 장 정도고, 그중 HBM4가 절반을 넘는다")."""
    later = s.nearest(("process", "memory"), q.end, before=False, span=clause)
    if later is None or _PART_AFTER.search(s.text, q.end, later.start):
        return None
    return None if _TOTAL.search(s.text, clause.start, q.start) else later


def _topic_process(s: Sentence, company: Entity) -> dict[str, str]:
    """The maker's process the talk has been about for a while ("—지금 CoWoS 캐파는 …" …
    "김: 내년 말에는 월 10만 장 이상으로 예상합니다"), as the capacity's qualifier."""
    held = s.focus.get("process", s.index, _TOPIC_REACH)
    if held is None or company.id not in (held.maker, *held.suppliers):
        return {}
    return {"process": held.id}


_BOUND_FOR = ("向", "향 ", "향으로")
_TOPIC_REACH = 8  # sentences a process stays the topic of its maker's capacity


def _implicit_company(s: Sentence, process: Entity | None) -> Entity | None:
    """The manufacturer a capacity figure with no named subject belongs to: in Korean the
    topic of the text (an interviewee's answers are about their company, not a partner
    they named: "AMD와도 협의 중입니다" leaves 삼성전자 the topic), else the last company;
    either only when it can make the process (CoWoS is TSMC's, HBM4 its suppliers')."""
    makers = {process.maker, *process.suppliers} - {None} if process is not None else set()
    candidates = [s.focus.get("company", s.index, 3)]
    if s.language == "ko":
        candidates.insert(0, s.focus.get("topic", s.index, 12))
        # a broker's note: the company it covers ("이 중 HBM4 라인은 …" after "동사의 캐파")
        candidates.insert(0, s.focus.covered)
        candidates.insert(0, s.focus.issuer)  # a company's release: its own capacity
    else:
        # "SK hynix … The company supplies Nvidia. Its HBM4 capacity …": the subject of
        # the last sentences, not the customer named last
        candidates.insert(0, s.focus.salience.pick(None, s.index, set(), window=2))
    fabless = s.vocabulary.derived("capacity.fabless", _fabless)
    for company in candidates:
        if company is None or company.id in fabless:
            continue  # a chip designer makes no wafers
        if not makers or company.id in makers:
            return company
    if process is not None and process.maker is not None:
        return s.vocabulary.entities.get(process.maker)  # CoWoS capacity is TSMC's
    return None


def _earlier_capacity(s: Sentence, state: RuleState, found: list[Candidate]) -> list[Candidate]:
    """ "…to 90,000 wafers a month by end-2026, up from about 75,000 at the end of this
    year": the earlier figure, dated by its own time, is a capacity too (a from-figure
    with no time of its own is only the old value being replaced)."""
    if not found or s.language != "en":
        return []
    out: list[Candidate] = []
    for i, q, from_at, said in from_figures(s, state, ("", "wafer/month", "wafer")):
        if _PREVIOUSLY.match(s.text, q.end):
            continue  # "up from 32k previously": the house's old estimate, no capacity
        head = next((c for c in found if c.anchor < q.start), None)
        # "up from 32k, and 70k wpm by end-2025": a time after the next figure is its own
        after = next((r.start for r in s.quantities if r.start > q.end), len(s.text))
        times = [t for t in said if _said_before(s, t, after)]
        if not times and _NOW_AFTER.match(s.text, q.end):
            times = [point_at(s.published)]  # "…, from roughly ninety thousand now"
        if head is None or not times:
            continue
        valid = times[0]
        # "up from an estimated 90k-100k wpm today": the hedge before the figure counts
        modality = s.modality(q.start, valid, Span(from_at, len(s.text)))
        if modality is None:
            continue
        state.used.add(i)
        out.append(
            replace(
                head,
                modality=modality,
                valid=valid,
                anchor=q.start,
                value=_quantity(q, "wafer/month"),
            )
        )
    return out


# the from-figure is an earlier estimate: "up from 32k previously", "from 60k before",
# "from our prior 60k" is read by the (prior: …) rule
_PREVIOUSLY = re.compile(
    r"\s?(?:[\w/-]+\s){0,2}?(?:previously|before|earlier|prior|in\sour\s(?:[a-z]+\s){0,2}"
    r"(?:note|model|estimate|report|update|forecast)s?)\b",
    re.I,
)
# a second old value listed after the first: "up from 100k and 130k in our February note"
_UP_FROM_AND = re.compile(
    r"\b(?:up|down)\sfrom\s(?:about\s|roughly\s|~)?[\d.,]+\s?[kKmM]?(?:\s[a-z/]+)?"
    r"(?:,\s|\sand\s|,\sand\s)(?:about\s|roughly\s|~)?$"
)


def _old_estimate_listed(s: Sentence, start: int) -> bool:
    """Whether the figure at ``start`` is a further old value after "up from X and" told as
    the house's earlier estimate ("… in our February note", "… previously")."""
    if _UP_FROM_AND.search(s.text, max(0, start - 48), start) is None:
        return False
    end = next((q.end for q in s.quantities if q.start == start), start)
    return _PREVIOUSLY.match(s.text, end) is not None


def _said_before(s: Sentence, valid: ValidTime, end: int) -> bool:
    """Whether the time ``valid`` is said in the sentence before ``end``."""
    return any(t.valid == valid and t.start < end for t in s.times)


_SHARE_KO = re.compile(r"몫|배정|할당|배분")
# "add another 15-20k wpm", "will add roughly 20,000 wafers a month", "an additional 10,000
# wafers": what is added to a capacity is no capacity (GUIDE, settled cases, for amounts)
_ADDED_EN = re.compile(
    r"(?:\b(?:add|adds|adding|added)\s(?:(?!to\b|reach|bring|total|for\b|and\b)[\w-]+\s){0,4}?|\b(?:another|additional|extra)\s"
    r"(?:(?:about|roughly|around|some|nearly|approximately|up\sto|an\sestimated)\s)?)$",
    re.I,
)
_NOW_AFTER = re.compile(r"\s(?:now|currently|today|at present)\b", re.I)
# what a buyer needs or orders is no one's capacity ("스타게이트에 필요한 D램 웨이퍼는 월 90만
# 장", "오픈AI가 요구하는 물량은", "소요되는 웨이퍼")
_DEMAND = re.compile(
    r"demand|수요|orders|주문|필요(?:한|로\s?하는|량)|요구(?:하는|한|량)|소요(?:되는|될|량)",
    re.I,
)


# the figure as what a buyer orders or asks for: "월 90만 장을 주문했다", "월 30만 장 구매를 요청"
_ORDERED_AFTER_KO = re.compile(
    r"\s?(?:을|를|의|가량을|규모를|규모의|어치를)?\s?(?:\S+\s)?(?:주문|발주|요청|구매|구입|공급받|사들)"
)


def _of_demand(before: str) -> bool:
    """Whether a figure is what buyers need: a demand word before it in its clause, with
    no capacity named after that word ("HBM4 수요에 대응하기 위해 HBM4 생산능력을 … 월 15만
    장으로": the demand is the reason, the figure a capacity; "To meet demand, TSMC will lift
    CoWoS capacity to …" likewise)."""
    ends = [m.end() for m in _DEMAND.finditer(before)]
    return bool(ends) and _CAPACITY_NOUN.search(before, ends[-1]) is None


# "그중 HBM4가 절반", "이 가운데 HBM3E가", "of which HBM4 is …": a part told after a total
_PART_AFTER = re.compile(r"그중|그 중|이 중|이중|이 가운데|가운데|\bof which\b|\bof that\b", re.I)
# a whole country's or industry's capacity, with no maker named before the figure
_COLLECTIVE = re.compile(
    r"(?:국내|국가|업계|산업|전\s?세계|세계|글로벌|한국|대만|중국|미국|일본)\s?(?:반도체\s?|메모리\s?)?"
    r"(?:업계\s?|산업\s?)?(?:전체|전반|합계|총)|(?:반도체|메모리|HBM)?\s?업계(?:의|\s)"
    r"|\bindustry(?:-wide|'s|\swide)|\bindustry\scapacity",
    re.I,
)
_TOTAL_AFTER_KO = re.compile(
    r"(?:인|의)\s(?:HBM\s?|메모리\s?)?(?:전체|총)\s?(?:생산능력|캐파|생산\s?능력)"
)
# the capacity for all of a maker's HBM, which a generation named beside it only belongs to:
# "HBM4를 포함한 HBM 전체 생산능력", "HBM4만의 수치가 아니라 … 전체 HBM 캐파", "total HBM capacity"
_ALL_HBM = re.compile(
    r"HBM\s?(?:전체|총)\s?(?:생산\s?능력|캐파|생산량|생산\s?규모)|(?:전체|총)\s?HBM\s?(?:생산\s?능력|캐파|"
    r"생산량)|\b(?:total|overall|all(?:\sof)?\s(?:its|their))\sHBM\s(?:capacity|output)",
    re.I,
)


def _all_hbm(s: Sentence, q: QuantityMatch, process: str) -> bool:
    """Whether the figure at ``q`` is told as all of the maker's HBM, so that the generation
    ``process`` is a part of it, not its qualifier (GUIDE: total HBM capacity): the phrase
    stands in the sentence with no other figure between it and this one."""
    if not process.startswith("hbm"):
        return False
    for m in _ALL_HBM.finditer(s.text):
        lo, hi = (q.end, m.start()) if m.start() >= q.end else (m.end(), q.start)
        if not any(lo <= o.start < hi for o in s.quantities if o is not q):
            return True
    return False


_TOTAL = re.compile(r"\btotal\b|\boverall\b|\ball\b|전체|총\s|합계", re.I)
# a product of no vocabulary generation named as what the capacity makes
_GENERIC_PRODUCT = re.compile(
    r"\b(?:HBM|DRAM|NAND)(?![\w-])|(?<![A-Za-z0-9-])(?:HBM|DRAM|NAND)(?=[가-힣\s])"
    r"|\b(?:packaging|2\.5D|3D)\s|패키징|디램|낸드"
)
# the English figure first, then the product of no named generation it is capacity for
_GENERIC_AFTER_EN = re.compile(
    r"[^,;.]{0,30}?\bof\s(?:its\s|their\s)?(?:HBM|DRAM|NAND|advanced\spackaging)\s"
    r"(?:capacity|output|production)\b"
)
_MONTHLY = re.compile(r"\bmonthly\b|\b(?:a|per|each)\s+month\b|월간|월\s?생산|매달|매월", re.I)
_CAPACITY_NOUN = re.compile(r"capacity|생산\s?능력|캐파|능력|투입량", re.I)  # 웨이퍼 투입량
_ANNUAL = re.compile(
    r"\b(?:a|per|each)\s+year\b|annual|yearly|\bfor\s(?:19|20)\d\d\b|full[-\s]year|"
    r"연간|한 해|연\s?생산",
    re.I,
)


def _monthly_capacity(s: Sentence, q: QuantityMatch, clause: Span) -> bool:
    """A wafer count with no "per month" is a capacity only when the clause calls it one
    ("CoWoS 생산능력은 약 3만 5000장") and does not make it a yearly total ("shipped 660,000
    wafers in 2025", "연간 생산량")."""
    text = s.text[clause.start : clause.end]
    if _ANNUAL.search(text):
        return False
    # "생산능력은 월 7만 장 수준인데, 업계는 내년 말 9만 장을 …": the same measure goes on
    head = s.text[: clause.end]
    return bool(_CAPACITY_NOUN.search(head) or _MONTHLY.search(head))
