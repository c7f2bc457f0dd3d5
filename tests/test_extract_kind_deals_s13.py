"""A supply deal read from the parties' kinds (session 13, kind_deals): the fallback that
runs when no rule found a deal in a sentence naming two companies, one of which can only
be the other's supplier, with a deal word. Every sentence is written for these tests.

- The roles come from the kinds (:data:`KINDS`, :data:`SELLS`): a memory maker, a foundry
  or a packager supplies a chip designer; a designer or a server maker a cloud or a lab; a
  GPU cloud a hyperscaler; a cloud a lab. Two parties that could sell to each other, or
  neither, settle nothing.
- The product is one of the seller's (the foundry's: the customer's chip), else none.
- Traps give no deal: rivals named together, "unlike X", denials, cancelled deals, an
  analyst comparing makers, two customers of one seller, a maker's in-house use, talks,
  a purchase of shares, a rental told as a present state.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows
from tracker.extract import extractor
from tracker.extract.claimrules import kind_deals
from tracker.extract.claimrules.kind_deals import KINDS, SELLS, roles
from tracker.extract.trade_clauses_en import trade_clause_rule

JUNE = datetime(2026, 6, 3, 8, 0, tzinfo=UTC)
Row = tuple[Any, ...]


@pytest.fixture
def fallback_on() -> Iterator[None]:
    old = kind_deals.KIND_DEALS
    kind_deals.KIND_DEALS = True
    yield
    kind_deals.KIND_DEALS = old


def deals(text: str, language: str) -> list[Row]:
    """(customer, product, supplier, modality) of the text's supply deals."""
    return [
        (r[0], dict(r[2]).get("product", ""), r[3], r[5])
        for r in sorted_rows(text, language, JUNE)
        if r[1] == "supply_deal"
    ]


# -- the kind table ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("micron", "nvidia", ("nvidia", "micron")),  # memory -> designer
        ("nvidia", "sk-hynix", ("nvidia", "sk-hynix")),
        ("tsmc", "aws", ("aws", "tsmc")),  # foundry -> a hyperscaler's own chip
        ("amkor", "amd", ("amd", "amkor")),  # packager -> designer
        ("dell", "xai", ("xai", "dell")),  # server maker -> lab
        ("supermicro", "coreweave", ("coreweave", "supermicro")),  # server maker -> GPU cloud
        ("nvidia", "mistral", ("mistral", "nvidia")),  # designer -> lab
        ("nebius", "microsoft", ("microsoft", "nebius")),  # GPU cloud -> hyperscaler
        ("anthropic", "google", ("anthropic", "google")),  # hyperscaler -> lab
        ("oracle", "openai", ("openai", "oracle")),
        ("samsung", "tesla", ("tesla", "samsung")),  # foundry -> a carmaker's own chip
    ],
)
def test_roles_from_kinds(a: str, b: str, expected: tuple[str, str]) -> None:
    assert roles(a, b) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("samsung", "sk-hynix"),  # two memory makers
        ("micron", "sk-hynix"),
        ("nvidia", "amd"),  # two designers
        ("dell", "hpe"),  # two server makers
        ("microsoft", "oracle"),  # two hyperscalers
        ("anthropic", "openai"),  # two labs
        ("asml", "tsmc"),  # a toolmaker has no kind: no deal
        ("nvidia", "nobody"),
    ],
)
def test_no_roles_between_peers(a: str, b: str) -> None:
    assert roles(a, b) is None


def test_the_table_names_known_kinds_only() -> None:
    kinds = {k for ks in KINDS.values() for k in ks}
    assert {k for pair in SELLS for k in pair} <= kinds


# -- deals the kinds settle ----------------------------------------------------------------


@pytest.mark.usefixtures("fallback_on")
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # memory maker -> chip designer
        (
            "Micron has emerged as a principal HBM4 vendor to Nvidia this quarter.",
            "en",
            ("nvidia", "hbm4", "micron", "actual"),
        ),
        (
            "AMD picked Samsung as its HBM4 partner for the MI450 boards.",
            "en",
            ("amd", "hbm4", "samsung", "actual"),
        ),
        (
            "SK hynix now counts Nvidia as the largest buyer of its HBM3E stacks.",
            "en",
            ("nvidia", "hbm3e", "sk-hynix", "actual"),
        ),
        # foundry or packager -> designer: the customer's chip
        (
            "AWS has booked TSMC fab time for the Trainium3 ramp.",
            "en",
            ("aws", "trainium3", "tsmc", "actual"),
        ),
        (
            "Amkor secured the packaging work on the MI450 from AMD.",
            "en",
            ("amd", "mi450", "amkor", "actual"),
        ),
        # server maker -> cloud
        (
            "Supermicro is shipping GB300 racks to CoreWeave under a fresh purchase order.",
            "en",
            ("coreweave", "gb300", "supermicro", "actual"),
        ),
        # cloud -> lab, designer -> lab
        (
            "Oracle has won OpenAI as an anchor tenant of its newest cloud region.",
            "en",
            ("openai", "", "oracle", "actual"),
        ),
        (
            "Mistral is sourcing B200 parts from Nvidia for a new cluster outside Paris.",
            "en",
            ("mistral", "b200", "nvidia", "actual"),
        ),
        # GPU cloud -> hyperscaler, server maker -> lab, foundry -> carmaker
        (
            "Nebius signed Microsoft to a multiyear capacity contract this week.",
            "en",
            ("microsoft", "", "nebius", "actual"),
        ),
        (
            "Dell has become xAI's biggest GB200 rack vendor.",
            "en",
            ("xai", "gb200", "dell", "actual"),
        ),
        (
            "Samsung won a foundry order from Tesla for its next driving chip.",
            "en",
            ("tesla", "", "samsung", "actual"),
        ),
        # Korean: server maker -> GPU cloud, GPU cloud -> hyperscaler, memory, foundry, cloud
        (
            "슈퍼마이크로는 코어위브에 GB300 랙을 대량 납품했다.",
            "ko",
            ("coreweave", "gb300", "supermicro", "actual"),
        ),
        (
            "네비우스는 마이크로소프트와 수년짜리 용량 공급 계약을 맺었다.",
            "ko",
            ("microsoft", "", "nebius", "actual"),
        ),
        (
            "마이크론은 엔비디아의 최대 HBM4 공급처 가운데 하나로 올라섰다.",
            "ko",
            ("nvidia", "hbm4", "micron", "actual"),
        ),
        (
            "AMD는 올해 HBM4 물량 대부분을 삼성전자로부터 사들인다.",
            "ko",
            ("amd", "hbm4", "samsung", "actual"),
        ),
        (
            "앰코가 AMD로부터 MI450 패키징 물량을 수주했다.",
            "ko",
            ("amd", "mi450", "amkor", "actual"),
        ),
        (
            "오라클은 오픈AI를 새 클라우드 리전의 핵심 고객으로 확보했다.",
            "ko",
            ("openai", "", "oracle", "actual"),
        ),
    ],
)
def test_deal_from_kinds(text: str, language: str, expected: Row) -> None:
    assert deals(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Micron has emerged as a principal HBM4 vendor to Nvidia this quarter.", "en"),
        ("Oracle has won OpenAI as an anchor tenant of its newest cloud region.", "en"),
    ],
)
def test_switched_off(text: str, language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # the general trade reader, a fallback of its own, reads the vendor sentence by its
    # roles (trade_clauses_en): switched off here, the kinds alone are measured
    monkeypatch.setattr(
        extractor, "ALL_RULES", tuple(r for r in extractor.ALL_RULES if r is not trade_clause_rule)
    )
    old = kind_deals.KIND_DEALS
    kind_deals.KIND_DEALS = False
    try:
        assert deals(text, language) == []
    finally:
        kind_deals.KIND_DEALS = old


# -- traps: the kinds settle nothing -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # rivals named together
        ("Samsung and SK hynix are battling to supply Nvidia with HBM4.", "en"),
        ("삼성전자와 SK하이닉스가 엔비디아 물량을 놓고 경쟁하고 있다.", "ko"),
        # "unlike X"
        ("Unlike Micron, SK hynix already ships HBM4 in volume.", "en"),
        ("SK하이닉스와 달리 마이크론은 아직 HBM4 물량이 적다.", "ko"),
        # a denial, a deal cancelled in the past
        ("Nvidia denied that it had signed any supply contract with Samsung.", "en"),
        ("AMD cancelled its order with Samsung last year.", "en"),
        ("엔비디아는 삼성전자와의 공급 계약설을 부인했다.", "ko"),
        ("AMD는 지난해 삼성전자와 맺은 계약을 취소했다.", "ko"),
        # an analyst comparing makers
        ("Analysts compare Micron and SK hynix as HBM suppliers.", "en"),
        # two customers of one seller, without the supply rule's construction
        ("Nvidia's buyers include Microsoft and Meta.", "en"),
        # a maker's in-house use
        ("Google uses its in-house TPUs and also buys from Nvidia.", "en"),
        ("구글은 자체 TPU를 쓰면서 엔비디아 GPU도 사들인다.", "ko"),
        ("애널리스트들은 마이크론과 SK하이닉스의 HBM 점유율을 비교했다.", "ko"),
        ("SK하이닉스는 HBM4 공급을 두고 삼성전자와 치열하게 맞붙고 있다.", "ko"),
        # two customers of one seller
        ("Nvidia counts both Microsoft and Meta among its customers.", "en"),
        # a seller's verb whose subject the kinds make the customer, two parties joined
        ("Nvidia agreed to buy up to $5 billion of unsold capacity from CoreWeave.", "en"),
        ("Qualcomm and Nvidia rank as early buyers at the Arizona packaging plant.", "en"),
        # a deal said not to exist, a contractor picked to build
        ("Oracle says it has signed no fresh contract with xAI so far.", "en"),
        ("Crusoe is the firm OpenAI selected to construct its Wyoming campus.", "en"),
        # nothing traded named (no compute, no foundry work), samples, a condition
        ("Nvidia now counts Meta as a top-three buyer.", "en"),
        ("Micron sent early HBM4 samples to Nvidia last month.", "en"),
        ("메타가 TPU를 더 사들이면 구글의 최대 고객으로 올라선다.", "ko"),
        # talks, a purchase of shares, a rental told as a present state
        ("Meta is in talks with Google about a TPU contract.", "en"),
        ("Nvidia took $2 billion worth of Intel shares in a private placement.", "en"),
        ("엔비디아는 인텔 주식 20억 달러어치를 사들이기로 했다.", "ko"),
        ("Mistral rents H100 capacity from Fluidstack under an older contract.", "en"),
    ],
)
def test_no_deal(text: str, language: str) -> None:
    """The fallback adds no deal to what the rules find (mostly nothing: the supply rule
    reads "in talks … about a contract" as a deal considered and "battling to supply" as
    two supplies, which the fallback never makes)."""
    old = kind_deals.KIND_DEALS
    try:
        kind_deals.KIND_DEALS = False
        without = deals(text, language)
        kind_deals.KIND_DEALS = True
        assert deals(text, language) == without
    finally:
        kind_deals.KIND_DEALS = old
