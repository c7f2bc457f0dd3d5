"""The subject of a Korean headline or ticker line, set off by a comma: "엔비디아, 코어위브에
20억 달러 추가 투자", "[14:40] 구글, 앤트로픽에 10억 달러 투자". A headline drops the topic
particle and writes a comma in its place."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.text import Span

# what may open the line before the subject: a clock stamp, a bullet, a quote mark
_LEAD = re.compile(r"^\s*(?:[\[(]?\d{1,2}:\d{2}[\])]?\s*)?(?:[-·•▲■◆*]\s*)?['\"‘“]?$")


def headline_subject_ko(s: Sentence, clause: Span, kinds: tuple[str, ...]) -> Mention | None:
    """The company opening the clause with a comma after it, when what follows the comma
    is no list of companies ("엔비디아, AMD, 인텔은 …" names three subjects)."""
    first = next((m for m in s.mentions if clause.start <= m.start < clause.end), None)
    if first is None or first.kind not in kinds or first.anaphoric:
        return None
    if not _LEAD.match(s.text[clause.start : first.start]):
        return None
    if not s.text.startswith(", ", first.end):
        return None
    after = next((m for m in s.mentions if m.start == first.end + 2), None)
    if after is not None and s.text[after.end : after.end + 1] in (",", "와", "과", " "):
        return None  # "엔비디아, AMD, 인텔", "엔비디아, AMD와 …": a list
    return first
