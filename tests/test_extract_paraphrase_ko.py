"""Korean paraphrase matrices: one kind of fact said the many ways Korean news says it,
varying one thing at a time (the verb, the ending, where the subject sits, the order), each
pinning a general cause the extractor missed, plus traps that must not change. Every
sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 6, 12, 9, 0, tzinfo=KST)
AT_PUBLICATION = ("point", "2026-06-12", "2026-06-12")


def rows(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    return extract_rows(text, "ko", PUBLISHED, tier)


def adoptions(text: str) -> set[tuple[Any, ...]]:
    """Subject, object, qualifiers and modality of each adoption."""
    return {(r[0], r[3], tuple(sorted(r[2].items())), r[5]) for r in rows(text) if r[1] == "adopts"}


def counts(text: str) -> set[tuple[Any, ...]]:
    """Subject, chip, low value, approx flag, bound and modality of each chip count."""
    return {
        (r[0], r[2].get("chip"), r[4][0], r[4][3], r[4][4], r[5])
        for r in rows(text)
        if r[1] == "deployed_chips"
    }


def investments(text: str) -> set[tuple[Any, ...]]:
    """Investor, target, low value and modality of each investment."""
    return {(r[0], r[2].get("target"), r[4][0], r[5]) for r in rows(text) if r[1] == "investment"}


ON_PREM = (("mode", "on-prem"),)

# -- a cloud arm is its company ------------------------------------------------------------
# A cloud named as the way in ("구글 클라우드를 통해") is a provider, so the adoption rule passed
# over every cloud name when it looked for the adopter; a cloud arm that is itself the
# subject ("네이버클라우드는 …", "애저가 …") is the company. A company that names its own cloud
# as where chips go ("마이크로소프트는 애저에 …") adopts them on its own premises.

CLOUD_ARMS = [
    ("네이버클라우드는 인텔 가우디3를 들였다.", {("naver", "gaudi3", (), "actual")}),
    ("네이버클라우드가 가우디3 채택을 확정했다.", {("naver", "gaudi3", (), "actual")}),
    (
        "네이버클라우드는 내년 상반기부터 레니게이드를 추론 서비스에 적용할 계획이다.",
        {("naver", "rngd", (), "planned")},
    ),
    (
        "마이크로소프트는 애저에 AMD MI355X를 도입했다.",
        {("microsoft", "mi355x", ON_PREM, "actual")},
    ),
    (
        "메타는 메타 데이터센터에 TPU를 들일 예정이다.",
        {("meta", "google-tpu", ON_PREM, "planned")},
    ),
]

CLOUD_ARM_TRAPS = [
    # the cloud is another company's way in: the user adopts, through it
    (
        "오픈AI는 마이크로소프트 애저에서 GB300을 빌려 쓴다.",
        {("openai", "gb300", (("mode", "cloud"), ("via", "microsoft")), "actual")},
    ),
    # supplied, then placed in the buyer's own cloud: the deal alone (GUIDE)
    ("마이크로소프트는 엔비디아로부터 GB300을 공급받아 애저 데이터센터에 배치했다.", set()),
    # a counted chip in one's own cloud is a fleet, not also an adoption
    ("마이크로소프트는 애저 데이터센터에서 GB300을 8만 개 넘게 돌리고 있다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CLOUD_ARMS + CLOUD_ARM_TRAPS)
def test_a_cloud_arm_as_subject_is_the_company_adopting(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == adoptions(text)


# -- the verbs of choosing and installing ---------------------------------------------------
# Korean says a company takes up a chip with verbs of choosing (택하다, 선택하다, 낙점하다,
# 갈아타다, 표준으로 삼다) and of putting it to work (가동하다, 배치하다, 들이다, 넣다) as
# often as with 도입·채택; the adoption rule knew only the latter. Places of one's own (자기
# 시설, 자체 인프라, 자사 서버) say on-premises as 자사 데이터센터 does.

CHOOSING = [
    ("애플은 추론용으로 인퍼런시아2를 택했다.", {("apple", "inferentia2", (), "actual")}),
    ("애플은 엔비디아 대신 트레이니움2를 선택했다.", {("apple", "trainium2", (), "actual")}),
    ("애플은 트레이니움2를 차기 학습 칩으로 낙점했다.", {("apple", "trainium2", (), "actual")}),
    ("애플은 엔비디아 GPU에서 트레이니움2로 갈아탔다.", {("apple", "trainium2", (), "actual")}),
    ("애플은 트레이니움3로 갈아타기로 했다.", {("apple", "trainium3", (), "announced")}),
    (
        "바이트댄스는 어센드 910C를 사내 표준으로 삼았다.",
        {("bytedance", "ascend-910c", (), "actual")},
    ),
    (
        "카카오는 자사 데이터센터에서 레니게이드를 가동하고 있다.",
        {("kakao", "rngd", ON_PREM, "actual")},
    ),
    (
        "메타는 TPU를 자사 데이터 센터에 배치할 계획이다.",
        {("meta", "google-tpu", ON_PREM, "planned")},
    ),
    ("메타는 TPU를 사서 자기 시설에 넣기로 했다.", {("meta", "google-tpu", ON_PREM, "announced")}),
    (
        "텐센트는 어센드를 자체 인프라에 들이는 방안을 저울질하고 있다.",
        {("tencent", "ascend", ON_PREM, "considering")},
    ),
]

CHOOSING_TRAPS = [
    # what is not chosen: a denial
    ("애플은 트레이니움2를 택하지 않았다.", set()),
    # a company chosen as a partner is no product adopted
    ("앤트로픽은 AWS를 주요 학습 파트너로 택했다.", set()),
    # a strategy chosen, a chip only named in it: no adoption
    ("엔비디아는 트레이니움 같은 경쟁사 칩까지 끌어들이는 개방 전략을 택했다.", set()),
    ("메타는 TPU 대응 전략으로 자체 칩 확대를 택했다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CHOOSING + CHOOSING_TRAPS)
def test_verbs_of_choosing_and_installing_adopt_a_chip(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == adoptions(text)


# -- a product put to the test --------------------------------------------------------------
# "TPU를 시험하고 있다" weighs the chip as "테스트하고 있다" does: considering. A trial run of
# installed chips ("시험 가동") runs them, and a model tested on a chip uses it. "…일 뿐," ends
# a clause, so a denial after it ("도입은 결정하지 않았다") does not take back the trial.

TRIALS = [
    ("메타는 TPU를 시험 중이다.", {("meta", "google-tpu", (), "considering")}),
    (
        "메타는 자사 데이터센터에서 TPU를 시험하고 있다.",
        {("meta", "google-tpu", ON_PREM, "considering")},
    ),
    ("카카오는 MI325X 샘플을 검증하고 있다.", {("kakao", "mi325x", (), "considering")}),
    (
        "텐센트는 어센드 910C를 시험하고 있을 뿐, 대규모 도입은 결정하지 않았다.",
        {("tencent", "ascend-910c", (), "considering")},
    ),
]

TRIAL_TRAPS = [
    # a model tested on the chip: the chip is in use
    (
        "오픈AI는 애저에서 GB300 클러스터로 새 모델을 시험하고 있다.",
        {("openai", "gb300", (("mode", "cloud"), ("via", "microsoft")), "actual")},
    ),
    # a plan to test keeps its plan
    ("메타는 내년에 TPU를 시험할 계획이다.", {("meta", "google-tpu", (), "planned")}),
]


@pytest.mark.parametrize(("text", "expected"), TRIALS + TRIAL_TRAPS)
def test_a_chip_put_to_the_test_is_considered(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == adoptions(text)


# -- endings: what is still to come, and what is left open ----------------------------------
# "-ㄹ 것으로 알려졌다/전해졌다", "-ㄹ 것이라고 밝혔다": a verb's future adnominal before 것
# is a thing yet to be done, for every verb as "할 것" was for verbs in 하다; the rightmost
# cue still governs ("…할 것으로 보인다" is a forecast). "-ㄹ지 주목된다", "-ㄹ지는 미지수다"
# leave the question open: no statement.

FUTURE_ENDINGS = [
    (
        "코어위브가 H100 4만 개를 들여올 것으로 알려졌다.",
        {("coreweave", "h100", 40000.0, False, "exact", "planned")},
    ),
    (
        "코어위브가 H200 4만 개를 갖출 것으로 전해졌다.",
        {("coreweave", "h200", 40000.0, False, "exact", "planned")},
    ),
    (
        "코어위브는 H200을 6만 개로 늘릴 것이라고 밝혔다.",
        {("coreweave", "h200", 60000.0, False, "exact", "planned")},
    ),
    (
        "코어위브는 H200 6만 개를 확보할 것으로 보인다.",
        {("coreweave", "h200", 60000.0, False, "exact", "forecast")},
    ),
    # an analyst's future stays a forecast
    (
        "한 증권사 연구원은 코어위브가 H200 6만 개를 확보할 것이라고 했다.",
        {("coreweave", "h200", 60000.0, False, "exact", "forecast")},
    ),
    # a state reported: no future
    (
        "코어위브는 H200 6만 개를 보유한 것으로 알려졌다.",
        {("coreweave", "h200", 60000.0, False, "exact", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FUTURE_ENDINGS)
def test_a_future_adnominal_before_geot_is_planned(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == counts(text)


OPEN_QUESTIONS = [
    ("메타가 구글 TPU를 채택할지 주목된다.", set()),
    ("메타가 TPU를 들일지는 아직 미지수다.", set()),
    ("메타가 TPU를 도입할지 여부가 관건이다.", set()),
    # trap: a plan with 지 nowhere near an open question
    ("메타는 TPU를 들일 계획이다.", {("meta", "google-tpu", (), "planned")}),
]


@pytest.mark.parametrize(("text", "expected"), OPEN_QUESTIONS)
def test_a_question_left_open_states_nothing(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == adoptions(text)


# -- chip counts: verbs of having, counts that qualify the chip, projections -----------------
# Having chips is also 갖고 있다, 가지고 있다, 비축하다, 사재기하다, 깔아 두다. A count may
# qualify the chip through a verb ("35만 개에 달하는 H100", "…에 육박하는 H100") as "35만 개가
# 넘는 H100" does. "배치할 수 있을 것으로 추정한다" projects a number reached, no capability.

HAVING = [
    ("메타는 H200 12만 개를 비축했다.", {("meta", "h200", 120000.0, False, "exact", "actual")}),
    ("메타는 H200 12만 개를 사재기했다.", {("meta", "h200", 120000.0, False, "exact", "actual")}),
    (
        "코어위브는 H200을 9만 개나 갖고 있다.",
        {("coreweave", "h200", 90000.0, False, "exact", "actual")},
    ),
    (
        "코어위브는 H200 9만 개를 가지고 있다.",
        {("coreweave", "h200", 90000.0, False, "exact", "actual")},
    ),
    (
        "메타가 서버실에 깔아 둔 H200은 12만 개에 이른다.",
        {("meta", "h200", 120000.0, False, "exact", "actual")},
    ),
    (
        "메타는 12만 개에 달하는 H200을 운용하고 있다.",
        {("meta", "h200", 120000.0, False, "exact", "actual")},
    ),
    (
        "메타는 12만 개에 육박하는 H200을 가동하고 있다.",
        {("meta", "h200", 120000.0, True, "exact", "actual")},
    ),
    (
        "업계는 메타가 연말까지 H200을 12만 개 확보할 수 있을 것으로 추정한다.",
        {("meta", "h200", 120000.0, False, "exact", "forecast")},
    ),
]

HAVING_TRAPS = [
    # what a machine can hold is no fleet
    ("이 슈퍼컴퓨터는 H200을 최대 12만 개까지 수용할 수 있다.", set()),
    # "가지" that counts kinds is no verb of having (nor is 나누다; "나눠 쓴다" is a verb of
    # use since session 19, and gives the fleet)
    ("메타는 H200 12만 개를 두 가지 용도로 나눈다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), HAVING + HAVING_TRAPS)
def test_verbs_of_having_and_qualified_counts_give_a_fleet(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == counts(text)


# -- a relative clause fronted before its company --------------------------------------------
# "H100 35만 개를 보유한 메타는 …": the figure's owner comes after it, as the head of the
# relative clause it sits in; the relative clause is the whole statement, so the main
# clause's cues ("… 추가 도입을 검토 중이다") are not its modality.

FRONTED_COUNTS = [
    (
        "H200 12만 개를 보유한 메타는 라마 개발에 속도를 내고 있다.",
        {("meta", "h200", 120000.0, False, "exact", "actual")},
    ),
    (
        "H200 12만 개를 가동 중인 메타가 추가 투자를 검토하고 있다.",
        {("meta", "h200", 120000.0, False, "exact", "actual")},
    ),
    (
        "엔비디아 H200 12만 개를 갖춘 메타는 새 모델을 공개했다.",
        {("meta", "h200", 120000.0, False, "exact", "actual")},
    ),
    # traps: sold, not installed; the company's site, not the company, is the head
    ("H200 12만 개를 판매한 엔비디아는 실적이 크게 늘었다.", set()),
    ("H200 12만 개를 보유한 메타의 데이터센터는 루이지애나에 있다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_COUNTS)
def test_a_fronted_relative_clause_counts_for_the_company_it_describes(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == counts(text)


FRONTED_INVESTMENTS = [
    (
        "30억 달러를 앤트로픽에 투자한 구글은 추가 투자를 검토 중이다.",
        {("google", "anthropic", 3e9, "actual")},
    ),
    (
        "앤트로픽에 30억 달러를 투자한 구글이 TPU 공급도 늘린다.",
        {("google", "anthropic", 3e9, "actual")},
    ),
    # the relative clause has its own subject; its head is the target
    (
        "구글이 30억 달러를 투자한 앤트로픽은 새 모델을 내놨다.",
        {("google", "anthropic", 3e9, "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_INVESTMENTS)
def test_a_fronted_relative_clause_names_the_investor_after_the_amount(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == investments(text)


# -- a near future with no date --------------------------------------------------------------
# "몇 주 안에", "수개월 내", "조만간", "머지않아" time what is not done yet but name no period,
# so the claim stays at publication: with no cue, the company's own word about it is announced
# (a future action, no plan word), anyone else's planned. Done within weeks is done.

NEAR_FUTURE = [
    (
        "코어위브는 몇 주 안에 H200 6만 개를 가동한다고 밝혔다.",
        {("coreweave", "h200", 60000.0, False, "exact", "announced")},
    ),
    (
        "업계에 따르면 코어위브는 조만간 H200 6만 개를 가동한다.",
        {("coreweave", "h200", 60000.0, False, "exact", "planned")},
    ),
    (
        "코어위브는 수개월 내 H200 6만 개를 가동한다.",
        {("coreweave", "h200", 60000.0, False, "exact", "planned")},
    ),
    # a plan word keeps its plan
    (
        "코어위브는 조만간 H200 6만 개를 가동할 예정이다.",
        {("coreweave", "h200", 60000.0, False, "exact", "planned")},
    ),
    # done within months, after a past event, or right away: facts
    (
        "코어위브는 몇 달 안에 H200 6만 개를 채웠다.",
        {("coreweave", "h200", 60000.0, False, "exact", "actual")},
    ),
    (
        "코어위브는 몇 주 만에 H200 6만 개를 가동했다.",
        {("coreweave", "h200", 60000.0, False, "exact", "actual")},
    ),
    (
        "코어위브는 곧바로 H200 6만 개를 가동했다.",
        {("coreweave", "h200", 60000.0, False, "exact", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEAR_FUTURE)
def test_a_near_future_with_no_date_is_not_yet_done(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == counts(text)
    assert {AT_PUBLICATION} == {r[6] for r in rows(text)}


# -- counts told in an aside after each company ----------------------------------------------
# "메타(35만 개)와 마이크로소프트(15만 개)가 H100을 보유하고 있다": a count in parentheses right
# after its company is that company's fleet of the chip the main clause names, and a chip
# inside the aside ("메타(H100 35만 개)와 …") does not make the company its brand.

ASIDES = [
    (
        "메타(35만 개)와 마이크로소프트(15만 개)가 H100을 보유하고 있다.",
        {
            ("meta", "h100", 350000.0, False, "exact", "actual"),
            ("microsoft", "h100", 150000.0, False, "exact", "actual"),
        },
    ),
    (
        "메타(35만 개), 마이크로소프트(15만 개) 등이 H100을 대량 보유하고 있다.",
        {
            ("meta", "h100", 350000.0, False, "exact", "actual"),
            ("microsoft", "h100", 150000.0, False, "exact", "actual"),
        },
    ),
    (
        "메타(H100 35만 개)와 구글이 GPU를 가장 많이 보유하고 있다.",
        {("meta", "h100", 350000.0, False, "exact", "actual")},
    ),
    # traps: an aside with no figure of chips is no fleet
    ("오픈AI(직원 3000명)는 GB200을 빌려 쓰고 있다.", set()),
    ("메타(데이터센터 20곳)는 H100을 운영한다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES)
def test_a_count_in_an_aside_after_its_company_is_its_fleet(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == counts(text)


# -- who adopts: listed subjects, a fronted object, a zero subject ---------------------------
# "메타와 오픈AI는 …", "메타, 오픈AI, 앤트로픽 등이 …": each company of a listed subject adopts.
# Korean may front the object ("구글 TPU를 메타가 도입했다") or put the adoption in a relative
# clause before its company ("구글 TPU를 도입한 메타는"). A clause or sentence that names only
# a product's maker ("구글 TPU") and no topic of its own continues the topic before it.
# Chips listed after the adopted one with their maker between ("트레이니움2와 구글 TPU",
# "트레이니움2에 이어 구글 TPU도") are adopted too; a chip passed over ("루빈 대신", "TPU를
# 도입하는 대신") is not; a use since a past time is today's state.

WHO_ADOPTS = [
    (
        "xAI와 오픈AI는 구글 TPU를 빌려 쓰고 있다.",
        {
            ("xai", "google-tpu", (("mode", "cloud"), ("via", "google")), "actual"),
            ("openai", "google-tpu", (("mode", "cloud"), ("via", "google")), "actual"),
        },
    ),
    (
        "애플, 오픈AI, 앤트로픽 등이 트레이니움2를 쓰고 있다.",
        {
            ("apple", "trainium2", (), "actual"),
            ("openai", "trainium2", (), "actual"),
            ("anthropic", "trainium2", (), "actual"),
        },
    ),
    ("아이언우드를 앤트로픽이 가장 먼저 도입했다.", {("anthropic", "ironwood", (), "actual")}),
    ("아이언우드는 앤트로픽이 가장 먼저 도입했다.", {("anthropic", "ironwood", (), "actual")}),
    (
        "아이언우드를 도입한 앤트로픽은 학습 비용을 크게 줄였다.",
        {("anthropic", "ironwood", (), "actual")},
    ),
    (
        "애플은 지난해 서버 투자를 늘렸다. 내년부터는 구글 TPU도 도입할 계획이다.",
        {("apple", "google-tpu", (), "planned")},
    ),
    (
        "앤트로픽은 트레이니움2와 구글 TPU를 함께 쓴다.",
        {("anthropic", "trainium2", (), "actual"), ("anthropic", "google-tpu", (), "actual")},
    ),
    (
        "앤트로픽은 트레이니움2에 이어 구글 TPU도 쓴다.",
        {("anthropic", "trainium2", (), "actual"), ("anthropic", "google-tpu", (), "actual")},
    ),
    ("애플은 루빈 대신 블랙웰을 택했다.", {("apple", "blackwell", (), "actual")}),
    ("애플은 H200을 늘리는 대신 TPU를 들이기로 했다.", {("apple", "google-tpu", (), "announced")}),
]

WHO_ADOPTS_TRAPS = [
    # what is done instead of adopting is no adoption
    ("메타는 TPU를 도입하는 대신 자체 칩 MTIA를 늘리기로 했다.", set()),
    # a clause with a topic of its own ("병행 도입은") is no zero subject
    ("메타는 입찰을 냈다. 추론용 칩(구글 TPU 등)의 병행 도입은 별도로 검토 중이다.", set()),
    # "이 칩" refers back; a clause naming no product by name takes no topic
    ("오픈AI는 새 칩을 설계하고 있으며, 내년부터 이 칩을 쓸 계획이다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), WHO_ADOPTS + WHO_ADOPTS_TRAPS)
def test_listed_fronted_and_zero_subjects_adopt(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == adoptions(text)


def test_a_use_since_a_past_time_is_the_state_today() -> None:
    text = "오픈AI는 지난달부터 구글 클라우드를 통해 TPU를 빌려 쓰고 있다."
    assert {("openai", "adopts", AT_PUBLICATION)} == {(r[0], r[1], r[6]) for r in rows(text)}


# -- investments: the speaker's company, the holding as a noun, sources listed ---------------
# "앤디 재시 아마존 CEO는 \"…에 80억 달러를 투자했다\"고": a company's representative (CEO,
# 대표, 대변인, 측) speaks for it, so the company is the subject its title marks. A holding
# named as a noun may say "투자 규모" and put its target first ("앤트로픽에 대한 아마존의
# 투자액은"). Money raised from several sources goes to each source named right before its
# amount, or in order with 각각; a sum from several sources is no one's amount.

INVESTMENT_PHRASINGS = [
    (
        '앤디 재시 아마존 CEO는 "앤트로픽에 40억 달러를 더해 모두 80억 달러를 넣었다"고 말했다.',
        {("amazon", "anthropic", 8e9, "actual")},
    ),
    (
        '구글 측은 "앤트로픽 누적 투자액은 30억 달러"라고 설명했다.',
        {("google", "anthropic", 3e9, "actual")},
    ),
    ("구글의 앤트로픽 누적 투자 규모는 30억 달러다.", {("google", "anthropic", 3e9, "actual")}),
    ("앤트로픽에 대한 구글의 투자액은 30억 달러다.", {("google", "anthropic", 3e9, "actual")}),
    (
        "앤트로픽은 아마존에서 80억 달러, 구글에서 30억 달러를 투자받았다.",
        {("amazon", "anthropic", 8e9, "actual"), ("google", "anthropic", 3e9, "actual")},
    ),
    (
        "앤트로픽은 아마존과 구글에서 각각 80억 달러와 30억 달러를 투자받았다.",
        {("amazon", "anthropic", 8e9, "actual"), ("google", "anthropic", 3e9, "actual")},
    ),
    # trap: a sum raised from two sources is neither's amount
    ("앤트로픽은 아마존과 구글로부터 110억 달러를 유치했다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), INVESTMENT_PHRASINGS)
def test_investments_said_through_a_speaker_a_holding_or_listed_sources(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == investments(text)


# -- the owner named right before a chip it did not make; a fronted object -------------------
# "엔비디아 H100" names the chip's maker (a brand, no party), but "메타 H100 보유량: 35만 개" names
# its owner: a company right before a product whose known maker is another company owns or
# uses it. A count fronted as the object before its subject ("엔비디아 H100 35만 개를 메타가
# 보유하고 있다") belongs to the subject, and the verb after the subject states it.

OWNERS = [
    (
        "GPU 확보 경쟁이 거세다.\n\n메타 H200 보유량: 12만 개(지난해 말 기준)",
        {("meta", "h200", 120000.0, False, "exact", "actual")},
    ),
    (
        "GPU 확보 경쟁이 거세다. 엔비디아 H200 12만 개를 메타가 보유하고 있다.",
        {("meta", "h200", 120000.0, False, "exact", "actual")},
    ),
    (
        "GPU 확보 경쟁이 거세다. 엔비디아 H200 12만 개를 메타가 연말까지 확보할 계획이다.",
        {("meta", "h200", 120000.0, False, "exact", "planned")},
    ),
    # trap: the maker before its own chip is a brand, and the fleet is the topic's
    (
        "GPU 확보 경쟁이 거세다. 메타는 엔비디아 H200 12만 개를 보유하고 있다.",
        {("meta", "h200", 120000.0, False, "exact", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWNERS)
def test_an_owner_before_a_chip_it_did_not_make_and_a_fronted_object(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == counts(text)


# -- a name before the copula; an emphasis before a count ------------------------------------
# A Korean name is matched only before a particle, so "공급사는 SK하이닉스다" (the copula right
# after a name ending in a vowel) and "고객은 메타라고" named nobody. "H100을 무려 35만 개나",
# "자그마치", "족히", "어림잡아": an emphasis or a hedge between a chip and its count.

SUPPLIERS_NAMED = [
    ("엔비디아의 HBM4 공급사는 SK하이닉스다.", {("nvidia", "sk-hynix")}),
    (
        "엔비디아의 HBM4 공급사는 SK하이닉스와 삼성전자다.",
        {("nvidia", "sk-hynix"), ("nvidia", "samsung")},
    ),
    ("엔비디아에 HBM4를 공급하는 곳은 마이크론이다.", {("nvidia", "micron")}),
    # trap: a word that only begins like a name after one ("구글다운") names nobody new
    ("구글다운 속도로 HBM4 공급이 늘었다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SUPPLIERS_NAMED)
def test_a_name_before_the_copula_is_named(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected == {(r[0], r[3]) for r in rows(text) if r[1] == "supply_deal"}


EMPHASIS = [
    (
        "메타는 H200을 무려 12만 개나 보유하고 있다.",
        {("meta", "h200", 120000.0, False, "exact", "actual")},
    ),
    (
        "메타는 H200을 자그마치 12만 개 쌓아 두었다.",
        {("meta", "h200", 120000.0, False, "exact", "actual")},
    ),
    (
        "메타는 H200을 대략 12만 개 보유하고 있다.",
        {("meta", "h200", 120000.0, True, "exact", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), EMPHASIS)
def test_an_emphasis_between_a_chip_and_its_count(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == counts(text)


# -- what the sentence before or the statement before supplies -------------------------------
# "이곳에서는 H100 2만 개가 돌아간다" after a company's unnamed data center: a site with no
# name of its own is the topic company's. An investor marked 도 (also) invests in the target
# of the statement before it ("…인텔 지분 10%를 확보했고, 소프트뱅크도 20억 달러를 넣었다";
# "…앤트로픽에 넣은 돈은 80억 달러이고, 구글의 투자액도 30억 달러"). 들였다 spends money as
# 들여 and 들인 do.

CONTEXT_COUNTS = [
    (
        "카카오는 안산에 데이터센터를 운영한다. 이곳에서는 H200 8천 개가 돌아가고 있다.",
        {("kakao", "h200", 8000.0, False, "exact", "actual")},
    ),
    (
        "카카오는 안산 데이터센터를 공개했다. 이곳에 새로 들어온 B200도 2천 개 정도에 이른다.",
        {("kakao", "b200", 2000.0, True, "exact", "actual")},
    ),
    # trap: a named site in focus keeps the fleet
    (
        "xAI는 멤피스의 콜로서스를 공개했다. 이곳에서는 H100 10만 개가 돌아가고 있다.",
        {("colossus", "h100", 100000.0, False, "exact", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTEXT_COUNTS)
def test_an_unnamed_site_referred_back_to_is_the_topic_companys(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == counts(text)


ALSO_INVESTMENTS = [
    (
        "엔비디아는 지난달 인텔 지분 4%를 확보했고, 소프트뱅크도 20억 달러를 넣었다.",
        {("softbank", "intel", 2e9, "actual")},
    ),
    (
        "아마존이 앤트로픽에 넣은 돈은 80억 달러이고, 구글의 투자액도 30억 달러 안팎이다.",
        {("amazon", "anthropic", 8e9, "actual"), ("google", "anthropic", 3e9, "actual")},
    ),
    ("AWS는 레이니어에 110억 달러를 들였다.", {("aws", "project-rainier", 1.1e10, "actual")}),
    # trap: 도 with a target of its own keeps its own
    (
        "엔비디아는 인텔에 50억 달러를 넣었고, 소프트뱅크도 오픈AI에 300억 달러를 넣었다.",
        {("nvidia", "intel", 5e9, "actual"), ("softbank", "openai", 3e10, "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALSO_INVESTMENTS)
def test_an_investor_marked_also_shares_the_target_before_it(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == investments(text)


# -- running totals of an investment ---------------------------------------------------------
# A total reached by an addition ("40억 달러를 더 얹으면서 누적 투자액은 80억 달러로 불어났다",
# "누적 투자 약정액은 23억 달러로", "투자액을 40억 달러로 채웠다") is the claim; the addition
# ("더 얹으면서", "나머지 27억 5000만 달러를 집행해", "보태") is none. A total whose investor
# and target the sentence before named ("이로써 구글의 누적 투자액은 …") is theirs.

RUNNING_TOTALS = [
    (
        "아마존이 앤트로픽에 40억 달러를 더 얹으면서 누적 투자액은 80억 달러로 불어났다.",
        {("amazon", "anthropic", 8e9, "actual")},
    ),
    (
        "아마존은 앤트로픽에 나머지 27억 5000만 달러를 집행해 투자액을 40억 달러로 채웠다.",
        {("amazon", "anthropic", 4e9, "actual")},
    ),
    (
        "이로써 구글의 앤트로픽 누적 투자 약정액은 23억 달러로 늘었다.",
        {("google", "anthropic", 2.3e9, "actual")},
    ),
    (
        "구글은 앤트로픽에 5억 달러를 투자했다. 이로써 구글의 누적 투자액은 23억 달러로 늘었다.",
        {("google", "anthropic", 5e8, "actual"), ("google", "anthropic", 2.3e9, "actual")},
    ),
    # traps: another company's total, and an option to reach a total, are no running total
    (
        "구글은 앤트로픽에 5억 달러를 투자했다. 마이크로소프트의 누적 투자액은 130억 달러다.",
        {("google", "anthropic", 5e8, "actual")},
    ),
    (
        "구글은 앤트로픽에 5억 달러를 투자했다. "
        "계약에는 투자액을 20억 달러까지 늘릴 수 있는 옵션이 있다.",
        {("google", "anthropic", 5e8, "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUNNING_TOTALS)
def test_a_running_total_is_the_claim_and_its_step_is_not(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == investments(text)


# -- the owner of the data center the chips go into ------------------------------------------
# "리벨리온의 칩 리벨 1,000장이 KT 목동 데이터센터에 구축될 예정이다": the chip's maker named as
# a possessive is no owner of the fleet; the company whose data center, campus or server room
# holds the chips is. A topic of its own keeps the fleet.

SITE_OWNERS = [
    (
        "퓨리오사AI의 추론 칩 레니게이드 800장이 연말까지 "
        "SK텔레콤 가산 데이터센터에 구축될 예정이다.",
        {("sk-telecom", "rngd", 800.0, False, "exact", "planned")},
    ),
    (
        "엔비디아의 H200 5천 개가 카카오 안산 데이터센터에 설치됐다.",
        {("kakao", "h200", 5000.0, False, "exact", "actual")},
    ),
    (
        "현재 H200 5천 개가 KT 데이터센터에서 돌아가고 있다.",
        {("kt", "h200", 5000.0, False, "exact", "actual")},
    ),
    # trap: the topic company's fleet, wherever it sits
    (
        "오픈AI는 오라클 데이터센터에서 GB200 5만 개를 운영하고 있다.",
        {("openai", "gb200", 50000.0, False, "exact", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SITE_OWNERS)
def test_the_owner_of_the_data_center_holds_the_fleet(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == counts(text)


# -- years told from the story ---------------------------------------------------------------
# "2023년 9월 … 이듬해 3월 … 같은 해 11월": 이듬해 and 같은 해 count from the last year the story
# named, not from publication (which made a history's totals future plans), and a running
# total reached at such a step holds from its time.


def dated_investments(text: str) -> set[tuple[Any, ...]]:
    return {(r[0], r[4][0], r[5], r[6]) for r in rows(text) if r[1] == "investment"}


def test_years_told_from_the_story_date_a_history() -> None:
    text = (
        "구글은 2023년 2월 앤트로픽에 3억 달러를 넣었다. "
        "구글은 이듬해 10월 나머지 5억 달러를 집행해 투자액을 8억 달러로 채웠다. "
        "같은 해 12월 15억 달러를 더 얹으면서 누적 투자액은 23억 달러로 불어났다."
    )
    assert {
        ("google", 3e8, "actual", ("point", "2023-02-01", "2023-02-28")),
        ("google", 8e8, "actual", ("point", "2024-10-01", "2024-10-31")),
        ("google", 2.3e9, "actual", ("point", "2024-12-01", "2024-12-31")),
    } == dated_investments(text)


def test_the_year_after_with_no_story_year_is_next_year() -> None:
    text = "구글은 앤트로픽에 이듬해 3월까지 5억 달러를 투자할 계획이다."
    assert {("google", 5e8, "planned", ("deadline", "2026-06-12", "2027-03-31"))} == (
        dated_investments(text)
    )


# -- a quotation whose speaker comes after it ------------------------------------------------
# Korean quotes first and names the speaker after ('"…"고 메타 측은 밝혔다'): words with no
# subject of their own inside the quote are the speaker's company's.

QUOTED_FIRST = [
    ('"H200 12만 개를 확보했다"고 메타 측은 밝혔다.', "deployed_chips", ("meta", 120000.0)),
    ('"앤트로픽에 30억 달러를 투자했다"고 구글은 밝혔다.', "investment", ("google", 3e9)),
    ('"트레이니움2를 쓰기로 했다"고 애플 대변인은 말했다.', "adopts", ("apple", "trainium2")),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), QUOTED_FIRST)
def test_the_speaker_named_after_a_quotation_is_its_subject(
    text: str, predicate: str, expected: tuple[Any, ...]
) -> None:
    assert [expected] == [(r[0], r[3] or r[4][0]) for r in rows(text) if r[1] == predicate]


def test_a_quotation_with_a_subject_of_its_own_keeps_it() -> None:
    text = '"메타가 H200 12만 개를 확보했다"고 엔비디아 측은 밝혔다.'
    assert {("meta", "h200", 120000.0, False, "exact", "actual")} == counts(text)


# -- a count supplied, sold or made is no fleet ----------------------------------------------
# The Korean verb comes after its object: "엔비디아는 블랙웰 GPU 26만 개를 공급하며" supplies the
# count (the supplier installs nothing), as "출하", "판매", "생산" before it already said.

SOLD_COUNTS = [
    ("엔비디아는 블랙웰 GPU 26만 개를 공급하며, 네이버클라우드는 이 중 6만 개를 받는다.", set()),
    ("엔비디아는 H200 12만 개를 판매했다.", set()),
    # traps: what is received or bought and installed, or a shortage, is a fleet
    (
        "공급 부족에도 메타는 H200 12만 개를 확보했다.",
        {("meta", "h200", 120000.0, False, "exact", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOLD_COUNTS)
def test_a_count_supplied_or_sold_is_no_fleet(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == counts(text)


# -- gapped pairs and list items -------------------------------------------------------------
# "메타는 TPU를, 애플은 트레이니움2를 도입했다": each topic of a gapped clause adopts its own
# object. In a list item ("오픈AI: 구글 클라우드 통해 TPU 임차") the company before the colon is
# the adopter, and the provider after it the way in.

GAPPED_AND_ITEMS = [
    (
        "칩 동향을 정리했다. 메타는 TPU를, 애플은 트레이니움2를 도입했다.",
        {("meta", "google-tpu", (), "actual"), ("apple", "trainium2", (), "actual")},
    ),
    (
        "칩 동향을 정리했다. 메타는 TPU 도입을, 애플은 트레이니움2 채택을 검토하고 있다.",
        {("meta", "google-tpu", (), "considering"), ("apple", "trainium2", (), "considering")},
    ),
    (
        "칩 동향을 정리했다.\n\n- 애플: 트레이니움2 채택\n- 오픈AI: 구글 클라우드 통해 TPU 임차",
        {
            ("apple", "trainium2", (), "actual"),
            ("openai", "google-tpu", (("mode", "cloud"), ("via", "google")), "actual"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), GAPPED_AND_ITEMS)
def test_gapped_pairs_and_list_items_adopt_their_own(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == adoptions(text)


# -- more verbs of getting and growing a fleet -----------------------------------------------
# "마련했다" (secured), "쓸어 담았다" (swept up), "6만 개까지 불렸다", "6만 개로 불어났다" (grew
# to): a fleet, and a level grown to with 까지 is the level reached, not a ceiling.

GROWN_FLEETS = [
    (
        "코어위브는 H200 6만 개를 마련했다.",
        {("coreweave", "h200", 60000.0, False, "exact", "actual")},
    ),
    (
        "코어위브는 H200 6만 개를 쓸어 담았다.",
        {("coreweave", "h200", 60000.0, False, "exact", "actual")},
    ),
    (
        "코어위브는 H200을 6만 개까지 불렸다.",
        {("coreweave", "h200", 60000.0, False, "exact", "actual")},
    ),
    (
        "코어위브의 H200은 6만 개로 불어났다.",
        {("coreweave", "h200", 60000.0, False, "exact", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROWN_FLEETS)
def test_more_verbs_of_getting_and_growing_a_fleet(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == counts(text)


# -- a decision to adopt, and a lean towards it ----------------------------------------------
# "TPU 도입을 결정했다", "도입에 합의했다": decided, not yet done, with no plan word: announced
# (GUIDE, as "쓰기로 결정했다"); "쓰는 방향으로 가닥을 잡았다" settles a direction: planned;
# "쓰는 쪽으로 기울었다": leaning, considering.

DECISIONS = [
    ("애플은 트레이니움2 도입을 결정했다.", {("apple", "trainium2", (), "announced")}),
    ("애플은 트레이니움2 채택에 합의했다.", {("apple", "trainium2", (), "announced")}),
    ("애플은 트레이니움2를 쓰는 방향으로 가닥을 잡았다.", {("apple", "trainium2", (), "planned")}),
    ("애플은 트레이니움2를 쓰는 쪽으로 기울었다.", {("apple", "trainium2", (), "considering")}),
    # trap: a decision taken back is none
    ("애플은 트레이니움2 도입 결정을 철회했다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), DECISIONS)
def test_a_decision_to_adopt_is_announced_and_a_lean_considering(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == adoptions(text)


# -- a company's own chips counted with no verb -----------------------------------------------
# "메타의 H100은 35만 개 수준이다": a chip a company owns (named as its possessive, not the
# chip's maker) counted with the copula is its fleet, with no verb of deploying; the maker's
# possessive ("엔비디아의 H100은 …") says nothing of a fleet.

OWNED_COUNTS = [
    ("메타의 H200은 12만 개 수준이다.", {("meta", "h200", 120000.0, True, "exact", "actual")}),
    ("메타의 H200은 12만 개다.", {("meta", "h200", 120000.0, False, "exact", "actual")}),
    ("엔비디아의 H200은 지난해 12만 개였다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OWNED_COUNTS)
def test_a_companys_own_chips_counted_with_no_verb(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == counts(text)


# -- an investment pledged -------------------------------------------------------------------
# "400억 달러 투자를 약속했다" pledges money not yet put in: a commitment with no plan word,
# announced (GUIDE, as "agreed to invest"); an investment made ("단행했다", "집행했다") stays
# actual.

PLEDGES = [
    (
        "소프트뱅크는 오픈AI에 300억 달러 투자를 약속했다.",
        {("softbank", "openai", 3e10, "announced")},
    ),
    ("소프트뱅크는 오픈AI에 300억 달러 투자를 단행했다.", {("softbank", "openai", 3e10, "actual")}),
]


@pytest.mark.parametrize(("text", "expected"), PLEDGES)
def test_an_investment_pledged_is_announced(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == investments(text)
