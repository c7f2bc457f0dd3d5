"""A Korean event told in the plain present: a stated future, not a done deed.

"엔비디아는 오픈AI에 최대 1000억 달러를 투자한다고 밝혔다", "엔비디아가 인텔 보통주 50억
달러어치를 사들인다", "메타는 구글 TPU를 도입한다고 밝혔다": Korean news tells a commitment
just made with the plain present of a verb of one-off action (투자한다, 사들인다, 도입한다).
The act is still to come, so the
claim is ``announced`` (GUIDE: a company's own statement of a future action with no plan
word), not ``actual`` as a bare statement of fact would be. Verbs of a standing state in the
same tense ("사용한다", "쓴다": uses) stay ``actual``, and so does the progressive
("도입하고 있다") and the past ("투자했다"). A supply deal is left as it is: "공급한다" with no
time of its own reads as the supply going on (tests/test_extract_pass8_ko.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate

# the plain present of a verb of one-off action, ending its clause or its quotation
_END = r"(?=고\s|\s?$|\.|며|면서|는데|지만|[\"”’'])"
_EVENTS = {
    "adopts": re.compile(r"(?:도입|채택|탑재|적용|선택|구축)한다" + _END + r"|들인다" + _END),
    # "그중 5만 개는 H200으로 채운다고 덧붙였다": a count still to be filled in
    "deployed_chips": re.compile(r"(?:채운|들인)다" + _END),
    "investment": re.compile(
        r"(?:투자|출자|투입)한다" + _END + r"|(?:사들인|붓는|넣는|댄)다" + _END
    ),
}


def stated_events(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``announced`` for each Korean adoption, deal or investment found ``actual`` whose
    clause ends in the plain present of a verb of one-off action."""
    if s.language != "ko" or not any(c.modality == "actual" for c in found):
        return found
    return [replace(c, modality="announced") if _stated(s, c) else c for c in found]


def _stated(s: Sentence, c: Candidate) -> bool:
    pattern = _EVENTS.get(c.predicate)
    if c.modality != "actual" or pattern is None:
        return False
    clause = s.clause_of(c.anchor)
    # a little past the clause's end: the ending's lookahead ("한다고 밝혔다")
    return pattern.search(s.text, c.anchor, clause.end + 2) is not None
