"""English chip counts whose second conjunct leaves out the verb and the chip.

"Naver Cloud will install 3,056 B200 GPUs and Kakao 2,424 by the end of the year", "Meta
runs 350,000 H100s, Microsoft 150,000": the later count is that of the company right
before it, of the same chip, and a time after the last conjunct dates every conjunct (the
deployment rule gave every count to the first company, and the time to the last count).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate

# "… and Kakao ", ", Microsoft about ": the joint before a gapped conjunct's company
# a ranking's joint: "…, followed by Nebius at 95,000", "ahead of Crusoe with 30,000"
_JOINT = re.compile(
    r"(?:,\s|\s)(?:and|while|with|then|followed\sby|ahead\sof|trailed\sby|behind)\s$|,\s$"
)
_BOUND = re.compile(
    r"\s(?:(?:at|with|on)\s)?(?:(?:an\sestimated|up\sto|about|roughly|some|nearly|around"
    r"|more\sthan|over)\s)?$"
)
_COMPANY = ("company",)
_NAMED = ("company", "cluster", "facility")


def gapped_counts_en(s: Sentence, here: list[Candidate]) -> list[Candidate]:
    """``here`` with each gapped count given to its own company, chip and shared time."""
    if s.language != "en":
        return here
    counts = [c for c in here if c.predicate == "deployed_chips"]
    if len(counts) < 2:
        return here
    here = [c for c in here if c not in counts or not _unknown_subject(s, c.anchor)]
    counts = [c for c in here if c.predicate == "deployed_chips"]
    if len(counts) < 2:
        return here
    first = min(counts, key=lambda c: c.anchor)
    out: list[Candidate] = []
    changed: list[Candidate] = []
    for c in here:
        owner = _gapped_owner(s, c.anchor) if c is not first and c in counts else None
        if owner is None or owner == first.subject or c.anchor < first.anchor:
            out.append(c)
            continue
        qualifiers = c.qualifiers or first.qualifiers
        moved = replace(c, subject=owner, qualifiers=dict(qualifiers), modality=first.modality)
        changed.append(moved)
        out.append(moved)
    if not changed:
        return here
    # "… 3,056 B200 GPUs and Kakao 2,424 by the end of the year": the time after the last
    # conjunct is every conjunct's, when the first has none of its own
    last = max(changed, key=lambda c: c.anchor)
    if first.valid.kind == "point" and first.valid.start == s.published:
        out = [replace(c, valid=last.valid) if c is first else c for c in out]
        out = [replace(c, valid=last.valid) if c in changed else c for c in out]
    return out


# "…, while NHN Cloud takes the largest share at 7,656": a clause of its own whose subject
# is a name the vocabulary does not know; its count is no named company's
_UNKNOWN_CLAUSE = re.compile(
    r"(?:,\s|\s)(?:while|whereas|but|and)\s(?P<name>(?:[A-Z][\w&.-]*\s){1,3})"
    r"(?:takes|took|gets|got|has|had|holds|held|runs|ran|receives|received|will|plans|is|was)\b"
)


def _unknown_subject(s: Sentence, anchor: int) -> bool:
    """Whether the count sits in a clause whose own subject is an unknown name."""
    clause = s.clause_of(anchor)
    for m in _UNKNOWN_CLAUSE.finditer(s.text, max(0, clause.start - 8), anchor):
        if not any(m.start() <= c.start < anchor for c in s.of_kind(_NAMED)):
            return True  # no company named from the joint to the count
    return False


def _gapped_owner(s: Sentence, anchor: int) -> str | None:
    """The company right before a count, after a joint ("and Kakao 2,424")."""
    before = [m for m in s.of_kind(_COMPANY) if m.end <= anchor and anchor - m.end <= 16]
    if not before:
        return None
    m = before[-1]
    if not _BOUND.fullmatch(s.text, m.end, anchor) and s.text[m.end : anchor].strip():
        return None
    if not _JOINT.search(s.text, max(0, m.start - 16), m.start):
        return None
    return m.id
