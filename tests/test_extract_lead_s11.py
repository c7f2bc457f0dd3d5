"""The lead's mends of session 11 review findings in the extraction rules, each pinned by
sentences written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tests.extract_support import extract_rows
from tracker.extract.hangul_numbers import hangul_numbers

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 4, 3, 10, 0, tzinfo=KST)


@pytest.mark.parametrize(
    "text",
    [
        "크루소는 열대 지역의 부지에도 데이터센터를 검토한다.",
        "열대야가 이어지자 냉각 설비를 늘렸다.",
        "메타는 H100을 열대 기후의 데이터센터에도 들였다.",
    ],
)
def test_the_word_for_tropical_is_no_native_ten(text: str) -> None:
    assert hangul_numbers(text) == []


def test_a_bare_native_ten_counts_when_spaced_from_its_counter() -> None:
    assert [(v, g) for _s, _e, v, g in hangul_numbers("서버 열 대에 칩을 꽂았다.")] == [(10.0, 1.0)]


def test_a_tropical_site_gives_an_adoption_not_a_fleet_of_ten() -> None:
    rows = extract_rows("메타는 H100을 열대 기후의 데이터센터에도 들였다.", "ko", PUBLISHED)
    assert rows == [
        ("meta", "adopts", {}, "h100", None, "actual", ("point", "2026-04-03", "2026-04-03"))
    ]
