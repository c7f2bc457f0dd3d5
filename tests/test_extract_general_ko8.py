"""General causes behind the Korean extractor's misses (eighth round), each pinned by
phrasings written for these tests in the register of different outlets, plus traps that
must not change. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 6, 12, 9, 0, tzinfo=KST)


def rows(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    return extract_rows(text, "ko", PUBLISHED, tier)


def counts(text: str) -> set[tuple[Any, ...]]:
    """Subject, chip, low value and approx flag of each count claim."""
    return {
        (r[0], r[2].get("chip"), r[4][0], r[4][3])
        for r in rows(text)
        if r[4] is not None and r[4][2] == "count"
    }


# -- a spoken hedge: "한" before a figure ------------------------------------------------------
# In speech a bare "한" before a figure means "about" ("한 오십만 개", "한 3만 장"), as "약"
# does. The numeral "한" (one) that is itself the figure or names a unit ("한 대에", "한 해")
# hedges nothing.

SPOKEN_HEDGES = [
    (
        "듣기로는 코어위브가 H100을 한 25만 개 돌리고 있다고 해요.",
        {("coreweave", "h100", 250000.0, True)},
    ),
    (
        "메타 데이터센터에는 지금 H200이 한 육만 개 깔려 있다고 봐야죠.",
        {("meta", "h200", 60000.0, True)},
    ),
    (
        "xAI는 콜로서스에 GB200을 한 3만 개 들였다고 합니다.",
        {("colossus", "gb200", 30000.0, True)},
    ),
]

SPOKEN_HEDGE_TRAPS = [
    # the numeral names the unit a rate is per, and the figure is exact
    ("메타는 올해 한 해 동안 H100 35만 개를 들였다.", {("meta", "h100", 350000.0, False)}),
    ("코어위브는 H200 4만 2천 개를 운용한다.", {("coreweave", "h200", 42000.0, False)}),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN_HEDGES + SPOKEN_HEDGE_TRAPS)
def test_spoken_han_before_a_figure_makes_it_approximate(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == counts(text)


# -- the time of the telling ---------------------------------------------------------------
# A past time right before the occasion where a fact was told ("… 공급하고 있다고 올해 1월
# 실적 발표에서 밝혔다", "지난 3월 콘퍼런스콜에서 말했다") or right before the verb of telling
# ("… 올해 1월 밝혔다") dates the telling, not the state told, which holds at publication, as
# English "told investors in January" already was. A time inside the clause told ("올해 1월
# 공급하기 시작했다고 밝혔다", "올해 1월 월 10만 장이었다고") still dates it.


def dated(text: str) -> set[tuple[Any, ...]]:
    """Subject, predicate, object or low value, and (kind, start, end) of each claim."""
    return {(r[0], r[1], r[3] or (r[4] and r[4][0]), r[6]) for r in rows(text)}


AT_PUBLICATION = ("point", "2026-06-12", "2026-06-12")

TOLD_AT = [
    (
        "마이크론은 AMD에 HBM4를 출하하고 있다고 지난 3월 콘퍼런스콜에서 말했다.",
        {("amd", "supply_deal", "micron", AT_PUBLICATION)},
    ),
    (
        "삼성전자는 엔비디아에 HBM4를 공급하고 있다고 올해 4월 실적 설명회에서 밝혔다.",
        {("nvidia", "supply_deal", "samsung", AT_PUBLICATION)},
    ),
    (
        "SK하이닉스는 브로드컴에 HBM3E를 납품하고 있다고 올해 2월 밝혔다.",
        {("broadcom", "supply_deal", "sk-hynix", AT_PUBLICATION)},
    ),
]

TOLD_AT_TRAPS = [
    (
        "SK하이닉스는 올해 1월 엔비디아에 HBM4를 공급하기 시작했다고 밝혔다.",
        {("nvidia", "supply_deal", "sk-hynix", ("point", "2026-01-01", "2026-01-31"))},
    ),
    (
        "삼성전자의 HBM4 생산능력은 올해 1월 월 10만 장이었다고 실적 발표에서 밝혔다.",
        {("samsung", "capacity", 100000.0, ("point", "2026-01-01", "2026-01-31"))},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_AT + TOLD_AT_TRAPS)
def test_a_time_before_where_or_when_it_was_told_dates_the_telling(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == dated(text)


# -- figures listed under one verb share its time ------------------------------------------
# "A는 X장, B는 Y장을 연내 구축할 예정이다": the figures before the last one close their
# conjunct with a bare comma and have no verb of their own, so the time written once before
# the shared verb dates each of them. A time inside the last conjunct ("코어위브는 내년 H200
# …") and a conjunct with its own verb ("…를 운용하고,") keep their own reading.

YEAR_END = ("deadline", "2026-06-12", "2026-12-31")

GAPPED_LISTS = [
    (
        "메타는 H100 35만 개, 코어위브는 H200 4만 개를 내년 상반기까지 들일 계획이다.",
        {
            ("meta", "deployed_chips", 350000.0, ("deadline", "2026-06-12", "2027-06-30")),
            ("coreweave", "deployed_chips", 40000.0, ("deadline", "2026-06-12", "2027-06-30")),
        },
    ),
    (
        "이번 사업에서 NHN클라우드는 B200 2,000장, 네이버클라우드는 H200 1,500장, "
        "카카오는 H100 900장을 연내 자사 데이터센터에 설치할 예정이다.",
        {
            ("naver", "deployed_chips", 1500.0, YEAR_END),
            ("kakao", "deployed_chips", 900.0, YEAR_END),
        },
    ),
]

GAPPED_LIST_TRAPS = [
    (
        "메타는 H100 35만 개, 코어위브는 내년 H200 4만 개를 들일 계획이다.",
        {
            ("meta", "deployed_chips", 350000.0, AT_PUBLICATION),
            ("coreweave", "deployed_chips", 40000.0, ("point", "2027-01-01", "2027-12-31")),
        },
    ),
    (
        "메타는 H100 35만 개를 운용하고, 코어위브는 H200 4만 개를 내년까지 들일 계획이다.",
        {
            ("meta", "deployed_chips", 350000.0, AT_PUBLICATION),
            ("coreweave", "deployed_chips", 40000.0, ("deadline", "2026-06-12", "2027-12-31")),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), GAPPED_LISTS + GAPPED_LIST_TRAPS)
def test_figures_listed_under_one_verb_share_its_time(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == {r for r in dated(text) if r[1] == "deployed_chips"}


# -- specifications of a product the text shows unveiled -----------------------------------
# "지난달 … 처음 공개된 RNGD는 HBM3 48GB를 탑재했고": a product told as just unveiled, in a
# modifier right before its name, is presented, not on the market, so its specifications are
# announced (GUIDE), as the English "AMD unveiled the MI355X" already made them. A word in the
# text that it ships wins ("… 일부 고객에게 공급되기 시작했다"); a product named with no
# unveiling keeps its specifications actual.


SPECS = ("memory_capacity", "memory_bandwidth", "peak_compute", "chips_per_system")


def modalities(text: str) -> set[tuple[Any, ...]]:
    """Subject, predicate, low value and modality of each claim."""
    return {(r[0], r[1], r[4] and r[4][0], r[5]) for r in rows(text)}


UNVEILED = [
    (
        "지난주 개발자 행사에서 처음 공개된 MI450은 HBM4 432GB를 탑재했다.",
        {("mi450", "memory_capacity", 4.32e11, "announced")},
    ),
    (
        "리벨리온이 이번 전시회에서 선보인 '리벨'은 메모리 대역폭이 4.8TB/s다.",
        {("rebel", "memory_bandwidth", 4.8e12, "announced")},
    ),
    (
        "구글이 지난달 공개한 7세대 TPU 아이언우드를 소개하며, 포드 하나에 칩 9,216개를 "
        "묶을 수 있다고 설명했다.",
        {("ironwood", "chips_per_system", 9216.0, "announced")},
    ),
]

UNVEILED_TRAPS = [
    (
        "퓨리오사AI의 RNGD는 HBM3 48GB를 탑재했다.",
        {("rngd", "memory_capacity", 4.8e10, "actual")},
    ),
    (
        "지난달 처음 공개된 MI450은 HBM4 432GB를 탑재했다. "
        "MI450은 이달부터 일부 고객에게 공급되기 시작했다.",
        {("mi450", "memory_capacity", 4.32e11, "actual")},
    ),
    # an unveiling long before publication says nothing about today
    (
        "2023년 처음 공개된 H100은 HBM3 80GB를 탑재했다.",
        {("h100", "memory_capacity", 8e10, "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNVEILED + UNVEILED_TRAPS)
def test_specifications_of_a_product_told_as_unveiled_are_announced(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == {r for r in modalities(text) if r[1] in SPECS}


# -- a timeline entry's date --------------------------------------------------------------
# A chronology written as lines opening with a date and a dash ("2025년 10월 — …") tells each
# entry as of its date: a claim in the entry with no time of its own holds at the heading's
# time, not at publication. A specification keeps publication (timeless), a time of the
# claim's own still dates it, and one dated line is no timeline.

TIMELINE = (
    "메타의 AI 인프라 1년을 날짜순으로 정리했다.\n\n"
    "2025년 3월 — 메타가 새 데이터센터 착공을 발표했다. 코어위브는 메타에 GB300 기반 "
    "클라우드 용량을 공급하는 계약을 맺었다.\n\n"
    "2025년 8월 — 메타는 프로메테우스에서 새 모델 학습을 시작했다고 밝혔다. 같은 달 "
    "엔비디아는 B300 칩 하나에 HBM3E 288GB가 들어간다고 설명했다.\n\n"
    "2026년 1월 — 메타는 내년 상반기까지 H100 10만 개를 더 들일 계획이라고 밝혔다.\n"
)


def test_a_timeline_entry_dates_its_undated_claims() -> None:
    got = {(r[0], r[1], r[3], r[6]) for r in rows(TIMELINE) if r[1] != "adopts"}
    assert ("meta", "trains_on", "prometheus", ("point", "2025-08-01", "2025-08-31")) in got
    assert ("meta", "supply_deal", "coreweave", ("point", "2025-03-01", "2025-03-31")) in got
    # a specification is timeless: it keeps publication
    assert ("b300", "memory_capacity", None, AT_PUBLICATION) in got


def test_one_dated_line_is_no_timeline() -> None:
    text = (
        "2025년 8월 — 메타가 새 클러스터를 공개했다. "
        "메타는 프로메테우스에서 새 모델 학습을 시작했다고 밝혔다.\n\n"
        "회사는 연내 추가 투자를 검토하고 있다."
    )
    got = {(r[0], r[1], r[3], r[6]) for r in rows(text)}
    assert ("meta", "trains_on", "prometheus", AT_PUBLICATION) in got


# -- what a corrections column says its own earlier piece wrote ------------------------------
# "① 10월 30일자 '…' 기사에서 … '100만 개'가 가동 중이라고 썼습니다": the item tells what the
# outlet printed and then corrects it, so what was written is withdrawn; the corrected figure
# that follows stands. Another outlet's article ("블룸버그는 … 기사에서 …라고 썼다") is a
# relayed report and keeps its claims.

OWN_WRITTEN = [
    "① 11월 2일자 '메타, 루이지애나에 초대형 데이터센터' 기사에서 메타가 H100 60만 개를 "
    "운용 중이라고 썼습니다.",
    "2. 지난주 칼럼에서 '삼성전자의 HBM4 생산능력이 월 20만 장에 이르렀다'고 쓴 대목은 "
    "필자의 착오입니다.",
    "▲ 같은 기사에서 코어위브가 H200 5만 개를 들였다고 잘못 적었습니다.",
]

OWN_WRITTEN_TRAPS = [
    (
        "블룸버그는 11월 2일자 기사에서 메타가 H100 60만 개를 운용 중이라고 썼다.",
        {("meta", "deployed_chips", 600000.0)},
    ),
    (
        "① 같은 기사에서 적은 수치와 달리 메타가 운용하는 H100은 35만 개입니다.",
        {("meta", "deployed_chips", 350000.0)},
    ),
]


@pytest.mark.parametrize("text", OWN_WRITTEN)
def test_what_a_corrections_column_says_it_wrote_is_no_claim(text: str) -> None:
    assert not [r for r in rows(text) if r[1] != "adopts"]


@pytest.mark.parametrize(("text", "expected"), OWN_WRITTEN_TRAPS)
def test_a_report_relayed_or_a_corrected_figure_still_counts(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == {(r[0], r[1], r[4] and r[4][0]) for r in rows(text) if r[1] != "adopts"}


# -- chips that are training a model are deployed ------------------------------------------
# "콜로서스에서는 GPU 23만 개가 그록을 학습시키고 있다": chips at work training a model are in
# service where they stand, as "가동되고 있다" is; a chip named with no count ("트레이니움2로
# 클로드를 학습시키고 있다") counts nothing.

TRAINING_NOW = [
    (
        'xAI 측은 "콜로서스에서는 GPU 20만 개가 그록 차기 버전을 학습시키고 있다"고 설명했다.',
        {("colossus", None, 200000.0, False)},
    ),
    ("메타는 H100 2만 4천 개로 라마를 학습시키고 있다.", {("meta", "h100", 24000.0, False)}),
    ("앤트로픽은 트레이니움2로 클로드를 학습시키고 있다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TRAINING_NOW)
def test_chips_training_a_model_now_are_deployed(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == counts(text)


# -- what one tried to do and did not ------------------------------------------------------
# "…칩을 쓰려 했으나 안정성 문제로 이를 접고": '-(으)려(고) 했으나/했지만' tells an attempt that
# did not come about, so its clause states nothing. What is done and then qualified ("운용하고
# 있으나") stands.

TRIED = [
    "메타는 TPU를 빌려 쓰려 했으나 결국 자체 칩을 택했다.",
    "알리바바는 올해 초 새 모델 학습에 어센드 칩을 쓰려고 했지만 이를 접었다.",
    "바이트댄스는 H20을 대량으로 들이려 했지만 수출 규제로 막혔다.",
]


@pytest.mark.parametrize("text", TRIED)
def test_what_was_only_tried_is_no_claim(text: str) -> None:
    assert not rows(text)


def test_a_state_qualified_after_it_still_counts() -> None:
    text = "메타는 H100 35만 개를 운용하고 있으나 추가 구매는 미정이다."
    assert {("meta", "h100", 350000.0, False)} == counts(text)


# -- equipment for memory is not memory ----------------------------------------------------
# "HBM3E 12단용 TC본더", "HBM4용 장비": the memory before 용 is what the tool or material is
# for; the tool is traded, and it is no entity, so no memory deal. Memory traded as itself
# ("HBM3E 12단을 공급한다") is still a deal.

TOOLS_FOR_MEMORY = [
    "한미반도체는 마이크론에 HBM4용 TC본더를 공급한다.",
    "SK하이닉스는 HBM3E 12단용 본더 공급선을 한화세미텍 등으로 넓혔다.",
    "삼성전자는 HBM4 16단용 장비를 일본 업체에서 들여온다.",
]


@pytest.mark.parametrize("text", TOOLS_FOR_MEMORY)
def test_equipment_for_memory_makes_no_memory_deal(text: str) -> None:
    assert not [r for r in rows(text) if r[1] == "supply_deal"]


def test_memory_traded_as_itself_is_still_a_deal() -> None:
    got = {(r[0], r[1], r[3]) for r in rows("SK하이닉스는 엔비디아에 HBM3E 12단을 공급한다.")}
    assert {("nvidia", "supply_deal", "sk-hynix")} == got


# -- a provider's own cloud, named with 의 -------------------------------------------------
# "AWS의 클라우드에서 트레이니움 칩을 … 사용하고 있다": a company's cloud or data center as the
# place of use is the way in, though the company is a possessive; a brand possessive before
# its product ("AWS의 트레이니움2를") is no way in.

OWN_CLOUDS = [
    (
        "앤트로픽은 AWS의 클라우드에서 트레이니움2를 학습용으로 사용하고 있다.",
        {("anthropic", "trainium2", (("mode", "cloud"), ("via", "aws")))},
    ),
    (
        "메타는 오라클의 클라우드를 통해 GB200을 빌려 쓴다.",
        {("meta", "gb200", (("mode", "cloud"), ("via", "oracle")))},
    ),
    (
        "오픈AI는 구글의 데이터센터에서 TPU를 빌려 쓰고 있다.",
        {("openai", "google-tpu", (("mode", "cloud"), ("via", "google")))},
    ),
    ("앤트로픽은 AWS의 트레이니움2를 사용하고 있다.", {("anthropic", "trainium2", ())}),
]


@pytest.mark.parametrize(("text", "expected"), OWN_CLOUDS)
def test_a_providers_own_cloud_named_with_ui_is_the_way_in(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    got = {(r[0], r[3], tuple(sorted(r[2].items()))) for r in rows(text) if r[1] == "adopts"}
    assert expected == got
