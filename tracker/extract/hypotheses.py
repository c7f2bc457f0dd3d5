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
# a counterfactual: "would have covered 400,000 GB200s", "could have bought": what did not
# happen (not "would have 1 million GPUs", reported speech of a future holding)
_COUNTERFACTUAL = re.compile(
    r"\b(?:would|could|might|should)(?:\snot|n['’]t)?\shave\s(?:\w+ly\s)?(?:been|[a-z]+ed|[a-z]+en"
    r"|bought|built|spent|put|run|brought|sold|paid|had|made|got|won|kept|held|sent|lent)\b"
    r"[^;.]{0,60}$",
    re.I,
)
# a Korean question that ends the sentence: "…배치할까.", "…투자할까요" ("할까 고민 중" is
# no question: a considering cue follows it)
_KO_L_SYLLABLES = "".join(chr(0xAC00 + i) for i in range(11172) if i % 28 == 8)  # ㄹ-closed
_KO_QUESTION_END = re.compile(
    rf"(?:[{_KO_L_SYLLABLES}]|을)까(?:요)?\s*[.?!。]*\s*$"
    # a clause cut off before its noun: "오픈AI가 트레이니움을 쓴다는." (that … — said by whom,
    # of what, is never told)
    r"|[다라]는\s*[.…]+\s*$"
)


def held_open(text: str, anchor: int, language: str = "en") -> bool:
    """Whether the claim anchored at ``anchor`` lies inside an English if-clause or
    indirect question (from its opening word to the next comma) or after a counterfactual
    ("would have covered"), or in a Korean sentence that ends as a question ("…할까.")."""
    if language == "ko":
        return _KO_QUESTION_END.search(text, anchor) is not None
    if _COUNTERFACTUAL.search(text, max(0, anchor - 90), anchor):
        return True
    for m in _OPENER.finditer(text, 0, anchor):
        end = _SCOPE_END.search(text, m.end())
        if end is not None and end.start() <= anchor:
            continue  # the hypothesis closed before the claim: "If approved, X will …"
        word = m.group().lower()
        if word == "whether" and _DELIBERATION.search(text, max(0, m.start() - 40), m.start()):
            continue
        return True
    return False


# a choice made after weighing: "considered TPUs in 2024 but chose Nvidia instead", "검토했지만
# 결국 AMD를 택했다": the weighing is over, and what it weighed was passed over
_CHOSE_EN = re.compile(
    r"\W{0,3}(?:(?:but|and|then|before|yet)\s)?(?:\w+\s){0,2}?(?:chose|picked|opted\sfor|went\swith"
    r"|settled\son|selected|turned\sto|sided\swith|stuck\swith)\b"
)
_CHOSE_KO = re.compile(
    r"\s*(?:결국|최종적으로|최종|대신|끝내|끝내는|결국은)\s?(?:\S+\s){0,2}?\S+(?:을|를)\s?"
    r"(?:택했|선택했|낙점했|골랐|택한|선택한)"
)


def passed_over(lowered: str, clause_end: int, language: str) -> bool:
    """Whether a weighing clause ends in a choice of something else ("…but chose Nvidia
    instead"): the option it weighed is no longer considered."""
    pattern = _CHOSE_KO if language == "ko" else _CHOSE_EN
    return pattern.match(lowered, clause_end) is not None
