"""The learned relation proposer's model: a logistic regression over candidate features.

:mod:`.candidates` over-generates ``supply_deal`` and ``adopts`` candidates with their
features; this module scores them with weights fitted on the dev gold only
(benchmarks/train_proposer.py, deterministic), in plain Python (no numpy). A candidate is
proposed when its probability clears its predicate's threshold (chosen by article-level
cross-validation on dev) and the rules gave no claim of the same subject, predicate and
object in the document: the rules still propose what they propose.

Not part of the extractor: measured on the blind holdout, it did not pass the landing
rules (see benchmarks/proposer/README.md). Kept here, with the training script, for a
next try.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from benchmarks.proposer.candidates import Proposal


@dataclass(frozen=True)
class LearnedModel:
    """Weights by feature name, and the probability each predicate's proposal must reach."""

    name: str
    weights: Mapping[str, float]
    thresholds: Mapping[str, float] = field(default_factory=dict)

    def probability(self, features: Iterable[str]) -> float:
        """The model's probability that a candidate with these features is a gold claim."""
        weights = self.weights
        z = sum(weights.get(f, 0.0) for f in features)
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    def accepts(self, proposal: Proposal, probability: float) -> bool:
        limit = self.thresholds.get(proposal.candidate.predicate)
        return limit is not None and probability >= limit


def parse_model(data: Mapping[str, Any]) -> LearnedModel:
    """A model from its JSON data.

    Raises:
        ValueError: no name, a weight or threshold that is not a finite number, or a
            threshold outside [0, 1].
    """
    name = data.get("name")
    if not isinstance(name, str) or not name:
        raise ValueError("learned model: 'name' is missing")
    weights = _numbers(data.get("weights", {}), "weights")
    thresholds = _numbers(data.get("thresholds", {}), "thresholds")
    bad = sorted(k for k, v in thresholds.items() if not 0.0 <= v <= 1.0)
    if bad:
        raise ValueError(f"learned model: thresholds outside [0, 1]: {', '.join(bad)}")
    return LearnedModel(name, weights, thresholds)


def _numbers(raw: object, what: str) -> dict[str, float]:
    if not isinstance(raw, dict):
        raise ValueError(f"learned model: '{what}' is not an object")
    out: dict[str, float] = {}
    for key, value in raw.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"learned model: {what}[{key!r}] is not a number")
        if not math.isfinite(value):
            raise ValueError(f"learned model: {what}[{key!r}] is not finite")
        out[str(key)] = float(value)
    return out


def relation_key(subject: str, predicate: str, obj: str | None) -> tuple[str, str, str | None]:
    return (subject, predicate, obj)


def chosen(
    model: LearnedModel,
    scored: Iterable[tuple[float, int, Proposal]],
    taken: set[tuple[str, str, str | None]],
) -> list[tuple[float, int, Proposal]]:
    """The proposals to add: per subject, predicate and object the rules did not give,
    the most probable one (earliest on a tie), when it clears its threshold."""
    best: dict[tuple[str, str, str | None], tuple[float, int, Proposal]] = {}
    for entry in scored:
        c = entry[2].candidate
        key = relation_key(c.subject, c.predicate, c.object)
        if key in taken:
            continue
        old = best.get(key)
        if old is None or entry[0] > old[0]:
            best[key] = entry
    return [e for e in best.values() if model.accepts(e[2], e[0])]


__all__ = ["LearnedModel", "chosen", "parse_model", "relation_key"]
