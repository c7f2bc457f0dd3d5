"""An English fleet size told with a plain copula, no verb of running or installing: "we
are a little over 60,000 GPUs across our sites", "Nebius is now at about 95,000 GPUs",
"they're at 20,000 H100s": the subject is its fleet's size. Only a company or a "we" /
"they" right before the copula, so "The order is 10,000 GPUs" (a deal) or "The rack is 72
GPUs" (a system) is no fleet."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.quantities import QuantityMatch
from tracker.extract.site_subject_en import site_copula

_COPULA = (
    r"\s(?:is|are|was|were|['’]re|['’]s)\s(?:now\s|currently\s|already\s|today\s)?(?:at\s)?"
    r"(?:(?:a\slittle|just|slightly|well|comfortably)\s)?"
    r"(?:(?:over|above|more\sthan|about|around|roughly|nearly|almost|some|close\sto)\s)?$"
)
_PRONOUN_COPULA = re.compile(r"\b(?:we|they|We|They)" + _COPULA)
_NAME_COPULA = re.compile(_COPULA)
_SHORT_OF = re.compile(r"\s(?:short|shy)\sof\b")
# a company's own fleet or site named before the copula: "Nebius's cluster in Finland is
# 20,000 H200 GPUs", "Naver's new cluster is 4,032 B200 GPUs" (not its rack, order or deal)
_OWN_FLEET_COPULA = re.compile(
    r"['’]s?\s(?:[\w-]+\s){0,2}?(?:cluster|fleet|supercomputer|site|campus|build-?out)"
    r"(?:\s(?:in|at)\s(?:[A-Z][\w.-]*\s?){1,3})?" + _COPULA
)


def copula_fleet(s: Sentence, q: QuantityMatch) -> bool:
    """Whether count ``q`` is its subject's fleet size told with a copula."""
    if s.language != "en" or _SHORT_OF.search(s.text, q.end, q.end + 30):
        return False  # "is 20,000 GPUs short of its goal": a gap, no fleet
    lo = max(0, q.start - 60)
    if _PRONOUN_COPULA.search(s.text, lo, q.start) or site_copula(s, q):
        return True
    return any(
        lo <= m.end <= q.start
        and (
            _NAME_COPULA.match(s.text, m.end, q.start)
            or _OWN_FLEET_COPULA.match(s.text, m.end, q.start)
        )
        for m in s.of_kind(("company",))
    )
