"""Session 17: Korean relations and deals the rules never proposed, and the one reader of a
Korean sign-off line.

Every sentence here is written for these tests (none is copied from the gold); each rule
has several phrasings and traps that must stay silent.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows
from tracker.extract import default_extractor
from tracker.extract.discourse import ko_signed_issuer
from tracker.extract.interviewee_ko import interviewee

PUBLISHED = datetime(2026, 4, 20, 9, 0, tzinfo=UTC)


def rows(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    return sorted_rows(text, "ko", PUBLISHED, tier)


def deals(text: str, tier: str = "press") -> set[tuple[Any, ...]]:
    """(customer, product, supplier, modality) of every supply deal."""
    return {
        (r[0], dict(r[2]).get("product"), r[3], r[5])
        for r in rows(text, tier)
        if r[1] == "supply_deal"
    }


# --- one reader of a Korean sign-off line -------------------------------------------------

_FIND = default_extractor([])._entities.find

SIGNED = [
    # the plain form: company, officer's titles, name
    ("SK하이닉스 대표이사 사장 곽노정", "sk-hynix"),
    ("리벨리온 대표 박성현 드림", "rebellions"),
    ("삼성전자 DS부문장 부회장", "samsung"),
    # the legal form after the name, joined or spaced, or spelled out
    ("삼성전자㈜ 대표이사 홍길동", "samsung"),
    ("삼성전자 ㈜ 대표이사 홍길동", "samsung"),
    ("SK하이닉스 주식회사 대표이사 김철수", "sk-hynix"),
    # ... or before it, as shareholder notices write it
    ("㈜카카오 대표이사 이영희", "kakao"),
    ("주식회사 케이티 대표이사 박민수", "kt"),
    ("(주)네이버 대표이사 최수진", "naver"),
    # a foreign name written in Hangul words, one of them a single syllable
    ("AMD CEO 리사 수", "amd"),
    ("엔비디아 CEO 젠슨 황", "nvidia"),
    # a long but real sign-off stays under the length a sign-off has
    ("삼성전자 대표이사 부회장 겸 DX부문장 겸 최고경영자 홍길동 드림", "samsung"),
]


@pytest.mark.parametrize(("line", "issuer"), SIGNED)
def test_sign_off_line_names_the_issuer(line: str, issuer: str) -> None:
    text = f"주주 여러분께 감사드립니다.\n\n{line}"
    found = ko_signed_issuer(text, _FIND)
    assert (found.id if found is not None else None) == issuer


NOT_SIGNED = [
    # a lone syllable after the title is no name ("등": a caption's "and others")
    "삼성전자 사장 등",
    # a word of five syllables or more is no name: a photo caption
    "SK하이닉스 사장 기자간담회",
    "SK하이닉스 대표 기자간담회에서",
    # the company must open the line (after a legal form at most)
    "우리 SK하이닉스 대표",
    "사진 삼성전자 대표이사 홍길동",
    # two companies on one line sign for neither
    "삼성전자 SK하이닉스 대표",
    # over 40 characters: prose, not a sign-off, whatever it ends with
    "삼성전자 대표이사 부회장 겸 DX부문장 겸 최고경영자 겸 DS부문장 겸 CTO 홍길동 드림",
]


@pytest.mark.parametrize("line", NOT_SIGNED)
def test_lines_that_sign_for_nobody(line: str) -> None:
    assert ko_signed_issuer(f"주주 여러분께 감사드립니다.\n\n{line}", _FIND) is None


def test_sign_off_makes_the_company_the_speaker_of_its_letter() -> None:
    letter = (
        "주주 여러분께 드리는 글\n\n당사는 엔비디아에 HBM4를 공급하고 있습니다.\n\n"
        "감사합니다.\n\n삼성전자㈜ 대표이사 홍길동"
    )
    assert deals(letter, "company") == {("nvidia", "hbm4", "samsung", "actual")}
    unsigned = letter.replace("삼성전자㈜ 대표이사 홍길동", "삼성전자 사장 등")
    assert deals(unsigned, "company") == set()


# --- a listed product keeps its variant: "HBM3E 12단과 HBM4를 공급" ------------------------

VARIANT_LISTS = [
    (
        "SK하이닉스는 엔비디아에 HBM3E 12단과 HBM4를 공급하고 있다.",
        {("nvidia", "hbm3e", "sk-hynix", "actual"), ("nvidia", "hbm4", "sk-hynix", "actual")},
    ),
    (
        "삼성전자는 AMD에 HBM3E 12단 제품과 HBM4를 납품한다.",
        {("amd", "hbm3e", "samsung", "actual"), ("amd", "hbm4", "samsung", "actual")},
    ),
    (
        "마이크론은 엔비디아에 HBM3E 36GB와 HBM4를 공급한다.",
        {("nvidia", "hbm3e", "micron", "actual"), ("nvidia", "hbm4", "micron", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), VARIANT_LISTS)
def test_a_listed_product_with_its_variant_is_in_the_deal(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert deals(text) == expected


VARIANT_TRAPS = [
    # a product compared with, not listed
    "SK하이닉스는 HBM3E 12단보다 대역폭이 높은 HBM4를 엔비디아에 공급한다.",
    # a product of another clause
    "삼성전자는 HBM3E 12단 양산을 시작했고, 엔비디아에 HBM4를 공급한다.",
]


@pytest.mark.parametrize("text", VARIANT_TRAPS)
def test_a_variant_outside_a_list_joins_nothing(text: str) -> None:
    assert {d[1] for d in deals(text)} == {"hbm4"}


# --- a pact named after the verb that made it: "코어위브와 맺은 계약은 …" -------------------

MADE_PACTS = [
    ("오픈AI가 코어위브와 맺은 계약은 224억 달러 규모다.", ("openai", None, "coreweave")),
    (
        "마이크로소프트가 네비우스와 체결한 계약은 5년간 174억 달러 규모다.",
        ("microsoft", None, "nebius"),
    ),
    ("메타가 코어위브와 맺어 온 계약은 모두 142억 달러에 이른다.", ("meta", None, "coreweave")),
    ("오픈AI는 오라클과 맺고 있는 계약을 3000억 달러로 늘렸다.", ("openai", None, "oracle")),
]


@pytest.mark.parametrize(("text", "deal"), MADE_PACTS)
def test_a_pact_named_after_its_making_is_a_compute_deal(text: str, deal: tuple[Any, ...]) -> None:
    assert deals(text) == {(*deal, "actual")}


MADE_PACT_TRAPS = [
    "구글이 앤트로픽과 맺은 계약은 지분 투자다.",  # a stake
    "오픈AI가 코어위브와 맺은 광고 계약은 2억 달러 규모다.",  # goods of another kind
    "코어위브가 델과 맺은 계약은 50억 달러 규모다.",  # a server maker's pact: servers
    "오픈AI가 코어위브와 맺은 계약은 해지됐다.",  # ended
]


@pytest.mark.parametrize("text", MADE_PACT_TRAPS)
def test_pacts_named_after_their_making_that_are_no_compute_deal(text: str) -> None:
    assert deals(text) == set()


# --- a foundry taking on the making told as the topic: "생산은 TSMC가 맡는다" -------------

TAKEN_ON = [
    ("리벨리온의 칩 생산도 삼성 파운드리가 맡고 있다.", ("rebellions", None, "samsung", "actual")),
    (
        "리벨리온은 칩을 설계한다. 칩 생산은 삼성전자 파운드리가 맡는다.",
        ("rebellions", None, "samsung", "actual"),
    ),
    (
        "퓨리오사AI는 RNGD를 내놨다. 칩 제조는 TSMC가 전량 맡는다.",
        ("furiosaai", "rngd", "tsmc", "actual"),
    ),
    ("메타의 차세대 가속기 생산도 TSMC가 맡는다.", ("meta", None, "tsmc", "actual")),
    # an agreed making is a deal made (GUIDE)
    ("오픈AI의 첫 추론용 칩 생산은 TSMC가 맡기로 했다.", ("openai", None, "tsmc", "actual")),
]


@pytest.mark.parametrize(("text", "deal"), TAKEN_ON)
def test_a_foundry_taking_on_the_making_supplies_it(text: str, deal: tuple[Any, ...]) -> None:
    assert deals(text) == {deal}


TAKEN_ON_TRAPS = [
    "엔비디아향 HBM 공급은 삼성전자가 맡는다.",  # no making: the memory rules' to read
    "삼성전자 파운드리 사업부장은 사업 총괄을 맡고 있다.",  # an officer's post
    "TSMC가 맡은 역할은 크지 않다.",  # a role, no making
    "칩 생산은 삼성전자 파운드리가 맡는다.",  # nobody's chip in view
]


@pytest.mark.parametrize("text", TAKEN_ON_TRAPS)
def test_taking_on_what_is_no_making_of_a_chip(text: str) -> None:
    assert deals(text) == set()


# --- goods of no named product received from their makers ---------------------------------

RECEIVED = [
    (
        "브로드컴은 HBM을 SK하이닉스, 삼성전자, 마이크론 세 곳에서 받고 있다.",
        {("broadcom", None, m, "actual") for m in ("sk-hynix", "samsung", "micron")},
    ),
    ("투게더AI는 서버를 델에서 받고 있다.", {("together-ai", None, "dell", "actual")}),
    (
        "네이버클라우드는 H200을 쓴다. GPU 서버는 슈퍼마이크로와 델 제품을 함께 쓰고 있습니다.",
        {("naver", None, "dell", "actual"), ("naver", None, "supermicro", "actual")},
    ),
    (
        "퓨리오사AI는 칩을 만든다. 메모리는 SK하이닉스 제품을 씁니다.",
        {("furiosaai", None, "sk-hynix", "actual")},
    ),
    ("카카오는 서버를 델에서 받을 예정이다.", {("kakao", None, "dell", "planned")}),
]


@pytest.mark.parametrize(("text", "expected"), RECEIVED)
def test_goods_received_from_their_makers_are_their_deals(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert deals(text) == expected


RECEIVED_TRAPS = [
    "리벨리온은 엔비디아에서 좋은 평가를 받고 있다.",  # praise, no goods
    "퓨리오사AI는 삼성전자에서 투자를 받았다.",  # money: no goods
    "SK하이닉스는 엔비디아에서 HBM 주문을 받았다.",  # an order received: the other way
    "네이버는 삼성전자 제품을 쓴다.",  # no goods named
    "브로드컴은 HBM을 삼성전자에서 받지 않는다.",  # denied
    "SK하이닉스는 메모리를 삼성전자에서 받는다.",  # a memory maker buys no memory
]


@pytest.mark.parametrize("text", RECEIVED_TRAPS)
def test_what_is_received_that_is_no_deal(text: str) -> None:
    assert deals(text) == set()


# --- trying a product out is weighing it: "평가해 보고 있다", "시험해보고 있다" -------------


def adoptions(text: str, tier: str = "press") -> set[tuple[Any, ...]]:
    """(company, product, modality) of every adoption."""
    return {(r[0], r[3], r[5]) for r in rows(text, tier) if r[1] == "adopts"}


TRIED = [
    ("카카오는 MI450을 평가해 보고 있다.", ("kakao", "mi450", "considering")),
    ("네이버클라우드는 가우디3를 시험해보고 있다.", ("naver", "gaudi3", "considering")),
    (
        "KT는 리벨쿼드를 평가해보고 있는데, 도입은 아직 결정하지 않았다.",
        ("kt", "rebel", "considering"),
    ),
]


@pytest.mark.parametrize(("text", "adoption"), TRIED)
def test_a_product_being_tried_out_is_considered(text: str, adoption: tuple[Any, ...]) -> None:
    assert adoptions(text) == {adoption}


def test_a_product_tried_and_then_adopted_is_adopted() -> None:
    assert adoptions("카카오는 MI450을 평가해 본 뒤 도입했다.") == {("kakao", "mi450", "actual")}


# --- whose "우리" a Korean interview printed in full speaks for -----------------------------

INTERVIEWS = [
    # a whole interview ("[인터뷰 전문]"), its officer's title with its letters after it
    (
        '[인터뷰 전문] 람다랩스 CTO "B200 더 늘린다"',
        "람다랩스(Lambda Labs)의 최고기술책임자(CTO) 홍길동 씨가 방한했다.",
        "lambda",
    ),
    # a founder speaks for the company founded
    (
        '[문답 전문] "GPU 5만 개 넘겨"',
        "투게더AI 공동창업자 홍길동 씨와 나눈 문답이다.",
        "together-ai",
    ),
    ("[인터뷰] 퓨리오사AI 창업자", "퓨리오사AI 창업자를 만났다.", "furiosaai"),
]


@pytest.mark.parametrize(("title", "text", "company"), INTERVIEWS)
def test_an_interview_printed_in_full_speaks_for_its_officers_company(
    title: str, text: str, company: str
) -> None:
    found = interviewee(title, f'{text}\n\n―질문.\n"답변."', _FIND)
    assert (found.id if found is not None else None) == company


NOT_INTERVIEWS = [
    # no interview said
    ("투게더AI 공동창업자 방한", "투게더AI 공동창업자 홍길동 씨가 방한했다."),
    # officers of two companies: no one voice
    ("[인터뷰 전문] 두 CTO의 대담", "람다랩스 CTO와 투게더AI 공동창업자가 만났다."),
]


@pytest.mark.parametrize(("title", "text"), NOT_INTERVIEWS)
def test_stories_that_give_no_interviewee(title: str, text: str) -> None:
    assert interviewee(title, text, _FIND) is None


# --- a deal broken down by taker in the next sentence: "공급처별로는 A N장, B N장이다" -----

BROKEN_DOWN = [
    (
        "AMD는 일본 기업들에 MI355X 12만 개를 공급하기로 했다. "
        "공급처별로는 소프트뱅크 3만 개, 카카오 2만 개다.",
        {("softbank", 30000.0, "actual"), ("kakao", 20000.0, "actual")},
    ),
    (
        "인텔은 국내 클라우드 업체들에 가우디3 2만 장을 공급하기로 했다. "
        "물량은 네이버클라우드 1만 장, KT 8천 장, 기타 2천 장으로 나뉜다.",
        {("naver", 10000.0, "actual"), ("kt", 8000.0, "actual")},
    ),
    # a taker listed with others that are no vocabulary company, "각" giving each the count
    (
        "엔비디아는 일본에 블랙웰 GPU 10만 장을 공급하기로 했다. "
        "사업자별로는 소프트뱅크·KDDI 각 3만 장, 사쿠라인터넷 2만 장이다.",
        {("softbank", 30000.0, "actual")},
    ),
    # an announced deal whose shares are agreed: the share's own verb settles it
    (
        "AMD는 국내 기업들에 MI355X 3만 개를 공급하겠다고 발표했다. "
        "배분안을 보면 카카오가 1만 개, KT가 2만 개를 받기로 했다.",
        {("kakao", 10000.0, "actual"), ("kt", 20000.0, "actual")},
    ),
    # ... and a breakdown with no verb of its own keeps the deal's modality
    (
        "AMD는 국내 기업들에 MI355X 3만 개를 공급하겠다고 발표했다. "
        "물량은 카카오 1만 개, KT 2만 개로 나뉜다.",
        {("kakao", 10000.0, "announced"), ("kt", 20000.0, "announced")},
    ),
]


@pytest.mark.parametrize(("text", "shares"), BROKEN_DOWN)
def test_a_deal_broken_down_by_taker_gives_each_its_share(
    text: str, shares: set[tuple[Any, ...]]
) -> None:
    found = {(r[0], r[4][0], r[5]) for r in rows(text) if r[1] == "supply_deal" and r[4]}
    assert found == shares


BROKEN_DOWN_TRAPS = [
    # no deal before the breakdown
    "카카오는 판교에 GPU를 들였다. 사업자별로는 네이버클라우드 3,000장, 카카오 2,000장이다.",
    # the breakdown not right after the deal
    "AMD는 국내 기업들에 MI355X 3만 개를 공급하기로 했다. 시장의 관심은 크다. "
    "물량은 카카오 1만 개, KT 2만 개로 나뉜다.",
]


@pytest.mark.parametrize("text", BROKEN_DOWN_TRAPS)
def test_counts_that_are_no_share_of_a_deal(text: str) -> None:
    assert not any(r[1] == "supply_deal" and r[4] for r in rows(text))


# --- a chip's own memory supplied: "트레이니움3의 HBM3E는 SK하이닉스가 공급한다" ------------

OWN_MEMORY = [
    ("트레이니움3의 HBM3E는 SK하이닉스가 공급한다.", {("aws", "hbm3e", "sk-hynix", "actual")}),
    (
        "트레이니움3의 HBM3E는 SK하이닉스와 삼성전자가 나눠 공급한다.",
        {("aws", "hbm3e", "sk-hynix", "actual"), ("aws", "hbm3e", "samsung", "actual")},
    ),
    ("SK하이닉스는 루빈의 HBM4 물량 대부분을 따냈다.", {("nvidia", "hbm4", "sk-hynix", "actual")}),
    (
        "엔비디아 B200의 HBM3E는 SK하이닉스가 전량 납품한다.",
        {("nvidia", "hbm3e", "sk-hynix", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_MEMORY)
def test_a_chips_own_memory_is_bought_by_its_maker(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert deals(text) == expected


OWN_MEMORY_TRAPS = [
    "트레이니움3의 성능은 SK하이닉스 HBM3E 덕분이다.",  # no deal told
    "B200의 HBM3E 용량은 192GB다.",  # a specification, no supplier
]


@pytest.mark.parametrize("text", OWN_MEMORY_TRAPS)
def test_a_chips_own_memory_with_no_deal(text: str) -> None:
    assert deals(text) == set()


# --- a site named in quotes after it is still the adopter's own site ----------------------


def modes(text: str) -> set[tuple[Any, ...]]:
    """(company, product, mode) of every adoption."""
    return {(r[0], r[3], dict(r[2]).get("mode")) for r in rows(text) if r[1] == "adopts"}


QUOTED_SITES = [
    (
        "네이버클라우드는 춘천 데이터센터 '각 춘천'에서 H100을 운영하고 있다.",
        ("naver", "h100", "on-prem"),
    ),
    ("카카오는 안산 데이터센터 ‘카카오 안산’에 B200을 설치했다.", ("kakao", "b200", "on-prem")),
]


@pytest.mark.parametrize(("text", "adoption"), QUOTED_SITES)
def test_a_site_with_its_name_in_quotes_is_on_premises(
    text: str, adoption: tuple[Any, ...]
) -> None:
    assert modes(text) == {adoption}


def test_a_quoted_site_rented_from_is_not_on_premises() -> None:
    found = modes("네이버클라우드는 AWS 데이터센터 'US-East'에서 H100을 빌려 쓴다.")
    assert ("naver", "h100", "on-prem") not in found


# --- "이 랙", "이 시스템": a rack or system referred back to ------------------------------

RACKS_REFERRED = [
    (
        "델은 GB300 NVL72 랙을 선보였다. 코어위브는 이 랙을 자사 데이터센터에 들였다.",
        ("coreweave", "gb300", "on-prem"),
    ),
    (
        "엔비디아는 GB300 NVL72를 공개했다. 카카오는 이 시스템을 자사 데이터센터에 들일 계획이다.",
        ("kakao", "gb300", "on-prem"),
    ),
    (
        "부스에는 GB200 NVL72 랙이 전시됐다. "
        "네이버클라우드는 세종 데이터센터에서 이 랙으로 구성한 클러스터를 운영하고 있다.",
        ("naver", "gb200", "on-prem"),
    ),
]


@pytest.mark.parametrize(("text", "adoption"), RACKS_REFERRED)
def test_a_rack_referred_back_to_is_the_system_in_view(
    text: str, adoption: tuple[Any, ...]
) -> None:
    assert modes(text) == {adoption}


def test_a_system_referred_back_to_with_none_in_view() -> None:
    text = "카카오는 새 냉각 설비를 공개했다. 카카오는 이 시스템을 자사 데이터센터에 들였다."
    assert modes(text) == set()


# --- a cloud's pacts with a list of partners, or told by their length ---------------------

PARTNER_LISTS = [
    (
        "네비우스는 2분기 실적을 냈다. 메타, 마이크로소프트와 맺은 다년 계약이 매출을 이끌었다.",
        {("meta", None, "nebius", "actual"), ("microsoft", None, "nebius", "actual")},
    ),
    (
        "코어위브는 호실적을 냈다. 오픈AI와 맺은 장기 계약이 이어지고 있다.",
        {("openai", None, "coreweave", "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTNER_LISTS)
def test_a_clouds_pacts_with_listed_partners(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert deals(text) == expected


PARTNER_LIST_TRAPS = [
    # a server maker among the partners: the pact may be for servers
    "코어위브는 호실적을 냈다. 메타, 델과 맺은 장기 계약도 매출로 전환되고 있다.",
    # goods of another kind
    "코어위브는 호실적을 냈다. 메타와 맺은 광고 계약도 매출로 전환되고 있다.",
    # the text is about no cloud of another rank
    "메타는 호실적을 냈다. 구글, 마이크로소프트와 맺은 장기 계약도 매출로 전환되고 있다.",
]


@pytest.mark.parametrize("text", PARTNER_LIST_TRAPS)
def test_pacts_with_listed_partners_that_are_no_compute_deal(text: str) -> None:
    assert deals(text) == set()
