"""Korean clause mechanics of the claim rules: clause joints, relative clauses that carry
their own facts, present-tense plans, denied reports, corrections, increments and deals
for memory of no named generation. Every sentence here is written for these tests, in
several phrasings, with traps."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tracker.domain.claims import Claim, Quantity
from tracker.domain.documents import Document
from tracker.extract import default_extractor

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2025, 12, 19, 9, 0, tzinfo=KST)
TODAY = ("point", "2025-12-19", "2025-12-19")
THIS_YEAR = ("point", "2025-01-01", "2025-12-31")
LEAD = "관련 소식을 정리했다.\n\n"  # an opening line, so that the sentence under test is no title


def rows(text: str) -> list[tuple[Any, ...]]:
    doc = Document(document_id="k", text=LEAD + text, published=PUBLISHED, language="ko")
    return sorted(_row(c) for c in default_extractor([]).extract(doc))


def _row(c: Claim) -> tuple[Any, ...]:
    value: Any = None
    if isinstance(c.value, Quantity):
        value = (c.value.low, c.value.bound)
    valid = (c.valid.kind, str(c.valid.start), str(c.valid.end))
    return (c.subject, c.predicate, c.qualifiers, c.object, value, c.modality, valid)


def capacity(value: float, modality: str, valid: tuple[str, str, str]) -> tuple[Any, ...]:
    return ("tsmc", "capacity", {"process": "cowos"}, None, (value, "exact"), modality, valid)


# -- clause joints: 인데/한데 and a finished action before the next ------------------------

JOINTS = [
    (
        "TSMC의 코워스 생산능력은 월 7만 장 수준인데, 업계는 내년 말 월 9만 장을 넘을 것으로 본다.",
        [
            capacity(70000, "actual", TODAY),
            (
                "tsmc",
                "capacity",
                {"process": "cowos"},
                None,
                (90000, "at-least"),
                "forecast",
                ("point", "2026-12-31", "2026-12-31"),
            ),
        ],
    ),
    (
        "TSMC CoWoS 생산능력은 현재 월 7만 장인데 증권가는 내년 말 월 9만 장으로 추정했다.",
        [
            capacity(70000, "actual", TODAY),
            capacity(90000, "forecast", ("point", "2026-12-31", "2026-12-31")),
        ],
    ),
    (
        "아마존은 앤트로픽에 80억 달러를 투자한 데 이어 추가 투자를 검토하고 있다.",
        [("amazon", "investment", {"target": "anthropic"}, None, (8e9, "exact"), "actual", TODAY)],
    ),
    (
        "구글은 앤트로픽에 30억 달러를 투자한 뒤 추가 출자 방안을 저울질하고 있다.",
        [("google", "investment", {"target": "anthropic"}, None, (3e9, "exact"), "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINTS)
def test_korean_clause_joints_keep_each_clause_its_own_cue_and_time(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert sorted(expected) == rows(text)


# -- a relative clause with its own figure (관형절) ---------------------------------------

RELATIVE = [
    (
        "TSMC는 지난해 말 월 3만 5000장 수준이던 CoWoS 생산능력을 "
        "내년 말까지 월 9만 장으로 늘릴 계획이다.",
        [
            capacity(35000, "actual", ("point", "2024-12-31", "2024-12-31")),
            capacity(90000, "planned", ("deadline", "2025-12-19", "2026-12-31")),
        ],
    ),
    (
        "TSMC는 작년 말 기준 월 4만 장이던 코워스 캐파를 "
        "내년 말 월 10만 장으로 확대한다는 방침이다.",
        [
            capacity(40000, "actual", ("point", "2024-12-31", "2024-12-31")),
            capacity(100000, "planned", ("point", "2026-12-31", "2026-12-31")),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_a_past_figure_in_a_relative_clause_is_its_own_actual_statement(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert sorted(expected) == rows(text)


# -- a plain present verb about the current year is a plan ---------------------------------

PRESENT_PLANS = [
    "AWS는 올해 자사 데이터센터에 트레이니움3 칩 10만 개를 투입한다.",
    "AWS는 연내 트레이니움3 10만 개를 데이터센터에 배치한다.",
    "올해 AWS는 트레이니움3 칩 10만 개를 들여놓는다.",
]


@pytest.mark.parametrize("text", PRESENT_PLANS)
def test_a_plain_present_verb_about_the_current_year_is_a_plan(text: str) -> None:
    found = rows(text)
    assert [(r[0], r[1], r[5]) for r in found] == [("aws", "deployed_chips", "planned")]


PRESENT_STATES = [
    # a state now ("가동하고 있다") and a done deed ("배치했다") stay actual
    ("AWS는 올해 트레이니움3 칩 10만 개를 배치했다.", "actual"),
    ("AWS는 현재 트레이니움3 칩 10만 개를 가동하고 있다.", "actual"),
]


@pytest.mark.parametrize(("text", "modality"), PRESENT_STATES)
def test_done_deeds_and_progressive_states_stay_actual(text: str, modality: str) -> None:
    assert [modality] == [r[5] for r in rows(text)]


# -- a report the sentence (or the text) denies --------------------------------------------

DENIED = [
    '메타가 구글 TPU를 도입한다는 보도에 대해 메타 측은 "사실무근"이라고 밝혔다.',
    "앤트로픽이 구글과 TPU 100만 개 공급 계약을 맺었다는 소문에 대해 "
    "구글은 사실이 아니라고 부인했다.",
    '삼성전자는 AWS에 HBM3E를 단독 공급한다는 일부 보도에 대해 "사실무근"이라고 밝혔다.',
    "Meta denied reports that it will rent Google TPUs from next year.",
    # a report relayed in one sentence and denied by its party in another
    '삼성전자는 "근거 없는 이야기"라며 부인했다. '
    "앞서 한 매체는 삼성전자가 AWS와 HBM3E 공급 계약을 맺었다고 보도했다.",
]


@pytest.mark.parametrize("text", DENIED)
def test_a_denied_report_yields_no_claim(text: str) -> None:
    language = "en" if text.isascii() else "ko"
    doc = Document(document_id="d", text=LEAD + text, published=PUBLISHED, language=language)
    assert default_extractor([]).extract(doc) == []


def test_a_report_nobody_denies_is_still_a_claim() -> None:
    text = "앞서 한 매체는 삼성전자가 AWS와 HBM3E 공급 계약을 맺었다고 보도했다."
    assert [(r[0], r[1], r[3]) for r in rows(text)] == [("aws", "supply_deal", "samsung")]


# -- corrections ------------------------------------------------------------------------

CORRECTIONS = [
    "또 오라클이 이 부지에 투자한 금액을 400억 달러로 보도했으나, "
    "이는 칩 구매 금액이기에 바로잡습니다.",
    "오라클의 스타게이트 투자액을 400억 달러라고 보도했지만 이는 사실과 달랐다.",
]


@pytest.mark.parametrize("text", CORRECTIONS)
def test_a_figure_the_paper_says_it_reported_wrongly_is_no_claim(text: str) -> None:
    assert [r for r in rows(text) if r[1] == "investment"] == []


# -- increments are no fleet sizes ------------------------------------------------------------

INCREMENTS = [
    "xAI는 콜로서스에 내년 상반기까지 GB200 칩 약 11만 개를 추가로 들일 계획이다.",
    "xAI는 콜로서스에 GB200 11만 개를 추가 도입한다.",
    "콜로서스에는 추가로 약 11만 개의 GB200이 들어갈 예정이다.",
]


@pytest.mark.parametrize("text", INCREMENTS)
def test_an_increment_is_not_a_fleet_size(text: str) -> None:
    assert [r for r in rows(text) if r[1] == "deployed_chips"] == []


# -- memory of no named generation for a chip ---------------------------------------------

MEMORY_FOR = [
    ("트레이니움3용 HBM은 SK하이닉스가 대부분 공급한다.", ("aws", "sk-hynix")),
    ("아이언우드용 고대역폭메모리는 삼성전자가 납품하고 있다.", ("google", "samsung")),
]


@pytest.mark.parametrize(("text", "parties"), MEMORY_FOR)
def test_memory_for_a_chip_is_bought_by_its_maker_with_no_product(
    text: str, parties: tuple[str, str]
) -> None:
    found = rows(text)
    assert [(parties[0], "supply_deal", {}, parties[1])] == [r[:4] for r in found]


def test_a_chip_named_as_the_memory_destination_is_never_the_product() -> None:
    text = "업계에서는 트레이니움3용 HBM은 SK하이닉스가 대부분 공급하는 것으로 보고 있다."
    assert all(r[2] != {"product": "trainium3"} for r in rows(text))


# -- hypotheses, interviewers' questions, the interviewee's company ------------------------

HYPOTHESES = [
    '업계 관계자는 "메타가 실제로 TPU를 들인다면 엔비디아의 판매 전략도 바뀔 것"이라고 말했다.',
    "구글이 앤트로픽에 TPU 100만 개를 공급할 경우 엔비디아의 점유율이 낮아질 수 있다.",
    "오픈AI가 트레이니움을 도입한다면 AWS로서는 큰 고객을 얻게 된다.",
]


@pytest.mark.parametrize("text", HYPOTHESES)
def test_a_korean_hypothesis_states_nothing(text: str) -> None:
    assert rows(text) == []


QUESTIONS = [
    "—구글 TPU용 메모리 공급설이 있는데.",
    "— 엔비디아에 HBM4를 공급하고 있나.",
    "Q. 트레이니움3 10만 개를 도입하나?",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_an_interviewers_question_line_states_nothing(text: str) -> None:
    assert rows(text) == []


def test_an_answer_with_no_subject_speaks_for_the_interviewees_company() -> None:
    text = (
        "삼성전자가 HBM4 증산에 나섰다.\n\n"
        "—HBM4 생산능력은.\n\n"
        '"AMD와도 HBM4 물량을 협의 중입니다."\n\n'
        '"지난해 말 기준 HBM4 생산능력은 월 6만 장 수준이었습니다."'
    )
    found = [r for r in rows(text) if r[1] == "capacity"]
    assert [r[0] for r in found] == ["samsung"]


def test_an_implicit_capacity_subject_must_be_able_to_make_the_process() -> None:
    text = (
        "엔비디아는 블랙웰 주문이 밀려 있다고 밝혔다. "
        "2027년에는 CoWoS 생산능력이 월 15만 장을 웃돌 것으로 예상된다."
    )
    assert [r[0] for r in rows(text) if r[1] == "capacity"] == ["tsmc"]
