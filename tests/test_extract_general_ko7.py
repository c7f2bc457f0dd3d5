"""General causes behind the Korean extractor's misses (seventh round), each pinned by
phrasings written for these tests in the register of different outlets, plus traps that
must not change. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import claim_row, run_extractor

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 6, 12, 9, 0, tzinfo=KST)


def rows(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    return [claim_row(c) for c in run_extractor(text, "ko", PUBLISHED, tier)]


def facts(text: str) -> set[tuple[Any, ...]]:
    """Subject, predicate, qualifiers, object, low value and modality of each claim."""
    return {
        (r[0], r[1], tuple(sorted(r[2].items())), r[3], r[4] and r[4][0], r[5]) for r in rows(text)
    }


# -- a running total after an addition ---------------------------------------------------------
# An amount added is no claim (GUIDE); the total the sentence goes on to give is, though its
# clause ("누적 지분 투자액은 60억 달러다") names no investor: the addition's investor and
# target are its own. A headline or ticker line writes a comma for the subject's particle
# ("[14:40] 엔비디아, 코어위브에 …").

RUNNING_TOTALS = [
    (
        "마이크로소프트는 오픈AI에 100억 달러를 추가로 투자했고, 총 투자액은 130억 달러가 됐다.",
        ("microsoft", "investment", (("target", "openai"),), None, 1.3e10, "actual"),
    ),
    (
        "구글은 앤트로픽에 10억 달러를 추가 투자했으며, 누적 투자금은 30억 달러다.",
        ("google", "investment", (("target", "anthropic"),), None, 3e9, "actual"),
    ),
    (
        "소프트뱅크는 오픈AI에 225억 달러를 추가로 투자했으며 누적 지분 투자액은 약 300억 달러다.",
        ("softbank", "investment", (("target", "openai"),), None, 3e10, "actual"),
    ),
    (
        "[09:10] 삼성전자, 2분기 잠정 실적 발표\n\n"
        "[09:32] 아마존, 앤트로픽에 40억 달러 추가 투자…누적 투자액 80억 달러\n\n"
        "[09:50] SK하이닉스, HBM4 양산 돌입",
        ("amazon", "investment", (("target", "anthropic"),), None, 8e9, "actual"),
    ),
]


@pytest.mark.parametrize(("sentence", "fact"), RUNNING_TOTALS)
def test_the_total_after_an_addition_is_the_investors_standing_total(
    sentence: str, fact: tuple[Any, ...]
) -> None:
    assert {fact} == facts(sentence)


RUNNING_TOTAL_TRAPS = [
    # no addition before it: the amount invested is the claim, the total is not taken
    (
        "마이크로소프트는 오픈AI에 100억 달러를 투자했고, 총 투자액은 130억 달러가 됐다.",
        {("microsoft", "investment", (("target", "openai"),), None, 1e10, "actual")},
    ),
    # an addition alone is still no claim
    ("엔비디아는 크루소에 5억 달러를 추가로 투자했다.", set()),
    # a list of companies before the comma is no headline subject
    (
        "[10:01] 엔비디아, AMD, 인텔 주가 일제히 하락\n\n"
        "[10:20] 메모리 가격 상승\n\n[10:40] 장 마감",
        set(),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), RUNNING_TOTAL_TRAPS)
def test_a_total_with_no_addition_before_it_is_left_as_it_was(
    sentence: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(sentence)


def test_a_headline_line_names_its_investor_before_a_comma() -> None:
    ticker = (
        "[14:02] 메타, 오하이오 클러스터 가동\n\n"
        "[14:20] 엔비디아, 엔스케일에 7억 달러 투자\n\n"
        "[14:41] 마이크론, HBM4 출하 시작"
    )
    assert ("nvidia", "investment", (("target", "nscale"),), None, 7e8, "actual") in facts(ticker)
