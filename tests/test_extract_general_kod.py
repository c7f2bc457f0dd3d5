"""General causes behind the Korean extractor's misses on fresh text (the ko-d batch), each
pinned by phrasings written for these tests in the register of different outlets, plus traps
that must not yield the claim. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import claim_row, run_extractor

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 5, 20, 9, 0, tzinfo=KST)
TODAY = ("point", "2026-05-20", "2026-05-20")


def rows(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    return [claim_row(c) for c in run_extractor(text, "ko", PUBLISHED, tier)]


def picked(text: str, subject: str, predicate: str, tier: str = "press") -> list[tuple[Any, ...]]:
    return [r for r in rows(text, tier) if r[0] == subject and r[1] == predicate]


def valids(text: str, subject: str, predicate: str) -> list[tuple[str, str, str]]:
    return [r[6] for r in picked(text, subject, predicate)]


# -- a relative year (or a month of one) on a past act dates the act, not the state ---------

EVENT_TIMES = [
    # an order placed early this year: the deal stands today
    (
        "알리바바는 올해 초 엔비디아에 H20 5만 개가량을 주문한 것으로 파악됐다.",
        ("alibaba", "supply_deal"),
    ),
    # a contract signed last year, told in a wire's register
    (
        "코어위브는 지난해 델과 GB300 서버 구매 계약을 체결했다고 공시했다.",
        ("coreweave", "supply_deal"),
    ),
    # a stake bought last year, in a relative clause of a market column
    (
        "소프트뱅크가 지난해 오픈AI 지분 확보에 들인 300억 달러의 가치가 크게 불었다.",
        ("softbank", "investment"),
    ),
    # a month of last year on a signing, in a feature's register
    (
        "메타는 지난해 11월 구글과 TPU 임차 계약을 맺었고, 물량은 올해부터 들어온다.",
        ("meta", "supply_deal"),
    ),
    # chips brought in this year: the fleet is today's
    (
        "카카오는 올해 새로 도입한 B200도 2,000개에 이른다고 밝혔다.",
        ("kakao", "deployed_chips"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_TIMES)
def test_a_relative_year_on_a_past_act_leaves_the_claim_at_publication(
    text: str, expected: tuple[str, str]
) -> None:
    today = [TODAY]
    assert today == valids(text, *expected)


DATED_FIGURES = [
    # the end of last year dates a level
    (
        "SK하이닉스의 HBM 생산능력은 지난해 말 월 15만 장이었다.",
        ("sk-hynix", "capacity"),
        ("point", "2025-12-31", "2025-12-31"),
    ),
    # a planned count for this year keeps the year
    (
        "네이버는 올해 B200 3000개를 들여올 계획이다.",
        ("naver", "deployed_chips"),
        ("point", "2026-01-01", "2026-12-31"),
    ),
    # an investment told with its month stays dated by it (a timeline's entry)
    (
        "아마존은 지난해 9월 앤트로픽에 40억 달러를 추가로 넣어 투자 총액을 80억 달러로 늘렸다.",
        ("amazon", "investment"),
        ("point", "2025-09-01", "2025-09-30"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "valid"), DATED_FIGURES)
def test_a_level_a_plan_or_a_timeline_month_is_still_dated(
    text: str, expected: tuple[str, str], valid: tuple[str, str, str]
) -> None:
    assert [valid] == valids(text, *expected)
