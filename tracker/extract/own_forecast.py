"""A company's forecast of its own figure is its plan (GUIDE: "A company's own future
number is planned, not forecast"): "TSMC sees its CoWoS capacity at 150,000 wafers a month
by the end of 2027", "TSMC forecast that CoWoS capacity would reach …", "SK hynix projects
HBM4 capacity of …". The forecasting verb's subject is the company the figure belongs to;
"Nvidia expects TSMC's capacity to …" (another company's expectation) stays a forecast, and
so does any statement with an analyst's word in it."""

from __future__ import annotations

import re

from tracker.extract.entities import Mention

# the company, then (after at most a few words: "also", "now", a title) its verb of
# expecting or projecting, then its own figure
_OWN_VERB = re.compile(
    r"(?:['’]s\s(?:management|executives|chief\sexecutive|ceo|cfo))?\s(?:\w+\s){0,1}?"
    r"(?:sees|see|forecast|forecasts|forecasted|projects|projected|predicts|predicted"
    r"|estimates|estimated|anticipates|anticipated)\b",
    re.IGNORECASE,
)
_THIRD_PARTY = re.compile(
    r"\b(?:analysts?|brokers?|brokerages?|research\sfirm|market\sresearcher|trendforce"
    r"|counterpoint|sources?|people\sfamiliar|according\sto|consensus)\b",
    re.IGNORECASE,
)


def own_forecast(text: str, subject: Mention, anchor: int) -> bool:
    """Whether the figure at ``anchor`` is forecast by ``subject`` itself (named right before
    the forecasting verb, ahead of the figure), with no third party in the sentence."""
    if subject.end > anchor or _THIRD_PARTY.search(text):
        return False
    return _OWN_VERB.match(text, subject.end, anchor) is not None


_EXPECTS = re.compile(
    r"\s(?:\w+\s){0,1}?(?:expects|expected|sees|forecasts|projects|predicts|estimates"
    r"|anticipates)\s",
    re.IGNORECASE,
)


def expected_by_other(text: str, companies: list[Mention], subject: str, anchor: int) -> bool:
    """Whether another company's verb of expecting frames the figure at ``anchor``
    ("Nvidia expects TSMC's CoWoS capacity to reach …"): a third party's expectation about
    the company, a forecast (GUIDE), not the company's plan."""
    for m in companies:
        if m.id == subject or m.end > anchor:
            continue
        if _EXPECTS.match(text, m.end, anchor) is not None:
            return True
    return False
