"""Korean relations fixed in session 13, round 2 (supply_deal, adopts): general shapes the
blind batches missed, each pinned by sentences written for these tests (other companies,
chips and word order than any article) plus traps that must give nothing or keep the old
reading."""

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


# -- racks and servers a server maker assembles or delivers ----------------------------------
# GUIDE (supply_deal: the supplier is who sells the goods to the customer): "델이 조립해 납품한
# GB300 랙", "서버는 HPE가 공급했다" make the server maker the supplier of the racks; the
# chip's maker is no party, and the assembler is never the chip's buyer here.

ASSEMBLED = [
    (
        "코어위브는 텍사스 신규 거점을 가동했다. "
        "이곳의 GPU는 전부 HPE가 직접 조립해 공급한 GB200 NVL72 랙에 실렸다.",
        ("coreweave", "gb200", "hpe", "actual"),
    ),
    (
        "크루소는 와이오밍 캠퍼스 1단계를 마무리했다. "
        "이번에 들어간 GB300 NVL72 랙은 델이 만들어 납품했다.",
        ("crusoe", "gb300", "dell", "actual"),
    ),
    (
        "오라클은 콴타가 조립한 B300 서버를 넘겨받아 시카고 리전에 깔았다.",
        ("oracle", "b300", "quanta", "actual"),
    ),
    (
        "네비우스는 뉴저지 거점에 H200 1,024장을 새로 들였다. 노드는 128대다. "
        "서버는 모두 슈퍼마이크로가 인도했고, 수랭 랙 8개에 나눠 실었다.",
        ("nebius", "h200", "supermicro", "actual"),
    ),
    (
        "▲2025년 9월 — 폭스콘이 조립한 GB300 랙을 마이크로소프트에 처음 출하.",
        ("microsoft", "gb300", "foxconn", "actual"),
    ),
]


@pytest.mark.parametrize(("text", "deal"), ASSEMBLED)
def test_a_server_maker_assembling_racks_supplies_them(
    text: str, deal: tuple[str, str, str, str]
) -> None:
    found = deals(text)
    assert deal in found
    # the chip's maker sells nothing in the clause, and the assembler buys nothing
    assert not {d for d in found if d[2] == "nvidia" or d[0] == deal[2]}


def test_the_chips_the_racks_hold_count_the_deal() -> None:
    text = (
        "엔스케일은 포르투갈 캠퍼스를 열었다. "
        "6만 4000개의 GPU는 전부 델이 만들어 공급한 GB300 NVL72 랙에 실려 있다."
    )
    (row,) = [r for r in rows(text) if r[1] == "supply_deal"]
    assert (row[0], row[3]) == ("nscale", "dell")
    assert row[4] is not None
    assert row[4][0] == 64000


@pytest.mark.parametrize(
    "text",
    [
        # the assembler's own news with no customer in view: no deal with anyone
        "델이 조립한 랙은 한 대 무게가 1.4톤에 이른다.",
        # the assembler told as taking the chip maker's output: no customer of the racks
        "엔비디아는 GB300 출하를 늘리고 있으며, 델과 HPE가 이를 받아 랙으로 조립한다.",
        # a chip maker is never the customer of an assembler's racks
        "엔비디아는 새 칩을 공개했다. 서버는 슈퍼마이크로가 공급한다.",
    ],
)
def test_no_assembler_deal_without_a_customer(text: str) -> None:
    assert not {d for d in deals(text) if d[2] in ("dell", "hpe", "supermicro")}


def adoptions(text: str, tier: str = "press") -> set[tuple[str, str, str, str]]:
    """(adopter, product, mode, modality) of every adoption."""
    return {(r[0], r[3], r[2].get("mode", ""), r[5]) for r in rows(text, tier) if r[1] == "adopts"}


# -- a cloud launching instances on a chip ---------------------------------------------------
# GUIDE (settled: a cloud that offers a chip in its own service, instances or virtual
# machines, adopts it on-prem). Instances made public to users ("공개했다") are launched: in
# place, so actual, not the announcement of a product; a system's size (NVL144) may stand
# between the chip and 기반; a chronology line of the cloud's own story needs no subject.

LAUNCHED = [
    (
        "네비우스는 B300 기반 인스턴스를 유럽 고객에게 지난주 공개했다.",
        ("nebius", "b300", "on-prem", "actual"),
    ),
    (
        "오라클은 베라 루빈 NVL144 기반 가상머신을 내년 1분기에 내놓는다고 밝혔다.",
        ("oracle", "rubin", "on-prem", "announced"),
    ),
    (
        "람다랩스의 연혁을 정리했다. 람다랩스는 GPU 클라우드다.\n"
        "▲2024년 11월 — H200 기반 인스턴스를 모든 고객에게 공개.",
        ("lambda", "h200", "on-prem", "actual"),
    ),
    (
        "코어위브는 올해 실적을 공개했다.\n▲2025년 4월 — GB300 NVL72 기반 가상머신 출시.",
        ("coreweave", "gb300", "on-prem", "actual"),
    ),
    (
        "애저는 MI355X를 바탕으로 한 가상머신을 개발자들에게 공개한 바 있다.",
        ("microsoft", "mi355x", "on-prem", "actual"),
    ),
]


@pytest.mark.parametrize(("text", "adoption"), LAUNCHED)
def test_a_cloud_launching_instances_on_a_chip_adopts_it(
    text: str, adoption: tuple[str, str, str, str]
) -> None:
    assert adoption in adoptions(text)


@pytest.mark.parametrize(
    "text",
    [
        # a document about the instances made public is no launch
        "네비우스는 B300 기반 인스턴스 요금표를 공개했다.",
        # the company the instance is made public by is described, not the sentence's topic
        "엔비디아는 H200 기반 인스턴스를 공개한 크루소에 투자했다.",
        # a chronology line in a chip maker's story: no cloud to offer the instances
        "엔비디아는 새 GPU를 공개했다.\n▲2025년 3월 — B200 기반 인스턴스 출시.",
    ],
)
def test_no_launch_without_a_cloud_launching_instances(text: str) -> None:
    assert not {a for a in adoptions(text) if a[0] in ("nebius", "nvidia")}


# -- a company running its own service or work on a chip -------------------------------------
# GUIDE (settled: a company running a chip in its own data centers or services adopts it,
# mode on-prem). Korean tells it by the work done with the chip: "…을 H100으로 처리한다",
# "…추론을 MI300X로 구동한다", "…로 구독 서비스를 하고 있다", "…을 돌립니다".

OWN_WORK = [
    (
        "KT는 사내 검색 에이전트를 MI300X로 처리하고 있다.",
        ("kt", "mi300x", "on-prem", "actual"),
    ),
    (
        "네이버는 하이퍼클로바X 추론 서비스를 H100으로 구동한다.",
        ("naver", "h100", "on-prem", "actual"),
    ),
    (
        "카카오는 판교에서 A100으로 기업용 번역 서비스를 하고 있다.",
        ("kakao", "a100", "on-prem", "actual"),
    ),
    (
        "SK텔레콤은 에이닷 통화 요약 기능을 가우디3로 돌립니다.",
        ("sk-telecom", "gaudi3", "on-prem", "actual"),
    ),
]


@pytest.mark.parametrize(("text", "adoption"), OWN_WORK)
def test_work_run_on_a_chip_in_its_own_service_is_on_prem(
    text: str, adoption: tuple[str, str, str, str]
) -> None:
    assert adoption in adoptions(text)


@pytest.mark.parametrize(
    ("text", "adopter", "via"),
    [
        # the chip kept by a cloud: a cloud use through it, not its own premises
        ("오픈AI는 챗GPT 추론을 애저의 GB200으로 처리하고 있다.", "openai", "microsoft"),
        ("앤트로픽은 클로드 서비스 일부를 구글 클라우드의 TPU로 구동한다.", "anthropic", "google"),
    ],
)
def test_work_run_on_a_cloud_kept_chip_is_no_own_use(text: str, adopter: str, via: str) -> None:
    found = [r for r in rows(text) if r[1] == "adopts" and r[0] == adopter]
    assert found
    assert all(r[2].get("mode") != "on-prem" for r in found)
    assert all(r[2].get("via", via) == via for r in found)


def test_work_processed_with_no_chip_is_no_adoption() -> None:
    assert not adoptions("KT는 고객 문의를 상담 챗봇으로 처리하고 있다.")


# -- a rental through a cloud named only as the possessor ------------------------------------
# GUIDE (a rented product is an adopts, mode cloud, via the provider when said): "코어위브의
# GB300을 빌려" names the lessor as the fleet's owner; the chip's own maker, a family brand or
# a rack maker in that place is no provider.


def vias(text: str) -> set[tuple[str, str, str]]:
    """(adopter, product, via) of every cloud adoption."""
    return {
        (r[0], r[3], r[2].get("via", ""))
        for r in rows(text)
        if r[1] == "adopts" and r[2].get("mode") == "cloud"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("xAI는 오라클의 H200을 빌려 모델을 학습시킨다.", ("xai", "h200", "oracle")),
        ("미스트랄은 네비우스의 B200 클러스터를 임차해 쓰고 있다.", ("mistral", "b200", "nebius")),
        ("앤트로픽은 크루소의 GB200 용량을 대여해 쓴다.", ("anthropic", "gb200", "crusoe")),
        (
            "메타는 코어위브의 GB300 랙을 빌려 쓰는 방안을 저울질한다.",
            ("meta", "gb300", "coreweave"),
        ),
    ],
)
def test_a_possessor_of_a_rented_fleet_is_the_provider(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in vias(text)


@pytest.mark.parametrize(
    "text",
    [
        # the chip's maker as possessor is a brand, no lessor
        "메타는 엔비디아의 H100을 빌려 쓴다.",
        # a rack maker sells its racks, it rents out none
        "메타는 슈퍼마이크로의 GB300 랙을 빌려 쓴다.",
        # a possessor with no renting: a purchase, no cloud at all
        "메타는 코어위브의 H100 일부를 사들였다.",
    ],
)
def test_no_provider_from_a_brand_or_a_purchase(text: str) -> None:
    assert not {v for v in vias(text) if v[2] in ("nvidia", "supermicro", "coreweave")}


# -- an agreed deal is a deal made ---------------------------------------------------------
# GUIDE (modality: 'An agreed supply deal ("공급하기로 했다", "공급받기로 계약했다") is a deal
# made: actual'), whatever the verb's spelling ("하였음" in a brief) or who tells it; a plan
# word beside it keeps the plan.

AGREED = [
    "SK하이닉스는 AMD에 HBM4를 공급하기로 했다고 3일 밝혔다.",
    "마이크론은 엔비디아에 HBM4를 납품하기로 하였음.",
    "크루소는 캠퍼스 2단계를 연다. GB300 랙은 HPE가 납품하기로 했다.",
    "람다랩스는 B300 증설에 들어갔다. 서버는 콴타가 공급하기로 하였음.",
]


@pytest.mark.parametrize("text", AGREED)
def test_an_agreed_deal_is_actual(text: str) -> None:
    found = deals(text)
    assert found
    assert {d[3] for d in found} == {"actual"}


def test_an_agreed_deal_with_a_plan_word_stays_planned() -> None:
    found = deals("마이크론은 엔비디아에 HBM4를 내년부터 납품하기로 하고 증설을 추진할 계획이다.")
    assert "actual" not in {d[3] for d in found}


# racks assembled for a customer by a seller the clause leaves unnamed (a plant, "이 공장"):
# the chip's maker is not guessed as the seller


@pytest.mark.parametrize(
    "text",
    [
        "콴타는 멕시코에 새 공장을 지었다. 이곳은 구글에 보내는 TPU 서버를 조립하는 곳이다.",
        "폭스콘은 위스콘신 라인을 늘렸다. 그 라인은 오라클에 납품할 GB200 랙을 만들어 낸다.",
    ],
)
def test_racks_assembled_for_a_customer_are_no_deal_with_the_chip_maker(text: str) -> None:
    assert not {d for d in deals(text) if d[2] in ("nvidia", "google")}


def test_a_chip_maker_supplying_a_customer_keeps_its_deal() -> None:
    assert ("meta", "mi450", "amd", "actual") in deals("AMD는 메타에 MI450을 공급한다.")
