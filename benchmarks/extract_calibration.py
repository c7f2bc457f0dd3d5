"""Fit and check the extractor's confidence calibration (tracker/extract/calibration.py).

Runs the rule extractor, with its rules' own confidences, over the blind gold batches (the
holdout split: writers who never saw the extractor), marks each claim right when it matches
an analyst's claim in every field (the scorer's strict mode), and fits the share of right
claims per language, predicate and modality, each cell smoothed towards its coarser group.

The check is leave-one-group-out: each group of articles (an id prefix such as ``en-k0`` or
``ko-9``: the first or second half of one writer's batch, so that each language keeps data
in every fit when the holdout holds one batch per language) is predicted by a table fitted
on the other groups only, and compared with the rules' own confidences on the same claims:

* Brier score: mean squared gap between confidence and right (1) / wrong (0); lower is better.
* AUC: the chance that a right claim has a higher confidence than a wrong one (0.5 = no
  signal): what a user filtering or sorting by confidence gets.
* ECE: the gap between confidence and the share right, averaged over ten confidence bins.

Usage: .venv/bin/python benchmarks/extract_calibration.py [--write]
(``--write`` refits on every batch and writes tracker/extract/vocab/calibration.toml.)
Last line: ``RESULT extract-calibration brier_rules=B brier_calibrated=B auc_rules=A
auc_calibrated=A ece_rules=E ece_calibrated=E``.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.extract_eval import document_of
from tests.extraction.scoring import load_split, score_article, view
from tracker.extract.calibration import Calibration
from tracker.extract.extractor import EXTRACTOR_VERSION, RuleExtractor
from tracker.extract.vocabulary import load_vocabulary

TABLE = Path(__file__).resolve().parents[1] / "tracker/extract/vocab/calibration.toml"
SMOOTHING = 12.0
"""Pseudo-claims of the coarser group's share added to each cell (a cell of 12 claims is
half its own share, half its group's)."""


@dataclass(frozen=True)
class Judged:
    """One extracted claim, what kind it is, what its rule said, and whether it was right."""

    batch: str
    language: str
    predicate: str
    modality: str
    rule: float
    right: bool


def judge(split: str = "holdout") -> list[Judged]:
    """Every distinct claim the uncalibrated extractor finds on ``split``, judged strictly."""
    extractor = RuleExtractor(load_vocabulary(()), calibration=None)
    judged = []
    for article in load_split(split):
        claims = extractor.extract(document_of(article))
        # compared fields, not the quote: the scorer's distinct() keeps one claim per content
        rule_of = {replace(view(c), quote=""): c.confidence for c in reversed(claims)}
        result = score_article(article, claims)
        right = {j for _, j in result.strict}
        for j, v in enumerate(result.extracted):
            judged.append(
                Judged(
                    article.id[:5], article.language, v.predicate, v.modality,
                    rule_of[replace(v, quote="")], j in right,
                )
            )  # fmt: skip
    return judged


def fit(judged: Iterable[Judged]) -> dict[str, float]:
    """Shares right per language, language.predicate and language.predicate.modality."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    total = [0, 0]
    for j in judged:
        for key in (
            j.language,
            f"{j.language}.{j.predicate}",
            f"{j.language}.{j.predicate}.{j.modality}",
        ):
            counts[key][0] += j.right
            counts[key][1] += 1
        total[0] += j.right
        total[1] += 1
    overall = total[0] / total[1] if total[1] else 0.5
    cells: dict[str, float] = {}
    for key in sorted(counts, key=lambda k: k.count(".")):  # groups before their cells
        parent = cells.get(key.rpartition(".")[0], overall)
        right, n = counts[key]
        cells[key] = round(max((right + SMOOTHING * parent) / (n + SMOOTHING), 0.01), 3)
    return cells


def brier(pairs: Sequence[tuple[float, bool]]) -> float:
    return sum((p - y) ** 2 for p, y in pairs) / len(pairs)


def auc(pairs: Sequence[tuple[float, bool]]) -> float:
    """Mann-Whitney: P(confidence of a right claim > of a wrong one), ties counted half."""
    right = [p for p, y in pairs if y]
    wrong = [p for p, y in pairs if not y]
    if not right or not wrong:
        return 0.5
    wins = sum((r > w) + 0.5 * (r == w) for r in right for w in wrong)
    return wins / (len(right) * len(wrong))


def ece(pairs: Sequence[tuple[float, bool]], bins: int = 10) -> float:
    grouped: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    for p, y in pairs:
        grouped[min(int(p * bins), bins - 1)].append((p, y))
    return sum(
        len(g) * abs(sum(p for p, _ in g) / len(g) - sum(y for _, y in g) / len(g))
        for g in grouped.values()
    ) / len(pairs)


def cross_validate(
    judged: Sequence[Judged],
) -> tuple[list[tuple[float, bool]], list[tuple[float, bool]]]:
    """(rule confidence, right) and (calibrated confidence, right), each batch held out."""
    rules, calibrated = [], []
    for batch in sorted({j.batch for j in judged}):
        table = Calibration(EXTRACTOR_VERSION, fit(j for j in judged if j.batch != batch))
        for j in (j for j in judged if j.batch == batch):
            rules.append((j.rule, j.right))
            calibrated.append(
                (table.confidence(j.language, j.predicate, j.modality, j.rule), j.right)
            )
    return rules, calibrated


def write_table(cells: dict[str, float], judged: Sequence[Judged]) -> None:
    batches = sorted({j.batch for j in judged})
    lines = [
        "# Calibrated confidence (tracker/extract/calibration.py): the share of the rule",
        "# extractor's claims that matched an analyst's claim in every field, on the blind",
        "# gold batches",
        f"# ({', '.join(batches)}: {len(judged)} claims), per language, predicate and modality,",
        f"# each cell smoothed towards its group with {SMOOTHING:g} pseudo-claims.",
        "# Written by `benchmarks/extract_calibration.py --write`; refit when the rules change.",
        "",
        "[meta]",
        f'extractor_version = "{EXTRACTOR_VERSION}"',
        f"claims = {len(judged)}",
        "",
        "[cells]",
        *(f'"{k}" = {v}' for k, v in sorted(cells.items())),
    ]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--write", action="store_true", help="refit on all batches and write the table"
    )
    args = parser.parse_args(argv)
    judged = judge()
    rules, calibrated = cross_validate(judged)
    right = sum(y for _, y in rules)
    print(
        f"extractor {EXTRACTOR_VERSION}: {len(judged)} claims on the blind batches, "
        f"{right} right (strict)"
    )
    print(f"{'':12}{'rules':>10}{'calibrated':>12}")
    figures = {}
    for name, measure in (("brier", brier), ("auc", auc), ("ece", ece)):
        a, b = measure(rules), measure(calibrated)
        figures[name] = (a, b)
        print(f"{name:12}{a:10.3f}{b:12.3f}")
    if args.write:
        write_table(fit(judged), judged)
        print(f"wrote {TABLE}")
    print(
        "RESULT extract-calibration "
        + " ".join(f"{n}_rules={a:.3f} {n}_calibrated={b:.3f}" for n, (a, b) in figures.items())
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
