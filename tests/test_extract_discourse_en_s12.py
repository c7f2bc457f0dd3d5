"""English discourse, session 12 (slice DISCOURSE-EN): facts whose chip, subject or site is
carried from earlier text, each shape said several ways here, with traps that must give
nothing. Every sentence is written for these tests.

- A company's own chip told by a description, not a name ("its first in-house accelerator",
  "a networking ASIC it has been developing"), then made by a foundry a sentence later ("The
  chip will be fabricated by TSMC", "The part is to be made by Samsung"): a supply deal from
  the foundry to that company, no product (GUIDE: product the chip when it is an entity,
  else none); "the chip" no longer falls back to a vocabulary chip named before the
  description (new unnamed_chips_en, read in anaphora and foundries_en).
- A subjectless line of making right after a chip's line ("Built on TSMC's 3-nanometer
  process.", "Fabricated at Samsung on its 4nm node."): the chip just named is made there.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

MARCH = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)

Row = tuple[Any, ...]


def of_predicate(text: str, predicate: str, published: datetime = MARCH) -> list[Row]:
    """(subject, qualifiers, object) of one predicate's claims."""
    return [(r[0], r[2], r[3]) for r in sorted_rows(text, "en", published) if r[1] == predicate]


# -- a company's unnamed chip, then made by a foundry ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qualcomm is wrapping up work on its first custom server processor. "
            "The chip will be fabricated by TSMC.",
            [("qualcomm", (), "tsmc")],
        ),
        (
            "Tesla has spent two years on its own in-house training accelerator. "
            "The part is made by Samsung on a 4nm node.",
            [("tesla", (), "samsung")],
        ),
        (
            "Apple has shown investors a data-center chip it is developing with Broadcom. "
            "The chip is to be produced by TSMC next year.",
            [("apple", (), "tsmc")],
        ),
        (
            "Microsoft still runs its Maia 100 fleet. "
            "Meanwhile Meta is testing its second-generation custom inference silicon. "
            "The chip is manufactured by TSMC.",
            [("meta", (), "tsmc")],
        ),
    ],
)
def test_a_foundry_making_a_companys_unnamed_chip_supplies_that_company(
    text: str, expected: list[Row]
) -> None:
    assert expected == of_predicate(text, "supply_deal")


@pytest.mark.parametrize(
    "text",
    [
        # the chip is named after the description: the named chip's own rule holds
        "OpenAI is finishing its first in-house accelerator. Broadcom calls it the Titan. "
        "Analysts had a busy week.",
        # the description is three sentences back: too far to be "the chip"
        "Qualcomm is wrapping up work on its first custom server processor. Its shares rose. "
        "The market liked it. Investors cheered. The chip will be fabricated by TSMC.",
        # the foundry's own chip: no deal
        "TSMC has started work on its own custom networking chip. The chip is made by TSMC.",
        # no company before the description
        "Its first in-house accelerator is late. The chip will be made by TSMC.",
    ],
)
def test_no_deal_for_an_unnamed_chip_out_of_reach_or_without_owner(text: str) -> None:
    expected: list[Row] = []
    assert expected == of_predicate(text, "supply_deal")


def test_the_chip_after_an_unnamed_one_is_not_the_chip_named_before() -> None:
    text = (
        "Nvidia's B200 is selling well. OpenAI is finalising its first in-house accelerator. "
        "The chip is to be made by TSMC."
    )
    expected = [("openai", (), "tsmc")]
    assert expected == of_predicate(text, "supply_deal")


def test_a_named_chip_after_the_description_wins_again() -> None:
    text = (
        "Microsoft is building its second-generation custom accelerator. "
        "The Maia 200 ships next year. The chip is made by TSMC."
    )
    expected = [("microsoft", (("product", "maia-200"),), "tsmc")]
    assert expected == of_predicate(text, "supply_deal")


# -- a subjectless line of making after a chip's line ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Maia 200 carries 216 GB of HBM3E. Built on TSMC's 3-nanometer process.",
        "Microsoft showed the Maia 200 on stage. Fabricated at TSMC on its N3 node.",
        "Maia 200 is now serving traffic. Manufactured by TSMC in Taiwan.",
    ],
)
def test_a_subjectless_line_of_making_is_about_the_chip_just_named(text: str) -> None:
    expected = [("microsoft", (("product", "maia-200"),), "tsmc")]
    assert expected == of_predicate(text, "supply_deal")


@pytest.mark.parametrize(
    "text",
    [
        # the line names its own chip: that one's
        "The Maia 200 carries 216 GB of HBM3E. Built on TSMC's 3-nanometer process, "
        "the Trainium3 ships later.",
        # no chip in view
        "Microsoft held its keynote today. Built on TSMC's 3-nanometer process.",
        # not a line of making
        "The Maia 200 carries 216 GB of HBM3E. Built for TSMC fans, the show was long.",
    ],
)
def test_no_deal_from_a_line_of_making_without_the_chip_just_named(text: str) -> None:
    rows = of_predicate(text, "supply_deal")
    expected: list[Row] = []
    assert expected == [r for r in rows if r[0] == "microsoft"]
