"""Korean modality families seen in the fresh dev batch ko-b01..b15: a future action stated
from a later start with no plan word ("내년부터는 … 공급한다") and a 'will' told by a
reporting verb with no target time ("꾸리겠다고 밝혔다") are announced. Examples and
false-positive traps; every sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import claim_row
from tracker.domain.documents import Document
from tracker.extract import default_extractor
from tracker.extract.quantities import QuantityRecognizer
from tracker.extract.timex import TimeRecognizer
from tracker.extract.vocabulary import load_vocabulary

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2025, 10, 7, 9, 0, tzinfo=KST)
TODAY = ("point", "2025-10-07", "2025-10-07")
QUANTITIES = QuantityRecognizer(load_vocabulary())


def rows(text: str, predicate: str, tier: str = "press") -> list[tuple[Any, ...]]:
    doc = Document(
        document_id="fresh-kob",
        text="이번 주 소식.\n\n" + text,
        published=PUBLISHED,
        language="ko",
        tier=tier,
    )
    found = [claim_row(c) for c in default_extractor([]).extract(doc) if c.predicate == predicate]
    return sorted(found, key=repr)


def valid_times(text: str) -> list[tuple[str, str, str]]:
    found = TimeRecognizer().find(text, "ko", PUBLISHED.date())
    return [(t.valid.kind, str(t.valid.start), str(t.valid.end)) for t in found]


# -- a future start and a plain present verb, no plan word: announced --------------------

STATED_FUTURE = [
    (
        "SK하이닉스는 물량을 확정했다. 내년부터는 엔비디아 루빈에 들어갈 HBM4를 본격 공급한다.",
        [("nvidia", "hbm4", "sk-hynix", "announced", ("open", "2026-01-01", "None"))],
    ),
    # traps: a plan word keeps planned; a period inside a later span keeps planned
    (
        "SK하이닉스는 내년부터 엔비디아에 HBM4를 공급할 계획이다.",
        [("nvidia", "hbm4", "sk-hynix", "planned", ("open", "2026-01-01", "None"))],
    ),
    (
        "삼성전자는 엔비디아와 HBM4 공급 계약을 맺었다.\n\n양사는 내년 상반기 중 공급을 시작한다.",
        [
            ("nvidia", "hbm4", "samsung", "actual", TODAY),
            ("nvidia", "hbm4", "samsung", "planned", ("point", "2026-01-01", "2026-06-30")),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATED_FUTURE)
def test_future_start_with_a_plain_present_verb_is_announced(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    found = [(r[0], r[2].get("product"), r[3], r[5], r[6]) for r in rows(text, "supply_deal")]
    assert expected == found


def test_company_number_growing_to_a_later_target_stays_planned() -> None:
    text = "삼성전자의 HBM4 웨이퍼 투입량은 현재 월 6만 장이며, 내년 말 월 15만 장으로 늘어난다."
    found = sorted((r[4][0], r[5]) for r in rows(text, "capacity"))
    expected = [(60000.0, "actual"), (150000.0, "planned")]
    assert expected == found


# -- '…하겠다고 밝혔다' with no time of its own: announced; with a target time: planned ----

SAID_WILL = [
    ("오라클도 H200 6만 5000여 개로 슈퍼클러스터를 꾸리겠다고 밝혔다.", [(65000.0, "announced")]),
    ("메타는 H100 2만 개를 새로 배치하겠다고 말했다.", [(20000.0, "announced")]),
    # traps: a target time keeps the plan; a plan word keeps the plan
    ("메타는 연말까지 H100 35만 개를 확보하겠다고 밝혔다.", [(350000.0, "planned")]),
    ("메타는 H100 2만 개를 배치할 계획이라고 밝혔다.", [(20000.0, "planned")]),
]


@pytest.mark.parametrize(("text", "expected"), SAID_WILL)
def test_said_will_with_no_target_time_is_announced(
    text: str, expected: list[tuple[float, str]]
) -> None:
    found = [(r[4][0], r[5]) for r in rows(text, "deployed_chips")]
    assert expected == found
