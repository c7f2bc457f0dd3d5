"""Score extracted claims against the hand-written gold set (tests/extraction/GUIDE.md).

Pure functions, no I/O beyond reading gold files: load a split, match each article's
extracted claims to its gold claims one-to-one, and count precision and recall per
predicate, per language and overall, in two modes:

* ``strict``: subject, predicate, qualifiers, object, value (low, high, unit, bound, approx),
  modality and valid kind/start/end all equal (numbers within 1e-9 relative).
* ``lenient``: subject, predicate, object and value low/high/unit (or text).

The modality confusion matrix is taken over lenient matches, so it shows how often the
extractor found the right fact but gave it the wrong modality.

Extracted claims may be ``tracker.domain.claims.Claim`` objects or their
``model_dump(mode="json")`` dicts; gold claims are the GUIDE's JSON dicts.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

GOLD_ROOT = Path(__file__).parent / "gold"
SPLITS = ("dev", "test", "holdout")
"""``dev``: tuned on. ``test``: the acceptance split, never tuned on. ``holdout``: fresh
batches written after a tuning round by writers who never saw the extractor, kept out of
tuning to measure how the rules generalize to unseen outlets (see GUIDE.md)."""
Mode = Literal["strict", "lenient"]
MODES: tuple[Mode, ...] = ("strict", "lenient")
REL_TOL = 1e-9


class GoldFormatError(ValueError):
    """A gold file that cannot be read as the GUIDE's format (says which file and why)."""


@dataclass(frozen=True)
class QuantityKey:
    """A quantity value as compared: numbers, unit, and the two flags strict checks."""

    low: float
    high: float
    unit: str
    approx: bool = False
    bound: str = "exact"


@dataclass(frozen=True)
class TextKey:
    """A text value (``located_in``)."""

    text: str


@dataclass(frozen=True)
class ClaimView:
    """The fields of a claim that matching looks at, in comparable form."""

    subject: str
    predicate: str
    qualifiers: tuple[tuple[str, str], ...]
    object: str | None
    value: QuantityKey | TextKey | None
    modality: str
    valid: tuple[str, str | None, str | None]
    quote: str = ""


@dataclass(frozen=True)
class GoldArticle:
    """One gold file: an article, its metadata and the claims an analyst records."""

    id: str
    split: str
    language: str
    published: datetime
    outlet: str
    tier: str
    title: str
    text: str
    claims: tuple[ClaimView, ...]
    raw_claims: tuple[Mapping[str, Any], ...]
    notes: str = ""

    @property
    def document_text(self) -> str:
        """The text an extractor sees: the title, a blank line, then the body."""
        return f"{self.title}\n\n{self.text}"


# -- reading claims ---------------------------------------------------------------------


def _as_dict(claim: object) -> Mapping[str, Any]:
    if isinstance(claim, Mapping):
        return claim
    dump = getattr(claim, "model_dump", None)
    if dump is None:
        raise TypeError(f"cannot score a {type(claim).__name__}: expected a Claim or a dict")
    result: Mapping[str, Any] = dump(mode="json")
    return result


def _day(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _value_key(value: object) -> QuantityKey | TextKey | None:
    if value is None:
        return None
    data = _as_dict(value)
    if "text" in data and "low" not in data:
        return TextKey(str(data["text"]).strip())
    return QuantityKey(
        float(data["low"]),
        float(data["high"]),
        str(data["unit"]),
        bool(data.get("approx", False)),
        str(data.get("bound", "exact")),
    )


def view(claim: object) -> ClaimView:
    """A comparable view of a Claim, a Claim's JSON dump, or a gold claim dict."""
    data = _as_dict(claim)
    valid = _as_dict(data["valid"])
    source = data.get("source")
    quote = data.get("quote") or (_as_dict(source).get("quote", "") if source else "")
    qualifiers = data.get("qualifiers") or {}
    return ClaimView(
        subject=str(data["subject"]),
        predicate=str(data["predicate"]),
        qualifiers=tuple(sorted((str(k), str(v)) for k, v in qualifiers.items())),
        object=data.get("object"),
        value=_value_key(data.get("value")),
        modality=str(data["modality"]),
        valid=(str(valid["kind"]), _day(valid.get("start")), _day(valid.get("end"))),
        quote=str(quote),
    )


# -- loading gold files -----------------------------------------------------------------

_REQUIRED = ("id", "language", "published", "outlet", "tier", "title", "text", "claims")


def load_article(path: Path, split: str = "") -> GoldArticle:
    """Read one gold file.

    Raises:
        GoldFormatError: the file is not JSON, misses a field, or a claim is malformed.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldFormatError(f"{path}: {exc}") from exc
    missing = [key for key in _REQUIRED if key not in data]
    if missing:
        raise GoldFormatError(f"{path}: missing {', '.join(missing)}")
    try:
        published = datetime.fromisoformat(data["published"])
        claims = tuple(view(claim) for claim in data["claims"])
    except (KeyError, TypeError, ValueError) as exc:
        raise GoldFormatError(f"{path}: {exc!r}") from exc
    return GoldArticle(
        id=data["id"],
        split=split or path.parent.name,
        language=data["language"],
        published=published,
        outlet=data["outlet"],
        tier=data["tier"],
        title=data["title"],
        text=data["text"],
        claims=claims,
        raw_claims=tuple(data["claims"]),
        notes=data.get("notes", ""),
    )


def load_split(split: str, root: Path = GOLD_ROOT) -> list[GoldArticle]:
    """Every article of one split, sorted by id.

    Raises:
        GoldFormatError: the split is unknown or a file is malformed.
    """
    folder = root / split
    if split not in SPLITS or not folder.is_dir():
        raise GoldFormatError(f"no gold split {split!r} under {root} (splits: {SPLITS})")
    return [load_article(path, split) for path in sorted(folder.glob("*.json"))]


# -- matching ---------------------------------------------------------------------------


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=0.0)


def _value_core_equal(a: ClaimView, b: ClaimView) -> bool:
    if isinstance(a.value, QuantityKey) and isinstance(b.value, QuantityKey):
        qa, qb = a.value, b.value
        return _close(qa.low, qb.low) and _close(qa.high, qb.high) and qa.unit == qb.unit
    return a.value == b.value


def lenient_equal(gold: ClaimView, extracted: ClaimView) -> bool:
    """Same subject, predicate, object and value low/high/unit (or text)."""
    return (
        gold.subject == extracted.subject
        and gold.predicate == extracted.predicate
        and gold.object == extracted.object
        and _value_core_equal(gold, extracted)
    )


def strict_equal(gold: ClaimView, extracted: ClaimView) -> bool:
    """Every compared field equal: lenient plus qualifiers, bound, approx, modality, valid."""
    if not lenient_equal(gold, extracted):
        return False
    if isinstance(gold.value, QuantityKey) and isinstance(extracted.value, QuantityKey):
        flags = (gold.value.approx, gold.value.bound)
        if flags != (extracted.value.approx, extracted.value.bound):
            return False
    return (
        gold.qualifiers == extracted.qualifiers
        and gold.modality == extracted.modality
        and gold.valid == extracted.valid
    )


Pair = tuple[int, int]


def max_matching(
    gold: Sequence[ClaimView],
    extracted: Sequence[ClaimView],
    equal: Callable[[ClaimView, ClaimView], bool],
    taken_gold: frozenset[int] = frozenset(),
    taken_extracted: frozenset[int] = frozenset(),
) -> list[Pair]:
    """A maximum one-to-one matching between free gold and free extracted claims.

    Augmenting paths (Kuhn's algorithm): articles hold a handful of claims, and a greedy
    match could pair a gold claim with the one extracted claim another gold needed.
    Pairs are ``(gold index, extracted index)``, sorted by gold index.
    """
    free_e = [j for j in range(len(extracted)) if j not in taken_extracted]
    edges = {
        i: [j for j in free_e if equal(gold[i], extracted[j])]
        for i in range(len(gold))
        if i not in taken_gold
    }
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in edges:
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def _same_modality_lenient(gold: ClaimView, extracted: ClaimView) -> bool:
    return lenient_equal(gold, extracted) and gold.modality == extracted.modality


@dataclass(frozen=True)
class ArticleResult:
    """One article's gold and extracted claims and how they were paired."""

    article: GoldArticle
    extracted: tuple[ClaimView, ...]
    strict: tuple[Pair, ...]
    lenient: tuple[Pair, ...]

    def pairs(self, mode: Mode) -> tuple[Pair, ...]:
        return self.strict if mode == "strict" else self.lenient

    def misses(self, mode: Mode) -> list[ClaimView]:
        """Gold claims no extracted claim matched."""
        hit = {i for i, _ in self.pairs(mode)}
        return [c for i, c in enumerate(self.article.claims) if i not in hit]

    def false_positives(self, mode: Mode) -> list[ClaimView]:
        """Extracted claims that matched no gold claim."""
        hit = {j for _, j in self.pairs(mode)}
        return [c for j, c in enumerate(self.extracted) if j not in hit]


def match_claims(
    gold: Sequence[ClaimView], extracted: Sequence[ClaimView]
) -> tuple[list[Pair], list[Pair]]:
    """Strict and lenient one-to-one pairings of one article's claims.

    Lenient pairs extend the strict ones: strict pairs first, then lenient pairs that
    agree on modality, then any lenient pair, so the confusion matrix blames a modality
    only where no better partner existed. Each stage is a maximum matching on what is
    left, and lenient equality classes are preserved by strict pairs, so the lenient
    total is the maximum too.
    """
    strict = max_matching(gold, extracted, strict_equal)
    lenient = list(strict)
    for equal in (_same_modality_lenient, lenient_equal):
        lenient += max_matching(
            gold,
            extracted,
            equal,
            frozenset(i for i, _ in lenient),
            frozenset(j for _, j in lenient),
        )
    return strict, sorted(lenient)


def distinct(claims: Iterable[ClaimView]) -> tuple[ClaimView, ...]:
    """Claims with identical compared fields, kept once (the first quote wins).

    A claim's identity (``claim_id``) is its content, not its quote: the same statement
    made in the headline and again in the body is one claim, as the gold set records it.
    """
    seen: set[ClaimView] = set()
    kept = []
    for claim in claims:
        key = replace(claim, quote="")
        if key not in seen:
            seen.add(key)
            kept.append(claim)
    return tuple(kept)


def score_article(article: GoldArticle, extracted: Iterable[object]) -> ArticleResult:
    """Pair one article's extracted claims (Claim objects or dicts) with its gold claims.

    Extracted claims identical in every compared field count once (see ``distinct``).
    """
    views = distinct(view(claim) for claim in extracted)
    strict, lenient = match_claims(article.claims, views)
    return ArticleResult(article, views, tuple(strict), tuple(lenient))


# -- counting ---------------------------------------------------------------------------


@dataclass
class Counts:
    """True positives against the number of gold and extracted claims."""

    matched: int = 0
    gold: int = 0
    extracted: int = 0

    @property
    def precision(self) -> float:
        """Matched over extracted; 1.0 when nothing was extracted and nothing was due.

        An extractor that says nothing where there was something to find earns no
        precision (0.0), so silence cannot pass the targets.
        """
        if self.extracted == 0:
            return 1.0 if self.gold == 0 else 0.0
        return self.matched / self.extracted

    @property
    def recall(self) -> float:
        """Matched over gold; 1.0 when the gold has nothing to find."""
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.matched += other.matched
        self.gold += other.gold
        self.extracted += other.extracted


@dataclass
class Report:
    """Counts per mode, by predicate, by language and overall, plus modality confusion."""

    overall: dict[str, Counts] = field(default_factory=dict)
    by_language: dict[tuple[str, str], Counts] = field(default_factory=dict)
    by_predicate: dict[tuple[str, str], Counts] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    articles: int = 0

    def languages(self) -> list[str]:
        return sorted({lang for _, lang in self.by_language})

    def predicates(self) -> list[str]:
        return sorted({pred for _, pred in self.by_predicate})


def _predicate_counts(result: ArticleResult, mode: Mode) -> dict[str, Counts]:
    counts: dict[str, Counts] = {}
    for claim in result.article.claims:
        counts.setdefault(claim.predicate, Counts()).gold += 1
    for claim in result.extracted:
        counts.setdefault(claim.predicate, Counts()).extracted += 1
    for i, _ in result.pairs(mode):
        counts[result.article.claims[i].predicate].matched += 1
    return counts


def build_report(results: Iterable[ArticleResult]) -> Report:
    """Sum article results into one report."""
    report = Report(overall={mode: Counts() for mode in MODES})
    for result in results:
        report.articles += 1
        lang = result.article.language
        for mode in MODES:
            per_language = report.by_language.setdefault((mode, lang), Counts())
            for predicate, counts in _predicate_counts(result, mode).items():
                report.by_predicate.setdefault((mode, predicate), Counts()).add(counts)
                per_language.add(counts)
                report.overall[mode].add(counts)
        for i, j in result.lenient:
            gold_modality = result.article.claims[i].modality
            report.confusion[(gold_modality, result.extracted[j].modality)] += 1
    return report


def score(
    articles: Sequence[GoldArticle], extracted: Mapping[str, Iterable[object]]
) -> tuple[Report, list[ArticleResult]]:
    """Score every article against its extracted claims (by article id; missing = none)."""
    results = [score_article(article, extracted.get(article.id, ())) for article in articles]
    return build_report(results), results


def languages_of(articles: Iterable[GoldArticle]) -> Counter[str]:
    """How many articles each language has."""
    return Counter(article.language for article in articles)
