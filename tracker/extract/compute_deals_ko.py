"""Korean contracts for compute with no product named: a `supply_deal` from the cloud to
its customer, with no product qualifier (GUIDE, session 11: a cloud compute contract that
names no product is a supply_deal, the cloud the supplier).

"네비우스는 마이크로소프트와 5년간 174억 달러 규모의 GPU 인프라 계약을 맺었다", "메타와도 30억
달러 규모의 계약을 맺었는데" (in a story on the cloud), "오픈AI가 코어위브에서 컴퓨팅을 빌려 쓰는
계약", "엔비디아가 코어위브의 남는 클라우드 용량을 사 주기로 합의", "애저 컴퓨팅을 300억
달러어치 사들이기로 MS와 합의했다": a pact between a cloud and another company, whose
goods are compute (컴퓨팅, 용량, 클라우드, GPU 인프라) or are left unsaid behind a sum of money.
The cloud sells (a GPU cloud over a hyperscaler, a hyperscaler over any other company); two
of one rank name no seller. A clause that names a chip, a system or a memory is the product
rules'; goods named by a common noun (서버, 칩, GPU 공급, 위탁생산) are unnamed_goods_ko's, and so
is a bare sum between companies that sell goods (a server maker, a chipmaker), whose pact
may be for anything they make. A stake, a loan or a licence is no compute contract.
"""

from __future__ import annotations

import itertools
import re

from tracker.domain.claims import ValidTime
from tracker.extract.analysis import OPENING, Sentence
from tracker.extract.claimrules.common import SERVER_MAKERS, is_cloud_company
from tracker.extract.entities import Mention
from tracker.extract.own_word import agreed_deal
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span
from tracker.extract.timex import counted_span, point_at
from tracker.extract.vocabulary import Entity

_COMPANY = ("company",)
_PRODUCTS = ("chip", "system", "memory")
# a pact made or told: "계약을 맺었다", "계약 체결", "맺은 공급 계약", "…하기로 합의", "협약",
# a commitment or a decision to buy ("300억 달러어치 구매하기로 약정", "구매하기로 했다")
_PACT = re.compile(
    r"계약|합의|협약|약정|기로\s?약속|(?:구매|구입|매입|임차)(?:하)?기로\s?(?:했|하였|한\s바)|사들이기로"
)
# compute as the goods: "GPU 인프라", "컴퓨팅 용량", "클라우드 용량", "연산 자원", "애저 컴퓨팅"
_COMPUTE = re.compile(
    r"컴퓨팅|연산\s?(?:자원|능력|용량)|(?:GPU|클라우드|AI|데이터센터)\s?(?:인프라|용량|자원)"
    r"|클라우드\s?(?:계약|서비스\s?계약|이용\s?계약)"
    # capacity or a cloud's cluster rented: "용량을 빌려", "파리 근교 클러스터를 빌려 쓰는 계약"
    r"|(?:용량|클러스터)(?:을|를)?\s(?:\S+\s){0,3}?(?:빌려|사|임차)"
)
# a sum of money the pact is worth: "174억 달러 규모의", "300억 달러어치", "2조 원 규모"
_SUM = re.compile(r"(?:달러|원|유로|엔)\s?(?:규모|어치|짜리)")
# goods named by a common noun, a chip or a server sold: unnamed_goods_ko's
_GOODS = re.compile(
    r"서버|랙|칩|반도체|가속기|NPU|HBM|메모리|파운드리|위탁\s?생산|웨이퍼|패키징"
    r"|GPU\s?(?:공급|구매|구입|납품|판매|물량|\d)"
)
# what no compute contract is: a stake, a loan, a licence, a merger, a memorandum
_NOT_COMPUTE = re.compile(
    r"투자|지분|주식|출자|인수|합병|대출|융자|차입|라이선스|특허|양해각서|MOU|업무\s?협약|전략적\s?제휴"
    r"|해지|파기|취소|무산|결렬"
)
# a pact whose goods are left unsaid: right after its worth ("30억 달러 규모의 계약", "달러
# 계약"), its partner ("메타와 계약"), a word of its size or term ("장기 계약") or the verb that
# made it ("코어위브와 맺은 계약", "AWS와 체결한 계약"), not after a noun naming what it is for
# ("광고 계약", "검색 계약"; "공급 계약", "이용 계약" leave them unsaid)
_UNNAMED_GOODS = re.compile(
    r"(?:의|어치|규모|달러|원|유로|엔|와|과|와도|과도|장기|다년|신규|대형|추가|별도|새|공급|이용"
    r"|맺은|체결한|맺어\s온|맺고\s있는)\s?$"
)
_PARTNER_OR_FROM = ("와", "과", "와도", "과도", "와의", "과의", "와는", "과는", "에서", "로부터")


def compute_deal_rule_ko(s: Sentence, state: RuleState) -> list[Candidate]:
    """Supply deals for compute with no product named (Korean)."""
    if s.language != "ko" or s.table is not None or not _PACT.search(s.text):
        return []
    if not any(is_cloud_company(s, m.id) for m in s.of_kind(_COMPANY)) and not _own_cloud(s):
        return []
    out: list[Candidate] = []
    for clause in s.clauses:
        pact = _PACT.search(s.text, clause.start, clause.end)
        # a product named in the clause or after it ("…와 GPU 클라우드 이용 계약을 체결하였으며,
        # … B200 GPU를 … 활용"): the contract's goods, the product rules' to read
        if (
            pact is None
            or clause.start in state.deal_clauses
            or s.of_kind(_PRODUCTS, Span(clause.start, len(s.text)))
        ):
            continue
        text = s.text[clause.start : clause.end]
        if _NOT_COMPUTE.search(text) or (_GOODS.search(text) and not _COMPUTE.search(text)):
            continue
        compute = _COMPUTE.search(text) is not None
        termed = _TERM.search(s.text, clause.start, pact.start()) is not None
        if not compute and not termed and not _SUM.search(text) and not _priced(s, clause):
            continue
        if not compute and not _UNNAMED_GOODS.search(s.text, clause.start, pact.start()):
            continue  # "100억 달러 규모의 광고 계약", "검색 계약": goods of another kind
        one = _parties(s, clause, compute)
        pairs = _listed_partners(s, clause, pact.start()) or ([one] if one is not None else [])
        found = [_deal(s, pair, pact.start(), clause) for pair in pairs]
        if any(found):
            state.deal_clauses.add(clause.start)
            out.extend(c for c in found if c is not None)
    return out


# a pact's length, which tells a contract for capacity from a cloud as a sum does: "메타와
# 맺은 장기 계약", "다년 계약"
_TERM = re.compile(r"(?:장기|다년)\s?(?:공급\s?|이용\s?)?$")
# between the partners of one list: "메타, 마이크로소프트와", "메타와 MS와"
_PARTNER_JOINT = re.compile(r"\s?(?:,|·|와|과)\s?")


def _listed_partners(s: Sentence, clause: Span, pact: int) -> list[tuple[str, str]]:
    """(customer, cloud) for each of a list of partners the pact is made with, the cloud
    being the company the text is about ("(코어위브의 글) 메타, 마이크로소프트와 맺은 장기
    계약"): every company the clause names before the pact is in the list, the last marked
    와/과."""
    named = [m for m in s.of_kind(_COMPANY, Span(clause.start, pact)) if not m.anaphoric]
    if len(named) < 2 or not _partner(s, named[-1]):
        return []
    if any(
        _PARTNER_JOINT.fullmatch(s.text, a.end, b.start) is None
        for a, b in itertools.pairwise(named)
    ):
        return []
    ids = list(dict.fromkeys(m.id for m in named))
    if any(i in _goods_sellers(s) for i in ids):
        return []  # "메타, 델과 맺은 계약": a server maker's pact is for servers
    cloud = next((e.id for e in _about(s) if e.id not in ids and _rank(s, e.id) == 2), None)
    if cloud is None:
        return []
    return [(i, cloud) for i in ids if _rank(s, i) < 2]


_MONEY = ("USD", "KRW", "EUR", "JPY", "GBP")


def _priced(s: Sentence, clause: Span) -> bool:
    """Whether the clause gives a sum of money ("누적 규모가 224억 달러에 이른다")."""
    return any(q.unit in _MONEY and clause.start <= q.start < clause.end for q in s.quantities)


def _own_cloud(s: Sentence) -> bool:
    """Whether the text is about a cloud (its issuer, the company it opened on, its topic)."""
    return any(is_cloud_company(s, e.id) for e in _about(s))


def _rank(s: Sentence, company: str) -> int:
    if company in s.vocabulary.cue_list("cloud_roles", "gpu_cloud"):
        return 2
    return 1 if company in s.vocabulary.cue_list("cloud_roles", "hyperscaler_cloud") else 0


def _parties(s: Sentence, clause: Span, compute: bool) -> tuple[str, str] | None:
    """(customer, cloud) of the pact: the two companies the clause names, or the one it
    names as the partner (와/과, 에서) with the company the text is about."""
    named = [m for m in s.of_kind(_COMPANY, clause) if not m.anaphoric]
    ids = list(dict.fromkeys(m.id for m in named))
    if len(ids) == 1:
        other = _other_side(s, named, ids[0])
        if other is None:
            return None
        ids.append(other)
    if len(ids) != 2 or _rank(s, ids[0]) == _rank(s, ids[1]):
        return None
    customer, cloud = sorted(ids, key=lambda i: _rank(s, i))
    if not compute and _rank(s, customer) == 0 and customer in _goods_sellers(s):
        return None  # "코어위브는 델과 50억 달러 규모의 계약": servers, not compute
    return customer, cloud


def _other_side(s: Sentence, named: list[Mention], one: str) -> str | None:
    """The side of a pact whose clause names only its partner ("메타와도 … 계약을 맺었는데",
    "▲2025년 3월 — 오픈AI와 … 계약 체결"): the text's issuer, else the company it is about
    (the latest topic or the one it opened on) whose rank differs from the partner's."""
    if not all(_partner(s, m) for m in named if m.id == one):
        return None
    for entity in _about(s):
        if entity.id != one and _rank(s, entity.id) != _rank(s, one):
            return entity.id
    return None


def _about(s: Sentence) -> list[Entity]:
    """Who the text is about: its issuer, the company it opened on, the latest topic (the
    opening first: "메타와도 … 계약을 맺었는데" in a story on Nebius follows a sentence on
    Microsoft, its other customer; a chronology's lines name the cloud's customers)."""
    found = [
        s.focus.issuer,
        s.focus.get(OPENING, s.index, 10_000),
        s.focus.get("topic", s.index, 12),
    ]
    return [e for e in found if e is not None]


def _partner(s: Sentence, m: Mention) -> bool:
    return s.text.startswith(_PARTNER_OR_FROM, m.end) or s.particle(m) in ("와", "과")


def _goods_sellers(s: Sentence) -> frozenset[str]:
    """Who sells hardware: the merchant chip makers (cues.toml [anaphora_roles]) and the
    server makers; a company that designs chips only for itself (Meta, Tesla) buys."""
    return frozenset((*s.vocabulary.cue_list("anaphora_roles", "chip maker"), *SERVER_MAKERS))


# a chronology line's heading: "▲2025년 3월 — …", "2024년 - …"
_HEADING_DASH = re.compile(r"\s?[—–-]\s")


def _heading_period(s: Sentence, clause: Span) -> ValidTime | None:
    """The month or year heading the chronology line the clause opens (GUIDE: a line
    headed by a month or a year dates its claim; one headed by a day does not)."""
    for t in s.times:
        if t.start > clause.start + 2 or t.start < clause.start:
            continue
        if t.valid.granularity in ("month", "year") and _HEADING_DASH.match(s.text, t.end):
            return t.valid
    return None


def _deal(s: Sentence, pair: tuple[str, str], anchor: int, clause: Span) -> Candidate | None:
    """The deal, dated as a relation: a contract's term ("5년간") is no time of its own."""
    valid = _heading_period(s, clause) or s.valid_for(anchor, [q.start for q in s.quantities])
    if counted_span(valid):
        valid = point_at(s.published)
    modality = agreed_deal(s, s.modality(anchor, valid, clause), clause, s.future(valid))
    if modality is None or modality == "forecast":
        return None
    customer, cloud = pair
    return Candidate(customer, "supply_deal", modality, valid, anchor, {}, cloud)
