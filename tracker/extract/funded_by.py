"""English investments told from the target's side or through a relative clause, where
the investor is not the subject before the money:

- "OpenAI received $30 billion from SoftBank", "OpenAI got a $30 billion investment from
  SoftBank", "OpenAI secured $30 billion of funding from SoftBank": the company after
  "from" invests in the subject (the nearest-company reading made OpenAI invest in
  SoftBank, or gave nothing);
- "Anthropic, backed by $8 billion from Amazon, …": likewise;
- "Anthropic is backed by Google, which has invested $3 billion": the backer named before
  "which" invests in the company backed;
- "OpenAI, in which Microsoft has invested $13 billion, …": the company after "in which"
  invests in the one before it;
- "Google backs Anthropic with $2 billion": the backer invests in the company backed.

An order or a contract received ("received a $2 billion order from AWS") is no investment.
"""

from __future__ import annotations

import re

from tracker.domain.claims import Quantity
from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.timex import point_at

_CURRENCIES = ("USD", "KRW", "EUR", "JPY", "CNY", "TWD", "HKD", "AUD", "CAD", "SGD", "GBP")
_TARGETS = ("company", "cluster", "facility")
_RECEIVED = re.compile(
    r"\b(?:receiv\w*|got|gets?|getting|secur\w*|won|wins?|land(?:s|ed)?|obtain\w*|took\sin"
    r"|takes\sin|draws?|drew|attract\w*|pull(?:s|ed)\sin)\s(?:a\s|an\s|another\s)?$",
    re.I,
)
_BACKED_BY_MONEY = re.compile(r"\bbacked\sby\s$", re.I)
# between the amount and "from": nothing, or what the money is (never an order or a deal)
_FUNDING_FROM = re.compile(
    r"(?:\s(?:equity\s|strategic\s|new\s|fresh\s)?(?:investment|funding|financing|backing"
    r"|capital|cash)|\s(?:of|in)\s(?:new\s|fresh\s|equity\s)?(?:funding|financing|investment"
    r"|capital|equity))?\sfrom\s(?:its\s|existing\s)?$",
    re.I,
)
_INVESTED = (
    r"(?:has\s|had\s|have\s|already\s)*(?:invested|put(?:\sin)?|poured(?:\sin)?|sunk|committed)\s"
)
_IN_WHICH = re.compile(r",\s(?:in|into)\swhich\s$", re.I)
_IN_WHICH_VERB = re.compile(rf"^\s{_INVESTED}(?:a\stotal\sof\s)?$", re.I)
_BACKER_WHICH = re.compile(rf"^,\s(?:which|who)\s{_INVESTED}(?:a\stotal\sof\s)?$", re.I)
_IS_BACKED_BY = re.compile(
    r"(?:\s(?:is|was|has\sbeen|are|were)\s(?:also\s)?backed\sby"
    r"|['’]s\s(?:[\w-]+\s)?(?:backers|investors|shareholders)\s(?:include|includes|included|are))\s$",
    re.I,
)
# "$8 billion has been invested in Anthropic by Amazon": the passive, target then investor
_INVESTED_IN_BY = re.compile(
    r"^\s(?:has\s|have\s|had\s)?(?:been\s|was\s|were\s)(?:invested|put|poured|sunk)\s(?:in|into)\s$",
    re.I,
)
_BACKS = re.compile(r"^\s(?:backs|backed|is\sbacking|will\sback|plans\sto\sback)\s$", re.I)
_WITH = re.compile(r"^\swith\s(?:a\s|an\s|another\s)?$", re.I)


def funded_by_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """Investments whose investor is named after the money, the target or a relative."""
    if s.language != "en" or s.table is not None:
        return []
    low = s.lowered
    if not any(w in low for w in (" from ", " which ", " who ", " back", " by ")):
        return []
    out: list[Candidate] = []
    for i, q in enumerate(s.quantities):
        if i in state.used or q.unit not in _CURRENCIES:
            continue
        pair = _from_source(s, q.start, q.end) or _in_which(s, q.start) or _backer_which(s, q.start)
        pair = pair or _backs_with(s, q.start) or _invested_by(s, q.end)
        if pair is None:
            continue
        investor, target = pair
        if investor.id == target.id:
            continue
        own = s.time_for(q.start, [x.start for x in s.quantities])
        valid = own.valid if own is not None else point_at(s.published)
        modality = s.modality(q.start, valid)
        if modality is None:
            continue
        state.used.add(i)
        value = Quantity(low=q.low, high=q.high, unit=q.unit, approx=q.approx, bound=q.bound)
        target_q = {"target": target.id}
        out.append(
            Candidate(investor.id, "investment", modality, valid, q.start, target_q, None, value)
        )
    return out


def _companies(s: Sentence) -> list[Mention]:
    return s.of_kind(("company",))


def _from_source(s: Sentence, start: int, end: int) -> tuple[Mention, Mention] | None:
    """ "<target> received $N (of funding) from <investor>", "<target>, backed by $N from
    <investor>"."""
    clause = s.clause_of(start)
    head = s.text[max(clause.start, start - 40) : start]
    received = _RECEIVED.search(head)
    backed = _BACKED_BY_MONEY.search(head)
    if received is None and backed is None:
        return None
    investor = next(
        (
            m
            for m in _companies(s)
            if m.start > end and _FUNDING_FROM.fullmatch(s.text, end, m.start)
        ),
        None,
    )
    if investor is None:
        return None
    verb = start - len(head) + (received or backed).start()  # type: ignore[union-attr]
    before = [m for m in s.of_kind(_TARGETS) if m.end <= verb and s.inner_of(m.start) is None]
    return (investor, before[-1]) if before else None


def _in_which(s: Sentence, start: int) -> tuple[Mention, Mention] | None:
    """ "<target>, in which <investor> has invested $N"."""
    companies = _companies(s)
    investor = next(
        (
            m
            for m in reversed(companies)
            if m.end <= start and _IN_WHICH_VERB.match(s.text[m.end : start])
        ),
        None,
    )
    if investor is None or not _IN_WHICH.search(s.text[: investor.start]):
        return None
    opening = s.text[: investor.start].rstrip()
    at = opening.rfind(",")
    targets = [m for m in s.of_kind(_TARGETS) if m.end <= at]
    return (investor, targets[-1]) if targets else None


def _backer_which(s: Sentence, start: int) -> tuple[Mention, Mention] | None:
    """ "<target> is backed by <investor>, which has invested $N"."""
    companies = _companies(s)
    investor = next(
        (
            m
            for m in reversed(companies)
            if m.end <= start and _BACKER_WHICH.match(s.text[m.end : start])
        ),
        None,
    )
    if investor is None or not _IS_BACKED_BY.search(s.text[: investor.start]):
        return None
    targets = [m for m in s.of_kind(_TARGETS) if m.end <= investor.start and m is not investor]
    return (investor, targets[-1]) if targets else None


def _backs_with(s: Sentence, start: int) -> tuple[Mention, Mention] | None:
    """ "<investor> backs <target> with $N"."""
    targets = [m for m in s.of_kind(_TARGETS) if m.end <= start]
    if not targets or not _WITH.match(s.text[targets[-1].end : start]):
        return None
    target = targets[-1]
    investors = [m for m in _companies(s) if m.end <= target.start]
    if not investors or not _BACKS.match(s.text[investors[-1].end : target.start]):
        return None
    return investors[-1], target


def _invested_by(s: Sentence, end: int) -> tuple[Mention, Mention] | None:
    """ "$N has been invested in <target> by <investor>"."""
    targets = [m for m in s.of_kind(_TARGETS) if m.start >= end]
    if not targets or not _INVESTED_IN_BY.match(s.text[end : targets[0].start]):
        return None
    target = targets[0]
    investor = next((m for m in _companies(s) if m.start > target.end), None)
    if investor is None or s.text[target.end : investor.start].strip() != "by":
        return None
    return investor, target
