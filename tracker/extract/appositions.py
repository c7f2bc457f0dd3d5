"""A company named as the possessor inside an apposition is not the clause's subject.

"Amazon, Anthropic's biggest backer, has deployed 500,000 Trainium2 chips": the apposition
between the commas says who Amazon is to Anthropic; the nearest company before the verb is
Anthropic, but the clause is about Amazon.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.text import Span

_BEFORE = re.compile(r"[A-Za-z0-9)’'\"”],\s(?:the\s)?$")
_AFTER = re.compile(r"['’]s\s(?:[\w-]+\s){0,3}?[\w-]+,\s")


def appositive_possessors(s: Sentence, kinds: tuple[str, ...]) -> tuple[str, ...]:
    """The ids of the mentions (of ``kinds``) that open an English apposition as its
    possessor (", Anthropic's biggest backer,")."""
    if s.language != "en":
        return ()
    return tuple(
        m.id
        for m in s.of_kind(kinds)
        if _BEFORE.search(s.text, max(0, m.start - 8), m.start) and _AFTER.match(s.text, m.end)
    )


# Korean: a company's holding named as a noun heads the clause ("마이크로소프트의 보유량은 15만
# 개다", "구글의 GPU 수는"): that company's, whatever topic the sentence opened with
_HOLDING_KO = re.compile(
    r"의\s(?:(?:GPU|칩|H100|H200|B200|TPU)\s?)?(?:보유량|보유\s?규모|보유\s?대수|수|가동\s?대수|배치\s?규모"
    r"|물량|투자액|투자\s?규모|누적\s?투자액)(?:은|는|이|가|도)\s"
)


def possessive_holder_ko(s: Sentence, pos: int, kinds: tuple[str, ...]) -> Mention | None:
    """The company whose holding noun heads the Korean clause of the figure at ``pos``."""
    if s.language != "ko":
        return None
    clause = s.clause_of(pos)
    for m in reversed(s.of_kind(kinds, Span(clause.start, pos))):
        if _HOLDING_KO.match(s.text, m.end):
            return m
    return None
