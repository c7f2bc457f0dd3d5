"""Field mechanics added with extractor 0.6.0 (the strict-vs-lenient gap: claims whose
subject, predicate and value are right but a field is not): months named relative to the
publication, and "an estimated" as an exact figure. Every sentence is written here."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import load_vocabulary
from tracker.extract.quantities import QuantityRecognizer
from tracker.extract.timex import TimeRecognizer

PUBLISHED = date(2026, 1, 28)
QUANTITIES = QuantityRecognizer(load_vocabulary())

RELATIVE_MONTHS = [
    ("지난달부터 엔비디아에 HBM4를 납품하고 있다.", "ko", ("open", date(2025, 12, 1), None)),
    ("다음 달부터 공급을 늘린다.", "ko", ("open", date(2026, 2, 1), None)),
    ("내달까지 증설을 마친다.", "ko", ("deadline", PUBLISHED, date(2026, 2, 28))),
    ("이달부터 가동한다.", "ko", ("open", date(2026, 1, 1), None)),
    ("Micron will begin shipping HBM4 to AMD next month.", "en", ("open", date(2026, 2, 1), None)),
    ("Deliveries run starting next month.", "en", ("open", date(2026, 2, 1), None)),
    ("The fab has been running since last month.", "en", ("open", date(2025, 12, 1), None)),
    (
        "The build-out should finish by next month.",
        "en",
        ("deadline", PUBLISHED, date(2026, 2, 28)),
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), RELATIVE_MONTHS)
def test_relative_months_with_a_start_or_a_deadline_date_the_claim(
    text: str, language: str, expected: tuple[str, date, date | None]
) -> None:
    found = TimeRecognizer().find(text, language, PUBLISHED)
    assert [expected] == [(t.valid.kind, t.valid.start, t.valid.end) for t in found]


BARE_MONTHS = [
    ("구글과는 지난달 TPU 계약을 맺었다.", "ko"),
    ("이달 출시된 칩이다.", "ko"),
    ("Last month it signed a deal with Google.", "en"),
    ("The chip launched this month.", "en"),
]


@pytest.mark.parametrize(("text", "language"), BARE_MONTHS)
def test_a_bare_relative_month_dates_nothing(text: str, language: str) -> None:
    assert TimeRecognizer().find(text, language, PUBLISHED) == []


ESTIMATES = [
    ("up from an estimated 90,000 wafers a month", False),
    ("an estimated $4 billion", False),
    ("about 90,000 wafers a month", True),
    ("roughly $4 billion", True),
]


@pytest.mark.parametrize(("text", "approx"), ESTIMATES)
def test_an_estimated_figure_is_exact_and_about_is_approximate(text: str, approx: bool) -> None:
    found = QUANTITIES.find(text)
    assert [approx] == [q.approx for q in found]


def list_rows(text: str) -> list[tuple[object, ...]]:
    from datetime import UTC, datetime

    from tracker.domain.documents import Document
    from tracker.extract import default_extractor

    doc = Document(
        document_id="l",
        text=text,
        published=datetime(2026, 2, 2, 1, 0, tzinfo=UTC),
        language="ko",
        tier="press",
    )
    return sorted(
        (c.subject, c.modality, c.valid.kind, str(c.valid.start), str(c.valid.end))
        for c in default_extractor([]).extract(doc)
        if c.predicate == "deployed_chips"
    )


LIST_LEAD = "대형 AI 클러스터를 모았다. 칩 수는 지난해 말 기준이다.\n\n"


def test_a_list_lead_basis_dates_the_counts_of_its_items() -> None:
    text = LIST_LEAD + "· 콜로서스(xAI) — GPU 약 15만 개, 그록 훈련\n"
    assert list_rows(text) == [("colossus", "actual", "point", "2025-12-31", "2025-12-31")]


def test_comma_separated_statements_of_a_korean_item_keep_their_own_modality() -> None:
    text = LIST_LEAD + "· 스타게이트(오라클) — GB200 약 10만 개 가동, 연말까지 30만 개 목표\n"
    assert list_rows(text) == [
        ("stargate", "actual", "point", "2025-12-31", "2025-12-31"),
        ("stargate", "planned", "deadline", "2026-02-02", "2026-12-31"),
    ]


def test_items_without_a_basis_lead_hold_at_the_publication_date() -> None:
    text = "대형 AI 클러스터를 모았다.\n\n· 콜로서스(xAI) — GPU 약 15만 개, 그록 훈련\n"
    assert list_rows(text) == [("colossus", "actual", "point", "2026-02-02", "2026-02-02")]
