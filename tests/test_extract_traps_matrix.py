"""Precision traps found from matrices of phrasings (not from gold articles): sentences that
name vocabulary entities, chips and figures but state no claim, or another one, each beside
a positive twin of the same shape that does state it. Every sentence here is written for
these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.extract_support import extract_rows, fact_of

PUBLISHED = datetime(2026, 6, 12, 9, 0, tzinfo=UTC)


def facts(text: str, language: str = "en") -> set[tuple[Any, ...]]:
    return {fact_of(r) for r in extract_rows(text, language, PUBLISHED)}


# -- English hypotheses and indirect questions ----------------------------------------------
# An if-clause or a question put in indirect speech states no fact: from the word that opens
# it to the next comma nothing is claimed. Deliberation ("weighing whether to") stays a
# considering cue; a hedge on a figure ("if not more") and a condition after the claim ("if
# regulators approve") leave the claim standing.

HELD_OPEN = [
    "If Meta bought 100,000 TPUs, it would be Google's largest customer.",
    "If Amazon invested $8 billion in Anthropic, its stake would rise.",
    "Even if xAI deployed 1 million GPUs at Colossus 2, it would still trail Meta.",
    "Analysts asked whether Meta would buy TPUs from Google.",
    "It is unclear whether Meta will deploy 100,000 TPUs next year.",
    "Whether Microsoft deploys 100,000 GB200s at Fairwater depends on power.",
    "Meta would become Google's largest TPU customer if it bought 100,000 TPUs.",
    "Asked whether xAI would buy Tesla's Dojo chips, Musk said no.",
]

HELD_OPEN_TWINS = [
    (
        "If approved, Amazon will invest $8 billion in Anthropic.",
        ("amazon", "investment", (("target", "anthropic"),), None, 8e9, "planned"),
    ),
    (
        "Meta is weighing whether it will use Google's TPUs from 2027.",
        ("meta", "adopts", (), "google-tpu", None, "considering"),
    ),
    (
        "If the permits come through, xAI will deploy 1 million GPUs at Colossus 2.",
        ("colossus-2", "deployed_chips", (), None, 1e6, "announced"),
    ),
    (
        "Meta will deploy 100,000 TPUs if regulators approve the deal.",
        ("meta", "supply_deal", (("product", "google-tpu"),), "google", 1e5, "planned"),
    ),
]


@pytest.mark.parametrize("text", HELD_OPEN)
def test_an_english_hypothesis_or_indirect_question_states_no_claim(text: str) -> None:
    assert set() == facts(text)


@pytest.mark.parametrize(("text", "expected"), HELD_OPEN_TWINS)
def test_a_condition_outside_the_claim_leaves_it_standing(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert expected in facts(text)


# -- money a stake is worth or was sold for ----------------------------------------------------
# The market value of a holding ("is now worth", "valued at", "지분 가치는", "평가액은") and a
# holding sold ("sold its $5.8 billion stake", "지분 … 매각했다") are no money put in. A stake
# taken or bought, and the gain on money invested ("50억 달러의 평가이익"), stay investments.

STAKE_VALUES = [
    ("Amazon's stake in Anthropic is now worth about $60 billion.", "en"),
    ("Google's 14% stake in Anthropic, valued at about $30 billion, is its largest.", "en"),
    ("The value of Amazon's stake in Anthropic has climbed to $60 billion.", "en"),
    ("Amazon's holding in Anthropic has grown to $60 billion.", "en"),
    ("SoftBank sold its $5.8 billion stake in Nvidia.", "en"),
    ("SoftBank is selling $2 billion of its Nvidia shares.", "en"),
    ("아마존이 보유한 앤트로픽 지분 가치는 약 600억 달러에 달한다.", "ko"),
    ("구글이 보유한 앤트로픽 지분의 평가액은 300억 달러다.", "ko"),
    ("소프트뱅크는 엔비디아 지분 58억 달러어치를 매각했다.", "ko"),
]

STAKE_TWINS = [
    ("Nvidia took a stake worth $2 billion in Anthropic.", "en", "nvidia", "anthropic", 2e9),
    ("Nvidia bought a $5 billion stake in Intel.", "en", "nvidia", "intel", 5e9),
    (
        "Microsoft invested $5 billion in Anthropic, and the stake is now worth far more.",
        "en",
        "microsoft",
        "anthropic",
        5e9,
    ),
    ("구글은 앤트로픽에 20억 달러를 투자해 지분 14%를 확보했다.", "ko", "google", "anthropic", 2e9),
    (
        "엔비디아가 인텔 지분 인수에 들인 50억 달러의 평가이익이 커졌다.",
        "ko",
        "nvidia",
        "intel",
        5e9,
    ),
]


@pytest.mark.parametrize(("text", "language"), STAKE_VALUES)
def test_a_stakes_worth_or_sale_is_no_investment(text: str, language: str) -> None:
    assert set() == facts(text, language)


@pytest.mark.parametrize(("text", "language", "investor", "target", "amount"), STAKE_TWINS)
def test_a_stake_taken_stays_an_investment(
    text: str, language: str, investor: str, target: str, amount: float
) -> None:
    expected = (investor, "investment", (("target", target),), None, amount, "actual")
    assert expected in facts(text, language)


# -- a pact to evaluate, a qualification under way, samples sent -------------------------------
# The deal word is there ("signed", "맺었다", "공급"), but what the parties agreed is a test: no
# supply deal. A supply clause beside it ("and is in talks over volume supply") still states
# its own deal.

TRIALS = [
    ("Samsung signed an MoU with Nvidia to evaluate HBM4.", "en"),
    ("Samsung and Nvidia signed an agreement to jointly develop HBM4.", "en"),
    ("Samsung's HBM4 is still undergoing Nvidia's qualification tests.", "en"),
    ("Samsung shipped HBM4 samples to Nvidia in March.", "en"),
    ("SK hynix signed a joint development agreement with TSMC for HBM4 base dies.", "en"),
    ("삼성전자는 엔비디아와 HBM4 평가를 위한 양해각서를 맺었다.", "ko"),
    ("삼성전자는 HBM4 공급을 위해 엔비디아의 품질 테스트를 받고 있다.", "ko"),
    ("삼성전자는 지난달 엔비디아에 HBM4 샘플을 공급했다.", "ko"),
    ("삼성전자는 엔비디아와 HBM4 공동 개발을 위한 업무협약을 체결했다.", "ko"),
]

TRIAL_TWINS = [
    ("Samsung signed a deal with Nvidia to supply HBM4.", "en", "actual"),
    (
        "Samsung shipped HBM4 samples to Nvidia and is in talks with Nvidia over volume "
        "supply of HBM4.",
        "en",
        "considering",
    ),
    ("삼성전자는 엔비디아와 HBM4 공급 계약을 맺었다.", "ko", "actual"),
    ("삼성전자는 엔비디아의 품질 테스트를 통과하고 HBM4를 공급하기 시작했다.", "ko", "actual"),
]


@pytest.mark.parametrize(("text", "language"), TRIALS)
def test_a_pact_to_evaluate_or_samples_sent_is_no_supply_deal(text: str, language: str) -> None:
    assert set() == facts(text, language)


@pytest.mark.parametrize(("text", "language", "modality"), TRIAL_TWINS)
def test_a_supply_deal_beside_a_trial_stays(text: str, language: str, modality: str) -> None:
    expected = ("nvidia", "supply_deal", (("product", "hbm4"),), "samsung", None, modality)
    assert expected in facts(text, language)


# -- a specification's owner, and a measured result --------------------------------------------
# A figure a product owns ("the B200's 4.5 petaflops", "1.3 petaflops for Trainium2", "H100의
# 3.35TB/s") is that product's, even when the product is only compared with the sentence's
# own; a figure set beside for comparison with no owner ("twice the 72 GB") is no one's; a
# benchmark's or a measurement's result is no rated specification.


def specs(text: str, language: str = "en") -> set[tuple[Any, ...]]:
    return {(r[0], r[1], r[4][0]) for r in extract_rows(text, language, PUBLISHED)}


SPEC_OWNERS = [
    (
        "Ironwood offers 4.6 petaflops of FP8, roughly matching the B200's 4.5 petaflops.",
        "en",
        {("ironwood", "peak_compute", 4.6e15), ("b200", "peak_compute", 4.5e15)},
    ),
    (
        "Compared with the H100's 3.35 TB/s, Ironwood's 7.4 TB/s is more than double.",
        "en",
        {("h100", "memory_bandwidth", 3.35e12), ("ironwood", "memory_bandwidth", 7.4e12)},
    ),
    (
        "Trainium3 offers 2.52 petaflops of FP8, up from 1.3 petaflops for Trainium2.",
        "en",
        {("trainium3", "peak_compute", 2.52e15), ("trainium2", "peak_compute", 1.3e15)},
    ),
    (
        "Trainium3 comes with 144 GB of HBM3E, twice the 72 GB of its predecessor.",
        "en",
        {("trainium3", "memory_capacity", 1.44e11)},
    ),
    (
        "아이언우드의 메모리 대역폭은 7.4TB/s로 H100의 3.35TB/s의 두 배가 넘는다.",
        "ko",
        {("ironwood", "memory_bandwidth", 7.4e12), ("h100", "memory_bandwidth", 3.35e12)},
    ),
    # twins: a plain rating
    (
        "Ironwood delivers 4.6 petaflops of FP8 compute per chip.",
        "en",
        {("ironwood", "peak_compute", 4.6e15)},
    ),
    ("The MI355X carries 288 GB of HBM3E memory.", "en", {("mi355x", "memory_capacity", 2.88e11)}),
    (
        "아이언우드는 FP8 기준 4.6페타플롭스의 연산 성능을 낸다.",
        "ko",
        {("ironwood", "peak_compute", 4.6e15)},
    ),
    ("The H100 offers 1,979 teraflops of FP8 at peak.", "en", {("h100", "peak_compute", 1.979e15)}),
]

MEASURED = [
    ("In SemiAnalysis tests, the MI300X achieved 1.3 petaflops of FP16.", "en"),
    ("The B200 reached 3.9 TB/s in our memory benchmark.", "en"),
    ("In MLPerf runs, the B200 sustained 3.1 petaflops of FP8.", "en"),
    ("Independent measurements put the MI300X at 1.2 petaflops of FP16.", "en"),
    ("한 벤치마크에서 MI300X는 FP16 1.3페타플롭스를 기록했다.", "ko"),
    ("MI300X는 실측 결과 FP16 1.2페타플롭스에 그쳤다.", "ko"),
    ("In practice, the H100 sustains about 600 teraflops of FP8, well below its peak.", "en"),
    ("Real-world throughput on the MI300X was 1.1 petaflops of FP16, SemiAnalysis found.", "en"),
    ("Users report 2.8 TB/s of effective bandwidth on the H100.", "en"),
    ("실사용 환경에서 H100의 FP8 성능은 약 600테라플롭스에 그친다.", "ko"),
    ("사용자들은 H100의 실효 대역폭이 2.8TB/s라고 전했다.", "ko"),
]


@pytest.mark.parametrize(("text", "language", "expected"), SPEC_OWNERS)
def test_a_specification_goes_to_the_product_that_owns_it(
    text: str, language: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == specs(text, language)


@pytest.mark.parametrize(("text", "language"), MEASURED)
def test_a_measured_result_is_no_rated_specification(text: str, language: str) -> None:
    assert set() == specs(text, language)


# -- a site named only as the point of comparison ----------------------------------------------
# "1.3 million GPUs, more than xAI's 200,000 at Colossus": a cluster named after a count across
# a comparison ("more than", "far more than", "보다", "에 비해") is not where that count runs.


def fleets(text: str, language: str) -> set[tuple[Any, ...]]:
    return {
        (r[0], r[4][0]) for r in extract_rows(text, language, PUBLISHED) if r[1] == "deployed_chips"
    }


COMPARED_SITES = [
    (
        "Meta has a fleet of 1.3 million GPUs, more than xAI's 200,000 at Colossus.",
        "en",
        ("meta", 1.3e6),
    ),
    (
        "Microsoft runs 400,000 GB200s, far more than the 100,000 GPUs at Colossus.",
        "en",
        ("microsoft", 4e5),
    ),
    ("메타는 GPU 130만 개를 보유해 콜로서스의 20만 개보다 많다.", "ko", ("meta", 1.3e6)),
    (
        "마이크로소프트는 GB200 40만 개를 운영해 콜로서스에 비해 두 배가 많다.",
        "ko",
        ("microsoft", 4e5),
    ),
    # twins: the site is where the count runs
    ("xAI runs 200,000 GPUs at Colossus.", "en", ("colossus", 2e5)),
    ("Oracle will install 450,000 GB200s at Stargate in Abilene.", "en", ("stargate", 4.5e5)),
    ("오라클은 GB200 45만 개를 스타게이트에 설치할 계획이다.", "ko", ("stargate", 4.5e5)),
]


@pytest.mark.parametrize(("text", "language", "expected"), COMPARED_SITES)
def test_a_site_named_only_for_comparison_is_not_the_counts_site(
    text: str, language: str, expected: tuple[Any, ...]
) -> None:
    found = fleets(text, language)
    assert expected in found
    assert not {f for f in found if f[1] == expected[1] and f[0] != expected[0]}


# -- more statements held open: a Korean question, a counterfactual, a weighing passed over -----
# "…배치할까." ends the sentence as a question; "would have covered 400,000 GB200s" tells what
# did not happen; "considered TPUs in 2024 but chose Nvidia instead" ends the weighing. None
# is a claim; "would have 1.3 million GPUs" (a holding in reported speech), "…할까 검토하고
# 있다" (a question weighed) and a weighing with no choice after it stay.

MORE_HELD_OPEN = [
    ("xAI가 콜로서스 2에 GPU 100만 개를 배치할까.", "ko"),
    ("엔비디아가 앤트로픽에 100억 달러를 투자할까.", "ko"),
    ("The deal, which Oracle denied, would have covered 400,000 GB200s.", "en"),
    ("Amazon could have invested $8 billion in Anthropic last year.", "en"),
    ("Meta considered TPUs in 2024 but chose Nvidia instead.", "en"),
    ("Meta looked at Google's TPUs last year but opted for AMD's MI450.", "en"),
    ("메타는 TPU 도입을 검토했지만 결국 AMD를 택했다.", "ko"),
]

MORE_HELD_OPEN_TWINS = [
    (
        "Meta said it would have 1.3 million GPUs by the end of the year.",
        "en",
        ("meta", "deployed_chips", (), None, 1.3e6, "planned"),
    ),
    (
        "엔비디아는 앤트로픽에 100억 달러를 투자할까 검토하고 있다.",
        "ko",
        ("nvidia", "investment", (("target", "anthropic"),), None, 1e10, "considering"),
    ),
    (
        "Meta is weighing Google TPUs, people familiar said.",
        "en",
        ("meta", "adopts", (), "google-tpu", None, "considering"),
    ),
]


@pytest.mark.parametrize(("text", "language"), MORE_HELD_OPEN)
def test_a_question_a_counterfactual_or_a_passed_over_option_is_no_claim(
    text: str, language: str
) -> None:
    assert set() == facts(text, language)


@pytest.mark.parametrize(("text", "language", "expected"), MORE_HELD_OPEN_TWINS)
def test_a_statement_beside_those_shapes_stays(
    text: str, language: str, expected: tuple[Any, ...]
) -> None:
    assert expected in facts(text, language)


# -- a report the sentence rules false ----------------------------------------------------------
# "Reports that Microsoft would buy 100,000 TPUs were false", "…구매한다는 보도는 사실이 아닌
# 것으로 확인됐다": the report is relayed only to be denied (the fact-check verdict now reads
# a report, story or article as relayed, and the Korean denial reads 아닌 / 아님 as 아니).

RULED_FALSE = [
    ("Reports that Microsoft would buy 100,000 TPUs were false, the company said.", "en"),
    ("The story that Oracle runs 400,000 GB200s at Stargate is false.", "en"),
    ("An article claiming Meta bought 100,000 TPUs turned out to be wrong.", "en"),
    ("오라클이 GB200 40만 개를 구매한다는 보도는 사실이 아닌 것으로 확인됐다.", "ko"),
    ("오라클이 GB200 40만 개를 구매했다는 보도는 사실이 아님이 드러났다.", "ko"),
]

RULED_FALSE_TWINS = [
    (
        "Microsoft will buy 100,000 TPUs from Google, reports said.",
        "en",
        ("microsoft", "supply_deal", (("product", "google-tpu"),), "google", 1e5, "planned"),
    ),
    (
        "오라클은 엔비디아에서 GB200 40만 개를 구매했다고 밝혔다.",
        "ko",
        ("oracle", "supply_deal", (("product", "gb200"),), "nvidia", 4e5, "actual"),
    ),
]


@pytest.mark.parametrize(("text", "language"), RULED_FALSE)
def test_a_report_ruled_false_is_no_claim(text: str, language: str) -> None:
    assert set() == facts(text, language)


@pytest.mark.parametrize(("text", "language", "expected"), RULED_FALSE_TWINS)
def test_a_report_relayed_without_a_verdict_stays(
    text: str, language: str, expected: tuple[Any, ...]
) -> None:
    assert expected in facts(text, language)


# -- a count of other things --------------------------------------------------------------------
# A count that names regions, sites or customers ("16개 데이터센터 리전", "16 data-center
# regions") counts no chips, whatever chip the clause names; "racked" (installed) is no rack
# holding the count.

OTHER_COUNTS = [
    (
        "메타는 MTIA를 공개했다. "
        "메타는 이 칩이 이미 16개 데이터센터 리전에서 가동되고 있다고 밝혔다.",
        "ko",
    ),
    ("Meta unveiled MTIA. Meta said the chip already runs in 16 data-center regions.", "en"),
    ("We intend to have about 30,000 of those H100s racked by the end of 2026.", "en"),
]

OTHER_COUNT_TWINS = [
    (
        "메타는 MTIA 3만 개를 16개 데이터센터에 배치했다.",
        "ko",
        ("meta", "deployed_chips", (("chip", "mtia"),), None, 3e4, "actual"),
    ),
    (
        "Each GB200 NVL72 rack holds 72 Blackwell GPUs.",
        "en",
        ("gb200", "chips_per_system", (), None, 72.0, "actual"),
    ),
]


@pytest.mark.parametrize(("text", "language"), OTHER_COUNTS)
def test_a_count_of_regions_or_a_racked_fleet_is_no_chip_claim(text: str, language: str) -> None:
    assert not {f for f in facts(text, language) if f[1] in ("deployed_chips", "chips_per_system")}


@pytest.mark.parametrize(("text", "language", "expected"), OTHER_COUNT_TWINS)
def test_a_chip_count_beside_other_counts_stays(
    text: str, language: str, expected: tuple[Any, ...]
) -> None:
    assert expected in facts(text, language)


# -- a system's figure is no chip's -------------------------------------------------------------
# "2 TB of HBM3E per server", "13.4 TB per rack", "울트라서버 한 대의 연산 성능은 …": the total of
# one server, rack or pod, not the rating of the chip the sentence (or the one before) names.

SYSTEM_FIGURES = [
    ("The MI325X platform puts eight GPUs on one board, for 2 TB of HBM3E per server.", "en", 2e12),
    ("Each GB200 NVL72 offers 13.4 TB of HBM3E per rack.", "en", 1.34e13),
    (
        "트레이니움2 칩 하나는 FP8 기준 1.3페타플롭스를 낸다. "
        "울트라서버 한 대의 연산 성능은 83.2페타플롭스다.",
        "ko",
        8.32e16,
    ),
    ("트레이니움2는 칩당 HBM 96GB를 갖췄다. 서버 한 대에는 모두 1.5TB가 들어간다.", "ko", 1.5e12),
]

SYSTEM_FIGURE_TWINS = [
    ("Each MI325X carries 256 GB of HBM3E, or 2 TB per eight-GPU server.", "en", 2.56e11),
    ("트레이니움2 칩 하나의 연산 성능은 FP8 기준 1.3페타플롭스다.", "ko", 1.3e15),
]


def spec_values(text: str, language: str) -> set[float]:
    units = ("FLOP/s", "B", "B/s")
    return {r[4][0] for r in extract_rows(text, language, PUBLISHED) if r[4] and r[4][2] in units}


@pytest.mark.parametrize(("text", "language", "value"), SYSTEM_FIGURES)
def test_a_figure_per_server_or_rack_is_no_chip_specification(
    text: str, language: str, value: float
) -> None:
    assert value not in spec_values(text, language)


@pytest.mark.parametrize(("text", "language", "value"), SYSTEM_FIGURE_TWINS)
def test_a_chips_own_figure_beside_a_systems_stays(text: str, language: str, value: float) -> None:
    assert {value} == spec_values(text, language)


# -- a statement quantified by zero -------------------------------------------------------------
# "No Meta data center runs Google TPUs", "0 - Meta sites running MI450 today", "in zero of its
# data centers", "쓰는 곳은 0곳이다": the verb is affirmative but its doers are none. A clause
# after the zero ("…, although Meta said it will deploy MI450 next year") keeps its own claim.

ZEROS = [
    ("0 - Meta sites running AMD MI450 today.", "en"),
    ("Zero Meta data centers run Google TPUs today.", "en"),
    ("No Meta data center runs Google TPUs today.", "en"),
    ("Meta runs Google TPUs in zero of its data centers.", "en"),
    ("메타 데이터센터 중 TPU를 쓰는 곳은 0곳이다.", "ko"),
]

ZERO_TWINS = [
    (
        "0 - Meta sites running AMD MI450 today, although Meta said it will deploy MI450 next "
        "year.",
        "en",
        {("meta", "adopts", (), "mi450", None, "announced")},
    ),
    (
        "Meta runs Google TPUs in two of its data centers.",
        "en",
        {("meta", "adopts", (("mode", "on-prem"),), "google-tpu", None, "actual")},
    ),
    (
        "No wonder Meta runs Google TPUs in its data centers.",
        "en",
        {("meta", "adopts", (("mode", "on-prem"),), "google-tpu", None, "actual")},
    ),
]


@pytest.mark.parametrize(("text", "language"), ZEROS)
def test_a_statement_whose_doers_are_none_is_no_claim(text: str, language: str) -> None:
    assert set() == facts(text, language)


@pytest.mark.parametrize(("text", "language", "expected"), ZERO_TWINS)
def test_a_clause_beyond_the_zero_stays(
    text: str, language: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, language)


# -- samples shipped, told after them; money a noun names as something else --------------------

MORE_NOT_DEALS = [
    ("SK hynix displayed HBM4 samples that it said had already been shipped to Nvidia.", "en"),
    ("Amazon, which backs Anthropic, reported AWS revenue of $33 billion.", "en"),
    ("Nvidia put money into OpenAI, which has a cloud backlog of $300 billion.", "en"),
]

MORE_NOT_DEAL_TWINS = [
    (
        "ASML put €1.3 billion into Mistral AI, and Oracle's shares rose on a cloud backlog "
        "of $455 billion.",
        "en",
        {("asml", "investment", (("target", "mistral"),), None, 1.3e9, "actual")},
    ),
]


@pytest.mark.parametrize(("text", "language"), MORE_NOT_DEALS)
def test_samples_told_after_or_money_named_as_revenue_is_no_claim(text: str, language: str) -> None:
    assert set() == facts(text, language)


@pytest.mark.parametrize(("text", "language", "expected"), MORE_NOT_DEAL_TWINS)
def test_an_investment_beside_a_backlog_stays(
    text: str, language: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, language)


# -- denials said other ways ----------------------------------------------------------------
# "선을 그었다", "반박했다", "부정했다", "일축했다", "pushed back on", "refuted", "rejected",
# "disputed", a quoted verdict ('called reports … "inaccurate"'), and a post (글, 게시물)
# relayed before the denial: what is denied is no claim.

DENIALS = [
    (
        "'삼성전자가 엔비디아에 HBM4를 공급하기 시작했다'는 글이 돌았지만, 삼성 측은 '아직 "
        "테스트 단계'라며 선을 그었다.",
        "ko",
    ),
    ("오라클이 GB200 40만 개를 구매했다는 보도를 오라클은 즉각 반박했다.", "ko"),
    ("구글은 메타에 TPU를 공급한다는 소문을 부정했다.", "ko"),
    ("Oracle pushed back on reports that it bought 400,000 GB200s.", "en"),
    ("Google refuted a report that it would supply TPUs to Meta.", "en"),
    ('Nvidia called reports that it will invest $10 billion in Anthropic "inaccurate".', "en"),
]

DENIAL_TWINS = [
    (
        "구글은 메타에 TPU를 공급한다고 밝혔다.",
        "ko",
        ("meta", "supply_deal", (("product", "google-tpu"),), "google", None, "actual"),
    ),
    (
        "Nvidia will invest $10 billion in Anthropic, the company said.",
        "en",
        ("nvidia", "investment", (("target", "anthropic"),), None, 1e10, "announced"),
    ),
]


@pytest.mark.parametrize(("text", "language"), DENIALS)
def test_a_report_denied_in_other_words_is_no_claim(text: str, language: str) -> None:
    assert set() == facts(text, language)


@pytest.mark.parametrize(("text", "language", "expected"), DENIAL_TWINS)
def test_the_same_statement_undenied_stays(
    text: str, language: str, expected: tuple[Any, ...]
) -> None:
    assert expected in facts(text, language)


# -- a clause cut off, and a target named by a name the vocabulary lacks ----------------------
# "오픈AI가 트레이니움을 쓴다는." never says who holds it true; "put $1.5 billion into G42 last
# year" names its own target (no entity), and the time after it names none.

CUT_OFF_OR_UNNAMED = [
    ("오픈AI가 트레이니움을 쓴다는.", "ko"),
    (
        "Microsoft, which put $1.5 billion into G42 last year, is not part of the Stargate UAE "
        "consortium.",
        "en",
    ),
]

CUT_OFF_TWINS = [
    (
        "오픈AI가 트레이니움을 쓴다는 보도가 나왔다.",
        "ko",
        ("openai", "adopts", (), "trainium", None, "actual"),
    ),
    (
        "Microsoft put $1.5 billion into OpenAI last year.",
        "en",
        ("microsoft", "investment", (("target", "openai"),), None, 1.5e9, "actual"),
    ),
]


@pytest.mark.parametrize(("text", "language"), CUT_OFF_OR_UNNAMED)
def test_a_cut_off_clause_or_a_target_outside_the_vocabulary_is_no_claim(
    text: str, language: str
) -> None:
    assert set() == facts(text, language)


@pytest.mark.parametrize(("text", "language", "expected"), CUT_OFF_TWINS)
def test_the_whole_clause_or_a_known_target_stays(
    text: str, language: str, expected: tuple[Any, ...]
) -> None:
    assert expected in facts(text, language)


# -- Korean money named first as a budget, revenue or market value ------------------------------

KO_NAMED_MONEY = [
    "정부 GPU 확보 사업자 선정…네이버·카카오도\n\n과학기술정보통신부가 추경 예산 1조4600억 원을 "
    "들여 추진한 '첨단 GPU 사업'의 수행 사업자로 NHN클라우드, 네이버클라우드, 카카오 등 3곳이 "
    "선정됐다.",
]

KO_NAMED_MONEY_TWINS = [
    ("카카오는 네이버클라우드에 총 5000억 원을 투자했다.", 5e11),
]


@pytest.mark.parametrize("text", KO_NAMED_MONEY)
def test_korean_money_named_as_a_budget_is_no_investment(text: str) -> None:
    assert not {f for f in facts(text, "ko") if f[1] == "investment"}


@pytest.mark.parametrize(("text", "amount"), KO_NAMED_MONEY_TWINS)
def test_korean_money_put_in_stays(text: str, amount: float) -> None:
    assert ("kakao", "investment", (("target", "naver"),), None, amount, "actual") in facts(
        text, "ko"
    )


# -- what someone else wants of a company -----------------------------------------------------
# "Analysts want Meta to reach …", "OpenAI asked Microsoft to supply …", "…확보해야 한다고
# 주장했다", "…공급을 요청했지만": a wish or a request, no plan or deal of the company's.
# "Meta wants to reach" (its own want) and "Analysts expect Meta to" (a forecast) stay.

WISHES = [
    ("Analysts want Meta to reach 1 million GPUs by 2027.", "en"),
    ("Investors are pressing Amazon to invest another $4 billion in Anthropic.", "en"),
    ("OpenAI asked Microsoft to supply 100,000 GB200s, but Microsoft has not agreed.", "en"),
    ("애널리스트들은 메타가 2027년까지 GPU 100만 개를 확보해야 한다고 주장했다.", "ko"),
    (
        "오픈AI는 마이크로소프트에 GB200 10만 개 공급을 요청했지만 마이크로소프트는 아직 응하지 "
        "않았다.",
        "ko",
    ),
]

WISH_TWINS = [
    (
        "Meta wants to reach 1 million GPUs by 2027.",
        "en",
        ("meta", "deployed_chips", (), None, 1e6, "planned"),
    ),
    (
        "Analysts expect Meta to reach 1 million GPUs by 2027.",
        "en",
        ("meta", "deployed_chips", (), None, 1e6, "forecast"),
    ),
    (
        "메타는 2027년까지 GPU 100만 개를 확보할 계획이다.",
        "ko",
        ("meta", "deployed_chips", (), None, 1e6, "planned"),
    ),
    (
        "메타는 엔비디아에 H100 35만 개를 주문했다.",
        "ko",
        ("meta", "supply_deal", (("product", "h100"),), "nvidia", 3.5e5, "actual"),
    ),
]


@pytest.mark.parametrize(("text", "language"), WISHES)
def test_a_wish_or_request_of_a_company_is_no_claim(text: str, language: str) -> None:
    assert set() == facts(text, language)


@pytest.mark.parametrize(("text", "language", "expected"), WISH_TWINS)
def test_a_companys_own_want_or_a_forecast_stays(
    text: str, language: str, expected: tuple[Any, ...]
) -> None:
    assert expected in facts(text, language)


# -- a company named only as the contrast or the point of comparison -----------------------------
# "Google, not Meta, bought 100,000 TPUs", "…deal dwarfs Meta's 100,000 GPUs", "unlike Amazon":
# the company after ", not", "unlike", "dwarfs", "trails", "ahead of" is no party to the claim.

CONTRASTED = [
    (
        "Google, not Meta, bought 100,000 TPUs.",
        {("google", "deployed_chips", (("chip", "google-tpu"),), None, 1e5, "actual")},
    ),
    (
        "Anthropic's 1 million TPU deal dwarfs Meta's 100,000 GPUs.",
        {("anthropic", "supply_deal", (("product", "google-tpu"),), "google", 1e6, "actual")},
    ),
    ("Microsoft has put nothing into Anthropic, unlike Amazon.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CONTRASTED)
def test_a_contrasted_or_compared_company_is_no_party(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text)


# -- the subject beside an apposition ------------------------------------------------------------
# "Amazon, Anthropic's biggest backer, has deployed …" is Amazon's; in "Meta, whose rival xAI
# runs 200,000 GPUs, …" the relative clause's own subject xAI runs them ("rival" as a noun
# compares nothing; "rivals" / "could rival" as a verb still does).

APPOSITIONS = [
    (
        "Amazon, Anthropic's biggest backer, has deployed 500,000 Trainium2 chips.",
        ("amazon", "deployed_chips", (("chip", "trainium2"),), None, 5e5, "actual"),
    ),
    (
        "Meta, whose rival xAI runs 200,000 GPUs, declined to give its own count.",
        ("xai", "deployed_chips", (), None, 2e5, "actual"),
    ),
    (
        "Meta, which runs 350,000 H100s, declined to comment.",
        ("meta", "deployed_chips", (("chip", "h100"),), None, 3.5e5, "actual"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIONS)
def test_the_subject_beside_an_apposition_or_a_relative_clause(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert {expected} == facts(text)


# -- a count summed over several systems -----------------------------------------------------
# "Ten GB200 NVL72 racks hold 720 GPUs in all", "랙 열 대에는 모두 GPU 720개가", "랙 여러 대를
# 합쳐": the total of several racks, not one rack's fill; one system's fill, "총" or not, stays.

SUMMED = [
    ("Ten GB200 NVL72 racks hold 720 GPUs in all.", "en"),
    ("The GB200 NVL72 racks in the hall hold 720 GPUs combined.", "en"),
    ("GB200 NVL72 랙 열 대에는 모두 GPU 720개가 들어간다.", "ko"),
    ("GB200 NVL72 랙 여러 대를 합쳐 GPU 720개가 들어간다.", "ko"),
]

SUMMED_TWINS = [
    ("Each Trn2 server holds 16 Trainium2 chips.", "en", ("trainium2", 16.0)),
    ("GB200 NVL72 랙 한 대에는 블랙웰 GPU 72개가 들어간다.", "ko", ("gb200", 72.0)),
    ("헬리오스 랙 하나에 MI450 72개가 들어간다.", "ko", ("helios", 72.0)),
]


def fills(text: str, language: str) -> set[tuple[Any, ...]]:
    return {
        (r[0], r[4][0])
        for r in extract_rows(text, language, PUBLISHED)
        if r[1] == "chips_per_system"
    }


@pytest.mark.parametrize(("text", "language"), SUMMED)
def test_a_count_summed_over_several_systems_is_no_systems_fill(text: str, language: str) -> None:
    assert set() == fills(text, language)


@pytest.mark.parametrize(("text", "language", "expected"), SUMMED_TWINS)
def test_one_systems_fill_stays(text: str, language: str, expected: tuple[Any, ...]) -> None:
    assert {expected} == fills(text, language)


# -- a figure whose owner is named as a possessive ---------------------------------------------
# "…, and Microsoft's fleet holds 150,000", "…, and Google's stake rests on $3bn",
# "…, 마이크로소프트의 보유량은 15만 개다": the possessive names whose figure it is; the company
# of the clause before it (or the sentence's topic) does not own it. "…at the site, with AWS
# saying it'll get to 1M" keeps the site's count.

POSSESSED = [
    (
        "Meta runs 350,000 H100s, and Microsoft's fleet holds 150,000.",
        "en",
        {
            ("meta", "deployed_chips", (("chip", "h100"),), None, 3.5e5, "actual"),
            ("microsoft", "deployed_chips", (("chip", "h100"),), None, 1.5e5, "actual"),
        },
    ),
    (
        "메타는 H100 35만 개를 운영하고, 마이크로소프트의 보유량은 15만 개다.",
        "ko",
        {
            ("meta", "deployed_chips", (("chip", "h100"),), None, 3.5e5, "actual"),
            ("microsoft", "deployed_chips", (("chip", "h100"),), None, 1.5e5, "actual"),
        },
    ),
    (
        "Amazon has committed $8bn to Anthropic, and Google's stake rests on roughly $3bn of "
        "funding.",
        "en",
        {("amazon", "investment", (("target", "anthropic"),), None, 8e9, "actual")},
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSSESSED)
def test_a_possessive_names_whose_figure_it_is(
    text: str, language: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, language)


# -- a figure the sentence itself replaces -------------------------------------------------------
# "originally planned 1 million …, but now targets 500,000", "had earlier said …; it now says",
# "당초 … 했으나 … 수정했다": the earlier figure is told only as what was given up.

REPLACED = [
    (
        "xAI originally planned 1 million GPUs at Colossus 2, but now targets 500,000.",
        "en",
        {("colossus-2", 5e5)},
    ),
    (
        "Meta had earlier said it would have 600,000 H100s; it now says 350,000.",
        "en",
        {("meta", 3.5e5)},
    ),
    ("메타는 앞서 H100 60만 개를 보유하겠다고 했으나 35만 개로 수정했다.", "ko", {("meta", 3.5e5)}),
    # twins: an earlier figure nothing replaces, and one told as the new state
    ("Meta previously ran 100,000 H100s.", "en", {("meta", 1e5)}),
    ("Meta previously ran 100,000 H100s and now runs 350,000.", "en", {("meta", 3.5e5)}),
]


@pytest.mark.parametrize(("text", "language", "expected"), REPLACED)
def test_a_figure_the_sentence_replaces_is_no_claim(
    text: str, language: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == fleets(text, language)


# -- the site a place phrase follows ---------------------------------------------------------------


def places(text: str) -> set[tuple[Any, ...]]:
    return {(r[0], r[4]) for r in extract_rows(text, "en", PUBLISHED) if r[1] == "located_in"}


SITE_PLACES = [
    ("Colossus 2 is twice the size of Colossus in Memphis.", {("colossus", "Tennessee, US")}),
    ("Project Rainier is in Indiana.", {("project-rainier", "Indiana, US")}),
]


@pytest.mark.parametrize(("text", "expected"), SITE_PLACES)
def test_a_place_phrase_belongs_to_the_site_it_follows(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == places(text)


# -- Korean conditions in -면 and embedded questions ----------------------------------------------
# "도입하면 … 된다", "채운다고 가정하면", "도입할지 여부는 내년에 결정된다", "도입하느냐가
# 관건이다": a condition or an open question; "-면서" (while) and "도입할지 검토 중" (weighing)
# stay.

KO_OPEN = [
    "메타가 TPU 10만 개를 도입하면 구글의 최대 고객이 된다.",
    "xAI가 콜로서스 2에 GPU 100만 개를 채운다고 가정하면 전력이 2GW 필요하다.",
    "메타가 TPU를 도입할지 여부는 내년에 결정된다.",
    "메타가 TPU를 도입하느냐가 관건이다.",
]

KO_OPEN_TWINS = [
    (
        "메타가 TPU 10만 개를 도입하면서 구글의 최대 고객이 됐다.",
        ("meta", "deployed_chips", (("chip", "google-tpu"),), None, 1e5, "actual"),
    ),
    (
        "메타는 TPU를 도입할지 검토하고 있다.",
        ("meta", "adopts", (), "google-tpu", None, "considering"),
    ),
]


@pytest.mark.parametrize("text", KO_OPEN)
def test_a_korean_condition_or_embedded_question_is_no_claim(text: str) -> None:
    assert set() == facts(text, "ko")


@pytest.mark.parametrize(("text", "expected"), KO_OPEN_TWINS)
def test_while_and_weighing_whether_stay(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in facts(text, "ko")


# -- English conditions opened other ways ---------------------------------------------------------
# "Should Meta buy …", "Were Amazon to invest …", "Assuming …", "Provided that …", "In case …",
# and a main clause that only says what "would" follow. A hedge after a condition ("…, capacity
# might reach 100,000 wafers") is a forecast and stays.

EN_CONDITIONS = [
    "Should Meta buy 100,000 TPUs, Google would become its second supplier.",
    "Were Amazon to invest another $4 billion in Anthropic, its stake would top $12 billion.",
    "Assuming Oracle installs 400,000 GB200s at Abilene, the site will draw 1.2 GW.",
    "Provided that TSMC reaches 100,000 CoWoS wafers a month, Nvidia can ship more.",
    "In case Meta deploys 1 million GPUs, its power bill would soar.",
]

EN_CONDITION_TWINS = [
    (
        "If its new fab ramps on schedule, SK hynix's HBM4 capacity might reach 100,000 wafers "
        "a month late this year.",
        ("sk-hynix", "capacity", (("process", "hbm4"),), None, 1e5, "forecast"),
    ),
    (
        "If approved, Amazon will invest $8 billion in Anthropic.",
        ("amazon", "investment", (("target", "anthropic"),), None, 8e9, "planned"),
    ),
]


@pytest.mark.parametrize("text", EN_CONDITIONS)
def test_an_english_condition_opened_other_ways_is_no_claim(text: str) -> None:
    assert set() == facts(text)


@pytest.mark.parametrize(("text", "expected"), EN_CONDITION_TWINS)
def test_a_hedge_or_a_plan_after_a_condition_stays(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in facts(text)


# -- a round's size is no investor's money ------------------------------------------------------

ROUNDS = [
    ("아마존은 앤트로픽의 40억 달러 규모 투자 라운드를 주도했다.", "ko", set()),
    (
        "엔비디아는 xAI의 200억 달러 규모 라운드에 20억 달러를 투자했다.",
        "ko",
        {("nvidia", "investment", (("target", "xai"),), None, 2e9, "actual")},
    ),
    ("Amazon led Anthropic's $4 billion funding round.", "en", set()),
]


@pytest.mark.parametrize(("text", "language", "expected"), ROUNDS)
def test_a_rounds_size_is_no_investors_money(
    text: str, language: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, language)


# -- a count that belongs to a group of parties -------------------------------------------------
# "TPU deals for 2 million chips with customers like Anthropic", "마이크로소프트와 메타 등
# 고객사에 … 10만 개", "Microsoft, Meta and Oracle together bought 1.5 million": the relation to a
# named party may stand, the count is none of theirs. A sum of chip kinds ("H100과 H200, GB200을
# 합쳐 23만 개") and a sum compared with ("more than Meta and Oracle combined") stay.

GROUPS = [
    (
        "Google has signed TPU deals for 2 million chips with customers like Anthropic.",
        "en",
        {("anthropic", "supply_deal", (("product", "google-tpu"),), "google", None, "actual")},
    ),
    ("Microsoft, Meta and Oracle together bought 1.5 million GB200s.", "en", set()),
    ("마이크로소프트, 메타, 오라클은 GB200을 합쳐서 150만 개 샀다.", "ko", set()),
    (
        "Microsoft bought 500,000 GB200s, more than Meta and Oracle combined.",
        "en",
        {("microsoft", "deployed_chips", (("chip", "gb200"),), None, 5e5, "actual")},
    ),
    (
        "xAI는 콜로서스에서 H100과 H200, GB200을 합쳐 23만 개의 GPU를 운영하고 있다.",
        "ko",
        {("colossus", "deployed_chips", (), None, 2.3e5, "actual")},
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), GROUPS)
def test_a_count_of_a_group_of_parties_is_none_of_theirs(
    text: str, language: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected <= facts(text, language)
    counts = {f for f in facts(text, language) if f[4] is not None}
    assert counts == {f for f in expected if f[4] is not None}


# -- money committed to a purchase ----------------------------------------------------------------

PURCHASE_COMMITMENTS = [
    # the deal itself is one for compute, with no product named (session 10, EN-A)
    (
        "Microsoft committed $10 billion to a deal with Nebius for GPU capacity.",
        {("microsoft", "supply_deal", (), "nebius", None, "actual")},
    ),
    ("Nvidia committed $6.3 billion to buy CoreWeave's unused capacity.", set()),
    (
        "Microsoft committed $10 billion to Anthropic.",
        {("microsoft", "investment", (("target", "anthropic"),), None, 1e10, "actual")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PURCHASE_COMMITMENTS)
def test_money_committed_to_a_purchase_is_no_investment(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text)


# -- a site named only to date the training ------------------------------------------------------

SITE_DATES = [
    ("Anthropic trained Claude 3 on TPUs in 2023, before Project Rainier existed.", "en", set()),
    ("xAI trained Grok 2 elsewhere until Colossus came online.", "en", set()),
    ("앤트로픽은 프로젝트 레이니어가 생기기 전 TPU로 클로드를 훈련했다.", "ko", set()),
    (
        "After Project Rainier came online, Anthropic trained Claude 4 there.",
        "en",
        {("anthropic", "trains_on", (), "project-rainier", None, "actual")},
    ),
    (
        "앤트로픽은 프로젝트 레이니어에서 클로드를 훈련한다.",
        "ko",
        {("anthropic", "trains_on", (), "project-rainier", None, "actual")},
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), SITE_DATES)
def test_a_site_named_only_to_date_the_training_is_no_training_site(
    text: str, language: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected == facts(text, language)
