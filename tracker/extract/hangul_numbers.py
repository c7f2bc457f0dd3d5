"""Numbers written in Sino-Korean words before a counter: "오십만 개", "삼십오만 대",
"백만 장", "이천억 원"; and in native Korean words before a counter of things, "여덟 장",
"일흔두 개", "열여섯 대" (five and up: "한 대", "두 곳" are how a sentence says "one server",
"two sites", no figure it reports).

Only a whole word of numeral syllables with at least one place word (십 백 천 만 억 조),
right before a counter that ends the word or takes a particle, is read: "수십만 개" and
"몇백만 개" (an unsaid number), "구조 개편" (a word, not a number) are not.
"""

from __future__ import annotations

import re

_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_SMALL = {"십": 10, "백": 100, "천": 1000}
_LARGE = {"만": 1e4, "억": 1e8, "조": 1e12}
# The lookbehind sits after the first numeral (it looks at the two characters that end
# there): a pattern that opens with a character set lets the engine skip in C to the next
# numeral, where one opening with a lookbehind is tried at every position (six times the
# cost over an English sentence). Same matches at the same places.
_NUMERAL = re.compile(
    r"[일이삼사오육칠팔구십백천만억조](?<![가-힣0-9.,].)[일이삼사오육칠팔구십백천만억조]+"
    r"(?=\s?(?:개|대|장|달러|원|명)(?:[를을이가의에은는도와과로만씩]|이상|규모|수준|안팎|가량|정도|넘|임|예요|[^가-힣]|$))"
)


# native numerals: the tens, and the units as they stand before a counter ("한", not "하나")
_NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50}
_NATIVE_TENS |= {"예순": 60, "일흔": 70, "여든": 80, "아흔": 90}
_NATIVE_UNITS = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7}
_NATIVE_UNITS |= {"여덟": 8, "아홉": 9}
_NATIVE = re.compile(
    r"(?<![가-힣])(?:(?P<tens>열|스물|스무|서른|마흔|쉰|예순|일흔|여든|아흔)"
    r"(?P<unit>한|두|세|네|다섯|여섯|일곱|여덟|아홉)?|(?P<alone>다섯|여섯|일곱|여덟|아홉))"
    r"(?=\s?(?:개|대|장)(?:[를을이가의에은는도와과로만씩]|이상|규모|수준|안팎|가량|정도|넘|임|예요|[^가-힣]|$))"
)
_NATIVE_FLOOR = 5


def hangul_numbers(sentence: str) -> list[tuple[int, int, float, float]]:
    """``(start, end, value, grain)`` of each numeral word before a counter."""
    out: list[tuple[int, int, float, float]] = _native_numbers(sentence)
    for m in _NUMERAL.finditer(sentence):
        word = m.group()
        if not any(ch in _SMALL or ch in _LARGE for ch in word):
            continue  # "이오" is no number
        value, grain = _value(word)
        if value >= 10:
            out.append((m.start(), m.end(), value, grain))
    return sorted(out) if len(out) > 1 else out


def _native_numbers(sentence: str) -> list[tuple[int, int, float, float]]:
    """Native Korean numerals of five and up before 개/대/장 ("여덟 장", "일흔두 개")."""
    out: list[tuple[int, int, float, float]] = []
    for m in _NATIVE.finditer(sentence):
        if m.group("alone"):
            value = _NATIVE_UNITS[m.group("alone")]
        elif m.group("tens") == "열" and not m.group("unit") and sentence[m.end()] != " ":
            continue  # "열대" (tropical), "열장": a bare 열 counts only spaced, "열 대"
        else:
            value = _NATIVE_TENS[m.group("tens")] + _NATIVE_UNITS.get(m.group("unit") or "", 0)
        if value >= _NATIVE_FLOOR:
            out.append((m.start(), m.end(), float(value), 1.0))
    return out


def _value(word: str) -> tuple[float, float]:
    """The number a numeral word says, and its largest grain ("삼십오만" -> 350000, 1e4)."""
    total = section = digit = 0.0
    grain = 1.0
    for ch in word:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL:
            section += (digit or 1) * _SMALL[ch]
            digit = 0
        else:
            total += (section + digit or 1) * _LARGE[ch]
            grain = max(grain, _LARGE[ch])
            section = digit = 0
    return total + section + digit, grain
