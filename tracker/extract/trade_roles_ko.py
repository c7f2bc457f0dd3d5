"""The lexicon of a Korean trade clause: which verb class governs it and which role each
company named in it takes, read from the particle or postposition after the name.

A trade clause is read by its arguments, not by its wording. Its governing predicate is the
rightmost word of one of five classes ("A사는 B사와 손잡고 … HBM4를 공급하기로 계약했다": the
supply inside the contract orients it):

- ``supply``: the agent gives (공급하다, 납품하다, 판매하다, 출하하다, 넘기다; "B사향 물량");
- ``receive``: the same verbs turned round (공급받다, 납품받다, 공급되다): the agent gets;
- ``acquire``: the agent gets (구매하다, 사들이다, 조달하다, 확보하다, 들여오다, 임차하다,
  "…에서 받고 있다"); an order (주문하다, 발주하다) names its seller in the dative;
- ``win``: the agent wins the other's order (수주하다, 따내다): the agent sells;
- ``pact``: a deal between two (계약을 체결하다·맺다, 합의하다, 손잡다, 선정하다), whose
  direction the parties' kinds decide when no other class word in the clause gives it.

Roles, from the marker after a name: ``agent`` (이/가/은/는/도, or the noun a relative clause
of the verb hangs on: "HBM을 납품하는 A사는"), ``recipient`` (에/에게/한테, 향, 용, 에 대해),
``source`` (로부터/에서/에게서), ``partner`` (와/과/하고/와의), ``object`` (을/를) and
``genitive`` (의). A name with no marker, standing before its product ("A사 HBM4"), is the
product's brand and takes no role. Names listed together ("A사와 B사에") share the role of
the list's last name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.analysis import DATIVE, GENITIVE, OBJECT, PARTNER, TOPIC, Sentence
from tracker.extract.coordination import joined_companies
from tracker.extract.entities import Mention
from tracker.extract.text import Span

# -- verb classes (stems; every inflection follows the stem) ----------------------------
_SUPPLY_STEM = (
    r"(?:공급|납품|판매|출하|제공|인도(?=[하했받할한])|(?<![가-힣])(?:팔(?=[고았기아])|보내|보낸|보냈"
    # "주로 대고 있다", "절반을 댈 것", "B사 칩에 HBM을 넣고 있다"
    r"|(?:대고|대는|댈|댄|넣고|넣는|넣을|넣어)(?![가-힣])))"
)
_WORD = r"(?<![가-힣])"  # a verb that is a word of its own, not a syllable of another
_CLASSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("receive", re.compile(_SUPPLY_STEM + r"\s?(?:받|되|돼|된)")),
    # (a role noun, "공급사", "제공자", "공급처", is the supply roles' to read)
    ("supply", re.compile(_SUPPLY_STEM + r"(?!자|사|처|업체|망|원)")),
    # an order received is an order won ("B사로부터 칩 주문을 받았다")
    ("win", re.compile(r"주문을\s?받")),
    # an order, or work entrusted, names its seller in the dative ("B사에 패키징을 맡겼다")
    ("order", re.compile(r"주문|발주|" + _WORD + r"맡(?:기|겨|겼|긴|길)")),
    # an order won, work taken on ("생산은 A사가 맡았다"), a share of a buyer's orders taken
    ("win", re.compile(r"수주|" + _WORD + r"(?:따(?:내|냈|낸|[고았])|맡(?:았|고|는|은|을|아|습))")),
    # making for the chip's designer: the maker sells ("A사가 B사 칩을 생산한다")
    (
        "make",
        re.compile(
            r"생산(?!\s?능력)|양산|제조|위탁\s?생산|" + _WORD + r"(?:만들|만드|만든|나오|나온)"
        ),
    ),
    # a share of a maker's output taken ("물량의 절반을 가져간다", "물량을 배정받고")
    (
        "take",
        re.compile(_WORD + r"(?:가져가|가져간|가져갈|나눠\s?(?:가|갖|쓰|쓴)|배정받|배정을\s받)"),
    ),
    # (renting, 빌려 쓰다 / 임차, is a use: an adoption, no deal unless a contract is told)
    (
        "acquire",
        re.compile(
            _WORD
            + r"(?:구매|구입|사들|매입|조달|확보|들여(?:오|와|왔|온)|받(?=[고는아았을은으기])"
            # (도입 only as a verb: "도입을 추진" is an adoption's word, no purchase)
            + r"|도입(?=[하해했한할합함])"
            # a supplier chosen: "B사를 HBM4 공급사로 선정했다" (the object sells)
            + r"|선정|낙점|사\s?(?:주기로|주고|준다|줬))"
        ),
    ),
    # (joining hands, 손잡다, is a partnership: no deal of goods by itself)
    # memory used is memory bought (GUIDE): "B사 칩에 A사 HBM4를 쓴다"; read for memory only
    ("use", re.compile(_WORD + r"(?:쓰|쓴|쓸|써|사용|채택|탑재)")),
    # (talks are a pact weighed: "B사와 HBM4 물량을 협의하고 있다")
    ("pact", re.compile(r"계약|협약|합의|체결|맺|협의|논의|협상")),
)
# a supply verb's nominal with its recipient fused: "엔비디아향", "AMD용"
_TOWARD = re.compile(r"(?:향|向|용)(?![가-힣])")
# a relative clause on the verb's agent: "납품하는 A사는", "공급한 A사가"
_ADNOMINAL = re.compile(r"[가-힣]{0,4}?(?:하는|한|할|하던|받는|받은|받을|되는|된)\s")
# a verb form, not a noun: "공급하는", "공급받기로", "사들였다", "가져간다"; a Sino-Korean
# noun with no 하다/되다 after it ("공급 계약", "HBM4 공급을 논의", "출하 중") gives the
# pact no direction of its own
_NOUNS = frozenset(
    {"공급", "납품", "판매", "출하", "제공", "주문", "발주", "수주", "구매", "구입"}
    | {"매입", "조달", "확보", "생산", "양산", "제조", "위탁생산", "사용", "채택", "탑재"}
)
# (a noun before 중 is a verb under way: "출하 중", "생산 중")
_VERB_AFTER = re.compile(r"[하해했한할합함되돼된될됨됐]|\s?중(?![가-힣])|\s?중(?=이|입|인)")


def _verbal(text: str, start: int, end: int) -> bool:
    """Whether a class word is used as a verb."""
    if text[start:end].replace(" ", "") not in _NOUNS:
        return True
    return _VERB_AFTER.match(text, end) is not None


def _describes_goods(s: Sentence, end: int) -> bool:
    """Whether a class word ending at ``end`` is a relative clause on the goods right after
    it ("B사 칩에 탑재할 HBM4", "공급할 HBM4를"): it describes them, no verb of the clause."""
    form = _ADNOMINAL_ANY.match(s.text, end)
    return form is not None and any(
        form.end() <= m.start <= form.end() + 8 for m in s.of_kind(_GOODS_KINDS)
    )


_VIA = re.compile(r"(?:을|를)?\s?(?:통해|통한|거쳐|거친)|(?:이|가)\s아니")
_LINE_HEAD = re.compile(r"\s?[—–:-]\s|\)\s|,\s")
# what may open a line before its subject: bullets, a date, a dash
_LEAD = re.compile(r"[^가-힣A-Za-z]*(?:(?:\d{4}년|\d{1,2}월|\d{1,2}일)\s?)*[^가-힣A-Za-z]*")
_COUNTED_LIST = re.compile(r"\s(?:두|세|네|다섯)\s(?:곳|회사|업체|기업)(?:\s?모두)?")
_PLANT = re.compile(
    r"(?:의)?(?:\s[^\s,.]*[^\s,.은는이가을를도와과]){0,3}?\s?(?:[^\s,.]*공정|파운드리|팹|공장|라인)"
    r"(?:에서|으로|로|이|가|의|에)"
)
# a genitive owning the place or chip the goods go to: "B사의 차기 칩에 들어갈 HBM4를"
_OWNS_DESTINATION = re.compile(
    r"의(?:\s[^\s,.]*[^\s,.은는이가을를도와과의]){1,6}?(?:에|용)(?:\s|도\s|는\s|으로\s)"
)
_ADNOMINAL_ANY = re.compile(r"[가-힣]{0,3}?(?:는|은|ㄴ|할|을|된|될|한)\s")
_GOODS_KINDS = ("chip", "memory", "system", "process")
_USER = re.compile(r"(?:이|가)\s(?:[^\s,.]+\s)?(?:쓰는|쓸|쓴|사용하는|사용할|탑재하는|탑재할)\s")
_CLOSERS = "'\"’”」』)]›》"
_SOURCE = ("으로부터", "로부터", "에게서", "에서")
_RECIPIENT = ("에 대해", "에 대한", "에게", "한테", "에")


@dataclass(frozen=True)
class Predicate:
    """The clause's governing class word: its class, where it stands, and the class that
    orients the deal (a pact's own supply or purchase word, when the clause has one)."""

    kind: str
    start: int
    end: int
    orients: str


def governing(s: Sentence, clause: Span) -> Predicate | None:
    """The rightmost class word of the clause, oriented by the rightmost class word that
    is no pact ("A사와 HBM4 공급받는 계약을 맺었다": a pact oriented as ``receive``)."""
    hits: list[tuple[int, int, str]] = []
    for kind, pattern in _CLASSES:
        for hit in pattern.finditer(s.text, clause.start, clause.end):
            if not any(a <= hit.start() < b for a, b, _ in hits):
                hits.append((hit.start(), hit.end(), kind))
    if not hits:
        return None
    hits.sort()
    start, end, kind = hits[-1]
    oriented = [
        k
        for a, b, k in hits
        if k != "pact" and _verbal(s.text, a, b) and not _describes_goods(s, b)
    ]
    # making orients only a clause with no verb of trade ("A사에 공급할 HBM4를 생산한다")
    traded = [k for k in oriented if k != "make"]
    return Predicate(kind, start, end, (traded or oriented or ["pact"])[-1])


def _heads_line(s: Sentence, m: Mention) -> bool:
    return bool(_LEAD.fullmatch(s.text, 0, m.start)) and bool(_LINE_HEAD.match(s.text, m.end))


def marker(s: Sentence, m: Mention) -> str:
    """The role marker after a company: one of the roles above, ``brand`` for a name
    standing before a product, or ``""``."""
    i = m.end
    while i < len(s.text) and s.text[i] in _CLOSERS:
        i += 1
    if s.text.startswith("(", i) and (close := s.text.find(")", i)) > 0:
        i = close + 1  # "엔비디아(NVIDIA)에"
    if (counted := _COUNTED_LIST.match(s.text, i)) is not None:
        i = counted.end()  # "A사, B사, C사 세 곳 모두에서": the list's marker
    if _PLANT.match(s.text, i):
        return "source"  # "A사 3나노 공정에서", "A사의 테일러 공장에서": where it is made
    if _LEAD.fullmatch(s.text, 0, m.start) and _LINE_HEAD.match(s.text, i):
        return "agent"  # "▲3월 — A사, B사와 … 계약 체결", "• A사 — …": the line's subject
    if _VIA.match(s.text, i):
        return "via"  # "B사 클라우드를 통해": the way the goods come, no party's role
    if s.text.startswith(_SOURCE, i):
        return "source"
    if _TOWARD.match(s.text, i):
        return "recipient"
    particle = s.particle(m)
    if particle in DATIVE or s.text.startswith(_RECIPIENT, i):
        return "recipient"
    if _OWNS_DESTINATION.match(s.text, i):
        return "recipient"
    if _USER.match(s.text, i):
        return "user"  # "B사가 쓰는 HBM3E는 A사가 공급한다": who uses the goods buys them
    for role, group in (
        ("agent", TOPIC),
        ("partner", PARTNER),
        ("object", OBJECT),
        ("genitive", GENITIVE),
    ):
        if particle in group:
            return role
    if any(0 <= p.start - i <= 1 for p in s.of_kind(("chip", "system", "memory", "process"))):
        return "brand"
    return ""


def roles(s: Sentence, clause: Span, verb: Predicate) -> dict[str, list[Mention]]:
    """The companies of the clause by role, a list sharing its last name's role, none
    named only for comparison; a relative clause's head ("공급하는 A사는") is the agent."""
    out: dict[str, list[Mention]] = {}
    companies = [m for m in s.of_kind(("company",), clause) if not s.is_compared(m)]
    for m in companies:
        if m.start > verb.start and not _relative_head(s, m, verb):
            continue  # a Korean verb's arguments stand before it
        listed = joined_companies(s, m, clause)
        role = marker(s, listed[-1]) if len(listed) > 1 and m is not listed[-1] else marker(s, m)
        if role == "brand" and m is not listed[-1]:
            role = marker(s, m)  # "A사와 B사 칩 계약": a partner and a brand, no list
        closing = marker(s, listed[-1])
        if _heads_line(s, m) and (
            len(listed) == 1 or closing in ("", "brand", "partner", "recipient")
        ):
            # "A사, B사 … 구매하기로 약정", "A사, B사에 HBM4 공급": a headline's subject, no list
            role = "agent"
        if m.start > verb.start:
            role = "agent"
        if all(m.id != o.id for o in out.get(role, [])):
            out.setdefault(role, []).append(m)
    if len(agents := out.get("agent", [])) > 1:
        # "A사는 자회사 B사가 … 계약을 맺었다고": the subject nearest the verb, with its list
        out["agent"] = joined_companies(s, agents[-1], clause)
    return out


def _relative_head(s: Sentence, m: Mention, verb: Predicate) -> bool:
    """Whether the verb ends in an adnominal form right before the company ("…를 납품하는
    A사는"): the company is the noun its relative clause describes, the verb's agent."""
    form = _ADNOMINAL.match(s.text, verb.end)
    return form is not None and form.end() == m.start


def sentence_topic(s: Sentence, clause: Span) -> Mention | None:
    """The topic (은/는) that opens a sentence and carries over into its later clauses
    ("A사는 …하고, B사에 HBM4를 공급한다"), unless a subject of the clause's own intervenes."""
    before = [m for m in s.of_kind(("company",), Span(0, clause.start)) if not s.is_compared(m)]
    # (or the subject heading a line: "▲5월 — A사, B사와 … 계약 체결")
    topics = [m for m in before if s.particle(m) in ("은", "는") or _heads_line(s, m)]
    if not topics:
        return None
    last = topics[0]
    later = [m for m in before if m.start > last.start and s.particle(m) in TOPIC]
    return None if later else last
