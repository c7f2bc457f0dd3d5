"""Supply deals told with a customer's role noun instead of a verb, in both languages.

News says who buys from whom as often with the noun "customer" as with a verb of trade:
"Helix, the foundry's largest customer, …", "its biggest client is still Vantor", "the deal
makes Orbis the second customer for the memory maker's HBM4, after A and B", "the assembler
counts C as its main customer", "a D customer list that includes E and F"; "E사의 최대 고객은
F였다", "F는 E사의 2위 고객이 됐다", "E사의 주요 고객인 F", "CoWoS 물량을 받는 고객은 G 외에 H,
I 등이다". Each customer named buys from the company whose customer it is (GUIDE: a customer
named as such is a `supply_deal`, with no product unless the role names one).

The phrase-level rules (:mod:`.customer_lists_en`, :mod:`.claimrules.supply_roles`,
:mod:`.customers_won`) read some of these shapes; this rule reads the role by its parts,
whatever the order: the role noun (with the rank or product words before it), its owner (a
possessive, "for <owner>", a noun modifier, or in Korean the company the story is about when
the sentence names none), and its holders (apposition, a copula on either side, "makes X",
"counts X as", a list after "include" / 등이다, earlier customers after "after"). It runs
after every supply rule and speaks only for a clause none of them read.

Not a deal: a customer to be or no longer ("potential", "former", 잠재, 예비), the buyer of
tools (bonders, equipment), a negated role, a customer of the same family as its owner.
"""

from __future__ import annotations

import re

from tracker.domain.claims import Modality, ValidTime
from tracker.extract.analysis import OPENING, Sentence
from tracker.extract.claimrules.common import _COMPANY, _same_family
from tracker.extract.coordination import joined_by, list_after, list_before
from tracker.extract.customer_lists_en import NOT_TRADE_WORDS
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span
from tracker.extract.timex import point_at
from tracker.extract.vocabulary import Entity

_PRODUCTS = ("chip", "memory", "system", "process")

# -- English -------------------------------------------------------------------------------

# the role noun: "customer", "clients", "buyer"
_ROLE_EN = re.compile(r"\b(?P<role>customers?|clients?|buyers?)\b(?!['’])")
# up to four words of rank, size, goods or owner before the role: "TSMC's largest CoWoS",
# "its second large cloud", "a Supermicro"
_WORDS_EN = re.compile(r"(?:[\w'’-]+\s){0,4}$")
# what makes a role no trade: a customer to be or no longer, a buyer of tools or services
_NOT_TRADE_EN = re.compile(
    rf"\b(?:{NOT_TRADE_WORDS}|targeted|consumer|enterprise|end|individual|satisfied|new)\b"
)
# a noun modifier: "a Supermicro customer list that includes", "the Nebius customer base"
_LIST_AFTER_EN = re.compile(
    r"\s?(?:list|base|roster|book)?\s?(?:that\s|which\s)?(?:now\s|also\s|already\s)?"
    r"(?:includes?|included|(?:has|have)\s(?:long\s)?included|comprises?|spans?)\s"
    r"(?:(?:companies|firms|labs|names)\s)?(?:such\sas\s|like\s)?"
)
# a holder before the role, across a copula or an apposition: "X is Nebius's largest", "X,
# Nebius's largest", "X, not Y, is still its largest"; "makes X the third"
_HOLDER_BEFORE_EN = re.compile(
    r"(?:,\s(?:not\s[^,]{1,40},\s)?(?:(?:is|was|remains|remained|became|has\sbecome|stays|"
    r"will\sbe|will\sremain|would\sbecome)\s)?(?:(?:still|now|also|already|again)\s)?"
    r"|\s(?:(?:is|was|remains|remained|became|has\sbecome|had\sbecome|stays|will\sbe|"
    r"will\sremain|would\sbecome|as)\s)(?:(?:still|now|also|already|again)\s)?"
    r"|\s)(?:the\s|a\s|an\s)?$"
)
# the word before a holder named without a copula: "makes Orbis the second customer"
_MAKES = re.compile(r"\b(?:makes?|made|making)\s$")
# a holder after the role, across a copula: "Nebius's largest customer is Microsoft"
_HOLDER_AFTER_EN = re.compile(
    r"\s?(?:(?:by|in|for)\s[\w\s-]{1,30}?\s)?(?:is|was|remains|remained|has\sbeen|became)\s"
    r"(?:(?:still|now|also|again)\s)?"
)
# earlier holders of an ordinal role: "the third customer for …, after Nvidia and AMD"
_AFTER_EN = re.compile(r"[^.;]{0,60}?,?\s(?:after|behind|following|joining)\s$")
_ORDINAL_EN = re.compile(r"\b(?:second|third|fourth|fifth|sixth|\d(?:nd|rd|th))\b")
_JOINED_EN = joined_by(re.compile(r"\s*(?:,|and|&|,\s?and|(?:,\s?)?as\swell\sas)\s*"))

# -- Korean --------------------------------------------------------------------------------

# the role with its rank: "최대 고객", "2위 고객", "주요 고객사", "두 번째 고객"
_ROLE_KO = re.compile(
    r"(?P<words>(?P<rank>(?:최대|최대의|가장\s큰|주요|핵심|대형|최상위|1위|2위|3위|"
    r"[첫두세네]\s?번째|\d+번째|첫)\s?)?(?:[A-Za-z0-9]+\s?)?)(?P<role>고객사|고객|거래처)"
    r"(?P<particle>은|는|이|가|인|으로|로|이다|였다|이었다|이며|이자|다)?(?!부터|서|에게)"
)
_NOT_TRADE_KO = re.compile(r"잠재|예비|전\s?고객|옛|과거|장비|본더|소비자|개인|기업\s?고객|신규")
# the owner's genitive: "TSMC의 최대 고객"
_GENITIVE_KO = re.compile(r"의\s?$")
# a holder after a role marked as topic: "최대 고객은 엔비디아였다", "고객은 A 외에 B, C 등이다"
_IS_KO = re.compile(r"(?:였다|이었다|이다|다|로\s|으로\s|이며|이고|였고|이었고|라는|등이다|등)")
# "고객이 됐다", "고객사가 되었다": the holder is the clause's topic, before the role
_BECAME_KO = re.compile(r"\s?(?:됐|되었|된|될|돼|되어|되며)")
# "애플이 아니라 엔비디아였다": a company set aside, the one after it holds the role
_NOT_BUT_KO = re.compile(r"(?:이|가)?\s?아니(?:라|고)\s?")
_JOINED_KO = joined_by(re.compile(r"\s*(?:와|과|,|·|ㆍ|및|외에|외에도|에\s더해)\s*"))


def customer_role_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """supply_deal: each company named as another's customer buys from it."""
    if s.table is not None:
        return []
    if s.language == "en":
        if "customer" not in s.lowered and "client" not in s.lowered and "buyer" not in s.lowered:
            return []
        roles = _roles_en(s)
    else:
        if "고객" not in s.text and "거래처" not in s.text:
            return []
        roles = _roles_ko(s)
    out: list[Candidate] = []
    seen: set[tuple[str, str, str]] = set()
    for at, owner, holders, product in roles:
        clause = s.clause_of(at)
        told = {
            (c.subject, c.object, c.qualifiers.get("product"))
            for c in state.found
            if c.predicate == "supply_deal" and clause.start <= c.anchor < clause.end
        }
        # a tuned rule read this clause: only the rest of a list it began, of the same owner
        # and goods ("makes Google the third customer for Micron HBM4, after Nvidia and
        # AMD": the rule told Google's deal, the earlier two are left)
        if clause.start in state.deal_clauses and not any(
            o == owner.id and p == product for _, o, p in told
        ):
            continue
        untold = [h for h in holders if not any(h.id in (c, o) for c, o, _ in told)]
        # a role is held now (a chronology's line dates it: "▲2024년 — … 최대 고객으로
        # 올라섬"); a time ahead belongs to what the holder will do ("should take 60% of
        # next year's allocation"), not to the role
        valid = _held(s, at)
        if (
            s.modality(at, valid, clause) is None
            or _TO_BE.search(s.text, clause.start, at)
            or _CONDITION.search(s.text, clause.start, at)
        ):
            continue
        modality: Modality = "actual"
        qualifiers = {"product": product} if product else {}
        for holder in untold:
            key = (holder.id, owner.id, product or "")
            if key in seen or holder.id == owner.id or _same_family(s, owner.id, holder.id):
                continue
            seen.add(key)
            out.append(
                Candidate(holder.id, "supply_deal", modality, valid, at, qualifiers, owner.id)
            )
    return out


# a role to come, not held: "would become its largest customer", "고객이 될 전망"
_TO_BE = re.compile(
    r"\b(?:will|would|could|may|might|to)\s(?:likely\s)?(?:be|become|remain)\b|될\s?(?:전망|것|예정|수)"
)

# a role under a condition: "if Meta buys 100,000 TPUs it becomes …", "도입하면 … 고객이 된다"
_CONDITION = re.compile(r"\b(?:if|unless|should\s\w+\s(?:buy|sign|order))\b|[가-힣]면\s")


def _held(s: Sentence, at: int) -> ValidTime:
    """When a role is held: at publication, or in an earlier year a chronology's line names
    ("▲2024년 — … 최대 고객으로 올라섬"); "this quarter's largest customer" is today's."""
    told = s.valid_for(at, [])
    if told.start is not None and told.start.year < s.published.year:
        return told
    return point_at(s.published)


Role = tuple[int, Entity, list[Entity], str | None]
"""A role read: where its noun is, its owner, its holders, the product it names."""


def _companies(s: Sentence) -> list[Mention]:
    return [m for m in s.of_kind(_COMPANY) if not s.is_compared(m)]


def _product_in(s: Sentence, start: int, end: int) -> str | None:
    found = s.of_kind(_PRODUCTS, Span(start, end))
    return found[-1].id if found else None


# -- reading English -----------------------------------------------------------------------


def _roles_en(s: Sentence) -> list[Role]:
    companies = [m for m in _companies(s) if not _negated_en(s, m)]
    out: list[Role] = []
    for role in _ROLE_EN.finditer(s.lowered):
        at = role.start()
        words = _WORDS_EN.search(s.text, max(0, at - 60), at)
        words_at = words.start() if words is not None else at
        found = _owner_en(s, companies, words_at, at, role.end())
        if found is None:
            continue
        owner, front = found
        if _NOT_TRADE_EN.search(s.lowered, front, role.end()):
            continue
        product = _product_in(s, front, at) or _goods_after(s, role.end())
        holders = _holders_before_en(s, companies, front, owner, (at, role.end()))
        if not holders:
            holders = _holders_after_en(s, companies, role.end(), owner)
        if holders and _ORDINAL_EN.search(s.lowered, front, at):
            holders += _earlier_en(s, companies, role.end(), owner)
        if holders:
            out.append((at, owner, holders, product))
    return out


def _negated_en(s: Sentence, m: Mention) -> bool:
    """A company set aside: "xAI, not Dell, is its largest customer"."""
    return s.lowered.endswith(("not ", "rather than ", "instead of "), 0, m.start)


# the goods after the role or after its owner: "customer for CoWoS", "for SK hynix HBM4"
_GOODS_AFTER = re.compile(r"\s(?:for|of)\s(?:the\s)?(?:[\w'’-]+\s){0,2}?$")


def _goods_after(s: Sentence, end: int) -> str | None:
    for m in s.of_kind(_PRODUCTS, Span(end, min(len(s.text), end + 40))):
        if _GOODS_AFTER.match(s.text, end, m.start) is not None:
            return m.id
    return None


def _owner_en(
    s: Sentence, companies: list[Mention], words_at: int, at: int, end: int
) -> tuple[Entity, int] | None:
    """Whose customer, and where the role's phrase begins: the last company before the role
    with a possessive ("Nebius's largest", "Google's TPU"), "its"/"their" ("its biggest"),
    a name right before the role ("a Supermicro customer list"), or "for/of <owner>" after
    it ("the third customer for Micron HBM4")."""
    inside = [m for m in companies if words_at <= m.start and m.end <= at]
    for m in reversed(inside):
        if s.text.startswith(("'s ", "’s ", "' ", "’ "), m.end):
            return m.entity, m.start
    pronoun = re.search(r"\b(?:its|their)\s(?:[\w'’-]+\s){0,3}$", s.lowered[words_at:at])
    if pronoun is not None:
        here = words_at + pronoun.start()
        owner = _pronoun_owner(s, companies, here)
        return (owner, here) if owner is not None else None
    if inside and inside[-1].end + 1 == at:
        return inside[-1].entity, inside[-1].start
    edge = end
    for word in (" for ", " of "):
        if s.lowered.startswith(word, edge):
            edge += len(word)
            edge += 4 if s.lowered.startswith("the ", edge) else 0
            named = [m for m in companies if m.start == edge]
            if named:
                # the phrase begins after a holder inside the words ("makes Google the")
                return named[0].entity, (inside[-1].end + 1 if inside else words_at)
    return None


def _pronoun_owner(s: Sentence, companies: list[Mention], at: int) -> Entity | None:
    """Whose "its": the company whose saying the role is told in ("Supermicro told
    analysts that xAI is still its largest customer"). Any other "its" is left unread: in
    "Google has put $2 billion into Anthropic, its biggest TPU customer" the pronoun may
    stand for either company."""
    before = [m for m in companies if m.end <= at]
    if len(before) >= 2 and _SAYS_EN.match(s.text, before[0].end) is not None:
        return before[0].entity
    return None


# a saying right after its subject: "Supermicro told analysts that", "Nebius said"
_SAYS_EN = re.compile(
    r"\s(?:(?:also|again|has|had)\s)?(?:said|says|told|tells|reported|reports|noted|notes|"
    r"added|wrote|confirmed|disclosed)\b"
)


# the goods or the trade of a role told in an aside: "largest GPU customer", "rack customer",
# "customer for CoWoS", "customer under a contract"
_GOODS_OF_ROLE_EN = re.compile(
    r"\b(?:gpus?|chips?|accelerators?|racks?|servers?|cloud|compute|memory|hbm\w*|foundry|"
    r"wafers?|packaging|tpus?|silicon)\b"
)
_TRADE_AFTER_ROLE_EN = re.compile(
    r"s?,?\s(?:for\s|of\s|(?:under|with|through)\s(?:a|an|its|their)\s"
    r"(?:[\w$.,-]+\s){0,5}?(?:contract|deal|agreement|order))"
)


def _holders_before_en(
    s: Sentence, companies: list[Mention], front: int, owner: Entity, role: tuple[int, int]
) -> list[Entity]:
    """The role's holders named before it: "X, Nebius's largest customer", "X is its
    biggest client", "makes X the second customer", "counts X as its customer"."""
    role_at, role_end = role
    before = [m for m in companies if m.end <= front and m.entity.id != owner.id]
    if not before:
        return []
    last = before[-1]
    gap = s.text[last.end : front]
    if _HOLDER_BEFORE_EN.fullmatch(gap) is None:
        return []
    if gap.strip(" ,") == "" or gap.strip(" ,") in ("the", "a", "an"):
        # no copula: "makes X the third customer", or an apposition, which names a trade
        # only with its goods ("X, Nebius's largest GPU customer", "X, its biggest customer
        # under a $19 billion contract"): a rank alone in an aside is the company's
        # description, not news of a trade ("Amazon, Nvidia's biggest customer, opened …")
        opening = s.text[: before[-1].start]
        if gap.startswith(","):
            goods = _GOODS_OF_ROLE_EN.search(s.lowered, front, role_at)
            if goods is None and _TRADE_AFTER_ROLE_EN.match(s.lowered, role_end) is None:
                return []
        elif _MAKES.search(opening[-12:]) is None:
            return []
    listed = list_before(
        s.text,
        [m for m in before if m.entity.id != owner.id],
        last.end,
        _JOINED_EN,
    )
    return [m.entity for m in listed or [last]]


def _holders_after_en(
    s: Sentence, companies: list[Mention], end: int, owner: Entity
) -> list[Entity]:
    """The role's holders named after it: "… largest customer is Microsoft", "a Supermicro
    customer list that includes xAI, CoreWeave and Lambda"."""
    rest = s.text[end : end + 80]
    link = _HOLDER_AFTER_EN.match(rest) or _LIST_AFTER_EN.match(rest)
    if link is None:
        return []
    edge = end + link.end()
    after = [m for m in companies if m.start >= edge and m.entity.id != owner.id]
    listed = list_after(
        s.text,
        after,
        edge,
        _JOINED_EN,
    )
    return [m.entity for m in listed]


def _earlier_en(s: Sentence, companies: list[Mention], end: int, owner: Entity) -> list[Entity]:
    """An ordinal role's earlier holders: "…, after Nvidia and AMD"."""
    for m in companies:
        if m.start <= end or m.entity.id == owner.id:
            continue
        if _AFTER_EN.fullmatch(s.lowered, end, m.start) is None:
            continue
        after = [c for c in companies if c.start >= m.start and c.entity.id != owner.id]
        listed = list_after(
            s.text,
            after,
            m.start,
            _JOINED_EN,
        )
        return [c.entity for c in listed]
    return []


# -- reading Korean ------------------------------------------------------------------------


def _roles_ko(s: Sentence) -> list[Role]:
    companies = _companies(s)
    out: list[Role] = []
    for role in _ROLE_KO.finditer(s.text):
        if _NOT_TRADE_KO.search(s.text, max(0, role.start() - 6), role.end()):
            continue
        words_at = role.start("words")
        owner_mention = next(
            (
                m
                for m in reversed(companies)
                if m.end <= words_at and _GENITIVE_KO.fullmatch(s.text, m.end, words_at) is not None
            ),
            None,
        )
        product = _product_in(s, max(0, words_at - 12), role.start("role"))
        particle = role.group("particle") or ""
        became = _BECAME_KO.match(s.text, role.end()) is not None
        if particle in ("은", "는", "이", "가") and not became:
            holders = _holders_after_ko(s, companies, role.end(), owner_mention)
        elif particle == "인":
            holders = [m.entity for m in companies if m.start == role.end() + _space(s, role.end())]
        else:
            holders = _holders_before_ko(s, companies, role.start("role"), owner_mention)
        if owner_mention is not None:
            owner: Entity | None = owner_mention.entity
        elif role.group("rank") and particle != "인":
            # "최대 고객은 엔비디아였다": a ranked role of the company the story is about
            owner = _story_company(s, holders)
        else:
            owner = None
        holders = [h for h in holders if owner is None or h.id != owner.id]
        if owner is not None and holders:
            out.append((role.start("role"), owner, holders, product))
    return out


def _space(s: Sentence, at: int) -> int:
    return 1 if s.text.startswith(" ", at) else 0


def _holders_after_ko(
    s: Sentence, companies: list[Mention], end: int, owner: Mention | None
) -> list[Entity]:
    """ "최대 고객은 엔비디아였다", "고객은 엔비디아 외에 AMD, 브로드컴 등이다": the companies
    listed right after the role, closed by a copula."""
    after = [
        m for m in companies if m.start >= end and (owner is None or m.entity.id != owner.entity.id)
    ]
    listed = list_after(
        s.text,
        after,
        end,
        _JOINED_KO,
    )
    if not listed:
        return []
    aside = _NOT_BUT_KO.match(s.text, listed[-1].end)
    if aside is not None:  # "애플이 아니라 엔비디아였다"
        rest = [m for m in after if m.start >= aside.end()]
        listed = list_after(
            s.text,
            rest,
            aside.end(),
            _JOINED_KO,
        )
        if not listed:
            return []
    tail = s.text[listed[-1].end : listed[-1].end + 12]
    if _IS_KO.match(tail.lstrip("(").split(")")[-1].lstrip()) is None and not tail.startswith(
        ("이었", "였", "이다", "다", "등")
    ):
        return []
    return [m.entity for m in listed]


# the role held by the clause's topic: "…고객이다", "…고객으로", "…고객이 됐다"
_ROLE_HELD_KO = re.compile(
    r"(?:고객사?|거래처)(?:이다|였다|이었다|이며|이자|다|로|으로|(?:이|가)\s?(?:됐|되었|된|돼))"
)


def _holders_before_ko(
    s: Sentence, companies: list[Mention], start: int, owner: Mention | None
) -> list[Entity]:
    """ "엔비디아는 TSMC의 최대 고객이다", "애플은 2위 고객이 됐다": the topic of the clause."""
    front = owner.start if owner is not None else start
    clause = s.clause_of(start)
    before = [
        m
        for m in companies
        if clause.start <= m.start
        and m.end <= front
        and s.particle(m) in ("은", "는", "이", "가")
        and (owner is None or m.entity.id != owner.entity.id)
    ]
    if not before:
        return []
    tail = s.text[start : start + 16]
    if _ROLE_HELD_KO.match(tail) is None:
        return []
    return [before[-1].entity]


def _story_company(s: Sentence, holders: list[Entity]) -> Entity | None:
    """Whose customer, when the sentence names no owner: the company the story opened on or
    last marked as its topic ("이번 분기 최대 고객은 엔비디아였다" in a story on a foundry)."""
    ids = {h.id for h in holders}
    for entity in (
        s.focus.issuer,
        s.focus.get(OPENING, s.index, 40),
        s.focus.get("topic", s.index, 6),
    ):
        if entity is not None and entity.kind == "company" and entity.id not in ids:
            return entity
    return None
