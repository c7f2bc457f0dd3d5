"""The core of the general reader of use clauses (:mod:`use_clauses_en`, :mod:`use_clauses_ko`):
a clause read by its argument roles around a verb of use gives one adoption.

A language module finds a :class:`Use` (who uses what, where the verb is, whether the verb
only puts the product to the test); this module decides whether it is an adoption and
fills the claim the way the tuned adopts rule does: the mode and provider from
:func:`use_modes._mode`, the time of the clause, the modality of the verb through
:meth:`Sentence.modality` (a negated clause has none), and the vetoes every language
shares (a product compared or counted, the maker's own chip not at work for it, a use
refused or only asked about). The rules it makes are fallbacks: what they propose is added
after every rule and pass, only where nothing else read the same company and product.

"Acme Cloud now runs its chatbot on rented H200s through Azure" is, for both languages,
``Use(adopter=acme, product=h200, verb=…)`` and becomes ``acme adopts h200, mode=cloud,
via=microsoft, actual``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from tracker.domain.claims import Modality, ValidTime
from tracker.extract.analysis import Sentence
from tracker.extract.bound_for import PARTS, destination_ko
from tracker.extract.claimrules.adoptable import _counted_en, _counted_ko
from tracker.extract.claimrules.common import Candidate, RuleState, _anchors, _same_family
from tracker.extract.claimrules.relations import _own_trial
from tracker.extract.claimrules.use_modes import _mode
from tracker.extract.claimrules.used_verbs import left_behind
from tracker.extract.entities import Mention
from tracker.extract.own_word import own_future_action
from tracker.extract.text import Span
from tracker.extract.timex import counted_span, point_at
from tracker.extract.told_use_en import bare_will, told_future_use

PRODUCT_KINDS = ("chip", "system", "technology")
"""What a company can adopt: a chip, a system or a technology (memory is bought: GUIDE)."""

COMPANY = ("company",)


@dataclass(frozen=True)
class Use:
    """One use clause read by its roles: ``adopter`` uses ``product``; ``verb`` is where the
    verb (or the noun of use) sits; ``trial`` when the verb only puts the product to the
    test ("is testing Gaudi 3", "가우디3를 검증하고 있다"), which is at most ``considering``;
    ``rental`` for a verb of renting; ``offer`` for a cloud offering the product as a
    service ("offers MI355X instances", "B200 기반 인스턴스를 제공")."""

    adopter: Mention
    product: Mention
    verb: int
    clause: Span
    trial: bool = False
    rental: bool = False  # renting: a count of the rented chips keeps the adoption (GUIDE)
    offer: bool = False  # a cloud offering it to its customers: its own chips (GUIDE)


# the product of a benchmark: "2x faster than H100", "H100 대비 3배"
_BENCHMARK_EN = re.compile(
    r"\b(?:than|versus|vs\.?|against|compared\s(?:with|to))\s(?:\S+\s){0,2}$"
)
_BENCHMARK_KO = re.compile(r"\s?(?:칩|GPU)?\s?(?:대비|보다|와\s비교|과\s비교|에\s비해|만큼)")
# "루빈 대신 블랙웰을": the product passed over
_INSTEAD_KO = re.compile(r"['’)]?\s?(?:칩|GPU|가속기)?\s?대신")
# a use given up or refused after its verb: a denial the modality cues do not hold
_REJECTED = re.compile(
    r"\b(?:decided\sagainst|ruled\sout|turned\sdown|passed\son|walked\saway|rejected|dropped)\b"
    r"|않기로|접었|포기했|철회했"
)
# the maker's own chip at work in its own services: inference, training, a service's
# traffic ("MTIA serves our ranking models", "자체 칩으로 추론을 처리"), never for customers,
# nor its design ("자체 개발한")
_OWN_SERVICE = re.compile(
    r"(?!.*(?:customer|고객|자체\s?개발|designed|unveil)).*"
    r"(?:inference|training|traffic|workloads?|serv(?:e|es|ing)\s|추론|학습|훈련|트래픽|처리"
    r"|자사\s?(?:AI\s)?(?:서비스|모델))",
    re.DOTALL,
)
# a use that has ended: "no longer uses", "stopped using", "used to rent"
_GIVEN_UP = re.compile(r"\b(?:no\slonger|stopped|ceased|quit|used\sto)\s$")
# a chance weighed is no claim (the tuned rules' reading): "도입할 가능성", "the odds that"
_CHANCE = re.compile(r"가능성|확률|\b(?:unlikely|chances?|likelihood|odds|possibility)\b")
# a question asserts nothing (GUIDE: a rumour told only in a question): "…?", "들이나"
_QUESTION = re.compile(r"\?[\"”’']?\s*$|(?:나|까)[\"”’']?\s*$")


def usable(
    s: Sentence, m: Mention, *, counted: frozenset[str] = frozenset(), rented: bool = False
) -> bool:
    """Whether a product mention can be the object of a use: not a point of comparison or
    a benchmark, not counted (a count makes it ``deployed_chips``), not passed over."""
    if m.entity.kind not in PRODUCT_KINDS or m.anaphoric or s.is_compared(m) or m.id in counted:
        return False  # "이 칩", "the chip": what it refers to is the tuned rules' to find
    if s.language == "en":
        before = s.lowered[max(0, m.start - 40) : m.start]
        counts = _counted_en(s, m) and not rented
        return not (_BENCHMARK_EN.search(before) or counts or left_behind(s, m.start))
    return not (
        _BENCHMARK_KO.match(s.text, m.end)
        or _counted_ko(s, m, rented)
        or _INSTEAD_KO.match(s.text, m.end)
        or destination_ko(s, m, PARTS)
    )


def counted_ids(s: Sentence) -> frozenset[str]:
    """The chips a sentence counts anywhere in it: its use of them is that deployment."""
    if s.language != "en" or not s.quantities:
        return frozenset()
    return frozenset(m.id for m in s.of_kind(("chip",)) if _counted_en(s, m))


def _told_before(
    s: Sentence, found: list[Candidate], subject: str, product: str, maker_of: dict[str, str | None]
) -> bool:
    """Whether another rule or pass of the sentence already read this company and product:
    an adoption, a count of the chip (which makes the use a deployment), or a deal with the
    product's maker. A deal with a provider does not: the reader fires only on a verb of
    use, and renting a product from a cloud under a contract is an adoption too (GUIDE)."""
    for c in found:
        if c.subject != subject:
            continue
        if c.predicate == "adopts" and c.object == product:
            return True
        if c.predicate == "deployed_chips" and c.qualifiers.get("chip") == product:
            return True
        if (
            c.predicate == "supply_deal"
            and c.qualifiers.get("product") == product
            and _same_family(s, maker_of.get(product), c.object or "")
        ):
            return True  # a deal with the maker is a purchase, however its use is worded
    return False


def settled_fallbacks(s: Sentence, here: list[Candidate]) -> list[Candidate]:
    """``here`` without the fallback adoptions that the document's carries (a deal's start,
    a rented capacity told on) have since told for the same company and product."""
    if not any(c.fallback for c in here):
        return here
    told = [c for c in here if not c.fallback]
    fallbacks = [c for c in here if c.fallback]
    return with_fallbacks(s, told, fallbacks)


def with_fallbacks(
    s: Sentence, found: list[Candidate], fallbacks: list[Candidate]
) -> list[Candidate]:
    """``found`` and the fallback adoptions no rule or pass of the sentence told (the passes
    after the rules add some: "B사는 A사가 … 빌려 쓰는 계약", the renter by its role)."""
    if not fallbacks:
        return found
    maker_of = {m.id: m.entity.maker for m in s.of_kind(PRODUCT_KINDS)}
    kept = [c for c in fallbacks if not _told_before(s, found, c.subject, c.object or "", maker_of)]
    return found + kept if kept else found


def _anothers_site(s: Sentence, use: Use) -> bool:
    """Whether the clause names a site whose known owner is another company: filling it is
    the owner's use, not the builder's (GUIDE: a builder filling another's site)."""
    owners = {m.entity.owner for m in s.of_kind(("cluster", "facility"), use.clause)}
    owners.discard(None)
    return bool(owners) and use.adopter.id not in owners


def _bare_future(
    s: Sentence, modality: Modality | None, clause: Span, valid: ValidTime
) -> Modality | None:
    """``announced`` for a use told with a bare "will", whoever tells it (GUIDE: a bare
    future is announced; the source's tier does not change it): "Acme will also tap
    Ironwood through Google Cloud"."""
    return "announced" if bare_will(s, modality, clause, valid) else modality


def _modality(s: Sentence, use: Use, valid: ValidTime) -> Modality | None:
    """The verb's modality through the shared machinery; a test is at most considering."""
    modality = s.modality(use.verb, valid, use.clause)
    modality = own_future_action(s, modality, use.clause)
    modality = told_future_use(s, modality, use.clause, use.verb, valid)
    modality = _bare_future(s, modality, use.clause, valid)
    if use.trial and modality in ("actual", "announced"):
        return "considering"
    return modality


def adoption(s: Sentence, use: Use) -> Candidate | None:
    """The adoption a use clause tells, with its mode, time and modality, or None when a
    veto holds (:func:`_vetoed`) or the modality machinery reads a negation."""
    own = _same_family(s, use.product.entity.maker, use.adopter.id)
    mode = _mode(s, _conjunct(s, use))
    if own or (use.offer and "via" not in mode):
        mode = {"mode": "on-prem"}  # its own chips, in its own data centers (GUIDE)
    elif not mode and use.trial:
        mode = _own_trial(s, use.adopter, use.clause)  # "We are evaluating …": its own fleet
    if _vetoed(s, use, own, mode):
        return None
    valid = _valid(s, use)
    modality = _modality(s, use, valid)
    if modality is None:
        return None
    found = Candidate(use.adopter.id, "adopts", modality, valid, use.verb, mode, use.product.id)
    found.confidence, found.fallback = 0.7, True
    return found


# where one conjunct of a clause ends and the next begins: ", and", "; ", " and" before a
# second verb phrase ("renting TPUs through Google Cloud next year and buying them for its
# own data centers"), "…빌려 쓰고, 2027년부터는 …"
_CONJUNCT_EN = re.compile(
    r",\s(?:and\s|while\s|but\s)?|;\s|\sand\s(?=to\s|[a-z]+ing\s|from\s|starting\s)"
)
_CONJUNCT_KO = re.compile(r"(?:고|며|으며|지만|는데),?\s")


def _conjunct(s: Sentence, use: Use) -> Span:
    """The conjunct of the clause that holds the use, so that its mode is its own: from the
    last break before the first of verb and product to the first break after the last."""
    lo, hi = sorted((use.verb, use.product.start))
    hi = max(hi, use.product.end)
    breaks = _CONJUNCT_EN if s.language == "en" else _CONJUNCT_KO
    start, end = use.clause.start, use.clause.end
    for m in breaks.finditer(s.text, use.clause.start, use.clause.end):
        if m.end() <= lo:
            start = m.end()
        elif m.start() >= hi:
            end = m.start()
            break
    return Span(start, end)


def _vetoed(s: Sentence, use: Use, own: bool, mode: dict[str, str]) -> bool:
    """The vetoes every language shares, each one general: the maker's own chip not at
    work for it, a use refused, given up or only asked about, a provider renting from
    itself, a builder filling another's site, a technology going into a product, a count
    (which makes the use a deployment)."""
    lo, hi = sorted((use.product.start, use.verb))
    return (
        # a maker designing, unveiling, selling or installing its own chip adopts nothing;
        # only its own chip serving its own work does ("runs parts of Copilot", GUIDE)
        (
            own
            and not use.offer  # "Ironwood … 클라우드 고객에게 제공": a cloud's own chips (GUIDE)
            and not _OWN_SERVICE.match(s.lowered, use.clause.start, use.clause.end)
        )
        or _REJECTED.search(s.lowered, use.verb) is not None  # "… and decided against it"
        or _GIVEN_UP.search(s.lowered, max(0, use.verb - 16), use.verb) is not None
        or _QUESTION.search(s.text) is not None  # "▶ 메타, 구글 TPU 들이나"
        # "…를 도입할 가능성은 희박하다", "the odds that Acme uses …": a chance weighed
        or _CHANCE.search(s.lowered, use.clause.start, use.clause.end) is not None
        or mode.get("via") == use.adopter.id  # "AWS rents Trainium through AWS"
        # "델은 스타게이트 부지에 GB200 랙을 들이고 있다": the site owner's use
        or (not use.rental and "via" not in mode and _anothers_site(s, use))
        # "builds Trainium4 with NVLink Fusion": the product integrates it
        or (use.product.kind == "technology" and bool(s.of_kind(("chip", "system"), use.clause)))
        # "GB300 5만 개를 들인다": deployed_chips (GUIDE); a rental keeps its adoption
        or (
            not use.rental
            and any(q.unit in ("", "count") and lo <= q.start < hi for q in s.quantities)
        )
    )


def _valid(s: Sentence, use: Use) -> ValidTime:
    """The clause's own time (the one nearest before a Korean verb when it names two), else
    the sentence's time for the verb; a span counted from now is how long, not when."""
    times = [
        t
        for t in s.times
        if use.clause.start <= t.start < use.clause.end and not s.told_apart(t, use.verb)
    ]
    if s.language == "ko" and len(times) > 1:
        times = [t for t in times if t.end <= use.verb][-1:] or times
    valid = times[0].valid if times else s.valid_for(use.verb, _anchors(s))
    return point_at(s.published) if counted_span(valid) else valid


def fallback_rule(
    read: Callable[[Sentence], Iterable[Use]], language: str
) -> Callable[[Sentence, RuleState], list[Candidate]]:
    """A rule that proposes the adoptions ``read`` finds in sentences of ``language``: it
    claims nothing itself but leaves them in ``state.fallbacks``, which the extractor adds
    where no other rule or pass read the same company and product (the tuned rules keep
    their answers, :func:`with_fallbacks`)."""

    def rule(s: Sentence, state: RuleState) -> list[Candidate]:
        if s.language != language or not s.of_kind(PRODUCT_KINDS):
            return []
        seen: set[tuple[str, str]] = set()
        for use in read(s):
            key = (use.adopter.id, use.product.id)
            if key in seen:
                continue
            found = adoption(s, use)
            if found is not None:
                seen.add(key)
                state.fallbacks.append(found)
        return []

    rule.__name__ = f"use_clause_rule_{language}"
    return rule
