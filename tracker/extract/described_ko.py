"""Korean unveilings that describe a product rather than tell an act of the clause.

"AMD가 이달 공개한 MI355X에는 삼성전자의 HBM3E가 들어간다": the unveiling sits in a relative
clause right before the chip's name and tells what the chip is, while the clause goes on to
tell the deal (the memory goes into it). The rightmost cue read "공개한" as the clause's own
and made the deal announced; blanked, the clause's own verb governs (actual here, a plan
word where there is one). An unveiling that is the clause's own verb ("…를 탑재한 MI450을
공개했다") is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extract.entities import Mention
from tracker.extract.text import Span

# an unveiling told of a product right before its name (a quote mark at most between):
# "공개한 MI355X", "발표했던 B300", "선보인 'GB300'"
_UNVEILED_BEFORE = re.compile(r"(?:(?:공개|발표)(?:한|했던)|선보인|내놓은|내놨던)\s['‘\"“]?$")
_PRODUCTS = ("chip", "system")


def described_products_ko(
    text: str, clause: Span, sentence: str, mentions: Sequence[Mention]
) -> str:
    """``text`` (the clause's words, offsets from ``clause.start``) with each unveiling
    that describes a product named right after it blanked, when the clause goes on past
    the product's name."""
    for p in mentions:
        if p.kind not in _PRODUCTS or not clause.start <= p.start < clause.end:
            continue
        rel = p.start - clause.start
        cue = _UNVEILED_BEFORE.search(text, max(0, rel - 10), rel)
        if cue is not None and text[rel:].strip() != sentence[p.start : p.end]:
            text = text[: cue.start()] + " " * (cue.end() - cue.start()) + text[cue.end() :]
    return text
