"""Confidence that means something: how often a claim of its kind was right on unseen text.

A rule states its own confidence (0.85 for a plain match, less for a figure carried over
from an earlier sentence or read from a table), but those numbers are guesses and nearly
all claims share one, so they cannot tell a user which claims to check. The calibration
table (``vocab/calibration.toml``) records, per language, predicate and modality, the
share of the extractor's claims that matched an analyst's claim in every field on the blind
gold batches (writers who never saw the extractor; see tests/extraction/GUIDE.md), smoothed
towards the wider group when a cell holds few claims. A claim's confidence is that share,
scaled by how far its rule's own confidence sits below a plain match.

``benchmarks/extract_calibration.py --write`` refits the table for the current extractor
version and reports, batch by batch, how well it predicts text it was not fitted on.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

PLAIN_MATCH = 0.85
"""The confidence a rule gives a plain match; lower rule confidences scale the table's."""

FLOOR, CEILING = 0.05, 0.99


@dataclass(frozen=True)
class Calibration:
    """Strict precision by ``language.predicate.modality`` and its coarser groups."""

    extractor_version: str
    cells: dict[str, float] = field(default_factory=dict)
    default: float = PLAIN_MATCH

    def share(self, language: str, predicate: str, modality: str) -> float:
        """The finest fitted share for this kind of claim (falls back to coarser groups)."""
        for key in (
            f"{language}.{predicate}.{modality}",
            f"{language}.{predicate}",
            language,
        ):
            if key in self.cells:
                return self.cells[key]
        return self.default

    def confidence(self, language: str, predicate: str, modality: str, rule: float) -> float:
        """The calibrated confidence of a claim whose rule gave it ``rule``."""
        scaled = self.share(language, predicate, modality) * min(rule / PLAIN_MATCH, 1.0)
        return round(min(max(scaled, FLOOR), CEILING), 3)


def parse_calibration(data: dict[str, Any]) -> Calibration:
    """A calibration from the TOML table's data.

    Raises:
        ValueError: a share outside (0, 1] or a missing ``extractor_version``.
    """
    meta = data.get("meta", {})
    version = meta.get("extractor_version")
    if not isinstance(version, str):
        raise ValueError("calibration: meta.extractor_version is missing")
    cells = {str(k): float(v) for k, v in data.get("cells", {}).items()}
    bad = sorted(k for k, v in cells.items() if not 0.0 < v <= 1.0)
    if bad:
        raise ValueError(f"calibration: shares outside (0, 1]: {', '.join(bad)}")
    return Calibration(version, cells, float(meta.get("default", PLAIN_MATCH)))


@functools.cache
def packaged_calibration() -> Calibration:
    """The table shipped with the package."""
    text = resources.files("tracker.extract").joinpath("vocab/calibration.toml").read_text("utf-8")
    return parse_calibration(tomllib.loads(text))
