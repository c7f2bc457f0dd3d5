"""A Korean wafer figure whose measure was said in an earlier sentence.

"TSMC는 CoWoS 생산능력을 올해 말까지 월 7만 장으로 늘린다. 내년 말에는 이를 10만 장으로
확대할 계획이다." The second sentence says neither "월" nor "생산능력": "이를" and the bare
"10만 장" go on with the monthly capacity just stated. Such a figure is the same company's
capacity for the same process (unless the sentence names another process), dated by its own
time, with its own modality. A sentence that names another company ("엔비디아는 10만 장을
확보했다"), talks of demand or of a share is about something else.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.domain.claims import Quantity
from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import _quantity, machine_count
from tracker.extract.rules import Candidate, _own_number
from tracker.extract.rules import _deal_parties as deal_parties
from tracker.extract.superseded import revised_from
from tracker.extract.text import Span
from tracker.extract.timex import point_at
from tracker.extract.unnamed import unnamed_subject_ko

_REACH = 2  # sentences after the stated capacity
# the capacity just told, as the object of a change: "이를 월 20만 장으로", "그 규모를 25만
# 장까지" (a word or two between: "이를 다시 월 …")
_REFERRED = re.compile(
    r"(?:이를|(?:그|이)\s?(?:규모를|수준을|생산능력을|캐파를|능력을))\s(?:[^\s,]+\s){0,2}$"
)
# an amount an estimate was changed by, not a capacity: "각각 1만 장씩 올려 잡았다", "2만 장
# 상향 조정했다"
_CHANGED_BY = re.compile(r"\s?씩|\s?(?:을|를)?\s?(?:올려|내려|상향|하향|낮춰|높여)\s?(?:잡|조정)")
_ELSEWHERE = re.compile(r"수요|주문|몫|배정|할당|배분|출하|판매|생산량|연간|매출|재고")


def _total_goes_on(s: Sentence, c: Candidate, last: Candidate) -> bool:
    """Whether a capacity whose HBM generation the sentence does not name (the rule took it
    from the talk before) goes on from a maker's total told just before ("마이크론은 … HBM
    웨이퍼 생산능력을 월 6만 장으로 끌어올릴 계획이다. 현재 능력은 월 4만 5000장 안팎이다", "I
    put SK hynix's total HBM capacity at about 150,000 … By my count Micron will exit 2026
    with roughly 60,000 wafers a month"): a total too, no generation (GUIDE: total HBM
    capacity). After a generation's capacity ("HBM4 생산능력을 … 월 15만 장") it keeps it."""
    process = c.qualifiers.get("process")
    if process is None or "process" in last.qualifiers:
        return False
    entity = s.vocabulary.entity(process)
    return entity is not None and entity.kind == "memory"


class CapacityCarry:
    """Remembers the last Korean capacity candidate and reads later bare wafer figures."""

    def __init__(self) -> None:
        self._last: tuple[int, Candidate] | None = None

    def carry(self, s: Sentence, found: list[Candidate]) -> list[Candidate]:
        """Capacity candidates for the bare wafer figures of ``s`` the rules left unread."""
        out: list[Candidate] = []
        if s.language == "ko" and self._last is not None and s.index - self._last[0] <= _REACH:
            out = self._read(s, found, self._last[1])
        stated = [c for c in found + out if c.predicate == "capacity"]
        if stated:
            self._last = (s.index, stated[-1])
        return out

    def read_on(self, s: Sentence, found: list[Candidate]) -> list[Candidate]:
        """``found`` with its capacities referring back given their qualifiers
        (:meth:`referred`), plus the bare wafer figures the rules left unread
        (:meth:`carry`)."""
        found = self.referred(s, found)
        return found + self.carry(s, found)

    def referred(self, s: Sentence, found: list[Candidate]) -> list[Candidate]:
        """``found`` with the capacities that refer back to the last one told ("HBM 전체
        생산능력은 월 16만 장이다. … 이를 월 20만 장으로 늘린다") given its qualifiers: what
        grows is that capacity, the maker's whole output or its process, not the process
        the text was about (a sentence naming a process of its own keeps it); so does a
        figure going on from a maker's total (:func:`_total_goes_on`)."""
        if s.of_kind(("process", "memory")):
            return found
        last = self._last[1] if self._last and s.index - self._last[0] <= _REACH else None
        out = []
        for candidate in found:
            c = candidate
            if c.predicate == "capacity" and last is not None and c.qualifiers != last.qualifiers:
                referred = (
                    s.language == "ko"
                    and c.subject == last.subject
                    and _REFERRED.search(s.text, max(0, c.anchor - 24), c.anchor) is not None
                )
                if referred or _total_goes_on(s, c, last):
                    c = replace(c, qualifiers=dict(last.qualifiers))
            if c.predicate == "capacity" and (last is None or last.anchor <= c.anchor):
                last = c  # "total HBM capacity at 170,000 …, and … to reach 230,000"
            out.append(c)
        return out

    @staticmethod
    def _read(s: Sentence, found: list[Candidate], last: Candidate) -> list[Candidate]:
        read = {c.anchor for c in found}
        named = {m.id for m in s.of_kind(("company",))}
        if named - {last.subject} or _ELSEWHERE.search(s.text):
            return []
        if unnamed_subject_ko(s.text, 0, len(s.text)):
            return []  # "대만의 다른 업체도 … 월 1만 장으로": another maker, not named
        processes = s.of_kind(("process", "memory"))
        qualifiers = {"process": processes[0].id} if processes else dict(last.qualifiers)
        out: list[Candidate] = []
        for q in s.quantities:
            if (
                q.unit not in ("wafer", "wafer/month")
                or q.start in read
                or revised_from(s, q.start)
                or _CHANGED_BY.match(s.text, q.end)
            ):
                continue  # "…로, 지난달 보고서의 10만 장에서 올려 잡았다": the estimate given up
            valid = s.valid_for(q.start, [])
            modality = _own_number(s.modality(q.start, valid), s, valid, q.start)
            if modality is None:
                continue
            out.append(
                Candidate(
                    last.subject,
                    "capacity",
                    modality,
                    valid,
                    q.start,
                    qualifiers,
                    value=Quantity(
                        low=q.low,
                        high=q.high,
                        unit="wafer/month",
                        approx=q.approx,
                        bound=q.bound,
                    ),
                    confidence=0.7,
                )
            )
        return out


# "양사", "두 회사", "양측": the two parties of the deal just told
_BOTH = re.compile(r"양사|양측|두 회사|두 업체|두 기업|양 사")
_SUPPLY = re.compile(r"공급|납품")
_SAME_CUSTOMER = re.compile(r"(?:같은|동일(?:한)?|해당)\s?(?:고객사|고객|거래처)")
_DEAL_KINDS = ("chip", "memory", "system")


class DealCarry:
    """Remembers the last Korean supply deal's parties for a later "양사는 …" sentence."""

    def __init__(self) -> None:
        self._last: tuple[int, Candidate] | None = None
        self._pair: tuple[int, list[str]] = (-1, [])  # the companies the sentence before named

    def carry(self, s: Sentence, found: list[Candidate]) -> list[Candidate]:
        """The deal of "양사는 공급 방안을 논의하고 있다", "양사는 … 공급이 시작될 전망이다"
        with this sentence's own modality and time, when no rule found a deal in it."""
        deals = [c for c in found if c.predicate == "supply_deal"]
        out: list[Candidate] = []
        pair, self._pair = self._pair, (s.index, _named_companies(s))
        if s.language == "ko" and not deals and _BOTH.search(s.text):
            both = _BOTH.search(s.text)
            head = Span(0, both.start()) if both is not None else Span(0, 0)
            # "SK하이닉스와 엔비디아가 만났다. 양사는 HBM4 공급 계약을 체결했다": the two
            # companies of the sentence before, with this sentence's product
            last = _named_deal(s, head) or self._recent(s) or _pair_deal(s, pair)
            if last is not None:
                out = _restated(s, last)
        if s.language == "ko" and not deals and self._last is not None:
            out += self._same_customer(s)
            out += self._rest_shared(s)
        told = deals or out
        if not told and s.language == "ko":
            named = _named_deal(s, Span(0, len(s.text)))  # "삼성전자가 엔비디아에 HBM3E 샘플을"
            told = [named] if named is not None else []
        if told:
            self._last = (s.index, told[-1])
        return out

    def _same_customer(self, s: Sentence) -> list[Candidate]:
        """ "내년부터는 같은 고객사에 HBM4도 공급할 예정이다": the last deal's customer buys
        the product this sentence names from the company it is about (named, "회사는",
        else the last deal's supplier)."""
        same = _SAME_CUSTOMER.search(s.text)
        last = self._recent(s)
        if same is None or last is None:
            return []
        word = _SUPPLY.search(s.text, same.end())
        products = s.of_kind(_DEAL_KINDS)
        if word is None or not products:
            return []
        companies = [m for m in s.of_kind(("company",)) if m.start < same.start()]
        supplier = companies[-1].id if companies else str(last.object)
        if supplier == last.subject:
            return []
        valid = s.valid_for(word.start(), [])
        modality = s.modality(word.start(), valid)
        if modality is None:
            return []
        qualifiers = {"product": products[-1].id}
        return [
            Candidate(
                last.subject, "supply_deal", modality, valid, word.start(), qualifiers, supplier
            )
        ]

    def _rest_shared(self, s: Sentence) -> list[Candidate]:
        """ "나머지 물량은 브로드컴과 AMD가 대부분 나눠 가질 것으로 봄" after a share of the last
        deal's goods: the companies listed take the rest of the same goods, each a deal of
        its own, as sellers of the last deal's customer when they sell the goods ("잔여
        물량은 삼성전자와 마이크론이 나눠 가질 전망"), else as buyers from its supplier; dated
        by this sentence's own time, else the last deal's (GUIDE: a share of an output)."""
        rest = _REST_SHARED.search(s.text)
        last = self._recent(s)
        product_id = last.qualifiers.get("product") if last is not None else None
        if rest is None or last is None or product_id is None or s.vocabulary is None:
            return []
        product = s.vocabulary.entity(product_id)
        if product is None:
            return []
        listed = s.of_kind(("company",), Span(rest.end(), len(s.text)))
        verb = _SHARED.search(s.text, rest.end())
        if not listed or verb is None or any(m.start > verb.start() for m in listed):
            return []
        times = [t for t in s.times if t.start < verb.start()]
        valid = times[-1].valid if times else last.valid
        modality = s.modality(verb.start(), valid)
        if modality is None:
            return []
        sellers = {product.maker, *product.suppliers} - {None}
        ids = list(dict.fromkeys(m.id for m in listed))
        if all(i in sellers for i in ids):
            pairs = [(last.subject, i) for i in ids if i != last.subject]
        else:
            pairs = [(i, str(last.object)) for i in ids if i != last.object]
        return [
            Candidate(
                buyer, "supply_deal", modality, valid, verb.start(), {"product": product.id}, seller
            )
            for buyer, seller in pairs
        ]

    def _recent(self, s: Sentence) -> Candidate | None:
        if self._last is None or s.index - self._last[0] > _REACH:
            return None
        return self._last[1]


# the rest of an output shared out: "나머지 물량은", "2026년 잔여 물량은", "남은 몫은"
_REST_SHARED = re.compile(r"(?:나머지|잔여|남은)\s(?:[^\s,.]+\s)?(?:물량|몫|수요)(?:은|는)\s")
_SHARED = re.compile(r"나눠\s?(?:가질|갖|가져|가진|맡|맡을)")


def _named_companies(s: Sentence) -> list[str]:
    return list(dict.fromkeys(m.id for m in s.of_kind(("company",)) if not m.anaphoric))


def _pair_deal(s: Sentence, pair: tuple[int, list[str]]) -> Candidate | None:
    """A deal of the two companies the sentence right before named (and nothing else), for
    the product this sentence names, the one of them that sells it the supplier."""
    index, ids = pair
    products = s.of_kind(_DEAL_KINDS)
    if s.index - index != 1 or len(ids) != 2 or not products or s.of_kind(("company",)):
        return None
    product = products[0].entity
    sellers = {product.maker, *product.suppliers}
    selling = [i for i in ids if i in sellers]
    if len(selling) != 1:
        return None
    customer = next(i for i in ids if i != selling[0])
    valid = point_at(s.published)
    qualifiers = {"product": product.id}
    return Candidate(customer, "supply_deal", "actual", valid, 0, qualifiers, selling[0])


def _named_deal(s: Sentence, head: Span) -> Candidate | None:
    """The two companies and the product a span names ("SK하이닉스가 구글과 HBM4 공급
    계약을 맺었다고 한 부분은 사실이 아니며, 양사는 …"), whatever it says of them."""
    products = s.of_kind(_DEAL_KINDS, head)
    companies = [m for m in s.of_kind(("company",), head) if not m.anaphoric]
    if not products or len({m.id for m in companies}) != 2:  # two parties
        return None
    pair = deal_parties(s, companies, products[0].entity, head)
    if pair is None:
        return None
    customer, supplier = pair
    return Candidate(
        customer,
        "supply_deal",
        "actual",
        point_at(s.published),
        0,
        {"product": products[0].id},
        supplier,
    )


def _restated(s: Sentence, last: Candidate) -> list[Candidate]:
    """One candidate from the last clause after "양사" that speaks of supply and is not
    negated: its modality and time are the deal's now."""
    both = _BOTH.search(s.text)
    assert both is not None
    found: Candidate | None = None
    for clause in s.clauses:
        if clause.end <= both.start():
            continue
        word = _SUPPLY.search(s.text, max(clause.start, both.start()), clause.end)
        if word is None:
            continue
        valid = s.valid_for(word.start(), [])
        modality = s.modality(word.start(), valid, clause)
        if modality is not None:
            found = Candidate(
                last.subject,
                "supply_deal",
                modality,
                valid,
                word.start(),
                dict(last.qualifiers),
                last.object,
                _deal_count(s, Span(clause.start, word.start()), last.qualifiers.get("product")),
                confidence=0.7,
            )
    return [found] if found is not None else []


def _deal_count(s: Sentence, before: Span, product: str | None) -> Quantity | None:
    """The count of the goods the clause gives before its supply word ("양사는 리벨쿼드 1천
    장 공급 계약을 맺었다"), as the supply rule reads a count in a deal's clause: a count of
    the deal's own product (or of no chip named), not of machines."""
    for q in s.quantities:
        if not before.start <= q.start < before.end or machine_count(s, q):
            continue
        chip = s.chip_near(q)
        if chip is not None and chip.id != product:
            continue
        if q.unit == "count" or (q.unit == "" and chip is not None):
            return _quantity(q, "count")
    return None
