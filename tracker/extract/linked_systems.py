"""A system whose chips are joined by a named interconnect integrates it (GUIDE).

"GB300 NVL72 한 랙에는 B300 GPU 72개가 들어가고 NV링크로 하나처럼 묶인다", "each system holds
72 GPUs connected in a single NVLink domain": the sentence that counts the chips of a rack,
board or system and says what joins them tells that the system integrates the interconnect,
as firmly as it tells the count (actual for a system that ships, announced for one shown
ahead of its release). A pass over the sentence's claims: the count gives the system and
its modality, the joining phrase right at the technology's name gives the technology.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate

_INTERCONNECTS = frozenset(
    {"nvlink", "nvlink-fusion", "ualink", "infiniband", "spectrum-x", "ultra-ethernet"}
)
# right after the name: "NV링크로 묶인다", "NV링크로 연결돼", "NV링크로 하나처럼 묶여", "NV링크로
# 한 덩어리처럼 묶인다", "NV링크로 한 도메인에 묶여", "NV링크 하나로 묶여"
_JOINED_KO = re.compile(
    r"(?:(?:으로|로)|\s(?:하나|한\s덩어리)로)\s?(?:[^\s,.]+\s){0,2}?(?:묶|연결|이어)"
)
# right before the name: "linked by NVLink", "connected over fifth-generation NVLink",
# "in a single NVLink domain" (the domain word after it)
_JOINED_EN = re.compile(
    r"\b(?:linked|connected|joined|tied|stitched)\s(?:together\s)?(?:by|over|via|through|with)"
    r"\s(?:the\s)?(?:[\w-]+-generation\s|\w+\s)?$"
)
# "the scale-up fabric inside it runs on UALink": the fabric that joins the chips
_FABRIC_EN = re.compile(
    r"\b(?:fabric|interconnect|links)\b[^,.;]{0,30}\b(?:runs?|is\sbuilt|relies)\son\s$"
)
# "connects 72 Blackwell GPUs through fifth-generation NVLink", "ties 72 Rubin GPUs together
# over sixth-generation NVLink": the active verb with the chips between it and the name
_JOINS_EN = re.compile(
    r"\b(?:links|link|linking|connects|connect|connecting|joins|join|joining|ties|tie|tying"
    r"|stitches|stitching)\s"
    r"[^,.;]{0,60}?\s(?:together\s)?(?:by|over|via|through|with|using)"
    r"\s(?:the\s)?(?:[\w-]+-generation\s|\w+\s)?$"
)
# "in a single NVLink domain", "share a single NVLink domain", "puts 72 GPUs in one NVLink
# domain"
_DOMAIN_EN = re.compile(
    r"\b(?:in(?:to)?|share|shares|sharing|form|forms)\s(?:a\s(?:single\s|one\s)?|one\s|the\s"
    r"same\s)$"
)
# "72 MI450 GPUs, which talk to each other over UALink", "the racks scale out through
# Ultra Ethernet network cards": the counted chips, or the racks holding them, joined
_TALK_EN = re.compile(
    r"\b(?:(?:talk|talks|communicate|communicates)\s(?:to|with)\s(?:each\sother|one\sanother)"
    r"|(?:scales?|scaling)[\s-](?:out|up))\s(?:over|via|through|using|with)"
    r"\s(?:the\s)?(?:[\w-]+-generation\s|\w+\s)?$"
)


def linked_systems(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` with, for a chips-per-system count in a sentence that joins the chips by a
    named interconnect, the system's integration of it, as firm as the count (a rule's own
    reading of the same integration yields to it: "linked by NVLink" read as news)."""
    counts = [c for c in found if c.predicate == "chips_per_system"]
    if not counts:
        return found
    linked: dict[tuple[str, str], Candidate] = {}
    # "The NVL144 rack, due in the second half, joins 144 GPUs with NVLink": a system the
    # sentence says is still to come integrates the link as an announcement, whatever the
    # document says of its chip elsewhere ("Rubin is in full production")
    ahead = s.cues.availability(s.text, s.language, False) == "upcoming"
    for tech in s.of_kind(("technology",)):
        if tech.id not in _INTERCONNECTS or not _joins(s, tech.start, tech.end):
            continue
        count = ([c for c in counts if c.anchor <= tech.start] or counts)[-1]
        linked.setdefault(
            (count.subject, tech.id),
            replace(
                count,
                predicate="integrates",
                modality="announced" if ahead and count.modality == "actual" else count.modality,
                anchor=tech.start,
                qualifiers={},
                object=tech.id,
                value=None,
            ),
        )
    if not linked:
        return found
    # "랙 하나에 블랙웰 GPU 72개가 NV링크로 연결돼": the rack's integration, not also its
    # chip family's
    members = {(_family(s, system), tech) for system, tech in linked}
    # "Each rack holds 72 MI450 GPUs linked by UALink": the rack's, not the chips' it joins
    counted = {m.id for m in s.of_kind(("chip",))}
    members |= {(chip, tech) for _, tech in linked for chip in counted}
    kept = [
        c
        for c in found
        if c.predicate != "integrates"
        or ((c.subject, c.object or "") not in linked and (c.subject, c.object) not in members)
    ]
    return kept + list(linked.values())


def _family(s: Sentence, system: str) -> str | None:
    """The family a system belongs to (Blackwell for GB200), if any."""
    entity = s.vocabulary.entity(system) if s.vocabulary is not None else None
    return entity.parent if entity is not None else None


# "with Ultra Ethernet NICs for scale-out", "InfiniBand network cards to scale out": the cards
# that join the system's racks
_CARDS_EN = re.compile(r"\s(?:super)?nics?\b|\s(?:network\s)?(?:cards?|adapters?)\b", re.I)
_SCALE_EN = re.compile(r"\bscal(?:e|ing)[\s-](?:out|up)\b")


def _joins(s: Sentence, start: int, end: int) -> bool:
    if s.language == "ko":
        return _JOINED_KO.match(s.text, end) is not None
    if _CARDS_EN.match(s.text, end) and _SCALE_EN.search(s.lowered, end, end + 40):
        return True
    head = s.lowered[max(0, start - 60) : start]
    if _JOINED_EN.search(head) or _FABRIC_EN.search(head) or _TALK_EN.search(head):
        return True
    joins = _JOINS_EN.search(s.lowered, max(0, start - 100), start)
    if joins is not None and any(joins.start() < q.start < start for q in s.quantities):
        return True  # the chips counted are what it joins ("customers connect racks": no)
    return _DOMAIN_EN.search(head) is not None and s.lowered.startswith(" domain", end)
