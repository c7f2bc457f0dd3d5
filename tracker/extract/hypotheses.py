"""English statements held open: a hypothesis ("If Meta bought 100,000 TPUs, it would be
Google's largest customer") or a question put in indirect speech ("asked whether xAI would
buy Dojo chips", "it is unclear whether …") states no fact, whatever its verb says.

Korean marks the same with its endings ("…한다면", "…할지 주목된다", read in modality.py);
English marks it with the word that opens the clause, so the scope is that word to the next
comma, semicolon, dash or the end.
"""

from __future__ import annotations

import re

# the word that opens a hypothesis or an indirect question; not "if not" / "if any" / "if
# so" / "if ever" (a hedge on a figure: "100,000 chips, if not more"), not "whether to"
# (deliberation: "weighing whether to install", a considering cue of its own) and not
# "whether or not"
_OPENER = re.compile(
    r"\b(?:(?:even\s)?if|unless|suppos(?:e|ing)|whether)\b"
    r"(?!\s(?:not|any|so|ever|only|to|or\snot|needed|necessary|approved|completed)\b)",
    re.I,
)
# deliberation before "whether" keeps it a considering statement ("is weighing whether it
# will install TPUs", "has yet to decide whether"): the rules read that cue themselves
_DELIBERATION = re.compile(
    r"\b(?:weigh\w*|consider\w*|decid\w*|mull\w*|explor\w*|discuss\w*|evaluat\w*|debat\w*"
    r"|stud(?:y|ies|ying)|assess\w*|review\w*|determin\w*|talks?|negotiat\w*)\s"
    r"(?:[\w']+\s){0,3}$",
    re.I,
)
_SCOPE_END = re.compile(r"[,;:—–]|\s-\s|\.\s|$")


def held_open(text: str, anchor: int) -> bool:
    """Whether the claim anchored at ``anchor`` in an English sentence lies inside an
    if-clause or an indirect question (from its opening word to the next comma)."""
    for m in _OPENER.finditer(text, 0, anchor):
        end = _SCOPE_END.search(text, m.end())
        if end is not None and end.start() <= anchor:
            continue  # the hypothesis closed before the claim: "If approved, X will …"
        word = m.group().lower()
        if word == "whether" and _DELIBERATION.search(text, max(0, m.start() - 40), m.start()):
            continue
        return True
    return False
