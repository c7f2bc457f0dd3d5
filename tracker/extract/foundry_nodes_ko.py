"""A Korean clause whose making happens at a named foundry's process node.

"AMD는 MI450을 TSMC 2나노 공정에서 생산하고 있다", "퀄컴은 새 칩을 삼성전자 3나노(SF3)로
만든다": the verb of making ("생산하고", "제조한다") would read as the subject making the
chip for someone (a design house's "엔비디아의 칩을 생산하고"), which turns the deal round:
the foundry buying from the chip's designer. A foundry named with its node and a particle of
place or means is the maker, so that clause is left to the foundry rule (foundries_ko).
"""

from __future__ import annotations

import re

from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.text import Span

# right after the foundry: its node, its own name for the node in brackets, then where or
# by what the making is done ("의 3나노 공정에서", " 2나노(N2) 공정으로", " 4나노로")
_AT_NODE = re.compile(
    r"(?:의)?\s?\S{0,4}나노(?:\s?\([^()\s]{1,12}\))?\s?(?:(?:\S{0,3}\s)?공정)?(?:으로|로|에서)"
)


def made_at_foundry(s: Sentence, clause: Span) -> bool:
    """Whether a named foundry, not the clause's topic, makes the clause's chip at its
    node: the clause's verb of making is the foundry's, not the subject's."""
    text = s.text[clause.start : clause.end]
    if s.language != "ko" or ("나노" not in text and "에서" not in text):
        return False
    foundries = set(s.vocabulary.cue_list("anaphora_roles", "foundry"))
    return any(
        m.id in foundries
        and s.particle(m) not in TOPIC
        and (
            _AT_NODE.match(s.text, m.end) is not None or _AT_PLANT.match(s.text, m.end) is not None
        )
        for m in s.of_kind(("company",), clause)
    )


# or at the foundry itself, its foundry arm or one of its plants: "TSMC에서 생산한다",
# "삼성전자 파운드리에서", "삼성전자 미국 텍사스 공장에서 생산하는"
_AT_PLANT = re.compile(
    r"(?:의)?\s?(?:파운드리(?:\s?사업부)?)?에서\s"
    r"|(?:\s[^\s,.]+){0,3}?\s?(?:공장|팹|생산\s?라인|생산\s?기지)에서\s"
)


__all__ = ["made_at_foundry"]
