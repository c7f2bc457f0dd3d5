"""Korean paraphrases of the facts the product records most, written for these tests (session
19, round 2): each cause pins several phrasings of one fact as outlets write them, with the
answer decided under the GUIDE before the extractor ran, plus traps that must give nothing
(or something else). No sentence here comes from a gold file."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import claim_row, run_extractor

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)
TODAY = ("point", "2026-03-10", "2026-03-10")


def rows(text: str) -> list[tuple[Any, ...]]:
    """:func:`claim_row` of every claim in one Korean snippet."""
    return [claim_row(c) for c in run_extractor(text, "ko", PUBLISHED)]


def of(text: str, predicate: str) -> list[tuple[Any, ...]]:
    """(subject, qualifiers, object, low count, modality, valid) of one predicate's claims."""
    return [
        (r[0], r[2], r[3], r[4] and r[4][0], r[5], r[6]) for r in rows(text) if r[1] == predicate
    ]


# -- 쓰다, the plainest verb of use, counts a fleet as 사용하다 does -------------------------
# (GUIDE: a sentence that counts the chips a company runs or will run gives deployed_chips)

USED_COUNTS = [
    (
        "메타는 라마 학습에 H100 35만 개를 쓰고 있다.",
        ("meta", {"chip": "h100"}, None, 350000.0, "actual", TODAY),
    ),
    (
        "카카오가 쓰는 트레이니움2는 5만 개다.",
        ("kakao", {"chip": "trainium2"}, None, 50000.0, "actual", TODAY),
    ),
    (
        "딥시크는 첫 모델을 학습하는 데 H800 2,048개를 썼다.",
        ("deepseek", {"chip": "h800"}, None, 2048.0, "actual", TODAY),
    ),
    (
        "네이버는 새 검색 모델에 B200을 4000장 쓸 계획이다.",
        ("naver", {"chip": "b200"}, None, 4000.0, "planned", TODAY),
    ),
    (
        "KT클라우드는 추론 서비스에 리벨 1만 장을 씁니다.",
        ("kt", {"chip": "rebel"}, None, 10000.0, "actual", TODAY),
    ),
]


@pytest.mark.parametrize(("text", "expected"), USED_COUNTS)
def test_a_count_of_chips_used_with_sseuda_is_the_users_fleet(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert of(text, "deployed_chips") == [expected]


USED_TRAPS = [
    # what a contract allows is no fleet
    "계약상 엔스케일은 GB300을 최대 20만 개까지 쓸 수 있다.",
    # a count passed over for another chip
    "카카오는 H100 5000장을 쓰는 대신 다른 가속기를 택했다.",
    # a span of time is no count of chips
    "기자는 구글 클라우드의 아이언우드를 2주 동안 빌려 써 봤다.",
]


@pytest.mark.parametrize("text", USED_TRAPS)
def test_a_count_sseuda_does_not_take_as_a_fleet_gives_none(text: str) -> None:
    assert of(text, "deployed_chips") == []


# -- a counted rental is the renter's adoption through the provider, not its fleet ---------
# (GUIDE: renting a named product from a provider is an adopts, mode cloud, via the provider,
# "counted or not"; a count of the rented chips does not make the rental a deployment)

COUNTED_RENTALS = [
    ("카카오는 AWS에서 트레이니움2 5만 개를 빌려 쓴다.", "kakao", "trainium2", "aws"),
    ("네이버는 오라클 클라우드로부터 GB200 2만 장을 임차했다.", "naver", "gb200", "oracle"),
    (
        "미스트랄AI는 코어위브를 통해 H200 8000개를 빌려 사용하고 있다.",
        "mistral",
        "h200",
        "coreweave",
    ),
    (
        "SK텔레콤은 마이크로소프트 애저에서 GB300 3000장을 빌려 쓰고 있다.",
        "sk-telecom",
        "gb300",
        "microsoft",
    ),
]


@pytest.mark.parametrize(("text", "renter", "chip", "provider"), COUNTED_RENTALS)
def test_a_counted_rental_is_an_adoption_through_the_provider(
    text: str, renter: str, chip: str, provider: str
) -> None:
    assert of(text, "adopts") == [
        (renter, {"mode": "cloud", "via": provider}, chip, None, "actual", TODAY)
    ]
    assert of(text, "deployed_chips") == []


LENT_OUT = [
    # the lender's own chips, lent out, stay its fleet
    (
        "오라클은 MI355X 3만 개를 들여 고객에게 빌려준다.",
        ("oracle", {"chip": "mi355x"}, None, 30000.0, "actual", TODAY),
    ),
    # a fleet bought and run, with no rental
    (
        "카카오는 트레이니움2 5만 개를 사들여 쓰고 있다.",
        ("kakao", {"chip": "trainium2"}, None, 50000.0, "actual", TODAY),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LENT_OUT)
def test_chips_lent_out_or_bought_stay_a_fleet(text: str, expected: tuple[Any, ...]) -> None:
    assert of(text, "deployed_chips") == [expected]


# -- "-ㄹ 수도 있다" is a possibility: considering, as "may", "could", "might" are in English --
# (GUIDE: `considering` is weighing an option; only a projection is `forecast`)

MAY_HAPPEN = [
    (
        "엔비디아는 엔스케일에 최대 5억 달러를 넣을 수도 있다.",
        "investment",
        ("nvidia", "nscale", "considering"),
    ),
    (
        "애플은 내년부터 구글 클라우드의 TPU를 빌려 쓸 수도 있다.",
        "adopts",
        ("apple", "google-tpu", "considering"),
    ),
    (
        "오라클이 AMD로부터 MI450을 사들일 수도 있다고 현지 매체가 전했다.",
        "supply_deal",
        ("oracle", "amd", "considering"),
    ),
    (
        # a possibility inside an observers' frame stays their forecast
        "삼성전자가 내년 AMD에 HBM4를 공급할 수도 있다는 관측이 나온다.",
        "supply_deal",
        ("amd", "samsung", "forecast"),
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), MAY_HAPPEN)
def test_a_possibility_told_with_su_do_itda_is_no_fact(
    text: str, predicate: str, expected: tuple[str, str, str]
) -> None:
    found = [(r[0], r[3] or r[2].get("target"), r[5]) for r in rows(text) if r[1] == predicate]
    assert found == [expected]


CAN_TRAPS = [
    # what a pod or a line can do is a capability, not a possibility
    (
        "아이언우드는 한 포드에 최대 9216개 칩을 묶을 수 있다.",
        ("ironwood", "chips_per_system", "actual"),
    ),
    (
        "TSMC의 CoWoS 라인은 월 9만 장을 생산할 수 있다.",
        ("tsmc", "capacity", "actual"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAN_TRAPS)
def test_a_capability_told_with_su_itda_keeps_its_modality(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert [(r[0], r[1], r[5]) for r in rows(text)] == [expected]


# -- training a model on a chip is a use of it: "X로 모델을 학습시켰다" ---------------------
# (GUIDE: "it trains on H200 instances it rents on AWS" is an adoption; English "trains on",
# "trained on" are verbs of use)

TRAINED_WITH = [
    (
        "앤트로픽은 트레이니움2로 차기 클로드를 학습시키고 있다.",
        ("anthropic", "trainium2", "actual"),
    ),
    ("메타는 H200으로 새 라마 모델을 학습했다.", ("meta", "h200", "actual")),
    ("딥시크는 어센드 910C로 추론 모델을 훈련시켰다.", ("deepseek", "ascend-910c", "actual")),
    ("오픈AI는 GB200에서 차세대 모델을 학습하고 있다.", ("openai", "gb200", "actual")),
]


@pytest.mark.parametrize(("text", "expected"), TRAINED_WITH)
def test_a_model_trained_on_a_chip_is_its_owners_adoption(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert [(r[0], r[3], r[5]) for r in rows(text) if r[1] == "adopts"] == [expected]


TRAINING_TRAPS = [
    # a training cluster described, no use told
    ("투게더AI가 B300으로 꾸린 학습 클러스터는 지난달 완공됐다.", "adopts", []),
    # a count of the chips a run used is the run's size, and gives no adoption either
    ("딥시크는 H800 2,048개로 모델을 학습시켰다.", "deployed_chips", []),
    # a model trained on a cluster: trains_on, not an adoption of the cluster
    (
        "앤트로픽은 프로젝트 레이니어에서 클로드를 학습시키고 있다.",
        "trains_on",
        [("anthropic", "project-rainier", "actual")],
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), TRAINING_TRAPS)
def test_training_words_that_tell_no_use_give_no_adoption(
    text: str, predicate: str, expected: list[tuple[str, str, str]]
) -> None:
    found = rows(text)
    assert [(r[0], r[3] or r[2].get("chip"), r[5]) for r in found if r[1] == predicate] == expected
    assert [r for r in found if r[1] == "adopts"] == []


# -- a quoted future that closes before 이라고: '"…늘릴 것"이라고 했다' is the speaker's plan -
# (GUIDE: a company's own figure to be reached by a date is `planned`, whatever the verb)

QUOTED_FUTURES = [
    (
        'TSMC 관계자는 "CoWoS 생산능력을 연말까지 월 9만 장으로 늘릴 것"이라고 했다.',
        ("tsmc", "capacity", "planned", ("deadline", "2026-03-10", "2026-12-31")),
    ),
    (
        '메타 관계자는 "연말까지 GB300을 10만 개로 늘릴 것"이라고 말했다.',
        ("meta", "deployed_chips", "planned", ("deadline", "2026-03-10", "2026-12-31")),
    ),
    (
        "SK하이닉스 임원은 “내년 말까지 HBM 생산능력을 월 20만 장으로 끌어올릴 것”이라며 웃었다.",
        ("sk-hynix", "capacity", "planned", ("deadline", "2026-03-10", "2027-12-31")),
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_FUTURES)
def test_a_quoted_future_is_the_speakers_plan(text: str, expected: tuple[Any, ...]) -> None:
    assert [(r[0], r[1], r[5], r[6]) for r in rows(text)] == [expected]


QUOTED_TRAPS = [
    # a figure reached, quoted, stays a fact; an observer's quoted view stays a forecast
    (
        'TSMC 관계자는 "CoWoS 생산능력은 이미 월 9만 장에 이르렀다"고 했다.',
        ("tsmc", "capacity", "actual", ("point", "2026-03-10", "2026-03-10")),
    ),
    (
        '한 애널리스트는 "TSMC의 CoWoS 생산능력은 연말 월 9만 장에 이를 것"으로 내다봤다.',
        ("tsmc", "capacity", "forecast", ("point", "2026-12-31", "2026-12-31")),
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_TRAPS)
def test_a_quoted_fact_or_view_keeps_its_modality(text: str, expected: tuple[Any, ...]) -> None:
    assert [(r[0], r[1], r[5], r[6]) for r in rows(text)] == [expected]


# -- the basis of a comparison ("전년 대비") dates nothing: the figure is today's ------------

COMPARED_WITH = [
    (
        "코어위브의 GPU 보유량은 전년 대비 2배 늘어난 50만 개다.",
        ("coreweave", "deployed_chips", 500000.0, TODAY),
    ),
    (
        "TSMC의 CoWoS 생산능력은 지난해 같은 기간 대비 60% 늘어난 월 8만 장이다.",
        ("tsmc", "capacity", 80000.0, TODAY),
    ),
    (
        "SK하이닉스의 HBM 생산능력은 전년 동기 대비 두 배인 월 15만 장에 이른다.",
        ("sk-hynix", "capacity", 150000.0, TODAY),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPARED_WITH)
def test_the_basis_of_a_comparison_does_not_date_the_figure(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert [(r[0], r[1], r[4][0], r[6]) for r in rows(text)] == [expected]


def test_a_figure_named_with_its_own_past_year_keeps_that_year() -> None:
    # trap: "지난해 월 5만 장에서" names last year's figure, not a basis
    text = "TSMC의 CoWoS 생산능력은 지난해 월 5만 장에서 올해 월 8만 장으로 늘었다."
    assert sorted((r[4][0], r[6]) for r in rows(text)) == [
        (50000.0, ("point", "2025-01-01", "2025-12-31")),
        (80000.0, ("point", "2026-01-01", "2026-12-31")),
    ]


# -- "오는 6월" is the coming June: a month named ahead of the publication ----------------

COMING_MONTHS = [
    (
        "카카오는 오는 6월 RNGD 200장을 데이터센터에 들일 계획이다.",
        ("kakao", "planned", ("point", "2026-06-01", "2026-06-30")),
    ),
    (
        # a month already past this year is next year's
        "오라클은 오는 2월 MI450 5만 개를 배치할 예정이다.",
        ("oracle", "planned", ("point", "2027-02-01", "2027-02-28")),
    ),
    (
        "네이버는 오는 9월부터 H200 3000장을 가동한다.",
        ("naver", "announced", ("open", "2026-09-01", "None")),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMING_MONTHS)
def test_a_coming_month_dates_the_claim(text: str, expected: tuple[Any, ...]) -> None:
    assert [(r[0], r[5], r[6]) for r in rows(text) if r[1] == "deployed_chips"] == [expected]


def test_a_day_of_a_coming_month_is_that_day() -> None:
    # trap: "오는 6월 3일" is the day, not the month
    text = "카카오는 오는 6월 3일 RNGD 200장을 들일 계획이다."
    assert [r[6] for r in rows(text)] == [("point", "2026-06-03", "2026-06-03")]


# -- a deal's size told in the next sentence ("공급 물량은 2000장이다") is that deal's count --
# (GUIDE: a line whose subject is left out takes the relation of the line it goes on from)

SIZED_AFTER = [
    (
        "리벨리온은 KT와 NPU 공급 계약을 체결했다. 공급 물량은 리벨 2,000장이다.",
        [("kt", {"product": "rebel"}, "rebellions", 2000.0, "actual", TODAY)],
    ),
    (
        "엔비디아는 네이버와 H200 공급 계약을 맺었다. 계약 규모는 5000장 수준이다.",
        [("naver", {"product": "h200"}, "nvidia", 5000.0, "actual", TODAY)],
    ),
    (
        "퓨리오사AI는 카카오와 RNGD 구매 계약을 맺었다고 밝혔다. 총 주문 물량은 1만 2천 개다.",
        [("kakao", {"product": "rngd"}, "furiosaai", 12000.0, "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIZED_AFTER)
def test_a_deals_size_in_the_next_sentence_is_its_count(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert of(text, "supply_deal") == expected


SIZE_TRAPS = [
    # a money value, a start with no count, another party's volume
    "엔비디아는 네이버와 H200 공급 계약을 맺었다. 계약 규모는 20억 달러다.",
    "엔비디아는 네이버와 H200 공급 계약을 맺었다. 공급 물량은 4분기부터 순차 출하된다.",
    "엔비디아는 네이버와 H200 공급 계약을 맺었다. 물량은 카카오가 5000장을 더 받는다.",
]


@pytest.mark.parametrize("text", SIZE_TRAPS)
def test_what_is_no_size_of_the_deal_adds_no_count(text: str) -> None:
    counted = [r for r in of(text, "supply_deal") if r[3] is not None]
    assert counted == []


# -- a vague count ("수십만 개", "수천 장") names no fleet and no adoption -------------------
# (GUIDE, session 12: "hundreds of thousands of GB200s", "수십만 개" give neither)

VAGUE_COUNTS = [
    "메타는 GB300 수만 개를 운영한다.",
    "마이크로소프트는 MI355X를 수천 장 들였다.",
    "xAI는 수십만 개의 H100을 돌리고 있다.",
    "오라클은 GB200 수십만 개를 데이터센터에 깔았다.",
]


@pytest.mark.parametrize("text", VAGUE_COUNTS)
def test_a_vague_count_of_a_chip_gives_no_claim(text: str) -> None:
    assert rows(text) == []


VAGUE_TRAPS = [
    # a rental through a named provider stays an adoption, counted or not (GUIDE)
    (
        "메타는 구글 클라우드에서 TPU를 수십만 개 빌려 쓴다.",
        [("meta", {"mode": "cloud", "via": "google"}, "google-tpu", None, "actual", TODAY)],
    ),
    # a use with no count at all
    ("메타는 GB300을 도입했다.", [("meta", {}, "gb300", None, "actual", TODAY)]),
]


@pytest.mark.parametrize(("text", "expected"), VAGUE_TRAPS)
def test_a_use_without_a_vague_count_stays_an_adoption(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert of(text, "adopts") == expected


# -- 불 after a number is the dollar ("80억불", "1000억 불"), as 달러 is --------------------

DOLLARS_AS_BUL = [
    ("아마존은 앤트로픽에 총 80억불을 투자했다.", ("amazon", "anthropic", 8e9, "actual")),
    ("소프트뱅크는 오픈AI에 400억 불을 넣기로 했다.", ("softbank", "openai", 4e10, "announced")),
    ("엔비디아가 엔스케일에 쏟은 돈은 5억불에 이른다.", ("nvidia", "nscale", 5e8, "actual")),
]


@pytest.mark.parametrize(("text", "expected"), DOLLARS_AS_BUL)
def test_bul_after_a_number_is_the_dollar(text: str, expected: tuple[Any, ...]) -> None:
    found = [(r[0], r[2]["target"], r[4][0], r[5]) for r in rows(text) if r[1] == "investment"]
    assert found == [expected]
    assert all(r[4][2] == "USD" for r in rows(text) if r[1] == "investment")


BUL_TRAPS = [
    # 불과 ("only") and 불 as a word are no currency
    (
        "삼성전자의 HBM 생산능력은 월 10만 장에 불과하다.",
        [("samsung", "capacity", 100000.0, "wafer/month")],
    ),
    (
        "메타는 불 꺼진 옛 센터에도 GB300 2만 개를 운영한다.",
        [("meta", "deployed_chips", 20000.0, "count")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BUL_TRAPS)
def test_bul_that_is_no_currency_is_not_read_as_one(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert [(r[0], r[1], r[4][0], r[4][2]) for r in rows(text)] == expected


# -- a report dismissed (일축) or a contract ended (해지, 파기) asserts nothing --------------
# (GUIDE: negated statements, denials and 철회 yield no claim)

DISMISSED_OR_ENDED = [
    "메타는 구글 TPU 도입설을 일축했다.",
    "삼성전자는 AMD HBM4 공급 보도를 일축했다.",
    "오라클은 AMD와의 MI450 공급 계약을 해지했다.",
    "카카오와 퓨리오사AI의 RNGD 공급 계약이 해지됐다.",
    "엔비디아는 KT와 맺은 H200 공급 계약을 파기했다.",
]


@pytest.mark.parametrize("text", DISMISSED_OR_ENDED)
def test_a_dismissed_report_or_an_ended_contract_gives_no_claim(text: str) -> None:
    assert rows(text) == []


def test_a_report_passed_on_with_jeonhaeji_is_not_an_ended_contract() -> None:
    # trap: "전해지지만" holds 해지 but ends nothing
    text = "메타는 자사 센터에 TPU를 들이는 방안을 저울질하는 것으로 전해지지만, 확인되지 않았다."
    assert [(r[0], r[1], r[5]) for r in rows(text)] == [("meta", "adopts", "considering")]


# -- a bare 장 that goes on from a count of chips counts those chips, not wafers -----------

CHIPS_GONE_ON = [
    (
        "카카오는 올해 RNGD 500장을 들였고, 내년에는 이를 1000장으로 늘린다.",
        ("kakao", {"chip": "rngd"}, None, 1000.0, "planned"),
    ),
    (
        "네이버에 배정된 B200 4,000장 가운데 현재 2,500여 장이 가동 중이다.",
        ("naver", {"chip": "b200"}, None, 2500.0, "actual"),
    ),
    (
        "KT는 H200 3000장을 운영하며 연말까지 5000장으로 늘릴 계획이다.",
        ("kt", {"chip": "h200"}, None, 5000.0, "planned"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHIPS_GONE_ON)
def test_a_bare_jang_after_a_chip_count_counts_the_chips(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert expected in [r[:5] for r in of(text, "deployed_chips")]


def test_a_bare_jang_with_wafer_words_stays_wafers() -> None:
    # trap: a monthly output in the same sentence makes 장 wafers
    text = "SK하이닉스는 HBM 생산능력을 월 15만 장으로 늘렸고, 연말에는 17만 장을 넘긴다."
    assert of(text, "deployed_chips") == []


# -- a maker that secured a share of a customer's volume ("…물량의 60%를 확보") supplies it --
# (GUIDE: a share of a maker's output secured is a supply_deal with no count; the share a
# memory maker wins of a chip designer's needs is its supply to that designer)

SHARES_WON = [
    (
        "SK하이닉스는 엔비디아 HBM4 물량의 약 60%를 확보했다.",
        ("nvidia", {"product": "hbm4"}, "sk-hynix", None, "actual", TODAY),
    ),
    (
        "마이크론은 엔비디아 HBM4 물량의 20%가량을 확보한 것으로 알려졌다.",
        ("nvidia", {"product": "hbm4"}, "micron", None, "actual", TODAY),
    ),
    (
        "삼성전자는 AMD HBM4 물량의 70% 이상을 확보한 것으로 추정된다.",
        ("amd", {"product": "hbm4"}, "samsung", None, "forecast", TODAY),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARES_WON)
def test_a_share_of_a_customers_volume_secured_is_a_supply_to_it(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert of(text, "supply_deal") == [expected]


def test_a_customer_securing_a_share_from_its_maker_keeps_its_roles() -> None:
    # trap: the customer as the subject securing the maker's output
    text = "엔비디아는 TSMC로부터 CoWoS 물량의 60%를 확보했다."
    assert of(text, "supply_deal") == [
        ("nvidia", {"product": "cowos"}, "tsmc", None, "actual", TODAY)
    ]


# -- "채 안 된다", "조금 못 미친다" are just under (nearly); "에 못 미친다" is under -----------
# (GUIDE: "just under 1 million" reads as nearly, approx exact; "under" is at-most)

JUST_UNDER = [
    ("메타가 운영하는 GB300은 10만 개가 채 안 된다.", (100000.0, True, "exact")),
    ("SK하이닉스의 HBM 생산능력은 월 20만 장에 조금 못 미친다.", (200000.0, True, "exact")),
    ("엔비디아가 오픈AI에 넣은 돈은 1000억 달러에 못 미친다.", (1e11, False, "at-most")),
    ("코어위브가 운영하는 GPU는 30만 개에 살짝 못 미쳤다.", (300000.0, True, "exact")),
]


@pytest.mark.parametrize(("text", "expected"), JUST_UNDER)
def test_just_under_reads_as_nearly_and_under_as_a_ceiling(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert [(r[4][0], r[4][3], r[4][4]) for r in rows(text)] == [expected]


def test_a_figure_that_missed_nothing_stays_exact() -> None:
    # trap: "못" elsewhere in the sentence bounds nothing
    text = "메타는 GB300 10만 개를 운영하지만 수요를 다 채우지 못했다."
    assert [(r[4][0], r[4][3], r[4][4]) for r in rows(text)] == [(100000.0, False, "exact")]


# -- a cloud named as where a chip is now usable, or whose customers can use it -----------
# (GUIDE: "클라우드 고객이 쓸 수 있게 됐다" gives the cloud an adopts, on-prem)

USABLE_ON_A_CLOUD = [
    ("오라클 클라우드에서 AMD MI355X 인스턴스를 쓸 수 있게 됐다.", ("oracle", "mi355x")),
    ("오라클 클라우드 고객은 이제 MI355X를 쓸 수 있게 됐다.", ("oracle", "mi355x")),
    ("구글 클라우드 고객들이 아이언우드를 이용할 수 있게 됐다.", ("google", "ironwood")),
]


@pytest.mark.parametrize(("text", "expected"), USABLE_ON_A_CLOUD)
def test_a_chip_usable_on_a_cloud_is_the_clouds_adoption(
    text: str, expected: tuple[str, str]
) -> None:
    assert of(text, "adopts") == [
        (*expected[:1], {"mode": "on-prem"}, expected[1], None, "actual", TODAY)
    ]


USABLE_TRAPS = [
    # a company that can now use a chip on a cloud rents through it
    (
        "메타는 AWS에서 트레이니움3를 쓸 수 있게 됐다.",
        [("meta", {"mode": "cloud", "via": "aws"}, "trainium3", None, "actual", TODAY)],
    ),
    # a chipmaker's customers are no cloud's
    ("엔비디아 고객은 이제 B300을 쓸 수 있게 됐다.", []),
    # a release alone names no user
    ("구글 클라우드는 아이언우드를 정식 출시했다.", []),
]


@pytest.mark.parametrize(("text", "expected"), USABLE_TRAPS)
def test_usable_said_of_no_clouds_service_is_no_clouds_adoption(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert of(text, "adopts") == expected
