"""English discourse, session 12 round 2 (slice DISCOURSE-EN): facts whose chip, subject or
site is carried from earlier text, each shape said several ways here, with traps that must
give nothing. Every sentence is written for these tests.

- "the chips" / "the accelerators" refer back to the chip in focus as "the chip" does
  (vocabulary: anaphora chip_en); a count before "of the chips" ("the first 8,000 of the
  chips") counts them, so it is a deployment, not also an adoption (adoptable._counted).
- "it" for a site also when it holds a count ("It will hold roughly 280,000") or runs jobs for
  a lab ("it is already running training jobs for OpenAI"), and "the Mount Pleasant,
  Wisconsin site" is a site named by its place (discourse.IT_SITE, PLACE_SITE).
- A bare figure after "it" / "the site" and a verb of holding or reaching carries the count
  just told further: same subject and chip, its own time and modality (new held_counts_en,
  from referred_counts).
- A description in object position inside a relative clause on a named company ("…, and
  Google, which has committed $3 billion to the company, is …") is the main clause's
  subject: a company named as one, else the company in view when "it" is the subject; not
  the relative clause's own company nor an earlier sentence's object (new relative_owner_en,
  in discourse.CompanyReferences).
- A colon before a named subject and its verb opens a clause of its own ("AWS is spending
  $11 billion on the campus, and the money keeps flowing the lab's way too: Amazon has
  invested $8 billion in the AI lab"), so the second statement keeps its own investor and
  target (text.split_clauses, _EN_COLON_NAMED); a colon before a list opens none.
- "it" for the company in view also as a backer ("…, it took part in a follow-on round",
  "It co-led the round", "it joined the Series B round"), after a fronted phrase or not
  (discourse.IT_COMPANY); "it led to …" is no company.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows
from tracker.extract.text import Span, split_clauses

MARCH = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)

Row = tuple[Any, ...]


def of_predicate(text: str, predicate: str, published: datetime = MARCH) -> list[Row]:
    """(subject, qualifiers, object) of one predicate's claims."""
    return [(r[0], r[2], r[3]) for r in sorted_rows(text, "en", published) if r[1] == predicate]


# -- "the chips", "the accelerators" -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebellions shipped its first REBEL-Quad cards to KT in March. "
            "KT is running the accelerators in its own data centers.",
            [("kt", (("mode", "on-prem"),), "rebel")],
        ),
        (
            "Meta has bought MI355X servers from AMD. "
            "It will use the chips in its own data centers for ranking models.",
            [("meta", (("mode", "on-prem"),), "mi355x")],
        ),
        (
            "Naver took delivery of several thousand Gaudi 3 parts last quarter. "
            "Naver now runs the chips in its own data centers.",
            [("naver", (("mode", "on-prem"),), "gaudi3")],
        ),
    ],
)
def test_the_chips_refers_back_to_the_chip_in_focus(text: str, expected: list[Row]) -> None:
    assert expected == of_predicate(text, "adopts")


@pytest.mark.parametrize(
    "text",
    [
        # no chip in focus: nothing to refer back to
        "Analysts say demand for AI hardware is strong. "
        "Oracle is running the chips in its own data centers.",
        # the chip was named too long ago (more than five sentences back)
        "Nvidia launched the H200 in 2024. Its stock rose. Revenue grew. Costs fell. "
        "Margins held. Hiring slowed. Meta is running the chips in its own data centers.",
    ],
)
def test_the_chips_without_a_chip_in_reach_gives_no_adoption(text: str) -> None:
    assert of_predicate(text, "adopts") == []


def test_a_chip_named_in_the_sentence_wins_over_the_chips() -> None:
    text = (
        "Meta received its first batch of H200 accelerators. Microsoft, meanwhile, runs "
        "GB200 systems in its own data centers and will also put the chips to work for Copilot."
    )
    assert of_predicate(text, "adopts") == [("microsoft", (("mode", "on-prem"),), "gb200")]


@pytest.mark.parametrize(
    "text",
    [
        "Nebius signed a deal with Nvidia for 20,000 GB300 chips. "
        "The company plans to have the first 8,000 of the chips running by the end of June.",
        "Crusoe has ordered 30,000 GB200 chips. "
        "It expects to have 10,000 of those GB200s running by the summer.",
    ],
)
def test_a_count_of_the_chips_is_a_deployment_not_an_adoption(text: str) -> None:
    assert of_predicate(text, "adopts") == []
    assert len(of_predicate(text, "deployed_chips")) == 1


def test_a_power_figure_of_chips_is_still_an_adoption() -> None:
    text = "OpenAI will deploy 1 gigawatt of MI450 chips in the second half of 2026."
    assert of_predicate(text, "adopts") == [("openai", (), "mi450")]


# -- "it" for a site; a bare figure carrying the count just told -------------------------


def deployed(text: str) -> list[Row]:
    return [
        (r[0], r[2], r[4][0], r[5], r[6])
        for r in sorted_rows(text, "en", MARCH)
        if r[1] == "deployed_chips"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Meta switched on Prometheus in Ohio last month. The cluster runs about 120,000 "
            "GB200 chips. It will hold some 200,000 by the end of the year.",
            200000.0,
        ),
        (
            "Microsoft has opened Fairwater in Wisconsin. Its halls house 90,000 GB300 chips "
            "today. The site will reach 150,000 by the end of the year, Microsoft said.",
            150000.0,
        ),
    ],
)
def test_a_bare_figure_after_it_carries_the_count_just_told(text: str, expected: float) -> None:
    rows = deployed(text)
    carried = [r for r in rows if r[2] == expected]
    assert len(rows) == 2
    assert carried == [
        (carried[0][0], (("chip", rows[0][1][0][1]),), expected, "planned", carried[0][4])
    ]
    assert carried[0][4] == ("deadline", "2026-03-10", "2026-12-31")
    assert {r[0] for r in rows} == {rows[0][0]}


@pytest.mark.parametrize(
    "second",
    [
        "It will hold 5,000 workers at peak.",  # a figure with its own noun
        "It holds 30% of the regional market.",  # a share
        "It will hold 40,000 GB300 chips by the end of the year, a spokesman said.",  # own chip
    ],
)
def test_no_carried_count_for_a_figure_of_something_else(second: str) -> None:
    text = "Meta switched on Prometheus in Ohio. The cluster runs about 120,000 GB200 chips. "
    rows = deployed(text + second)
    assert [r for r in rows if r[1] == (("chip", "gb200"),) and r[2] != 120000.0] == []


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft switched on Fairwater last year. The keynote described the Mount "
        "Pleasant, Wisconsin site at length and said it is already running training jobs "
        "for OpenAI.",
        "AWS finished Project Rainier in Indiana. The New Carlisle, Indiana campus is vast, "
        "and it is already running training jobs for Anthropic.",
    ],
)
def test_it_running_training_jobs_for_a_lab_is_the_site(text: str) -> None:
    rows = of_predicate(text, "trains_on")
    assert len(rows) == 1
    assert rows[0][0] in ("openai", "anthropic")
    assert rows[0][2] in ("fairwater", "project-rainier")


def test_a_company_running_jobs_with_no_site_in_focus_trains_on_no_site() -> None:
    text = "CoreWeave signed a new contract. It is already running training jobs for Mistral AI."
    assert of_predicate(text, "trains_on") == []


# -- a description inside a relative clause --------------------------------------------


def invested(text: str) -> list[Row]:
    return [(r[0], r[2], r[4][0]) for r in sorted_rows(text, "en", MARCH) if r[1] == "investment"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mistral AI has not tied itself to one backer. Last year it took money from "
            "Nvidia, and Microsoft, which has put about $2 billion into the company, is "
            "its largest shareholder.",
            [("microsoft", (("target", "mistral"),), 2e9)],
        ),
        (
            "Cerebras filed for a listing on Tuesday. Its prospectus names Samsung, which "
            "invested $150 million in the company last year, among its holders.",
            [("samsung", (("target", "cerebras"),), 1.5e8)],
        ),
        (
            "Nscale chose Nvidia, which has committed $500 million to the company, as its "
            "sole GPU supplier.",
            [("nvidia", (("target", "nscale"),), 5e8)],
        ),
    ],
)
def test_a_description_in_a_relative_clause_is_the_main_subject(
    text: str, expected: list[Row]
) -> None:
    assert expected == invested(text)


def test_a_description_after_a_relative_clause_has_ended_is_not_read_by_it() -> None:
    # the relative clause closes before the description: the host is not the investor
    text = (
        "Crusoe keeps raising money. Oracle, which leases its Abilene campus, is a partner, "
        "and SoftBank has invested $500 million in the company."
    )
    assert [r for r in invested(text) if r[0] == "oracle"] == []


# -- a colon before a named subject --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crusoe runs the Abilene campus for OpenAI. Oracle is pouring $7 billion into "
            "the Abilene site, and the lab keeps drawing backers too: SoftBank has invested "
            "$10 billion in OpenAI this year.",
            ("softbank", (("target", "openai"),), 1e10),
        ),
        (
            "Meta is expanding Hyperion in Louisiana. It is spending $10 billion on the site "
            "itself: Nvidia has also invested $2 billion in Crusoe, which builds it.",
            ("nvidia", (("target", "crusoe"),), 2e9),
        ),
    ],
)
def test_a_colon_before_a_named_subject_opens_its_own_statement(text: str, expected: Row) -> None:
    rows = invested(text)
    assert expected in rows
    assert [r for r in rows if r[2] == expected[2] and r != expected] == []


def test_a_colon_before_a_list_opens_no_statement() -> None:
    text = "Anthropic buys from three suppliers: AWS, Google and Microsoft."
    assert split_clauses(text, "en") == [Span(0, len(text))]


# -- "it" as a backer ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Samsung has backed FuriosaAI before. It co-led the new round, lifting its total "
            "investment in FuriosaAI to $90 million.",
            ("samsung", (("target", "furiosaai"),), 9e7),
        ),
        (
            "SK Telecom is a long-standing shareholder of Lambda Inc. After a first cheque in "
            "2024, it took part in the latest round, raising its total stake in Lambda Inc. "
            "to $300 million.",
            ("sk-telecom", (("target", "lambda"),), 3e8),
        ),
        (
            "Nvidia keeps funding GPU clouds. Last month it joined the Series C round of "
            "Nscale, taking its overall investment in Nscale to $600 million.",
            ("nvidia", (("target", "nscale"),), 6e8),
        ),
    ],
)
def test_it_as_a_backer_is_the_company_in_view(text: str, expected: Row) -> None:
    assert [r for r in invested(text) if r[2] == expected[2]] == [expected]


def test_it_led_to_is_no_company() -> None:
    text = (
        "Samsung raised HBM prices last year. It led to a rush of orders, lifting the total "
        "investment in FuriosaAI to $90 million."
    )
    assert [r for r in invested(text) if r[0] == "samsung"] == []
