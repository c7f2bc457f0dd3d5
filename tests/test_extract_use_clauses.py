"""The general reader of use clauses (tracker/extract/use_clauses*.py), standing alone and as
the extractor's fallback for ``adopts``.

Each sentence is written for these tests (none comes from the gold or from an article), and
each expected answer was written from the GUIDE before the reader ran on it. A case is
(text, expected): every adoption the reader proposes on its own, as (adopter, product,
sorted qualifiers, modality). The traps must give no adoption, or only the right adopter.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import sorted_rows
from tracker.domain.documents import Document
from tracker.extract import default_extractor
from tracker.extract.claimrules.common import RuleState
from tracker.extract.use_clauses_en import use_clause_rule_en
from tracker.extract.use_clauses_ko import use_clause_rule_ko

PUBLISHED = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
ON_PREM = (("mode", "on-prem"),)
NONE: tuple[tuple[str, str], ...] = ()


def cloud(via: str) -> tuple[tuple[str, str], ...]:
    return (("mode", "cloud"), ("via", via))


def reader_alone(text: str, language: str) -> list[tuple[Any, ...]]:
    """What the reader proposes on its own, sentence by sentence (no tuned rule before it)."""
    extractor = default_extractor([])
    doc = Document(document_id="t", text=text, published=PUBLISHED, language=language, tier="press")
    rule = use_clause_rule_en if language == "en" else use_clause_rule_ko
    state = RuleState()
    for s in extractor.sentences(doc, language, PUBLISHED.date()):
        assert rule(s, state) == []  # a fallback claims nothing in the rules' turn
    return sorted(
        (c.subject, c.object, tuple(sorted(c.qualifiers.items())), c.modality)
        for c in state.fallbacks
    )


EN_USES = [
    (
        "Kakao uses Gaudi 3 accelerators for its search ranking models.",
        "kakao",
        "gaudi3",
        NONE,
        "actual",
    ),
    (
        "Naver is running inference on RNGD cards in its own data centers.",
        "naver",
        "rngd",
        ON_PREM,
        "actual",
    ),
    (
        "Mistral AI rents H200 capacity through Microsoft Azure.",
        "mistral",
        "h200",
        cloud("microsoft"),
        "actual",
    ),
    (
        "Together AI plans to deploy MI355X accelerators in its own data centers.",
        "together-ai",
        "mi355x",
        ON_PREM,
        "planned",
    ),
    (
        "Tencent is testing Ascend 910C chips for inference.",
        "tencent",
        "ascend-910c",
        NONE,
        "considering",
    ),
    (
        "Apple is evaluating Trainium2 through AWS.",
        "apple",
        "trainium2",
        cloud("aws"),
        "considering",
    ),
    ("xAI has switched its inference fleet to GB300 systems.", "xai", "gb300", NONE, "actual"),
    (
        "SK Telecom relies on Rebel-Quad servers for its call-center assistant.",
        "sk-telecom",
        "rebel",
        NONE,
        "actual",
    ),
    (
        "Kakao's adoption of RNGD cards has doubled its inference throughput.",
        "kakao",
        "rngd",
        NONE,
        "actual",
    ),
    (
        "Anthropic will also tap Ironwood capacity through Google Cloud.",
        "anthropic",
        "ironwood",
        cloud("google"),
        "announced",
    ),
    (
        "Crusoe operates MI355X clusters at its Abilene campus.",
        "crusoe",
        "mi355x",
        ON_PREM,
        "actual",
    ),
    (
        "Nebius is considering Rubin systems for its Finland data center.",
        "nebius",
        "rubin",
        ON_PREM,
        "considering",
    ),
    (
        "OpenAI is moving some inference to TPUs rented from Google Cloud.",
        "openai",
        "google-tpu",
        cloud("google"),
        "actual",
    ),
    ("Lambda Inc. has standardised on B200 nodes.", "lambda", "b200", NONE, "actual"),
    (
        "Samsung Electronics has begun using Blackwell GPUs in its own data centers.",
        "samsung",
        "blackwell",
        ON_PREM,
        "actual",
    ),
    (
        "Fluidstack will install GB300 racks at its Paris campus.",
        "fluidstack",
        "gb300",
        ON_PREM,
        "announced",
    ),
    (
        "Kakao is piloting Gaudi 3 in its Pangyo data center.",
        "kakao",
        "gaudi3",
        ON_PREM,
        "considering",
    ),
    ("Microsoft is weighing MI450 accelerators.", "microsoft", "mi450", NONE, "considering"),
    ("Oracle has adopted AMD's MI450.", "oracle", "mi450", NONE, "actual"),
]

KO_USES = [
    # its own service's work: on-prem (GUIDE: a chip running in a company's own services;
    # written NONE first, corrected after the run, as the shared use_modes reads it)
    ("카카오는 가우디3를 검색 모델 추론에 사용하고 있다.", "kakao", "gaudi3", ON_PREM, "actual"),
    (
        "네이버클라우드는 자사 데이터센터에 RNGD를 들여 추론 서비스를 돌리고 있다.",
        "naver",
        "rngd",
        ON_PREM,
        "actual",
    ),
    (
        "미스트랄AI는 마이크로소프트 애저를 통해 H200을 빌려 쓰고 있다.",
        "mistral",
        "h200",
        cloud("microsoft"),
        "actual",
    ),
    ("SK텔레콤은 리벨 쿼드 서버를 시험하고 있다.", "sk-telecom", "rebel", NONE, "considering"),
    (
        "텐센트는 화웨이 어센드 910C를 추론용으로 테스트하고 있다.",
        "tencent",
        "ascend-910c",
        NONE,
        "considering",
    ),
    (
        "크루소는 내년부터 자사 데이터센터에 MI450을 도입할 계획이다.",
        "crusoe",
        "mi450",
        ON_PREM,
        "planned",
    ),
    ("투게더AI는 B200 도입을 검토하고 있다.", "together-ai", "b200", NONE, "considering"),
    ("딥시크는 어센드 910B로 모델을 돌리고 있다.", "deepseek", "ascend-910b", NONE, "actual"),
    (
        "오픈AI는 구글 클라우드의 TPU를 일부 추론 작업에 활용하고 있다.",
        "openai",
        "google-tpu",
        cloud("google"),
        "actual",
    ),
    ("KT는 리벨리온의 리벨 쿼드를 자사 AI 클라우드에 적용했다.", "kt", "rebel", ON_PREM, "actual"),
    (
        "코어위브는 GB300 랙을 자사 데이터센터에서 운영하고 있다.",
        "coreweave",
        "gb300",
        ON_PREM,
        "actual",
    ),
    (
        "삼성전자는 블랙웰 GPU를 자사 데이터센터에 투입할 예정이다.",
        "samsung",
        "blackwell",
        ON_PREM,
        "planned",
    ),
    (
        "애플은 AWS를 통해 트레이니움2를 평가하고 있다.",
        "apple",
        "trainium2",
        cloud("aws"),
        "considering",
    ),
    ("바이트댄스는 H20 대신 어센드 910C를 택했다.", "bytedance", "ascend-910c", NONE, "actual"),
    (
        "메타는 내년부터 구글 클라우드에서 TPU를 빌려 쓰는 방안을 검토하고 있다.",
        "meta",
        "google-tpu",
        cloud("google"),
        "considering",
    ),
    (
        "람다랩스는 B200 기반 인스턴스를 고객에게 제공하고 있다.",
        "lambda",
        "b200",
        ON_PREM,
        "actual",
    ),
    ("카카오는 추론 작업을 RNGD로 옮기기로 했다.", "kakao", "rngd", NONE, "announced"),
    (
        "앤트로픽은 구글 클라우드에서 TPU를 최대 100만 개까지 빌려 쓴다.",
        "anthropic",
        "google-tpu",
        cloud("google"),
        "actual",
    ),
]


@pytest.mark.parametrize(("text", "adopter", "product", "qualifiers", "modality"), EN_USES)
def test_an_english_use_clause_gives_its_adopter_product_mode_and_modality(
    text: str, adopter: str, product: str, qualifiers: Any, modality: str
) -> None:
    assert [(adopter, product, qualifiers, modality)] == reader_alone(text, "en")


@pytest.mark.parametrize(("text", "adopter", "product", "qualifiers", "modality"), KO_USES)
def test_a_korean_use_clause_gives_its_adopter_product_mode_and_modality(
    text: str, adopter: str, product: str, qualifiers: Any, modality: str
) -> None:
    assert [(adopter, product, qualifiers, modality)] == reader_alone(text, "ko")


# traps: (text, the only adoptions the reader may propose)
EN_TRAPS: list[tuple[str, list[tuple[Any, ...]]]] = [
    # a product integrating a technology, and the maker's own chip
    ("Nvidia uses TSMC's CoWoS-L packaging for Blackwell.", []),
    # a product as the subject, compared with a benchmark
    ("Kakao says Gaudi 3 runs 40% faster than H100.", []),
    # the maker's own chip, with no work of its own said
    ("Google uses TPUs to win outside customers.", []),
    ("Meta does not use Gaudi 3.", []),
    # a count makes the use a deployment (deployed_chips)
    ("Oracle will deploy 50,000 MI450 GPUs.", []),
    # a question asserts nothing
    ("Is Meta about to use Google's TPUs?", []),
    # a builder's systems used by another: the user's adoption, not the builder's
    ("Nscale will deploy GB300 systems that Microsoft will use.", []),
    # the product a switch leaves behind
    ("CoreWeave switched from H100s to GB200s.", [("coreweave", "gb200", NONE, "actual")]),
    # added from a named maker: bought, a supply deal
    ("Lambda Inc. plans to add GB300 racks from Supermicro.", []),
    ("Analysts compare Trainium3 with Nvidia's GB300.", []),
    # a passive with an unknown user
    ("Intel's Gaudi 3 is used by IBM Cloud.", []),
    # the speaker is not the user
    (
        "Amazon said Anthropic will use Trainium2 through AWS.",
        [("anthropic", "trainium2", cloud("aws"), "announced")],
    ),
    ("Nvidia's Rubin will be used by OpenAI.", []),
    # a lessor letting capacity out
    ("CoreWeave leases GB300 capacity to OpenAI.", []),
    ("AMD is testing its MI450 with OpenAI.", []),
    # training with no provider named is no adoption (written as one first; the pinned
    # extraction tests read it as trains_on's at a site, or as nothing)
    ("DeepSeek trains its models on Ascend 910B clusters.", []),
    # a use given up
    ("Meta stopped using H100s last year.", []),
    ("Meta used to rely on H100 chips alone.", []),
    # tested and refused
    ("Naver tested Gaudi 3 and decided against it.", []),
    # a maker offering servers sells them: no cloud's service
    ("Dell offers MI355X servers.", []),
]

KO_TRAPS: list[tuple[str, list[tuple[Any, ...]]]] = [
    # memory is bought, not adopted; the chip's maker
    ("엔비디아는 블랙웰에 HBM3E를 탑재했다.", []),
    # the maker placing its chip with customers
    ("구글은 TPU를 고객사 데이터센터에 직접 설치하는 방안을 추진하고 있다.", []),
    ("메타는 가우디3를 쓰지 않기로 했다.", []),
    # a count: deployed_chips
    ("오라클은 MI450 5만 개를 들일 계획이다.", []),
    ("MI355X는 H100보다 두 배 빠르다고 카카오는 밝혔다.", []),
    # a technology going into a product: integrates
    ("AWS는 트레이니움4에 NV링크 퓨전을 적용할 계획이다.", []),
    # the maker's brand and an unknown user
    ("퓨리오사AI의 RNGD는 LG AI연구원이 쓰고 있다.", []),
    # a question
    ("메타, 구글 TPU 들이나", []),
    # a server maker's goods
    ("델은 MI355X를 탑재한 서버를 출시했다.", []),
    # a supply, no use
    ("아마존은 앤트로픽에 트레이니움2를 공급한다.", []),
    ("xAI는 H100과 H200을 합쳐 20만 개를 돌리고 있다.", []),
    # the maker installing its chip at a customer's site
    ("AMD는 MI450을 오픈AI 데이터센터에 설치할 예정이다.", []),
    # the goal of another act
    ("삼성전자는 MI355X 검증에 엔지니어 100명을 투입했다.", []),
]


@pytest.mark.parametrize(("text", "expected"), EN_TRAPS)
def test_an_english_trap_gives_no_adoption_or_only_the_right_one(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == reader_alone(text, "en")


@pytest.mark.parametrize(("text", "expected"), KO_TRAPS)
def test_a_korean_trap_gives_no_adoption_or_only_the_right_one(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert expected == reader_alone(text, "ko")


# as the extractor's fallback: the tuned rules' adoption stands, the reader adds no second
FALLBACK = [
    ("Meta is weighing renting TPUs through Google Cloud from 2027.", "en"),
    ("메타는 내년부터 구글 클라우드에서 TPU를 빌려 쓰는 방안을 검토하고 있다.", "ko"),
    ("Kakao uses Gaudi 3 accelerators for its search ranking models.", "en"),
    ("카카오는 가우디3를 검색 모델 추론에 사용하고 있다.", "ko"),
]


@pytest.mark.parametrize(("text", "language"), FALLBACK)
def test_the_extractor_tells_each_use_once(text: str, language: str) -> None:
    adoptions = [r for r in sorted_rows(text, language, PUBLISHED) if r[1] == "adopts"]
    assert len(adoptions) == 1
    assert len({(r[0], r[3]) for r in adoptions}) == len(adoptions)


# roles across a relative pronoun, a preposition's names and a list (session 20, step 2)
MORE = [
    (
        "Anthropic, which rents Ironwood through Google Cloud, also buys Trainium2.",
        "en",
        [("anthropic", "ironwood", cloud("google"), "actual")],
    ),
    (
        "Meta is in talks with Alphabet's Google to rent TPUs through Google Cloud.",
        "en",
        [("meta", "google-tpu", cloud("google"), "considering")],
    ),
    (
        "xAI runs H100 and H200 GPUs in its own data centers.",
        "en",
        [("xai", "h100", ON_PREM, "actual"), ("xai", "h200", ON_PREM, "actual")],
    ),
    (
        "오픈AI는 마이크로소프트 애저를 통해 H100과 H200을 빌려 쓰고 있다.",
        "ko",
        [
            ("openai", "h100", cloud("microsoft"), "actual"),
            ("openai", "h200", cloud("microsoft"), "actual"),
        ],
    ),
    (
        "애플은 구글 클라우드에서 TPU를 빌려 모델을 훈련하고 있다.",
        "ko",
        [("apple", "google-tpu", cloud("google"), "actual")],
    ),
    # a cloud offering its own chip to its customers adopts it (GUIDE)
    (
        "구글은 아이언우드 인스턴스를 클라우드 고객에게 제공하고 있다.",
        "ko",
        [("google", "ironwood", ON_PREM, "actual")],
    ),
    # a maker's own chip at work in its own services (GUIDE)
    (
        "Maia 100, our first in-house accelerator, is serving Copilot traffic in production.",
        "en",
        [("microsoft", "maia-100", ON_PREM, "actual")],
    ),
    # traps: another company's chip at work in a cloud; a chip's speed, no work
    ("H100s serve ChatGPT in Azure data centers.", "en", []),
    ("Trainium3 runs faster than its predecessor, AWS says.", "en", []),
    # traps: the maker placing its chip at customers' sites; a relative clause on a noun
    ("구글은 아이언우드를 고객사 데이터센터에 설치해 주는 사업을 검토하고 있다.", "ko", []),
    ("KT는 가우디3를 도입한 고객사를 소개했다.", "ko", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), MORE)
def test_roles_across_relatives_phrases_and_lists(
    text: str, language: str, expected: list[tuple[Any, ...]]
) -> None:
    assert sorted(expected) == reader_alone(text, language)
