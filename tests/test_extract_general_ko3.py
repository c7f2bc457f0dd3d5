"""General causes behind the Korean extractor's misses on fresh text (the ko-c and ko-d
batches, third round), each pinned by phrasings written for these tests in the register of
different outlets, plus traps that must not yield the claim. Every sentence here is written
for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from tests.extract_support import claim_row, run_extractor
from tracker.extract.quantities import QuantityRecognizer
from tracker.extract.vocabulary import load_vocabulary

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2026, 5, 20, 9, 0, tzinfo=KST)
QUANTITIES = QuantityRecognizer(load_vocabulary())


def rows(text: str, tier: str = "press") -> list[tuple[Any, ...]]:
    return [claim_row(c) for c in run_extractor(text, "ko", PUBLISHED, tier)]


def modalities(text: str, subject: str, predicate: str) -> list[str]:
    return [r[5] for r in rows(text) if r[0] == subject and r[1] == predicate]


# -- a supply that starts later means the product is not on the market yet --------------------
# English reads a future "ship" as an availability word; the Korean "공급한다/공급할/공급하겠"
# is the same word, so the products of such a sentence are upcoming and the specifications the
# document gives for them are announced (GUIDE). A supply under way ("공급하고 있다") wins.

FUTURE_SUPPLY = [
    # a keynote digest: the chip's specs, then its supply from the second half
    (
        "MI450은 HBM4 432GB를 갖췄다.\n\nAMD는 하반기부터 오라클에 MI450을 공급한다고 말했다.",
        ("mi450", "memory_capacity"),
    ),
    # a wire: "공급할 예정" early next year, the spec in a later clause of the same sentence
    (
        "구글은 내년 초부터 클라우드 고객에게 아이언우드를 공급할 예정이며, "
        "아이언우드 칩 하나의 HBM 용량은 192GB다.",
        ("ironwood", "memory_capacity"),
    ),
    # a company's own voice: "공급하겠습니다" next quarter
    (
        "트레이니움3는 HBM3E 144GB를 탑재합니다.\n\n"
        "저희는 다음 분기부터 트레이니움3를 고객들에게 공급하겠습니다.",
        ("trainium3", "memory_capacity"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FUTURE_SUPPLY)
def test_a_spec_of_a_product_whose_supply_starts_later_is_announced(
    text: str, expected: tuple[str, str]
) -> None:
    assert modalities(text, *expected) == ["announced"]


SUPPLY_UNDER_WAY = [
    # supplied now: the product is on the market
    "B200은 HBM3E 192GB를 탑재했다.\n\n엔비디아는 현재 주요 클라우드 업체에 B200을 공급하고 있다.",
    # supplied last year: nothing future about it
    "B200은 HBM3E 192GB를 탑재했다.\n\n엔비디아는 지난해부터 B200을 공급했다.",
    # no supply verb at all
    "B200은 HBM3E 192GB를 탑재했다.",
]


@pytest.mark.parametrize("text", SUPPLY_UNDER_WAY)
def test_a_spec_of_a_product_supplied_now_or_before_stays_actual(text: str) -> None:
    assert modalities(text, "b200", "memory_capacity") == ["actual"]


# -- a figure stated for one GPU of a rack or superchip is the spec of that chip ---------------
# "GPU 한 개에는 …", "GPU당 …", "칩 하나의 …", "per GPU" in a text about a GB300 NVL72, a
# Helios or a CloudMatrix: the vocabulary names each system's accelerator (gpu = …), and the
# figure is that chip's; whether it is out yet is still judged by the system presented.

PER_GPU = [
    # a vendor's datasheet in the polite register, the per-GPU phrase before the figure
    (
        "델의 GB300 NVL72 서버는 블랙웰 울트라 GPU 72개를 랙 하나에 담았습니다. "
        "GPU 한 개에는 HBM3E 288GB가 붙습니다.",
        ("b300", "memory_capacity"),
    ),
    # a trade paper: "GPU당" with the bandwidth, the rack named in the same sentence
    (
        "GB200 NVL72 랙의 메모리 대역폭은 GPU당 8TB/s 수준이다.",
        ("b200", "memory_bandwidth"),
    ),
    # a blog: "칩 하나의" two sentences after the rack was named
    (
        "화웨이의 클라우드매트릭스 384는 지난해부터 중국 내 데이터센터에 깔리고 있다.\n\n"
        "업계 관계자들의 관심은 여전히 뜨겁다.\n\n"
        "FP16 기준 칩 하나의 연산 성능은 780테라플롭스 정도다.",
        ("ascend-910c", "peak_compute"),
    ),
    # English: "per GPU" after the figure
    (
        "The GB200 NVL72 delivers 8TB/s of memory bandwidth per GPU.",
        ("b200", "memory_bandwidth"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PER_GPU)
def test_a_per_gpu_figure_of_a_system_is_its_chips_spec(
    text: str, expected: tuple[str, str]
) -> None:
    language = "en" if text.isascii() else "ko"
    found = [
        (r[0], r[1])
        for r in (claim_row(c) for c in run_extractor(text, language, PUBLISHED, "press"))
        if r[1] in ("memory_capacity", "memory_bandwidth", "peak_compute")
    ]
    assert found == [expected]


def test_a_per_gpu_figure_of_an_upcoming_rack_is_announced() -> None:
    text = (
        "헬리오스 랙은 내년 3분기 출시될 예정이다.\n\n"
        "헬리오스 랙의 GPU 한 개에는 HBM4 432GB가 실린다."
    )
    assert modalities(text, "mi450", "memory_capacity") == ["announced"]


PER_GPU_TRAPS = [
    # a total of the rack, with no per-GPU phrase: not the chip's
    ("GB300 NVL72 랙 하나의 HBM 용량은 20TB에 이른다.", "b300"),
    # the per-GPU phrase governs the rack, not the figure
    ("Every GPU in the GB300 NVL72 rack shares 20TB of HBM3E.", "b300"),
    # a rack total after a per-GPU figure, in the next clause
    ("GB300 NVL72 랙 전체로는 FP4 기준 1.1엑사플롭스에 이른다.", "b300"),
]


@pytest.mark.parametrize(("text", "chip"), PER_GPU_TRAPS)
def test_a_rack_total_is_not_the_chips_spec(text: str, chip: str) -> None:
    language = "en" if text.isascii() else "ko"
    found = [claim_row(c)[0] for c in run_extractor(text, language, PUBLISHED, "press")]
    assert chip not in found


def test_a_per_gpu_figure_of_a_chip_named_itself_stays_its_own() -> None:
    text = "B200은 GPU 한 개에 HBM3E 192GB를 품는다."
    found = [(r[0], r[1]) for r in rows(text)]
    assert found == [("b200", "memory_capacity")]


# -- an amount restated in another currency in parentheses is one fact ------------------------
# GUIDE: "50억 달러(약 6조9000억 원)" is one claim, in the currency stated first. The
# conversion is dropped with the figures that state nothing (like "(prior: 80 kwpm)").

CONVERSIONS = [
    # a Seoul daily: dollars, then won
    ("엔비디아가 인텔에 50억 달러(약 6조9000억 원)를 투자한다.", ("nvidia", 5e9, "USD"), "ko"),
    # a Tokyo wire in translation: dollars, then yen, with "최대"
    (
        "소프트뱅크그룹은 오픈AI에 최대 300억 달러(약 4조 4000억 엔)를 출자한다고 밝혔다.",
        ("softbank", 3e10, "USD"),
        "ko",
    ),
    # won first, with "한화" dropped in: the won is the claim
    (
        "삼성전자는 리벨리온에 1000억 원(약 7000만 달러)을 투자했다.",
        ("samsung", 1e11, "KRW"),
        "ko",
    ),
    # English: "(about ₩…)" after dollars
    (
        "Nvidia invested $5 billion (about 6.9 trillion won) in Intel.",
        ("nvidia", 5e9, "USD"),
        "en",
    ),
]


@pytest.mark.parametrize(("text", "expected", "language"), CONVERSIONS)
def test_a_converted_amount_is_one_investment_in_the_first_currency(
    text: str, expected: tuple[str, float, str], language: str
) -> None:
    found = [
        (r[0], r[4][0], r[4][2])
        for r in (claim_row(c) for c in run_extractor(text, language, PUBLISHED, "press"))
        if r[1] == "investment"
    ]
    assert found == [expected]


NOT_CONVERSIONS = [
    # two amounts in two currencies, not in parentheses: both stand
    (
        "미국 공장에는 370억 달러를, 국내 라인에는 60조 원을 넣는다.",
        [(3.7e10, "USD"), (6e13, "KRW")],
    ),
    # parentheses with an amount in the same currency: a part, not a conversion
    ("총 100억 달러(현금 50억 달러 포함)를 투자한다.", [(1e10, "USD"), (5e9, "USD")]),
    # a count with its cost in parentheses: the first figure is no amount
    ("H100 2만 개(약 8000억 원)를 들였다.", [(2e4, "count"), (8e11, "KRW")]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_CONVERSIONS)
def test_amounts_that_are_not_conversions_all_stay(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.low, q.unit) for q in QUANTITIES.find(text)] == expected


# -- a list of subject-amount pairs sharing one verb: each amount is its own subject's ----------
# "엔비디아가 최대 100억 달러, 마이크로소프트가 최대 50억 달러를 넣는다" gaps the verb of the
# first pair; every amount went to the first subject, and the second subject became the target.

PAIRED = [
    # a feature: the target fronted with "에는"
    "앤트로픽에는 엔비디아가 100억 달러, 마이크로소프트가 50억 달러를 투자한다.",
    # a wire: "최대" on both, the target after the list
    "이번 라운드에서 엔비디아가 최대 100억 달러, 마이크로소프트가 최대 50억 달러를 "
    "앤트로픽에 넣는다.",
    # a column: topic-marked subjects, each pair closed with "를,"
    "엔비디아는 앤트로픽에 100억 달러를, 마이크로소프트는 50억 달러를 투자하기로 했다.",
]


@pytest.mark.parametrize("text", PAIRED)
def test_each_amount_of_a_paired_list_is_its_own_subjects(text: str) -> None:
    found = {(r[0], r[2]["target"], r[4][0]) for r in rows(text) if r[1] == "investment"}
    assert found == {("nvidia", "anthropic", 1e10), ("microsoft", "anthropic", 5e9)}


PAIRED_TRAPS = [
    # one subject, two amounts over time: both are that subject's (no second subject)
    (
        "엔비디아는 코어위브에 지난해 20억 달러, 올해 40억 달러를 투자했다.",
        {"nvidia"},
    ),
    # two companies joined before one sum: nobody's own amount
    (
        "오픈AI와 소프트뱅크는 스타게이트에 모두 5000억 달러를 투자한다.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "investors"), PAIRED_TRAPS)
def test_a_list_without_a_subject_per_amount_is_not_paired(text: str, investors: set[str]) -> None:
    assert {r[0] for r in rows(text) if r[1] == "investment"} == investors


# -- a figure stated for one memory stack is the memory's, not a chip's -------------------------
# "스택당 대역폭은 2.8TB/s", "12단 기준 용량은 36GB", "each HBM4 stack delivers …" in a text
# that names a GPU: the chip in focus took the memory part's figure as its own spec.

PER_STACK = [
    # a memory maker's call, in the polite register
    (
        "AMD MI450용 HBM4 공급을 협의하고 있습니다. "
        "12단 기준 용량은 36GB, 스택당 대역폭은 2.8TB/s를 넘습니다.",
        "ko",
    ),
    # a trade paper: "스택 하나의"
    (
        "SK하이닉스는 루빈에 들어갈 HBM4를 양산한다. 스택 하나의 대역폭은 2TB/s 수준이다.",
        "ko",
    ),
    # English: "each HBM4 stack"
    ("Micron is shipping HBM4 for the MI450. Each HBM4 stack delivers 2.8TB/s of bandwidth.", "en"),
    # English: "per stack" after the figure
    ("Samsung's HBM4 for the Rubin GPU offers 36GB per stack.", "en"),
]


@pytest.mark.parametrize(("text", "language"), PER_STACK)
def test_a_per_stack_figure_is_no_chip_spec(text: str, language: str) -> None:
    specs = ("memory_capacity", "memory_bandwidth", "peak_compute")
    found = [c for c in run_extractor(text, language, PUBLISHED, "press") if c.predicate in specs]
    assert found == []


STACKS_OF_A_CHIP = [
    # the chip's total built of stacks: its own spec
    ("B300은 HBM3E 12단 스택 8개로 288GB의 메모리를 갖췄다.", "ko"),
    ("The B300 carries eight 12-high stacks for 288GB of HBM3E.", "en"),
]


@pytest.mark.parametrize(("text", "language"), STACKS_OF_A_CHIP)
def test_a_chips_total_built_of_stacks_stays_its_spec(text: str, language: str) -> None:
    found = [
        (r[0], r[1], r[4][0])
        for r in (claim_row(c) for c in run_extractor(text, language, PUBLISHED, "press"))
    ]
    assert ("b300", "memory_capacity", 2.88e11) in found
