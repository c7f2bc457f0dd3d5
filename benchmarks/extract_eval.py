"""Extraction quality against the hand-written gold set (issue 4).

Runs the default rule extractor (``tracker.extract.default_extractor()``) on every article
of a gold split (tests/extraction/gold/<split>/), scores its claims with
tests/extraction/scoring.py and prints precision and recall per predicate, per language
and overall, strict and lenient, plus the modality confusion matrix over lenient matches.

    .venv/bin/python benchmarks/extract_eval.py              # the held-out test split
    .venv/bin/python benchmarks/extract_eval.py --split dev --verbose
    .venv/bin/python benchmarks/extract_eval.py --split dev --ids en-4   # one batch only
    .venv/bin/python benchmarks/extract_eval.py --split holdout  # fresh, never tuned on

The last line is ``RESULT extract-eval precision_en=P recall_en=R precision_ko=P
recall_ko=R`` (strict). Targets on the test split: precision >= 0.90 and recall >= 0.80
in each language.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from tests.extraction.scoring import (  # noqa: E402
    MODES,
    SPLITS,
    ArticleResult,
    ClaimView,
    Counts,
    GoldArticle,
    QuantityKey,
    Report,
    TextKey,
    languages_of,
    load_split,
    score,
)
from tracker.domain.claims import MODALITIES  # noqa: E402
from tracker.domain.documents import Document  # noqa: E402

TARGET_PRECISION = 0.90
TARGET_RECALL = 0.80


def load_extractor() -> Any:
    """The extractor behind the port, imported lazily so this file loads without it."""
    try:
        from tracker.extract import default_extractor
    except ImportError as exc:
        raise SystemExit(
            "extract-eval: tracker.extract.default_extractor() is not available yet "
            f"({exc}). The rule extractor (issue 4) provides it; nothing to evaluate."
        ) from exc
    return default_extractor()


def document_of(article: GoldArticle) -> Document:
    """The document the extractor sees for a gold article: title, blank line, body."""
    return Document(
        document_id=article.id,
        text=article.document_text,
        published=article.published,
        language=article.language,
        tier=article.tier,
    )


def run_extractor(
    extractor: Any, articles: Sequence[GoldArticle]
) -> tuple[dict[str, list[Any]], float]:
    """Extract from every article; returns claims by article id and the seconds spent."""
    extracted: dict[str, list[Any]] = {}
    started = time.perf_counter()
    for article in articles:
        try:
            extracted[article.id] = list(extractor.extract(document_of(article)))
        except Exception as exc:
            raise SystemExit(
                f"extract-eval: the extractor failed on {article.id}: {exc!r}"
            ) from exc
    return extracted, time.perf_counter() - started


# -- printing ---------------------------------------------------------------------------


def _fmt(value: float) -> str:
    return f"{value:.3f}"


def _counts_row(counts: Counts) -> list[str]:
    return [
        _fmt(counts.precision),
        _fmt(counts.recall),
        _fmt(counts.f1),
        str(counts.matched),
        str(counts.gold),
        str(counts.extracted),
    ]


def _counts_table(title: str, rows: list[tuple[str, Counts, Counts]]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("")
    for mode in MODES:
        for name in ("P", "R", "F1", "match", "gold", "extr"):
            table.add_column(f"{mode[0]}.{name}", justify="right")
    for label, strict, lenient in rows:
        table.add_row(label, *_counts_row(strict), *_counts_row(lenient))
    return table


def print_report(console: Console, report: Report, split: str) -> None:
    zero = Counts()
    console.print(
        _counts_table(
            f"Per predicate, {split} split (s. = strict, l. = lenient)",
            [
                (
                    p,
                    report.by_predicate.get(("strict", p), zero),
                    report.by_predicate[("lenient", p)],
                )
                for p in report.predicates()
            ],
        )
    )
    rows = [
        (lang, report.by_language[("strict", lang)], report.by_language[("lenient", lang)])
        for lang in report.languages()
    ]
    rows.append(("overall", report.overall["strict"], report.overall["lenient"]))
    console.print(_counts_table("Per language and overall", rows))
    console.print(confusion_table(report))


def confusion_table(report: Report) -> Table:
    table = Table(title="Modality over lenient matches (rows: gold, columns: extracted)")
    table.add_column("gold \\ extracted")
    for modality in MODALITIES:
        table.add_column(modality, justify="right")
    for gold in MODALITIES:
        table.add_row(gold, *(str(report.confusion.get((gold, got), 0)) for got in MODALITIES))
    return table


def _value_text(claim: ClaimView) -> str:
    value = claim.value
    if isinstance(value, QuantityKey):
        amount = f"{value.low:g}" if value.low == value.high else f"{value.low:g}..{value.high:g}"
        flags = ("~" if value.approx else "") + ("" if value.bound == "exact" else value.bound)
        return f" = {amount} {value.unit}" + (f" ({flags})" if flags else "")
    if isinstance(value, TextKey):
        return f" = {value.text!r}"
    return ""


def describe(claim: ClaimView) -> str:
    """One line per claim, with every field strict matching compares."""
    qualifiers = ",".join(f"{k}={v}" for k, v in claim.qualifiers)
    target = f" -> {claim.object}" if claim.object else ""
    kind, start, end = claim.valid
    return (
        f"{claim.subject} {claim.predicate}[{qualifiers}]{target}{_value_text(claim)} "
        f"{claim.modality} {kind} {start}..{end}"
    )


def _differences(gold: ClaimView, got: ClaimView) -> str:
    fields = ("qualifiers", "value", "modality", "valid")
    return ", ".join(f for f in fields if getattr(gold, f) != getattr(got, f))


def print_errors(console: Console, results: Sequence[ArticleResult]) -> None:
    """Strict misses and false positives per article, with quotes and near misses."""
    for result in results:
        misses, extras = result.misses("strict"), result.false_positives("strict")
        if not misses and not extras:
            continue
        console.print(f"\n[bold]{result.article.id}[/bold]", highlight=False)
        strict_gold = {i for i, _ in result.strict}
        partner = {i: result.extracted[j] for i, j in result.lenient if i not in strict_gold}
        for i, claim in enumerate(result.article.claims):
            if i in strict_gold:
                continue
            console.print(f"  MISS  {describe(claim)}", highlight=False, markup=False)
            if i in partner:
                got = partner[i]
                console.print(
                    f"        near: {describe(got)}  (differs in {_differences(claim, got)})",
                    highlight=False,
                    markup=False,
                )
            console.print(f"        “{claim.quote}”", highlight=False, markup=False)
        for claim in extras:
            console.print(f"  FP    {describe(claim)}", highlight=False, markup=False)
            console.print(f"        “{claim.quote}”", highlight=False, markup=False)


def result_line(report: Report) -> str:
    parts = []
    for lang in ("en", "ko"):
        counts = report.by_language.get(("strict", lang), Counts())
        parts.append(f"precision_{lang}={counts.precision:.3f} recall_{lang}={counts.recall:.3f}")
    return "RESULT extract-eval " + " ".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="test")
    parser.add_argument("--verbose", action="store_true", help="list misses and false positives")
    parser.add_argument(
        "--ids",
        metavar="PREFIX",
        action="append",
        help="only articles whose id starts with PREFIX (repeatable, e.g. --ids en-4)",
    )
    args = parser.parse_args(argv)
    console = Console(width=160)

    articles = load_split(args.split)
    if args.ids:
        articles = [a for a in articles if a.id.startswith(tuple(args.ids))]
        if not articles:
            raise SystemExit(f"extract-eval: no {args.split} article id starts with {args.ids}")
    oracle, _ = score(articles, {a.id: a.raw_claims for a in articles})
    if oracle.overall["strict"].precision != 1.0 or oracle.overall["strict"].recall != 1.0:
        raise SystemExit("extract-eval: the gold set does not score 1.0 against itself")

    extractor = load_extractor()
    extracted, seconds = run_extractor(extractor, articles)
    report, results = score(articles, extracted)

    langs = ", ".join(f"{n} {lang}" for lang, n in sorted(languages_of(articles).items()))
    console.print(
        f"extractor {getattr(extractor, 'name', '?')}@{getattr(extractor, 'version', '?')} "
        f"on {len(articles)} {args.split} articles ({langs}); "
        f"{report.overall['strict'].gold} gold claims; "
        f"{seconds * 1000 / max(len(articles), 1):.2f} ms per article; "
        "gold against itself (baseline) scores 1.000 / 1.000",
        highlight=False,
    )
    print_report(console, report, args.split)
    if args.verbose:
        print_errors(console, results)
    met = all(
        report.by_language[("strict", lang)].precision >= TARGET_PRECISION
        and report.by_language[("strict", lang)].recall >= TARGET_RECALL
        for lang in report.languages()
    )
    console.print(
        f"targets (strict P >= {TARGET_PRECISION}, R >= {TARGET_RECALL} per language): "
        + ("met" if met else "NOT met"),
        highlight=False,
    )
    print(result_line(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
