"""English adoptions, session 14 (slice REL-EN adopts): general causes behind the misses of
the blind batches en-t and en-u, each said several ways here, with traps that must give
nothing or keep what they said. Every sentence is written for these tests.

- A chip the sentence counts is a deployment, not also an adoption (GUIDE: a count gives
  deployed_chips only; a vague count gives neither), also when a brand, a description or
  a possessive stands between the count and the chip ("50,000 AMD MI450 GPUs", "8,000 of
  Nvidia's newest Blackwell Ultra GPUs"), when the count is vague ("tens of thousands of
  GB200 chips"), or when the same chip is counted in another clause of the sentence
  (claimrules.adoptable._counted_en). A rental through a named cloud keeps its adoption,
  and a count of something else (servers, racks' worth) takes nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

MARCH = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)

Row = tuple[Any, ...]


def adoptions(text: str, tier: str = "press") -> list[Row]:
    """(subject, qualifiers, product, modality, valid) of the adoptions."""
    return [
        (r[0], r[2], r[3], r[5], r[6])
        for r in sorted_rows(text, "en", MARCH, tier)
        if r[1] == "adopts"
    ]


ON_PREM = (("mode", "on-prem"),)
TODAY = ("point", "2026-03-10", "2026-03-10")


# -- a chip the sentence counts is no adoption ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vultr aside, Oracle will rent out 30,000 AMD MI355X GPUs from its Texas region this"
        " summer.",
        "Nebius is installing some 8,000 of Nvidia's newest Blackwell Ultra GPUs in Kansas City.",
        "Crusoe is putting tens of thousands of GB200 chips into its Abilene halls.",
        "We switched on our first GB300 racks in Oregon last week, and we'll run roughly 20,000"
        " GB300s there by autumn.",
    ],
)
def test_a_counted_chip_is_no_adoption(text: str) -> None:
    assert adoptions(text, "company") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rental through a named cloud keeps its adoption
        (
            "Mistral uses about 20,000 H200s rented through Microsoft Azure.",
            [("mistral", (("mode", "cloud"), ("via", "microsoft")), "h200", "actual", TODAY)],
        ),
        # the count is of servers, not of the chip used
        (
            "Meta serves Llama traffic from MI300X boards in its own halls, and it bought 5,000"
            " more servers.",
            [("meta", (), "mi300x", "actual", TODAY)],
        ),
        (
            "Lambda Labs runs B200 clusters in Dallas that hold 2,000 racks' worth of cooling.",
            [("lambda", ON_PREM, "b200", "actual", TODAY)],
        ),
    ],
)
def test_a_use_beside_another_count_stays(text: str, expected: list[Row]) -> None:
    assert adoptions(text) == expected
