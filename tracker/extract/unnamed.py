"""Korean subjects that name no company: "국내 클라우드 기업 한 곳도", "한 인터넷 기업은",
"대만의 다른 업체도", "일부 고객사는".

A clause whose subject is such a noun phrase has a subject of its own, only not one the
vocabulary knows: the company the text was about before is not the one acting, so no rule
may carry it into the clause (an analyst records no claim for an unnamed company).
"""

from __future__ import annotations

import re

_NOUN = r"(?:기업|업체|회사|고객사|스타트업|사업자|클라우드사|제조사)"
# an indefinite or other-than word before the noun ("한 인터넷 기업", "또 다른 업체"), or a
# count of one after it ("기업 한 곳"); "이 회사는", "해당 기업은", "회사는" refer back instead
_UNNAMED = re.compile(
    r"(?:(?<![가-힣])(?:한|어느|일부|몇몇|다른|익명의)\s(?:[가-힣A-Za-z]+\s){0,2}"
    + _NOUN
    + r"|"
    + _NOUN
    + r"\s?(?:한|몇)\s?곳)들?\s?(?:은|는|이|가|도)(?=\s)"
)


def unnamed_subject_ko(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a subject-marked noun phrase naming no company."""
    return _UNNAMED.search(text, start, end) is not None


THE_ROUND_EN = (
    r"the\s(?:(?:latest|new|same|current)\s)?(?:(?:funding|financing|equity|fundraising"
    r"|series\s\w)\s)?(?:round|raise|financing)"
)
"""A round named before: "the round", "the latest funding round", "that raise"."""
# an English amount's own target after "in"/"into" ("will invest £2bn in British start-ups"),
# not a filler that says what form the money takes or when it came
_INTO_EN = re.compile(
    r"(?:\s(?:stake|investment|holding|position))?\s(?:in|into)\s(?!(?:total|cash|funding|equity|stock|shares|stages|tranches|exchange|"
    r"return|compute|credits|capital|all|aggregate|combined|commitments?|the\sform|recent|"
    r"early|late|mid|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|\d|it|them|the\s(?:[\w-]+\s)?(?:company|startup|start-up|firm|group|"
    r"lab|developer|maker|chipmaker|business|venture|operator|provider"
    # "in the round", "into the latest funding round": a round named before, whose raiser
    # the investment rule finds
    r"|round|raise|financing)"
    rf"|{THE_ROUND_EN})\b)"
)


def unnamed_target_en(
    lowered: str, end: int, named: list[int], times: tuple[int, ...] = ()
) -> bool:
    """Whether the amount ending at ``end`` names its own target ("in British start-ups")
    and that target is no entity: no mention (``named``, their starts) opens it, nor a time
    right after the preposition (``times``: "in the second quarter"). The company the
    sentence names elsewhere ("Nvidia, which has put £500m into Nscale") is not where this
    money goes, and a time after the target ("into G42 last year") does not name it."""
    into = _INTO_EN.match(lowered, end)
    if into is None:
        return False
    return not any(into.end() <= x < into.end() + 24 for x in named) and not any(
        into.end() <= x <= into.end() + 1 for x in times
    )


# money spent is an investment only in a site the vocabulary knows: "xAI says it has spent
# more than 20 billion dollars on the project so far", not "will spend $80 billion on AI
# data centers" (capital spending with no target)
_SPENT = re.compile(r"\b(?:spent|spend|spends|spending)\s")
_SPENT_ON = re.compile(r"\s(?:[\w-]+\s){0,3}?on\s")


def spent_on_site(lowered: str, q_end: int, clause: tuple[int, int], sites: list[int]) -> bool:
    """Whether an English clause spends the amount ending at ``q_end`` on a cluster or
    facility named or referred to ("the project") right after "on" (``sites``: the
    starts of the sentence's cluster and facility mentions)."""
    if not _SPENT.search(lowered, *clause):
        return False
    on = _SPENT_ON.match(lowered, q_end)
    return on is not None and on.end() in sites
