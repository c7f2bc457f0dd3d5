"""Korean relation paraphrase matrix (session 7): who adopts, buys from, invests in, trains
on or builds in what, said the ways Korean business papers, wire services, IT trade press,
broker notes and translated copy say it: active and passive verbs, nominalised heads,
headline stubs, quoted and reported speech, relative clauses, appositions and list lines,
with the telling (발표/체결) told apart from the intention (예정/추진/계획) and the weighing
(검토/논의). Each case is a sentence, its publication date (PUBLISHED) and every claim the
extractor must give for it; the traps name the same companies and products with no claim.
Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)
AT = ("point", "2026-03-10", "2026-03-10")
FROM_2027 = ("open", "2027-01-01", "None")
FROM_H2 = ("open", "2026-07-01", "None")
FROM_Q4 = ("open", "2026-10-01", "None")
IN_2027 = ("point", "2027-01-01", "2027-12-31")
YEAR_END = ("deadline", "2026-03-10", "2026-12-31")
ON_PREM = (("mode", "on-prem"),)


def claims(text: str, tier: str = "press") -> set[tuple[Any, ...]]:
    """Every claim of a snippet as (subject, predicate, sorted qualifiers, object, value,
    modality, valid)."""
    return {
        (r[0], r[1], tuple(sorted(r[2].items())), r[3], r[4], r[5], r[6])
        for r in extract_rows(text, "ko", PUBLISHED, tier)
    }


def adopts(subject: str, product: str, modality: str, valid: Any = AT, **quals: str) -> Any:
    return (subject, "adopts", tuple(sorted(quals.items())), product, None, modality, valid)


def deal(
    customer: str,
    supplier: str,
    modality: str,
    valid: Any = AT,
    product: str | None = None,
    count: float | None = None,
    bound: str = "exact",
) -> Any:
    quals = (("product", product),) if product else ()
    value = None if count is None else (count, count, "count", False, bound)
    return (customer, "supply_deal", quals, supplier, value, modality, valid)


def invests(
    investor: str,
    target: str,
    amount: float,
    modality: str,
    valid: Any = AT,
    unit: str = "USD",
    bound: str = "exact",
) -> Any:
    value = (amount, amount, unit, False, bound)
    return (investor, "investment", (("target", target),), None, value, modality, valid)


def trains(owner: str, cluster: str, modality: str, valid: Any = AT) -> Any:
    return (owner, "trains_on", (), cluster, None, modality, valid)


def integrates(product: str, tech: str, modality: str, valid: Any = AT) -> Any:
    return (product, "integrates", (), tech, None, modality, valid)


# -- adopts ------------------------------------------------------------------------------

ADOPTS = [
    # plain past, the telling dated by a day of the month
    (
        "네이버클라우드는 자사 AI 서비스에 인텔 가우디3를 도입했다고 10일 밝혔다.",
        {adopts("naver", "gaudi3", "actual")},
    ),
    # passive with the adopter after 에/에도
    (
        "레니게이드는 LG AI연구원에 이어 카카오에도 채택됐다.",
        {adopts("kakao", "rngd", "actual")},
    ),
    # passive with 에 의해
    (
        "트레이니움2는 애플에 의해 사전학습용 칩으로 채택됐다.",
        {adopts("apple", "trainium2", "actual")},
    ),
    # relative clause in front of the adopter
    (
        "트레이니움2를 도입한 애플은 추론에도 같은 칩을 쓸 방침이다.",
        {adopts("apple", "trainium2", "actual")},
    ),
    # 활용하고 있는 것으로 전해졌다: reported, still a present state
    (
        "애플이 검색 기능 개발에 아마존의 트레이니움2를 활용하고 있는 것으로 전해졌다.",
        {adopts("apple", "trainium2", "actual")},
    ),
    # 선택 as the verb of choosing
    (
        "앤트로픽은 차세대 모델용 칩으로 구글 TPU를 선택했다.",
        {adopts("anthropic", "google-tpu", "actual")},
    ),
    # moving work over
    (
        "미스트랄AI는 추론 작업 일부를 세레브라스 WSE-3로 옮겼다.",
        {adopts("mistral", "wse-3", "actual")},
    ),
    # plan words in many places
    (
        "오픈AI는 하반기부터 AMD MI450을 도입할 예정이다.",
        {adopts("openai", "mi450", "planned", FROM_H2)},
    ),
    (
        "KT는 리벨리온의 AI 반도체 리벨 도입을 추진하고 있다.",
        {adopts("kt", "rebel", "planned")},
    ),
    (
        "SK텔레콤은 내년부터 리벨을 자사 데이터센터에 탑재하기로 했다.",
        {adopts("sk-telecom", "rebel", "announced", FROM_2027, mode="on-prem")},
    ),
    # quoted speech, the speaker after it
    (
        '"올해 안에 가우디3 도입을 마무리할 계획"이라고 네이버클라우드 관계자는 말했다.',
        {adopts("naver", "gaudi3", "planned", YEAR_END)},
    ),
    # formally announced, not yet in place
    (
        "오라클은 내년부터 AMD MI450을 도입한다고 발표했다.",
        {adopts("oracle", "mi450", "announced", FROM_2027)},
    ),
    # weighing: 검토/저울질/논의 at the end, and reported by 업계
    (
        "업계에 따르면 메타는 2027년부터 구글 TPU를 자사 데이터센터에 "
        "도입하는 방안을 검토하고 있다.",
        {adopts("meta", "google-tpu", "considering", FROM_2027, mode="on-prem")},
    ),
    (
        "삼성전자는 자체 서버에 퓨리오사AI의 레니게이드 도입을 검토 중인 것으로 알려졌다.",
        {adopts("samsung", "rngd", "considering", mode="on-prem")},
    ),
    (
        "메타는 내년부터 구글 클라우드를 통해 TPU를 빌려 쓰는 방안도 논의 중이다.",
        {adopts("meta", "google-tpu", "considering", FROM_2027, mode="cloud", via="google")},
    ),
    # a broker's projection
    (
        "KB증권은 메타가 내년 TPU를 대규모로 도입할 것으로 전망했다.",
        {adopts("meta", "google-tpu", "forecast", IN_2027)},
    ),
    # the adopter named in a genitive before a nominalised head
    (
        "앤트로픽의 트레이니움3 도입은 내년부터 본격화될 예정이다.",
        {adopts("anthropic", "trainium3", "planned", FROM_2027)},
    ),
    # renting through a cloud named after the product
    (
        "오픈AI는 오라클 클라우드 인프라에서 GB200을 빌려 쓰고 있다.",
        {adopts("openai", "gb200", "actual", mode="cloud", via="oracle")},
    ),
    # 들이다 + on-prem
    (
        "바이트댄스는 어센드 910C를 자체 데이터센터에 들였다.",
        {adopts("bytedance", "ascend-910c", "actual", mode="on-prem")},
    ),
    # apposition: the adopter's parenthesis
    (
        "카카오(레니게이드 도입)와 네이버(가우디3 도입)가 국산·외산 칩을 나눠 쓰고 있다.",
        {adopts("kakao", "rngd", "actual"), adopts("naver", "gaudi3", "actual")},
    ),
]

# headline stubs as a ticker's items (a lone headline is no sentence: the extractor drops it)
TICKER = (
    "[14:31] 카카오, 퓨리오사AI 레니게이드 채택\n"
    "[14:40] 애플, 트레이니움3 도입 검토\n"
    "[14:45] SK하이닉스, 엔비디아와 HBM4 공급 계약 체결\n"
    "[14:50] 엔비디아, 오픈AI에 최대 1000억 달러 투자 발표"
)


def test_a_tickers_headline_stubs_give_their_relations() -> None:
    expected = {
        adopts("kakao", "rngd", "actual"),
        adopts("apple", "trainium3", "considering"),
        deal("nvidia", "sk-hynix", "actual", product="hbm4"),
        invests("nvidia", "openai", 1e11, "announced", bound="at-most"),
    }
    assert expected == claims(TICKER)


ADOPTS_TRAPS = [
    # a denial
    ("메타는 TPU 도입설을 부인했다.", set()),
    # undecided
    ("메타의 TPU 도입 여부는 아직 정해지지 않았다.", set()),
    # the seller's plan is no adoption
    ("구글은 TPU를 외부 고객사에 판매하는 방안을 검토 중이다.", set()),
    # a comparison
    ("레니게이드는 H100 대비 전력 효율이 3배 높다.", set()),
    # a hypothetical
    ("메타가 TPU를 도입한다면 엔비디아의 입지는 흔들릴 수 있다.", set()),
    # dropped
    ("애플은 트레이니움2 도입 계획을 백지화했다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ADOPTS + ADOPTS_TRAPS)
def test_korean_adoption_paraphrases(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == claims(text)


# -- supply_deal ---------------------------------------------------------------------------

SUPPLY = [
    # supplier subject, customer in 에
    (
        "SK하이닉스는 엔비디아에 HBM3E 12단 제품을 공급하고 있다.",
        {deal("nvidia", "sk-hynix", "actual", product="hbm3e")},
    ),
    (
        "삼성전자는 AMD에 HBM3E를 납품하고 있다.",
        {deal("amd", "samsung", "actual", product="hbm3e")},
    ),
    # customer subject, supplier in 로부터 … 공급받다
    # an agreed deal ("공급받기로 했다") is the deal in place (gold)
    (
        "앤트로픽은 구글로부터 TPU를 최대 100만 개 공급받기로 했다.",
        {deal("anthropic", "google", "actual", product="google-tpu", count=1e6, bound="at-most")},
    ),
    # the customer in 향 ("엔비디아향")
    (
        "SK하이닉스의 엔비디아향 HBM4 출하가 시작됐다.",
        {deal("nvidia", "sk-hynix", "actual", product="hbm4")},
    ),
    # nominalised: A와 B의 … 공급 계약
    (
        "구글과 앤트로픽의 TPU 100만 개 공급 계약은 수백억 달러 규모다.",
        {deal("anthropic", "google", "actual", product="google-tpu", count=1e6)},
    ),
    # signed, told: the signing is done
    (
        "AMD는 오픈AI와 MI450 공급 계약을 체결했다고 6일 발표했다.",
        {deal("openai", "amd", "actual", product="mi450")},
    ),
    # a future supply told by the supplier: announced
    (
        "SK하이닉스는 4분기부터 엔비디아에 HBM4를 본격 공급한다고 밝혔다.",
        {deal("nvidia", "sk-hynix", "announced", FROM_Q4, product="hbm4")},
    ),
    # with a plan word: planned
    (
        "삼성전자는 하반기부터 AMD에 HBM4를 공급할 예정이다.",
        {deal("amd", "samsung", "planned", FROM_H2, product="hbm4")},
    ),
    (
        "브로드컴은 하반기부터 오픈AI에 맞춤형 가속기를 공급할 계획이다.",
        {deal("openai", "broadcom", "planned", FROM_H2)},
    ),
    # weighing a purchase
    (
        "메타는 구글과 TPU 구매 계약을 논의하고 있는 것으로 전해졌다.",
        {deal("meta", "google", "considering", product="google-tpu")},
    ),
    (
        "엔비디아는 삼성전자 HBM4 구매를 저울질하고 있다.",
        {deal("nvidia", "samsung", "considering", product="hbm4")},
    ),
    # chosen as the supplier (passive, roles in a noun)
    (
        "엔비디아의 HBM4 공급사로 SK하이닉스가 선정됐다.",
        {deal("nvidia", "sk-hynix", "actual", product="hbm4")},
    ),
    # relative clause naming the supplier
    (
        "엔비디아에 HBM3E를 공급하는 SK하이닉스는 올해 실적이 크게 늘었다.",
        {deal("nvidia", "sk-hynix", "actual", product="hbm3e")},
    ),
    # customer bought from (구매했다), counted
    (
        "오라클은 AMD로부터 MI450 5만 개를 구매하기로 했다.",
        {deal("oracle", "amd", "actual", product="mi450", count=50000)},
    ),
    # 수주: the supplier wins the order from the customer
    (
        "삼성전자가 테슬라로부터 AI 칩 위탁생산을 수주했다.",
        {deal("tesla", "samsung", "actual")},
    ),
    # a broker's projection
    (
        "증권가는 삼성전자가 내년 엔비디아에 HBM4를 본격 공급할 것으로 전망했다.",
        {deal("nvidia", "samsung", "forecast", IN_2027, product="hbm4")},
    ),
    # the customer's quoted plan to buy, in reported speech
    (
        "xAI는 엔비디아와 GB200 약 11만 개를 사들이는 협상을 벌이고 있다고 블룸버그가 보도했다.",
        {
            (
                "xai",
                "supply_deal",
                (("product", "gb200"),),
                "nvidia",
                (110000, 110000, "count", True, "exact"),
                "considering",
                AT,
            )
        },
    ),
]

SUPPLY_TRAPS = [
    # a test not passed
    ("삼성전자는 엔비디아의 HBM4 품질 테스트를 아직 통과하지 못했다.", set()),
    # co-development is no supply
    ("오픈AI는 브로드컴과 손잡고 자체 AI 칩을 공동 설계하고 있다.", set()),
    # rivals for one customer
    ("SK하이닉스와 삼성전자는 엔비디아 HBM4 물량을 두고 경쟁하고 있다.", set()),
    # a contract called off
    ("메타와 구글의 TPU 공급 협상은 결렬됐다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SUPPLY + SUPPLY_TRAPS)
def test_korean_supply_paraphrases(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == claims(text)


# -- investment ----------------------------------------------------------------------------

INVESTMENT = [
    (
        "아마존은 앤트로픽에 총 80억 달러를 투자했다.",
        {invests("amazon", "anthropic", 8e9, "actual")},
    ),
    # the target as subject: 투자받다 / 투자를 유치하다
    (
        "앤트로픽은 구글로부터 20억 달러를 투자받았다.",
        {invests("google", "anthropic", 2e9, "actual")},
    ),
    (
        "앤트로픽은 아마존으로부터 40억 달러의 투자를 유치했다.",
        {invests("amazon", "anthropic", 4e9, "actual")},
    ),
    # relative clause
    (
        "앤트로픽에 80억 달러를 투자한 아마존은 지난 분기 시장 예상을 웃도는 실적을 냈다.",
        {invests("amazon", "anthropic", 8e9, "actual")},
    ),
    # stock bought: 지분 … 어치를 사들였다
    (
        "엔비디아는 인텔 지분 50억 달러어치를 사들였다.",
        {invests("nvidia", "intel", 5e9, "actual")},
    ),
    # 출자 in won
    (
        "KT는 리벨리온에 300억 원을 출자했다.",
        {invests("kt", "rebellions", 3e10, "actual", unit="KRW")},
    ),
    # announced
    (
        "엔비디아가 인텔에 50억 달러를 투자한다고 18일(현지시간) 발표했다.",
        {invests("nvidia", "intel", 5e9, "announced")},
    ),
    # agreed, respectively: "투자하기로 했다" with no plan word is announced (GUIDE)
    (
        "마이크로소프트와 엔비디아는 앤트로픽에 각각 최대 50억 달러, 100억 달러를 투자하기로 했다.",
        {
            invests("microsoft", "anthropic", 5e9, "announced", bound="at-most"),
            invests("nvidia", "anthropic", 1e10, "announced", bound="at-most"),
        },
    ),
    (
        "엔비디아는 xAI에 20억 달러를 투자할 예정이다.",
        {invests("nvidia", "xai", 2e9, "planned")},
    ),
    # weighing
    (
        "마이크로소프트는 앤트로픽에 50억 달러를 투자하는 방안을 검토하고 있다.",
        {invests("microsoft", "anthropic", 5e9, "considering")},
    ),
    (
        "소프트뱅크가 오픈AI에 300억 달러 추가 투자를 논의 중인 것으로 알려졌다.",
        set(),  # an added amount is not the standing total (GUIDE)
    ),
    # a standing total as a noun phrase
    (
        "아마존의 앤트로픽 누적 투자액은 80억 달러에 이른다.",
        {invests("amazon", "anthropic", 8e9, "actual")},
    ),
    # the project as target
    (
        "AWS는 프로젝트 레이니어에 110억 달러를 투입했다.",
        {invests("aws", "project-rainier", 1.1e10, "actual")},
    ),
    # the investor in a genitive, 투자 as a head noun
    (
        "소프트뱅크의 오픈AI 투자 규모는 400억 달러다.",
        {invests("softbank", "openai", 4e10, "actual")},
    ),
]

INVESTMENT_TRAPS = [
    # a share without an amount
    ("소프트뱅크는 오픈AI 지분 11%를 확보했다.", set()),
    # an added amount
    ("아마존은 앤트로픽에 40억 달러를 추가로 투자했다.", set()),
    # a valuation is no investment
    ("앤트로픽의 기업가치는 1830억 달러로 평가됐다.", set()),
    # revenue is no investment
    ("엔비디아는 오픈AI와의 거래로 100억 달러의 매출을 올렸다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), INVESTMENT + INVESTMENT_TRAPS)
def test_korean_investment_paraphrases(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == claims(text)


# -- trains_on and integrates --------------------------------------------------------------

TRAINS_INTEGRATES = [
    (
        "앤트로픽은 프로젝트 레이니어에서 차세대 클로드를 학습시키고 있다.",
        {trains("anthropic", "project-rainier", "actual")},
    ),
    (
        "오픈AI는 스타게이트에서 차기 모델을 훈련할 계획이다.",
        {trains("openai", "stargate", "planned")},
    ),
    (
        "xAI는 콜로서스 2에서 차기 그록 모델을 훈련하고 있다.",
        {trains("xai", "colossus-2", "actual")},
    ),
    # relative clause: the cluster the company trains on
    (
        "메타가 라마 학습에 쓰는 프로메테우스 클러스터는 오하이오주에 있다.",
        {
            trains("meta", "prometheus", "actual"),
            ("prometheus", "located_in", (), None, "Ohio, US", "actual", AT),
        },
    ),
    (
        "AWS는 트레이니움4에 NV링크 퓨전을 적용한다고 발표했다.",
        {integrates("trainium4", "nvlink-fusion", "announced")},
    ),
    (
        # an integration told as due is its maker's announcement (gold)
        "트레이니움4는 NV링크 퓨전을 지원할 예정이다.",
        {integrates("trainium4", "nvlink-fusion", "announced")},
    ),
    # passive with the technology as subject
    (
        "NV링크 퓨전은 트레이니움4에 탑재된다고 AWS가 밝혔다.",
        {integrates("trainium4", "nvlink-fusion", "announced")},
    ),
]

TRAINS_INTEGRATES_TRAPS = [
    # the model's name is not its owner's cluster
    ("클로드는 코딩 성능에서 제미나이를 앞섰다.", set()),
    # an integration considered and dropped
    ("AWS는 트레이니움3에 NV링크 퓨전을 적용하는 방안을 접었다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TRAINS_INTEGRATES + TRAINS_INTEGRATES_TRAPS)
def test_korean_training_and_integration_paraphrases(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == claims(text)


# -- a pact, then a rental: the partner is the provider ------------------------------------
# "AWS와 … 계약을 맺고 엔비디아 GB200을 빌려 쓰기로 했다": the company signed with is where
# the renter rents; the maker named only as the product's brand is no party to a deal.

RENTAL_PACTS = [
    (
        "오픈AI는 AWS와 380억 달러 규모의 클라우드 계약을 맺고 "
        "엔비디아 GB200과 GB300을 빌려 쓰기로 했다.",
        # a cloud contract to rent a named product is a deal with the cloud too (GUIDE,
        # session 9), one per product listed (session 11, coordination.joined_products)
        {
            adopts("openai", "gb200", "announced", mode="cloud", via="aws"),
            adopts("openai", "gb300", "announced", mode="cloud", via="aws"),
            deal("openai", "aws", "actual", product="gb200"),
            deal("openai", "aws", "actual", product="gb300"),
        },
    ),
    (
        "오픈AI는 오라클과 손잡고 애빌린 캠퍼스에서 GB200을 빌려 쓰고 있다.",
        {adopts("openai", "gb200", "actual", mode="cloud", via="oracle")},
    ),
    # a deal with a cloud for the product stays a deal with it
    (
        "마이크로소프트는 네비우스와 174억 달러 규모의 GPU 임대 계약을 체결하고 GB300을 빌려 쓴다.",
        {
            adopts("microsoft", "gb300", "actual", mode="cloud", via="nebius"),
            deal("microsoft", "nebius", "actual", product="gb300"),
        },
    ),
]

RENTAL_PACT_TRAPS = [
    # a fellow renter ("와 함께") is no provider
    (
        "메타는 오픈AI와 함께 구글 TPU를 빌려 쓰는 방안을 검토 중이다.",
        {adopts("meta", "google-tpu", "considering", mode="cloud", via="google")},
    ),
    # the maker is the partner: a deal, no rental through another; the cloud contract to use
    # its TPUs is also their use through it (GUIDE, session 15; ko-003's gold since then)
    (
        "앤트로픽이 구글과 TPU를 최대 100만 개까지 쓰는 클라우드 계약을 맺었다.",
        {
            deal("anthropic", "google", "actual", product="google-tpu", count=1e6, bound="at-most"),
            adopts("anthropic", "google-tpu", "actual", mode="cloud", via="google"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), RENTAL_PACTS + RENTAL_PACT_TRAPS)
def test_the_partner_of_a_pact_to_rent_is_the_provider(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == claims(text)


# -- a customer won: the subject supplies, the company won buys ------------------------------
# "삼성전자는 AMD를 HBM4 고객사로 확보했다" names no deal word: the supplier is the subject,
# the customer the company made its 고객사, the product the one named beside it.

CUSTOMERS_WON = [
    (
        "삼성전자는 AMD를 HBM4 고객사로 확보했다.",
        {deal("amd", "samsung", "actual", product="hbm4")},
    ),
    (
        "퓨리오사AI는 LG AI연구원에 이어 카카오를 레니게이드 고객사로 확보했다.",
        {deal("kakao", "furiosaai", "actual", product="rngd")},
    ),
    (
        "SK하이닉스는 HBM4 고객사로 엔비디아와 AMD를 두고 있다.",
        {
            deal("nvidia", "sk-hynix", "actual", product="hbm4"),
            deal("amd", "sk-hynix", "actual", product="hbm4"),
        },
    ),
    # no product named: a deal with no product qualifier
    (
        "브로드컴은 오픈AI를 네 번째 맞춤형 칩 고객사로 유치했다.",
        {deal("openai", "broadcom", "actual")},
    ),
    (
        "마이크론은 내년 엔비디아를 HBM4 고객사로 확보할 계획이다.",
        {deal("nvidia", "micron", "planned", IN_2027, product="hbm4")},
    ),
]

CUSTOMERS_WON_TRAPS = [
    # the deal word names the product: one deal, not a second one without it
    (
        "SK하이닉스는 엔비디아를 최대 고객사로 두고 HBM3E를 공급하고 있다.",
        {deal("nvidia", "sk-hynix", "actual", product="hbm3e")},
    ),
    # customers only listed as named, with no winning verb
    ("엔비디아는 주요 고객사로 마이크로소프트와 메타를 꼽았다.", set()),
    # a customer lost
    ("삼성전자는 AMD를 HBM4 고객사로 확보하지 못했다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CUSTOMERS_WON + CUSTOMERS_WON_TRAPS)
def test_a_customer_won_is_a_deal_with_the_winner(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == claims(text)


# -- goods named by a common noun: a deal with no product qualifier ---------------------------
# "델은 xAI와 AI 서버 공급 계약을 맺었다" names no vocabulary product, so the supply rule passed
# it over; the roles come from the particles (에: the buyer; 로부터: the seller, but the buyer
# for an order won, 수주) or, for a pact (와), from which of the two sells such goods.

UNNAMED_GOODS = [
    (
        "델은 xAI와 50억 달러 규모의 AI 서버 공급 계약을 맺었다.",
        {deal("xai", "dell", "actual")},
    ),
    (
        "xAI가 델 테크놀로지스와 50억 달러 규모의 서버 구매를 논의 중이다.",
        {deal("xai", "dell", "considering")},
    ),
    (
        "슈퍼마이크로는 xAI에 AI 서버 1만 대를 납품했다.",
        {deal("xai", "supermicro", "actual")},
    ),
    (
        "SK하이닉스와 삼성전자는 엔비디아에 HBM을 공급하고 있다.",
        {deal("nvidia", "sk-hynix", "actual"), deal("nvidia", "samsung", "actual")},
    ),
    (
        "엔비디아는 삼성전자와 HBM 공급 계약을 맺었다.",
        {deal("nvidia", "samsung", "actual")},
    ),
]

UNNAMED_GOODS_TRAPS = [
    # the goods word is elsewhere; the goods traded are no such goods
    ("인텔은 GPU와 묶이는 맞춤형 x86 CPU를 만들어 엔비디아에 공급하기로 했다.", set()),
    # 반도체 inside a name; equipment is no goods of these
    ("한미반도체는 마이크론으로부터 TC 본더 620억 원어치를 수주했다.", set()),
    # a contract for a cloud's compute is a deal with no product, the cloud the supplier
    # (GUIDE, session 11; compute_deals_ko)
    (
        "SK텔레콤은 람다랩스와 GPU 클라우드 이용 계약을 체결했다.",
        {deal("sk-telecom", "lambda", "actual")},
    ),
    # power is no goods
    ("메타는 엔비디아와 전력 공급 계약을 맺었다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED_GOODS + UNNAMED_GOODS_TRAPS)
def test_goods_of_no_named_product_make_a_deal_without_a_product(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == claims(text)


# -- a passive adoption: the adopter is the agent ------------------------------------------
# "레니게이드는 … 카카오에도 채택됐다", "구글 TPU는 메타에 도입될 예정이다": the product is the
# topic, the adopter the agent marked 에 / 에 의해 before a passive verb (되다); the product's
# brand ("구글 TPU") is no adopter when another company is named.

PASSIVE = [
    (
        "구글 TPU는 메타에 도입될 예정이다.",
        {adopts("meta", "google-tpu", "planned")},
    ),
    (
        "트레이니움3는 내년부터 애플에도 도입될 전망이다.",
        {adopts("apple", "trainium3", "forecast", FROM_2027)},
    ),
    (
        "가우디3가 네이버클라우드에 채택된 것은 이번이 처음이다.",
        {adopts("naver", "gaudi3", "actual")},
    ),
]

PASSIVE_TRAPS = [
    # memory placed in a chip is no adoption
    ("HBM4는 엔비디아 루빈에 탑재됐다.", set()),
    # supplied, not adopted
    (
        "레니게이드는 카카오에 공급됐다.",
        {deal("kakao", "furiosaai", "actual", product="rngd")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE + PASSIVE_TRAPS)
def test_a_passive_adoption_names_its_adopter_as_the_agent(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == claims(text)


# -- a quotation, then its speaker: the speaker's company says it --------------------------
# '"…가우디3 도입을 마무리할 계획"이라고 네이버클라우드 관계자는 말했다': "이라고" ends the quote
# as "고" does, and a company's 관계자 speaks for it as its 측 or CEO does.

QUOTED = [
    (
        '"연내 가우디3를 도입하겠다"고 네이버클라우드 관계자가 말했다.',
        {adopts("naver", "gaudi3", "planned", YEAR_END)},
    ),
    (
        '"TPU 도입을 검토하고 있다"고 메타 관계자는 전했다.',
        {adopts("meta", "google-tpu", "considering")},
    ),
    (
        '삼성전자 관계자는 "엔비디아에 HBM4를 공급하고 있다"고 말했다.',
        {deal("nvidia", "samsung", "actual", product="hbm4")},
    ),
]

QUOTED_TRAPS = [
    # the quote has its own subject: not the speaker's company
    (
        '엔비디아 관계자는 "메타가 블랙웰을 택했다"고 말했다.',
        {adopts("meta", "blackwell", "actual")},
    ),
    # a company's official declining to comment
    ("구글 관계자는 메타의 TPU 도입 여부에 대해 언급을 피했다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED + QUOTED_TRAPS)
def test_a_quotation_is_its_speakers_word(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == claims(text)


# -- the plain present of a one-off act: announced -----------------------------------------
# "투자한다고 밝혔다", "사들인다", "도입한다고 밝혔다": a commitment just
# made, told in the plain present, is still to come (announced), where "투자했다" is done and
# "사용한다" (uses), "공급하고 있다" say how things stand (actual).

STATED = [
    (
        "엔비디아는 오픈AI에 최대 1000억 달러를 투자한다고 밝혔다.",
        {invests("nvidia", "openai", 1e11, "announced", bound="at-most")},
    ),
    (
        "엔비디아가 인텔 보통주 50억 달러어치를 사들인다.",
        {invests("nvidia", "intel", 5e9, "announced")},
    ),
    (
        "메타는 구글 TPU를 도입한다고 밝혔다.",
        {adopts("meta", "google-tpu", "announced")},
    ),
]

STATED_TRAPS = [
    # a state in the present: uses
    (
        "앤트로픽은 AWS 클라우드에서 트레이니움2도 함께 사용한다고 밝혔다.",
        {adopts("anthropic", "trainium2", "actual", mode="cloud", via="aws")},
    ),
    # a supply in the plain present with no time is the supply going on (pass8_ko)
    (
        "SK하이닉스는 엔비디아에 HBM4를 공급한다고 밝혔다.",
        {deal("nvidia", "sk-hynix", "actual", product="hbm4")},
    ),
    # progressive and past: done
    (
        "SK하이닉스는 엔비디아에 HBM4를 공급하고 있다.",
        {deal("nvidia", "sk-hynix", "actual", product="hbm4")},
    ),
    (
        "엔비디아는 인텔 지분 50억 달러어치를 사들였다.",
        {invests("nvidia", "intel", 5e9, "actual")},
    ),
    # a stake sold is no investment
    ("소프트뱅크는 엔비디아 지분 58억 달러어치를 전량 매각했다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), STATED + STATED_TRAPS)
def test_a_one_off_act_in_the_plain_present_is_announced(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == claims(text)


# -- one's own chip, run in one's own data centers or services (GUIDE, settled cases) -------
# "메타가 MTIA 계열 칩을 자사 데이터센터에 들여와 …", "자체 AI 가속기 마이아 100은 … 서비스
# 일부를 처리하고 있다": adopts, mode on-prem. Designing, unveiling or selling one's own chip,
# a cluster's fleet and a chip that memory goes into are no such adoption.

OWN_CHIPS = [
    (
        "메타는 MTIA를 자사 데이터센터에 들여와 추천 모델 학습에 쓰기 시작했다.",
        {adopts("meta", "mtia", "actual", mode="on-prem")},
    ),
    (
        "자체 AI 가속기 마이아 100은 코파일럿 서비스 일부를 처리하고 있다.",
        {adopts("microsoft", "maia-100", "actual", mode="on-prem")},
    ),
    (
        "메타는 내년부터 학습용 MTIA를 대규모로 투입할 계획이다.",
        {adopts("meta", "mtia", "planned", FROM_2027, mode="on-prem")},
    ),
    (
        "구글은 자체 TPU로 제미나이를 서비스하고 있다.",
        {adopts("google", "google-tpu", "actual", mode="on-prem")},
    ),
    # a relative clause says what is done; the main clause what is weighed
    (
        "메타는 추론에 써 온 MTIA를 내년부터 학습에도 투입하는 방안을 검토하고 있다.",
        {
            adopts("meta", "mtia", "actual", mode="on-prem"),
            adopts("meta", "mtia", "considering", FROM_2027, mode="on-prem"),
        },
    ),
]

OWN_CHIP_TRAPS = [
    ("마이크로소프트는 자체 칩 마이아 200을 공개했다.", set()),
    # no adoption; the foundry making it is a supply deal (GUIDE, session 9 ruling)
    (
        "메타는 MTIA 2세대를 설계했으며 TSMC가 생산한다.",
        {deal("meta", "tsmc", "actual", product="mtia")},
    ),
    (
        "구글은 TPU를 앤트로픽에 공급한다.",
        {deal("anthropic", "google", "actual", product="google-tpu")},
    ),
    # the chip is where the memory goes
    ("구글도 TPU에 쓸 HBM3E를 더 받는 방안을 저울질하고 있다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OWN_CHIPS + OWN_CHIP_TRAPS)
def test_a_company_running_its_own_chip_adopts_it_on_premises(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == claims(text)


# -- a relative clause before its company is a statement of its own ------------------------
# "…를 공급하는 SK하이닉스는 올해 실적이 …", "구글 TPU를 쓰는 앤트로픽은 내년 기업공개를
# 추진한다": the main clause's time and cue are not the relation's.

RELATIVE = [
    (
        "구글 TPU를 쓰는 앤트로픽은 내년 기업공개를 추진한다.",
        {adopts("anthropic", "google-tpu", "actual")},
    ),
    (
        "프로젝트 레이니어에서 클로드를 학습시키는 앤트로픽은 올해 매출이 급증했다.",
        {trains("anthropic", "project-rainier", "actual")},
    ),
    (
        "앤트로픽에 80억 달러를 투자한 아마존은 올해 실적이 좋았다.",
        {invests("amazon", "anthropic", 8e9, "actual")},
    ),
    # the main clause's capex is not the relative clause's investment
    (
        "앤트로픽에 80억 달러를 투자한 아마존은 올해 설비투자를 늘린다.",
        {invests("amazon", "anthropic", 8e9, "actual")},
    ),
    # a plan in the relative clause is kept, with its own time
    (
        "내년부터 TPU를 도입할 예정인 메타는 엔비디아 GPU 구매도 늘린다.",
        {adopts("meta", "google-tpu", "planned", FROM_2027)},
    ),
]

RELATIVE_TRAPS = [
    # the figure in the relative clause, the adoption weighed in the main one
    (
        "H100 35만 개를 보유한 메타는 TPU 도입을 검토 중이다.",
        {
            adopts("meta", "google-tpu", "considering"),
            (
                "meta",
                "deployed_chips",
                (("chip", "h100"),),
                None,
                (350000, 350000, "count", False, "exact"),
                "actual",
                AT,
            ),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE + RELATIVE_TRAPS)
def test_a_relative_clause_is_its_own_statement(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == claims(text)


# -- who sells: the one bought from, not a brand ---------------------------------------------
# "메타는 델로부터 엔비디아 GB200 서버를 구매했다": 로부터 names the seller, whoever makes the
# product; "엔비디아 GPU 구매" names a brand of other chips, no seller of Google's TPU.

SELLERS = [
    (
        "메타는 델로부터 엔비디아 GB200 서버를 구매했다.",
        {deal("meta", "dell", "actual", product="gb200")},
    ),
    (
        "삼성전자는 엔비디아로부터 블랙웰 GPU 5만 장을 공급받기로 했다.",
        {deal("samsung", "nvidia", "actual", product="blackwell", count=50000)},
    ),
]

SELLER_TRAPS = [
    # no deal with Nvidia for the TPUs: an adoption weighed
    (
        "메타는 엔비디아 GPU 구매와 별도로 TPU 구매도 검토한다.",
        {adopts("meta", "google-tpu", "considering")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SELLERS + SELLER_TRAPS)
def test_the_seller_is_who_it_is_bought_from(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == claims(text)


# -- lists, sources and a broker's judgement ------------------------------------------------
# "AMD의 MI450은 오픈AI, 오라클, 메타 등이 도입할 예정이다": a list closed by 등 takes its
# particle (등이); "구글로부터 … TPU를 확보했다": secured from a seller; "…할 것으로
# 판단한다": a broker's judgement is a forecast; "…향 HBM4 출하가 시작됐다": a delivery begun.

MORE = [
    (
        "AMD의 MI450은 오픈AI, 오라클, 메타 등이 도입할 예정이다.",
        {
            adopts("openai", "mi450", "planned"),
            adopts("oracle", "mi450", "planned"),
            adopts("meta", "mi450", "planned"),
        },
    ),
    (
        "메타, 오픈AI, 앤트로픽 등이 구글 TPU를 쓰고 있다.",
        {
            adopts("meta", "google-tpu", "actual"),
            adopts("openai", "google-tpu", "actual"),
            adopts("anthropic", "google-tpu", "actual"),
        },
    ),
    (
        "앤트로픽은 구글로부터 수백억 달러 규모의 TPU를 확보했다.",
        {deal("anthropic", "google", "actual", product="google-tpu")},
    ),
    (
        "당사는 삼성전자가 하반기 엔비디아향 HBM4 공급을 개시할 것으로 판단한다.",
        # the start of supply in a period: open from its first day (lead's ruling, session 8)
        {deal("nvidia", "samsung", "forecast", ("open", "2026-07-01", "None"), "hbm4")},
    ),
    (
        "삼성전자의 AMD향 HBM3E 공급이 시작됐다.",
        {deal("amd", "samsung", "actual", product="hbm3e")},
    ),
    # a second mention of the partner does not hide the first one's particle
    (
        "오픈AI는 AMD와 6GW 규모 GPU 공급 계약을 체결하고, AMD 지분 최대 10%를 확보할 수 있는 "
        "권리를 얻었다.",
        {deal("openai", "amd", "actual")},
    ),
]

MORE_TRAPS = [
    ("삼성전자는 시장에서 HBM 점유율을 확보했다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), MORE + MORE_TRAPS)
def test_lists_sources_and_judgements(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == claims(text)


# -- more buyers and sellers said without "A가 B에 공급" -------------------------------------
# a second recipient added ("엔비디아에 이어 AMD에도"); memory used under its maker's brand
# ("삼성전자 HBM4를 쓴다"); a role handed over ("블랙웰 생산을 TSMC에 맡기고"); a customer
# said with a copula ("AWS의 트레이니움2 최대 고객이다", "…의 최대 고객은 앤트로픽이다").

BUYERS = [
    (
        "SK하이닉스는 엔비디아에 이어 AMD에도 HBM4를 공급하고 있다.",
        {
            deal("nvidia", "sk-hynix", "actual", product="hbm4"),
            deal("amd", "sk-hynix", "actual", product="hbm4"),
        },
    ),
    (
        "삼성전자는 AMD뿐 아니라 브로드컴에도 HBM3E를 납품하고 있다.",
        {
            deal("amd", "samsung", "actual", product="hbm3e"),
            deal("broadcom", "samsung", "actual", product="hbm3e"),
        },
    ),
    (
        "엔비디아와 AMD가 삼성전자 HBM4를 쓴다.",
        {
            deal("nvidia", "samsung", "actual", product="hbm4"),
            deal("amd", "samsung", "actual", product="hbm4"),
        },
    ),
    (
        "엔비디아는 삼성전자 HBM3E 사용을 검토하고 있다.",
        {deal("nvidia", "samsung", "considering", product="hbm3e")},
    ),
    (
        "엔비디아는 블랙웰 생산을 TSMC에 맡기고 있다.",
        {deal("nvidia", "tsmc", "actual", product="blackwell")},
    ),
    (
        "엔비디아는 루빈 생산을 삼성전자에 맡기는 방안을 검토하고 있다.",
        {deal("nvidia", "samsung", "considering", product="rubin")},
    ),
    (
        "앤트로픽은 AWS의 트레이니움2 최대 고객이다.",
        {deal("anthropic", "aws", "actual", product="trainium2")},
    ),
    (
        "AWS 트레이니움2의 최대 고객은 앤트로픽이다.",
        {deal("anthropic", "aws", "actual", product="trainium2")},
    ),
    (
        "엔비디아는 TSMC의 코워스 최대 고객이다.",
        {deal("nvidia", "tsmc", "actual", product="cowos")},
    ),
]

BUYER_TRAPS = [
    # a memory maker's own memory
    ("삼성전자는 HBM4를 쓴다.", set()),
    # no longer a customer
    ("앤트로픽은 엔비디아 GPU의 주요 고객이 아니다.", set()),
    # a chip of no vocabulary product: the foundry's making is still a deal, with no product
    # (GUIDE, session 9 ruling on foundries)
    ("애플은 M5 생산을 TSMC에 맡겼다.", {deal("apple", "tsmc", "actual")}),
]


@pytest.mark.parametrize(("text", "expected"), BUYERS + BUYER_TRAPS)
def test_buyers_and_sellers_said_other_ways(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == claims(text)


# -- an adoption in brackets after its adopter; an investment named as 투자는 ---------------
# "카카오(레니게이드 도입)와 네이버(가우디3 도입)가 …", "메타(TPU 도입 검토), 애플(트레이니움2
# 사용) 등": the bracket is its own statement; "아마존의 앤트로픽 투자는 총 80억 달러 규모다".

ASIDES = [
    (
        "메타(TPU 도입 검토), 애플(트레이니움2 사용) 등이 대표적이다.",
        {adopts("meta", "google-tpu", "considering"), adopts("apple", "trainium2", "actual")},
    ),
    (
        "아마존의 앤트로픽 투자는 총 80억 달러 규모다.",
        {invests("amazon", "anthropic", 8e9, "actual")},
    ),
    (
        "엔비디아의 인텔 투자가 50억 달러로 마무리됐다.",
        {invests("nvidia", "intel", 5e9, "actual")},
    ),
]

ASIDE_TRAPS = [
    # what a company makes, in brackets, is no adoption
    ("엔비디아(H100 생산)는 TSMC에 의존한다.", set()),
    ("아마존의 투자는 늘고 있다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES + ASIDE_TRAPS)
def test_an_aside_or_a_holding_noun_states_the_relation(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == claims(text)


# -- what is reckoned, and goods made and supplied together ---------------------------------
# "…저울질한다는 관측이 나온다": a weighing reported in a frame of speculation stays a weighing;
# "…할 가능성도 제기된다": a possibility raised is a forecast, not a fact; "맞춤형 칩 공동 개발
# 및 공급 계약": goods developed and supplied under one contract.

RECKONED = [
    (
        "애플이 구글 TPU 도입을 저울질한다는 관측이 나온다.",
        {adopts("apple", "google-tpu", "considering")},
    ),
    (
        "삼성전자가 엔비디아와 HBM4 공급을 논의하고 있다는 보도가 나왔다.",
        {deal("nvidia", "samsung", "considering", product="hbm4")},
    ),
    (
        "앤트로픽이 트레이니움3를 도입할 가능성도 제기된다.",
        {adopts("anthropic", "trainium3", "forecast")},
    ),
    (
        "오픈AI는 브로드컴과 맞춤형 칩 공동 개발 및 공급 계약을 체결했다고 13일 발표했다.",
        {deal("openai", "broadcom", "actual")},
    ),
]

RECKONED_TRAPS = [
    # an expectation reported as such stays a forecast
    (
        "메타가 TPU를 도입할 것이라는 전망이 나온다.",
        {adopts("meta", "google-tpu", "forecast")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECKONED + RECKONED_TRAPS)
def test_what_is_reckoned_keeps_its_own_modality(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == claims(text)


def test_a_deal_without_a_product_gives_way_to_the_same_deal_with_one() -> None:
    """'HBM 공급 물량 협상을 마무리했다. … HBM4 물량을 모두 확정했다': one deal, said twice,
    the second time with its product (GUIDE: a fact restated is one claim)."""
    text = (
        "SK하이닉스가 엔비디아와 HBM 공급 협상을 마무리했다. "
        "SK하이닉스는 엔비디아에 HBM4를 공급하고 있다."
    )
    assert {deal("nvidia", "sk-hynix", "actual", product="hbm4")} == claims(text)


# -- a total in a later clause that names no company -----------------------------------------
# "구글은 앤트로픽 지분 14%를 보유하고 있으며, 투자액은 30억 달러 안팎이다": the sentence's topic
# holds the total, in the company its first clause gave a stake in or money to.

BARE_TOTALS = [
    (
        "구글은 앤트로픽 지분 14%를 보유하고 있으며, 투자액은 30억 달러 안팎이다.",
        {
            (
                "google",
                "investment",
                (("target", "anthropic"),),
                None,
                (3e9, 3e9, "USD", True, "exact"),
                "actual",
                AT,
            )
        },
    ),
    (
        "아마존은 앤트로픽에 여러 차례 자금을 넣었고, 누적 투자액은 80억 달러다.",
        {invests("amazon", "anthropic", 8e9, "actual")},
    ),
]

BARE_TOTAL_TRAPS = [
    # no target named before: whose total it is in is unsaid
    ("삼성전자는 실적이 좋았고, 투자액은 50조 원이다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), BARE_TOTALS + BARE_TOTAL_TRAPS)
def test_a_bare_total_belongs_to_the_sentences_investor(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == claims(text)


# -- an order won, a volume won, goods brought in --------------------------------------------
# "TSMC가 엔비디아로부터 루빈 생산을 수주했다": the one an order comes from buys (the maker of
# the product is the customer here); "삼성전자가 AMD의 HBM4 물량을 따냈다": a volume won;
# "xAI는 엔비디아로부터 GB200 10만 개를 들여왔다": brought in from a seller.

ORDERS = [
    (
        "TSMC가 엔비디아로부터 루빈 생산을 수주했다.",
        {deal("nvidia", "tsmc", "actual", product="rubin")},
    ),
    (
        "삼성전자가 AMD의 HBM4 물량을 따냈다.",
        {deal("amd", "samsung", "actual", product="hbm4")},
    ),
    (
        "엔비디아는 SK하이닉스로부터 HBM4 물량을 확보했다.",
        {deal("nvidia", "sk-hynix", "actual", product="hbm4")},
    ),
    (
        "xAI는 엔비디아로부터 GB200 10만 개를 들여왔다.",
        {deal("xai", "nvidia", "actual", product="gb200", count=100000)},
    ),
]

ORDER_TRAPS = [
    # samples sent are no deal
    ("삼성전자는 엔비디아에 HBM4 샘플을 보냈다.", set()),
    # a test passed is no deal yet
    ("삼성전자는 엔비디아의 HBM3E 12단 퀄 테스트를 통과했다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ORDERS + ORDER_TRAPS)
def test_an_order_or_a_volume_won_is_a_deal_with_the_buyer(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == claims(text)


# -- IT-press ways of saying a company runs on a chip ----------------------------------------
# "가우디3 기반 AI 서비스를 출시했다", "MI450 기반 인프라를 구축한다고 밝혔다": built on it;
# "AWS의 트레이니움2 인스턴스": a cloud instance, through its owner's cloud; "써보고 있다": a
# trial.

IT_PRESS = [
    (
        "네이버는 가우디3 기반 AI 서비스를 출시했다.",
        {adopts("naver", "gaudi3", "actual")},
    ),
    (
        "오픈AI는 AMD MI450 기반 인프라를 구축한다고 밝혔다.",
        {adopts("openai", "mi450", "announced")},
    ),
    (
        "xAI는 GB200 기반 클러스터를 가동하고 있다.",
        {adopts("xai", "gb200", "actual")},
    ),
    (
        "애플은 AWS의 트레이니움2 인스턴스를 사용하고 있다.",
        {adopts("apple", "trainium2", "actual", mode="cloud", via="aws")},
    ),
    # no provider said: no via guessed from the chip's maker (GUIDE: via, when said)
    (
        "오픈AI가 구글 TPU를 빌려 쓰기 시작했다고 디인포메이션이 보도했다.",
        {adopts("openai", "google-tpu", "actual", mode="cloud", via="google")},
    ),
    (
        "애플은 트레이니움2를 써보고 있다.",
        {adopts("apple", "trainium2", "considering")},
    ),
]

IT_PRESS_TRAPS = [
    # a maker's own product built on its chip is no adoption
    ("엔비디아는 블랙웰 기반 슈퍼컴퓨터를 공개했다.", set()),
    # a server maker's product
    ("델은 GB200 기반 서버를 출시했다.", set()),
    # a chip no cloud rents only: no provider guessed
    (
        "메타는 엔비디아 GB200을 빌려 쓰고 있다.",
        {adopts("meta", "gb200", "actual", mode="cloud")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), IT_PRESS + IT_PRESS_TRAPS)
def test_it_press_ways_of_running_on_a_chip(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == claims(text)


# -- newsletter items headed by a pair of companies ------------------------------------------
# "• 엔비디아 → 인텔: … 50억 달러 지분 투자", "• 오픈AI × 브로드컴: … 계약을 최종 체결": an
# arrow points from the investor to its target; a cross joins the two sides of a deal.

PAIR_ITEMS = (
    "• 엔비디아 → 인텔: 지난 9월 발표한 50억 달러 지분 투자는 아직 승인을 기다리는 중.\n"
    "• 오픈AI × 브로드컴: 맞춤형 AI 가속기를 함께 개발해 배치하는 계약을 최종 체결.\n"
    "• 삼성전자 × AMD: HBM4 공급 계약 체결.\n"
    "• 엔비디아 × AMD: 주가가 나란히 올랐다."
)


def test_a_pair_heading_a_newsletter_item_names_both_parties() -> None:
    expected = {
        invests("nvidia", "intel", 5e9, "announced"),
        deal("openai", "broadcom", "actual"),
        deal("amd", "samsung", "actual", product="hbm4"),
    }
    assert expected == claims(PAIR_ITEMS)


# -- a contract first, its goods in the next clause --------------------------------------------
# "오픈AI와는 … 다년 공급 계약을 이미 맺었고 첫 1기가와트는 … MI450으로 구축됩니다": the
# contract clause names no goods; the next clause says what it is for.

CONTRACT_THEN_GOODS = [
    (
        "AMD는 오픈AI와 6기가와트 규모의 공급 계약을 맺었고, 첫 1기가와트는 하반기부터 "
        "MI450으로 구축된다.",
        {deal("openai", "amd", "actual", product="mi450")},
    ),
    (
        "AMD 애널리스트데이 발언 요지.\n\n리사 수 CEO: 고객 얘기를 하자면, 오픈AI와는 6기가와트 "
        "규모의 다년 공급 계약을 이미 맺었고 첫 1기가와트는 내년 하반기부터 MI450으로 구축됩니다.",
        {deal("openai", "amd", "actual", product="mi450")},
    ),
]

CONTRACT_THEN_GOODS_TRAPS = [
    # another maker's product named later is not the contract's
    (
        "오픈AI는 AMD와 공급 계약을 맺었고, 엔비디아 GPU도 계속 쓴다.",
        {deal("openai", "amd", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTRACT_THEN_GOODS + CONTRACT_THEN_GOODS_TRAPS)
def test_a_contract_takes_the_goods_of_the_next_clause(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == claims(text)


# -- the parties of the clause before, left unsaid ---------------------------------------------
# "…엔비디아에 HBM3E 12단 제품을 공급하고 있으며, 차세대 HBM4 공급을 위한 협의를 이어가고
# 있다": the next deal's subject and recipient are the same, dropped as Korean drops them.

ELIDED = [
    (
        "삼성전자는 엔비디아에 HBM3E 12단 제품을 공급하고 있으며, 차세대 HBM4 공급을 위한 협의를 "
        "이어가고 있다.",
        {
            deal("nvidia", "samsung", "actual", product="hbm3e"),
            deal("nvidia", "samsung", "considering", product="hbm4"),
        },
    ),
    (
        "SK하이닉스는 AMD에 HBM3E를 납품하고 있고, 내년부터는 HBM4도 공급할 계획이다.",
        {
            deal("amd", "sk-hynix", "actual", product="hbm3e"),
            deal("amd", "sk-hynix", "planned", FROM_2027, product="hbm4"),
        },
    ),
]

ELIDED_TRAPS = [
    # the next clause has parties of its own
    (
        "삼성전자는 AMD에 HBM3E를 공급하고 있으며, 루빈용 HBM4는 SK하이닉스가 공급한다.",
        {
            deal("amd", "samsung", "actual", product="hbm3e"),
            deal("nvidia", "sk-hynix", "actual", product="hbm4"),
        },
    ),
    # the next clause is about something else
    (
        "SK하이닉스는 엔비디아에 HBM3E를 공급하고 있고, 엔비디아는 블랙웰 생산을 늘리고 있다.",
        {deal("nvidia", "sk-hynix", "actual", product="hbm3e")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ELIDED + ELIDED_TRAPS)
def test_a_later_clause_keeps_the_deals_parties(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == claims(text)


# -- the users named after "the companies that use it"; the product inside their machines -----

CLEFTS = [
    (
        "TPU를 쓰는 기업은 앤트로픽, 애플 등이다.",
        {adopts("anthropic", "google-tpu", "actual"), adopts("apple", "google-tpu", "actual")},
    ),
    (
        "트레이니움2를 도입한 곳으로는 애플과 앤트로픽이 있다.",
        {adopts("apple", "trainium2", "actual"), adopts("anthropic", "trainium2", "actual")},
    ),
    (
        "애플의 AI 서버에는 구글 TPU가 들어간다.",
        {adopts("apple", "google-tpu", "actual", mode="on-prem")},
    ),
    (
        "메타의 데이터센터에는 MI300X가 대량 투입됐다.",
        {adopts("meta", "mi300x", "actual", mode="on-prem")},
    ),
]

CLEFT_TRAPS = [
    ("TPU를 쓰는 기업은 늘고 있다.", set()),
    # a maker's own machines hold its own chip: no adoption told
    ("엔비디아의 서버에는 블랙웰이 들어간다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CLEFTS + CLEFT_TRAPS)
def test_users_listed_or_machines_named_adopt(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == claims(text)


# -- selling: 판매 is a deal word as 공급 is -------------------------------------------------

SELLING = [
    (
        "AMD는 오라클에 MI450을 판매하기로 했다.",
        {deal("oracle", "amd", "actual", product="mi450")},
    ),
    (
        "구글은 메타에 TPU를 판매하는 방안을 협의하고 있다.",
        {deal("meta", "google", "considering", product="google-tpu")},
    ),
    (
        "구글이 메타와 TPU 판매 협상을 벌이고 있다.",
        {deal("meta", "google", "considering", product="google-tpu")},
    ),
]

SELLING_TRAPS = [
    ("엔비디아는 중국에 H20을 판매하지 못하게 됐다.", set()),
    ("엔비디아의 H20 중국 판매가 금지됐다.", set()),
    ("델은 GB200 서버를 판매하고 있다.", set()),
    ("구글은 TPU를 외부 고객사에 판매하는 방안을 검토 중이다.", set()),
    # words of supply that trade nothing
    ("삼성전자가 엔비디아를 HBM4 고객사로 확보할 수 있을지가 관건이다.", set()),
    ("SK하이닉스는 AI 서버용 메모리 공급 부족이 내년까지 이어질 것으로 본다.", set()),
    ("델은 xAI와의 서버 공급 계약이 무산됐다고 밝혔다.", set()),
    ("엔비디아는 GPU 공급을 늘리기 위해 TSMC와 협력하고 있다.", set()),
    ("• 엔비디아 vs AMD: 주가 희비.", set()),
    ("엔비디아와 AMD는 서버용 GPU 공급을 놓고 경쟁하고 있다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SELLING + SELLING_TRAPS)
def test_selling_is_a_deal_word(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected == claims(text)


def test_securing_a_product_weighed_or_negotiated_is_a_deal() -> None:
    """'…TPU 추가 확보 검토', '…확보를 위한 협상': a deal weighed; a fleet secured with its
    count stays the fleet ('H100 35만 개를 확보했다')."""
    ticker = (
        "[14:31] 앤트로픽, 구글 아이언우드 TPU 추가 확보 검토 - 블룸버그\n"
        "[14:40] 애플, 트레이니움3 도입 검토\n"
        "[14:45] 엔비디아 주가 하락"
    )
    assert {
        deal("anthropic", "google", "considering", product="ironwood"),
        adopts("apple", "trainium3", "considering"),
    } == claims(ticker)
    fleet = (
        "meta",
        "deployed_chips",
        (("chip", "h100"),),
        None,
        (350000, 350000, "count", False, "exact"),
        "actual",
        AT,
    )
    assert {fleet} == claims("메타는 H100 35만 개를 확보했다.")


# -- money put into another company's fundraising round ----------------------------------------

ROUNDS = [
    (
        "엔비디아는 xAI의 200억 달러 규모 자금 조달에 최대 20억 달러를 투자할 계획인 것으로 "
        "알려졌다.",
        {invests("nvidia", "xai", 2e9, "planned", bound="at-most")},
    ),
    (
        "엔비디아는 오픈AI의 투자 라운드에 20억 달러를 넣었다.",
        {invests("nvidia", "openai", 2e9, "actual")},
    ),
]

ROUND_TRAPS = [
    # the round's size is the raiser's, no one investor's
    ("오픈AI는 400억 달러 규모의 자금 조달을 마무리했다.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROUNDS + ROUND_TRAPS)
def test_money_put_into_a_round_is_invested_in_its_raiser(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == claims(text)


def test_serving_a_model_on_a_chip_adopts_it() -> None:
    """'…아이언우드로 클로드 일부를 서비스하고 있다': serving on the chip is using it."""
    assert {adopts("anthropic", "ironwood", "actual", mode="cloud", via="google")} == claims(
        "앤트로픽은 이미 구글 클라우드에서 아이언우드로 클로드 일부를 서비스하고 있다."
    )
    assert set() == claims("구글은 제미나이를 서비스하고 있다.")


def test_the_same_goods_bought_by_another_customer_are_a_deal_of_their_own() -> None:
    """'…삼성전자는 엔비디아 블랙웰 GPU 5만 장을 공급받기로 … 계약을 마쳤으며, 네이버도 같은 GPU
    6만 장에 대한 공급 계약을 체결했다': Naver's deal is for the product of the one before."""
    text = (
        "삼성전자는 엔비디아 블랙웰 GPU 5만 장을 공급받기로 엔비디아와 계약을 마쳤으며, "
        "네이버도 같은 GPU 6만 장에 대한 공급 계약을 체결했다."
    )
    assert {
        deal("samsung", "nvidia", "actual", product="blackwell", count=50000),
        deal("naver", "nvidia", "actual", product="blackwell", count=60000),
    } == claims(text)


def test_both_companies_of_the_sentence_before_are_the_deals_parties() -> None:
    """'SK하이닉스와 엔비디아가 만났다. 양사는 HBM4 공급 계약을 체결했다': 양사 are the two
    companies just named; the one that sells the product supplies it."""
    assert {deal("nvidia", "sk-hynix", "actual", product="hbm4")} == claims(
        "SK하이닉스와 엔비디아가 만났다. 양사는 HBM4 공급 계약을 체결했다."
    )
    assert {deal("amd", "samsung", "considering", product="hbm4")} == claims(
        "삼성전자와 AMD 경영진이 회동했다. 양사는 HBM4 공급 방안을 논의하고 있다."
    )
    # two buyers of the product: no deal between them
    assert set() == claims("엔비디아와 AMD가 나란히 신제품을 냈다. 양사는 모두 HBM4를 쓴다.")
