"""How far two careful annotators agree, and how far the extractor is from either (issue 4).

Some gold articles were annotated twice, from the text alone, by people who saw neither
each other's claims nor the extractor: the gold file (first annotator) and a file of the
same id in tests/extraction/agreement/ (second annotator). Scoring the second against the
first with the extractor's own scorer gives the agreement a rule engine could hope to
reach on those articles (strict F1; precision and recall swap if the roles swap). Scoring
the extractor against each annotator on the same articles shows how much of its error is
the guide's ambiguity (where the annotators disagree) and how much is its own.

    .venv/bin/python benchmarks/extract_agreement.py

The last line is ``RESULT extract-agreement annotators_f1_en=F annotators_f1_ko=F
extractor_f1_en=F extractor_f1_ko=F`` (strict; the extractor against the first annotator).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.extract_eval import load_extractor, run_extractor  # noqa: E402
from tests.extraction.scoring import (  # noqa: E402
    GOLD_ROOT,
    SPLITS,
    Counts,
    GoldArticle,
    load_article,
    score,
)

AGREEMENT = ROOT / "tests" / "extraction" / "agreement"


def pairs() -> list[tuple[GoldArticle, GoldArticle]]:
    """(first annotator, second annotator) for every doubly annotated article."""
    first = {p.stem: (p, split) for split in SPLITS for p in (GOLD_ROOT / split).glob("*.json")}
    found = []
    for path in sorted(AGREEMENT.glob("*.json")):
        if path.stem not in first:
            raise SystemExit(f"extract-agreement: {path.name} has no gold file of the same id")
        gold_path, split = first[path.stem]
        gold, second = load_article(gold_path, split), load_article(path, split)
        if (gold.text, gold.title, gold.published) != (second.text, second.title, second.published):
            raise SystemExit(f"extract-agreement: {path.name} is not the gold article's text")
        found.append((gold, second))
    return found


def _f1(c: Counts) -> float:
    return c.f1


def _row(label: str, c: Counts) -> str:
    return (
        f"  {label:34} P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}  "
        f"({c.matched} matched, {c.gold} reference, {c.extracted} compared)"
    )


def main() -> int:
    found = pairs()
    if not found:
        raise SystemExit("extract-agreement: no doubly annotated article")
    firsts = [g for g, _ in found]
    seconds = [s for _, s in found]
    annotators, _ = score(firsts, {s.id: s.raw_claims for s in seconds})
    extracted, _secs = run_extractor(load_extractor(), firsts)
    vs_first, _ = score(firsts, extracted)
    vs_second, _ = score(seconds, extracted)
    figures: dict[str, float] = {}
    for lang in sorted({g.language for g in firsts}):
        n = sum(g.language == lang for g in firsts)
        print(f"{lang}: {n} articles annotated twice (strict; reference = the annotator named)")
        rows = (
            ("second annotator vs first", annotators),
            ("extractor vs first annotator", vs_first),
            ("extractor vs second annotator", vs_second),
        )
        for label, report in rows:
            print(_row(label, report.by_language[("strict", lang)]))
        lenient = annotators.by_language[("lenient", lang)]
        print(_row("second vs first, lenient", lenient))
        figures[f"annotators_f1_{lang}"] = _f1(annotators.by_language[("strict", lang)])
        figures[f"extractor_f1_{lang}"] = _f1(vs_first.by_language[("strict", lang)])
    keys = ("annotators_f1_en", "annotators_f1_ko", "extractor_f1_en", "extractor_f1_ko")
    print("RESULT extract-agreement " + " ".join(f"{k}={figures.get(k, 0.0):.3f}" for k in keys))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
