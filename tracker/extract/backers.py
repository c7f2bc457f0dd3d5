"""English investments said through the investor's role or the stake's owner.

"AWS counts Anthropic, whose largest investor is Amazon with $8 billion committed, as …"
(the company named before "whose" is the target, the one after the copula the investor),
"Amazon has not invested in OpenAI; the $8 billion is its stake in Anthropic" (the amount
is the stake of the company the sentence is about, in the company after "stake in"), and
"The startup, which counts Amazon as its largest backer with $8 billion invested" (the
company in the role invests in the role's owner).
"""

from __future__ import annotations

import re

from tracker.domain.claims import Quantity
from tracker.extract.analysis import Sentence
from tracker.extract.patterns import by_first_char
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span
from tracker.extract.timex import point_at

_COMPANY = ("company",)
_CURRENCIES = ("USD", "KRW", "EUR", "JPY", "CNY", "TWD", "HKD", "AUD", "CAD", "SGD", "GBP")
_WHOSE = re.compile(
    r",\swhose\s(?:[\w-]+\s){0,2}?(?:investor|backer|shareholder|funder)\s(?:is|remains|was)\s$",
    re.IGNORECASE,
)
_ITS_STAKE = re.compile(
    r"^\s(?:is|was|represents|reflects)\s(?:its|their)\s(?:[\w-]+\s)?(?:stake|investment)\sin\s$",
    re.IGNORECASE,
)


def backer_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """ "X, whose largest investor is Y with $N", "the $N is its stake in X" (English)."""
    if s.language != "en" or s.table is not None:
        return []
    low = s.lowered
    out: list[Candidate] = []
    if "whose" in low:
        out.extend(_whose(s, state))
    if " its stake in " in low or " its investment in " in low:
        out.extend(_its_stake(s, state))
    if not out and _ROLE_WORD.search(low):
        out.extend(_named_by_role(s, state))
    if not out and " with " in low and _RAISED.search(low):
        out.extend(_round_share(s, state))
    return out


_RAISED = re.compile(r"\brais(?:ed|es|ing|e)\b|\bclosed\s(?:a|its)\b")
_WITH_BEFORE = re.compile(r"\bwith\s$")
_SHARE_AFTER = re.compile(
    r"\s(?:contributing|investing|putting\sin|providing|committing|chipping\sin|adding|"
    r"kicking\sin|supplying)\b",
    re.IGNORECASE,
)


def _round_share(s: Sentence, state: RuleState) -> list[Candidate]:
    """ "xAI raised $20 billion in its latest round, with Nvidia contributing up to $2
    billion": the named participant's share is its investment in the company that raised
    (the round's total stays nobody's)."""
    companies = s.of_kind(_COMPANY)
    for k, investor in enumerate(companies):
        if not _WITH_BEFORE.search(s.text, 0, investor.start):
            continue
        share = _SHARE_AFTER.match(s.text, investor.end)
        raiser = next((m for m in companies[:k] if m.id != investor.id), None)
        if share is None or raiser is None:
            continue
        stop = s.text.find(",", share.end())
        i = _money(s, state, share.end(), stop if stop >= 0 else len(s.text))
        if i is None:
            continue
        return _claim(s, state, i, investor.id, raiser.id, Span(raiser.start, investor.end))
    return []


# ``\b(?:investor|backer|shareholder|funder)s?\b`` with each word's boundary behind its
# first letter: a pattern that opens with plain letters is scanned in C (by_first_char)
_ROLE_WORD = re.compile(
    "(?:" + by_first_char(["investor", "backer", "shareholder", "funder"], r"\w") + r")s?\b"
)
# "counts Amazon as its largest backer", "Amazon, its biggest investor,", "its main
# backer Amazon": the company in the role is the investor, the role's owner the target
_ROLE_AFTER = re.compile(
    r",?\s(?:as\s|is\s|remains\s)?(?:its|their)\s(?:[\w-]+\s){0,2}?"
    r"(?:investor|backer|shareholder|funder)\b",
    re.IGNORECASE,
)
_ROLE_BEFORE = re.compile(
    r"\b(?:its|their)\s(?:[\w-]+\s){0,2}?(?:investor|backer|shareholder|funder),?\s$",
    re.IGNORECASE,
)


def _named_by_role(s: Sentence, state: RuleState) -> list[Candidate]:
    """ "The startup, which counts Amazon as its largest backer with $8 billion invested":
    the amount is the role-holder's investment in the company the sentence is about."""
    companies = s.of_kind(_COMPANY)
    for k, investor in enumerate(companies):
        role = _ROLE_AFTER.match(s.text, investor.end) or _ROLE_BEFORE.search(
            s.text, 0, investor.start
        )
        owners = [m for m in companies[:k] if m.id != investor.id]
        if role is None or not owners:
            continue
        stop = s.text.find(",", max(role.end(), investor.end) + 1)
        i = _money(s, state, investor.end, stop if stop >= 0 else len(s.text))
        if i is None:
            continue
        target = owners[-1]
        return _claim(s, state, i, investor.id, target.id, Span(target.start, investor.end))
    return []


def _money(s: Sentence, state: RuleState, lo: int, hi: int) -> int | None:
    return next(
        (
            i
            for i, q in enumerate(s.quantities)
            if i not in state.used and q.unit in _CURRENCIES and lo <= q.start < hi
        ),
        None,
    )


def _whose(s: Sentence, state: RuleState) -> list[Candidate]:
    companies = s.of_kind(_COMPANY)
    for k, investor in enumerate(companies):
        head = _WHOSE.search(s.text, 0, investor.start)
        if head is None or k == 0:
            continue
        target = companies[k - 1]
        end = s.text.find(",", investor.end)
        i = _money(s, state, investor.end, end if end >= 0 else len(s.text))
        if i is None or target.end > head.start() or target.id == investor.id:
            continue
        return _claim(s, state, i, investor.id, target.id, Span(head.start(), investor.end))
    return []


def _its_stake(s: Sentence, state: RuleState) -> list[Candidate]:
    for i, q in enumerate(s.quantities):
        if i in state.used or q.unit not in _CURRENCIES:
            continue
        after = [m for m in s.of_kind(_COMPANY) if m.start > q.end]
        if not after or not _ITS_STAKE.match(s.text[q.end : after[0].start]):
            continue
        # "its": the subject of the sentence (the first company named, not after "in")
        owners = [m for m in s.of_kind(_COMPANY) if m.end <= q.start]
        if not owners or owners[0].id == after[0].id:
            continue
        return _claim(s, state, i, owners[0].id, after[0].id, Span(q.start, after[0].end))
    return []


def _claim(
    s: Sentence, state: RuleState, i: int, investor: str, target: str, span: Span
) -> list[Candidate]:
    q = s.quantities[i]
    valid = point_at(s.published)
    modality = s.modality(q.start, valid, span)
    if modality is None:
        return []
    state.used.add(i)
    value = Quantity(low=q.low, high=q.high, unit=q.unit, approx=q.approx, bound=q.bound)
    return [
        Candidate(investor, "investment", modality, valid, q.start, {"target": target}, None, value)
    ]
