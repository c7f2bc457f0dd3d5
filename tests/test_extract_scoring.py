"""The extraction scorer (tests/extraction/scoring.py) and the gold set's own validity.

The first half pins the matching rules on hand-made claims; the second half checks every
gold file against the annotation guide (tests/extraction/GUIDE.md), so a typo in the gold
set fails here rather than as a phantom extractor miss.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.extraction.scoring import (
    GOLD_ROOT,
    SPLITS,
    GoldArticle,
    GoldFormatError,
    build_report,
    load_article,
    load_split,
    match_claims,
    max_matching,
    score,
    score_article,
    strict_equal,
    view,
)
from tracker.domain.claims import MODALITIES, Claim, Quantity, Source, TextValue, ValidTime
from tracker.domain.documents import Document

# -- hand-made claims -------------------------------------------------------------------

PUBLISHED = "2025-12-19T09:30:00+09:00"


def quantity_claim(**changes: Any) -> dict[str, Any]:
    """A gold-format claim (Rainier runs about 500k Trainium2), with fields overridden."""
    claim: dict[str, Any] = {
        "subject": "project-rainier",
        "predicate": "deployed_chips",
        "qualifiers": {"chip": "trainium2"},
        "object": None,
        "value": {"low": 500000, "high": 500000, "unit": "count", "approx": True, "bound": "exact"},
        "modality": "actual",
        "valid": {"kind": "point", "start": "2025-12-19", "end": "2025-12-19"},
        "quote": "프로젝트 레이니어에는 트레이니움2 약 50만 개가 설치됐다.",
    }
    claim.update(changes)
    return claim


def relation_claim(**changes: Any) -> dict[str, Any]:
    claim: dict[str, Any] = {
        "subject": "trainium4",
        "predicate": "integrates",
        "qualifiers": {},
        "object": "nvlink-fusion",
        "value": None,
        "modality": "announced",
        "valid": {"kind": "point", "start": "2025-12-19", "end": "2025-12-19"},
        "quote": "AWS는 트레이니움4에 NV링크 퓨전을 통합한다고 발표했다.",
    }
    claim.update(changes)
    return claim


def article(claims: list[dict[str, Any]], language: str = "ko", id: str = "a-1") -> GoldArticle:
    return GoldArticle(
        id=id,
        split="dev",
        language=language,
        published=datetime.fromisoformat(PUBLISHED),
        outlet="outlet",
        tier="press",
        title="title",
        text="text",
        claims=tuple(view(c) for c in claims),
        raw_claims=tuple(claims),
    )


def as_domain_claim(claim: dict[str, Any]) -> Claim:
    """The same claim as the extractor would return it."""
    value = claim["value"]
    return Claim(
        claim_id="c_test",
        subject=claim["subject"],
        predicate=claim["predicate"],
        qualifiers=claim["qualifiers"],
        object=claim["object"],
        value=None
        if value is None
        else (TextValue(**value) if "text" in value else Quantity(**value)),
        modality=claim["modality"],
        valid=ValidTime(**claim["valid"], granularity="day", text="연말까지"),
        reported_at=datetime.fromisoformat(PUBLISHED),
        source=Source(document_id="a-1", quote=claim["quote"], tier="press"),
        confidence=0.7,
        asserted_by="extractor:test@0",
    )


def test_identical_claim_matches_strictly_and_leniently() -> None:
    result = score_article(article([quantity_claim()]), [quantity_claim()])

    assert (list(result.strict), list(result.lenient)) == ([(0, 0)], [(0, 0)])


def test_domain_claim_objects_and_their_json_dumps_score_like_gold_dicts() -> None:
    gold = [quantity_claim(), relation_claim()]
    domain = [as_domain_claim(c) for c in gold]

    from_objects = score_article(article(gold), domain)
    from_dumps = score_article(article(gold), [c.model_dump(mode="json") for c in domain])

    assert list(from_objects.strict) == list(from_dumps.strict) == [(0, 0), (1, 1)]


@pytest.mark.parametrize(
    "changes",
    [
        {"modality": "planned"},
        {"valid": {"kind": "deadline", "start": "2025-12-19", "end": "2025-12-31"}},
        {"valid": {"kind": "point", "start": "2025-12-19", "end": "2025-12-20"}},
        {"qualifiers": {}},
        {"qualifiers": {"chip": "trainium3"}},
        {"value": {"low": 5e5, "high": 5e5, "unit": "count", "approx": False, "bound": "exact"}},
        {"value": {"low": 5e5, "high": 5e5, "unit": "count", "approx": True, "bound": "at-least"}},
    ],
)
def test_a_difference_outside_the_lenient_fields_breaks_only_strict(
    changes: dict[str, Any],
) -> None:
    result = score_article(article([quantity_claim()]), [quantity_claim(**changes)])

    assert (list(result.strict), list(result.lenient)) == ([], [(0, 0)])


@pytest.mark.parametrize(
    "changes",
    [
        {"subject": "aws"},
        {"predicate": "capacity"},
        {"value": {"low": 1e6, "high": 1e6, "unit": "count", "approx": True, "bound": "exact"}},
        {"value": {"low": 5e5, "high": 6e5, "unit": "count", "approx": True, "bound": "exact"}},
        {"value": {"low": 5e5, "high": 5e5, "unit": "USD", "approx": True, "bound": "exact"}},
        {"value": None},
    ],
)
def test_a_difference_in_subject_predicate_or_value_breaks_both_modes(
    changes: dict[str, Any],
) -> None:
    result = score_article(article([quantity_claim()]), [quantity_claim(**changes)])

    assert (list(result.strict), list(result.lenient)) == ([], [])


def test_relations_compare_their_object_in_lenient_mode() -> None:
    gold = article([relation_claim()])

    other_object = score_article(gold, [relation_claim(object="mgx")])
    other_modality = score_article(gold, [relation_claim(modality="planned")])

    assert list(other_object.lenient) == []
    assert (list(other_modality.strict), list(other_modality.lenient)) == ([], [(0, 0)])


def test_numbers_match_within_a_relative_tolerance_only() -> None:
    gold = quantity_claim(
        predicate="peak_compute",
        subject="ironwood",
        qualifiers={"precision": "fp8"},
        value={"low": 4.6e15, "high": 4.6e15, "unit": "FLOP/s", "approx": False, "bound": "exact"},
    )
    near = {**gold["value"], "low": 4.6 * 1e15 * (1 + 1e-12), "high": 4.6e15 * (1 + 1e-12)}
    far = {**gold["value"], "low": 4.6e15 * (1 + 1e-6), "high": 4.6e15 * (1 + 1e-6)}

    assert strict_equal(view(gold), view({**gold, "value": near}))
    assert not strict_equal(view(gold), view({**gold, "value": far}))


def test_text_values_match_by_text() -> None:
    gold = quantity_claim(predicate="located_in", qualifiers={}, value={"text": "Indiana, US"})

    same = score_article(article([gold]), [{**gold, "value": {"text": "Indiana, US"}}])
    other = score_article(article([gold]), [{**gold, "value": {"text": "Texas, US"}}])

    assert (list(same.strict), list(other.lenient)) == ([(0, 0)], [])


def test_each_gold_claim_matches_at_most_one_extracted_claim() -> None:
    also_planned = quantity_claim(modality="planned", quote="the body says it again")
    result = score_article(article([quantity_claim()]), [quantity_claim(), also_planned])
    report = build_report([result])

    assert report.overall["lenient"].matched == 1
    assert [c.quote for c in result.false_positives("lenient")] == ["the body says it again"]
    assert report.overall["strict"].precision == 0.5


def test_an_identical_claim_from_headline_and_body_counts_once() -> None:
    headline = quantity_claim(quote="트레이니움2 약 50만 개 투입")
    result = score_article(article([quantity_claim()]), [headline, quantity_claim()])
    report = build_report([result])

    assert (report.overall["strict"].precision, report.overall["strict"].extracted) == (1.0, 1)
    assert [c.quote for c in result.extracted] == ["트레이니움2 약 50만 개 투입"]


def test_each_extracted_claim_matches_at_most_one_gold_claim() -> None:
    result = score_article(article([quantity_claim(), quantity_claim()]), [quantity_claim()])
    report = build_report([result])

    assert (report.overall["strict"].matched, report.overall["strict"].recall) == (1, 0.5)
    assert len(result.misses("strict")) == 1


def test_matching_finds_the_maximum_pairing_not_the_first_greedy_one() -> None:
    # Gold a fits both extracted claims, gold b only the first: pairing a with the first
    # (greedy, in order) would leave b unmatched.
    a, b = view(relation_claim()), view(relation_claim(object="mgx"))
    x, y = view(relation_claim(subject="rubin")), view(relation_claim(subject="b200"))
    fits = {(a, x), (a, y), (b, x)}

    pairs = max_matching([a, b], [x, y], lambda g, e: (g, e) in fits)

    assert pairs == [(0, 1), (1, 0)]


def test_strict_pairs_follow_modality_whatever_the_order() -> None:
    gold = [view(relation_claim()), view(relation_claim(modality="planned"))]
    extracted = [view(relation_claim(modality="planned")), view(relation_claim())]

    strict, lenient = match_claims(gold, extracted)

    assert (strict, lenient) == ([(0, 1), (1, 0)], [(0, 1), (1, 0)])


def test_lenient_pairs_prefer_a_partner_with_the_same_modality() -> None:
    gold = [relation_claim(modality="announced"), relation_claim(modality="planned")]
    extracted = [
        relation_claim(modality="planned", valid={"kind": "open", "start": "2026-01-01"}),
        relation_claim(modality="announced", valid={"kind": "open", "start": "2026-01-01"}),
    ]

    report = build_report([score_article(article(gold), extracted)])

    assert report.confusion == Counter({("announced", "announced"): 1, ("planned", "planned"): 1})


def test_confusion_matrix_counts_lenient_matches_by_gold_and_extracted_modality() -> None:
    gold = [quantity_claim(), relation_claim()]
    extracted = [
        quantity_claim(modality="forecast"),
        relation_claim(),
        relation_claim(modality="planned"),
    ]

    report = build_report([score_article(article(gold), extracted)])

    assert report.confusion == Counter({("actual", "forecast"): 1, ("announced", "announced"): 1})
    assert (
        report.overall["strict"].matched,
        report.overall["strict"].gold,
        report.overall["strict"].extracted,
    ) == (1, 2, 3)


def test_counts_split_by_predicate_and_language() -> None:
    ko = article([quantity_claim(), relation_claim()], "ko", "ko-1")
    en = article([relation_claim()], "en", "en-1")

    report, _ = score([ko, en], {"ko-1": [relation_claim()], "en-1": [quantity_claim()]})

    by_pred = {k: (c.matched, c.gold, c.extracted) for k, c in report.by_predicate.items()}
    by_lang = {k: (c.matched, c.gold, c.extracted) for k, c in report.by_language.items()}
    assert by_pred[("strict", "integrates")] == (1, 2, 1)
    assert by_pred[("strict", "deployed_chips")] == (0, 1, 1)
    assert by_lang[("strict", "ko")] == (1, 2, 1)
    assert by_lang[("lenient", "en")] == (0, 1, 1)


def test_empty_gold_and_empty_extraction_score_perfectly() -> None:
    report, _ = score([article([])], {})

    counts = report.overall["strict"]
    assert (counts.precision, counts.recall, counts.matched) == (1.0, 1.0, 0)


def test_silence_where_claims_were_due_earns_no_precision_and_no_recall() -> None:
    report, _ = score([article([quantity_claim()])], {})

    assert (report.overall["strict"].precision, report.overall["strict"].recall) == (0.0, 0.0)


def test_claims_from_an_article_without_gold_are_all_false_positives() -> None:
    report, results = score([article([])], {"a-1": [quantity_claim()]})

    assert (report.overall["lenient"].precision, report.overall["lenient"].recall) == (0.0, 1.0)
    assert len(results[0].false_positives("lenient")) == 1


def test_unknown_split_and_malformed_file_raise_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "dev" / "x.json"
    bad.parent.mkdir()
    bad.write_text('{"id": "x"}', encoding="utf-8")

    with pytest.raises(GoldFormatError, match="missing language"):
        load_article(bad)
    with pytest.raises(GoldFormatError, match="no gold split"):
        load_split("train", tmp_path)


# -- the gold set against the guide -----------------------------------------------------

COMPANIES = {
    "aws", "amazon", "nvidia", "google", "anthropic", "meta", "tsmc", "microsoft", "openai",
    "samsung", "sk-hynix", "amd", "intel", "broadcom", "oracle", "xai", "apple",
    # vocabulary 10
    "coreweave", "softbank", "micron", "marvell", "cerebras", "groq", "tesla", "alibaba",
    "baidu", "huawei", "bytedance", "tencent", "naver", "kakao", "furiosaai", "rebellions",
    "nebius", "crusoe", "foxconn", "supermicro", "dell", "hpe", "qualcomm", "mistral",
    "deepseek", "amkor", "lambda", "arm", "sk-telecom", "kt", "hanmi", "quanta",
    "fluidstack", "together-ai", "nscale", "asml",
}  # fmt: skip
CHIPS = {
    "trainium2", "trainium3", "trainium4", "trainium", "google-tpu", "ironwood", "b200",
    "gb200", "h100", "h200", "blackwell", "rubin", "mi300x", "mi355x", "maia-100", "mtia",
    # vocabulary 10
    "gb300", "b300", "b100", "h20", "h800", "a100", "gh200", "rubin-ultra",
    "rubin-cpx", "mi325x", "mi350x", "mi400", "mi450", "gaudi", "gaudi3", "maia-200",
    "inferentia", "inferentia2", "trillium", "tpu-v5p", "tpu-v5e", "ascend", "ascend-910c",
    "ascend-910b", "ascend-950", "cloudmatrix-384", "helios", "dojo", "wse-3", "rngd", "rebel",
}  # fmt: skip
TECHNOLOGIES = {
    "nvlink-fusion", "nvlink", "mgx", "cowos", "hbm3e", "hbm4", "cuda",
    # vocabulary 10
    "hbm4e", "soic", "ualink", "infiniband", "spectrum-x", "rocm", "emib", "ultra-ethernet",
}  # fmt: skip
CLUSTERS = {
    "project-rainier", "stargate", "colossus",
    # vocabulary 10
    "colossus-2", "hyperion", "prometheus", "fairwater", "stargate-uae",
}  # fmt: skip
MODELS = {"claude", "gemini", "llama"}
ENTITIES = COMPANIES | CHIPS | TECHNOLOGIES | CLUSTERS | MODELS

PRECISIONS = {"fp8", "fp4", "bf16", "fp16", "int8"}

# predicate -> (subject kinds, qualifier -> allowed values (None: any entity), unit, shape)
PREDICATES: dict[str, tuple[set[str], dict[str, set[str] | None], str | None, str]] = {
    "deployed_chips": (CLUSTERS | COMPANIES, {"chip": CHIPS}, "count", "quantity"),
    "capacity": (COMPANIES, {"process": TECHNOLOGIES}, "wafer/month", "quantity"),
    "investment": (COMPANIES, {"target": None}, "currency", "quantity"),
    "peak_compute": (CHIPS, {"precision": PRECISIONS}, "FLOP/s", "quantity"),
    "memory_capacity": (CHIPS, {"memory": {"hbm3e", "hbm4", "hbm3", "hbm4e"}}, "B", "quantity"),
    "memory_bandwidth": (CHIPS, {}, "B/s", "quantity"),
    "chips_per_system": (CHIPS, {}, "count", "quantity"),
    "supply_deal": (COMPANIES, {"product": CHIPS | TECHNOLOGIES}, "count", "relation+count"),
    "adopts": (COMPANIES, {"mode": {"cloud", "on-prem"}, "via": COMPANIES}, None, "relation"),
    "integrates": (CHIPS | TECHNOLOGIES, {}, None, "relation"),
    "trains_on": (COMPANIES, {}, None, "relation"),
    "located_in": (CLUSTERS, {}, None, "text"),
}  # fmt: skip
TIMELESS = {"peak_compute", "memory_capacity", "memory_bandwidth", "chips_per_system", "located_in"}
OBJECT_KINDS = {
    "supply_deal": COMPANIES,
    "adopts": CHIPS | TECHNOLOGIES,
    "integrates": TECHNOLOGIES,
    "trains_on": CLUSTERS,
}
CLAIM_KEYS = {"subject", "predicate", "qualifiers", "object", "value", "modality", "valid", "quote"}
ARTICLE_KEYS = {"id", "language", "published", "outlet", "tier", "title", "text", "claims"}
TIERS = {"press", "company", "analyst", "filing", "anonymous", "rumor"}
CURRENCY = re.compile(r"^[A-Z]{3}$")
AGREEMENT_ROOT = GOLD_ROOT.parent / "agreement"
GOLD_FILES = sorted(GOLD_ROOT.glob("*/*.json")) + sorted(AGREEMENT_ROOT.glob("*.json"))
"""The gold files and the second annotations of the agreement study, read by the same rules."""


def _claim_problems(claim: dict[str, Any], doc: dict[str, Any], published: date) -> list[str]:
    problems: list[str] = []
    if set(claim) != CLAIM_KEYS:
        return [f"claim keys {sorted(claim)}"]
    predicate = claim["predicate"]
    if predicate not in PREDICATES:
        return [f"unknown predicate {predicate}"]
    subjects, qualifiers, unit, shape = PREDICATES[predicate]
    if claim["subject"] not in subjects:
        problems.append(f"{predicate} subject {claim['subject']}")
    for key, val in claim["qualifiers"].items():
        allowed = qualifiers.get(key, set())
        if key not in qualifiers or (allowed is not None and val not in allowed):
            problems.append(f"{predicate} qualifier {key}={val}")
        if allowed is None and val not in ENTITIES:
            problems.append(f"{predicate} qualifier {key}={val} is no entity")
    problems += _value_problems(claim, shape, unit)
    if claim["modality"] not in MODALITIES:
        problems.append(f"modality {claim['modality']}")
    problems += _valid_problems(claim, published)
    if not claim["quote"] or claim["quote"] not in doc["title"] + "\n\n" + doc["text"]:
        problems.append(f"quote not verbatim: {claim['quote']!r}")
    return problems


def _value_problems(claim: dict[str, Any], shape: str, unit: str | None) -> list[str]:
    predicate, value, obj = claim["predicate"], claim["value"], claim["object"]
    problems: list[str] = []
    if shape.startswith("relation"):
        if obj not in OBJECT_KINDS[predicate]:
            problems.append(f"{predicate} object {obj}")
    elif obj is not None:
        problems.append(f"{predicate} has an object")
    if shape == "text":
        if not (isinstance(value, dict) and set(value) == {"text"} and value["text"]):
            problems.append(f"{predicate} needs a text value")
        return problems
    if shape == "relation" or (shape == "relation+count" and value is None):
        if value is not None:
            problems.append(f"{predicate} has a value")
        return problems
    if not isinstance(value, dict) or set(value) != {"low", "high", "unit", "approx", "bound"}:
        return [*problems, f"{predicate} value {value}"]
    Quantity(**value)  # low <= high, bound is known
    expected_unit = value["unit"] if unit == "currency" and CURRENCY.match(value["unit"]) else unit
    if value["unit"] != expected_unit or not isinstance(value["approx"], bool):
        problems.append(f"{predicate} unit {value['unit']} approx {value['approx']}")
    if value["low"] <= 0:
        problems.append(f"{predicate} value not positive")
    return problems


def _valid_problems(claim: dict[str, Any], published: date) -> list[str]:
    valid = claim["valid"]
    if set(valid) != {"kind", "start", "end"}:
        return [f"valid keys {sorted(valid)}"]
    parsed = ValidTime(**valid)  # kind-specific start/end rules and ordering
    kind, start, end = parsed.kind, parsed.start, parsed.end
    problems = []
    if kind == "open" and end is not None:
        problems.append("open valid time with an end")
    if kind == "deadline" and start != published:
        problems.append(f"deadline starts {start}, not at publication {published}")
    if claim["predicate"] in TIMELESS and (kind, start, end) != ("point", published, published):
        problems.append("timeless claim not at the publication date")
    return problems


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_file_follows_the_guide(path: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    load_article(path)  # the scorer reads it

    published = datetime.fromisoformat(doc["published"])
    assert ARTICLE_KEYS <= set(doc) <= ARTICLE_KEYS | {"notes"}
    assert path.stem == doc["id"]
    assert published.tzinfo is not None
    assert published.utcoffset() is not None
    assert doc["language"] in {"ko", "en"}
    assert doc["tier"] in TIERS
    assert doc["text"].strip()
    assert doc["title"].strip()
    problems = [
        f"claim {n}: {problem}"
        for n, claim in enumerate(doc["claims"])
        for problem in _claim_problems(claim, doc, published.date())
    ]
    assert problems == []


def test_gold_claims_are_distinct_within_an_article() -> None:
    duplicated = []
    for split in SPLITS:
        for gold in load_split(split):
            counts = Counter(gold.claims)
            duplicated += [(gold.id, c.predicate) for c, n in counts.items() if n > 1]

    assert duplicated == []


def test_splits_are_disjoint_large_enough_and_at_least_half_korean() -> None:
    articles = {split: load_split(split) for split in SPLITS}
    ids = {split: {a.id for a in found} for split, found in articles.items()}
    everything = [a for found in articles.values() for a in found]
    languages = Counter(a.language for a in everything)

    assert sum(map(len, ids.values())) == len(set().union(*ids.values()))
    assert all(articles.values())
    assert len(everything) >= 60
    assert languages["ko"] * 2 >= len(everything)
    assert all(languages[lang] > 0 for lang in ("ko", "en"))


def test_gold_scores_perfectly_against_itself() -> None:
    for split in SPLITS:
        articles = load_split(split)
        report, _ = score(articles, {a.id: a.raw_claims for a in articles})

        for mode in ("strict", "lenient"):
            assert (report.overall[mode].precision, report.overall[mode].recall) == (1.0, 1.0)


# -- the benchmark's wiring -------------------------------------------------------------


def _load_benchmark() -> Any:
    path = Path(__file__).parent.parent / "benchmarks" / "extract_eval.py"
    spec = importlib.util.spec_from_file_location("extract_eval", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class OracleExtractor:
    """Returns an article's gold claims as domain Claims: the benchmark must score 1.0."""

    name = "oracle"
    version = "0"

    def __init__(self) -> None:
        self.gold = {a.id: a for split in SPLITS for a in load_split(split)}

    def extract(self, document: Document) -> list[Claim]:
        gold = self.gold[document.document_id]
        assert document.text == gold.document_text
        assert document.published == gold.published
        return [as_domain_claim(c) for c in gold.raw_claims]


def test_benchmark_scores_an_oracle_extractor_perfectly_and_ends_with_the_result_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    benchmark = _load_benchmark()
    monkeypatch.setattr(benchmark, "load_extractor", OracleExtractor)

    benchmark.main(["--split", "dev", "--verbose"])

    last = capsys.readouterr().out.strip().splitlines()[-1]
    expected = "precision_en=1.000 recall_en=1.000 precision_ko=1.000 recall_ko=1.000"
    assert last == f"RESULT extract-eval {expected}"


def test_every_second_annotation_is_of_a_gold_article_with_the_same_text() -> None:
    from benchmarks.extract_agreement import pairs

    found = pairs()  # exits with a message on an orphan or a changed text

    assert len(found) == len(list(AGREEMENT_ROOT.glob("*.json"))) > 0
    assert all(first.id == second.id for first, second in found)
