"""A Korean company adopting a technology (a network, an interconnect, a software stack):
"퀄컴이 자사 데이터센터 CPU에 NV링크 퓨전을 채택했다", "메타는 … 클러스터에 스펙트럼-X
이더넷을 이미 쓰고 있다", "저희는 인피니밴드 대신 Spectrum-X 이더넷을 택했는데".

The adoption rule takes chips only; a technology in a clause that names no chip or system
(with one, it is that product's integration) and no maker of it as the adopter is adopted by
the clause's subject. What is named as replaced ("인피니밴드 대신") is not adopted.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.claimrules.common import (
    _COMPANY,
    Candidate,
    RuleState,
    _anchors,
    _same_family,
)
from tracker.extract.claimrules.use_modes import _is_cloud_name, _mode
from tracker.extract.entities import Mention
from tracker.extract.releases import FIRST_PERSON_KO
from tracker.extract.text import Span

# choosing a technology is adopting it ("택했다", "선택한"), beside the adoption words
_CHOSE = re.compile(r"택했|택한|택해|선택했|선택한|선택해")
_INSTEAD = re.compile(r"\s?(?:을|를)?\s?대신")
_PRODUCT_CLASS = re.compile(r"데이터\s?센터(?:용)?\s?(?:CPU|GPU|칩|가속기|프로세서|제품)")


def technology_adoption_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """Adoptions of technologies by a Korean company (see the module docstring)."""
    if s.language != "ko" or not s.of_kind(("technology",)):
        return []
    out: list[Candidate] = []
    for clause in s.clauses:
        trig = s.trigger_pos("adopts", clause)
        chose = _CHOSE.search(s.text, clause.start, clause.end)
        if chose is not None and (trig is None or chose.start() < trig):
            trig = chose.start()
        if trig is None or s.of_kind(("chip", "system"), clause):
            continue
        subject = _subject(s, clause)
        if subject is None:
            continue
        techs = [
            m
            for m in s.of_kind(("technology",), Span(subject.end, clause.end))
            if m.start < trig
            and not _same_family(s, m.entity.maker, subject.id)
            and not _INSTEAD.match(s.text, m.end)
            and not s.is_compared(m)
        ]
        if not techs:
            continue
        valid = s.valid_for(trig, _anchors(s))
        modality = s.modality(trig, valid, clause)
        if modality is None:
            continue
        qualifiers = _mode(s, clause)
        if _PRODUCT_CLASS.search(s.text, clause.start, clause.end):
            qualifiers = {}  # "자사 데이터센터 CPU에": a line of products, not a site
        elif not qualifiers and _first_person(subject):
            qualifiers = {"mode": "on-prem"}  # "저희는 … 이더넷을 택했다": its own sites
        out.append(Candidate(subject.id, "adopts", modality, valid, trig, qualifiers, techs[-1].id))
    return out


def _subject(s: Sentence, clause: Span) -> Mention | None:
    """The clause's subject: a company marked as topic or subject (은/는/이/가), or the
    company speaking of itself ("저희는")."""
    companies = [
        m
        for m in s.of_kind(_COMPANY, clause)
        if (s.particle(m) in TOPIC or _first_person(m)) and not _is_cloud_name(s, m)
    ]
    return companies[0] if companies else None


def _first_person(m: Mention) -> bool:
    return m.anaphoric and m.text.startswith(FIRST_PERSON_KO)
