"""Korean causes fixed in session 17 (round b, Korean leftovers), each pinned by sentences
written for these tests (other companies, chips and verbs) plus traps that must not change.
Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import claim_row, run_extractor

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)


def counts(text: str) -> set[tuple[Any, ...]]:
    """(subject, chip, count, modality) of every deployed_chips claim."""
    rows = [claim_row(c) for c in run_extractor(text, "ko", PUBLISHED, "press")]
    return {(r[0], r[2].get("chip"), r[4][0], r[5]) for r in rows if r[1] == "deployed_chips"}


# -- a bare future count with no date is announced, whoever tells it (GUIDE) -------------

BROUGHT_IN = [
    ("네이버는 H200 3,000장을 도입한다고 밝혔다.", ("naver", "h200", 3000.0)),
    ("카카오는 안산 데이터센터에 B200 1,200개를 설치한다고 말했다.", ("kakao", "b200", 1200.0)),
    ("SK텔레콤은 H100 2,000장을 들여온다고 설명했다.", ("sk-telecom", "h100", 2000.0)),
    ("카카오는 B300 4,096장을 도입합니다.", ("kakao", "b300", 4096.0)),
]


@pytest.mark.parametrize(("text", "count"), BROUGHT_IN)
def test_a_count_brought_in_in_the_plain_present_with_no_date_is_announced(
    text: str, count: tuple[str, str, float]
) -> None:
    assert (*count, "announced") in counts(text)


STAYS = [
    # done, under way or a state held: a fact at publication
    ("네이버는 H200 3,000장을 도입했다고 밝혔다.", "actual"),
    ("네이버는 H200 3,000장을 운영하고 있다고 밝혔다.", "actual"),
    ("네이버는 H200 3,000장을 운영한다.", "actual"),
    ("네이버는 H200 3,000장을 들여오고 있다.", "actual"),
    # a plan word keeps the plan
    ("네이버는 H200 3,000장을 도입할 계획이라고 밝혔다.", "planned"),
]


@pytest.mark.parametrize(("text", "modality"), STAYS)
def test_a_count_done_held_or_planned_keeps_its_modality(text: str, modality: str) -> None:
    assert counts(text) == {("naver", "h200", 3000.0, modality)}


def test_a_count_with_a_date_to_reach_stays_a_planned_target() -> None:
    assert counts("네이버는 연말까지 H200 3,000장을 도입한다고 밝혔다.") == {
        ("naver", "h200", 3000.0, "planned")
    }


@pytest.mark.parametrize(
    "text",
    [
        "네이버가 H200 3,000장을 도입한다면 국내 최대 규모가 된다.",
        "네이버는 H200 3,000장을 도입하지 않는다고 밝혔다.",
    ],
)
def test_a_count_held_open_or_denied_stays_silent(text: str) -> None:
    assert not {c for c in counts(text) if c[3] == "announced"}


# -- each recipient of a gapped list takes the product of its own conjunct ---------------


def deals(text: str) -> set[tuple[Any, ...]]:
    """(customer, product, supplier) of every supply deal."""
    rows = [claim_row(c) for c in run_extractor(text, "ko", PUBLISHED, "press")]
    return {(r[0], r[2].get("product"), r[3]) for r in rows if r[1] == "supply_deal"}


PAIRED = [
    (
        "SK하이닉스는 구글에 HBM3E를, 브로드컴에는 HBM4를 납품하고 있다.",
        {("google", "hbm3e", "sk-hynix"), ("broadcom", "hbm4", "sk-hynix")},
    ),
    (
        "마이크론은 엔비디아에 HBM4를, AMD에 HBM3E 36GB 제품을 공급한다.",
        {("nvidia", "hbm4", "micron"), ("amd", "hbm3e", "micron")},
    ),
    (
        "삼성전자는 AMD에게 HBM3E 8단을, 구글에는 HBM4를 공급한다고 밝혔다.",
        {("amd", "hbm3e", "samsung"), ("google", "hbm4", "samsung")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAIRED)
def test_each_recipient_takes_the_product_of_its_own_conjunct(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert deals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # recipients listed together share the one product
        (
            "마이크론은 구글과 AMD에 HBM4를 공급한다.",
            {("google", "hbm4", "micron"), ("amd", "hbm4", "micron")},
        ),
        # one recipient, one product: nothing to pair
        ("마이크론은 구글에 HBM3E 12단을 공급한다.", {("google", "hbm3e", "micron")}),
    ],
)
def test_a_shared_or_single_recipient_is_not_split(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert deals(text) == expected


# -- a deal of "양사" told with a count keeps the count ------------------------------------


def sized_deals(text: str) -> set[tuple[Any, ...]]:
    """(customer, product, supplier, low count) of every supply deal."""
    rows = [claim_row(c) for c in run_extractor(text, "ko", PUBLISHED, "press")]
    return {
        (r[0], r[2].get("product"), r[3], r[4] and r[4][0]) for r in rows if r[1] == "supply_deal"
    }


@pytest.mark.parametrize(
    "text",
    [
        "리벨리온은 SK텔레콤과 협력을 넓힌다. 양사는 리벨쿼드 2천 장 공급 계약을 맺었다.",
        "리벨리온은 SK텔레콤과 협력을 넓힌다. 양사는 리벨쿼드 2,000장 공급 계약을 체결했다.",
        "리벨리온과 SK텔레콤이 손을 잡았다. 두 회사는 리벨쿼드 2000장 공급에 합의했다.",
    ],
)
def test_a_deal_of_both_parties_keeps_the_count_of_its_goods(text: str) -> None:
    assert sized_deals(text) == {("sk-telecom", "rebel", "rebellions", 2000.0)}


@pytest.mark.parametrize(
    "text",
    [
        # a sum of money sizes the deal, not its goods
        "리벨리온은 SK텔레콤과 협력을 넓힌다. 양사는 300억 원 규모의 리벨쿼드 공급 계약을 맺었다.",
        # machines are no count of the chips traded
        "리벨리온은 SK텔레콤과 협력을 넓힌다. 양사는 리벨쿼드 서버 20대 공급 계약을 맺었다.",
    ],
)
def test_a_deal_of_both_parties_takes_no_money_or_machine_count(text: str) -> None:
    assert all(d[3] is None for d in sized_deals(text))
