"""A rival's capacity set against the one just given ("SK hynix exits the year with about
170,000 wafers a month of HBM capacity, against roughly 150,000 for Samsung", "…, versus
some 60,000 at Micron"): the same kind of figure for the company named after it, at the
same time and with the same modality (one estimate covering both)."""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.domain.claims import Quantity
from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate, RuleState

_AGAINST = re.compile(
    r",?\s(?:against|versus|vs\.?|compared\s(?:with|to))\s"
    r"(?:(?:about|around|roughly|some|nearly|almost|an\sestimated|just\sover|over)\s)?$",
    re.IGNORECASE,
)
# the owner first: "…, with Samsung at about 130,000 and Micron well behind"
_WITH_AT = re.compile(
    r",\swith\s(?:the\s)?[A-Z][\w&.-]*(?:\s[\w&.-]+){0,2}\sat\s"
    r"(?:(?:about|around|roughly|some|nearly|almost|an\sestimated|just\sover|over)\s)?$"
)
_AT_GAP = re.compile(
    r"\sat\s(?:(?:about|around|roughly|some|nearly|almost|an\sestimated|just\sover|over)\s)?"
)
# between the figure and its owner: "150,000 for Samsung", "60,000 wafers a month at Micron"
_OWNER_GAP = re.compile(
    r"\s(?:(?:wafers?\s(?:a|per)\smonth|wpm|kwpm)\s)?(?:for|at|from)\s(?:the\s)?", re.IGNORECASE
)


def counterpart_capacities(
    s: Sentence, state: RuleState, found: list[Candidate]
) -> list[Candidate]:
    """``found`` with each rival's figure set against an earlier capacity of the sentence
    read as that rival's capacity, at the earlier one's time and modality."""
    if s.language != "en" or not found or "capacity" not in {c.predicate for c in found}:
        return found
    out = list(found)
    companies = s.of_kind(("company",))
    for i, q in enumerate(s.quantities):
        if q.unit not in ("wafer/month", "") or q.high < 1000:
            continue
        with_owner = _WITH_AT.search(s.text, max(0, q.start - 60), q.start)
        if _AGAINST.search(s.text, max(0, q.start - 40), q.start) is None and with_owner is None:
            continue
        earlier = [c for c in out if c.predicate == "capacity" and c.anchor < q.start]
        owner = next(
            (m for m in companies if _OWNER_GAP.fullmatch(s.text, q.end, m.start)), None
        ) or next((m for m in companies if _with_at(s, m.start, m.end, q.start)), None)
        if not earlier or owner is None or owner.id == earlier[-1].subject:
            continue
        first = earlier[-1]
        value = Quantity(low=q.low, high=q.high, unit="wafer/month", approx=q.approx, bound=q.bound)
        out = [c for c in out if c.anchor != q.start]
        out.append(replace(first, subject=owner.id, anchor=q.start, value=value))
        state.used.add(i)
    return out


def _with_at(s: Sentence, start: int, end: int, figure: int) -> bool:
    """ "with Samsung at about 130,000": the company after "with", the figure after "at"."""
    return s.text[max(0, start - 9) : start].endswith(("with ", "with the ")) and (
        _AT_GAP.fullmatch(s.text, end, figure) is not None
    )
