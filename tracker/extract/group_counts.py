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
    r"|등\s(?:고객사|고객|업체|기업|빅테크|클라우드|회사|사업자|파트너)",
)
# "… with customers like Anthropic and Meta": names given as examples (of parties only when a
# company is among them: "40,000 GPUs, including Vera Rubin systems" names chips)
_NAMED_EXAMPLES = re.compile(
    r"\b(?:including|such\sas|like)\s(?:[A-Z][\w.&'’-]*,?\s(?:and\s|or\s)?){1,4}"
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
    if _EXAMPLES.search(s.text, clause.start, clause.end) or _recipient_list(s, clause):
        return True
    for hit in _NAMED_EXAMPLES.finditer(s.text, clause.start, clause.end):
        if s.of_kind(("company",), Span(hit.start(), hit.end())):
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


# a Korean list of recipients ending in the dative: "한국 정부와 삼성전자, SK그룹, 네이버에",
# "카카오와 네이버에게"; "각각" gives each one the count
_DATIVE_LIST_KO = re.compile(
    r"(?:[가-힣A-Za-z0-9.&]+(?:\s[가-힣A-Za-z0-9.&]+)?\s?(?:와|과|,|·|ㆍ|및)\s?){1,8}"
    r"[가-힣A-Za-z0-9.&]+?(?:에게|에)\s"
)
_EACH_KO = re.compile(r"각각|각\s?(?:사|업체|회사)(?:에|마다)|마다\s")


def _recipient_list(s: Sentence, clause: Span) -> bool:
    """Whether a Korean clause gives its count to a list of recipients as one ("엔비디아는
    한국 정부와 삼성전자, SK그룹, 네이버클라우드에 블랙웰 GPU 26만 개 이상을 공급한다": the
    26만 is what all of them take, none's alone), a company among them and no "각각"."""
    if s.language != "ko" or _EACH_KO.search(s.text, clause.start, clause.end):
        return False
    companies = s.of_kind(("company",), clause)
    counts = [q.start for q in s.quantities if clause.start <= q.start < clause.end]
    for hit in _DATIVE_LIST_KO.finditer(s.text, clause.start, clause.end):
        if not any(hit.end() <= c for c in counts):
            continue
        if any(hit.start() <= m.start and m.end <= hit.end() for m in companies):
            return True
    return False
