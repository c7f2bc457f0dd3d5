"""Korean adoption and supply-deal causes fixed in session 18, each pinned by sentences
written for these tests (other companies, chips and verbs than the gold) plus traps that
must not change. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import claim_row, run_extractor

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)


def rows(text: str) -> list[tuple[Any, ...]]:
    """:func:`claim_row` of every claim in one Korean snippet."""
    return [claim_row(c) for c in run_extractor(text, "ko", PUBLISHED, "press")]


def adoptions(text: str) -> set[tuple[Any, ...]]:
    """(subject, object, mode, via, modality) of every adopts claim."""
    found = [r for r in rows(text) if r[1] == "adopts"]
    return {(r[0], r[3], r[2].get("mode"), r[2].get("via"), r[5]) for r in found}


def deals(text: str) -> set[tuple[Any, ...]]:
    """(customer, supplier, product, modality) of every supply_deal claim."""
    return {(r[0], r[3], r[2].get("product"), r[5]) for r in rows(text) if r[1] == "supply_deal"}


# -- a contract to use a cloud's product adopts it through the cloud (GUIDE) -------------

USED_UNDER_CONTRACT = [
    (
        "카카오는 오라클과 GB300을 최대 2만 개까지 사용하는 클라우드 계약을 체결했다.",
        ("kakao", "gb300", "cloud", "oracle", "actual"),
    ),
    (
        "네이버는 코어위브와 B200을 쓰기로 한 계약을 이달 맺었다.",
        ("naver", "b200", "cloud", "coreweave", "actual"),
    ),
    (
        "SK텔레콤은 람다랩스와 H200을 이용하는 다년 계약을 맺었다.",
        ("sk-telecom", "h200", "cloud", "lambda", "actual"),
    ),
    (
        "오픈AI는 마이크로소프트와 GB200을 쓰는 계약을 체결했다고 밝혔다.",
        ("openai", "gb200", "cloud", "microsoft", "actual"),
    ),
]


@pytest.mark.parametrize(("text", "adoption"), USED_UNDER_CONTRACT)
def test_a_contract_to_use_a_clouds_product_also_adopts_it_through_the_cloud(
    text: str, adoption: tuple[str, ...]
) -> None:
    assert adoption in adoptions(text)
    customer, product, _, cloud, modality = adoption
    assert (customer, cloud, product, modality) in deals(text)


NO_USE_ADOPTION = [
    # a maker that sells the chip is no cloud to use it through
    "카카오는 엔비디아와 B200을 쓰는 계약을 맺었다.",
    # memory is bought, never adopted
    "카카오는 SK하이닉스와 HBM3E를 쓰는 계약을 맺었다.",
    # an analyst's expectation of a contract is no contract made
    "증권가는 메타가 구글과 TPU를 쓰는 계약을 맺을 것으로 예상한다.",
]


@pytest.mark.parametrize("text", NO_USE_ADOPTION)
def test_a_contract_with_a_maker_for_memory_or_only_expected_adopts_nothing(text: str) -> None:
    assert adoptions(text) == set()


# -- a speaker naming a deal (거론했다) does not make it one under consideration ----------


MENTIONED = [
    ("대표는 네이버가 AMD MI355X를 쓰기로 한 계약을 직접 거론했다.", ("naver", "amd", "mi355x")),
    ("사장은 카카오가 엔비디아에서 B200을 공급받는 계약을 거론했다.", ("kakao", "nvidia", "b200")),
    ("그는 오픈AI가 AMD와 맺은 MI450 공급 계약을 거론했습니다.", ("openai", "amd", "mi450")),
]


@pytest.mark.parametrize(("text", "deal"), MENTIONED)
def test_a_deal_a_speaker_mentions_keeps_its_own_modality(
    text: str, deal: tuple[str, str, str]
) -> None:
    assert (*deal, "actual") in deals(text)


RAISED_OPTIONS = [
    "의원들은 카카오가 엔비디아 B200 2,000장을 도입하는 방안을 거론했다.",
    "업계는 메타가 구글 TPU를 들일 가능성을 거론했다.",
    "메타가 구글 TPU를 들이는 방안이 후보로 거론된다.",
    "애널리스트들은 카카오의 B200 도입을 거론하고 있다.",
]


@pytest.mark.parametrize("text", RAISED_OPTIONS)
def test_an_option_raised_or_being_floated_stays_considered(text: str) -> None:
    found = rows(text)
    assert found
    assert {r[5] for r in found} == {"considering"}
