"""English number words, for every recognizer that reads spelled-out figures.

One table, so that "five hundred thousand" (before a scale word), "seventy-two GPUs" (a
count before what it counts) and "four point six petaflops" (before a unit) all read the
same words the same way.
"""

from __future__ import annotations

import re

ONES: tuple[str, ...] = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
"""Words for 0-19; a word's index is its value."""
TENS: tuple[str, ...] = (
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
)
"""Words for 20-90 by tens; a word's value is 10 * (index + 2)."""

ONE_VALUE: dict[str, int] = {w: i for i, w in enumerate(ONES)}
TEN_VALUE: dict[str, int] = {w: 10 * (i + 2) for i, w in enumerate(TENS)}


def longest_first(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of ``words``, longer words first ("seventeen" before "seven")."""
    return "|".join(sorted(words, key=len, reverse=True))


def words_value(words: str) -> float:
    """The number a run of number words says: "two hundred and fifty", "twenty-five", "a
    hundred" (100)."""
    total = 0.0
    for word in re.split(r"[\s-]+", words.lower()):
        if word == "hundred":
            total = (total or 1) * 100
        elif word in TEN_VALUE:
            total += TEN_VALUE[word]
        elif word in ONE_VALUE:
            total += ONE_VALUE[word]
    return total
