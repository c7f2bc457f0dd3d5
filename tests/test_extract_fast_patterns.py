"""The extractor's patterns rewritten for speed match exactly what their plain forms match.

Each rewrite opens with a character set (a lookbehind moved behind the first character,
an alternation split by its opening character), so that the regex engine skips in C to
the next place a match can start. The plain forms below are the patterns as first
written; the rewrites must find the same matches, groups included, in any text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import (
    backers,
    claim_dates,
    default_extractor,
    hangul_numbers,
    inner_clauses,
    modality,
    number_atoms,
    spelled,
    text,
    timex,
    upcoming,
)
from tracker.extract.claimrules import use_modes
from tracker.extract.numberwords import ONES, TENS

_PIECES = [
    *(" ", "  ", "\u00a0", ",", ", ", ";", "；", ".", "/", "-", "'", "—", "x", "A", "İ", "ı"),
    *("1", "2", "3", "4", "7", "12", "2026", "1,000", "3.5", "２", "q", "Q", "h", "H", "e"),
    *("end-", "END-", "quarter", "half", "year", "mar", "the", "The", "this", "THIS", "it"),
    *(
        "investor",
        "backers",
        "funder",
        "_",
        "현재",
        "지난해",
        "당시",
        "년",
        "기준",
        "as of",
        "AS OF",
    ),
    *("ſ", "numbers", "reported", "REPORT", "a report by", "seventeen", "twenty", "hundred"),
    *("they", "chip", "part", "GPU", "but", "and", "that", "with", "up to", "while", "has"),
    *(
        "said",
        "we",
        "will",
        "'ll",
        "as",
        "rules",
        "keep",
        "million",
        "bn",
        "k",
        "만",
        "억",
        "천",
        "십",
        "개",
        "장",
    ),
    *("일", "이", "오", "구", "백", "를", "가", "공급", "출하", "일반", "지만", "했고", "요"),
]
TEXT = st.lists(st.sampled_from(_PIECES), max_size=24).map("".join)


Found = list[tuple[tuple[int, int], dict[str, str | None]]]


def _found(pattern: re.Pattern[str], value: str) -> Found:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(value)]


_PLAIN_NUMERAL = re.compile(
    r"(?<![가-힣0-9.,])[일이삼사오육칠팔구십백천만억조]{2,}"
    r"(?=\s?(?:개|대|장|달러|원|명)(?:[를을이가의에은는도와과로만씩]|이상|규모|수준|안팎|가량|정도|넘|[^가-힣]|$))"
)
_PLAIN_ATOM_NO_WORDS = re.compile(
    number_atoms._ATOM_DIGITS + r"|(?P<word>(?!x)x)(?P<wscale>(?!x)x))"
)
# every cut as its own alternative, comma and first white space written out
_PLAIN_EN_CLAUSE = re.compile(
    "|".join(
        [
            ";",
            *("," + cut for cut in text._EN_CUTS_AFTER_COMMA),
            *(r"\s" + cut for cut in text._EN_CUTS_AT_SPACE),
        ]
    )
)
_CUES = default_extractor([])._cues
_PLAIN_KO_CURRENT_HINT = re.compile(r"현재|지난해|작년|전년|당시|(?:19|20)\d\d\s?년")
_PLAIN_WORD_GATE = re.compile("|".join([*ONES, *TENS, "hundred"]))
_PLAIN_ROLE_WORD = re.compile(r"\b(?:investor|backer|shareholder|funder)s?\b")
_PLAIN_EN_STRICT_HINT = re.compile(
    r"[qQ][1-4]|[1-4][qQ]\d|[hH][12]|[12][hH]\s?'?\d|end-\d", re.IGNORECASE
)
_PLAIN_PRODUCT_BACK = re.compile(
    r"^\s*(?:shipments?|deliveries|availability|volume shipments|(?:mass|volume)\sproduction)\b"
    r"|\b(?:the|this) (?:part|chip|accelerator|processor|gpu|product)\b|^\s*(?:it|they|we)\s"
    r"|^\s*(?:(?:일반|본격|정식|대량|첫|고객)\s?)?(?:출하|출시|공급|양산|판매)",
    re.I,
)


@settings(max_examples=400)
@given(value=TEXT)
def test_rewritten_patterns_find_what_the_plain_ones_find(value: str) -> None:
    pairs = [
        (_PLAIN_NUMERAL, hangul_numbers._NUMERAL),
        (_PLAIN_ATOM_NO_WORDS, number_atoms._ATOM_NO_WORDS),
        (_PLAIN_EN_CLAUSE, text._EN_CLAUSE),
        (_PLAIN_EN_STRICT_HINT, timex._EN_STRICT_HINT),
        (_PLAIN_ROLE_WORD, backers._ROLE_WORD),
        (_PLAIN_KO_CURRENT_HINT, inner_clauses._KO_CURRENT_HINT),
    ]
    for plain, fast in pairs:
        assert _found(plain, value) == _found(fast, value), fast.pattern


@settings(max_examples=400)
@given(value=TEXT)
def test_split_gates_say_what_the_single_patterns_say(value: str) -> None:
    assert (timex._EN_HINT.search(value) is not None) == timex._en_hinted(value)
    assert (_PLAIN_PRODUCT_BACK.search(value) is not None) == upcoming._product_back(value)
    lowered = value.lower()
    assert (_PLAIN_WORD_GATE.search(lowered) is None) == (
        spelled._WORD_GATE.search(lowered) is None
    )
    if claim_dates._BASIS.search(value) is not None:
        assert claim_dates._basis_words(value)
    relayed = modality._EN_RELAY.search(value) is not None
    assert relayed == _CUES.relays(value, "en")


def test_rewritten_patterns_on_written_cases() -> None:
    cases = [
        *("오십만 개", "x구십만 장을", "이천억원", "1,234.5 million", "3천614대", "7만 5000"),
        "a1 /12",
        "runs it, but not",
        "x;y",
        "a ,  and we'll",
        ", with up to 5",
        "a  —  b",
        "x,— y, — z",
        "x and, y",
        "Q3 and 2H'26",
        "END-2027",
        "aq1 h12 2026",
        "The part ships",
        "  it will",
        "본격 출하는",
        "its investors, xbacker, funders_ and shareholder",
    ]
    for value in cases:
        assert _found(_PLAIN_NUMERAL, value) == _found(hangul_numbers._NUMERAL, value)
        assert _found(_PLAIN_ATOM_NO_WORDS, value) == _found(number_atoms._ATOM_NO_WORDS, value)
        assert _found(_PLAIN_EN_CLAUSE, value) == _found(text._EN_CLAUSE, value)
        assert _found(_PLAIN_EN_STRICT_HINT, value) == _found(timex._EN_STRICT_HINT, value)
        assert _found(_PLAIN_ROLE_WORD, value) == _found(backers._ROLE_WORD, value)
        assert (timex._EN_HINT.search(value) is not None) == timex._en_hinted(value)
        assert (_PLAIN_PRODUCT_BACK.search(value) is not None) == upcoming._product_back(value)


@settings(max_examples=300)
@given(
    value=TEXT,
    cues=st.lists(
        st.sampled_from(["rent", "cloud", "it", "up to", "_", "", "공급", "칩"]), max_size=4
    ),
    language=st.sampled_from(["en", "ko"]),
)
def test_a_cue_list_is_found_as_its_cues_are(value: str, cues: list[str], language: str) -> None:
    text_ = value.lower()
    expected = any(use_modes._has_cue(text_, cue, language) for cue in cues)
    assert expected == use_modes._has_any_cue(text_, tuple(cues), language)
