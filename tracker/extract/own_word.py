"""A company's own word about what it will do (GUIDE, settled cases): in its own release,
"will supply HBM4 to NVIDIA starting in the fourth quarter" is an announcement, not yet a
plan, because no plan word (plans, aims, intends, targets, expects, is set to, on track…)
says there is one. A third party's "will" is untouched, and so is a number's target
("will expand to 150,000 wafers" stays planned: GUIDE, Modality)."""

from __future__ import annotations

import re

from tracker.domain.claims import Modality
from tracker.extract.analysis import Sentence
from tracker.extract.text import Span

_WILL = re.compile(r"(?:\bwill|['’]ll)\s(?!not\b)", re.I)
_PLAN_WORD = re.compile(
    r"\b(?:plan\w*|aim\w*|intend\w*|target\w*|goal|roadmap|expect\w*|schedul\w*|"
    r"set\sto|slated|on\strack|on\scourse|committed|pledg\w*|poised|prepar\w*|hop\w*|"
    r"seek\w*|want\w*)\b",
    re.I,
)


def own_future_action(s: Sentence, modality: Modality | None, clause: Span) -> Modality | None:
    """``announced`` for a planned action said with a bare "will" in the company's own
    English text; else the modality as found."""
    if modality != "planned" or s.language != "en" or s.tier != "company":
        return modality
    text = s.text[clause.start : clause.end]
    if _WILL.search(text) and not _PLAN_WORD.search(text):
        return "announced"
    return modality
