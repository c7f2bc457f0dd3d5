"""English contracts for compute capacity with no product named: a `supply_deal` from the
cloud to its customer, with no product qualifier.

"Microsoft has signed similar GPU capacity deals with Nebius and Nscale", "OpenAI's
compute agreement with Cerebras", "we entered into an order form with Meta for cloud
computing capacity" (a cloud's own filing), "the backlog included a multiyear compute
contract with Meta", "committed to purchase capacity on our platform", "agreed to supply
Microsoft with GPU capacity": the gold records each as a deal between the customer and the
cloud that sells the capacity (dev: en-d15, en-n10; holdout: en-l01, en-l13, en-m08,
en-m13). Which party sells is read from what the companies are: a GPU cloud (CoreWeave,
Nebius, Nscale …) sells to a hyperscaler, a hyperscaler's cloud to a model lab or any
other company; two of one rank name no seller, so no claim. A sentence that names a chip or
a system is left to the product rules (a rental of GB200s is an adoption and a deal of
that product).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import _quantity, chip_makers
from tracker.extract.coordination import list_after
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.share_takers_en import asides_before
from tracker.extract.statements import bare_future
from tracker.extract.text import Span
from tracker.extract.timex import point_at
from tracker.extract.vocabulary import Vocabulary

# who sells compute: GPU clouds first, then the clouds of the hyperscalers (cues.toml
# [cloud_roles]); any other company (a model lab, a chipmaker buying capacity back) is a buyer
# A cloud's service named for the cloud ("committed to buy $30bn of Azure compute") names
# the cloud as the seller: GUIDE, session 11 (a cloud compute contract that names no
# product is a supply_deal, the cloud the supplier); the dev gold had split (en-b13, en-m11,
# en-p13 record the deal, en-423 and en-f14 nothing, reported as doubts).

_PRODUCTS = ("chip", "system", "memory")
_WORDS = ("capacity", "compute", "cloud", "order form", "oci", "build", "computing", "purchases")
# "capacity deals with", "a seven-year compute contract with", "an order form with"
# "a contract worth up to $14.2 billion with CoreWeave"
_DEAL_WITH = re.compile(
    r"\b(?P<deal>deals?|agreements?|contracts?|arrangements?|order\sforms?)\s"
    r"(?:(?:worth|valued)\s(?:at\s|above\s)?[^,;]{0,30}?\s)?(?:[\w-]+\s)?with\s"
)
# the other side told by a pronoun: "Meta's contract with us", "a contract with it"
_WITH_PRONOUN = re.compile(r"(?P<us>us|we)\b|(?P<it>it|them)\b")
# "our agreements with OpenAI": the side of "we"
_OUR_DEAL = re.compile(r"\bour\s(?:[\w-]+\s){0,2}$")
_COMPUTE_BEFORE = re.compile(r"\b(?:capacity|compute|computing|cloud|gpu\scloud|order\sforms?)\b")
# after the parties: "for cloud computing capacity", "for access to our compute capacity",
# "under which NVIDIA is obligated to purchase … residual cloud capacity"
_COMPUTE_AFTER = re.compile(
    r"(?:,?\s(?:inc|corp|corporation|ltd|co|platforms|technologies)\b\.?,?)*"
    r"\s(?:for|under\swhich)\s[^;.]{0,70}?\b(?:capacity|compute|computing)\b"
)
_JOIN = re.compile(r",\s(?:and\s)?|\sand\s|\sas\swell\sas\s|,\sas\swell\sas\s")
# "committed to buy $30bn of Azure compute", "has committed to purchase capacity on our
# platform", "agreed to supply Microsoft with GPU capacity"
# "agreed to buy any of CoreWeave's cloud capacity", "committed to spend $300 billion on
# Oracle computing", "committed to a further $250 billion of Azure purchases"
_BUYS = re.compile(
    r"\b(?:commit\w*|agreed|agrees|obligated|signed\sup)\sto\s"
    r"(?:(?:buy|purchase|spend\s(?:[$\w.,-]+\s){0,4}?on)\s(?:[$\w.,'’-]+\s){0,4}?"
    r"(?:gpu\s|cloud\s|computing\s)?(?:capacity|compute|computing)\b"
    r"|(?:a\s(?:further\s)?)?(?:[$\w.,-]+\s){1,3}?of\s(?:[\w'’-]+\s){1,2}?"
    r"(?:purchases|compute|capacity|cloud\sservices)\b)"
    r"(?:\s(?:on|from|with|at)\s(?P<our>our\s)?)?"
)
_OUR = re.compile(r"\bour\s")
_SUPPLIES_WITH = re.compile(
    r"\b(?:suppl|provid)\w*\s(?P<customer>[\w.-]+(?:\s[\w.-]+){0,2}?)\swith\s"
    r"(?:[\w-]+\s){0,4}?(?:capacity|compute)\b"
)
# "an agreement to provide dedicated GPU capacity to Microsoft from its Vineland site"
_PROVIDES_TO = re.compile(
    r"\b(?:suppl|provid|deliver)\w*\s(?:[\w$.,-]+\s){0,4}?(?:capacity|compute|computing)\s"
    r"(?:[^;.]{0,40}?\s)?to\s(?P<customer>)"
)


def compute_deal_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """Supply deals for compute capacity with no product named (English)."""
    if s.language != "en" or s.table is not None:
        return []
    low = s.lowered
    deal_word = " with " in low or "contract" in low or "agreement" in low
    rented = (
        _counted_rental(s, state) if " from " in low and ("rent" in low or "leas" in low) else []
    )
    if not any(w in low for w in _WORDS) and not (deal_word and _named_deal(s)):
        return rented
    out: list[Candidate] = list(rented)
    if " with " in low:
        out.extend(_deals_with(s))
    if "agreement" in low or "contract" in low or "deal" in low:
        out.extend(_named_deals(s))
    if " to " in low and ("commit" in low or "agree" in low or "obligat" in low):
        out.extend(_committed(s))
    if ("with" in low or " to " in low) and ("suppl" in low or "provid" in low or "deliver" in low):
        out.extend(_supplied_with(s))
    if " use" in low or "build" in low:
        out.extend(_cloud_used(s))
    if "capacity " in low or "compute " in low:
        out.extend(_bought_on(s))

    seen: set[tuple[str, str]] = set()
    kept: list[Candidate] = []
    for c in out:
        if c.object is not None and (c.subject, c.object) not in seen:
            seen.add((c.subject, c.object))
            kept.append(c)
    return kept


def _rank(s: Sentence, company: str) -> int:
    if company in s.vocabulary.cue_list("cloud_roles", "gpu_cloud"):
        return 2
    return 1 if company in s.vocabulary.cue_list("cloud_roles", "hyperscaler_cloud") else 0


# "committed to buy", "agreed to supply", "is obligated to purchase": a deal made
_MADE = re.compile(r"committed|agreed|obligated|signed")


def _deal(s: Sentence, a: str, b: str, anchor: int, clause: Span) -> Candidate | None:
    """The deal between two parties, the seller being the one that is more of a cloud."""
    if a == b or _rank(s, a) == _rank(s, b):
        return None
    customer, seller = (a, b) if _rank(s, a) < _rank(s, b) else (b, a)
    valid = point_at(s.published)  # a relation: the contract's term or signing date is no
    modality = s.modality(anchor, valid, clause)  # time of its own (GUIDE)
    if modality is None or modality == "forecast":
        return None
    if modality in ("planned", "announced") and _MADE.match(s.lowered, anchor):
        modality = "actual"  # GUIDE: an agreed supply deal is a deal made
    elif modality == "planned" and bare_future(s.text[clause.start : clause.end], s.text):
        modality = "announced"  # "will provide capacity to X": the bare-future rule (GUIDE)
    return Candidate(customer, "supply_deal", modality, valid, anchor, {}, seller)


def _no_product(s: Sentence, clause: Span) -> bool:
    return not s.of_kind(_PRODUCTS, clause)


def _listed(s: Sentence, start: int) -> list[Mention]:
    """The companies listed from ``start``: "Nebius, Lambda and IREN" (a name the
    vocabulary lacks ends nothing: it is skipped with its comma)."""
    companies = s.of_kind(("company",), Span(start, len(s.text)))
    return list_after(s.text, companies, start, _joined)


def _joined(gap: str, begun: bool) -> bool:
    return not gap or _JOIN.fullmatch(gap) is not None or (begun and _skipped_name(gap))


_NAME_GAP = re.compile(r"(?:,\s(?:and\s)?|\sand\s)[A-Z][\w.-]*(?:,\s(?:and\s)?|\sand\s)")


def _skipped_name(gap: str) -> bool:
    return _NAME_GAP.fullmatch(gap) is not None


def _other_party(s: Sentence, before: int, clause: Span) -> str | None:
    """The party on the other side of "with": the company named last before it in the
    sentence, else the company whose text it is ("we"), else the one the text is about
    ("the backlog now included a compute contract with Meta" in a recap of Oracle's call),
    else the one just talked about."""
    named = [m for m in s.of_kind(("company",)) if m.end <= before]
    if named:
        return named[-1].id
    if s.focus.issuer is not None:
        return s.focus.issuer.id
    if s.focus.salience.lead is not None:
        return s.focus.salience.lead.id
    held = s.focus.get("company", s.index, 2)
    return held.id if held is not None else None


# a deal not made yet, so with "will", "would", "to build": not statements._PLAN_WORD
_PLAN_WORD = re.compile(
    r"\b(?:plan|plans|planned|planning|aims?|intends?|will|would|expects?|to\sbuild)\b"
)
# "has signed no capacity deal with Nebius", "is not a compute contract with": none made
_DENIED = re.compile(r"\b(?:no|not|never|nor)\s(?:[\w-]+\s){0,3}$")


# a second deal gapped onto the first: "signed a $14 billion deal with Microsoft and a $3
# billion contract with Meta" (the second's other party is the first's)
_GAPPED_DEAL = re.compile(r",?\s(?:and|plus|as\swell\sas)\s(?:a|an|another)\s(?:[$\w.,-]+\s){0,5}")


def _deals_with(s: Sentence) -> list[Candidate]:
    out: list[Candidate] = []
    before: tuple[int, str] | None = None  # where the last deal's parties end, its other side
    for m in _DEAL_WITH.finditer(s.lowered):
        clause = s.clause_of(m.start())
        if not _no_product(s, clause) or _DENIED.search(
            s.lowered, max(0, m.start() - 30), m.start()
        ):
            continue
        parties = _listed(s, m.end())
        other = _other_party(s, m.start(), clause)
        if _OUR_DEAL.search(s.lowered, max(0, m.start() - 30), m.start()):
            other = _we(s)
        if not parties:
            parties = _pronoun_party(s, m.end(), other)
        if before is not None and _GAPPED_DEAL.fullmatch(s.lowered, before[0], m.start()):
            other = before[1]
        if not parties or other is None:
            continue
        before = (parties[-1].end, other)
        head = s.lowered[max(clause.start, m.start() - 40) : m.end()]
        after = _COMPUTE_AFTER.match(s.lowered, parties[-1].end)
        chips = _CHIP_DEAL.search(s.lowered, max(0, m.start() - 20), m.start()) is not None
        ids = {other, *(p.id for p in parties)}
        if not (_COMPUTE_BEFORE.search(head) or after is not None or chips or _gpu_cloud(s, ids)):
            continue
        # the statement ends with its parties: '… with Meta as well as OpenAI, xAI and
        # "several names we can't give you yet"' negates nothing of the deal
        told = Span(clause.start, after.end() if after is not None else parties[-1].end)
        for party in parties:
            if chips:
                found = _chip_deal(s, other, party.id, m.start(), told)
            else:
                found = _deal(s, other, party.id, m.start(), told)
            if found is not None:
                out.append(found)
    return out


def _pronoun_party(s: Sentence, end: int, other: str | None) -> list[Mention]:
    """The party after "with" told by a pronoun: "us" is the side of "we" ("Meta's
    contract with us" in CoreWeave's memo); "it" the company the clause opened on ("Nebius
    gained after disclosing that Meta had signed a contract with it")."""
    pronoun = _WITH_PRONOUN.match(s.lowered, end)
    if pronoun is None:
        return []
    if pronoun.group("us") is not None:
        we = _we(s)
        entity = s.vocabulary.entities.get(we) if we is not None else None
    else:
        before = [c for c in s.of_kind(("company",), Span(0, end)) if c.id != other]
        entity = before[0].entity if before else None
    if entity is None:
        return []
    return [Mention(pronoun.start(), pronoun.end(), entity, pronoun.group(), True)]


# "the Meta agreement we signed last September", "The Microsoft contract is worth $17.4
# billion", "a Google Cloud agreement valued above $10 billion": the customer named before
# the deal noun, the seller the side of "we" or the subject
_NAMED_BEFORE_DEAL = re.compile(r"(?:^|\b(?:the|a|an|its|their|our|second|new))\s$")
_DEAL_AFTER_NAME = re.compile(r"\s(?:cloud\s)?(?:deal|agreement|contract)s?\b")
_NEXT_STATEMENT = re.compile(r",\sand\s|;\s|,\sbut\s")


def _named_deals(s: Sentence) -> list[Candidate]:
    out: list[Candidate] = []
    for named in s.of_kind(("company",)):
        noun = _DEAL_AFTER_NAME.match(s.lowered, named.end)
        if noun is None or named.anaphoric or "'" in named.text or "’" in named.text:
            continue
        if not _NAMED_BEFORE_DEAL.search(s.lowered, max(0, named.start - 12), named.start):
            continue
        clause = s.clause_of(named.start)
        if not _no_product(s, clause):
            continue
        # "The Microsoft contract is worth $17.4 billion, and it could rise …": the deal's
        # own statement, not the next one's hedge
        cut = _NEXT_STATEMENT.search(s.lowered, noun.end(), clause.end)
        clause = Span(clause.start, cut.start()) if cut is not None else clause
        if s.lowered.startswith(" we", noun.end()):
            other = _we(s)  # "the Meta agreement we signed"
        else:
            # "It signed a contract with CoreWeave and a Google Cloud agreement": the subject
            before = s.of_kind(("company",), Span(clause.start, named.start))
            other = before[0].id if before else _other_party(s, named.start, clause)
        if other is None:
            continue
        # a GPU cloud's deal, or one named for a cloud ("a Google Cloud agreement")
        cloudy = _gpu_cloud(s, {other, named.id}) or "cloud" in s.lowered[named.start : noun.end()]
        found = _deal(s, other, named.id, named.start, clause) if cloudy else None
        out.extend([found] if found is not None else [])
    return out


# "OpenAI's much larger chip agreements with Nvidia and AMD": chips bought from their maker
# (a maker of the vocabulary's chips, or a house that makes or designs chips for others)
_CHIP_HOUSES = frozenset({"samsung", "sk-hynix", "micron", "tsmc", "broadcom", "marvell"})
# "the foundry contract with Tesla that we signed": the foundry makes the other's chips
_CHIP_DEAL = re.compile(r"\b(?:chip|gpu|accelerator|foundry)s?\s(?:supply\s|purchase\s)?$")


def _named_deal(s: Sentence) -> bool:
    """Whether a sentence with no word of compute may still name a deal: a GPU cloud is
    one of its companies (it sells nothing but compute: "our contracts with OpenAI now
    total about $22.4 billion"), or the deal is one for chips ("chip agreements with")."""
    if _gpu_cloud(s, {m.id for m in s.of_kind(("company",))}):
        return True
    # "Meta's contract with us" in a GPU cloud's words, "The Microsoft contract is worth …"
    # in its interview
    ours = "with us" in s.lowered or "our " in s.lowered or s.focus.issuer is not None
    if ours and (we := _we(s)) is not None and _gpu_cloud(s, {we}):
        return True
    return any(
        _CHIP_DEAL.search(s.lowered, max(0, m.start() - 20), m.start())
        for m in _DEAL_WITH.finditer(s.lowered)
    )


def _gpu_cloud(s: Sentence, ids: set[str]) -> bool:
    return any(_rank(s, i) == 2 for i in ids)


def _chip_makers(vocabulary: Vocabulary) -> frozenset[str]:
    """The vocabulary's chip makers (:func:`chip_makers`) and the houses that make chips
    for others: built once per vocabulary (Vocabulary.derived), not per deal read."""
    return chip_makers(vocabulary) | _CHIP_HOUSES


def _chip_deal(s: Sentence, a: str, b: str, anchor: int, clause: Span) -> Candidate | None:
    """A deal for chips with no chip named: the party that makes chips of the vocabulary
    sells (GUIDE, session 15: a deal that names no product is a supply_deal with none)."""
    makers = s.vocabulary.derived("compute_deals.chip_makers", _chip_makers)
    if s.lowered.startswith("foundry ", max(0, anchor - 8)):
        # a foundry deal: the foundry sells, whatever chips its customer also designs
        makers = frozenset(s.vocabulary.cue_list("anaphora_roles", "foundry"))
    if (a in makers) == (b in makers):
        return None  # "Tesla's chip deal with Samsung": both make chips, no seller read
    customer, seller = (b, a) if a in makers else (a, b)
    valid = point_at(s.published)
    modality = s.modality(anchor, valid, clause)
    if modality is None or modality == "forecast":
        return None
    return Candidate(customer, "supply_deal", modality, valid, anchor, {}, seller)


def _committed(s: Sentence) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _BUYS.finditer(s.lowered):
        clause = s.clause_of(m.start())
        if not _no_product(s, clause):
            continue
        # "Nvidia, which owns 6% of CoreWeave, has agreed to buy …": the subject before
        # the aside, not the company inside it
        asides = asides_before(s, m.start())
        buyers = [
            c
            for c in s.of_kind(("company",), Span(0 if asides else clause.start, m.start()))
            if not any(a <= c.start < b for a, b in asides)
        ]
        buyer = buyers[-1].id if buyers else _other_party(s, m.start(), clause)
        seller: str | None = None
        if m.group("our") is not None or _OUR.search(m.group(0)):
            # "agreed to buy any of our capacity that goes unsold" in a cloud's own words
            seller = _we(s)
        elif m.group(0).endswith(" "):
            named = [c for c in s.of_kind(("company",)) if c.start == m.end()]
            seller = named[0].id if named else None
        else:
            seller = _cloud_of_service(s, m.start(), m.end())
        if buyer is None or seller is None:
            continue
        found = _deal(s, buyer, seller, m.start(), clause)
        if found is not None:
            out.append(found)
    return out


def _we(s: Sentence) -> str | None:
    """Whom "we" and "our" stand for: the company whose text it is, else the one a story
    quoting its words is about ("Meta's contract with us" in a CEO's memo on CoreWeave)."""
    if s.focus.issuer is not None:
        return s.focus.issuer.id
    lead = s.focus.salience.lead
    return lead.id if lead is not None else None


def _cloud_of_service(s: Sentence, start: int, end: int) -> str | None:
    """The cloud a service name inside the bought amount names ("$30bn of Azure compute",
    "GPU capacity of Oracle Cloud"): GUIDE, a compute contract naming no product is a deal
    with the cloud that sells it."""
    named = [c for c in s.of_kind(("company",), Span(start, end)) if not c.anaphoric]
    return named[-1].id if named and _rank(s, named[-1].id) else None


# "buys capacity on Microsoft's Azure", "purchases compute from Oracle", "is buying GPU
# capacity in Google Cloud": capacity bought from a cloud named right after (renting told as
# a state is a use, GUIDE; with no product named it gives nothing)
_BOUGHT_ON = re.compile(
    r"\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing))\s"
    r"(?:(?:more|additional|extra|spare|some)\s)?(?:gpu\s|cloud\s|computing\s|ai\s)?"
    r"(?:capacity|compute)\s(?:on|from|in|through)\s(?:the\s)?$"
)


def _bought_on(s: Sentence) -> list[Candidate]:
    out: list[Candidate] = []
    for seller in s.of_kind(("company",)):
        at = _BOUGHT_ON.search(s.lowered, max(0, seller.start - 60), seller.start)
        if at is None or seller.anaphoric or not _rank(s, seller.id):
            continue
        clause = s.clause_of(at.start())
        if not _no_product(s, clause):
            continue
        buyers = s.of_kind(("company",), Span(clause.start, at.start()))
        if buyers and (found := _deal(s, buyers[-1].id, seller.id, at.start(), clause)):
            out.append(found)
    return out


# "agreed to rent back 18,000 of its own GPUs from Lambda", "leases 5,000 GPUs from Nebius"
_RENTS = re.compile(r"\b(?:rent|rents|rented|renting|lease|leases|leased|leasing)\s(?:back\s)?")
# the rental is a contract made: "agreed to rent", "signed a deal to lease", "in a deal"
_CONTRACTED = re.compile(
    r"\b(?:agreed|agrees|signed|signs|committed|commits|contracts?|deal|agreement)\b"
)
_RENTED_FROM = re.compile(r"(?:[^,;.]|[,.]\d){0,60}?\bfrom\s(?:the\s)?$")


def _counted_rental(s: Sentence, state: RuleState) -> list[Candidate]:
    """A count of unnamed GPUs rented from a cloud under a contract: the cloud's supply deal
    with the renter, with that count and no product (GUIDE: a contract that names no
    product; the count is the deal's, not a fleet the renter deploys). Renting told as a
    state with no contract in the sentence is a use, no deal (GUIDE, session 11)."""
    out: list[Candidate] = []
    # a contract in the sentence, asked once ("OpenAI rents 50,000 GPUs from CoreWeave"
    # without one is a use told as a state)
    contracted = _CONTRACTED.search(s.lowered) is not None
    for verb in _RENTS.finditer(s.lowered) if contracted else ():
        counts = [
            i
            for i, q in enumerate(s.quantities)
            if q.start == verb.end()
            and i not in state.used
            and q.unit in ("count", "")
            and s.chip_near(q) is None
            and s.generic_count(q)
        ]
        if not counts:
            continue
        clause = s.clause_of(verb.start())
        sellers = [
            m
            for m in s.of_kind(("company",), Span(verb.end(), clause.end))
            if _RENTED_FROM.fullmatch(s.lowered, verb.end(), m.start)
        ]
        renters = s.of_kind(("company",), Span(0, verb.start()))
        if not sellers or not renters or not _no_product(s, clause):
            continue
        found = _deal(s, renters[0].id, sellers[0].id, verb.start(), clause)
        if found is None or found.subject != renters[0].id:
            continue  # the renter buys, whatever the ranks
        state.used.add(counts[0])
        out.append(replace(found, value=_quantity(s.quantities[counts[0]], "count")))
    return out


def _supplied_with(s: Sentence) -> list[Candidate]:
    out: list[Candidate] = []
    for m in [*_SUPPLIES_WITH.finditer(s.lowered), *_PROVIDES_TO.finditer(s.lowered)]:
        clause = s.clause_of(m.start())
        if not _no_product(s, clause):
            continue
        customers = [c for c in s.of_kind(("company",)) if c.start == m.start("customer")]
        if customers and m.re is _PROVIDES_TO:
            customers = _listed(s, customers[0].start)  # "… to Meta and Google"
        sellers = s.of_kind(("company",), Span(clause.start, m.start()))
        seller = sellers[-1].id if sellers else _other_party(s, m.start(), clause)
        if seller is None:
            continue
        for customer in customers:
            found = _deal(s, customer.id, seller, m.start(), clause)
            if found is not None:
                out.append(found)
    return out


# "OpenAI will use Oracle Cloud Infrastructure to add to its computing capacity": a cloud
# named as the service used; "is also building data centers for Anthropic": capacity built
# for a customer (a named cluster built for one is its site, no deal: "Project Rainier, the
# cluster AWS built for Anthropic")
_USES_CLOUD = re.compile(r"\b(?:use|uses|using|used|tap|taps|tapped)\s$")
_CLOUD_NAME = re.compile(r"\s?(?:cloud\b|oci\b|cloud\sinfrastructure\b)")
_BUILDS_FOR = re.compile(
    r"\bbuil(?:d|ds|ding|t)\s(?:new\s|more\s|its\s)?(?:[\w-]+\s)?"
    r"(?:data\scent(?:er|re)s?|campus(?:es)?|sites?|capacity)\sfor\s"
)


def _cloud_used(s: Sentence) -> list[Candidate]:
    out: list[Candidate] = []
    companies = s.of_kind(("company",))
    for m in companies:
        clause = s.clause_of(m.start)
        if not _no_product(s, clause) or s.of_kind(("cluster", "facility"), clause):
            continue
        named = s.lowered[m.start : m.end]
        if _USES_CLOUD.search(s.lowered, max(0, m.start - 8), m.start) and _CLOUD_NAME.search(
            named
        ):
            users = [c for c in companies if clause.start <= c.start and c.end <= m.start]
            if users:
                found = _deal(s, users[-1].id, m.id, m.start, clause)
                # the use is the deal's term, told as a bare future: the deal is made
                if found is not None and found.modality == "announced":
                    found = replace(found, modality="actual")
                out.extend([found] if found is not None else [])
    for b in _BUILDS_FOR.finditer(s.lowered):
        clause = s.clause_of(b.start())
        if not _no_product(s, clause) or s.of_kind(("cluster", "facility"), clause):
            continue
        customers = [c for c in companies if c.start == b.end()]
        builders = [c for c in companies if clause.start <= c.start and c.end <= b.start()]
        builder = builders[-1].id if builders else _other_party(s, b.start(), clause)
        if customers and builder is not None:
            found = _deal(s, customers[0].id, builder, b.start(), clause)
            # "is building data centers for OpenAI in Wyoming": the site is the future, the
            # deal it is built under is made; "plans to build …" stays a plan
            if (
                found is not None
                and found.modality in ("planned", "announced")
                and not _PLAN_WORD.search(s.lowered, clause.start, b.start())
            ):
                found = replace(found, modality="actual")
            out.extend([found] if found is not None else [])
    return out
