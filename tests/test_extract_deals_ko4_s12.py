"""Korean supply deals fixed in session 12, round 4 (DEALS-KO): general shapes the blind
batches missed, each pinned by sentences written for these tests (other companies, chips
and word order than any article) plus traps that must give nothing or keep the old
reading."""

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


def deals(text: str) -> set[tuple[str, str, str, str]]:
    """(customer, product, supplier, modality) of every supply deal."""
    return {
        (r[0], r[2].get("product", ""), r[3], r[5]) for r in rows(text) if r[1] == "supply_deal"
    }


# -- a foundry's node named with its own name in brackets ---------------------------------
# GUIDE (settled: a foundry making a company's chip is a supply_deal, customer the designer).
# "TSMC 2나노(N2) 공정에서" is the same node as "TSMC 2나노 공정에서": the bracket is a name.

NODE_IN_BRACKETS = [
    (
        "엔비디아는 루빈을 TSMC 3나노(N3P) 공정으로 생산할 예정이다.",
        {("nvidia", "rubin", "tsmc", "planned")},
    ),
    (
        "구글 아이언우드는 TSMC의 3나노 (N3) 공정에서 만들어진다.",
        {("google", "ironwood", "tsmc", "actual")},
    ),
    (
        "AMD는 내년 내놓을 MI450을 TSMC 2나노(N2) 공정에서 생산하며, 전력 효율을 30% 높였다.",
        {("amd", "mi450", "tsmc", "actual")},
    ),
]

# the subject's own making verb, the foundry named at its node: the designer buys, never
# the foundry (the "made for" reading of a design house turned these round)
MADE_AT_NODE = [
    (
        "마이크로소프트는 마이아 200을 TSMC 3나노 공정에서 생산하고 있다.",
        {("microsoft", "maia-200", "tsmc", "actual")},
    ),
    (
        "AMD는 MI450을 TSMC 2나노 공정에서 제조하고 있다.",
        {("amd", "mi450", "tsmc", "actual")},
    ),
    (
        "구글은 아이언우드를 TSMC 3나노로 생산하고, 패키징은 대만에서 한다.",
        {("google", "ironwood", "tsmc", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NODE_IN_BRACKETS + MADE_AT_NODE)
def test_a_foundry_at_its_node_makes_the_designers_chip(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert expected == deals(text)


@pytest.mark.parametrize(
    "text",
    [
        # a foundry's own process, no customer
        "삼성전자 파운드리는 올해 2나노(SF2) 공정 양산을 시작한다.",
        "TSMC는 3나노(N3E) 공정 가동률이 90%를 넘었다고 밝혔다.",
    ],
)
def test_a_foundrys_own_node_gives_no_deal(text: str) -> None:
    assert set() == deals(text)


# -- an interview with a chief officer ------------------------------------------------------
# The answers speak for the company whose officer was met, whatever the title: "CBO", "CPO",
# "COO" or "최고기술책임자" as much as "CEO"; a subjectless answer on how the chip is made is
# the company's own chip, the one the questions are on when it is the company's.

OFFICER_INTERVIEWS = [
    (
        '[인터뷰] 박서준 리벨리온 CPO "추론 시장은 이제부터"\n'
        "판교 사무실에서 리벨리온의 박서준 최고제품책임자(CPO)를 만났다.\n"
        "―리벨 쿼드는 어떤 칩인가.\n"
        '"추론에 맞춘 칩렛 칩입니다. 메모리는 넉넉하게 올렸습니다."\n'
        "―어디서 만드나.\n"
        '"삼성전자 파운드리 4나노 공정으로 생산합니다."',
        {("rebellions", "rebel", "samsung", "actual")},
    ),
    (
        '[인터뷰] 퓨리오사AI 최고사업책임자 "고객은 더 늘어난다"\n'
        "서울 본사에서 퓨리오사AI의 최고사업책임자를 만났다.\n"
        "―레니게이드 생산은 어떻게 하나.\n"
        '"TSMC 5나노에서 찍어 내고, 물량은 충분합니다."',
        {("furiosaai", "rngd", "tsmc", "actual")},
    ),
    (
        '[인터뷰] 김하늘 리벨리온 COO "내년엔 해외로"\n'
        "판교에서 김하늘 리벨리온 COO를 만났다.\n"
        "―생산은 어디서 하나.\n"
        '"삼성전자 4나노로 만듭니다."',
        {("rebellions", "", "samsung", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OFFICER_INTERVIEWS)
def test_a_chief_officers_answer_speaks_for_the_company(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert expected == deals(text)


def test_an_answer_after_a_question_on_a_rivals_chip_names_no_product() -> None:
    text = (
        '[인터뷰] 이도현 퓨리오사AI CBO "고객 다변화"\n'
        "―엔비디아 B200과 비교하면 어떤가.\n"
        '"전력 대비 성능은 우리가 앞섭니다."\n'
        "―생산은 어디서 하나.\n"
        '"TSMC 5나노 공정으로 만듭니다."'
    )
    assert {("furiosaai", "", "tsmc", "actual")} == deals(text)


def test_a_story_that_meets_no_officer_has_no_speaker() -> None:
    text = (
        "퓨리오사AI는 올해 매출이 두 배로 늘었다.\n"
        "―생산은 어디서 하나.\n"
        '"TSMC 5나노 공정으로 만듭니다."'
    )
    assert set() == deals(text)


# -- a maker's output split among customers, the process named lines before ---------------
# "엔비디아가 절반 이상을 확보하고 있고, 나머지를 A·B 등이 나눠 쓰는 구조다" after lines on a
# foundry's CoWoS capacity: the first share's taker and each company sharing the rest buy
# the process from its maker, with a line or three between the capacity and the split.

SPLIT_LATER = [
    (
        "TSMC의 CoWoS 생산능력은 월 8만 장 수준이다. 증설분은 대부분 새 라인에서 나온다. "
        "배분 구도는 그대로다. 구글이 대부분을 차지하고 있고, 나머지는 AWS와 마벨이 "
        "나눠 가진다.",
        {
            ("google", "cowos", "tsmc", "actual"),
            ("aws", "cowos", "tsmc", "actual"),
            ("marvell", "cowos", "tsmc", "actual"),
        },
    ),
    (
        "TSMC는 올해 CoWoS 생산능력을 두 배로 늘린다. 고객 사정은 작년과 비슷하다. "
        "AMD가 40%가량을 가져가고, 나머지를 브로드컴과 마벨이 나눠 쓴다.",
        {
            ("amd", "cowos", "tsmc", "actual"),
            ("broadcom", "cowos", "tsmc", "actual"),
            ("marvell", "cowos", "tsmc", "actual"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_LATER)
def test_each_share_of_a_process_told_lines_before_is_a_deal(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert expected == {d for d in deals(text) if d[1] == "cowos"}


def test_a_subject_taking_no_share_before_the_rest_is_no_customer() -> None:
    text = (
        "TSMC의 CoWoS 생산능력은 월 8만 장 수준이다. "
        "엔비디아는 매출이 크게 늘었고, 나머지를 AMD와 브로드컴이 나눠 쓴다."
    )
    assert "nvidia" not in {d[0] for d in deals(text)}


def test_a_split_far_from_any_process_gives_no_deal() -> None:
    text = (
        "TSMC의 CoWoS 생산능력은 월 8만 장 수준이다. 대만 정부는 전력망을 늘린다. "
        "신규 부지도 물색 중이다. 인력 채용도 이어진다. 세금 감면도 논의된다. "
        "엔비디아가 절반을 확보했고, 나머지를 AMD와 브로드컴이 나눠 쓴다."
    )
    assert set() == {d for d in deals(text) if d[1] == "cowos"}


# -- a company's share of a process's output, and output booked up --------------------------
# "브로드컴의 CoWoS 배정 비중은 내년 15%까지 오를 것", "CoWoS 할당량에서 브로드컴 몫은 …":
# the holder of a share buys the process from its maker, as firmly as the share is told;
# "CoWoS 물량을 늘려 잡고 있다" books more of it; "AMD 역시 …" is a subject with no particle.

SHARES_HELD = [
    (
        "AI 가속기 수요 덕에 마벨의 CoWoS 할당 비중은 내년 10% 가까이로 오를 것으로 본다.",
        {("marvell", "cowos", "tsmc", "forecast")},
    ),
    (
        "올해 TSMC CoWoS 배정량에서 AMD 몫은 12% 안팎으로 커질 것으로 예상된다.",
        {("amd", "cowos", "tsmc", "forecast")},
    ),
    (
        "CoWoS 물량 가운데 구글의 비중은 지난해 8%였다.",
        {("google", "cowos", "tsmc", "actual")},
    ),
    (
        "브로드컴 역시 새 TPU 출하에 맞춰 CoWoS 물량을 늘려 잡고 있다.",
        {("broadcom", "cowos", "tsmc", "actual")},
    ),
    (
        "마벨 또한 TSMC로부터 CoWoS 물량을 확보했다.",
        {("marvell", "cowos", "tsmc", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARES_HELD)
def test_a_share_held_or_booked_of_a_process_is_a_deal(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert expected == deals(text)


@pytest.mark.parametrize(
    "text",
    [
        # the maker's own share, a share of revenue, the maker booking its own output
        "TSMC의 CoWoS 비중은 매출의 10%다.",
        "엔비디아 매출에서 데이터센터 비중은 80%를 넘었다.",
        "TSMC는 CoWoS 물량을 늘려 잡고 있다.",
    ],
)
def test_a_share_of_no_customer_gives_no_deal(text: str) -> None:
    assert set() == deals(text)


# -- a GPU cloud's deal with a hyperscaler -------------------------------------------------
# "A는 B와 … 계약을 체결했다" says no direction; a GPU cloud dealing with a hyperscaler's cloud
# sells it compute (the cloud_roles ranking compute_deals reads), whichever is the topic.

CLOUD_PAIRS = [
    (
        "네비우스는 마이크로소프트와 GB200 기반 GPU 인프라 계약을 맺었다.",
        {("microsoft", "gb200", "nebius", "actual")},
    ),
    (
        "코어위브는 지난달 구글과 GB300 랙 수천 대 규모의 클라우드 계약을 체결했다.",
        {("google", "gb300", "coreweave", "actual")},
    ),
    (
        "마이크로소프트는 람다랩스와 B200 계약을 맺었다.",
        {("microsoft", "b200", "lambda", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOUD_PAIRS)
def test_a_gpu_cloud_sells_to_a_hyperscaler_it_signs_with(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert expected == deals(text)


def test_a_gpu_cloud_signing_with_a_server_maker_still_buys() -> None:
    assert {("coreweave", "gb300", "dell", "actual")} == deals(
        "코어위브는 델과 GB300 NVL72 계약을 맺었다."
    )


# -- a chip carrying a memory maker's memory ------------------------------------------------
# GUIDE: a chip maker using a memory maker's memory buys it. "X는 삼성전자의 HBM3E를
# 탑재했다" names only the chip: its maker is the buyer, the memory's maker the seller.

CHIP_CARRIES = [
    (
        "MI355X는 삼성전자의 HBM3E 12단을 탑재했다.",
        {("amd", "hbm3e", "samsung", "actual")},
    ),
    (
        "트레이니움3는 마이크론 HBM3E 144GB를 달았다.",
        {("aws", "hbm3e", "micron", "actual")},
    ),
    (
        "루빈은 TSMC 3나노 공정에서 만들어지며, SK하이닉스의 HBM4를 쓴다.",
        {("nvidia", "hbm4", "sk-hynix", "actual"), ("nvidia", "rubin", "tsmc", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHIP_CARRIES)
def test_a_chip_carrying_a_makers_memory_is_its_makers_purchase(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert expected == deals(text)


@pytest.mark.parametrize(
    "text",
    [
        # the memory named with no maker: a specification
        "루빈은 HBM4 288GB를 탑재했다.",
        # the memory maker is the subject: its own chip, no buyer
        "삼성전자는 HBM3E를 탑재한 새 모듈을 공개했다.",
    ],
)
def test_a_chip_with_memory_of_no_named_maker_gives_no_deal(text: str) -> None:
    assert set() == deals(text)


# -- "자사 클라우드" of a provider named inside the clause ------------------------------------
# "구글이 자사 클라우드로 제공하는 TPU를 빌려": 자사 is the provider's, so the adopter rents in
# the provider's cloud (mode cloud, via the provider), not on-prem in its own.


def adoptions(text: str) -> set[tuple[str, str, str, str]]:
    """(adopter, product, mode, via) of every adoption."""
    return {
        (r[0], r[3], r[2].get("mode", ""), r[2].get("via", ""))
        for r in rows(text)
        if r[1] == "adopts"
    }


PROVIDERS_OWN = [
    (
        "오픈AI는 오라클이 자사 클라우드에서 제공하는 GB200을 빌려 쓴다.",
        {("openai", "gb200", "cloud", "oracle")},
    ),
    (
        "애플은 AWS가 자체 데이터센터로 제공하는 트레이니움2를 임차해 쓰고 있다.",
        {("apple", "trainium2", "cloud", "aws")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROVIDERS_OWN)
def test_a_providers_own_cloud_is_a_cloud_use(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert expected == adoptions(text)


def test_the_adopters_own_data_center_stays_on_prem() -> None:
    assert {("kakao", "rebel", "on-prem", "")} == adoptions(
        "카카오는 리벨 쿼드를 자사 데이터센터에 들여왔다."
    )


# -- a part of the company's chip made by a foundry, the making agreed ---------------------
# "또 차세대 HBM4의 베이스 다이는 TSMC가 생산을 맡기로 했다" after a sentence on SK hynix: the
# part (a base or logic die, a chiplet) is the company in view's, and an agreed making is a
# deal made (GUIDE: "공급하기로 했다" is actual).

PARTS_MADE = [
    (
        "마이크론은 새 공장 착공식을 열었다. 또 차세대 HBM4E의 로직 다이는 TSMC가 생산을 맡는다.",
        {("micron", "", "tsmc", "actual")},
    ),
    (
        "SK하이닉스는 1분기 실적을 발표했다. 한편 베이스 다이는 TSMC가 만들기로 했다.",
        {("sk-hynix", "", "tsmc", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTS_MADE)
def test_a_part_of_the_companys_product_made_by_a_foundry_is_its_deal(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert expected == deals(text)


def test_a_making_agreed_for_a_time_ahead_is_a_deal_made() -> None:
    # session 16: a Korean deal agreed with its start ahead is made (the dev gold, 4 of 4:
    # ko-v06 "3분기부터 HBM4를 공급하기로 했다", ko-o10 "2027년부터 … 맡기기로 했다", ...)
    text = "리벨리온은 투자를 유치했다. 칩은 내년부터 삼성전자 파운드리가 생산하기로 했다."
    assert {("rebellions", "", "samsung", "actual")} == deals(text)


# -- a pact for unnamed goods between two companies that both sell something --------------
# "A는 B와 AI 칩 공급 계약을 맺었다": when both partners (or neither) make some product, the
# one further up the supply chain sells: a foundry or memory maker over a server maker, over
# a GPU cloud, over any other.

CHAIN_PACTS = [
    (
        "SK하이닉스는 구글과 AI 반도체 공급 계약을 체결했다.",
        {("google", "", "sk-hynix", "actual")},
    ),
    (
        "TSMC는 퀄컴과 AI 칩 위탁생산 공급 계약을 맺었다.",
        {("qualcomm", "", "tsmc", "actual")},
    ),
    (
        "델은 람다랩스와 AI 서버 공급 계약을 맺었다.",
        {("lambda", "", "dell", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHAIN_PACTS)
def test_the_partner_further_up_the_chain_sells(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert expected == deals(text)


def test_two_partners_of_one_rank_give_no_deal() -> None:
    # two chip designers: no telling who buys
    assert set() == deals("엔비디아는 AMD와 AI 칩 공급 계약을 맺었다.")
