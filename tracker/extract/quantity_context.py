"""What the words around a number say about it, for tracker.extract.quantities: spans that
are dates or period codes (never amounts), years that are really counts ("2,000개" is, "in
2026 chips" is not), model sizes ("405B parameters") and prices per share or per unit.

Kept apart from the recognizer's grammar so each rule can be read (and tested) on its own.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# dates and period codes whose digits are no amount, each behind a cheap gate (most
# sentences have none): 2026-11-03, 2026.11.3, 11/03/2026; Nov. 3, 3 November; Q4'26, 4Q26,
# 2H26, FY27; 2026-27
_NOT_NUMBERS = (
    (
        re.compile(r"\d[-/]\d|\d\.\d\d?\.\d"),
        re.compile(
            r"(?<![\d.,])(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])[-./][0-3]?\d(?![\d,])"
            r"|(?<![\d.,/])[01]?\d/[0-3]?\d/(?:19|20)?\d\d(?![\d/])"
        ),
    ),
    (
        re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"),
        re.compile(
            rf"\b{_MONTH}\.?\s[0-3]?\d(?:st|nd|rd|th)?\b(?![,.]?\d)"
            rf"|\b[0-3]?\d(?:st|nd|rd|th)?\s{_MONTH}\b"
        ),
    ),
    (
        re.compile(r"[QH][1-4]|[1-4][QH]|FY"),
        re.compile(r"\b[QH][1-4]\s?'\d\d\b|\b[1-4][QH]\s?'?\d\d\b|\bFY\s?'?\d\d\b"),
    ),
    (
        re.compile(r"\d\d[-–]\d\d"),
        re.compile(r"(?<![\d.,])(?:19|20)\d\d[-–](?:\d\d)(?![\d,]|\.\d)"),
    ),
    # a clock time or a show's timecode: "- 03:12 레니게이드가 …", "오후 2:30", "1:02:45"
    (re.compile(r"\d:\d\d"), re.compile(r"(?<![\d.,:])\d{1,2}:\d\d(?::\d\d)?(?![\d:])")),
    # a Korean fraction, a share and no figure: "물량의 약 3분의 2", "4분의 1"
    (re.compile("분의"), re.compile(r"(?<![\d.,])\d{1,3}\s?분의\s?\d{1,3}(?![\d,.])")),
)


def not_number_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of ``sentence`` that are dates or period codes."""
    spans: list[tuple[int, int]] = []
    for gate, pattern in _NOT_NUMBERS:
        if gate.search(sentence) is not None:
            spans.extend(m.span() for m in pattern.finditer(sentence))
    return spans


_TIME_BEFORE = re.compile(
    r"(?:\b(?:in|by|since|from|until|through|before|after|during|of|early|late|mid|end|"
    rf"fiscal|year|FY|CY|{_MONTH}\.?)[\s-]?|[-–~])$",
    re.IGNORECASE,
)
# a noun the counted words modify, which makes the number before them a year: "2025 GPU
# roadmap", "the 2026 B300 ramp", "2026 GPU 도입 계획"
_PLAN_AFTER = re.compile(
    r"\s(?:roadmaps?|plans?|forecasts?|targets?|budgets?|outlook|guidance|line-?up|"
    r"strateg(?:y|ies)|demand|supply|sales|shipments|spending|capex|ramp|launch|market|"
    r"revenues?|allocations?|shortages?|cycle|refresh|release|schedule|timeline|season)\b"
    r"|\s(?:도입|계획|로드맵|전략|목표|수요|공급|출하|투자|예산|시장|전망|매출|일정)",
    re.IGNORECASE,
)
# a Korean noun after a year-like number and an English count word ("2026 GPU 확보 경쟁",
# "2027 GPU 증설 로드맵"): Korean counts with a counter ("GPU 2,000개", "2000대"), so the
# number modifies the noun phrase as a year, whatever the noun; unless the noun is the whole
# the chips make up ("2048 GPU 클러스터", "… 규모")
_KO_NOUN_AFTER = re.compile(r"\s[가-힣]")
_KO_WHOLE_AFTER = re.compile(r"\s(?:클러스터|규모|서버|시스템|노드|슈퍼컴퓨터|슈퍼팟|랙|포드|팟)")
# likewise an English noun after a singular count word ("its 2026 GPU procurement", "the
# 2027 GPU buildout"), unless it is such a whole or a word a count goes on with ("a 2048
# GPU cluster", "1950 GPU in Texas")
_EN_WORD_AFTER = re.compile(r"\s[a-z]")
_EN_COUNT_GOES_ON = re.compile(
    r"\s(?:clusters?|supercomputers?|systems?|nodes?|pods?|superpods?|servers?|racks?|chips?"
    r"|cards?|units?|accelerators?|boards?|in|at|for|to|from|and|or|across|on|by|that|which"
    r"|with|over|under|of|per|each|it|they|were|was|are|is|had|have|has|last|this|since"
    r"|during|running|installed|deployed|online)\b"
)


def counted_year(sentence: str, start: int, end: int | None = None) -> bool:
    """Whether a year-like number before a count is a count ("2,000 GPUs", "2000개"), not a
    year ("in 2026 chips …", "fiscal 2026 units", "March 2026 GPUs", "2025 GPU roadmap").
    ``end`` is where the counted words end, when known; a Korean counter there ("2000대
    도입") counts whatever follows, a Korean noun after an English count word makes a year
    ("2026 GPU 확보 경쟁") unless it is the cluster the chips make ("2048 GPU 클러스터")."""
    if _TIME_BEFORE.search(sentence, max(0, start - 12), start) is not None:
        return False
    if end is None or "가" <= sentence[end - 1] <= "힣":
        return True
    if _KO_NOUN_AFTER.match(sentence, end):
        return _KO_WHOLE_AFTER.match(sentence, end) is not None
    if sentence[end - 1] not in "sS" and _EN_WORD_AFTER.match(sentence, end):
        return _EN_COUNT_GOES_ON.match(sentence, end) is not None
    return _PLAN_AFTER.match(sentence, end) is None


_PARAMETERS = re.compile(
    r"(?:-|\s)?(?:parameters?|params?)\b|\s?(?:개\s?)?(?:파라미터|매개변수)", re.IGNORECASE
)
_MODEL_AFTER = re.compile(r"[\s-](?:model|LLM|모델)\b")


def parameter_end(sentence: str, number_end: int, end: int) -> int | None:
    """Where "405B parameters" / "a 405B model" / "4050억 개 파라미터" ends, when the
    figure is a model's size, else None. A "model" after the figure counts only after a
    one-letter scale (405B, 70B), not after a plain number ("1,000 models")."""
    for at in dict.fromkeys((end, number_end)):
        m = _PARAMETERS.match(sentence, at)
        if m is not None:
            return m.end()
    scaled = sentence[number_end - 1 : number_end] in ("B", "b", "T", "M")
    if scaled and _MODEL_AFTER.match(sentence, number_end):
        return number_end
    return None


# a measure in chips that counts no chips: "576 GPU dies per rack" (a package holds
# several), "600,000 H100-equivalents", "the equivalent of almost 600,000 H100s", "compute
# equal to nearly 600,000 H100s" (a fleet's compute in one chip's units)
_MEASURE_AFTER = re.compile(
    r"\s(?:(?:GPU|compute|chip|silicon|logic|reticle-sized)\s)?dies\b"
    r"|[\s-](?:[\w]+[\s-])?equivalents?\b",
    re.IGNORECASE,
)
_MEASURE_BEFORE = re.compile(
    r"\b(?:equivalent\s(?:of|to)|equal\sto|as\smuch\scompute\sas)\s(?:the\s)?"
    r"(?:(?:about|almost|nearly|roughly|some|around|over|more\sthan|up\sto|close\sto)\s)?$",
    re.IGNORECASE,
)


def chip_measure(sentence: str, start: int, end: int) -> bool:
    """Whether a count in chips' terms counts no chips: dies, or chip-equivalents of compute."""
    return (
        _MEASURE_AFTER.match(sentence, end) is not None
        or _MEASURE_BEFORE.search(sentence, max(0, start - 40), start) is not None
    )


CURRENCIES = ("USD", "KRW", "EUR", "JPY", "CNY", "TWD", "HKD", "AUD", "CAD", "SGD", "GBP")
_PER_AFTER = re.compile(
    r"\s?(?:per|a|each|/)\s?(?P<what>share|ADR|unit|GPU|chip|accelerator|piece)s?\b",
    re.IGNORECASE,
)
_PER_BEFORE_KO = re.compile(r"(?P<what>주당|개당|대당)\s?$")


def per_item(sentence: str, start: int, end: int) -> tuple[str, int] | None:
    """("share" or "unit", the new end) for a price per share or per unit: "$150 per share",
    "주당 5만 원", "$30,000 per GPU", else None."""
    if (k := _PER_BEFORE_KO.search(sentence, max(0, start - 4), start)) is not None:
        return ("share" if k.group("what") == "주당" else "unit"), end
    m = _PER_AFTER.match(sentence, end)
    if m is None or m.group("what") is None:
        return None
    what = m.group("what").lower()
    return ("share" if what in ("share", "adr") else "unit"), m.end()
