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


# -- a compute contract with a cloud that names no product ---------------------------------
# GUIDE (session 11: a cloud compute contract that names no product is a supply_deal with no
# product, the cloud the supplier). Korean says it by the goods (GPU 인프라, 컴퓨팅 자원, 클라우드
# 용량) or by the contract's worth alone; the cloud sells, whichever side the sentence opens on.

COMPUTE_CONTRACTS = [
    (
        "크루소는 오라클과 7년간 120억 달러 규모의 AI 인프라 계약을 맺었다.",
        {("oracle", "", "crusoe", "actual")},
    ),
    (
        "람다랩스는 마이크로소프트와 수년간 GPU 용량을 공급하는 계약을 체결했다고 밝혔다.",
        {("microsoft", "", "lambda", "actual")},
    ),
    (
        "엔스케일이 오픈AI에 컴퓨팅 자원을 제공하는 20억 달러 규모 계약을 따냈다.",
        {("openai", "", "nscale", "actual")},
    ),
    (
        "메타는 구글 클라우드에서 100억 달러어치 연산 용량을 사들이기로 합의했다.",
        {("meta", "", "google", "actual")},
    ),
    (
        # the partner only, in a story on the cloud
        "플루이드스택은 프랑스에 새 데이터센터를 열었다. "
        "미스트랄AI와도 30억 달러 규모의 계약을 맺었다.",
        {("mistral", "", "fluidstack", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPUTE_CONTRACTS)
def test_a_compute_contract_with_a_cloud_is_a_deal_with_no_product(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert expected == deals(text)


def test_a_chronology_line_headed_by_a_month_dates_the_contract() -> None:
    text = (
        "크루소의 주요 계약을 정리했다.\n\n"
        "▲2024년 6월 — 오라클과 50억 달러 규모의 클라우드 용량 계약 체결.\n"
        "▲2025년 1월 — 오픈AI와 40억 달러 규모의 컴퓨팅 공급 계약 체결."
    )
    found = {(r[0], r[3], r[6]) for r in rows(text) if r[1] == "supply_deal"}
    assert found == {
        ("oracle", "crusoe", ("point", "2024-06-01", "2024-06-30")),
        ("openai", "crusoe", ("point", "2025-01-01", "2025-01-31")),
    }


@pytest.mark.parametrize(
    ("text", "not_sold"),
    [
        # a bare sum with a server maker: its servers, not the cloud's compute
        ("코어위브는 델과 50억 달러 규모의 계약을 맺었다.", ("dell", "", "coreweave")),
        # no cloud at all: the chipmaker does not buy from its foundry
        ("테슬라는 삼성전자와 165억 달러 규모의 계약을 맺었다.", ("samsung", "", "tesla")),
    ],
)
def test_no_compute_sold_by_a_cloud_that_sells_none(
    text: str, not_sold: tuple[str, str, str]
) -> None:
    assert not_sold not in {d[:3] for d in deals(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a stake, no compute
        "마이크로소프트는 오픈AI와 100억 달러 규모의 투자 계약을 맺었다.",
        # two GPU clouds: no telling who sells
        "네비우스와 엔스케일은 100억 달러 규모의 합작 계약을 맺었다.",
        # a contract ended
        "오라클은 오픈AI와 맺은 300억 달러 규모 계약이 해지됐다고 밝혔다.",
    ],
)
def test_no_compute_deal_without_a_cloud_selling_compute(text: str) -> None:
    assert not {d for d in deals(text) if d[1] == ""}


def test_chips_bought_by_a_cloud_are_not_compute_it_sells() -> None:
    text = "코어위브는 엔비디아와 63억 달러 규모의 GPU 구매 계약을 맺었다."
    assert ("nvidia", "", "coreweave", "actual") not in deals(text)


# -- a product brought into, or run in, a site of the adopter's own ----------------------
# GUIDE (a company running a chip in its own data centers adopts it on-prem; an adoption
# whose mode is not said has none). Korean names the site with 에/에서 before a verb of
# bringing in, installing or running, or names a cluster of the company's own.

OWN_SITE = [
    (
        "카카오는 MI450을 판교 데이터센터에 들이는 방안을 검토하고 있다.",
        {("kakao", "mi450", "on-prem", "", "considering")},
    ),
    (
        "네이버는 춘천 데이터센터에 B200을 설치했다.",
        {("naver", "b200", "on-prem", "", "actual")},
    ),
    (
        "SK텔레콤은 가산 데이터센터에서 H200을 운영하고 있다.",
        {("sk-telecom", "h200", "on-prem", "", "actual")},
    ),
    (
        "KT는 내년 하반기 목동 IDC에 리벨 쿼드 서버를 배치할 계획이다.",
        {("kt", "rebel", "on-prem", "", "planned")},
    ),
    (
        # a cluster of the company's own
        "메타는 프로메테우스에 루빈을 들이는 방안도 검토하고 있다.",
        {("meta", "rubin", "on-prem", "", "considering")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_SITE)
def test_a_product_brought_into_its_own_site_is_adopted_on_prem(
    text: str, expected: set[tuple[str, ...]]
) -> None:
    assert expected == adoptions(text)


def test_a_site_kept_by_another_company_is_its_cloud() -> None:
    text = "오픈AI는 오라클 데이터센터에 설치된 GB200을 쓰고 있다."
    assert {("openai", "gb200", "cloud", "oracle", "actual")} == adoptions(text)


def test_a_rented_product_in_anothers_site_is_no_own_use() -> None:
    text = "마이크로소프트는 코어위브 데이터센터에 있는 GB300을 빌려 쓰는 방안을 검토하고 있다."
    assert {("microsoft", "gb300", "cloud", "coreweave", "considering")} == adoptions(text)


def test_a_counted_product_in_its_site_is_a_deployment_only() -> None:
    text = "네이버는 춘천 데이터센터에 B200을 3000개 들였다."
    assert adoptions(text) == set()
    assert [r[1] for r in rows(text)] == ["deployed_chips"]


# -- a company's own chip that its models are trained on -----------------------------------
# GUIDE (settled: a company running its own chip in its own data centers or services adopts
# it, on-prem). Training a model on it is running it: the company, or the owner of the
# model the clause is about, adopts the chip.

OWN_CHIP_TRAINING = [
    (
        "아마존은 자체 모델 노바를 트레이니움2로 훈련시켰다.",
        {("amazon", "trainium2", "on-prem", "", "actual")},
    ),
    (
        "마이크로소프트는 사내 코파일럿 모델을 마이아 200으로 훈련하고 있다.",
        {("microsoft", "maia-200", "on-prem", "", "actual")},
    ),
    (
        # the model as the topic: its owner runs the chip
        "라마 5는 전 과정을 MTIA 위에서 학습했다.",
        {("meta", "mtia", "on-prem", "", "actual")},
    ),
    (
        "메타는 라마 4 학습을 MTIA에서 한다.",
        {("meta", "mtia", "on-prem", "", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_CHIP_TRAINING)
def test_training_on_its_own_chip_adopts_it_on_prem(
    text: str, expected: set[tuple[str, ...]]
) -> None:
    assert expected == adoptions(text)


@pytest.mark.parametrize(
    "text",
    [
        # designing one's own chip is no use of it
        "구글은 새 TPU를 설계했다.",
        # a model of another company trained on the maker's chip: no use by the maker
        "클로드는 TPU에서 학습했다.",
    ],
)
def test_no_own_chip_use_without_running_it(text: str) -> None:
    assert not {a for a in adoptions(text) if a[0] == "google"}


def test_training_on_its_own_chip_in_its_own_cloud_is_running_it() -> None:
    text = "구글은 구글 클라우드의 TPU로 제미나이를 학습시킨다."
    assert {("google", "google-tpu", "on-prem", "", "actual")} == adoptions(text)


# -- a design partner's chips listed each behind its owner's brand --------------------------
# GUIDE (a supplier's deal with the chip's designer; Broadcom co-designs and supplies the TPU
# and the MTIA: vocabulary suppliers). Each brand buys its own chip from the partner, never
# the chip listed next to it.

BRAND_PAIRS = [
    (
        "브로드컴은 메타 MTIA와 구글 TPU를 함께 만들어 납품한다.",
        {("meta", "mtia", "broadcom", "actual"), ("google", "google-tpu", "broadcom", "actual")},
    ),
    (
        "브로드컴은 구글 TPU, 메타 MTIA 두 칩을 공급하고 있다.",
        {("meta", "mtia", "broadcom", "actual"), ("google", "google-tpu", "broadcom", "actual")},
    ),
    (
        "브로드컴은 내년에도 메타 MTIA와 구글 TPU를 공급할 예정이다.",
        {("meta", "mtia", "broadcom", "planned"), ("google", "google-tpu", "broadcom", "planned")},
    ),
    (
        "브로드컴이 구글 TPU를 설계해 공급한다.",
        {("google", "google-tpu", "broadcom", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRAND_PAIRS)
def test_each_brand_buys_its_own_chip_from_the_design_partner(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert expected == deals(text)


def test_a_buyer_named_takes_the_branded_chip_not_its_brand() -> None:
    assert ("google", "google-tpu", "broadcom", "actual") not in deals(
        "브로드컴은 오픈AI에 구글 TPU를 공급한다."
    )


def test_a_server_maker_selling_branded_racks_to_two_buyers() -> None:
    assert {
        ("meta", "gb300", "dell", "actual"),
        ("openai", "gb300", "dell", "actual"),
    } == deals("델은 메타와 오픈AI에 엔비디아 GB300 랙을 공급했다.")


# -- a pledge or a decision to put money in, told with any verb of investing ---------------
# GUIDE (settled: "-하기로 했다 / 합의했다 / 결정했다 / 한 바 있다" and a pledge, with no plan
# word, are announced). So are "넣기로 약속했다", "넣기로 한 돈", "…기로 함" (a brief's ending),
# and a fact box's amount heading its line names a venture or a cluster as its target.


def investments(text: str) -> set[tuple[str, str, float, str]]:
    """(investor, target, amount, modality) of every investment."""
    return {
        (r[0], r[2].get("target", ""), r[4][0], r[5]) for r in rows(text) if r[1] == "investment"
    }


PLEDGES = [
    (
        "엔비디아는 인텔에 50억 달러를 넣기로 약속했다.",
        {("nvidia", "intel", 5e9, "announced")},
    ),
    (
        "■ 20억 달러 — 엔비디아가 xAI에 넣기로 한 돈.",
        {("nvidia", "xai", 2e9, "announced")},
    ),
    (
        "마이크로소프트는 오픈AI에 100억 달러를 넣기로 함.",
        {("microsoft", "openai", 1e10, "announced")},
    ),
    (
        "■ 70억 달러 — 소프트뱅크가 '스타게이트 UAE'에 넣기로 한 돈.",
        {("softbank", "stargate-uae", 7e9, "announced")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLEDGES)
def test_a_pledge_to_put_money_in_is_announced(
    text: str, expected: set[tuple[str, str, float, str]]
) -> None:
    assert expected == investments(text)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # a plan word keeps the plan (with its deadline)
        ("엔비디아는 인텔에 50억 달러를 넣기로 하고 연내 집행할 계획이다.", "planned"),
        # money put in is a standing investment
        ("소프트뱅크는 오픈AI에 300억 달러를 넣었다.", "actual"),
    ],
)
def test_a_plan_word_or_a_done_deed_keeps_its_modality(text: str, modality: str) -> None:
    assert {i[3] for i in investments(text)} == {modality}
