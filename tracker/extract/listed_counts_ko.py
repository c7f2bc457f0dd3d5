"""Korean per-company count lists: "사업자별로는 NHN클라우드 7,656장, 네이버클라우드 3,056장,
카카오 2,424장이며, 올해 말까지 구축을 마칠 예정이다", "엔비디아는 B200을 네이버 3,000장,
카카오 2,000장씩 공급한다".

A list of companies, each with the count right after its name, tells how a fleet is split
among them: each company's count of the chip in view is its ``deployed_chips``, timed and
qualified as the sentence tells the installing (a plan to finish by the end of the year
here). The deployment rule reads a count by a verb of installing near it and a subject
marked as such, so a bare list gave nothing. A list told of a supply deal ("공급처별로는 …",
"… 받는다") is the deal's shares (deal_shares_ko), and a list of one company, a count with no
chip in view or a sentence with no verb of installing or running gives nothing. A list
whose companies a named supplier supplies ("…씩 공급한다") gives each its ``supply_deal`` with
its count, where the supply rule gave the first company all of it.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.claimrules.common import Candidate, RuleState, _quantity
from tracker.extract.entities import Mention
from tracker.extract.own_word import agreed_deal
from tracker.extract.quantities import QuantityMatch
from tracker.extract.text import Span

# installing or running the fleet, anywhere in the sentence
_INSTALLED = re.compile(r"구축|설치|도입|들여|배치|가동|운영|보유|깔")
# a supply deal's shares, which deal_shares_ko reads
_SUPPLIED = re.compile(r"공급|받는|받기로|받았|배정|납품")
# between two pairs of the list: a comma or 와/과 (after the count)
_NEXT_PAIR = re.compile(r"\s?(?:,|과|와|및)\s?(?:[^\s,]+\s)?")
# ... or an item between them that names no vocabulary company ("…, KISTI 800장, …")
_OTHER_ITEM = re.compile(r"\s?,\s?[^\s,]+\s[\d,.]+\s?(?:만\s?)?[장개대],\s?")


def listed_count_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """deployed_chips: each company of a Korean per-company count list (two or more)."""
    if s.language != "ko" or s.table is not None or not _INSTALLED.search(s.text):
        return []
    if _SUPPLIED.search(s.text):
        return []
    pairs = _pairs(s)
    if len(pairs) < 2 or any(i in state.used for _, _, i in pairs):
        return []
    chip = _chip(s)
    if chip is None:
        return []
    last = pairs[-1][1]
    clause = s.clause_of(last.start)
    # the installing may be told in the clause after the list ("…이며, 올해 말까지 구축을
    # 마칠 예정이다"): its time and modality
    told = Span(clause.start, len(s.text))
    times = [t for t in s.times if told.start <= t.start]
    valid = times[0].valid if times else s.valid_for(last.start, [])
    verb = _INSTALLED.search(s.text, last.end)
    modality = s.modality(verb.start() if verb else last.start, valid, told)
    if modality is None:
        return []
    state.used.update(i for _, _, i in pairs)
    return [
        Candidate(
            m.id,
            "deployed_chips",
            modality,
            valid,
            q.start,
            {"chip": chip},
            value=_quantity(q, "count"),
        )
        for m, q, _ in pairs
    ]


# the goods named as machines that hold the chip: "GB300 서버를", "B200 탑재 서버"
_MACHINE_AFTER = re.compile(r"\s?(?:\S{0,6}\s)?(?:서버|노드)")
# the supplier's verb of giving (not of receiving: 공급받다)
_GIVES = re.compile(r"(?:공급|납품)(?!받)(?:하|한|할|해|했|합|키로)")


def listed_deal_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """supply_deal: a named supplier giving each company of a Korean count list its count."""
    if s.language != "ko" or s.table is not None:
        return []
    verb = _GIVES.search(s.text)
    if verb is None:
        return []
    pairs = _pairs(s)
    listed = {m.id for m, _, _ in pairs}
    suppliers = [
        m for m in s.of_kind(("company",)) if s.particle(m) in TOPIC and m.id not in listed
    ]
    products = {p.id for p in s.of_kind(("chip", "system"))}
    if len(pairs) < 2 or len(suppliers) != 1 or len(products) != 1:
        return []
    clause = s.clause_of(verb.start())
    if not clause.start <= pairs[0][1].start < clause.end:
        return []
    valid = s.valid_for(verb.start(), [])
    # "공급하기로 했다": an agreed deal is a deal made (GUIDE)
    modality = agreed_deal(s, s.modality(verb.start(), valid, clause), clause, s.future(valid))
    if modality is None:
        return []
    state.used.update(i for _, _, i in pairs)
    state.deal_clauses.add(clause.start)
    product = next(p for p in s.of_kind(("chip", "system")))
    # "GB300 서버를 카카오 40대, …": servers counted, not units of the chip
    counted = _MACHINE_AFTER.match(s.text, product.end) is None
    return [
        Candidate(
            m.id,
            "supply_deal",
            modality,
            valid,
            q.start,
            {"product": product.id},
            suppliers[0].id,
            value=_quantity(q, "count") if counted else None,
        )
        for m, q, _ in pairs
    ]


def _pairs(s: Sentence) -> list[tuple[Mention, QuantityMatch, int]]:
    """The longest run of (company, its count) pairs joined one after another; a name that
    is no vocabulary company may stand in the run ("NHN클라우드 7,656장, …")."""
    counts = {q.start: (i, q) for i, q in enumerate(s.quantities) if q.unit in ("count", "wafer")}
    found: list[tuple[Mention, QuantityMatch, int]] = []
    for m in s.of_kind(("company",)):
        # the count right after the name, or after one space
        at = m.end + s.text[m.end : m.end + 1].isspace()
        if at in counts:
            i, q = counts[at]
            found.append((m, q, i))
    run: list[tuple[Mention, QuantityMatch, int]] = []
    for pair in found:
        if run and not _joined(s, run[-1][1], pair[0]):
            if len(run) >= 2:
                break
            run = []
        run.append(pair)
    return run


def _joined(s: Sentence, q: QuantityMatch, m: Mention) -> bool:
    """Whether the next company follows the count before it as the next item of one list
    (possibly after an item that names no vocabulary company)."""
    return (
        _NEXT_PAIR.fullmatch(s.text, q.end, m.start) is not None
        or _OTHER_ITEM.fullmatch(s.text, q.end, m.start) is not None
    )


def _chip(s: Sentence) -> str | None:
    """The one chip the sentence names, else the chip of the sentence before."""
    named = {p.id for p in s.of_kind(("chip",))}
    if len(named) == 1:
        return next(iter(named))
    if named:
        return None
    previous = s.focus.get("chip", s.index, 1)
    return previous.id if previous is not None else None
