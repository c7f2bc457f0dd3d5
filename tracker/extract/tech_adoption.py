"""A company adopting a technology (a network, an interconnect, a software stack):
"퀄컴이 자사 데이터센터 CPU에 NV링크 퓨전을 채택했다", "메타는 … 클러스터에 스펙트럼-X
이더넷을 이미 쓰고 있다", "저희는 인피니밴드 대신 Spectrum-X 이더넷을 택했는데"; in English
(session 11) a network its user runs or builds its sites on: "xAI already runs Spectrum-X
across its Colossus supercomputer", "Meta will build its next data centres on Spectrum-X
Ethernet switches" (mode on-prem: the gear sits in the user's own sites).

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
from tracker.extract.network_fabrics import NETWORKS, fabrics_en, fabrics_ko, sited_network
from tracker.extract.releases import FIRST_PERSON_KO
from tracker.extract.text import Span
from tracker.extract.told_use_en import told_future_use

# choosing a technology is adopting it ("택했다", "선택한"), beside the adoption words
_CHOSE = re.compile(r"택했|택한|택해|선택했|선택한|선택해")
_INSTEAD = re.compile(r"\s?(?:을|를)?\s?대신")
_PRODUCT_CLASS = re.compile(r"데이터\s?센터(?:용)?\s?(?:CPU|GPU|칩|가속기|프로세서|제품)")


def technology_adoption_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """Adoptions of technologies by a company (see the module docstring)."""
    if not s.of_kind(("technology",)):
        return []
    if s.language == "en":
        found = _networks_adopted_en(s)
        told = {(c.subject, c.object) for c in found}
        return found + [c for c in fabrics_en(s) if (c.subject, c.object) not in told]
    if s.language != "ko":
        return []
    out: list[Candidate] = []
    for clause in s.clauses:
        trig = s.trigger_pos("adopts", clause)
        chose = _CHOSE.search(s.text, clause.start, clause.end)
        if chose is not None and (trig is None or chose.start() < trig):
            trig = chose.start()
        subject = _subject(s, clause)
        if subject is None:
            out.extend(fabrics_ko(s, clause, trig))  # "프로메테우스는 …을 쓴다": its owner
            continue
        if trig is None or s.of_kind(("chip", "system"), clause):
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
        modality = told_future_use(s, s.modality(trig, valid, clause), clause, trig, valid)
        if modality is None:
            continue
        qualifiers = _mode(s, clause)
        if _PRODUCT_CLASS.search(s.text, clause.start, clause.end):
            qualifiers = {}  # "자사 데이터센터 CPU에": a line of products, not a site
        elif not qualifiers and (_first_person(subject) or sited_network(s, clause, techs[-1])):
            # "저희는 … 이더넷을 택했다", "xAI는 콜로서스에 스펙트럼-X를 쓴다": its own sites
            qualifiers = {"mode": "on-prem"}
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


# networks a company runs in its own sites (NETWORKS) are the only technologies adopted by a
# user in English news (an interconnect inside a product is that product's integration)
# running a network, or building sites on it: "runs Spectrum-X across its Colossus", "will
# build their next AI data centres on Spectrum-X", "has standardised on InfiniBand"
_USES_NETWORK_EN = re.compile(
    r"\b(?:runs?|running|ran|uses?|using|used|deploys?|deployed|deploying|adopts?|adopted|"
    r"adopting|chose|chooses|picked|selected|(?:standardi[sz](?:e|es|ed|ing))\son|"
    r"(?:switch(?:es|ed|ing)?|mov(?:e|es|ed|ing))\sto|"
    r"(?:build|builds|building|built)\s(?:[\w'’-]+\s){1,5}?on)\s(?:nvidia['’]s\s)?$",
    re.I,
)


def _networks_adopted_en(s: Sentence) -> list[Candidate]:
    """An English company running a network or building its sites on it, in a clause that
    names no chip or system (with one, the network is the product's integration)."""
    out: list[Candidate] = []
    for clause in s.clauses:
        if s.of_kind(("chip", "system"), clause):
            continue
        for tech in s.of_kind(("technology",), clause):
            if (
                tech.id not in NETWORKS
                or s.is_compared(tech)
                or _INSTEAD_EN.search(s.text, max(clause.start, tech.start - 12), tech.start)
            ):
                continue
            verb = _USES_NETWORK_EN.search(s.text, max(clause.start, tech.start - 60), tech.start)
            if verb is None:
                continue
            users = [
                m
                for m in s.of_kind(_COMPANY, Span(clause.start, verb.start()))
                if m.id != tech.entity.maker and not s.text.startswith(("'s", "’s"), m.end)
            ]
            if not users:
                continue
            valid = s.valid_for(verb.start(), _anchors(s))
            modality = s.modality(verb.start(), valid, clause)
            modality = told_future_use(s, modality, clause, verb.start(), valid)
            if modality is None:
                continue
            mode = {"mode": "on-prem"}
            out.append(
                Candidate(users[-1].id, "adopts", modality, valid, verb.start(), mode, tech.id)
            )
    return out


# "instead of InfiniBand", "rather than InfiniBand": the network not taken
_INSTEAD_EN = re.compile(r"\b(?:instead\sof|rather\sthan|not|over)\s(?:the\s)?$", re.I)
