"""Session 19: fields (valid time, modality) of claims whose facts were already right.

Each block pins one general cause found on the folded blind batches (en-z, en-aa, ko-z,
ko-aa) with sentences written for these tests (none is taken from the gold), and traps
that must keep their old reading.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows
from tracker.extract import default_extractor
from tracker.extract.quantities import QuantityRecognizer
from tracker.extract.timex import TimeRecognizer

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-03-10", "2026-03-10")


def readings(
    text: str, language: str = "en", tier: str = "press", published: datetime = PUBLISHED
) -> list[tuple[Any, ...]]:
    """(subject, predicate, modality, valid) of every claim."""
    return [(r[0], r[1], r[5], r[6]) for r in sorted_rows(text, language, published, tier)]


# -- a chip on the market for a year or more: its make-up and figures are facts ------------
# GUIDE: "a specification of a product that already ships is actual"; a packaging of a
# product on the market is its make-up, not news. The vocabulary lacked the month some
# chips first shipped (H20, RNGD, Maia 100, Inferentia2, TPU v5e, H800), so their figures
# and packaging read as announcements.

ON_MARKET = [
    (
        "레니게이드 칩에는 TSMC의 CoWoS-S 패키징이 적용됐다.",
        "ko",
        [("rngd", "integrates", "actual", TODAY)],
    ),
    (
        "퓨리오사AI의 RNGD는 TSMC의 CoWoS-S 패키징 기술을 쓴다.",
        "ko",
        [("rngd", "integrates", "actual", TODAY)],
    ),
    (
        "마이아 100은 CoWoS-S 패키징 기술을 쓴다.",
        "ko",
        [("maia-100", "integrates", "actual", TODAY)],
    ),
    (
        "Nvidia's H20 carries 96GB of HBM3 memory.",
        "en",
        [("h20", "memory_capacity", "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), ON_MARKET)
def test_the_make_up_of_a_chip_on_the_market_is_actual(
    text: str, language: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, language) == expected


NOT_YET_ON_MARKET = [
    # a chip announced before it shipped keeps its announcement (published 2024-09)
    (
        "FuriosaAI's RNGD will use CoWoS-S packaging.",
        [("rngd", "integrates", "announced", ("point", "2024-09-10", "2024-09-10"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_YET_ON_MARKET)
def test_the_make_up_of_a_chip_before_it_ships_stays_announced(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    published = datetime(2024, 9, 10, 9, 0, tzinfo=UTC)
    assert readings(text, published=published) == expected


# -- a past period heading a Korean signing or decision dates the act ----------------------
# GUIDE: "signed last month", "지난달 계약" date the event, not the state; "In September 2025
# Nvidia said it would invest …" stays at publication. Seasons ("지난해 가을"), absolute
# months ("2025년 3월") and decisions ("-기로 했다", "-기로 합의했다", "-기로 한 바 있다")
# were read as the claim's time.

KO_PAST_ACTS = [
    (
        "엔비디아는 지난해 가을 앤트로픽에 최대 50억 달러를 넣기로 한 바 있다.",
        [("nvidia", "investment", "announced", TODAY)],
    ),
    (
        "KT는 지난해 여름 델과 장기 서버 공급 계약을 맺었다.",
        [("kt", "supply_deal", "actual", TODAY)],
    ),
    (
        "네이버는 2025년 11월 델과 GB300 랙 20대를 구매하는 계약을 체결했다.",
        [("naver", "supply_deal", "actual", TODAY)],
    ),
    (
        "아마존은 2025년 11월 앤트로픽에 40억 달러를 투자하기로 했다.",
        [("amazon", "investment", "announced", TODAY)],
    ),
    (
        "소프트뱅크는 2025년 4분기 오픈AI에 최대 100억 달러를 투자하기로 결정했다.",
        [("softbank", "investment", "announced", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KO_PAST_ACTS)
def test_a_past_period_before_a_korean_signing_or_decision_dates_the_act(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, "ko") == expected


KO_DATED_STATES = [
    # a past season or month heading a state (not an act of signing or deciding) dates it
    (
        "xAI는 2024년 9월 콜로서스에서 H100 10만 개를 가동했다.",
        [("colossus", "deployed_chips", "actual", ("point", "2024-09-01", "2024-09-30"))],
    ),
    # a chronology line headed by a month dates its claims, a signing included
    (
        "2025년 9월 — 오라클이 AMD와 MI450 공급 계약을 맺었다.",
        [("oracle", "supply_deal", "actual", ("point", "2025-09-01", "2025-09-30"))],
    ),
    # a decision about a period still to come keeps that period
    (
        "SK텔레콤은 내년 3분기부터 리벨리온의 리벨 쿼드를 도입하기로 했다.",
        [("sk-telecom", "adopts", "announced", ("open", "2027-07-01", "None"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KO_DATED_STATES)
def test_a_past_period_of_a_korean_state_or_chronology_line_still_dates_it(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, "ko") == expected


# -- a broker's year-end: "2026E exit", "exiting the year" after the year the note is on ----
# GUIDE: "at the end of 2026", "end-2026" as the time a number is true is a point on Dec 31;
# an estimate year ("2026E") followed by exit / year-end named the whole year, and "the
# year" a figure exits after "For 2027E" / "In 2028" was the publication's.

BROKER_YEAR_ENDS = [
    (
        "We model 2026E exit capacity for TSMC's CoWoS at 110k wafers per month.",
        [("tsmc", "capacity", "forecast", ("point", "2026-12-31", "2026-12-31"))],
    ),
    (
        "Our 2027E year-end CoWoS capacity estimate for TSMC is 160k wafers a month.",
        [("tsmc", "capacity", "forecast", ("point", "2027-12-31", "2027-12-31"))],
    ),
    (
        "For 2027E we expect TSMC to exit the year with 150k CoWoS wafers a month.",
        [("tsmc", "capacity", "forecast", ("point", "2027-12-31", "2027-12-31"))],
    ),
    (
        "In 2028, we think Samsung will end the year at 120,000 wafers a month of HBM capacity.",
        [("samsung", "capacity", "forecast", ("point", "2028-12-31", "2028-12-31"))],
    ),
]

PUBLICATION_YEAR_ENDS = [
    # "the year" alone, or after a year that names an event, is the publication's
    (
        "We expect TSMC to exit the year at 100k CoWoS wafers a month.",
        [("tsmc", "capacity", "forecast", ("point", "2026-12-31", "2026-12-31"))],
    ),
    (
        "TSMC plans a 2028 node ramp and should exit the year at 100k CoWoS wafers a month.",
        [("tsmc", "capacity", "forecast", ("point", "2026-12-31", "2026-12-31"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BROKER_YEAR_ENDS)
def test_a_brokers_exit_of_a_named_year_is_that_years_last_day(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, tier="analyst") == expected


@pytest.mark.parametrize(("text", "expected"), PUBLICATION_YEAR_ENDS)
def test_the_year_with_no_year_it_is_about_stays_the_publications(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, tier="analyst") == expected


def test_a_deadline_at_the_end_of_the_year_stays_the_publications() -> None:
    text = "Acme plans a 2028 launch and aims for 100k wafers a month by the end of the year."
    found = TimeRecognizer().find(text, "en", PUBLISHED.date())
    assert [(t.valid.kind, t.valid.end) for t in found][-1:] == [
        ("deadline", PUBLISHED.date().replace(month=12, day=31))
    ]


# -- a Korean fraction is a share, not two figures ------------------------------------------
# GUIDE: a share is a fraction, no count; "3분의 2" was read as the numbers 3 and 2, which
# stood between a time and the share it dates ("2027E … 물량의 약 3분의 2를 … 가져갈 것으로").

KO_FRACTIONS = [
    (
        "2027E 엔비디아 HBM4 물량의 약 3분의 2를 SK하이닉스가 가져갈 것으로 추정한다.",
        [("nvidia", "supply_deal", "forecast", ("point", "2027-01-01", "2027-12-31"))],
    ),
    (
        "증권가는 내년 AMD HBM4 물량의 4분의 1을 삼성전자가 가져갈 것으로 본다.",
        [("amd", "supply_deal", "forecast", ("point", "2027-01-01", "2027-12-31"))],
    ),
    # a share taken today stays today's, with no count
    (
        "마이크론은 엔비디아 HBM3E 물량의 3분의 1을 공급하고 있다.",
        [("nvidia", "supply_deal", "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KO_FRACTIONS)
def test_a_korean_fraction_is_a_share_that_leaves_the_time_to_its_claim(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, "ko") == expected


def test_a_korean_fraction_gives_no_quantity() -> None:
    recognizer = QuantityRecognizer(default_extractor().vocabulary)
    found = recognizer.find("물량의 3분의 2를 가져간다")
    assert found == []


# -- checks named as the source of a relation: a hedge, not the house's projection ----------
# GUIDE: "a writer's or source's hedge on a fact keeps the fact's modality"; "checks
# suggest" already did; "on our checks", "per our channel checks", "according to our checks"
# after or before a present relation made it a forecast. On a figure they stay the house's
# estimate (session 11: "by our count"), and before a future the analyst's forecast.

SOURCED_RELATIONS = [
    (
        "Broadcom remains TSMC's second-largest CoWoS customer on our checks, driven by its "
        "custom chip programmes.",
        [("broadcom", "supply_deal", "actual", TODAY)],
    ),
    (
        "Per our channel checks, Micron is still AMD's main HBM3E source.",
        [("amd", "supply_deal", "actual", TODAY)],
    ),
    (
        "SK hynix is Nvidia's lead HBM4 supplier, according to our supply-chain checks.",
        [("nvidia", "supply_deal", "actual", TODAY)],
    ),
]

SOURCED_PROJECTIONS = [
    (
        "On our checks, Samsung will ship HBM4 to Nvidia from the third quarter.",
        [("nvidia", "supply_deal", "forecast", ("open", "2026-07-01", "None"))],
    ),
    (
        "According to our checks, TSMC runs about 95k CoWoS wafers a month.",
        [("tsmc", "capacity", "forecast", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCED_RELATIONS)
def test_checks_named_as_the_source_of_a_present_relation_keep_it_actual(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, tier="analyst") == expected


@pytest.mark.parametrize(("text", "expected"), SOURCED_PROJECTIONS)
def test_checks_named_as_the_source_of_a_figure_or_a_future_stay_a_forecast(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, tier="analyst") == expected


# -- a comparison with everything before tells nothing of the claim's modality ------------
# "faster than any chip we've ever launched": the verb of the comparison (an announcement
# cue after the claim) made a state told today an announcement.

THAN_ANY = [
    (
        "Oracle now operates more than 100,000 GB200 GPUs, a faster ramp than any it has "
        "announced before.",
        [("oracle", "deployed_chips", "actual", TODAY)],
    ),
    (
        "CoreWeave runs about 250,000 GPUs today, more than any rival has ever unveiled.",
        [("coreweave", "deployed_chips", "actual", TODAY)],
    ),
    (
        "Meta has 600,000 H100s in service, a bigger fleet than anything Google has introduced.",
        [("meta", "deployed_chips", "actual", TODAY)],
    ),
    # the announcement that governs the claim stays
    (
        "AWS announced it will deploy 100,000 Trainium3 chips, more than any chip before.",
        [("aws", "deployed_chips", "announced", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THAN_ANY)
def test_a_comparison_with_everything_before_does_not_govern_the_claim(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text) == expected


# -- a Korean promise to buy is an agreed supply deal --------------------------------------
# GUIDE: an agreed supply deal ("공급하기로 했다", "agreed to supply") is a deal made:
# `actual`; a pledge to invest stays `announced`. "구매하기로 약속했다" read as a pledge.

KO_PROMISED_PURCHASES = [
    (
        "오픈AI는 AMD로부터 MI450 GPU를 구매하기로 약속했다.",
        [("openai", "supply_deal", "actual", TODAY)],
    ),
    (
        "메타는 코어위브로부터 GB300 기반 컴퓨팅을 사들이기로 약속했다.",
        [("meta", "supply_deal", "actual", TODAY)],
    ),
    (
        "xAI는 엔비디아로부터 GB200을 구매하기로 약속했으며 내년 도입할 계획이다.",
        [("xai", "supply_deal", "actual", TODAY)],
    ),
    # a pledge to invest stays an announcement
    (
        "엔비디아는 앤트로픽에 최대 100억 달러를 투자하기로 약속했다.",
        [("nvidia", "investment", "announced", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KO_PROMISED_PURCHASES)
def test_a_korean_promise_to_buy_is_a_deal_made(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert readings(text, "ko") == expected


# -- a running total of the period under way is today's state ------------------------------
# "has bought 20,000 chips so far this year" dated the count over the whole year; the dev
# gold dates year-to-date totals ("지금까지", "so far") at publication.

RUNNING_TOTALS = [
    "Nebius has deployed 30,000 B300 GPUs so far this year.",
    "So far in 2026, CoreWeave has installed 40,000 GB300 GPUs.",
    "Oracle has deployed 60,000 GB200 GPUs this year to date.",
]


@pytest.mark.parametrize("text", RUNNING_TOTALS)
def test_a_running_total_of_the_period_under_way_stands_at_publication(text: str) -> None:
    published = datetime(2026, 10, 20, 9, 0, tzinfo=UTC)
    found = readings(text, published=published)
    assert [r[3] for r in found] == [("point", "2026-10-20", "2026-10-20")]


PERIOD_TOTALS = [
    # a total of a period already over keeps it; a plan for the year keeps the year
    (
        "Nebius deployed 30,000 B300 GPUs so far in 2025.",
        ("point", "2025-01-01", "2025-12-31"),
    ),
    (
        "CoreWeave will install 40,000 GB300 GPUs this year.",
        ("point", "2026-01-01", "2026-12-31"),
    ),
]


@pytest.mark.parametrize(("text", "valid"), PERIOD_TOTALS)
def test_a_total_of_a_past_or_whole_period_keeps_it(text: str, valid: tuple[str, ...]) -> None:
    published = datetime(2026, 10, 20, 9, 0, tzinfo=UTC)
    assert [r[3] for r in readings(text, published=published)] == [valid]


# -- English times of the act, not of the holding or deal it left --------------------------
# GUIDE: a past year naming when an investment was made dates the event (the amount stands at
# publication); "In September 2025 Nvidia said …" dates the telling. Read as the claim's
# time: a participle of making after the holding ("made in 2023", "completed in 2024", "a
# filing made in 2025"), a past year's event after a preposition ("after last year's
# restructuring"), reports as the fronted teller ("In October 2025 news reports said …").

EN_PAST_ACTS = [
    (
        "KT's investment in Rebellions, made in 2024, stands at $30 million.",
        [("kt", "investment", "actual", TODAY)],
    ),
    (
        "Amazon's investment in Anthropic, completed in 2024, totals $8 billion.",
        [("amazon", "investment", "actual", TODAY)],
    ),
    (
        "Google has invested $3 billion in Anthropic, per a filing made in 2025.",
        [("google", "investment", "actual", TODAY)],
    ),
    (
        "Microsoft has invested about $13 billion in OpenAI and holds 27% after last year's "
        "restructuring.",
        [("microsoft", "investment", "actual", TODAY)],
    ),
    (
        "In October 2025 news reports said Meta had agreed to rent TPUs from Google Cloud.",
        [("meta", "adopts", "actual", TODAY)],
    ),
]

EN_PAST_STATES = [
    # a past year of the state itself still dates it
    (
        "Meta ran 600,000 H100s last year.",
        [("meta", "deployed_chips", "actual", ("point", "2025-01-01", "2025-12-31"))],
    ),
    (
        "In September 2025, Oracle ran 30,000 GB200 GPUs in Abilene.",
        [("oracle", "deployed_chips", "actual", ("point", "2025-09-01", "2025-09-30"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EN_PAST_ACTS)
def test_a_past_time_of_the_act_leaves_the_claim_at_publication(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    published = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    assert readings(text, published=published) == expected


@pytest.mark.parametrize(("text", "expected"), EN_PAST_STATES)
def test_a_past_time_of_the_state_still_dates_it(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text) == expected


# -- a capacity figure going on from a maker's total takes no HBM generation ---------------
# GUIDE: a maker's capacity for all its HBM is `capacity` with no process qualifier. A bare
# figure after the total ("현재는 월 22만 장 수준이다", "…, and we expect it to reach 230,000")
# took the generation the talk had named before the total; after a generation's own capacity
# it keeps it.


def capacities(text: str, language: str, tier: str = "press") -> list[tuple[Any, ...]]:
    """(subject, qualifiers, valid) of every capacity claim."""
    rows = sorted_rows(text, language, PUBLISHED, tier)
    return [(r[0], r[2], r[6]) for r in rows if r[1] == "capacity"]


YEAR_END = ("point", "2026-12-31", "2026-12-31")
BY_YEAR_END = ("deadline", "2026-03-10", "2026-12-31")

TOTALS_GO_ON = [
    (
        "SK하이닉스는 HBM4를 엔비디아에 공급한다. SK하이닉스는 HBM 전체 생산능력을 내년 말까지 "
        "월 30만 장으로 늘릴 계획이라고 밝혔다. 현재는 월 22만 장 수준이다.",
        "ko",
        [
            ("sk-hynix", (), TODAY),
            ("sk-hynix", (), ("deadline", "2026-03-10", "2027-12-31")),
        ],
    ),
    (
        "마이크론은 HBM4를 AMD에 공급한다. 마이크론의 HBM 생산능력은 현재 월 5만 장 안팎이다. "
        "올해 말에는 월 9만 장 수준에 이를 것으로 본다.",
        "ko",
        [("micron", (), TODAY), ("micron", (), YEAR_END)],
    ),
    (
        "Micron ships HBM3E to AMD. I put Samsung's total HBM capacity at about 120,000 wafers "
        "a month today. By my count Micron will exit 2026 with roughly 60,000 wafers a month.",
        "en",
        [("micron", (), YEAR_END), ("samsung", (), TODAY)],
    ),
    (
        "Samsung's HBM4 is now qualified at Nvidia. We estimate Samsung's total HBM capacity at "
        "about 100,000 wafers a month at the end of 2025, and we expect it to reach 160,000 by "
        "end-2026.",
        "en",
        [("samsung", (), ("point", "2025-12-31", "2025-12-31")), ("samsung", (), BY_YEAR_END)],
    ),
]

GENERATIONS_GO_ON = [
    (
        "삼성전자는 HBM4를 엔비디아에 공급한다. 삼성전자는 HBM4 생산능력을 연말까지 월 12만 장으로 "
        "늘릴 계획이다. 현재는 월 7만 장 수준이다.",
        "ko",
        [
            ("samsung", (("process", "hbm4"),), TODAY),
            ("samsung", (("process", "hbm4"),), BY_YEAR_END),
        ],
    ),
    (
        "Samsung's HBM4 is now qualified at Nvidia. We estimate Samsung's HBM4 capacity at "
        "about 50,000 wafers a month at the end of 2025, and we expect it to reach 90,000 by "
        "end-2026.",
        "en",
        [
            ("samsung", (("process", "hbm4"),), ("point", "2025-12-31", "2025-12-31")),
            ("samsung", (("process", "hbm4"),), BY_YEAR_END),
        ],
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), TOTALS_GO_ON)
def test_a_figure_going_on_from_a_makers_total_hbm_capacity_takes_no_generation(
    text: str, language: str, expected: list[tuple[Any, ...]]
) -> None:
    assert capacities(text, language, "analyst") == expected


@pytest.mark.parametrize(("text", "language", "expected"), GENERATIONS_GO_ON)
def test_a_figure_going_on_from_a_generations_capacity_keeps_it(
    text: str, language: str, expected: list[tuple[Any, ...]]
) -> None:
    assert capacities(text, language, "analyst") == expected


# -- a Korean count told with the bare future "-겠다" is announced -------------------------
# GUIDE: a bare future count with no date to reach and no plan word is `announced`, whoever
# tells it (English "will" was; Korean "-겠다" stayed planned). The dev gold reads 27 "-겠다"
# claims with no plan word as announced, 1 as planned (with "올해 안에").

KO_BARE_WILL = [
    (
        "삼성전자는 GPU 5만 장 규모의 AI 팩토리를 구축하겠다고 했다.",
        [("samsung", "deployed_chips", "announced", TODAY)],
    ),
    (
        "카카오는 B200 2000장을 들이겠다고 밝혔다.",
        [("kakao", "deployed_chips", "announced", TODAY)],
    ),
    (
        "KT는 리벨 쿼드 1만 장을 설치하겠다는 뜻을 밝혔다.",
        [("kt", "deployed_chips", "announced", TODAY)],
    ),
    (
        "코어위브는 B300 2만 개를 배치하겠다고 강조했다.",
        [("coreweave", "deployed_chips", "announced", TODAY)],
    ),
    # a date to reach or a plan word keeps the planned target
    (
        "카카오는 올해 안에 B200 2000장을 들이겠다고 했다.",
        [("kakao", "deployed_chips", "planned", ("deadline", "2026-03-10", "2026-12-31"))],
    ),
    (
        "네이버는 내년까지 GPU 6만 장을 확보하겠다는 목표를 세웠다.",
        [("naver", "deployed_chips", "planned", ("deadline", "2026-03-10", "2027-12-31"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KO_BARE_WILL)
def test_a_korean_count_told_with_a_bare_future_is_announced(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, "ko") == expected


# -- an HBM stack's height is no figure -----------------------------------------------------
# "12-high HBM3E" was read as the number 12, which stood between the start of supplies and
# its period ("will begin shipping 12-high HBM3E to Nvidia from the first quarter"), so the
# deal lost its start (and its announced modality). The Korean "12단" was never a figure.

STACK_HEIGHTS = [
    (
        "Samsung will begin shipping 12-high HBM4 to AMD from the third quarter.",
        [("amd", "supply_deal", "announced", ("open", "2026-07-01", "None"))],
    ),
    (
        "Micron will start supplying 16-Hi HBM4 to Nvidia in the second half.",
        [("nvidia", "supply_deal", "announced", ("open", "2026-07-01", "None"))],
    ),
    (
        "SK hynix will begin shipping 12-layer HBM4E to Google from next year.",
        [("google", "supply_deal", "announced", ("open", "2027-01-01", "None"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STACK_HEIGHTS)
def test_a_stack_height_does_not_stand_between_a_start_and_its_period(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text) == expected


def test_a_stack_height_gives_no_quantity_but_a_count_beside_it_does() -> None:
    recognizer = QuantityRecognizer(default_extractor().vocabulary)
    found = recognizer.find("It ships 12-high HBM4 stacks for 4,000 GPUs.")
    assert [(q.text, q.low) for q in found] == [("4,000 GPUs", 4000.0)]


# -- the make-up of a system released in a period still ahead is news ----------------------
# GUIDE: the specs of a product not yet released are `announced`. A new system told as coming
# out later ("… 묶는 새 슈퍼포드는 내년 1분기에 나옵니다", "하반기에는 … 담은 서버 제품도
# 내놓는다") holds chips already on the market: its chip count read as the chip's fact.

KO_SYSTEMS_AHEAD = [
    "어센드 950 8192개를 하나로 묶는 새 슈퍼포드는 내년 1분기에 나옵니다.",
    "트레이니움3 144개를 묶는 새 울트라서버는 내년 상반기에 나옵니다.",
    "리벨리온은 리벨 쿼드를 이미 고객사에 출하하고 있다. 하반기에는 리벨 쿼드 16장을 담은 서버 "
    "제품도 내놓는다.",
]

KO_SYSTEMS_OUT = [
    "B200 8개를 묶은 DGX 서버는 지금 판매 중이다.",
    "GB300 72개를 묶은 랙은 지난해 출시됐다.",
]


def per_system_modalities(text: str) -> list[str]:
    published = datetime(2026, 4, 21, 9, 0, tzinfo=UTC)
    return [r[2] for r in readings(text, "ko", published=published) if r[1] == "chips_per_system"]


@pytest.mark.parametrize("text", KO_SYSTEMS_AHEAD)
def test_the_chip_count_of_a_system_released_ahead_is_announced(text: str) -> None:
    assert per_system_modalities(text) == ["announced"]


@pytest.mark.parametrize("text", KO_SYSTEMS_OUT)
def test_the_chip_count_of_a_system_on_sale_stays_actual(text: str) -> None:
    assert per_system_modalities(text) == ["actual"]


# -- a Korean start ahead confirmed by the company is its word: announced ------------------
# GUIDE: "4분기부터 공급한다고 밝혔다" (a future action, no plan word) is announced; told with
# "재확인했다", "재차 확인했다", "확인했다" (or a one-liner's "…한다고 재확인.") it stayed planned.

KO_CONFIRMED_STARTS = [
    (
        "네이버는 내년 2분기부터 GB300 1만 장을 춘천 센터에 들인다고 재확인했다.",
        [("naver", "deployed_chips", "announced", ("open", "2027-04-01", "None"))],
    ),
    (
        "SK텔레콤, 하반기부터 리벨 쿼드 2000장 도입한다고 재확인.",
        [("sk-telecom", "deployed_chips", "announced", ("open", "2026-07-01", "None"))],
    ),
    (
        "카카오는 3분기부터 B200 3000장을 배치한다고 재차 확인했다.",
        [("kakao", "deployed_chips", "announced", ("open", "2026-07-01", "None"))],
    ),
    # a plan word keeps the plan; a state of now stays a fact
    (
        "카카오는 3분기부터 B200 3000장을 배치할 계획이라고 재확인했다.",
        [("kakao", "deployed_chips", "planned", ("open", "2026-07-01", "None"))],
    ),
    (
        "SK하이닉스는 엔비디아에 HBM4를 공급하고 있다고 확인했다.",
        [("nvidia", "supply_deal", "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KO_CONFIRMED_STARTS)
def test_a_korean_start_ahead_confirmed_by_the_company_is_announced(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert readings(text, "ko") == expected


# -- a past month of a service's launch dates the launch, not the offering -----------------
# GUIDE: a past month dates the event, not the state; a cloud offering a chip adopts it. "made
# Ironwood generally available to cloud customers in November" dated the offering over
# November.

LAUNCHED_OFFERINGS = [
    "Google made Ironwood, its seventh-generation TPU, generally available to cloud customers "
    "in November.",
    "Microsoft made its Maia 200, the company's second chip, available to Azure customers in "
    "December.",
    "AWS's Trn3 instances became generally available in December.",
]


@pytest.mark.parametrize("text", LAUNCHED_OFFERINGS)
def test_a_past_month_of_a_launch_leaves_the_offering_at_publication(text: str) -> None:
    published = datetime(2026, 1, 20, 9, 0, tzinfo=UTC)
    found = readings(text, published=published)
    assert [(r[1], r[2], r[3]) for r in found] == [
        ("adopts", "actual", ("point", "2026-01-20", "2026-01-20"))
    ]


def test_a_past_month_of_a_fleet_still_dates_it() -> None:
    published = datetime(2026, 1, 20, 9, 0, tzinfo=UTC)
    assert readings("CoreWeave ran 250,000 GPUs in November.", published=published) == [
        ("coreweave", "deployed_chips", "actual", ("point", "2025-11-01", "2025-11-30"))
    ]


# -- an English deal in HBM3 names no product, as a Korean one already did ------------------
# GUIDE: the products are the vocabulary's chips, systems, processes and HBM3E/HBM4/HBM4E;
# the dev gold records every HBM3 deal with no product (traded_memory_ko read Korean only).

EN_HBM3_DEALS = [
    "SK hynix supplies the bulk of Nvidia's HBM3 for the H100.",
    "Samsung ships HBM3 to AMD for the MI300X.",
    "Micron supplies HBM3 to Nvidia.",
]


def deal_products(text: str) -> list[tuple[Any, ...]]:
    rows = sorted_rows(text, "en", PUBLISHED, "press")
    return [r[2] for r in rows if r[1] == "supply_deal"]


@pytest.mark.parametrize("text", EN_HBM3_DEALS)
def test_an_english_hbm3_deal_names_no_product(text: str) -> None:
    assert deal_products(text) == [()]


def test_an_hbm3e_deal_keeps_its_product() -> None:
    assert deal_products("SK hynix supplies HBM3E to Nvidia.") == [(("product", "hbm3e"),)]
