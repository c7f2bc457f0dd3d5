"""English deals and adoptions, round 2 (session 12, slice DEALS-EN): general shapes behind
the misses of the blind batches, each said several ways here, with traps that must give
nothing. Every sentence is written for these tests.

- A month with no year heading a past signing ("In November it signed …", said in
  August): the last such month, so the time of the signing, and the deal holds at
  publication, actual (GUIDE: a past month heading the clause of a signing).
- A quarter or half with no year after a preposition that looks ahead ("from the first
  quarter", said in November): the next one (GUIDE: the next such date on or after
  publication when no year is said).
- An announcement that a site or service, named with its place between commas, is now in
  use ("announced that its campus near Abilene, Texas, is now serving customers on …"):
  a state, actual, as without the commas; a future verb or a relative clause before the
  state keeps the announcement.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

AUGUST = datetime(2026, 8, 14, 9, 0, tzinfo=UTC)
NOVEMBER = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
CLOUD_AZURE = (("mode", "cloud"), ("via", "microsoft"))

Row = tuple[Any, ...]


def of_predicate(text: str, predicate: str, published: datetime = AUGUST) -> list[Row]:
    """(subject, qualifiers, object, value, modality, valid) of one predicate's claims."""
    return [
        (r[0], r[2], r[3], r[4], r[5], r[6])
        for r in sorted_rows(text, "en", published)
        if r[1] == predicate
    ]


def today(published: datetime) -> tuple[str, str, str]:
    day = published.date().isoformat()
    return ("point", day, day)


# -- a month with no year heading a past signing ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In November, Meta signed a contract with Google to rent TPUs.",
        "In December Meta struck a deal with Google to rent TPUs in its cloud.",
        "Meta is expanding fast. In September it signed an agreement with Google to rent TPUs.",
        "Meta signed a deal with Google in October to rent TPUs.",
    ],
)
def test_a_month_ahead_heading_a_past_signing_is_the_last_one(text: str) -> None:
    expected = [("meta", (("product", "google-tpu"),), "google", None, "actual", today(AUGUST))]
    assert expected == of_predicate(text, "supply_deal")


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        (
            "In October, Meta will begin renting TPUs from Google.",
            ("point", "2026-10-01", "2026-10-31"),
        ),
        (
            "Meta plans to start renting TPUs from Google in November.",
            ("open", "2026-11-01", "None"),
        ),
    ],
)
def test_a_month_ahead_before_a_use_to_come_still_dates_it(text: str, valid: Row) -> None:
    expected = [
        ("meta", (("mode", "cloud"), ("via", "google")), "google-tpu", None, "planned", valid)
    ]
    assert expected == of_predicate(text, "adopts")


# -- a quarter or half ahead with no year ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Anthropic will run Claude on Azure's GB300 clusters from the first quarter.", "2027-01"),
        (
            "Anthropic plans to run Claude on Azure GB300 capacity starting in the second quarter.",
            "2027-04",
        ),
        ("Anthropic will run Claude on Azure's GB300 clusters from the first half.", "2027-01"),
        ("Anthropic will run Claude on Azure's GB300 clusters from the fourth quarter.", "2026-10"),
    ],
)
def test_a_quarter_with_no_year_after_from_is_the_next_one(text: str, start: str) -> None:
    expected = [
        ("anthropic", CLOUD_AZURE, "gb300", None, "planned", ("open", f"{start}-01", "None"))
    ]
    assert expected == of_predicate(text, "adopts", NOVEMBER)


# -- an announcement of a state with a place between commas -----------------------------


@pytest.mark.parametrize(
    ("text", "company", "chip"),
    [
        (
            "Crusoe announced that its new campus near Abilene, Texas, is already serving "
            "customers on GB200 racks.",
            "crusoe",
            "gb200",
        ),
        (
            "Nscale said today that the second hall of its site in Sines, Portugal, is now "
            "serving clients on GB300 NVL72 systems.",
            "nscale",
            "gb300",
        ),
        (
            "CoreWeave announced that its facility in Lancaster, Pennsylvania, is currently "
            "serving customers on H200 clusters.",
            "coreweave",
            "h200",
        ),
    ],
)
def test_an_announced_state_with_a_place_between_commas_is_actual(
    text: str, company: str, chip: str
) -> None:
    expected = [(company, (("mode", "on-prem"),), chip, None, "actual", today(AUGUST))]
    assert expected == of_predicate(text, "adopts")


def test_a_future_state_after_commas_stays_announced() -> None:
    text = (
        "Oracle announced that its cluster in Wichita, Kansas, will be running MI355X accelerators."
    )
    assert [r[4] for r in of_predicate(text, "adopts")] == ["announced"]
