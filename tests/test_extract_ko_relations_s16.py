"""Session 16: Korean relations whose parties are left implied or misread.

A foundry making a chip sells the making to the chip's designer, whoever the text is about;
the chip may be the one the text is on (a subjectless line, a fact box's "제조:" label); a
weighed purchase of a chip is a considering adoption, not a deal; Samsung's sister
companies (삼성SDS, 삼성 SDI, Samsung Electro-Mechanics) are not Samsung Electronics. Every
sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows

PUBLISHED = datetime(2026, 4, 20, 9, 0, tzinfo=UTC)
TODAY = ("point", "2026-04-20", "2026-04-20")


def relations(text: str, language: str = "ko") -> list[tuple[Any, ...]]:
    """(subject, predicate, qualifiers, object, modality, valid) of every relation claim."""
    return [
        (r[0], r[1], dict(r[2]), r[3], r[5], r[6])
        for r in sorted_rows(text, language, PUBLISHED)
        if r[1] in ("supply_deal", "adopts")
    ]


def subjects(text: str, language: str = "ko") -> set[str]:
    return {r[0] for r in sorted_rows(text, language, PUBLISHED)} | {
        r[3] for r in sorted_rows(text, language, PUBLISHED) if r[3]
    }


# -- Samsung's sister companies are not Samsung Electronics -------------------------------

AFFILIATES = [
    ("삼성SDS는 엔비디아 B200 GPU 4,000개로 공공 클라우드를 꾸렸다.", "ko"),
    ("삼성 SDS가 엔비디아로부터 H200 서버를 공급받는다.", "ko"),
    ("삼성 SDI는 엔비디아에 GB300 랙용 배터리 모듈을 공급한다.", "ko"),
    ("삼성 전기도 AMD MI450용 기판을 납품한다.", "ko"),
    ("Samsung SDS has deployed 3,000 Nvidia H100 GPUs for its cloud.", "en"),
    ("Samsung Electro-Mechanics supplies substrates for AMD's MI450.", "en"),
]


@pytest.mark.parametrize(("text", "language"), AFFILIATES)
def test_samsung_affiliates_are_not_samsung(text: str, language: str) -> None:
    assert "samsung" not in subjects(text, language)


SAMSUNG_ITSELF = [
    ("삼성전자는 엔비디아에 HBM4를 공급하고 있다.", "ko"),
    ("삼성 HBM4는 현재 엔비디아에 공급되고 있다.", "ko"),
    ("Samsung supplies HBM4 to Nvidia.", "en"),
]


@pytest.mark.parametrize(("text", "language"), SAMSUNG_ITSELF)
def test_samsung_electronics_still_named(text: str, language: str) -> None:
    assert ("nvidia", "supply_deal", {"product": "hbm4"}, "samsung", "actual", TODAY) in (
        relations(text, language)
    )


# -- a foundry sells the making to the chip's designer ------------------------------------

FOUNDRY = [
    # the foundry the only company named, the designer the one the story is about
    (
        "퓨리오사AI가 투자 유치를 마무리했다. RNGD는 대만 TSMC에서 위탁 생산한다.",
        ("furiosaai", "supply_deal", {"product": "rngd"}, "tsmc", "actual", TODAY),
    ),
    # a production line rather than a process
    (
        "리벨리온이 새 서버를 내놨다. 리벨쿼드는 삼성전자 파운드리 4나노 라인에서 만들어진다.",
        ("rebellions", "supply_deal", {"product": "rebel"}, "samsung", "actual", TODAY),
    ),
    # a subjectless line right after the chip's own
    (
        "마이크로소프트가 마이아 200을 애저에 올렸다. TSMC 3나노 공정에서 만들고, 메모리는 "
        "HBM3E를 쓴다.",
        ("microsoft", "supply_deal", {"product": "maia-200"}, "tsmc", "actual", TODAY),
    ),
    # a fact box's label of the making
    (
        "■ 마이아 200 요약\n- 배치: 애저 미국 서부 리전\n- 제조: TSMC 3나노 공정\n",
        ("microsoft", "supply_deal", {"product": "maia-200"}, "tsmc", "actual", TODAY),
    ),
    # the designer named, the chip the one in view
    (
        "리벨리온은 리벨쿼드 양산을 시작했다. 칩은 리벨리온이 삼성전자 파운드리 4나노 공정에서 "
        "생산한다.",
        ("rebellions", "supply_deal", {"product": "rebel"}, "samsung", "actual", TODAY),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUNDRY)
def test_foundry_sells_the_making(text: str, expected: tuple[Any, ...]) -> None:
    found = relations(text)
    assert expected in found
    # never the designer selling to its foundry
    assert not [r for r in found if r[0] == expected[3] and r[3] == expected[0]]


def test_next_chip_is_not_the_one_in_view() -> None:
    """The next chip, left unnamed, is no product (the one in view is an older chip)."""
    text = (
        "마이크로소프트는 마이아 200을 애저에 배치했다. MS는 차기 칩 생산을 인텔 파운드리에 "
        "맡기는 방안을 검토하고 있다."
    )
    deals = [r for r in relations(text) if r[1] == "supply_deal" and r[3] == "intel"]
    assert deals == [("microsoft", "supply_deal", {}, "intel", "considering", TODAY)]


def test_label_needs_a_foundry() -> None:
    """A fact box's making label with a company that is no foundry gives no deal."""
    text = "■ RNGD 요약\n- 제조: 퓨리오사AI 자체 설계\n"
    assert relations(text) == []


# -- a weighed purchase of a chip is a considering adoption -------------------------------

WEIGHED = [
    (
        "소식통에 따르면 메타는 물량 확보를 위해 AMD MI450 도입도 저울질하고 있다.",
        ("meta", "adopts", {}, "mi450", "considering", TODAY),
    ),
    (
        "앤트로픽이 엔비디아 GB300 추가 구매를 검토하고 있다는 글이 올라왔다.",
        ("anthropic", "adopts", {}, "gb300", "considering", TODAY),
    ),
    (
        "카카오는 세레브라스 WSE-3 구입을 타진하고 있다.",
        ("kakao", "adopts", {}, "wse-3", "considering", TODAY),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WEIGHED)
def test_weighed_purchase_is_an_adoption(text: str, expected: tuple[Any, ...]) -> None:
    found = relations(text)
    assert expected in found
    assert not [r for r in found if r[1] == "supply_deal"]


DEALS_IN_TALKS = [
    # talks over the deal itself stay a deal
    (
        "xAI는 AMD와 MI450 공급 계약을 논의하고 있다.",
        ("xai", "supply_deal", {"product": "mi450"}, "amd", "considering", TODAY),
    ),
    # memory bought for one's chips is a supply deal, weighed or not
    (
        "엔비디아는 삼성전자 HBM4 구매를 저울질하고 있다.",
        ("nvidia", "supply_deal", {"product": "hbm4"}, "samsung", "considering", TODAY),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEALS_IN_TALKS)
def test_deal_talks_stay_deals(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in relations(text)


# -- a company running its own chip adopts it, on its premises ----------------------------

OWN_CHIPS = [
    # the work entrusted to one's own chip
    (
        "구글은 검색 광고 모델의 추론 대부분을 자체 칩 트릴리움에 맡기고 있다.",
        ("google", "adopts", {"mode": "on-prem"}, "trillium", "actual", TODAY),
    ),
    # the chip as the subject of running, in the owner's data centers
    (
        "번역 서비스에 쓰는 마이아 200은 이미 마이크로소프트 데이터센터 여러 곳에서 돌아가고 있다.",
        ("microsoft", "adopts", {"mode": "on-prem"}, "maia-200", "actual", TODAY),
    ),
    # a cluster in another clause does not make the own chip a fleet count
    (
        "콜로서스에는 GPU 20만 개가 돌아가고 있고, AWS는 트레이니움3를 자사 데이터센터에 깔기 "
        "시작했다.",
        ("aws", "adopts", {"mode": "on-prem"}, "trainium3", "actual", TODAY),
    ),
]


OWN_CHIPS_OFFERED = [
    # a cloud offering its own chip to its customers runs it in its own data centers
    (
        "AWS는 현재 트레이니움3를 미국 동부 리전에서 고객에게 제공하고 있다.",
        ("aws", "adopts", {"mode": "on-prem"}, "trainium3", "actual", TODAY),
    ),
    # offered, the chip the subject; its release month is the background of today's state
    (
        "구글 클라우드의 트릴리움은 지난해 5월 출시 이후 외부 고객에게 제공되고 있다.",
        ("google", "adopts", {"mode": "on-prem"}, "trillium", "actual", TODAY),
    ),
]
OWN_CHIPS += OWN_CHIPS_OFFERED


@pytest.mark.parametrize(("text", "expected"), OWN_CHIPS)
def test_own_chip_in_use(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in relations(text)


OWN_CHIPS_NOT_USED = [
    "구글은 트릴리움 생산을 TSMC에 맡기고 있다.",  # the making entrusted, not the work
    "마이크로소프트는 마이아 200을 설계해 공개했다.",  # designing and unveiling
    "AWS는 트레이니움3를 대량 생산해 고객에게 제공할 준비를 하고 있다.",  # making first
]


@pytest.mark.parametrize("text", OWN_CHIPS_NOT_USED)
def test_own_chip_not_in_use(text: str) -> None:
    assert not [r for r in relations(text) if r[1] == "adopts"]


# -- a chronology line: its month dates the entry, its subject stands before a comma ------

YEAR_IN_REVIEW = (
    "올해 AI 인프라 10대 사건을 돌아본다.\n\n"
    "▲2월 — 앤트로픽, 구글 클라우드와 TPU 임차 계약 체결.\n\n"
    "▲4월 — 구글, 트릴리움을 전 리전에 배치.\n\n"
    "▲8월 — 메타, 코어위브와 GB300 임대 계약.\n"
)
PUBLISHED_DEC = datetime(2026, 12, 20, 9, 0, tzinfo=UTC)


def test_year_in_review_lines() -> None:
    rows = [
        (r[0], r[1], dict(r[2]), r[3], r[5], r[6])
        for r in sorted_rows(YEAR_IN_REVIEW, "ko", PUBLISHED_DEC)
        if r[1] in ("supply_deal", "adopts")
    ]
    feb = ("point", "2026-02-01", "2026-02-28")
    apr = ("point", "2026-04-01", "2026-04-30")
    assert ("anthropic", "supply_deal", {"product": "google-tpu"}, "google", "actual", feb) in rows
    assert ("google", "adopts", {"mode": "on-prem"}, "trillium", "actual", apr) in rows
    assert not [r for r in rows if r[0] in ("google", "coreweave") and r[1] == "supply_deal"]


SECTIONED = (
    "■ 2025년\n"
    "▲3월 — 오픈AI, 코어위브와 GPU 클라우드 계약 체결.\n"
    "▲9월 — 오픈AI, 오라클과 클라우드 계약 체결.\n"
)


def test_year_section_keeps_its_year() -> None:
    """A month line under a year's heading is that year's month, not the latest one."""
    rows = [r for r in sorted_rows(SECTIONED, "ko", PUBLISHED_DEC) if r[1] == "supply_deal"]
    assert {r[6] for r in rows} <= {
        ("point", "2025-03-01", "2025-03-31"),
        ("point", "2025-09-01", "2025-09-30"),
    }
    assert rows


def test_headline_list_of_subjects_is_no_subject() -> None:
    """ "엔비디아, AMD와 인텔 …" lists three companies: none is the line's subject."""
    text = "▲5월 — 엔비디아, AMD와 인텔 주가 동반 하락."
    assert relations(text) == []


def test_bare_month_lines_need_a_reviewed_year() -> None:
    """Dash month lines with no year said before them keep publication."""
    text = (
        "▲2월 — 앤트로픽, 구글 클라우드와 TPU 임차 계약 체결.\n▲6월 — 카카오, GB300 도입을 검토.\n"
    )
    rows = [r for r in sorted_rows(text, "ko", PUBLISHED_DEC) if r[1] == "supply_deal"]
    assert rows
    assert {r[6] for r in rows} == {("point", "2026-12-20", "2026-12-20")}


# -- the seller left to the text: the speaker, the signed letter, "회사는" ------------------

SELLER_LEFT_TO_TEXT = [
    # buyers listed in the dative, the seller the company the text is about
    (
        "마이크론이 설명회를 열었다. 현재 HBM4를 엔비디아와 AMD 두 곳에 공급하고 있다.",
        [
            ("nvidia", "supply_deal", {"product": "hbm4"}, "micron", "actual", TODAY),
            ("amd", "supply_deal", {"product": "hbm4"}, "micron", "actual", TODAY),
        ],
    ),
    # a customer named among "고객": "X를 비롯한 … 고객에게도"
    (
        "삼성전자는 1분기 실적을 발표했다. 회사는 구글을 비롯한 주요 고객에게도 HBM3E를 공급하고 "
        "있다.",
        [("google", "supply_deal", {"product": "hbm3e"}, "samsung", "actual", TODAY)],
    ),
    # shipments going out to a customer ("엔비디아로 나가고 있다")
    (
        "마이크론은 실적 발표에서 입장을 밝혔다. 마이크론 HBM4는 지금 엔비디아로 나가고 있다.",
        [("nvidia", "supply_deal", {"product": "hbm4"}, "micron", "actual", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SELLER_LEFT_TO_TEXT)
def test_seller_left_to_the_text(text: str, expected: list[tuple[Any, ...]]) -> None:
    found = relations(text)
    for row in expected:
        assert row in found
    # the buyers are never each other's seller
    buyers = {r[0] for r in expected}
    assert not [r for r in found if r[0] in buyers and r[3] in buyers]


def test_unnamed_customers_stay_unnamed() -> None:
    """ "주요 고객사에 공급" names no customer."""
    text = "SK하이닉스는 HBM3E 12단을 주요 고객사에 공급하고 있다."
    assert not [r for r in relations(text) if r[1] == "supply_deal"]


SIGNED_LETTER = (
    "임직원 여러분, 새해 복 많이 받으십시오.\n\n"
    "지난해 우리는 큰 성과를 냈습니다. 올해 3분기부터는 구글 TPU에 들어갈 HBM4 공급도 "
    "시작합니다.\n\n"
    "감사합니다.\n\n"
    "삼성전자 대표이사 부회장"
)


def test_signed_letter_names_its_speaker() -> None:
    """A company's letter signed by its officer speaks for that company."""
    rows = [
        (r[0], r[1], dict(r[2]), r[3], r[5], r[6])
        for r in sorted_rows(SIGNED_LETTER, "ko", PUBLISHED, "company")
        if r[1] == "supply_deal"
    ]
    q3 = ("open", "2026-07-01", "None")
    assert rows == [("google", "supply_deal", {"product": "hbm4"}, "samsung", "announced", q3)]


# -- shares of an output: who takes the rest, whose memory "this" volume is ---------------

NEXT_YEAR = ("point", "2027-01-01", "2027-12-31")

SHARES = [
    # the maker takes a share of the buyer's orders: it sells, it does not buy
    (
        "AMD향 HBM4 물량 가운데 마이크론이 내년 40% 안팎을 가져갈 것으로 예상한다.",
        [("amd", "supply_deal", {"product": "hbm4"}, "micron", "forecast", NEXT_YEAR)],
    ),
    # a share in a later clause, the deal's goods and parties those of the clause before
    (
        "AMD는 TSMC의 주요 CoWoS 고객이며, 내년 전체 물량의 20% 안팎을 가져갈 것으로 본다.",
        [
            ("amd", "supply_deal", {"product": "cowos"}, "tsmc", "actual", TODAY),
            ("amd", "supply_deal", {"product": "cowos"}, "tsmc", "forecast", NEXT_YEAR),
        ],
    ),
    # the top customer of a process one company makes, the maker unnamed
    (
        "브로드컴은 여전히 CoWoS 주요 고객으로, 다른 업체보다 많은 물량을 받는다.",
        [("broadcom", "supply_deal", {"product": "cowos"}, "tsmc", "actual", TODAY)],
    ),
    # the rest of a share, taken by makers: they sell to the buyer before
    (
        "구글 TPU용 HBM3E 물량의 약 60%를 내년 SK하이닉스가 공급할 것으로 추정한다. 나머지 "
        "물량은 삼성전자와 마이크론이 나눠 가질 전망이다.",
        [
            ("google", "supply_deal", {"product": "hbm3e"}, "samsung", "forecast", NEXT_YEAR),
            ("google", "supply_deal", {"product": "hbm3e"}, "micron", "forecast", NEXT_YEAR),
        ],
    ),
    # the rest taken by buyers: they buy from the seller before
    (
        "당사는 내년 CoWoS 물량 가운데 엔비디아 몫이 60%를 웃돌 것으로 추정. 나머지 물량은 "
        "구글과 메타가 나눠 가질 것으로 봄.",
        [
            ("google", "supply_deal", {"product": "cowos"}, "tsmc", "forecast", NEXT_YEAR),
            ("meta", "supply_deal", {"product": "cowos"}, "tsmc", "forecast", NEXT_YEAR),
        ],
    ),
    # "this" volume: the memory of the chip just named
    (
        "MI450 한 개에는 HBM4 432GB가 들어간다. 업계는 이 HBM4 물량의 60%를 삼성전자가 공급할 "
        "것으로 보고 있다.",
        [("amd", "supply_deal", {"product": "hbm4"}, "samsung", "forecast", TODAY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_shares_of_an_output(text: str, expected: list[tuple[Any, ...]]) -> None:
    found = relations(text)
    for row in expected:
        assert row in found


def test_demand_over_supply_is_no_share() -> None:
    """ "HBM4 수요가 공급을 웃돈다" after a chip's memory names no share and no buyer."""
    text = (
        'MI450 한 개에는 HBM4 432GB가 들어간다. 마이크론 임원은 "HBM4 수요가 공급을 크게 '
        '웃돌고 있다"고 말했다.'
    )
    assert not [r for r in relations(text) if r[0] == "amd"]


# -- integrations: a rack's link said loosely; a product on the market is made of it ------


def integrations(text: str, language: str = "ko") -> list[tuple[Any, ...]]:
    return [
        (r[0], r[3], r[5]) for r in sorted_rows(text, language, PUBLISHED) if r[1] == "integrates"
    ]


LINKED = [
    "랙 하나에 GB300 GPU 72개가 NV링크로 한 덩어리처럼 묶여 돌아간다.",
    "GB300 NVL72 랙에는 GPU 72개가 들어가고, 72개가 NV링크 하나로 묶인다.",
]


@pytest.mark.parametrize("text", LINKED)
def test_rack_joined_by_its_link(text: str) -> None:
    assert ("gb300", "nvlink", "actual") in integrations(text)


def test_link_named_apart_from_the_rack_is_no_integration() -> None:
    """The link named with no count of the rack's chips joined by it gives nothing here."""
    text = "엔비디아는 NV링크로 여러 회사의 칩을 묶는 사업을 키우고 있다."
    assert integrations(text) == []


SHIPPED_MAKEUP = [
    # a product on the market before publication: its packaging is its make-up (actual)
    ("블랙웰 GPU는 모두 CoWoS-L 패키징을 쓴다.", "ko", ("blackwell", "cowos", "actual")),
    ("The MI300X uses TSMC's SoIC stacking.", "en", ("mi300x", "soic", "actual")),
    # a product not out yet: an announcement
    ("루빈 울트라는 CoWoS-L 패키징을 쓴다.", "ko", ("rubin-ultra", "cowos", "announced")),
]


@pytest.mark.parametrize(("text", "language", "expected"), SHIPPED_MAKEUP)
def test_makeup_of_a_shipped_product(text: str, language: str, expected: tuple[str, ...]) -> None:
    assert expected in integrations(text, language)


# -- a contract to rent is a deal and an adoption through the lender ----------------------

RENTALS = [
    # the rent told before the pact, the partner before it
    (
        "앤트로픽은 크루소와 GB200 기반 컴퓨팅 용량을 임차하는 3년 계약을 맺었다.",
        "anthropic",
        "crusoe",
        "gb200",
    ),
    # the partner after the pact
    (
        "미스트랄AI는 GB300 클러스터를 빌려 쓰는 다년 계약을 네비우스와 체결했다.",
        "mistral",
        "nebius",
        "gb300",
    ),
    # the lender the subject, the renter its partner
    (
        "람다랩스는 마이크로소프트와 B200 기반 GPU 클라우드 용량을 빌려주는 계약을 체결했다.",
        "microsoft",
        "lambda",
        "b200",
    ),
]


@pytest.mark.parametrize(("text", "renter", "lender", "product"), RENTALS)
def test_rental_contract(text: str, renter: str, lender: str, product: str) -> None:
    found = relations(text)
    deal = (renter, "supply_deal", {"product": product}, lender, "actual", TODAY)
    use = (renter, "adopts", {"mode": "cloud", "via": lender}, product, "actual", TODAY)
    assert deal in found
    assert use in found


def test_lending_is_no_buying() -> None:
    """The lender of "…와 … 빌려주는 계약" sells: it never buys from its renter."""
    found = relations("코어위브는 오픈AI와 GB300 용량을 빌려주는 계약을 맺었다.")
    assert not [r for r in found if r[0] == "coreweave"]


# -- a filing's "당사": its filer, named in the title -------------------------------------

FILING = (
    "KT 타법인주식및출자증권취득결정 (크루소)\n\n"
    "1. 발행회사: 크루소, 국적 미국, 주요사업 GPU 클라우드 서비스\n\n"
    "2. 기타 투자판단과 관련한 중요사항\n"
    "- 당사는 크루소와의 클라우드 이용 계약에 따라 크루소가 제공하는 GB200 기반 인스턴스를 "
    "사내 AI 모델 학습에 사용하고 있음.\n"
    "- 당사는 크루소와 GPU 클라우드 이용 계약을 체결하였으며, 하반기부터 크루소 클라우드의 "
    "B300 GPU를 당사 AI 서비스에 사용할 예정임.\n"
)


def test_filing_speaks_for_its_filer() -> None:
    rows = [
        (r[0], r[1], dict(r[2]), r[3], r[5])
        for r in sorted_rows(FILING, "ko", PUBLISHED, "filing")
        if r[1] in ("supply_deal", "adopts")
    ]
    assert ("kt", "supply_deal", {"product": "gb200"}, "crusoe", "actual") in rows
    assert ("kt", "adopts", {"mode": "cloud", "via": "crusoe"}, "gb200", "actual") in rows
    assert ("kt", "adopts", {"mode": "cloud", "via": "crusoe"}, "b300", "planned") in rows
    # the cloud offering the instances never buys them from its user or from the maker
    assert not [r for r in rows if r[0] == "crusoe" and r[1] == "supply_deal"]


def test_title_without_a_disclosure_names_no_filer() -> None:
    """A headline opening with a company is no filing's title: "당사" stays unresolved."""
    text = (
        "KT, 크루소와 손잡다\n\n"
        "- 당사는 크루소와의 클라우드 이용 계약에 따라 크루소가 제공하는 GB200 기반 인스턴스를 "
        "사용하고 있음.\n"
    )
    rows = [r for r in sorted_rows(text, "ko", PUBLISHED, "press") if r[1] == "supply_deal"]
    assert not [r for r in rows if r[0] == "crusoe"]


# -- a packaging house's making; a deal agreed with its start ahead -----------------------

PACKAGING = [
    # the foundry hands its own process's back end out: the product is that process
    (
        "TSMC는 늘어난 주문을 소화하려고 CoWoS 후공정 일부를 앰코에 맡기고 있다.",
        ("tsmc", "supply_deal", {"product": "cowos"}, "amkor", "actual", TODAY),
    ),
    # a designer's chips packaged by the house, no chip named
    (
        "퀄컴도 대만에서 만든 칩의 후공정을 앰코에 맡기고 있다.",
        ("qualcomm", "supply_deal", {}, "amkor", "actual", TODAY),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PACKAGING)
def test_packaging_house_sells_the_making(text: str, expected: tuple[Any, ...]) -> None:
    found = relations(text)
    assert expected in found
    assert not [r for r in found if r[1] == "adopts"]  # handing out the making is no use


AGREED_AHEAD = [
    (
        "마이크론은 AMD MI450에 4분기부터 HBM4를 공급하기로 했다.",
        (
            "amd",
            "supply_deal",
            {"product": "hbm4"},
            "micron",
            "actual",
            ("open", "2026-10-01", "None"),
        ),
    ),
    # a target by a date stays a plan
    (
        "마이크론은 2027년까지 AMD에 HBM4 20만 개를 공급하기로 했다.",
        (
            "amd",
            "supply_deal",
            {"product": "hbm4"},
            "micron",
            "planned",
            ("deadline", "2026-04-20", "2027-12-31"),
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), AGREED_AHEAD)
def test_deal_agreed_with_its_start_ahead(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in relations(text)


# -- the text's own company's customers, its name left out --------------------------------

OWN_CUSTOMERS = [
    (
        "네비우스는 유럽 최대 GPU 클라우드를 표방한다. 회사는 핀란드에 데이터센터를 두고 있다.\n\n"
        "가장 큰 고객은 마이크로소프트다.",
        [("microsoft", "supply_deal", {}, "nebius", "actual", TODAY)],
    ),
    (
        "코어위브는 2분기 실적을 발표했다.\n\n메타와 오픈AI가 주요 고객입니다.",
        [
            ("meta", "supply_deal", {}, "coreweave", "actual", TODAY),
            ("openai", "supply_deal", {}, "coreweave", "actual", TODAY),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_CUSTOMERS)
def test_customers_of_the_texts_company(text: str, expected: list[tuple[Any, ...]]) -> None:
    found = relations(text)
    for row in expected:
        assert row in found


def test_customer_of_a_named_supplier_is_not_the_texts() -> None:
    """ "X는 Y의 최대 고객이다" names its supplier: the text's company sells nothing here."""
    text = "엔비디아가 투자를 단행했다. 마이크로소프트는 엔스케일의 최대 고객이다."
    assert not [r for r in relations(text) if r[3] == "nvidia"]


def test_own_premises_weighed_in_a_sentence_naming_no_company() -> None:
    """The topic of the sentence before weighs bringing the chip into its own data centers."""
    text = (
        "애플은 내년부터 구글 클라우드를 통해 TPU를 빌려 쓰는 방안을 검토하고 있다. "
        "2028년부터는 TPU를 자체 데이터센터에 직접 들이는 방안도 저울질하고 있다."
    )
    found = relations(text)
    assert (
        "apple",
        "adopts",
        {"mode": "on-prem"},
        "google-tpu",
        "considering",
        ("open", "2028-01-01", "None"),
    ) in found


def test_sentence_naming_no_company_and_no_premises_adopts_nothing_new() -> None:
    text = "애플은 구글 TPU 도입을 검토하고 있다. 업계에서는 TPU 수요가 계속 늘 것으로 본다."
    assert [r for r in relations(text) if r[1] == "adopts"] == [
        ("apple", "adopts", {}, "google-tpu", "considering", TODAY)
    ]


# -- a builder filling a site another company owns adopts nothing of its own --------------

FILLS = [
    "애빌린의 스타게이트 캠퍼스에서는 오라클이 엔비디아 GB300을 채워 넣는 작업이 한창이다.",
    "델은 스타게이트 부지에 GB200 랙을 들이고 있다.",
]


@pytest.mark.parametrize("text", FILLS)
def test_builder_filling_anothers_site(text: str) -> None:
    assert not [r for r in relations(text) if r[1] == "adopts" and r[0] in ("oracle", "dell")]


def test_renter_in_the_owners_site_still_adopts() -> None:
    text = (
        "앤트로픽은 AWS의 트레이니움2를 클라우드로 빌려 쓰고 있고, 프로젝트 레이니어에서 "
        "클로드를 훈련한다."
    )
    assert [r for r in relations(text) if r[1] == "adopts" and r[0] == "anthropic"]


# -- an investment's past year dates the event; the amount stands at publication ----------

PAST_YEAR_INVESTMENTS = [
    "KT는 2025년 중 리벨리온에 약 300억 원을 투자한 바 있다.",
    "KT는 2025년 리벨리온에 300억 원을 투자했다.",
]


@pytest.mark.parametrize("text", PAST_YEAR_INVESTMENTS)
def test_past_year_investment_stands_at_publication(text: str) -> None:
    rows = [r for r in sorted_rows(text, "ko", PUBLISHED) if r[1] == "investment"]
    assert [(r[0], r[5], r[6]) for r in rows] == [("kt", "actual", TODAY)]


def test_past_month_investment_keeps_its_month() -> None:
    """A month dates an amount as it stood then (the dev gold's totals told step by step)."""
    text = "KT는 2025년 9월 리벨리온에 300억 원을 투자했다."
    rows = [r for r in sorted_rows(text, "ko", PUBLISHED) if r[1] == "investment"]
    assert [r[6] for r in rows] == [("point", "2025-09-01", "2025-09-30")]


# -- "이곳" in a feature on one site: the site, further back ------------------------------

SITE_FEATURE = (
    "메타가 루이지애나에 짓는 하이페리온은 세계 최대 AI 데이터센터가 될 전망이다. "
    "부지 면적은 축구장 수백 개 규모다. 전력은 가스 발전소 세 곳에서 끌어온다. "
    "냉각은 액체 냉각 방식을 쓴다. 공사 인력만 수천 명이다. 지역 경제 효과도 크다. "
    "주민 반대도 있었다. 메타 초지능연구소는 완공되는 대로 이곳에서 차세대 라마를 학습시킬 "
    "계획이다."
)


def test_here_reaches_the_site_of_a_feature() -> None:
    rows = [r for r in sorted_rows(SITE_FEATURE, "ko", PUBLISHED) if r[1] == "trains_on"]
    assert [(r[0], r[3], r[5]) for r in rows] == [("meta", "hyperion", "planned")]
