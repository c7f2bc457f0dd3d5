"""Causes behind the misses on the blind j batches (session 7), each pinned by phrasings
written for these tests (never the batch's sentences) and by traps: integer throughput in
TOPS, a dimension glued to its number ("2.5D"), a time written once in the first conjunct
of a Korean gapped list, and a capacity whose product is generic or only a point of
comparison. Each case is a text, its publication date and the exact claims expected."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows

KST = timezone(timedelta(hours=9))
EN_DAY = datetime(2026, 8, 12, 9, 0, tzinfo=UTC)
KO_DAY = datetime(2026, 8, 12, 9, 0, tzinfo=KST)
TODAY = ("point", "2026-08-12", "2026-08-12")


def rows(text: str, language: str, predicates: frozenset[str]) -> list[tuple[Any, ...]]:
    day = KO_DAY if language == "ko" else EN_DAY
    return sorted((r for r in extract_rows(text, language, day) if r[1] in predicates), key=repr)


def flops(n: float, bound: str = "exact") -> tuple[Any, ...]:
    return (n, n, "FLOP/s", False, bound)


def wafers(n: float, approx: bool = False, bound: str = "exact") -> tuple[Any, ...]:
    return (n, n, "wafer/month", approx, bound)


def deadline(end: str) -> tuple[str, str, str]:
    return ("deadline", "2026-08-12", end)


def point(start: str, end: str | None = None) -> tuple[str, str, str]:
    return ("point", start, end or start)


# -- integer throughput: TOPS is peak_compute in FLOP/s (GUIDE: int8 is a precision) ------

PEAK = frozenset({"peak_compute"})


def int8(chip: str, n: float, bound: str = "exact") -> tuple[Any, ...]:
    return (chip, "peak_compute", {"precision": "int8"}, None, flops(n, bound), "actual", TODAY)


def fp8(chip: str, n: float) -> tuple[Any, ...]:
    return (chip, "peak_compute", {"precision": "fp8"}, None, flops(n), "actual", TODAY)


TOPS_CASES = [
    ("en", "RNGD is rated for 512 TOPS at INT8.", [int8("rngd", 5.12e14)]),
    ("en", "MTIA v2 tops out at 354 TOPS of INT8 math.", [int8("mtia", 3.54e14)]),
    (
        "en",
        "On the spec sheet, RNGD lists 512 TFLOPS at FP8 and 512 TOPS at INT8.",
        [fp8("rngd", 5.12e14), int8("rngd", 5.12e14)],
    ),
    ("en", "Rebel-Quad reaches 2 POPS at INT8, the company says.", [int8("rebel", 2e15)]),
    ("ko", "레니게이드의 INT8 연산 성능은 512TOPS다.", [int8("rngd", 5.12e14)]),
    (
        "ko",
        "레니게이드의 성능은 FP8 512TFLOPS, INT8 512TOPS다.",
        [fp8("rngd", 5.12e14), int8("rngd", 5.12e14)],
    ),
    (
        "ko",
        "레니게이드는 INT8 기준 최대 512 TOPS의 성능을 낸다고 회사는 설명했다.",
        [int8("rngd", 5.12e14, "at-most")],
    ),
]
TOPS_TRAPS = [
    # the verb "tops", and the letters in lower case, are no unit
    ("en", "Nvidia's 500,000 tops Meta's count of H100s.", []),
    ("en", "RNGD sales of 512 tops last year's total, the company said.", []),
    ("en", "The MTIA board draws 90 watts and 512 tops of nothing we can measure.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), TOPS_CASES + TOPS_TRAPS)
def test_tops_is_peak_compute_in_flops(
    language: str, text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == rows(text, language, PEAK)


# -- capacity: a time written once in a Korean gapped list; a generic or compared product --

CAPACITY = frozenset({"capacity"})


def cap(
    who: str,
    n: float,
    modality: str,
    valid: tuple[str, str, str],
    process: str | None = None,
    **kw: Any,
) -> tuple[Any, ...]:
    qualifiers = {"process": process} if process else {}
    return (who, "capacity", qualifiers, None, wafers(n, **kw), modality, valid)


END_2027 = point("2027-12-31")
GAPPED_CASES = [
    # the time before the first figure dates the later conjuncts that name none
    (
        "업계는 SK하이닉스 HBM 캐파가 내년 3분기 월 22만 장, 삼성전자는 월 19만 장이 될 것으로 "
        "예상한다.",
        [
            cap("samsung", 190000, "forecast", point("2027-07-01", "2027-09-30")),
            cap("sk-hynix", 220000, "forecast", point("2027-07-01", "2027-09-30")),
        ],
    ),
    (
        "증권가는 삼성전자의 HBM 캐파가 올해 말 월 15만 장, SK하이닉스는 월 18만 장, "
        "마이크론은 월 6만 장에 달할 것으로 내다봤다.",
        [
            cap("micron", 60000, "forecast", point("2026-12-31")),
            cap("samsung", 150000, "forecast", point("2026-12-31")),
            cap("sk-hynix", 180000, "forecast", point("2026-12-31")),
        ],
    ),
    (
        "SK하이닉스의 HBM4 생산능력은 내년 말 월 10만 장, 삼성전자는 월 8만 장 규모로 예상된다.",
        [
            cap("samsung", 80000, "forecast", END_2027, "hbm4"),
            cap("sk-hynix", 100000, "forecast", END_2027, "hbm4"),
        ],
    ),
    # traps: each conjunct dated on its own, and a clause of its own after 고
    (
        "SK하이닉스는 올해 말 HBM 생산능력이 월 17만 장, 삼성전자는 내년 말 월 20만 장이 될 "
        "것으로 보인다.",
        [
            cap("samsung", 200000, "forecast", END_2027),
            cap("sk-hynix", 170000, "forecast", point("2026-12-31")),
        ],
    ),
    (
        "삼성전자는 올해 말 월 15만 장, 내년 말 월 20만 장의 HBM 생산능력을 갖출 계획이다.",
        [
            cap("samsung", 150000, "planned", point("2026-12-31")),
            cap("samsung", 200000, "planned", END_2027),
        ],
    ),
    (
        "SK하이닉스는 HBM 생산능력을 내년 말까지 월 20만 장으로 늘리고, 삼성전자는 월 15만 장을 "
        "확보할 계획이다.",
        [
            cap("samsung", 150000, "planned", TODAY),
            cap("sk-hynix", 200000, "planned", deadline("2027-12-31")),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GAPPED_CASES)
def test_a_time_in_the_first_conjunct_dates_the_gapped_ones(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == rows(text, "ko", CAPACITY)


COWOS_BEFORE_KO = "TSMC의 CoWoS 생산능력은 현재 월 8만 장이다. "
COWOS_BEFORE_EN = "TSMC's CoWoS capacity stands at 80,000 wafers a month. "
TSMC_KO = cap("tsmc", 80000, "actual", TODAY, "cowos")
TSMC_EN = cap("tsmc", 80000, "actual", TODAY, "cowos")
PRODUCT_CASES = [
    # a dimension glued to its number is no figure standing between a time and the capacity
    (
        "ko",
        "앰코는 내년 말까지 2.5D 패키징 생산능력을 월 2만 장으로 늘릴 계획이다.",
        [cap("amkor", 20000, "planned", deadline("2027-12-31"))],
    ),
    (
        "en",
        "Amkor plans to lift its 2.5D packaging capacity to 20,000 wafers a month by the end "
        "of next year.",
        [cap("amkor", 20000, "planned", deadline("2027-12-31"))],
    ),
    # a product of no named generation after a CoWoS sentence is not CoWoS
    (
        "ko",
        COWOS_BEFORE_KO + "마이크론의 HBM 생산능력은 월 6만 장 수준이다.",
        [cap("micron", 60000, "actual", TODAY, approx=True), TSMC_KO],
    ),
    (
        "en",
        COWOS_BEFORE_EN + "Micron's HBM capacity is about 60,000 wafers a month, the company said.",
        [cap("micron", 60000, "actual", TODAY, approx=True), TSMC_EN],
    ),
    # a process named only to compare with
    (
        "ko",
        COWOS_BEFORE_KO
        + "인텔은 내년 말까지 CoWoS와 유사한 패키징 생산능력을 월 1만 장으로 늘릴 계획이다.",
        [cap("intel", 10000, "planned", deadline("2027-12-31")), TSMC_KO],
    ),
    (
        "en",
        COWOS_BEFORE_EN
        + "Intel aims to reach 10,000 wafers a month of a packaging line similar to "
        "CoWoS by the end of 2027.",
        [cap("intel", 10000, "planned", deadline("2027-12-31")), TSMC_EN],
    ),
    # traps: the process said before still carries to a figure that names no product
    (
        "ko",
        COWOS_BEFORE_KO + "내년 말에는 월 11만 장으로 늘어난다.",
        [TSMC_KO, cap("tsmc", 110000, "planned", END_2027, "cowos")],
    ),
    (
        "en",
        COWOS_BEFORE_EN + "It expects to reach 110,000 wafers a month by the end of 2027.",
        [TSMC_EN, cap("tsmc", 110000, "planned", deadline("2027-12-31"), "cowos")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PRODUCT_CASES)
def test_a_generic_or_compared_product_names_no_process(
    language: str, text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert sorted(expected, key=repr) == rows(text, language, CAPACITY)


# -- a fleet summed over listed chips, or a part of it named after it ----------------------
# A count summed over two chips is of no single chip (no qualifier), a chip named as a part
# of a count is counted, and a chip counted in a fleet is no adoption (the gold never records
# both for one sentence); a count referred back to ("이를 … 까지") keeps the fleet's chip.

FLEET = frozenset({"deployed_chips", "adopts"})


def fleet(site: str, n: float, chip: str | None = None, **kw: Any) -> tuple[Any, ...]:
    value = (n, n, "count", kw.get("approx", False), "exact")
    qualifiers = {"chip": chip} if chip else {}
    valid = kw.get("valid", TODAY)
    return (site, "deployed_chips", qualifiers, None, value, kw.get("modality", "actual"), valid)


FLEET_CASES = [
    (
        "ko",
        "콜로서스 2에는 GB200과 GB300을 통틀어 55만 개가 설치돼 있다.",
        [fleet("colossus-2", 550000)],
    ),
    (
        "ko",
        "콜로서스 2에서는 GB200·GB300을 합쳐 약 55만 개가 돌아가고 있다.",
        [fleet("colossus-2", 550000, approx=True)],
    ),
    (
        "ko",
        "xAI는 콜로서스 2에 엔비디아 GB200과 GB300을 합쳐 55만 개를 가동하고 있다.",
        [fleet("colossus-2", 550000)],
    ),
    (
        "en",
        "GB200s and GB300s together number about 550,000 at Colossus 2.",
        [fleet("colossus-2", 550000, approx=True)],
    ),
    (
        "en",
        "At Colossus 2, GB200 and GB300 chips combined total 550,000.",
        [fleet("colossus-2", 550000)],
    ),
    (
        "en",
        "xAI says the original Colossus runs 230,000 GPUs, 30,000 of them GB200s.",
        [fleet("colossus", 230000), fleet("colossus", 30000, "gb200")],
    ),
    (
        "en",
        "Colossus houses 230,000 GPUs; 30,000 of those are GB200s.",
        [fleet("colossus", 230000), fleet("colossus", 30000, "gb200")],
    ),
    (
        "en",
        "The docket says Colossus now holds 230,000 GPUs, about 30,000 of which are GB200s.",
        [fleet("colossus", 230000), fleet("colossus", 30000, "gb200", approx=True)],
    ),
    # referred back: the level a mixed fleet grows to has no chip either
    (
        "ko",
        "콜로서스 2에는 GB200과 GB300을 합쳐 55만 개가 가동 중이다. xAI는 연내 이를 100만 개까지 "
        "늘릴 계획이다.",
        [
            fleet("colossus-2", 550000),
            fleet("colossus-2", 1e6, modality="planned", valid=deadline("2026-12-31")),
        ],
    ),
    (
        "ko",
        "레이니어에는 트레이니움2 칩이 약 50만 개 깔려 있다. AWS는 연말까지 이를 100만 개까지 "
        "늘릴 계획이다.",
        [
            fleet("project-rainier", 500000, "trainium2", approx=True),
            fleet(
                "project-rainier",
                1e6,
                "trainium2",
                modality="planned",
                valid=deadline("2026-12-31"),
            ),
        ],
    ),
    # traps: a sum over buyers is no fleet of theirs; "이를 위해" refers to no count
    ("ko", "메타와 MS가 엔비디아 H100을 합쳐 50만 개 넘게 보유하고 있다.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), FLEET_CASES)
def test_a_summed_or_partitive_fleet_count_has_its_own_chip_and_no_adoption(
    language: str, text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert sorted(expected, key=repr) == rows(text, language, FLEET)


def test_for_it_is_no_count_referred_back() -> None:
    text = "콜로서스에는 H100 10만 개가 있다. xAI는 이를 위해 2만 개까지 추가로 들여올 계획이다."
    assert [fleet("colossus", 100000, "h100")] == rows(text, "ko", frozenset({"deployed_chips"}))


# -- where a site is: a part of a town before the town, and a Korean relative clause -------
# "in the Whitehaven area of Memphis, Tennessee" puts the state five words after "in"; "레이니어가
# 들어선 인디애나주 부지에는 … 없다" gives the site's place in a relative clause, which the
# main clause's negation does not deny.

PLACE = frozenset({"located_in"})


def placed(site: str, where: str) -> tuple[Any, ...]:
    return (site, "located_in", {}, None, where, "actual", TODAY)


PLACE_CASES = [
    (
        "en",
        "Colossus 2 sits in the Whitehaven area of Memphis, Tennessee.",
        [placed("colossus-2", "Tennessee, US")],
    ),
    (
        "en",
        "Colossus 2 is on the outskirts of Memphis, Tennessee.",
        [placed("colossus-2", "Tennessee, US")],
    ),
    (
        "en",
        "Meta's Hyperion data center rises in the northeast corner of Richland Parish, Louisiana.",
        [placed("hyperion", "Louisiana, US")],
    ),
    (
        "en",
        "Stargate's first campus sits at the edge of Abilene, Texas.",
        [placed("stargate", "Texas, US")],
    ),
    (
        "ko",
        "프로젝트 레이니어가 들어선 인디애나주 부지에는 송전선이 아직 없다.",
        [placed("project-rainier", "Indiana, US")],
    ),
    (
        "ko",
        "콜로서스가 자리 잡은 테네시주 멤피스에는 가스터빈 허가가 나지 않았다.",
        [placed("colossus", "Tennessee, US")],
    ),
    # a list of sites one place each: "one in …, and another in …"
    (
        "en",
        "OpenAI named two Stargate sites, one in Lordstown, Ohio and the other in Milam "
        "County, Texas.",
        [placed("stargate", "Ohio, US"), placed("stargate", "Texas, US")],
    ),
    (
        "en",
        "Crusoe is building two Stargate campuses: one near Abilene, Texas, and a second at "
        "Shackelford County, Texas.",
        [placed("stargate", "Texas, US")],
    ),
    # a place of its own beside a Korean list of places the list rule reads
    (
        "ko",
        'xAI는 콜로서스에 대해 "테네시주 멤피스의 1호 부지가 가동 중이며 미시시피주와 '
        '아칸소주 부지도 검토하고 있다"고 말했다.',
        [
            ("colossus", "located_in", {}, None, "Arkansas, US", "considering", TODAY),
            ("colossus", "located_in", {}, None, "Mississippi, US", "considering", TODAY),
            placed("colossus", "Tennessee, US"),
        ],
    ),
    # traps: a place compared with, a site's place itself denied, another thing's place
    (
        "en",
        "Stargate's first site is in Abilene, Texas, and another company's plant is in Ohio.",
        [placed("stargate", "Texas, US")],
    ),
    ("en", "Colossus 2 is nothing like the Opryland area of Nashville, Tennessee.", []),
    ("ko", "프로젝트 레이니어는 인디애나주에 들어서지 않는다.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), PLACE_CASES)
def test_a_site_placed_in_part_of_a_town_or_a_relative_clause(
    language: str, text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == rows(text, language, PLACE)


# -- chips the vocabulary does not name, and a number that is part of a product's name -----
# "30,000 Kunlun P800 chips" are chips counted, of no named kind (the gold records the fleet
# with no chip qualifier); the "800" of "Hanguang 800" and the "2" of "Colossus 2" are names,
# no counts to date or to stand between a figure and its time.

COUNTS = frozenset({"deployed_chips"})

UNNAMED_CASES = [
    (
        "Baidu now runs 30,000 of its own Kunlun P800 chips in Beijing.",
        [fleet("baidu", 30000)],
    ),
    ("Baidu switched on a cluster of 30,000 Kunlun chips.", [fleet("baidu", 30000)]),
    (
        "Alibaba will deploy 20,000 Hanguang 800 accelerators by June.",
        [fleet("alibaba", 20000, modality="planned", valid=deadline("2027-06-30"))],
    ),
    (
        "xAI aims to scale Colossus 2 to one million GPUs.",
        [fleet("colossus-2", 1e6, modality="planned")],
    ),
    ("Meta said on Tuesday 600 GPUs run there.", [fleet("meta", 600)]),
    # "keeps N GPUs healthy/online": the fleet a team runs
    (
        "The operations team at Colossus keeps more than 200,000 GPUs healthy around the clock.",
        [
            (
                "colossus",
                "deployed_chips",
                {},
                None,
                (2e5, 2e5, "count", False, "at-least"),
                "actual",
                TODAY,
            )
        ],
    ),
    ("Nvidia keeps 80% of the accelerator market.", []),
    # a vocabulary chip after its family's name is that chip, not an unnamed one
    ("Meta runs 30,000 Blackwell B200 chips.", [fleet("meta", 30000, "b200")]),
    ("SoftBank runs 4,000 Nvidia Blackwell B200 GPUs.", [fleet("softbank", 4000, "b200")]),
    ("Microsoft runs 150,000 Nvidia Hopper H100s.", [fleet("microsoft", 150000, "h100")]),
    # traps: a product's number, alone
    ("Alibaba will deploy Hanguang 800 accelerators by June.", []),
    ("Baidu unveiled the Kunlun 3 chip, its third generation.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED_CASES)
def test_unnamed_chips_are_counted_and_a_model_number_is_not(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == rows(text, "en", COUNTS)


# -- a later correction withdraws the figure it replaces, wherever the story gave it -------
# "Update: … about 90,000 GB300 chips in service, not 110,000": only a paragraph that says it
# corrects withdraws, and only the figure it names after "not" or before "아니라/아닌".


def story(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


NEBIUS_60K = "Nebius said it now runs 60,000 H200 GPUs at its Finnish site."
NSCALE_8K = "엔스케일은 노르웨이 시설에서 H200 8천 개를 가동하고 있다."
UPDATE_CASES = [
    (
        "en",
        story(
            NEBIUS_60K,
            "Correction: An earlier version of this story misstated the count. Nebius runs "
            "40,000 H200 GPUs there, not 60,000.",
        ),
        [fleet("nebius", 40000, "h200")],
    ),
    (
        "ko",
        story(
            NSCALE_8K,
            "[정정] 엔스케일이 가동 중인 H200은 8천 개가 아니라 6천 개로 확인돼 바로잡습니다.",
        ),
        [fleet("nscale", 6000, "h200")],
    ),
    # traps: a "not" with no correction, a correction of another figure, 뿐만 아니라
    (
        "en",
        story(NEBIUS_60K, "Analysts note the count is 60,000, not 600,000 as one blog claimed."),
        [fleet("nebius", 60000, "h200")],
    ),
    (
        "en",
        story(
            NEBIUS_60K,
            "Correction: the site is in Finland, not Sweden, and its 60,000 GPUs are H200s, "
            "not 600,000 H100s.",
        ),
        [fleet("nebius", 60000, "h200")],
    ),
    (
        "ko",
        story(NSCALE_8K, "엔스케일은 H200 8천 개뿐만 아니라 B200도 들였다고 정정했다."),
        [fleet("nscale", 8000, "h200")],
    ),
]


# a figure the writer denies in a following sentence of the paragraph is no claim either
DISPUTED_CASES = [
    (
        "en",
        story(
            "Fleets are hard to count.",
            "One blog says Colossus 2 already runs 900,000 GPUs. That number is simply not true.",
        ),
        [],
    ),
    (
        "en",
        "One analyst says Colossus 2 runs 900,000 GPUs. xAI never confirmed it. I think that "
        "figure is wrong.",
        [],
    ),
    (
        "ko",
        story(
            "둥근 숫자는 의심해야 한다.",
            "일부 보고서는 콜로서스 2의 GPU가 이미 90만 개라고 적는다. xAI는 이를 확인한 적이 "
            "없다. 나는 이 수치가 사실이 아니라고 본다.",
        ),
        [],
    ),
    # traps: a denial someone else reports and the text answers, a figure the text confirms
    (
        "en",
        "Meta runs 350,000 H100s. Some say the figure is inflated, but Meta stands by it.",
        [fleet("meta", 350000, "h100")],
    ),
    (
        "ko",
        "프로젝트 레이니어에는 트레이니움2 약 50만 개가 가동 중이다. 이 수치는 회사가 밝힌 것이다.",
        [fleet("project-rainier", 500000, "trainium2", approx=True)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), UPDATE_CASES + DISPUTED_CASES)
def test_a_later_correction_withdraws_the_figure_it_replaces(
    language: str, text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == rows(text, language, COUNTS)


# -- chips in one NVLink domain, and a product page's list item about its product ----------
# "72 GPUs in a single NVLink domain" is one system's fill, as "per rack" is; a list item under
# a product's heading ("What's inside / - 72 Blackwell Ultra GPUs …") counts the chips of the
# product the page is about (GUIDE: 72 Blackwell GPUs in one GB200 NVL72 rack are the system's).

PER_SYSTEM = frozenset({"chips_per_system"})


def per_system(product: str, n: float) -> tuple[Any, ...]:
    return (product, "chips_per_system", {}, None, (n, n, "count", False, "exact"), "actual", TODAY)


DOMAIN_CASES = [
    (
        "en",
        "Nvidia's GB200 NVL72 links 72 Blackwell GPUs in a single NVLink domain.",
        [per_system("gb200", 72)],
    ),
    (
        "ko",
        "GB300 NVL72는 블랙웰 울트라 GPU 72개를 하나의 NV링크 도메인으로 묶는다.",
        [per_system("gb300", 72)],
    ),
    (
        "en",
        story(
            "Product page: the Falcon rack is built on the GB200 NVL72 platform.",
            "Inside the rack\n- 72 Blackwell GPUs in one NVLink domain\n- 36 Grace CPUs",
        ),
        [per_system("gb200", 72)],
    ),
    (
        "en",
        story(
            "Our GB300 NVL72 systems are in stock.",
            "Key specifications\n- 72 Blackwell Ultra GPUs in a single NVLink domain",
        ),
        [per_system("gb300", 72)],
    ),
    # traps: a fleet spread over domains, a cluster beyond one
    ("en", "Meta runs 350,000 H100s across its NVLink domains.", []),
    ("en", "The cluster ties 100,000 GB200s together, well beyond one NVLink domain.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), DOMAIN_CASES)
def test_chips_in_one_nvlink_domain_are_one_systems(
    language: str, text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == rows(text, language, PER_SYSTEM)


# -- money added on top of a standing total is no investment of its own --------------------
# GUIDE: an amount added ("$4 billion more", "추가로 40억 달러") is not a claim; "after adding
# $4 billion for a second data center" is one too. A count added stays the rules' to judge.

MONEY = frozenset({"investment", "deployed_chips"})


def invested(who: str, target: str, usd: float) -> tuple[Any, ...]:
    value = (usd, usd, "USD", False, "exact")
    return (who, "investment", {"target": target}, None, value, "actual", TODAY)


ADDED_CASES = [
    (
        "Microsoft has now committed $7.3 billion to Fairwater, after adding $4 billion for a "
        "second building.",
        [invested("microsoft", "fairwater", 7.3e9)],
    ),
    (
        "Amazon added $4 billion to its Anthropic stake, for a total of $8 billion.",
        [invested("amazon", "anthropic", 8e9)],
    ),
    # traps: a plain total, and chips added
    ("Amazon has invested $8 billion in Anthropic.", [invested("amazon", "anthropic", 8e9)]),
    (
        "xAI will add 100,000 GPUs at Colossus 2.",
        [fleet("colossus-2", 100000, modality="announced")],  # a bare future (s16)
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADDED_CASES)
def test_money_added_is_no_investment_of_its_own(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == rows(text, "en", MONEY)


# -- a Korean company topic gives its own fleet, not the site in focus ----------------------
# "메타는 올해 말까지 GPU를 130만 개 이상 확보하겠다는 계획" after a sentence about its
# Prometheus cluster is Meta's fleet (the sentence names no site, and the company opens it as
# its topic); a count the company expands ("…를 100만 개로 확대할 계획") is still the site's.

TOPIC_CASES = [
    (
        "AWS는 프로젝트 레이니어를 가동 중이다. AWS는 연말까지 트레이니움2를 100만 개 넘게 "
        "운영하겠다는 목표를 밝혔다.",
        [
            (
                "aws",
                "deployed_chips",
                {"chip": "trainium2"},
                None,
                (1e6, 1e6, "count", False, "at-least"),
                "planned",
                deadline("2026-12-31"),
            )
        ],
    ),
    (
        "메타는 프로메테우스를 내년에 가동한다. 메타는 올해 말까지 GPU를 130만 개 이상 "
        "확보하겠다는 계획도 밝힌 바 있다.",
        [
            (
                "meta",
                "deployed_chips",
                {},
                None,
                (1.3e6, 1.3e6, "count", False, "at-least"),
                "planned",
                deadline("2026-12-31"),
            )
        ],
    ),
    # traps: a count the company grows, and a site the sentence names
    (
        "프로젝트 레이니어는 트레이니움2 약 50만 개로 구성됐다. AWS는 연말까지 트레이니움2를 "
        "100만 개로 확대할 계획이다.",
        [
            fleet("project-rainier", 500000, "trainium2", approx=True),
            fleet(
                "project-rainier",
                1e6,
                "trainium2",
                modality="planned",
                valid=deadline("2026-12-31"),
            ),
        ],
    ),
    (
        "AWS는 프로젝트 레이니어를 가동 중이다. AWS는 레이니어에 트레이니움2를 100만 개 들일 "
        "계획이다.",
        [fleet("project-rainier", 1e6, "trainium2", modality="planned")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOPIC_CASES)
def test_a_korean_company_topic_counts_its_own_fleet(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert sorted(expected, key=repr) == rows(text, "ko", COUNTS)


# -- a noun set aside between commas negates nothing else -----------------------------------
# "…, adding that power, not chips, is now the main constraint": the "not" sets one noun
# against another; it does not deny the statement the sentence makes.

ADOPTS = frozenset({"adopts"})


def adopts(who: str, product: str, modality: str = "actual", valid: Any = TODAY) -> tuple[Any, ...]:
    return (who, "adopts", {}, product, None, modality, valid)


CONTRAST_CASES = [
    (
        "CoreWeave plans to bring its first Rubin systems online next year, its chief executive "
        "said, adding that power, not chips, is the main constraint.",
        [
            (
                "coreweave",
                "adopts",
                {"mode": "on-prem"},
                "rubin",
                None,
                "planned",
                point("2027-01-01", "2027-12-31"),
            )
        ],
    ),
    ("Meta uses TPUs, not GPUs, for its ranking models.", [adopts("meta", "google-tpu")]),
    # traps: the statement itself denied
    ("Meta does not use TPUs, not yet, for ranking.", []),
    ("Meta will not rent TPUs, not even for tests, the company said.", []),
]


@pytest.mark.parametrize(("text", "expected"), CONTRAST_CASES)
def test_a_noun_set_aside_between_commas_denies_nothing_else(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == rows(text, "en", ADOPTS)


# -- "it" as what a site is used for ------------------------------------------------------
# "Microsoft says it will be used to train OpenAI's frontier models": a company is not used
# to train models; "it" is the site in focus (GUIDE: trains_on has the model's owner).

TRAINS = frozenset({"trains_on"})


def trains(owner: str, site: str, modality: str) -> tuple[Any, ...]:
    return (owner, "trains_on", {}, site, None, modality, TODAY)


IT_SITE_CASES = [
    (
        "Microsoft opened its Fairwater campus this week. Microsoft says it will be used to "
        "train OpenAI's frontier models.",
        [trains("openai", "fairwater", "announced")],
    ),
    (
        "Meta's Hyperion data center is rising in Louisiana. It is already used to train Llama "
        "models, a Meta engineer said.",
        [trains("meta", "hyperion", "actual")],
    ),
    # trap: "it" as the company, using a site it names
    (
        "Meta opened Prometheus. Meta said it will use the cluster to train Llama.",
        [trains("meta", "prometheus", "announced")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), IT_SITE_CASES)
def test_it_used_to_train_is_the_site_in_focus(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert expected == rows(text, "en", TRAINS)


# -- a Korean scenario: a condition in "-면" and a consequence that only may follow -----------
# "루빈 출시가 밀리면 … 캐파가 월 20만 장에 그칠 수 있다" is a bear case, not the house's
# forecast (as "…한다면" is a hypothesis); what is weighed ("…을 감안하면") is no condition.

SCENARIO_CASES = [
    ("신제품 출시가 내년으로 밀리면 마이크론의 HBM 캐파가 내년 말 월 8만 장에 그칠 수 있다.", []),
    (
        "빅테크 주문이 빠르게 늘어나면 SK하이닉스의 캐파가 내년 말 월 30만 장까지 올라갈 "
        "수도 있다.",
        [],
    ),
    # traps: what is weighed, a plan that waits for a condition, a plain forecast
    (
        "장비 수주 흐름을 감안하면 TSMC CoWoS 캐파가 내년 말 월 13만 장에 이를 수 있다고 본다.",
        [cap("tsmc", 130000, "forecast", END_2027, "cowos")],
    ),
    (
        "삼성전자는 수율이 안정되면 HBM4 캐파를 월 15만 장으로 늘릴 계획이다.",
        [cap("samsung", 150000, "planned", TODAY, "hbm4")],
    ),
    (
        "반면 삼성전자의 캐파는 내년 말 월 24만 장에 이를 것으로 보인다.",
        [cap("samsung", 240000, "forecast", END_2027)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCENARIO_CASES)
def test_a_korean_scenario_in_myeon_and_su_itda_is_no_claim(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == rows(text, "ko", CAPACITY)


# -- a site named by its place, further back when its owner speaks --------------------------
# "a Meta director said the company plans to invest more than $10 billion in the Richland
# Parish campus" a paragraph after Hyperion was placed in Richland Parish: Hyperion. Further
# than five sentences back only when the sentence names the site's owner.

FILLER = "The utility filed its plan. Regulators asked questions. Hearings ran long. " * 2

PLACE_SITE_CASES = [
    (
        "Meta's Hyperion data center is in Richland Parish, Louisiana. "
        + FILLER
        + "A Meta director said the company plans to invest more than $10 billion in the "
        "Richland Parish campus by 2030.",
        [
            (
                "meta",
                "investment",
                {"target": "hyperion"},
                None,
                (1e10, 1e10, "USD", False, "at-least"),
                "planned",
                ("deadline", "2026-08-12", "2030-12-31"),
            )
        ],
    ),
    # trap: another company's campus far from the site in focus
    (
        "xAI runs Colossus in Memphis, Tennessee. "
        + FILLER
        + "Microsoft will invest $1 billion in the Mount Pleasant campus.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_SITE_CASES)
def test_a_site_named_by_its_place_reaches_back_when_its_owner_speaks(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == rows(text, "en", frozenset({"investment"}))


# -- switching a product on oneself is a use on one's own premises ------------------------
# "plans to bring its first Vera Rubin systems online", "switched on its GB300 racks": the
# operator's own data centers (mode on-prem, as the gold records for neoclouds); a product
# brought online through a cloud stays a cloud use.

ONLINE_CASES = [
    (
        "Nebius switched on its first GB300 racks in Finland.",
        [("nebius", "adopts", {"mode": "on-prem"}, "gb300", None, "actual", TODAY)],
    ),
    (
        "Anthropic will bring Trainium capacity online through AWS.",
        [
            (
                "anthropic",
                "adopts",
                {"mode": "cloud", "via": "aws"},
                "trainium",
                None,
                "planned",
                TODAY,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONLINE_CASES)
def test_switching_a_product_on_oneself_is_on_prem(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == rows(text, "en", ADOPTS)


# -- a deal told twice, once with its size, is one claim -----------------------------------
# GUIDE: a fact restated in the same article is one claim, and the duplicate with fewer
# qualifiers should not be emitted.

DEALS = frozenset({"supply_deal"})

TWIN_CASES = [
    (
        "ko",
        "메타가 구글과 맺은 TPU 계약이 대표적이다. 계약서상 메타는 최대 50만 개의 TPU를 쓸 수 "
        "있다.",
        [
            (
                "meta",
                "supply_deal",
                {"product": "google-tpu"},
                "google",
                (5e5, 5e5, "count", False, "at-most"),
                "actual",
                TODAY,
            )
        ],
    ),
    # trap: two deals of different products stay two
    (
        "en",
        "OpenAI signed a deal with AMD for MI450 chips. It also agreed to buy 10,000 MI355X "
        "chips from AMD.",
        [
            (
                "openai",
                "supply_deal",
                {"product": "mi355x"},
                "amd",
                (1e4, 1e4, "count", False, "exact"),
                "actual",
                TODAY,
            ),
            ("openai", "supply_deal", {"product": "mi450"}, "amd", None, "actual", TODAY),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), TWIN_CASES)
def test_a_deal_told_with_and_without_its_size_is_one_claim(
    language: str, text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == rows(text, language, DEALS)


# -- a past season right before the act dates the act, not the deal ------------------------
# GUIDE: a past time named without a preposition ("signed last month") dates the signing;
# the deal it left holds at publication. "which this spring signed a deal" likewise.

SEASON_CASES = [
    (
        "Anthropic, which this spring signed a deal with Google for up to one million TPUs, is "
        "hiring.",
        [
            (
                "anthropic",
                "supply_deal",
                {"product": "google-tpu"},
                "google",
                (1e6, 1e6, "count", False, "at-most"),
                "actual",
                TODAY,
            )
        ],
    ),
    # trap: a season that dates the state itself
    (
        "Meta ran 350,000 H100s this spring.",
        [fleet("meta", 350000, "h100", valid=point("2026-03-01", "2026-05-31"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEASON_CASES)
def test_a_past_season_before_the_act_dates_the_act(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == rows(text, "en", frozenset({"supply_deal", "deployed_chips"}))


# -- a future relative clause with no time takes the time right after it -------------------
# "aims to finish its AI factory, which will house 10,000 Blackwell GPUs, in 2026": what the
# clause will hold is due when the factory is done. A relative clause in the present keeps
# to itself (sentence_times: nothing outside dates what it says).

RELATIVE_DUE_CASES = [
    (
        "Meta will open Hyperion, which will house 100,000 GPUs, next year.",
        [fleet("hyperion", 1e5, modality="planned", valid=point("2027-01-01", "2027-12-31"))],
    ),
    # trap: a present relative clause is not dated by what follows it
    (
        "Meta opened Prometheus, which houses 100,000 GPUs, in Ohio.",
        [fleet("prometheus", 1e5)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_DUE_CASES)
def test_a_future_relative_clause_takes_the_time_right_after_it(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == rows(text, "en", COUNTS)


# -- "the unit" acting as a company; adding a product to a platform of one's own ------------
# "The unit plans to add GB300 systems to that platform" after a SoftBank sentence: the unit
# is the company in view, and the systems go into its own platform (on-prem). "The unit
# costs $30,000" is a chip, no company.

UNIT_CASES = [
    (
        "SoftBank built a computing platform of 4,000 Blackwell GPUs. The unit plans to add "
        "GB300 systems to that platform next year, a spokesperson said.",
        [
            (
                "softbank",
                "adopts",
                {"mode": "on-prem"},
                "gb300",
                None,
                "planned",
                point("2027-01-01", "2027-12-31"),
            )
        ],
    ),
    # trap: the unit as a chip
    ("Nvidia sells the B200 for a high price. The unit costs about $30,000.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNIT_CASES)
def test_the_unit_acting_is_the_company_in_view(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert expected == rows(text, "en", ADOPTS)


# -- a writer's own reckoning is a forecast ----------------------------------------------
# "by my arithmetic, no more than 200,000 GB300s will be running …", "By our count, Meta runs
# about 350,000 H100s": the writer's estimate (GUIDE: a third party's projection is forecast),
# not the company's plan or statement.

RECKONED_CASES = [
    (
        "By my arithmetic, no more than 200,000 GB300s will be running at Colossus 2 by June 30.",
        [
            (
                "colossus-2",
                "deployed_chips",
                {"chip": "gb300"},
                None,
                (2e5, 2e5, "count", False, "at-most"),
                "forecast",
                deadline("2027-06-30"),
            )
        ],
    ),
    (
        "By our count, Meta runs about 350,000 H100s.",
        [fleet("meta", 350000, "h100", approx=True, modality="forecast")],
    ),
    # what a colon introduces is its own statement: the "can" before it is no capability
    (
        "Here is my guess, and you can hold me to it: by my count, no more than 200,000 GB300s "
        "will be running at Colossus 2 by June 30.",
        [
            (
                "colossus-2",
                "deployed_chips",
                {"chip": "gb300"},
                None,
                (2e5, 2e5, "count", False, "at-most"),
                "forecast",
                deadline("2027-06-30"),
            )
        ],
    ),
    # traps: what a site can hold, and the company's own plan
    ("Colossus 2 can house up to 1 million GPUs in a single building.", []),
    (
        "xAI plans to have 200,000 GB300s running at Colossus 2 by June 30.",
        [
            (
                "colossus-2",
                "deployed_chips",
                {"chip": "gb300"},
                None,
                (2e5, 2e5, "count", False, "exact"),
                "planned",
                deadline("2027-06-30"),
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECKONED_CASES)
def test_a_writers_own_reckoning_is_a_forecast(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert expected == rows(text, "en", COUNTS)


# -- a server maker's role for a customer is a supply deal ---------------------------------
# "Dell, which builds most of CoreWeave's GB300 racks", "Hon Hai is the main assembler of
# GB200 racks for Microsoft", "Quanta, which counts Google among its largest customers for
# TPU servers": the customer's standing supply of the product from the maker.


def deal(customer: str, product: str, supplier: str) -> tuple[Any, ...]:
    return (customer, "supply_deal", {"product": product}, supplier, None, "actual", TODAY)


ASSEMBLER_CASES = [
    ("Supermicro builds xAI's GB200 racks in San Jose.", [deal("xai", "gb200", "supermicro")]),
    (
        "Wiwynn shipped more servers, while Dell, which assembles much of Lambda Inc.'s B200 "
        "server fleet, said demand stayed strong.",
        [deal("lambda", "b200", "dell")],
    ),
    (
        "Foxconn remains the largest builder of GB300 NVL72 racks for Oracle, two people said.",
        [deal("oracle", "gb300", "foxconn")],
    ),
    (
        "Dell Technologies, which builds many of Nebius's GB200 and GB300 racks, reported results.",
        [deal("nebius", "gb200", "dell"), deal("nebius", "gb300", "dell")],
    ),
    (
        "Quanta, which counts Amazon among its biggest customers for Trainium2 servers, rose 3%.",
        [deal("amazon", "trainium2", "quanta")],
    ),
    # traps: the product's brand as possessor, a rack described, no role said
    ("Foxconn, which assembles most of Nvidia's GB300 racks, reported record sales.", []),
    ("Dell said Meta's GB300 racks are cooled by liquid.", []),
]


@pytest.mark.parametrize(("text", "expected"), ASSEMBLER_CASES)
def test_a_server_makers_role_for_a_customer_is_a_supply_deal(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert sorted(expected, key=repr) == rows(text, "en", DEALS)
