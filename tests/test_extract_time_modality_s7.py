"""Valid time and modality of quantity claims (session 7): one fact said the ways the
press says it, in English and Korean, dated figures ("as of", "at the end of", "by",
reported-past figures), deadlines against points, and whose expectation a future figure is.
Each case is a sentence, its publication date and the exact quantity claims expected. Every
sentence here is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows

KST = timezone(timedelta(hours=9))
EN_DAY = datetime(2026, 8, 12, 9, 0, tzinfo=UTC)
KO_DAY = datetime(2026, 8, 12, 9, 0, tzinfo=KST)
TODAY = ("point", "2026-08-12", "2026-08-12")
QUANTITIES = frozenset(
    {
        "deployed_chips",
        "capacity",
        "chips_per_system",
        "memory_capacity",
        "memory_bandwidth",
        "peak_compute",
    }
)


def quantity_rows(text: str, language: str, published: datetime) -> list[tuple[Any, ...]]:
    rows = extract_rows(text, language, published)
    return sorted((r for r in rows if r[1] in QUANTITIES), key=repr)


def count(n: float, approx: bool = False, bound: str = "exact") -> tuple[Any, ...]:
    return (n, n, "count", approx, bound)


def wafers(n: float, approx: bool = False, bound: str = "exact") -> tuple[Any, ...]:
    return (n, n, "wafer/month", approx, bound)


def point(start: str, end: str | None = None) -> tuple[str, str, str]:
    return ("point", start, end or start)


def deadline(end: str, start: str = "2026-08-12") -> tuple[str, str, str]:
    return ("deadline", start, end)


def rainier(n: float, modality: str, valid: tuple[str, str, str], **kw: Any) -> tuple[Any, ...]:
    chip = {"chip": "trainium2"}
    return ("project-rainier", "deployed_chips", chip, None, count(n, **kw), modality, valid)


def gpus(who: str, n: float, modality: str, valid: tuple[str, str, str]) -> tuple[Any, ...]:
    return (who, "deployed_chips", {}, None, count(n), modality, valid)


def cowos(n: float, modality: str, valid: tuple[str, str, str], **kw: Any) -> tuple[Any, ...]:
    return ("tsmc", "capacity", {"process": "cowos"}, None, wafers(n, **kw), modality, valid)


def language_of(text: str) -> str:
    return "ko" if any("\uac00" <= ch <= "\ud7a3" for ch in text) else "en"


def check(text: str, language: str, expected: list[tuple[Any, ...]]) -> None:
    published = EN_DAY if language == "en" else KO_DAY
    assert sorted(expected, key=repr) == quantity_rows(text, language, published)


# -- "as of" a day, a month, a period: the time the figure is true ------------------------
# GUIDE: "as of" a day is a point on that day; a month named as the time of a fact is a
# point over that month; only "as of" a period still to come ("as of next year") is open.

AS_OF = [
    (
        "As of June 30, AWS had deployed 500,000 Trainium2 chips in Project Rainier.",
        [rainier(500_000, "actual", point("2026-06-30"))],
    ),
    (
        "Project Rainier, as of June 30, counted 500,000 Trainium2 chips.",
        [rainier(500_000, "actual", point("2026-06-30"))],
    ),
    (
        "As of the end of June, Project Rainier had about 500,000 Trainium2 chips running.",
        [rainier(500_000, "actual", point("2026-06-30"), approx=True)],
    ),
    (
        "TSMC's CoWoS capacity was 75,000 wafers per month as of December 2025.",
        [cowos(75_000, "actual", point("2025-12-01", "2025-12-31"))],
    ),
    (
        "As of July, TSMC was turning out 90,000 CoWoS wafers a month.",
        [cowos(90_000, "actual", point("2026-07-01", "2026-07-31"))],
    ),
    (
        "Project Rainier had 500,000 Trainium2 chips as of last month, Amazon said.",
        [rainier(500_000, "actual", point("2026-07-01", "2026-07-31"))],
    ),
    (
        "TSMC's CoWoS capacity was about 75,000 wafers a month as of year-end 2025.",
        [cowos(75_000, "actual", point("2025-12-31"), approx=True)],
    ),
    (
        "6월 말 기준 프로젝트 레이니어에는 트레이니움2 50만 개가 가동 중이다.",
        [rainier(500_000, "actual", point("2026-06-30"))],
    ),
    (
        "아마존은 6월 말 현재 프로젝트 레이니어에서 트레이니움2 칩 50만 개를 운영하고 있다고 "
        "밝혔다.",
        [rainier(500_000, "actual", point("2026-06-30"))],
    ),
    (
        "프로젝트 레이니어는 지난달 말 기준 트레이니움2 50만 개를 가동했다.",
        [rainier(500_000, "actual", point("2026-07-31"))],
    ),
    (
        "TSMC의 CoWoS 생산능력은 2025년 말 기준 월 7만5000장이다.",
        [cowos(75_000, "actual", point("2025-12-31"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AS_OF)
def test_as_of_dates_the_figure(text: str, expected: list[tuple[Any, ...]]) -> None:
    check(text, language_of(text), expected)


# -- a past state at a period named without its year ---------------------------------------
# "ran 300,000 chips in January" said in August is last January, not next; "had 500,000
# at the end of the second quarter" said in May is last year's second quarter. A future
# reading made it a plan.

PAST_PERIODS = [
    (
        "Project Rainier ran 300,000 Trainium2 chips in January.",
        [rainier(300_000, "actual", point("2026-01-01", "2026-01-31"))],
    ),
    (
        "Back in January, Project Rainier ran 300,000 Trainium2 chips.",
        [rainier(300_000, "actual", point("2026-01-01", "2026-01-31"))],
    ),
    (
        "Project Rainier grew to 500,000 Trainium2 chips in July.",
        [rainier(500_000, "actual", point("2026-07-01", "2026-07-31"))],
    ),
    (
        "Project Rainier's fleet of Trainium2 chips reached 500,000 in the second quarter.",
        [rainier(500_000, "actual", point("2026-04-01", "2026-06-30"))],
    ),
    (
        "At the end of Q2, Project Rainier was running 500,000 Trainium2 chips.",
        [rainier(500_000, "actual", point("2026-06-30"))],
    ),
    (
        "Project Rainier had 500,000 Trainium2 chips at the end of June.",
        [rainier(500_000, "actual", point("2026-06-30"))],
    ),
    # the future stays the future: a plan for next January
    (
        "AWS will grow Project Rainier to 1 million Trainium2 chips in January.",
        [rainier(1_000_000, "planned", point("2027-01-01", "2027-01-31"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAST_PERIODS)
def test_a_past_state_is_in_the_last_such_period(text: str, expected: list[Any]) -> None:
    check(text, "en", expected)


def test_a_past_state_in_a_quarter_not_yet_reached_this_year_is_last_years() -> None:
    text = "Project Rainier ran about 500,000 Trainium2 chips at the end of the second quarter."
    published = datetime(2026, 5, 12, 9, 0, tzinfo=UTC)
    expected = [rainier(500_000, "actual", point("2025-06-30"), approx=True)]
    assert expected == quantity_rows(text, "en", published)


# -- a due date already past ---------------------------------------------------------------
# "2024년 말까지 확보했다", "by the end of 2024, Meta had deployed": the state reached then.


def h100s(n: float, valid: tuple[str, str, str], modality: str = "actual") -> tuple[Any, ...]:
    return ("meta", "deployed_chips", {"chip": "h100"}, None, count(n), modality, valid)


PAST_DEADLINES = [
    ("메타는 2024년 말까지 H100 35만 개를 확보했다.", "ko", [h100s(350_000, point("2024-12-31"))]),
    (
        "By the end of 2024, Meta had deployed 350,000 H100 GPUs.",
        "en",
        [h100s(350_000, point("2024-12-31"))],
    ),
    (
        "Meta had 350,000 H100s at the end of 2024.",
        "en",
        [h100s(350_000, point("2024-12-31"))],
    ),
    (
        "Meta will have 350,000 H100 GPUs by the end of the year.",
        "en",
        [h100s(350_000, deadline("2026-12-31"), "planned")],
    ),
    (
        "메타는 연말까지 H100 35만 개를 확보할 계획이다.",
        "ko",
        [h100s(350_000, deadline("2026-12-31"), "planned")],
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), PAST_DEADLINES)
def test_a_due_date_already_past_is_the_state_then(
    text: str, language: str, expected: list[Any]
) -> None:
    check(text, language, expected)


# -- whose expectation: the company's own is its plan -------------------------------------
# GUIDE: "A company's own future number is planned, not forecast"; "A third party's
# expectation about a company: forecast".

OWN_EXPECTATIONS = [
    (
        "SK hynix expects its HBM4 capacity to reach about 100,000 wafers per month in the "
        "fourth quarter.",
        [
            (
                "sk-hynix",
                "capacity",
                {"process": "hbm4"},
                None,
                wafers(100_000, approx=True),
                "planned",
                point("2026-10-01", "2026-12-31"),
            )
        ],
    ),
    (
        "AWS expects Project Rainier's fleet to reach 1 million Trainium2 chips by the end of "
        "the year.",
        [rainier(1_000_000, "planned", deadline("2026-12-31"))],
    ),
    (
        "Project Rainier is expected to reach 1 million Trainium2 chips by the end of 2026, "
        "AWS said.",
        [rainier(1_000_000, "planned", deadline("2026-12-31"))],
    ),
    (
        "TSMC's CoWoS capacity is expected to double to 130,000 wafers a month by 2027, TSMC said.",
        [cowos(130_000, "planned", deadline("2027-12-31"))],
    ),
    (
        "TSMC said its CoWoS capacity is expected to reach 130,000 wafers a month by 2027.",
        [cowos(130_000, "planned", deadline("2027-12-31"))],
    ),
    (
        "According to TSMC, CoWoS capacity is expected to reach 130,000 wafers a month by 2027.",
        [cowos(130_000, "planned", deadline("2027-12-31"))],
    ),
    (
        "CoWoS capacity is expected to reach 130,000 wafers a month by 2027, TSMC executives "
        "said on the earnings call.",
        [cowos(130_000, "planned", deadline("2027-12-31"))],
    ),
    (
        "AWS expects Project Rainier to have 1 million Trainium2 chips by the end of the year.",
        [rainier(1_000_000, "planned", deadline("2026-12-31"))],
    ),
    (
        "TSMC는 CoWoS 생산능력이 내년 말 월 13만 장에 이를 것으로 전망했다.",
        [cowos(130_000, "planned", point("2027-12-31"))],
    ),
    (
        "TSMC는 내년 말 CoWoS 생산능력을 월 13만 장으로 예상했다.",
        [cowos(130_000, "planned", point("2027-12-31"))],
    ),
    (
        "아마존은 프로젝트 레이니어의 트레이니움2가 연말 100만 개에 달할 것으로 예상했다.",
        [rainier(1_000_000, "planned", point("2026-12-31"))],
    ),
    (
        "앤디 재시 아마존 CEO는 프로젝트 레이니어의 트레이니움2가 연말 100만 개에 이를 것으로 "
        "예상했다.",
        [rainier(1_000_000, "planned", point("2026-12-31"))],
    ),
    (
        # the company's outlook told by the company
        "메타는 올해 말 GPU 130만 개를 확보할 전망이라고 회사 측이 밝혔다.",
        [gpus("meta", 1_300_000, "planned", point("2026-12-31"))],
    ),
    (
        "메타는 올해 말 GPU 130만 개를 보유할 것으로 내다봤다.",
        [gpus("meta", 1_300_000, "planned", point("2026-12-31"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_EXPECTATIONS)
def test_a_companys_expectation_of_its_own_figure_is_its_plan(
    text: str, expected: list[Any]
) -> None:
    check(text, language_of(text), expected)


THEIR_EXPECTATIONS = [
    (
        # a named house (no vocabulary company) expecting a company's figure
        "Meridian expects SK hynix's HBM4 wafer capacity to reach about 100,000 wafers per "
        "month in the fourth quarter.",
        [
            (
                "sk-hynix",
                "capacity",
                {"process": "hbm4"},
                None,
                wafers(100_000, approx=True),
                "forecast",
                point("2026-10-01", "2026-12-31"),
            )
        ],
    ),
    (
        "Nvidia expects TSMC's CoWoS capacity to reach 130,000 wafers a month by 2027.",
        [cowos(130_000, "forecast", deadline("2027-12-31"))],
    ),
    (
        # the writer's present "…으로 추정한다": the topic is whose figure it is, not who
        # estimates it
        "마이크론은 내년 말 HBM 생산능력이 월 9만 장 안팎에 이를 것으로 추정한다.",
        [
            (
                "micron",
                "capacity",
                {},
                None,
                wafers(90_000, approx=True),
                "forecast",
                point("2027-12-31"),
            )
        ],
    ),
    (
        "TSMC's CoWoS capacity is expected to reach 130,000 wafers a month by 2027, Nvidia said.",
        [cowos(130_000, "forecast", deadline("2027-12-31"))],
    ),
    (
        "TSMC's CoWoS capacity is expected to reach 130,000 wafers a month by 2027, analysts said.",
        [cowos(130_000, "forecast", deadline("2027-12-31"))],
    ),
    (
        "Project Rainier is expected to reach 1 million Trainium2 chips by the end of 2026, "
        "according to Morgan Stanley.",
        [rainier(1_000_000, "forecast", deadline("2026-12-31"))],
    ),
    (
        "Analysts expect Meta to deploy 1.3 million GPUs by the end of 2026.",
        [gpus("meta", 1_300_000, "forecast", deadline("2026-12-31"))],
    ),
    (
        "모건스탠리는 TSMC의 CoWoS 생산능력이 내년 월 13만 장에 달할 것으로 전망했다.",
        [cowos(130_000, "forecast", point("2027-01-01", "2027-12-31"))],
    ),
    (
        "증권가는 메타가 올해 말 GPU 130만 개를 보유할 것으로 예상했다.",
        [gpus("meta", 1_300_000, "forecast", point("2026-12-31"))],
    ),
    (
        "트렌드포스에 따르면 TSMC의 CoWoS 생산능력은 올해 말 월 10만 장으로 늘어날 전망이다.",
        [cowos(100_000, "forecast", point("2026-12-31"))],
    ),
    (
        # the writer's own outlook, no company's verb
        "TSMC의 CoWoS 생산능력은 내년 말 월 13만 장에 이를 전망이다.",
        [cowos(130_000, "forecast", point("2027-12-31"))],
    ),
    (
        "업계에서는 프로젝트 레이니어의 트레이니움2가 내년 말 100만 개에 이를 것으로 전망한다.",
        [rainier(1_000_000, "forecast", point("2027-12-31"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THEIR_EXPECTATIONS)
def test_a_third_partys_expectation_stays_a_forecast(text: str, expected: list[Any]) -> None:
    check(text, language_of(text), expected)


# -- chips per system: the system named, with no rack word; a Korean relative clause ------
# GUIDE: "72 Blackwell GPUs in one GB200 NVL72 rack: chips_per_system of the system".


def per_system(who: str, n: float, modality: str = "actual") -> tuple[Any, ...]:
    return (who, "chips_per_system", {}, None, count(n), modality, TODAY)


SYSTEMS = [
    ("CloudMatrix 384 comprises 384 Ascend 910C processors.", [per_system("cloudmatrix-384", 384)]),
    (
        "Each CloudMatrix 384 system ties together 384 Ascend 910C chips.",
        [per_system("cloudmatrix-384", 384)],
    ),
    (
        "The Vera Rubin NVL144 system will house 144 Rubin GPUs.",
        [per_system("rubin", 144, "announced")],
    ),
    (
        # Rubin first ships in 2026-09 (vocabulary): a specification before then is announced
        "Vera Rubin NVL144 packs 144 Rubin GPUs into a single rack.",
        [per_system("rubin", 144, "announced")],
    ),
    ("A single GB200 NVL72 rack contains 72 B200 GPUs.", [per_system("gb200", 72)]),
    (
        "The GB200 NVL72 is a rack of 72 Blackwell GPUs and 36 Grace CPUs.",
        [per_system("gb200", 72)],
    ),
    (
        "Helios, AMD's rack-scale system, houses 72 MI450 GPUs.",
        [per_system("helios", 72, "announced")],
    ),
    (
        "Each Helios rack will contain 72 MI450 GPUs, AMD said.",
        [per_system("helios", 72, "announced")],
    ),
    ("A Trainium3 UltraServer holds 144 Trainium3 chips.", [per_system("trainium3", 144)]),
    (
        "화웨이의 클라우드매트릭스 384는 어센드 910C 384개를 연결한다.",
        [per_system("cloudmatrix-384", 384)],
    ),
    (
        "클라우드매트릭스 384 한 대에는 어센드 910C 칩 384개가 들어간다.",
        [per_system("cloudmatrix-384", 384)],
    ),
    (
        "AMD는 MI450 72개를 탑재한 헬리오스 랙을 내년 출시한다.",
        [per_system("helios", 72, "announced")],
    ),
    (
        "MI450 72개가 들어가는 헬리오스 랙은 내년 출시된다.",
        [per_system("helios", 72, "announced")],
    ),
    (
        "블랙웰 GPU 72개를 하나로 묶은 GB200 NVL72 랙이 본격 출하됐다.",
        [per_system("gb200", 72)],
    ),
    (
        "GB200 NVL72는 블랙웰 GPU 72개와 그레이스 CPU 36개로 구성된다.",
        [per_system("gb200", 72)],
    ),
    (
        "이 칩 72개를 하나로 묶은 랙 규모 시스템 '헬리오스'도 내년에 나온다.",
        [per_system("helios", 72, "announced")],
    ),
    # the chip stays the subject when no other product heads the clause
    (
        "트레이니움3 칩 144개를 묶은 울트라서버는 내년 출시된다.",
        [per_system("trainium3", 144, "announced")],
    ),
    # on sale now: an actual specification even beside an upcoming family member
    (
        "현재 판매 중인 슈퍼노드 '클라우드매트릭스 384'는 어센드 910C 384개를 광 인터커넥트로 "
        "연결한 시스템이다.",
        [per_system("cloudmatrix-384", 384)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SYSTEMS)
def test_a_system_named_holds_its_count_of_chips(text: str, expected: list[Any]) -> None:
    check(text, language_of(text), expected)


SYSTEM_TRAPS = [
    # a fleet is no system's fill, even beside a system's name
    (
        "Huawei has shipped CloudMatrix 384 systems to customers who run 150,000 Ascend 910C "
        "chips in all.",
        [],
    ),
    # systems counted, not their chips
    ("Microsoft has installed 300 GB200 NVL72 racks.", []),
    # a deployment in a cluster is a fleet count
    (
        "Oracle plans to deploy 131,072 Blackwell GPUs in its zettascale cluster.",
        [
            (
                "oracle",
                "deployed_chips",
                {"chip": "blackwell"},
                None,
                count(131_072),
                "planned",
                TODAY,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SYSTEM_TRAPS)
def test_a_fleet_beside_a_system_name_is_no_systems_fill(text: str, expected: list[Any]) -> None:
    check(text, language_of(text), expected)


# -- a product "due" later: its specification is announced --------------------------------
# GUIDE: "a specification of an unreleased product is `announced`"; "due in the second half"
# says the product is not out, even when the half has begun.

DUE = [
    (
        "Rubin, due in the second half of 2026, delivers 50 petaflops of FP4.",
        [
            (
                "rubin",
                "peak_compute",
                {"precision": "fp4"},
                None,
                (5e16, 5e16, "FLOP/s", False, "exact"),
                "announced",
                TODAY,
            )
        ],
    ),
    (
        "The Rubin GPU, due out next year, carries 288GB of HBM4.",
        [
            (
                "rubin",
                "memory_capacity",
                {"memory": "hbm4"},
                None,
                (288e9, 288e9, "B", False, "exact"),
                "announced",
                TODAY,
            )
        ],
    ),
    (
        # "due in part to" is a cause, no availability
        "Revenue rose, due in part to strong demand for the B200, which carries 192GB of HBM3E.",
        [
            (
                "b200",
                "memory_capacity",
                {"memory": "hbm3e"},
                None,
                (192e9, 192e9, "B", False, "exact"),
                "actual",
                TODAY,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DUE)
def test_a_product_due_later_has_announced_specifications(text: str, expected: list[Any]) -> None:
    check(text, "en", expected)


# -- an announcement of a present state is an actual -------------------------------------
# "announced that it has deployed" is actual (modality.py); so is the progressive "is now
# running"; "is now planning" stays a plan.

ANNOUNCED_STATES = [
    (
        "AWS announced that Project Rainier is now running 500,000 Trainium2 chips.",
        [rainier(500_000, "actual", TODAY)],
    ),
    (
        "AWS announced that Project Rainier now runs 500,000 Trainium2 chips.",
        [rainier(500_000, "actual", TODAY)],
    ),
    (
        "Amazon announced that it is now planning to expand Project Rainier to 1 million "
        "Trainium2 chips.",
        [rainier(1_000_000, "planned", TODAY)],
    ),
    (
        "Amazon announced it will expand Project Rainier to 1 million Trainium2 chips.",
        [rainier(1_000_000, "announced", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANNOUNCED_STATES)
def test_an_announced_present_state_is_actual(text: str, expected: list[Any]) -> None:
    check(text, "en", expected)


# -- "end the year with" a fleet ------------------------------------------------------------
# "expects to end 2026 with about 1.3 million GPUs": the fleet at the year's end, as "ended
# 2025 with" already was.

YEAR_ENDS = [
    (
        "Meta said it expects to end 2026 with about 1.3 million GPUs.",
        [
            (
                "meta",
                "deployed_chips",
                {},
                None,
                count(1_300_000, approx=True),
                "planned",
                point("2026-12-31"),
            )
        ],
    ),
    (
        "Meta expects to end the year with about 1.3 million GPUs.",
        [
            (
                "meta",
                "deployed_chips",
                {},
                None,
                count(1_300_000, approx=True),
                "planned",
                point("2026-12-31"),
            )
        ],
    ),
    (
        "Meta ended 2025 with about 1.3 million GPUs.",
        [
            (
                "meta",
                "deployed_chips",
                {},
                None,
                count(1_300_000, approx=True),
                "actual",
                point("2025-12-31"),
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_ENDS)
def test_the_fleet_a_year_ends_with(text: str, expected: list[Any]) -> None:
    check(text, "en", expected)


# -- a time in parentheses after the figure dates it ------------------------------------------
# A parenthesis is an aside whose times date only what it says; one that holds nothing but
# a time ("(as of June 30)", "(end of 2025)", "(2025년 말 기준)") dates the figure before it.

BRACKETED = [
    (
        "Project Rainier runs 500,000 Trainium2 chips (as of June 30).",
        [rainier(500_000, "actual", point("2026-06-30"))],
    ),
    (
        "Project Rainier runs 500,000 Trainium2 chips (as of June 30), Amazon said.",
        [rainier(500_000, "actual", point("2026-06-30"))],
    ),
    (
        "TSMC's CoWoS capacity was 75,000 wafers a month (end of 2025).",
        [cowos(75_000, "actual", point("2025-12-31"))],
    ),
    (
        "TSMC's CoWoS capacity reached 75,000 wafers a month (December 2025), up from 35,000 "
        "a year earlier.",
        [cowos(75_000, "actual", point("2025-12-01", "2025-12-31"))],
    ),
    (
        "프로젝트 레이니어는 트레이니움2 50만 개 (6월 말 기준)를 가동한다.",
        [rainier(500_000, "actual", point("2026-06-30"))],
    ),
    (
        "TSMC의 CoWoS 생산능력은 월 7만5000장 (2025년 말 기준)이다.",
        [cowos(75_000, "actual", point("2025-12-31"))],
    ),
    # a parenthesis that says more than a time is an aside: it dates nothing outside it
    (
        "Project Rainier runs 500,000 Trainium2 chips (it had 300,000 in January).",
        [
            rainier(500_000, "actual", TODAY),
            rainier(300_000, "actual", point("2026-01-01", "2026-01-31")),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED)
def test_a_time_in_parentheses_dates_the_figure_before_it(text: str, expected: list[Any]) -> None:
    check(text, language_of(text), expected)


# -- "6월 현재", "7월 기준": as of a month ------------------------------------------------------
# A month with no year was read only with 말, a day or a particle; "현재"/"기준" after it
# date the figure too (over the month, as "as of July" does in English).

KO_AS_OF_MONTH = [
    (
        "TSMC는 6월 현재 CoWoS를 월 9만 장 생산하고 있다.",
        [cowos(90_000, "actual", point("2026-06-01", "2026-06-30"))],
    ),
    (
        "7월 기준 프로젝트 레이니어의 트레이니움2는 50만 개다.",
        [rainier(500_000, "actual", point("2026-07-01", "2026-07-31"))],
    ),
    # a bare month stays too weak to date a claim
    (
        "9월 프로젝트 레이니어의 트레이니움2는 50만 개다.",
        [rainier(500_000, "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KO_AS_OF_MONTH)
def test_a_korean_month_as_of_dates_the_figure(text: str, expected: list[Any]) -> None:
    check(text, "ko", expected)


# -- "…에 이를 것이라는 관측": a level reached ----------------------------------------------------

KO_REACH = [
    (
        "콜로서스의 GPU는 내년 100만 개에 이를 것이라는 관측이 나온다.",
        [
            (
                "colossus",
                "deployed_chips",
                {},
                None,
                count(1_000_000),
                "forecast",
                point("2027-01-01", "2027-12-31"),
            )
        ],
    ),
    (
        "콜로서스의 GPU가 내년 100만 개에 이를 것이라는 전망이다.",
        [
            (
                "colossus",
                "deployed_chips",
                {},
                None,
                count(1_000_000),
                "forecast",
                point("2027-01-01", "2027-12-31"),
            )
        ],
    ),
    (
        "프로젝트 레이니어의 트레이니움2는 지난달 50만 개에 이르렀다.",
        [rainier(500_000, "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KO_REACH)
def test_a_korean_level_reached_is_a_count(text: str, expected: list[Any]) -> None:
    check(text, "ko", expected)


# -- "발표에 따르면": where a specification is read is no announcement -----------------------

READ_IN = [
    (
        "발표에 따르면 아이언우드 칩 하나는 FP8 기준 4614TFLOPS의 연산 성능을 낸다.",
        [
            (
                "ironwood",
                "peak_compute",
                {"precision": "fp8"},
                None,
                (4.614e15, 4.614e15, "FLOP/s", False, "exact"),
                "actual",
                TODAY,
            )
        ],
    ),
    (
        "구글의 발표에 따르면 아이언우드는 HBM3E 192GB를 탑재했다.",
        [
            (
                "ironwood",
                "memory_capacity",
                {"memory": "hbm3e"},
                None,
                (192e9, 192e9, "B", False, "exact"),
                "actual",
                TODAY,
            )
        ],
    ),
    (
        # an announcement of a product to come stays one
        "엔비디아는 내년 출시할 루빈에 HBM4 288GB를 탑재한다고 발표했다.",
        [
            (
                "rubin",
                "memory_capacity",
                {"memory": "hbm4"},
                None,
                (288e9, 288e9, "B", False, "exact"),
                "announced",
                TODAY,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ_IN)
def test_a_specification_read_in_a_talk_is_no_announcement(text: str, expected: list[Any]) -> None:
    check(text, "ko", expected)


# -- a company's bare future in its own word: announced -----------------------------------
# GUIDE: a company stating a future action with no plan word has announced it. "said it
# would" was read; a company named before "says" and "we'll" in its own voice were not. A
# plan word stays a plan; since session 16 a person's remark about another company is
# announced too (a bare future with no date, whoever tells it). (With a target date
# the English rules still make it a plan: see the report of session 7 on the gold's split.)


def colossus2(n: float, modality: str) -> tuple[Any, ...]:
    return ("colossus-2", "deployed_chips", {"chip": "gb300"}, None, count(n), modality, TODAY)


COMPANY_FUTURES = [
    ("xAI says Colossus 2 will house 550,000 GB300 chips.", [colossus2(550_000, "announced")]),
    ("xAI says Colossus 2 is set to house 550,000 GB300 chips.", [colossus2(550_000, "planned")]),
    (
        "Huang says Microsoft will deploy 500,000 GB300 chips.",
        [
            (
                "microsoft",
                "deployed_chips",
                {"chip": "gb300"},
                None,
                count(500_000),
                "announced",  # whoever tells it (GUIDE, session 16)
                TODAY,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPANY_FUTURES)
def test_a_companys_bare_future_is_announced(text: str, expected: list[Any]) -> None:
    check(text, "en", expected)


def test_we_will_in_a_companys_own_voice_is_announced() -> None:
    text = (
        "Oracle Corporation, fiscal Q2 2026 earnings call. As we said in October, we will "
        "deploy 50,000 MI450 GPUs in a public supercluster."
    )
    expected = [
        ("oracle", "deployed_chips", {"chip": "mi450"}, None, count(50_000), "announced", TODAY)
    ]
    assert expected == [
        r for r in extract_rows(text, "en", EN_DAY, "company") if r[1] in QUANTITIES
    ]


# -- two reports in one Korean sentence: each keeps its own modality -------------------------
# "…가동 중이라고 밝혔고, 올해 말까지 … 늘리겠다고 했다": the plan word of the second report
# governed the first figure too, as "밝혔고" closed no clause.


def test_two_korean_reports_keep_their_own_modality() -> None:
    text = (
        "아마존은 지난해 말 기준 프로젝트 레이니어에서 트레이니움2 약 50만 개가 가동 중이라고 "
        "밝혔고, 올해 말까지 이를 100만 개로 늘리겠다고 했다."
    )
    expected = [
        rainier(500_000, "actual", point("2025-12-31"), approx=True),
        rainier(1_000_000, "planned", deadline("2026-12-31")),
    ]
    check(text, "ko", expected)


# -- "같은 시점", "by then": the time of the figure before ------------------------------------


def hbm(
    who: str, n: float, modality: str, valid: tuple[str, str, str], **kw: Any
) -> tuple[Any, ...]:
    return (who, "capacity", {}, None, wafers(n, **kw), modality, valid)


SAME_TIME = [
    (
        "당사는 SK하이닉스의 HBM 생산능력이 내년 말 월 26만 장에 이를 것으로 본다. 마이크론은 "
        "같은 시점 월 9만 장 안팎으로 추정한다.",
        "ko",
        [
            hbm("sk-hynix", 260_000, "forecast", point("2027-12-31")),
            hbm("micron", 90_000, "forecast", point("2027-12-31"), approx=True),
        ],
    ),
    (
        "TSMC will lift CoWoS capacity to 130,000 wafers a month by the end of 2027. By then, "
        "Samsung's HBM4 capacity will reach 150,000 wafers a month.",
        "en",
        [
            cowos(130_000, "planned", deadline("2027-12-31")),
            (
                "samsung",
                "capacity",
                {"process": "hbm4"},
                None,
                wafers(150_000),
                "planned",
                deadline("2027-12-31"),
            ),
        ],
    ),
    # with no dated figure before it, the phrase dates nothing
    (
        "같은 시점 마이크론의 HBM 생산능력은 월 9만 장이다.",
        "ko",
        [hbm("micron", 90_000, "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), SAME_TIME)
def test_the_same_time_as_the_figure_before(text: str, language: str, expected: list[Any]) -> None:
    check(text, language, expected)


# -- "grew from A to B": the figure reached is a count too --------------------------------
# The bare figure after "to" carries the chips of the count before it; "grew" and a figure
# followed by "today" did not let it through.

FROM_TO = [
    (
        "Project Rainier grew from 400,000 Trainium2 chips to 500,000.",
        [rainier(400_000, "actual", TODAY), rainier(500_000, "actual", TODAY)],
    ),
    (
        "Project Rainier has grown from 400,000 Trainium2 chips in March to 500,000 today.",
        [
            rainier(400_000, "actual", point("2026-03-01", "2026-03-31")),
            rainier(500_000, "actual", TODAY),
        ],
    ),
    (
        "Project Rainier grew from 400,000 Trainium2 chips in March to 500,000 in July.",
        [
            rainier(400_000, "actual", point("2026-03-01", "2026-03-31")),
            rainier(500_000, "actual", point("2026-07-01", "2026-07-31")),
        ],
    ),
    (
        "Project Rainier now runs 500,000 Trainium2 chips, up from 400,000 in March.",
        [
            rainier(500_000, "actual", TODAY),
            rainier(400_000, "actual", point("2026-03-01", "2026-03-31")),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FROM_TO)
def test_the_figure_a_count_grew_to(text: str, expected: list[Any]) -> None:
    check(text, "en", expected)


# -- a change from a past figure to a planned one: the past figure is actual ----------------
# The plan word governs the figure the change goes to; the one it starts from, dated in a
# period already over, is a past state (as a figure dated today already was).

PAST_STARTS = [
    (
        "TSMC의 CoWoS 생산능력은 연초 월 7만 장에서 연말 월 10만 장으로 늘어날 예정이다.",
        "ko",
        [
            cowos(70_000, "actual", point("2026-01-01", "2026-03-31")),
            cowos(100_000, "planned", point("2026-12-31")),
        ],
    ),
    (
        "TSMC's CoWoS capacity will grow from 70,000 wafers a month at the start of the year "
        "to 100,000 by year-end.",
        "en",
        [
            cowos(70_000, "actual", point("2026-01-01", "2026-03-31")),
            cowos(100_000, "planned", deadline("2026-12-31")),
        ],
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), PAST_STARTS)
def test_a_change_starts_from_a_past_state(text: str, language: str, expected: list[Any]) -> None:
    check(text, language, expected)


# -- a range of years opening the sentence ---------------------------------------------------
# GUIDE: "between 2026 and 2028" is an interval; "Between"/"From" with a capital were not
# read, so the figure fell back to the publication day.

YEAR_RANGES = [
    (
        "Between 2026 and 2027, TSMC will expand CoWoS capacity to 150,000 wafers a month.",
        [cowos(150_000, "planned", ("interval", "2026-01-01", "2027-12-31"))],
    ),
    (
        "From 2026 to 2028, Meta will run 2 million GPUs.",
        [gpus("meta", 2_000_000, "planned", ("interval", "2026-01-01", "2028-12-31"))],
    ),
    (
        "TSMC will expand CoWoS capacity to 150,000 wafers a month between 2026 and 2027.",
        [cowos(150_000, "planned", ("interval", "2026-01-01", "2027-12-31"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_RANGES)
def test_a_range_of_years_opening_a_sentence(text: str, expected: list[Any]) -> None:
    check(text, "en", expected)


# -- a plan or expectation told in the past ------------------------------------------------
# "was supposed to", "was expected to … by June", "analysts had expected": not a fact (an
# actual before), and the due date is the one already past, not next year's.

PAST_EXPECTATIONS = [
    (
        "Project Rainier was supposed to have 1 million Trainium2 chips by June.",
        [rainier(1_000_000, "planned", point("2026-06-30"))],
    ),
    (
        "Project Rainier was expected to have 1 million Trainium2 chips by June but has only "
        "600,000.",
        [rainier(1_000_000, "forecast", point("2026-06-30")), rainier(600_000, "actual", TODAY)],
    ),
    (
        "Analysts had expected Project Rainier to reach 1 million Trainium2 chips by now.",
        [rainier(1_000_000, "forecast", TODAY)],
    ),
    # the plain future keeps the next June
    (
        "Project Rainier will have 1 million Trainium2 chips by June.",
        [rainier(1_000_000, "planned", deadline("2027-06-30"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAST_EXPECTATIONS)
def test_a_plan_told_in_the_past(text: str, expected: list[Any]) -> None:
    check(text, "en", expected)


# -- a specification of a product not yet on the market: announced ---------------------------
# GUIDE: "a specification of an unreleased product is announced", which the text rarely
# says in so many words ("MI450은 HBM4를 432GB 싣고" at AMD's analyst day). The vocabulary
# records the month each chip or system first shipped (``available``); a text's own word
# that a product is in production or in service still wins, unless it also says customers
# get it later.

MI450_MEMORY = (
    "mi450",
    "memory_capacity",
    {"memory": "hbm4"},
    None,
    (432e9, 432e9, "B", False, "exact"),
)


def on_day(text: str, language: str, day: str) -> list[tuple[Any, ...]]:
    y, m, d = (int(x) for x in day.split("-"))
    zone = UTC if language == "en" else KST
    return quantity_rows(text, language, datetime(y, m, d, 9, 0, tzinfo=zone))


def test_a_specification_before_the_product_ships_is_announced() -> None:
    text = '포레스트 노로드 총괄은 "MI450은 HBM4를 432GB 싣습니다"라고 말했다.'
    before = [(*MI450_MEMORY, "announced", point("2025-11-11"))]
    after = [(*MI450_MEMORY, "actual", point("2026-11-11"))]
    assert before == on_day(text, "ko", "2025-11-11")
    assert after == on_day(text, "ko", "2026-11-11")


def test_a_rack_of_an_unreleased_chip_is_announced() -> None:
    text = "Those go into Helios racks, 72 MI450s per rack, all liquid-cooled."
    expected = [
        ("helios", "chips_per_system", {}, None, count(72), "announced", point("2025-12-10"))
    ]
    assert expected == on_day(text, "en", "2025-12-10")


def test_in_full_production_is_on_the_market_unless_customers_get_it_later() -> None:
    rubin_memory = (
        "rubin",
        "memory_capacity",
        {"memory": "hbm4"},
        None,
        (288e9, 288e9, "B", False, "exact"),
    )
    shipping = "Rubin is in full production. Each Rubin GPU carries 288 GB of HBM4."
    later = (
        "Rubin is in full production, with first systems reaching customers in the third "
        "quarter. Each Rubin GPU carries 288 GB of HBM4."
    )
    assert [(*rubin_memory, "actual", point("2026-10-05"))] == on_day(shipping, "en", "2026-10-05")
    assert [(*rubin_memory, "announced", point("2026-03-16"))] == on_day(later, "en", "2026-03-16")
    # session 14: made is not yet sold when the vocabulary ships the chip months later
    # (Rubin from 2026-09; the dev gold, en-710 brought in line): announced
    assert [(*rubin_memory, "announced", point("2026-01-05"))] == on_day(
        shipping, "en", "2026-01-05"
    )


def test_an_available_month_must_be_a_month() -> None:
    from tracker.errors import ExtractionError
    from tracker.extract.vocabulary import build_vocabulary

    bad = b'[[entity]]\nid = "x1"\nkind = "chip"\navailable = "soon"\nen = ["X1"]\n'
    with pytest.raises(ExtractionError, match="YYYY-MM"):
        build_vocabulary([("bad.toml", bad)])


# -- a relative clause after the count tells its installation ----------------------------------

INSTALLED_LATER = [
    (
        "Meta bought 100,000 GB300 chips that it will install at Hyperion next year.",
        (
            "hyperion",
            "deployed_chips",
            {"chip": "gb300"},
            None,
            count(100_000),
            "planned",
            point("2027-01-01", "2027-12-31"),
        ),
    ),
    (
        "Stargate UAE's operators received 35,000 GB300 accelerators, which they plan to "
        "install during 2027.",
        (
            "stargate-uae",
            "deployed_chips",
            {"chip": "gb300"},
            None,
            count(35_000),
            "planned",
            point("2027-01-01", "2027-12-31"),
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), INSTALLED_LATER)
def test_a_relative_clause_dates_the_installation_of_a_count(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert expected in quantity_rows(text, "en", EN_DAY)


def test_a_relative_clause_without_a_time_leaves_the_count_alone() -> None:
    text = "Meta has 100,000 GB300 chips at Hyperion, which it runs for Llama training."
    expected = (
        "hyperion",
        "deployed_chips",
        {"chip": "gb300"},
        None,
        count(100_000),
        "actual",
        TODAY,
    )
    assert expected in quantity_rows(text, "en", EN_DAY)


# -- traps: the same words, no new time or modality ------------------------------------------

TRAPS = [
    # "the same period" with no dated count or capacity before it dates nothing
    (
        "TSMC's revenue rose 40% in the same period, while CoWoS capacity stood at 75,000 "
        "wafers a month.",
        [cowos(75_000, "actual", TODAY)],
    ),
    # a parenthesis that dates another figure (revenue) gives no count
    ("Nvidia said its data-center revenue was $30 billion (as of the end of July).", []),
    # a product unveiled in the past that ships now: its specification is a fact
    (
        "The GB200 NVL72 rack, which Nvidia unveiled in 2024, holds 72 Blackwell GPUs.",
        [per_system("gb200", 72)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRAPS)
def test_time_and_modality_traps(text: str, expected: list[Any]) -> None:
    check(text, "en", expected)


# -- a count of the sentence before, restated bare ---------------------------------------------


def test_a_count_restated_bare_takes_its_plan_and_due_date() -> None:
    text = (
        "메타의 하이페리온 데이터센터 1단계 물량은 GB300 35만 개이며, 이 가운데 약 12만 개가 "
        "현재 가동 중이다. "
        "메타는 1단계 35만 개를 내년 3분기까지 모두 설치할 계획이라고 밝혔다."
    )
    expected = (
        "hyperion",
        "deployed_chips",
        {"chip": "gb300"},
        None,
        count(350_000),
        "planned",
        deadline("2027-09-30"),
    )
    assert expected in quantity_rows(text, "ko", KO_DAY)


def test_a_bare_count_of_another_size_is_not_a_restatement() -> None:
    text = "하이페리온 1단계 물량은 GB300 35만 개다. 메타는 2단계에 50만 개를 더 설치할 계획이다."
    assert [r for r in quantity_rows(text, "ko", KO_DAY) if r[4][0] == 500_000] == []
