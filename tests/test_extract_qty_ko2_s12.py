"""Korean quantities fixed in session 12, round 2 (QTY-KO2): general shapes the blind
batches missed, pinned by sentences written for these tests (other companies, chips,
figures and word order than any article) plus traps that must give nothing or keep the
old reading. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)
TODAY = ("point", "2026-03-10", "2026-03-10")


def rows(text: str) -> list[tuple[Any, ...]]:
    return extract_rows(text, "ko", PUBLISHED)


def of(text: str, predicate: str) -> set[tuple[Any, ...]]:
    """(subject, low, bound, modality, valid) of every claim of one predicate."""
    return {(r[0], r[4][0], r[4][4], r[5], r[6]) for r in rows(text) if r[1] == predicate}


# -- chips per system: a count dealt N at a time into one system, or in a relative clause
# on a system noun; a negated use of the system leaves its make-up standing ---------------

SYSTEM_FRAMES = [
    ("엔비디아는 B300을 8개씩 한 서버에 넣어 판다.", ("b300", 8.0, "exact", "actual", TODAY)),
    ("MI325X는 보통 8개씩 한 노드로 묶어 쓴다.", ("mi325x", 8.0, "exact", "actual", TODAY)),
    (
        "인텔은 가우디3 64개를 하나로 묶은 슈퍼노드를 판매하고 있다.",
        ("gaudi3", 64.0, "exact", "actual", TODAY),
    ),
    (
        "구글은 아이언우드 9216개로 이뤄진 포드를 운영하고 있다.",
        ("ironwood", 9216.0, "exact", "actual", TODAY),
    ),
    (
        "우리는 H200 인스턴스만 빌렸고, 칩 32개를 엮은 트레이니움2 울트라서버는 못 써 봤다.",
        ("trainium2", 32.0, "exact", "actual", TODAY),
    ),
    (
        "연구소는 MI300X 8개를 담은 서버를 들이지 않기로 했다.",
        ("mi300x", 8.0, "exact", "actual", TODAY),
    ),
    (
        "루빈 울트라는 랙 하나에 GPU 패키지 144개가 들어간다.",
        ("rubin-ultra", 144.0, "exact", "announced", TODAY),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SYSTEM_FRAMES)
def test_a_korean_system_frame_counts_its_chips(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in of(text, "chips_per_system")


SYSTEM_FRAME_TRAPS = [
    "코어위브는 H100 8개씩 나눠 고객에게 빌려준다.",  # dealt out, into no system
    "메타는 H100 2만 4000개를 묶은 클러스터 두 곳을 운영한다.",  # a cluster is no system
    "오라클은 B200 500개를 담은 컨테이너를 사들였다.",  # a container is no system noun
]


@pytest.mark.parametrize("text", SYSTEM_FRAME_TRAPS)
def test_no_system_frame_gives_no_chips_per_system(text: str) -> None:
    assert set() == of(text, "chips_per_system")


def test_an_unveiled_system_in_a_relative_clause_keeps_the_main_verb() -> None:
    # the main verb is no negation: its own reading (announced for a system shown) holds
    found = of("AMD는 MI450 72개를 묶은 새 랙을 내년에 선보인다고 밝혔다.", "chips_per_system")
    assert {f[3] for f in found} <= {"announced"}


# -- chiplets are parts of one chip, never chips counted -----------------------------------

CHIPLETS = [
    "퓨리오사AI의 새 가속기는 4개의 칩렛을 하나의 패키지로 묶은 제품이다.",
    "인텔은 가우디3는 2개의 칩렛으로 이뤄져 있다고 설명했다.",
    "AMD는 MI355X에 8개의 칩렛을 얹었다.",
]


@pytest.mark.parametrize("text", CHIPLETS)
def test_chiplets_count_no_chips(text: str) -> None:
    assert set() == of(text, "deployed_chips") | of(text, "chips_per_system")


def test_chips_after_the_same_frame_still_count() -> None:
    found = of("네이버는 지난달 2000개의 칩을 새로 들였다.", "deployed_chips")
    assert {f[:2] for f in found} == {("naver", 2000.0)}
