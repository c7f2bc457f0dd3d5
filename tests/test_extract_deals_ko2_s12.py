"""Korean supply deals and adoptions fixed in session 12, round 2 (DEALS-KO): general shapes
the blind batches missed, each pinned by sentences written for these tests (other companies,
figures and word order than any article) plus traps that must give nothing or keep the old
reading."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)
TODAY = ("point", "2026-03-10", "2026-03-10")


def rows(text: str) -> list[tuple[Any, ...]]:
    return extract_rows(text, "ko", PUBLISHED)


def deals(text: str) -> set[tuple[str, str, str, str]]:
    """(customer, product, supplier, modality) of every supply deal."""
    return {
        (r[0], r[2].get("product", ""), r[3], r[5]) for r in rows(text) if r[1] == "supply_deal"
    }


def adoptions(text: str) -> set[tuple[Any, ...]]:
    """(adopter, sorted qualifiers, product, modality, valid) of every adoption."""
    return {
        (r[0], tuple(sorted(r[2].items())), r[3], r[5], r[6])
        for r in rows(text)
        if r[1] == "adopts"
    }


# -- a deal for compute or for foundry work, with no product named ------------------------
# GUIDE: a cloud compute contract that names no product is a supply_deal with no product,
# the cloud the supplier; a foundry making a company's chips is a deal with the foundry.
# "컴퓨팅/연산 용량 … 공급 계약", "…어치 컴퓨팅을 사들이기로", "파운드리 (공급) 계약": the
# seller is the party that sells such goods (a cloud for compute, a foundry for foundry work).

NO_PRODUCT_DEALS = [
    (
        "메타는 네비우스와 30억 달러 규모의 AI 컴퓨팅 공급 계약을 체결했다.",
        {("meta", "", "nebius", "actual")},
    ),
    (
        "xAI가 오라클로부터 연산 자원을 추가로 사들였다.",
        {("xai", "", "oracle", "actual")},
    ),
    (
        "오픈AI는 구글 클라우드와 100억 달러 규모의 연산 자원 구매에 합의한 것으로 전해졌다.",
        {("openai", "", "google", "actual")},
    ),
    (
        "미스트랄AI가 코어위브와 컴퓨팅 추가 공급 계약을 협의 중이다.",
        {("mistral", "", "coreweave", "considering")},
    ),
    (
        "인텔은 마이크로소프트와 맞춤형 칩 생산을 위한 파운드리 계약을 따냈다고 발표했다.",
        {("microsoft", "", "intel", "actual")},
    ),
    (
        "TSMC가 애플과 20조 원 규모의 파운드리 공급 계약을 맺었다.",
        {("apple", "", "tsmc", "actual")},
    ),
]

NO_PRODUCT_TRAPS = [
    # two clouds of one rank: no telling which sells (a GPU cloud sells a hyperscaler compute:
    # compute_deals_ko, as ko-r08, ko-s01 and ko-s02 record)
    "마이크로소프트는 오라클과 컴퓨팅 공급 계약을 맺었다.",
    # two foundries: the same
    "삼성전자와 TSMC가 파운드리 계약 조건을 두고 신경전을 벌였다.",
    # foundry as a market, not the goods of a deal
    "파운드리 시장에서 TSMC와 삼성전자의 격차는 더 벌어졌다.",
    # compute named, but no deal word
    "앤트로픽은 AWS의 연산 자원을 늘려 왔다고 설명했다.",
]


@pytest.mark.parametrize(("text", "expected"), NO_PRODUCT_DEALS)
def test_a_compute_or_foundry_deal_names_the_seller_by_its_trade(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert expected == deals(text)


@pytest.mark.parametrize("text", NO_PRODUCT_TRAPS)
def test_no_deal_without_one_seller_of_the_trade(text: str) -> None:
    assert set() == deals(text)


# -- a product put to work (투입) in a service or a site ---------------------------------
# "X를 / 이를 / 이 칩을 … 서비스에 투입할 계획": the company uses the chip in its own house;
# 투입 also takes money and people, so only a product (or a reference back to one) as its
# object with the destination right before the verb counts. "자사 (AI) 클라우드" is the
# company's own cloud: its own premises (vocabulary: mode.on_prem_ko).

ON_PREM = (("mode", "on-prem"),)
FROM_H2 = ("open", "2026-07-01", "None")

PUT_TO_WORK = [
    (
        "카카오는 올해 들인 H200을 판교 데이터센터의 학습 작업에 본격 투입했다.",
        {("kakao", ON_PREM, "h200", "actual", TODAY)},
    ),
    (
        "네이버클라우드는 리벨리온에서 리벨-쿼드 500장을 받기로 했다. 네이버클라우드는 "
        "하반기부터 이를 하이퍼클로바X 추론 서비스에 투입할 예정이다.",
        {("naver", ON_PREM, "rebel", "planned", FROM_H2)},
    ),
    (
        "퓨리오사AI가 RNGD 2세대 샘플을 내놨다. KT는 하반기부터 이 칩을 자사 클라우드 상품에 "
        "투입할 계획이다.",
        {("kt", ON_PREM, "rngd", "planned", FROM_H2)},
    ),
]

PUT_TO_WORK_TRAPS = [
    # money put in: no chip is its object
    "네이버는 B200을 확보했다. 네이버는 이를 위해 3조 원을 데이터센터 증설에 투입했다.",
    # people put in
    "삼성전자는 MI355X 검증에 엔지니어 200명을 투입했다.",
]


@pytest.mark.parametrize(("text", "expected"), PUT_TO_WORK)
def test_a_product_put_to_work_in_a_service_is_adopted(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == adoptions(text)


@pytest.mark.parametrize("text", PUT_TO_WORK_TRAPS)
def test_money_or_people_put_in_adopt_nothing(text: str) -> None:
    assert set() == adoptions(text)


# -- the lessor is the way in, never the adopter --------------------------------------------
# "X에서 <product> 인스턴스를 빌려 쓰고 있어요" in an interviewee's answer: the interviewee's
# company rents through X (mode cloud, via X); with no speaker to stand for, no one adopts,
# and X (which lets the chips out) never does.


def interview_adoptions(text: str, title: str) -> set[tuple[Any, ...]]:
    from tests.extract_support import claim_row
    from tracker.domain.documents import Document
    from tracker.extract import default_extractor

    doc = Document(
        document_id="t", text=text, published=PUBLISHED, language="ko", tier="press", title=title
    )
    return {
        (r[0], tuple(sorted(r[2].items())), r[3], r[5])
        for r in map(claim_row, default_extractor([]).extract(doc))
        if r[1] == "adopts"
    }


INTERVIEW_TITLE = '[인터뷰] 정유진 KT 클라우드 인프라본부장 "전력이 가장 큰 숙제"'
LESSOR_ANSWERS = [
    (
        '정유진 본부장을 만났다.\n\n"부족한 물량은 오라클에서 B200 인스턴스를 빌려 쓰고 있어요."',
        {("kt", (("mode", "cloud"), ("via", "oracle")), "b200", "actual")},
    ),
    (
        '정유진 본부장을 만났다.\n\n"요즘은 코어위브에서 GB200 가상머신을 임차해 쓰고 있습니다."',
        {("kt", (("mode", "cloud"), ("via", "coreweave")), "gb200", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LESSOR_ANSWERS)
def test_an_interviewee_renting_from_a_cloud_adopts_through_it(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == interview_adoptions(text, INTERVIEW_TITLE)


LESSOR_TRAPS = [
    "작년까지는 코어위브에서 H100 가상머신을 임차해 썼다.",
    "당분간은 네비우스에서 B300 인스턴스를 빌려 쓰기로 했다.",
]


@pytest.mark.parametrize("text", LESSOR_TRAPS)
def test_the_lessor_named_with_eseo_adopts_nothing(text: str) -> None:
    assert set() == adoptions(text)
