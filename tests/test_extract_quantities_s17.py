"""Quantities fixed in session 17 (QT s17): general causes of figures in the text that gave
no claim or a wrong value, in both languages, each pinned by sentences written for these
tests (other companies, chips, figures and outlets than any article) and by traps that
must stay silent or keep their old reading."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows

PT = timezone(timedelta(hours=-7))
KST = timezone(timedelta(hours=9))
PUBLISHED_EN = datetime(2026, 3, 20, 8, 0, tzinfo=PT)
PUBLISHED_KO = datetime(2026, 3, 20, 9, 0, tzinfo=KST)


def facts(text: str, language: str, predicate: str) -> set[tuple[Any, ...]]:
    """(subject, sorted qualifiers, low, high, bound, approx, modality, valid) of every claim
    of ``predicate``."""
    published = PUBLISHED_KO if language == "ko" else PUBLISHED_EN
    return {
        (r[0], tuple(sorted(r[2].items())), r[4][0], r[4][1], r[4][4], r[4][3], r[5], r[6])
        for r in extract_rows(text, language, published)
        if r[1] == predicate
    }


def values(text: str, language: str, predicate: str) -> set[tuple[Any, ...]]:
    """(subject, low, high, unit) of every claim of ``predicate``."""
    published = PUBLISHED_KO if language == "ko" else PUBLISHED_EN
    return {
        (r[0], r[4][0], r[4][1], r[4][2])
        for r in extract_rows(text, language, published)
        if r[1] == predicate
    }


YEAR_2026 = ("point", "2026-01-01", "2026-12-31")
YEAR_2027 = ("point", "2027-01-01", "2027-12-31")
NOW_EN = ("point", "2026-03-20", "2026-03-20")
NOW_KO = ("point", "2026-03-20", "2026-03-20")


# -- a year an analyst marks as estimated ("2026E", "FY27E", "2027F") --------------------------
# A broker's note dates its projections with a year marked E (estimate) or F (forecast), as
# its tables head their columns. Before, the mark hid the year (the figure fell back to the
# publication day) and a bare "(2026E)" after a figure was read as a plain fact. The year is
# the figure's time, like "in 2026", and the mark makes it the analyst's forecast.

ESTIMATE_YEARS = [
    (
        "We put Micron's HBM capacity at 45k wafers per month in 2026E and 70k in 2027E.",
        "en",
        "capacity",
        {
            ("micron", (), 45000.0, 45000.0, "exact", False, "forecast", YEAR_2026),
            ("micron", (), 70000.0, 70000.0, "exact", False, "forecast", YEAR_2027),
        },
    ),
    (
        "Samsung HBM capacity: 120k wafers per month (2026E).",
        "en",
        "capacity",
        {("samsung", (), 120000.0, 120000.0, "exact", False, "forecast", YEAR_2026)},
    ),
    (
        "Our model has CoreWeave running about 420,000 GPUs in FY27E.",
        "en",
        "deployed_chips",
        {("coreweave", (), 420000.0, 420000.0, "exact", True, "forecast", YEAR_2027)},
    ),
    (
        "삼성전자의 HBM 월 생산능력은 2026E 17만 장으로 잡았다.",
        "ko",
        "capacity",
        {("samsung", (), 170000.0, 170000.0, "exact", False, "forecast", YEAR_2026)},
    ),
    (
        "당사는 네비우스의 GPU 보유량이 2027F 30만 개에 이를 것으로 본다.",
        "ko",
        "deployed_chips",
        {("nebius", (), 300000.0, 300000.0, "exact", False, "forecast", YEAR_2027)},
    ),
]


@pytest.mark.parametrize(("text", "language", "predicate", "expected"), ESTIMATE_YEARS)
def test_a_year_marked_as_an_estimate_dates_a_forecast(
    text: str, language: str, predicate: str, expected: set[tuple[Any, ...]]
) -> None:
    assert facts(text, language, predicate) == expected


ESTIMATE_TRAPS = [
    # the year of an earnings estimate is no figure of the vocabulary
    ("Our $95 target equals 26x CY27E EPS of $3.65 for Marvell.", "en"),
    ("Valuation: we roll forward to 21x 2027E EPS of NT$88 for TSMC.", "en"),
    ("목표주가는 2026E EPS에 24배를 적용한 11만 8000원이다.", "ko"),
]


@pytest.mark.parametrize(("text", "language"), ESTIMATE_TRAPS)
def test_an_estimate_year_beside_no_figure_of_the_vocabulary_gives_no_claim(
    text: str, language: str
) -> None:
    published = PUBLISHED_KO if language == "ko" else PUBLISHED_EN
    assert extract_rows(text, language, published) == []


def test_a_year_marked_actual_keeps_the_plain_reading() -> None:
    # "2025A" is the company's reported figure: no estimate, and no year read from it
    text = "TSMC lifted CoWoS capacity to 75k wafers per month in 2025A."
    assert facts(text, "en", "capacity") == {
        ("tsmc", (("process", "cowos"),), 75000.0, 75000.0, "exact", False, "actual", NOW_EN)
    }


# -- hundreds and tens inside a Korean number ("2천5백", "5천5백억") ------------------------------
# Digits after 천 were read as the number's last digits ("4천614" = 4,614), so a digit with a
# place word of its own was added as units: "3천2백 장" gave 3,002 and "5천5백억 원" lost its
# 억; with a space ("1천 5백 장") two claims came out, 1,000 and 500. A digit followed by 백 or
# 십 counts that many hundreds or tens.

PLACE_WORDS = [
    (
        "카카오는 B200 3천2백 장을 운영하고 있다.",
        "deployed_chips",
        ("kakao", 3200.0, 3200.0, "count"),
    ),
    ("네이버는 H200 1천5백 개를 들여왔다.", "deployed_chips", ("naver", 1500.0, 1500.0, "count")),
    # a space before the digit of the hundreds: still one number
    (
        "네이버는 B300 1천 5백 장을 가동하고 있다.",
        "deployed_chips",
        ("naver", 1500.0, 1500.0, "count"),
    ),
    (
        "네이버는 퓨리오사AI에 2천5백억 원을 투자했다.",
        "investment",
        ("naver", 2.5e11, 2.5e11, "KRW"),
    ),
    (
        "SK텔레콤은 리벨리온에 1조2천5백억원을 투자했다.",
        "investment",
        ("sk-telecom", 1.25e12, 1.25e12, "KRW"),
    ),
    (
        "카카오는 퓨리오사AI에 3천2백만 달러를 투자했다.",
        "investment",
        ("kakao", 3.2e7, 3.2e7, "USD"),
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), PLACE_WORDS)
def test_a_digit_with_its_own_place_word_counts_hundreds_or_tens(
    text: str, predicate: str, expected: tuple[Any, ...]
) -> None:
    assert values(text, "ko", predicate) == {expected}


PLACE_WORD_TRAPS = [
    # digits right after 천 stay its last digits
    (
        "구글은 아이언우드 9천216개를 한 포드로 묶는다.",
        "chips_per_system",
        {("ironwood", 9216.0, 9216.0, "count")},
    ),
    # two figures, each with its own chip
    (
        "카카오는 B200 1천 장과 H200 5백 장을 운영하고 있다.",
        "deployed_chips",
        {("kakao", 1000.0, 1000.0, "count"), ("kakao", 500.0, 500.0, "count")},
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), PLACE_WORD_TRAPS)
def test_digits_after_a_thousand_and_separate_figures_keep_their_reading(
    text: str, predicate: str, expected: set[tuple[Any, ...]]
) -> None:
    assert values(text, "ko", predicate) == expected


# -- chips counted in 장 with the chip named after the count, or a due time between -----------
# Korean counts GPU cards with 장, as it counts wafers; a 장 figure was read as chips only
# when a chip's name or a GPU word stood right before it. "4,000장의 H100" (the chip after
# the count, joined by 의) and "GPU를 2027년까지 6만 장으로" (the target's due time between
# the chip word and the count) were taken for wafers and gave nothing.

SHEETS_OF_CHIPS = [
    (
        "카카오는 2,048장의 엔비디아 B200 GPU를 안산 데이터센터에서 운용하고 있다.",
        {("kakao", (("chip", "b200"),), 2048.0, 2048.0, "exact", False, "actual", NOW_KO)},
    ),
    (
        "네이버클라우드는 약 3천 장의 H200을 춘천에서 가동 중이다.",
        {("naver", (("chip", "h200"),), 3000.0, 3000.0, "exact", True, "actual", NOW_KO)},
    ),
    (
        "SK텔레콤은 1만 장 규모의 GPU를 가산 센터에 들였다.",
        {("sk-telecom", (), 10000.0, 10000.0, "exact", False, "actual", NOW_KO)},
    ),
    (
        "KT는 GPU를 내년 말까지 2만 장으로 늘릴 계획이다.",
        {
            (
                "kt",
                (),
                20000.0,
                20000.0,
                "exact",
                False,
                "planned",
                ("deadline", "2026-03-20", "2027-12-31"),
            )
        },
    ),
    (
        "카카오는 GPU 보유량을 2028년까지 4만 장으로 늘리겠다고 밝혔다.",
        {
            (
                "kakao",
                (),
                40000.0,
                40000.0,
                "exact",
                False,
                "planned",
                ("deadline", "2026-03-20", "2028-12-31"),
            )
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHEETS_OF_CHIPS)
def test_a_count_in_jang_of_chips_named_after_it_or_across_a_due_time_is_chips(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert facts(text, "ko", "deployed_chips") == expected


SHEETS_OF_WAFERS = [
    "SK하이닉스는 1만 장의 웨이퍼를 HBM4 생산에 배정했다.",
    "TSMC는 월 9만 장의 CoWoS 생산능력을 갖췄다.",
    "삼성전자는 내년 말까지 웨이퍼 투입량을 월 2만 장 늘린다.",
]


@pytest.mark.parametrize("text", SHEETS_OF_WAFERS)
def test_a_count_in_jang_of_wafers_stays_no_chip_count(text: str) -> None:
    assert facts(text, "ko", "deployed_chips") == set()


# -- a table's row told in prose ("GPU fleet (year-end): 2025: 250k, 2026: 400k") --------------
# A note or a fact box gives a table's row in one line: a label with a colon (its unit and
# "year-end" in a note), then the figures, each after the year that labels it. Before, the
# label was no verb, the years needed a preposition and the bare figures had no unit: the
# line gave nothing. The label now reads as the figures' level (a fleet's noun, a capacity),
# each year labels the figure after it (at the year's end when the note says so), and the
# label's unit note carries to every cell.

YEAR_END_2025 = ("point", "2025-12-31", "2025-12-31")
YEAR_END_2026 = ("point", "2026-12-31", "2026-12-31")
YEAR_END_2027 = ("point", "2027-12-31", "2027-12-31")

PROSE_ROWS = [
    (
        "Nebius GPUs in service (year-end): 2025: 60k, 2026: 250k.",
        "deployed_chips",
        {
            ("nebius", (), 60000.0, 60000.0, "exact", False, "actual", YEAR_END_2025),
            ("nebius", (), 250000.0, 250000.0, "exact", False, "planned", YEAR_END_2026),
        },
    ),
    (
        "Crusoe's GPU fleet: 2024, 20,000; 2025, 45,000.",
        "deployed_chips",
        {
            (
                "crusoe",
                (),
                20000.0,
                20000.0,
                "exact",
                False,
                "actual",
                ("point", "2024-01-01", "2024-12-31"),
            ),
            (
                "crusoe",
                (),
                45000.0,
                45000.0,
                "exact",
                False,
                "actual",
                ("point", "2025-01-01", "2025-12-31"),
            ),
        },
    ),
    (
        "Micron HBM capacity (wafers per month, year-end): 2025: 30k, 2026E: 55k, 2027E: 80k.",
        "capacity",
        {
            ("micron", (), 30000.0, 30000.0, "exact", False, "actual", YEAR_END_2025),
            ("micron", (), 55000.0, 55000.0, "exact", False, "forecast", YEAR_END_2026),
            ("micron", (), 80000.0, 80000.0, "exact", False, "forecast", YEAR_END_2027),
        },
    ),
    (
        "TSMC SoIC capacity in wafers a month: 8k at end-2025, 15k at end-2026.",
        "capacity",
        {
            (
                "tsmc",
                (("process", "soic"),),
                8000.0,
                8000.0,
                "exact",
                False,
                "actual",
                YEAR_END_2025,
            ),
            (
                "tsmc",
                (("process", "soic"),),
                15000.0,
                15000.0,
                "exact",
                False,
                "planned",
                YEAR_END_2026,
            ),
        },
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), PROSE_ROWS)
def test_a_table_row_told_in_prose_gives_each_years_figure(
    text: str, predicate: str, expected: set[tuple[Any, ...]]
) -> None:
    assert facts(text, "en", predicate) == expected


PROSE_ROW_TRAPS = [
    # a row of something else than the label's vocabulary
    ("TSMC revenue: 2025: 90 billion, 2026: 120 billion.", "capacity"),
    ("TSMC CoWoS capacity utilization: 2025: 95%, 2026: 98%.", "capacity"),
    ("Nebius headcount: 2025: 1,200, 2026: 2,000.", "deployed_chips"),
]


@pytest.mark.parametrize(("text", "predicate"), PROSE_ROW_TRAPS)
def test_a_prose_row_of_other_figures_gives_no_claim(text: str, predicate: str) -> None:
    assert facts(text, "en", predicate) == set()


def test_a_deadline_before_a_comma_keeps_its_reading() -> None:
    # "By 2025, 250,000 …" is the base grammar's deadline, no year labelling a figure
    text = "By the end of 2025, CoreWeave was running 250,000 GPUs."
    assert facts(text, "en", "deployed_chips") == {
        ("coreweave", (), 250000.0, 250000.0, "exact", False, "actual", YEAR_END_2025)
    }


# -- a company's target told by "management" or "it targets" in the next sentence ------------
# A count told in the sentence after the company ("Nebius operated 60,000 GPUs. Management
# targets more than 300,000 by the end of 2026") had no subject: "management" named no
# company and "it targets" was no verb "it" stood for a company with. Management (its
# executives) speaking of a target or an outlook is the company the sentence before was on
# (its subject, or the one company it named, as after a paragraph's label).

END_2026 = ("deadline", "2026-03-20", "2026-12-31")

NEXT_SENTENCE_TARGETS = [
    (
        "Lambda Labs ran about 25,000 GPUs in March. Management targets more than 80,000 GPUs "
        "by the end of 2026.",
        ("lambda", (), 80000.0, 80000.0, "at-least", False, "planned", END_2026),
    ),
    (
        "Fleet build-out: Crusoe operated 30,000 GPUs at the end of 2025. Its management "
        "expects to have 100,000 GPUs in service by the end of 2026.",
        ("crusoe", (), 100000.0, 100000.0, "exact", False, "planned", END_2026),
    ),
    (
        "Nscale reported its first results on Monday. It targets 50,000 GPUs by the end of 2026.",
        ("nscale", (), 50000.0, 50000.0, "exact", False, "planned", END_2026),
    ),
]


@pytest.mark.parametrize(("text", "claim"), NEXT_SENTENCE_TARGETS)
def test_management_or_it_targeting_a_count_is_the_company_before(
    text: str, claim: tuple[Any, ...]
) -> None:
    assert claim in facts(text, "en", "deployed_chips")


MANAGEMENT_TRAPS = [
    # management of something else, and a target that is no count of chips
    "Fluidstack grew quickly. Management of the power grid limits sites to 300,000 GPUs.",
    "Nebius grew quickly. Management targets $3 billion in revenue by the end of 2026.",
    # no company in the sentence before: whose management it is, the text does not say
    "Crusoe grew fast last year. The sector cooled.\n\nManagement targets 50,000 GPUs by "
    "the end of 2026.",
]


@pytest.mark.parametrize("text", MANAGEMENT_TRAPS)
def test_management_without_one_company_in_view_or_a_count_gives_no_fleet(text: str) -> None:
    assert facts(text, "en", "deployed_chips") == set()


# -- bounds and hedges said in other words -------------------------------------------------
# "a shade under" is "just under" (nearly: approximate, exact); "in the neighbourhood of",
# "in the order of", "circa" are "about"; and "on the order of" placed no order (it was read
# as a purchase and took the count from the fleet). Korean: "5만 개쯤", "근처", the level
# "선" ("9만 장 선") and "어림잡아", "줄잡아" are approximate; "이내", "안쪽" a ceiling; "쯤"
# and "남짓" glued to the counter ("5만 개쯤을") no longer hide the counter.

BOUNDS_EN = [
    ("Lambda Labs runs a shade under 20,000 H100 GPUs.", (20000.0, "exact", True)),
    ("Lambda Labs runs in the neighborhood of 20,000 H100 GPUs.", (20000.0, "exact", True)),
    ("Lambda Labs runs in the neighbourhood of 20,000 H100 GPUs.", (20000.0, "exact", True)),
    ("Lambda Labs runs in the order of 20,000 H100 GPUs.", (20000.0, "exact", True)),
    ("Lambda Labs runs on the order of 20,000 H100 GPUs.", (20000.0, "exact", True)),
    ("Lambda Labs runs circa 20,000 H100 GPUs.", (20000.0, "exact", True)),
    ("Lambda Labs runs a hair over 20,000 H100 GPUs.", (20000.0, "at-least", False)),
]


@pytest.mark.parametrize(("text", "value"), BOUNDS_EN)
def test_an_english_hedge_in_other_words_bounds_the_count(
    text: str, value: tuple[Any, ...]
) -> None:
    low, bound, approx = value
    expected = ("lambda", (("chip", "h100"),), low, low, bound, approx, "actual", NOW_EN)
    assert facts(text, "en", "deployed_chips") == {expected}


def test_on_the_order_of_places_no_order() -> None:
    text = "Lambda Labs runs on the order of 20,000 H100 GPUs."
    assert facts(text, "en", "supply_deal") == set()


BOUNDS_KO = [
    ("람다랩스는 H100 2만 개쯤을 운영하고 있다.", (20000.0, "exact", True)),
    ("람다랩스는 H100 2만 개 근처를 운영하고 있다.", (20000.0, "exact", True)),
    ("람다랩스는 H100 2만 개 선을 운영하고 있다.", (20000.0, "exact", True)),
    ("람다랩스는 H100을 어림잡아 2만 개 운영하고 있다.", (20000.0, "exact", True)),
    ("람다랩스는 H100을 줄잡아 2만 개 운영하고 있다.", (20000.0, "exact", True)),
    ("람다랩스는 H100 2만 개 이내를 운영하고 있다.", (20000.0, "at-most", False)),
    ("람다랩스는 H100 2만 개 안쪽을 운영하고 있다.", (20000.0, "at-most", False)),
    ("람다랩스는 H100 2만 개남짓을 운영하고 있다.", (20000.0, "at-least", False)),
]


@pytest.mark.parametrize(("text", "value"), BOUNDS_KO)
def test_a_korean_hedge_in_other_words_bounds_the_count(text: str, value: tuple[Any, ...]) -> None:
    low, bound, approx = value
    expected = ("lambda", (("chip", "h100"),), low, low, bound, approx, "actual", NOW_KO)
    assert facts(text, "ko", "deployed_chips") == {expected}


def test_a_korean_count_before_seonjeong_is_no_level() -> None:
    text = "람다랩스는 H100 2만 개를 선정해 운영하고 있다."
    expected = ("lambda", (("chip", "h100"),), 20000.0, 20000.0, "exact", False, "actual", NOW_KO)
    assert facts(text, "ko", "deployed_chips") == {expected}


def test_a_capacity_at_the_level_seon_is_approximate() -> None:
    text = "TSMC의 CoWoS 월 생산능력은 9만 장 선이다."
    expected = (
        "tsmc",
        (("process", "cowos"),),
        90000.0,
        90000.0,
        "exact",
        True,
        "actual",
        NOW_KO,
    )
    assert facts(text, "ko", "capacity") == {expected}


# -- one system's chips told in the sentence after the system ------------------------------
# "Huawei showed the CloudMatrix 384. The system links 384 Ascend 910C chips": the count is
# the system's (the one in view whose chip it names), but "system" is no rack word of the
# predicate's triggers and the sentence names no system, so nothing came out.

SYSTEM_BACK = [
    (
        "Huawei put a CloudMatrix 384 on the show floor. The system links 384 Ascend 910C "
        "chips with optical cables.",
        ("cloudmatrix-384", 384.0),
    ),
    (
        "Supermicro demonstrated a GB300 NVL72 rack in San Jose. The system joins 72 "
        "Blackwell Ultra GPUs.",
        ("gb300", 72.0),
    ),
    (
        "AMD brought its Helios rack to the event. Each system ties together 72 MI450 GPUs.",
        ("helios", 72.0),
    ),
]


@pytest.mark.parametrize(("text", "claim"), SYSTEM_BACK)
def test_one_systems_count_told_back_of_the_system_in_view_is_its_chips_per_system(
    text: str, claim: tuple[str, float]
) -> None:
    assert {(r[0], r[2]) for r in facts(text, "en", "chips_per_system")} == {claim}


SYSTEM_BACK_TRAPS = [
    # several systems, or a fleet the system's owner runs
    "Huawei put a CloudMatrix 384 on show. The systems in the cluster hold 8,000 Ascend "
    "910C chips.",
    "Huawei put a CloudMatrix 384 on show. The system's owners run 8,000 Ascend 910C chips.",
]


@pytest.mark.parametrize("text", SYSTEM_BACK_TRAPS)
def test_chips_of_several_systems_or_a_fleet_are_no_systems_count(text: str) -> None:
    assert facts(text, "en", "chips_per_system") == set()


# -- a Korean fleet noun after the company with no 의, or as a line's label ------------------
# "코어위브 GPU 보유량은 25만 개다" (the 의 left out) read the company as the brand of the
# GPUs and gave nothing; "GPU 보유량: 25만 개" and "GPU 보유 대수: 1만 장" (the noun as a
# label with a colon, 대수 before 장) were no count of chips. A company that makes no chip,
# right before a GPU word and a fleet noun, holds the fleet; the label's colon stands for the
# topic particle; and a year labelling each figure gives a row told in prose.

FLEET_LABELS_KO = [
    (
        "람다랩스 GPU 보유량은 3만 개다.",
        {("lambda", (), 30000.0, 30000.0, "exact", False, "actual", NOW_KO)},
    ),
    (
        "네이버 GPU 보유 대수는 약 1만 장이다.",
        {("naver", (), 10000.0, 10000.0, "exact", True, "actual", NOW_KO)},
    ),
    (
        "카카오의 GPU 보유량: 4천 개.",
        {("kakao", (), 4000.0, 4000.0, "exact", False, "actual", NOW_KO)},
    ),
    (
        "크루소 GPU 보유량 추이: 2024년 2만 개, 2025년 4만 5천 개.",
        {
            (
                "crusoe",
                (),
                20000.0,
                20000.0,
                "exact",
                False,
                "actual",
                ("point", "2024-01-01", "2024-12-31"),
            ),
            (
                "crusoe",
                (),
                45000.0,
                45000.0,
                "exact",
                False,
                "actual",
                ("point", "2025-01-01", "2025-12-31"),
            ),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), FLEET_LABELS_KO)
def test_a_korean_fleet_noun_after_its_company_or_as_a_label_counts_its_chips(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert facts(text, "ko", "deployed_chips") == expected


FLEET_LABEL_TRAPS_KO = [
    # a chip maker before the GPU word is its brand: whose fleet, the possessor says
    ("xAI의 엔비디아 GPU 보유량은 20만 개다.", {("xai", 200000.0, 200000.0, "count")}),
    # a chip maker's own GPUs counted as a fleet: no fleet of the maker
    ("엔비디아 GPU 보유량은 20만 개다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FLEET_LABEL_TRAPS_KO)
def test_a_chip_makers_name_before_the_fleet_noun_stays_a_brand(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert values(text, "ko", "deployed_chips") == expected


# -- what a new site will hold, told with "it" or "the campus" in the next sentence -----------
# "Nscale is building a campus in Texas. It will hold 40,000 B300 GPUs": with no site of the
# vocabulary in view, "it" stands for the company only before "runs" or "has"; and "will
# hold" was no trigger of a fleet, so "The campus will hold 40,000 GPUs" (a generic count)
# and a named site's "It will hold 1.3 million GPUs" gave nothing. A bare future with no
# date is announced (GUIDE, session 16).

SITE_HOLDS = [
    (
        "Nscale is building a campus outside Houston. It will hold 40,000 B300 GPUs.",
        ("nscale", (("chip", "b300"),), 40000.0, "announced"),
    ),
    (
        "Nscale is building a campus outside Houston. The campus will hold 40,000 GPUs.",
        ("nscale", (), 40000.0, "announced"),
    ),
    (
        "Crusoe opened a data center in Wyoming last spring. Today it houses 12,000 H200 GPUs.",
        ("crusoe", (("chip", "h200"),), 12000.0, "actual"),
    ),
    (
        "xAI is racing to finish Colossus 2 in Memphis. It will hold 550,000 GPUs.",
        ("colossus-2", (), 550000.0, "announced"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), SITE_HOLDS)
def test_what_a_site_will_hold_told_in_the_next_sentence_is_a_fleet(
    text: str, claim: tuple[Any, ...]
) -> None:
    assert {(r[0], r[1], r[2], r[6]) for r in facts(text, "en", "deployed_chips")} == {claim}


SITE_HOLD_TRAPS = [
    "SoftBank bought more shares this year. It will hold 40,000 shares of Arm.",
    "Nscale plans to hold talks with 40,000 customers.",
]


@pytest.mark.parametrize("text", SITE_HOLD_TRAPS)
def test_holding_shares_or_talks_is_no_fleet(text: str) -> None:
    assert facts(text, "en", "deployed_chips") == set()


# -- a predecessor named beside the product is no product the text is about ------------------
# "'마이아 200'을 공개했습니다. 2023년 선보인 마이아 100의 후속작입니다." left two chips in view,
# so the card's subjectless spec lines ("HBM3E 216GB를 탑재했고 …") had no chip of their own;
# "the Maia 200, the successor to the Maia 100. It carries 216 GB" gave the figure to the
# Maia 100. A chip named as what the product follows ("의 후속작", "successor to", "follow-on
# to") is a point of comparison, like "대비" or "on par with".

PREDECESSORS = [
    (
        "ko",
        "구글이 아이언우드를 공개했습니다. 2024년 나온 트릴리움의 후속작입니다.\n\n"
        "HBM3E 192GB를 탑재했습니다.",
    ),
    ("ko", "AMD가 MI355X를 내놨다. MI325X의 후속 모델이다.\n\n메모리는 HBM3E 288GB다."),
    ("en", "AMD showed the MI355X, a follow-on to the MI325X. It packs 288 GB of HBM3E."),
    (
        "en",
        "Microsoft unveiled the Maia 200, the successor to the Maia 100. It carries 216 GB "
        "of HBM3E.",
    ),
]
PREDECESSOR_SUBJECTS = ["ironwood", "mi355x", "mi355x", "maia-200"]


@pytest.mark.parametrize(
    ("case", "subject"), list(zip(PREDECESSORS, PREDECESSOR_SUBJECTS, strict=True))
)
def test_a_spec_after_a_product_and_its_predecessor_is_the_products(
    case: tuple[str, str], subject: str
) -> None:
    language, text = case
    assert {r[0] for r in facts(text, language, "memory_capacity")} == {subject}
