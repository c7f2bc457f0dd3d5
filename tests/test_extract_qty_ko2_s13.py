"""Korean quantities fixed in session 13, round 2 (QTY-KO2): general shapes of the blind
batches that round 1 left, each pinned by sentences written for these tests (other
companies, chips, figures and word order than any article) plus traps that must give
nothing or keep the old reading. Every sentence here is written for these tests."""

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
    """(subject, sorted qualifiers, low, unit, bound) of every claim of one predicate."""
    return {
        (r[0], tuple(sorted(r[2].items())), r[4][0], r[4][2], r[4][4])
        for r in rows(text)
        if r[1] == predicate
    }


# -- a line that opens with its figure ---------------------------------------------------------
# "■ N개 — <noun phrase>", "▲ N: <noun phrase>", "① N — <noun phrase>(단위)이다": the figure
# is the value of the noun phrase after the dash, read as "<noun phrase>는 N이다".

FIGURE_FIRST = [
    (
        "▲ 2,048개 — 카카오가 판교 데이터센터에 들여 돌리고 있는 AMD MI355X GPU.",
        "deployed_chips",
        ("kakao", (("chip", "mi355x"),), 2048.0, "count", "exact"),
    ),
    (
        "- 5만 개: 네이버가 춘천 데이터센터에서 가동 중인 H100 GPU.",
        "deployed_chips",
        ("naver", (("chip", "h100"),), 50000.0, "count", "exact"),
    ),
    (
        "● 144 — AMD MI450 랙 한 대에 들어가는 GPU 수.",
        "chips_per_system",
        ("mi450", (), 144.0, "count", "exact"),
    ),
    (
        "① 192 — AMD MI355X GPU 한 개에 붙는 HBM3E 용량(GB)이다.",
        "memory_capacity",
        ("mi355x", (("memory", "hbm3e"),), 192e9, "B", "exact"),
    ),
    (
        "◆ 8TB/s: 엔비디아 B200 GPU 한 개의 메모리 대역폭.",
        "memory_bandwidth",
        ("b200", (), 8e12, "B/s", "exact"),
    ),
    (
        "■ 20PFLOPS — 엔비디아 B300 GPU 한 개의 FP4 연산 성능.",
        "peak_compute",
        ("b300", (("precision", "fp4"),), 2e16, "FLOP/s", "exact"),
    ),
]


@pytest.mark.parametrize(("text", "predicate", "claim"), FIGURE_FIRST)
def test_a_figure_heading_its_line_is_the_value_of_the_words_after_it(
    text: str, predicate: str, claim: tuple[Any, ...]
) -> None:
    assert claim in of(text, predicate)


FIGURE_FIRST_TRAPS = [
    # a year heading a line is a date
    "■ 2027 — 엔비디아 루빈 울트라가 출하되는 해.",
    # a description that is a statement of its own, no noun phrase
    "▲ 2배 — 삼성전자의 HBM 생산능력이 늘었다.",
    # the maker's shipment, no fleet
    "▲ 3만 개 — 엔비디아가 지난 분기 한국에 출하한 H200 GPU.",
]


@pytest.mark.parametrize("text", FIGURE_FIRST_TRAPS)
def test_a_figure_heading_a_line_of_no_quantity_gives_none(text: str) -> None:
    quantities = ("deployed_chips", "chips_per_system", "capacity", "memory_capacity")
    assert not [r for r in rows(text) if r[1] in quantities]


def test_a_figure_told_again_with_its_bound_is_read_there_only() -> None:
    text = "▲ 6만 개 — 라인이 일본에서 돌리는 H100 GPU. 라인이 돌리는 H100은 6만 개를 넘는다."
    bounds = {c[4] for c in of(text, "deployed_chips") if c[2] == 60000.0}
    assert "exact" not in bounds


# a site named as one part of a wider whole ("레이니어를 포함해", "…를 비롯한") is not
# where the count is: the company's whole fleet
INCLUDED_SITE = [
    "AWS는 프로젝트 레이니어를 포함해 여러 리전에 트레이니움2 칩 80만 개를 설치했다.",
    "AWS가 프로젝트 레이니어를 비롯한 데이터센터 여러 곳에 깔아 둔 트레이니움2는 80만 개다.",
]


@pytest.mark.parametrize("text", INCLUDED_SITE)
def test_a_site_included_in_a_wider_fleet_is_not_its_holder(text: str) -> None:
    subjects = {c[0] for c in of(text, "deployed_chips")}
    assert "project-rainier" not in subjects
    assert "aws" in subjects


def test_a_site_alone_still_holds_its_count() -> None:
    text = "AWS는 지난달 프로젝트 레이니어에 트레이니움3 칩 12만 개를 새로 설치했다."
    assert "project-rainier" in {c[0] for c in of(text, "deployed_chips")}


# -- the memory named in an earlier clause ---------------------------------------------------
# "…에 HBM3E 12단 제품을 공급하고, 이 메모리는 … 288GB씩": a sentence's only kind of memory,
# named before the capacity in a clause of its own, is the memory whose capacity is given.

MEMORY_BEFORE = [
    (
        "삼성전자가 AMD에 대는 메모리는 HBM3E 12단 제품인데, "
        "AMD 인스팅트 MI325X 가속기 한 개에는 이것이 256GB 실린다.",
        ("mi325x", (("memory", "hbm3e"),), 256e9, "B", "exact"),
    ),
    (
        "일부 보도는 B200의 HBM3E 용량을 180GB로 소개했지만, "
        "엔비디아가 밝힌 정확한 B200 탑재량은 192GB다.",
        ("b200", (("memory", "hbm3e"),), 192e9, "B", "exact"),
    ),
    (
        "마이크론이 HBM3E 8단 제품을 본격 양산하기 시작했고, "
        "엔비디아 H200 가속기 한 개에는 이 제품이 모두 141GB 들어간다.",
        ("h200", (("memory", "hbm3e"),), 141e9, "B", "exact"),
    ),
    (
        "SK하이닉스가 HBM4 샘플을 엔비디아에 보냈다고 밝힌 가운데, "
        "엔비디아 루빈 GPU 한 개에 실리는 메모리 용량은 288GB로 알려졌다.",
        ("rubin", (("memory", "hbm4"),), 288e9, "B", "exact"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), MEMORY_BEFORE)
def test_the_memory_named_in_an_earlier_clause_is_the_one_measured(
    text: str, claim: tuple[Any, ...]
) -> None:
    assert claim in of(text, "memory_capacity")


def test_a_memory_named_only_after_the_figure_is_not_taken() -> None:
    text = (
        "엔비디아 B200은 GPU 한 개에 192GB 메모리를 얹었고, "
        "이와 별개로 삼성전자는 내년 상반기부터 HBM4 양산에 들어갈 계획이다."
    )
    assert ("b200", (), 192e9, "B", "exact") in of(text, "memory_capacity")


def test_two_kinds_named_keep_the_nearest() -> None:
    text = (
        "HBM3E를 쓰던 전작과 달리 엔비디아 루빈 GPU는 새 메모리 HBM4를 채택했고, "
        "그 용량은 GPU 한 개에 288GB에 이른다."
    )
    memories = {dict(c[1]).get("memory") for c in of(text, "memory_capacity")}
    assert memories == {"hbm4"}


# -- a whole system's compute ------------------------------------------------------------------
# "랙 하나의 연산 성능은", "시스템 전체로는", "랙 한 대의 FP4 성능은": a figure for one whole
# system of the vocabulary (Helios, CloudMatrix 384) named in the sentence or the one before
# is that system's peak_compute, not a rack total no one owns.

WHOLE_SYSTEM = [
    (
        "화웨이가 공개한 클라우드매트릭스 384는 어센드 칩 384개로 구성되며, "
        "시스템 전체로는 BF16 기준 약 300PFLOPS를 낸다.",
        ("cloudmatrix-384", (("precision", "bf16"),), 3e17, "FLOP/s", "exact"),
    ),
    (
        "AMD 헬리오스 랙은 MI450 GPU 72개를 담았고, 랙 한 대의 FP4 성능은 2.9엑사플롭스에 달한다.",
        ("helios", (("precision", "fp4"),), 2.9e18, "FLOP/s", "exact"),
    ),
    (
        "화웨이의 대표 시스템은 클라우드매트릭스 384다. "
        "이 시스템 전체 연산 성능은 BF16 기준 300PFLOPS 수준이다.",
        ("cloudmatrix-384", (("precision", "bf16"),), 3e17, "FLOP/s", "exact"),
    ),
    (
        "AMD 헬리오스 시스템 하나에서 나오는 연산 성능은 FP8 기준 1.4엑사플롭스다.",
        ("helios", (("precision", "fp8"),), 1.4e18, "FLOP/s", "exact"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), WHOLE_SYSTEM)
def test_a_whole_named_system_has_its_own_compute(text: str, claim: tuple[Any, ...]) -> None:
    assert claim in of(text, "peak_compute")


def test_a_pod_of_a_chip_with_no_system_of_its_own_gives_no_compute() -> None:
    text = "구글 아이언우드 TPU로 짜인 포드 한 대는 BF16으로 약 21엑사플롭스를 낸다."
    assert not of(text, "peak_compute")


def test_one_gpu_of_a_named_system_keeps_the_chip_figure() -> None:
    text = "헬리오스에 들어가는 MI450은 GPU 한 개의 FP4 연산 성능이 40페타플롭스다."
    assert of(text, "peak_compute") == {("mi450", (("precision", "fp4"),), 4e16, "FLOP/s", "exact")}


def test_a_whole_rack_memory_is_no_system_compute() -> None:
    text = "AMD 헬리오스 랙은 MI450 72개를 담았고, 랙 전체 HBM4 메모리는 31TB다."
    assert not of(text, "peak_compute")
    assert not [c for c in of(text, "memory_capacity") if c[0] == "helios"]


# -- the chips a named system holds, counted as a noun -----------------------------------------
# "<system>에 들어가는 GPU 수는 N개다": a system of the vocabulary as the place the unnamed chips
# go is the system whose count it is, as "랙 한 대에 들어가는 …" already was; a correction
# ("…를 96개로 적었지만, 72개가 맞습니다") rebuilds the statement with the right figure.

NAMED_SYSTEM_FILL = [
    (
        "AMD 헬리오스에 들어가는 GPU 수는 72개다.",
        ("helios", (), 72.0, "count", "exact"),
    ),
    (
        "화웨이 클라우드매트릭스 384에 담긴 가속기 수는 384개로 알려졌다.",
        ("cloudmatrix-384", (), 384.0, "count", "exact"),
    ),
    (
        "AMD의 랙 규모 시스템 '헬리오스'에 탑재되는 GPU 개수는 72개다.",
        ("helios", (), 72.0, "count", "exact"),
    ),
    (
        "지난 기사에서 AMD 헬리오스에 장착되는 GPU 개수를 96개로 잘못 적었지만, 72개가 맞습니다.",
        ("helios", (), 72.0, "count", "exact"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), NAMED_SYSTEM_FILL)
def test_chips_counted_in_a_named_system(text: str, claim: tuple[Any, ...]) -> None:
    assert of(text, "chips_per_system") == {claim}


NAMED_SYSTEM_TRAPS = [
    # many systems: a total, not one system's fill
    "AMD 헬리오스 랙 500대에 들어가는 GPU 수는 3만 6000개다.",
    # a site is no system
    "xAI 콜로서스에 들어가는 GPU 수는 1000개다.",
]


@pytest.mark.parametrize("text", NAMED_SYSTEM_TRAPS)
def test_no_system_fill_from_many_systems_or_a_site(text: str) -> None:
    assert not of(text, "chips_per_system")


# -- a site noun as topic of the place ---------------------------------------------------------
# "부지는 아부다비다", "첫 거점은 텍사스주 애빌린에 들어섰다": a sentence naming no site whose
# clause opens on a site noun (부지, 거점, 캠퍼스, 데이터센터) places the cluster in focus.


def places(text: str) -> set[tuple[Any, ...]]:
    return {(r[0], r[4]) for r in rows(text) if r[1] == "located_in"}


SITE_TOPIC = [
    (
        "메타는 새 AI 클러스터 하이페리온 건설을 발표했다. 부지는 루이지애나주 리치랜드 패리시다.",
        ("hyperion", "Louisiana, US"),
    ),
    (
        "마이크로소프트는 두 번째 페어워터를 공개했다. 두 번째 캠퍼스는 조지아주 애틀랜타에 있다.",
        ("fairwater", "Georgia, US"),
    ),
    (
        "xAI가 콜로서스 2 착공에 들어갔다. 데이터센터는 테네시주 멤피스 남쪽에 자리 잡는다.",
        ("colossus-2", "Tennessee, US"),
    ),
    (
        "아마존의 프로젝트 레이니어는 앤트로픽 전용이다. 거점은 인디애나주 뉴칼라일에 있다.",
        ("project-rainier", "Indiana, US"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), SITE_TOPIC)
def test_a_site_noun_as_topic_places_the_site_in_focus(text: str, claim: tuple[Any, ...]) -> None:
    assert claim in places(text)


SITE_TOPIC_TRAPS = [
    # no cluster in focus: a plant is no site of the vocabulary
    "삼성전자가 새 공장을 발표했다. 부지는 텍사스주 테일러다.",
    # the topic is no site noun: a headquarters
    "오픈AI는 스타게이트 확장을 발표했다. 회사 본사는 캘리포니아주 샌프란시스코에 있다.",
]


@pytest.mark.parametrize("text", SITE_TOPIC_TRAPS)
def test_no_site_placed_without_a_site_topic_and_a_site_in_focus(text: str) -> None:
    assert not places(text)


# -- the chips that make up one system ---------------------------------------------------------
# "포드 하나를 이루는 칩의 수는", "랙 한 대를 구성하는 GPU는": the chips one system is made of,
# as "랙 한 대에 들어가는 GPU는" already was (also what a figure-first line rebuilds).

MAKE_UP = [
    (
        "엔비디아 GB300 NVL72 랙 한 대를 구성하는 GPU는 72개다.",
        ("gb300", (), 72.0, "count", "exact"),
    ),
    (
        "트레이니움3 울트라서버 한 대를 채우는 칩 수는 144개다.",
        ("trainium3", (), 144.0, "count", "exact"),
    ),
    ("AMD MI355X 서버 한 대를 이루는 가속기 개수는 8개다.", ("mi355x", (), 8.0, "count", "exact")),
    (
        "◆ 4,096개: 구글 TPU v5p 포드 하나를 구성하는 칩의 수.",
        ("tpu-v5p", (), 4096.0, "count", "exact"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), MAKE_UP)
def test_the_chips_that_make_up_one_system(text: str, claim: tuple[Any, ...]) -> None:
    assert claim in of(text, "chips_per_system")


MAKE_UP_TRAPS = [
    # what making up a pod cost, no chips counted
    "구글 아이언우드 포드 하나를 이루는 데 든 비용은 1000억 원이다.",
    # several systems make up a cluster: no one system's fill
    "GB300 NVL72 랙 16대를 이어 구성한 클러스터의 GPU는 1152개다.",
]


@pytest.mark.parametrize("text", MAKE_UP_TRAPS)
def test_no_fill_from_a_cost_or_many_systems(text: str) -> None:
    assert not of(text, "chips_per_system")
