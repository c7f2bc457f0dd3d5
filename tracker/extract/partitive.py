"""A count that is a part of the previous sentence's count ("이 가운데", "이 중", "그중").

"당사는 구글의 TPU가 올해 말 400만 개를 넘을 것으로 추정한다. 이 가운데 아이언우드는
150만~170만 개로 본다." The second sentence names a part of the first one's fleet: the same
owner (unless it names a site of its own), the same time (unless it says another), the
chip it names (else the whole's chip), and the whole's modality unless it has a cue of its
own ("로 본다" -> forecast). The per-sentence rules cannot see the whole, so the extractor
hands the previous sentence's candidates to :func:`parts_of_previous`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.domain.claims import Modality, Quantity
from tracker.extract.analysis import Sentence
from tracker.extract.quantities import QuantityMatch
from tracker.extract.rules import Candidate, _increment
from tracker.extract.timex_base import point_at

# "이 가운데", "이 중", "그 가운데", "이중에서", "그중": of the things just counted
# (a list item's bullet may come first: "- 이 가운데 엔비디아 B200은 …")
_PART_OF = re.compile(
    r"\s*(?:[-•·▲■○]\s*)?(?:(?:이|그)\s?(?:가운데|중)|이중|그중)(?:에서는?|에는)?[\s,]"
)
_SITES = ("cluster", "facility")
# "Roughly 30,000 of them are Nvidia GB200s.", "About half of those, 40,000, are H200s" is
# not read (no count first)
_PART_OF_EN = re.compile(
    r"\W*(?:(?:about|around|roughly|some|nearly|almost|over|more\sthan|at\sleast)\s)?"
    r"[\d,.]+(?:\s(?:thousand|million))?\sof\s(?:them|those|these|the\s(?:GPUs|chips))\s"
    r"(?:are|were)\s",
    re.IGNORECASE,
)


def parts_of_previous(
    s: Sentence, found: list[Candidate], previous: list[Candidate]
) -> list[Candidate]:
    """Deployment counts of a Korean "이 가운데 …" sentence, or of an English one opening on a
    part ("Roughly 30,000 of them are GB200s."), that the rules left unread."""
    opening = _PART_OF if s.language == "ko" else _PART_OF_EN
    if not opening.match(s.text):
        return []
    wholes = [c for c in previous if c.predicate == "deployed_chips"]
    if not wholes or not isinstance(wholes[0].value, Quantity):
        return []
    whole, whole_value = wholes[0], wholes[0].value
    read = {c.anchor for c in found}
    out: list[Candidate] = []
    for q in s.quantities:
        bare = s.language == "en" and q.unit == ""  # "Roughly 30,000 of them are …"
        if (q.unit != "count" and not bare) or q.start in read or q.high >= whole_value.high:
            continue  # a part is smaller than its whole
        if _increment(s, q):
            continue  # "이 가운데 2만 개를 추가로": an addition, not a part
        modality = _modality(s, q.start, whole)
        if modality is None:
            continue
        own_time = s.time_for(q.start, [])
        chips = s.of_kind(("chip",))
        if s.language == "en" and (not chips or chips[0].id == whole.qualifiers.get("chip")):
            continue  # "30,000 of them are GB200s": the part names a chip of its own
        sites = s.of_kind(_SITES)
        qualifiers = {"chip": chips[0].id} if chips else dict(whole.qualifiers)
        out.append(
            replace(
                whole,
                subject=sites[0].id if sites else whole.subject,
                modality=modality,
                valid=own_time.valid if own_time is not None else whole.valid,
                anchor=q.start,
                qualifiers=qualifiers,
                value=Quantity(
                    low=q.low, high=q.high, unit="count", approx=q.approx, bound=q.bound
                ),
            )
        )
    return out


def dated_as_whole(
    s: Sentence, found: list[Candidate], previous: list[Candidate]
) -> list[Candidate]:
    """``found`` with the Korean parts the rules read but left undated dated as their whole
    ("6월 말 기준 당사 GPU 보유량은 약 2만 2천 장. 이 가운데 B200은 1만 2천 장": the part is
    counted when the whole is)."""
    if s.language != "ko" or not _PART_OF.match(s.text):
        return found
    wholes = [c for c in previous if c.predicate == "deployed_chips"]
    if not wholes or wholes[0].valid == point_at(s.published):
        return found
    today = point_at(s.published)
    return [
        replace(c, valid=wholes[0].valid)
        if c.predicate == "deployed_chips"
        and c.valid == today
        and s.time_for(c.anchor, []) is None
        and c.modality == wholes[0].modality
        else c
        for c in found
    ]


def _modality(s: Sentence, anchor: int, whole: Candidate) -> Modality | None:
    """The part's own cue ("로 본다", "계획"), else the whole's; None when negated."""
    clause = s.clause_of(anchor)
    if s.modality(anchor, whole.valid, clause) is None:
        return None
    text = s.text[clause.start : clause.end]
    own = s.cues.governing(text, s.language, anchor - clause.start)
    return own if own is not None else whole.modality


# "about 30,000 of which are GB200s", "of which more than 60,000 were GB300s", "including
# 40,000 H200s": a part of the count just given in the same sentence
_PART_AFTER = re.compile(
    r",?\s(?:of\s(?:which|them|those|these))(?:\s(?:are|were|is|was))?\b", re.I
)
_PART_BEFORE = re.compile(
    r"(?:\bof\s(?:which|them|those|these)|\bincluding|\bamong\sthem)"
    r"(?:\s(?:are|were))?(?:\s(?:about|roughly|around|some|nearly|almost|more\sthan|over"
    r"|at\sleast|approximately))*\s$",
    re.I,
)
_PART_CHIP = re.compile(r"\s(?:of\s(?:which|them|those|these)\s)?(?:are|were|is|was)\s", re.I)


def parts_in_sentence(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """English counts that name a part of a fleet counted earlier in the same sentence
    ("houses roughly 230,000 GPUs, about 30,000 of which are GB200s"): the same owner,
    time and modality, with the chip the part names."""
    if s.language != "en" or "of " not in s.text:
        return []
    if len(s.quantities) < 2 or not any(c.predicate == "deployed_chips" for c in found):
        return _fleet_share(s, found)  # "roughly 45,000 of the installed GPUs are GB200s"
    # a whole of one family may have a part of one member: "36,000 Blackwell GPUs in total,
    # of which roughly 14,000 are GB200s" (the part's chip must differ from the whole's)
    wholes = [c for c in found if c.predicate == "deployed_chips"]
    read = {c.anchor for c in found if c.value is not None}  # a relation anchors on its clause
    out: list[Candidate] = []
    for q in s.quantities:
        if q.unit not in ("count", "") or q.start in read:
            continue  # a bare number too: "about 30,000 of which are GB200s"
        before = [c for c in wholes if c.anchor < q.start and isinstance(c.value, Quantity)]
        if not before:
            continue
        whole = before[-1]
        assert isinstance(whole.value, Quantity)
        if q.high >= whole.value.high:
            continue  # a part is smaller than its whole
        after = _PART_AFTER.match(s.text, q.number_end)
        lead = _PART_BEFORE.search(s.text[max(0, q.start - 40) : q.start])
        if after is None and lead is None:
            continue
        chip = _part_chip(s, q, after.end() if after is not None else q.number_end)
        if chip is None or chip == whole.qualifiers.get("chip"):
            continue
        if s.modality(q.start, whole.valid) is None:
            continue
        out.append(
            replace(
                whole,
                anchor=q.start,
                qualifiers={"chip": chip},
                value=Quantity(
                    low=q.low, high=q.high, unit="count", approx=q.approx, bound=q.bound
                ),
            )
        )
    return out


def _part_chip(s: Sentence, q: QuantityMatch, after: int) -> str | None:
    """The chip a part names: right after the count ("30,000 GB200s"), or after the
    verb that says what the part is ("60,000 were GB300s")."""
    near = s.chip_near(q)
    if near is not None and near.start >= q.start:
        return near.id
    for m in s.of_kind(("chip",)):
        if 0 <= m.start - after <= 3:
            return m.id
        verb = _PART_CHIP.match(s.text, q.end)
        if verb is not None and 0 <= m.start - verb.end() <= 3:
            return m.id
    return None


# "roughly 45,000 of the installed GPUs are GB200s", "12,000 of its GPUs are B200s": a part
# of a fleet counted elsewhere, said of the company's fleet
_SHARE_OF = re.compile(
    r"\sof\s(?:the|its|our|their)\s(?:(?:installed|deployed|existing|current|[a-z]+'s)\s)?"
    r"(?:GPUs|chips|accelerators)\s(?:are|were)\s(?:now\s)?$",
    re.I,
)


def _fleet_share(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """A count of a fleet's part whose whole is not in this sentence ("CoreWeave said
    roughly 45,000 of the installed GPUs are GB200s"): the company's deployment of the chip
    the part names, owned by the sentence's first company (else the one in focus)."""
    if any(c.predicate == "deployed_chips" for c in found):
        return []
    shares = [
        (q, chips[0])
        for q in s.quantities
        if q.unit in ("count", "")
        and (chips := [m for m in s.of_kind(("chip",)) if m.start > q.end])
        and _SHARE_OF.search(s.text, q.number_end, chips[0].start)
    ]
    if len(shares) != 1:
        return []
    q, chip = shares[0]
    companies = [m for m in s.of_kind(("company",)) if m.start < q.start]
    owner = companies[0].entity if companies else s.focus.get("company", s.index, 3)
    valid = s.valid_for(q.start, [])
    modality = s.modality(q.start, valid)
    if owner is None or modality is None:
        return []
    value = Quantity(low=q.low, high=q.high, unit="count", approx=q.approx, bound=q.bound)
    return [
        Candidate(
            owner.id, "deployed_chips", modality, valid, q.start, {"chip": chip.id}, None, value
        )
    ]
