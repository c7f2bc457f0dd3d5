"""English deals and adoptions (session 12, slice DEALS-EN): general shapes behind the
misses of the blind batches, each said several ways here, with traps that must give
nothing. Every sentence is written for these tests.

- A provider putting a product at its users' disposal ("rents out H200 clusters to AI
  start-ups", "offers GB300 capacity to its customers", "is serving customers on GB300
  systems", "made GB300 clusters generally available"): the provider adopts it on its own
  premises (GUIDE: a cloud offering a chip in its own service), not a cloud use, even with
  "rent" in the clause. A seller's offer of servers and a rental to a named company are not
  this.
- A use to come told with a bare "will" on a named speaker's word ("…, AMD said",
  "according to Andy Jassy", "Lisa Su confirmed that Oracle will …"): announced, not a plan
  (GUIDE: a future with no date to reach and no plan word). A plan word, a due date or an
  analyst's word keeps the plan or the forecast.
- A deal told as signed, whose goods a relative clause sends into the future ("signed a
  contract with Nvidia for 30,000 GB300 chips that will fill its campus"): the deal is made,
  actual; only what the goods will do lies ahead. A deal still to be signed stays a plan.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")
ON_PREM = (("mode", "on-prem"),)

Row = tuple[Any, ...]


def of_predicate(text: str, predicate: str) -> list[Row]:
    """(subject, qualifiers, object, value, modality, valid) of one predicate's claims."""
    return [
        (r[0], r[2], r[3], r[4], r[5], r[6])
        for r in sorted_rows(text, "en", PUBLISHED)
        if r[1] == predicate
    ]


# -- a provider serving its users out of its own data centers ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nebius leases out its H200 clusters to AI start-ups by the hour.",
            [("nebius", ON_PREM, "h200", None, "actual", TODAY)],
        ),
        (
            "Crusoe now rents B200 capacity to model builders from its Wyoming campus.",
            [("crusoe", ON_PREM, "b200", None, "actual", TODAY)],
        ),
        (
            "CoreWeave offers GB300 NVL72 capacity to paying customers in three regions.",
            [("coreweave", ON_PREM, "gb300", None, "actual", TODAY)],
        ),
        (
            "Nscale is serving its customers on MI355X systems in Norway.",
            [("nscale", ON_PREM, "mi355x", None, "actual", TODAY)],
        ),
        (
            "Oracle has made its GB300 clusters generally available.",
            [("oracle", ON_PREM, "gb300", None, "actual", TODAY)],
        ),
        (
            "Fluidstack switched its first H200 racks online for clients last week.",
            [("fluidstack", ON_PREM, "h200", None, "actual", TODAY)],
        ),
    ],
)
def test_a_provider_serving_its_users_adopts_on_its_own_premises(
    text: str, expected: list[Row]
) -> None:
    assert expected == of_predicate(text, "adopts")


@pytest.mark.parametrize(
    "text",
    [
        # a seller's offer of machines is a sale
        "Dell offers GB300 servers to enterprise customers.",
        # a maker releasing its own part is no use of it
        "Nvidia made Rubin available to customers in January.",
    ],
)
def test_a_sellers_offer_is_no_adoption(text: str) -> None:
    assert of_predicate(text, "adopts") == []


def test_a_rental_to_a_named_company_stays_that_companys_cloud_use() -> None:
    expected = [
        ("anthropic", (("mode", "cloud"), ("via", "google")), "google-tpu", None, "actual", TODAY)
    ]
    assert expected == of_predicate("Google rents out TPUs to Anthropic.", "adopts")


# -- a use to come, told on a named speaker's word -------------------------------------


def modalities(text: str, predicate: str) -> list[tuple[str, str, str]]:
    """(subject, object, modality) of one predicate's claims."""
    return [(r[0], r[2], r[4]) for r in of_predicate(text, predicate)]


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        (
            "Meta will run its ranking models on MI450 racks, AMD said.",
            "adopts",
            [("meta", "mi450", "announced")],
        ),
        (
            "Lisa Su confirmed that Oracle will offer MI450 instances in its cloud.",
            "adopts",
            [("oracle", "mi450", "announced")],
        ),
        (
            "Anthropic will train its next models on Project Rainier, according to Andy Jassy.",
            "trains_on",
            [("anthropic", "project-rainier", "announced")],
        ),
        (
            "xAI will also use Spectrum-X switches at the new site, Nvidia confirmed.",
            "adopts",
            [("xai", "spectrum-x", "announced")],
        ),
    ],
)
def test_a_use_to_come_on_a_named_speakers_word_is_announced(
    text: str, predicate: str, expected: list[tuple[str, str, str]]
) -> None:
    assert expected == modalities(text, predicate)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a due date: the use is planned for then
        (
            "Meta will run its ranking models on MI450 racks in the second half of 2026, AMD said.",
            [("meta", "mi450", "planned")],
        ),
        # a plan word of its own
        (
            "Meta plans to run its ranking models on MI450 racks, AMD said.",
            [("meta", "mi450", "planned")],
        ),
        # no speaker named: the article's own future
        ("Meta will run its ranking models on MI450 racks.", [("meta", "mi450", "planned")]),
        # a third party's word is their expectation
        (
            "Meta will run its ranking models on MI450 racks, analysts said.",
            [("meta", "mi450", "forecast")],
        ),
    ],
)
def test_a_plan_word_a_due_date_or_a_third_party_keeps_the_modality(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert expected == modalities(text, "adopts")


# -- a signed deal whose goods a relative clause sends ahead ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nscale said on Tuesday it had signed a contract with Nvidia for 30,000 GB300 chips"
            " that will fill its new campus in Norway.",
            [
                (
                    "nscale",
                    (("product", "gb300"),),
                    "nvidia",
                    (30000.0, 30000.0, "count", False, "exact"),
                    "actual",
                    TODAY,
                )
            ],
        ),
        (
            "Crusoe inked an order with AMD for MI355X accelerators, which will go into its"
            " Texas site.",
            [("crusoe", (("product", "mi355x"),), "amd", None, "actual", TODAY)],
        ),
        (
            "Crusoe plans to sign an order with AMD for MI355X accelerators that will go into"
            " its Texas site.",
            [("crusoe", (("product", "mi355x"),), "amd", None, "planned", TODAY)],
        ),
    ],
)
def test_a_signed_deal_stays_actual_when_its_goods_will_do_something_later(
    text: str, expected: list[Row]
) -> None:
    assert expected == of_predicate(text, "supply_deal")
