"""Pacts and steps short of a supply deal: a memorandum to evaluate or develop a product,
a qualification under way, samples sent.

"Samsung signed an MoU with Nvidia to evaluate HBM4", "삼성전자는 엔비디아와 HBM4 평가를 위한
양해각서를 맺었다", "HBM4 공급을 위해 엔비디아의 품질 테스트를 받고 있다", "shipped HBM4
samples to Nvidia": the deal word ("signed", "맺", "공급") is there, but what the parties agreed
is a test, and no product is bought or supplied yet. A qualification passed ("cleared
Nvidia's qualification tests and will start supplying") is not held back: the supply clause
states the deal.
"""

from __future__ import annotations

import re

from tracker.extract.text import Span

_PACT_EN = (
    r"(?:mou|memorandum\sof\sunderstanding|letter\sof\sintent|agreement|deal|pact|partnership"
    r"|collaboration)"
)
_TRIAL_EN = re.compile(
    rf"\b{_PACT_EN}\s(?:[\w'’]+\s){{0,3}}?to\s(?:jointly\s|together\s)?(?:evaluate|test|assess"
    r"|explore|study|validate|verify|qualify|co-develop|develop|research)\b"
    r"|\b(?:evaluation|testing|qualification|sampling|development|research|r&d)\s"
    rf"{_PACT_EN}\b"
    r"|\b(?:undergoing|going\sthrough|in\sthe\smiddle\sof|still\sin)\s(?:[\w'’]+\s){0,2}?"
    r"(?:qualification|quality|validation|certification)\b",
    re.I,
)
_SAMPLES_EN = re.compile(
    r"\b(?:sent|shipped|supplied|provided|delivered|ships|sends|supplies|provides)\s"
    r"(?:[\w'’-]+\s){0,3}?samples?\b"
    # "displayed HBM4 samples that it said had already been shipped to customers"
    r"|\bsamples?\s(?:that|which)\s(?:[\w'’]+\s){0,5}?(?:sent|shipped|supplied|provided|delivered)\b",
    re.I,
)
_TRIAL_KO = re.compile(
    r"(?:평가|테스트|검증|공동\s?개발|개발|연구|성능\s?시험)(?:를|을)?\s?위한\s(?:\S+\s)?"
    r"(?:양해각서|MOU|업무\s?협약|협약)"
    r"|(?:품질|퀄|퀄리티|신뢰성|인증)\s?(?:테스트|검증|인증|시험|평가)(?:를|을)?\s"
    r"(?:받고|진행하고|진행\s중|거치고|통과하지\s못)",
    re.I,
)
_SAMPLES_KO = re.compile(r"샘플(?:을|를)?\s(?:\S+\s)?(?:공급|제공|보냈|보내|출하|전달)")
# a deal word after the samples: "shipped samples … and is in talks to supply volume" is
# a deal under discussion, which that clause states
_DEAL_AFTER = re.compile(
    r"supply|supplier|deal|contract|order|talks|negotiat|discuss|양산|계약|협상|논의|주문", re.I
)


def trial_only(text: str, clause: Span, language: str) -> bool:
    """Whether the clause's deal is a pact to evaluate, a qualification under way or a
    shipment of samples: no supply deal between its parties."""
    pattern = _TRIAL_KO if language == "ko" else _TRIAL_EN
    if pattern.search(text, clause.start, clause.end) is not None:
        return True
    samples = (_SAMPLES_KO if language == "ko" else _SAMPLES_EN).search(
        text, clause.start, clause.end
    )
    return samples is not None and not _DEAL_AFTER.search(text, samples.end(), clause.end)
