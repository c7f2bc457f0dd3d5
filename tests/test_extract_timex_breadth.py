"""Breadth of the time recognizer (tracker/extract/timex.py): a wide table of English and
Korean phrasings, each with the ``valid`` object tests/extraction/GUIDE.md implies, and
property tests over generated dates and arbitrary text.

Every row is a short sentence written for this table with one time expression in it. Unless
a row says otherwise, the article was published on Wednesday 2026-05-20.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.documents import Document
from tracker.extract import default_extractor
from tracker.extract.timex import TimeRecognizer

TIMES = TimeRecognizer()
PUB = date(2026, 5, 20)
NOV = date(2026, 11, 26)
AUG = date(2026, 8, 10)
JAN = date(2026, 1, 15)

D = date
Row = tuple[str, str, date, str, date, date | None]


def _rows(lang: str, pub: date, table: list[tuple[str, str, date, date | None]]) -> list[Row]:
    return [(lang, text, pub, kind, lo, hi) for text, kind, lo, hi in table]


def only(
    text: str, lang: str, pub: date, *, weak: bool = False
) -> tuple[str, date | None, date | None]:
    found = TIMES.find_all(text, lang, pub) if weak else TIMES.find(text, lang, pub)
    assert len(found) == 1, [t.valid for t in found]
    v = found[0].valid
    return v.kind, v.start, v.end


# -- English -----------------------------------------------------------------------------

EN_BASICS = _rows(
    "en",
    PUB,
    [
        ("Shipments start in 2027.", "open", D(2027, 1, 1), None),
        ("It will run 1 million chips in 2027.", "point", D(2027, 1, 1), D(2027, 12, 31)),
        ("It will run 1 million chips by 2027.", "deadline", PUB, D(2027, 12, 31)),
        ("It will supply chips from 2027.", "open", D(2027, 1, 1), None),
        ("It will supply chips starting next year.", "open", D(2027, 1, 1), None),
        ("It will run 1 million chips next year.", "point", D(2027, 1, 1), D(2027, 12, 31)),
        ("It ran 200,000 chips last year.", "point", D(2025, 1, 1), D(2025, 12, 31)),
        ("It will reach 1 million by the end of the year.", "deadline", PUB, D(2026, 12, 31)),
        ("It will reach 1 million by end-2027.", "deadline", PUB, D(2027, 12, 31)),
        ("Capacity will be 90,000 at the end of 2026.", "point", D(2026, 12, 31), D(2026, 12, 31)),
        ("Capacity will be 90,000 at end-2026.", "point", D(2026, 12, 31), D(2026, 12, 31)),
        ("It will be 90,000 in the third quarter of 2026.", "point", D(2026, 7, 1), D(2026, 9, 30)),
        ("It will be 90,000 in Q3 2026.", "point", D(2026, 7, 1), D(2026, 9, 30)),
        ("It will be 90,000 in 3Q26.", "point", D(2026, 7, 1), D(2026, 9, 30)),
        ("It will be 90,000 in Q4'26.", "point", D(2026, 10, 1), D(2026, 12, 31)),
        ("It will be 90,000 in 4Q26.", "point", D(2026, 10, 1), D(2026, 12, 31)),
        ("It will be 90,000 in Q1 2027.", "point", D(2027, 1, 1), D(2027, 3, 31)),
        ("It ships in the second half.", "point", D(2026, 7, 1), D(2026, 12, 31)),
        ("It ships in the back half of the year.", "point", D(2026, 7, 1), D(2026, 12, 31)),
        ("It ships in H2 2026.", "point", D(2026, 7, 1), D(2026, 12, 31)),
        ("It ships in 2H26.", "point", D(2026, 7, 1), D(2026, 12, 31)),
        ("It ships in 1H 2027.", "point", D(2027, 1, 1), D(2027, 6, 30)),
        ("It ships in 1H27.", "point", D(2027, 1, 1), D(2027, 6, 30)),
        ("It ships in H1'27.", "point", D(2027, 1, 1), D(2027, 6, 30)),
        ("It ships in the first half of 2027.", "point", D(2027, 1, 1), D(2027, 6, 30)),
        ("It ships in early 2027.", "point", D(2027, 1, 1), D(2027, 3, 31)),
        ("It ships early next year.", "point", D(2027, 1, 1), D(2027, 3, 31)),
        ("It ships in late 2026.", "point", D(2026, 10, 1), D(2026, 12, 31)),
        ("It ships in mid-2027.", "point", D(2027, 4, 1), D(2027, 9, 30)),
        ("It ships by mid-2027.", "deadline", PUB, D(2027, 9, 30)),
        ("It ships in CY2027.", "point", D(2027, 1, 1), D(2027, 12, 31)),
        ("It ships in calendar 2027.", "point", D(2027, 1, 1), D(2027, 12, 31)),
        ("It will spend $80 billion in fiscal 2026.", "point", D(2026, 1, 1), D(2026, 12, 31)),
        ("It will spend $80 billion in FY2027.", "point", D(2027, 1, 1), D(2027, 12, 31)),
        ("It will spend $80 billion in FY27.", "point", D(2027, 1, 1), D(2027, 12, 31)),
        ("It will spend $80 billion in fiscal year 2027.", "point", D(2027, 1, 1), D(2027, 12, 31)),
        ("Its revenue will be $22bn in FY 2026.", "point", D(2026, 1, 1), D(2026, 12, 31)),
        ("It will double within two years.", "deadline", PUB, D(2028, 5, 20)),
        ("It will double within a year.", "deadline", PUB, D(2027, 5, 20)),
        ("It will double within 18 months.", "deadline", PUB, D(2027, 11, 20)),
        ("It will double in the next 12 months.", "deadline", PUB, D(2027, 5, 20)),
        ("It will double over the next three years.", "deadline", PUB, D(2029, 5, 20)),
        ("It will double over the coming two years.", "deadline", PUB, D(2028, 5, 20)),
        ("It will double in the next six months.", "deadline", PUB, D(2026, 11, 20)),
        ("It will double within the next five years.", "deadline", PUB, D(2031, 5, 20)),
        ("It ships later this year.", "deadline", PUB, D(2026, 12, 31)),
        ("It ships later in the year.", "deadline", PUB, D(2026, 12, 31)),
        ("It ships by year-end.", "deadline", PUB, D(2026, 12, 31)),
        ("It ships by year end.", "deadline", PUB, D(2026, 12, 31)),
        ("It ships before year-end.", "deadline", PUB, D(2026, 12, 31)),
        ("It ships by the close of 2026.", "deadline", PUB, D(2026, 12, 31)),
        ("It ships before the end of 2027.", "deadline", PUB, D(2027, 12, 31)),
        ("It ships no later than March.", "deadline", PUB, D(2027, 3, 31)),
        ("It ships no later than March 2027.", "deadline", PUB, D(2027, 3, 31)),
        ("It ships no later than the end of 2027.", "deadline", PUB, D(2027, 12, 31)),
        ("It ships by the end of March.", "deadline", PUB, D(2027, 3, 31)),
        ("It ships by June 30, 2026.", "deadline", PUB, D(2026, 6, 30)),
        ("It ships by the end of next quarter.", "deadline", PUB, D(2026, 9, 30)),
        ("It ships in the fourth quarter.", "point", D(2026, 10, 1), D(2026, 12, 31)),
        ("Shipments begin next quarter.", "open", D(2026, 7, 1), None),
        # (session 11: a start already past is today's state, as "since June" is; the dev
        # gold dates 3 of 4 such starts at publication, none open)
        ("It began shipping in the second quarter.", "point", PUB, PUB),
        ("It will ship 10,000 chips next quarter.", "point", D(2026, 7, 1), D(2026, 9, 30)),
        ("It will ship 10,000 chips this quarter.", "point", D(2026, 4, 1), D(2026, 6, 30)),
        ("It will ship 10,000 chips next month.", "point", D(2026, 6, 1), D(2026, 6, 30)),
        ("It will ship 10,000 chips by next month.", "deadline", PUB, D(2026, 6, 30)),
        ("It will ship 10,000 chips starting next month.", "open", D(2026, 6, 1), None),
        ("It will ship 10,000 chips by the end of this month.", "deadline", PUB, D(2026, 5, 31)),
        ("It will ship 10,000 chips from June.", "open", D(2026, 6, 1), None),
        ("It will ship 10,000 chips in June 2026.", "point", D(2026, 6, 1), D(2026, 6, 30)),
        ("It ran 10,000 chips in September 2025.", "point", D(2025, 9, 1), D(2025, 9, 30)),
        ("It will ship 10,000 chips on 3 November 2026.", "point", D(2026, 11, 3), D(2026, 11, 3)),
        ("It will ship 10,000 chips on November 3, 2026.", "point", D(2026, 11, 3), D(2026, 11, 3)),
        ("It will ship 10,000 chips on Nov. 3, 2026.", "point", D(2026, 11, 3), D(2026, 11, 3)),
        ("It will ship 10,000 chips on 2026-11-03.", "point", D(2026, 11, 3), D(2026, 11, 3)),
        ("It will ship 10,000 chips by 2026-11-03.", "deadline", PUB, D(2026, 11, 3)),
        ("It will invest in 2026-27.", "interval", D(2026, 1, 1), D(2027, 12, 31)),
        ("It will invest between 2026 and 2028.", "interval", D(2026, 1, 1), D(2028, 12, 31)),
        ("It will invest from 2026 to 2028.", "interval", D(2026, 1, 1), D(2028, 12, 31)),
        ("It will invest in 2026-2028.", "interval", D(2026, 1, 1), D(2028, 12, 31)),
        ("It will ship by the end of the decade.", "deadline", PUB, D(2029, 12, 31)),
        ("It will ship at the start of 2027.", "point", D(2027, 1, 1), D(2027, 3, 31)),
        ("It will ship at the beginning of next year.", "point", D(2027, 1, 1), D(2027, 3, 31)),
        ("It will ship from the start of 2027.", "open", D(2027, 1, 1), None),
        ("It will ship in the middle of 2027.", "point", D(2027, 4, 1), D(2027, 9, 30)),
        ("It shipped 5,000 in the March 2026 quarter.", "point", D(2026, 1, 1), D(2026, 3, 31)),
        ("It ships in the first half of fiscal 2027.", "point", D(2027, 1, 1), D(2027, 6, 30)),
        ("It ships in Q1 FY27.", "point", D(2027, 1, 1), D(2027, 3, 31)),
        ("It ships in 2H FY2026.", "point", D(2026, 7, 1), D(2026, 12, 31)),
        ("It ships in the third quarter of fiscal 2026.", "point", D(2026, 7, 1), D(2026, 9, 30)),
        ("It ships by the end of fiscal 2027.", "deadline", PUB, D(2027, 12, 31)),
        # seasons: northern hemisphere, spring Mar-May, summer Jun-Aug, fall Sep-Nov, winter Dec-Feb
        ("Phase two starts this summer.", "open", D(2026, 6, 1), None),
        ("It will run 250,000 chips this summer.", "point", D(2026, 6, 1), D(2026, 8, 31)),
        ("It will run 250,000 chips by the end of the summer.", "deadline", PUB, D(2026, 8, 31)),
        ("It will run 250,000 chips by the end of summer.", "deadline", PUB, D(2026, 8, 31)),
        ("It will run 250,000 chips in the fall of 2026.", "point", D(2026, 9, 1), D(2026, 11, 30)),
        ("It will run 250,000 chips in the fall.", "point", D(2026, 9, 1), D(2026, 11, 30)),
        ("It will run 250,000 chips in autumn 2027.", "point", D(2027, 9, 1), D(2027, 11, 30)),
        ("It ran 50,000 chips last winter.", "point", D(2025, 12, 1), D(2026, 2, 28)),
        ("It will run 250,000 chips this winter.", "point", D(2026, 12, 1), D(2027, 2, 28)),
        ("It will run 250,000 chips next spring.", "point", D(2027, 3, 1), D(2027, 5, 31)),
        ("It will run 250,000 chips by spring 2027.", "deadline", PUB, D(2027, 5, 31)),
        ("It will supply chips from the summer of 2027.", "open", D(2027, 6, 1), None),
        ("It will run 250,000 chips in summer 2027.", "point", D(2027, 6, 1), D(2027, 8, 31)),
        ("It will run 250,000 chips by next summer.", "deadline", PUB, D(2027, 8, 31)),
        ("It will run 250,000 chips in late summer.", "point", D(2026, 8, 1), D(2026, 8, 31)),
        ("It will run 250,000 chips in early fall.", "point", D(2026, 9, 1), D(2026, 9, 30)),
    ],
)

EN_LATE_IN_YEAR = _rows(
    "en",
    NOV,
    [
        (
            "It had 75,000 wafers as of the end of September.",
            "point",
            D(2026, 9, 30),
            D(2026, 9, 30),
        ),
        ("It had 75,000 wafers as of Sept. 30.", "point", D(2026, 9, 30), D(2026, 9, 30)),
        ("It had 75,000 wafers as of Sept. 30, 2026.", "point", D(2026, 9, 30), D(2026, 9, 30)),
        ("It shipped 9,000 in the quarter ended Sept. 30.", "point", D(2026, 7, 1), D(2026, 9, 30)),
        (
            "It shipped 9,000 in the quarter ending September.",
            "point",
            D(2026, 7, 1),
            D(2026, 9, 30),
        ),
        (
            "It shipped 9,000 in the three months to September.",
            "point",
            D(2026, 7, 1),
            D(2026, 9, 30),
        ),
        ("It will run 1 million chips by the end of next year.", "deadline", NOV, D(2027, 12, 31)),
        ("It ran 400,000 chips this summer.", "point", D(2026, 6, 1), D(2026, 8, 31)),
        ("It will run 400,000 chips this winter.", "point", D(2026, 12, 1), D(2027, 2, 28)),
        ("It will ship from January.", "open", D(2027, 1, 1), None),
        ("It will ship by the end of the first quarter.", "deadline", NOV, D(2027, 3, 31)),
    ],
)

EN_OTHER_DATES = [
    (
        "en",
        "It had 75,000 wafers as of the end of last month.",
        NOV,
        "point",
        D(2026, 10, 31),
        D(2026, 10, 31),
    ),
    ("en", "It had 75,000 wafers as of June 30.", AUG, "point", D(2026, 6, 30), D(2026, 6, 30)),
    ("en", "It ran 5,000 chips last winter.", JAN, "point", D(2024, 12, 1), D(2025, 2, 28)),
    ("en", "It runs 5,000 chips this winter.", JAN, "point", D(2025, 12, 1), D(2026, 2, 28)),
    (
        "en",
        "Capacity will be 90,000 in the first half of next year.",
        NOV,
        "point",
        D(2027, 1, 1),
        D(2027, 6, 30),
    ),
]

# -- Korean ------------------------------------------------------------------------------

KO_BASICS = _rows(
    "ko",
    PUB,
    [
        ("내년부터 공급한다.", "open", D(2027, 1, 1), None),
        ("2027년까지 100만 개로 늘린다.", "deadline", PUB, D(2027, 12, 31)),
        ("연말까지 100만 개로 늘린다.", "deadline", PUB, D(2026, 12, 31)),
        ("2026년 말 월 9만 장이다.", "point", D(2026, 12, 31), D(2026, 12, 31)),
        ("2026년 3분기 9만 장이다.", "point", D(2026, 7, 1), D(2026, 9, 30)),
        ("하반기 9만 장이다.", "point", D(2026, 7, 1), D(2026, 12, 31)),
        ("내년 초 출시된다.", "point", D(2027, 1, 1), D(2027, 3, 31)),
        ("2027년 초 출시된다.", "point", D(2027, 1, 1), D(2027, 3, 31)),
        ("2027년 초반 출시된다.", "point", D(2027, 1, 1), D(2027, 3, 31)),
        ("2027년 중반 출시된다.", "point", D(2027, 4, 1), D(2027, 9, 30)),
        ("내년 중반 출시된다.", "point", D(2027, 4, 1), D(2027, 9, 30)),
        ("2026년 후반 출시된다.", "point", D(2026, 10, 1), D(2026, 12, 31)),
        ("올해 후반 출시된다.", "point", D(2026, 10, 1), D(2026, 12, 31)),
        ("내후년 출시된다.", "point", D(2028, 1, 1), D(2028, 12, 31)),
        ("내후년부터 공급한다.", "open", D(2028, 1, 1), None),
        ("연내 출시한다.", "deadline", PUB, D(2026, 12, 31)),
        ("올해 안 출시한다.", "deadline", PUB, D(2026, 12, 31)),
        ("올해 안에 출시한다.", "deadline", PUB, D(2026, 12, 31)),
        # "중" after a half or quarter is during it, a point (gold ko-503, ko-805)
        ("상반기 중 출시한다.", "point", D(2026, 1, 1), D(2026, 6, 30)),
        ("하반기 중 출시한다.", "point", D(2026, 7, 1), D(2026, 12, 31)),
        ("3분기 중 출시한다.", "point", D(2026, 7, 1), D(2026, 9, 30)),
        ("올해 중 출시한다.", "deadline", PUB, D(2026, 12, 31)),
        ("내년 상반기까지 늘린다.", "deadline", PUB, D(2027, 6, 30)),
        ("4분기부터 공급한다.", "open", D(2026, 10, 1), None),
        ("2년 내 두 배로 늘린다.", "deadline", PUB, D(2028, 5, 20)),
        ("2년 안에 두 배로 늘린다.", "deadline", PUB, D(2028, 5, 20)),
        ("3년 이내 두 배로 늘린다.", "deadline", PUB, D(2029, 5, 20)),
        ("향후 3년간 두 배로 늘린다.", "deadline", PUB, D(2029, 5, 20)),
        ("향후 12개월 동안 두 배로 늘린다.", "deadline", PUB, D(2027, 5, 20)),
        ("18개월 내 두 배로 늘린다.", "deadline", PUB, D(2027, 11, 20)),
        ("이달 말까지 공급한다.", "deadline", PUB, D(2026, 5, 31)),
        ("이달까지 공급한다.", "deadline", PUB, D(2026, 5, 31)),
        ("다음 달부터 공급한다.", "open", D(2026, 6, 1), None),
        ("내달부터 공급한다.", "open", D(2026, 6, 1), None),
        ("다음 달 1만 개를 공급한다.", "point", D(2026, 6, 1), D(2026, 6, 30)),
        ("다음 달 말까지 공급한다.", "deadline", PUB, D(2026, 6, 30)),
        ("2026~2027년 투자한다.", "interval", D(2026, 1, 1), D(2027, 12, 31)),
        ("2026∼2028년 투자한다.", "interval", D(2026, 1, 1), D(2028, 12, 31)),
        ("2026년부터 2028년까지 투자한다.", "interval", D(2026, 1, 1), D(2028, 12, 31)),
        ("2026년 11월 3일 출시한다.", "point", D(2026, 11, 3), D(2026, 11, 3)),
        ("2026-11-03 출시한다.", "point", D(2026, 11, 3), D(2026, 11, 3)),
        ("2026.11.3 출시한다.", "point", D(2026, 11, 3), D(2026, 11, 3)),
        ("2026년 9월 출시한다.", "point", D(2026, 9, 1), D(2026, 9, 30)),
        ("9월까지 출시한다.", "deadline", PUB, D(2026, 9, 30)),
        ("9월부터 출시한다.", "open", D(2026, 9, 1), None),
        ("2026 회계연도에 800억 달러를 쓴다.", "point", D(2026, 1, 1), D(2026, 12, 31)),
        ("2027 회계연도에 800억 달러를 쓴다.", "point", D(2027, 1, 1), D(2027, 12, 31)),
        ("2027 회계연도 말까지 월 3만 장으로 늘린다.", "deadline", PUB, D(2027, 12, 31)),
        ("2H26 월 9만 장이다.", "point", D(2026, 7, 1), D(2026, 12, 31)),
        ("4Q26 월 9만 장이다.", "point", D(2026, 10, 1), D(2026, 12, 31)),
        # seasons
        ("올여름 25만 개를 추가한다.", "point", D(2026, 6, 1), D(2026, 8, 31)),
        ("올 여름 25만 개를 추가한다.", "point", D(2026, 6, 1), D(2026, 8, 31)),
        ("올해 여름 25만 개를 추가한다.", "point", D(2026, 6, 1), D(2026, 8, 31)),
        ("올가을까지 25만 개를 추가한다.", "deadline", PUB, D(2026, 11, 30)),
        ("내년 봄 25만 개를 추가한다.", "point", D(2027, 3, 1), D(2027, 5, 31)),
        ("내년 봄부터 공급한다.", "open", D(2027, 3, 1), None),
        ("2027년 여름 25만 개를 추가한다.", "point", D(2027, 6, 1), D(2027, 8, 31)),
        ("지난겨울 5만 개를 가동했다.", "point", D(2025, 12, 1), D(2026, 2, 28)),
        ("지난 겨울 5만 개를 가동했다.", "point", D(2025, 12, 1), D(2026, 2, 28)),
        ("올겨울 25만 개를 추가한다.", "point", D(2026, 12, 1), D(2027, 2, 28)),
        ("내년 여름까지 25만 개를 추가한다.", "deadline", PUB, D(2027, 8, 31)),
        ("올가을 25만 개를 추가한다.", "point", D(2026, 9, 1), D(2026, 11, 30)),
    ],
)

KO_LATE_IN_YEAR = _rows(
    "ko",
    NOV,
    [
        ("3분기 말 기준 월 7만 5000장이다.", "point", D(2026, 9, 30), D(2026, 9, 30)),
        ("9월 말 기준 월 7만 5000장이다.", "point", D(2026, 9, 30), D(2026, 9, 30)),
        ("9월 말 현재 월 7만 5000장이다.", "point", D(2026, 9, 30), D(2026, 9, 30)),
        ("지난달 말 기준 월 7만 5000장이다.", "point", D(2026, 10, 31), D(2026, 10, 31)),
        ("11월 3일 출시했다.", "point", D(2026, 11, 3), D(2026, 11, 3)),
        ("내년 3분기까지 늘린다.", "deadline", NOV, D(2027, 9, 30)),
        ("내년 1분기 말까지 늘린다.", "deadline", NOV, D(2027, 3, 31)),
        ("지난 분기 말 기준 월 7만 장이다.", "point", D(2026, 9, 30), D(2026, 9, 30)),
        ("다음 분기부터 공급한다.", "open", D(2027, 1, 1), None),
        ("이번 분기 1만 개를 출하한다.", "point", D(2026, 10, 1), D(2026, 12, 31)),
    ],
)

TABLE = [*EN_BASICS, *EN_LATE_IN_YEAR, *EN_OTHER_DATES, *KO_BASICS, *KO_LATE_IN_YEAR]


@pytest.mark.parametrize(("lang", "text", "pub", "kind", "start", "end"), TABLE)
def test_a_time_expression_resolves_to_the_valid_time_the_guide_implies(
    lang: str, text: str, pub: date, kind: str, start: date, end: date | None
) -> None:
    assert (kind, start, end) == only(text, lang, pub)


def test_the_table_is_wide() -> None:
    assert len(TABLE) >= 100
    assert len([r for r in TABLE if r[0] == "ko"]) >= 50


# Times that date an event or the telling rather than the claim: the recognizer reads them
# (find_all) and marks them weak; find(), which claim rules use, leaves them out, so "signed
# last month" keeps the claim at publication (GUIDE: a signed deal holds at publication).
WEAK = [
    ("en", "It signed the deal last month.", PUB, "point", D(2026, 4, 1), D(2026, 4, 30)),
    ("en", "It raised $10 billion this month.", PUB, "point", D(2026, 5, 1), D(2026, 5, 31)),
    ("en", "It said on Nov. 3 that it had signed.", NOV, "point", D(2026, 11, 3), D(2026, 11, 3)),
    ("en", "It says on Nov. 30 that it will sign.", NOV, "point", D(2026, 11, 30), D(2026, 11, 30)),
    ("ko", "지난달 계약을 맺었다.", PUB, "point", D(2026, 4, 1), D(2026, 4, 30)),
    ("en", "On May 3, 2026, it signed the deal.", PUB, "point", D(2026, 5, 3), D(2026, 5, 3)),
    ("en", "It shipped 10,000 chips last quarter.", PUB, "point", D(2026, 1, 1), D(2026, 3, 31)),
    ("ko", "지난 분기 1만 개를 출하했다.", PUB, "point", D(2026, 1, 1), D(2026, 3, 31)),
    ("ko", "지난달 말 가동에 들어갔다.", PUB, "point", D(2026, 4, 30), D(2026, 4, 30)),
    ("en", "It went live at the end of last month.", PUB, "point", D(2026, 4, 30), D(2026, 4, 30)),
    ("ko", "이달 공급을 시작했다.", PUB, "point", D(2026, 5, 1), D(2026, 5, 31)),
    ("ko", "지난 3일 발표했다.", NOV, "point", D(2026, 11, 3), D(2026, 11, 3)),
    ("ko", "지난 28일 발표했다.", NOV, "point", D(2026, 10, 28), D(2026, 10, 28)),
    ("ko", "지난 30일 발표했다.", D(2026, 12, 5), "point", D(2026, 11, 30), D(2026, 11, 30)),
    ("ko", "오는 3일 발표한다.", NOV, "point", D(2026, 12, 3), D(2026, 12, 3)),
]


@pytest.mark.parametrize(("lang", "text", "pub", "kind", "start", "end"), WEAK)
def test_a_time_that_dates_the_telling_is_read_but_dates_no_claim(
    lang: str, text: str, pub: date, kind: str, start: date, end: date | None
) -> None:
    assert (kind, start, end) == only(text, lang, pub, weak=True)
    assert TIMES.find(text, lang, pub) == []


def test_a_fiscal_year_keeps_the_number_and_says_so_in_the_text() -> None:
    for text, lang in (("It will spend $8 billion in fiscal 2026.", "en"), ("FY26 매출", "ko")):
        found = TIMES.find(text, lang, PUB)
        assert len(found) == 1
        assert (D(2026, 1, 1), D(2026, 12, 31)) == (found[0].valid.start, found[0].valid.end)
        assert "fiscal" in (found[0].valid.text or "")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Prices fall in spring sales."),  # "fall" and "spring" as verbs or words
        ("en", "Stocks may fall as chips spring back."),
        ("en", "The fall of the old leader was swift."),
        ("en", "It has 1,200 engineers and 2,048 chips."),
        ("en", "Revenue rose 2026 units."),
        ("en", "The summer intern wrote the code."),
        ("en", "It sold 3 million units in 24 hours."),
        ("ko", "봄날 같은 분위기다."),
        ("ko", "여름철 전력 수요가 늘었다."),
        ("ko", "2,048개의 칩을 쓴다."),
        ("ko", "3년 전 처음 공개했다."),
    ],
)
def test_words_that_only_look_like_times_date_nothing(lang: str, text: str) -> None:
    assert TIMES.find(text, lang, PUB) == []


# -- properties --------------------------------------------------------------------------

DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
PUBS = st.dates(min_value=date(2001, 1, 1), max_value=date(2098, 12, 31))
_MON = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]


def _renderings(day: date) -> list[tuple[str, str]]:
    import calendar

    name = calendar.month_name[day.month]
    return [
        ("en", f"It ships on {name} {day.day}, {day.year}."),
        ("en", f"It ships on {_MON[day.month - 1]} {day.day}, {day.year}."),
        ("en", f"It ships on {day.day} {name} {day.year}."),
        ("en", f"It ships on {day.isoformat()}."),
        ("ko", f"{day.year}년 {day.month}월 {day.day}일 출시한다."),
        ("ko", f"{day.year}년 {day.month:02d}월 {day.day:02d}일 출시한다."),
        ("ko", f"{day.year}.{day.month}.{day.day} 출시한다."),
        ("ko", f"{day.isoformat()} 출시한다."),
    ]


@settings(max_examples=150, deadline=None)
@given(day=DAYS, pub=PUBS)
def test_a_full_date_in_any_format_resolves_to_that_day(day: date, pub: date) -> None:
    for lang, text in _renderings(day):
        # read whatever the publication date ("on" a past day is weak: it dates an event)
        assert ("point", day, day) == only(text, lang, pub, weak=True), text


@settings(max_examples=150, deadline=None)
@given(pub=PUBS, n=st.integers(1, 10))
def test_a_span_counted_from_publication_ends_n_years_later(pub: date, n: int) -> None:
    for lang, text in (
        ("en", f"It will double within {n} years."),
        ("ko", f"{n}년 내 두 배로 늘린다."),
    ):
        kind, start, end = only(text, lang, pub)
        assert ("deadline", pub) == (kind, start)
        assert end is not None
        assert end.year == pub.year + n
        assert end.month == pub.month
        assert abs(end.day - pub.day) <= 3  # Feb 29 becomes Feb 28


@settings(max_examples=100, deadline=None)
@given(
    pub=PUBS,
    year=st.integers(2000, 2099),
    season=st.sampled_from(["spring", "summer", "fall", "winter"]),
)
def test_a_season_is_three_whole_months(pub: date, year: int, season: str) -> None:
    kind, start, end = only(f"It will run 9,000 chips in the {season} of {year}.", "en", pub)
    assert kind == "point"
    assert start is not None
    assert end is not None
    assert (start.day, (end + timedelta(days=1)).day) == (1, 1)
    assert 89 <= (end - start).days + 1 <= 92
    assert start.year == year


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=80), pub=PUBS, lang=st.sampled_from(["en", "ko"]))
def test_arbitrary_text_never_crashes_and_every_time_is_ordered(
    text: str, pub: date, lang: str
) -> None:
    for t in TIMES.find_all(text, lang, pub):
        v = t.valid
        assert 0 <= t.start <= t.end <= len(text)
        assert v.start is None or v.end is None or v.start <= v.end


TIME_PIECES = st.lists(
    st.sampled_from(
        [
            *(
                "by ",
                "in ",
                "the ",
                "end of ",
                "fall ",
                "summer ",
                "FY",
                "CY",
                "Q4'",
                "2H",
                "26",
                "2026",
            ),
            *(
                "-",
                "~",
                "년 ",
                "월 ",
                "일 ",
                "지난 ",
                "올",
                "여름",
                "말",
                "까지",
                "부터",
                "내 ",
                "3",
                "12",
            ),
            *(
                "within ",
                "next ",
                "months ",
                "years ",
                "as of ",
                "Sept. ",
                "30, ",
                "quarter ended ",
            ),
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=TIME_PIECES, pub=PUBS, lang=st.sampled_from(["en", "ko"]))
def test_near_miss_time_text_never_crashes(text: str, pub: date, lang: str) -> None:
    for t in TIMES.find_all(text, lang, pub):
        v = t.valid
        assert v.start is None or v.end is None or v.start <= v.end


def test_a_span_dates_an_amount_but_not_an_adoption() -> None:
    doc = Document(
        document_id="span",
        text=(
            "OpenAI will run on Nvidia GB200 chips through Amazon Web Services over the next "
            "seven years.\n\nAWS will invest $20 billion in Project Rainier over the next three "
            "years."
        ),
        published=datetime(2026, 5, 20, tzinfo=UTC),
        language="en",
        tier="press",
    )
    found = {c.predicate: c.valid for c in default_extractor().extract(doc)}
    assert (
        found["adopts"].kind,
        found["adopts"].start,
        found["adopts"].end,
    ) == ("point", PUB, PUB)
    assert ("deadline", D(2029, 5, 20)) == (found["investment"].kind, found["investment"].end)
