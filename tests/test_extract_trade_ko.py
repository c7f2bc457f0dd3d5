"""The general reader of Korean trade clauses (trade_clauses_ko, trade_roles_ko), read alone:
the deals it proposes from a clause's verb class and role markers, and the clauses it must
leave alone (traps). Then, through the whole extractor, that it is a fallback: a clause a
tuned supply rule has read keeps that rule's one answer. Every sentence here is written for
these tests (no gold article's wording)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from tests.extract_support import extract_rows
from tracker.domain.documents import Document
from tracker.extract import default_extractor
from tracker.extract.claimrules.common import RuleState
from tracker.extract.trade_clauses_ko import trade_clause_rule

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=KST)
Deal = tuple[str, str, str, float | None]


def _document(text: str) -> Document:
    """The sentence as a story's body (a text's first line is its title, no statement)."""
    body = f"반도체 소식\n\n{text}"
    return Document(document_id="t", text=body, published=PUBLISHED, language="ko")


def read(text: str) -> set[Deal]:
    """(buyer, product, seller, count) of every deal the reader alone proposes."""
    extractor = default_extractor([])
    doc = _document(text)
    out: set[Deal] = set()
    for s in extractor.sentences(doc, "ko", date(2026, 3, 10)):
        for c in trade_clause_rule(s, RuleState()):
            count = c.value.low if c.value is not None and hasattr(c.value, "low") else None
            out.add((c.subject, c.qualifiers.get("product", ""), str(c.object), count))
    return out


def read_modality(text: str) -> set[tuple[str, str, str]]:
    """(buyer, seller, modality) of every deal the reader alone proposes."""
    extractor = default_extractor([])
    doc = _document(text)
    return {
        (c.subject, str(c.object), c.modality)
        for s in extractor.sentences(doc, "ko", date(2026, 3, 10))
        for c in trade_clause_rule(s, RuleState())
    }


# -- the agent gives: 공급하다, 납품하다, 판매하다, 출하하다, 보내다, 인도하다, 대다, 넣다 ------
SUPPLY = [
    ("마이크론은 AMD에 HBM3E를 납품하고 있다.", {("amd", "hbm3e", "micron", None)}),
    ("SK하이닉스가 구글에 HBM4를 판매했다.", {("google", "hbm4", "sk-hynix", None)}),
    ("델은 코어위브에 B300 1만 2000개를 출하했다.", {("coreweave", "b300", "dell", 12000)}),
    ("삼성전자는 퀄컴에 HBM3E를 보내고 있다.", {("qualcomm", "hbm3e", "samsung", None)}),
    ("엔비디아는 오라클에 GB300 5만 개를 인도했다.", {("oracle", "gb300", "nvidia", 50000)}),
    # the noun a relative clause of the verb hangs on is its agent
    (
        "메타에 MTIA용 HBM3E를 납품하는 삼성전자는 실적이 좋았다.",
        {("meta", "hbm3e", "samsung", None)},
    ),
    # recipients listed in the dative: one deal each
    (
        "SK하이닉스는 엔비디아와 AMD에 HBM4를 공급한다.",
        {("nvidia", "hbm4", "sk-hynix", None), ("amd", "hbm4", "sk-hynix", None)},
    ),
    ("• 마이크론 — 퀄컴에 HBM4 출하 중", {("qualcomm", "hbm4", "micron", None)}),
    # no buyer named: the chip the memory goes into names its maker
    ("삼성전자는 구글 TPU용 HBM3E를 공급하고 있다.", {("google", "hbm3e", "samsung", None)}),
    ("마이크론은 AMD의 MI355X에 HBM3E를 넣고 있다.", {("amd", "hbm3e", "micron", None)}),
    ("트레이니움3에 들어가는 HBM3E는 삼성전자가 대고 있다.", {("aws", "hbm3e", "samsung", None)}),
    # a topic opening the sentence carries into its later clause
    (
        "마이크론은 올해 실적이 크게 늘었고, 엔비디아에 HBM4를 공급하기 시작했다.",
        {("nvidia", "hbm4", "micron", None)},
    ),
    ("델은 네이버에 B200 4,000개를 납품하기로 했다.", {("naver", "b200", "dell", 4000)}),
    # the goods a sentence opens on as its topic carry into its later clause
    (
        "마이크론은 HBM4는 이미 엔비디아에 보내고 있으며, 퀄컴에도 공급한다고 밝혔다.",
        {("nvidia", "hbm4", "micron", None), ("qualcomm", "hbm4", "micron", None)},
    ),
    # the company owning the chip the memory goes into buys it
    (
        "마이크론은 마이크로소프트의 차기 칩에 들어갈 HBM4를 공급한다.",
        {("microsoft", "hbm4", "micron", None)},
    ),
    # memory used is memory bought, from the maker named as its brand
    ("AMD는 MI450에 SK하이닉스 HBM4를 쓴다.", {("amd", "hbm4", "sk-hynix", None)}),
    ("AMD의 MI450에는 삼성전자 HBM4가 탑재된다.", {("amd", "hbm4", "samsung", None)}),
    # who uses the goods, in a relative clause on them, buys them
    (
        "현재 AMD가 쓰는 HBM3E는 대부분 마이크론이 공급하고 있다.",
        {("amd", "hbm3e", "micron", None)},
    ),
    # a relative clause describing the goods orients nothing ("탑재할 HBM4")
    (
        "마이크론은 AMD의 MI450에 탑재할 HBM4 공급을 AMD와 협의하고 있다.",
        {("amd", "hbm4", "micron", None)},
    ),
]

# -- the agent gets: 공급받다, 받다, 납품받다 / 사들이다, 구매하다, 조달하다, 확보하다 ---------
ACQUIRE = [
    ("메타는 델로부터 GB300 2만 개를 공급받는다.", {("meta", "gb300", "dell", 20000)}),
    ("AMD는 삼성전자에서 HBM3E를 받고 있다.", {("amd", "hbm3e", "samsung", None)}),
    ("오라클은 AMD로부터 MI355X를 납품받았다.", {("oracle", "mi355x", "amd", None)}),
    (
        "카카오는 퓨리오사AI에게서 RNGD 3000장을 공급받기로 했다.",
        {("kakao", "rngd", "furiosaai", 3000)},
    ),
    (
        "바이트댄스는 화웨이로부터 어센드 910C 5만 개를 사들였다.",
        {("bytedance", "ascend-910c", "huawei", 50000)},
    ),
    ("텐센트는 엔비디아에서 H20을 구매했다.", {("tencent", "h20", "nvidia", None)}),
    (
        "코어위브는 슈퍼마이크로로부터 B200 서버를 조달했다.",
        {("coreweave", "b200", "supermicro", None)},
    ),
    ("AMD는 TSMC로부터 CoWoS 물량을 확보했다.", {("amd", "cowos", "tsmc", None)}),
    (
        "삼성전자는 엔비디아로부터 B200 5000장을 도입해 데이터센터를 짓는다.",
        {("samsung", "b200", "nvidia", 5000)},
    ),
    # a process bought from no one named: its maker sells it
    ("브로드컴은 올해 CoWoS 물량을 추가로 확보했다.", {("broadcom", "cowos", "tsmc", None)}),
]

# -- orders, work entrusted or won, making, a share taken --------------------------------
ORDERS = [
    ("xAI는 델에 GB300 서버를 주문했다.", {("xai", "gb300", "dell", None)}),
    ("구글은 앰코에 TPU 패키징을 맡겼다.", {("google", "google-tpu", "amkor", None)}),
    ("TSMC는 퀄컴으로부터 AI 칩 생산을 수주했다.", {("qualcomm", "", "tsmc", None)}),
    ("SK하이닉스가 루빈용 HBM4 물량의 절반을 따냈다.", {("nvidia", "hbm4", "sk-hynix", None)}),
    ("RNGD 생산은 TSMC가 맡았다.", {("furiosaai", "rngd", "tsmc", None)}),
    ("MTIA는 TSMC 5나노 공정에서 만든다.", {("meta", "mtia", "tsmc", None)}),
    ("RNGD는 삼성전자 파운드리가 생산한다.", {("furiosaai", "rngd", "samsung", None)}),
    ("AMD MI450은 TSMC에서 N2 공정으로 생산된다.", {("amd", "mi450", "tsmc", None)}),
    ("RNGD는 TSMC에서 생산 중이다.", {("furiosaai", "rngd", "tsmc", None)}),
    # the one having its chip made at another's process buys the making
    ("칩은 퓨리오사AI가 TSMC 5나노 공정에서 생산함.", {("furiosaai", "", "tsmc", None)}),
    ("CoWoS 물량의 절반은 AMD가 가져간다.", {("amd", "cowos", "tsmc", None)}),
    (
        "마이크론이 엔비디아 HBM4 물량의 20%를 가져갈 것으로 예상된다.",
        {("nvidia", "hbm4", "micron", None)},
    ),
    (
        "업계는 SK하이닉스가 엔비디아향 HBM4 물량의 절반을 가져갈 것으로 본다.",
        {("nvidia", "hbm4", "sk-hynix", None)},
    ),
    # talks to buy with a count and a seller named are a deal weighed
    (
        "바이트댄스는 화웨이와 어센드 910C 2만 개를 사들이는 방안을 논의하고 있다.",
        {("bytedance", "ascend-910c", "huawei", 20000)},
    ),
    (
        "엔비디아는 코어위브의 남는 클라우드 용량을 사 주기로 합의했다.",
        {("nvidia", "", "coreweave", None)},
    ),
]

# -- pacts: the direction from a supply or purchase word inside, else the parties' kinds --
PACTS = [
    ("카카오는 리벨리온과 리벨 쿼드 공급 계약을 맺었다.", {("kakao", "rebel", "rebellions", None)}),
    ("엔비디아는 마이크론과 HBM4 공급 계약을 체결했다.", {("nvidia", "hbm4", "micron", None)}),
    ("오픈AI는 코어위브와 클라우드 계약을 맺었다.", {("openai", "", "coreweave", None)}),
    ("메타는 브로드컴과 맞춤형 칩 공급 계약을 체결했다.", {("meta", "", "broadcom", None)}),
    (
        "앤트로픽은 구글과 TPU 10만 개를 공급받는 계약을 맺었다.",
        {("anthropic", "google-tpu", "google", 100000)},
    ),
    ("▲5월 — 오라클, AMD와 MI450 공급 계약 체결", {("oracle", "mi450", "amd", None)}),
    # money, power and years are no count of the goods
    (
        "오픈AI는 AMD와 100억 달러 규모의 MI450 공급 계약을 맺었다.",
        {("openai", "mi450", "amd", None)},
    ),
    (
        "앤트로픽은 구글과 1GW 규모의 TPU 계약을 맺었다.",
        {("anthropic", "google-tpu", "google", None)},
    ),
    ("AMD는 2026년 마이크론과 HBM4 공급 계약을 맺었다.", {("amd", "hbm4", "micron", None)}),
]

# -- traps: no deal, or only the right one in the right direction ------------------------
TRAPS = [
    ("삼성전자는 엔비디아에 HBM4를 공급하지 않는다고 밝혔다.", set()),
    ("삼성전자는 AMD와 HBM4 공동 개발을 위한 양해각서를 맺었다.", set()),
    ("마이크론은 엔비디아의 품질 테스트를 받고 있다.", set()),
    ("SK하이닉스는 구글에 HBM4 샘플을 보냈다.", set()),
    # a company named for comparison is no party
    (
        "오라클은 AMD에 비해 엔비디아로부터 더 많은 GB200을 들여왔다.",
        {("oracle", "gb200", "nvidia", None)},
    ),
    # the maker named as the brand of the goods is no party: the server maker sells
    ("델은 람다랩스에 엔비디아 B200 서버를 납품했다.", {("lambda", "b200", "dell", None)}),
    # the buyer is outside the vocabulary: no one to record
    ("LG전자는 엔비디아로부터 H100을 구매했다.", set()),
    ("한미반도체는 SK하이닉스에 HBM4용 TC 본더를 공급한다.", set()),
    # renting is a use (an adoption), and talks to buy chips are a use weighed
    ("애플은 구글 클라우드에서 TPU를 빌려 쓰고 있다.", set()),
    ("메타는 구글로부터 TPU를 사들이는 방안을 검토하고 있다.", set()),
    ("오픈AI는 마이크로소프트 애저를 통해 GB200을 빌려 쓴다.", set()),
    # two sellers of the same goods, or two companies that sell nothing, name no seller
    ("삼성전자와 SK하이닉스는 HBM4 공급 계약을 맺었다.", set()),
    ("오픈AI와 앤트로픽은 계약을 맺었다.", set()),
    # a cloud's name ("네이버클라우드") is no word for compute: the chip's maker sells
    ("네이버클라우드는 엔비디아와 B200 공급 계약을 맺었다.", {("naver", "b200", "nvidia", None)}),
    # chips bought with no count from no one named but their brands: no claim (GUIDE)
    ("메타는 엔비디아와 AMD의 GPU를 계속 사들인다.", set()),
    # a GPU cloud and a server maker: either may sell to the other, no direction
    ("람다랩스는 슈퍼마이크로와 계약을 맺었다.", set()),
    ("네비우스는 메타와 광고 계약을 맺었다.", set()),
    # a relative clause on a volume the sentence sizes tells a figure, not a deal
    ("엔비디아가 확보한 CoWoS 물량은 약 50만 장으로 추산된다.", set()),
    # a chip maker putting memory into its own chip sells none of it
    ("엔비디아는 루빈에 HBM4를 넣는다.", set()),
    ("엔비디아는 루빈에 HBM4를 탑재한다.", set()),
    # a company after the verb is no argument of it
    (
        "SK하이닉스는 엔비디아에 HBM4를 공급했고, 삼성전자도 주가가 올랐다.",
        {("nvidia", "hbm4", "sk-hynix", None)},
    ),
    ("코어위브는 오라클과 데이터센터 임대 계약을 맺었다.", set()),
    # a chip used is an adoption; a supplier's role noun is the role rules' to read
    ("메타는 자사 데이터센터에서 TPU를 쓴다.", set()),
    ("메타는 내년에 TPU를 도입할 계획이다.", set()),
    ("마이크로소프트는 오픈AI의 클라우드 제공자다.", set()),
    # a report asked or answered about, and a condition, assert nothing
    ("삼성전자는 AMD와 HBM4 공급 계약을 맺었다는 보도에 대해 답변했다.", set()),
    ("마이크론이 엔비디아에 HBM4를 공급할 경우 점유율이 오른다.", set()),
    # a capacity is no making for anyone
    ("TSMC의 CoWoS 생산능력이 내년 월 10만 장에 달할 전망이다.", set()),
    ("AMD는 삼성전자 HBM4를 평가하고 있다.", set()),
    # a party named only as who it is not takes no role
    ("브로드컴에 칩을 주문한 곳은 오픈AI가 아니라 앤트로픽이다.", set()),
    # the recipient ends a list of names: the count is the list's, not its own
    (
        "엔비디아는 정부와 현대차, 네이버에 블랙웰 GPU 26만 개를 공급한다.",
        {("naver", "blackwell", "nvidia", None)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUPPLY + ACQUIRE + ORDERS + PACTS + TRAPS)
def test_reader_proposes_the_deals_its_roles_give(text: str, expected: set[Deal]) -> None:
    assert read(text) == expected


MODALITIES = [
    (
        "SK하이닉스는 AWS와 트레이니움3용 HBM3E 물량을 협의하고 있다.",
        {("aws", "sk-hynix", "considering")},
    ),
    ("삼성전자는 내년부터 AMD에 HBM4를 공급할 계획이다.", {("amd", "samsung", "planned")}),
    ("SK하이닉스는 퀄컴과 HBM4 공급을 논의하고 있다.", {("qualcomm", "sk-hynix", "considering")}),
    (
        "카카오는 리벨리온으로부터 리벨 쿼드 2000장을 공급받기로 했다.",
        {("kakao", "rebellions", "actual")},
    ),
    ("마이크론은 AMD에 HBM4를 공급하고 있다.", {("amd", "micron", "actual")}),
]


@pytest.mark.parametrize(("text", "expected"), MODALITIES)
def test_reader_takes_the_clause_modality(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert read_modality(text) == expected


def _deals(text: str) -> list[tuple[str, str, object]]:
    return sorted(
        (r[0], r[2].get("product", ""), r[3])
        for r in extract_rows(text, "ko", PUBLISHED)
        if r[1] == "supply_deal"
    )


def test_a_clause_a_tuned_rule_read_keeps_its_one_deal() -> None:
    assert _deals("SK하이닉스는 엔비디아에 HBM4를 공급한다.") == [("nvidia", "hbm4", "sk-hynix")]


def test_the_reader_answers_for_a_clause_no_tuned_rule_reads() -> None:
    assert ("amd", "hbm3e", "micron") in _deals("마이크론은 AMD의 MI355X에 HBM3E를 넣고 있다.")
