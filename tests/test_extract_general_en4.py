"""General causes behind misses on unseen English text (fourth round on the en-c and en-d
batches), each pinned by phrasings written for these tests in several outlets' registers,
plus traps that must not yield the reading. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import claim_row, run_extractor
from tracker.extract.text import Span, split_clauses
from tracker.extract.timex import TimeRecognizer

PUBLISHED = datetime(2026, 5, 12, 9, 0, tzinfo=UTC)
TIMES = TimeRecognizer()


def rows(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    return [claim_row(c) for c in run_extractor(text, "en", PUBLISHED, tier)]


def dating(sentence: str) -> list[str]:
    """The words of every time in the sentence that may date a claim."""
    return [sentence[t.start : t.end] for t in TIMES.find(sentence, "en", PUBLISHED.date())]


# -- a bare relative year right after a past act dates the act ------------------------------------
# GUIDE (valid time): "a past month, quarter or day named without a time preposition ('signed
# last month') dates the event or the telling, not the state: such claims stay at
# publication". A bare "last year"/"this year" right after a verb of a done act is the same
# time of an event (often inside an unmarked relative clause: "a deal the two companies
# signed last year"); the Korean reader already treats "지난해 … 맺은" so. A preposition
# ("since last year", "during last year") or a verb of planning
# ("is expected this year") keeps the year as the claim's time.

ACT_YEARS = [
    "Hynix remains Nvidia's main HBM4 vendor under a contract the pair signed last year.",
    "The Abilene racks, which Oracle bought last year, now serve OpenAI.",
    "Under the supply pact AMD inked this year, Samsung ships HBM4 to the MI450 line.",
    "Meta leans on the capacity it acquired last year from CoreWeave.",
    "The order Microsoft placed this year covers Rubin systems for Azure.",
]
PLAN_OR_STATE_YEARS = [
    ("Rubin is expected this year, the company said.", "this year"),
    ("Volume shipments are scheduled this year for the MI450.", "this year"),
    ("Meta has run Trainium capacity since last year.", "since last year"),
    ("Nebius doubled its fleet during last year.", "during last year"),
    ("CoreWeave will add 100,000 GPUs this year.", "this year"),
]


@pytest.mark.parametrize("sentence", ACT_YEARS)
def test_a_bare_relative_year_after_a_past_act_does_not_date_a_claim(sentence: str) -> None:
    expected: list[str] = []
    assert expected == dating(sentence)


@pytest.mark.parametrize(("sentence", "words"), PLAN_OR_STATE_YEARS)
def test_a_year_after_a_preposition_or_a_plan_still_dates_the_claim(
    sentence: str, words: str
) -> None:
    assert [words] == dating(sentence)


DEALS_SIGNED = [
    (
        "SK hynix is the main HBM4 supplier for Nvidia's Rubin, under a deal the two companies"
        " signed last year.",
        ("nvidia", "supply_deal", {"product": "hbm4"}, "sk-hynix"),
    ),
    (
        "Samsung supplies HBM4 for AMD's MI450 under an agreement the companies struck this year.",
        ("amd", "supply_deal", {"product": "hbm4"}, "samsung"),
    ),
    (
        "Micron ships HBM4 to Nvidia under a deal it signed last year, a spokesperson said.",
        ("nvidia", "supply_deal", {"product": "hbm4"}, "micron"),
    ),
]


@pytest.mark.parametrize(("text", "head"), DEALS_SIGNED)
def test_a_deal_signed_last_year_holds_at_publication(text: str, head: tuple[Any, ...]) -> None:
    expected = [(*head, None, "actual", ("point", "2026-05-12", "2026-05-12"))]
    assert expected == rows(text)


# -- the second of two coordinated that-clauses is a clause of its own ---------------------------
# "said that X and that Y": each that-clause is a statement with its own time and modal cue.
# ", and that" was cut already; without the comma the second statement took the first one's
# time ("output for 2027 is fully booked and that Nvidia has signed a supply agreement" gave a
# deal planned for 2027). A lone "and that" (no that-clause before it) is not cut.

THAT_PAIRS = [
    (
        "Micron said that its HBM4 output for 2027 is sold out and that Nvidia has signed a"
        " supply agreement.",
        "Nvidia has signed a supply agreement.",
    ),
    (
        "Filings show that CoreWeave will add 80,000 GPUs in 2027 and that Meta rents most of"
        " its capacity today.",
        "Meta rents most of its capacity today.",
    ),
    (
        "People briefed on the talks say that Samsung hopes to qualify HBM4 by March and that"
        " AMD already buys its HBM3E.",
        "AMD already buys its HBM3E.",
    ),
]
NOT_THAT_PAIRS = [
    "Oracle runs GB200 racks in Abilene and that site alone draws 1.2 GW.",
    "AWS said Trainium2 and that chip's successor share one software stack.",
]


@pytest.mark.parametrize(("sentence", "last"), THAT_PAIRS)
def test_a_second_that_clause_is_its_own_clause(sentence: str, last: str) -> None:
    spans = split_clauses(sentence, "en")
    assert last == sentence[spans[-1].start : spans[-1].end]


@pytest.mark.parametrize("sentence", NOT_THAT_PAIRS)
def test_and_that_without_a_that_clause_before_it_is_not_cut(sentence: str) -> None:
    assert [Span(0, len(sentence))] == split_clauses(sentence, "en")


def test_a_deal_after_a_dated_that_clause_takes_no_date_from_it() -> None:
    text = (
        "Micron said that its HBM4 output for 2027 is fully booked and that it has signed a"
        " supply agreement with Nvidia for HBM4."
    )
    expected = [
        (
            "nvidia",
            "supply_deal",
            {"product": "hbm4"},
            "micron",
            None,
            "actual",
            ("point", "2026-05-12", "2026-05-12"),
        )
    ]
    assert expected == rows(text)
