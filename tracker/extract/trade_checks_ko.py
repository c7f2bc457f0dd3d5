"""What a Korean trade clause must not be, checked once for every verb class: a pact to
test or a memorandum, a tool sold, a building leased, a condition, a report asked about, a
verb whose object is no goods ("지원을 받았다", "혜택을 가져갈", "생산능력을 확보했다"), a
relative clause on a volume the sentence goes on to size, chips whose purchase is only
weighed. Split from :mod:`trade_clauses_ko`, whose reader asks here before it reads roles.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.text import Span
from tracker.extract.trade_roles_ko import Predicate
from tracker.extract.trial_pacts import trial_only

GOODS = ("chip", "memory", "system", "process")
PACT_WORD = re.compile(r"계약|합의|협약|협의|논의|협상")
# a condition asserts nothing: "…가 늦어질 경우", "…를 공급한다면"
_CONDITION = re.compile(r"경우[,\s]|(?:다|라|으|하)면[,\s]")
# a report named as what is answered or asked about asserts nothing: "…공급 계약 체결 보도에
# 대한 답변", "…를 수주했다는 설과 관련해"
_ABOUT_REPORT = re.compile(r"(?:보도|설|루머|소문|기사)(?:에\s?대한|에\s?대해|와\s?관련|과\s?관련)")
# a memorandum or a cooperation pact is no deal (an LOI is, announced: the supply rule's)
_MEMORANDUM = re.compile(r"양해각서|MOU|업무\s?협약|협력\s?협약|전략적\s?협력", re.I)
# tools that make chips are no goods of the predicate: "TC 본더", "노광 장비"
_TOOLS = re.compile(r"본더|장비|노광기|스캐너|설비|소재|부품")
# a lease of a building, land or power is no deal of goods (GUIDE)
_PREMISES = re.compile(
    r"데이터센터\s?(?:임대|임차|부지)|부지|건물|토지|상면|전력\s?(?:공급|구매|계약)"
)

# a name closing an enumeration: "…, SK그룹, 네이버클라우드에"
_LISTED_BEFORE = re.compile(r"(?<![월일년])(?:,|·|및|와|과)\s?$")


def in_list(s: Sentence, clause: Span, company: str) -> bool:
    """Whether the buyer ends a list (of names the vocabulary may not know): a count told
    for the list is no one member's."""
    return any(
        _LISTED_BEFORE.search(s.text, max(0, m.start - 3), m.start) is not None
        for m in s.of_kind(("company",), clause)
        if m.id == company
    )


# what the verbs that take many objects must take to trade: 맡다 a making ("생산은 A사가
# 맡았다", not "총괄을 맡다", "공급은 A사가 맡는다"), 가져가다 a share ("물량의 절반을", not
# "혜택을"); 확보하다 never a capacity of one's own ("생산능력을 확보했다")
_MAKING = re.compile(r"생산|제조|양산|패키징|후공정|조립|위탁|설계")
_SHARE = re.compile(r"물량|몫|비중|절반|과반|대부분|상당|나머지|\d\s?%|%")
_CAPACITY = re.compile(r"생산\s?능력|캐파|설비|라인을")
# the object of a bare 받다: "HBM3E를 받고", "HBM3E 12단 제품을 받는다", "HBM4 물량의
# 대부분을", "HBM4 상당량을"
_OBJECT_BEFORE = re.compile(
    r"(?:\s?(?:\d+단|제품|물량의?|칩|랙|서버|GPU|대부분|일부|상당량|상당\s?부분|절반|과반"
    r"|\d+\s?%|이상|안팎|가량))*(?:을|를|도|은|는)\s"
)


_TAKEN_ON = re.compile(_MAKING.pattern + r"|물량")  # 맡다: a making or a volume taken on
_OBJECT = re.compile(r"(?:\S+\s){0,2}\S+(?:을|를)\s")
_ENTRUSTED = re.compile(_MAKING.pattern + r"|공급")  # 맡기다: making or supplying entrusted


def _object_fits(s: Sentence, clause: Span, verb: Predicate) -> bool:
    """Whether the verb's object is something traded (see above); a bare 받다 takes a
    named product as its object ("지원을 받았다", "주문을 받았다" are no goods)."""
    before = s.text[clause.start : verb.start]
    word = s.text[verb.start : verb.end]
    if verb.kind == "win" and word.startswith("맡") and not _TAKEN_ON.search(before):
        return False
    if verb.kind == "order" and word.startswith("맡") and not _ENTRUSTED.search(before):
        return False
    if verb.kind == "win" and word.startswith("주문") and not s.of_kind(GOODS, clause):
        return False  # "HBM 주문을 받았다": no product named, no goods to record
    if verb.kind == "take":
        objects = list(_OBJECT.finditer(before))
        return _SHARE.search(objects[-1].group() if objects else before) is not None
    if verb.kind == "acquire" and _CAPACITY.search(before):
        return False
    if verb.kind == "acquire" and word == "받":
        goods = s.of_kind(GOODS, Span(clause.start, verb.start))
        return any(_OBJECT_BEFORE.match(s.text, m.end) for m in goods)
    return True


# a relative clause on the volume a sentence goes on to size: "A사가 확보한 CoWoS 물량은
# 약 5만 장으로 추산된다" tells a figure, not a deal
_SIZED_VOLUME = re.compile(
    r"[가-힣]{0,4}?(?:한|은|는|할|된)\s(?:[^\s,.]+\s){0,2}?(?:물량|규모|수량)(?:은|는|이|가)\s"
)


def _sized(s: Sentence, verb: Predicate) -> bool:
    return verb.kind != "pact" and _SIZED_VOLUME.match(s.text, verb.end) is not None


def use_weighed(verb: Predicate, goods: Mention | None) -> bool:
    """Talks to buy or rent chips, no count said, are a use weighed (an adoption, GUIDE),
    unless the goods are memory or a process, which are bought, never adopted, or the
    seller talks."""
    bought = goods is not None and goods.kind in ("memory", "process")
    return verb.orients not in ("supply", "win") and not bought


def vetoed(s: Sentence, clause: Span, verb: Predicate) -> bool:
    """Whether the clause is no deal whatever its parties ("A사는 B사와 HBM4 평가를 위한
    양해각서를 맺었다", "C사는 D사에 TC 본더를 공급한다", "…를 공급할 경우")."""
    text = s.text[clause.start : clause.end]
    return (
        not _object_fits(s, clause, verb)
        or _sized(s, verb)
        or trial_only(s.text, clause, "ko")
        or _MEMORANDUM.search(text) is not None
        or _TOOLS.search(text) is not None
        or _PREMISES.search(text) is not None
        or _CONDITION.search(s.text, verb.start, clause.end) is not None
        or _ABOUT_REPORT.search(s.text, verb.start, clause.end) is not None
    )
