"""Generalization of the claim rules: each category of phrasing (tables, article framing,
references back, projections, bounds, corrections, time) in several word orders and both
languages, plus traps. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import claim_row, run_extractor
from tracker.domain.claims import Claim
from tracker.domain.documents import Document

KST = timezone(timedelta(hours=9))
PUBLISHED = {
    "ko": datetime(2025, 12, 19, 9, 0, tzinfo=KST),
    "en": datetime(2025, 12, 19, 9, 0, tzinfo=UTC),
}
TODAY = ("point", "2025-12-19", "2025-12-19")


def extract(text: str, language: str, published: datetime | None = None) -> list[Claim]:
    return run_extractor(text, language, published or PUBLISHED[language])


row = claim_row


def rows(text: str, language: str, published: datetime | None = None) -> list[tuple[Any, ...]]:
    return [row(c) for c in extract(text, language, published)]


def spec(
    subject: str,
    predicate: str,
    qualifiers: dict[str, str],
    value: float,
    unit: str,
    modality: str = "actual",
    bound: str = "exact",
    approx: bool = False,
) -> tuple[Any, ...]:
    return (
        subject,
        predicate,
        qualifiers,
        None,
        (value, value, unit, approx, bound),
        modality,
        TODAY,
    )


# -- text tables ---------------------------------------------------------------------------

TABLES: list[tuple[str, str, list[tuple[Any, ...]]]] = [
    (
        "en",
        "Spec comparison below.\n\n"
        "| Accelerator | Peak FP4 (PFLOPS) | HBM | Memory bandwidth |\n"
        "|---|---|---|---|\n"
        "| Rubin | 50 | 288GB HBM4 | 22 TB/s |\n"
        "| MI300X | 2.6 | 192GB HBM3 | 5.3 TB/s |\n",
        [
            # Rubin first ships in 2026-09 (vocabulary ``available``): announced in 2025-12
            spec("rubin", "peak_compute", {"precision": "fp4"}, 5e16, "FLOP/s", "announced"),
            spec("rubin", "memory_capacity", {"memory": "hbm4"}, 2.88e11, "B", "announced"),
            spec("rubin", "memory_bandwidth", {}, 2.2e13, "B/s", "announced"),
            spec("mi300x", "peak_compute", {"precision": "fp4"}, 2.6e15, "FLOP/s"),
            spec("mi300x", "memory_capacity", {"memory": "hbm3"}, 1.92e11, "B"),
        ],
    ),
    (
        "en",
        "Name\tBandwidth\tCompute\nTrainium3\t4.9 TB/s\t2.52 PFLOPS FP8\n",
        [
            spec("trainium3", "memory_bandwidth", {}, 4.9e12, "B/s"),
            spec("trainium3", "peak_compute", {"precision": "fp8"}, 2.52e15, "FLOP/s"),
        ],
    ),
    (
        "ko",
        "주요 칩의 메모리 공급 현황이다.\n\n"
        "공급처 | 칩 | HBM 용량 | 메모리 종류\n"
        "삼성전자 | AMD MI355X | 288GB | HBM3E\n"
        "SK하이닉스 | 엔비디아 H200 | 141GB | HBM3E\n",
        [
            spec("mi355x", "memory_capacity", {"memory": "hbm3e"}, 2.88e11, "B"),
            ("amd", "supply_deal", {"product": "hbm3e"}, "samsung", None, "actual", TODAY),
            spec("h200", "memory_capacity", {"memory": "hbm3e"}, 1.41e11, "B"),
            ("nvidia", "supply_deal", {"product": "hbm3e"}, "sk-hynix", None, "actual", TODAY),
        ],
    ),
    (
        "ko",
        "칩 | HBM3E 용량(GB) | 랙당 칩 수\n트레이니움3 | 144 | 144\n",
        [
            spec("trainium3", "memory_capacity", {"memory": "hbm3e"}, 1.44e11, "B"),
            spec("trainium3", "chips_per_system", {}, 144, "count"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), TABLES)
def test_table_rows_read_against_their_header(
    language: str, text: str, expected: list[tuple[Any, ...]]
) -> None:
    found = rows(text, language)
    assert [e for e in expected if e not in found] == [], found


TABLE_TRAPS: list[tuple[str, str]] = [
    # a product the vocabulary does not know: the row yields nothing
    ("en", "Chip | Memory | Bandwidth\nAcme X9 | 96 GB HBM3E | 3 TB/s\n"),
    # a pod-level column is not the chip's figure
    ("en", "Chip | Pod FP8 (EFLOPS)\nIronwood | 42.5\n"),
    # prices and shares are no claims
    ("ko", "칩 | 가격 | 점유율\nB200 | 4만 달러 | 60%\n"),
    # a header alone
    ("en", "Chip | Memory | Bandwidth\n"),
]


@pytest.mark.parametrize(("language", "text"), TABLE_TRAPS)
def test_table_traps_yield_nothing(language: str, text: str) -> None:
    assert rows(text, language) == []


# -- framing: specs of a product that has not shipped are announced --------------------

FRAMING: list[tuple[str, str, tuple[Any, ...]]] = [
    (
        "en",
        "Nvidia showed Rubin to developers on Tuesday. Each Rubin GPU carries 288GB of HBM4. "
        "The part will ship in the second half of 2026.",
        spec("rubin", "memory_capacity", {"memory": "hbm4"}, 2.88e11, "B", "announced"),
    ),
    (
        "en",
        "AWS expects to start shipping Trainium4 late next year.\n\n"
        "Trainium4 has 6 TB/s of memory bandwidth.",
        spec("trainium4", "memory_bandwidth", {}, 6e12, "B/s", "announced"),
    ),
    (
        "en",
        "Blackwell systems reach customers later this year, Nvidia said. "
        "The B200 packs 192GB of HBM3E.",
        spec("b200", "memory_capacity", {"memory": "hbm3e"}, 1.92e11, "B", "announced"),
    ),
    (
        "ko",
        "엔비디아가 루빈을 처음 선보였다. 루빈은 내년 하반기 출시될 예정이다. "
        "루빈 GPU에는 HBM4 288GB가 탑재된다.",
        spec("rubin", "memory_capacity", {"memory": "hbm4"}, 2.88e11, "B", "announced"),
    ),
    (
        "ko",
        "트레이니움3의 메모리 대역폭은 4.9TB/s다. 트레이니움3는 출하를 앞두고 있다.",
        spec("trainium3", "memory_bandwidth", {}, 4.9e12, "B/s", "announced"),
    ),
    # shipping products keep actual specs, whatever the event
    (
        "en",
        "Google made Ironwood generally available today. Ironwood delivers 4.6 PFLOPS of FP8.",
        spec("ironwood", "peak_compute", {"precision": "fp8"}, 4.6e15, "FLOP/s"),
    ),
    (
        "en",
        "AMD introduced the MI355X, which is already shipping. The MI355X has 288GB of HBM3E. "
        "Oracle will deploy the MI355X next year.",
        spec("mi355x", "memory_capacity", {"memory": "hbm3e"}, 2.88e11, "B"),
    ),
    (
        "ko",
        "구글은 아이언우드를 정식 출시했다고 밝혔다. 아이언우드의 메모리 대역폭은 7.4TB/s다.",
        spec("ironwood", "memory_bandwidth", {}, 7.4e12, "B/s"),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), FRAMING)
def test_specs_of_upcoming_products_are_announced(
    language: str, text: str, expected: tuple[Any, ...]
) -> None:
    found = rows(text, language)
    assert expected in found, found


# -- English projections and year-end exits ---------------------------------------------

PROJECTIONS: list[tuple[str, tuple[Any, ...]]] = [
    (
        "We project Samsung's HBM4 capacity to reach 150,000 wafers per month by end-2026.",
        (
            "samsung",
            "capacity",
            {"process": "hbm4"},
            None,
            (1.5e5, 1.5e5, "wafer/month", False, "exact"),
            "forecast",
            ("deadline", "2025-12-19", "2026-12-31"),
        ),
    ),
    (
        "Our checks suggest Microsoft exits 2026 with roughly 600,000 GB200 chips deployed.",
        (
            "microsoft",
            "deployed_chips",
            {"chip": "gb200"},
            None,
            (6e5, 6e5, "count", True, "exact"),
            "forecast",
            ("point", "2026-12-31", "2026-12-31"),
        ),
    ),
    (
        "Exiting next year, we now see TSMC at about 120,000 wpm of CoWoS capacity.",
        (
            "tsmc",
            "capacity",
            {"process": "cowos"},
            None,
            (1.2e5, 1.2e5, "wafer/month", True, "exact"),
            "forecast",
            ("point", "2026-12-31", "2026-12-31"),
        ),
    ),
    (
        "In our view AWS will deploy as many as 2 million Trainium3 chips exiting 2027.",
        (
            "aws",
            "deployed_chips",
            {"chip": "trainium3"},
            None,
            (2e6, 2e6, "count", False, "at-most"),
            "forecast",
            ("point", "2027-12-31", "2027-12-31"),
        ),
    ),
    # a company's own target stays planned
    (
        "Meta said it will end next year with 600,000 H100 GPUs in service.",
        (
            "meta",
            "deployed_chips",
            {"chip": "h100"},
            None,
            (6e5, 6e5, "count", False, "exact"),
            "planned",
            ("point", "2026-12-31", "2026-12-31"),
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROJECTIONS)
def test_analyst_projections_are_forecasts(text: str, expected: tuple[Any, ...]) -> None:
    found = rows(text, "en")
    assert expected in found, found


JANUARY = datetime(2026, 1, 20, 9, 0, tzinfo=UTC)
JANUARY_KST = datetime(2026, 1, 20, 9, 0, tzinfo=KST)


@pytest.mark.parametrize(
    ("language", "text", "published", "valid"),
    [
        (
            "en",
            "SK hynix had 90,000 wafers per month of HBM4 capacity at the end of December.",
            JANUARY,
            ("point", "2025-12-31", "2025-12-31"),
        ),
        (
            "en",
            "In late December, SK hynix had HBM4 capacity of 90,000 wafers per month.",
            JANUARY,
            ("point", "2025-12-31", "2025-12-31"),
        ),
        (
            "ko",
            "SK하이닉스의 HBM4 생산능력은 12월 말 기준 월 9만 장이었다.",
            JANUARY_KST,
            ("point", "2025-12-31", "2025-12-31"),
        ),
        (
            "en",
            "Samsung targets HBM4 capacity of 100,000 wafers per month in 2H26.",
            JANUARY,
            ("point", "2026-07-01", "2026-12-31"),
        ),
        (
            "en",
            "SK hynix aims for HBM4 capacity of 120,000 wafers per month in 3Q26.",
            JANUARY,
            ("point", "2026-07-01", "2026-09-30"),
        ),
        (
            "ko",
            "삼성전자는 2026년 3분기 HBM4 생산능력을 월 10만 장으로 늘릴 계획이다.",
            JANUARY_KST,
            ("point", "2026-07-01", "2026-09-30"),
        ),
        (
            "ko",
            "삼성전자의 HBM4 생산능력은 2025년 9월 월 5만 장이었다.",
            JANUARY_KST,
            ("point", "2025-09-01", "2025-09-30"),
        ),
    ],
)
def test_months_quarters_and_halves_date_a_capacity(
    language: str, text: str, published: datetime, valid: tuple[str, str, str]
) -> None:
    found = [r for r in rows(text, language, published) if r[1] == "capacity"]
    assert [r[6] for r in found] == [valid], found


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Colossus sits in Memphis. xAI plans to fill it with 300,000 B200s next year.",
            ("colossus", "deployed_chips", {"chip": "b200"}),
        ),
        (
            "en",
            "Stargate's first site opened in Abilene. OpenAI is equipping the site with "
            "about 100,000 GB200 chips.",
            ("stargate", "deployed_chips", {"chip": "gb200"}),
        ),
        (
            "ko",
            "콜로서스는 멤피스에 있다. xAI는 이곳에 B200 10만 개를 채울 계획이다.",
            ("colossus", "deployed_chips", {"chip": "b200"}),
        ),
    ],
)
def test_a_site_referred_back_to_gets_the_chips(
    language: str, text: str, expected: tuple[str, str, dict[str, str]]
) -> None:
    found = [r[:3] for r in rows(text, language)]
    assert expected in found, found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ko",
            "콜로서스는 멤피스에 있다. xAI는 콜로서스 2를 짓고 있다. "
            "머스크는 이곳에 GPU 100만 개를 "
            "채울 계획이다.",
        ),
        (
            "en",
            "Colossus runs in Memphis. xAI is now building Colossus 2 nearby and plans to fill "
            "it with 1 million GPUs.",
        ),
    ],
)
def test_a_numbered_sequel_site_is_not_the_first_one(language: str, text: str) -> None:
    found = [r[0] for r in rows(text, language) if r[1] == "deployed_chips"]
    assert found == ["colossus-2"]  # its own site since vocabulary 10, never Colossus


# -- bounds, share prices, corrections and negated places -------------------------------


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("ko", "메타가 보유한 H100은 60만 개를 돌파했다.", (6e5, 6e5, "count", False, "at-least")),
        (
            "ko",
            "AWS가 운영하는 트레이니움2가 100만 개를 넘어섰다.",
            (1e6, 1e6, "count", False, "at-least"),
        ),
        ("ko", "콜로서스의 GB200은 20만 개에 육박한다.", (2e5, 2e5, "count", True, "exact")),
        (
            "en",
            "Meta now runs as many as 400,000 H100 GPUs.",
            (4e5, 4e5, "count", False, "at-most"),
        ),
        (
            "en",
            "Stargate houses upwards of 100,000 GB200 chips.",
            (1e5, 1e5, "count", False, "at-least"),
        ),
    ],
)
def test_bound_words_in_both_languages(language: str, text: str, value: tuple[Any, ...]) -> None:
    found = [r[4] for r in rows(text, language) if r[1] == "deployed_chips"]
    assert found == [value]


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        ("en", "SoftBank agreed to invest $2 billion in Intel at $23 per share.", 2e9),
        ("en", "Nvidia is buying $5 billion of Intel stock at $23.28 a share.", 5e9),
        ("ko", "엔비디아는 인텔 지분에 주당 23.28달러, 총 50억 달러를 투자한다.", 5e9),
    ],
)
def test_share_prices_are_never_investments(language: str, text: str, amount: float) -> None:
    found = [r[4][0] for r in rows(text, language) if r[1] == "investment"]
    assert amount in found or found == [], found
    assert [a for a in found if a < 1e3] == [], found


@pytest.mark.parametrize(
    ("language", "text", "kept", "withdrawn"),
    [
        ("en", "Correction: Stargate holds 64,000 GB200 chips, not 640,000.", 6.4e4, 6.4e5),
        ("en", "Colossus runs 150,000 H100s rather than 15,000, the company said.", 1.5e5, 1.5e4),
        ("ko", "스타게이트의 GB200은 6만 4000개가 아니라 64만 개다.", 6.4e5, 6.4e4),
        ("ko", "콜로서스의 H100은 1만 5000개가 아닌 15만 개다.", 1.5e5, 1.5e4),
    ],
)
def test_corrected_figures_replace_the_withdrawn_ones(
    language: str, text: str, kept: float, withdrawn: float
) -> None:
    found = [r[4][0] for r in rows(text, language) if r[1] == "deployed_chips"]
    assert found == [kept]
    assert withdrawn not in found


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "Project Rainier is in Indiana, not Ohio.", "Indiana, US"),
        ("en", "Colossus is located in Memphis, Tennessee, not in Nashville.", "Tennessee, US"),
        ("ko", "프로젝트 레이니어는 오하이오주가 아니라 인디애나주에 있다.", "Indiana, US"),
        (
            "ko",
            "기사에서 콜로서스의 위치를 '내슈빌'로 잘못 적었으나 테네시주가 맞다.",
            "Tennessee, US",
        ),
        # a place as the site's modifier is where the site is, whatever the clause plans
        (
            "ko",
            "앤트로픽은 인디애나주 프로젝트 레이니어에서 새 모델을 훈련할 예정이다.",
            "Indiana, US",
        ),
    ],
)
def test_negated_and_corrected_places(language: str, text: str, place: str) -> None:
    found = [(r[4], r[5]) for r in rows(text, language) if r[1] == "located_in"]
    assert found == [(place, "actual")], found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "An earlier version of this story said Meta would invest $10 billion in Stargate."),
        ("en", "The article previously reported that AWS runs 900,000 Trainium2 chips."),
        ("ko", "앞선 기사에서 AWS가 트레이니움2 90만 개를 운영한다고 잘못 표기했다."),
    ],
)
def test_withdrawn_statements_yield_nothing(language: str, text: str) -> None:
    assert rows(text, language) == []


# -- implicit subjects, precision words, items that say "already", second statements ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "오픈AI는 자체 칩 개발도 서두르고 있다. 이 과정에서 AWS의 도움을 받았다. "
            "AMD와는 MI355X 최대 5만 개를 사는 계약을 맺었다.",
            ("openai", "supply_deal", {"product": "mi355x"}, "amd"),
        ),
        (
            "메타는 자체 칩 MTIA를 늘리고 있다. 엔비디아와도 H100 추가 구매 계약을 맺었다.",
            ("meta", "supply_deal", {"product": "h100"}, "nvidia"),
        ),
    ],
)
def test_korean_implicit_subject_is_the_topic_company(text: str, expected: tuple[Any, ...]) -> None:
    found = [r[:4] for r in rows(text, "ko")]
    assert expected in found, found
    assert [r for r in found if r[1] == "supply_deal" and r[0] == "aws"] == []


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("Dense FP8 throughput for Trainium3: 2.52 petaflops, AWS says.", "fp8"),
        ("At FP4, the number AMD quoted for the MI355X on stage was roughly 10 petaflops.", "fp4"),
    ],
)
def test_a_single_precision_word_qualifies_compute(text: str, precision: str) -> None:
    found = [r[2] for r in rows(text, "en") if r[1] == "peak_compute"]
    assert found == [{"precision": precision}]


def test_an_item_that_says_already_is_actual_under_a_planned_lead() -> None:
    text = (
        "SK hynix plans several HBM deals next year:\n"
        "- It already supplies HBM3E to Nvidia for the B200\n"
        "- It will supply HBM4 to AMD\n"
    )
    found = {(r[0], r[2]["product"], r[3]): r[5] for r in rows(text, "en") if r[1] == "supply_deal"}
    assert found.get(("nvidia", "hbm3e", "sk-hynix")) == "actual", found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "Microsoft operates over 500,000 GB200 chips and has said it wants far more in 2026.",
            "actual",
        ),
        (
            "AWS has about 200,000 Trainium2 chips in service today, and it will double that "
            "next year.",
            "actual",
        ),
    ],
)
def test_a_second_statement_does_not_recolour_the_first(text: str, modality: str) -> None:
    found = [r for r in rows(text, "en") if r[1] == "deployed_chips"]
    assert [r[5] for r in found] == [modality], found
    assert [r[6] for r in found] == [TODAY], found


# -- configuration ----------------------------------------------------------------------


class _FixedExtractor:
    """An extractor named by ``module:factory`` in the settings."""

    name = "fixed"
    version = "1"

    def __init__(self, vocabulary_paths: list[str]) -> None:
        self.vocabulary_paths = vocabulary_paths

    def extract(self, document: Document) -> list[Claim]:
        return []


def fixed_extractor(vocabulary_paths: list[str]) -> _FixedExtractor:
    return _FixedExtractor(vocabulary_paths)


def test_settings_choose_the_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import create_engine

    from tracker.app import Tracker
    from tracker.config import Settings

    engine = create_engine("sqlite://")
    chosen = Tracker(engine, settings=Settings(extractor=f"{__name__}:fixed_extractor"))
    assert chosen.extractor.name == "fixed"
    monkeypatch.setenv("TRACKER_EXTRACTOR", f"{__name__}:fixed_extractor")
    assert Tracker(engine, settings=Settings()).extractor.name == "fixed"
    monkeypatch.delenv("TRACKER_EXTRACTOR")
    assert Tracker(engine, settings=Settings()).extractor.name == "rules"
