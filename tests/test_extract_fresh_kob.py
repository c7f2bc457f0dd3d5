"""Korean phrasing families seen in the fresh dev batch ko-b01..b15 (written by someone
who never saw the extractor), kept broad: a time span said as a period's inside ("올해
안에"), 남짓 as "a little over", the auxiliary 오다 ("공급해 왔다") as English "since", a
future action stated from a later start with no plan word, and the verb 대다 for supplying.
Each family has its own examples and false-positive traps; every sentence is written for
these tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import claim_row
from tracker.domain.documents import Document
from tracker.extract import default_extractor
from tracker.extract.quantities import QuantityRecognizer
from tracker.extract.timex import TimeRecognizer
from tracker.extract.vocabulary import load_vocabulary

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2025, 10, 7, 9, 0, tzinfo=KST)
TODAY = ("point", "2025-10-07", "2025-10-07")
QUANTITIES = QuantityRecognizer(load_vocabulary())


def rows(text: str, predicate: str, tier: str = "press") -> list[tuple[Any, ...]]:
    doc = Document(
        document_id="fresh-kob",
        text="이번 주 소식.\n\n" + text,
        published=PUBLISHED,
        language="ko",
        tier=tier,
    )
    found = [claim_row(c) for c in default_extractor([]).extract(doc) if c.predicate == predicate]
    return sorted(found, key=repr)


def valid_times(text: str) -> list[tuple[str, str, str]]:
    found = TimeRecognizer().find(text, "ko", PUBLISHED.date())
    return [(t.valid.kind, str(t.valid.start), str(t.valid.end)) for t in found]


# -- a period's inside ("올해 안에", "상반기 내에", "3분기 이내"): a deadline at its end ------

WITHIN_A_PERIOD = [
    ("MI355X도 올해 안에 13만 개 넘게 들여온다.", [("deadline", "2025-10-07", "2025-12-31")]),
    ("내년 상반기 내에 완공한다.", [("deadline", "2025-10-07", "2026-06-30")]),
    ("2027년 안으로 두 배로 늘린다.", [("deadline", "2025-10-07", "2027-12-31")]),
    ("4분기 이내에 공급을 마친다.", [("deadline", "2025-10-07", "2025-12-31")]),
    # traps: 국내에 is a place, 올해 내내 is the year itself, 올해 alone is the year
    ("국내에 공장을 짓는다.", []),
    ("올해 내내 공급했다.", [("point", "2025-01-01", "2025-12-31")]),
]


@pytest.mark.parametrize(("text", "expected"), WITHIN_A_PERIOD)
def test_inside_of_a_period_is_a_deadline_at_its_end(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert expected == valid_times(text)


# -- 남짓: "a little over", an at-least bound (가량/안팎 stay approximate) ------------------

A_LITTLE_OVER = [
    ("H100만 60만 개 남짓인 것으로 알려졌다.", (600000.0, False, "at-least")),
    ("투자액은 30억 달러 남짓이다.", (3e9, False, "at-least")),
    # approximate words stay approximate; 여 inside a number (餘, more than) is a floor like 남짓
    ("H100 60만 개 가량을 운영한다.", (600000.0, True, "exact")),
    ("H200 6만 5000여 개로 클러스터를 꾸린다.", (65000.0, False, "at-least")),
]


@pytest.mark.parametrize(("text", "expected"), A_LITTLE_OVER)
def test_namjit_is_an_at_least_bound(text: str, expected: tuple[float, bool, str]) -> None:
    q = QUANTITIES.find(text)[0]
    assert expected == (q.low, q.approx, q.bound)


# -- the auxiliary 오다 ("has been doing") after a past start: today's state -------------

HAS_BEEN_SINCE = [
    ("SK하이닉스는 지난해부터 엔비디아에 HBM4를 공급해 왔다.", [TODAY]),
    ("삼성전자는 2024년부터 AMD에 HBM3E를 대 왔고, 물량도 늘렸다.", [TODAY]),
    # traps: '하고 있다' keeps the open start the gold follows; a future start stays open
    ("삼성전자는 지난해부터 AMD에 HBM3E를 공급하고 있다.", [("open", "2024-01-01", "None")]),
    ("내년부터 공급해 온 물량을 늘린다.", [("open", "2026-01-01", "None")]),
]


@pytest.mark.parametrize(("text", "expected"), HAS_BEEN_SINCE)
def test_has_been_doing_since_a_past_start_holds_at_publication(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert expected == valid_times(text)


# -- 대다 (to supply) in its perfect forms: '대 왔다', '대 온' ------------------------------

SUPPLIED_WITH_DAEDA = [
    (
        "SK하이닉스는 실적을 발표했다. 최대 고객인 엔비디아에는 HBM3E를 대 왔다.",
        [("nvidia", "hbm3e", "sk-hynix", "actual", TODAY)],
    ),
    # trap: 대 as a counter of machines is no supply
    ("SK하이닉스는 서버 10대를 들였다.", []),
]


@pytest.mark.parametrize(("text", "expected"), SUPPLIED_WITH_DAEDA)
def test_daeda_perfect_is_a_supply_deal(text: str, expected: list[tuple[Any, ...]]) -> None:
    found = [(r[0], r[2].get("product"), r[3], r[5], r[6]) for r in rows(text, "supply_deal")]
    assert expected == found


def test_since_date_is_resolved_against_publication() -> None:
    assert date(2025, 10, 7) == PUBLISHED.date()


# -- companies listed as one spender ('A와 B, C는 … N을'): a sum, no one's own amount ------

JOINT_SPENDING = [
    ("오픈AI와 오라클, 소프트뱅크는 향후 3년간 이 사업에 4000억 달러 이상을 쏟아붓기로 했다.", []),
    ("마이크로소프트와 엔비디아는 앤트로픽에 150억 달러를 투자하기로 했다.", []),
    # traps: 각각 gives each investor the amount; a single investor keeps its target
    (
        "마이크로소프트와 엔비디아는 앤트로픽에 각각 50억 달러를 투자하기로 했다.",
        [("microsoft", "anthropic", 5e9), ("nvidia", "anthropic", 5e9)],
    ),
    ("아마존은 앤트로픽에 80억 달러를 투자했다.", [("amazon", "anthropic", 8e9)]),
]


@pytest.mark.parametrize(("text", "expected"), JOINT_SPENDING)
def test_amount_of_companies_listed_together_is_no_ones_investment(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    found = [(r[0], r[2]["target"], r[4][0]) for r in rows(text, "investment")]
    assert expected == found


# -- a count whose chip is its predicate ('이 가운데 3만 개가 GB200이다') --------------------

CHIP_AS_PREDICATE = [
    (
        "콜로서스에서 돌아가는 엔비디아 GPU는 23만 개이며, 이 가운데 3만 개가 GB200이다.",
        [("colossus", {}, 230000.0), ("colossus", {"chip": "gb200"}, 30000.0)],
    ),
    (
        "콜로서스의 GPU는 20만 개이고, 그중 15만 개는 H100이다.",
        [("colossus", {}, 200000.0), ("colossus", {"chip": "h100"}, 150000.0)],
    ),
    # trap: a chip named after the count as another thing ('로 연결') is not its predicate
    ("콜로서스의 GPU 20만 개가 NV링크로 연결돼 있다.", [("colossus", {}, 200000.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CHIP_AS_PREDICATE)
def test_chip_said_of_a_count_is_its_chip(
    text: str, expected: list[tuple[str, dict[str, str], float]]
) -> None:
    found = sorted(((r[0], r[2], r[4][0]) for r in rows(text, "deployed_chips")), key=repr)
    assert sorted(expected, key=repr) == found


# -- a product described by the next one ('트레이니움3 다음 세대인 트레이니움4'): the next ----

DESCRIBED_PRODUCT = [
    (
        "AWS는 트레이니움3 다음 세대인 트레이니움4에 NV링크 퓨전을 넣는 방안을 저울질하고 있다.",
        [("trainium4", "nvlink-fusion", "considering")],
    ),
    (
        "엔비디아는 블랙웰의 후속작인 루빈에 NV링크 퓨전을 적용한다고 발표했다.",
        [("rubin", "nvlink-fusion", "announced")],
    ),
    # trap: a product that is not described by the next keeps the statement
    (
        "AWS는 트레이니움4에 NV링크 퓨전을 넣는다고 발표했다.",
        [("trainium4", "nvlink-fusion", "announced")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_PRODUCT)
def test_product_described_by_an_apposition_yields_to_the_named_one(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [(r[0], r[3], r[5]) for r in rows(text, "integrates")]
    assert expected == found


# -- the trainer is the company of the training clause, not the site's operator ----------

TRAINER_OF_THE_CLAUSE = [
    (
        "스타게이트 애빌린 캠퍼스는 이미 돌아가고 있다. 오라클이 운영하는 이곳에는 GB200 랙이 "
        "들어서고 있으며, 오픈AI는 여기서 일부 모델 학습을 시작했다.",
        [("openai", "stargate")],
    ),
    (
        "앤트로픽은 프로젝트 레이니어에서 클로드를 학습시키고 있다.",
        [("anthropic", "project-rainier")],
    ),
    # trap: a training clause naming no company keeps the sentence's company
    (
        "AWS가 지은 프로젝트 레이니어에서 앤트로픽은 장비를 늘리고, 차세대 모델 학습도 한다.",
        [("anthropic", "project-rainier")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRAINER_OF_THE_CLAUSE)
def test_trainer_is_the_company_of_the_training_clause(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(r[0], r[3]) for r in rows(text, "trains_on")]
    assert expected == found


# -- several places listed for one site: one located_in each ----------------------------

LISTED_PLACES = [
    (
        "오픈AI가 '스타게이트'의 새 부지 다섯 곳을 공개했다. 텍사스주 섀클퍼드 카운티, "
        "뉴멕시코주 도냐아나 카운티, 오하이오주 로즈타운 인근 등이 명단에 올랐다.",
        [
            ("stargate", "Texas, US", "announced"),
            ("stargate", "New Mexico, US", "announced"),
            ("stargate", "Ohio, US", "announced"),
        ],
    ),
    (
        "스타게이트는 텍사스주와 오하이오주에서 가동 중이다.",
        [("stargate", "Texas, US", "actual"), ("stargate", "Ohio, US", "actual")],
    ),
    # traps: a state and its county are one item; one place is the sentence rule's
    (
        "스타게이트는 텍사스주 애빌린에서 가동 중이다.",
        [("stargate", "Texas, US", "actual")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_PLACES)
def test_each_listed_place_of_a_site_is_a_location(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = sorted(((r[0], r[4], r[5]) for r in rows(text, "located_in")), key=repr)
    assert sorted(expected, key=repr) == found


# -- a company's fleet count is not pinned on a site a later clause names ----------------

FLEET_OR_SITE = [
    (
        "AWS가 현재 운영하는 트레이니움2는 백만 개가 넘으며, 이 가운데 상당수는 인디애나주에 "
        "있는 프로젝트 레이니어에 몰려 있다.",
        [("aws", 1e6)],
    ),
    # traps: the site named in the count's own clause keeps the count
    (
        "AWS가 지은 프로젝트 레이니어에서는 트레이니움2 50만 개가 돌아간다.",
        [("project-rainier", 5e5)],
    ),
    (
        "프로젝트 레이니어는 AWS가 운영하며, 트레이니움2 50만 개가 돌아간다.",
        [("project-rainier", 5e5)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FLEET_OR_SITE)
def test_company_fleet_count_stays_the_companys(
    text: str, expected: list[tuple[str, float]]
) -> None:
    found = [(r[0], r[4][0]) for r in rows(text, "deployed_chips")]
    assert expected == found


# -- a generic customer ('주요 고객사에') takes the customer's place: no deal ---------------

UNNAMED_CUSTOMER = [
    (
        "엔비디아가 HBM3E를 찾는다. 삼성전자는 HBM3E를 4분기부터 주요 고객사에 공급한다고 밝혔다.",
        [],
    ),
    ("SK하이닉스는 HBM4를 고객들에게 보내기 시작했다고 밝혔다.", []),
    # trap: a named customer keeps the deal
    (
        "삼성전자는 HBM3E를 4분기부터 엔비디아에 공급한다고 밝혔다.",
        [("nvidia", "samsung")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED_CUSTOMER)
def test_generic_customer_is_no_deal_party(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(r[0], r[3]) for r in rows(text, "supply_deal")]
    assert expected == found


# -- one rack of the system in view ('NVL72 랙 하나에는 블랙웰 GPU 72개'): the system's count --

ONE_RACK = [
    (
        "코어위브는 GB200 NVL72 랙을 늘리고 있다. NVL72 랙 하나에는 블랙웰 GPU 72개가 들어간다.",
        [("gb200", 72.0)],
    ),
    (
        "애저는 GB200 NVL72를 들였다. 랙 하나에 블랙웰 GPU 72개가 NV링크로 연결돼 움직인다.",
        [("gb200", 72.0)],
    ),
    # trap: with no system in view, the family keeps its rack count
    ("랙 하나에 블랙웰 GPU 72개가 들어간다.", [("blackwell", 72.0)]),
]


@pytest.mark.parametrize(("text", "expected"), ONE_RACK)
def test_family_count_in_one_rack_of_a_system_is_the_systems(
    text: str, expected: list[tuple[str, float]]
) -> None:
    found = [(r[0], r[4][0]) for r in rows(text, "chips_per_system")]
    assert expected == found


# -- 내다본다 (and 내다볼, 내다봐): a projection, like 내다봤다 --------------------------------

LOOKS_AHEAD = [
    ("업계는 레이니어의 트레이니움2가 연말까지 100만 개를 넘어설 것으로 내다본다.", ["forecast"]),
    ("증권가는 메타가 내년 말 H100을 60만 개로 늘릴 것으로 내다보고 있다.", ["forecast"]),
    # trap: the company's own plan stays planned
    ("메타는 내년 말까지 H100을 60만 개로 늘릴 계획이다.", ["planned"]),
]


@pytest.mark.parametrize(("text", "expected"), LOOKS_AHEAD)
def test_naedabonda_is_a_forecast(text: str, expected: list[str]) -> None:
    found = [r[5] for r in rows(text, "deployed_chips")]
    assert expected == found


# -- a count that refers back ('이를', '그 수를' … 'N개로'): the told count's site and chip ---

REFERRED_COUNT = [
    (
        "지금 스타게이트에서 돌아가는 GB200은 20만 개 안팎이다. 오라클은 내년 6월까지 이를 "
        "40만 개 이상으로 늘릴 계획이다.",
        [("stargate", "gb200", 200000.0, "actual"), ("stargate", "gb200", 400000.0, "planned")],
    ),
    (
        "레이니어에는 트레이니움2 칩이 약 50만 개 깔려 있다. 앤트로픽은 이곳에서 클로드를 "
        "학습시킨다. AWS는 연말까지 그 수를 100만 개로 두 배 늘린다는 계획이다.",
        [
            ("project-rainier", "trainium2", 500000.0, "actual"),
            ("project-rainier", "trainium2", 1000000.0, "planned"),
        ],
    ),
    # trap: '이를 위해' is a purpose, not the count; the new count keeps its own subject
    (
        "레이니어에는 트레이니움2 칩이 50만 개 깔려 있다. 메타는 이를 위해 H100 2만 개를 들였다.",
        [
            ("meta", "h100", 20000.0, "actual"),
            ("project-rainier", "trainium2", 500000.0, "actual"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REFERRED_COUNT)
def test_count_referring_back_keeps_the_told_counts_site_and_chip(
    text: str, expected: list[tuple[str, str, float, str]]
) -> None:
    found = sorted(
        ((r[0], r[2].get("chip"), r[4][0], r[5]) for r in rows(text, "deployed_chips")), key=repr
    )
    assert sorted(expected, key=repr) == found


# -- a future start and a plain present verb, no plan word: announced --------------------

STATED_FUTURE = [
    (
        "SK하이닉스는 물량을 확정했다. 내년부터는 엔비디아 루빈에 들어갈 HBM4를 본격 공급한다.",
        [("nvidia", "hbm4", "sk-hynix", "announced", ("open", "2026-01-01", "None"))],
    ),
    # traps: a plan word keeps planned; a period inside a later span keeps planned
    (
        "SK하이닉스는 내년부터 엔비디아에 HBM4를 공급할 계획이다.",
        [("nvidia", "hbm4", "sk-hynix", "planned", ("open", "2026-01-01", "None"))],
    ),
    (
        "삼성전자는 엔비디아와 HBM4 공급 계약을 맺었다.\n\n양사는 내년 상반기 중 공급을 시작한다.",
        [
            ("nvidia", "hbm4", "samsung", "actual", TODAY),
            # the start of supply in a period: open from its first day (lead's ruling,
            # session 8), a future with no plan word: announced
            ("nvidia", "hbm4", "samsung", "announced", ("open", "2026-01-01", "None")),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATED_FUTURE)
def test_future_start_with_a_plain_present_verb_is_announced(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    found = [(r[0], r[2].get("product"), r[3], r[5], r[6]) for r in rows(text, "supply_deal")]
    assert expected == found


def test_company_number_growing_to_a_later_target_stays_planned() -> None:
    text = "삼성전자의 HBM4 웨이퍼 투입량은 현재 월 6만 장이며, 내년 말 월 15만 장으로 늘어난다."
    found = sorted((r[4][0], r[5]) for r in rows(text, "capacity"))
    expected = [(60000.0, "actual"), (150000.0, "planned")]
    assert expected == found


# -- '…하겠다고 밝혔다' with no time of its own: announced; with a target time: planned ----

SAID_WILL = [
    ("오라클도 H200 6만 5000여 개로 슈퍼클러스터를 꾸리겠다고 밝혔다.", [(65000.0, "announced")]),
    ("메타는 H100 2만 개를 새로 배치하겠다고 말했다.", [(20000.0, "announced")]),
    # traps: a target time keeps the plan; a plan word keeps the plan
    ("메타는 연말까지 H100 35만 개를 확보하겠다고 밝혔다.", [(350000.0, "planned")]),
    ("메타는 H100 2만 개를 배치할 계획이라고 밝혔다.", [(20000.0, "planned")]),
]


@pytest.mark.parametrize(("text", "expected"), SAID_WILL)
def test_said_will_with_no_target_time_is_announced(
    text: str, expected: list[tuple[float, str]]
) -> None:
    found = [(r[4][0], r[5]) for r in rows(text, "deployed_chips")]
    assert expected == found


# -- 발표 as the occasion a fact was told ('실적 발표에서'), not an announcement -----------

OCCASION_OF_A_STATEMENT = [
    (
        "오라클은 실적 발표에서 자사 클라우드에 깔린 GB200이 6만 4000개를 넘어섰다고 밝혔다.",
        [("oracle", 64000.0, "at-least", "actual")],
    ),
    (
        "메타는 발표회에서 H100 35만 개를 운영하고 있다고 말했다.",
        [("meta", 350000.0, "exact", "actual")],
    ),
    # trap: an announcement of something to come stays announced
    (
        "오라클은 GB200 10만 개를 배치한다고 발표했다.",
        [("oracle", 100000.0, "exact", "announced")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OCCASION_OF_A_STATEMENT)
def test_announcement_as_an_occasion_is_no_announced_cue(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    found = [(r[0], r[4][0], r[4][4], r[5]) for r in rows(text, "deployed_chips")]
    assert expected == found
