"""A four-digit number from 1900 to 2099 is a count when it counts a thing right after it
(a counter, a chip or system name, its maker's name first) and a year when the words around
it say so (in/since/by + number, a month, FY, 년, a range of years, a plan it dates). QA s15:
"Crusoe said it operates 1950 Nvidia GPUs." gave no claim."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.domain.documents import Document
from tracker.extract import default_extractor, load_vocabulary
from tracker.extract.quantities import QuantityRecognizer

Q = QuantityRecognizer(load_vocabulary())
EXTRACTOR = default_extractor()


def numbers(text: str) -> list[float]:
    return [q.low for q in Q.find(text)]


def chip_counts(text: str, language: str) -> list[tuple[str, str, float | None]]:
    doc = Document(
        document_id="year-counts",
        text=text,
        published=datetime(2026, 5, 20, tzinfo=UTC),
        language=language,
        tier="press",
    )
    return [
        (c.subject, c.predicate, getattr(c.value, "low", None))
        for c in EXTRACTOR.extract(doc)
        if c.predicate in ("deployed_chips", "supply_deal", "chips_per_system")
        and getattr(c.value, "low", None) is not None
    ]


COUNTS_EN = [
    ("Crusoe said it operates 1950 Nvidia GPUs.", 1950.0),
    ("CoreWeave runs 2048 H100s at its Plano site.", 2048.0),
    ("Nebius installed 2016 B200 GPUs in Finland.", 2016.0),
    ("Together AI deployed 1984 H200 chips in Virginia.", 1984.0),
    ("Lambda built a 2048-GPU cluster for Pika.", 2048.0),
    ("Nebius ordered 1968 GB200 systems.", 1968.0),
    ("Crusoe said it operates 1,950 Nvidia GPUs.", 1950.0),
    ("Crusoe deployed 2000 GPUs in 2026.", 2000.0),
]

COUNTS_KO = [
    ("크루소는 엔비디아 GPU 2048개를 운영한다고 밝혔다.", 2048.0),
    ("네이버는 2000대의 GPU를 도입했다.", 2000.0),
    ("카카오는 H100 1950장을 확보했다.", 1950.0),
    ("KT는 2030개의 B200 GPU를 들여왔다.", 2030.0),
    ("네이버클라우드는 1,950개의 GPU를 운영한다.", 1950.0),
    ("네이버는 B200 1990대를 도입했다.", 1990.0),
    ("크루소는 엔비디아 H100 2010개를 확보했다.", 2010.0),
    ("삼성SDS는 GPU 2024기를 구축했다.", 2024.0),
    ("람다는 2048개 GPU 클러스터를 구축했다.", 2048.0),
    ("네이버는 GPU 2000대 도입을 마쳤다.", 2000.0),
]

YEARS_EN = [
    "In 2026 CoreWeave deployed Nvidia GPUs.",
    "CoreWeave has deployed Nvidia GPUs since 1999.",
    "The 2026 B300 ramp at CoreWeave is on track.",
    "CoreWeave's 2025 GPUs roadmap was revised.",
    "By 2027 Crusoe will operate Blackwell GPUs.",
    "Crusoe listed 2025–2027 GPUs for its Texas sites.",
    "2026's biggest GPU buyer was Microsoft.",
    "Crusoe will deploy Blackwell GPUs in FY2027.",
    "In March 2026 Lambda added H100 GPUs.",
    "Lambda added March 2026 GPUs to its fleet.",
    "Through 2028 Crusoe will add GPUs.",
    "CoreWeave expects 2026 GPU demand to double.",
    "Crusoe's 2026 GPU budget is set.",
]

YEARS_KO = [
    "네이버는 2027년 GPU를 도입한다.",
    "카카오는 2026 GPU 도입 계획을 발표했다.",
    "네이버는 2025~2027 GPU 로드맵을 공개했다.",
    "SK텔레콤은 2026 상반기 H200을 도입했다.",
    "KT는 2026년 3월 B200 GPU를 들여왔다.",
    "삼성은 1999년부터 GPU를 써왔다.",
    "카카오는 2026 B300 출하를 기다린다.",
    "네이버는 2026년 하반기 GPU를 늘린다.",
    "KT는 2028 GPU 전략을 발표했다.",
]


@pytest.mark.parametrize(("text", "expected"), COUNTS_EN + COUNTS_KO)
def test_a_year_like_number_counting_a_thing_is_a_quantity(text: str, expected: float) -> None:
    assert [expected] == numbers(text)


@pytest.mark.parametrize("text", YEARS_EN + YEARS_KO)
def test_a_year_in_a_year_context_is_no_quantity(text: str) -> None:
    assert [n for n in numbers(text) if 1900 <= n <= 2099] == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Crusoe said it operates 1950 Nvidia GPUs.", "en", ("crusoe", "deployed_chips", 1950.0)),
        (
            "CoreWeave runs 2048 H100s at its Plano site.",
            "en",
            ("coreweave", "deployed_chips", 2048.0),
        ),
        ("Nebius installed 2016 B200 GPUs in Finland.", "en", ("nebius", "deployed_chips", 2016.0)),
        ("네이버는 2000대의 GPU를 도입했다.", "ko", ("naver", "deployed_chips", 2000.0)),
        ("크루소는 엔비디아 H100 2010개를 확보했다.", "ko", ("crusoe", "deployed_chips", 2010.0)),
    ],
)
def test_a_year_like_count_of_chips_is_claimed(
    text: str, language: str, expected: tuple[str, str, float]
) -> None:
    assert [expected] == chip_counts(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [(t, "en") for t in YEARS_EN] + [(t, "ko") for t in YEARS_KO],
)
def test_a_year_is_never_claimed_as_a_chip_count(text: str, language: str) -> None:
    assert chip_counts(text, language) == []


@given(
    year=st.integers(min_value=1900, max_value=2099),
    before=st.sampled_from(["in", "since", "by", "until", "from", "March", "FY", "end of"]),
)
def test_a_year_after_a_time_word_is_never_a_quantity(year: int, before: str) -> None:
    assert numbers(f"Crusoe added GPUs {before} {year} GPUs to its fleet.") == []


@given(
    year=st.integers(min_value=1900, max_value=2099),
    after=st.sampled_from(["Nvidia GPUs", "H100s", "B200 chips", "GPUs", "GB200 systems"]),
)
def test_a_year_like_number_before_what_it_counts_is_a_quantity(year: int, after: str) -> None:
    assert [float(year)] == numbers(f"Crusoe operates {year} {after} in Texas.")


@given(
    year=st.integers(min_value=1900, max_value=2099),
    counter=st.sampled_from(["개", "대", "장", "기를"]),
)
def test_a_year_like_number_before_a_korean_counter_is_a_quantity(year: int, counter: str) -> None:
    assert [float(year)] == numbers(f"네이버는 GPU {year}{counter} 확보했다.")
