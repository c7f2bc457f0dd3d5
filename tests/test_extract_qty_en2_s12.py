"""English quantities, round 2 (session 12, slice QTY-EN): general shapes behind misses
of the blind batches, each said several ways here, with traps that must give nothing.
Every sentence is written for these tests.

- A count told in the passive with no agent ("2,048 … have been installed, and Naver plans
  …") belongs to the next clause's subject, or to the company in focus.
- A capacity figure whose memory is left out after a parallel clause that named it ("the
  H100 holds 80 GB of HBM3, and the H200 holds 141 GB") is of the same memory.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")

Row = tuple[Any, ...]


def of_predicate(text: str, predicate: str) -> list[Row]:
    """(subject, qualifiers, object, value, modality, valid) of one predicate's claims."""
    return [
        (r[0], r[2], r[3], r[4], r[5], r[6])
        for r in sorted_rows(text, "en", PUBLISHED, "press")
        if r[1] == predicate
    ]


def count(n: float) -> tuple[Any, ...]:
    return (n, n, "count", False, "exact")


def gb(n: float) -> tuple[Any, ...]:
    return (n * 1e9, n * 1e9, "B", False, "exact")


# -- a passive count with no agent ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the opening phase, 2,000 MI355X GPUs were deployed, and Nebius expects to "
            "add more halls soon.",
            [("nebius", (("chip", "mi355x"),), None, count(2000), "actual", TODAY)],
        ),
        (
            "Naver opened its new inference hall in May. So far 2,048 Gaudi 3 accelerators "
            "have been deployed, with a second room still empty.",
            [("naver", (("chip", "gaudi3"),), None, count(2048), "actual", TODAY)],
        ),
        (
            "For the first stage, 512 H200 GPUs have now been installed; CoreWeave says the rest "
            "of the order arrives next quarter.",
            [("coreweave", (("chip", "h200"),), None, count(512), "actual", TODAY)],
        ),
    ],
)
def test_a_passive_count_belongs_to_the_next_subject_or_the_company_in_focus(
    text: str, expected: list[Row]
) -> None:
    assert expected == of_predicate(text, "deployed_chips")


@pytest.mark.parametrize(
    "text",
    [
        # the next clause's company only rents what was installed
        "At the new hall, 3,000 H200 units are now up and running, and Oracle will rent all "
        "of them.",
        # an installer named as the agent is no owner
        "In the first hall, 6,000 B200 GPUs were installed by Supermicro crews, the builder said.",
        # shipped is not installed
        "This quarter 4,000 MI355X GPUs have been shipped, and Nebius expects more.",
    ],
)
def test_a_passive_count_with_no_owner_gives_no_fleet(text: str) -> None:
    assert [r for r in of_predicate(text, "deployed_chips") if r[0] != "supermicro"] == []


# -- memory left out of a parallel clause -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject", "memory", "size"),
    [
        ("The H100 holds 80 GB of HBM3, and the H200 holds 141 GB.", "h200", "hbm3", 141),
        (
            "Every MI325X carries 256 GB of HBM3E; the MI355X, shipping since June, "
            "carries 288 GB.",
            "mi355x",
            "hbm3e",
            288,
        ),
        ("B200 boards get 192GB HBM3E, while B300 boards get 288 GB.", "b300", "hbm3e", 288),
    ],
)
def test_a_capacity_with_its_memory_left_out_shares_the_earlier_memory(
    text: str, subject: str, memory: str, size: float
) -> None:
    rows = [r for r in of_predicate(text, "memory_capacity") if r[0] == subject]
    assert [(subject, (("memory", memory),), None, gb(size), "actual", TODAY)] == rows


@pytest.mark.parametrize(
    "text",
    [
        # another kind of memory named after the figure
        "The H100 holds 80 GB of HBM3, and the Grace CPU beside it holds 480 GB of LPDDR5X.",
        # two generations named: which one is meant is not ours to guess
        "The H100 holds 80 GB of HBM3 and the H200 holds 141 GB of HBM3E, and the B200, the "
        "newest of the three, holds 192 GB.",
    ],
)
def test_a_capacity_with_other_memory_named_takes_no_earlier_memory(text: str) -> None:
    rows = of_predicate(text, "memory_capacity")
    assert [r for r in rows if r[0] in ("grace", "b200") and r[1]] == []


# -- a translated "in last year" ----------------------------------------------------------


def usd(n: float) -> tuple[Any, ...]:
    return (n, n, "USD", False, "exact")


@pytest.mark.parametrize(
    "text",
    [
        "Samsung, which made an investment of $2 billion in Rebellions in last year, said "
        "the partnership is going well.",
        "Samsung invested $2 billion in Rebellions in last year as a strategic investor.",
        "Samsung poured $2 billion into Rebellions in last year, the company said.",
    ],
)
def test_a_translated_in_last_year_after_an_investment_holds_at_publication(text: str) -> None:
    expected = [("samsung", (("target", "rebellions"),), None, usd(2e9), "actual", TODAY)]
    assert expected == of_predicate(text, "investment")


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        # a state in that year, not an act: the year dates it, as a bare "last year" does
        ("Naver ran 20,000 H100 GPUs in last year.", ("point", "2025-01-01", "2025-12-31")),
        (
            "Naver plans to run 50,000 H100 GPUs in next year.",
            ("point", "2027-01-01", "2027-12-31"),
        ),
    ],
)
def test_a_translated_relative_year_dates_a_count_as_the_bare_year_does(
    text: str, valid: tuple[str, str, str]
) -> None:
    bare = of_predicate(
        text.replace(" in last year", " last year").replace(" in next", " next"), "deployed_chips"
    )
    assert [r[5] for r in of_predicate(text, "deployed_chips")] == [valid]
    assert [r[5] for r in bare] == [valid]


# -- a customer who booked a share of the capacity ----------------------------------------


def wpm(n: float, approx: bool = False) -> tuple[Any, ...]:
    return (n, n, "wafer/month", approx, "exact")


@pytest.mark.parametrize(
    "text",
    [
        "TSMC keeps adding CoWoS lines. Google has reserved a third of that output, and "
        "analysts see it climbing to 120,000 wafers a month by the end of 2027.",
        "TSMC keeps adding CoWoS lines. AMD reportedly locked up part of the capacity, which "
        "brokers expect to hit 120,000 wafers a month by the end of 2027.",
    ],
)
def test_a_customer_who_booked_capacity_does_not_own_the_figure(text: str) -> None:
    rows = of_predicate(text, "capacity")
    assert [r[0] for r in rows] == ["tsmc"]
    assert [r[3] for r in rows] == [wpm(120000)]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # a maker that secured lines or capacity for itself keeps its own figure
        ("SK hynix has secured HBM4 capacity of 60,000 wafers a month.", "sk-hynix"),
        (
            "Samsung has secured new HBM4 lines and will lift its capacity to 60,000 wafers "
            "a month.",
            "samsung",
        ),
    ],
)
def test_a_maker_that_secured_capacity_keeps_its_figure(text: str, owner: str) -> None:
    assert [r[0] for r in of_predicate(text, "capacity")] == [owner]


# -- a telling set off inside a relative clause -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Meta will widen Prometheus, its Ohio cluster, which, the company said, now runs "
        "more than 150,000 GPUs.",
        "The loan will pay for a bigger Prometheus, where Llama is trained and which, Meta "
        "says, now runs more than 150,000 GPUs.",
        "Meta aims to double Prometheus, which, it added, now runs more than 150,000 GPUs.",
    ],
)
def test_a_telling_inside_a_relative_clause_leaves_its_present_fact_actual(text: str) -> None:
    rows = [r for r in of_predicate(text, "deployed_chips") if r[3][0] == 150000]
    assert [(r[0], r[4], r[5]) for r in rows] == [("prometheus", "actual", TODAY)]


def test_a_telling_inside_a_relative_clause_keeps_a_future_planned() -> None:
    text = (
        "Meta will widen Prometheus, which, the company said, is set to run 300,000 GPUs by "
        "the end of 2027."
    )
    assert [r[4] for r in of_predicate(text, "deployed_chips")] == ["planned"]


# -- the part of a pledge already paid ----------------------------------------------------


def at_most(n: float) -> tuple[Any, ...]:
    return (n, n, "USD", False, "at-most")


@pytest.mark.parametrize(
    ("text", "investor", "target", "pledge", "paid"),
    [
        (
            "Microsoft agreed to invest up to $12 billion in Mistral, with the first $3 billion "
            "already transferred.",
            "microsoft",
            "mistral",
            at_most(12e9),
            3e9,
        ),
        (
            "Oracle pledged $6 billion to xAI, of which $1.5 billion has already been paid in.",
            "oracle",
            "xai",
            usd(6e9),
            1.5e9,
        ),
        (
            "Amazon renewed its pledge of up to $20 billion for Anthropic, with an initial $4 "
            "billion already disbursed.",
            "amazon",
            "anthropic",
            at_most(20e9),
            4e9,
        ),
    ],
)
def test_the_part_of_a_pledge_already_paid_is_an_actual_investment(
    text: str, investor: str, target: str, pledge: tuple[Any, ...], paid: float
) -> None:
    rows = {(r[3], r[4]) for r in of_predicate(text, "investment") if r[0] == investor}
    assert rows == {(pledge, "announced"), (usd(paid), "actual")}
    assert {r[1] for r in of_predicate(text, "investment")} == {(("target", target),)}


@pytest.mark.parametrize(
    "text",
    [
        # an actual total with its first part paid earlier: no second standing total
        "Oracle has invested $6 billion in xAI, with the first $1.5 billion already paid in.",
        # a part still to come is no payment made
        "Oracle pledged $6 billion to xAI, with the first $1.5 billion due in June.",
    ],
)
def test_no_paid_part_without_a_pledge_and_a_payment(text: str) -> None:
    assert [r[3][0] for r in of_predicate(text, "investment")] == [6e9]


# -- a fleet size told with a copula ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("Across its three regions, CoreWeave is now at roughly 45,000 GPUs.", "exact"),
        ("CoreWeave is a little over 45,000 GPUs today, counting every hall.", "at-least"),
        ("After the Texas build, CoreWeave is comfortably over 45,000 GPUs.", "at-least"),
    ],
)
def test_a_fleet_size_told_with_a_copula_is_a_deployment(text: str, bound: str) -> None:
    rows = of_predicate(text, "deployed_chips")
    assert [(r[0], r[3][0], r[3][4], r[4]) for r in rows] == [("coreweave", 45000, bound, "actual")]


@pytest.mark.parametrize(
    "text",
    [
        "The order is 10,000 GPUs, CoreWeave said.",  # a deal's size
        "Each GB200 NVL72 rack is 72 GPUs wired as one.",  # a system's size
        "CoreWeave is 40% larger than a year ago.",  # no count
    ],
)
def test_a_copula_with_no_company_fleet_gives_no_deployment(text: str) -> None:
    assert of_predicate(text, "deployed_chips") == []
