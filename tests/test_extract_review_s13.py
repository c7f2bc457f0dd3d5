"""Review of session 13's extraction rules: sentences written for these tests, each the
shape of ordinary news a rule of the session read too broadly (or a case it broke)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")

Row = tuple[Any, ...]


def of_predicate(text: str, predicate: str, language: str = "en") -> list[Row]:
    """(subject, qualifiers, object, value, modality, valid) of one predicate's claims."""
    return [
        (r[0], r[2], r[3], r[4], r[5], r[6])
        for r in sorted_rows(text, language, PUBLISHED, "press")
        if r[1] == predicate
    ]


def count(n: float, bound: str = "exact", approx: bool = False) -> tuple[Any, ...]:
    return (n, n, "count", approx, bound)


# -- ", and the rollout will be complete by …" is the same act, not a second statement -----


@pytest.mark.parametrize(
    ("text", "subject", "chip", "end"),
    [
        (
            "Meta will deploy 100,000 MI450 GPUs, and its rollout will be complete by the end "
            "of 2026.",
            "meta",
            "mi450",
            "2026-12-31",
        ),
        (
            "Microsoft will raise its GB300 fleet to 200,000 GPUs, and the expansion will be "
            "finished by the end of 2027.",
            "microsoft",
            "gb300",
            "2027-12-31",
        ),
        (
            "Oracle is to install 50,000 MI450 chips, and the build-out is due to finish by "
            "the end of 2027.",
            "oracle",
            "mi450",
            "2027-12-31",
        ),
    ],
)
def test_the_same_act_completed_keeps_its_deadline(
    text: str, subject: str, chip: str, end: str
) -> None:
    rows = of_predicate(text, "deployed_chips")
    assert [(r[0], r[1], r[4], r[5]) for r in rows] == [
        (subject, (("chip", chip),), "planned", ("deadline", "2026-03-10", end))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Nscale operates 20,000 H200 GPUs in Finland, and the new Kansas City hall is due to "
        "open in 2027.",
        "Lambda Labs runs 12,000 B200 GPUs today, and the second phase will add Rubin racks next "
        "year.",
    ],
)
def test_a_new_noun_phrase_with_its_own_future_still_opens_a_statement(text: str) -> None:
    rows = of_predicate(text, "deployed_chips")
    assert [(r[4], r[5]) for r in rows] == [("actual", TODAY)]


# -- a Korean site word is a word: 중동, 공동, 자동 hold no building (동) ---------------------


@pytest.mark.parametrize(
    ("text", "subjects", "modality"),
    [
        ("오픈AI는 중동에서 엔비디아 GB300을 운영하고 있다.", ["openai"], "actual"),
        ("xAI는 중동에 GB200을 들일 계획이다.", ["xai"], "planned"),
        ("네이버와 카카오는 공동으로 엔비디아 H200을 도입한다.", ["kakao", "naver"], "announced"),
    ],
)
def test_a_region_or_a_joint_act_is_no_site_of_ones_own(
    text: str, subjects: list[str], modality: str
) -> None:
    rows = of_predicate(text, "adopts", "ko")
    assert [(r[0], r[1], r[4]) for r in rows] == [(s, (), modality) for s in subjects]


@pytest.mark.parametrize(
    "text",
    [
        "네이버는 춘천 데이터센터 B동에 H200을 설치했다.",
        "카카오는 안산 센터에 B200을 들일 계획이다.",
    ],
)
def test_a_building_or_centre_of_ones_own_is_still_on_prem(text: str) -> None:
    assert [r[1] for r in of_predicate(text, "adopts", "ko")] == [(("mode", "on-prem"),)]


# -- "puts" is a tally only when it puts a company at a figure ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The rally puts Nvidia at a market value of $5 trillion, ahead of Microsoft and its "
        "300,000 H100 GPUs.",
        "Dell put 10,000 B200 GPUs into service for xAI last quarter.",
        "Supermicro put 20,000 H200 GPUs into service for xAI in Memphis.",
    ],
)
def test_puts_with_no_tally_and_a_builders_service_count_no_fleet(text: str) -> None:
    assert [r[0] for r in of_predicate(text, "deployed_chips")] == []


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        (
            "The latest filing puts Nebius at about 60,000 GPUs.",
            "nebius",
            count(60000, approx=True),
        ),
        ("xAI put 100,000 GB200 GPUs into service in Memphis.", "xai", count(100000)),
        (
            "CoreWeave put 20,000 H200 GPUs into service for its customers.",
            "coreweave",
            count(20000),
        ),
    ],
)
def test_a_tally_and_ones_own_service_still_count_a_fleet(
    text: str, subject: str, value: tuple[Any, ...]
) -> None:
    assert [(r[0], r[3]) for r in of_predicate(text, "deployed_chips")] == [(subject, value)]


# -- a Korean contract naming goods of another kind is no compute deal ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "구글은 메타와 100억 달러 규모의 광고 계약을 맺었다.",
        "구글은 애플과 200억 달러 규모의 검색 계약을 유지하고 있다.",
    ],
)
def test_a_contract_for_other_goods_is_no_compute_deal(text: str) -> None:
    assert of_predicate(text, "supply_deal", "ko") == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("코어위브는 메타와 140억 달러 규모의 계약을 맺었다.", ("meta", "coreweave")),
        ("네비우스는 마이크로소프트와 5년간 174억 달러 계약을 체결했다.", ("microsoft", "nebius")),
        ("메타는 구글과 100억 달러 이상의 클라우드 계약을 맺었다.", ("meta", "google")),
    ],
)
def test_a_contract_told_by_its_worth_is_still_a_compute_deal(
    text: str, pair: tuple[str, str]
) -> None:
    assert [(r[0], r[2]) for r in of_predicate(text, "supply_deal", "ko")] == [pair]


def test_another_thing_finished_is_still_a_statement_of_its_own() -> None:
    text = (
        "Oracle has installed 60,000 GB200 GPUs in Abilene, and the last of the eight "
        "buildings will be finished in mid-2026."
    )
    rows = of_predicate(text, "deployed_chips")
    assert [(r[0], r[4], r[5]) for r in rows] == [("oracle", "actual", TODAY)]


# -- one reading of a company's saying verb, in the perfect or with an adverb ---------------


@pytest.mark.parametrize(
    "text",
    [
        "OpenAI will train its next models on Stargate, Oracle has repeatedly said.",
        "OpenAI will train its next models on Stargate, Oracle has previously stated.",
        "Oracle has publicly confirmed that OpenAI will train its next models on Stargate.",
    ],
)
def test_a_use_to_come_on_a_companys_word_is_announced_however_said(text: str) -> None:
    rows = of_predicate(text, "trains_on")
    assert [(r[0], r[2], r[4]) for r in rows] == [("openai", "stargate", "announced")]


def test_a_use_to_come_on_analysts_word_stays_theirs() -> None:
    text = "OpenAI will train its next models on Stargate, analysts have repeatedly said."
    assert [r[4] for r in of_predicate(text, "trains_on")] == ["forecast"]


# -- a memory maker's stack product beside a chip's own figure ------------------------------


def test_a_stack_product_named_beside_the_chips_figure_leaves_it_the_chips() -> None:
    text = "AMD는 MI355X를 공개했다. 메모리 용량은 288GB로, 삼성전자의 12단 HBM3E 제품이 들어간다."
    rows = of_predicate(text, "memory_capacity", "ko")
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("mi355x", (("memory", "hbm3e"),), (2.88e11, 2.88e11, "B", False, "exact"))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "엔비디아는 루빈을 공개했다. 삼성전자는 12단 적층 HBM4 36GB 제품을 양산한다.",
        "엔비디아는 루빈을 공개했다. SK하이닉스는 36GB 용량의 HBM4 12단 제품을 공급한다.",
        "엔비디아는 루빈을 공개했다. 마이크론은 HBM4 12단 36GB 스택을 내놨다.",
    ],
)
def test_the_figure_inside_a_stack_product_is_still_no_chips(text: str) -> None:
    assert of_predicate(text, "memory_capacity", "ko") == []


# -- a foundry's relative clause about chips for others names no chip in view ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia unveiled Rubin on Monday. TSMC, which makes the chips for most of the "
        "industry, said revenue rose 30%.",
        "AMD showed the MI450 in June. TSMC, which makes the GPUs for its many customers, "
        "raised its prices.",
    ],
)
def test_chips_made_for_others_are_no_deal_of_the_chip_in_view(text: str) -> None:
    assert of_predicate(text, "supply_deal") == []


@pytest.mark.parametrize(
    ("text", "buyer", "product"),
    [
        (
            "Nvidia unveiled Rubin on Monday. The GPU is made by TSMC on its 3nm process.",
            "nvidia",
            "rubin",
        ),
        (
            "Nvidia unveiled Rubin. TSMC, which makes the chips for the next two years, said "
            "output would double.",
            "nvidia",
            "rubin",
        ),
    ],
)
def test_the_chip_in_view_made_by_a_foundry_is_still_its_deal(
    text: str, buyer: str, product: str
) -> None:
    rows = of_predicate(text, "supply_deal")
    assert [(r[0], r[1], r[2]) for r in rows] == [(buyer, (("product", product),), "tsmc")]


# -- "It operates …" is the subject just before, not a company beside it --------------------


def test_it_holding_a_fleet_is_no_company_named_only_beside_the_subject() -> None:
    text = (
        "The University of Texas opened a new AI lab with Nvidia in May. It operates 4,000 "
        "H100 GPUs."
    )
    assert of_predicate(text, "deployed_chips") == []


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Nscale raised $1 billion. It operates 20,000 H200 GPUs in Norway.", "nscale"),
        (
            "Nebius reported earnings on Tuesday. Revenue rose 50%. It now operates about "
            "60,000 GPUs.",
            "nebius",
        ),
    ],
)
def test_it_holding_a_fleet_is_still_the_company_just_told(text: str, subject: str) -> None:
    assert [r[0] for r in of_predicate(text, "deployed_chips")] == [subject]


# -- a Korean rental of land is no rental of chips from the cloud in view -------------------


def test_land_rented_is_no_rental_from_the_cloud_in_view() -> None:
    text = (
        "코어위브는 미국의 GPU 클라우드 업체다. 마이크로소프트는 텍사스의 부지를 임대해 "
        "GB300 랙을 직접 설치했다."
    )
    rows = of_predicate(text, "adopts", "ko")
    assert [(r[0], r[1], r[2]) for r in rows] == [("microsoft", (("mode", "on-prem"),), "gb300")]


def test_chips_rented_with_no_lessor_named_are_still_the_clouds() -> None:
    text = (
        "코어위브는 미국의 GPU 클라우드 업체다. 오픈AI는 그 계약으로 텍사스에 있는 GB200 랙을 "
        "빌려 쓴다."
    )
    rows = of_predicate(text, "adopts", "ko")
    assert [r[1] for r in rows] == [(("mode", "cloud"), ("via", "coreweave"))]


# -- an analyst's view of something else does not make a share a forecast -------------------


def test_a_view_of_something_else_leaves_the_share_as_told() -> None:
    text = (
        "Nvidia will take 60% of CoWoS output next year, TSMC said, while analysts say "
        "prices will rise."
    )
    rows = of_predicate(text, "supply_deal")
    assert [(r[0], r[2], r[5]) for r in rows] == [("nvidia", "tsmc", TODAY)]
    assert rows[0][4] != "forecast"


@pytest.mark.parametrize(
    ("text", "taker", "valid"),
    [
        (
            "We estimate AMD will take close to 15% of TSMC's 2026 CoWoS output.",
            "amd",
            ("point", "2026-01-01", "2026-12-31"),
        ),
        (
            "Broadcom will take nearly 20% of CoWoS supply next year, analysts said.",
            "broadcom",
            ("point", "2027-01-01", "2027-12-31"),
        ),
    ],
)
def test_a_view_framing_the_share_still_makes_it_a_forecast(
    text: str, taker: str, valid: tuple[str, str, str]
) -> None:
    rows = of_predicate(text, "supply_deal")
    assert [(r[0], r[2], r[4], r[5]) for r in rows] == [(taker, "tsmc", "forecast", valid)]


# -- servers compared are no servers had ----------------------------------------------------


def test_racks_compared_by_where_they_are_bought_are_no_deal() -> None:
    text = (
        "CoreWeave reported earnings. Racks bought from Supermicro are cheaper than Dell's, "
        "analysts say."
    )
    assert of_predicate(text, "supply_deal") == []


def test_servers_procured_from_makers_are_still_the_deal_of_the_company_in_view() -> None:
    text = (
        "SoftBank is building a new AI data center in Osaka. Servers will be bought from Dell "
        "Technologies and HPE."
    )
    rows = of_predicate(text, "supply_deal")
    assert [(r[0], r[1], r[2]) for r in rows] == [("softbank", (), "dell"), ("softbank", (), "hpe")]
