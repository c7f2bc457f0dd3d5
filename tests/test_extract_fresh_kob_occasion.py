"""Korean: 발표 as the occasion a fact was told ('실적 발표에서 … 넘어섰다고 밝혔다') is no
announcement cue (fresh dev batch ko-b). Examples and a trap; sentences written for
these tests."""

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


# -- 발표 as the occasion a fact was told ('실적 발표에서'), not an announcement -----------

OCCASION_OF_A_STATEMENT = [
    (
        "오라클은 실적 발표에서 자사 클라우드에 깔린 GB200이 6만 4000개를 넘어섰다고 밝혔다.",
        [("oracle", 64000.0, "at-least", "actual")],
    ),
    (
        "메타는 발표회에서 H100 35만 개를 운영하고 있다고 말했다.",
        [("meta", 350000.0, "exact", "actual")],
    ),
    # trap: an announcement of something to come stays announced
    (
        "오라클은 GB200 10만 개를 배치한다고 발표했다.",
        [("oracle", 100000.0, "exact", "announced")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OCCASION_OF_A_STATEMENT)
def test_announcement_as_an_occasion_is_no_announced_cue(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    found = [(r[0], r[4][0], r[4][4], r[5]) for r in rows(text, "deployed_chips")]
    assert expected == found
