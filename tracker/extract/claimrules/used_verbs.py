"""English verbs of use that say no adoption of the product named after them (GUIDE:
adopts is a company using a product; trains_on is training on a cluster).

- "Meta used to rely on H100 chips alone": a habit given up (a company or pronoun before
  "used to"), no use today. "The H100 chips used to train Llama" (a product before it) is
  a passive of purpose and stays.
- "Anthropic trains its Claude models on Project Rainier, Amazon's Trainium cluster":
  training on a site is ``trains_on``; the chips that describe the site are not adopted
  by this clause.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.text import Span

_USED_TO = re.compile(r"used\sto\s")
# what stands before a habitual "used to": the subject itself, perhaps with an adverb
_HABIT_SUBJECT = re.compile(
    r"(?:\b(?:it|we|they|he|she|company|firm)|[A-Z][\w.&-]*)\s(?:(?:once|also|still|long)\s)?$"
)
_ON_SITE = re.compile(r"[^,;.]{0,40}?\bon\s(?:the\s)?$")
_SITES = ("cluster", "facility")


def habit_given_up(s: Sentence, trig: int) -> bool:
    """Whether the verb at ``trig`` is a habitual "used to" of the subject before it."""
    if not _USED_TO.match(s.lowered, trig):
        return False
    before = s.text[max(0, trig - 40) : trig]
    if _HABIT_SUBJECT.search(before) is None:
        return False
    products = s.of_kind(("chip", "system", "memory"), Span(max(0, trig - 40), trig))
    return not products  # "the H100 chips used to train Llama": a product before it


def trained_on_site(s: Sentence, clause: Span, trig: int) -> bool:
    """Whether a training verb at ``trig`` trains on a cluster or facility named first
    after its "on" ("trains its models chiefly on Project Rainier, …")."""
    if not s.lowered.startswith("train", trig):
        return False
    # the model trained ("trains its Claude models on …") is not where it is trained
    after = [m for m in s.mentions if trig < m.start < clause.end and m.kind != "model"]
    if not after or after[0].kind not in _SITES:
        return False
    return _ON_SITE.fullmatch(s.lowered, trig, after[0].start) is not None
