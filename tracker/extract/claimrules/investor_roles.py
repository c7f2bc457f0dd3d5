"""English investments whose investor is not the subject before the amount (the investment
rule's usual reading), three general constructions:

- a fronted participle: "After investing $8 billion in Anthropic, Amazon is its largest
  shareholder", "Having put $3 billion into Anthropic, Google …": the subject after the
  comma invests in the target of the participle;
- an amount heading a relative clause: "The $8 billion Amazon has invested in Anthropic …",
  "Of the $13 billion Microsoft has committed to OpenAI, …": the relative clause's subject
  invests;
- a backer's role with its amount: "Amazon is Anthropic's largest investor, with $8 billion
  committed", "Microsoft, OpenAI's biggest backer with about $13 billion invested, …": the
  backer invests in the company whose backer it is; so does a backer whose relative clause
  puts the amount "into the start-up" ("Rebellions, backed by KT, which has put 30 billion
  won into the start-up, …").
"""

from __future__ import annotations

import re

from tracker.domain.claims import Modality
from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import _COMPANY
from tracker.extract.entities import Mention
from tracker.extract.quantities import QuantityMatch
from tracker.extract.raised_from import own_source_en, possessor_en
from tracker.extract.text import Span
from tracker.extract.unnamed import spent_on_site

_PUT = (
    r"(?:invest(?:ed|ing)?|put(?:ting)?|pour(?:ed|ing)?|committ(?:ed|ing)|sunk|sinking"
    r"|pump(?:ed|ing))"
)
_LEAD = r"(?:(?:a\stotal\sof|about|around|roughly|some|more\sthan|over|up\sto|nearly|almost)\s)?"
_PARTICIPLE = re.compile(rf"(?:After|Having|Since)\s(?:been\s)?{_PUT}\s{_LEAD}$", re.I)
_INTO = re.compile(r"\s(?:in|into|to)\s(?:the\s)?$")
_RELATIVE_VERB = re.compile(
    rf"\s(?:has|had|have)\s(?:(?:so\sfar|already|now)\s)?{_PUT}\s(?:in|into|to)\s"
)
_BACKER = re.compile(
    r"['’]s\s(?:[\w-]+\s){0,3}?(?:investor|backer|shareholder|funder),?\s(?:with|having\s"
    rf"{_PUT}(?:\sin)?)\s{_LEAD}$",
    re.I,
)
_BACKER_IS = re.compile(r"(?:,\s|\s(?:is|was|remains|has\sbeen)\s(?:also\s|now\s|still\s)?)$")
_COMMITTED_AFTER = re.compile(rf"\s(?:{_PUT}|in\s(?:investments?|funding))\b")
_TARGETS = ("company", "cluster", "facility")
_PART_OF = re.compile(r"\b[Oo]f\sthe\s$")


def investor_named_around(s: Sentence, q: QuantityMatch) -> tuple[Mention, str] | None:
    """(investor, target id) of an amount whose investor stands after it or in a backer's
    role before it, if the sentence says so in one of the three constructions."""
    if s.language != "en":
        return None
    return (
        _after_participle(s, q)
        or _relative_subject(s, q)
        or _backer(s, q)
        or _with_from(s, q)
        or _backer_relative(s, q)
    )


# "X, backed by Y, which has put N into the start-up": the relative clause after the backer
# opens with its pronoun and puts money into a description of the sentence's subject
_WHICH_PUT = re.compile(
    rf",\s(?:which|who)\s(?:(?:has|had|have)\s)?(?:(?:so\sfar|already|now)\s)?{_PUT}\s{_LEAD}$"
)
_INTO_SUBJECT = re.compile(
    r"\s(?:in|into)\s(?:the|that)\s(?:[\w-]+\s)?(?:start-?up|company|firm|lab|chipmaker|"
    r"chip\sdesigner|designer|developer|business)\b"
)


def _backer_relative(s: Sentence, q: QuantityMatch) -> tuple[Mention, str] | None:
    """(backer, subject) of "Rebellions, backed by KT, which has put 30 billion won into
    the start-up": the relative pronoun's antecedent, the company right before it, puts
    the amount into the company the sentence is about, named first."""
    if "which" not in s.text and "who" not in s.text:
        return None
    relative = _WHICH_PUT.search(s.text, max(0, q.start - 60), q.start)
    if relative is None or _INTO_SUBJECT.match(s.text, q.end) is None:
        return None
    companies = s.of_kind(_COMPANY)
    backer = next((m for m in reversed(companies) if m.end == relative.start()), None)
    subject = companies[0] if companies else None
    if backer is None or subject is None or subject.start > 3 or subject.id == backer.id:
        return None
    return backer, subject.id


def _after_participle(s: Sentence, q: QuantityMatch) -> tuple[Mention, str] | None:
    if _PARTICIPLE.fullmatch(s.text, 0, q.start) is None:
        return None
    comma = s.text.find(",", q.end)
    if comma < 0:
        return None
    targets = [
        m
        for m in s.mentions
        if m.kind in _TARGETS and q.end < m.start < comma and _INTO.search(s.text, q.end, m.start)
    ]
    subjects = [m for m in s.of_kind(_COMPANY) if comma < m.start <= comma + 3]
    if not targets or not subjects or subjects[0].id == targets[0].id:
        return None
    return subjects[0], targets[0].id


def _relative_subject(s: Sentence, q: QuantityMatch) -> tuple[Mention, str] | None:
    subject = next((m for m in s.of_kind(_COMPANY) if q.end + 1 <= m.start <= q.end + 6), None)
    if subject is None or not re.fullmatch(r"\s(?:that\s|which\s)?", s.text[q.end : subject.start]):
        return None
    if _PART_OF.search(s.text, max(0, q.start - 12), q.start):
        return None  # "Of the $13 billion Microsoft has committed, $11 billion …": parts follow
    verb = _RELATIVE_VERB.match(s.text, subject.end)
    if verb is None:
        return None
    target = next(
        (m for m in s.mentions if m.kind in _TARGETS and m.start in (verb.end(), verb.end() + 4)),
        None,
    )
    if target is None or target.id == subject.id:
        return None
    return subject, target.id


def _backer(s: Sentence, q: QuantityMatch) -> tuple[Mention, str] | None:
    companies = [m for m in s.of_kind(_COMPANY) if m.end <= q.start]
    if len(companies) < 2:
        return None
    investor, target = companies[-2], companies[-1]
    role = _BACKER.fullmatch(s.text, target.end, q.start)
    if investor.id == target.id or role is None:
        return None
    if _BACKER_IS.fullmatch(s.text, investor.end, target.start) is None:
        return None
    if "with " in role.group() and _COMMITTED_AFTER.match(s.text, q.end) is None:
        return None  # "with $8 billion committed", not "with $8 billion in revenue"
    return investor, target.id


_POSSESSED_APPOSITION = re.compile(r"['’]s\s(?:[\w-]+\s){0,3}?[\w-]+,\s")


def possessor_of(s: Sentence, m: Mention, nxt: Mention) -> bool:
    """Whether ``m`` is the possessor of a noun whose name follows in apposition
    ("Anthropic's largest backer, Amazon"): not the subject, which is the name."""
    return _POSSESSED_APPOSITION.fullmatch(s.text, m.end, nxt.start) is not None


# "Anthropic, with $8 billion from Amazon and $3 billion from Google, …", "xAI, backed by
# $2 billion from Nvidia, …": the company before the aside raised the money named after it
_WITH_BEFORE = re.compile(rf"(?:,\s|\s)(?:with|backed\sby|funded\sby)\s{_LEAD}$")


def _with_from(s: Sentence, q: QuantityMatch) -> tuple[Mention, str] | None:
    lead = _WITH_BEFORE.search(s.text, max(0, q.start - 30), q.start)
    if lead is None:
        return None
    source = own_source_en(s, q.end)
    heads = [m for m in s.of_kind(_COMPANY) if m.end <= lead.start() and lead.start() - m.end <= 1]
    if source is None or not heads or heads[-1].id == source:
        return None
    investor = next(m for m in s.mentions if m.id == source and m.start > q.end)
    return investor, heads[-1].id


def triggered(s: Sentence, q: QuantityMatch, clause: Span) -> bool:
    """Whether the amount's clause speaks of investing: a trigger word, money spent on a
    site ("has spent more than 20 billion dollars on the project"), or a backer's amount
    ("…'s largest investor, with $8 billion committed")."""
    return (
        s.has_trigger("investment", clause)
        or (
            s.language == "en"
            and spent_on_site(
                s.lowered,
                q.end,
                (clause.start, clause.end),
                _site_starts(s),
            )
        )
        or investor_named_around(s, q) is not None
    )


def _site_starts(s: Sentence) -> list[int]:
    return [m.start for m in s.mentions if m.kind in ("cluster", "facility")]


def owns_amount(s: Sentence, m: Mention) -> bool:
    """Whether a company is named as the owner of the amount right after it ("Google's $3
    billion"): an investor, never a target."""
    return possessor_en(s, m.end + 3) == m.id


# "Amazon agreed last year to invest up to $4 billion", "agreed in September to put $2bn
# into …": an agreement to invest with its time between, which the contiguous cue misses
_AGREED_GAP = re.compile(
    rf"\bagree(?:s|d)?\s(?:[\w-]+\s){{1,4}}?to\s(?:{_PUT}|take\sa\sstake)\b", re.I
)


def agreed_later(s: Sentence, modality: Modality | None, clause: Span) -> Modality | None:
    """An agreement to invest is the investor's announcement (as 'agreed to invest' is),
    also with a time or an adverb between 'agreed' and 'to invest'."""
    if modality not in ("actual", "planned") or s.language != "en":
        return modality
    if _AGREED_GAP.search(s.text, clause.start, clause.end) is None:
        return modality
    return "announced"
