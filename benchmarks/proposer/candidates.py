"""Over-generated relation candidates and their features, for the learned proposer.

For every sentence the extractor reads, each pair of a company and another party around a
word of a broad trigger lexicon is a candidate: for ``supply_deal`` a customer, a supplier
and the product (one named in the sentence, or none); for ``adopts`` a company and a
product it may use. Each candidate gets the modality and valid time the rules' own
machinery gives a claim anchored at its trigger (:meth:`Sentence.modality`,
:meth:`Sentence.valid_for`, the adoption's mode from :mod:`.claimrules.use_modes`), and a
list of features that say nothing of the sentence's words but its trigger class: the order
of the parties and the trigger, their distances, the Korean particle after each party, the
English word before it, what the parties' kinds make of their roles, what else the rules
found in the same sentence. :mod:`.model` scores them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import permutations

from tracker.domain.claims import Modality, ValidTime
from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.adoptable import _counted_ids
from tracker.extract.claimrules.common import Candidate, _same_family
from tracker.extract.claimrules.kind_deals import KINDS, roles
from tracker.extract.claimrules.use_modes import _mode
from tracker.extract.entities import Mention
from tracker.extract.own_word import own_future_action
from tracker.extract.timex import counted_span, point_at

PREDICATES = ("supply_deal", "adopts")

# trigger classes: a class name and the words that open it (lower-cased English, Korean)
_SUPPLY_EN = {
    "supply": r"suppl(?:y|ies|ied|ying|iers?)",
    "deal": r"deals?|agreements?|contracts?|pacts?|partnerships?",
    "buy": r"buy(?:s|ing|er|ers)?|bought|purchas\w*|procur\w*",
    "order": r"order(?:s|ed|ing)?",
    "sign": r"sign(?:s|ed|ing)?|inked|struck",
    "ship": r"ship(?:s|ped|ping|ments?)?|deliver\w*",
    "sell": r"sells?|sold|selling|sales?",
    "source": r"sourc\w*",
    "customer": r"customers?|clients?",
    "vendor": r"vendors?|providers?|partners?",
    "win": r"wins?|won|winning|secur\w*|land(?:s|ed)?|clinch\w*",
    "pick": r"tap(?:s|ped|ping)?|pick(?:s|ed)?|select\w*|chose|chosen|choos\w*",
    "book": r"book(?:s|ed|ing)?|reserv\w*|allocat\w*|capacity",
    "rent": r"rent\w*|leas\w*|compute",
    "make": r"manufactur\w*|fabricat\w*|packag\w*|foundry|makes|made",
}
_SUPPLY_KO = {
    "supply": r"공급|납품|대고\s있|대주|대\s?왔",
    "deal": r"계약|협약|파트너십|동맹",
    "buy": r"구매|구입|매입|사들|사들이",
    "order": r"주문|발주",
    "sign": r"체결|맺",
    "ship": r"출하|인도",
    "sell": r"판매|팔",
    "source": r"조달",
    "customer": r"고객",
    "win": r"수주|확보|따냈|따내",
    "pick": r"채택|낙점|선정|선택",
    "rent": r"빌려|빌리|임대|임차|컴퓨팅",
    "make": r"생산|위탁|파운드리|패키징|만든|만들",
}
_ADOPTS_EN = {
    "use": r"use[sd]?|using|usage|utiliz\w*|tap(?:s|ped|ping)?",
    "run": r"runs?|running|ran|serv(?:e|es|ed|ing)",
    "deploy": r"deploy\w*|install\w*|roll(?:s|ed|ing)?\sout",
    "adopt": r"adopt\w*|embrac\w*|switch\w*|migrat\w*|mov(?:e|es|ed|ing)\sto",
    "rent": r"rent\w*|leas\w*|instances?|through|via",
    "train": r"train(?:s|ed|ing)?",
    "power": r"power(?:s|ed|ing)?|built\son|based\son|relies|rely|relied",
    "test": r"test\w*|evaluat\w*|trial\w*|pilot\w*",
    "weigh": r"weigh\w*|consider\w*|talks?|explor\w*",
    "offer": r"offer\w*|available|launch\w*",
    "buy": r"buy(?:s|ing)?|bought|purchas\w*|order(?:s|ed)?",
}
_ADOPTS_KO = {
    "use": r"사용|활용|쓰|쓴|쓸|써|이용",
    "run": r"가동|운영|돌리|돌린|돌려|서비스",
    "deploy": r"배치|설치|구축|투입|탑재",
    "adopt": r"도입|채택|전환|갈아타|선택",
    "rent": r"빌려|빌리|빌린|임차|인스턴스|통해",
    "train": r"학습|훈련",
    "power": r"기반",
    "test": r"테스트|시험|검증|실험",
    "weigh": r"검토|저울질|타진|논의|협상",
    "offer": r"제공|출시",
    "buy": r"구매|구입|매입|사들",
}


def _lexicon(classes: dict[str, str], english: bool) -> re.Pattern[str]:
    edge = r"\b" if english else ""
    return re.compile("|".join(f"(?P<{k}>{edge}(?:{v}){edge})" for k, v in classes.items()))


_TRIGGERS = {
    ("supply_deal", "en"): _lexicon(_SUPPLY_EN, True),
    ("supply_deal", "ko"): _lexicon(_SUPPLY_KO, False),
    ("adopts", "en"): _lexicon(_ADOPTS_EN, True),
    ("adopts", "ko"): _lexicon(_ADOPTS_KO, False),
}
_COMPANY = ("company",)
_SUPPLY_PRODUCTS = ("chip", "system", "memory", "process")
_ADOPT_PRODUCTS = ("chip", "system", "technology")
_PREPOSITIONS = frozenset(
    ("from", "to", "with", "by", "for", "on", "via", "through", "of", "and", "at", "in", "as")
)
_PARTICLES = (
    "로부터", "으로부터", "에게서", "에게", "에서", "와", "과", "은", "는", "이", "가", "을", "를",
    "의", "에", "로", "으로", "도", "만", "및",
)  # fmt: skip
_NEGATION = re.compile(
    r"\b(?:not|no|never|denied|den(?:y|ies)|without|rather\sthan|instead\sof|unlike)\b"
    r"|않|아니|없|대신|달리|부인"
)
_COMPARISON = re.compile(r"\b(?:than|versus|vs\.?|compared|rivals?|competitors?)\b|보다|비해|경쟁")
_POSSESSIVE = ("’s", "'s")
_MAX_PARTIES = 5  # a sentence naming more companies is a list, not one deal's parties


@dataclass(frozen=True)
class Proposal:
    """A relation the model may propose: the claim as the rules' machinery would time and
    qualify it, and the features the model scores."""

    candidate: Candidate
    features: tuple[str, ...]


@dataclass(frozen=True)
class _Trigger:
    start: int
    word: str  # the trigger's class


def triggers(s: Sentence, predicate: str) -> list[_Trigger]:
    """Every trigger of the predicate's lexicon in the sentence, with its class."""
    pattern = _TRIGGERS[(predicate, "en" if s.language == "en" else "ko")]
    text = s.trigger_text if s.language == "en" else s.text
    return [_Trigger(m.start(), m.lastgroup or "") for m in pattern.finditer(text)]


def proposals(s: Sentence, found: list[Candidate]) -> list[Proposal]:
    """Every candidate relation of the sentence with its features (``found``: what the
    rules found in it)."""
    if s.table is not None:
        return []
    companies = [m for m in s.of_kind(_COMPANY) if not s.sequel]
    if not companies or len({m.id for m in companies}) > _MAX_PARTIES:
        return []
    out: list[Proposal] = []
    context = _rule_context(found)
    supply = triggers(s, "supply_deal")
    if supply and len({m.id for m in companies}) >= 2:
        out.extend(_supply(s, companies, supply, context))
    adopt = triggers(s, "adopts")
    if adopt:
        out.extend(_adopts(s, companies, adopt, context))
    return out


def _rule_context(found: list[Candidate]) -> tuple[str, ...]:
    """What else the rules read in the sentence (a count, an investment): never whether
    they found the relation itself, which the rules find far more often in the dev text
    they were written from than in unseen text."""
    return tuple(sorted({f"rules:{c.predicate}" for c in found if c.predicate not in PREDICATES}))


def _best(a: Mention, b: Mention, hits: list[_Trigger]) -> _Trigger:
    """The trigger nearest to both parties."""
    return min(hits, key=lambda t: abs(t.start - a.start) + abs(t.start - b.start))


def _supply(
    s: Sentence,
    companies: list[Mention],
    hits: list[_Trigger],
    context: tuple[str, ...],
) -> list[Proposal]:
    out: list[Proposal] = []
    products = [m for m in s.of_kind(_SUPPLY_PRODUCTS) if not s.is_compared(m)]
    ids = list(dict.fromkeys(m.id for m in companies))
    firsts = {i: [m for m in companies if m.id == i] for i in ids}
    product_ids: list[str | None] = [*dict.fromkeys(m.id for m in products), None]
    for customer, supplier in permutations(ids, 2):
        if _same_family(s, customer, supplier):
            continue
        a, b, t = min(
            ((a, b, _best(a, b, hits)) for a in firsts[customer] for b in firsts[supplier]),
            key=lambda x: abs(x[2].start - x[0].start) + abs(x[2].start - x[1].start),
        )
        base = _pair_features(s, a, b, t, companies, context)
        kinds = roles(customer, supplier)
        agree = "none" if kinds is None else "agree" if kinds[0] == customer else "against"
        base += [
            f"kinds={agree}",
            f"sup_kinds={'-'.join(sorted(KINDS.get(supplier, ())))[:40]}",
            f"cus_kinds={'-'.join(sorted(KINDS.get(customer, ())))[:40]}",
        ]
        valid, modality = _timed(s, t.start, False)
        if modality is None:
            continue
        for product in product_ids:
            feats = base + _product_features(s, product, customer, supplier, products, t)
            feats.append(f"mod={modality}")
            qualifiers = {"product": product} if product else {}
            c = Candidate(customer, "supply_deal", modality, valid, t.start, qualifiers, supplier)
            out.append(Proposal(c, _final("supply_deal", s.language, feats)))
    return out


def _product_features(
    s: Sentence,
    product: str | None,
    customer: str,
    supplier: str,
    products: list[Mention],
    t: _Trigger,
) -> list[str]:
    if product is None:
        return ["prod=none", f"prod_none_with={min(len(products), 2)}"]
    e = s.vocabulary.entity(product)
    maker = e.maker if e is not None else None
    near = min(abs(m.start - t.start) for m in products if m.id == product)
    return [
        f"prod_kind={e.kind if e else '?'}",
        f"prod_maker_supplier={maker == supplier}",
        f"prod_maker_customer={maker == customer}",
        f"prod_listed_supplier={e is not None and supplier in e.suppliers}",
        f"prod_dist={_bucket(near)}",
        f"prod_n={min(len({m.id for m in products}), 3)}",
    ]


def _adopts(
    s: Sentence,
    companies: list[Mention],
    hits: list[_Trigger],
    context: tuple[str, ...],
) -> list[Proposal]:
    out: list[Proposal] = []
    products = [m for m in s.of_kind(_ADOPT_PRODUCTS) if not s.is_compared(m)]
    counted = _counted_ids(s)
    seen: set[tuple[str, str]] = set()
    for a in companies:
        for p in products:
            if (a.id, p.id) in seen:
                continue
            seen.add((a.id, p.id))
            t = _best(a, p, hits)
            feats = _pair_features(s, a, p, t, companies, context)
            e = s.vocabulary.entity(p.id)
            read = _read_mode(s, t.start)
            if read.get("via") == a.id:
                continue
            valid, modality = _timed(s, t.start, True)
            if modality is None:
                continue
            feats += [
                f"obj_kind={p.kind}",
                f"own_product={_same_family(s, e.maker if e else None, a.id)}",
                f"counted={p.id in counted}",
                f"mod={modality}",
                f"cloud_kind={_is_cloud(a.id)}",
            ]
            for qualifiers, said in _modes(s, a, companies, read):
                c = Candidate(a.id, "adopts", modality, valid, t.start, qualifiers, p.id)
                out.append(Proposal(c, _final("adopts", s.language, feats + said)))
    return out


def _timed(s: Sentence, anchor: int, relation: bool) -> tuple[ValidTime, Modality | None]:
    """The valid time and modality of a claim anchored at a trigger, as the rules' own
    machinery reads them (``relation``: a span counted from publication dates a relation
    at publication, as the adoption rule has it); asked once per trigger."""
    key = ("learned.timed", anchor, relation)
    if key not in s._memo:
        valid = s.valid_for(anchor, [q.start for q in s.quantities])
        if relation and counted_span(valid):
            valid = point_at(s.published)
        clause = s.clause_of(anchor)
        s._memo[key] = (valid, own_future_action(s, s.modality(anchor, valid, clause), clause))
    return s._memo[key]  # type: ignore[return-value]


def _read_mode(s: Sentence, anchor: int) -> dict[str, str]:
    """The adoption mode the rules read in the trigger's clause (once per clause)."""
    clause = s.clause_of(anchor)
    key = ("learned.mode", clause.start, clause.end)
    if key not in s._memo:
        s._memo[key] = dict(_mode(s, clause))
    return s._memo[key]  # type: ignore[return-value]


def _is_cloud(company: str) -> bool:
    return bool(KINDS.get(company, frozenset()) & {"hyperscaler", "gpu_cloud"})


def _modes(
    s: Sentence, adopter: Mention, companies: list[Mention], read: dict[str, str]
) -> list[tuple[dict[str, str], list[str]]]:
    """The qualifiers an adoption may take: none, on its own premises, in a cloud, or in a
    named provider's cloud (each other company of the sentence); with what the rules' mode
    reading (``read``) and the provider's place say of each."""
    said = f"mode_read={read.get('mode', 'none')}{'+via' if 'via' in read else ''}"
    out: list[tuple[dict[str, str], list[str]]] = [
        ({}, ["q=none", f"q=none|{said}"]),
        ({"mode": "on-prem"}, ["q=on-prem", f"q=on-prem|{said}"]),
        ({"mode": "cloud"}, ["q=cloud", f"q=cloud|{said}"]),
    ]
    for m in {m.id: m for m in companies if m.id != adopter.id}.values():
        where = _particle(s, m) if s.language == "ko" else _word_before(s, m)
        out.append(
            (
                {"mode": "cloud", "via": m.id},
                [
                    "q=via",
                    f"q=via|{said}",
                    f"q=via|read_same={read.get('via') == m.id}",
                    f"q=via|cloud_kind={_is_cloud(m.id)}",
                    f"q=via|where={where}",
                    f"q=via|possessive={s.text.startswith(_POSSESSIVE, m.end)}",
                ],
            )
        )
    return out


def _pair_features(
    s: Sentence,
    a: Mention,
    b: Mention,
    t: _Trigger,
    companies: list[Mention],
    context: tuple[str, ...],
) -> list[str]:
    """What the two parties' and the trigger's places say, in either language."""
    order = "".join(k for _, k in sorted([(a.start, "S"), (b.start, "O"), (t.start, "T")]))
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    between = any(lo < m.start < hi and m.id not in (a.id, b.id) for m in companies)
    clause = s.clause_of(t.start)
    same_clause = all(clause.start <= m.start < clause.end for m in (a, b))
    feats = [
        f"trig={t.word}",
        f"order={order}",
        f"dST={_bucket(abs(a.start - t.start))}",
        f"dOT={_bucket(abs(b.start - t.start))}",
        f"other_between={between}",
        f"same_clause={same_clause}",
        f"n_companies={min(len({m.id for m in companies}), 4)}",
        f"s_anaphoric={a.anaphoric}",
        f"s_compared={s.is_compared(a)}",
        f"negation={_NEGATION.search(s.lowered, clause.start, clause.end) is not None}",
        f"comparison={_COMPARISON.search(s.lowered) is not None}",
        f"item={s.is_item}",
        f"count={bool(s.quantities)}",
        f"inner={s.inner_of(a.start) is not None}|{s.inner_of(b.start) is not None}",
        *context,
    ]
    if s.language == "ko":
        feats += [f"s_particle={_particle(s, a)}", f"o_particle={_particle(s, b)}"]
    else:
        feats += [
            f"s_before={_word_before(s, a)}",
            f"o_before={_word_before(s, b)}",
            f"s_possessive={s.text.startswith(_POSSESSIVE, a.end)}",
            f"o_possessive={s.text.startswith(_POSSESSIVE, b.end)}",
        ]
    return feats


def _particle(s: Sentence, m: Mention) -> str:
    found = s.particle(m)
    return next((p for p in _PARTICLES if found.startswith(p)), "other" if found else "none")


def _word_before(s: Sentence, m: Mention) -> str:
    words = s.lowered[max(0, m.start - 20) : m.start].split()
    word = words[-1] if words else ""
    return word if word in _PREPOSITIONS else ("start" if not word else "other")


def _bucket(chars: int) -> str:
    """A distance in characters as a coarse class."""
    for limit, name in ((6, "adjacent"), (20, "near"), (45, "mid"), (90, "far")):
        if chars <= limit:
            return name
    return "distant"


def _final(predicate: str, language: str, feats: list[str]) -> tuple[str, ...]:
    """Each feature alone and joined with the language, all under the predicate."""
    out = ["bias", f"lang={language}"]
    for f in feats:
        out.append(f)
        out.append(f"{language}|{f}")
    return tuple(f"{predicate}:{f}" for f in out)


__all__ = ["PREDICATES", "Proposal", "proposals", "triggers"]
