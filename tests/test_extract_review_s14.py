"""Session 14 review: rules of the session narrowed where they read more than their message
said, each pinned by sentences written for these tests (none taken from an article)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.extract_support import extract_rows

KST = timezone(timedelta(hours=9))
PUBLISHED_KO = datetime(2026, 3, 10, 9, 0, tzinfo=KST)


def deals_ko(text: str) -> set[tuple[str, str, str, str]]:
    """(customer, product, supplier, modality) of every Korean supply deal."""
    return {
        (r[0], r[2].get("product", ""), r[3], r[5])
        for r in extract_rows(text, "ko", PUBLISHED_KO)
        if r[1] == "supply_deal"
    }


# -- memory fitted into a company's chip (f4873e1) --------------------------------------------
# The chip's dative is where the memory goes only when the verb of fitting is its own: a
# dative in a phrase of relation ("…에 대응하기 위해", "…에 대한") or another place named
# before the verb ("평택 라인에 … 설비를 넣었다") is no fitting into the chip.

NOT_FITTED = [
    "SK하이닉스는 엔비디아의 차세대 GPU에 대응하기 위해 청주 공장에 HBM4 장비를 넣었다.",
    "삼성전자는 엔비디아 루빈에 대한 검증을 마친 뒤 평택 라인에 HBM4 설비를 넣었다.",
    "SK하이닉스는 메타의 자체 가속기에 맞춰 HBM4 시제품을 들여놓았다.",
]


@pytest.mark.parametrize("text", NOT_FITTED)
def test_chip_dative_not_the_destination_gives_no_deal(text: str) -> None:
    assert deals_ko(text) == set()


FITTED = [
    (
        "마이크론은 AMD의 MI325 시리즈에 하반기에 HBM3E를 탑재한다.",
        ("amd", "hbm3e", "micron", "planned"),
    ),
    (
        "마이크론 HBM3E는 엔비디아 블랙웰 플랫폼에 들어가고 있다.",
        ("nvidia", "hbm3e", "micron", "actual"),
    ),
]


@pytest.mark.parametrize(("text", "deal"), FITTED)
def test_chip_dative_with_its_own_verb_still_a_deal(
    text: str, deal: tuple[str, str, str, str]
) -> None:
    assert deal in deals_ko(text)


# -- sellers listed after "from" a verb of buying (1b3883a) ----------------------------------
# The company after "from" sells whoever makes the chips; each company of a list there sells
# too, not only the first (co_suppliers keeps only the product's vocabulary sellers).

PUBLISHED_EN = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def deals_en(text: str) -> set[tuple[str, str, str]]:
    """(customer, product, supplier) of every English supply deal."""
    return {
        (r[0], r[2].get("product", ""), r[3])
        for r in extract_rows(text, "en", PUBLISHED_EN)
        if r[1] == "supply_deal"
    }


SOURCE_LISTS = [
    (
        "Meta bought Nvidia H100 GPUs from Dell and Supermicro in 2024.",
        {("meta", "h100", "dell"), ("meta", "h100", "supermicro")},
    ),
    (
        "Oracle took delivery of GB200 racks from Dell, HPE and Supermicro last year.",
        {
            ("oracle", "gb200", "dell"),
            ("oracle", "gb200", "hpe"),
            ("oracle", "gb200", "supermicro"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCE_LISTS)
def test_each_seller_listed_after_from_sells(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert deals_en(text) == expected


def test_company_outside_the_source_list_is_no_seller() -> None:
    text = "Oracle bought GB200 racks from Dell, while Supermicro sold its racks to xAI."
    assert ("oracle", "gb200", "supermicro") not in deals_en(text)


# -- month lines under a year's heading (d2a05a7) ---------------------------------------------
# A year's heading dates the month lines of its own section; prose or another heading between
# ends the section, and month lines after it keep the time they had (no year is said there).

SECTION_ENDED = (
    "■ 2025년\n\n"
    "올해 시장은 크게 성장했다.\n\n"
    "향후 전망\n"
    "- 6월: 삼성전자가 엔비디아에 HBM4를 공급할 전망이다.\n"
    "- 9월: xAI가 GPU 20만 개를 확보할 계획이다."
)
SECTION_GOES_ON = (
    "주요 일지\n"
    "■ 2024년\n"
    "▲9월 2일 — 오라클, AMD MI450 도입 발표\n\n"
    "▲11월 — 오라클, AMD MI355X 5만 개 배치\n"
    "■ 2025년\n"
    "▲2월 — 메타, H100 35만 개 운영"
)


@pytest.mark.parametrize(
    ("text", "subject", "start"),
    [
        (SECTION_ENDED, "samsung", "2026-03-10"),
        (SECTION_ENDED, "xai", "2026-03-10"),
        (SECTION_GOES_ON, "oracle", "2024-11-01"),
        (SECTION_GOES_ON, "meta", "2025-02-01"),
    ],
)
def test_year_heading_dates_only_its_own_section(text: str, subject: str, start: str) -> None:
    found = [r for r in extract_rows(text, "ko", PUBLISHED_KO) if subject in (r[0], r[3])]
    assert found
    assert {r[6][1] for r in found} == {start}


def test_company_opening_its_own_clause_after_from_is_no_co_seller() -> None:
    text = "Microsoft buys GB200 racks from Dell and Oracle buys them from HPE."
    assert ("oracle", "gb200", "microsoft") not in deals_en(text)
    assert ("microsoft", "gb200", "oracle") not in deals_en(text)


# -- a role of no named product (a438941) -----------------------------------------------------
# A rank alone ("X's largest customer") is a deal only when asserted ("remains", "is one
# of"); in an aside it names no trade. A goods word of the trade ("rack customer") still is.

ROLE_ASIDES = [
    "Amazon, Nvidia's biggest customer, opened a new office in Seattle.",
    "Lambda, Dell's top customer, hired a new finance chief.",
]


@pytest.mark.parametrize("text", ROLE_ASIDES)
def test_rank_only_role_in_an_aside_is_no_deal(text: str) -> None:
    assert deals_en(text) == set()


ROLE_ASSERTED = [
    ("Amazon is now one of AMD's largest customers.", ("amazon", "", "amd")),
    (
        "CoreWeave, Dell's largest server customer, hired a new finance chief.",
        ("coreweave", "", "dell"),
    ),
]


@pytest.mark.parametrize(("text", "deal"), ROLE_ASSERTED)
def test_asserted_or_goods_role_stays_a_deal(text: str, deal: tuple[str, str, str]) -> None:
    assert deal in deals_en(text)
