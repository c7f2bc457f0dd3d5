"""Number atoms for tracker.extract.quantities: the figures a sentence holds before any
unit, bound or range is read around them.

An atom is digits with thousands commas and decimals, optionally a Korean sub-grain (천,
백) and grain (만, 억, 조) or an English scale word, or word numbers before a scale; Korean
additions ("7만 5000") and compound number words ("five hundred thousand") are read whole.
Numbers that name a date part, a year, a share, a dimension or a product are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.hangul_numbers import hangul_numbers
from tracker.extract.numberwords import ONES, TENS, longest_first, words_value
from tracker.extract.quantity_context import counted_year, not_number_spans
from tracker.extract.text import FOLDS_TO_ASCII

_KO_GRAINS = {"만": 1e4, "억": 1e8, "조": 1e12}
_KO_SUB = {"천": 1e3, "백": 1e2, "십": 1e1}
_EN_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
_WORDS = {
    # fractions of a scale: "a quarter of a million", "three-quarters of a million"
    "a quarter of a": 0.25,
    "a quarter": 0.25,
    "quarter of a": 0.25,
    "three-quarters of a": 0.75,
    "three quarters of a": 0.75,
    "one and a half": 1.5,
    "two and a half": 2.5,
    "half a": 0.5,
    "half-a": 0.5,
    "half": 0.5,
    "a half": 0.5,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "several hundred": 300,
    "a few": 3,
}

_WORD_ALT = "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True))
_SCALE_ALT = "|".join(sorted(_EN_SCALES, key=len, reverse=True))
# Compound number words before a scale ("five hundred thousand", "twenty-five thousand",
# "two hundred and fifty million"): read whole, so a tail word alone ("hundred thousand",
# "five thousand") is never taken for the number.
_ONES_ALT = longest_first(ONES[1:])
_TENS_ALT = "|".join(TENS)
_UNDER_100 = rf"(?:(?:{_TENS_ALT})(?:[\s-](?:{_ONES_ALT}))?|{_ONES_ALT})"
_COMPOUND = (
    rf"(?:{_UNDER_100}\s(?:hundred)(?:\s(?:and\s)?{_UNDER_100})?"
    rf"|(?:{_TENS_ALT})[\s-](?:{_ONES_ALT}))"
)
# a currency code fused to the number ("USD2bn", "EUR5bn") is no word the figure ends
_CODES = "USD|EUR|KRW|JPY|GBP|CNY|RMB|TWD|HKD|AUD|CAD|SGD"
# "$2.5-billion": a hyphen joins the figure to a scale word written out
_SCALE_JOIN = r"(?:\s|-(?=(?i:thousand|million|billion|trillion)))?"
_ATOM_DIGITS = (
    rf"(?:(?<![A-Za-z0-9.,/])|(?<={_CODES}))"
    r"(?:(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<sub>[천백십])(?:(?P<tail>\d{1,3}(?![\d,.]))(?P<tsub>[백십])?"
    r"|\s(?P<stail>\d)(?P<ssub>[백십]))?)?"
    r"(?:\s?(?P<grain>[조억만]))?"
    rf"(?:{_SCALE_JOIN}(?P<scale>(?i:{_SCALE_ALT}))(?![A-Za-z0-9]))?"
)
_ATOM = re.compile(
    _ATOM_DIGITS
    + rf"|(?i:(?P<word>{_WORD_ALT}))[\s-]"
    + r"(?i:(?P<wscale>thousand|million|billion|trillion))(?![A-Za-z]))"
)
# _ATOM for a sentence with no scale word, where its word branch cannot match: the same
# matches at about a third of the cost (the case-insensitive word alternation is tried at
# every position). The empty groups keep the names _atom_value reads. It is _ATOM_DIGITS
# written to open with a digit (the lookbehind moved behind it, the never matching word
# groups last), so the engine skips in C to the next digit instead of trying the
# lookbehind at every position: the same matches and groups at the same places
# (``\d(?:\d{0,2}…|\d*…)`` tries the lengths ``\d{1,3}…|\d+…`` tries, in the same order;
# tests/test_extract_patterns.py compares the two forms).
_ATOM_NO_WORDS = re.compile(
    rf"(?P<num>\d(?:(?<![A-Za-z0-9.,/]\d)|(?<=(?:{_CODES})\d))"
    r"(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?))"
    r"(?:\s?(?P<sub>[천백십])(?:(?P<tail>\d{1,3}(?![\d,.]))(?P<tsub>[백십])?"
    r"|\s(?P<stail>\d)(?P<ssub>[백십]))?)?"
    r"(?:\s?(?P<grain>[조억만]))?"
    rf"(?:{_SCALE_JOIN}(?P<scale>(?i:{_SCALE_ALT}))(?![A-Za-z0-9]))?"
    r"(?:(?P<word>(?!x)x)(?P<wscale>(?!x)x))?"
)
_SCALE_WORD = re.compile("thousand|million|billion|trillion")

# Numbers that name a year, month, day, quarter, generation or share are not amounts.
_NOT_AMOUNT_AFTER = (
    "년",
    "월",
    "일",
    "분기",
    "세대",
    "%",
    "배",
    "위",
    "nm",
    "나노",
    "차",
    "번째",
    "퍼센트",
    # a memory stack's height or a stage ("HBM3E 12단 제품", "16단 적층", "2단계"): no count
    "단",
)
_YEAR = re.compile(r"(?:19|20)\d\d")

_MORE_THAN_INSIDE = "여"
""""50만여 개": 餘, more than 500,000 (a floor, like "a little over"; GUIDE, session 9)."""


@dataclass(frozen=True, slots=True)
class _Atom:
    start: int
    end: int
    value: float
    grain: float  # the largest multiplier in it (1 when none)
    scaled: bool


_COMPOUND_ATOM = re.compile(
    rf"(?<![A-Za-z0-9-])(?i:(?P<cword>{_COMPOUND}))[\s-]"
    r"(?i:(?P<cscale>thousand|million|billion))(?![A-Za-z])"
)


def _with_compounds(sentence: str, atoms: list[_Atom]) -> list[_Atom]:
    """The atoms with compound number words read whole in place of their tails (a pass of
    its own, run only when a scale word is there: it would double the cost of _ATOM)."""
    for m in _COMPOUND_ATOM.finditer(sentence):
        scale = _EN_SCALES[m.group("cscale").lower()]
        value = _compound_value(m.group("cword")) * scale
        atoms = [a for a in atoms if a.end <= m.start() or a.start >= m.end()]
        atoms.append(_Atom(m.start(), m.end(), value, scale, True))
        atoms.sort(key=lambda a: a.start)
    return atoms


def _compound_value(words: str) -> float:
    """ "five hundred", "two hundred and fifty", "twenty-five": the number the words say."""
    return words_value(words)


def _atom_value(m: re.Match[str]) -> _Atom:
    if m.group("word"):
        base = _WORDS[m.group("word").lower()]
        scale = _EN_SCALES[m.group("wscale").lower()]
        return _Atom(m.start(), m.end(), base * scale, scale, True)
    value = float(m.group("num").replace(",", ""))
    grain = 1.0
    if m.group("sub"):
        # "4천614", "9천216": digits after 천/백 are the rest of the same number; "2천5백",
        # "5천5백만": with a place word of their own, that many hundreds or tens
        # (with a space only before a place word: "1천 5백 장", never "3천 5 장")
        if m.group("stail"):
            tail = float(m.group("stail")) * _KO_SUB[m.group("ssub")]
        else:
            tail = float(m.group("tail") or 0) * _KO_SUB.get(m.group("tsub") or "", 1.0)
        value = value * _KO_SUB[m.group("sub")] + tail
    if m.group("grain"):
        grain = _KO_GRAINS[m.group("grain")]
        value *= grain
    if m.group("scale"):
        grain = _EN_SCALES[m.group("scale").lower()]
        value *= grain
    return _Atom(m.start(), m.end(), value, grain, grain > 1)


def _atoms(sentence: str, unit_re: re.Pattern[str] | None = None) -> list[_Atom]:
    """Number atoms, with Korean additions ("7만 5000") folded in. A year-like number is
    an amount only when ``unit_re`` (the recognizer's units) follows it as a count."""
    atoms: list[_Atom] = []
    masked = not_number_spans(sentence)
    lowered = sentence.lower()
    # a sentence holding a letter that folds to ASCII (text.FOLDS_TO_ASCII) keeps the full _ATOM
    worded = _SCALE_WORD.search(lowered) or FOLDS_TO_ASCII.search(sentence)
    for match in (_ATOM if worded else _ATOM_NO_WORDS).finditer(sentence):
        if match.end() == match.start() or _not_an_amount(sentence, match):
            continue
        if masked and any(a <= match.start() < b for a, b in masked):
            continue  # "2026-11-03", "Nov. 3", "Q4'26": a date or a period code
        atom = _atom_value(match)
        prev = atoms[-1] if atoms else None
        gap = sentence[prev.end : atom.start] if prev else ""
        if prev is not None and prev.grain >= 1e4 and gap in ("", " ") and atom.value < prev.grain:
            atoms[-1] = _Atom(prev.start, atom.end, prev.value + atom.value, prev.grain, True)
            continue
        # "2000여 장": a count of more than N, its 餘 between the number and the counter
        unit_at = match.end() + sentence.startswith(_MORE_THAN_INSIDE, match.end())
        if _looks_like_year(sentence, match) and not _counted(sentence, match, unit_at, unit_re):
            continue
        atoms.append(atom)
    if "thousand" in lowered or "million" in lowered or "billion" in lowered:
        atoms = _with_compounds(sentence, atoms)
    words = hangul_numbers(sentence)  # "오십만 개", "삼십오만 대"
    if words:
        atoms.extend(
            _Atom(start, end, value, grain, grain > 1) for start, end, value, grain in words
        )
        atoms.sort(key=lambda a: a.start)
    return atoms


# the same words after a space ("3 nm", "12 percent"), and share words only written apart
_NOT_AMOUNT_SPACED = (
    *(" 년", " 월", " 일", " 분기", " %", " nm", " 나노", " 퍼센트", " ％"),
    *(" percent", " per cent", " pct", " basis point", " bp", "percent", "pct", "％"),
)


# "2.5D packaging", "3D 적층": a dimension, glued to its number
_DIMENSION_AFTER = re.compile(r"D(?![A-Za-z0-9])")


# a name a plain number belongs to ("Hanguang 800", "Kunlun 2"), not a hedge or a word
# opening the sentence ("Some 800 chips", "About 800 GPUs")
_MODEL_NAME_BEFORE = re.compile(
    r"(?<![\w.,'’$])(?!(?:Some|About|Nearly|Roughly|Around|Almost|Over|Only|Just|The|Another"
    r"|All|Its|Their|Our|Up|By|In|At|With|And|Or|To|Of|For|From|Under|Below|Above|Top|Total"
    r"|Approximately|Exactly|Those|These|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Sept?|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug)\s)[A-Z][a-z]+\s$"
)


def _not_an_amount(sentence: str, match: re.Match[str]) -> bool:
    """A number that names a date part, a generation, a share, a dimension or a product."""
    return (
        sentence.startswith(_NOT_AMOUNT_AFTER, match.end())
        or sentence.startswith(_NOT_AMOUNT_SPACED, match.end())
        or _DIMENSION_AFTER.match(sentence, match.end()) is not None
        or _model_number(sentence, match)
    )


def _model_number(sentence: str, match: re.Match[str]) -> bool:
    """ "Hanguang 800 accelerators": a plain number right after a capitalized name."""
    num = match.group("num")
    if num is None or not num.isdigit() or match.group("grain") or match.group("scale"):
        return False
    start = match.start()
    if start > 1 and _MODEL_NAME_BEFORE.search(sentence, max(0, start - 16), start) is not None:
        return True
    # "어센드 960 1만5488개", "쿤룬 3 2만 개": a plain number between a Korean name and the
    # count after it names the product (a count never stands right before another one)
    return (
        _KO_NAME_BEFORE.search(sentence, max(0, start - 12), start) is not None
        and _COUNT_NEXT.match(sentence, match.end()) is not None
    )


_KO_NAME_BEFORE = re.compile(r"(?<![가-힣])[가-힣]{2,6}\s$")
_COUNT_NEXT = re.compile(r"\s\d")


def _counted(
    sentence: str, match: re.Match[str], unit_at: int, unit_re: re.Pattern[str] | None
) -> bool:
    """Whether a year-like number counts what ``unit_re`` finds right after it ("1950 Nvidia
    GPUs", "2048 H100s", "2000대"), with no year's words around it ("since 1999 GPUs …")."""
    if unit_re is None:
        return False
    counted = unit_re.match(sentence, unit_at)
    return counted is not None and counted_year(sentence, match.start(), counted.end())


def _looks_like_year(sentence: str, match: re.Match[str]) -> bool:
    bare = match.group("num") is not None and not (match.group("grain") or match.group("scale"))
    return (
        bare
        and _YEAR.fullmatch(match.group("num")) is not None
        and not _money_sign_before(sentence, match.start())
    )


def _money_sign_before(sentence: str, start: int) -> bool:
    return start > 0 and sentence[start - 1] in "$€₩¥"
