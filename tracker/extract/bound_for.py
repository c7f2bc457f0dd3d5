"""Where goods go, in Korean: a chip named as the destination of what is traded.

"HBM4 12단 제품은 엔비디아 베라 루빈 플랫폼용 인증을 마쳤고, … 엔비디아에 출하하고 있다",
"루빈에 들어갈 HBM4를 공급한다": the chip before 용 (for) or before "에 들어갈/탑재될" is where
the memory goes, not what is sold (as English "get HBM4 into Nvidia's Rubin").
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.releases import FIRST_PERSON_KO
from tracker.extract.text import Span

# the parts a chip is where they go: its memory, the process it is made in, a technology
PARTS = ("memory", "process", "technology")

# what may stand between a chip and the word that makes it a destination: a head word and
# an aside ("MI400 시리즈에", "MI450(칩당 HBM4 432GB 탑재)에도"), and the quote a name is often
# wrapped in ("차세대 GPU '루빈'에", "「MI350X」용")
_HEAD_KO = (
    r"[’'\"”」』›》]?\s?(?:(?:시리즈|플랫폼|GPU|칩|가속기|랙|시스템|서버)\s?)?"
    r"(?:\([^()]{0,40}\)\s?)?"
)
_INTO_KO = re.compile(
    _HEAD_KO
    + r"(?:용(?![량도])|向|향(?=[\s,.)]|$)|에\s?(?:들어가|들어갈|탑재|쓰일|쓰이는|실릴|실리|장착))"
)


# a chip in the dative where a part is traded or used: "HBM4 12단은 올해 엔비디아 루빈에
# 주력으로 공급될 것", "루빈에도 HBM4를 공급한다", "B200에 CoWoS-L 공정을 쓴다" (a chip
# receives nothing; its maker does)
_DATIVE_KO = re.compile(_HEAD_KO + r"에(?:는|도)?(?=[\s,.)]|$)")


# memory named as what a tool or material is for: "HBM3E 12단용 TC본더", "HBM4용 장비": the
# equipment is traded, not the memory
_TOOL_FOR_KO = re.compile(
    r"(?:\s?\d{1,2}단)?\s?용\s?(?:TC\s?|[가-힣]{1,3}\s)?(?:본더|장비|소재|기판|테스터|검사기|설비|부품|인터포저"
    r"|필름|언더필|몰딩)"
)


def goes_into_ko(s: Sentence, m: Mention) -> bool:
    """Whether a Korean chip or system mention names where traded memory goes, or a memory
    mention names what traded equipment is for."""
    if s.language == "ko" and m.kind == "memory":
        return _TOOL_FOR_KO.match(s.text, m.end) is not None
    return destination_ko(s, m, ("memory",))


def destination_ko(s: Sentence, m: Mention, parts: tuple[str, ...]) -> bool:
    """Whether a Korean chip or system mention names where a part goes, not what is traded
    or used: marked 용/향 or "에 들어갈/탑재할", or in the dative with a part of the kinds
    ``parts`` (memory, a process, a technology) named in the sentence. The company trades or
    uses the part, not the chip."""
    if s.language != "ko" or m.kind not in ("chip", "system"):
        return False
    if _INTO_KO.match(s.text, m.end) is not None:
        return True
    return _DATIVE_KO.match(s.text, m.end) is not None and any(x.kind in parts for x in s.mentions)


# the memory goes in: "…에 들어가는데", "…에도 … 들어가 있습니다", "…에 탑재된다", "…에 실린다"
_SHARE_KO = re.compile(r"차지|점유|%|퍼센트|비중")
_GOES_IN_KO = re.compile(
    r"들어가|들어간|들어갈|탑재되|탑재된|탑재돼|탑재될|실리|실린|실릴|탑재하|탑재한|탑재해|탑재할|넣"
)


# a company's chip the vocabulary does not name, in the dative: "AMD의 MI350 시리즈에", "구글의
# 차세대 TPU에도", "엔비디아 차세대 GPU에" (a model name, a head word, or both)
_OWNED_CHIP_KO = re.compile(
    r"(?:의)?\s(?:(?:차세대|최신|신형|자체|주력|새|첫)\s)?"
    r"(?:[A-Za-z][A-Za-z0-9-]*\s?(?:시리즈|GPU|칩|가속기|플랫폼)?"
    r"|(?:AI\s?)?(?:GPU|칩|가속기|반도체|플랫폼))에(?:는|도)?(?=[\s,.)]|$)"
)


# a supplier's talks or deal, the words that make memory going into a chip a supply
_TALKS_KO = re.compile(r"협의|논의|협상|공급|납품|계약")
_CHIPS = ("chip", "system")


def memory_into_chip(s: Sentence, clause: Span) -> int | None:
    """Where a Korean clause says a memory goes into a chip ("저희 HBM4는 엔비디아 루빈
    플랫폼에 들어가는데", "마이크로소프트 마이아 200에도 저희 HBM3E가 들어가 있습니다"): a
    supply of the memory to the chip's owner, a deal word of its own; None otherwise."""
    memories = s.of_kind(("memory",), clause)
    if s.language != "ko" or not memories or _SHARE_KO.search(s.text, clause.start, clause.end):
        return None  # "…에 들어가는 HBM4 물량의 30%를 차지할 것": a share, no deal
    makers = {c for m in memories for c in m.entity.suppliers}
    named = {m.id for m in s.of_kind(("company",), clause)}
    issuer = s.focus.issuer
    if issuer is not None and any(w in s.text[clause.start : clause.end] for w in FIRST_PERSON_KO):
        named.add(issuer.id)  # "저희 HBM4는 …": the company speaking
    if not named & makers and _TALKS_KO.search(s.text, clause.start, clause.end):
        # "구글 TPU에 들어갈 HBM4에 대해서는 고객사와 협의를 이어가고 있다" after a sentence
        # about Samsung: the supplier is the topic left unsaid
        topic = s.focus.get("marked", s.index, 1) or s.focus.get("topic", s.index, 2)
        if topic is not None and not named - {m.entity.maker for m in s.of_kind(_CHIPS, clause)}:
            named.add(topic.id)
    if not named & makers:
        return None  # "H200에는 HBM3E 141GB가 탑재된다": a specification, no supplier named
    into = [
        hit.end()
        for m in s.of_kind(("chip", "system"), clause)
        if (hit := _DATIVE_KO.match(s.text, m.end)) is not None
    ]
    # "AMD의 MI350 시리즈에", "엔비디아의 차세대 GPU에": a chip the vocabulary does not name,
    # told as a company's (its maker, who buys the memory)
    into += [
        hit.end()
        for m in s.of_kind(("company",), clause)
        if m.id not in makers and (hit := _OWNED_CHIP_KO.match(s.text, m.end)) is not None
    ]
    for end in sorted(into):
        if _NOT_INTO_KO.match(s.text, end):
            continue  # "엔비디아의 차세대 GPU에 대응하기 위해": a purpose, not where it goes
        verb = _GOES_IN_KO.search(s.text, end, clause.end)
        if verb is None:
            return None
        if not _other_place_ko(s.text[end : verb.start()]):
            return verb.start()
    return None


# the dative in a phrase of relation, not a destination: "…에 대응해", "…에 대한", "…에 맞춰"
_NOT_INTO_KO = re.compile(
    r"\s?(?:대응|대비|맞춰|맞춘|맞게|대해|대한|관해|관한|비해|따라|따른|앞서)"
)
# another destination before the verb: "청주 공장에 … 장비를 넣었다" (a time is none:
# "엔비디아 GPU에 하반기에 HBM4를 넣는다")
_DATIVE_WORD_KO = re.compile(r"([가-힣A-Za-z0-9]+)에(?:는|도)?(?=[\s,])")
_TIME_WORD_KO = re.compile(
    r"(?:년|월|일|분기|반기|말|초|중순|초순|하순|해|후|내|께|이후|이전|당시)$"
)


def _other_place_ko(between: str) -> bool:
    """Whether the words between a chip's dative and the verb of fitting name another
    place for it ("… GPU에 대응하기 위해 청주 공장에 HBM4 장비를 넣었다")."""
    return any(not _TIME_WORD_KO.search(w.group(1)) for w in _DATIVE_WORD_KO.finditer(between))
