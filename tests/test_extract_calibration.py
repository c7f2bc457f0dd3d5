"""Calibrated confidence: the table, its lookup, its fit, and the extractor applying it."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from benchmarks.extract_calibration import Judged, auc, brier, ece, fit
from tracker.domain.claims import MODALITIES
from tracker.domain.documents import Document
from tracker.extract import default_extractor
from tracker.extract.calibration import (
    CEILING,
    FLOOR,
    Calibration,
    packaged_calibration,
    parse_calibration,
)
from tracker.extract.extractor import EXTRACTOR_VERSION, RuleExtractor
from tracker.extract.vocabulary import load_vocabulary

TABLE = Path(__file__).resolve().parents[1] / "tracker/extract/vocab/calibration.toml"


def test_the_shipped_table_was_fitted_for_this_extractor_version() -> None:
    # a rule change bumps the version; its claims are right at another rate: refit with
    # `benchmarks/extract_calibration.py --write`
    assert packaged_calibration().extractor_version == EXTRACTOR_VERSION


def test_every_cell_of_the_shipped_table_names_a_language_predicate_and_modality() -> None:
    predicates = set(load_vocabulary(()).predicates)
    bad = []
    for key in tomllib.loads(TABLE.read_text("utf-8"))["cells"]:
        language, *rest = key.split(".")
        if language not in {"en", "ko"} or (rest and rest[0] not in predicates):
            bad.append(key)
        if len(rest) == 2 and rest[1] not in MODALITIES:
            bad.append(key)
    assert bad == []


def test_a_cell_falls_back_to_its_predicate_then_its_language_then_the_default() -> None:
    table = Calibration("1", {"en": 0.6, "en.adopts": 0.5, "en.adopts.actual": 0.4}, default=0.7)
    assert table.share("en", "adopts", "actual") == 0.4
    assert table.share("en", "adopts", "planned") == 0.5
    assert table.share("en", "capacity", "actual") == 0.6
    assert table.share("ko", "capacity", "actual") == 0.7


def test_a_rule_less_sure_than_a_plain_match_scales_the_share_down() -> None:
    table = Calibration("1", {"en": 0.8})
    assert table.confidence("en", "adopts", "actual", 0.85) == 0.8
    assert round(0.8 * 0.7 / 0.85, 3) == table.confidence("en", "adopts", "actual", 0.7)


def test_confidence_stays_inside_floor_and_ceiling() -> None:
    assert Calibration("1", {"en": 1.0}).confidence("en", "adopts", "actual", 0.85) == CEILING
    assert Calibration("1", {"en": 0.01}).confidence("en", "adopts", "actual", 0.3) == FLOOR


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"cells": {"en": 0.5}}, "extractor_version is missing"),
        ({"meta": {"extractor_version": "1"}, "cells": {"en": 0.0}}, "outside (0, 1]: en"),
        ({"meta": {"extractor_version": "1"}, "cells": {"ko.adopts": 1.5}}, "ko.adopts"),
    ],
)
def test_a_malformed_table_is_refused_with_the_reason(
    data: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_calibration(data)  # type: ignore[arg-type]


def _judged(predicate: str, modality: str, right: bool) -> Judged:
    return Judged("en-x", "en", predicate, modality, 0.85, right)


def test_fit_smooths_each_cell_towards_its_group() -> None:
    judged = [_judged("adopts", "actual", True)] * 3 + [_judged("adopts", "planned", False)]
    cells = fit(judged)
    language = (3 + 12 * 0.75) / (4 + 12)  # towards the overall share 3/4
    assert round(language, 3) == cells["en"]
    predicate = (3 + 12 * cells["en"]) / (4 + 12)
    assert round(predicate, 3) == cells["en.adopts"]
    assert round((0 + 12 * cells["en.adopts"]) / (1 + 12), 3) == cells["en.adopts.planned"]


def test_measures_of_fit_on_hand_counted_pairs() -> None:
    pairs = [(0.9, True), (0.8, True), (0.3, False), (0.8, False)]
    assert pytest.approx((0.01 + 0.04 + 0.09 + 0.64) / 4) == brier(pairs)
    assert auc(pairs) == 0.875  # right beat wrong in 3.5 of 4 pairs (0.8 vs 0.8 is a tie)
    # bins: 0.3 alone (gap 0.3), 0.8 twice (gap 0.3), 0.9 alone (gap 0.1)
    assert pytest.approx((0.3 + 2 * 0.3 + 0.1) / 4) == ece(pairs)


def _document(text: str) -> Document:
    return Document(
        document_id="calibration-doc",
        text=text,
        published=datetime(2026, 3, 2, 9, tzinfo=UTC),
        language="en",
        tier="press",
    )


def test_the_default_extractor_gives_a_claim_the_measured_share_of_its_kind() -> None:
    text = "Meta has deployed 350,000 H100 GPUs in its data centers."
    calibrated = default_extractor().extract(_document(text))
    raw = RuleExtractor(load_vocabulary(()), calibration=None).extract(_document(text))
    table = packaged_calibration()
    assert calibrated
    assert [c.claim_id for c in raw] == [c.claim_id for c in calibrated]
    assert [table.confidence("en", c.predicate, c.modality, c.confidence) for c in raw] == [
        c.confidence for c in calibrated
    ]
