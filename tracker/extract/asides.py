"""Facts said on the side of a Korean sentence keep their own modality.

"구글과 최대 100만 개의 TPU 사용 계약을 맺은 앤트로픽도 아이언우드를 쓸 예정이다"
tells a deal already signed (a past relative clause on 앤트로픽) and a planned adoption;
the plan word at the end governs the adoption only. "마이크로소프트(누적 130억 달러
투자)와의 관계" states Microsoft's standing investment in the company the text is about,
in parentheses with no company inside them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.domain.claims import Quantity
from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.timex import point_at

_COMPANY = ("company",)
_CURRENCIES = ("USD", "KRW", "EUR", "JPY", "CNY", "TWD", "HKD", "AUD", "CAD", "SGD", "GBP")
# a past adnominal verb: "계약을 맺은 앤트로픽", "투자한 아마존", "사들인 메타"
_PAST_RELATIVE = re.compile(
    r"(?:맺은|체결한|계약한|투자한|사들인|확보한|도입한|구매한|공급받은|들여온)\s"
)
_INVESTED = re.compile(r"투자")


def past_relative(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` with a claim said in a past relative clause on its own subject made
    `actual` ("… 계약을 맺은 앤트로픽도 … 쓸 예정이다": the deal is done)."""
    if s.language != "ko" or not found:
        return found
    out = list(found)
    for i, c in enumerate(found):
        if c.modality == "actual":
            continue
        verb = _PAST_RELATIVE.search(s.text, c.anchor)
        if verb is None or s.clause_of(verb.start()) != s.clause_of(c.anchor):
            continue
        head = [m for m in s.of_kind(_COMPANY) if verb.end() <= m.start <= verb.end() + 2]
        between = s.text[c.anchor : verb.start()]
        said = {c.object, *c.qualifiers.values()} - {None}
        inside = any(m.id in said for m in s.mentions if m.start < verb.start())
        if head and head[0].id == c.subject and inside and not re.search(r"[다며고]\s", between):
            out[i] = replace(c, modality="actual", valid=point_at(s.published))
    return _done_deals(s, out)


# a deal signed, named as the background of what comes next: "구글과 맺은 TPU 공급
# 계약(최대 100만 개)에 이어", "체결한 계약과 별도로", "맺은 계약 외에도"
_DONE_DEAL = re.compile(
    r"(?:맺은|체결한|계약한|따낸|성사시킨|마무리한)\s(?:[^\s,]+\s){0,4}?(?:계약|협약)"
    r"(?:\([^)]*\))?(?:에\s?이어|에\s?더해|과는?\s?별도로|\s외에도?)"
)


def _done_deals(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """A supply deal told in a past relative clause on the contract that the sentence
    then goes beyond ("…와 맺은 공급 계약에 이어 … 검토하고 있다") is signed: `actual`,
    at publication (a past month dates the signing, not the deal), whatever the main
    verb says about the next step."""
    done = list(_DONE_DEAL.finditer(s.text))
    if not done:
        return found
    out = list(found)
    for i, c in enumerate(found):
        if c.predicate != "supply_deal" or c.modality == "actual":
            continue
        for m in done:
            clause = s.clause_of(m.start())
            supplier = [
                x for x in s.of_kind(_COMPANY) if x.id == c.object and clause.start <= x.start
            ]
            if clause.start <= c.anchor < m.end() and supplier and supplier[0].end <= m.start():
                out[i] = replace(c, modality="actual", valid=point_at(s.published))
                break
    return out


def aside_investment_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """ "마이크로소프트(누적 130억 달러 투자)": the company before the parentheses invests
    the amount in them in the company the sentence or the text is about."""
    if s.language != "ko" or "(" not in s.text:
        return []
    out: list[Candidate] = []
    for i, q in enumerate(s.quantities):
        if i in state.used or q.unit not in _CURRENCIES:
            continue
        paren = s.parenthetical(q.start)
        if paren is None or s.of_kind(_COMPANY, paren):
            continue
        if not _INVESTED.search(s.text, paren.start, paren.end):
            continue
        investor = [m for m in s.of_kind(_COMPANY) if m.end == paren.start - 1]
        if not investor:
            continue
        target = _target(s, investor[0].id)
        if target is None:
            continue
        valid = point_at(s.published)
        modality = s.modality(q.start, valid, paren) or "actual"
        state.used.add(i)
        out.append(
            Candidate(
                investor[0].id,
                "investment",
                modality,
                valid,
                q.start,
                {"target": target},
                value=Quantity(low=q.low, high=q.high, unit=q.unit, approx=q.approx, bound=q.bound),
            )
        )
    return out


def _target(s: Sentence, investor: str) -> str | None:
    """The company the sentence is about (topic-marked), else the text's topic."""
    topics = [m for m in s.of_kind(_COMPANY) if m.id != investor and s.particle(m) in TOPIC]
    if topics:
        return topics[0].id
    topic = s.focus.issuer or s.focus.get("topic", s.index, 12)
    return topic.id if topic is not None and topic.id != investor else None


__all__ = ["aside_investment_rule", "past_relative"]
