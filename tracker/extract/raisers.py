"""The company a sentence says is raising money ("FuriosaAI … has closed a $180 million
Series D financing round", "xAI is raising $20 billion", "퓨리오사AI는 … 시리즈D 투자 유치를
마무리했다"), remembered in the discourse focus so that a later "invested $40 million in the
round", "이번 라운드에는 … 네이버가 300억 원을 넣었다" names its target."""

from __future__ import annotations

import re
from collections.abc import Callable

from tracker.extract.entities import Mention
from tracker.extract.vocabulary import Entity

RAISER = "raiser"  # the Focus slot
# a verb of raising with a round, a financing or an amount after it
_RAISES = re.compile(
    r"\b(?:raised|raises|raising|closed|closes|closing|completed|launched|opened)\b"
    r"(?:[^.;]|\.\d){0,60}?(?:\bround\b|\bfinancing\b|\braise\b|\bcapital\b|\bfunding\b|\bfunds\b|\$\s?\d)",
    re.I,
)


def raiser_of(text: str, mentions: list[Mention]) -> Entity | None:
    """The subject company of the sentence's verb of raising, if it has one."""
    if "rais" not in text and "round" not in text and "financing" not in text:
        return None  # cheap gate
    m = _RAISES.search(text)
    if m is None:
        return None
    before = [c for c in mentions if c.kind == "company" and c.end <= m.start()]
    return before[0].entity if before else None


# a round, a raise or a financing closed, completed or under way: "시리즈D 투자 유치를
# 마무리했다", "200억 달러 규모의 자금 조달을 마무리했다", "시리즈C 브리지 라운드를 마무리했습니다"
_RAISES_KO = re.compile(
    r"(?:자금\s?조달|투자\s?유치|라운드|펀딩)(?:을|를|이|가)?\s(?:[^\s.]+\s){0,2}?"
    r"(?:마무리|마쳤|마치|완료|끝냈|끝마|유치했|진행|추진|나섰)"
    # "7억 달러 규모의 시리즈C 투자를 유치했다고": the raise told with its object
    r"|투자(?:를|을)\s(?:유치했|유치한|유치하|받았|받은)"
)
# "이번 라운드는 … 이끌었다": a sentence about the round named before keeps its raiser in view
_THIS_ROUND_KO = re.compile(r"(?:이번|이|해당|같은)\s?(?:라운드|투자\s?유치|자금\s?조달|펀딩)")


def round_told_again(text: str) -> bool:
    """Whether a Korean sentence is about the round named before ("이번 라운드는 …")."""
    return _THIS_ROUND_KO.search(text) is not None


_SUBJECT_KO = ("은", "는", "이", "가")


def raiser_of_ko(
    text: str, mentions: list[Mention], particle: Callable[[Mention], str]
) -> Entity | None:
    """The company marked as subject before a Korean verb of closing a round, if any."""
    if "조달" not in text and "유치" not in text and "라운드" not in text and "펀딩" not in text:
        return None  # cheap gate
    m = _RAISES_KO.search(text)
    if m is None:
        return None
    before = [c for c in mentions if c.kind == "company" and c.end <= m.start()]
    subjects = [c for c in before if particle(c) in _SUBJECT_KO]
    return subjects[0].entity if subjects else None
