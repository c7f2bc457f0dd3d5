"""Near-future spans that name no calendar period ("in a few weeks", "over the coming
months", "within weeks"): the GUIDE resolves no time from them, so a claim they time stays
at publication, but what they time has not happened yet. A clause with one and no modality
cue is a future action, not a present fact: a company's own word about it (a saying verb,
no third party) is ``announced``, as the GUIDE rules for a future action with no plan word;
otherwise it is ``planned``, like any other future with no cue."""

from __future__ import annotations

import re

from tracker.domain.claims import Modality

# "in a few weeks", "within the next few months", "in the coming days", "in the weeks
# ahead"; not "within weeks of opening" (a span after a past event) nor "in the past few
# weeks" (numbered spans, "in the next 12 months", are times of their own)
_NEAR_FUTURE = re.compile(
    r"\b(?:in|within|over)\s(?:the\s)?(?:next|coming)\s(?:few\s|several\s|couple\s(?:of\s)?)?"
    r"(?:days|weeks|months)\b(?!\sof\b)"
    r"|\b(?:in|within)\s(?:a\s(?:few|couple(?:\sof)?|matter\sof)\s|several\s)?"
    r"(?:days|weeks|months)\b(?!\s(?:of|after|ago|before|earlier|later)\b)"
    r"|\bin\sthe\s(?:days|weeks|months)\sahead\b",
    re.IGNORECASE,
)
# the company's (or its executive's) own word: a saying verb, or a post
_SAYING = re.compile(r"\b(?:said|says|say|wrote|writes|posted|told|confirmed|announced)\b", re.I)
_THIRD_PARTY = re.compile(
    r"\b(?:analysts?|brokerage|broker|people\sfamiliar|person\sfamiliar|sources?|according\sto)\b",
    re.IGNORECASE,
)


def near_future(clause: str) -> bool:
    """Whether the clause times its statement by a near-future span with no calendar date."""
    return _NEAR_FUTURE.search(clause) is not None


def near_future_modality(sentence: str) -> Modality:
    """The modality of a cue-less clause timed by a near-future span (see the module)."""
    if _SAYING.search(sentence) and not _THIRD_PARTY.search(sentence):
        return "announced"
    return "planned"
