"""Breadth of the quantity recognizer (tracker/extract/quantities.py with numberwords.py,
hangul_numbers.py, spelled.py): a wide table of English and Korean phrasings with the value
tests/extraction/GUIDE.md implies, traps that must never become a chip count, and property
tests over generated numbers rendered the ways articles write them.

Every sentence is written for this table.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tracker.domain.documents import Document
from tracker.extract import default_extractor, load_vocabulary
from tracker.extract.quantities import QuantityRecognizer

Q = QuantityRecognizer(load_vocabulary())
Value = tuple[float, float, str, str, bool]


def values(text: str) -> list[Value]:
    return [(q.low, q.high, q.unit, q.bound, q.approx) for q in Q.find(text)]


def one(text: str) -> Value:
    found = values(text)
    assert len(found) == 1, found
    return found[0]


def v(
    low: float, unit: str, bound: str = "exact", approx: bool = False, high: float | None = None
) -> Value:
    return (low, low if high is None else high, unit, bound, approx)


TABLE: list[tuple[str, Value]] = [
    # scale words and letters
    ("It runs 1.2 million chips.", v(1.2e6, "count")),
    ("It runs 1.2m chips.", v(1.2e6, "count")),
    ("It runs 1.2M chips.", v(1.2e6, "count")),
    ("It runs 1.2mn chips.", v(1.2e6, "count")),
    ("It runs 1.2 mln chips.", v(1.2e6, "count")),
    ("It runs 100K GPUs.", v(1e5, "count")),
    ("It runs 100k GPUs.", v(1e5, "count")),
    ("It shipped 2.5M units.", v(2.5e6, "count")),
    ("It runs 1,200,000 chips.", v(1.2e6, "count")),
    ("It runs one million chips.", v(1e6, "count")),
    ("It runs half a million chips.", v(5e5, "count")),
    ("It runs a quarter of a million chips.", v(2.5e5, "count")),
    ("It runs a quarter million chips.", v(2.5e5, "count")),
    ("It runs a quarter-million chips.", v(2.5e5, "count")),
    ("It runs three-quarters of a million chips.", v(7.5e5, "count")),
    ("It runs three quarters of a million chips.", v(7.5e5, "count")),
    ("It runs one and a half million chips.", v(1.5e6, "count")),
    ("It runs two hundred and fifty thousand chips.", v(2.5e5, "count")),
    ("It runs twenty-five thousand chips.", v(2.5e4, "count")),
    # money
    ("It will invest $1.5tn.", v(1.5e12, "USD")),
    ("It will invest $1.5 trillion.", v(1.5e12, "USD")),
    ("It will invest USD 2 billion.", v(2e9, "USD")),
    ("It will invest USD 2bn.", v(2e9, "USD")),
    ("It will invest US$2bn.", v(2e9, "USD")),
    ("It will invest $8bn.", v(8e9, "USD")),
    ("It will invest 2 billion dollars.", v(2e9, "USD")),
    ("It will invest €5 billion.", v(5e9, "EUR")),
    ("It will invest EUR 5 billion.", v(5e9, "EUR")),
    ("It will invest 5 billion euros.", v(5e9, "EUR")),
    ("It will invest ¥300 billion.", v(3e11, "JPY")),
    ("It will invest 300 billion yen.", v(3e11, "JPY")),
    ("It will invest ₩3 trillion.", v(3e12, "KRW")),
    ("It will invest 3 trillion won.", v(3e12, "KRW")),
    ("It will invest £2 billion.", v(2e9, "GBP")),
    ("3조 원을 투자한다.", v(3e12, "KRW")),
    ("3조원을 투자한다.", v(3e12, "KRW")),
    ("3.5조원을 투자한다.", v(3.5e12, "KRW")),
    ("1조2000억 원을 투자한다.", v(1.2e12, "KRW")),
    ("2조 5000억 원을 투자한다.", v(2.5e12, "KRW")),
    ("1,000억원을 투자한다.", v(1e11, "KRW")),
    ("5천억 원을 투자한다.", v(5e11, "KRW")),
    ("110억 달러를 투자한다.", v(1.1e10, "USD")),
    ("50억 유로를 투자한다.", v(5e9, "EUR")),
    ("이천억 원을 투자한다.", v(2e11, "KRW")),
    # Korean counts
    ("12,000여 개를 쓴다.", v(12000, "count", bound="at-least")),
    ("1만2000여 개를 쓴다.", v(12000, "count", bound="at-least")),
    ("1만 2000개를 쓴다.", v(12000, "count")),
    ("50만여 개를 쓴다.", v(5e5, "count", bound="at-least")),
    ("50만 개를 쓴다.", v(5e5, "count")),
    ("오십만 개를 쓴다.", v(5e5, "count")),
    ("삼십오만 대를 쓴다.", v(3.5e5, "count")),
    ("100만 대를 쓴다.", v(1e6, "count")),
    ("9만~10만 장을 만든다.", v(9e4, "wafer", high=1e5)),
    ("월 10만 장을 생산한다.", v(1e5, "wafer/month")),
    ("월 9만∼10만 장을 생산한다.", v(9e4, "wafer/month", high=1e5)),
    # ranges
    ("It uses 1-1.2 million GPUs.", v(1e6, "count", high=1.2e6)),
    ("It uses 1 to 1.2 million GPUs.", v(1e6, "count", high=1.2e6)),
    ("It makes between 90,000 and 100,000 wafers a month.", v(9e4, "wafer/month", high=1e5)),
    ("It makes 90k-100k wpm.", v(9e4, "wafer/month", high=1e5)),
    ("It makes 90,000–100,000 wafers per month.", v(9e4, "wafer/month", high=1e5)),
    ("It will invest $10-12 billion.", v(1e10, "USD", high=1.2e10)),
    # bounds and approximation (GUIDE: about -> approx; up to -> at-most; over -> at-least)
    ("It uses about 1 million GPUs.", v(1e6, "count", approx=True)),
    ("It uses roughly 1m GPUs.", v(1e6, "count", approx=True)),
    ("It uses ~1M GPUs.", v(1e6, "count", approx=True)),
    ("It uses nearly 1 million GPUs.", v(1e6, "count", approx=True)),
    # "just under" is "nearly": close to the figure, from below (GUIDE settled case)
    ("It uses just under 1 million GPUs.", v(1e6, "count", approx=True)),
    ("It uses just shy of 1 million GPUs.", v(1e6, "count", approx=True)),
    ("It uses up to 1 million GPUs.", v(1e6, "count", "at-most")),
    ("It uses as many as 1 million GPUs.", v(1e6, "count", "at-most")),
    ("It uses fewer than 1 million GPUs.", v(1e6, "count", "at-most")),
    ("It uses less than 1 million GPUs.", v(1e6, "count", "at-most")),
    ("It uses under 1 million GPUs.", v(1e6, "count", "at-most")),
    ("It uses more than 500,000 GPUs.", v(5e5, "count", "at-least")),
    ("It uses north of 500,000 GPUs.", v(5e5, "count", "at-least")),
    ("It uses upwards of 500,000 GPUs.", v(5e5, "count", "at-least")),
    ("It uses in excess of 500,000 GPUs.", v(5e5, "count", "at-least")),
    ("It uses no fewer than 500,000 GPUs.", v(5e5, "count", "at-least")),
    ("It uses no less than 500,000 GPUs.", v(5e5, "count", "at-least")),
    ("It uses at least 500,000 GPUs.", v(5e5, "count", "at-least")),
    ("It uses 500,000-plus GPUs.", v(5e5, "count", "at-least")),
    ("최소 50만 개를 쓴다.", v(5e5, "count", "at-least")),
    ("적어도 50만 개를 쓴다.", v(5e5, "count", "at-least")),
    ("50만 개 이상을 쓴다.", v(5e5, "count", "at-least")),
    ("50만 개가량을 쓴다.", v(5e5, "count", approx=True)),
    ("50만 개 정도를 쓴다.", v(5e5, "count", approx=True)),
    ("50만 개 안팎을 쓴다.", v(5e5, "count", approx=True)),
    ("50만 개 내외를 쓴다.", v(5e5, "count", approx=True)),
    ("약 50만 개를 쓴다.", v(5e5, "count", approx=True)),
    ("50만 개 미만을 쓴다.", v(5e5, "count", "at-most")),
    ("50만 개 이하를 쓴다.", v(5e5, "count", "at-most")),
    ("최대 50만 개를 쓴다.", v(5e5, "count", "at-most")),
    ("50만 개를 돌파했다.", v(5e5, "count", "at-least")),
    ("50만 개를 넘어선다.", v(5e5, "count", "at-least")),
    ("9만~10만 장 이상을 만든다.", v(9e4, "wafer", "at-least", high=1e5)),
    # units of compute, memory, bandwidth, wafers (GB/TB decimal; TiB/GiB binary)
    ("It delivers 1.2 EFLOPS.", v(1.2e18, "FLOP/s")),
    ("It delivers 1.2 exaflops.", v(1.2e18, "FLOP/s")),
    ("It delivers 40 PF.", v(4e16, "FLOP/s")),
    ("It delivers 4.6 petaflops.", v(4.6e15, "FLOP/s")),
    ("It delivers 2,500 TFLOPS.", v(2.5e15, "FLOP/s")),
    ("It delivers four point six petaflops.", v(4.6e15, "FLOP/s")),
    ("It has 2 TB of memory.", v(2e12, "B")),
    ("It has 2 TiB of memory.", v(2 * 2**40, "B")),
    ("It has 96 GiB of memory.", v(96 * 2**30, "B")),
    ("It has 192 GB of HBM.", v(1.92e11, "B")),
    ("HBM 288GB를 탑재한다.", v(2.88e11, "B")),
    ("It moves 900 GB/s.", v(9e11, "B/s")),
    ("It moves 8TB/s.", v(8e12, "B/s")),
    ("It moves 7.4 terabytes per second.", v(7.4e12, "B/s")),
    ("초당 8TB를 전송한다.", v(8e12, "B/s")),
    ("It makes 100,000 wafers per month.", v(1e5, "wafer/month")),
    ("It makes 100,000 wafers a month.", v(1e5, "wafer/month")),
    ("It makes 100,000 wpm.", v(1e5, "wafer/month")),
    ("It makes 100 kwpm.", v(1e5, "wafer/month")),
    ("It makes 100,000 wafers monthly.", v(1e5, "wafer/month")),
    # power is watts, never a count
    ("The campus draws 2 GW.", v(2e9, "W")),
    ("The campus draws 1.2 gigawatts.", v(1.2e9, "W")),
    ("The hall draws 500 MW.", v(5e8, "W")),
    ("The 200-megawatt hall opens.", v(2e8, "W")),
    ("1GW 규모 데이터센터를 짓는다.", v(1e9, "W")),
    ("500메가와트 규모다.", v(5e8, "W")),
    # model parameters are no count of chips
    ("It trains a 405B model.", v(4.05e11, "parameter")),
    ("It trains a 405B-parameter model.", v(4.05e11, "parameter")),
    ("It trains a model with 1.8 trillion parameters.", v(1.8e12, "parameter")),
    ("It trains a 70B-param model.", v(7e10, "parameter")),
    # prices per share or per unit are no amount invested
    ("The stock closed at $150 per share.", v(150, "USD/share")),
    ("The stock closed at $150 a share.", v(150, "USD/share")),
    ("주당 5만 원에 거래됐다.", v(5e4, "KRW/share")),
    ("Each GPU costs $30,000 per unit.", v(3e4, "USD/unit")),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_a_quantity_normalizes_to_the_value_the_guide_implies(text: str, expected: Value) -> None:
    assert expected == one(text)


def test_the_table_is_wide() -> None:
    assert len(TABLE) >= 100


@pytest.mark.parametrize(
    "text",
    [
        "수십만 개를 쓴다.",  # vague: no value
        "수만 장을 만든다.",
        "몇백만 개가 필요하다.",
        "It uses tens of thousands of GPUs.",
        "It uses thousands of GPUs.",
        "It uses hundreds of thousands of GPUs.",
        "Revenue rose 12%.",
        "Revenue rose 12 percent.",
        "Revenue rose 12 per cent.",
        "매출이 12% 늘었다.",
        "매출이 12퍼센트 늘었다.",
        "It is built on a 3nm process.",
        "It is built on a 3 nm process.",
        "3나노 공정으로 만든다.",
        "In 2026 it grew.",
        "2026년 출시한다.",
        "On 2026-11-03 it grew.",
        "On 2026.11.03 it grew.",
        "On 11/03/2026 it grew.",
        "It said on Nov. 3 that it grew.",
        "It said on 3 November that it grew.",
        "It ships in Q4'26.",
        "It ships in 4Q26.",
        "It ships in 2H26.",
        "It ships in FY27.",
        "It invested in 2026-27.",
        "11월 3일 출시한다.",
        "3분기 출시한다.",
    ],
)
def test_vague_amounts_percentages_nodes_and_dates_are_no_quantity(text: str) -> None:
    assert [x for x in values(text) if x[2] in ("", "count", "USD", "wafer")] == []


# -- traps through the whole extractor: nothing of these is a chip count or an investment -----

EXTRACTOR = default_extractor()


def claims(text: str, language: str = "en") -> list[tuple[str, str, float | None]]:
    doc = Document(
        document_id="q-trap",
        text=text,
        published=datetime(2026, 5, 20, tzinfo=UTC),
        language=language,
        tier="press",
    )
    out = []
    for c in EXTRACTOR.extract(doc):
        value = getattr(c.value, "low", None)
        out.append((c.subject, c.predicate, value))
    return out


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Project Rainier runs Trainium2 chips on a 3nm process node.", "en"),
        ("Project Rainier's Trainium2 campus draws 2.2 GW of power.", "en"),
        ("Project Rainier's Trainium2 campus draws 2,200 MW of power.", "en"),
        ("Anthropic trained a 405B model on Trainium2 chips at Project Rainier.", "en"),
        ("Nvidia shares rose 4% to $180 per share after it shipped Blackwell GPUs.", "en"),
        ("In 2026 Project Rainier will add Trainium3 chips.", "en"),
        ("Trainium2 shipments grew 150% last year.", "en"),
        ("프로젝트 레이니어의 트레이니움2 데이터센터는 2.2GW 규모다.", "ko"),
        ("트레이니움3는 3나노 공정으로 만든다.", "ko"),
    ],
)
def test_power_nodes_percentages_parameters_and_years_are_never_chip_counts(
    text: str, language: str
) -> None:
    found = claims(text, language)
    counted = [c for c in found if c[1] in ("deployed_chips", "chips_per_system", "supply_deal")]
    assert [c for c in counted if c[2] is not None] == []
    assert [c for c in found if c[1] == "investment"] == []


# -- properties ---------------------------------------------------------------------------

COUNTS = st.integers(min_value=1, max_value=999_999_999_999)


def _commas(n: int) -> str:
    return f"{n:,}"


def _korean_digits(n: int, spaced: bool) -> str:
    """123456789 -> "1억 2345만 6789" (spaced) or "1억2345만6789"."""
    parts = []
    for grain, word in ((10**12, "조"), (10**8, "억"), (10**4, "만")):
        head, n = divmod(n, grain)
        if head:
            parts.append(f"{head}{word}")
    if n:
        parts.append(str(n))
    return (" " if spaced else "").join(parts)


_HANGUL_DIGITS = "영일이삼사오육칠팔구"


def _hangul_section(n: int) -> str:
    out = ""
    for value, word in ((1000, "천"), (100, "백"), (10, "십")):
        head, n = divmod(n, value)
        if head:
            out += ("" if head == 1 else _HANGUL_DIGITS[head]) + word
    return out + (_HANGUL_DIGITS[n] if n else "")


def _korean_words(n: int) -> str:
    """123456 -> "십이만삼천사백오십육" (one word, as before a counter)."""
    out = ""
    for grain, word in ((10**12, "조"), (10**8, "억"), (10**4, "만")):
        head, n = divmod(n, grain)
        if head:
            out += ("일" if head == 1 else _hangul_section(head)) + word
    return out + _hangul_section(n)


@settings(max_examples=300, deadline=None)
@given(n=COUNTS)
def test_digits_with_commas_parse_back(n: int) -> None:
    assert (float(n), float(n), "count") == one(f"It runs {_commas(n)} chips.")[:3]


@settings(max_examples=300, deadline=None)
@given(n=COUNTS, spaced=st.booleans())
def test_korean_digits_with_grains_parse_back(n: int, spaced: bool) -> None:
    assert (float(n), float(n), "count") == one(f"칩 {_korean_digits(n, spaced)}개를 쓴다.")[:3]


@settings(max_examples=300, deadline=None)
@given(n=st.integers(min_value=10, max_value=99_999_999))
def test_korean_numeral_words_parse_back(n: int) -> None:
    assume(len(_korean_words(n)) >= 2)  # "십", "백" alone are words as often as numbers
    assert (float(n), float(n), "count") == one(f"칩 {_korean_words(n)} 개를 쓴다.")[:3]


@settings(max_examples=300, deadline=None)
@given(
    whole=st.integers(1, 999),
    tenths=st.integers(0, 9),
    scale=st.sampled_from(
        [
            ("thousand", 1e3),
            ("k", 1e3),
            ("million", 1e6),
            ("m", 1e6),
            ("M", 1e6),
            ("mn", 1e6),
            ("billion", 1e9),
            ("bn", 1e9),
            ("B", 1e9),
            ("trillion", 1e12),
            ("tn", 1e12),
        ]
    ),
    space=st.booleans(),
)
def test_scale_words_parse_back(
    whole: int, tenths: int, scale: tuple[str, float], space: bool
) -> None:
    word, factor = scale
    if len(word) > 2 and not space:
        space = True  # "1.2million" is not how anyone writes it
    number = f"{whole}.{tenths}" if tenths else str(whole)
    low, high, unit, _, _ = one(f"It will invest ${number}{' ' if space else ''}{word}.")
    expected = (whole + tenths / 10) * factor
    assert (unit, pytest.approx(expected), pytest.approx(expected)) == (unit, low, high)
    assert unit == "USD"


@settings(max_examples=300, deadline=None)
@given(a=COUNTS, b=COUNTS, sep=st.sampled_from(["-", "–", " to ", "~"]))
def test_ranges_keep_low_at_most_high(a: int, b: int, sep: str) -> None:
    for q in Q.find(f"It makes {_commas(a)}{sep}{_commas(b)} wafers a month."):
        assert q.low <= q.high


@settings(max_examples=300, deadline=None)
@given(a=st.integers(1, 9999), b=st.integers(1, 9999))
def test_korean_ranges_keep_low_at_most_high(a: int, b: int) -> None:
    for q in Q.find(f"월 {a}만~{b}만 장을 만든다."):
        assert q.low <= q.high


@settings(max_examples=500, deadline=None)
@given(text=st.text(max_size=80))
def test_arbitrary_text_never_crashes(text: str) -> None:
    for q in Q.find(text):
        assert 0 <= q.start <= q.end <= len(text)
        assert q.low <= q.high


NUMBER_PIECES = st.lists(
    st.sampled_from(
        [
            *(
                "1",
                "12",
                "1,000",
                "2.5",
                " ",
                "만",
                "억",
                "조",
                "천",
                "여",
                "개",
                "장",
                "원",
                "~",
                "-",
            ),
            *(
                " million",
                " billion",
                "k",
                "M",
                "$",
                "US$",
                "USD ",
                "€",
                " to ",
                " and ",
                "between ",
            ),
            *(
                "a quarter of a",
                "half a",
                "three-quarters of a",
                "%",
                " GW",
                "B",
                " model",
                "per share",
            ),
            *("이상", "미만", "약 ", "up to ", "just under ", "no fewer than ", "/s", "TB", "TiB"),
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=NUMBER_PIECES)
def test_near_miss_number_text_never_crashes(text: str) -> None:
    for q in Q.find(text):
        assert q.low <= q.high
