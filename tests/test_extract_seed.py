"""Every fact of the seed article must come out of the extractor (SPEC §1).

The article is read from ../shared/seed/ (present in CI); it is never copied into the
project. The test is skipped only when that folder does not exist.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from tests.conftest import SEED_DIR
from tracker.domain.claims import Claim, Quantity, TextValue
from tracker.domain.documents import Document
from tracker.extract import default_extractor

SEED = SEED_DIR / "000_0a29da2127efd019.txt"
PUBLISHED = datetime(2025, 12, 19, 9, 0, tzinfo=timezone(timedelta(hours=9)))
DAY = date(2025, 12, 19)

pytestmark = pytest.mark.skipif(not SEED_DIR.exists(), reason="../shared/seed/ is not present")


def key(c: Claim) -> tuple[Any, ...]:
    value: Any = None
    if isinstance(c.value, Quantity):
        value = (c.value.low, c.value.high, c.value.unit, c.value.approx, c.value.bound)
    elif isinstance(c.value, TextValue):
        value = c.value.text
    qualifiers = tuple(sorted(c.qualifiers.items()))
    valid = (c.valid.kind, c.valid.start, c.valid.end)
    return (c.subject, c.predicate, qualifiers, c.object, value, c.modality, valid)


TODAY = ("point", DAY, DAY)
EXPECTED = [
    ("trainium4", "integrates", (), "nvlink-fusion", None, "announced", TODAY),
    ("trainium4", "integrates", (), "mgx", None, "announced", TODAY),
    (
        "aws", "investment", (("target", "project-rainier"),), None,
        (1.1e10, 1.1e10, "USD", True, "exact"), "actual", TODAY,
    ),
    ("project-rainier", "located_in", (), None, "Indiana, US", "actual", TODAY),
    (
        "project-rainier", "deployed_chips", (("chip", "trainium2"),), None,
        (5e5, 5e5, "count", True, "exact"), "actual", TODAY,
    ),
    (
        "project-rainier", "deployed_chips", (("chip", "trainium2"),), None,
        (1e6, 1e6, "count", False, "exact"), "planned", ("deadline", DAY, date(2025, 12, 31)),
    ),
    ("anthropic", "trains_on", (), "project-rainier", None, "actual", TODAY),
    (
        "amazon", "investment", (("target", "anthropic"),), None,
        (8e9, 8e9, "USD", False, "exact"), "actual", TODAY,
    ),
    (
        "ironwood", "peak_compute", (("precision", "fp8"),), None,
        (4.6e15, 4.6e15, "FLOP/s", False, "exact"), "actual", TODAY,
    ),
    (
        "ironwood", "memory_capacity", (("memory", "hbm3e"),), None,
        (1.92e11, 1.92e11, "B", False, "exact"), "actual", TODAY,
    ),
    (
        "ironwood", "memory_bandwidth", (), None,
        (7.4e12, 7.4e12, "B/s", False, "exact"), "actual", TODAY,
    ),
    (
        "anthropic", "supply_deal", (("product", "google-tpu"),), "google",
        (1e6, 1e6, "count", False, "at-most"), "actual", TODAY,
    ),
    (
        "meta", "adopts", (("mode", "cloud"), ("via", "google")), "google-tpu", None,
        "considering", ("open", date(2026, 1, 1), None),
    ),
    (
        "meta", "adopts", (("mode", "on-prem"),), "google-tpu", None,
        "considering", ("open", date(2027, 1, 1), None),
    ),
    (
        "tsmc", "capacity", (("process", "cowos"),), None,
        (75000, 75000, "wafer/month", False, "exact"), "planned",
        ("point", date(2025, 12, 31), date(2025, 12, 31)),
    ),
    (
        "tsmc", "capacity", (("process", "cowos"),), None,
        (90000, 100000, "wafer/month", False, "at-least"), "planned",
        ("point", date(2026, 12, 31), date(2026, 12, 31)),
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def seed_claims() -> list[Claim]:
    raw = SEED.read_text(encoding="utf-8")
    title, _, body = raw.partition("\n")
    doc = Document(
        document_id="seed-news1",
        text=body,
        title=title,
        published=PUBLISHED,
        language="ko",
        feed="news1",
        tier="press",
    )
    return default_extractor([]).extract(doc)


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda e: f"{e[0]}-{e[1]}-{e[3] or e[4]}")
def test_seed_fact_is_extracted(seed_claims: list[Claim], expected: tuple[Any, ...]) -> None:
    found = [key(c) for c in seed_claims]
    assert expected in [_approx(f, expected) for f in found], found


def _approx(found: tuple[Any, ...], expected: tuple[Any, ...]) -> tuple[Any, ...]:
    """Numbers equal within 1e-9 relative count as equal (4.6 * 1e15 is not exact)."""
    value, want = found[4], expected[4]
    if isinstance(value, tuple) and isinstance(want, tuple):
        same = all(
            a == pytest.approx(b, rel=1e-9) if isinstance(b, float | int) else a == b
            for a, b in zip(value, want, strict=True)
        )
        if same:
            return (*found[:4], want, *found[5:])
    return found


def test_seed_boilerplate_yields_nothing(seed_claims: list[Claim]) -> None:
    body = SEED.read_text(encoding="utf-8").partition("\n")[2]
    footer = body.index("ideaed@")
    assert [c.source.quote for c in seed_claims if (c.source.quote_start or 0) >= footer] == []


def test_seed_claims_are_all_about_the_article(seed_claims: list[Claim]) -> None:
    allowed = {(e[0], e[1]) for e in EXPECTED}
    # "NV링크 6 퓨전" is also read as plain NVLink: true of the article, not in the list
    extra = [key(c) for c in seed_claims if (c.subject, c.predicate) not in allowed]
    assert extra == []
    assert len(seed_claims) <= len(EXPECTED) + 1


def test_seed_quotes_point_into_the_text(seed_claims: list[Claim]) -> None:
    body = SEED.read_text(encoding="utf-8").partition("\n")[2]
    for c in seed_claims:
        assert c.source.quote == body[c.source.quote_start : c.source.quote_end]
