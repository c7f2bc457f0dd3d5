"""English quantities (session 12, slice QTY-EN): general shapes behind the misses of the
blind batches, each said several ways here, with traps that must give nothing. Every
sentence is written for these tests.

- The modality of an investment: being close to putting money in is `considering`; a
  pledge named as a noun ("its pledge of up to $X") and an agreement to buy a company's
  shares with words between ("agreed on Monday to buy $X of its stock") are `announced`;
  an amount several backers put in "between them" is no one's.
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


def usd(n: float, bound: str = "exact", approx: bool = False) -> tuple[Any, ...]:
    return (n, n, "USD", approx, bound)


# -- the modality of an investment --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oracle is close to committing $3 billion to OpenAI, a person familiar with the "
            "matter said.",
            [("oracle", (("target", "openai"),), None, usd(3e9), "considering", TODAY)],
        ),
        (
            "Microsoft is close to putting another $2 billion into OpenAI, which would lift its "
            "total stake in the lab to $15 billion.",
            [("microsoft", (("target", "openai"),), None, usd(15e9), "considering", TODAY)],
        ),
        (
            "Bankers say Nvidia is now closer to investing $1 billion in xAI than it was in May.",
            [("nvidia", (("target", "xai"),), None, usd(1e9), "considering", TODAY)],
        ),
    ],
)
def test_being_close_to_putting_money_in_is_considering(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "investment")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SoftBank restated its pledge of up to $30 billion for OpenAI.",
            [("softbank", (("target", "openai"),), None, usd(30e9, "at-most"), "announced", TODAY)],
        ),
        (
            "Google reaffirmed its pledge to invest as much as $2 billion in Anthropic.",
            [("google", (("target", "anthropic"),), None, usd(2e9, "at-most"), "announced", TODAY)],
        ),
        (
            "Nvidia agreed on Thursday to buy $5 billion of Intel stock.",
            [("nvidia", (("target", "intel"),), None, usd(5e9), "announced", TODAY)],
        ),
        (
            "Microsoft signed an agreement to purchase $1 billion of OpenAI preferred shares.",
            [("microsoft", (("target", "openai"),), None, usd(1e9), "announced", TODAY)],
        ),
    ],
)
def test_a_pledge_or_an_agreed_share_purchase_is_announced(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "investment")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a purchase made is a fact
            "Nvidia bought $5 billion of Intel stock in December.",
            [("nvidia", (("target", "intel"),), None, usd(5e9), "actual", TODAY)],
        ),
        (  # the cue belongs to another statement
            "Amazon has invested $8 billion in Anthropic, while Google is close to investing more.",
            [("amazon", (("target", "anthropic"),), None, usd(8e9), "actual", TODAY)],
        ),
        (  # a sum of several backers
            "Oracle and Nvidia would put in about $1.4 billion between them.",
            [],
        ),
        (
            "A clutch of pension funds and Microsoft have put $900 million into Mistral AI "
            "combined.",
            [],
        ),
    ],
)
def test_investment_modality_traps(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "investment")
