"""The owner of an English count told in the passive with no agent ("In the first phase,
2,048 Gaudi 3 accelerators have been installed, and the operator plans to double that"):
nobody is named before the count, so the nearest-company reading finds none. The company
that goes on as the subject of the next clause ("…, and Naver plans to …") holds the
chips; in a sentence naming no company, the company in focus (the text's issuer, else
the one the previous sentence named) does."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence

# the passive verb right after the counted noun: "have been installed", "were deployed",
# "is now up and running", "had been brought online"; an agent ("by Dell") is an installer
# and stops the reading
_PASSIVE_INSTALL = re.compile(
    r"\d[\d,.]*[^,;.]{0,40}?\b(?:(?:have|has|had)\s(?:now\s|already\s)?been\s"
    r"|(?:are|were|is|was)\s(?:now\s|already\s)?(?:being\s)?)"
    r"(?:installed|deployed|racked|commissioned|switched\son|brought\s(?:online|up)"
    r"|put\sinto\s(?:service|operation)|up\sand\srunning|in\sservice)\b"
    r"(?![^,;.]{0,40}\bby\s)"
)

# the next clause's subject: ", and Naver plans", "; Nebius says"
_NEXT_SUBJECT = re.compile(r"[,;]\s(?:and\s|while\s|with\s)?$")

# what that subject goes on to do with the same fleet: plan it, grow it, speak of it (not
# "…, and Oracle will rent all of them": a renter holds no fleet)
_OWNER_GOES_ON = re.compile(
    r"\s(?:now\s|also\s)?(?:plans|aims|intends|expects|hopes|wants|is\splanning|is\saiming"
    r"|said|says|will\s(?:expand|grow|double|triple|scale|add|lift|raise|take))\b"
)


def passive_owner_en(s: Sentence, pos: int, maker: str | None) -> str | None:
    """The id of the company that holds a passive count at ``pos``, or None."""
    verb = _PASSIVE_INSTALL.match(s.text, pos) if s.language == "en" else None
    if verb is None:
        return None
    end = verb.end()
    companies = [m for m in s.of_kind(("company",)) if m.id != maker]
    if any(m.end <= pos for m in companies):
        return None  # a company before the count is the ordinary reading's business
    for m in companies:
        if (
            m.start > end
            and _NEXT_SUBJECT.search(s.text, max(end, m.start - 8), m.start)
            and _OWNER_GOES_ON.match(s.text, m.end)
        ):
            return m.id
    if companies:
        return None  # some other company named after: not ours to guess
    for owner in (s.focus.issuer, s.focus.get("company", s.index, 1)):
        if owner is not None and owner.id != maker:
            return owner.id
    return None
