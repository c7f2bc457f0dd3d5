"""Whose specification a figure is, and whether it is one at all.

"Ironwood offers 4.6 petaflops of FP8, roughly matching the B200's 4.5 petaflops",
"Compared with the H100's 3.35 TB/s, Ironwood's 7.4 TB/s is more than double": a product
that owns the figure ("the B200's", "B200의") is its subject even when it is only the point
of comparison for the sentence's own product (GUIDE: comparisons are not recorded, but the
rated figure of each product stated is).

"In SemiAnalysis tests, the MI300X achieved 1.3 petaflops", "The B200 reached 3.9 TB/s in
our memory benchmark", "한 벤치마크에서 MI300X는 … 1.3페타플롭스를 기록했다": a figure
measured in a test is a result, not the product's rated specification.
"""

from __future__ import annotations

import re

from tracker.extract.entities import Mention
from tracker.extract.text import Span

# between a product and its own figure: "'s", "'s rated", "’s peak", "의", "의 약"
_OWNS_EN = re.compile(r"['’]s\s(?:[a-z-]+\s){0,2}?(?:about\s|roughly\s|some\s|~)?$", re.I)
# between a figure and the product it is said for: " for Trainium2", " of FP8 for the
# B200", " of the B200"
_FOR_EN = re.compile(
    r"(?:\s(?:of|in|at)\s(?:dense\s|sparse\s)?(?:fp\d+|bf16|int8|hbm\w*|memory|bandwidth"
    r"|compute)){0,2}\s(?:for|of|on)\s(?:the\s|its\s|each\s|a\s|[A-Z][\w-]*['’]s\s)?",
    re.I,
)
_OWNS_KO = re.compile(r"(?:\s?(?:GPU|칩))?의\s(?:\S+\s)?(?:약\s|최대\s)?$")

_MEASURED = re.compile(
    r"\bbenchmark\w*|\bin\s(?:[\w'’-]+\s){0,2}?(?:tests?|testing|measurements?|test\sruns?)\b"
    r"|\bmeasure(?:d|ments?)\b|\bmlperf\b|\btests?\sby\b"
    # what it does in use, not its rating: "sustains about 600 teraflops", "in practice",
    # "real-world throughput", "effective bandwidth", "well below its peak"
    r"|\bsustain(?:s|ed|ing)?\b|\bin\spractice\b|\breal[\s-]world\b|\beffective\b|\bobserved\b"
    r"|\b(?:below|short\sof|of)\s(?:its|the)\s(?:rated\s|theoretical\s)?peak\b"
    r"|실사용|실효|실제\s?(?:환경|사용)|체감|에\s?그쳤|에\s?그친"
    r"|벤치마크|실측|측정(?:한|해|했|된|됐|\s?결과|\s?값|에서)|테스트\s?(?:결과|에서)|시험\s?(?:결과|에서)",
    re.I,
)


def figure_owner(
    text: str, products: list[Mention], start: int, end: int, language: str
) -> Mention | None:
    """The product whose possessive heads the figure at ``start``..``end`` ("the B200's 4.5
    petaflops", "B200의 4.5페타플롭스") or that it is said for right after ("1.3 petaflops
    for Trainium2", "192 GB of the B200"), if one does."""
    owns = _OWNS_KO if language == "ko" else _OWNS_EN
    for m in reversed(products):
        if m.end <= start and start - m.end <= 24 and owns.fullmatch(text, m.end, start):
            return m
    if language == "ko":
        return None
    for m in products:
        if end <= m.start and m.start - end <= 40 and _FOR_EN.fullmatch(text, end, m.start):
            return m
    return None


def measured(text: str, clause: Span, start: int) -> bool:
    """Whether the figure at ``start`` reports a test's result (a benchmark, a measurement
    in its clause or in a phrase fronted just before it) rather than a rated specification."""
    return _MEASURED.search(text, min(clause.start, max(0, start - 80)), clause.end) is not None


# a figure set beside the product's own for comparison: "twice the 72 GB", "3x the 1.2 TB/s",
# "than the 4.5 petaflops", "versus 192 GB", "compared with 3.35 TB/s"
_COMPARED_FIGURE = re.compile(
    r"\b(?:twice|double|triple|half|\d+(?:\.\d+)?x|\w+\stimes)\s(?:the\s|that\sof\s)?$"
    r"|\b(?:than|versus|vs\.?|compared\swith|compared\sto|against)\s(?:the\s)?$",
    re.I,
)


def compared_figure(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is one a product is compared against ("twice the 72
    GB"): no product's own figure unless a possessive names its owner."""
    return _COMPARED_FIGURE.search(text, max(0, start - 30), start) is not None


# a figure given per system: "2 TB of HBM3E per server", "13.4 TB per rack", "per eight-GPU
# server" (the system's total, not one chip's)
_PER_SYSTEM_AFTER = re.compile(
    r"[^,;.]{0,30}?\b(?:per|each|a)[\s-](?:[\w-]+\s)?(?:server|rack|node|board|baseboard|pod"
    r"|superpod|system|ultraserver|tray|platform)\b",
    re.I,
)


# Korean names the one system before the figure: "울트라서버 한 대의 연산 성능은", "서버 한
# 대에는 모두 1.5TB가", "랙당"
_ONE_SYSTEM_KO = re.compile(
    r"(?:울트라서버|서버|랙|노드|포드|슈퍼포드|시스템|보드)\s?(?:한\s?대|하나|1\s?대|한\s?개|1\s?개|당)"
)


def per_system(text: str, start: int, end: int, clause: Span) -> bool:
    """Whether the figure at ``start``..``end`` is said per server, rack or pod (after it,
    or in Korean before it in its clause)."""
    if _PER_SYSTEM_AFTER.match(text, end) is not None:
        return True
    return _ONE_SYSTEM_KO.search(text, clause.start, start) is not None


# a count summed over several systems: "Ten GB200 NVL72 racks hold 720 GPUs in all", "…, 2,000
# GPUs in total", "랙 10개에 … 모두 720개" (the systems' total, not one system's fill)
_SUMMED_AFTER = re.compile(
    r"\s(?:[\w-]+\s)?(?:in\sall|in\stotal|altogether|combined|all\stold|between\sthem)\b", re.I
)

# the sum said before the count: "240 racks, each with 72 GPUs, for a total of 17,280 GPUs",
# "totaling 2,304 chips", "bringing the total to 4,608 GPUs", "a combined 1,152 GPUs" (not
# "holds a total of 72 GPUs", which one rack can say of its own fill)
_SUMMED_BEFORE_EN = re.compile(
    r"\b(?:for\sa\s(?:combined\s|grand\s)?total\sof|totall?ing|bringing\s(?:the|its)\s"
    r"(?:\w+\s)?total\sto|a\scombined|in\sall|altogether)\s(?:about\s|some\s|roughly\s"
    r"|nearly\s|almost\s|around\s|more\sthan\s|over\s)?$",
    re.I,
)


# Korean says the several systems or their sum before the count: "랙 열 대에는 모두", "랙 여러
# 대를 합쳐" (not "총" alone: "울트라서버에는 칩이 총 144개" is one system's fill)
_SUMMED_KO = re.compile(
    r"(?:(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열|여러|수십|수백|[2-9]|\d{2,})\s?(?:대|개|기)"
    r"(?:에는|에|를|을|의)?\s(?:[^\s]+\s){0,2}?|(?:합쳐|통틀어)\s(?:[^\s]+\s)?)$"
)


# "총" after racks counted: "GB300 NVL72 64랙(GPU 총 4,608개, …)", "랙 8대, GPU 총 576개"
_TOTAL_OF_COUNTED_KO = re.compile(
    r"(?:\d[\d,]*\s?(?:랙|노드)(?!당)|(?:랙|서버|노드)\s?\d[\d,]*\s?대(?!당))[^.]{0,24}?"
    r"(?<![가-힣])총\s?$"
)


# a product worked out from one system's fill: "랙 하나에 72개씩이니 576개가", "72개씩이면
# 여덟 대에 모두 576개", "8장씩, 서버 열 대면 80장": the count after "N개씩" is the sum
_EACH_THEN_KO = re.compile(r"\d\s?(?:개|장)씩(?:이니|이면|이므로|이라|,)\s(?:[^\s.]+\s){0,4}?$")


def summed(text: str, start: int, end: int, language: str) -> bool:
    """Whether the count at ``start``..``end`` is said as a total over several systems."""
    if language == "ko":
        return (
            _SUMMED_KO.search(text, max(0, start - 24), start) is not None
            or _TOTAL_OF_COUNTED_KO.search(text, max(0, start - 40), start) is not None
            or _EACH_THEN_KO.search(text, max(0, start - 40), start) is not None
        )
    return (
        _SUMMED_AFTER.match(text, end) is not None
        or _SUMMED_BEFORE_EN.search(text, max(0, start - 40), start) is not None
    )
