"""General causes behind the Korean extractor's misses on fresh text (the ko-c and ko-d
batches, third round), each pinned by phrasings written for these tests in the register of
different outlets, plus traps that must not yield the claim. Every sentence here is written
for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import claim_row, run_extractor

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 5, 20, 9, 0, tzinfo=KST)


def rows(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    return [claim_row(c) for c in run_extractor(text, "ko", PUBLISHED, tier)]


def modalities(text: str, subject: str, predicate: str) -> list[str]:
    return [r[5] for r in rows(text) if r[0] == subject and r[1] == predicate]


# -- a supply that starts later means the product is not on the market yet --------------------
# English reads a future "ship" as an availability word; the Korean "공급한다/공급할/공급하겠"
# is the same word, so the products of such a sentence are upcoming and the specifications the
# document gives for them are announced (GUIDE). A supply under way ("공급하고 있다") wins.

FUTURE_SUPPLY = [
    # a keynote digest: the chip's specs, then its supply from the second half
    (
        "MI450은 HBM4 432GB를 갖췄다.\n\nAMD는 하반기부터 오라클에 MI450을 공급한다고 말했다.",
        ("mi450", "memory_capacity"),
    ),
    # a wire: "공급할 예정" early next year, the spec in a later clause of the same sentence
    (
        "구글은 내년 초부터 클라우드 고객에게 아이언우드를 공급할 예정이며, "
        "아이언우드 칩 하나의 HBM 용량은 192GB다.",
        ("ironwood", "memory_capacity"),
    ),
    # a company's own voice: "공급하겠습니다" next quarter
    (
        "트레이니움3는 HBM3E 144GB를 탑재합니다.\n\n"
        "저희는 다음 분기부터 트레이니움3를 고객들에게 공급하겠습니다.",
        ("trainium3", "memory_capacity"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FUTURE_SUPPLY)
def test_a_spec_of_a_product_whose_supply_starts_later_is_announced(
    text: str, expected: tuple[str, str]
) -> None:
    assert modalities(text, *expected) == ["announced"]


SUPPLY_UNDER_WAY = [
    # supplied now: the product is on the market
    "B200은 HBM3E 192GB를 탑재했다.\n\n엔비디아는 현재 주요 클라우드 업체에 B200을 공급하고 있다.",
    # supplied last year: nothing future about it
    "B200은 HBM3E 192GB를 탑재했다.\n\n엔비디아는 지난해부터 B200을 공급했다.",
    # no supply verb at all
    "B200은 HBM3E 192GB를 탑재했다.",
]


@pytest.mark.parametrize("text", SUPPLY_UNDER_WAY)
def test_a_spec_of_a_product_supplied_now_or_before_stays_actual(text: str) -> None:
    assert modalities(text, "b200", "memory_capacity") == ["actual"]
