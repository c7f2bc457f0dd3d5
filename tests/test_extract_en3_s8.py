"""English, third engineer (session 8): references back to the company a text is about,
each said several ways, with traps. Every sentence here is written for these tests.

- An amount with no target named goes to the company the text's lead is about when the
  sentence tells a round or a stake, or when the site in view is not the investors' own
  and the sentence speaks of no building; an owner's money for its own site's expansion,
  or any money for building a campus, stays with the site.
- A reference back is the company the sentence or the text is about: "it" before what a
  company does to others ("It has poured …", "It is shipping … to AMD"); a description
  opening a clause after a conjunction ("Micron rose 4% after the chipmaker said …") is the
  main clause's subject; one after a semicolon is the text's own company when the clause
  before named it ("Reports said Apple had dropped Samsung; the company now …").
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)

Row = tuple[Any, ...]


def claims(text: str, tier: str = "press") -> list[Row]:
    """Every claim of one snippet, qualifiers as sorted pairs, sorted."""
    return sorted_rows(text, "en", PUBLISHED, tier)


def targets(text: str) -> list[tuple[str, str]]:
    """(investor, target) of each investment claim."""
    return sorted(
        (r[0], dict(r[2]).get("target", "")) for r in claims(text) if r[1] == "investment"
    )


# -- an amount with no target: the company the text is about -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anthropic has lined up money from chipmakers and clouds. Much of its training runs"
            " on Project Rainier, which AWS built in Indiana. Jan 2026 - Microsoft and Nvidia"
            " agree to invest up to $2 billion and $4 billion respectively.",
            [("microsoft", "anthropic"), ("nvidia", "anthropic")],
        ),
        (
            "xAI plans to double Colossus by the summer. Colossus already holds 200,000 GPUs."
            " The expansion follows a $15 billion funding round in which AMD put in about"
            " $1 billion.",
            [("amd", "xai")],
        ),
        (
            "OpenAI keeps adding compute. It trains on Stargate in Abilene. SoftBank has agreed"
            " to invest $22 billion.",
            [("softbank", "openai")],
        ),
        (
            "Mistral AI is raising money. It runs its models on Project Rainier. Samsung took an"
            " equity stake of $300 million.",
            [("samsung", "mistral")],
        ),
    ],
)
def test_an_amount_with_no_target_goes_to_the_company_the_text_is_about(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == targets(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money for building a site stays with the site, whoever puts it in
        (
            "Oracle is building Stargate in Abilene. Stargate will hold 400,000 GPUs. Crusoe"
            " will invest $2 billion in the campus.",
            [("crusoe", "stargate")],
        ),
        (
            "Oracle is building Stargate in Abilene. Stargate will hold 400,000 GPUs. Crusoe"
            " will invest $2 billion to expand it.",
            [("crusoe", "stargate")],
        ),
    ],
)
def test_money_for_building_a_site_stays_with_the_site(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == targets(text)


# -- a reference back to the company the sentence or the text is about ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it" before what a company does to others
        (
            "ASML has deepened its ties with European AI labs. It has poured $1.5 billion into"
            " Mistral AI.",
            [("asml", "mistral")],
        ),
        # a description after a semicolon: the company the text is about, named in the
        # clause before, not whichever company was named last
        (
            "Samsung spent the week fending off rumours. Earlier reports said Apple had dropped"
            " Samsung as a supplier; the company now plans to invest $2 billion in Rebellions.",
            [("samsung", "rebellions")],
        ),
        # a description opening a clause after a conjunction: the main clause's subject
        (
            "Nvidia reports next week. Shares of Micron rose 4% after the chipmaker agreed to"
            " invest $1 billion in FuriosaAI.",
            [("micron", "furiosaai")],
        ),
        (
            "Nvidia reports next week. Shares of Micron rose 4% after the memory maker said it"
            " would put $500 million into Rebellions.",
            [("micron", "rebellions")],
        ),
    ],
)
def test_a_reference_back_is_the_company_the_sentence_or_text_is_about(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == targets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nvidia unveiled the B300 in March. It shipped in the fourth quarter.",
        "Nvidia unveiled the B300 in March. It shipped on time to every cloud.",
    ],
)
def test_a_chip_that_shipped_is_no_company(text: str) -> None:
    assert [r for r in claims(text) if r[1] == "supply_deal"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "FuriosaAI signed a supply deal with LG. The order covers 2,000 RNGD cards. LG will"
            " use them for its Exaone models. Naver is also a customer. Samsung has put 50"
            " billion won into the company over three rounds.",
            [("samsung", "furiosaai")],
        ),
        (
            "Rebellions won an order from Kakao. The order covers 4,000 cards. Kakao will run"
            " them in Ansan. Samsung is a strategic investor of the company, with 100 billion"
            " won invested so far.",
            [("samsung", "rebellions")],
        ),
        # a parallel object just before still wins: "Amazon has put … into Anthropic. Google
        # has invested … in the company"
        (
            "Nvidia makes the chips. Amazon has put $8 billion into Anthropic. Google has"
            " invested $3 billion in the company.",
            [("amazon", "anthropic"), ("google", "anthropic")],
        ),
    ],
)
def test_the_company_as_an_object_is_the_one_the_text_is_about_not_its_customer(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert expected == targets(text)


# -- a site referred back to by its place; a source's anonymity --------------------------------


def counts(text: str) -> list[tuple[str, str, str]]:
    """(site, chip, modality) of each deployed_chips claim."""
    return sorted(
        (r[0], dict(r[2]).get("chip", ""), r[5]) for r in claims(text) if r[1] == "deployed_chips"
    )


@pytest.mark.parametrize(
    "text",
    [
        "xAI is racing to expand Colossus. The Memphis, Tennessee, facility already holds"
        " about 150,000 H100s.",
        "xAI is racing to expand Colossus. The Memphis facility already holds about 150,000"
        " H100s, the person said, asking not to be named.",
        "xAI is racing to expand Colossus. The facility already holds about 150,000 H100s,"
        " the person said, asking not to be named discussing private plans.",
        "xAI is racing to expand Colossus. The supercomputer already holds about 150,000"
        " H100s, said the person, who asked not to be identified because the talks are private.",
        "xAI is racing to expand Colossus. Colossus already holds about 150,000 H100s, one of"
        " the people said, speaking on condition of anonymity.",
    ],
)
def test_a_site_by_its_place_and_an_anonymous_source_keep_the_count_actual(text: str) -> None:
    assert counts(text) == [("colossus", "h100", "actual")]


def test_talks_told_by_an_anonymous_source_stay_considering() -> None:
    text = (
        "xAI is racing to expand Colossus. xAI is in talks to add 100,000 GB200s to Colossus,"
        " one of the people said, speaking on condition of anonymity."
    )
    assert counts(text) == [("colossus", "gb200", "considering")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Meta opened Prometheus in Ohio last month. Meta has been training its Llama models"
            " here since the spring.",
            [("meta", "trains_on", "prometheus")],
        ),
        (
            "Microsoft switched on Fairwater in Wisconsin. OpenAI has been training on it since"
            " the summer.",
            [("openai", "trains_on", "fairwater")],
        ),
        (
            "Microsoft switched on Fairwater in Wisconsin. Microsoft plans to have about 300,000"
            " GPUs in here by the end of the year.",
            [("fairwater", "deployed_chips", None)],
        ),
        # traps: a presenter's "here is", and "it" after a chip was named
        (
            "Microsoft switched on Fairwater in Wisconsin. Here is what we know about the chips."
            " OpenAI trains on Azure.",
            [],
        ),
        (
            "Microsoft switched on Fairwater in Wisconsin. Nvidia shipped the GB300 in March."
            " OpenAI runs its models on it.",
            [],
        ),
    ],
)
def test_here_and_on_it_are_the_site_just_named(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = [(r[0], r[1], r[3]) for r in claims(text) if r[1] != "located_in"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Microsoft reported results on Wednesday. Analysts at one brokerage reckon its fleet"
            " will include some 900,000 Nvidia Blackwell GPUs by year-end.",
            [("microsoft", "blackwell", "forecast")],
        ),
        (
            "CoreWeave is the largest neocloud. We estimate its fleet at roughly 420,000 GPUs.",
            [("coreweave", "", "forecast")],
        ),
        (
            "Meta began buying GPUs in 2022. Today its fleet tops 1.5 million GPUs.",
            [("meta", "", "actual")],
        ),
    ],
)
def test_its_fleet_is_the_fleet_of_the_company_in_view(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert counts(text) == expected
