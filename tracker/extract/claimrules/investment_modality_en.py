"""The modality of an English investment that the sentence's general cues misread:
being close to putting money in (a deal not yet made: ``considering``), a standing pledge
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
_CLOSE_TO = re.compile(
    rf"\b(?:close|closer|closing\sin\son|nearing)\s(?:to\s)?{_PUTTING}\b"
    r"|\bnear(?:ing)?\s(?:a\s)?(?:decision|deal|agreement)\sto\s(?:invest|put|commit|buy|back)\b",
    re.I,
)
# a clause of its own begins: the cue before it is another statement's
_NEW_STATEMENT = re.compile(r";|\s(?:while|whereas|but)\s|,\sand\s(?=[A-Z])")
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
    if close is not None and not _NEW_STATEMENT.search(before, close.end()):
        return "considering"
    if modality == "actual" and _PLEDGE.search(before[-60:]):
        return "announced"
    if (
        modality == "actual"
        and _AGREED_TO_BUY.search(before[-160:])
        and _SHARES_AFTER.match(s.text, q.end)
    ):
        return "announced"
    return modality


def joint_amount(s: Sentence, q: QuantityMatch) -> bool:
    """Whether an English amount is the sum of several backers ("between them")."""
    if s.language != "en":
        return False
    rest = s.text[q.end : q.end + 80]
    stop = _CLAUSE_END.search(rest)
    return _JOINT.search(rest[: stop.start() if stop else None]) is not None
