"""Korean quantities, session 16 (QTY-KO s16): general causes of the blind batches' misses
(ko-v, ko-w), each pinned by sentences written for these tests (other companies, chips,
figures and layouts than any article) plus traps that must keep the old reading. Every
sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)
TODAY = ("point", "2026-03-10", "2026-03-10")
BY_YEAR_END = ("deadline", "2026-03-10", "2026-12-31")


def rows(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    return extract_rows(text, "ko", PUBLISHED, tier)


def counts(text: str, tier: str = "press") -> set[tuple[Any, ...]]:
    """(subject, sorted qualifiers, low value, bound, modality, valid) of every deployment
    count."""
    return {
        (r[0], tuple(sorted(r[2].items())), r[4][0], r[4][4], r[5], r[6])
        for r in rows(text, tier)
        if r[1] == "deployed_chips"
    }


# -- a writer who introduces a unit of the company ------------------------------------------
# "안녕하세요, 네이버클라우드 AI 인프라팀입니다.": the company's own blog says who "we" are with
# a team's name before the copula, as "안녕하세요, 퓨리오사AI입니다." already did; the counts
# the text tells with no subject are that company's.

INTRODUCED = [
    (
        "안녕하세요, 카카오 클라우드 인프라팀입니다.\n\n지금 판교 센터에서는 H200 1,200개가 "
        "돌고 있습니다.",
        {("kakao", (("chip", "h200"),), 1200.0, "exact", "actual", TODAY)},
    ),
    (
        "반갑습니다, SK텔레콤 AI 데이터센터 사업부입니다.\n\n올해 말까지 B200을 3,000장으로 "
        "늘릴 계획입니다.",
        {("sk-telecom", (("chip", "b200"),), 3000.0, "exact", "planned", BY_YEAR_END)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTRODUCED)
def test_a_team_introducing_itself_names_the_writer(text: str, expected: set[Any]) -> None:
    assert expected == counts(text, "company")


def test_a_greeting_that_names_a_team_as_a_partner_introduces_no_writer() -> None:
    text = (
        "안녕하세요, 카카오 인프라팀과 함께 일하는 협력사 엔지니어입니다.\n\n"
        "지금 판교 센터에서는 H200 1,200개가 돌고 있습니다."
    )
    assert set() == counts(text, "company")


# -- a whole fleet a chip is only included in -----------------------------------------------
# "GB300까지 합쳐 전체 GPU를 3,000개 이상으로": after 까지 or 도 the joined form (합쳐, 더해,
# 포함해) says the chip is part of the sum, as "…까지 합치면" did: no chip qualifier.

INCLUDED = [
    (
        "SK텔레콤은 연말까지 H200까지 합쳐 전체 GPU를 5,000개로 늘린다.",
        {("sk-telecom", (), 5000.0, "exact", "planned", BY_YEAR_END)},
    ),
    (
        "KT는 MI355X도 더해서 GPU를 모두 9,000개 운영하고 있다.",
        {("kt", (), 9000.0, "exact", "actual", TODAY)},
    ),
    (  # trap: the chip's own count
        "SK텔레콤은 연말까지 H200 5,000개를 들여 가동한다.",
        {("sk-telecom", (("chip", "h200"),), 5000.0, "exact", "planned", BY_YEAR_END)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), INCLUDED)
def test_a_chip_joined_into_the_sum_qualifies_no_count(text: str, expected: set[Any]) -> None:
    assert expected == counts(text)


# -- racks counted, then their GPUs -----------------------------------------------------------
# "GB200 NVL72 랙 24대, GPU로 치면 1,728개가 돌고 있습니다": with several racks counted before
# it, a GPU count in a clause with a rack word is the total, not what one rack holds.


def test_gpus_of_racks_counted_are_a_fleet() -> None:
    text = "KT는 목동 센터에서 GB300 NVL72 랙 16대, GPU로 치면 1,152개를 가동하고 있다."
    assert {("kt", (("chip", "gb300"),), 1152.0, "exact", "actual", TODAY)} == counts(text)


def test_gpus_of_a_written_team_after_racks_counted_are_its_fleet() -> None:
    text = (
        "안녕하세요, 카카오 AI 인프라팀입니다.\n\n현재 안산 센터에는 GB200 NVL72 랙 12대, "
        "GPU로 치면 864개가 돌고 있습니다."
    )
    assert {("kakao", (("chip", "gb200"),), 864.0, "exact", "actual", TODAY)} == counts(
        text, "company"
    )


@pytest.mark.parametrize(
    "text",
    [
        "안녕하세요, 카카오 AI 인프라팀입니다.\n\n랙 한 대에는 GPU 72개가 들어갑니다.",
        "안녕하세요, 카카오 AI 인프라팀입니다.\n\n랙 1대에 GPU 72개가 꽂혀 있습니다.",
        # the 72 of the system's name counts no racks
        "안녕하세요, 카카오 AI 인프라팀입니다.\n\nGB300 NVL72 랙 한 대에는 GPU 72개가 들어갑니다.",
    ],
)
def test_what_one_rack_holds_stays_no_fleet(text: str) -> None:
    assert set() == counts(text, "company")


# -- one rack's chips, a few lines after the rack was named -----------------------------------
# "GB200 NVL72 랙 24대 … 랙당 소비전력은 … 랙 하나에는 블랙웰 GPU 72개": the family's per-rack
# count is the system's (GUIDE), the rack named up to five sentences before in Korean.


def test_one_racks_family_count_is_the_system_named_lines_before() -> None:
    text = (
        "카카오는 GB300 NVL72 랙 8대를 들였다. 랙당 전력은 130kW다. 냉각은 수랭식이다. "
        "바닥 보강에 두 달이 걸렸다. 랙 하나에는 블랙웰 울트라 GPU 72개가 묶여 있다."
    )
    found = {(r[0], r[4][0]) for r in rows(text) if r[1] == "chips_per_system"}
    assert {("gb300", 72.0)} == found


def test_a_rack_of_another_family_keeps_its_own_chip() -> None:
    text = (
        "카카오는 GB300 NVL72 랙 8대를 들였다. 랙당 전력은 130kW다. "
        "AMD 랙 하나에는 MI355X 128개가 들어간다."
    )
    found = {(r[0], r[4][0]) for r in rows(text) if r[1] == "chips_per_system"}
    assert ("gb300", 128.0) not in found


# -- a count restated in a parenthesis takes the time of what it restates ----------------------
# "올해 하반기부터 GB300 NVL72 랙 8대(GPU 576개)가 … 들어옵니다": the GPUs are the racks
# counted again, so the time before the racks dates them too.


def test_a_parenthesis_restating_a_count_shares_its_time() -> None:
    text = "SK텔레콤은 하반기부터 GB200 NVL72 랙 4대(GPU 288개)를 들여올 예정이다."
    from_july = ("open", "2026-07-01", "None")
    expected = {("sk-telecom", (("chip", "gb200"),), 288.0, "exact", "planned", from_july)}
    assert expected == counts(text)


def test_a_count_after_another_with_no_parenthesis_keeps_its_own_time() -> None:
    text = "SK텔레콤은 하반기부터 GB200 NVL72 랙 4대를 들이고, 현재 H200 288개를 돌리고 있다."
    assert {("sk-telecom", (("chip", "h200"),), 288.0, "exact", "actual", TODAY)} == counts(text)


# -- a list of chips with words between it and the count ---------------------------------------
# "GB200·GB300 계열 55만 개", "GB200·GB300 두 기종을 더해 약 55만 개": a count of no one chip.


@pytest.mark.parametrize(
    ("text", "chip"),
    [
        ("네이버는 GB200·B200 계열 3만 개를 춘천에 들여놓을 계획이다.", ()),
        ("지금 크루소 센터에 깔린 GPU는 H100·H200 두 기종을 합해 약 4만 개다.", ()),
        ("네이버는 B200 계열 3만 개를 춘천에 들여놓을 계획이다.", (("chip", "b200"),)),  # trap
    ],
)
def test_a_list_of_chips_before_the_count_qualifies_none(text: str, chip: tuple[Any, ...]) -> None:
    assert {chip} == {c[1] for c in counts(text)}


# -- a sentence that goes on about the fleet just told ------------------------------------------
# "…GB200 칩을 30만 개 이상으로 늘릴 계획. 현재 가동 규모는 약 15만 개.": a sentence naming no
# company, chip or site that counts with a deployment word is the same fleet, at its own time.

CONTINUED = [
    (
        "람다랩스는 올해 말까지 B300을 4만 개로 늘릴 계획이다. 현재 가동 규모는 약 1만 5천 개다.",
        ("lambda", (("chip", "b300"),), 15000.0, "exact", "actual", TODAY),
    ),
    (
        "크루소는 텍사스 센터의 GB200을 내년 6월까지 8만 개로 늘리겠다고 밝혔다. "
        "지금은 3만 개 남짓이 돌아가고 있다.",
        ("crusoe", (("chip", "gb200"),), 30000.0, "at-least", "actual", TODAY),
    ),
    (
        "코어위브는 GPU를 12만 개 넘게 돌리고 있다. 작년보다 두 배 많은 숫자다. "
        "내년 말까지 20만 개를 채우는 게 목표다.",
        ("coreweave", (), 200000.0, "exact", "planned", ("deadline", "2026-03-10", "2027-12-31")),
    ),
    (
        "오라클은 MI355X 8,000개를 일본 리전에 배치했다. 내년 3월까지 2만 개로 늘린다는 계획이다.",
        (
            "oracle",
            (("chip", "mi355x"),),
            20000.0,
            "exact",
            "planned",
            ("deadline", "2026-03-10", "2027-03-31"),
        ),
    ),
    (  # 장 with no wafer in the sentence counts cards
        "엔스케일은 H200 6,000개를 돌리고 있다. 연말까지 1만 장 정도를 가동하는 게 목표다.",
        ("nscale", (("chip", "h200"),), 10000.0, "exact", "planned", BY_YEAR_END),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTINUED)
def test_a_bare_count_goes_on_about_the_fleet_just_told(text: str, expected: Any) -> None:
    assert expected in counts(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a change by the count, not to it
        ("엔스케일은 H200 6,000개를 돌리고 있다. 올해 들어 1,500개가 늘어난 셈이다.", 1500.0),
        # another party's figure, given up
        ("엔스케일은 H200 6,000개를 돌리고 있다. 당초 정부는 1만 개 이상을 목표로 했다.", 10000.0),
        # servers counted, and what one holds
        ("엔스케일은 H200 6,000개를 돌리고 있다. 서버 750대를 세 개 홀에 나눠 운영한다.", 750.0),
        # wafers, not cards
        ("엔스케일은 H200 6,000개를 돌리고 있다. 웨이퍼 투입은 월 2만 장 수준이다.", 20000.0),
        # a sentence that names a chip of its own is the rules' to read
        ("엔스케일은 H200 6,000개를 돌리고 있다. 엔비디아는 B300 5,000개를 출하했다.", 5000.0),
    ],
)
def test_counts_that_are_no_new_size_of_the_fleet(text: str, value: float) -> None:
    assert value not in {c[2] for c in counts(text)}


def test_a_count_three_sentences_on_is_not_carried() -> None:
    text = (
        "코어위브는 GPU를 12만 개 넘게 돌리고 있다. 작년보다 두 배 많은 숫자다. "
        "매출도 늘었다. 직원도 많아졌다. 내년 말까지 20만 개를 채우는 게 목표다."
    )
    assert 200000.0 not in {c[2] for c in counts(text)}


# -- a year before a count word and a noun -------------------------------------------------------
# "2026 GPU 확보 경쟁", "2027 GPU 증설 로드맵": Korean counts with a counter, so a year-like
# number before an English count word and a Korean noun is a year, whatever the noun (the old
# list of plan nouns missed 확보, 증설, 구축, 운영 …); the noun a count makes ("2048 GPU 클러스터")
# keeps the count. English likewise after a singular count word ("its 2026 GPU procurement").

YEAR_BEFORE_NOUN = [
    "카카오는 2026 GPU 확보 경쟁에서 밀리지 않겠다고 밝혔다.",
    "네이버는 2027 GPU 증설 로드맵을 공개했다.",
    "KT는 2026 GPU 구축 사업을 따냈다.",
    "SK텔레콤은 2025 H100 운영 성과를 공개했다.",
]


@pytest.mark.parametrize("text", YEAR_BEFORE_NOUN)
def test_a_year_before_a_count_word_and_a_korean_noun_counts_nothing(text: str) -> None:
    assert set() == counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kakao detailed its 2026 GPU procurement at the briefing.",
        "Naver said its 2027 GPU buildout will run through Chuncheon.",
    ],
)
def test_a_year_before_a_singular_count_word_and_a_noun_counts_nothing(text: str) -> None:
    found = [r for r in extract_rows(text, "en", PUBLISHED) if r[1] == "deployed_chips"]
    assert not found


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("크루소는 2048 GPU 클러스터를 가동하고 있다.", "ko", 2048.0),
        ("크루소는 1950 GPU를 가동하고 있다.", "ko", 1950.0),
        ("Crusoe operates a 2048 GPU cluster in Texas.", "en", 2048.0),
        ("Crusoe said it operates 1950 Nvidia GPUs.", "en", 1950.0),
        ("Crusoe runs 2016 B200 at its Abilene site.", "en", 2016.0),
    ],
)
def test_a_year_like_count_of_chips_stays_a_count(text: str, language: str, value: float) -> None:
    found = [r for r in extract_rows(text, language, PUBLISHED) if r[1] == "deployed_chips"]
    assert [value] == [r[4][0] for r in found]


# -- whose company text it is, when no sentence says so ------------------------------------------
# "NAVER 2026년 2분기 실적발표 IR 자료 요약" over "- 6월 말 기준 당사 GPU 보유량은 …": a company
# text whose sentences never make their issuer known is the one company its title names, or
# the one its closing line signs for ("SK하이닉스 대표이사 사장" under a new-year address).


def test_a_company_texts_title_names_who_we_are() -> None:
    text = (
        "카카오 2026년 1분기 실적발표 IR 자료 요약\n\n■ AI 인프라\n"
        "- 당사가 운영하는 GPU는 약 8천 장임.\n"
        "- 연말까지 GPU 보유량을 1만 2천 장 이상으로 늘릴 계획임."
    )
    assert {
        ("kakao", (), 8000.0, "exact", "actual", TODAY),
        ("kakao", (), 12000.0, "at-least", "planned", BY_YEAR_END),
    } == counts(text, "company")


SIGNED = (
    "[신년사] 새해를 맞으며\n\n올해 우리의 과제는 분명합니다. 올해 말까지 HBM 전체 생산능력을 "
    "월 15만 장으로 끌어올리겠습니다.\n\n삼성전자 대표이사 부회장"
)


def test_a_company_texts_closing_signature_names_who_we_are() -> None:
    found = {(r[0], r[4][0], r[5]) for r in rows(SIGNED, "company") if r[1] == "capacity"}
    assert {("samsung", 150000.0, "planned")} == found


def test_a_signature_under_a_press_text_names_no_issuer() -> None:
    assert not [r for r in rows(SIGNED, "press") if r[1] == "capacity"]


# -- a part dated as its whole -----------------------------------------------------------------
# "- 6월 말 기준 당사 GPU 보유량은 약 2만 2천 장 … - 이 가운데 엔비디아 B200은 1만 2천 장이며":
# the part the rules read with no time of its own is counted when the whole is (a list
# item's bullet before "이 가운데" too); "GPU 보유량은 … 장" counts cards.

IR_PARTS = (
    "KT 2025년 4분기 실적발표 IR 자료 요약\n\n■ 설비\n"
    "- 2월 말 기준 당사 GPU 보유량은 약 9천 장임.\n"
)
END_OF_FEBRUARY = ("point", "2026-02-28", "2026-02-28")


def test_a_part_is_dated_as_its_whole() -> None:
    text = IR_PARTS + "- 이 가운데 H200은 3천 장이며, 나머지는 H100임."
    assert {
        ("kt", (), 9000.0, "exact", "actual", END_OF_FEBRUARY),
        ("kt", (("chip", "h200"),), 3000.0, "exact", "actual", END_OF_FEBRUARY),
    } == counts(text, "company")


def test_a_part_with_a_time_of_its_own_keeps_it() -> None:
    text = IR_PARTS + "- 이 가운데 H200은 연말까지 5천 장으로 늘릴 계획임."
    assert ("kt", (("chip", "h200"),), 5000.0, "exact", "planned", BY_YEAR_END) in counts(
        text, "company"
    )


# -- chips added are no fleet --------------------------------------------------------------------
# "엔비디아 B200 약 4,000개가 추가되며": what is added, like "추가로 4,000개" and "4,000개를 더".


@pytest.mark.parametrize(
    "text",
    [
        "네이버는 춘천 센터에 H100 2만 개를 운영한다. 이 센터에 B200 약 4,000개가 추가되며, "
        "연말에 가동한다.",
        "네이버는 춘천 센터에 H100 2만 개를 운영한다. 이 센터에는 B200 4,000개를 추가했다.",
    ],
)
def test_chips_added_are_no_fleet(text: str) -> None:
    assert 4000.0 not in {c[2] for c in counts(text)}


def test_chips_brought_in_are_a_fleet() -> None:
    text = (
        "네이버는 춘천 센터에 H100 2만 개를 운영한다. 이 센터에 B200 약 4,000개를 새로 들여 "
        "가동한다."
    )
    assert 4000.0 in {c[2] for c in counts(text)}


# -- the company the chips come from is no owner -------------------------------------------------
# "정부와 민간이 엔비디아로부터 들여오기로 한 GPU 26만 장", "엔비디아가 약속한 GPU 26만 장":
# for unnamed GPUs too, the one they come from, or the chip maker that promised or agreed
# them, holds no fleet ("…로부터" already kept a named chip's maker out).


@pytest.mark.parametrize(
    "text",
    [
        "정부와 대학들이 AMD로부터 들여오기로 한 GPU 3만 장 가운데 1만 장만 가동 중이다.",
        '한 의원은 "엔비디아가 약속한 GPU 10만 장이 이미 다 들어왔다"고 말했다.',
        "정부는 AMD와 합의한 MI355X 2만 개를 내년까지 들여온다.",
    ],
)
def test_the_maker_the_chips_come_from_holds_no_fleet(text: str) -> None:
    assert not {c for c in counts(text) if c[0] in ("amd", "nvidia")}


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("엔비디아는 자사 데이터센터에서 GPU 1만 개를 운영하고 있다.", "nvidia"),
        ("KT는 엔비디아로부터 GPU 4천 장을 들여와 가동하고 있다.", "kt"),
    ],
)
def test_a_buyer_or_a_maker_running_its_own_keeps_the_fleet(text: str, owner: str) -> None:
    assert {owner} == {c[0] for c in counts(text)}


# -- specs told in a reason, an aside or a granted premise --------------------------------------
# "MI450 한 개에 HBM4 432GB가 들어가니 물량이 작지 않다": -(으)니 closes a clause of reasons,
# so the negative after it denies nothing of the spec; "사양(GPU당 HBM4 432GB, …)을 … 보여
# 줄지가 관심이다": what an aside states stands whatever its clause asks; "…가 들어간다는
# 점을 감안하면": a premise weighed is granted, no condition.


def specs(text: str) -> set[tuple[Any, ...]]:
    return {
        (r[0], r[1], tuple(sorted(r[2].items())), r[4][0])
        for r in rows(text)
        if r[1] in ("memory_capacity", "memory_bandwidth")
    }


SPEC_FRAMES = [
    (
        "MI355X 한 개에 HBM3E 288GB가 들어가니 메모리 수요가 적지 않다.",
        {("mi355x", "memory_capacity", (("memory", "hbm3e"),), 288e9)},
    ),
    (
        "구글이 공개한 아이언우드의 사양(칩당 HBM3E 192GB, 대역폭 7.4TB/s)을 다시 볼 수 "
        "있을지가 관심이다.",
        {
            ("ironwood", "memory_capacity", (("memory", "hbm3e"),), 192e9),
            ("ironwood", "memory_bandwidth", (), 7.4e12),
        },
    ),
    (
        '증권가는 "MI355X 한 개에 HBM3E 288GB가 들어간다는 점을 고려하면 메모리 수요가 '
        '커진다"고 했다.',
        {("mi355x", "memory_capacity", (("memory", "hbm3e"),), 288e9)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEC_FRAMES)
def test_a_spec_in_a_reason_an_aside_or_a_premise_stands(text: str, expected: set[Any]) -> None:
    assert expected == specs(text)


@pytest.mark.parametrize(
    "text",
    [
        # the negative is the reason's own
        "KT는 B200 2,000장을 들이지 않았으니 예산이 남는다.",
        # a true condition
        "오라클이 MI355X 5만 개를 들이면 전력이 부족해진다.",
        # the open question is the clause's, the aside is a source
        "구글은 아이언우드 10만 개를 들일지가 관심이다(업계 추정).",
    ],
)
def test_a_denied_conditioned_or_open_count_stays_no_claim(text: str) -> None:
    assert set() == counts(text)


def test_a_place_name_ending_in_ni_cuts_no_clause() -> None:
    text = "메타, 오하이오주 뉴올버니 '프로메테우스' AI 클러스터 가동 개시."
    found = {(r[0], r[4]) for r in rows(text) if r[1] == "located_in"}
    assert {("prometheus", "Ohio, US")} == found


# -- a look back over the year, month by month -------------------------------------------------
# "▲6월 — TSMC CoWoS 생산능력 월 10만 장 돌파." with no year: in a look back over the year the
# text names ("올해 … 되짚어 본다") each line's claims hold over that month (GUIDE, session 16:
# a line headed by a month dates its claims); a list of months ahead ("올해 남은 일정" in
# March) is left alone. A precision's 기준 ("FP8 기준") gives the list no basis time.

LOOK_BACK = (
    "[결산] 올해의 장면들\n\n올해 AI 인프라를 달별로 되짚어 본다.\n\n"
    "▲1월 — 카카오, 새 클러스터 공개. 하반기부터 들여온 B200 GPU는 FP8 기준 4.5페타플롭스를 낸다.\n"
    "▲2월 — TSMC CoWoS 생산능력 월 8만 장 돌파.\n"
    "▲3월 — 크루소, GPU 약 3만 개로 확대."
)


def test_month_lines_looking_back_date_their_claims() -> None:
    found = {(r[0], r[1], r[6]) for r in rows(LOOK_BACK) if r[1] != "peak_compute"}
    assert {
        ("tsmc", "capacity", ("point", "2026-02-01", "2026-02-28")),
        ("crusoe", "deployed_chips", ("point", "2026-03-01", "2026-03-31")),
    } == found


def test_month_lines_ahead_stay_at_publication() -> None:
    text = (
        "[전망] 하반기 관전 포인트\n\n올해 남은 일정을 짚어 본다.\n\n"
        "▲6월 — TSMC CoWoS 생산능력 월 12만 장 목표.\n"
        "▲9월 — 크루소, GPU 약 5만 개로 확대 계획."
    )
    assert {TODAY} == {r[6] for r in rows(text)}


# -- a fleet counted in a chip's terms ------------------------------------------------------------
# "엔비디아 B200 기준으로 2000장 조금 넘게 돌리고 있습니다": the chips run, counted as that chip;
# "H100 기준으로 약 60만 개에 해당하는" stays an equivalence, no fleet of it.


def test_a_count_in_a_chips_terms_that_is_run_is_its_fleet() -> None:
    text = "KT는 엔비디아 B200 기준으로 2000장 조금 넘게 돌리고 있다."
    assert {("kt", (("chip", "b200"),), 2000.0, "at-least", "actual", TODAY)} == counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "KT는 H100 기준으로 약 6만 개에 해당하는 연산 자원을 돌리고 있다.",
        "KT는 H100 기준 약 6만 개 규모의 연산 자원을 가동하고 있다.",
    ],
)
def test_an_equivalence_in_a_chips_terms_is_no_fleet(text: str) -> None:
    assert set() == counts(text)


# -- a level reached or passed, and the copula after a count ---------------------------------------
# "MI355X만 지금 1만 3000개 정도고, 올해 말까지 2만 개를 넘기는 게 목표입니다", "연말이면 블랙웰
# 계열만 2600장 가까이 됩니다": 넘기다 and "N개가 되다" tell a fleet's level like 넘다 and 달하다;
# "정도고"/"개고" (the copula 이고 after a vowel) closes the clause, so the figure before it
# keeps today's time and modality.

INTERVIEW = (
    "[인터뷰] 람다랩스 CTO\n\n방한한 람다랩스의 최고기술책임자(CTO)를 만났다.\n\n"
    "Q. 규모는 어느 정도입니까.\n"
)
END_2026 = ("point", "2026-12-31", "2026-12-31")

LEVELS = [
    (
        'A. "B300만 지금 6000개 정도고, 올해 말까지 1만 개를 넘기는 게 목표입니다."',
        {
            ("lambda", (("chip", "b300"),), 6000.0, "exact", "actual", TODAY),
            ("lambda", (("chip", "b300"),), 10000.0, "at-least", "planned", BY_YEAR_END),
        },
    ),
    (
        'A. "연말이면 블랙웰 계열만 8000장 가까이 됩니다."',
        {("lambda", (("chip", "blackwell"),), 8000.0, "exact", "planned", END_2026)},
    ),
]


@pytest.mark.parametrize(("answer", "expected"), LEVELS)
def test_a_level_passed_or_reached_is_the_fleet(answer: str, expected: set[Any]) -> None:
    assert expected == counts(INTERVIEW + answer)


def test_a_figure_that_becomes_something_else_is_no_fleet() -> None:
    text = INTERVIEW + 'A. "전력은 연말이면 200MW 가까이 됩니다."'
    assert set() == counts(text)


# -- a walk through a company's own site ---------------------------------------------------------
# "춘천 구봉산 자락에 자리한 네이버 데이터센터 '각 춘천'. … 서버실에서는 엔비디아 H100 GPU
# 2만여 개가 … 돌아가고 있습니다": the chips counted at the unnamed place ("서버실", "이곳")
# are the fleet of the company whose site was named just before; a past time told in a
# clause on the chips' arrival ("지난해 말 이곳에 새로 들어온 B200도 4000개") dates the
# arrival, not the count.

SITE_WALK = "[기자] 안산 시화공단 끝자락에 자리한 카카오 데이터센터. "


def test_chips_at_an_unnamed_place_are_the_named_sites_owners() -> None:
    text = (
        SITE_WALK + "냉각 설비를 지나 들어간 서버실에서는 H200 3천여 개가 돌아가고 있습니다. "
        "지난달 이곳에 새로 들어온 B300도 1000개 정도에 이릅니다."
    )
    assert {
        ("kakao", (("chip", "h200"),), 3000.0, "at-least", "actual", TODAY),
        ("kakao", (("chip", "b300"),), 1000.0, "exact", "actual", TODAY),
    } == counts(text)


def test_a_site_named_four_sentences_before_is_out_of_view() -> None:
    text = (
        SITE_WALK + "냉각 설비가 눈에 띕니다. 직원 식당도 있습니다. 주차장도 넓습니다. "
        "서버실에서는 H200 3천여 개가 돌아가고 있습니다."
    )
    assert set() == counts(text)


def test_a_company_named_at_the_place_keeps_the_fleet() -> None:
    text = SITE_WALK + "서버실에서는 KT가 빌려 쓰는 H200 3천여 개가 돌아가고 있습니다."
    assert {"kt"} == {c[0] for c in counts(text)}


def test_a_basis_day_before_the_arrival_clause_still_dates_the_count() -> None:
    text = SITE_WALK + "지난해 말 기준으로 이곳에 깔린 B300은 1000개였습니다."
    end_2025 = ("point", "2025-12-31", "2025-12-31")
    assert {("kakao", (("chip", "b300"),), 1000.0, "exact", "actual", end_2025)} == counts(text)


# -- a list item headed by a company --------------------------------------------------------------
# "• 코어위브: 메타와의 클라우드 계약이 … 밝혔습니다. 회사는 현재 GPU 25만 개 이상을 운영하고
# 있다고 덧붙였습니다.": the item's label is its topic, so "회사는" is that company, not the
# one the item before was about.

LETTER = (
    "지난주 소식을 정리했습니다.\n\n"
    "• 크루소: 오라클과 맺은 계약에 따라 텍사스 센터의 용량을 넘기기 시작했습니다. "
    "오라클은 이 용량을 고객용 추론에 쓴다고 하네요.\n\n"
)


def test_a_list_items_label_is_what_the_company_refers_to() -> None:
    text = (
        LETTER + "• 람다랩스: 새 데이터센터를 열었다고 밝혔습니다. "
        "회사는 현재 GPU 3만 개 이상을 운영하고 있다고 덧붙였습니다."
    )
    assert {("lambda", (), 30000.0, "at-least", "actual", TODAY)} == counts(text)


def test_a_label_gives_way_to_a_topic_the_item_marks() -> None:
    text = (
        LETTER + "• 람다랩스: 엔비디아는 새 칩을 공개했다고 밝혔습니다. "
        "회사는 현재 GPU 3만 개 이상을 운영하고 있다고 덧붙였습니다."
    )
    assert {"nvidia"} == {c[0] for c in counts(text)}


# -- what a correction says was wrong ---------------------------------------------------------
# "[정정] 본 기사 최초 게재본(…)은 … GB200을 '20만 개'로 적었습니다", "'…10만 개 배치했다'는
# 내용은 사실이 아닙니다", "지난주 레터에서 "… 10만 개를 도입한다"고 전했는데, 사실과
# 다릅니다": the story's first version, a statement judged untrue and the letter's own earlier
# issue are no claims.


@pytest.mark.parametrize(
    "text",
    [
        "[정정] 본 기사 최초 게재본은 스타게이트에 설치된 GB200을 '40만 개'로 적었습니다.",
        "둘째, '오라클이 텍사스에 MI355X를 5만 개 배치했다'는 내용은 사실이 아닙니다.",
        '• 정정: 지난주 레터에서 "코어위브가 B300 8만 개를 도입한다"고 전했는데, 사실과 다릅니다.',
    ],
)
def test_a_corrected_figure_is_no_claim(text: str) -> None:
    assert set() == counts(text)


def test_a_corrections_right_figure_stays() -> None:
    text = "[정정] 현재 스타게이트에 설치된 GB200은 약 12만 개이기에 바로잡습니다."
    assert {("stargate", (("chip", "gb200"),), 120000.0)} == {c[:3] for c in counts(text)}


# -- a compared company's figure in an aside ------------------------------------------------------
# "삼성전자의 HBM 생산능력이 올해 말 월 18만 장으로 SK하이닉스(월 19만 장)를 거의 따라잡을 것으로
# 추정했다": the aside on the company compared holds at the same time as the figure it is
# compared with, not at publication.


def capacities(text: str) -> set[tuple[Any, ...]]:
    return {(r[0], r[4][0], r[5], r[6]) for r in rows(text) if r[1] == "capacity"}


def test_a_compared_companys_aside_figure_takes_the_clauses_time() -> None:
    text = (
        "트렌드포스는 마이크론의 HBM 월 생산능력이 내년 말 8만 장 안팎으로 늘어 "
        "삼성전자(약 7만 장)를 앞설 것으로 봤다."
    )
    end_2027 = ("point", "2027-12-31", "2027-12-31")
    assert {
        ("micron", 80000.0, "forecast", end_2027),
        ("samsung", 70000.0, "forecast", end_2027),
    } == capacities(text)


def test_an_aside_of_words_is_no_gloss() -> None:
    text = (
        "트렌드포스는 마이크론의 HBM 월 생산능력이 내년 말 8만 장 안팎으로 늘고, 현재 "
        "삼성전자(경기 평택)는 월 7만 장이라고 봤다."
    )
    assert ("samsung", 70000.0, "forecast", ("point", "2027-12-31", "2027-12-31")) not in (
        capacities(text)
    )


# -- a count that qualifies GPUs after its bound, and an industry-first --------------------------
# "현재 … 데이터센터에서 25만 개 넘는 GPU를 운영하고 있다" after "코어위브는 …": the bound's
# verb read into the count ("25만 개 넘" + "는 GPU") still counts GPUs, and "업계 최초로" ranks
# the company, it does not make the count a market's.


def test_a_count_over_a_bound_that_qualifies_gpus_continues_the_topic() -> None:
    text = (
        "크루소는 블랙웰 도입에서 줄곧 앞서 왔다. 올해 3월 GB300 인스턴스를 업계 최초로 "
        "공개했고, 현재 미국 20여 개 데이터센터에서 8만 개 넘는 GPU를 운영하고 있다."
    )
    assert {("crusoe", (), 80000.0, "at-least", "actual", TODAY)} == counts(text)


def test_an_industrys_count_stays_no_companys() -> None:
    text = "크루소는 블랙웰 도입에서 줄곧 앞서 왔다. 업계 전체로는 200만 개 넘는 GPU가 돌고 있다."
    assert set() == counts(text)


# -- chips a company has ---------------------------------------------------------------------------
# "사내 개발 클러스터에는 RNGD 카드 약 400장과 … H100 64장이 있습니다" in the company's own
# posting: "N개가/N장이 있다" tells the chips it has, as 보유 does.


def test_chips_there_are_at_a_companys_own_cluster_are_its_fleet() -> None:
    text = (
        "안녕하세요, 리벨리온입니다.\n\n사내 시험 클러스터에는 리벨쿼드 카드 약 300장과 "
        "비교용 엔비디아 H200 32장이 있습니다."
    )
    assert {
        ("rebellions", (("chip", "rebel"),), 300.0, "exact", "actual", TODAY),
        ("rebellions", (("chip", "h200"),), 32.0, "exact", "actual", TODAY),
    } == counts(text, "company")


def test_what_one_server_has_stays_no_fleet() -> None:
    text = "안녕하세요, 리벨리온입니다.\n\n서버 한 대에는 리벨쿼드 카드 8장이 있습니다."
    assert set() == counts(text, "company")


# -- the company's whole fleet ---------------------------------------------------------------------
# "엔스케일은 … 짓고 있다. 조시 페인 최고경영자(CEO)는 … "내년 말까지 회사 전체 GPU를 30만 개
# 가까이로 늘리겠다"고 말했다": "회사 전체" is the company's own whole fleet, not a market's
# ("업계 전체로는" still is).


def test_the_companys_whole_fleet_continues_the_topic() -> None:
    text = (
        "플루이드스택은 프랑스에도 데이터센터를 짓고 있다. 최고경영자(CEO)는 기자들과 만나 "
        '"내년 말까지 회사 전체 GPU를 10만 개로 늘리겠다"고 말했다.'
    )
    end_2027 = ("deadline", "2026-03-10", "2027-12-31")
    assert {("fluidstack", (), 100000.0, "exact", "planned", end_2027)} == counts(text)


# -- a decision to weigh, and the customer in a chip maker's release ------------------------------
# "양사는 2027년까지 RNGD 카드 도입 규모를 3,000장으로 늘리는 방안도 함께 검토하기로 했다": a
# decision to weigh something is weighing it (considering, not the plan "-하기로 했다" makes);
# in the chip maker's own release, the chips are the customer's the sentence before made its
# topic, not the maker's.

MAKER_RELEASE = (
    "리벨리온, SK텔레콤과 추론 인프라 협력\n\n"
    "AI 반도체 기업 리벨리온은 SK텔레콤과 업무협약을 맺었다고 10일 밝혔다. "
    "이번 협약에 따라 SK텔레콤은 하반기부터 리벨리온의 리벨쿼드 서버를 자사 데이터센터에 "
    "도입할 계획이다. "
)


def test_a_decision_to_weigh_in_a_makers_release_is_the_customers_consideration() -> None:
    text = (
        MAKER_RELEASE
        + "양사는 내년까지 리벨쿼드 도입 규모를 2,000장으로 늘리는 방안도 검토하기로 했다."
    )
    by_2027 = ("deadline", "2026-03-10", "2027-12-31")
    assert {("sk-telecom", (("chip", "rebel"),), 2000.0, "exact", "considering", by_2027)} == (
        counts(text, "company")
    )


def test_a_decision_made_stays_a_plan() -> None:
    text = MAKER_RELEASE + "양사는 내년까지 리벨쿼드 도입 규모를 2,000장으로 늘리기로 했다."
    assert {"planned"} == {c[4] for c in counts(text, "company") if c[2] == 2000.0}


def test_the_makers_own_cluster_stays_its_fleet() -> None:
    text = (
        "안녕하세요, 리벨리온입니다.\n\n사내 시험 클러스터에는 리벨쿼드 카드 약 300장이 있습니다."
    )
    assert {"rebellions"} == {c[0] for c in counts(text, "company")}


# -- a public body's count -----------------------------------------------------------------------
# "정부는 본 사업을 포함하여 2030년까지 공공 부문 GPU 5만 장 확보를 목표로 함" in a notice
# whose issuer is a company: the subject the clause names is the government, no company.


def test_a_public_bodys_count_is_no_companys_fleet() -> None:
    text = (
        "안녕하세요, 카카오 AI 인프라팀입니다.\n\n"
        "정부는 이번 사업을 포함해 2030년까지 공공 부문 GPU 3만 장 확보를 목표로 한다."
    )
    assert set() == counts(text, "company")


def test_a_company_named_after_the_public_body_keeps_its_fleet() -> None:
    text = "과기정통부가 공개한 자료에 따르면 네이버는 현재 블랙웰 GPU 1만 2000장을 가동하고 있다."
    assert {("naver", (("chip", "blackwell"),), 12000.0, "exact", "actual", TODAY)} == counts(text)


# -- a denied figure, and an estimate's change ---------------------------------------------------
# "SK하이닉스는 "월 15만 장이라는 숫자는 내부 계획과 무관하다"며 선을 그었다": a figure said to
# have nothing to do with the plan is denied; "직전 리포트 대비 각각 1만 장씩 올려 잡았다" after a
# capacity is the amount an estimate was raised by, no capacity.


def test_a_figure_said_unrelated_to_the_plan_is_no_claim() -> None:
    text = '삼성전자는 "월 20만 장이라는 숫자는 내부 계획과 무관하다"며 선을 그었다.'
    assert set() == capacities(text)


def test_regardless_of_demand_keeps_the_plan() -> None:
    text = "삼성전자는 수요와 무관하게 연말까지 HBM 생산능력을 월 20만 장으로 늘릴 계획이다."
    assert {("samsung", 200000.0, "planned", BY_YEAR_END)} == capacities(text)


def test_the_amount_an_estimate_was_raised_by_is_no_capacity() -> None:
    text = (
        "TSMC CoWoS 캐파는 2026년 말 월 12만 장, 2027년 말 월 15만 장으로 추정한다. "
        "직전 리포트 대비 각각 1만 장씩 올려 잡았다."
    )
    assert {120000.0, 150000.0} == {c[1] for c in capacities(text)}


# -- the round an amount goes into ----------------------------------------------------------------
# "플루이드스택이 7억 달러 규모의 시리즈C 투자를 유치했다고 밝혔다. … 이번 라운드는 … 이끌었다. …
# 엔비디아는 이번 라운드에 1억 5000만 달러를 넣었다": "투자를 유치했다" names the raiser as
# "투자 유치를 마무리했다" does, and a sentence about the round keeps it in view.


def investments(text: str) -> set[tuple[Any, ...]]:
    return {(r[0], r[2].get("target"), r[4][0]) for r in rows(text) if r[1] == "investment"}


def test_an_amount_put_into_the_round_four_sentences_on_goes_to_its_raiser() -> None:
    text = (
        "크루소가 5억 달러 규모의 시리즈E 투자를 유치했다고 밝혔다. 투자 후 기업가치는 "
        "100억 달러다. 이번 라운드는 미국 벤처캐피털 두 곳이 이끌었다. 전략적 투자자로는 "
        "엔비디아가 눈에 띈다. 엔비디아는 이번 라운드에 1억 달러를 넣었다."
    )
    assert ("nvidia", "crusoe", 1e8) in investments(text)


def test_a_round_out_of_view_names_no_target() -> None:
    text = (
        "크루소가 5억 달러 규모의 시리즈E 투자를 유치했다고 밝혔다. 투자 후 기업가치는 "
        "100억 달러다. 회사는 텍사스에 새 캠퍼스를 짓고 있다. 전력은 1GW 규모다. "
        "직원은 500명이다. 엔비디아는 이번 라운드에 1억 달러를 넣었다."
    )
    assert ("nvidia", "crusoe", 1e8) not in investments(text)


def test_an_amount_in_an_aside_on_a_company_is_that_companys() -> None:
    text = "구글의 앤트로픽 누적 투자액은 약 30억 달러로, 아마존(약 80억 달러)에 못 미친다."
    assert {("google", "anthropic", 3e9), ("amazon", "anthropic", 8e9)} == investments(text)


def test_a_currency_conversion_in_an_aside_is_the_same_amount() -> None:
    text = "엔비디아는 앤트로픽에 50억 달러(약 6조 9000억 원)를 투자했다."
    assert {("nvidia", "anthropic", 5e9)} == investments(text)


# -- the volume of the chips counted before ----------------------------------------------------
# "네이버클라우드는 … 블랙웰 GPU 6만 장을 공급받기로 했지만, 현재 들여와 가동 중인 물량은 1만
# 8000장이다": the volume running is of the chips the figure before counted, in the same 장.


def test_the_volume_running_is_of_the_chips_counted_before() -> None:
    text = (
        "자료에 따르면 카카오는 엔비디아로부터 B200 GPU 8000장을 공급받기로 했지만, "
        "현재 들여와 가동 중인 물량은 3000장이다."
    )
    assert {("kakao", (("chip", "b200"),), 3000.0, "exact", "actual", TODAY)} == counts(text)


def test_a_volume_of_wafers_stays_wafers() -> None:
    text = "TSMC의 CoWoS 생산능력은 월 8만 장이며, 이 가운데 엔비디아가 가져가는 물량은 4만 장이다."
    assert set() == counts(text)
