"""What a corrections column quotes from the outlet's own earlier text.

"A feature on 14 January said Amazon's Project Rainier cluster in Indiana ran "about 400,000
Trainium2 chips"", "A headline on 30 January said Nvidia had "put $2bn into xAI"", "We wrote
that Meta "has signed" a deal to rent Google's TPUs": the quoted words are what was wrong, so
a claim read from them or after them is no claim; what the sentence tells before the quote
("in Indiana") is not corrected and stands.
"""

from __future__ import annotations

import re

_PIECE = (
    r"(?:feature|story|article|headline|report|piece|column|explainer|analysis|caption|"
    r"graphic|item|post|newsletter|chart|brief|table)"
)
_DAY = (
    r"(?:\d{1,2}\s[a-z]+|[a-z]+\s\d{1,2}(?:st|nd|rd|th)?(?:,\s\d{4})?|[a-z]+day"
    r"|last\s(?:week|month|[a-z]+day))"
)
_OWN_EARLIER = re.compile(
    rf"\b(?:a|an|the|our|this|that|one)\s(?:(?:news|earlier|online|print|front-page)\s)?{_PIECE}"
    rf"(?:\s[^,.;]{{0,60}}?)?\s(?:on|of|from|published\son|dated)\s{_DAY}\s"
    r"(?:said|stated|reported|claimed|wrote|gave|put)\b"
    r"|\bwe\s(?:wrote|said|reported|stated)\sthat\b"
)
_QUOTE = re.compile(r"[\"“”]")


def quoted_error(lowered: str, anchor: int) -> bool:
    """Whether the anchor sits at or after a quote that follows the outlet's own earlier
    words ("A story on 27 January said …", "We wrote that …")."""
    m = _OWN_EARLIER.search(lowered, 0, anchor + 1)
    if m is None:
        return False
    return _QUOTE.search(lowered, m.end(), anchor + 1) is not None


# the outlet's own earlier words with no quote ("We wrote that TSMC would end the year with
# 100,000 wafers a month", "The story said Microsoft had invested $31 billion", "Our May 14
# report said …", "In episode 141 we said …", "On Monday we reported, citing a slide, that …"):
# a corrections column's report of what it got wrong, so no claim is read from it
_EARLIER_SAID = re.compile(
    r"\bwe\s(?:had\s|have\s)?(?:wrote|written|said|reported|stated|claimed)\b"
    r"(?:,\s[^,;]{0,80},)?(?:\sthat)?\s"
    rf"|\b(?:our|this|an?\searlier|the\searlier|the\soriginal|the\sprevious)\s(?:[\w,]+\s){{0,3}}?"
    rf"(?:version\sof\s(?:this|the|our)\s)?{_PIECE}\s(?:said|stated|reported|claimed|wrote)\b"
    r"(?:\sthat)?\s"
    r"|\bthe\s(?:story|article|piece|headline|column|episode)\s(?:said|stated|reported|claimed"
    r"|wrote)\b(?:\sthat)?\s"
)
# "we said we'd deploy …", "As we said in October, we'll …": a company repeating its own
# word about its own plans, not an outlet quoting its error
_OWN_PLAN_AFTER = re.compile(r"(?:[^,;]{0,30},\s)?(?:we|it|they|i)\b")
# "…, its AI data center in Mount Pleasant, Wisconsin": where a site is, told in passing, is
# not what the correction is about
_SITE_APPOSITION = re.compile(
    r",\s(?:its|their|the)\s[^,;]{0,40}\s(?:in|near|outside)\s(?:[a-z][\w.'’-]*,?\s){0,3}$"
)


def reported_earlier(lowered: str, anchor: int) -> bool:
    """Whether the anchor sits in what the outlet says it reported before, quote or not
    ("We reported that ByteDance had 300,000 H20 chips in service")."""
    if "we " not in lowered and "said" not in lowered and "reported" not in lowered:
        return False  # cheap gate before the regexes
    for m in _EARLIER_SAID.finditer(lowered, 0, anchor + 1):
        if m.end() > anchor or _OWN_PLAN_AFTER.match(lowered, m.end()):
            continue
        if _SITE_APPOSITION.search(lowered, max(m.end(), anchor - 80), anchor):
            continue
        return True
    return False
