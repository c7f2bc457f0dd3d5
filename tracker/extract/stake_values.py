"""Money that a stake is worth or was sold for, or that a noun names as something else:
not money put in.

"Amazon's stake in Anthropic is now worth about $60 billion", "아마존이 보유한 앤트로픽 지분
가치는 약 600억 달러에 달한다": the market value of a holding, however far it has grown from
what was invested. "SoftBank sold its $5.8 billion stake in Nvidia", "지분 58억 달러어치를
매각했다": a holding ended, no standing investment. A stake bought or taken ("took a stake
worth $2 billion", "지분 20억 달러어치를 인수했다") stays an investment.
"""

from __future__ import annotations

import re

from tracker.extract.text import Span

# a holding's present worth: "stake … is now worth", "stake, valued at", "holding has grown
# to", "the value of its stake"; not "a stake worth $2 billion" after a verb of taking
_WORTH_EN = re.compile(
    r"\b(?:stake|holding|shares|position)s?\b[^.;]{0,60}?"
    r"(?:\b(?:is|are|was|were|now|currently|today|has\sbeen|could\sbe|would\sbe)\s(?:\w+\s)?"
    r"(?:worth|valued\sat)|,\s(?:now\s)?(?:worth|valued\sat)|\b(?:has|have)\s(?:grown|risen|"
    r"swelled|ballooned|climbed)\s(?:in\svalue\s)?to)\s(?:\w+\s){0,2}$"
    r"|\b(?:value|worth|market\svalue)\sof\s(?:its|their|the|[\w’']+['’]s)\s(?:\w+\s)?"
    r"(?:stake|holding|shares)\b[^.;]{0,60}$",
    re.I,
)
# a holding sold: "sold its $5.8 billion stake", "is selling $2 billion of shares"
_SOLD_EN = re.compile(
    r"\b(?:sold|sells?|selling|divest\w*|offload\w*|unload\w*|dump\w*|exit\w*|cash\w*\sout\sof"
    r"|trimm?\w*|pared|reduc\w*)\s(?:off\s)?(?:\w+\s){0,3}$",
    re.I,
)
_HOLDING_AFTER_EN = re.compile(
    r"[\s-]*(?:\w+\s){0,2}?(?:stake|holding|shares|position|interest)\b", re.I
)
# Korean: "지분 가치는 …", "평가액이 …" before the figure (after it, "50억 달러의 평가이익" is
# the gain on the money put in, which stays the investment); "지분 … 매각/처분/정리했다"
_WORTH_KO = re.compile(r"지분\s?가치|평가\s?(?:액|이익|차익|가치)|시가\s?평가")
_SOLD_KO = re.compile(r"(?:지분|보통주|우선주|주식)[^.]{0,30}?(?:매각|처분|정리|팔아|팔았|매도)")


# what a holding was sold for: "sold its entire holding in Nvidia in October for $5.8
# billion", "is selling part of its stake to a fund for about $2bn"; a company selling new
# shares to an investor ("sold shares to Amazon for $4bn") names no holding of its own
_SOLD_FOR_EN = re.compile(
    r"\b(?:sold|sells?|selling|divest\w*|offload\w*|unload\w*|dump\w*)\s(?:off\s)?"
    r"(?:(?:all|part|some|most|half|the\srest|the\sremainder)\s(?:of\s)?)?(?:its|their|his|her)"
    r"\s(?:[\w-]+\s){0,3}?(?:stake|holding|shares|position|interest)s?\b[^.;$]{0,80}?"
    r"\bfor\s(?:about\s|around\s|roughly\s|nearly\s|some\s|almost\s|more\sthan\s|over\s)?$",
    re.I,
)


def held_or_sold(lowered: str, start: int, end: int, clause: Span) -> bool:
    """Whether the money at ``start``..``end`` is a holding's worth or a holding sold
    (``lowered``: the sentence in lower case; ``clause``: the figure's clause)."""
    lo, hi = clause.start, clause.end
    before = lowered[max(lo, start - 120) : start]
    if _WORTH_EN.search(before) or _SOLD_FOR_EN.search(before):
        return True
    if _SOLD_EN.search(lowered, max(lo, start - 40), start) and _HOLDING_AFTER_EN.match(
        lowered, end
    ):
        return True
    return bool(_WORTH_KO.search(lowered, lo, start) or _SOLD_KO.search(lowered, lo, hi))


# money a noun right beside it names as something else: "a cloud backlog of $455 billion",
# "revenue of $33 billion", "$150 billion in market value"
_OTHER_MONEY_BEFORE = re.compile(
    r"\b(?:backlog|revenues?|sales|bookings|market\s(?:value|cap\w*)|valuation|profits?"
    r"|losses|income|capex|budget|fines?|penalty|price|costs?|orders)\s(?:of|at|worth|near"
    r"|topping|exceeding)\s(?:about\s|roughly\s|nearly\s|some\s|almost\s|over\s)?(?:us)?$",
    re.I,
)
_OTHER_MONEY_AFTER = re.compile(
    r"\s(?:in|of)\s(?:[\w-]+\s)?(?:revenue|sales|bookings|backlog|market\s(?:value|cap)|profit"
    r"|losses|income|capex|orders)\b"
    r"|\s(?:pre-money\s|post-money\s)?valuation\b"  # "at a $13 billion valuation"
    # money committed to a purchase: "committed $10 billion to a deal with Nebius for GPU
    # capacity", "$6.3 billion to buy CoreWeave's unused capacity"
    r"|\s(?:to|for)\s(?:a\s|an\s|the\s|its\s)?(?:[\w-]+\s){0,2}?(?:deal|contract|agreement|purchase"
    r"|lease|rental)s?\b|\sto\s(?:buy|purchase|rent|lease|pay\sfor)\b",
    re.I,
)


# Korean names the money first: "추경 예산 1조4600억 원을 들여", "매출 330억 달러", "시가총액은
# 4조 달러"
_OTHER_MONEY_KO = re.compile(
    r"(?:예산|추경|매출액?|시가\s?총액|시총|영업\s?이익|순이익|수주\s?잔고|기업\s?가치|몸값|가격|비용"
    r"|과징금|벌금|설비\s?투자|시설\s?투자)(?:은|는|이|가|을|를|으로|로|만|도)?\s?(?:약\s|총\s|무려\s)?$"
)


# a round's size, after the figure: "40억 달러 규모 투자 라운드", "100억 달러 펀딩", "시리즈 F"
_ROUND_AFTER_KO = re.compile(
    r"\s?(?:규모의?\s?|짜리\s?)?(?:투자\s?|자금\s?조달\s?)?(?:라운드|펀딩|시리즈\s?[a-z])"
)


# a company's worth set by a round or a sale: "could value the developer at more than $13
# billion", "valuing the lab at about $60bn", "is valued at $20 billion"
_VALUED_AT_EN = re.compile(
    r"\b(?:valu(?:e|es|ed|ing)|pric(?:e|es|ed|ing))\s(?:[\w’'.-]+\s){0,5}?at\s"
    r"(?:about\s|around\s|roughly\s|nearly\s|some\s|almost\s|more\sthan\s|over\s|least\s"
    r"|approximately\s|an\sestimated\s|as\smuch\sas\s|up\sto\s|north\sof\s|close\sto\s)*"
    r"(?:us)?$",
    re.I,
)


def named_otherwise(lowered: str, start: int, end: int) -> bool:
    """Whether a noun right before or after the money names it as revenue, a backlog, a
    market value, a budget or a price ("a cloud backlog of $455 billion", "예산 1조 원")."""
    return bool(
        _OTHER_MONEY_BEFORE.search(lowered, max(0, start - 40), start)
        or _VALUED_AT_EN.search(lowered, max(0, start - 80), start)
        or _OTHER_MONEY_AFTER.match(lowered, end)
        or _OTHER_MONEY_KO.search(lowered, max(0, start - 12), start)
        or _ROUND_AFTER_KO.match(lowered, end)
    )
