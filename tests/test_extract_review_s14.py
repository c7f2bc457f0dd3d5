"""Session 14 review: rules of the session narrowed where they read more than their message
said, each pinned by sentences written for these tests (none taken from an article)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tests.extract_support import extract_rows

KST = timezone(timedelta(hours=9))
PUBLISHED_KO = datetime(2026, 3, 10, 9, 0, tzinfo=KST)


def deals_ko(text: str) -> set[tuple[str, str, str, str]]:
    """(customer, product, supplier, modality) of every Korean supply deal."""
    return {
        (r[0], r[2].get("product", ""), r[3], r[5])
        for r in extract_rows(text, "ko", PUBLISHED_KO)
        if r[1] == "supply_deal"
    }


# -- memory fitted into a company's chip (f4873e1) --------------------------------------------
# The chip's dative is where the memory goes only when the verb of fitting is its own: a
# dative in a phrase of relation ("…에 대응하기 위해", "…에 대한") or another place named
# before the verb ("평택 라인에 … 설비를 넣었다") is no fitting into the chip.

NOT_FITTED = [
    "SK하이닉스는 엔비디아의 차세대 GPU에 대응하기 위해 청주 공장에 HBM4 장비를 넣었다.",
    "삼성전자는 엔비디아 루빈에 대한 검증을 마친 뒤 평택 라인에 HBM4 설비를 넣었다.",
    "SK하이닉스는 메타의 자체 가속기에 맞춰 HBM4 시제품을 들여놓았다.",
]


@pytest.mark.parametrize("text", NOT_FITTED)
def test_chip_dative_not_the_destination_gives_no_deal(text: str) -> None:
    assert deals_ko(text) == set()


FITTED = [
    (
        "마이크론은 AMD의 MI325 시리즈에 하반기에 HBM3E를 탑재한다.",
        ("amd", "hbm3e", "micron", "planned"),
    ),
    (
        "마이크론 HBM3E는 엔비디아 블랙웰 플랫폼에 들어가고 있다.",
        ("nvidia", "hbm3e", "micron", "actual"),
    ),
]


@pytest.mark.parametrize(("text", "deal"), FITTED)
def test_chip_dative_with_its_own_verb_still_a_deal(
    text: str, deal: tuple[str, str, str, str]
) -> None:
    assert deal in deals_ko(text)
