"""The modality of an English investment that the sentence's general cues misread:
being close to putting money in (a deal not yet made: ``considering``), a company saying it
would invest (its own word, no plan word: ``announced``), a standing pledge
named as a noun ("its pledge of up to $5bn", "reiterated its pledge to invest ...") and an
agreement to buy a company's shares ("agreed last week to buy $2bn of its stock", "entered
into an agreement ... to purchase $5bn of common stock"): a formal commitment not yet
carried out, ``announced`` (GUIDE: "agree(s) to invest, or to buy a company's shares").
A joint amount ("would put in $1.4 billion between them") is no one investor's."""

from __future__ import annotations

import re

from tracker.domain.claims import Modality
from tracker.extract.analysis import Sentence
from tracker.extract.quantities import QuantityMatch

# the verbs of putting money in, as the -ing form after "close to" / "nearing"
_PUTTING = (
    r"(?:committing|investing|putting|pouring|injecting|pumping|buying|taking|leading|"
    r"backing|funding|writing|sinking|making)"
)
# "is close to committing", "are closing in on investing", "is nearing a deal to invest":
# a step not yet taken; "close to" before an amount ("close to $2bn") is only approximate
# A near miss told in the past ("came close to leading", "Having come close to buying")
# is no step still to take (review 12 F3).
_CLOSE_TO = re.compile(
    r"(?<!\bcame\s)(?<!\bcome\s)(?<!\bcoming\s)"
    rf"\b(?:close|closer|closing\sin\son|nearing)\s(?:to\s)?{_PUTTING}\b"
    r"|\bnear(?:ing)?\s(?:a\s)?(?:decision|deal|agreement)\sto\s(?:invest|put|commit|buy|back)\b",
    re.I,
)
# a clause of its own begins: the cue before it is another statement's
_NEW_STATEMENT = re.compile(r";|\s(?:while|whereas|but)\s|,\sand\s(?=[A-Z])")
# ", which was close to leading the round," : an aside about the subject, not this amount
_ASIDE_OPENS = re.compile(r",\s(?:which|who)\s[^,;]*$", re.I)
# "its pledge of up to $40 billion", "reiterated its pledge to invest up to $5 billion in"
_PLEDGE = re.compile(
    r"\bpledges?\s(?:of|to\s(?:invest|put|provide|commit|inject)(?:\s(?:in|into))?)"
    r"\s(?:[\w,-]+\s){0,3}$",
    re.I,
)
# "agreed last week to buy $2 billion of", "entered into an agreement with X to purchase"
_AGREED_TO_BUY = re.compile(
    r"(?:\bagree(?:s|d)?\s(?:[\w-]+\s){0,4}?"
    r"|\b(?:enter(?:s|ed)?\sinto|signed|struck|reached)\s(?:an?\s)?(?:[\w-]+\s)?agreement"
    r"\s(?:with\s[^,;]{1,60}?\s)?)"
    r"to\s(?:buy|purchase|acquire|subscribe\sfor)\s(?:[\w,-]+\s){0,3}$",
    re.I,
)
# "Nvidia said last week it would put as much as £500m into …": the company's own word of a
# future investment, with no plan word, is an announcement (dev gold: 3 of 3)
_SAID_WOULD = re.compile(
    r"\b(?:said|says|announced|confirmed)\s(?:[\w,]+\s){0,3}?(?:that\s)?(?:it|they)\swould\s"
    r"(?:invest|put|commit|inject|pour|take\sa\sstake)\b[^;]{0,40}$",
    re.I,
)
_ACCOUNT_OF_OTHERS = re.compile(r"\baccording\sto\b|\b(?:people|sources?)\sfamiliar\b", re.I)
_NEXT_STATEMENT = re.compile(r"[;.]|,\s(?:and|but|while|whereas)\s")
# the verbs of "said it plans to invest" only: not statements._PLAN_WORD (see there)
_PLAN_WORD = re.compile(r"\b(?:plans?|planned|aims?|intends?|targets?|goal)\b", re.I)
_SHARES_AFTER = re.compile(
    r"\s(?:worth\s)?of\s(?:[\w'’.-]+\s){0,4}?(?:shares|stock|equity|stake|preferred)\b", re.I
)
# "... would put in about $1.4 billion between them": a sum of several, no one's
_JOINT = re.compile(
    r"\s(?:between|among(?:st)?)\s(?:them|the\stwo|the\sthree|the\sgroup)\b|\s(?:combined|jointly)\b",
    re.I,
)

_CLAUSE_END = re.compile(r"[,;.]")


def investment_modality_en(
    s: Sentence, q: QuantityMatch, modality: Modality | None
) -> Modality | None:
    """The modality of one English amount, corrected for the readings above."""
    if s.language != "en" or modality is None:
        return modality
    before = s.text[: q.start]
    close = max(_CLOSE_TO.finditer(before), key=lambda m: m.start(), default=None)
    if (
        close is not None
        and not _NEW_STATEMENT.search(before, close.end())
        and not _in_aside(before, close.start())
    ):
        return "considering"
    if (
        modality == "planned"
        and (said := _SAID_WOULD.search(before[-140:])) is not None
        and not _PLAN_WORD.search(said.group(0))
        and not _ACCOUNT_OF_OTHERS.search(_own_clause_after(s, q))
    ):
        # (told "according to people familiar", the statement is theirs: left as it is)
        return "announced"
    if modality == "actual" and _PLEDGE.search(before[-60:]):
        return "announced"
    if (
        modality == "actual"
        and _AGREED_TO_BUY.search(before[-160:])
        and _SHARES_AFTER.match(s.text, q.end)
    ):
        return "announced"
    return modality


def _in_aside(before: str, pos: int) -> bool:
    """Whether ``pos`` lies in a relative aside (", which …,") closed before the amount."""
    return _ASIDE_OPENS.search(before[:pos]) is not None and "," in before[pos:]


def _own_clause_after(s: Sentence, q: QuantityMatch) -> str:
    """The rest of the amount's clause, up to the next statement."""
    rest = s.text[q.end :]
    stop = _NEXT_STATEMENT.search(rest)
    return rest[: stop.start() if stop else None]


def joint_amount(s: Sentence, q: QuantityMatch) -> bool:
    """Whether an English amount is the sum of several backers ("between them")."""
    if s.language != "en":
        return False
    rest = s.text[q.end : q.end + 80]
    stop = _CLAUSE_END.search(rest)
    return _JOINT.search(rest[: stop.start() if stop else None]) is not None
