"""Document layout and chip specifications, round 3 (session 12, slice SPECS-LAYOUT): the
general shapes behind misses of the blind batches, each said several ways here, with traps
that must give nothing. Every filing, sentence and transcript is written for these tests.

- A Korean filing's share-acquisition record, written as numbered fields: the amount field
  is the investment of the company the title (or the filing itself) names in the company
  of the issuer field, announced, dated at publication; shares added to a stake give none.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")

Row = tuple[Any, ...]


def of_predicate(text: str, language: str, predicate: str, tier: str = "press") -> list[Row]:
    """(subject, qualifiers, object, value, modality, valid) of one predicate's claims."""
    return [
        (r[0], r[2], r[3], r[4], r[5], r[6])
        for r in sorted_rows(text, language, PUBLISHED, tier)
        if r[1] == predicate
    ]


# -- a filing's acquisition record read as one record ----------------------------------------


def _krw(amount: float) -> tuple[float, float, str, bool, str]:
    return (amount, amount, "KRW", False, "exact")


@pytest.mark.parametrize(
    ("text", "tier", "expected"),
    [
        (
            "장 마감 뒤 나온 공시를 정리했다.\n\n"
            "■ 카카오 — 타법인 주식 및 출자증권 취득결정\n\n"
            "1. 발행회사: 리벨리온(비상장)\n"
            "2. 취득주식수: 보통주 120,000주\n"
            "3. 취득금액(원): 48,000,000,000\n"
            "4. 취득목적: AI 반도체 사업 제휴\n"
            "5. 취득예정일자: 2026-04-01\n",
            "press",
            ("kakao", "rebellions", 48e9),
        ),
        (
            "□ 네이버 - 타법인 주식 취득 결정\n"
            "1) 발행회사\n"
            "- 회사명: 리벨리온\n"
            "- 국적: 대한민국\n"
            "2) 취득 금액: 650억 원\n"
            "3) 취득 예정일: 2026년 5월 2일\n",
            "press",
            ("naver", "rebellions", 65e9),
        ),
        (
            "타법인 주식 및 출자증권 취득결정\n\n"
            "회사명: KT / 제출일: 2026년 3월 10일\n\n"
            "1. 발행회사: 퓨리오사AI, 국적 대한민국\n"
            "2. 취득내역: 신주 300,000주, 취득금액 72,000,000,000원, 자기자본대비 0.4%\n"
            "3. 취득방법: 유상증자 참여\n",
            "filing",
            ("kt", "furiosaai", 72e9),
        ),
    ],
)
def test_an_acquisition_records_amount_field_is_the_filers_investment_in_the_issuer(
    text: str, tier: str, expected: tuple[str, str, float]
) -> None:
    investor, target, amount = expected
    assert [
        (investor, (("target", target),), None, _krw(amount), "announced", TODAY)
    ] == of_predicate(text, "ko", "investment", tier)


@pytest.mark.parametrize(
    "text",
    [
        # shares bought on top of a stake already held: the total is what a claim records
        "삼성전자는 이사회에서 리벨리온 신주를 추가로 취득하기로 했다.\n\n"
        "【타법인 주식 및 출자증권 취득 결정】\n"
        "— 발행회사: 리벨리온\n"
        "— 취득 금액: 900억 원\n"
        "— 취득 예정일: 2026년 4월 9일\n",
        "■ 카카오 — 타법인 주식 및 출자증권 취득결정\n"
        "1. 발행회사: 퓨리오사AI\n"
        "2. 취득금액(원): 30,000,000,000\n"
        "3. 기타: 본 취득 완료 시 회사의 퓨리오사AI 누적 투자액은 800억 원이 됨\n",
        # a supply contract's amount and a facility investment's amount are no stake
        "■ 한미반도체 — 단일판매·공급계약체결\n"
        "1. 계약상대: SK하이닉스\n"
        "2. 계약금액(원): 31,000,000,000\n",
        "■ SK하이닉스 — 신규시설투자 등\n"
        "1. 투자대상: 청주 패키징 공장\n"
        "2. 투자금액(원): 2,100,000,000,000\n",
        # a record whose issuer is no vocabulary company
        "■ 카카오 — 타법인 주식 및 출자증권 취득결정\n"
        "1. 발행회사: 한빛데이터센터(주)\n"
        "2. 취득금액(원): 12,000,000,000\n",
        # the acquisition record ends where the next record opens
        "■ 네이버 — 타법인 주식 및 출자증권 취득결정\n"
        "1. 발행회사: 퓨리오사AI\n"
        "2. 취득예정일자: 2026-05-01\n\n"
        "■ 한미반도체 — 단일판매·공급계약체결\n"
        "1. 계약상대: 마이크론\n"
        "2. 취득금액(원): 5,000,000,000\n",
    ],
)
def test_added_shares_and_other_records_give_no_investment(text: str) -> None:
    assert of_predicate(text, "ko", "investment") == []


# -- a system still to come integrates its link as an announcement ---------------------------

_IN_PRODUCTION = "Nvidia says the Rubin GPU is in full production at TSMC. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The Rubin NVL144 rack, due in the second half, ties 72 Rubin GPUs together over "
        "sixth-generation NVLink.",
        "Due later this year, each Rubin NVL144 system holds 72 Rubin GPUs linked by NVLink.",
        "Slated to arrive in late 2026, the Rubin NVL144 rack connects 72 Rubin GPUs through "
        "NVLink.",
        # session 14: in full production months before the vocabulary ships it is made, not
        # out (the dev majority; en-710 brought in line)
        "Each Rubin NVL144 system holds 72 Rubin GPUs linked by NVLink.",
    ],
)
def test_a_system_said_to_be_still_to_come_integrates_its_link_as_announced(
    sentence: str,
) -> None:
    rows = of_predicate(_IN_PRODUCTION + sentence, "en", "integrates")
    assert rows == [("rubin", (), "nvlink", None, "announced", TODAY)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Rubin NVL144 rack, now shipping, ties 72 Rubin GPUs together over NVLink.",
        "The Rubin NVL144 rack, now available, links 72 Rubin GPUs over NVLink.",
    ],
)
def test_a_system_the_text_says_is_out_keeps_an_actual_integration(sentence: str) -> None:
    rows = of_predicate(_IN_PRODUCTION + sentence, "en", "integrates")
    assert rows == [("rubin", (), "nvlink", None, "actual", TODAY)]
