"""Korean causes fixed in session 9 (KO1), each pinned by sentences written for these tests
(other companies, other phrasings) plus traps that must not yield the claim. Every sentence
here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows
from tracker.extract.entities import EntityMatcher
from tracker.extract.vocabulary import load_vocabulary

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)
TODAY = ("point", "2026-03-10", "2026-03-10")
MATCHER = EntityMatcher(load_vocabulary())


def rows(text: str) -> list[tuple[Any, ...]]:
    return extract_rows(text, "ko", PUBLISHED)


def facts(text: str, predicate: str) -> set[tuple[Any, ...]]:
    """(subject, sorted qualifiers, object, value, modality, valid) of one predicate."""
    return {
        (r[0], tuple(sorted(r[2].items())), r[3], r[4], r[5], r[6])
        for r in rows(text)
        if r[1] == predicate
    }


def modalities(text: str) -> set[tuple[str, str, str]]:
    return {(r[0], r[1], r[5]) for r in rows(text)}


# -- a hedge on a fact done or under way keeps its modality; a rumour too (GUIDE) ----------

HEDGED = [
    (
        "메타는 올해 생산될 CoWoS 물량의 3분의 1가량을 이미 확보한 것으로 보인다.",
        {("meta", "supply_deal", "actual")},
    ),
    (
        "구글은 브로드컴으로부터 아이언우드를 공급받고 있는 것으로 보인다.",
        {("google", "supply_deal", "actual")},
    ),
    (
        "앤트로픽은 구글 클라우드를 통해 TPU를 쓰고 있는 것으로 보입니다.",
        {("anthropic", "adopts", "actual")},
    ),
    (
        "SK하이닉스가 AMD에 HBM4를 공급하는 계약을 맺었다는 얘기가 증권가에 돌았다.",
        {("amd", "supply_deal", "actual")},
    ),
    (
        "콜로서스 2에 깔린 GPU가 이미 40만 개를 넘었다는 소문이 업계에 퍼졌다.",
        {("colossus-2", "deployed_chips", "actual")},
    ),
    # traps: a future under the hedge, and an analyst's own view, stay forecasts
    ("메타는 내년에 구글 TPU를 도입할 것으로 보인다.", {("meta", "adopts", "forecast")}),
    (
        "증권가는 삼성전자가 브로드컴에 HBM4를 공급할 것으로 본다.",
        {("broadcom", "supply_deal", "forecast")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEDGED)
def test_a_hedge_or_a_rumour_keeps_the_modality_of_the_fact_it_relays(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected == modalities(text)


# -- a foundry making a company's chip is a supply deal from the foundry (GUIDE) -----------

MADE_BY_FOUNDRY = [
    (
        "퓨리오사AI는 레니게이드를 TSMC 5나노 공정으로 만든다.",
        {("furiosaai", (("product", "rngd"),), "tsmc", None, "actual", TODAY)},
    ),
    # the foundry as the subject of a contract manufacturing: it sells, the designer buys
    (
        "레니게이드는 TSMC가 위탁 생산한다.",
        {("furiosaai", (("product", "rngd"),), "tsmc", None, "actual", TODAY)},
    ),
    (
        "리벨리온은 리벨 쿼드 생산을 삼성전자 파운드리에 맡겼다.",
        {("rebellions", (("product", "rebel"),), "samsung", None, "actual", TODAY)},
    ),
    (
        "마이아 200은 TSMC 3나노 공정에서 생산된다.",
        {("microsoft", (("product", "maia-200"),), "tsmc", None, "actual", TODAY)},
    ),
    # a bare "칩은" after the company was named: the company in view, no product
    (
        "리벨리온은 새 추론 칩을 내놨다. 칩은 삼성전자 파운드리에 맡겨 4나노 공정으로 찍어낸다.",
        {("rebellions", (), "samsung", None, "actual", TODAY)},
    ),
    (
        "애플은 내년부터 인텔 파운드리에서 일부 칩을 만들 계획이다.",
        {("apple", (), "intel", None, "planned", ("open", "2027-01-01", "None"))},
    ),
    # traps: a foundry's own process with no customer; a foundry left unnamed
    ("삼성전자 파운드리는 올해 2나노 공정 양산을 시작한다.", set()),
    ("이 칩은 이름을 밝히지 않은 파운드리에서 생산된다.", set()),
    ("TSMC는 3나노 공정 가동률을 끌어올렸다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MADE_BY_FOUNDRY)
def test_a_foundry_making_a_chip_supplies_its_designer(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, "supply_deal")


# -- a company introducing itself with the polite copula is the writer ("we") --------------

SELF_INTRODUCED = [
    "안녕하세요, 리벨리온입니다. 오늘은 새 소식을 전해 드려요. 칩은 삼성전자 파운드리에서 "
    "만듭니다.",
    # a partner named after the greeting is not the writer
    "안녕하세요, 리벨리온입니다. 카카오는 이번에 저희와 손을 잡았어요. 칩은 삼성전자 "
    "파운드리에서 만듭니다.",
    "저희는 리벨리온이에요. 칩은 삼성전자 파운드리에 맡겨 만들어요.",
]


@pytest.mark.parametrize("text", SELF_INTRODUCED)
def test_a_greeting_that_names_the_company_makes_it_the_writer(text: str) -> None:
    found = {(r[0], r[3]) for r in extract_rows(text, "ko", PUBLISHED, "company")}
    assert {("rebellions", "samsung")} == found


NAMED_BY_COPULA = [
    ("HBM4 공급사는 SK하이닉스입니다.", "sk-hynix"),
    ("첫 고객은 카카오예요.", "kakao"),
    ("이번 라운드를 이끈 곳은 소프트뱅크입니다.", "softbank"),
]


@pytest.mark.parametrize(("text", "entity"), NAMED_BY_COPULA)
def test_a_name_runs_into_the_polite_copula(text: str, entity: str) -> None:
    assert entity in {m.entity.id for m in MATCHER.find(text)}


# -- a cloud offering a product to its customers adopts it on its own premises (GUIDE) -----

OFFERED = [
    (
        "애저는 AMD 인스팅트 MI300X 가상머신도 제공한다.",
        {("microsoft", (("mode", "on-prem"),), "mi300x", None, "actual", TODAY)},
    ),
    (
        "오라클은 GB200 NVL72 기반 클러스터를 고객에게 제공하고 있다.",
        {("oracle", (("mode", "on-prem"),), "gb200", None, "actual", TODAY)},
    ),
    (
        "코어위브는 H200 인스턴스를 고객들에게 빌려주고 있다.",
        {("coreweave", (("mode", "on-prem"),), "h200", None, "actual", TODAY)},
    ),
    (
        "구글 클라우드는 내년부터 B300 가상머신을 고객에게 제공할 계획이다.",
        {
            (
                "google",
                (("mode", "on-prem"),),
                "b300",
                None,
                "planned",
                ("open", "2027-01-01", "None"),
            )
        },
    ),
    # traps: the one who rents what a cloud offers uses it in that cloud; a chipmaker
    # supplying its chip to customers adopts nothing
    (
        "앤트로픽은 AWS 클라우드를 통해 트레이니움2를 쓰고 있다.",
        {("anthropic", (("mode", "cloud"), ("via", "aws")), "trainium2", None, "actual", TODAY)},
    ),
    ("엔비디아는 H200을 고객에게 공급하고 있다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OFFERED)
def test_a_cloud_offering_a_chip_to_customers_adopts_it_on_premises(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, "adopts")


# -- a share of a maker's output: expected (가져갈 것으로), or "그중 …" of the output just told -

NEXT_YEAR = ("point", "2027-01-01", "2027-12-31")
COWOS_FROM_TSMC = (("product", "cowos"),)

SHARES = [
    (
        "엔비디아는 내년 TSMC CoWoS 물량의 약 60%를 가져갈 것으로 예상된다.",
        {("nvidia", COWOS_FROM_TSMC, "tsmc", None, "forecast", NEXT_YEAR)},
    ),
    (
        "업계는 AMD가 내년 TSMC 코워스 물량의 10% 남짓을 받아 갈 것으로 본다.",
        {("amd", COWOS_FROM_TSMC, "tsmc", None, "forecast", NEXT_YEAR)},
    ),
    (
        "구글은 올해 TSMC CoWoS 물량의 15%가량을 가져갈 계획이다.",
        {
            (
                "google",
                COWOS_FROM_TSMC,
                "tsmc",
                None,
                "planned",
                ("point", "2026-01-01", "2026-12-31"),
            )
        },
    ),
    (
        "TSMC의 CoWoS 생산능력은 월 8만 장 수준이다. 현재 그중 절반 이상은 엔비디아가 가져간다.",
        {("nvidia", COWOS_FROM_TSMC, "tsmc", None, "actual", TODAY)},
    ),
    (
        "TSMC는 올해 코워스 생산능력을 월 7만 장으로 늘렸다. "
        "이 가운데 약 60%는 엔비디아가 가져간다.",
        {("nvidia", COWOS_FROM_TSMC, "tsmc", None, "actual", TODAY)},
    ),
    # traps: a share of the output that nobody takes; a share of chips, not of a process
    ("TSMC의 CoWoS 생산능력은 월 8만 장 수준이다. 그중 절반은 내년에 가동된다.", set()),
    ("엔비디아는 GPU 10만 개를 샀다. 그중 절반 이상은 메타가 가져간다.", set()),
    ("엔비디아는 TSMC CoWoS 물량을 가져갈지 주목된다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_a_share_of_a_makers_output_taken_or_expected_is_a_supply_deal(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, "supply_deal")


# -- capacity tables: quarter columns, a unit note anywhere in the caption, a row's own unit -

QUARTER_TABLE = (
    "3. SK하이닉스 HBM4 월 생산능력 (웨이퍼 투입 기준, 단위: 천 장)\n"
    "구분 | 4Q25 | 2Q26E | 4Q26E\n"
    "HBM4 | 45 | 70 | 120"
)
ROW_UNIT_TABLE = (
    "주요 가정\n\n"
    "| 항목 | 2025 | 2026E | 2027E |\n"
    "|---|---|---|---|\n"
    "| TSMC CoWoS 월 생산능력(연말, 천 장) | 75 | 95~105 | 130 |\n"
    "| 매출(십억 원) | 559 | 820 | 1,150 |"
)
HBM4 = (("process", "hbm4"),)
COWOS = (("process", "cowos"),)


def wafers(low: float, high: float | None = None) -> tuple[Any, ...]:
    return (low, low if high is None else high, "wafer/month", False, "exact")


TABLES = [
    (
        QUARTER_TABLE,
        {
            (
                "sk-hynix",
                HBM4,
                None,
                wafers(45000),
                "actual",
                ("point", "2025-10-01", "2025-12-31"),
            ),
            (
                "sk-hynix",
                HBM4,
                None,
                wafers(70000),
                "forecast",
                ("point", "2026-04-01", "2026-06-30"),
            ),
            (
                "sk-hynix",
                HBM4,
                None,
                wafers(120000),
                "forecast",
                ("point", "2026-10-01", "2026-12-31"),
            ),
        },
    ),
    (
        ROW_UNIT_TABLE,
        {
            ("tsmc", COWOS, None, wafers(75000), "actual", ("point", "2025-12-31", "2025-12-31")),
            (
                "tsmc",
                COWOS,
                None,
                wafers(95000, 105000),
                "forecast",
                ("point", "2026-12-31", "2026-12-31"),
            ),
            (
                "tsmc",
                COWOS,
                None,
                wafers(130000),
                "forecast",
                ("point", "2027-12-31", "2027-12-31"),
            ),
        },
    ),
    # trap: a yearly output (no month in the caption or the label) is no capacity
    (
        "연간 생산량 (단위: 천 장)\n구분 | 2025 | 2026E\nTSMC CoWoS | 800 | 1,100",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_a_capacity_table_reads_quarter_columns_and_a_unit_said_in_its_row(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    found = {
        (r[0], tuple(sorted(r[2].items())), r[3], r[4], r[5], r[6])
        for r in extract_rows(text, "ko", PUBLISHED, "analyst")
        if r[1] == "capacity"
    }
    assert expected == found


# -- a memory stack's height is no count; a state kept up through this period is today's ----

AUGUST = datetime(2026, 8, 20, 9, 0, tzinfo=KST)
AUGUST_DAY = ("point", "2026-08-20", "2026-08-20")
HBM3E = (("product", "hbm3e"),)

STACKS_AND_STATES = [
    # the stack height no longer anchors the deal away from its start
    (
        "SK하이닉스는 3분기부터 엔비디아에 HBM3E 12단 제품을 공급한다고 밝혔다.",
        {("nvidia", HBM3E, "sk-hynix", None, "announced", ("open", "2026-07-01", "None"))},
    ),
    (
        "마이크론은 4분기부터 AMD에 HBM3E 8단 제품을 공급한다고 밝혔다.",
        {("amd", HBM3E, "micron", None, "announced", ("open", "2026-10-01", "None"))},
    ),
    # a count after the stack height is still the deal's count
    (
        "삼성전자는 HBM3E 16단 제품을 AMD에 1만 개 공급했다.",
        {
            (
                "amd",
                HBM3E,
                "samsung",
                (10000.0, 10000.0, "count", False, "exact"),
                "actual",
                AUGUST_DAY,
            )
        },
    ),
    (
        "SK하이닉스는 최대 고객인 엔비디아에 올해 내내 HBM3E 12단 제품을 대 왔다.",
        {("nvidia", HBM3E, "sk-hynix", None, "actual", AUGUST_DAY)},
    ),
    (
        "삼성전자는 하반기 들어 AMD에 HBM3E를 꾸준히 공급해 왔다.",
        {("amd", HBM3E, "samsung", None, "actual", AUGUST_DAY)},
    ),
    # trap: a plan for the period keeps the period
    (
        "삼성전자는 하반기에 AMD에 HBM3E를 공급할 계획이다.",
        {("amd", HBM3E, "samsung", None, "planned", ("point", "2026-07-01", "2026-12-31"))},
    ),
]


@pytest.mark.parametrize(("text", "expected"), STACKS_AND_STATES)
def test_a_stack_height_is_no_count_and_a_state_kept_up_is_todays(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    found = {
        (r[0], tuple(sorted(r[2].items())), r[3], r[4], r[5], r[6])
        for r in extract_rows(text, "ko", AUGUST)
        if r[1] == "supply_deal"
    }
    assert expected == found


# -- 웃돈다 / 밑돈다: a figure exceeded is a floor, one not reached a ceiling ----------------


def bounds(text: str) -> set[tuple[str, str, float, str]]:
    return {(r[0], r[1], r[4][0], r[4][4]) for r in rows(text) if isinstance(r[4], tuple)}


EXCEEDED = [
    (
        "마이아 200의 FP4 연산 성능은 10PFLOPS를 웃돈다.",
        {("maia-200", "peak_compute", 1e16, "at-least")},
    ),
    (
        "TSMC의 CoWoS 생산능력은 월 8만 장을 웃돈다.",
        {("tsmc", "capacity", 80000.0, "at-least")},
    ),
    (
        "TSMC의 CoWoS 생산능력은 월 8만 장을 밑돈다.",
        {("tsmc", "capacity", 80000.0, "at-most")},
    ),
    (
        "메타의 H100 보유량은 35만 개를 밑도는 것으로 추정된다.",
        {("meta", "deployed_chips", 350000.0, "at-most")},
    ),
    # trap: no verb of comparison, an exact figure
    ("TSMC의 CoWoS 생산능력은 월 8만 장이다.", {("tsmc", "capacity", 80000.0, "exact")}),
]


@pytest.mark.parametrize(("text", "expected"), EXCEEDED)
def test_a_figure_exceeded_is_a_floor_and_one_not_reached_a_ceiling(
    text: str, expected: set[tuple[str, str, float, str]]
) -> None:
    assert expected == bounds(text)


# -- a site called by its place ("애빌린 캠퍼스") is the site in view ------------------------

PLACE_SITES = [
    (
        "스타게이트 1호는 텍사스주 애빌린에 있다. "
        "애빌린 캠퍼스에는 오라클이 GB200을 최대 40만 개까지 설치할 계획이다.",
        ("stargate", "deployed_chips"),
    ),
    (
        "스타게이트는 오픈AI의 데이터센터다. "
        "오픈AI는 애빌린 캠퍼스에서 이미 차세대 모델 학습에 들어갔다.",
        ("openai", "trains_on"),
    ),
    (
        "콜로서스는 xAI의 슈퍼컴퓨터다. 멤피스 부지에는 현재 H100 15만 개가 깔려 있다.",
        ("colossus", "deployed_chips"),
    ),
    (
        "프로젝트 레이니어는 AWS가 앤트로픽을 위해 지은 클러스터다. "
        "인디애나 캠퍼스에는 트레이니움2 50만 개가 깔려 있다.",
        ("project-rainier", "deployed_chips"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_SITES)
def test_a_site_called_by_its_place_is_the_site_in_view(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in {(r[0], r[1]) for r in rows(text)}


PLACE_NOT_SITE = [
    # a company's own data center in a place is not the site in view
    "콜로서스는 xAI의 슈퍼컴퓨터다. MS는 아이오와주 데이터센터에서 마이아 200을 돌리고 있다.",
    # no site named before
    "오라클은 애빌린 캠퍼스에 GB200 10만 개를 설치했다.",
]


@pytest.mark.parametrize("text", PLACE_NOT_SITE)
def test_a_place_with_no_site_in_view_or_a_data_center_names_no_site(text: str) -> None:
    assert set() == {r[0] for r in rows(text)} & {"colossus", "stargate"}


# -- production equipment sold to a maker is no supply deal (GUIDE, session 9) -------------

TOOLS = [
    "한미반도체는 마이크론에 HBM4용 본딩 장비를 납품한다.",
    "한미반도체는 SK하이닉스에 HBM3E 12단용 TC 본더를 공급하고 있다.",
    "한화세미텍은 SK하이닉스에 HBM3E용 검사 장비를 공급하기로 했다.",
]


@pytest.mark.parametrize("text", TOOLS)
def test_equipment_for_a_memory_is_no_supply_deal(text: str) -> None:
    assert set() == facts(text, "supply_deal")


def test_the_memory_itself_supplied_is_still_a_deal() -> None:
    expected = {("nvidia", (("product", "hbm4"),), "sk-hynix", None, "actual", TODAY)}
    assert expected == facts("SK하이닉스는 엔비디아에 HBM4를 공급한다.", "supply_deal")


# -- a rack's count belongs to the named system that holds it (GUIDE's rack ruling) --------


def per_system(text: str) -> set[tuple[str, float]]:
    return {(r[0], r[4][0]) for r in rows(text) if r[1] == "chips_per_system"}


RACKS = [
    (
        "MI450 72개를 하나의 랙에 담은 '헬리오스'는 예정대로 내년 3분기 출시된다.",
        {("helios", 72.0)},
    ),
    (
        "MI450 기반 랙 '헬리오스'는 내년 3분기에 첫 출하되고, 한 랙에 MI450 GPU 72개가 들어갑니다.",
        {("helios", 72.0)},
    ),
    (
        "GB300 NVL72는 엔비디아의 랙 시스템으로, 랙 하나에 블랙웰 울트라 GPU 72개가 들어간다.",
        {("gb300", 72.0)},
    ),
    # trap: the chip as the topic, with no system named, keeps the count
    ("트레이니움3는 울트라서버 한 대에 144개까지 들어간다.", {("trainium3", 144.0)}),
]


@pytest.mark.parametrize(("text", "expected"), RACKS)
def test_a_racks_count_belongs_to_the_named_system_that_holds_it(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert expected == per_system(text)


# -- an analyst's view told politely ("…것으로 봤습니다") is still a forecast -----------------

POLITE_VIEWS = [
    (
        "캡처 속 리포트는 TSMC의 CoWoS 월 생산능력이 내년 말 10만 장에 이를 것으로 봤습니다.",
        {("tsmc", "capacity", "forecast")},
    ),
    (
        "증권가는 SK하이닉스가 내년 말 HBM4 생산능력을 월 15만 장으로 늘릴 것으로 봤습니다.",
        {("sk-hynix", "capacity", "forecast")},
    ),
    (
        "한 연구원은 메타가 올해 말 H100 60만 개를 갖출 것으로 보고 있습니다.",
        {("meta", "deployed_chips", "forecast")},
    ),
    # trap: the company's own word about its future stays announced
    (
        "삼성전자는 내년 말 HBM4 생산능력을 월 15만 장으로 늘린다고 밝혔습니다.",
        {("samsung", "capacity", "announced")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), POLITE_VIEWS)
def test_an_analysts_view_told_politely_is_a_forecast(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected == modalities(text)


# -- a chipmaker's product at work in the adopter's own service runs on its premises -------

OWN_SERVICE = [
    (
        "KT는 리벨리온의 리벨-쿼드를 올해 초부터 검색과 상담 챗봇 추론에 쓰고 있다.",
        {("kt", (("mode", "on-prem"),), "rebel", None, "actual", TODAY)},
    ),
    (
        "SK텔레콤은 하반기에 자체 AI 에이전트 '에이닷'의 일부 추론 작업에 리벨리온의 AI 반도체 "
        "'리벨 쿼드'를 적용할 계획이다.",
        {
            (
                "sk-telecom",
                (("mode", "on-prem"),),
                "rebel",
                None,
                "planned",
                ("point", "2026-07-01", "2026-12-31"),
            )
        },
    ),
    (
        "네이버는 퓨리오사AI의 레니게이드를 검색 서비스 추론에 활용하고 있다.",
        {("naver", (("mode", "on-prem"),), "rngd", None, "actual", TODAY)},
    ),
    # traps: a cloud's own chip names no place; weighing it is no use
    (
        "애플은 자사 AI 서비스 추론에 구글 TPU를 쓰고 있다.",
        {("apple", (), "google-tpu", None, "actual", TODAY)},
    ),
    ("카카오는 상담 챗봇 추론에 리벨리온 칩을 쓰는 방안을 검토하고 있다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OWN_SERVICE)
def test_a_chipmakers_product_in_ones_own_service_runs_on_premises(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, "adopts")


# -- a count filled with a chip takes that chip; filling it is still to come ---------------

FILLED = [
    (
        "콜로서스에는 H100 10만 개가 들어가 있다. 머스크는 그중 5만 개를 더 늘리겠다고 했고, "
        "추가분 가운데 5만 개는 H200으로 채운다고 덧붙였다.",
        ("colossus", "h200", 50000.0, "announced"),
    ),
    (
        "메타는 프로메테우스에 GPU 50만 개를 넣을 계획이며, "
        "이 가운데 10만 개는 GB300으로 채울 예정이다.",
        ("prometheus", "gb300", 100000.0, "planned"),
    ),
    ("메타는 프로메테우스에 H100 10만 개를 들인다.", ("prometheus", "h100", 100000.0, "announced")),
    # trap: filled already, a fact
    ("메타는 프로메테우스에 H100 10만 개를 들였다.", ("prometheus", "h100", 100000.0, "actual")),
]


@pytest.mark.parametrize(("text", "expected"), FILLED)
def test_a_count_filled_with_a_chip_takes_it_and_is_still_to_come(
    text: str, expected: tuple[str, str, float, str]
) -> None:
    found = {
        (r[0], r[2].get("chip"), r[4][0], r[5])
        for r in extract_rows(text, "ko", AUGUST)
        if r[1] == "deployed_chips"
    }
    assert expected in found


# -- a delivery (인도했다) is a supply made, and the product it delivers is on the market ----

DELIVERED = [
    (
        "델은 코어위브에 GB300 NVL72 랙 시스템을 처음으로 인도했다고 밝혔다.",
        {("coreweave", (("product", "gb300"),), "dell", None, "actual", TODAY)},
    ),
    (
        "슈퍼마이크로는 람다랩스에 B200 서버를 인도하기 시작했다.",
        {("lambda", (("product", "b200"),), "supermicro", None, "actual", TODAY)},
    ),
    (
        "HPE는 지난달 xAI에 GB200 랙을 인도했다.",
        {("xai", (("product", "gb200"),), "hpe", None, "actual", TODAY)},
    ),
    # trap: a delivery received is the buyer's, and no delivery at all is no deal
    ("델은 GB300 NVL72 랙 시스템의 사양을 공개했다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DELIVERED)
def test_a_delivery_is_a_supply_made(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == facts(text, "supply_deal")


def test_a_delivered_products_specs_are_actual() -> None:
    text = (
        "델은 코어위브에 GB300 NVL72 랙 시스템을 처음으로 인도했다. "
        "GB300 NVL72에 들어가는 블랙웰 울트라 GPU 한 개에는 HBM3E 288GB가 탑재됐다."
    )
    found = {(r[0], r[5]) for r in rows(text) if r[1] == "memory_capacity"}
    assert {("b300", "actual")} == found


MAKING_AS_TOPIC = [
    (
        "마이아 200은 마이크로소프트가 설계했고, 칩 제조는 TSMC의 3나노 공정이 맡는다.",
        {("microsoft", (("product", "maia-200"),), "tsmc", None, "actual", TODAY)},
    ),
    (
        "리벨-쿼드는 연산 칩렛 네 개를 묶은 제품이다. "
        "칩렛 생산은 삼성전자 파운드리의 4나노 공정이 맡았고, 패키징도 삼성전자가 한다.",
        {("rebellions", (("product", "rebel"),), "samsung", None, "actual", TODAY)},
    ),
    (
        "레니게이드는 퓨리오사AI의 2세대 칩이다. 위탁생산은 TSMC가 맡는다.",
        {("furiosaai", (("product", "rngd"),), "tsmc", None, "actual", TODAY)},
    ),
    # trap: a foundry's process starting production, for no one named
    ("삼성전자 파운드리의 2나노 공정이 올해 양산에 들어갔다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MAKING_AS_TOPIC)
def test_the_making_as_topic_given_to_a_foundry_is_a_supply_deal(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, "supply_deal")


# -- "여름이 끝나기 전까지": by the end of the season, a deadline ---------------------------

BEFORE_ITS_END = [
    (
        "스타게이트 UAE에는 내년 여름이 끝나기 전까지 GB300을 약 10만 개 들일 계획이다.",
        ("deadline", "2026-03-10", "2027-08-31"),
    ),
    (
        "메타는 올여름이 끝나기 전에 프로메테우스에 GPU 50만 개를 채울 계획이다.",
        ("deadline", "2026-03-10", "2026-08-31"),
    ),
    (
        "프로젝트 레이니어에는 올해 가을이 끝나기 전까지 트레이니움3 10만 개를 들일 계획이다.",
        ("deadline", "2026-03-10", "2026-11-30"),
    ),
    # trap: the season itself, with no end named, is a point over it
    (
        "스타게이트 UAE에는 내년 여름 GB300 약 10만 개를 들일 계획이다.",
        ("point", "2027-06-01", "2027-08-31"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BEFORE_ITS_END)
def test_before_a_season_ends_is_a_deadline_at_its_end(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert {expected} == {r[6] for r in rows(text) if r[1] == "deployed_chips"}
