"""A Korean running total that a step still to be taken brings: "이번 취득이 끝나면 누적
투자액이 3200억 원이 된다", "본 납입 완료 시 당사의 누적 출자액은 약 900억 원이 됨", "이번
투자금이 더해지면 총 투자액은 50억 달러가 된다". The total is told in the present, but it
holds only once the pending step is done: as firm as the decision that brings it (GUIDE: "a
total such a decision brings" is announced), not yet a fact.
"""

from __future__ import annotations

import re

# the step still ahead, told as a condition or a time right after it
_PENDING = re.compile(
    r"(?:끝나|마무리되|완료되|완료하|마치|성사되|더해지|이뤄지|이루어지|집행되|납입되|종결되|"
    r"체결되|끝내)(?:면|는\s대로)|(?:완료|종결|마무리|납입|취득|체결)\s?(?:시|후|뒤)(?:에)?(?=\s)"
)
# the total the step makes, in the present or as a note's nominal ending
_BECOMES = re.compile(
    r"\s?(?:이|가|으로|로)?\s?(?:된다|됩니다|됨|될\s것|되게\s된다|늘어난다|불어난다|늘게\s된다)"
)


def pending_total(text: str, start: int, end: int) -> bool:
    """Whether the amount at ``start``..``end`` is a total that a step the sentence still
    has ahead brings ("…끝나면 … 3200억 원이 된다")."""
    if _BECOMES.match(text, end) is None:
        return False
    return _PENDING.search(text, max(0, start - 60), start) is not None
