"""The lexicon of :mod:`trade_clauses_en`: the verb classes an English trade clause is
built on, their nominalisations, the role markers, and what each company is (the kinds
that orient a pact between two companies).

A trade clause has one of three verb classes at its centre:

- SUPPLY: the subject gives goods ("Acme ships HBM4 to Nvidia", "Quanta assembles racks for
  Meta"); "to" / "for" or a possessive on the goods ("builds Google's TPUs") names the buyer.
- ACQUIRE: the subject takes goods ("Meta buys H200s from Dell"); "from" names the seller.
- PACT: the subject makes a deal with another party ("signed an agreement with Nvidia", "won
  an order from AMD", "tapped Broadcom"); which side sells is said by the verb when it can
  be ("win" makes the subject the seller, "select" the buyer), else by what the parties are.

Verbs are listed by lemma; :func:`forms` gives every inflection. A multi-word lemma
("take delivery", "enter into") inflects its first word.
"""

from __future__ import annotations

import re
from functools import cache

from tracker.extract.vocabulary import Vocabulary

# verbs of giving; the makers among them give only to a buyer named ("builds X for Y")
SUPPLY_GIVE = ("supply", "ship", "deliver", "provide", "sell", "furnish", "consign")
SUPPLY_MAKE = (
    "build", "manufacture", "make", "fabricate", "produce", "package", "assemble", "design",
    "co-design", "ramp",
)  # fmt: skip
ACQUIRE = (
    "buy", "purchase", "order", "acquire", "procure", "source", "lease", "rent", "secure",
    "book", "take delivery", "reserve", "take", "absorb", "get", "add",
)  # fmt: skip
# verbs of taking that trade only goods from a seller named ("will take three million TPUs
# from Broadcom"); a share taken ("takes 60% of the output") is left to the share rules
TAKE_SHARE = ("take", "absorb", "get", "add")
# goods that come from a seller: "Our HBM4 comes from Samsung", "the HBM3 came from SK hynix"
ORIGIN = ("come",)
# a pact whose verb says the subject sells ("Acme won an order from Nvidia")
PACT_WON = ("win", "land", "clinch", "bag", "capture", "receive", "secure")
# what a pact won is: "won an order", "secured the packaging work on the MI450 from AMD"
WON_OBJECT = re.compile(
    r"\s(?:[\w$.,-]+\s){0,4}?(?:orders?|contracts?|deals?|business|work|share|portion|slice"
    r"|tender|bid)\b"
)
# a pact whose verb says the subject buys and its object sells ("Meta tapped Broadcom")
PACT_CHOSE = ("select", "choose", "tap", "award", "hire", "pick", "enlist", "engage")
# a symmetric pact: who sells is what the parties are
PACT_MADE = ("sign", "ink", "strike", "agree", "enter into", "reach", "seal", "expand", "extend")

# nouns of the classes: "shipments of HBM4 to Nvidia", "Meta's order for", "a deal with"
SUPPLY_NOUNS = (
    "shipments", "shipment", "deliveries", "sales", "supplier", "suppliers", "vendor",
    "assembler", "manufacturer", "packager",
)  # fmt: skip
ACQUIRE_NOUNS = ("purchase", "purchases", "order", "orders", "procurement")
# role nouns whose possessor is the other side: "Nvidia's HBM4 supplier" (Nvidia buys),
# "TSMC's largest CoWoS customer" (TSMC sells), "our lead HBM3E source"
ROLE_NOUNS = {
    "supplier": "buyer", "suppliers": "buyer", "vendor": "buyer", "source": "buyer",
    "assembler": "buyer", "manufacturer": "buyer", "packager": "buyer", "foundry": "buyer",
    "customer": "seller", "customers": "seller",
}  # fmt: skip
PACT_NOUNS = (
    "deal", "deals", "contract", "contracts", "agreement", "agreements", "pact", "pacts",
    "arrangement", "commitment",
)  # fmt: skip

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "sell": ("sells", "sold", "selling"),
    "build": ("builds", "built", "building"),
    "make": ("makes", "made", "making"),
    "buy": ("buys", "bought", "buying"),
    "strike": ("strikes", "struck", "striking"),
    "win": ("wins", "won", "winning"),
    "choose": ("chooses", "chose", "chosen", "choosing"),
    "take": ("takes", "took", "taken", "taking"),
    "enter": ("enters", "entered", "entering"),
    "come": ("comes", "came", "coming"),
    "get": ("gets", "got", "getting"),
}
_DOUBLED = frozenset({"ship", "tap", "bag", "win"})
# a light verb that makes its subject the agent of an order noun: "placed an order for"
LIGHT_BEFORE = re.compile(
    r"\b(?:place|places|placed|placing|put\sin|puts\sin|make|makes|made|sign|signs|signed"
    r"|submitted|issued|booked)\s(?:(?:an?|the|its|their|new|further|additional|follow-on"
    r"|firm|large|big|initial|first|second|[\w$.,-]+-\w+)\s){0,3}$"
)


def forms(lemma: str) -> tuple[str, ...]:
    """Every inflection of a verb lemma ("ship" -> ship, ships, shipped, shipping); a
    multi-word lemma inflects its first word ("take delivery" -> took delivery …)."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    if head in _IRREGULAR:
        heads = (head, *_IRREGULAR[head])
    elif head.endswith("e"):
        heads = (head, f"{head}s", f"{head}d", f"{head[:-1]}ing")
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        heads = (head, f"{head[:-1]}ies", f"{head[:-1]}ied", f"{head}ing")
    elif head in _DOUBLED:
        heads = (head, f"{head}s", f"{head}{head[-1]}ed", f"{head}{head[-1]}ing")
    else:
        heads = (head, f"{head}s", f"{head}ed", f"{head}ing")
    return tuple(f"{h}{tail}" for h in heads)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(sorted({re.escape(w).replace(r"\ ", r"\s") for w in words}, key=len)[::-1])


def verb_pattern(lemmas: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern for every inflection of the lemmas, as whole words (lower-cased text)."""
    return re.compile(rf"\b(?:{_alternation(tuple(f for x in lemmas for f in forms(x)))})\b")


def noun_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternation(nouns)})\b")


# role markers: the preposition (with an optional article or adverb) right before a party
ROLE_BEFORE = re.compile(
    r"\b(?P<marker>according\sto|thanks\sto|due\sto|to|for|from|with|by|of|at|than|like"
    r"|including|via|through|beside|besides"
    r"|against|over|unlike|into|on|about|as)\s(?:(?:the|its|their|both|either|rival|fellow"
    r"|customer|customers|partner)\s)?$"
)
# a company named before a word for goods is their brand, no party: "sells Nvidia capacity"
BRAND_NOUN = re.compile(
    r"\s(?:gpus?|chips?|capacity|compute|hardware|systems?|servers?|racks?|accelerators?"
    r"|instances|cloud|silicon|processors?|parts|products?|platforms?)\b"
)
# a possessive right after a party: "Meta's", "Nvidia’s"
POSSESSIVE = re.compile(r"['’]s?\s")

# a party's kind, from the vocabulary's cue lists, ranked by how far upstream it sells: a
# foundry, packager or memory maker sells to a chip designer, which sells to a server
# maker, which sells to a cloud, which sells to everyone else
_UPSTREAM = ("foundry", "packaging house", "memory maker")


def is_cloud(vocabulary: Vocabulary, company: str) -> bool:
    return company in vocabulary.cue_list("cloud_roles", "gpu_cloud") or company in (
        vocabulary.cue_list("cloud_roles", "hyperscaler_cloud")
    )


def rank(vocabulary: Vocabulary, company: str) -> float:
    """How far upstream a company sells (4 foundry, packager or memory maker; 3 chip
    designer; 2 server maker; 1.5 GPU cloud; 1 hyperscaler cloud; 0 any other buyer)."""
    return _ranks(vocabulary).get(company, 0.0)


@cache
def _ranks_of(
    upstream: frozenset[str],
    designers: frozenset[str],
    servers: frozenset[str],
    gpu_clouds: frozenset[str],
    clouds: frozenset[str],
) -> dict[str, float]:
    out: dict[str, float] = {}
    for level, members in (
        (1.0, clouds),
        (1.5, gpu_clouds),
        (2.0, servers),
        (3.0, designers),
        (4.0, upstream),
    ):
        out.update(dict.fromkeys(members, level))
    return out


SERVER_MAKERS = frozenset({"dell", "hpe", "supermicro", "quanta", "foxconn"})


def _ranks(vocabulary: Vocabulary) -> dict[str, float]:
    upstream = frozenset(x for r in _UPSTREAM for x in vocabulary.cue_list("anaphora_roles", r))
    designers = frozenset(vocabulary.cue_list("anaphora_roles", "chipmaker")) - upstream
    return _ranks_of(
        upstream,
        designers | frozenset({"huawei", "arm"}),
        SERVER_MAKERS,
        frozenset(vocabulary.cue_list("cloud_roles", "gpu_cloud")),
        frozenset(vocabulary.cue_list("cloud_roles", "hyperscaler_cloud")),
    )


# what a deal that names no product trades: compute from a cloud, chips from a chipmaker
COMPUTE_WORDS = re.compile(
    r"\b(?:compute|computing|capacity|cloud|instances|gpu\s(?:hours|clusters?|capacity)"
    r"|infrastructure)\b"
)
CHIP_WORDS = re.compile(
    r"\b(?:chips?|accelerators?|gpus|xpus|processors|asics?|silicon|wafers?|racks|servers"
    r"|hbm|memory|dram)\b"
)
# goods that are tools for making chips, not chips: no supply deal (GUIDE)
TOOLS = re.compile(
    r"\b(?:bonders?|scanners?|tools?|equipment|lithography|testers?|machines\sfor|steppers?"
    r"|etchers?|probers?|handlers?)\b"
)

# the other side said but not named: "an order from a large customer", "to several clouds"
UNNAMED_PARTY = re.compile(
    r"\b(?:to|from|with|for)\s(?:(?:most|many|some|all|several)\sof\s)?(?:an?|one|several|some"
    r"|many|two|three|four|multiple|various|other|unnamed|undisclosed|unidentified|certain|its"
    r"|their|the)\s(?:[\w.-]+\s){0,3}?(?:customers?|clients?|buyers?|companies|firms"
    r"|hyperscalers?|cloud\sproviders?|operators?|labs?|suppliers?|vendors?|partners?"
    r"|industry|others|rivals|peers)\b"
)
# a trade denied by its determiner: "signed no capacity deal", "has placed no TPU order"
NO_TRADE = re.compile(
    r"\bno\s(?:[\w-]+\s){0,2}?(?:deals?|contracts?|agreements?|orders?|purchases?|pacts?"
    r"|commitments?|supply|shipments?|sales)\b"
)
