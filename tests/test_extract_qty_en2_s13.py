"""English quantities, round 2 (session 13, slice QTY-EN2): general shapes behind the misses
of the blind batches en-r and en-s left after the first round, each said several ways
here, with traps that must give nothing. Every sentence is written for these tests.

- A site or a numbered part of one opening a sentence ("The first phase, built south of
  Lyon, will run …", "Hall 4, now being fitted out, will take the site past …", "Phase 2,
  which we aim to finish in May, will take the cluster to …") counts its owner's chips:
  the company in view, or the issuer for "we"; what it "adds" is no fleet, and another
  company named in the sentence, or "the campus of <Name>", keeps it from the one in view.
  When the aside tells when that part is to be done ("Phase 2, which we aim to finish in
  May, …", "The second hall, due to open in mid-2027, …"), that time dates the count; a
  past opening ("which opened in 2024") dates nothing the sentence says now.
- A site before a plain copula ("The cluster is 8,192 H200 GPUs") tells its fleet size;
  a rack, an order or a deal before it does not.
- A plural company tag in the present ("…, the companies say") makes a bare future the
  companies' own word, announced; analysts' word, a plan word or a date to reach does not.
- A byline line naming a team and its company ("Posted by the infrastructure team, Crusoe")
  says who "we" is in a company's own text; with it, the chips one run or job used ("a
  pretraining job on 2,048 GPUs") are no fleet.
- A tally or a model putting a pronoun at a count ("The annual report has them at …",
  "Our model puts them at …", "Analysts peg the company at …") counts the company in view;
  a value, a role or money put on it is none.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")

Row = tuple[Any, ...]


def of_predicate(text: str, predicate: str, tier: str = "press") -> list[Row]:
    """(subject, qualifiers, object, value, modality, valid) of one predicate's claims."""
    return [
        (r[0], r[2], r[3], r[4], r[5], r[6])
        for r in sorted_rows(text, "en", PUBLISHED, tier)
        if r[1] == predicate
    ]


def count(n: float, bound: str = "exact", approx: bool = False) -> tuple[Any, ...]:
    return (n, n, "count", approx, bound)


# -- a site or a numbered part of one as the subject: its owner's fleet ---------------------


@pytest.mark.parametrize(
    ("text", "subject", "n"),
    [
        (
            "Nscale broke ground near Stavanger in January. The first phase, built on a "
            "former aluminium works, will hold 12,000 GB300 GPUs.",
            "nscale",
            12000,
        ),
        (
            "Crusoe now leases a campus in Wyoming. Building B, which has its own substation, "
            "houses 9,500 GB200 GPUs.",
            "crusoe",
            9500,
        ),
        (
            "Fluidstack has grown quickly near Paris. Hall 2 is set to take the campus past "
            "24,000 GPUs.",
            "fluidstack",
            24000,
        ),
        (
            "Nebius keeps expanding in Finland. Phase three, funded from the March bond, will "
            "bring the site to 40,000 GPUs.",
            "nebius",
            40000,
        ),
        (
            "CoreWeave signed a new lease in Ohio. Its second building, on the east side of "
            "the plot, will run 16,000 GB300 GPUs.",
            "coreweave",
            16000,
        ),
    ],
)
def test_a_site_or_its_part_counts_its_owners_chips(text: str, subject: str, n: int) -> None:
    rows = of_predicate(text, "deployed_chips")
    assert [(r[0], r[3][0]) for r in rows] == [(subject, n)]


@pytest.mark.parametrize(
    "text",
    [
        # traps: what a part adds is no fleet; another company named, or an owner after
        # the site ("The campus of Oracle"), keeps the count from the company in view
        "Crusoe now leases a campus in Wyoming. Building B will add 9,500 GB200 GPUs.",
        "Crusoe now leases a campus in Wyoming. Hall 3, which opens in May, adds 4,000 GPUs.",
        "Crusoe now leases a campus in Wyoming. The campus of Oracle in Texas holds 60,000 GPUs.",
        "Crusoe now leases a campus in Wyoming. Phase 2, which Lambda will rent, will hold "
        "20,000 GPUs.",
    ],
)
def test_an_addition_or_another_owner_is_not_the_company_in_view(text: str) -> None:
    assert [r for r in of_predicate(text, "deployed_chips") if r[0] == "crusoe"] == []


# -- a site before a plain copula: its fleet size ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nebius opened its Kansas City hall last month. The cluster is 8,192 H200 GPUs.",
            [("nebius", (("chip", "h200"),), None, count(8192), "actual", TODAY)],
        ),
        (
            "Together AI switched on a new build in Texas. The site is now about 15,000 B200 GPUs.",
            [
                (
                    "together-ai",
                    (("chip", "b200"),),
                    None,
                    count(15000, approx=True),
                    "actual",
                    TODAY,
                )
            ],
        ),
        (
            "CoreWeave finished its Dallas build in February. Phase 1 is 6,144 GB300 GPUs.",
            [("coreweave", (("chip", "gb300"),), None, count(6144), "actual", TODAY)],
        ),
        (
            "Crusoe keeps adding racks in Abilene. The campus is roughly 30,000 GB200 GPUs.",
            [("crusoe", (("chip", "gb200"),), None, count(30000, approx=True), "actual", TODAY)],
        ),
    ],
)
def test_a_site_before_a_copula_tells_its_fleet(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "deployed_chips")


@pytest.mark.parametrize(
    "text",
    [
        # traps: a rack, an order or a deal before the copula is no site
        "Nebius opened its Kansas City hall last month. The rack is 72 B200 GPUs.",
        "Nebius opened its Kansas City hall last month. The order is 8,192 H200 GPUs.",
        "Nebius opened its Kansas City hall last month. The deal is 8,192 H200 GPUs.",
    ],
)
def test_a_rack_or_an_order_before_a_copula_is_no_fleet(text: str) -> None:
    assert of_predicate(text, "deployed_chips") == []


# -- the time a site opening the sentence is to be done dates what it will hold -------------


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        (
            "Nebius keeps expanding in Finland. Phase 2, which we aim to finish by December, "
            "brings in B300 racks and will take the cluster to about 9,000 GPUs.",
            ("deadline", "2026-03-10", "2026-12-31"),
        ),
        (
            "Nebius keeps expanding in Finland. The second hall, due to open in mid-2027, "
            "will house 30,000 GB300 GPUs.",
            ("point", "2027-04-01", "2027-09-30"),
        ),
        (
            "Nebius keeps expanding in Finland. Building C, which is set to come online next "
            "spring, will take the campus to 25,000 GPUs.",
            ("point", "2027-03-01", "2027-05-31"),
        ),
        (
            "Nebius keeps expanding in Finland. Its third phase, scheduled to be completed in "
            "2028, will run 50,000 GPUs.",
            ("point", "2028-01-01", "2028-12-31"),
        ),
    ],
)
def test_a_sites_due_date_dates_what_it_will_hold(text: str, valid: tuple[str, ...]) -> None:
    rows = of_predicate(text, "deployed_chips")
    assert [(r[0], r[4], r[5]) for r in rows] == [("nebius", "planned", valid)]


@pytest.mark.parametrize(
    "text",
    [
        # traps: a past opening in the aside, or a time of someone else's act in it
        "Nebius keeps expanding in Finland. The second hall, which opened in 2024, now holds "
        "30,000 GB300 GPUs.",
        "Nebius keeps expanding in Finland. The second hall, which Nebius leased in 2024, now "
        "holds 30,000 GB300 GPUs.",
    ],
)
def test_a_past_opening_dates_no_present_count(text: str) -> None:
    assert [r[5] for r in of_predicate(text, "deployed_chips")] in ([], [TODAY])


# -- a plural company tag in the present ("…, the companies say") is their own word ----------


@pytest.mark.parametrize(
    "text",
    [
        "Nscale broke ground near Stavanger in January. The first hall will house 10,000 "
        "GB300 GPUs, the companies say.",
        "Nscale broke ground near Stavanger in January. The campus will run 10,000 GB300 "
        "GPUs, the two companies say.",
        "Nscale broke ground near Stavanger in January. Its first building will hold 10,000 "
        "GB300 GPUs, the firms say.",
        "Nscale broke ground near Stavanger in January. The first hall will house 10,000 "
        "GB300 GPUs, the three companies say in a joint statement.",
    ],
)
def test_a_plural_company_tag_makes_a_bare_future_announced(text: str) -> None:
    assert [r[4] for r in of_predicate(text, "deployed_chips")] == ["announced"]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # traps: analysts' word is a forecast; a plan word or a date to reach keeps the plan
        (
            "Nscale broke ground near Stavanger in January. The first hall will house 10,000 "
            "GB300 GPUs, analysts say.",
            "forecast",
        ),
        (
            "Nscale broke ground near Stavanger in January. The first hall is planned to house "
            "10,000 GB300 GPUs, the companies say.",
            "planned",
        ),
        (
            "Nscale broke ground near Stavanger in January. The first hall will house 10,000 "
            "GB300 GPUs by 2027, the companies say.",
            "planned",
        ),
    ],
)
def test_analysts_a_plan_word_or_a_date_is_no_announcement(text: str, modality: str) -> None:
    assert [r[4] for r in of_predicate(text, "deployed_chips")] == [modality]


# -- a byline line "…team, <Company>" names who "we" is; a job's size is no fleet -----------


def company_rows(text: str) -> list[Row]:
    """(subject, value) of the deployed_chips claims of a company's own text."""
    return [
        (r[0], r[4][0])
        for r in sorted_rows(text, "en", PUBLISHED, "company")
        if r[1] == "deployed_chips"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Notes from our GB200 bring-up\n\nPosted by the infrastructure team, Crusoe\n\n"
            "We now run 12,000 GB200 GPUs across two halls.",
            [("crusoe", 12000)],
        ),
        (
            "A year of H200 operations\n\nBy the site reliability team, Nebius\n\nWe operate "
            "about 9,000 H200 GPUs in Finland today.",
            [("nebius", 9000)],
        ),
        (
            "Inside our B200 build\n\nFrom the hardware staff, Together AI\n\nWe have "
            "deployed 6,000 B200 GPUs since January.",
            [("together-ai", 6000)],
        ),
        (
            "What we learned racking GB300s\n\nWritten by the platform team, Nscale\n\nWe "
            "run 3,000 GB300 GPUs in Glomfjord.",
            [("nscale", 3000)],
        ),
    ],
)
def test_a_byline_team_names_the_issuer(text: str, expected: list[Row]) -> None:
    assert expected == company_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        # traps: one run or job's chips are no fleet (the issuer known from the byline)
        "Notes from our bring-up\n\nPosted by the infrastructure team, Crusoe\n\nOur "
        "longest training run so far was a pretraining job on 2,048 GPUs.",
        "Notes from our bring-up\n\nPosted by the infrastructure team, Crusoe\n\nThe "
        "benchmark job spanned 1,024 GPUs for nine hours.",
        "Notes from our bring-up\n\nPosted by the infrastructure team, Crusoe\n\nEach "
        "fine-tuning experiment used 512 GPUs.",
        "Notes from our bring-up\n\nPosted by the infrastructure team, Crusoe\n\nA single "
        "job ran across 3,000 GPUs last week.",
    ],
)
def test_the_chips_of_one_job_are_no_fleet(text: str) -> None:
    assert company_rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # traps of the trap: a verb "runs", or a fleet after the preposition, keeps the fleet
        (
            "Crusoe said on Monday that it runs 4,000 GPUs in Iceland.",
            [("crusoe", 4000)],
        ),
        (
            "Crusoe said on Monday that it runs its jobs on a fleet of 20,000 GPUs.",
            [("crusoe", 20000)],
        ),
    ],
)
def test_a_fleet_that_runs_jobs_is_still_a_fleet(text: str, expected: list[Row]) -> None:
    assert expected == [(r[0], r[3][0]) for r in of_predicate(text, "deployed_chips")]


# -- a tally or a model that puts a pronoun at a count: the company in view -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nebius reported on Tuesday. The annual report has them at just over 40,000 GPUs.",
            [("nebius", 40000, "actual")],
        ),
        (
            "Crusoe came up next. Its latest investor deck had it north of 30,000 GPUs.",
            [("crusoe", 30000, "actual")],
        ),
        (
            "Take Nscale. Our model puts them at roughly 70,000 GPUs.",
            [("nscale", 70000, "forecast")],
        ),
        (
            "Then there is Fluidstack. Analysts peg the company at about 25,000 GPUs.",
            [("fluidstack", 25000, "forecast")],
        ),
    ],
)
def test_a_tally_putting_a_pronoun_at_a_count_is_the_company_in_view(
    text: str, expected: list[Row]
) -> None:
    rows = of_predicate(text, "deployed_chips")
    assert expected == [(r[0], r[3][0], r[4]) for r in rows]


@pytest.mark.parametrize(
    "text",
    [
        # traps: a value or a role put on it, or money, is no tally of chips
        "Nebius reported on Tuesday. The rally puts it at a market value of $30 billion.",
        "Nebius reported on Tuesday. The contract puts them in charge of 40,000 GPUs.",
        "Nebius reported on Tuesday. Analysts pegged the deal at $4 billion.",
        "Nebius reported on Tuesday. The ranking puts it at number 3 among GPU clouds.",
    ],
)
def test_a_value_or_a_role_put_on_a_pronoun_is_no_fleet(text: str) -> None:
    assert of_predicate(text, "deployed_chips") == []
