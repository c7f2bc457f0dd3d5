"""Korean quantities fixed in session 12 (QTY-KO): general shapes that the blind batches
missed, each pinned by sentences written for these tests (other companies, chips, figures
and word order than any article) plus traps that must give nothing or keep the old reading.
Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)
TODAY = ("point", "2026-03-10", "2026-03-10")


def rows(text: str) -> list[tuple[Any, ...]]:
    return extract_rows(text, "ko", PUBLISHED)


def of(text: str, predicate: str) -> set[tuple[Any, ...]]:
    """(subject, sorted qualifiers, low, unit, bound, modality, valid) of every claim of one
    predicate."""
    return {
        (r[0], tuple(sorted(r[2].items())), r[4][0], r[4][2], r[4][4], r[5], r[6])
        for r in rows(text)
        if r[1] == predicate
    }


# -- chips counted with 장 after a month's name are cards, not wafers a month ---------------
# "3월까지 H200 2000장": the 월 of a month (or of 개월) is no "a month" rate, so the count stays
# a count of chips; a real rate ("월 7만 장") stays wafers.

MONTH_BEFORE_SHEETS = [
    (
        "크루소는 내년 6월까지 B200 4000장을 새 캠퍼스에 들일 예정이다.",
        {
            (
                "crusoe",
                (("chip", "b200"),),
                4000.0,
                "count",
                "exact",
                "planned",
                ("deadline", "2026-03-10", "2027-06-30"),
            )
        },
    ),
    (
        "카카오는 지난 11월 H100 1200장을 들여 가동하고 있다.",
        {("kakao", (("chip", "h100"),), 1200.0, "count", "exact", "actual", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_BEFORE_SHEETS)
def test_a_month_before_sheets_leaves_them_chips(text: str, expected: set[Any]) -> None:
    assert expected == of(text, "deployed_chips")


def test_a_wafer_rate_after_a_month_stays_wafers() -> None:
    found = of("삼성전자의 HBM 생산능력은 12월 기준 월 16만 장이다.", "capacity")
    assert {r[3] for r in found} == {"wafer/month"}


# -- "이곳에" with no named site in focus: the topic company fills it ------------------------
# "X는 이곳에 N장을 설치했다" after an unnamed site: the company's fleet; a named site in
# focus keeps the count (below).

FILLED_PLACE = [
    (
        "네비우스는 핀란드에 새 데이터센터를 열었다. "
        "네비우스는 이곳에 H200 3000개를 이미 깔아 두었다.",
        {("nebius", (("chip", "h200"),), 3000.0, "count", "exact", "actual", TODAY)},
    ),
    (
        "카카오가 안산에 짓는 센터는 내년에 문을 연다. "
        "카카오는 이곳에 B300 1500장을 넣을 계획이다.",
        {("kakao", (("chip", "b300"),), 1500.0, "count", "exact", "planned", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FILLED_PLACE)
def test_the_topic_company_fills_an_unnamed_place(text: str, expected: set[Any]) -> None:
    assert expected == of(text, "deployed_chips")


def test_a_named_site_in_focus_still_holds_the_count() -> None:
    text = "콜로서스 2는 멤피스에 있다. xAI는 이곳에 GB200 20만 개를 들일 계획이다."
    assert {r[0] for r in of(text, "deployed_chips")} == {"colossus-2"}


# -- 깔다 (to lay down) in every form counts a fleet ----------------------------------------

LAID = [
    (
        "코어위브는 연말까지 GB300 8000장을 깐다.",
        {
            (
                "coreweave",
                (("chip", "gb300"),),
                8000.0,
                "count",
                "exact",
                "planned",
                ("deadline", "2026-03-10", "2026-12-31"),
            )
        },
    ),
    (
        "네이버는 세종 센터에 H200 2500장을 깔 계획이다.",
        {("naver", (("chip", "h200"),), 2500.0, "count", "exact", "planned", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAID)
def test_laying_chips_down_counts_a_fleet(text: str, expected: set[Any]) -> None:
    assert expected == of(text, "deployed_chips")


def test_laying_cable_counts_no_chips() -> None:
    assert set() == of("KT는 판교에 광케이블 300km를 깐다.", "deployed_chips")


# -- a total that a step still ahead brings is announced, dated at publication ------------
# "…가 끝나면/완료 시/더해지면 … 누적 투자액이 N이 된다(됨)": the total holds once the pending
# step is done (GUIDE: a total a decision brings); a total already reached stays actual.

PENDING_TOTALS = [
    (
        "카카오는 이번 신주 납입이 마무리되면 퓨리오사AI에 대한 누적 출자액이 1500억 원이 "
        "된다고 공시했다.",
        {("kakao", (("target", "furiosaai"),), 1.5e11, "KRW", "exact", "announced", TODAY)},
    ),
    (
        "네이버는 2025년 리벨리온에 200억 원을 출자했다. 추가 취득 완료 시 네이버의 리벨리온 "
        "누적 투자액은 약 700억 원이 됨.",
        {("naver", (("target", "rebellions"),), 7e10, "KRW", "exact", "announced", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PENDING_TOTALS)
def test_a_total_a_pending_step_brings_is_announced(text: str, expected: set[Any]) -> None:
    found = {r for r in of(text, "investment") if r[2] == next(iter(expected))[2]}
    assert expected == found


def test_a_total_already_reached_stays_actual() -> None:
    text = (
        "구글은 앤트로픽 지분을 꾸준히 늘려 왔다. "
        "구글의 앤트로픽 누적 투자액은 지난달 30억 달러가 됐다."
    )
    assert {r[5] for r in of(text, "investment")} <= {"actual"}


# -- "as announced / as planned" is the earlier word, the verb governs ---------------------

AS_TOLD = [
    (
        "소프트뱅크는 앞서 예고한 대로 오픈AI에 100억 달러를 출자했다.",
        {("softbank", (("target", "openai"),), 1e10, "USD", "exact", "actual", TODAY)},
    ),
    (
        "마이크로소프트는 계획대로 미스트랄AI에 20억 유로를 넣었다.",
        {("microsoft", (("target", "mistral"),), 2e9, "EUR", "exact", "actual", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), AS_TOLD)
def test_done_as_announced_is_actual(text: str, expected: set[Any]) -> None:
    assert expected == of(text, "investment")


def test_a_plan_after_as_planned_stays_planned() -> None:
    text = "오라클은 당초 발표한 대로 내년 중 AMD MI450 5만 개를 들일 계획이다."
    assert {r[5] for r in of(text, "deployed_chips")} == {"planned"}


# -- a capacity told as all of a maker's HBM takes no generation --------------------------
# "HBM4를 포함한 HBM 전체 생산능력", "HBM3E만이 아니라 전체 HBM 캐파": the generation is a
# part of the total (GUIDE: total HBM capacity has no process); a figure of its own keeps it.

ALL_HBM = [
    "SK하이닉스는 HBM3E를 포함한 HBM 전체 생산능력을 연말까지 월 20만 장으로 키운다.",
    "정정합니다. 월 9만 장은 HBM4만의 물량이 아니라 마이크론 HBM 총 생산능력입니다.",
]


@pytest.mark.parametrize("text", ALL_HBM)
def test_all_of_a_makers_hbm_takes_no_generation(text: str) -> None:
    assert {r[1] for r in of(text, "capacity")} == {()}


def test_a_generations_own_figure_beside_the_total_keeps_it() -> None:
    text = "SK하이닉스의 HBM 생산능력은 모두 합쳐 월 15만 장이며, 이 중 HBM4는 월 4만 장이다."
    assert {(r[1], r[2]) for r in of(text, "capacity")} == {
        ((), 150000.0),
        ((("process", "hbm4"),), 40000.0),
    }


# -- a plain number between a Korean product name and a count names the product ------------


def test_a_model_number_before_a_count_is_no_count() -> None:
    text = "인텔은 내년에 가우디 4 1만 개로 이뤄진 새 슈퍼팟을 선보일 계획이다."
    assert not any(r[4] and r[4][0] == 3.0 for r in rows(text))


def test_a_count_after_a_chip_name_still_counts() -> None:
    text = "메타는 MTIA 4000개를 추천 서비스에 돌리고 있다."
    assert {r[2] for r in of(text, "deployed_chips")} == {4000.0}


# -- the head of a company's unit speaks for the company ---------------------------------
# "SK텔레콤 AI 사업 부문장은 … 넣겠다고 했다": the unit head's company is the subject, not
# a partner named in a relative clause after it.

UNIT_HEADS = [
    (
        "카카오 인프라 본부장은 오라클과 함께 운영하는 센터에 H200 3000장을 들이겠다고 했다.",
        "kakao",
    ),
    ("KT 클라우드 부문장이 AWS와 공동 구축한 단지에 B200 5000장을 깔겠다고 말했다.", "kt"),
]


@pytest.mark.parametrize(("text", "company"), UNIT_HEADS)
def test_a_unit_head_speaks_for_the_company(text: str, company: str) -> None:
    assert {r[0] for r in of(text, "deployed_chips")} == {company}


# -- a whole fleet a named chip is only part of has no chip -------------------------------
# "H100까지 합치면 N장", "MI300X를 포함하면 모두 N개", "B300 랙을 추가해 전체 GPU를 N개로": the
# chip is included or added; the count is of every GPU (GUIDE: a mixed count has no chip).

WHOLE_FLEETS = [
    ("크루소는 지난해 들인 H200까지 합치면 GPU 3만 장 정도를 굴린다.", "crusoe", 30000.0),
    ("오라클은 MI355X를 추가해 전체 GPU를 5만 개로 늘릴 계획이다.", "oracle", 50000.0),
    ("코어위브는 GB300도 더하면 모두 12만 개를 운영하게 된다.", "coreweave", 120000.0),
]


@pytest.mark.parametrize(("text", "company", "count"), WHOLE_FLEETS)
def test_a_whole_fleet_a_chip_is_part_of_has_no_chip(text: str, company: str, count: float) -> None:
    assert {(r[0], r[1], r[2]) for r in of(text, "deployed_chips")} == {(company, (), count)}


KEEPS_ITS_CHIP = [
    # sites summed, the chip still the count's own
    ("메타는 오하이오와 텍사스 센터를 합쳐 H100 6만 장을 돌리고 있다.", "h100"),
    # a chip added as a count of its own
    ("카카오는 B200 2000장을 추가해 연말까지 새 클러스터에 넣는다.", "b200"),
]


@pytest.mark.parametrize(("text", "chip"), KEEPS_ITS_CHIP)
def test_a_chip_counted_on_its_own_keeps_it(text: str, chip: str) -> None:
    assert {r[1] for r in of(text, "deployed_chips")} == {(("chip", chip),)}


# -- where a site is: being built there is a fact; a site sought there is none -----------


def located(text: str) -> set[tuple[str, str, str]]:
    return {(r[0], r[4], r[5]) for r in rows(text) if r[1] == "located_in"}


BUILT_THERE = [
    (
        "xAI는 테네시주 멤피스에 짓는 콜로서스 2를 내년 봄 가동할 계획이다.",
        {("colossus-2", "Tennessee, US", "actual")},
    ),
    (
        "마이크로소프트는 조지아주 애틀랜타에 건설하는 페어워터를 내년에 완공할 예정이다.",
        {("fairwater", "Georgia, US", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BUILT_THERE)
def test_a_site_being_built_there_is_there(text: str, expected: set[Any]) -> None:
    assert expected == located(text)


SOUGHT_THERE = [
    "오픈AI는 스타게이트를 위해 미시간과 오하이오 등에서 새 부지를 물색하고 있다.",
    "스타게이트 첫 캠퍼스는 텍사스주 애빌린에 있다. 오라클은 그 밖에 위스콘신과 "
    "뉴멕시코 등에 추가 부지를 찾고 있다.",
]


@pytest.mark.parametrize("text", SOUGHT_THERE)
def test_a_place_where_a_site_is_sought_holds_none(text: str) -> None:
    assert not {r for r in located(text) if r[1] != "Texas, US"}


def test_an_existing_site_in_a_weighed_use_keeps_its_place() -> None:
    text = "오픈AI는 텍사스주 애빌린의 스타게이트에서 새 모델 학습을 검토하고 있다."
    assert ("stargate", "Texas, US", "actual") in located(text)


# -- a time made the sentence's topic dates a later clause with none of its own -----------

TOPIC_TIMES = [
    (
        "2027년에는 추론 수요가 커지면서 카카오의 H200 보유량이 6000장에 달할 것으로 본다.",
        ("point", "2027-01-01", "2027-12-31"),
    ),
    (
        "내년엔 신규 센터가 문을 열면서 크루소의 GB300 보유량이 2만 개로 불어날 것으로 예상된다.",
        ("point", "2027-01-01", "2027-12-31"),
    ),
]


@pytest.mark.parametrize(("text", "valid"), TOPIC_TIMES)
def test_a_topic_time_dates_a_later_clause(text: str, valid: tuple[str, str, str]) -> None:
    assert {r[6] for r in of(text, "deployed_chips")} == {valid}


def test_a_topic_time_leaves_a_clause_about_now() -> None:
    text = "올해에는 설비 투자가 늘었고, 네비우스는 현재 B200 3000장을 돌리고 있다."
    assert {r[6] for r in of(text, "deployed_chips")} == {TODAY}
