"""Products the document shows being unveiled: their specifications, as
presented, are announced (GUIDE: a specification of an unreleased product is announced),
also in the sentences after the unveiling ("AMD unveiled the MI355X on Thursday. The chip
is rated at 10 petaflops of FP8"). A word that the product, or anything the document
presents, ships or is available wins, and an unveiling dated months before publication ("which
Nvidia unveiled in March 2024") says nothing about today."""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.extract.analysis import Sentence

_UNVEIL_BEFORE = re.compile(
    r"\b(?:unveil(?:s|ed|ing)?|introduc(?:es|ed|ing)|debut(?:s|ed|ing)?|"
    r"(?:took|takes|taking|pulled|pulls)\sthe\swraps\soff|show(?:s|ed)\soff|"
    r"announc(?:es|ed|ing))\s(?:(?:its|their|the|a|an|new|next-generation|latest|own|"
    r"[A-Z][\w-]*)\s){0,4}$"
)
_LONG_AGO = timedelta(days=90)
# Korean: the unveiling told in a modifier right before the name ("지난달 핫칩스에서 처음
# 공개된 RNGD는", "이번 행사에서 선보인 차기 칩 '레벨'"), a few head words at most between;
# not "이미 공개된 대로" (as told before), which modifies no product
_UNVEILED_KO = re.compile(
    r"(?:공개된|공개한|공개했던|선보인|선보였던|베일을\s벗은)\s(?:[^\s.,;을를이가은는에로의와과도]+\s){0,3}"
    r"['‘\"“]?$"
)


def unveiled_products(sentences: list[Sentence], published: date) -> set[str]:
    """Chips and systems named right after an unveiling verb in an English sentence, or
    right after a Korean one's unveiling modifier ("처음 공개된 RNGD는"); none
    when the document says anywhere that what it presents ships ("The instances are
    generally available as of today")."""
    found: set[str] = set()
    for s in sentences:
        if s.language not in ("en", "ko") or s.table is not None:
            continue
        if s.cues.availability(s.text, s.language, False) == "shipping":
            return set()
        if any(t.valid.end is not None and t.valid.end < published - _LONG_AGO for t in s.times):
            continue
        for m in s.mentions:
            unveil = _UNVEIL_BEFORE if s.language == "en" else _UNVEILED_KO
            if m.kind in ("chip", "system") and unveil.search(
                s.text[max(0, m.start - 60) : m.start]
            ):
                found.add(m.id)
    return found
