"""Companies named together as one party of a statement.

"삼성전자와 SK하이닉스가 엔비디아에 HBM4를 공급한다" names two suppliers of one deal;
"엔비디아는 HBM4를 SK하이닉스와 삼성전자에서 공급받는다" names them as the source. Each
supplier has its own deal with the customer (GUIDE: one claim per statement that fits a
predicate), so a rule that found one supplier asks here for the others joined to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.text import Span

_COMPANY = ("company",)
# what joins two names of one party: 와/과, a comma, a middle dot, 및, and/&, ", 그리고"
_JOIN = re.compile(r"\s*(?:와|과|,|·|ㆍ|및|and|&|,\s?and|,\s?그리고)\s*", re.IGNORECASE)


class _Placed(Protocol):
    """Anything with offsets into a sentence: a mention, a quantity."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


P = TypeVar("P", bound=_Placed)


# whether the text between two names (or a name and the list's edge) continues a list; the
# second argument says whether the list has begun
Joined = Callable[[str, bool], bool]


def joined_by(join: re.Pattern[str]) -> Joined:
    """The list test of a join pattern: nothing before the first name, ``join`` (whole)
    between two names ("Meta, OpenAI and Lambda" with commas and "and")."""

    def joined(gap: str, begun: bool) -> bool:
        return join.fullmatch(gap) is not None if begun else not gap.strip()

    return joined


def list_after(text: str, candidates: Sequence[P], edge: int, joined: Joined) -> list[P]:
    """The mentions (or quantities) of ``candidates`` (in text order, none before
    ``edge``) that continue a list from ``edge``: each one's gap to the one before (to
    ``edge`` for the first) is ``joined``. The one list walker of the rules ("…, with
    Broadcom, AMD and AWS following behind", "deals with Nebius, Lambda and IREN",
    "삼성전자와 SK하이닉스가", "3,000장과 2,000장")."""
    group: list[P] = []
    for m in candidates:
        if not joined(text[edge : m.start], bool(group)):
            break
        group.append(m)
        edge = m.end
    return group


def list_before(text: str, candidates: Sequence[P], edge: int, joined: Joined) -> list[P]:
    """:func:`list_after` walked backwards: the mentions of ``candidates`` (in text order,
    all ending by ``edge``) listed up to ``edge``, in text order."""
    group: list[P] = []
    for m in reversed(candidates):
        if not joined(text[m.end : edge], bool(group)):
            break
        group.insert(0, m)
        edge = m.start
    return group


def _joined(gap: str, _begun: bool) -> bool:
    return _JOIN.fullmatch(gap) is not None


def joined_companies(s: Sentence, head: Mention, clause: Span) -> list[Mention]:
    """``head`` and the companies listed with it, in text order, one mention per id."""
    companies = [m for m in s.of_kind(_COMPANY, clause) if not m.anaphoric]
    before = list_before(s.text, [c for c in companies if c.end <= head.start], head.start, _joined)
    after = list_after(s.text, [c for c in companies if c.start >= head.end], head.end, _joined)
    return list({m.id: m for m in [*before, head, *after]}.values())


def one_per_list(s: Sentence, companies: list[Mention], clause: Span) -> list[str]:
    """The ids of the companies named, with a list of them joined as one party counted
    once, by its first name ("SK hynix, Samsung and Micron all ship HBM4 to Nvidia": two
    parties, not four). A verb's roles then fall to the list and the other party; the
    list's other members join the deal through :func:`co_suppliers`."""
    ids: list[str] = []
    listed: set[str] = set()
    for m in companies:
        if m.id in listed or m.id in ids:
            continue
        ids.append(m.id)
        if not m.anaphoric:
            listed.update(j.id for j in joined_companies(s, m, clause) if j.id != m.id)
    return ids


def co_suppliers(
    s: Sentence, supplier: str, customer: str, sellers: set[str], clause: Span
) -> list[str]:
    """Other companies listed with the supplier that can sell the product (any company when
    the vocabulary names no seller), never the customer."""
    mentions = [m for m in s.of_kind(_COMPANY, clause) if m.id == supplier]
    if not mentions:
        return []
    out: list[str] = []
    for head in mentions:
        for m in joined_companies(s, head, clause):
            if m.id in (supplier, customer) or m.id in out:
                continue
            if sellers and m.id not in sellers and not _source_list_ko(s, head, clause):
                continue
            out.append(m.id)
    return out


# a Korean source after a list: "델과 슈퍼마이크로에서 … 받고", "…로부터 사들인다"
_SOURCE_KO = re.compile(r"(?:로부터|으로부터|에서|에게서)\s")


def _source_list_ko(s: Sentence, head: Mention, clause: Span) -> bool:
    """Whether ``head`` is in a Korean list of companies named as one source ("델과
    슈퍼마이크로에서 GB300 랙을 받고"): each sells, whoever makes the product."""
    group = joined_companies(s, head, clause)
    return (
        s.language == "ko"
        and len(group) > 1
        and _SOURCE_KO.match(s.text, group[-1].end) is not None
    )


def co_customers(
    s: Sentence, customer: str, supplier: str, sellers: set[str], clause: Span
) -> list[str]:
    """Other companies listed with the customer ("엔비디아와 AMD에 HBM3E를 공급한다"): never
    the supplier, nor a company that sells the product (a co-supplier, not a buyer)."""
    out: list[str] = []
    for head in [m for m in s.of_kind(_COMPANY, clause) if m.id == customer]:
        listed = joined_companies(s, head, clause) + _added_datives(s, head, clause)
        listed += _recipients_listed_en(s, head, clause)
        for m in listed + _owners_listed(s, head, clause):
            if m.id in (supplier, customer) or m.id in out or m.id in sellers:
                continue
            out.append(m.id)
    return out


# a second recipient after the first one's goods, the preposition repeated: "for Google's TPUs
# and for the Trainium chips of AWS", "for AMD's MI350 series as well as for Nvidia", "to
# Meta's Ohio site and to Oracle"
_RECIPIENT_BEFORE_EN = re.compile(r"\b(?P<prep>for|to|into)\s(?:the\s)?$")
_NEXT_RECIPIENT_EN = re.compile(
    r"(?:['’]s\s(?:[\w-]+\s){0,3}?[\w-]+)?,?\s(?:and|as\swell\sas)\s(?:also\s)?"
    r"(?P<prep>for|to|into)\s(?:the\s(?:[\w-]+\s){1,3}of\s)?"
)


def _recipients_listed_en(s: Sentence, head: Mention, clause: Span) -> list[Mention]:
    """English companies listed after the customer as further recipients, each after the
    same preposition as the customer's ("for Google's TPUs and for AWS's Trainium")."""
    before = _RECIPIENT_BEFORE_EN.search(s.text, max(0, head.start - 9), head.start)
    if s.language != "en" or before is None:
        return []
    out: list[Mention] = []
    edge = head
    for m in [c for c in s.of_kind(_COMPANY, clause) if c.start > head.end and not c.anaphoric]:
        gap = _NEXT_RECIPIENT_EN.fullmatch(s.text, edge.end, m.start)
        if gap is None or gap.group("prep") != before.group("prep"):
            break
        out.append(m)
        edge = m
    return out


# "엔비디아에 이어 AMD에도", "AMD뿐 아니라 브로드컴에도", "엔비디아에 더해 AMD에도": a second
# recipient added to the first
_ADDED = re.compile(r"(?:에(?:게)?\s?(?:이어|더해|더하여)|(?:에(?:게)?)?뿐\s?(?:만\s?)?아니라)\s")


def _added_datives(s: Sentence, head: Mention, clause: Span) -> list[Mention]:
    """Companies added after the customer as further recipients (Korean)."""
    if s.language != "ko":
        return []
    return [
        m
        for m in s.of_kind(_COMPANY, clause)
        if m.start > head.end
        and _ADDED.fullmatch(s.text, head.end, m.start)
        and s.text.startswith(("에", "에게"), m.end)
    ]


_PRODUCTS = ("chip", "system", "memory")

# a company's chip before the joint of a list of chips: "(AMD)의 MI350 시리즈와 ", "(엔비디아)
# 루빈·", "(AMD)의 차세대 GPU와 " (the name or head word, then the joint)
_OWNED_ITEM_JOINT = re.compile(
    r"(?:의)?\s?(?P<item>(?:[^\s,.·ㆍ]+\s?){1,3}?)(?:와|과|·|ㆍ|,|\s및)\s?"
)
_ITEM_HEAD = re.compile(r"(?:[A-Za-z0-9-]|시리즈|GPU|칩|가속기|플랫폼)\s?$")
# a company's chip after its name: "(구글) TPU", "(AWS)의 트레이니움"
_OWNED_NEXT = re.compile(r"(?:의)?\s?(?:(?:차세대|최신|신형|자체|주력)\s)?")


def _owners_listed(s: Sentence, head: Mention, clause: Span) -> list[Mention]:
    """Korean companies whose chips are listed after the head's ("AMD의 MI350 시리즈와 구글
    TPU에 들어가는 HBM3E를 공급": memory for each owner's chip): each owner buys, as a
    company listed with the head would (the rule asks only where a company's chip follows
    it, so a list of chips traded with one buyer has none)."""
    if s.language != "ko":
        return []
    chips = s.of_kind(("chip", "system"), clause)
    out: list[Mention] = []
    edge = head
    for m in [c for c in s.of_kind(_COMPANY, clause) if c.start > head.end and not c.anaphoric]:
        gap = _OWNED_ITEM_JOINT.fullmatch(s.text, edge.end, m.start)
        if gap is None or not (
            _ITEM_HEAD.search(gap.group("item")) or any(c.end == gap.end("item") for c in chips)
        ):
            break
        nxt = _OWNED_NEXT.match(s.text, m.end)
        at = nxt.end() if nxt is not None else m.end
        owned = next((c for c in chips if c.start == at), None)
        if owned is None or owned.entity.maker not in (None, m.id):
            break
        out.append(m)
        edge = m
    return out


# a listed product's variant between it and the joint: its stack height or size ("HBM3E
# 12단과 HBM4", "HBM3E 12-high and HBM4", "HBM3E 36GB 제품과 HBM4")
_VARIANT = re.compile(
    r"\s?(?:\d{1,2}\s?(?:단|-?[Hh]i(?:gh)?|H)|\d{2,3}\s?GB)(?:\s?제품)?(?=\s?[와과,·ㆍ및&a])"
)


def _product_joined(gap: str, begun: bool) -> bool:
    variant = _VARIANT.match(gap)
    return _joined(gap[variant.end() :] if variant else gap, begun)


def joined_products(s: Sentence, head: Mention, clause: Span) -> list[Mention]:
    """The other products listed with ``head`` in its clause ("agreements with Nvidia for
    GB200 and GB300 systems", "GB200과 GB300을 공급받는다", "HBM3E 12단과 HBM4를"), one
    mention per id, none named only for comparison: a deal for a list is a deal for each
    of its products."""
    products = [m for m in s.of_kind(_PRODUCTS, clause) if not m.anaphoric]
    joined = _product_joined
    before = list_before(s.text, [p for p in products if p.end <= head.start], head.start, joined)
    after = list_after(s.text, [p for p in products if p.start >= head.end], head.end, joined)
    seen = {head.id}
    out: list[Mention] = []
    for m in [*before, *after]:
        if m.id not in seen and not s.is_compared(m):
            seen.add(m.id)
            out.append(m)
    return out


# "Google's TPUs and Meta's MTIA": a further product listed with its own owner
_AND_OWNER = re.compile(r",\s(?:and\s)?|\s(?:and|&)\s")
_OWNS = re.compile(r"['’]s\s(?:[\w-]+\s){0,2}")


def owned_products(s: Sentence, head: Mention, clause: Span) -> list[tuple[Mention, Mention]]:
    """(product, owner) of each further product listed after ``head`` with its own owner
    named before it as a possessive, the owner being its maker ("Broadcom, which builds
    Google's TPUs and Meta's MTIA": Meta's MTIA)."""
    out: list[tuple[Mention, Mention]] = []
    edge = head.end
    for owner in s.of_kind(_COMPANY, Span(head.end, clause.end)):
        if owner.start < edge:
            continue
        if _AND_OWNER.fullmatch(s.text, edge, owner.start) is None:
            break
        product = next(
            (
                m
                for m in s.of_kind(_PRODUCTS, clause)
                if m.start > owner.end and _OWNS.fullmatch(s.text, owner.end, m.start)
            ),
            None,
        )
        if product is None or product.entity.maker != owner.id:
            break
        out.append((product, owner))
        edge = product.end
    return out
