"""How the CLI tables write values (tracker.cli.cells.value_text); JSON keeps base units."""

from __future__ import annotations

import pytest

from tracker.cli.cells import change_text, value_text
from tracker.domain.answers import ClaimView
from tracker.domain.claims import Quantity


def shown(low: float, high: float, unit: str, **extra: object) -> str:
    claim = ClaimView.model_construct(
        object=None, value=Quantity(low=low, high=high, unit=unit, **extra)
    )
    return value_text(claim)


@pytest.mark.parametrize(
    ("low", "high", "unit", "text"),
    [
        (7.4e12, 7.4e12, "B/s", "7.4 TB/s"),
        (4.6e15, 4.6e15, "FLOP/s", "4.6 PFLOP/s"),
        (192e9, 192e9, "B", "192 GB"),
        (1.1e10, 1.1e10, "USD", "11 bn USD"),
        (999_999_999.9, 999_999_999.9, "USD", "1 bn USD"),
        (2e12, 2e12, "KRW", "2 tn KRW"),
        (500_000, 500_000, "count", "500,000 count"),
        (90_000, 100_000, "wafer/month", "90,000-100,000 wafer/month"),
        (500, 7.4e12, "B/s", "500-7,400,000,000,000 B/s"),
    ],
)
def test_values_read_as_people_write_them(low: float, high: float, unit: str, text: str) -> None:
    assert shown(low, high, unit) == text


def test_bounds_and_approximations_are_marked() -> None:
    assert (shown(1e6, 1e6, "count", bound="at-most"), shown(5e5, 5e5, "count", approx=True)) == (
        "<= 1,000,000 count",
        "~500,000 count",
    )


@pytest.mark.parametrize(
    ("change", "ratio", "unit", "text"),
    [
        (30000.0, 0.316, "wafer/month", "+30,000 wafer/month (+31.6%)"),
        (-15000.0, -0.12, "wafer/month", "-15,000 wafer/month (-12.0%)"),
        (2.5e9, None, "USD", "+2.5 bn USD"),
        (0.0, 0.0, "count", "+0 count (+0.0%)"),
        (None, None, "count", ""),
    ],
)
def test_a_forecast_revision_reads_as_a_signed_amount_not_in_e_notation(
    change: float | None, ratio: float | None, unit: str, text: str
) -> None:
    # a revisions table showed "+3e+04 (+31.6%)" for 90,000 -> 120,000 wafers a month
    assert change_text(change, ratio, unit) == text
