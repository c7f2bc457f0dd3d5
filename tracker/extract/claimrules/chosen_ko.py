"""Korean verbs of choosing a chip and of putting it to work, with the chip as their object.

Korean news says a company takes up a chip with verbs of choosing ("트레이니움2를 택했다",
"선택했다", "낙점했다", "트레이니움2로 갈아탔다", "사내 표준으로 삼았다") and of putting it
to work ("레니게이드를 가동하고 있다", "TPU를 데이터센터에 배치할", "들일", "넣기로") as
often as with 도입 or 채택. These verbs take many other objects ("전략을 택했다", "경쟁사 칩도
끌어들이는", "서버를 가동했다"), so they adopt a chip only when the chip is their object: the
product, its particle (을/를, or 로 of a switch or a role), and at most a few words before
the verb.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import OBJECT, Sentence
from tracker.extract.text import Span

_PRODUCTS = ("chip", "system", "technology")
# what may stand between the product and its particle: a closing quote or parenthesis, a
# word for what the product is ("칩", "샘플")
_NOUN = r"['’\")]?\s?(?:칩|GPU|가속기|카드|가속기\s카드|샘플|시제품|서버|시스템)?"
_VERB = (
    r"(?:택하|택한|택할|택해|택했|선택|낙점|갈아타|갈아탄|갈아탈|갈아탔|표준으로\s삼|주력으로\s삼"
    r"|가동하|가동한|가동할|가동해|가동했|가동\s중|배치하|배치한|배치할|배치해|배치했"
    r"|들이[는기고며려]|들인|들일|들여|들였|넣[는기고어었을은]|넣겠|검증하|검증\s중|실증)"
)
_OBJECT_OF_VERB = re.compile(rf"{_NOUN}\s?(?:을|를|으로|로)\s(?:[^\s,.]+\s){{0,3}}?(?={_VERB})")
_VERB_AT = re.compile(_VERB)
# putting a product to work in a place or a service ("이 칩을 자사 추론 서비스에 투입할",
# "B200을 새 데이터센터의 학습 작업에 투입했다"): 투입 takes money and people too, so only a
# product as its object with the destination (…에) right before the verb adopts it
_PUT_GAP = (
    r"\s(?:[^\s,.]+\s){0,5}?[^\s,.]+에\s(?:본격\s|우선\s|바로\s)?"
    r"(?=투입(?:하|한|할|해|했|\s중|된|될|되))"
)
_PUT_INTO = re.compile(rf"{_NOUN}\s?(?:을|를){_PUT_GAP}")
# "이를 … 서비스에 투입": a reference back that holds its particle
_PUT_INTO_HELD = re.compile(_PUT_GAP)


def chosen_verb(s: Sentence, clause: Span) -> int | None:
    """Where the verb of a Korean clause that chooses or installs a named product stands
    ("애플은 트레이니움2를 택했다" -> at 택했다), or ``None``."""
    if s.language != "ko":
        return None
    for m in s.of_kind(_PRODUCTS, clause):
        gap = _OBJECT_OF_VERB.match(s.text, m.end, clause.end)
        if gap is not None and _VERB_AT.match(s.text, gap.end()) is not None:
            return gap.end()
        held = m.anaphoric and m.text[-1:] in OBJECT
        put = (_PUT_INTO_HELD if held else _PUT_INTO).match(s.text, m.end, clause.end)
        if put is not None:
            return put.end()
    return None
