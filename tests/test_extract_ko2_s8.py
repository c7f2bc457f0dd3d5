"""Korean causes fixed in session 8 by the second Korean engineer, each pinned by sentences
written for these tests (other systems, other phrasings) plus traps that must not change.
Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import claim_row, run_extractor

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)


def rows(text: str, language: str = "ko") -> list[tuple[Any, ...]]:
    return [claim_row(c) for c in run_extractor(text, language, PUBLISHED, "press")]


def integrations(text: str, language: str = "ko") -> set[tuple[str, str, str]]:
    return {(r[0], r[3], r[5]) for r in rows(text, language) if r[1] == "integrates"}


# -- a system whose chips are joined by a named interconnect integrates it (GUIDE) ---------

JOINED = [
    (
        "GB300 NVL72 랙 한 대에는 블랙웰 울트라 GPU 72개가 들어 있고 NV링크로 서로 묶인다.",
        {("gb300", "nvlink", "actual")},
    ),
    ("HGX B200 서버 한 대에는 B200 8개가 NV링크로 연결돼 있다.", {("b200", "nvlink", "actual")}),
    (
        "슈퍼마이크로가 파는 GB200 NVL72 랙은 GPU 72개를 NV링크로 하나처럼 묶은 시스템이다.",
        {("gb200", "nvlink", "actual")},
    ),
    (
        "Each GB200 NVL72 rack the lab runs holds 72 GPUs linked by NVLink.",
        {("gb200", "nvlink", "actual")},
    ),
    (
        "Every GB300 NVL72 system in the hall packs 72 GPUs into a single NVLink domain.",
        {("gb300", "nvlink", "actual")},
    ),
    (
        "A GB200 NVL72 rack holds 72 Blackwell GPUs, and the fabric between them runs on NVLink.",
        {("gb200", "nvlink", "actual")},
    ),
    (
        "내년에 나올 헬리오스 랙 하나에는 MI450 72개가 들어가 UALink로 연결된다.",
        {("helios", "ualink", "announced")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_a_system_whose_chips_a_named_interconnect_joins_integrates_it(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    language = "en" if text.isascii() else "ko"
    assert expected == integrations(text, language)


NOT_JOINED = [
    # no count of the system's chips: nothing says which system the link joins
    "NV링크는 GPU끼리 데이터를 주고받는 엔비디아의 연결 기술이다.",
    # the link named, but not as what joins the chips
    "GB200 NVL72 랙 한 대에는 GPU 72개가 들어가며, NV링크 대역폭은 공개되지 않았다.",
    # racks joined to each other by another fabric: the count's system does not integrate it
    "GB200 NVL72 랙 한 대에는 GPU 72개가 들어간다. 랙과 랙 사이는 인피니밴드로 묶는다.",
]


@pytest.mark.parametrize("text", NOT_JOINED)
def test_no_integration_without_a_counted_system_joined_by_the_link(text: str) -> None:
    assert set() == integrations(text)


# -- a state told with its start as background is today's (GUIDE, "since") ----------------

SINCE = [
    "마이크론은 지난해부터 엔비디아에 HBM3E를 공급하고 있다.",
    "SK하이닉스는 올해 1월부터 AMD에 HBM3E를 납품하고 있다.",
    "삼성전자는 지난 2월부터 브로드컴에 HBM3E를 공급해 오고 있다.",
    "메타는 작년부터 구글 클라우드에서 TPU를 빌려 쓰고 있다.",
]


@pytest.mark.parametrize("text", SINCE)
def test_a_state_since_a_past_start_is_a_point_at_publication(text: str) -> None:
    found = [(r[5], r[6]) for r in rows(text) if r[1] in ("supply_deal", "adopts")]
    assert found == [("actual", ("point", "2026-03-10", "2026-03-10"))]


def test_a_deal_made_for_a_start_still_ahead_stays_open() -> None:
    text = "마이크론은 내년부터 엔비디아에 HBM4를 공급하기로 계약했다."
    found = [r[6][:2] for r in rows(text) if r[1] == "supply_deal"]
    assert found == [("open", "2027-01-01")]


# -- a chronology or fact-box line headed by a past day stays at publication (GUIDE) -------

DAY_HEADED = [
    "▲3월 2일 마이크론이 엔비디아와 HBM4 공급 계약을 체결했다.",
    "2026년 2월 27일 — 마이크론이 엔비디아에 HBM4를 공급하는 계약을 맺었다.\n\n"
    "2026년 3월 — 엔비디아가 루빈 양산을 시작했다.",
    "- 3월 2일: 마이크론이 엔비디아에 HBM4를 공급하기로 계약했다.",
]


@pytest.mark.parametrize("text", DAY_HEADED)
def test_a_line_headed_by_a_past_day_leaves_its_claim_at_publication(text: str) -> None:
    found = [r[6] for r in rows(text) if r[1] == "supply_deal"]
    assert found == [("point", "2026-03-10", "2026-03-10")]


def test_a_timeline_entry_headed_by_a_month_still_dates_its_claim() -> None:
    text = (
        "2025년 11월 — 메타는 GB200 5만 개를 가동하기 시작했다.\n\n"
        "2026년 1월 — 메타는 GB300 2만 개를 추가로 들였다."
    )
    found = [r[6] for r in rows(text) if r[1] == "deployed_chips" and r[2] == {"chip": "gb200"}]
    assert found == [("point", "2025-11-01", "2025-11-30")]


# -- a list item that tells a completed act is actual whatever its lead says ----------------

LEAD = "목표주가는 기존보다 20% 올린다. 내년 실적 목표도 높였다.\n\n"
DONE_ITEMS = [
    "- SK하이닉스 HBM3E 12단의 AMD향 공급은 올해 1월부터 본격화됐다.",
    "- 마이크론은 지난해부터 엔비디아에 HBM3E를 공급했다.",
    "▲ 삼성전자의 HBM3E는 AMD에 공급되기 시작했다.",
]


@pytest.mark.parametrize("item", DONE_ITEMS)
def test_a_list_item_in_the_past_tense_is_actual_under_a_planning_lead(item: str) -> None:
    found = [(r[5], r[6][0]) for r in rows(LEAD + item) if r[1] == "supply_deal"]
    assert found == [("actual", "point")]


# -- a share of a maker's output secured, allotted or reserved is a deal with the maker ----

COWOS = (("product", "cowos"),)
SECURED = [
    ("AMD는 TSMC로부터 CoWoS 물량의 3분의 1가량을 확보했다.", {("amd", "tsmc")}),
    ("브로드컴은 올해 코워스 물량의 20% 안팎을 확보한 것으로 알려졌다.", {("broadcom", "tsmc")}),
    (
        "구글, 메타, 그리고 마이크로소프트 등도 CoWoS 물량을 배정받고 있다.",
        {("google", "tsmc"), ("meta", "tsmc"), ("microsoft", "tsmc")},
    ),
    ("엔비디아는 내년 CoWoS 물량의 절반을 이미 예약해 두었다.", {("nvidia", "tsmc")}),
]


@pytest.mark.parametrize(("text", "expected"), SECURED)
def test_a_share_of_a_makers_output_secured_is_a_deal_with_the_maker(
    text: str, expected: set[tuple[str, str]]
) -> None:
    found = {
        (r[0], r[3])
        for r in rows(text)
        if r[1] == "supply_deal" and tuple(sorted(r[2].items())) == COWOS
    }
    assert expected == found


NOT_SECURED = [
    # the maker's own output is no deal with itself
    "TSMC는 CoWoS 물량을 확보하기 위해 설비를 늘리고 있다.",
    # a volume of another kind
    "엔비디아는 HBM 물량의 절반을 확보했다.",
]


@pytest.mark.parametrize("text", NOT_SECURED)
def test_no_cowos_deal_without_a_customer_securing_the_output(text: str) -> None:
    assert [r for r in rows(text) if r[1] == "supply_deal" and r[2] == {"product": "cowos"}] == []


# -- a document about one chip gives it its subjectless spec lines --------------------------

ONE_CHIP = (
    "본 보고서는 당사가 입수한 가우디3 가속기 카드 2장을 분해해 측정한 결과다. "
    "카드는 양산품이며 수치는 당사 실측치다.\n\n"
    "방열판은 구리 재질이며 무게는 1.2kg이다. 전원부는 12단 구성이다.\n\n"
    "다이 두 개가 나란히 배치돼 있다. 인터포저 면적은 공개되지 않았다.\n\n"
    "FP8 연산 성능은 공개치인 1.8페타플롭스를 그대로 인용한다."
)


def test_a_subjectless_spec_line_belongs_to_the_only_chip_the_document_names() -> None:
    found = [(r[0], r[1], r[4][0]) for r in rows(ONE_CHIP) if r[1] == "peak_compute"]
    assert found == [("gaudi3", "peak_compute", 1.8e15)]


def test_a_subjectless_spec_line_after_two_chips_belongs_to_neither() -> None:
    text = ONE_CHIP.replace("가우디3 가속기 카드 2장", "가우디3와 MI355X 카드 각 1장")
    assert [r for r in rows(text) if r[1] == "peak_compute"] == []


# -- an amount put into a round goes to the company raising it --------------------------------


def investments(text: str) -> set[tuple[Any, ...]]:
    return {
        (r[0], r[2].get("target"), r[4][0], r[4][2]) for r in rows(text) if r[1] == "investment"
    }


ROUNDS = [
    (
        "코어위브는 15억 달러 규모의 시리즈C 투자 유치를 마무리했다. "
        "이번 라운드에는 델이 2억 달러를 넣었다.",
        {("dell", "coreweave", 2e8, "USD")},
    ),
    (
        "미스트랄AI가 추진 중인 17억 유로 규모의 자금 조달에 ASML이 13억 유로를 출자하기로 했다.",
        {("asml", "mistral", 1.3e9, "EUR")},
    ),
    (
        "딥시크는 10억 달러 규모의 자금 조달을 마쳤다. 텐센트는 이 가운데 3억 달러를 댔다.",
        {("tencent", "deepseek", 3e8, "USD")},
    ),
    (
        "리벨리온은 시리즈C 라운드를 마무리했다. 퀄컴은 이번 라운드에서 100억 원을 넣었는데, "
        "퀄컴의 누적 투자금은 이로써 300억 원이 됐다.",
        {("qualcomm", "rebellions", 3e10, "KRW")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUNDS)
def test_an_amount_put_into_a_round_goes_to_the_company_raising_it(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == investments(text)


NO_RAISER = [
    # no round told: whose round it is is unknown
    "엔비디아는 이번 라운드에 20억 달러를 댔다.",
    # the raise itself is no one's investment
    "코어위브는 15억 달러 규모의 시리즈C 투자 유치를 마무리했다.",
]


@pytest.mark.parametrize("text", NO_RAISER)
def test_no_round_investment_without_a_raiser(text: str) -> None:
    assert set() == investments(text)


# -- in an interview, a spoken sentence with no party of its own is the speaker's company ---

INTERVIEW = (
    "[인터뷰] 카카오 인프라 총괄 “추론은 국산 칩으로”\n\n"
    "카카오의 AI 인프라를 맡고 있는 김민수 카카오 인프라 총괄을 판교에서 만났다.\n\n"
    "Q: 국산 칩은 쓰고 있나요?\n"
)
SPOKEN = [
    (
        "A: 네. 지난달부터 퓨리오사AI의 레니게이드 서버를 저희 센터에 들여 "
        "검색 추론을 돌리고 있어요.",
        ("kakao", "rngd", "actual", {"mode": "on-prem"}),
    ),
    (
        "A: 아직은 아닙니다. 내년에 리벨리온의 리벨 쿼드를 저희 데이터센터에 들이는 걸 "
        "검토하고 있습니다.",
        ("kakao", "rebel", "considering", {"mode": "on-prem"}),
    ),
    (
        "A: 짧은 실험 일부는 AWS의 트레이니움2 인스턴스를 빌려 돌리고 있어요.",
        ("kakao", "trainium2", "actual", {"mode": "cloud", "via": "aws"}),
    ),
]


@pytest.mark.parametrize(("answer", "expected"), SPOKEN)
def test_a_spoken_answer_with_no_party_of_its_own_is_the_speakers_companys(
    answer: str, expected: tuple[Any, ...]
) -> None:
    found = [(r[0], r[3], r[5], r[2]) for r in rows(INTERVIEW + answer) if r[1] == "adopts"]
    assert found == [expected]


SPOKEN_TRAPS = [
    # a spec told in the speaker's voice: no use of the speaker's own
    "A: 이미 공개된 대로 루빈 GPU 하나에는 HBM4 288GB가 탑재됩니다.",
    # a comparison, not a use
    "A: 같은 모델을 H100에서 돌릴 때보다 분할을 덜 해도 됩니다.",
]


@pytest.mark.parametrize("answer", SPOKEN_TRAPS)
def test_a_spoken_sentence_with_no_ongoing_use_gives_the_speaker_no_adoption(answer: str) -> None:
    assert [r for r in rows(INTERVIEW + answer) if r[1] == "adopts"] == []


# -- a fact box's headline-style line: the company before the comma is its subject ---------

BOX = "올해 주요 거래를 날짜순으로 정리했다.\n\n"
BOX_LINES = [
    (
        "▲3월 2일 마이크론, 엔비디아와 HBM4 공급 계약 체결",
        ("nvidia", "supply_deal", "micron", "actual"),
    ),
    ("▲2월 13일 퀄컴, 엔스케일에 2억 달러 투자", ("qualcomm", "investment", None, "actual")),
    ("▲1월 20일 카카오, 가우디3 도입 검토", ("kakao", "adopts", "gaudi3", "considering")),
]


@pytest.mark.parametrize(("line", "expected"), BOX_LINES)
def test_a_fact_box_lines_comma_subject_is_its_subject(
    line: str, expected: tuple[Any, ...]
) -> None:
    found = [(r[0], r[1], r[3], r[5]) for r in rows(BOX + line)]
    assert found == [expected]


def test_a_fact_box_line_opening_with_a_list_of_companies_has_no_one_subject() -> None:
    assert rows(BOX + "▲3월 5일 엔비디아, AMD, 인텔 주가 일제히 하락") == []


# -- a month-by-month look back: "▲6월 = …" dates its line's claims by that month ------------

MONTHS = (
    "지난 1년을 달별로 돌아봤다.\n\n"
    "▲8월 = 메타는 GB200 5만 개를 가동하기 시작했다.\n\n"
    "▲2월 = 메타의 GB200은 10만 개로 늘었다."
)


def test_a_month_line_of_a_look_back_dates_its_claims_by_the_latest_such_month() -> None:
    found = {(r[2]["chip"], r[4][0], r[6]) for r in rows(MONTHS) if r[1] == "deployed_chips"}
    assert found == {
        ("gb200", 50000.0, ("point", "2025-08-01", "2025-08-31")),
        ("gb200", 100000.0, ("point", "2026-02-01", "2026-02-28")),
    }


def test_a_single_month_line_is_no_look_back() -> None:
    text = "올해 메타의 인프라를 정리했다.\n\n▲2월 = 메타의 GB200은 10만 개로 늘었다."
    found = [r[6] for r in rows(text) if r[1] == "deployed_chips"]
    assert found == [("point", "2026-03-10", "2026-03-10")]
