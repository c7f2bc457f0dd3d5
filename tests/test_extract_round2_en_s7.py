"""Round 2 (English): three causes from the blind batches, each said the ways the press says
it, with traps (the same words, no such claim). Every sentence here is written for these
tests.

- "250,000 GPUs, if not more" is a hedge upward, not a negation: the claim stands, and a
  hedge right after the counted noun ("…, if not more", "…, or more", "…, possibly more")
  makes the figure a floor; "by 2027, if not sooner" keeps its deadline.
- "by mid-year", "before midyear": the middle two quarters of the year, as "mid-2026" is; a
  "mid-year review" or "midyear report" times nothing.
- "250,000 GPUs (June 30)": a day alone in brackets after a figure is the day it was counted
  on, as "(as of June 30)" is, and never a day still to come; "(Dec. 31, 2025)" no longer
  ends the sentence at "Dec.".
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import extract_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")
MID_2026 = ("deadline", "2026-03-10", "2026-09-30")
END_2027 = ("deadline", "2026-03-10", "2027-12-31")

Row = tuple[Any, ...]


def claims(text: str) -> list[Row]:
    """Every claim of one snippet, qualifiers as sorted pairs, sorted."""
    return sorted(
        (r[0], r[1], tuple(sorted(r[2].items())), r[3], r[4], r[5], r[6])
        for r in extract_rows(text, "en", PUBLISHED)
    )


def chips(
    who: str,
    count: float,
    modality: str = "actual",
    valid: tuple[str, str, str] = TODAY,
    bound: str = "exact",
    chip: str | None = None,
) -> Row:
    qualifiers = (("chip", chip),) if chip else ()
    value = (count, count, "count", False, bound)
    return (who, "deployed_chips", qualifiers, None, value, modality, valid)


def on_day(day: str) -> tuple[str, str, str]:
    return ("point", day, day)


# -- "if not more": a hedge upward, never a denial ----------------------------------------------

AT_LEAST_250K = chips("coreweave", 250_000, bound="at-least")

HEDGED_UPWARD = [
    ("CoreWeave operates 250,000 GPUs, if not more.", [AT_LEAST_250K]),
    ("CoreWeave operates 250,000 GPUs, possibly more.", [AT_LEAST_250K]),
    ("CoreWeave operates 250,000 GPUs, perhaps more, in its US sites.", [AT_LEAST_250K]),
    ("CoreWeave operates 250,000 GPUs, or even more.", [AT_LEAST_250K]),
    ('"We run 250,000 GPUs, if not more," CoreWeave CEO Michael Intrator said.', [AT_LEAST_250K]),
    (
        "CoreWeave now runs 250,000 GPUs, or more, according to analysts.",
        [chips("coreweave", 250_000, "forecast", bound="at-least")],
    ),
    (
        "Meta will deploy 50,000 TPUs this year, if not more.",
        [
            chips(
                "meta", 50_000, "planned", ("point", "2026-01-01", "2026-12-31"), chip="google-tpu"
            )
        ],
    ),
    (
        "Google invested $2 billion in Anthropic, if not more.",
        [
            (
                "google",
                "investment",
                (("target", "anthropic"),),
                None,
                (2e9, 2e9, "USD", False, "exact"),
                "actual",
                TODAY,
            )
        ],
    ),
    (
        "Microsoft will deploy 100,000 GB300 GPUs by 2027, if not sooner.",
        [chips("microsoft", 100_000, "planned", END_2027, chip="gb300")],
    ),
    (
        "Microsoft will deploy 100,000 GB300 GPUs by 2027 if not earlier.",
        [chips("microsoft", 100_000, "planned", END_2027, chip="gb300")],
    ),
    (
        "Meta plans to run 1.3 million GPUs by the end of 2026, if not more.",
        [chips("meta", 1_300_000, "planned", ("deadline", "2026-03-10", "2026-12-31"))],
    ),
]

STILL_DENIED = [
    ("CoreWeave does not operate 250,000 GPUs.", []),
    ("If not for power limits, CoreWeave would operate 300,000 GPUs.", []),
    ("Meta will not deploy 50,000 TPUs this year.", []),
    ("Meta will not deploy 50,000 TPUs this year, if ever.", []),
    # a correction's contrast is still no floor
    ("CoreWeave operates 250,000 GPUs, not 300,000.", [chips("coreweave", 250_000)]),
]


@pytest.mark.parametrize(("text", "expected"), HEDGED_UPWARD + STILL_DENIED)
def test_if_not_more_is_a_hedge_upward_not_a_negation(text: str, expected: list[Row]) -> None:
    assert sorted(expected) == claims(text)


# -- "by mid-year": the middle two quarters --------------------------------------------------

MID_YEAR = [
    (
        "CoreWeave expects to operate 300,000 GPUs by mid-year.",
        [chips("coreweave", 300_000, "planned", MID_2026)],
    ),
    (
        "CoreWeave expects to operate 300,000 GPUs by midyear.",
        [chips("coreweave", 300_000, "planned", MID_2026)],
    ),
    (
        "CoreWeave expects to operate 300,000 GPUs by mid-year 2027.",
        [chips("coreweave", 300_000, "planned", ("deadline", "2026-03-10", "2027-09-30"))],
    ),
    (
        "By mid-year, Meta will have deployed 50,000 TPUs.",
        [chips("meta", 50_000, "planned", MID_2026, chip="google-tpu")],
    ),
    (
        "Microsoft aims to have 100,000 GB300 GPUs running before midyear.",
        [chips("microsoft", 100_000, "planned", MID_2026, chip="gb300")],
    ),
    (  # the form that already worked, for comparison
        "CoreWeave expects to operate 300,000 GPUs by mid-2026.",
        [chips("coreweave", 300_000, "planned", MID_2026)],
    ),
]

MID_YEAR_TRAPS = [
    ("CoreWeave will publish a mid-year review of its 250,000 GPUs.", []),
    ("CoreWeave operates 250,000 GPUs, its midyear report said.", [chips("coreweave", 250_000)]),
    (
        "CoreWeave operated 250,000 GPUs at the midyear mark, it said.",
        [chips("coreweave", 250_000)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MID_YEAR + MID_YEAR_TRAPS)
def test_by_mid_year_is_the_middle_of_the_year(text: str, expected: list[Row]) -> None:
    assert sorted(expected) == claims(text)


# -- "(June 30)": the day a figure was counted on --------------------------------------------

JUNE_30 = chips("coreweave", 250_000, valid=on_day("2025-06-30"))

BRACKETED_DAYS = [
    ("CoreWeave had 250,000 GPUs (June 30).", [JUNE_30]),
    ("CoreWeave had 250,000 GPUs in operation (June 30).", [JUNE_30]),
    ("CoreWeave operates 250,000 GPUs (June 30).", [JUNE_30]),  # a count is never to come
    ("CoreWeave had 250,000 GPUs in operation ( June 30 ).", [JUNE_30]),
    ("CoreWeave had 250,000 GPUs in operation (as of June 30).", [JUNE_30]),
    ("CoreWeave's fleet: 250,000 GPUs (June 30), up from 180,000 a year earlier.", [JUNE_30]),
    (
        "CoreWeave had 250,000 GPUs in operation (Dec. 31, 2025).",
        [chips("coreweave", 250_000, valid=on_day("2025-12-31"))],
    ),
    (
        "CoreWeave had 250,000 GPUs in operation (Sept. 30).",
        [chips("coreweave", 250_000, valid=on_day("2025-09-30"))],
    ),
    (
        "CoreWeave had 250,000 GPUs in operation (Feb. 28).",
        [chips("coreweave", 250_000, valid=on_day("2026-02-28"))],
    ),
]

BRACKETED_DAY_TRAPS = [
    # a bracketed day after the saying verb dates the telling, not the figure
    ("CoreWeave said (March 3) that it operates 250,000 GPUs.", [chips("coreweave", 250_000)]),
    # a bracket that holds more than the day is a source note
    (
        "CoreWeave operates 250,000 GPUs (source: company filing, June 30).",
        [chips("coreweave", 250_000)],
    ),
    ("CoreWeave (founded in 2017) operates 250,000 GPUs.", [chips("coreweave", 250_000)]),
    (
        "Microsoft signed the deal (Nov. 3) and will deploy 100,000 GB300 GPUs.",
        [chips("microsoft", 100_000, "announced", chip="gb300")],  # a bare future (s16)
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED_DAYS + BRACKETED_DAY_TRAPS)
def test_a_bracketed_day_dates_the_figure_before_it(text: str, expected: list[Row]) -> None:
    assert sorted(expected) == claims(text)


# -- "AMD announced that Oracle will deploy …": the speaker is not the adopter ------------------


def adopts(who: str, product: str, modality: str = "announced") -> Row:
    # (session 11: a cloud's own use with no place named is on-prem, as the dev gold reads
    # 104 of 108 of them; Oracle and Microsoft are clouds)
    return (who, "adopts", (("mode", "on-prem"),), product, None, modality, TODAY)


ORACLE_MI450 = adopts("oracle", "mi450")

SPEAKER_NOT_ADOPTER = [
    ("AMD announced that Oracle will deploy MI450 GPUs.", [ORACLE_MI450]),
    ("AMD announced Oracle will deploy MI450 GPUs.", [ORACLE_MI450]),
    ("AMD announced on Tuesday that Oracle will deploy MI450 GPUs.", [ORACLE_MI450]),
    ("AMD announced in a statement that Oracle will deploy MI450 GPUs.", [ORACLE_MI450]),
    # a speaker that is not the maker was taken as the adopter
    ("Microsoft announced that Oracle will deploy MI450 GPUs.", [ORACLE_MI450]),
    ("Oracle and AMD announced that Oracle will deploy MI450 GPUs.", [ORACLE_MI450]),
    (
        "Nvidia announced that Microsoft has adopted GB300 systems.",
        [adopts("microsoft", "gb300", "actual")],
    ),
    (  # a use already in place, told with the day of the telling first: actual (session 10)
        "Nvidia revealed last week that Microsoft has adopted GB300 systems.",
        [adopts("microsoft", "gb300", "actual")],
    ),
    # the forms that already worked, for comparison
    ("AMD said Oracle will deploy MI450 GPUs.", [ORACLE_MI450]),
    ("Oracle announced that it will deploy MI450 GPUs.", [ORACLE_MI450]),
    ("Oracle announced it will deploy MI450 GPUs from AMD.", [ORACLE_MI450]),
]

SPEAKER_TRAPS = [
    # the announcement is of a deal: the deal's clause names the customer
    (
        "AMD announced a deal under which Oracle will deploy MI450 GPUs.",
        [
            (
                "oracle",
                "supply_deal",
                (("product", "mi450"),),
                "amd",
                None,
                "announced",
                TODAY,
            )
        ],
    ),
    # the maker unveiling its own chip adopts nothing
    ("AMD announced the MI450 on Tuesday.", []),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_NOT_ADOPTER + SPEAKER_TRAPS)
def test_the_speaker_of_a_reported_clause_is_not_its_adopter(
    text: str, expected: list[Row]
) -> None:
    assert sorted(expected) == claims(text)
