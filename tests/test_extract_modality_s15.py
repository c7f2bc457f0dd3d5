"""Session 15: the GUIDE's open modality and role questions, settled and pinned.

A start still ahead told with no plan word is announced, whoever tells it (the source's
tier changes no modality); a contract to rent a named product through a named provider is
an adoption even when it counts the chips; a deal that names no product is still a
supply_deal. Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.extract_support import sorted_rows
from tracker.domain.claims import SOURCE_TIERS

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def facts(text: str, language: str = "en", tier: str = "press") -> list[tuple[Any, ...]]:
    """(subject, predicate, object, modality, valid) of every relation claim."""
    return [
        (r[0], r[1], r[3], r[5], r[6])
        for r in sorted_rows(text, language, PUBLISHED, tier)
        if r[1] in ("supply_deal", "adopts")
    ]


FROM_Q3 = ("open", "2026-07-01", "None")
FROM_Q4 = ("open", "2026-10-01", "None")
TODAY = ("point", "2026-03-10", "2026-03-10")


# -- a start ahead with no plan word is announced ----------------------------------------
# GUIDE (session 15): "will begin …", "starts …" or a Korean plain or polite present from a
# period after publication, with no plan word and no party's expectation: announced (the dev
# gold 21 to 1; en-501 brought in line). A plan word or a date to reach keeps it planned.

STARTS = [
    (
        "Micron will begin shipping HBM4 to AMD in the third quarter.",
        "en",
        [("amd", "supply_deal", "micron", "announced", FROM_Q3)],
    ),
    (
        "Nebius starts offering Rubin instances in the fourth quarter.",
        "en",
        [("nebius", "adopts", "rubin", "announced", FROM_Q4)],
    ),
    (
        "Micron will begin shipping HBM4 to AMD in the third quarter, two people briefed on "
        "the deal said.",
        "en",
        [("amd", "supply_deal", "micron", "announced", FROM_Q3)],
    ),
    (
        "마이크론은 3분기부터 AMD에 HBM4를 공급합니다.",
        "ko",
        [("amd", "supply_deal", "micron", "announced", FROM_Q3)],
    ),
    (
        "카카오는 내년부터 리벨리온의 리벨 칩을 자사 데이터센터에 도입합니다.",
        "ko",
        [("kakao", "adopts", "rebel", "announced", ("open", "2027-01-01", "None"))],
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), STARTS)
def test_a_start_ahead_with_no_plan_word_is_announced(
    text: str, language: str, expected: list[Any]
) -> None:
    assert expected == facts(text, language)


START_TRAPS = [
    # a plan word or a schedule keeps the plan
    ("Micron is set to begin shipping HBM4 to AMD in the third quarter.", "en", "planned"),
    ("Micron is to begin shipping HBM4 to AMD in the third quarter.", "en", "planned"),
    ("Micron plans to begin shipping HBM4 to AMD in the third quarter.", "en", "planned"),
    (
        "Micron will begin shipping HBM4 to AMD in the third quarter, with all volumes due to "
        "be delivered by the end of 2027.",
        "en",
        "planned",
    ),
    ("마이크론은 3분기부터 AMD에 HBM4를 공급할 예정입니다.", "ko", "planned"),
    # a party's expectation is its forecast
    (
        "Micron will begin shipping HBM4 to AMD in the third quarter, analysts say.",
        "en",
        "forecast",
    ),
    ("Analysts expect Micron to begin shipping HBM4 to AMD in Q3.", "en", "forecast"),
]


@pytest.mark.parametrize(("text", "language", "modality"), START_TRAPS)
def test_a_plan_word_or_an_expectation_keeps_its_own_modality(
    text: str, language: str, modality: str
) -> None:
    assert [modality] == [f[3] for f in facts(text, language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Micron began shipping HBM4 to AMD in January.", "en"),
        ("마이크론은 지난해부터 AMD에 HBM4를 공급하고 있습니다.", "ko"),
    ],
)
def test_a_start_already_behind_is_todays_state(text: str, language: str) -> None:
    # trap: the past tense and "지난해부터 … 있습니다" tell a state of today, not a start
    expected = [("amd", "supply_deal", "micron", "actual", TODAY)]
    assert expected == facts(text, language)


@given(st.sampled_from([t for t in SOURCE_TIERS if t != "user"]))
def test_the_source_tier_changes_no_modality_of_a_start(tier: str) -> None:
    # GUIDE (session 15): a company's release, the press, an analyst's note or an unnamed
    # source telling the same start: announced each time; the tier is recorded apart
    text = "Micron will begin shipping HBM4 to AMD in the third quarter."
    expected = [("amd", "supply_deal", "micron", "announced", FROM_Q3)]
    assert expected == facts(text, tier=tier)


# -- a rental through a named provider adopts the product, counted or not -------------------
# GUIDE (session 15): "X rents Y from a cloud", or a contract to, adopts Y (cloud, via the
# provider); a count of the chips rented does not make it a deployment only.


def test_a_counted_korean_rental_through_a_named_cloud_adopts() -> None:
    text = "앤트로픽은 구글 클라우드에서 TPU를 최대 100만 개까지 빌려 쓰는 계약을 맺었다."
    assert ("anthropic", "adopts", "google-tpu", "actual", TODAY) in facts(text, "ko")


def test_a_counted_korean_deployment_is_no_adoption() -> None:
    # trap: chips put in the company's own data centers, counted, are its fleet only
    expected: list[Any] = []
    assert expected == facts("메타는 자체 데이터센터에 GB300을 2만 개 들였다.", "ko")


# -- a deal that names no product is a supply_deal with none ----------------------------------
# GUIDE (session 15): contracts with a GPU cloud ("contracts with OpenAI are worth …") and
# chip agreements with their makers name no product: supply_deal with no product qualifier.

NO_PRODUCT = [
    (
        "CoreWeave's contracts with OpenAI are worth up to $22.4 billion.",
        [("openai", "supply_deal", "coreweave", "actual", TODAY)],
    ),
    (
        "OpenAI has chip agreements with Nvidia and AMD.",
        [
            ("openai", "supply_deal", "amd", "actual", TODAY),
            ("openai", "supply_deal", "nvidia", "actual", TODAY),
        ],
    ),
    (
        "Nebius's contracts with Mistral AI now total $1.9 billion.",
        [("mistral", "supply_deal", "nebius", "actual", TODAY)],
    ),
    # traps: a contract denied, chip deals between two companies that both make chips (no
    # seller read), a contract for power with a company outside the vocabulary
    ("CoreWeave has no contract with OpenAI in Wyoming.", []),
    ("Meta signed a chip deal with Google.", []),
    ("Tesla signed chip agreements with Samsung.", []),
    ("CoreWeave signed a power agreement with Constellation.", []),
]


@pytest.mark.parametrize(("text", "expected"), NO_PRODUCT)
def test_a_deal_that_names_no_product_is_a_supply_deal(text: str, expected: list[Any]) -> None:
    assert expected == facts(text)
