"""Claim rules, one predicate at a time: examples that must yield a claim and traps that
must not. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import claim_row, run_extractor
from tracker.domain.claims import Claim
from tracker.domain.documents import Document
from tracker.extract import default_extractor

KST = timezone(timedelta(hours=9))
PUBLISHED = {
    "ko": datetime(2025, 12, 19, 9, 0, tzinfo=KST),
    "en": datetime(2025, 12, 19, 9, 0, tzinfo=UTC),
}


def extract(text: str, language: str) -> list[Claim]:
    return run_extractor(text, language, PUBLISHED[language])


row = claim_row


TODAY = ("point", "2025-12-19", "2025-12-19")
EXAMPLES: list[tuple[str, str, tuple[Any, ...]]] = [
    # deployed_chips
    (
        "ko",
        "콜로서스에는 엔비디아 H100 GPU 10만 개가 들어갔다.",
        (
            "colossus",
            "deployed_chips",
            {"chip": "h100"},
            None,
            (1e5, 1e5, "count", False, "exact"),
            "actual",
            TODAY,
        ),
    ),
    (
        "en",
        "Stargate now houses about 200,000 GB200 chips.",
        (
            "stargate",
            "deployed_chips",
            {"chip": "gb200"},
            None,
            (2e5, 2e5, "count", True, "exact"),
            "actual",
            TODAY,
        ),
    ),
    (
        "en",
        "Meta will own 350,000 H100 GPUs by the end of next year.",
        (
            "meta",
            "deployed_chips",
            {"chip": "h100"},
            None,
            (3.5e5, 3.5e5, "count", False, "exact"),
            "planned",
            ("deadline", "2025-12-19", "2026-12-31"),
        ),
    ),
    (
        "ko",
        "xAI는 콜로서스의 GPU를 내년 말까지 100만 개 이상으로 늘릴 계획이다.",
        (
            "colossus",
            "deployed_chips",
            {},
            None,
            (1e6, 1e6, "count", False, "at-least"),
            "planned",
            ("deadline", "2025-12-19", "2026-12-31"),
        ),
    ),
    # capacity
    (
        "en",
        "TSMC expects CoWoS capacity to reach 130,000 wafers per month at end-2026.",
        (
            "tsmc",
            "capacity",
            {"process": "cowos"},
            None,
            (1.3e5, 1.3e5, "wafer/month", False, "exact"),
            "planned",
            ("point", "2026-12-31", "2026-12-31"),
        ),
    ),
    (
        "ko",
        "업계는 TSMC의 CoWoS 생산능력이 내년 하반기 월 11만 장에 이를 것으로 전망했다.",
        (
            "tsmc",
            "capacity",
            {"process": "cowos"},
            None,
            (1.1e5, 1.1e5, "wafer/month", False, "exact"),
            "forecast",
            ("point", "2026-07-01", "2026-12-31"),
        ),
    ),
    # investment
    (
        "en",
        "Microsoft has invested $13 billion in OpenAI.",
        (
            "microsoft",
            "investment",
            {"target": "openai"},
            None,
            (1.3e10, 1.3e10, "USD", False, "exact"),
            "actual",
            TODAY,
        ),
    ),
    (
        "ko",
        "구글은 앤트로픽에 20억 달러를 투자하기로 했다.",
        (
            "google",
            "investment",
            {"target": "anthropic"},
            None,
            (2e9, 2e9, "USD", False, "exact"),
            "announced",
            TODAY,
        ),
    ),
    # specifications
    (
        "en",
        "Trainium3 delivers 2.52 petaflops of FP8 compute and carries 144GB of HBM3E.",
        (
            "trainium3",
            "peak_compute",
            {"precision": "fp8"},
            None,
            (2.52e15, 2.52e15, "FLOP/s", False, "exact"),
            "actual",
            TODAY,
        ),
    ),
    (
        "en",
        "Trainium3 delivers 2.52 petaflops of FP8 compute and carries 144GB of HBM3E.",
        (
            "trainium3",
            "memory_capacity",
            {"memory": "hbm3e"},
            None,
            (1.44e11, 1.44e11, "B", False, "exact"),
            "actual",
            TODAY,
        ),
    ),
    (
        "ko",
        "MI355X의 메모리 대역폭은 8TB/s다.",
        (
            "mi355x",
            "memory_bandwidth",
            {},
            None,
            (8e12, 8e12, "B/s", False, "exact"),
            "actual",
            TODAY,
        ),
    ),
    # chips_per_system
    (
        "ko",
        "GB200 NVL72 랙 하나에는 블랙웰 GPU 72개가 들어간다.",
        ("gb200", "chips_per_system", {}, None, (72, 72, "count", False, "exact"), "actual", TODAY),
    ),
    (
        "en",
        "Each Trn2 UltraServer links 64 Trainium2 chips.",
        (
            "trainium2",
            "chips_per_system",
            {},
            None,
            (64, 64, "count", False, "exact"),
            "actual",
            TODAY,
        ),
    ),
    # supply_deal
    (
        "en",
        "OpenAI signed a deal with AMD for up to 100,000 MI355X chips.",
        (
            "openai",
            "supply_deal",
            {"product": "mi355x"},
            "amd",
            (1e5, 1e5, "count", False, "at-most"),
            "actual",
            TODAY,
        ),
    ),
    (
        "ko",
        # an agreed deal is in place, as "agreed to supply" is in English (ko-c04, ko-c19)
        "SK하이닉스는 엔비디아에 HBM4를 공급하기로 했다.",
        ("nvidia", "supply_deal", {"product": "hbm4"}, "sk-hynix", None, "actual", TODAY),
    ),
    # adopts
    (
        "en",
        "Apple is evaluating Trainium2 on AWS.",
        (
            "apple",
            "adopts",
            {"mode": "cloud", "via": "aws"},
            "trainium2",
            None,
            "considering",
            TODAY,
        ),
    ),
    (
        "ko",
        "오픈AI는 내년부터 구글 클라우드를 통해 TPU를 사용할 계획이다.",
        (
            "openai",
            "adopts",
            {"mode": "cloud", "via": "google"},
            "google-tpu",
            None,
            "planned",
            ("open", "2026-01-01", "None"),
        ),
    ),
    # integrates
    (
        "en",
        "AWS announced that Trainium4 will integrate NVLink Fusion.",
        ("trainium4", "integrates", {}, "nvlink-fusion", None, "announced", TODAY),
    ),
    # trains_on
    (
        "en",
        "Anthropic trains Claude on Project Rainier.",
        ("anthropic", "trains_on", {}, "project-rainier", None, "actual", TODAY),
    ),
    # located_in
    (
        "ko",
        "프로젝트 레이니어는 인디애나주에 있다.",
        ("project-rainier", "located_in", {}, None, "Indiana, US", "actual", TODAY),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), EXAMPLES)
def test_rule_extracts_the_claim(language: str, text: str, expected: tuple[Any, ...]) -> None:
    rows = [row(c) for c in extract(text, language)]
    assert expected in rows, rows


TRAPS: list[tuple[str, str, str]] = [
    ("en", "Ironwood is on par with the B200 at 4.6 petaflops.", "b200"),
    ("en", "A full Ironwood superpod delivers 42.5 exaflops.", "peak_compute"),
    ("ko", "메타버스 기업이 TPU 10만 개를 도입했다.", "meta"),
    ("ko", "xAI는 60억 달러 규모의 투자를 유치했다.", "investment"),
    ("en", "OpenAI is valued at $500 billion after the investment.", "investment"),
    ("en", "Meta is not considering Google TPUs.", "adopts"),
    ("ko", "메타는 TPU 도입을 검토하지 않는다고 밝혔다.", "adopts"),
    ("ko", "TSMC는 올해 설비투자에 400억 달러를 쓴다.", "investment"),
    ("en", "Demand for CoWoS from Nvidia will exceed 100,000 wafers.", "capacity"),
    (
        "ko",
        "AWS는 울트라서버를 묶어 최대 100만 개의 트레이니움3 칩을 연결할 수 있다.",
        "deployed_chips",
    ),
    ("en", "Meta's fleet will reach compute equal to 600,000 H100s.", "deployed_chips"),
    ("en", "Nvidia said 2027 will be a big year for Rubin.", "deployed_chips"),
    ("en", "Google rents TPUs to outside customers through Google Cloud.", "adopts"),
    ("ko", "스타게이트 프로젝트는 미국에 데이터센터를 짓는다.", "located_in"),
]


@pytest.mark.parametrize(("language", "text", "forbidden"), TRAPS)
def test_rule_traps_yield_no_such_claim(language: str, text: str, forbidden: str) -> None:
    rows = [row(c) for c in extract(text, language)]
    assert [r for r in rows if forbidden in (r[0], r[1])] == [], rows


def test_headline_lines_are_not_claims() -> None:
    text = "앤트로픽, 구글 TPU 100만 개 계약\n\n본문은 따로 없다."
    assert extract(text, "ko") == []


def test_claims_carry_provenance_and_versions() -> None:
    text = "Intro line.\nMicrosoft has invested $13 billion in OpenAI."
    (claim,) = extract(text, "en")
    assert text[claim.source.quote_start : claim.source.quote_end] == claim.source.quote
    assert claim.asserted_by.startswith("extractor:rules@")
    assert claim.vocabulary is not None
    assert claim.vocabulary.startswith("ai-accelerators@")
    assert PUBLISHED["en"] == claim.reported_at


def test_anonymous_sources_lower_the_tier() -> None:
    text = "소식통에 따르면 메타는 내년부터 구글 클라우드를 통해 TPU를 빌리는 방안을 검토하고 있다."
    claims = extract(text, "ko")
    assert claims
    assert {"anonymous"} == {c.source.tier for c in claims}


def test_user_vocabulary_adds_entities(tmp_path: Any) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text(
        '[[entity]]\nid = "acme-x1"\nkind = "chip"\nmaker = "acme"\nen = ["X1"]\n'
        '[[entity]]\nid = "acme"\nkind = "company"\nen = ["Acme"]\n',
        encoding="utf-8",
    )
    extractor = default_extractor([str(extra)])
    doc = Document("t", "Stargate now runs 5,000 X1 chips.", PUBLISHED["en"], language="en")
    rows = [row(c) for c in extractor.extract(doc)]
    assert ("stargate", "deployed_chips", {"chip": "acme-x1"}) in [r[:3] for r in rows]
    assert extractor.vocabulary.version != default_extractor([]).vocabulary.version
