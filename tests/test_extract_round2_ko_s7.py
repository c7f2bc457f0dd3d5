"""Korean round-two causes (session 7): an adoption told as the content of a company's plan
("TPU를 도입하겠다는 메타의 계획"), a running total given in the sentence after one that
only adds an amount ("…10억 달러를 추가로 투자했다. 이로써 누적 투자액은 …"), a company
named as a product's customer ("TPU의 첫 고객으로 확정됐다"), and a count said of a list of
companies with 각각 ("앤트로픽과 메타가 각각 TPU 5만 장을 도입했다"). Each case is a
snippet, its publication date (PUBLISHED) and every claim the extractor must give for it;
the traps use the same words with no such claim. Every sentence here is written for these
tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)
AT = ("point", "2026-03-10", "2026-03-10")
FROM_2027 = ("open", "2027-01-01", "None")


def claims(text: str) -> set[tuple[Any, ...]]:
    """Every claim of a snippet as (subject, predicate, sorted qualifiers, object, value,
    modality, valid)."""
    return {
        (r[0], r[1], tuple(sorted(r[2].items())), r[3], r[4], r[5], r[6])
        for r in extract_rows(text, "ko", PUBLISHED, "press")
    }


def adopts(subject: str, product: str, modality: str, valid: Any = AT, **quals: str) -> Any:
    return (subject, "adopts", tuple(sorted(quals.items())), product, None, modality, valid)


def invests(investor: str, target: str, amount: float, modality: str, valid: Any = AT) -> Any:
    value = (amount, amount, "USD", False, "exact")
    return (investor, "investment", (("target", target),), None, value, modality, valid)


PLAN_OWNERS = [
    # a plan noun in the subject's place, the owner in the genitive
    ("TPU를 도입하겠다는 메타의 계획이 알려졌다.", {adopts("meta", "google-tpu", "planned")}),
    # another plan noun, and an ending of intention (려는)
    (
        "구글 클라우드를 통해 TPU를 임차하려는 앤트로픽의 계획이 공개됐다.",
        {adopts("anthropic", "google-tpu", "planned", mode="cloud", via="google")},
    ),
    (
        "구글 클라우드에서 TPU를 빌려 쓰겠다는 오픈AI의 방침이 정해졌다.",
        {adopts("openai", "google-tpu", "planned", mode="cloud", via="google")},
    ),
    # a product passed over before the verb: its brand is no adopter
    (
        "엔비디아 GPU 대신 TPU를 쓰겠다는 메타의 전략은 업계의 관심을 끌었다.",
        {adopts("meta", "google-tpu", "planned")},
    ),
    # another company marked as the sentence's topic or subject reacts to the plan
    (
        "구글은 TPU를 빌려 쓰려는 메타의 계획을 반겼다.",
        {adopts("meta", "google-tpu", "planned", mode="cloud", via="google")},
    ),
    (
        "TPU를 도입하겠다는 메타의 계획에 대해 구글은 환영 입장을 밝혔다.",
        {adopts("meta", "google-tpu", "planned")},
    ),
    ("TPU를 도입하겠다는 메타의 계획을 구글이 반겼다.", {adopts("meta", "google-tpu", "planned")}),
    # a decision taken (기로 한 … 결정)
    (
        "트레이니움2를 도입하기로 한 애플의 결정은 업계를 놀라게 했다.",
        {adopts("apple", "trainium2", "announced")},
    ),
    # the plan's own time and place
    (
        "TPU를 2027년부터 자체 데이터센터에 도입하겠다는 메타의 계획이 전해졌다.",
        {adopts("meta", "google-tpu", "planned", FROM_2027, mode="on-prem")},
    ),
    # quoted by an unnamed insider
    (
        '"구글 TPU를 도입하겠다는 메타의 계획은 사실이다"라고 한 관계자는 말했다.',
        {adopts("meta", "google-tpu", "planned")},
    ),
    # the plain forms the rule must leave as they were
    ("메타는 TPU를 도입하겠다는 계획을 세웠다.", {adopts("meta", "google-tpu", "planned")}),
    (
        "메타는 TPU를, 애플은 트레이니움2를 도입했다.",
        {adopts("meta", "google-tpu", "actual"), adopts("apple", "trainium2", "actual")},
    ),
]

PLAN_TRAPS = [
    # a plan given up
    "TPU를 도입하겠다는 메타의 계획은 백지화됐다.",
    "TPU를 도입하겠다는 메타의 계획은 철회됐다.",
    # a plan noun with no adoption in it
    "구글이 메타의 계획에 맞춰 TPU 생산을 늘린다.",
    "메타의 실적 발표에서 TPU 관련 언급은 없었다.",
    "엔비디아는 GPU 판매를 늘리겠다는 메타의 요청에 응했다.",
]


@pytest.mark.parametrize(("text", "expected"), PLAN_OWNERS)
def test_an_adoption_told_as_a_plan_is_the_plan_owners(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == claims(text)


@pytest.mark.parametrize("text", PLAN_TRAPS)
def test_a_plan_noun_alone_adopts_nothing(text: str) -> None:
    assert set() == {c for c in claims(text) if c[1] == "adopts"}


RUNNING_TOTALS = [
    # the total with its investor named, after an addition "decided" (하기로 했다)
    (
        "구글은 앤트로픽에 10억 달러를 추가로 투자하기로 했다. "
        "이로써 구글의 누적 투자액은 30억 달러로 늘었다.",
        {invests("google", "anthropic", 3e9, "actual")},
    ),
    # neither party named again
    (
        "구글은 앤트로픽에 10억 달러를 추가로 투자했다. 이로써 누적 투자액은 30억 달러가 됐다.",
        {invests("google", "anthropic", 3e9, "actual")},
    ),
    # 더 넣었다, the investor in the genitive and the target repeated
    (
        "아마존은 앤트로픽에 40억 달러를 더 넣었다. "
        "아마존의 앤트로픽 투자액은 이로써 80억 달러로 불어났다.",
        {invests("amazon", "anthropic", 8e9, "actual")},
    ),
    (
        "아마존은 앤트로픽에 40억 달러를 추가로 투자했다. "
        "앤트로픽에 대한 아마존의 누적 투자액은 80억 달러가 됐다.",
        {invests("amazon", "anthropic", 8e9, "actual")},
    ),
    # 추가 출자, and the investor referred back to as 회사
    (
        "마이크로소프트는 오픈AI에 100억 달러를 추가 출자했다. "
        "회사의 누적 투자액은 130억 달러로 늘었다.",
        {invests("microsoft", "openai", 1.3e10, "actual")},
    ),
]

TOTAL_TRAPS = [
    # the target's valuation, another investor's total, money raised, a comparison
    "구글은 앤트로픽에 10억 달러를 추가로 투자했다. 앤트로픽의 기업가치는 1830억 달러로 늘었다.",
    "구글은 앤트로픽에 10억 달러를 추가로 투자했다. 마이크로소프트의 누적 투자액은 130억 달러다.",
    "구글은 앤트로픽에 10억 달러를 추가로 투자했다. 앤트로픽의 누적 투자 유치액은 150억 달러다.",
    "구글은 앤트로픽에 10억 달러를 추가로 투자했다. 이는 지난해 약속한 20억 달러와 별개다.",
    # an addition alone stays no claim (GUIDE)
    "구글은 앤트로픽에 10억 달러를 추가로 투자했다.",
]


@pytest.mark.parametrize(("text", "expected"), RUNNING_TOTALS)
def test_a_running_total_after_an_addition_is_in_the_same_target(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == claims(text)


@pytest.mark.parametrize("text", TOTAL_TRAPS)
def test_no_total_is_read_where_the_text_gives_none(text: str) -> None:
    assert set() == {c for c in claims(text) if c[1] == "investment"}


def deal(customer: str, supplier: str, product: str, modality: str, valid: Any = AT) -> Any:
    return (customer, "supply_deal", (("product", product),), supplier, None, modality, valid)


# A company named as a product's customer ("첫 고객으로 확정", "초기 고객으로 이름을 올렸다"):
# the company is the subject, the product's possessor (else its maker) supplies.
CUSTOMERS_NAMED = [
    ("오픈AI가 TPU의 첫 고객으로 확정됐다.", {deal("openai", "google", "google-tpu", "actual")}),
    ("메타는 TPU 초기 고객으로 이름을 올렸다.", {deal("meta", "google", "google-tpu", "actual")}),
    (
        "앤트로픽은 구글 TPU의 첫 외부 고객으로 선정됐다.",
        {deal("anthropic", "google", "google-tpu", "actual")},
    ),
    (
        "메타와 오픈AI는 트레이니움3 초기 고객으로 이름을 올렸다.",
        {deal("meta", "aws", "trainium3", "actual"), deal("openai", "aws", "trainium3", "actual")},
    ),
    (
        "마이크로소프트는 AMD MI450의 첫 고객으로 합류할 예정이다.",
        {deal("microsoft", "amd", "mi450", "planned")},
    ),
    (
        "카카오는 퓨리오사AI 레니게이드의 첫 고객사로 낙점됐다.",
        {deal("kakao", "furiosaai", "rngd", "actual")},
    ),
]

CUSTOMER_TRAPS = [
    # only mentioned as a candidate, or the report denied
    "메타가 TPU의 첫 고객으로 거론된다.",
    "오픈AI가 TPU의 첫 고객으로 확정됐다는 보도는 사실이 아니다.",
    # a supplier naming its customers, with no winning verb (as the customers-won traps)
    "엔비디아는 루빈의 첫 고객으로 마이크로소프트를 꼽았다.",
]


@pytest.mark.parametrize(("text", "expected"), CUSTOMERS_NAMED)
def test_a_company_named_a_products_customer_buys_it(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == claims(text)


@pytest.mark.parametrize("text", CUSTOMER_TRAPS)
def test_a_customer_only_mentioned_has_no_deal(text: str) -> None:
    assert set() == {c for c in claims(text) if c[1] == "supply_deal"}


def fleet(owner: str, chip: str, count: float, modality: str, bound: str = "exact") -> Any:
    value = (count, count, "count", False, bound)
    return (owner, "deployed_chips", (("chip", chip),), None, value, modality, AT)


# A count said of a list of companies with 각각: the same count for each, or as many counts
# as companies, paired in order.
EACH_COUNTS = [
    (
        "앤트로픽과 메타가 각각 TPU 5만 장을 도입했다.",
        {
            fleet("anthropic", "google-tpu", 5e4, "actual"),
            fleet("meta", "google-tpu", 5e4, "actual"),
        },
    ),
    (
        "앤트로픽과 메타는 TPU를 각각 5만 장씩 들여왔다.",
        {
            fleet("anthropic", "google-tpu", 5e4, "actual"),
            fleet("meta", "google-tpu", 5e4, "actual"),
        },
    ),
    (
        "메타와 오픈AI는 H100을 각각 10만 개 보유하고 있다.",
        {fleet("meta", "h100", 1e5, "actual"), fleet("openai", "h100", 1e5, "actual")},
    ),
    (
        "앤트로픽과 메타가 각각 TPU 5만 장을 도입할 계획이다.",
        {
            fleet("anthropic", "google-tpu", 5e4, "planned"),
            fleet("meta", "google-tpu", 5e4, "planned"),
        },
    ),
    (
        "메타, 오픈AI, xAI는 각각 H100 10만 개 이상을 운영한다.",
        {
            fleet("meta", "h100", 1e5, "actual", "at-least"),
            fleet("openai", "h100", 1e5, "actual", "at-least"),
            fleet("xai", "h100", 1e5, "actual", "at-least"),
        },
    ),
    # respectively: as many counts as companies
    (
        "마이크로소프트와 메타가 GB200을 각각 5만 장, 3만 장 확보했다.",
        {fleet("microsoft", "gb200", 5e4, "actual"), fleet("meta", "gb200", 3e4, "actual")},
    ),
    (
        "메타와 오픈AI는 각각 H100 10만 개와 GB200 5만 개를 운영한다.",
        {fleet("meta", "h100", 1e5, "actual"), fleet("openai", "gb200", 5e4, "actual")},
    ),
]

EACH_TRAPS = [
    # a list with no 각각: a shared cluster, a sum, each of their own sites
    ("메타와 오픈AI는 H100 10만 개를 함께 쓰는 클러스터를 짓는다.", set()),
    ("메타와 오픈AI가 보유한 H100은 합쳐서 20만 개다.", set()),
    (
        "메타는 H100 10만 개를, 오픈AI는 각각의 데이터센터에 GB200을 들였다.",
        {fleet("meta", "h100", 1e5, "actual"), adopts("openai", "gb200", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), EACH_COUNTS + EACH_TRAPS)
def test_a_count_said_of_a_list_with_each_is_every_companys(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == claims(text)
