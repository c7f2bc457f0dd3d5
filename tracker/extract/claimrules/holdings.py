"""An investor's holding named as a noun: "아마존의 앤트로픽 (누적) 투자액은 80억 달러",
"앤트로픽에 대한 아마존의 투자액은", "Amazon's investment in Anthropic reaches $8bn": the
company that owns it invests, in the company the holding is in."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import _COMPANY, _after_prep
from tracker.extract.entities import Mention
from tracker.extract.text import Span

# "아마존의 앤트로픽 (누적) 투자 규모는", "아마존의 앤트로픽에 대한 투자액은"
_HOLDING_KO = re.compile(
    r"의\s?(?:\S+?(?:\s?에\s?대한)?\s)?(?:누적\s|총\s)?투자\s?(?:약정\s?)?(?:액|금|규모|총액)"
    r"|의\s?(?:\S+?(?:\s?에\s?대한)?\s)?(?:누적\s|총\s)?투자(?:는|가)\s"  # "…의 앤트로픽 투자는"
)
# "앤트로픽에 대한 아마존의 투자액은": the target first
_FOR_TARGET_KO = re.compile(r"에\s?대한\s$")
_ITS_HOLDING = re.compile(
    r"\b(?:its|their)\s(?:total\s|cumulative\s|overall\s)?(?:investment|stake)s?\s(?:in|into)\s$",
    re.I,
)
_HOLDING_EN = re.compile(
    r"['’]s\s(?:total\s|cumulative\s|overall\s)?(?:investment|stake)s?\s(?:in|into)\s$", re.I
)


def holding(s: Sentence, clause: Span) -> tuple[Mention, str] | None:
    """An investor's holding named as a noun: "아마존의 앤트로픽 누적 투자액은 80억 달러",
    "Amazon's investment in Anthropic reaches $8bn"."""
    companies = s.of_kind(_COMPANY, clause)
    if s.language != "ko":
        for m in companies:
            if _ITS_HOLDING.search(s.lowered[max(0, m.start - 40) : m.start]):
                named = [
                    c
                    for c in s.of_kind(_COMPANY, Span(0, m.start))
                    if c.id != m.id and not c.anaphoric and not _after_prep(s, c)
                ]
                if named:
                    # "SoftBank finished …, which brought its total stake in OpenAI to …":
                    # "its" is the sentence's subject, not the company of the text before
                    return named[0], m.id
                owner = s.focus.get("company", s.index, 3)
                if owner is not None and owner.id != m.id:
                    # "* Says its total investment in Anthropic now stands at $4 billion"
                    return Mention(m.start, m.start, owner, "its", True), m.id
    for k, m in enumerate(companies[:-1]):
        nxt = companies[k + 1]
        if s.language == "ko":
            if s.particle(m) == "의" and _HOLDING_KO.match(s.text, m.end):
                return m, nxt.id
            if _FOR_TARGET_KO.match(s.text, m.end, nxt.start) and _HOLDING_KO.match(
                s.text, nxt.end
            ):
                return nxt, m.id
        elif _HOLDING_EN.search(s.text[m.end : nxt.start + 1][: nxt.start - m.end]):
            return m, nxt.id
    return None
