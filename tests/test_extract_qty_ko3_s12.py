"""Korean quantities fixed in session 12, round 3 (QTY-KO3): general shapes the blind
batches missed, pinned by sentences written for these tests (other companies, chips,
figures and word order than any article) plus traps that must give nothing or keep the
old reading. Every sentence here is written for these tests."""

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


def of(text: str, predicate: str) -> set[tuple[Any, ...]]:
    """(subject, low, bound, modality, valid) of every claim of one predicate."""
    return {(r[0], r[4][0], r[4][4], r[5], r[6]) for r in rows(text) if r[1] == predicate}


# -- a count in a relative clause on a cluster the subject runs or rents out --------------

CLUSTERS_IN_SERVICE = [
    (
        "코어위브는 GB300 4만 개를 엮은 클러스터를 2분기부터 고객사에 임대할 계획이다.",
        ("coreweave", 40000.0, "exact", "planned", ("open", "2026-04-01", "None")),
    ),
    (
        "람다랩스는 H200 8000개를 연결한 새 클러스터를 스타트업들에 빌려주고 있다.",
        ("lambda", 8000.0, "exact", "actual", TODAY),
    ),
    (
        "네비우스는 핀란드에서 B300 1만 2000개를 하나로 묶은 클러스터를 운영하고 있다.",
        ("nebius", 12000.0, "exact", "actual", TODAY),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLUSTERS_IN_SERVICE)
def test_a_korean_cluster_built_by_a_count_and_put_in_service_is_the_subjects_fleet(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert expected in of(text, "deployed_chips")


NAMED_CLUSTERS = [
    (
        "xAI는 멤피스에 GB200 11만 개를 한데 묶은 '콜로서스 2'를 내년에 가동할 계획이다.",
        ("colossus-2", 110000.0, "exact", "planned", ("point", "2027-01-01", "2027-12-31")),
    ),
    (
        "xAI는 H200 5만 장을 한데 엮은 '콜로서스'를 이미 돌리고 있다.",
        ("colossus", 50000.0, "exact", "actual", TODAY),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_CLUSTERS)
def test_a_count_bound_together_into_a_named_cluster_is_that_clusters(
    text: str, expected: tuple[Any, ...]
) -> None:
    found = of(text, "deployed_chips")
    assert expected in found
    assert not any(claim[0] == "xai" for claim in found)


def test_a_bare_cluster_built_by_the_count_is_not_the_cluster_in_focus() -> None:
    text = (
        "xAI의 콜로서스는 GPU 20만 개를 돌린다. "
        "오라클은 MI355X 6만 개를 묶은 클러스터를 하반기부터 고객에게 빌려줄 예정이다."
    )
    found = of(text, "deployed_chips")
    assert ("oracle", 60000.0, "exact", "planned", ("open", "2026-07-01", "None")) in found
    assert not any(claim[0] == "colossus" and claim[1] == 60000.0 for claim in found)


CLUSTER_PRODUCTS = [
    "델은 B300 1만 개를 묶은 클러스터를 기업 고객에게 판매한다.",
    "슈퍼마이크로는 GB300 2만 개를 엮은 클러스터를 다음 달 전시회에서 선보일 계획이다.",
    "화웨이는 어센드 8192개를 하나로 묶은 '아틀라스'를 내년에 공개할 예정이다.",
]


@pytest.mark.parametrize("text", CLUSTER_PRODUCTS)
def test_a_cluster_sold_or_unveiled_is_no_deployment(text: str) -> None:
    assert of(text, "deployed_chips") == set()


def test_the_contrastive_hande_joined_to_a_stem_still_cuts_the_clause() -> None:
    # "…중요한데": the first clause's count is not the second clause's fleet
    text = "메타는 GPU가 중요한데, 올해 말까지 H100 35만 개를 확보할 계획이다."
    assert ("meta", 350000.0, "exact", "planned", ("deadline", "2026-03-10", "2026-12-31")) in of(
        text, "deployed_chips"
    )


# -- a contract signed to invest, told as announced: the investment is agreed, not done ----

CONTRACTS_TO_INVEST = [
    (
        "마이크로소프트는 KT에 2억 4000만 달러를 출자하기로 KT와 투자계약을 체결했다고 공시했다.",
        ("microsoft", 240000000.0, "exact", "announced", TODAY),
    ),
    (
        "퀄컴은 리벨리온에 1억 달러를 투자하기로 지난주 주식인수계약을 맺었다고 발표했다.",
        ("qualcomm", 100000000.0, "exact", "announced", TODAY),
    ),
    (
        "소프트뱅크는 오픈AI 지분을 사들이기로 오픈AI와 약정을 맺었다고 밝혔다. "
        "소프트뱅크는 오픈AI에 100억 달러를 투자하기로 계약을 체결했다고 발표했다.",
        ("softbank", 10000000000.0, "exact", "announced", TODAY),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTRACTS_TO_INVEST)
def test_a_contract_signed_to_invest_is_announced(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in of(text, "investment")


def test_a_supply_contract_signed_and_announced_stays_a_deal_made() -> None:
    text = "네이버는 B200 3000개를 도입하기로 슈퍼마이크로와 계약을 맺었다고 발표했다."
    assert {r[5] for r in rows(text) if r[1] == "supply_deal"} == {"actual"}


def test_an_investment_made_and_announced_stays_actual() -> None:
    text = "구글은 앤트로픽에 20억 달러를 이미 투자했다고 발표했다."
    assert ("google", 2000000000.0, "exact", "actual", TODAY) in of(text, "investment")


# -- a notice that denies what the outlet reported: the reported figure is withdrawn -------

DENIED_REPORTS = [
    '또 "루빈 칩 1개에 HBM4 192GB가 탑재된다"고 보도했으나 사실과 다릅니다.',
    '지난 기사에서 "가우디3 칩 하나에 HBM2E 96GB가 들어간다"고 보도했지만, 이는 사실이 아닙니다.',
    "앞서 MI355X의 메모리가 256GB라고 보도했는데 사실과 달라 바로잡습니다.",
]


@pytest.mark.parametrize("text", DENIED_REPORTS)
def test_a_figure_the_outlet_reported_and_denies_gives_nothing(text: str) -> None:
    assert [r for r in rows(text) if r[1] == "memory_capacity"] == []


def test_a_plain_report_keeps_its_figure() -> None:
    text = "루빈 칩 1개에 HBM4 288GB가 탑재된다고 보도했다."
    assert {r[4][0] for r in rows(text) if r[1] == "memory_capacity"} == {288e9}


# -- the chips of one system named as a noun before their count ----------------------------

CHIPS_NAMED_BEFORE = [
    ("헬리오스 랙 하나에 탑재되는 GPU는 72개다.", ("helios", 72.0, "exact")),
    ("MI355X 서버 한 대에 들어가는 GPU 수는 8개다.", ("mi355x", 8.0, "exact")),
    ("트레이니움2 울트라서버 1대에 담기는 칩 개수는 64개로 늘었다.", ("trainium2", 64.0, "exact")),
    # a correction restating it with the right figure keeps only that figure
    (
        "지난 기사에서 루빈 울트라 랙 1대에 들어가는 GPU 수를 72개로 적었으나 144개가 맞습니다.",
        ("rubin-ultra", 144.0, "exact"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHIPS_NAMED_BEFORE)
def test_chips_of_one_system_named_before_their_count(text: str, expected: tuple[Any, ...]) -> None:
    found = {(r[0], r[4][0], r[4][4]) for r in rows(text) if r[1] == "chips_per_system"}
    assert {expected} == found


NOT_ONE_SYSTEM = [
    "메타 데이터센터 하나에 들어가는 GPU는 10만 개다.",
    "네이버 클러스터 하나에 들어가는 GPU 수는 2만 개다.",
    "엔비디아 서버 한 대에 들어가는 GPU 수는 아직 정해지지 않았다.",
]


@pytest.mark.parametrize("text", NOT_ONE_SYSTEM)
def test_a_site_or_cluster_filled_is_no_system(text: str) -> None:
    assert [r for r in rows(text) if r[1] == "chips_per_system"] == []


# -- a schedule moved from one time to another: the new time dates the statement ----------

RESCHEDULED = [
    (
        "메타는 하이페리온에 GB300 10만 개를 들이는 시점을 당초 연말에서 내년 2분기로 미뤘다.",
        ("point", "2027-04-01", "2027-06-30"),
    ),
    (
        "오라클은 애빌린에 GB200 5만 개를 설치하는 일정을 내년 1분기에서 올해 4분기로 앞당겼다.",
        ("point", "2026-10-01", "2026-12-31"),
    ),
    (
        "구글은 아이언우드 8만 개를 배치하는 일정을 3분기에서 내년 상반기로 연기했다고 밝혔다.",
        ("point", "2027-01-01", "2027-06-30"),
    ),
]


@pytest.mark.parametrize(("text", "valid"), RESCHEDULED)
def test_a_moved_schedule_takes_the_new_time(text: str, valid: tuple[str, ...]) -> None:
    assert {r[6] for r in rows(text) if r[1] == "deployed_chips"} == {valid}


def test_a_span_between_two_times_is_no_move() -> None:
    text = "메타는 올해 3분기에서 4분기 사이 GB300 10만 개를 들일 계획이다."
    assert {r[6] for r in rows(text) if r[1] == "deployed_chips"} == {
        ("point", "2026-10-01", "2026-12-31")
    }
