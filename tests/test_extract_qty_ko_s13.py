"""Korean quantities fixed in session 13 (QTY-KO): general shapes that the blind batches of
session 12 missed, each pinned by sentences written for these tests (other companies, chips,
figures and word order than any article) plus traps that must give nothing or keep the old
reading. Every sentence here is written for these tests."""

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


def valid_of(text: str, predicate: str) -> set[tuple[str, str, str]]:
    return {r[6] for r in rows(text) if r[1] == predicate}


# -- a day the figures are counted on opens the sentence -------------------------------------
# "2026년 1월 31일 현재 …", "12월 31일 기준 …": as of that day, not the day heading a line of a
# chronology (which dates a signing or a telling and leaves its claim at publication).

AS_OF_DAY = [
    (
        "2026년 1월 31일 현재 람다랩스가 운영하는 GPU는 약 4만 1000개다.",
        ("point", "2026-01-31", "2026-01-31"),
    ),
    (
        "2025년 12월 31일 기준 코어위브가 보유한 GPU는 25만 개를 넘는다.",
        ("point", "2025-12-31", "2025-12-31"),
    ),
    (
        "▲1월 31일 현재 네비우스가 돌리는 H200은 3만 장이다.",
        ("point", "2026-01-31", "2026-01-31"),
    ),
    (
        "2월 28일 기준으로 크루소가 가동하는 GB200은 1만 2000개 정도다.",
        ("point", "2026-02-28", "2026-02-28"),
    ),
]


@pytest.mark.parametrize(("text", "valid"), AS_OF_DAY)
def test_an_as_of_day_opening_the_sentence_dates_its_counts(
    text: str, valid: tuple[str, str, str]
) -> None:
    assert valid_of(text, "deployed_chips") == {valid}


def test_a_day_heading_a_chronology_line_still_dates_nothing() -> None:
    text = (
        "네오클라우드 연표\n\n"
        "▲2월 2일 네비우스, 핀란드 센터에서 H200 3만 장을 가동하기 시작했다.\n\n"
        "▲2월 20일 코어위브, GB300 2만 장을 들였다고 밝혔다."
    )
    assert valid_of(text, "deployed_chips") == {TODAY}


# -- "우리 데이터센터", "저희 클러스터": a speaker's own site, the possessive with no 의 -----------
# The first person's site in a quote is the company the story is about, however many
# sentences back it was named; a company named before it in the sentence is the speaker's.

LEAD = "크루소가 10일 실적을 발표했다. 매출은 1년 전보다 세 배 늘었다. "

OWN_SITE = [
    (
        '로크밀러 CEO는 "요즘 우리 데이터센터에서 가동 중인 GPU는 6만 개를 넘는다"고 말했다.',
        ("crusoe", (), 60000.0, "count", "at-least", "actual", TODAY),
    ),
    (
        '로크밀러 CEO는 "우리 클러스터에는 B200이 2만 개 들어가 있다"고 했다.',
        ("crusoe", (("chip", "b200"),), 20000.0, "count", "exact", "actual", TODAY),
    ),
    (
        '로크밀러 CEO는 "저희 데이터센터에서는 지금 GB200 1만 5000개가 돌아갑니다"라고 했다.',
        ("crusoe", (("chip", "gb200"),), 15000.0, "count", "exact", "actual", TODAY),
    ),
    (
        '로크밀러 CEO는 "저희 센터에 H200 1만 장을 연말까지 들일 계획"이라고 했다.',
        (
            "crusoe",
            (("chip", "h200"),),
            10000.0,
            "count",
            "exact",
            "planned",
            ("deadline", "2026-03-10", "2026-12-31"),
        ),
    ),
]


@pytest.mark.parametrize(("quote", "expected"), OWN_SITE)
def test_our_own_site_in_a_quote_is_the_story_company(
    quote: str, expected: tuple[Any, ...]
) -> None:
    assert of(LEAD + quote, "deployed_chips") == {expected}


def test_a_speaker_company_named_before_our_site_keeps_it() -> None:
    quote = '엔비디아 부사장은 "우리 클러스터에는 H100이 4만 개 들어가 있다"고 했다.'
    assert {r[0] for r in of(LEAD + quote, "deployed_chips")} == {"nvidia"}


def test_our_site_with_no_company_in_view_is_nobody() -> None:
    text = (
        "국내 데이터센터 업계가 전력난을 호소했다. "
        '한 임원은 "우리 데이터센터에 GPU 1만 장을 깔았다"고 했다.'
    )
    assert of(text, "deployed_chips") == set()


def test_our_site_power_is_no_count() -> None:
    quote = '로크밀러 CEO는 "우리 데이터센터가 쓰는 전력은 2기가와트"라고 했다.'
    assert of(LEAD + quote, "deployed_chips") == set()


# -- machines counted, and sums worked out from one machine's fill --------------------------
# "약 139대의 GB300 NVL72 랙": racks counted by 대 before them, no rack's fill; "72개씩이니
# 576개": the count after "N개씩" is the sum over several racks, not one rack's fill.

NOT_ONE_SYSTEM = [
    "새 센터의 칩들은 약 85대의 GB200 NVL72 랙에 나눠 들어간다.",
    "2만 개의 H200은 약 2500대의 HGX 서버에 들어간다.",
    "네이버는 GB300 NVL72 랙 6대를 들였다. 한 랙에 72개씩이니 GPU는 432개가 된다.",
    "GB200 NVL72 랙마다 GPU가 72개씩이면 열 대에 모두 720개다.",
    "헬리오스 랙에는 MI450이 72개씩, 네 대면 288개가 된다.",
]


@pytest.mark.parametrize("text", NOT_ONE_SYSTEM)
def test_machines_counted_or_summed_are_no_fill_of_one_system(text: str) -> None:
    assert {r[2] for r in of(text, "chips_per_system")} <= {72.0}


ONE_SYSTEM_FILL = [
    ("GB300 NVL72 랙 한 대에는 GPU가 72개씩 들어간다.", ("gb300", 72.0)),
    ("KT는 GB300 NVL72 랙 8대를 들인다. 랙 하나에 GPU가 72개씩 들어간다.", ("gb300", 72.0)),
    ("CloudMatrix 384 한 대에 어센드 910C 384개가 탑재된다.", ("cloudmatrix-384", 384.0)),
]


@pytest.mark.parametrize(("text", "expected"), ONE_SYSTEM_FILL)
def test_one_systems_fill_is_still_read(text: str, expected: tuple[str, float]) -> None:
    assert {(r[0], r[2]) for r in of(text, "chips_per_system")} == {expected}


# -- the maker's name on its chip is a brand, not the fleet's owner -------------------------
# "AMD 인스팅트 MI355X 512장", "엔비디아 H200 1024장": with no other company in the sentence, the
# fleet is the topic's (the company the text is about), not the chip's maker.

BRANDED = [
    (
        "카카오는 새 클러스터를 열었다. 새 클러스터는 AMD 인스팅트 MI355X 256장으로 이뤄졌다.",
        ("kakao", (("chip", "mi355x"),), 256.0),
    ),
    (
        "카카오는 새 클러스터를 열었다. 이 클러스터는 엔비디아 H200 1024장으로 구성돼 있다.",
        ("kakao", (("chip", "h200"),), 1024.0),
    ),
    (
        "네이버는 춘천에 새 센터를 열었다. 이 센터에서는 엔비디아 H100 2000장이 돌아간다.",
        ("naver", (("chip", "h100"),), 2000.0),
    ),
    (
        "크루소는 텍사스 캠퍼스를 넓혔다. 캠퍼스에는 엔비디아 블랙웰 B200 3000개가 깔려 있다.",
        ("crusoe", (("chip", "b200"),), 3000.0),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRANDED)
def test_a_makers_name_on_its_chip_leaves_the_fleet_to_the_topic(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert {r[:3] for r in of(text, "deployed_chips")} == {expected}


BRAND_TRAPS = [
    "엔비디아는 H200 1024장을 판교에 보냈다.",  # the maker as subject: a sender, no fleet
    "엔비디아 H200 1024장이 새로 들어왔다.",  # no company in view at all
]


@pytest.mark.parametrize("text", BRAND_TRAPS)
def test_a_makers_chips_with_no_owner_in_view_are_nobodys(text: str) -> None:
    assert of(text, "deployed_chips") == set()


# -- data piling up is no memory; the astronomer is no chip ---------------------------------
# A volume of data, logs or traffic near a chip's name ("관측 자료가 하룻밤에 20TB", "데이터는
# 하루 20TB") is no memory_capacity; "베라 루빈 천문대" and "천문학자 베라 루빈" are no Rubin.

NOT_MEMORY = [
    "엔비디아 루빈이 처리하는 데이터는 하루 20TB에 이른다.",
    "루빈 GPU가 돌리는 서비스의 로그는 매일 3TB씩 쌓인다.",
    "B200 클러스터를 오가는 트래픽이 한 달 900TB에 이른다.",
    "베라 루빈 천문대는 하룻밤에 관측 자료 20TB를 만든다.",
    "천문학자 베라 루빈을 기리는 관측 시설의 서버 메모리는 512GB다.",
    "베라 루빈 천문대 서버 한 대의 메모리는 288GB다.",
]


@pytest.mark.parametrize("text", NOT_MEMORY)
def test_data_volumes_and_the_astronomer_give_no_memory(text: str) -> None:
    assert of(text, "memory_capacity") == set()


CHIP_MEMORY = [
    ("루빈 GPU 한 개의 메모리는 288GB다.", ("rubin", (), 288e9)),
    ("B200 한 개에 붙는 HBM3E 용량은 192GB다.", ("b200", (("memory", "hbm3e"),), 192e9)),
    ("엔비디아 베라 루빈 GPU에는 HBM4 288GB가 들어간다.", ("rubin", (("memory", "hbm4"),), 288e9)),
]


@pytest.mark.parametrize(("text", "expected"), CHIP_MEMORY)
def test_a_chips_own_memory_is_still_read(text: str, expected: tuple[Any, ...]) -> None:
    assert {r[:3] for r in of(text, "memory_capacity")} == {expected}


# -- a correction's wrong figure told as reported speech, set right by "실제 …" ---------------
# "…가 탑재된다고 적었으나, 실제 탑재량은 288GB입니다": what was written is withdrawn when the
# right figure follows as what really is; a "실제" with no figure after it confirms nothing.

WRONG_THEN_REAL = [
    (
        ("지난주 기사는 B300 한 개에 HBM3E 192GB가 붙는다고 썼으나, 실제 용량은 288GB입니다."),
        "memory_capacity",
        192e9,
    ),
    (
        (
            "기사에서 B200 한 개의 연산 성능이 FP8 기준 5PFLOPS라고 적었으나 "
            "실제 수치는 4.5PFLOPS입니다."
        ),
        "peak_compute",
        5e15,
    ),
    (
        "앞선 기사는 네비우스가 H200 3만 장을 돌린다고 썼지만, 실제로는 2만 장입니다.",
        "deployed_chips",
        30000.0,
    ),
    (
        (
            "본문은 TSMC의 CoWoS 생산능력이 월 9만 장에 이른다고 적었지만, "
            "실제 생산능력은 월 8만 장입니다."
        ),
        "capacity",
        90000.0,
    ),
]


@pytest.mark.parametrize(("text", "predicate", "wrong"), WRONG_THEN_REAL)
def test_a_figure_written_wrong_and_set_right_is_withdrawn(
    text: str, predicate: str, wrong: float
) -> None:
    assert wrong not in {r[2] for r in of(text, predicate)}


def test_real_with_no_figure_after_it_withdraws_nothing() -> None:
    text = "MI355X의 메모리는 288GB로 알려졌으나, 실제 탑재량은 공개되지 않았다."
    assert {r[2] for r in of(text, "memory_capacity")} == {288e9}


def test_a_company_saying_and_real_use_unknown_keeps_the_figure() -> None:
    text = "네비우스는 H200 3만 장을 돌린다고 밝혔지만, 실제 가동 물량은 알려지지 않았다."
    assert {r[2] for r in of(text, "deployed_chips")} == {30000.0}


# -- the figure an estimate or a target was revised from is given up -------------------------
# "전망을 월 18만 장에서 16만 장으로 낮췄다", "…로, 지난달의 10만 장에서 올려 잡았다": the new
# figure is the claim; a level that really moved ("7만 장에서 9만 장으로 늘었다") is no revision.

REVISED = [
    ("모건스탠리는 마이크론의 HBM 생산능력 전망을 월 9만 장에서 8만 장으로 낮췄다.", 9e4),
    ("삼성전자는 HBM 생산 목표를 월 20만 장에서 17만 장으로 하향 조정했다.", 2e5),
    ("증권가는 TSMC의 연말 CoWoS 생산능력 추정치를 월 8만 장에서 월 9만 장으로 상향했다.", 8e4),
    (
        "한 증권사는 삼성의 HBM 캐파 예상치를 월 15만 장으로, 석 달 전의 13만 장에서 올려 잡았다.",
        1.3e5,
    ),
]


@pytest.mark.parametrize(("text", "old"), REVISED)
def test_the_figure_an_estimate_was_revised_from_is_no_claim(text: str, old: float) -> None:
    assert old not in {r[2] for r in of(text, "capacity")}


def test_a_level_that_moved_is_no_revision() -> None:
    text = "인텔의 패키징 생산능력은 지난해 말 월 2만 장에서 올해 말 월 3만 장으로 늘었다."
    assert {r[2] for r in of(text, "capacity")} >= {3e4}


def test_a_figure_before_from_with_no_estimate_word_stays() -> None:
    text = "네이버는 GPU를 1만 개에서 연말까지 3만 개로 늘릴 계획이다."
    assert {r[2] for r in of(text, "deployed_chips")} == {1e4, 3e4}


# -- a past time set apart from the figure by "현재"/"지금" dates the act before, not the count -
# "지난해 말 완공된 콜로서스에는 현재 H100 15만 개가 깔려 있다": the count is today's; "지난해
# 말 현재 …" (as of) and a past time with no "현재" after it still date the figure.

NOW_AFTER_PAST = [
    "메타가 지난해 10월 문을 연 프로메테우스에서는 지금 GPU 10만 개가 돌아간다.",
    "지난해 말 완공된 콜로서스에는 현재 H100 15만 개가 깔려 있다.",
    "xAI가 지난해 9월 가동한 콜로서스는 현재 GPU 20만 개 규모다.",
    "메타가 올해 1월 첫 전력을 넣은 하이페리온 데이터센터에서는 지금 GB300 3만 개가 돈다.",
]


@pytest.mark.parametrize("text", NOW_AFTER_PAST)
def test_now_after_a_past_act_leaves_the_count_today(text: str) -> None:
    assert valid_of(text, "deployed_chips") == {TODAY}


PAST_DATED = [
    ("지난해 말 콜로서스에는 H200 8만 개가 설치돼 있었다.", ("point", "2025-12-31", "2025-12-31")),
    ("코어위브가 돌리는 GPU는 지난해 말 현재 25만 개다.", ("point", "2025-12-31", "2025-12-31")),
]


@pytest.mark.parametrize(("text", "valid"), PAST_DATED)
def test_a_past_time_with_no_now_after_it_still_dates_the_count(
    text: str, valid: tuple[str, str, str]
) -> None:
    assert valid_of(text, "deployed_chips") == {valid}


# -- a part of a fleet is counted when the whole is --------------------------------------------
# "…GPU는 약 4만 1000개이며, 이 가운데 GB300은 1만 6000개": the part's clause has no time of its
# own and takes the whole's; a whole of today leaves the part today.

PART_OF_WHOLE = [
    (
        "2026년 1월 31일 현재 람다랩스가 운영하는 GPU는 약 3만 9000개이며, 이 가운데 GB300은 "
        "1만 2000개를 넘는다.",
        ("point", "2026-01-31", "2026-01-31"),
    ),
    (
        "코어위브가 지난해 말 기준 돌리던 GPU는 25만 개였고, 그중 H200이 8만 개였다.",
        ("point", "2025-12-31", "2025-12-31"),
    ),
    (
        "네비우스가 연말까지 확보할 GPU는 10만 개이며, 이 중 B300은 4만 개다.",
        ("deadline", "2026-03-10", "2026-12-31"),
    ),
    (
        "크루소의 GPU는 지난해 말 기준 3만 장이었는데, 이 가운데 MI355X가 1만 장이었다.",
        ("point", "2025-12-31", "2025-12-31"),
    ),
]


@pytest.mark.parametrize(("text", "valid"), PART_OF_WHOLE)
def test_a_part_takes_the_time_of_its_whole(text: str, valid: tuple[str, str, str]) -> None:
    assert valid_of(text, "deployed_chips") == {valid}


def test_a_part_of_todays_whole_stays_today() -> None:
    text = "네비우스는 GPU 6만 개를 돌리고 있으며, 이 가운데 H200이 2만 개다."
    assert valid_of(text, "deployed_chips") == {TODAY}


# -- a memory maker's stack told as its product is no chip's memory ---------------------------
# "12단 적층 HBM4 36GB 제품", "36GB 용량의 HBM4 12단 제품": with no chip named in the sentence,
# the figure is the stack's, not the chip in view's; a chip named keeps its memory.

RUBIN = "엔비디아 루빈이 공개됐다. "
STACK_PRODUCTS = [
    "마이크론은 16단 적층 HBM4 48GB 제품의 샘플을 고객사에 보냈다고 밝혔다.",
    "SK하이닉스는 36GB 용량의 HBM4 12단 제품을 양산한다.",
    "삼성전자는 HBM4 12단 36GB 스택을 공급한다.",
    "SK하이닉스가 내놓은 HBM3E 24GB 8단 제품은 엔비디아 인증을 통과했다.",
]


@pytest.mark.parametrize("text", STACK_PRODUCTS)
def test_a_stack_product_gives_no_chip_memory(text: str) -> None:
    assert of(RUBIN + text, "memory_capacity") == set()


CHIP_NAMED = [
    "이 칩에는 HBM4 12단 제품 8개, 288GB가 들어간다.",
    "루빈 GPU마다 HBM4 288GB가 탑재된다.",
]


@pytest.mark.parametrize("text", CHIP_NAMED)
def test_a_chip_named_keeps_its_memory(text: str) -> None:
    assert {r[2] for r in of(RUBIN + text, "memory_capacity")} == {288e9}


# -- chips a model was trained on, and chips carried in ----------------------------------------
# "H800 2,048개로 훈련했다", "H100 1만 2000개로 학습했다": the lab ran that many chips; "반입된다"
# (carried in) is installing. A count with no company, or data counted, gives none.

TRAINED_OR_CARRIED = [
    (
        "딥시크는 새 추론 모델을 엔비디아 H800 1,024개로 훈련했다고 밝혔다.",
        ("deepseek", (("chip", "h800"),), 1024.0),
    ),
    ("미스트랄은 새 모델을 H100 1만 2000개로 학습했다.", ("mistral", (("chip", "h100"),), 12000.0)),
    ("카카오는 자체 모델을 H200 1024장으로 훈련하고 있다.", ("kakao", (("chip", "h200"),), 1024.0)),
    (
        "SK텔레콤은 가산 센터를 넓힌다. 센터에는 GB300 GPU 576개가 연말까지 반입된다.",
        ("sk-telecom", (("chip", "gb300"),), 576.0),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRAINED_OR_CARRIED)
def test_chips_trained_on_or_carried_in_are_a_fleet(text: str, expected: tuple[Any, ...]) -> None:
    assert {r[:3] for r in of(text, "deployed_chips")} == {expected}


TRAINING_TRAPS = [
    "H100 1만 개로 학습하면 석 달이 걸린다는 계산이 나온다.",
    "이 모델은 학습 데이터 15조 토큰으로 훈련됐다.",
]


@pytest.mark.parametrize("text", TRAINING_TRAPS)
def test_no_company_or_no_chips_trained_on_is_no_fleet(text: str) -> None:
    assert of(text, "deployed_chips") == set()


# -- a plan word told in an announcement keeps the plan ----------------------------------------
# "…들일 예정이라고 발표했다", "…늘리는 것이 목표라고 공개했다": planned (GUIDE: with a plan word
# an announcement stays planned); a bare future announced stays announced, a done act actual.

PLAN_ANNOUNCED = [
    "오라클은 MI355X 12만 개를 들일 예정이라고 발표했다.",
    "코어위브는 연말까지 GPU를 40만 개로 늘리는 것이 목표라고 공개했다.",
    "크루소는 내년에 GB300 5만 개를 설치할 방침이라고 발표했다.",
    "네비우스는 H200 2만 장을 더해 전체 GPU를 8만 장으로 키울 계획이라고 발표했다.",
]


@pytest.mark.parametrize("text", PLAN_ANNOUNCED)
def test_a_plan_word_in_an_announcement_is_planned(text: str) -> None:
    assert {r[5] for r in of(text, "deployed_chips")} == {"planned"}


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("오라클은 MI355X 12만 개를 들이겠다고 발표했다.", "announced"),
        ("오라클은 MI355X 12만 개를 들였다고 발표했다.", "actual"),
    ],
)
def test_an_announcement_with_no_plan_word_keeps_its_reading(text: str, modality: str) -> None:
    assert {r[5] for r in of(text, "deployed_chips")} == {modality}
