"""Session 16: Korean supply deals whose roles or making the rules misread.

The company goods are supplied to ("…에 공급한다") is the customer even when the goods are
its own chip, made by a design partner; the company (or its foundry arm) that makes a chip
("…가 생산한다") is the supplier even of a chip another company designed; a foundry named as
the clause's subject making another company's chip ("삼성전자는 테슬라의 AI 칩을 생산하기로
…", "… 칩 물량을 수주했다") sells the making to that company; a deal agreed "with" a party
("생산하기로 테슬라와 계약했다") is made; a cloud's cluster rented under a contract is a compute
deal; talks to raise the volume supplied ("물량 확대를 협의") are a considered deal. Every
sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 4, 20, 9, 0, tzinfo=UTC)


def deals(text: str) -> list[tuple[Any, ...]]:
    """(customer, product, supplier, modality) of every supply deal."""
    return [
        (r[0], dict(r[2]).get("product"), r[3], r[5])
        for r in sorted_rows(text, "ko", PUBLISHED)
        if r[1] == "supply_deal"
    ]


SUPPLIED_TO = [
    ("마벨은 아마존에 트레이니움3 일부 물량을 납품하고 있다.", "amazon", "marvell"),
    ("브로드컴은 올해도 구글에 TPU를 공급한다.", "google", "broadcom"),
    ("SK하이닉스는 엔비디아에 HBM4를 대량 납품하고 있다.", "nvidia", "sk-hynix"),
]


@pytest.mark.parametrize(("text", "customer", "supplier"), SUPPLIED_TO)
def test_supplied_to_is_the_customer(text: str, customer: str, supplier: str) -> None:
    assert {(d[0], d[2]) for d in deals(text)} == {(customer, supplier)}


MADE_BY = [
    ("구글의 TPU는 TSMC가 생산을 맡는다.", "google", "tsmc"),
    ("퓨리오사AI의 레니게이드는 TSMC가 만든다.", "furiosaai", "tsmc"),
    ("리벨리온의 리벨쿼드는 지금도 삼성전자 파운드리가 양산하고 있다.", "rebellions", "samsung"),
]


@pytest.mark.parametrize(("text", "customer", "supplier"), MADE_BY)
def test_maker_is_the_supplier(text: str, customer: str, supplier: str) -> None:
    assert {(d[0], d[2]) for d in deals(text)} == {(customer, supplier)}


def test_handing_out_the_making_is_no_making() -> None:
    # the company that entrusts the making to a foundry is its customer
    found = deals("업계는 메타가 차기 칩 생산을 인텔 파운드리에 맡기는 방안을 검토 중이라 본다.")
    assert [(d[0], d[2]) for d in found] == [("meta", "intel")]
    assert not [d for d in found if d[0] == "intel"]


FOUNDRY_SUBJECT = [
    (
        "TSMC는 지난달 애플의 서버 칩 'Baltra'를 애리조나에서 생산하기로 애플과 계약했다.",
        "apple",
        "tsmc",
    ),
    ("삼성전자가 테슬라의 자율주행 칩 AI7 물량 일부를 따냈다는 소문이 돈다.", None, None),
    ("인텔은 마이크로소프트의 차세대 AI 칩 생산 물량을 수주했다.", "microsoft", "intel"),
]


@pytest.mark.parametrize(("text", "customer", "supplier"), FOUNDRY_SUBJECT)
def test_foundry_making_another_companys_chip(
    text: str, customer: str | None, supplier: str | None
) -> None:
    found = {(d[0], d[2], d[3]) for d in deals(text)}
    if customer is None:
        assert found == set()  # "따냈다" is no making word
    else:
        assert found == {(customer, supplier, "actual")}


NOT_FOUNDRY_DEALS = [
    "삼성전자는 엔비디아의 칩을 쓰고 있다.",
    "TSMC는 오픈AI의 첫 칩을 생산하지 않는다고 밝혔다.",
    "삼성전자는 애플의 칩 설계를 높이 평가했다.",
]


@pytest.mark.parametrize("text", NOT_FOUNDRY_DEALS)
def test_no_foundry_deal(text: str) -> None:
    assert deals(text) == []


# -- a cloud's cluster rented under a contract names no product: a compute deal -------------

CLUSTER_RENTED = [
    ("오픈AI는 코어위브의 텍사스 클러스터를 임차하는 계약을 체결했다.", "openai", "coreweave"),
    ("미스트랄AI도 람다랩스의 GPU 클러스터를 3년간 빌려 쓰는 계약을 맺었다.", "mistral", "lambda"),
]


@pytest.mark.parametrize(("text", "customer", "cloud"), CLUSTER_RENTED)
def test_cluster_rented_is_a_compute_deal(text: str, customer: str, cloud: str) -> None:
    assert deals(text) == [(customer, None, cloud, "actual")]


NOT_RENTED = [
    "메타는 자체 클러스터를 사들이기로 했다.",
    "코어위브는 오픈AI의 클러스터 구축 계획을 환영했다.",
]


@pytest.mark.parametrize("text", NOT_RENTED)
def test_cluster_not_rented(text: str) -> None:
    assert deals(text) == []


# -- talks to raise a volume supplied are a considered supply deal ------------------------

VOLUME_RAISED = [
    ("마이크론은 엔비디아와 HBM4 물량 확대를 협의하고 있다.", "nvidia", "hbm4", "micron"),
    ("삼성전자는 AMD와 HBM4 물량을 더 늘리는 방안을 논의 중이다.", "amd", "hbm4", "samsung"),
]


@pytest.mark.parametrize(("text", "customer", "product", "supplier"), VOLUME_RAISED)
def test_volume_raised_in_talks(text: str, customer: str, product: str, supplier: str) -> None:
    assert deals(text) == [(customer, product, supplier, "considering")]


NOT_VOLUME_DEALS = [
    "메타는 엔비디아 GPU 물량을 늘리고 있다.",
    "카카오는 GPU 물량을 확대한다.",
]


@pytest.mark.parametrize("text", NOT_VOLUME_DEALS)
def test_own_volume_raised_is_no_deal(text: str) -> None:
    assert deals(text) == []


# -- a present-tense action joined with "고," ends a clause -------------------------------


def _clauses(text: str) -> list[str]:
    from tracker.extract.text import split_clauses

    return [text[c.start : c.end] for c in split_clauses(text, "ko")]


CUT_AT_GO = [
    "퓨리오사AI는 레니게이드를 TSMC에서 만들고, HBM3도 SK하이닉스에서 받는다.",
    "마이크론은 엔비디아에 HBM4를 공급하고, 패키징은 앰코가 맡는다.",
]


@pytest.mark.parametrize("text", CUT_AT_GO)
def test_present_action_with_comma_is_cut(text: str) -> None:
    assert len(_clauses(text)) == 2


NOT_CUT = [
    "삼성전자는 HBM 재고, 웨이퍼 가격, 환율을 변수로 꼽았다.",
    "그리고, 엔비디아는 새 칩을 내놨다.",
    "엔비디아는 루빈을 가동하고 있다.",
]


@pytest.mark.parametrize("text", NOT_CUT)
def test_no_cut_without_a_present_action(text: str) -> None:
    assert len(_clauses(text)) == 1


def test_made_and_received_both_deals() -> None:
    text = "퓨리오사AI의 레니게이드는 TSMC 5나노 공정에서 만들고, HBM3는 SK하이닉스에서 받는다."
    found = {(d[0], d[1], d[2]) for d in deals(text)}
    assert ("furiosaai", "rngd", "tsmc") in found


# -- a rental contract told by the lender: the renter's adoption, dated by its start ------


def relations(text: str) -> set[tuple[Any, ...]]:
    return {
        (r[0], r[1], dict(r[2]).get("via") or dict(r[2]).get("product"), r[3], r[5], r[6][0])
        for r in sorted_rows(text, "ko", PUBLISHED)
        if r[1] in ("supply_deal", "adopts")
    }


def test_rental_told_by_the_lender_is_an_adoption() -> None:
    text = (
        "코어위브는 미스트랄AI가 GB200 기반 클라우드 용량을 빌려 쓰는 3년 계약을 맺었다고 밝혔다."
    )
    assert relations(text) == {
        ("mistral", "supply_deal", "gb200", "coreweave", "actual", "point"),
        ("mistral", "adopts", "coreweave", "gb200", "actual", "point"),
    }


def test_rental_with_a_later_start_announces_the_use() -> None:
    text = "람다랩스는 오픈AI와 내년 2분기부터 B300 용량을 빌려주는 계약을 체결했다."
    assert relations(text) == {
        ("openai", "supply_deal", "b300", "lambda", "actual", "point"),
        ("openai", "adopts", "lambda", "b300", "announced", "open"),
    }


def test_rented_from_a_cloud_is_the_clouds_sale() -> None:
    text = "xAI는 오라클에서 GB200 클러스터를 빌려 쓰는 계약을 맺었다."
    deals_found = {(r[0], r[3]) for r in relations(text) if r[1] == "supply_deal"}
    assert deals_found == {("xai", "oracle")}
