"""Fixes of review 12's extraction findings, each with sentences written for these tests
(other companies, products and figures than the review's and the gold's).

- F1: a maker that sells or offers clusters to a class of users is selling them, not
  using them ("HPE sells GB300 clusters to research customers"); a lessor's own words
  ("rents out") or cloud-only goods ("instances", "capacity") still make it a provider.
- F3: "came close to …" and a relative aside leave an investment actual.
- F5: a site named only as the place keeps the product's integration.
- F6: "the lab" after another named lab, or placed ("the lab at …"), is no model lab.
- F7: a quarter with no year in a perfect or past clause is this year's.
- F10: a passive "provided/built by" needs goods, and another buyer's goods are no deal.
- F13: a later conjunct of a gapped order list naming its own chip, or with its own verb.
- F15: a note about a table's figures reaches only that table.
- F2, F8, F11, F4 (Korean): an adnominal offer, a chip another company keeps, a past topic
  time against a present clause, "이곳에 N장" told by the maker.
- F9: the text cap is part of the extractor's version label.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

MARCH = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
NOVEMBER = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)

Row = tuple[Any, ...]


def of_predicate(
    text: str, predicate: str, published: datetime = MARCH, language: str = "en"
) -> list[Row]:
    """(subject, qualifiers, object, value, modality, valid) of one predicate's claims."""
    return [
        (r[0], r[2], r[3], r[4], r[5], r[6])
        for r in sorted_rows(text, language, published)
        if r[1] == predicate
    ]


def today(published: datetime) -> tuple[str, str, str]:
    day = published.date().isoformat()
    return ("point", day, day)


ON_PREM = (("mode", "on-prem"),)


# -- F1: a maker's sale of clusters is no use of its own


@pytest.mark.parametrize(
    "text",
    [
        "HPE sells GB300 clusters to its enterprise customers.",
        "Quanta offers B300 clusters to enterprise clients through resellers.",
        "Gigabyte sells liquid-cooled B200 clusters to start-ups.",
    ],
)
def test_a_maker_selling_or_offering_clusters_to_users_adopts_nothing(text: str) -> None:
    assert not of_predicate(text, "adopts")


@pytest.mark.parametrize(
    ("text", "subject", "product"),
    [
        ("SK Telecom leases out H200 clusters to local start-ups.", "sk-telecom", "h200"),
        ("Nebius offers B200 instances to its customers.", "nebius", "b200"),
        ("Nscale offers GB300 capacity to model builders.", "nscale", "gb300"),
    ],
)
def test_a_lessor_or_an_offer_of_instances_still_is_a_providers_own_use(
    text: str, subject: str, product: str
) -> None:
    assert [(subject, ON_PREM, product, None, "actual", today(MARCH))] == of_predicate(
        text, "adopts"
    )


# -- F3: "came close to …" is a past near miss, and an aside is not the amount's clause


def _investments(text: str) -> list[tuple[str, str]]:
    return [(r[0], r[4]) for r in of_predicate(text, "investment")]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        (
            "Amazon, which had come close to buying into Cohere, put $900 million into Anthropic.",
            "amazon",
        ),
        (
            "Having come close to leading the round in 2024, Nvidia put $600 million into Mistral.",
            "nvidia",
        ),
        ("Oracle, which was close to leading the round, invested $1.5 billion in xAI.", "oracle"),
        (
            "Google came close to funding the deal and then invested $400 million in Anthropic.",
            "google",
        ),
    ],
)
def test_a_past_near_miss_or_an_aside_leaves_the_investment_actual(
    text: str, investor: str
) -> None:
    assert investor in [s for s, _m in _investments(text)]
    assert "considering" not in [m for _s, m in _investments(text)]


def test_a_step_still_to_take_stays_considering() -> None:
    text = "Meta, which owns no stake yet, is close to investing $1.2 billion in Mistral."
    expected = [("meta", "considering")]
    assert expected == _investments(text)


# -- F5: a site named only as the place does not veto a product's integration


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("At Stargate Abilene, every GB200 NVL72 rack uses NVLink to link 72 GPUs.", "gb200"),
        ("Inside Colossus 2, every GB300 NVL72 rack uses NVLink across its 72 GPUs.", "gb300"),
    ],
)
def test_a_site_named_as_the_place_keeps_the_integration(text: str, product: str) -> None:
    assert [(product, "nvlink")] == [(r[0], r[2]) for r in of_predicate(text, "integrates")]


def test_a_site_as_the_subject_still_takes_the_network_as_its_own() -> None:
    text = "Colossus, the 200,000-H200 cluster, uses Spectrum-X."
    assert not of_predicate(text, "integrates")


# -- F6: "the lab" is a model lab only when no other lab stands before it or after it


@pytest.mark.parametrize(
    "text",
    [
        "xAI is a customer of Dell. The lab at Berkeley runs 3,000 H200 GPUs.",
        "Mistral buys from Nvidia. Sandia National Laboratories built a new system, and the "
        "lab now runs 4,000 H100 GPUs.",
    ],
)
def test_a_research_lab_is_not_the_model_lab_in_view(text: str) -> None:
    assert not of_predicate(text, "deployed_chips")


# -- F7: a quarter with no year after "from" in a perfect or past clause is this year's


@pytest.mark.parametrize(
    ("text", "customer", "supplier", "product", "start"),
    [
        (
            "Samsung has shipped HBM3E to AMD from the first quarter.",
            "amd",
            "samsung",
            "hbm3e",
            "2025-01-01",
        ),
        (
            "Micron began supplying HBM3E to Nvidia from the second quarter.",
            "nvidia",
            "micron",
            "hbm3e",
            "2025-04-01",
        ),
        (
            "Micron has agreed to supply HBM4 to AMD from the second quarter.",
            "amd",
            "micron",
            "hbm4",
            "2026-04-01",
        ),
    ],
)
def test_a_quarter_after_from_follows_the_tense_of_its_clause(
    text: str, customer: str, supplier: str, product: str, start: str
) -> None:
    modality = "planned" if start.startswith("2026") else "actual"
    expected = [
        (customer, (("product", product),), supplier, None, modality, ("open", start, "None"))
    ]
    assert expected == of_predicate(text, "supply_deal", NOVEMBER)


# -- F10: a passive "provided/built by" needs goods, and goods of another buyer are no deal


@pytest.mark.parametrize(
    "text",
    [
        "Meta is growing fast. The MI355X test data was provided by Supermicro.",
        "Oracle is growing fast. The MI355X servers were built by Supermicro for another buyer.",
    ],
)
def test_a_passive_of_no_goods_or_of_another_buyers_goods_gives_no_deal(text: str) -> None:
    assert not of_predicate(text, "supply_deal")


def test_goods_named_after_the_product_still_go_to_the_company_in_view() -> None:
    text = "Nebius is growing fast. The MI355X servers were built by Supermicro for its new site."
    expected = [("nebius", (("product", "mi355x"),), "supermicro", None, "actual", today(MARCH))]
    assert expected == of_predicate(text, "supply_deal")


# -- F13: a later conjunct naming its own chip, or with a verb of its own


def _about(n: float) -> Row:
    return (n, n, "count", True, "exact")


def test_a_later_buyer_naming_its_own_chip_buys_that_chip() -> None:
    text = "Amazon ordered some 60,000 MI355X last year, and xAI about 25,000 B300 GPUs."
    year = ("point", "2025-01-01", "2025-12-31")
    expected = [
        (
            "amazon",
            (("product", "mi355x"),),
            "amd",
            (60000.0, 60000.0, "count", True, "exact"),
            "actual",
            year,
        ),
        (
            "xai",
            (("product", "b300"),),
            "nvidia",
            (25000.0, 25000.0, "count", True, "exact"),
            "actual",
            year,
        ),
    ]
    assert expected == of_predicate(text, "supply_deal")


def test_a_later_clause_with_its_own_verb_is_no_gapped_order() -> None:
    text = "Oracle ordered 90,000 GB300 chips, while AWS about 30,000 Trainium2 chips sat idle."
    buyers = ["oracle"]
    assert buyers == [r[0] for r in of_predicate(text, "supply_deal")]
    assert not of_predicate(text, "deployed_chips")


# -- F15: a note about a table's figures reaches only that table


FIRST_TABLE = (
    "| Part | Bandwidth |\n|---|---|\n| H200 | 4.8 TB/s |\n| B200 | 8 TB/s |\n\n"
    "The second table lists the parts Chinese buyers can get.\n\n"
)
SECOND_TABLE = "| Part | Bandwidth |\n|---|---|\n| Ascend 910C | 3.2 TB/s |\n\n"


def test_a_note_under_the_second_table_leaves_the_first_one_exact() -> None:
    text = FIRST_TABLE + SECOND_TABLE + "All values in the table are rough."
    rows = [(r[0], r[4][3]) for r in sorted_rows(text, "en", MARCH) if r[1] == "memory_bandwidth"]
    expected = [("ascend-910c", True), ("b200", False), ("h200", False)]
    assert expected == rows


# -- F2: "…를 제공하는 <회사>" tells that company's offer, not the topic's


@pytest.mark.parametrize(
    "text",
    [
        "구글은 B200 기반 GPU 클라우드를 제공하는 람다에 지분을 투자했다.",
        "SK텔레콤은 가우디3 기반 인스턴스를 운영하는 업체와 제휴 협의를 시작했다.",
        "삼성전자는 MI355X 기반 클라우드를 선보인 오라클과 협력을 강화했다.",
    ],
)
def test_an_offer_told_of_the_company_after_the_verb_is_not_the_topics(text: str) -> None:
    assert not [r for r in of_predicate(text, "adopts", language="ko") if r[1] == ON_PREM]


def test_the_topics_own_plan_to_offer_still_is_its_adoption() -> None:
    text = "코어위브는 내년 상반기부터 GB300 기반 인스턴스를 제공할 예정이다."
    adopters = ["coreweave"]
    assert adopters == [r[0] for r in of_predicate(text, "adopts", language="ko")]


# -- F8, F16: a chip another company keeps or provides is no on-prem use of the topic's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "카카오는 오라클 클라우드에 있는 H200을 모델 학습에 투입했다.",
            (("mode", "cloud"), ("via", "oracle")),
        ),
        (
            "메타는 구글 클라우드의 TPU를 라마 학습에 투입한다.",
            (("mode", "cloud"), ("via", "google")),
        ),
        (
            "카카오는 네비우스를 통해 B300 서버 도입을 저울질하고 있다.",
            (("mode", "cloud"), ("via", "nebius")),
        ),
    ],
)
def test_a_chip_kept_by_another_company_is_no_on_prem_use(text: str, expected: Row) -> None:
    modes = [r[1] for r in of_predicate(text, "adopts", language="ko")]
    assert [expected] == modes


@pytest.mark.parametrize(
    "text",
    [
        "카카오는 B300 서버를 들여 모델 학습에 쓴다.",
        "네이버클라우드는 H200을 검색 모델 학습에 투입했다.",
    ],
)
def test_servers_brought_in_or_chips_put_to_work_with_no_provider_stay_on_prem(text: str) -> None:
    modes = [ON_PREM]
    assert modes == [r[1] for r in of_predicate(text, "adopts", language="ko")]


# -- F11: a past topic time does not date a contrasted or present clause


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("지난해에는 H100이 주력이었는데, 카카오는 GB200 4000장을 운영한다.", today(MARCH)),
        ("작년에는 A100 위주였지만, 카카오는 H200 3000장을 들여 돌리고 있다.", today(MARCH)),
        ("지난해에는 카카오가 H100 2000장을 들였다.", ("point", "2025-01-01", "2025-12-31")),
    ],
)
def test_a_past_topic_time_dates_only_a_clause_of_its_own_past(text: str, valid: Row) -> None:
    assert [valid] == [r[5] for r in of_predicate(text, "deployed_chips", language="ko")]


# -- F9: the extraction cap is part of the extractor's recorded settings


def _label(max_chars: int | None) -> str:
    from tests.conftest import SteppingClock
    from tracker.extract import default_extractor
    from tracker.extract.service import ExtractionService
    from tracker.ingest.limits import CappedExtractor

    inner = default_extractor([])
    extractor = inner if max_chars is None else CappedExtractor(inner, max_chars)
    store: Any = None  # the label reads no store
    return ExtractionService(store, extractor, SteppingClock(MARCH)).version_label


def test_a_changed_cap_changes_the_version_label() -> None:
    labels = {_label(None), _label(0), _label(100_000), _label(200_000)}
    assert _label(None) == _label(0)
    assert len(labels) == 3
    assert _label(200_000).endswith("|cap=200000")


# -- F4: "이곳에 N장" is no fleet of the chip's maker nor of a company that only tells of it


@pytest.mark.parametrize(
    "text",
    [
        "메타는 오하이오에 새 데이터센터를 올리고 있다. "
        "AMD는 이곳에 MI450 3만 개가 배치된다고 설명했다.",
        "AMD는 이곳에 MI355X 2만 개를 설치한다.",
    ],
)
def test_a_place_filled_by_the_chips_maker_or_a_speaker_gives_it_no_fleet(text: str) -> None:
    assert not [r for r in of_predicate(text, "deployed_chips", language="ko") if r[0] == "amd"]


def test_a_topic_company_filling_the_place_still_holds_the_fleet() -> None:
    text = "코어위브는 이곳에 H200 2048장을 이미 설치했다."
    assert [r[0] for r in of_predicate(text, "deployed_chips", language="ko")] == ["coreweave"]
