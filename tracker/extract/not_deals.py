"""English phrasings that look like a supply deal but state none (GUIDE: a deal needs a
supply, buy, order or contract relation between the two parties).

"Trainium4 will hook into Nvidia's NVLink Fusion" puts a product *into* a company's
technology: an integration, not a delivery ("get HBM4 into Nvidia's Rubin" is one).
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.executives_ko import quoted_executive

# a joining verb right before "into": the product is fitted to a technology, not sold
_JOINED_INTO = re.compile(
    r"\b(?:hook|plug|slot|tie|fit|snap|integrat|wire|connect|built|designed|tap)\w*\s"
    r"(?:\w+\s)?$",
    re.IGNORECASE,
)


def joined_into(lowered: str, into_at: int) -> bool:
    """Whether the "into" at ``into_at`` follows a joining verb ("will hook into",
    "slots neatly into"): the phrase is an integration, not a deal."""
    return bool(_JOINED_INTO.search(lowered[max(0, into_at - 30) : into_at]))


def unless_joined(lowered: str, cue: re.Match[str] | None) -> re.Match[str] | None:
    """A weak deal cue, unless it is an "into" after a joining verb."""
    if cue is not None and cue.group().startswith("into") and joined_into(lowered, cue.start()):
        return None
    return cue


# an amount that is the price of a purchase: "agreed to buy $30bn of Azure compute"
# (not "spending $11bn on the campus": money put into a site is an investment)
_PURCHASE_BEFORE = re.compile(
    r"\b(?:buy|buying|bought|buys|rent|renting|purchas\w*|pay|paying"
    r"|paid|pays)\s(?:(?:up\sto|about|roughly|some|nearly|almost|more\sthan|another|a\sfurther"
    r"|an\sadditional|at\sleast)\s)?(?:us)?$",
    re.IGNORECASE,
)


def purchase_amount(lowered: str, amount_at: int) -> bool:
    """Whether the money at ``amount_at`` is what someone pays for goods or services (a
    purchase), not money put into a company."""
    return bool(_PURCHASE_BEFORE.search(lowered[max(0, amount_at - 40) : amount_at]))


def unnamed_buyer(s: Sentence, sellers: set[str | None]) -> str | None:
    """The customer of a deal whose named parties all sell the product ("SK hynix and
    Samsung are expected to supply that HBM4"): the company in focus from the sentences
    before, when it does not sell the product itself; else no deal can be told."""
    # '황 CEO가 "세 회사 모두로부터 HBM4를 받고 있다"고 언급했다': the speaker's company
    speaker = quoted_executive(s)
    if speaker is None and _BARE_QUOTE.fullmatch(s.text.strip()):
        # a quote standing alone ('11:21 … "세 곳 모두에서 HBM4를 받고 있다."', an
        # interview's answer) is the last speaker's, not a company the narration named
        speaker = s.focus.get("speaker", s.index, _SPEAKER_REACH)
    if speaker is not None and speaker.id not in sellers:
        return speaker.id
    focus = s.focus.get("company", s.index, 3)
    if focus is None or focus.id in sellers:
        return None
    return focus.id


# a sentence that is one quotation (after a liveblog's time stamp), closed before its full
# stop or after it
_BARE_QUOTE = re.compile(r"(?:\d{1,2}:\d{2}\s)?[\"“‘'「『][^\"“”‘’「」『』]+[.!]?[\"”’'」』][.]?")
_SPEAKER_REACH = 6  # sentences back to the speaker introduced (a liveblog's entries)
