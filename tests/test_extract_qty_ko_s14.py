"""Korean quantities and the strict fields of Korean claims, session 14 (QTY-KO s14):
general causes of the blind batches' strict misses, each pinned by sentences written for
these tests (other companies, chips, figures and layouts than any article) plus traps that
must keep the old reading. Every sentence here is written for these tests."""

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


def timed(text: str, predicate: str) -> set[tuple[Any, ...]]:
    """(subject, sorted qualifiers, object, low value, valid) of every claim of one
    predicate."""
    return {
        (r[0], tuple(sorted(r[2].items())), r[3], r[4][0] if r[4] else None, r[6])
        for r in rows(text)
        if r[1] == predicate
    }


# -- a chronology grouped by year ----------------------------------------------------------
# "■ 2024년" heading the month lines below it ("▲3월 — …"): each line's claim with no time
# of its own holds over that month of that year (GUIDE: a line headed by a month dates its
# claim), as "2024년 3월 — …" already did.

YEAR_SECTIONS = [
    (
        "카카오의 GPU 확보 과정을 해마다 짚어 본다.\n\n■ 2024년\n"
        "▲3월 — 카카오, 안산 데이터센터에서 H100 2,000개를 가동.\n"
        "▲8월 — 카카오, 퓨리오사AI RNGD 도입을 검토.",
        "deployed_chips",
        {("kakao", (("chip", "h100"),), None, 2000.0, ("point", "2024-03-01", "2024-03-31"))},
    ),
    (
        "[2023년]\n- 5월: 네이버가 춘천 센터에 A100 1만 개를 들여 운영 중.\n"
        "- 11월: 네이버, 리벨리온에 500억 원을 투자.\n\n"
        "[2025년]\n- 2월: 네이버클라우드가 H200 4,000개를 돌리고 있다.",
        "deployed_chips",
        {
            ("naver", (("chip", "a100"),), None, 10000.0, ("point", "2023-05-01", "2023-05-31")),
            ("naver", (("chip", "h200"),), None, 4000.0, ("point", "2025-02-01", "2025-02-28")),
        },
    ),
    (
        "◇ 2022년\n• 9월 – 테슬라, 도조 슈퍼컴퓨터에 A100 7,000개를 운영.\n"
        "• 12월 – 테슬라, 엔비디아와 H100 공급 계약 체결.",
        "supply_deal",
        {("tesla", (("product", "h100"),), "nvidia", None, ("point", "2022-12-01", "2022-12-31"))},
    ),
    (
        # the line's second sentence is dated by its heading too
        "2025년\n▲4월 — 코어위브가 텍사스에 새 데이터센터를 열었다. "
        "이곳에서 코어위브가 돌리는 GB200은 3만 개.\n"
        "▲10월 — 메타, 코어위브와 142억 달러 규모 컴퓨팅 계약 체결.",
        "deployed_chips",
        {("coreweave", (("chip", "gb200"),), None, 30000.0, ("point", "2025-04-01", "2025-04-30"))},
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), YEAR_SECTIONS)
def test_month_lines_under_a_year_heading_are_dated_by_it(
    text: str, predicate: str, expected: set[tuple[Any, ...]]
) -> None:
    assert timed(text, predicate) == expected


YEAR_SECTION_TRAPS = [
    # month lines with no year heading above them: no year is said, publication stays
    (
        "▲3월 — 카카오, 안산 데이터센터에서 H100 2,000개를 가동.\n"
        "▲8월 — 카카오, 퓨리오사AI RNGD 도입을 검토.",
        "deployed_chips",
        {("kakao", (("chip", "h100"),), None, 2000.0, TODAY)},
    ),
    # lines headed by a past day date the telling, not the state (GUIDE): publication
    (
        "■ 2024년\n▲3월 14일 — 카카오, 안산 데이터센터에서 H100 2,000개를 가동.\n"
        "▲8월 2일 — 카카오, 퓨리오사AI RNGD 도입을 검토.",
        "deployed_chips",
        {("kakao", (("chip", "h100"),), None, 2000.0, TODAY)},
    ),
    # a specification holds whenever it is told: publication, whatever the line's month
    (
        "■ 2025년\n▲6월 — AMD, MI355X를 공개. MI355X 한 개에는 HBM3E 288GB가 들어간다.\n"
        "▲9월 — 오라클, MI355X 1만 개를 운영.",
        "memory_capacity",
        {("mi355x", (("memory", "hbm3e"),), None, 288e9, TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), YEAR_SECTION_TRAPS)
def test_month_lines_without_a_year_or_of_a_day_keep_publication(
    text: str, predicate: str, expected: set[tuple[Any, ...]]
) -> None:
    assert timed(text, predicate) == expected


# -- a capacity referred back to ---------------------------------------------------------
# "HBM 전체 생산능력은 월 14만 장이다. … 이를 월 18만 장으로 늘린다": what grows is the
# capacity just told, so the new figure takes its qualifiers (here none: the maker's whole
# output), not the process the text was about ("HBM4 경쟁이 …").


def capacities(text: str) -> set[tuple[Any, ...]]:
    """(subject, sorted qualifiers, low, modality) of every capacity."""
    return {
        (r[0], tuple(sorted(r[2].items())), r[4][0], r[5]) for r in rows(text) if r[1] == "capacity"
    }


CAPACITY_REFERRED = [
    (
        "HBM4 경쟁이 한층 치열해지고 있다. 삼성전자의 HBM 전체 생산능력은 지금 월 14만 장가량이다. "
        "삼성전자는 내년 말까지 이를 월 18만 장으로 늘릴 계획이다.",
        ("samsung", (), 180000.0, "planned"),
    ),
    (
        "마이크론이 HBM4 시제품을 고객사에 보냈다. 마이크론의 HBM 생산능력은 월 5만 장 수준이다. "
        "마이크론은 2027년까지 그 규모를 월 9만 장으로 키운다는 목표다.",
        ("micron", (), 90000.0, "planned"),
    ),
    (
        "SK하이닉스는 HBM4E 개발에 속도를 내고 있다. 증권가 추산으로 SK하이닉스가 가진 HBM 전체 "
        "생산능력은 월 12만 장이다. 회사는 올해 3분기까지 이를 다시 월 15만 장으로 늘린다.",
        ("sk-hynix", (), 150000.0, "planned"),
    ),
    (
        "삼성전자는 HBM4 12단 양산을 시작했다. 삼성전자의 HBM 생산능력은 전체 월 15만 장이다. "
        "삼성전자는 연말까지 이 생산능력을 월 17만 장으로 끌어올린다.",
        ("samsung", (), 170000.0, "planned"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPACITY_REFERRED)
def test_a_capacity_referred_back_keeps_the_qualifiers_of_the_one_told(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert expected in capacities(text)
    assert not {c for c in capacities(text) if c[2] == expected[2] and c != expected}


CAPACITY_REFERRED_TRAPS = [
    # the sentence names its own process: that process's capacity, not the total's
    (
        "HBM4 경쟁이 한층 치열해지고 있다. 삼성전자의 HBM 전체 생산능력은 지금 월 14만 장가량이다. "
        "삼성전자는 이를 바탕으로 HBM4 생산능력을 내년 말 월 7만 장으로 늘릴 계획이다.",
        ("samsung", (("process", "hbm4"),), 70000.0, "planned"),
    ),
    # the capacity told was a process's: the new figure keeps it
    (
        "TSMC는 SoIC 라인도 늘리고 있다. 타이베이 소식통이 전한 TSMC CoWoS 생산능력은 "
        "월 7만 장이다. TSMC는 내년 말까지 이를 월 10만 장으로 확대할 방침이다.",
        ("tsmc", (("process", "cowos"),), 100000.0, "planned"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPACITY_REFERRED_TRAPS)
def test_a_capacity_with_its_own_process_or_maker_is_not_referred_back(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert expected in capacities(text)


def test_another_makers_figure_is_not_made_the_total_told() -> None:
    text = (
        "HBM4 경쟁이 한층 치열해지고 있다. 삼성전자의 HBM 전체 생산능력은 지금 월 14만 장가량이다. "
        "마이크론은 내년 말까지 이를 넘어서는 월 16만 장을 갖출 계획이다."
    )
    assert not {c for c in capacities(text) if c[0] == "samsung" and c[2] == 160000.0}


# -- a count referred back within its own sentence ---------------------------------------
# "카카오는 H200 2,400개를 돌리고 있으며, 내년 6월까지 이를 4,000개로 늘릴 계획이다": "이를"
# is the count the same sentence just told, not the last one of the sentences before.


def counts(text: str) -> set[tuple[Any, ...]]:
    """(subject, sorted qualifiers, low, modality) of every deployed_chips claim."""
    return {
        (r[0], tuple(sorted(r[2].items())), r[4][0], r[5])
        for r in rows(text)
        if r[1] == "deployed_chips"
    }


COUNT_REFERRED_IN_SENTENCE = [
    (
        "KT는 목동 센터에 B200 1,000개를 들였다. 카카오는 판교 데이터센터에서 H200 2,400개를 "
        "돌리고 있으며, 내년 6월까지 이를 4,000개로 늘릴 계획이다.",
        ("kakao", (("chip", "h200"),), 4000.0, "planned"),
    ),
    (
        "SK텔레콤은 GB200 2,000개를 가동하고 있다. 네이버는 세종 데이터센터에서 H100 6,000개를 "
        "운영하고 있고 2027년까지 이를 1만 개 이상으로 확대한다.",
        ("naver", (("chip", "h100"),), 10000.0, "planned"),
    ),
    (
        "xAI는 멤피스에서 콜로서스에 H100 10만 개를 돌리고 있다. 테슬라는 도조 센터에 "
        "H200 5만 개를 들였고, 올해 말까지 이 숫자를 8만 개로 늘릴 예정이다.",
        ("tesla", (("chip", "h200"),), 80000.0, "planned"),
    ),
    (
        "딥시크는 H800 1만 개를 확보했다. 알리바바는 항저우 데이터센터에서 H20 3만 개를 굴리고 "
        "있는데, 내년까지 그 규모를 5만 개로 키울 방침이다.",
        ("alibaba", (("chip", "h20"),), 50000.0, "planned"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_REFERRED_IN_SENTENCE)
def test_a_count_referred_back_in_its_sentence_is_that_counts_owners(
    text: str, expected: tuple[Any, ...]
) -> None:
    found = counts(text)
    assert expected in found
    assert not {c for c in found if c[2] == expected[2] and c != expected}


COUNT_REFERRED_TRAPS = [
    # no count of its own in the sentence: the count of the sentence before, as before
    (
        "레이니어 캠퍼스에 깔린 트레이니움2 칩은 40만 개 남짓이다. 아마존은 내년 여름까지 그 수를 "
        "80만 개로 늘린다는 목표다.",
        {
            ("project-rainier", (("chip", "trainium2"),), 400000.0, "actual"),
            ("project-rainier", (("chip", "trainium2"),), 800000.0, "planned"),
        },
    ),
    # "이를 위해": for it, no count's new level
    (
        "카카오는 판교 데이터센터에서 H200 2,400개를 돌리고 있으며, "
        "이를 위해 2,000억 원을 투자했다.",
        {("kakao", (("chip", "h200"),), 2400.0, "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_REFERRED_TRAPS)
def test_counts_referred_back_across_sentences_or_not_at_all_keep_their_reading(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert counts(text) == expected


# -- "올해도", "지난해도": a relative year with the particle 도 ------------------------------
# "올해도 … 가져갈 것으로 봤다" is a figure or share in this year, like "올해" and "내년에도";
# "전년도" (the year before, as a comparison) stays no time of the claim.

YEAR_WITH_TOO = [
    (
        "한 외국계 증권사는 삼성전자가 올해도 AMD HBM4 물량의 절반 가까이를 가져갈 것으로 봤다.",
        "supply_deal",
        ("amd", (("product", "hbm4"),), "samsung", None, ("point", "2026-01-01", "2026-12-31")),
    ),
    (
        "대만 업계는 TSMC의 CoWoS 생산능력이 올해도 월 12만 장 안팎에 머물 것으로 본다.",
        "capacity",
        ("tsmc", (("process", "cowos"),), None, 120000.0, ("point", "2026-01-01", "2026-12-31")),
    ),
    (
        "메타는 올해도 H100 등 GPU 35만 개 이상을 운영할 계획이다.",
        "deployed_chips",
        ("meta", (), None, 350000.0, ("point", "2026-01-01", "2026-12-31")),
    ),
    (
        "시장조사업체는 삼성전자가 지난해도 구글 TPU용 HBM3E의 40%를 가져간 것으로 추정했다.",
        "supply_deal",
        ("google", (("product", "hbm3e"),), "samsung", None, ("point", "2025-01-01", "2025-12-31")),
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), YEAR_WITH_TOO)
def test_a_relative_year_with_too_dates_the_claim(
    text: str, predicate: str, expected: tuple[Any, ...]
) -> None:
    assert timed(text, predicate) == {expected}


YEAR_WITH_TOO_TRAPS = [
    (
        "SK하이닉스의 HBM 생산능력은 월 17만 장으로 전년도 대비 40% 늘었다.",
        "capacity",
        ("sk-hynix", (), None, 170000.0, TODAY),
    ),
    (
        "네이버는 H100 4,000개를 운영하고 있으며 이는 전년도보다 두 배 많다.",
        "deployed_chips",
        ("naver", (("chip", "h100"),), None, 4000.0, TODAY),
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), YEAR_WITH_TOO_TRAPS)
def test_the_year_before_as_a_comparison_dates_nothing(
    text: str, predicate: str, expected: tuple[Any, ...]
) -> None:
    assert timed(text, predicate) == {expected}


# -- a chip named as one of the kinds a count is of --------------------------------------
# "H100을 비롯한 엔비디아 GPU를 35만 개": GPUs including H100, a fleet of no single chip,
# so no chip qualifier (GUIDE: a count that mixes several chips), as "H200을 포함한 GPU 20만
# 개" already read.

MIXED_INCLUDING = [
    (
        "메타는 자사 데이터센터에서 H100을 비롯한 엔비디아 GPU를 35만 개 넘게 굴리고 있다.",
        ("meta", (), 350000.0, "actual"),
    ),
    ("테슬라는 H200을 포함한 GPU를 8만 개 가까이 돌린다.", ("tesla", (), 80000.0, "actual")),
    ("xAI는 GB200을 비롯해 엔비디아 GPU를 20만 개 들였다.", ("xai", (), 200000.0, "actual")),
    (
        "바이트댄스는 H20을 포함해 GPU를 10만 개가량 확보해 운영 중이다.",
        ("bytedance", (), 100000.0, "actual"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MIXED_INCLUDING)
def test_a_count_of_gpus_including_a_chip_has_no_chip(text: str, expected: tuple[Any, ...]) -> None:
    assert counts(text) == {expected}


MIXED_INCLUDING_TRAPS = [
    # the chip's own count before "비롯해": that count keeps its chip
    (
        "오라클은 MI355X 2만 개를 비롯해 GPU 5만 개를 운영한다.",
        {("oracle", (("chip", "mi355x"),), 20000.0, "actual"), ("oracle", (), 50000.0, "actual")},
    ),
    # another kind "포함한" elsewhere in the sentence: the count's own chip stays
    (
        "KT는 리벨 쿼드를 포함한 NPU 도입을 검토하고 있으며, 현재 H200 1,000개를 운영한다.",
        {("kt", (("chip", "h200"),), 1000.0, "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MIXED_INCLUDING_TRAPS)
def test_a_chips_own_count_beside_an_including_phrase_keeps_its_chip(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert counts(text) == expected
