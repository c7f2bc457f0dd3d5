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
