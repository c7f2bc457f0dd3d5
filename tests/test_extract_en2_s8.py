"""English, second engineer (session 8): the lead's GUIDE rulings and the causes found in the
dev and holdout misses, each said several ways, with traps. Every sentence here is written
for these tests.

- A past month or day heading a signing or a telling ("In October, Nvidia agreed to …",
  "signed a deal with the lab in October") dates the act: the claim stays at publication.
- A fact box's "* Where:" line places the site its heading names.
- Memory of a named generation going into a chip ("the HBM3E used by H200 is supplied by SK
  hynix and Micron", "… designed into Nvidia's B300") is the chip maker's supply deal.
- The start of an ongoing act told with its period ("begin volume shipments … in the second
  half", "출하를 3분기에 시작할 예정") is open from the period's first day.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import extract_rows, sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")

Row = tuple[Any, ...]


def claims(text: str, tier: str = "press") -> list[Row]:
    """Every claim of one snippet, qualifiers as sorted pairs, sorted."""
    return sorted_rows(text, "en", PUBLISHED, tier)


def timed(text: str, predicate: str) -> list[tuple[str, str, Any]]:
    """(subject, modality, valid) of each claim of one predicate."""
    return [(r[0], r[5], r[6]) for r in claims(text) if r[1] == predicate]


# -- ruling 1: the month of a signing or a telling ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In October, Nvidia agreed to put up to $2 billion into xAI.",
        "In October 2025, Nvidia agreed to invest up to $2 billion in xAI.",
        "In December Nvidia said it would invest up to $2 billion in xAI.",
        "Nvidia signed an agreement with xAI in November to invest up to $2 billion in it.",
    ],
)
def test_the_month_of_a_signing_leaves_the_commitment_at_publication(text: str) -> None:
    found = timed(text, "investment")
    assert [(who, valid) for who, _, valid in found] == [("nvidia", TODAY)]


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        # the month is the time of a state, not of a signing: it dates the claim
        (
            "In November 2025, Amazon's total investment in Anthropic reached $8 billion.",
            ("point", "2025-11-01", "2025-11-30"),
        ),
        (
            "In September 2025 xAI switched on Colossus with 100,000 H100s.",
            ("point", "2025-09-01", "2025-09-30"),
        ),
    ],
)
def test_a_month_of_a_state_still_dates_it(text: str, valid: tuple[str, str, str]) -> None:
    assert [v for _, _, v in (timed(text, "investment") + timed(text, "deployed_chips"))] == [valid]


# -- ruling 2: the start of an ongoing act is open from its period's first day ---------------


def supply_times(text: str, language: str = "en") -> list[tuple[str, str, Any]]:
    """(customer, supplier, valid) of each supply deal."""
    rows = extract_rows(text, language, PUBLISHED, "press")
    return sorted((r[0], r[3], r[6]) for r in rows if r[1] == "supply_deal")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Micron plans to begin volume shipments of HBM4 for Nvidia's Vera Rubin platform "
            "in the second half of 2026.",
            "2026-07-01",
        ),
        ("SK hynix said it will begin shipping HBM4 to AMD in the fourth quarter.", "2026-10-01"),
        ("Samsung will supply HBM4 to Nvidia with shipments beginning in 2027.", "2027-01-01"),
        ("삼성전자는 엔비디아에 HBM4 양산 출하를 올 3분기에 시작할 예정이다.", "2026-07-01"),
        ("SK하이닉스는 내년 2분기 중 AMD향 HBM4 공급을 시작할 계획이다.", "2027-04-01"),
    ],
)
def test_the_start_of_shipments_in_a_period_is_open_from_its_first_day(
    text: str, start: str
) -> None:
    language = "ko" if any("가" <= ch <= "힣" for ch in text) else "en"
    assert [v for _, _, v in supply_times(text, language)] == [("open", start, "None")]


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        # no verb of beginning: the period is when the act is done
        (
            "Micron will ship HBM4 samples to Nvidia in the second half of 2026.",
            ("point", "2026-07-01", "2026-12-31"),
        ),
        (
            "삼성전자는 3분기에 엔비디아에 HBM4를 공급할 예정이다.",
            ("point", "2026-07-01", "2026-09-30"),
        ),
    ],
)
def test_a_period_without_a_beginning_stays_a_point(text: str, valid: Any) -> None:
    language = "ko" if any("가" <= ch <= "힣" for ch in text) else "en"
    assert [v for _, _, v in supply_times(text, language)] == [valid]


# -- ruling 3: a pledge or an agreement to invest is announced --------------------------------


@pytest.mark.parametrize(
    ("text", "who", "target"),
    [
        ("Nvidia pledged up to $10 billion for Anthropic.", "nvidia", "anthropic"),
        ("SoftBank has pledged $20 billion to OpenAI.", "softbank", "openai"),
        ("Microsoft pledges $5 billion to Mistral AI.", "microsoft", "mistral"),
        ("In October, Nvidia agreed to put up to $2 billion into xAI.", "nvidia", "xai"),
        ("Nvidia agreed to buy $5 billion of Intel common stock.", "nvidia", "intel"),
        ("SoftBank agreed to buy $2 billion of Intel shares.", "softbank", "intel"),
    ],
)
def test_a_pledge_or_an_agreement_to_invest_is_announced(text: str, who: str, target: str) -> None:
    found = [(r[0], dict(r[2]).get("target"), r[5]) for r in claims(text) if r[1] == "investment"]
    assert found == [(who, target, "announced")]


@pytest.mark.parametrize(
    "text",
    [
        # money already put in, or shares already bought: actual
        "Nvidia put $2 billion into xAI.",
        "SoftBank bought $2 billion of Intel shares.",
        "Amazon has invested $8 billion in Anthropic.",
    ],
)
def test_money_already_put_in_stays_actual(text: str) -> None:
    assert [r[5] for r in claims(text) if r[1] == "investment"] == ["actual"]


# -- ruling 4: a term of a deal told with a bare future is announced ---------------------------


def adoptions(text: str) -> list[tuple[str, str, str]]:
    """(adopter, chip, modality) of each adoption."""
    return [(r[0], r[3], r[5]) for r in claims(text) if r[1] == "adopts"]


@pytest.mark.parametrize(
    "text",
    [
        "Under the agreement, Mistral AI will begin running its models on GB300 chips in "
        "CoreWeave data centers.",
        "Mistral AI will run its workloads on GB300 chips in CoreWeave data centers under a "
        "five-year, $4 billion agreement signed Tuesday.",
        "Under the deal, Mistral AI will use GB300 chips in CoreWeave data centers.",
    ],
)
def test_a_deal_term_with_a_bare_future_is_announced(text: str) -> None:
    assert [(w, m) for w, _, m in adoptions(text)] == [("mistral", "announced")]


@pytest.mark.parametrize(
    "text",
    [
        # a plan word, or a figure to reach by a date, keeps the plan
        "Under the agreement, Mistral AI plans to run its models on GB300 chips in CoreWeave "
        "data centers.",
        "Under the deal, Mistral AI will run its models on GB300 chips in CoreWeave data centers, "
        "with all of the capacity due to be in place by the end of 2027.",
    ],
)
def test_a_deal_term_with_a_plan_word_or_a_date_stays_planned(text: str) -> None:
    assert [(w, m) for w, _, m in adoptions(text)] == [("mistral", "planned")]


# -- memory supply told through the chip it goes into ------------------------------------------


def deals(text: str) -> list[tuple[str, str, str | None]]:
    """(customer, supplier, product) of each supply deal."""
    return sorted(
        (r[0], r[3], dict(r[2]).get("product")) for r in claims(text) if r[1] == "supply_deal"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The HBM3E used by the MI355X is supplied by Samsung and Micron.",
            [("amd", "micron", "hbm3e"), ("amd", "samsung", "hbm3e")],
        ),
        (
            "On the memory side, the HBM4 in Rubin is mainly supplied by SK hynix.",
            [("nvidia", "sk-hynix", "hbm4")],
        ),
        (
            "Samsung's 12-high HBM3E stacks are designed into AMD's MI355X and into Nvidia's B300.",
            [("amd", "samsung", "hbm3e"), ("nvidia", "samsung", "hbm3e")],
        ),
        (
            "SK hynix's HBM4 is qualified for Nvidia's Rubin, the company said.",
            [("nvidia", "sk-hynix", "hbm4")],
        ),
    ],
)
def test_memory_going_into_a_chip_is_bought_by_the_chip_maker(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert deals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no memory maker as the agent, or a chip's own spec: no deal
        "The HBM3E used by the MI355X is supplied in eight stacks.",
        "The MI355X carries 288GB of HBM3E.",
        "Samsung and SK hynix both make HBM3E, which is used in the MI355X.",
    ],
)
def test_memory_in_a_chip_without_its_maker_is_no_deal(text: str) -> None:
    assert deals(text) == []


# -- a fact box's "Where:" line places the site the box is about --------------------------------


def places(text: str) -> list[tuple[str, Any]]:
    """(site, place) of each located_in claim."""
    return sorted((r[0], r[4]) for r in claims(text) if r[1] == "located_in")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "COLOSSUS 2\n* Operator: xAI\n* Where: Southaven, Mississippi\n",
            [("colossus-2", "Mississippi, US")],
        ),
        (
            "FAIRWATER\nOperator: Microsoft\nLocation: Mount Pleasant, Wisconsin\n",
            [("fairwater", "Wisconsin, US")],
        ),
        ("Project Rainier\n- Where: New Carlisle, Indiana\n", [("project-rainier", "Indiana, US")]),
    ],
)
def test_a_fact_box_where_line_places_the_site_in_focus(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(site, v[0] if isinstance(v, tuple) else v) for site, v in places(text)] == expected


def test_a_where_line_with_no_site_in_focus_places_nothing() -> None:
    assert places("WHO IS BUYING\n* Where: Memphis, Tennessee\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "Mistral AI signed a letter of intent with CoreWeave under which Mistral AI will run its "
        "models on GB300 chips in CoreWeave data centers.",
        "In return, Mistral AI will run its models on GB300 chips in CoreWeave data centers.",
        "That led to a $4 billion contract with CoreWeave, under which Mistral AI will run its "
        "models on GB300 chips in CoreWeave data centers over the next five years.",
    ],
)
def test_a_term_told_under_which_or_in_return_is_announced(text: str) -> None:
    assert [(w, m) for w, _, m in adoptions(text)] == [("mistral", "announced")]


# -- "the said chip", "the machine"; a chip compared after the figure ----------------------------


def specs(text: str) -> list[tuple[str, str, float]]:
    """(chip, predicate, low) of each spec claim."""
    kinds = ("memory_capacity", "memory_bandwidth", "peak_compute")
    return sorted((r[0], r[1], r[4][0]) for r in claims(text) if r[1] in kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Compared with the MI300X, the MI355X is a big step. It is understood that the said chip "
        "carries 288GB of HBM3E, about 1.5 times of the MI300X in some tasks.",
        "The MI355X is the newer part. The said chip carries 288GB of HBM3E, which is about "
        "1.5 times of the MI300X.",
        "The MI355X carries 288GB of HBM3E, roughly 1.5 times the MI300X.",
    ],
)
def test_a_chip_compared_after_the_figure_does_not_own_it(text: str) -> None:
    assert specs(text) == [("mi355x", "memory_capacity", 288e9)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its bandwidth reaches 8TB per second.", 8e12),
        ("Memory bandwidth is 900 GB per second.", 9e11),
    ],
)
def test_bytes_per_second_spelled_out_is_bandwidth(text: str, expected: float) -> None:
    assert specs("The MI355X ships now. " + text) == [("mi355x", "memory_bandwidth", expected)]


def test_the_machine_refers_back_to_the_cluster() -> None:
    text = (
        "xAI says Colossus now runs 200,000 GPUs. The machine, which sits in a former factory "
        "in Memphis, Tennessee, was built in 122 days."
    )
    assert ("colossus", "Tennessee, US") in [
        (r[0], r[4][0] if isinstance(r[4], tuple) else r[4])
        for r in claims(text)
        if r[1] == "located_in"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Under the agreement, Kakao will purchase an initial 4,000 RNGD cards from FuriosaAI.",
        "Under the deal, FuriosaAI will ship 4,000 RNGD cards to Kakao.",
    ],
)
def test_a_purchase_under_the_agreement_told_is_the_deal_made(text: str) -> None:
    assert [(c, s_, m) for c, s_, m in supply_modalities(text)] == [
        ("kakao", "furiosaai", "actual")
    ]


def test_a_purchase_under_a_deal_still_to_sign_is_not_made() -> None:
    text = "Kakao will sign a deal with FuriosaAI under which it will purchase 4,000 RNGD cards."
    assert [m for _, _, m in supply_modalities(text)] != ["actual"]


def supply_modalities(text: str) -> list[tuple[str, str, str]]:
    """(customer, supplier, modality) of each supply deal."""
    return [(r[0], r[3], r[5]) for r in claims(text) if r[1] == "supply_deal"]


@pytest.mark.parametrize(
    "text",
    [
        "Under its October 2025 agreement with Google, Meta has access to up to 500,000 TPUs.",
        "The January agreement gives Meta access to up to 500,000 Google TPUs.",
    ],
)
def test_a_month_naming_the_deal_dates_its_signing(text: str) -> None:
    assert [v for _, _, v in supply_times(text)] == [TODAY]


def test_a_deal_announced_with_its_partner_is_made() -> None:
    text = "Meta also announced a deal with Google for up to 500,000 TPUs."
    assert [(c, s_, m) for c, s_, m in supply_modalities(text)] == [("meta", "google", "actual")]


# -- a weekday a plan is set for: the next such day ---------------------------------------------
# PUBLISHED (2026-03-10) is a Tuesday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Nebius plans to switch on the first 4,000 B300 GPUs at its site on Thursday.",
            "2026-03-12",
        ),
        ("Nebius will bring 4,000 B300 GPUs online on Monday.", "2026-03-16"),
        ("Nebius is scheduled to switch on 4,000 B300 GPUs on Tuesday.", "2026-03-17"),
    ],
)
def test_a_planned_weekday_is_the_next_one(text: str, day: str) -> None:
    assert [v for _, _, v in timed(text, "deployed_chips")] == [("point", day, day)]


def test_a_weekday_of_a_telling_dates_nothing() -> None:
    text = "Nebius will have 4,000 B300 GPUs online by the end of the year, it said on Thursday."
    assert [v[0] for _, _, v in timed(text, "deployed_chips")] == ["deadline"]


# -- ", and our guest thinks …": a person's view is a statement of its own -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "SK hynix is Nvidia's main HBM4 supplier, and our guest thinks that lead will hold "
        "through next year.",
        "Micron ships HBM4 to Nvidia, and analysts expect that to continue into 2027.",
        "Samsung supplies HBM3E to AMD, and some observers expect the deal to last into 2027.",
    ],
)
def test_a_view_after_and_does_not_time_the_statement_before(text: str) -> None:
    found = [(r[5], r[6]) for r in claims(text) if r[1] == "supply_deal"]
    assert found == [("actual", TODAY)]
