"""Korean claims that should not exist, and figures read onto the wrong subject (session 9,
KO2): each cause pinned by sentences written for these tests, plus traps that must keep
their claim. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import extract_rows

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)
TODAY = ("point", "2026-03-10", "2026-03-10")


def facts(text: str, predicate: str, tier: str = "press") -> set[tuple[Any, ...]]:
    """(subject, sorted qualifiers, object, value, modality, valid) of one predicate."""
    return {
        (r[0], tuple(sorted(r[2].items())), r[3], r[4], r[5], r[6])
        for r in extract_rows(text, "ko", PUBLISHED, tier)
        if r[1] == predicate
    }


def exact(value: float, unit: str, approx: bool = False) -> tuple[Any, ...]:
    return (value, value, unit, approx, "exact")


# -- a notice's retelling of what the first version had written is withdrawn ---------------

RETOLD = [
    (
        "바로잡습니다: 이 기사의 첫 게재본에는 MI355X의 메모리 용량이 256GB로 적혀 있었으나, "
        "288GB가 맞아 바로잡습니다.",
        "memory_capacity",
        {("mi355x", (), None, exact(2.88e11, "B"), "actual", TODAY)},
    ),
    (
        "※ 정정: 최초 보도에는 B300의 메모리 대역폭이 초당 6TB로 기재돼 있었지만 초당 8TB가 "
        "맞습니다.",
        "memory_bandwidth",
        {("b300", (), None, exact(8e12, "B/s"), "actual", TODAY)},
    ),
    # the outlet telling what it aired or printed ("본 방송은 … 소개했습니다") withdraws it
    (
        "본 방송은 지난 4일 저녁 뉴스에서 '구글, 앤트로픽 지분 확대' 리포트를 내보내면서 구글의 "
        '앤트로픽 누적 투자액을 "40억 달러"로 소개했습니다.',
        "investment",
        set(),
    ),
    (
        "본사는 지난주 인터넷 기사에서 AMD가 오픈AI에 20억 달러를 투자했다고 보도했습니다.",
        "investment",
        set(),
    ),
    (
        "앞선 판에서 가우디3의 메모리 용량을 96GB로 잘못 적었으나, 128GB가 맞아 정정합니다.",
        "memory_capacity",
        {("gaudi3", (), None, exact(1.28e11, "B"), "actual", TODAY)},
    ),
    # traps: a figure written down with nothing set right stays; a company's own "적었으나"
    # with no correction after it is not a notice; another outlet's report is a relay, and
    # the outlet citing its own reporting with no piece named keeps it
    (
        "블룸버그는 지난 5일 기사에서 구글이 앤트로픽에 20억 달러를 투자했다고 보도했다.",
        "investment",
        {("google", (("target", "anthropic"),), None, exact(2e9, "USD"), "actual", TODAY)},
    ),
    (
        "본지는 구글이 앤트로픽에 20억 달러를 투자했다고 전했다.",
        "investment",
        {("google", (("target", "anthropic"),), None, exact(2e9, "USD"), "actual", TODAY)},
    ),
    (
        "B300의 메모리 대역폭은 초당 8TB로 적혀 있다.",
        "memory_bandwidth",
        {("b300", (), None, exact(8e12, "B/s"), "actual", TODAY)},
    ),
    (
        "엔비디아는 자료에 B300의 메모리 대역폭을 초당 8TB로 적었는데, 경쟁 제품보다 높다.",
        "memory_bandwidth",
        {("b300", (), None, exact(8e12, "B/s"), "actual", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), RETOLD)
def test_a_notice_withdraws_what_the_first_version_had_written(
    text: str, predicate: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, predicate)


# -- a total capacity is no part's, and a country's or an industry's is no maker's ---------

HBM4 = (("process", "hbm4"),)
MONTH = "wafer/month"

TOTALS = [
    # the part named after the total ("그중 HBM4가") does not qualify the total
    (
        "SK하이닉스의 HBM 전체 생산능력은 월 18만 장 수준이고, 그중 HBM4가 절반 가까이 된다.",
        {("sk-hynix", (), None, exact(180000, MONTH, True), "actual", TODAY)},
    ),
    (
        "삼성전자의 HBM 전체 웨이퍼 투입 능력은 월 16만 장이며 이 가운데 HBM4는 아직 소량이다.",
        {("samsung", (), None, exact(160000, MONTH), "actual", TODAY)},
    ),
    # a whole country's or industry's capacity, after a maker was the topic: nobody's
    (
        "SK하이닉스는 올해 HBM 라인을 늘렸다. 웨이퍼 환산 기준 국내 전체 월 생산능력은 230만 "
        "장이다.",
        set(),
    ),
    (
        "마이크론은 HBM 증설에 속도를 낸다. 메모리 업계 전체의 HBM 생산능력은 월 45만 장으로 "
        "추산된다.",
        set(),
    ),
    (
        "삼성전자는 평택 라인을 증설했다. 한국 반도체 업계의 월 생산능력은 웨이퍼 기준 "
        "260만 장이다.",
        set(),
    ),
    # traps: a process named before the figure keeps it; a maker named keeps its capacity
    (
        "SK하이닉스의 HBM4 생산능력은 월 9만 장이고 그중 절반이 엔비디아 몫이다.",
        {("sk-hynix", HBM4, None, exact(90000, MONTH), "actual", TODAY)},
    ),
    (
        "국내 업체 가운데 SK하이닉스의 HBM 전체 생산능력이 월 17만 장으로 가장 크다.",
        {("sk-hynix", (), None, exact(170000, MONTH), "actual", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOTALS)
def test_a_total_capacity_is_no_parts_and_a_countrys_is_no_makers(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, "capacity", "analyst")


# -- a count given to a list of recipients is all of theirs, none's alone ------------------

B200 = (("product", "b200"),)
MI450 = (("product", "mi450"),)

LISTED = [
    (
        "엔비디아는 한국 정부와 카카오, 여러 대학, 네이버클라우드에 B200 GPU 5만 개 이상을 "
        "공급하는 계약을 맺었다.",
        {("kakao", B200, "nvidia", None, "actual", TODAY)},
    ),
    (
        "AMD는 오라클과 메타, 마이크로소프트에 MI450을 모두 30만 개 공급하기로 했다.",
        {
            ("oracle", MI450, "amd", None, "actual", TODAY),
            ("meta", MI450, "amd", None, "actual", TODAY),
            ("microsoft", MI450, "amd", None, "actual", TODAY),
        },
    ),
    (
        "엔비디아는 카카오와 네이버에 B200 GPU 총 2만 개를 납품했다.",
        {
            ("kakao", B200, "nvidia", None, "actual", TODAY),
            ("naver", B200, "nvidia", None, "actual", TODAY),
        },
    ),
    # traps: "각각" gives each one the count; one recipient keeps it
    (
        "엔비디아는 카카오와 네이버에 각각 B200 GPU 1만 개를 공급했다.",
        {
            ("kakao", B200, "nvidia", exact(10000, "count"), "actual", TODAY),
            ("naver", B200, "nvidia", exact(10000, "count"), "actual", TODAY),
        },
    ),
    (
        "엔비디아는 올해 네이버에 B200 GPU 1만 개를 공급했다.",
        {
            (
                "naver",
                B200,
                "nvidia",
                exact(10000, "count"),
                "actual",
                ("point", "2026-01-01", "2026-12-31"),
            )
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_a_count_given_to_a_list_of_recipients_is_none_of_theirs_alone(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, "supply_deal")


# -- the product's maker named as its brand is no party when others trade it ---------------

GB300 = (("product", "gb300"),)
GB200 = (("product", "gb200"),)

BRANDS = [
    (
        "델은 코어위브에 엔비디아 GB300 NVL72 랙을 공급했다.",
        {("coreweave", GB300, "dell", None, "actual", TODAY)},
    ),
    # a translated release's gloss after the brand is the brand too
    (
        "HPE는 오늘 메타와 엔비디아(NVIDIA) GB300 NVL72 시스템을 공급하는 계약을 맺었다.",
        {("meta", GB300, "hpe", None, "actual", TODAY)},
    ),
    # the topic sells ("공급해", "공급했다") and the one it sells to is only a possessor
    (
        "슈퍼마이크로는 xAI의 데이터센터 증설 과정에서 GB200 서버를 공급해 몸집을 키웠다.",
        {("xai", GB200, "supermicro", None, "actual", TODAY)},
    ),
    # the seller's buyer is not a known company: the brand is not the seller's supplier
    ("델은 엔비디아 GB300 랙 1만 대를 공급한다.", set()),
    # traps: a buyer of the brand's product still buys from it
    (
        "메타는 엔비디아 GB300 10만 개를 구매했다.",
        {("meta", GB300, "nvidia", exact(100000, "count"), "actual", TODAY)},
    ),
    (
        "엔비디아는 메타에 GB300을 공급한다.",
        {("meta", GB300, "nvidia", None, "actual", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRANDS)
def test_a_makers_brand_is_no_party_when_others_trade_its_product(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, "supply_deal")


# -- an unnamed partner of the maker sells, and the maker sold from owns no fleet ----------

H200 = (("product", "h200"),)

PARTNERS = [
    ("SK텔레콤은 새로 들여올 H200을 엔비디아 협력사를 통해 조달한다.", "supply_deal", set()),
    ("메타는 엔비디아 파트너 기업을 통해 GB300을 사들였다.", "supply_deal", set()),
    ("카카오는 엔비디아의 국내 총판을 거쳐 H200을 들여왔다.", "supply_deal", set()),
    # a buyer no one knows: the maker it bought from holds no fleet
    ("한 통신사는 엔비디아로부터 B200 1천 개를 구매했다.", "deployed_chips", set()),
    ("LG유플러스는 엔비디아 공식 총판을 통해 B200 1천 개를 구매했다.", "deployed_chips", set()),
    # traps: the maker itself sells; a partner named as the customer
    (
        "SK텔레콤은 엔비디아로부터 H200을 조달한다.",
        "supply_deal",
        {("sk-telecom", H200, "nvidia", None, "actual", TODAY)},
    ),
    (
        "엔비디아는 파트너사인 메타에 GB300을 공급했다.",
        "supply_deal",
        {("meta", GB300, "nvidia", None, "actual", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), PARTNERS)
def test_an_unnamed_partner_of_the_maker_sells_and_the_maker_owns_no_fleet(
    text: str, predicate: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, predicate)


# -- a capacity of memory that is no HBM is no memory_capacity -----------------------------

RUBIN_HBM4 = (("memory", "hbm4"),)

OTHER_MEMORY = [
    ("루빈 CPX를 공개했다. 메모리는 HBM 대신 GDDR7 128GB를 쓴다.", set()),
    ("루빈 CPX의 주요 사양은 이렇다. 메모리: GDDR7 128GB (그래픽 메모리)", set()),
    ("루빈 CPX에는 128GB의 GDDR7이 들어간다.", set()),
    # traps: an HBM generation keeps its capacity
    (
        "루빈에는 HBM4 288GB가 들어간다.",
        {("rubin", RUBIN_HBM4, None, exact(2.88e11, "B"), "announced", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_MEMORY)
def test_a_capacity_of_memory_that_is_no_hbm_is_no_memory_capacity(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, "memory_capacity")


def test_an_english_gddr_capacity_is_no_memory_capacity_either() -> None:
    text = "Nvidia showed Rubin CPX, a long-context part carrying 128GB of GDDR7 memory."
    found = {r[0] for r in extract_rows(text, "en", PUBLISHED) if r[1] == "memory_capacity"}
    assert set() == found


# -- a chance weighed ("…할 가능성") is no claim ---------------------------------------------

CHANCES = [
    ("진행자는 xAI가 연말까지 GPU를 50만 장으로 늘릴 가능성은 반반이라고 봤다.", set()),
    ("업계는 마이크론이 하반기 중 AMD에 HBM4를 공급할 가능성은 낮다고 본다.", set()),
    ("오픈AI가 내년에 트레이니움3를 도입할 가능성은 아직 희박하다.", set()),
    # traps: a chance judged likely and an expectation said outright stay forecasts; a
    # fact after the chance stays
    (
        "업계는 마이크론이 하반기 중 AMD에 HBM4를 공급할 가능성이 높다고 본다.",
        {
            (
                "amd",
                (("product", "hbm4"),),
                "micron",
                None,
                "forecast",
                ("point", "2026-07-01", "2026-12-31"),
            )
        },
    ),
    (
        "업계는 마이크론이 하반기 중 AMD에 HBM4를 공급할 것으로 본다.",
        {
            (
                "amd",
                (("product", "hbm4"),),
                "micron",
                None,
                "forecast",
                ("point", "2026-07-01", "2026-12-31"),
            )
        },
    ),
    (
        "협상이 깨질 가능성은 낮지만, AMD는 이미 삼성전자로부터 HBM4를 공급받고 있다.",
        {("amd", (("product", "hbm4"),), "samsung", None, "actual", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHANCES)
def test_a_chance_weighed_is_no_claim(text: str, expected: set[tuple[Any, ...]]) -> None:
    found = facts(text, "supply_deal") | facts(text, "deployed_chips") | facts(text, "adopts")
    assert expected == found


# -- the owner of the models trained trains, not the operator lending its site -------------

MODELS_OF = [
    (
        "마이크로소프트는 페어워터 일부를 앤트로픽의 차세대 모델 훈련에 내줄 계획이다.",
        {("anthropic", (), "fairwater", None, "planned", TODAY)},
    ),
    (
        "오라클은 스타게이트를 오픈AI의 최신 언어 모델 학습에 쓰고 있다.",
        {("openai", (), "stargate", None, "actual", TODAY)},
    ),
    # traps: the company's own models ("자사"), and a trainer named as the subject
    (
        "메타는 하이페리온을 자사 라마 모델 훈련에 쓴다.",
        {("meta", (), "hyperion", None, "actual", TODAY)},
    ),
    (
        "오픈AI는 스타게이트에서 새 모델을 훈련한다.",
        {("openai", (), "stargate", None, "actual", TODAY)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MODELS_OF)
def test_the_owner_of_the_models_trained_is_the_trainer(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, "trains_on")


# -- two sellers listed as one subject are rivals, neither the other's customer ------------

HBM4_DEAL = (("product", "hbm4"),)

CO_SELLERS = [
    ("업계는 델과 HPE가 다음 달 GB300 서버 출하를 시작할 것으로 본다.", set()),
    ("슈퍼마이크로와 델은 B300 서버를 나란히 판매한다.", set()),
    # traps: a contract between the two is their deal; buyers listed keep their seller
    (
        "SK하이닉스와 엔비디아가 HBM4 공급 계약을 맺었다.",
        {("nvidia", HBM4_DEAL, "sk-hynix", None, "actual", TODAY)},
    ),
    (
        "엔비디아와 AMD가 삼성전자로부터 HBM4를 공급받는다.",
        {
            ("nvidia", HBM4_DEAL, "samsung", None, "actual", TODAY),
            ("amd", HBM4_DEAL, "samsung", None, "actual", TODAY),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CO_SELLERS)
def test_two_sellers_listed_as_one_subject_are_rivals(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, "supply_deal")
