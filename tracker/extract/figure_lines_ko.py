"""Korean lines that open with their figure: "■ 4,000여 개 — 소프트뱅크가 가동 중인 B200
GPU.", "▲ 72: GB200 NVL72 랙 한 대에 들어가는 GPU 수.", "③ 288 — 루빈 GPU 한 개에 들어가는
HBM4 용량(GB)이다."

A "숫자로 읽는" list puts the figure first and what it counts after a dash or a colon, a noun
phrase with no verb of its own. Read as written, the figure heads nothing. The line is read
as the sentence it stands for, the noun phrase as topic and the figure as its value ("…B200
GPU는 4,000여 개이다."), padded on the left to the same length so that the sentence keeps
its place (the quote is still cut from the original text).

Only a noun phrase is rewritten: a description ending in a verb ("2배 — 매출이 늘었다") is a
statement already; a figure with no unit takes the one its description names in brackets
("용량(GB)", "생산능력(장)") or, for a number of things ("… 수"), 개; money and shares are
left to the figure-line readers of investments (headline_subject.figure_line_parties), and a
bare year ("2027 — …") is a date.
"""

from __future__ import annotations

import re

_FIGURE_FIRST_KO = re.compile(
    r"^(?P<lead>[ \t]*(?:[■□▲△●◆◇•·*▶-]|[①-⑳]|\d{1,2}[.)])[ \t]*)"
    r"(?P<figure>(?:약[ \t]?|최대[ \t]?)?\d[\d,]*(?:\.\d+)?(?:[ \t]?[만억]\s?(?:\d[\d,]*)?)?여?"
    r"(?P<unit>[ \t]?(?:개|장|대|[A-Za-z][A-Za-z/]*|(?:기가|메가|테라|페타|엑사)"
    r"(?:와트|바이트|플롭스)))?(?:[ \t]?(?:이상|이하|안팎|가량|남짓|내외|넘게))?)"
    r"(?P<sep>[ \t]?[—–][ \t]|[ \t]-[ \t]|:[ \t])"
    r"(?P<desc>[가-힣A-Za-z][^\n.]*?(?:\.\d[^\n.]*?)*)"
    r"(?P<end>\.(?=\s|$)|$)",
    re.MULTILINE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# a unit the description names in brackets after its noun: "용량(GB)", "생산능력(장)"
_BRACKET_UNIT = re.compile(r"\((?P<unit>GB|TB|TB/s|GB/s|PFLOPS|EFLOPS|MW|GW|개|장|대)\)")
# "… 칩 수다", "… 용량(GB)이다": the copula the line already has
_COPULA = re.compile(r"(?:이다|(?<=[수모])다)$")
_NUMBER_NOUN = re.compile(r"(?:^|\s)(?:총수|개수|대수|수)$")
# a description that ends in a verb or an ending of a statement
_VERB_END = re.compile(r"(?:다|요|음|함|됨|임|까|고|며|서)$")
_CLOSED_LATIN = frozenset("LMNRlmnr0136780")


def figures_moved_ko(text: str) -> str:
    """``text`` with each Korean figure-first line read as "description는 figure이다"."""
    if "—" not in text and "–" not in text and " - " not in text and ": " not in text:
        return text  # cheap gate
    return _FIGURE_FIRST_KO.sub(_moved, text)


# the figure told again later in its line with a bound or a hedge of its own ("100만 개를
# 넘었다고 밝혔다", "13만 장 안팎으로 본다"): that statement is the claim, the heading only
# its label
_RESTATED = (
    r"(?:\s?[개장대])?(?:[을를은는이가])?\s?"
    r"(?:넘|이상|이하|안팎|가량|남짓|내외|정도|수준|웃돌|밑돌)"
)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?(?:[ \t]?[만억])?")


def _moved(m: re.Match[str]) -> str:
    figure, desc = m.group("figure").strip(), m.group("desc").rstrip()
    if _YEAR.fullmatch(figure) or _restated(m):
        return m.group()
    copula = _COPULA.search(desc)
    if copula:
        desc = desc[: copula.start()]
    elif _VERB_END.search(desc):
        return m.group()
    if not m.group("unit"):
        bracket = _BRACKET_UNIT.search(desc)
        if bracket:
            unit = bracket.group("unit")
            figure += unit if unit.isascii() else f" {unit}"
            desc = desc[: bracket.start()] + desc[bracket.end() :]
        elif _NUMBER_NOUN.search(desc):
            figure += "개"
        else:
            return m.group()
    said = f"{desc}{_topic(desc[-1])} {figure}"
    room = len(m.group()) - len(m.group("end"))
    for ending in ("이다", ""):
        if len(said) + len(ending) <= room:
            return (said + ending).rjust(room) + m.group("end")
    return m.group()


def _topic(last: str) -> str:
    """The topic particle after ``last``: 은 after a closed syllable, else 는."""
    if "가" <= last <= "힣":
        return "은" if (ord(last) - 0xAC00) % 28 else "는"
    return "은" if last in _CLOSED_LATIN else "는"


def _restated(m: re.Match[str]) -> bool:
    """Whether the rest of the figure's line tells the same number with a bound or hedge."""
    number = _NUMBER.search(m.group("figure"))
    if number is None:
        return False
    line_end = m.string.find("\n", m.end())
    rest = m.string[m.end() : line_end if line_end >= 0 else len(m.string)]
    told = re.escape(number.group().replace(" ", ""))
    return re.search(rf"(?<![\d,.]){told}{_RESTATED}", rest) is not None
