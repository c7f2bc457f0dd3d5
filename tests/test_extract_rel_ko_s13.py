"""Korean relations fixed in session 13 (supply_deal, adopts, investment): general shapes
the blind batches missed, each pinned by sentences written for these tests (other
companies, chips and word order than any article) plus traps that must give nothing or
keep the old reading."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)


def rows(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    return extract_rows(text, "ko", PUBLISHED, tier)


def deals(text: str, tier: str = "press") -> set[tuple[str, str, str, str]]:
    """(customer, product, supplier, modality) of every supply deal."""
    return {
        (r[0], r[2].get("product", ""), r[3], r[5])
        for r in rows(text, tier)
        if r[1] == "supply_deal"
    }


def adoptions(text: str, tier: str = "press") -> set[tuple[str, str, str, str, str]]:
    """(adopter, product, mode, via, modality) of every adoption."""
    return {
        (r[0], r[3], r[2].get("mode", ""), r[2].get("via", ""), r[5])
        for r in rows(text, tier)
        if r[1] == "adopts"
    }


# -- a rental whose lessor the sentence leaves unnamed ---------------------------------------
# GUIDE (settled: a cloud contract to rent a named product is a supply_deal from the cloud
# and an adopts, mode cloud, via the provider). In a story about a GPU cloud, "X는 이 계약에
# 따라 …의 GB300을 빌려 쓴다" rents from that cloud, never from the chip's maker.

UNNAMED_LESSOR = [
    (
        "크루소는 텍사스 애빌린 캠퍼스 2단계 공사를 마쳤다고 밝혔다. "
        "오라클은 새 계약에 따라 이 캠퍼스의 GB200을 빌려 쓰고 있다.",
        {("oracle", "gb200", "crusoe", "actual")},
        {("oracle", "gb200", "cloud", "crusoe", "actual")},
    ),
    (
        "네비우스는 핀란드 캠퍼스 증설을 마무리했다. "
        "메타는 지난달 맺은 계약에 근거해 그곳에 깔린 H200을 임차해 쓰고 있다.",
        {("meta", "h200", "nebius", "actual")},
        {("meta", "h200", "cloud", "nebius", "actual")},
    ),
    (
        "플루이드스택이 파리 인근에 새 데이터센터를 열었다. "
        "미스트랄AI는 이번 계약으로 이 센터의 B300을 내년부터 빌려 쓴다.",
        {("mistral", "b300", "fluidstack", "announced")},
        {("mistral", "b300", "cloud", "fluidstack", "announced")},
    ),
    (
        "엔스케일은 영국 캠퍼스 1단계를 가동했다고 밝혔다. "
        "오픈AI는 이 계약에 따라 영국 캠퍼스의 GB300을 대여해 모델 학습에 쓰고 있다.",
        {("openai", "gb300", "nscale", "actual")},
        {("openai", "gb300", "cloud", "nscale", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "supply", "adopts"), UNNAMED_LESSOR)
def test_a_rental_from_an_unnamed_lessor_is_from_the_cloud_of_the_story(
    text: str, supply: set[tuple[str, ...]], adopts: set[tuple[str, ...]]
) -> None:
    assert supply == deals(text)
    assert adopts <= adoptions(text)


@pytest.mark.parametrize(
    "text",
    [
        "코어위브(이하 '당사')는 GPU 클라우드 기업입니다. "
        "당사는 오픈AI와 체결한 계약에 따라 GB200 기반 컴퓨팅 자원을 오픈AI에 제공하고 있습니다.",
        "크루소(이하 '당사')는 AI 인프라 기업입니다. "
        "당사는 오픈AI와 맺은 다년 계약에 따라 GB200 기반 GPU 용량을 오픈AI에 제공하고 있습니다.",
    ],
)
def test_a_lessor_telling_the_capacity_it_provides_sells_it(text: str) -> None:
    (deal,) = deals(text, "company")
    assert deal[:2] == ("openai", "gb200")
    assert deal[2] in ("coreweave", "crusoe")
    assert deal[3] == "actual"


@pytest.mark.parametrize(
    "text",
    [
        # the story is about the chip's maker: no lessor known, and the maker rents out nothing
        "엔비디아는 새 칩을 공개했다. 메타는 이 계약에 따라 GB300을 빌려 쓰고 있다.",
        # the story opens on the renter itself, no cloud
        "오픈AI는 새 모델을 공개했다. 오픈AI는 이 계약에 따라 GB200을 빌려 쓴다.",
    ],
)
def test_a_rental_with_no_cloud_in_view_is_no_deal_with_the_maker(text: str) -> None:
    assert not {d for d in deals(text) if d[2] == "nvidia"}
    assert all(a[3] == "" for a in adoptions(text))


def test_a_lessor_named_in_the_clause_is_the_provider() -> None:
    text = "엔스케일은 새 캠퍼스를 열었다. 마이크로소프트는 코어위브에서 GB300을 빌려 쓴다."
    assert {("microsoft", "gb300", "cloud", "coreweave", "actual")} == adoptions(text)
