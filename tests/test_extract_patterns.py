"""The fast-scan forms of the extractor's word alternations match exactly what the plain
forms match (tracker/extract/patterns.py), and the opening pairs in front of the English
time pattern never hide a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import timex
from tracker.extract.patterns import by_first_char, caseless_pairs, word_trie

WORDS = ["sign", "signs", "sell", "buy", "bought", "ship", "s", "랙", "랙스", "공급", "'ll", "-ish"]
TEXT = st.lists(st.sampled_from([*WORDS, " ", "de", "a", "x", "블", "'", "-", "S", "İ"])).map(
    "".join
)


def _spans(pattern: re.Pattern[str], text: str, pos: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos)]


@settings(max_examples=300)
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=1, unique=True),
    text=TEXT,
    pos=st.integers(0, 3),
    boundary=st.sampled_from(["", "[a-z]", "[A-Za-z']", "[가-힣]"]),
)
def test_grouped_alternation_matches_the_plain_one(
    words: list[str], text: str, pos: int, boundary: str
) -> None:
    plain = "|".join(re.escape(w) for w in words)
    if boundary:
        plain = f"(?<!{boundary})(?:{plain})"
    expected = _spans(re.compile(plain), text, pos)
    assert expected == _spans(re.compile(by_first_char(words, boundary)), text, pos)


@settings(max_examples=300)
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=1, unique=True),
    text=TEXT,
    pos=st.integers(0, 3),
    boundary=st.sampled_from(["", "[a-z]", "[A-Za-z']", "[가-힣]"]),
    then=st.sampled_from(["", r"\b", "s", r"(?=\s)"]),
)
def test_trie_matches_the_grouped_alternation_of_longest_first_words(
    words: list[str], text: str, pos: int, boundary: str, then: str
) -> None:
    ordered = sorted(words, key=len, reverse=True)
    grouped = re.compile(f"(?:{by_first_char(ordered, boundary)}){then}")
    trie = re.compile(f"(?:{word_trie(ordered, boundary)}){then}")
    expected = [(m.span(), m.group()) for m in grouped.finditer(text, pos)]
    assert expected == [(m.span(), m.group()) for m in trie.finditer(text, pos)]


def test_trie_shares_each_prefix() -> None:
    expected = "s(?:hip(?:s|)|ell)|buy"
    assert expected == word_trie(["ships", "ship", "sell", "buy"])


def test_trie_refuses_a_word_after_its_prefix() -> None:
    with pytest.raises(ValueError, match="after its prefix"):
        word_trie(["ship", "ships"])


def test_grouped_alternation_keeps_the_order_within_a_letter() -> None:
    expected = "s(?:hips|hip)|b(?:uy)"
    assert expected == by_first_char(["ships", "ship", "buy"])


def test_caseless_pairs_match_as_ignorecase_does() -> None:
    pattern = re.compile(caseless_pairs(["sei", "q1"]))
    for text in ("se", "SE", "ſe", "sİ", "Sı", "q1", "Q1", "sx", "q2", "ks"):
        expected = re.match("(?i:s[ei]|q1)", text) is not None
        assert expected == (pattern.match(text) is not None), text


_UNGATED_EN = re.compile(timex._EN.pattern[timex._EN.pattern.index("(?i:") :])
_TIME_WORDS = [
    *("by ", "from ", "since ", "starting in ", "beginning in ", "as of ", "until "),
    *("through ", "in ", "at ", "during ", "for ", "before ", "as early as ", "within "),
    *("the ", "end of ", "end-", "late ", "exited ", "ended ", "closed out ", "finished "),
    *("wrapped up ", "year-end ", "first ", "second ", "third ", "fourth ", "1st ", "4th "),
    *("quarter ", "half ", "back ", "front ", "latter ", "former ", "Q3 ", "q4'26", "3Q25"),
    *("H2 ", "2H26", "early ", "mid-", "this year", "next year", "last year", "the year"),
    *("the coming year", "the following year", "2026", "1999", "September ", "Sept. "),
    *("jan ", "February ", "mar ", "April ", "may ", "June ", "jul ", "Aug ", "oct "),
    *("nov ", "DEC ", "12 ", ", ", "ſince ", "İn ", "wıthin ", "x", "-", "'"),
]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_TIME_WORDS), max_size=12).map("".join))
def test_english_time_pattern_loses_no_match_to_its_opening_pairs(text: str) -> None:
    expected = [(m.span(), m.groupdict()) for m in _UNGATED_EN.finditer(text)]
    assert expected == [(m.span(), m.groupdict()) for m in timex._EN.finditer(text)]
