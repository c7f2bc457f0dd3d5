"""A deal whose customer is "the company": the description as resolved, not the company
mentioned last (found by ingesting a hand-written article through the CLI)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tracker.domain.documents import Document
from tracker.extract import default_extractor

EXTRACTOR = default_extractor()


def deals(text: str) -> list[tuple[str, str | None]]:
    doc = Document(document_id="d", text=text, published=datetime(2026, 3, 4, tzinfo=UTC))
    return [(c.subject, c.object) for c in EXTRACTOR.extract(doc) if c.predicate == "supply_deal"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Microsoft has brought 150,000 Nvidia GB200 chips online. The company has also "
            "signed a multi-year agreement with SK hynix for HBM4 supply.",
            [("microsoft", "sk-hynix")],
        ),
        (
            "Meta bought 350,000 Nvidia H100s last year. The company signed an agreement "
            "with Samsung for HBM4 supply.",
            [("meta", "samsung")],
        ),
        # trap: no description in the sentence, the company in focus stays the customer
        (
            "Nvidia unveiled Rubin on Monday. SK hynix will supply HBM4 for it.",
            [("nvidia", "sk-hynix")],
        ),
    ],
)
def test_the_company_in_a_deal_sentence_is_who_it_refers_to(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert deals(text) == expected


def investments(text: str) -> list[tuple[str, str, float]]:
    doc = Document(document_id="d", text=text, published=datetime(2026, 3, 4, tzinfo=UTC))
    return [
        (c.subject, c.qualifiers["target"], c.value.low)  # type: ignore[union-attr]
        for c in EXTRACTOR.extract(doc)
        if c.predicate == "investment"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anthropic, which counts Amazon as its largest backer with $8 billion invested, "
            "trains Claude on Project Rainier.",
            [("amazon", "anthropic", 8e9)],
        ),
        (
            "OpenAI raised $6.6 billion; Microsoft, its biggest investor, put in $750 million.",
            [("microsoft", "openai", 7.5e8)],
        ),
        # traps: a role with no amount, and a plain investment, stay as they were
        ("Anthropic counts Amazon and Google as its backers.", []),
        ("Amazon has invested $8 billion in Anthropic.", [("amazon", "anthropic", 8e9)]),
    ],
)
def test_the_company_named_as_a_backer_is_the_investor(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert investments(text) == expected


def counts(text: str) -> list[float]:
    doc = Document(
        document_id="d", text=text, published=datetime(2026, 3, 4, tzinfo=UTC), language="ko"
    )
    return [
        c.value.low  # type: ignore[union-attr]
        for c in EXTRACTOR.extract(doc)
        if c.predicate == "deployed_chips"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("메타는 현재 엔비디아 H100 기준으로 약 60만 개에 해당하는 연산 자원을 보유하고 있다.", []),
        ("메타는 현재 엔비디아 H100 약 60만 개를 보유하고 있다.", [600000]),
        # trap: a date as the basis is no equivalence
        ("메타는 연말 기준으로 H100 60만 개를 운영하고 있다.", [600000]),
    ],
)
def test_a_compute_measure_in_one_chips_terms_is_no_fleet(text: str, expected: list[float]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "xAI raised $20 billion in its latest round, with Nvidia contributing up to "
            "$2 billion.",
            [("nvidia", "xai", 2e9)],
        ),
        (
            "xAI runs 230,000 GPUs at Colossus. The company raised $20 billion in its latest "
            "round, with Nvidia investing $2 billion.",
            [("nvidia", "xai", 2e9)],
        ),
        # traps: the round's total is nobody's; participants with no amount give nothing
        ("Anthropic raised $13 billion with Microsoft and Nvidia.", []),
    ],
)
def test_a_participants_share_of_a_round_is_its_investment(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert investments(text) == expected


def specs(text: str) -> list[tuple[str, str, float]]:
    doc = Document(document_id="d", text=text, published=datetime(2026, 4, 2, tzinfo=UTC))
    return [
        (c.subject, c.predicate, c.value.low)  # type: ignore[union-attr]
        for c in EXTRACTOR.extract(doc)
        if c.predicate in ("peak_compute", "memory_bandwidth")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Each Ironwood pod links 9,216 chips, and a single chip delivers 4.6 petaflops of "
            "FP8 performance with 7.4 TB/s of memory bandwidth.",
            [("ironwood", "peak_compute", 4.6e15), ("ironwood", "memory_bandwidth", 7.4e12)],
        ),
        # trap: the pod's own total stays the pod's
        ("Each Ironwood pod links 9,216 chips and delivers 42.5 exaflops of FP8 compute.", []),
    ],
)
def test_a_single_chips_figure_in_a_sentence_about_a_pod_is_the_chips(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert specs(text) == expected


def figures(text: str) -> list[tuple[str, float, str]]:
    doc = Document(document_id="d", text=text, published=datetime(2026, 4, 10, tzinfo=UTC))
    return [
        (c.predicate, c.value.low, c.modality)  # type: ignore[union-attr]
        for c in EXTRACTOR.extract(doc)
        if c.predicate in ("deployed_chips", "capacity")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "AWS plans to grow Project Rainier from 500,000 Trainium2 chips today to 1 million "
            "by the end of the year.",
            [("deployed_chips", 5e5, "actual"), ("deployed_chips", 1e6, "planned")],
        ),
        (
            "TSMC will lift CoWoS capacity from about 70,000 wafers a month to 100,000 by the "
            "end of 2026.",
            [("capacity", 7e4, "actual"), ("capacity", 1e5, "planned")],
        ),
    ],
)
def test_the_figure_a_planned_change_starts_from_is_todays(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Meta expects its fleet to pass 1.3 million GPUs by the end of the year.", "planned"),
        ("Oracle expects the site to host about 450,000 GB200s.", "planned"),
        # trap: analysts' expectation stays a forecast
        (
            "Analysts expect the chipmaker to lift CoWoS capacity to 100,000 wafers a month "
            "by the end of 2026.",
            "forecast",
        ),
    ],
)
def test_a_company_expecting_its_own_number_plans_it(text: str, modality: str) -> None:
    doc = Document(document_id="d", text=text, published=datetime(2026, 5, 6, tzinfo=UTC))
    assert [c.modality for c in EXTRACTOR.extract(doc)] == [modality]
