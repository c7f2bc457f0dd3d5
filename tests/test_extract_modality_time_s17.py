"""Session 17: modality and valid time of claims whose facts were already right.

Each block pins one general cause with sentences written for these tests (none is taken
from the gold) and with traps that must keep their old reading.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")


def readings(text: str, language: str = "en", tier: str = "press") -> list[tuple[Any, ...]]:
    """(subject, predicate, modality, valid) of every claim."""
    return [(r[0], r[1], r[5], r[6]) for r in sorted_rows(text, language, PUBLISHED, tier)]


# -- a writer's hedge on a state of now or before keeps the fact's modality ---------------
# GUIDE: "a writer's or source's hedge on a fact keeps the fact's modality … only an
# expectation or a projection of something not yet so is forecast"; session 11: an estimate
# verb (estimate, by our count) governs a present figure as a forecast, a hedge does not.

HEDGED_STATES = [
    (
        "Our channel checks indicate Samsung is currently running about 40,000 wafers a month "
        "of HBM capacity.",
        [("samsung", "capacity", "actual", TODAY)],
    ),
    (
        "We believe Micron remains AMD's main HBM3E source for the MI355X.",
        [("amd", "supply_deal", "actual", TODAY)],
    ),
    (
        "We think SK hynix is still the largest HBM4 supplier to Nvidia.",
        [("nvidia", "supply_deal", "actual", TODAY)],
    ),
    (
        "Checks suggest Samsung ended 2025 at about 30,000 wafers a month of HBM capacity.",
        [("samsung", "capacity", "actual", ("point", "2025-12-31", "2025-12-31"))],
    ),
    (
        "Oracle says it operates about 65,000 GB200 GPUs in Abilene, and nothing we hear "
        "contradicts that.",
        [("oracle", "deployed_chips", "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEDGED_STATES)
def test_a_hedge_on_a_present_or_past_state_keeps_it_actual(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, tier="analyst") == expected


HEDGED_FUTURES = [
    # the hedge before a future or a modal stays the analyst's projection
    (
        "We think Micron will take roughly a fifth of AMD's HBM4 orders in 2027.",
        [("amd", "supply_deal", "forecast", ("point", "2027-01-01", "2027-12-31"))],
    ),
    (
        "Our checks suggest Samsung exits 2026 with about 90,000 wafers a month of HBM capacity.",
        [("samsung", "capacity", "forecast", ("point", "2026-12-31", "2026-12-31"))],
    ),
    (
        "We believe Samsung should reach about 60,000 wafers a month of HBM capacity by the "
        "end of the year.",
        [("samsung", "capacity", "forecast", ("deadline", "2026-03-10", "2026-12-31"))],
    ),
    # an estimate verb governs a present figure: still the house's estimate (session 11)
    (
        "We estimate Samsung is running about 40,000 wafers a month of HBM capacity.",
        [("samsung", "capacity", "forecast", TODAY)],
    ),
    # a figure the house believes in is its own number; a year not over is ahead
    (
        "We think Samsung has about 40,000 wafers a month of HBM capacity.",
        [("samsung", "capacity", "forecast", TODAY)],
    ),
    (
        "We think Micron takes roughly a fifth of AMD's HBM4 orders in 2026.",
        [("amd", "supply_deal", "forecast", ("point", "2026-01-01", "2026-12-31"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEDGED_FUTURES)
def test_a_hedge_before_a_future_or_an_estimate_stays_a_forecast(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, tier="analyst") == expected


# -- a past month, quarter or half before a delivery, an investment or a signing ----------
# GUIDE (session 16): a past month heading a delivery in running text ("지난해 5월 …
# 납품했고") dates the event, the supply_deal stays at publication; a past time naming when
# an investment was made leaves the amount standing at publication; "a past month, quarter
# or day named without a time preposition" dates the signing, not the deal.

PAST_EVENTS_KO = [
    (
        "슈퍼마이크로는 지난해 8월 네비우스에 GB300 NVL72 랙을 처음 납품했고, "
        "지금도 추가 물량을 보내고 있다.",
        [("nebius", "supply_deal", "actual", TODAY)],
    ),
    (
        "델은 작년 11월 람다랩스에 B200 서버를 공급했다.",
        [("lambda", "supply_deal", "actual", TODAY)],
    ),
    (
        "리벨리온은 지난해 3분기 KT로부터 500억 원의 투자를 유치했다.",
        [("kt", "investment", "actual", TODAY)],
    ),
    (
        "소프트뱅크는 지난해 10월 오픈AI에 225억 달러를 투자한 바 있다.",
        [("softbank", "investment", "actual", TODAY)],
    ),
    (
        "알리바바는 지난해 하반기 화웨이와 어센드 910B 3만 개를 공급받는 계약을 맺었다.",
        [("alibaba", "supply_deal", "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAST_EVENTS_KO)
def test_a_past_period_before_a_korean_delivery_or_investment_dates_the_event(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, "ko") == expected


PAST_FIGURES_KO = [
    # the end of a past quarter, or "기준", dates a figure
    (
        "SK하이닉스는 지난해 4분기 말 월 15만 장의 HBM 생산능력을 갖췄다.",
        [("sk-hynix", "capacity", "actual", ("point", "2025-12-31", "2025-12-31"))],
    ),
    # a deployment in a past month is no delivery, investment or signing: the month stays
    (
        "카카오는 지난해 12월 H100 2000장을 도입했다.",
        [("kakao", "deployed_chips", "actual", ("point", "2025-12-01", "2025-12-31"))],
    ),
    # a half of the publication year not over yet is no past event's
    (
        "삼성전자는 올해 상반기 중 AMD에 HBM4를 공급했다.",
        [("amd", "supply_deal", "actual", ("point", "2026-01-01", "2026-06-30"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAST_FIGURES_KO)
def test_a_korean_period_that_dates_a_figure_or_is_under_way_keeps_its_time(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, "ko") == expected


# -- a share marked as the topic is no relative clause ------------------------------------
# "수요의 60% 가까이는 SK하이닉스가 가져갈 것으로 예상합니다": 는 after a share is the topic
# particle, not a verb's adnominal ending (as in "공급하는 SK하이닉스는"); the statement runs
# to the clause's verb, whose cue (예상, 전망, 보인다) governs it: a forecast for that year.
NEXT_YEAR = ("point", "2027-01-01", "2027-12-31")
THIS_YEAR = ("point", "2026-01-01", "2026-12-31")

TOPIC_SHARES = [
    (
        "올해 엔비디아 HBM3E 수요의 70% 이상은 SK하이닉스가 가져갈 것으로 전망합니다.",
        [("nvidia", "supply_deal", "forecast", THIS_YEAR)],
    ),
    (
        "내년 구글 HBM4 수요의 40% 정도는 삼성전자가 가져갈 것으로 봅니다.",
        [("google", "supply_deal", "forecast", NEXT_YEAR)],
    ),
    (
        "내년 AMD HBM4 수요의 40% 가까이는 삼성전자가 공급할 것으로 예상된다.",
        [("amd", "supply_deal", "forecast", NEXT_YEAR)],
    ),
    (
        "내년 엔비디아 HBM4 물량의 70% 이상은 SK하이닉스가 가져갈 것으로 보인다.",
        [("nvidia", "supply_deal", "forecast", NEXT_YEAR)],
    ),
    (
        "올해 구글 TPU용 HBM3E의 30% 정도는 마이크론이 공급할 것으로 추정된다.",
        [("google", "supply_deal", "forecast", THIS_YEAR)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOPIC_SHARES)
def test_a_share_marked_as_topic_takes_the_clause_verbs_cue(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, "ko") == expected


RELATIVE_CLAUSES = [
    # a verb's adnominal before the company: the relative clause is the statement
    (
        "엔비디아에 HBM4를 공급하는 SK하이닉스는 내년 증설을 추진한다.",
        [("nvidia", "supply_deal", "actual", TODAY)],
    ),
    (
        "H100 35만 개를 보유한 메타는 추가 도입을 검토 중이다.",
        [("meta", "deployed_chips", "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CLAUSES)
def test_a_relative_clause_before_its_company_keeps_its_own_reading(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, "ko") == expected


# -- "N월 중": during that month -----------------------------------------------------------
# GUIDE (session 16): "N월 중" is during that month, as "3분기 중" is during the quarter: a
# figure to be reached in it is a point over the month. A bare month stays too weak to date.

MONTHS_DURING = [
    (
        "네이버는 5월 중 H200 1,000장을 춘천 데이터센터에 설치할 계획이다.",
        [("naver", "deployed_chips", "planned", ("point", "2026-05-01", "2026-05-31"))],
    ),
    (
        "SK텔레콤은 B200 512장의 설치를 4월 중에 마칠 예정이다.",
        [("sk-telecom", "deployed_chips", "planned", ("point", "2026-04-01", "2026-04-30"))],
    ),
    # a bare month dates nothing (timex._ko)
    (
        "네이버는 5월 H200 1,000장을 춘천 데이터센터에 설치할 계획이다.",
        [("naver", "deployed_chips", "planned", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MONTHS_DURING)
def test_a_korean_month_with_jung_is_a_point_over_that_month(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, "ko") == expected


# -- a fleet set up in a past period and running now stands at publication ----------------
# GUIDE: a past period names when an act was done, not the state it left ("signed last
# month"); "설치를 마치고 현재 운용하고 있다" tells today's fleet, its period the finishing's.

DONE_NOW = [
    (
        "카카오는 B200 2,424장을 지난해 4분기 중 설치를 마치고 현재 운용하고 있다.",
        [("kakao", "deployed_chips", "actual", TODAY)],
    ),
    (
        "네이버는 H200 3000장을 지난해 12월 구축을 끝냈고 지금은 가동 중이다.",
        [("naver", "deployed_chips", "actual", TODAY)],
    ),
    # the finishing alone, with no state now: the period dates it
    (
        "카카오는 B200 2,424장을 지난해 4분기 중 설치를 마쳤다.",
        [("kakao", "deployed_chips", "actual", ("point", "2025-10-01", "2025-12-31"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DONE_NOW)
def test_a_fleet_finished_in_a_past_period_and_running_now_is_todays(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, "ko") == expected


# -- a preposition is never read inside a word --------------------------------------------
# "deliveries … begin next year": the "in" of "begin" is no preposition; the verb of
# beginning before the period makes it a start (open), as "begin in 2027" already did.

BEGIN_NEXT_YEAR = ("open", "2027-01-01", "None")

STARTS_NEXT_YEAR = [
    (
        "Samsung plans to have deliveries of HBM3E to AMD begin next year.",
        [("amd", "supply_deal", "planned", BEGIN_NEXT_YEAR)],
    ),
    (
        "Deliveries of Trainium3 chips to Anthropic are set to begin next year.",
        [("anthropic", "supply_deal", "planned", BEGIN_NEXT_YEAR)],
    ),
    # no verb of beginning: the year is a point over it
    (
        "Oracle said that next year it will deploy 50,000 MI450 GPUs.",
        [("oracle", "deployed_chips", "planned", ("point", "2027-01-01", "2027-12-31"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STARTS_NEXT_YEAR)
def test_a_verb_of_beginning_before_a_relative_year_makes_a_start(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text) == expected


# -- the start of a supply told with its act as subject, complements included ----------------
# GUIDE (session 15): a start ahead with no plan word ("HBM4 deliveries to AMD start next
# quarter") is announced, whoever tells it; a plan word keeps it planned, an expectation is
# a forecast. The act may carry what it moves and to whom before its verb ("shipments of
# HBM4 to Nvidia for Vera Rubin start …").

TOLD_STARTS = [
    (
        "SK hynix says shipments of HBM4 to Nvidia start next quarter.",
        [("nvidia", "supply_deal", "announced", ("open", "2026-04-01", "None"))],
    ),
    (
        "Micron says volume shipments of HBM4 to Nvidia for Vera Rubin begin next quarter.",
        [("nvidia", "supply_deal", "announced", ("open", "2026-04-01", "None"))],
    ),
    (
        "Shipments of Ironwood racks from Google to Anthropic start this quarter, the "
        "companies said.",
        [("anthropic", "supply_deal", "announced", ("open", "2026-01-01", "None"))],
    ),
    (
        "Samsung says deliveries of HBM3E to AMD begin next year.",
        [("amd", "supply_deal", "announced", BEGIN_NEXT_YEAR)],
    ),
    # a plan word keeps the plan; a start behind us sets the scene for today's state
    (
        "Micron plans to have shipments of HBM4 to Nvidia start next quarter.",
        [("nvidia", "supply_deal", "planned", ("open", "2026-04-01", "None"))],
    ),
    (
        "Shipments of HBM4 to Nvidia started last quarter, Micron said.",
        [("nvidia", "supply_deal", "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_STARTS)
def test_a_start_told_with_its_act_as_subject_is_announced(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text) == expected


# -- a headline infinitive is a bare future -------------------------------------------------
# GUIDE (the holdout audit): "Samsung to supply HBM4 to AMD from fourth quarter" is a bare
# future, announced, not the schedule "is to"; a date to reach keeps the planned target and
# a party's expectation makes it theirs.

HEADLINES = [
    (
        "Brief.\n* Samsung to supply HBM4 to AMD from fourth quarter",
        [("amd", "supply_deal", "announced", ("open", "2026-10-01", "None"))],
    ),
    (
        "Brief.\n* Nebius to deploy 20,000 B300 GPUs in Finland",
        [("nebius", "deployed_chips", "announced", TODAY)],
    ),
    (
        "Brief.\n- Meta to rent Google TPUs starting next year - sources",
        [("meta", "adopts", "announced", BEGIN_NEXT_YEAR)],
    ),
    (
        "Brief.\n* Capacity to expand to 40,000 GPUs at Nscale by the end of 2027",
        [("nscale", "deployed_chips", "planned", ("deadline", "2026-03-10", "2027-12-31"))],
    ),
    (
        "Brief.\n* TSMC to lift CoWoS capacity to 100,000 wafers a month, analysts say",
        [("tsmc", "capacity", "forecast", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_a_headline_infinitive_is_a_bare_future(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert readings(text) == expected


# -- a Korean reference back after an unnamed product is that product's --------------------
# "차세대 제품을 개발하고 있으며, 해당 제품에는 …": "해당 제품" is the product just described,
# not the chip named last; its launch plans do not make the named chip upcoming (GUIDE: the
# specification of a product on the market is actual).

UNNAMED_PRODUCTS_KO = [
    (
        "인텔은 가우디3를 판매하고 있다. 가우디3는 HBM2E 128GB를 탑재했다. 인텔은 내년 출시를 "
        "목표로 후속 칩을 개발 중이며, 이 칩에는 HBM3E를 적용할 예정이다.",
        [("gaudi3", "memory_capacity", "actual", TODAY)],
    ),
    (
        "퓨리오사AI는 RNGD를 판매하고 있으며, RNGD는 HBM3 48GB를 탑재했다. 회사는 2027년 출시를 "
        "목표로 차세대 제품을 개발하고 있으며, 해당 제품에는 HBM3E를 채택할 계획이다.",
        [("rngd", "memory_capacity", "actual", TODAY)],
    ),
    # with no product described, the reference back takes up the chip named
    (
        "RNGD는 내년 출시될 예정이다. 해당 제품에는 HBM3 48GB가 들어간다.",
        [("rngd", "memory_capacity", "announced", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED_PRODUCTS_KO)
def test_a_korean_reference_after_an_unnamed_product_is_not_the_named_chip(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, "ko") == expected


# -- the machines holding the chips counted share their time ------------------------------
# "B200 2,048개를 탑재한 서버 256대를 올해 말까지 도입한다": the chips are counted in the
# adnominal clause on the servers; the servers' count between the chips and the time is the
# same purchase, so the time after it dates the chips too (GUIDE: "올해 말까지" a deadline).

HELD_BY_MACHINES_KO = [
    (
        "카카오는 B200 2,048개를 탑재한 서버 256대를 올해 말까지 도입할 계획이다.",
        [("kakao", "deployed_chips", "planned", ("deadline", "2026-03-10", "2026-12-31"))],
    ),
    (
        "SK텔레콤은 H200 4,096개를 담은 GPU 서버 512대를 하반기에 들여올 계획이다.",
        [("sk-telecom", "deployed_chips", "planned", ("point", "2026-07-01", "2026-12-31"))],
    ),
    (
        "네이버는 B200 512개를 탑재한 서버 64대를 내년 1분기부터 들여온다.",
        [("naver", "deployed_chips", "announced", ("open", "2027-01-01", "None"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HELD_BY_MACHINES_KO)
def test_chips_counted_on_their_machines_take_the_machines_time(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, "ko") == expected


# -- a Korean company's figure told with a date to reach stays its planned target ---------
# GUIDE: "A company's own figure to be reached by a date, whatever the verb (… '2027년까지 …
# 늘린다'): planned, a target"; the word it is told with ("…한다고 밝혔다") makes a start or
# an undated future announced, not a target.

TARGETS_TOLD_KO = [
    (
        "KT는 리벨쿼드 1,000장을 연내 구축한다고 밝혔다.",
        [("kt", "deployed_chips", "planned", ("deadline", "2026-03-10", "2026-12-31"))],
    ),
    (
        "네이버는 2027년까지 GPU를 5만 장으로 늘린다고 밝혔다.",
        [("naver", "deployed_chips", "planned", ("deadline", "2026-03-10", "2027-12-31"))],
    ),
    (
        "삼성전자는 HBM 생산능력을 올해 말까지 월 20만 장으로 확대한다고 밝혔습니다.",
        [("samsung", "capacity", "planned", ("deadline", "2026-03-10", "2026-12-31"))],
    ),
    # a start ahead told so stays announced (GUIDE, session 15)
    (
        "SK하이닉스는 내년부터 엔비디아에 HBM4를 공급한다고 밝혔다.",
        [("nvidia", "supply_deal", "announced", BEGIN_NEXT_YEAR)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TARGETS_TOLD_KO)
def test_a_korean_figure_told_with_a_date_to_reach_is_a_planned_target(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, "ko") == expected


# -- a number inside a time is no other figure between the time and the claim ---------------
# GUIDE: a span counted from publication ("2년 내", "향후 3년간", "within two years") is a
# deadline for an amount; "향후 18개월 내" holds a number of its own, which is no figure of
# the sentence standing between the span and the amount it dates.

SPANS_WITH_NUMBERS_KO = [
    (
        "네비우스는 향후 18개월 내 GPU 6만 장을 확보할 계획이다.",
        [("nebius", "deployed_chips", "planned", ("deadline", "2026-03-10", "2027-09-10"))],
    ),
    (
        "삼성전자는 향후 6개월 내 HBM 생산능력을 월 20만 장으로 늘릴 계획이다.",
        [("samsung", "capacity", "planned", ("deadline", "2026-03-10", "2026-09-10"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPANS_WITH_NUMBERS_KO)
def test_a_span_with_a_number_of_its_own_dates_the_amount(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, "ko") == expected


# -- a Korean month with 까지 and no year, already past: the next one ---------------------
# GUIDE (settled cases): "by the end of March" with no year said is "the next such date on or
# after publication"; told as done ("…까지 확보했다") it is the state reached then.

NEXT_SUCH_MONTH_KO = [
    (
        "네비우스는 2월 말까지 GPU 6만 장을 확보할 계획이다.",
        [("nebius", "deployed_chips", "planned", ("deadline", "2026-03-10", "2027-02-28"))],
    ),
    (
        "SK하이닉스는 1월까지 HBM4 생산능력을 월 10만 장으로 늘릴 예정이다.",
        [("sk-hynix", "capacity", "planned", ("deadline", "2026-03-10", "2027-01-31"))],
    ),
    (
        "네이버는 6월 말까지 GPU 1만 장을 확보할 계획이다.",
        [("naver", "deployed_chips", "planned", ("deadline", "2026-03-10", "2026-06-30"))],
    ),
    # done by then: the past month
    (
        "네비우스는 2월 말까지 GPU 6만 장을 확보했다.",
        [("nebius", "deployed_chips", "actual", ("point", "2026-02-28", "2026-02-28"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEXT_SUCH_MONTH_KO)
def test_a_korean_past_month_to_reach_is_next_years(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, "ko") == expected


# -- weighing told as 고민 or a tug of war; plans frozen or put off for good ------------------
# GUIDE: considering is weighing an option (검토, 저울질, 논의 중 …): "도입을 고민하고 있다",
# "조건을 놓고 줄다리기를 벌이고 있다" weigh it too. A negated or withdrawn statement yields no
# claim of that modality (철회, 보류, "shelved", "on hold"): "무기한 연기했다", "put … on ice",
# "on the back burner", "mothballed" withdraw it as well.

WEIGHED_KO = [
    (
        "메타는 구글 TPU 도입을 고민하고 있다.",
        [("meta", "adopts", "considering", TODAY)],
    ),
    (
        "오픈AI는 AWS 트레이니움3 도입을 고민 중이다.",
        [("openai", "adopts", "considering", TODAY)],
    ),
    (
        "메타는 구글과 TPU 임차 조건을 놓고 줄다리기를 벌이고 있다.",
        [("meta", "adopts", "considering", TODAY)],
    ),
    # a worry is no option weighed
    ("전력 확보가 메타의 가장 큰 고민이다.", []),
]


@pytest.mark.parametrize(("text", "expected"), WEIGHED_KO)
def test_a_korean_option_weighed_is_considering(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert readings(text, "ko") == expected


WITHDRAWN = [
    ("메타는 구글 TPU 도입을 무기한 연기했다.", "ko"),
    ("Meta put its plan to rent TPUs from Google on ice.", "en"),
    ("OpenAI has put its Trainium3 rental from AWS on the back burner.", "en"),
    ("Oracle has mothballed its plan to deploy 50,000 MI450 GPUs in Texas.", "en"),
]


@pytest.mark.parametrize(("text", "language"), WITHDRAWN)
def test_a_plan_frozen_or_put_off_for_good_yields_no_claim(text: str, language: str) -> None:
    assert readings(text, language) == []
