"""Errors found by ingesting hand-written articles and feeds through the CLI (session 3),
each with examples in phrasings of its own and traps."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.extract_support import claim_row
from tracker.domain.claims import Claim, Quantity
from tracker.domain.documents import Document
from tracker.extract import default_extractor
from tracker.extract.korean_verbs import inflected

PUBLISHED = datetime(2026, 11, 19, 1, 0, tzinfo=UTC)


def extract(text: str, language: str = "en", title: str = "") -> list[Claim]:
    doc = Document(document_id="t", text=text, published=PUBLISHED, language=language, title=title)
    return default_extractor([]).extract(doc)


def test_a_list_that_opens_the_text_is_read_item_by_item() -> None:
    """A feed entry whose body is a list ("CoWoS output: about 75,000 …" with no final
    period) opens with an item, not a title, when more items follow."""
    text = (
        "CoWoS output: about 75,000 wafers a month at the end of 2025\n\n"
        "Target for end-2026: 120,000 wafers a month, per analysts at a Taipei brokerage"
    )
    rows = [claim_row(c)[4:7] for c in extract(text, title="TSMC packaging: the numbers")]
    assert rows == [
        (
            (75000.0, 75000.0, "wafer/month", True, "exact"),
            "actual",
            ("point", "2025-12-31", "2025-12-31"),
        ),
        (
            (120000.0, 120000.0, "wafer/month", False, "exact"),
            "forecast",
            ("point", "2026-12-31", "2026-12-31"),
        ),
    ]


def test_a_label_line_followed_by_prose_is_still_a_title() -> None:
    title = "GOOGL/AVGO: Anthropic to use up to 1 million Google TPUs"
    assert extract(f"{title}\n\nThe note weighs what that means for margins.") == []
    # the same line followed by another item opens a list, and is read
    assert extract(f"{title}\n\nAVGO: margins hold.")


# -- Korean verb stems fuse with their endings: "쓰" + -ㄴ다 is 쓴다 -------------------------

KO_PUBLISHED = datetime(2026, 11, 20, 0, 0, tzinfo=UTC)


def ko_rows(text: str) -> list[tuple[str, str, str | None, str]]:
    doc = Document(document_id="t", text=text, published=KO_PUBLISHED, language="ko")
    return [
        (c.subject, c.predicate, c.object, c.modality) for c in default_extractor([]).extract(doc)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("메타는 구글 클라우드를 통해 TPU를 쓴다.", ("meta", "adopts", "google-tpu", "actual")),
        ("앤트로픽은 아마존의 트레이니움2를 썼다.", ("anthropic", "adopts", "trainium2", "actual")),
        ("메타는 구글 클라우드에서 TPU를 빌렸다.", ("meta", "adopts", "google-tpu", "actual")),
        (
            "SK하이닉스는 엔비디아에 HBM4를 공급했다.",
            ("nvidia", "supply_deal", "sk-hynix", "actual"),
        ),
        (
            "앤트로픽은 클로드를 프로젝트 레이니어에서 훈련했다.",
            ("anthropic", "trains_on", "project-rainier", "actual"),
        ),
        ("xAI는 콜로서스를 H100 10만 개로 채웠다.", ("colossus", "deployed_chips", None, "actual")),
    ],
)
def test_fused_korean_verb_forms_trigger_their_predicate(
    text: str, expected: tuple[str, str, str | None, str]
) -> None:
    assert expected in ko_rows(text)


@pytest.mark.parametrize(
    ("stem", "forms"),
    [
        ("쓰", ["쓴", "쓸", "써", "썼"]),
        ("빌리", ["빌린", "빌릴", "빌려", "빌렸"]),
        ("채우", ["채운", "채울", "채워", "채웠"]),
        ("공급하", ["공급한", "공급할", "공급해", "공급했"]),
        ("학습되", ["학습된", "학습될", "학습돼", "학습됐"]),
        ("수주", []),  # a noun: 수준 ("level") is no supply word
        ("에", []),  # 엔비디아 must not become a place word
        ("가동", []),
        ("이 가운데", []),
    ],
)
def test_only_verb_stems_get_fused_forms(stem: str, forms: list[str]) -> None:
    assert inflected(stem) == forms


def test_a_level_is_not_a_supply_order() -> None:
    rows = ko_rows("삼성전자의 HBM 생산능력은 월 17만 장 수준이다.")
    assert [r for r in rows if r[1] == "supply_deal"] == []


# -- a deal or a count does not hide a cloud adoption through a named provider -----------


@pytest.mark.parametrize(
    ("text", "via", "product"),
    [
        (
            "Meta has signed a multibillion-dollar agreement to rent Google TPUs through "
            "Google Cloud starting next year.",
            "google",
            "google-tpu",
        ),
        (
            "OpenAI is using about 200,000 Nvidia GB200s through Microsoft Azure, people "
            "familiar said.",
            "microsoft",
            "gb200",
        ),
        (
            "Anthropic struck a deal to lease up to 1 million TPUs via Google Cloud.",
            "google",
            "google-tpu",
        ),
    ],
)
def test_renting_through_a_named_cloud_is_an_adoption_too(
    text: str, via: str, product: str
) -> None:
    adopted = [(c.object, c.qualifiers) for c in extract(text) if c.predicate == "adopts"]
    assert adopted == [(product, {"mode": "cloud", "via": via})]


@pytest.mark.parametrize(
    "text",
    [
        "Oracle has ordered 50,000 AMD MI355X chips for its own data centers.",
        "xAI bought 100,000 Nvidia H100s for Colossus.",
    ],
)
def test_a_purchase_with_no_provider_is_no_adoption(text: str) -> None:
    assert [c for c in extract(text) if c.predicate == "adopts"] == []


# -- "was" states a figure; only "(was …)" withdraws one --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TSMC said CoWoS output was about 75,000 wafers a month at the end of 2025.", 75000.0),
        ("At the end of June, Colossus was running 200,000 GPUs, xAI said.", 200000.0),
        ("Amazon's investment in Anthropic was $8 billion by the end of 2024.", 8e9),
    ],
)
def test_a_figure_after_was_is_stated(text: str, expected: float) -> None:
    values = [c.value.low for c in extract(text) if isinstance(c.value, Quantity)]
    assert values == [expected]


def test_a_parenthesised_old_figure_is_not_stated() -> None:
    text = "We now model TSMC CoWoS capacity at 100,000 wafers a month by end-2026 (was 90,000)."
    values = [c.value.low for c in extract(text) if isinstance(c.value, Quantity)]
    assert values == [100000.0]


# -- a company in a Korean relative clause is not the sentence's subject -----------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("코어위브는 델이 조립한 랙에 GB300 10만 개를 설치했다.", "coreweave"),
        (
            "코어위브는 델이 직접 조립한 랙을 텍사스주 데이터센터에 설치했으며, "
            "연말까지 GB300을 10만 개 이상으로 늘릴 계획이다.",
            "coreweave",
        ),
        ("메타는 엔비디아가 설계한 H100 35만 개를 갖췄다.", "meta"),
        # alone, the relative clause's subject is the owner of what it describes
        ("AWS가 현재 운영하는 트레이니움2는 백만 개가 넘는다.", "aws"),
        # a noun ending like an adnominal verb (기준) opens no relative clause
        ("MS가 연말 기준 블랙웰 GPU를 70만 개 보유할 것으로 추산된다.", "microsoft"),
    ],
)
def test_a_relative_clause_subject_yields_to_the_topic(text: str, subject: str) -> None:
    assert {c.subject for c in extract(text, "ko") if c.predicate == "deployed_chips"} == {subject}


# -- a site's place is a standing fact unless the site itself is being built ------------


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "xAI plans to expand Colossus, its supercomputer in Memphis, Tennessee, to one "
            "million GPUs.",
            "actual",
        ),
        (
            "Anthropic will train its next models on Project Rainier in Indiana next year.",
            "actual",
        ),
        (
            "At Stargate, the Abilene, Texas campus built and run by Oracle, OpenAI expects to "
            "add 100,000 GB300s next year.",
            "actual",
        ),
        ("OpenAI will build a new Stargate campus in Michigan.", "planned"),
        ("The Stargate campus will be built in Saline Township, Michigan.", "planned"),
        ("오픈AI는 아부다비에 스타게이트 UAE를 세우기로 했다.", "announced"),
    ],
)
def test_a_sites_place_is_actual_unless_the_site_is_being_built(text: str, modality: str) -> None:
    language = "ko" if "오픈AI" in text else "en"
    found = {c.modality for c in extract(text, language) if c.predicate == "located_in"}
    assert found == {modality}


# -- a count in a clause about a company's fleet is the company's, even when a later
# clause of the sentence names one of its sites -------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Microsoft said it had deployed more than 100,000 Nvidia GB300 chips across its "
            "Azure regions, and that its Fairwater data center in Atlanta would go live next "
            "year.",
            "microsoft",
        ),
        (
            "Meta now runs about 350,000 H100s, while its Hyperion campus in Louisiana is "
            "still being built.",
            "meta",
        ),
        # the site in the count's own clause keeps it
        ("Microsoft has installed 100,000 GB300 chips at Fairwater in Wisconsin.", "fairwater"),
        ("xAI said Colossus now runs 200,000 Nvidia GPUs.", "colossus"),
        ("Project Rainier, AWS said, runs about 500,000 Trainium2 chips.", "project-rainier"),
    ],
)
def test_a_fleet_count_goes_to_the_clause_owner(text: str, subject: str) -> None:
    assert {c.subject for c in extract(text) if c.predicate == "deployed_chips"} == {subject}


def test_one_adoption_read_twice_keeps_its_most_specific_reading() -> None:
    text = (
        "Microsoft confirmed it would rent Trainium3 capacity from Amazon Web Services for "
        "some internal workloads."
    )
    adopted = [c.qualifiers for c in extract(text) if c.predicate == "adopts"]
    assert adopted == [{"mode": "cloud", "via": "aws"}]


@pytest.mark.parametrize(
    "text",
    [
        "Samsung said it had begun mass production of HBM4 and would ship the memory to AMD "
        "for its MI450 accelerators in the first half of 2026.",
        "SK hynix is shipping 12-high stacks to Nvidia for the GB300 platform.",
        "Micron will deliver samples to AMD for use in the MI400 series.",
    ],
)
def test_the_product_a_shipment_goes_into_is_not_what_is_shipped(text: str) -> None:
    """A product after 'for' is the destination; the deal, if any, is for what is shipped."""
    deals = [c for c in extract(text) if c.predicate == "supply_deal"]
    assert [c for c in deals if c.qualifiers.get("product") in ("mi450", "gb300", "mi400")] == []


@pytest.mark.parametrize(
    "text",
    [
        "According to people familiar with the talks, Meta is considering renting TPUs through "
        "Google Cloud from 2026 and installing TPUs in its own data centers from 2027.",
        "Meta is weighing renting TPUs via Google Cloud from 2026 and buying TPUs for its own "
        "data centers from 2027.",
    ],
)
def test_two_gerund_conjuncts_are_two_adoptions_each_with_its_time(text: str) -> None:
    """Found in the bundled sample feed: the two plans became one on-prem claim from 2026."""
    adopted = sorted(
        (c.qualifiers.get("mode"), str(c.valid.start))
        for c in extract(text)
        if c.predicate == "adopts"
    )
    assert adopted == [("cloud", "2026-01-01"), ("on-prem", "2027-01-01")]
