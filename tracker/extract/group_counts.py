"""A count that belongs to a group of parties, not to the one a claim is about.

"Google has signed TPU deals for 2 million chips with customers like Anthropic", "엔비디아는
마이크로소프트와 메타 등 고객사에 GB200 10만 개를 출하했다": the count is what the whole set of
customers takes, Anthropic or Microsoft only one example of it; "Microsoft, Meta and Oracle
together bought 1.5 million GB200s", "…을 합쳐서 150만 개": the sum of several buyers. The
relation to the named party may stand; the count is none of theirs.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.text import Span

_EXAMPLES = re.compile(
    r"\b(?:customers|clients|buyers|providers|companies|firms|hyperscalers|labs|partners"
    r"|operators|clouds)\s(?:including|such\sas|like|among\sthem)\b"
    r"|\b(?:including|such\sas|like)\s(?:[A-Z][\w.&'’-]*,?\s(?:and\s|or\s)?){1,4}"
    r"|등\s(?:고객사|고객|업체|기업|빅테크|클라우드|회사|사업자|파트너)",
)
_JOINT = re.compile(
    r"\b(?:together|combined|jointly|between\sthem|all\stold|collectively)\b|합쳐|통틀어|합계|공동으로",
    re.I,
)


_THAN = re.compile(r"\bthan\b|보다", re.I)


def group_count(s: Sentence, clause: Span) -> bool:
    """Whether the clause's count belongs to a set of parties given by example or summed
    over several of them (two companies or more; not a sum of chip kinds, "H100과 H200,
    GB200을 합쳐 23만 개", nor a sum the count is compared with, "500,000, more than Meta
    and Oracle combined")."""
    if _EXAMPLES.search(s.text, clause.start, clause.end):
        return True
    joint = _JOINT.search(s.text, clause.start, clause.end)
    if joint is None or _THAN.search(s.text, clause.start, joint.start()):
        return False
    chips = s.of_kind(("chip", "system"), clause)
    parties = {
        m.id
        for m in s.of_kind(("company",), clause)
        # "엔비디아 GB200과 GB300을 합쳐", "Nvidia's GB200s": the chip's maker as its brand
        if not any(0 <= c.start - m.end <= 3 and c.entity.maker == m.id for c in chips)
    }
    return len(parties) >= 2
