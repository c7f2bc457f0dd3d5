"""The learned relation proposer kept under benchmarks/proposer (session 15, not landed):
its candidates, their features and the model's scoring."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from benchmarks.proposer.candidates import Proposal, proposals
from benchmarks.proposer.model import LearnedModel, chosen, parse_model
from tracker.domain.documents import Document
from tracker.extract import default_extractor
from tracker.extract.extractor import RuleExtractor

_EXTRACTOR: list[RuleExtractor] = []


def _extractor() -> RuleExtractor:
    if not _EXTRACTOR:
        _EXTRACTOR.append(default_extractor())
    return _EXTRACTOR[0]


def candidates(text: str, language: str) -> list[Proposal]:
    ex = _extractor()
    published = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    doc = Document(document_id="t", text=text, published=published, language=language, tier="press")
    out: list[Proposal] = []
    for s in ex.sentences(doc, language, published.date()):
        out.extend(proposals(s, ex.candidates(s)))
    return out


def relations(found: list[Proposal], predicate: str) -> set[tuple[str, str | None, str | None]]:
    return {
        (p.candidate.subject, p.candidate.object, p.candidate.qualifiers.get("product"))
        for p in found
        if p.candidate.predicate == predicate
    }


# -- candidates ----------------------------------------------------------------------------


def test_an_english_shipment_gives_the_customer_supplier_and_product_candidate() -> None:
    found = candidates("Micron now ships its HBM4 stacks to Nvidia for the Rubin boards.", "en")
    assert ("nvidia", "micron", "hbm4") in relations(found, "supply_deal")


def test_a_korean_supply_sentence_gives_the_candidate_with_both_particles() -> None:
    found = candidates("삼성전자는 올해 AMD에 HBM4를 공급하고 있다.", "ko")
    assert ("amd", "samsung", "hbm4") in relations(found, "supply_deal")
    (deal,) = [
        p
        for p in found
        if (p.candidate.subject, p.candidate.object, p.candidate.qualifiers.get("product"))
        == ("amd", "samsung", "hbm4")
    ]
    assert {"supply_deal:s_particle=에", "supply_deal:o_particle=는"} <= set(deal.features)


def test_an_adoption_candidate_takes_each_mode_and_the_named_provider() -> None:
    found = candidates("Anthropic rents Trainium2 capacity through AWS for Claude.", "en")
    modes = [
        p.candidate.qualifiers
        for p in found
        if p.candidate.predicate == "adopts"
        and (p.candidate.subject, p.candidate.object) == ("anthropic", "trainium2")
    ]
    assert {"mode": "cloud", "via": "aws"} in modes
    assert {} in modes


def test_one_named_company_gives_no_supply_candidate() -> None:
    assert (
        relations(candidates("Nvidia signed a large supply deal for HBM4.", "en"), "supply_deal")
        == set()
    )


def test_a_sentence_without_a_trigger_word_gives_no_candidate() -> None:
    assert candidates("Nvidia and TSMC both reported results on Thursday.", "en") == []


def test_a_negated_deal_gives_no_supply_candidate() -> None:
    found = candidates("SK hynix has not supplied HBM4 to Nvidia.", "en")
    assert relations(found, "supply_deal") == set()


def test_a_korean_sentence_with_no_verb_of_use_gives_no_adoption() -> None:
    assert relations(candidates("메타와 엔비디아의 주가가 나란히 올랐다.", "ko"), "adopts") == set()


def test_features_name_no_word_of_the_sentence_but_the_trigger_class() -> None:
    found = candidates("Micron now ships its HBM4 stacks to Nvidia for the Rubin boards.", "en")
    words = {"micron", "ships", "stacks", "rubin", "boards"}
    assert all(not any(w in f for w in words) for p in found for f in p.features)


# -- the model -----------------------------------------------------------------------------

_NAMES = st.text(alphabet="abcdefgh:=|", min_size=1, max_size=8)


@given(st.dictionaries(_NAMES, st.floats(-50, 50), max_size=8), st.lists(_NAMES, max_size=8))
def test_a_probability_lies_in_zero_one_and_is_the_same_every_time(
    weights: dict[str, float], features: list[str]
) -> None:
    model = LearnedModel("m", weights)
    first = model.probability(features)
    assert 0.0 <= first <= 1.0
    assert first == model.probability(list(features))


@given(st.floats(-20, 20), st.floats(0.01, 5))
def test_a_larger_weight_gives_a_larger_probability(base: float, step: float) -> None:
    low = LearnedModel("m", {"f": base}).probability(["f"])
    high = LearnedModel("m", {"f": base + step}).probability(["f"])
    assert low <= high


def test_the_probability_is_the_logistic_of_the_summed_weights() -> None:
    model = LearnedModel("m", {"a": 0.5, "b": -1.5})
    assert math.isclose(1 / (1 + math.exp(1.0)), model.probability(["a", "b", "unknown"]))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"weights": {}}, "'name' is missing"),
        ({"name": "m", "weights": {"a": "1"}}, "weights['a'] is not a number"),
        ({"name": "m", "weights": {"a": float("nan")}}, "weights['a'] is not finite"),
        ({"name": "m", "thresholds": {"adopts": 1.5}}, "thresholds outside [0, 1]: adopts"),
        ({"name": "m", "weights": [1]}, "'weights' is not an object"),
    ],
)
def test_a_bad_model_file_is_refused_with_one_line(data: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_model(data)


def test_only_the_most_probable_candidate_of_a_relation_the_rules_missed_is_chosen() -> None:
    found = candidates("삼성전자는 올해 AMD에 HBM4를 공급하고 있다.", "ko")
    deals = [p for p in found if p.candidate.predicate == "supply_deal"]
    model = LearnedModel("m", {}, {"supply_deal": 0.5})
    scored = [(0.6 + 0.01 * i, i, p) for i, p in enumerate(deals)]
    picked = chosen(model, scored, taken=set())
    keys = [(e[2].candidate.subject, e[2].candidate.object) for e in picked]
    assert len(keys) == len(set(keys))
    assert chosen(model, scored, taken={("amd", "supply_deal", "samsung")}) == [
        e for e in picked if (e[2].candidate.subject, e[2].candidate.object) != ("amd", "samsung")
    ]
