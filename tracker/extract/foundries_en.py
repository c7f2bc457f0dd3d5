"""English supply deals told as a foundry making a company's chip (GUIDE, settled cases: a
foundry or packaging house making a chip is a supply_deal, customer the chip's designer,
supplier the maker, product the chip when it is an entity, else the process when it is one).

"TSMC manufactures the RNGD on its 5nm process", "Samsung's foundry will fabricate the
REBEL-Quad", "the Maia 200 is made on TSMC's 3-nanometer process", "a die fabbed by Intel
Foundry": no deal word and no buyer after "for" (which the supply rule's weak verbs read), so
nothing was found. The chip is the one named in the clause, else ("it", "the die", "the
chip") the chip in view a sentence or two back; the designer is that chip's maker. A foundry
making its own chip, chips with no maker named ("TSMC makes chips for the whole industry"),
memory (a memory maker's own product) and an unnamed maker ("a third party builds it") give
nothing.
"""

from __future__ import annotations

import re

from tracker.domain.claims import Modality
from tracker.extract.analysis import Sentence
from tracker.extract.chip_memory_en import memory_suppliers_in
from tracker.extract.entities import Mention
from tracker.extract.own_word import own_future_action
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span
from tracker.extract.unnamed_chips_en import opens_with_participle, unnamed_owner

_PRODUCTS = ("chip", "system")
_MAKE = (
    r"(?:manufactur(?:es|e|ed|ing)|fabricat(?:es|e|ed|ing)|fabs|fabbed|fabbing"
    r"|mak(?:es|ing)|made|produc(?:es|e|ed|ing)|build(?:s|ing)?|built|turns?\sout|prints?"
    # a packaging house's (or a foundry's) back end: "TSMC packages every Blackwell GPU",
    # "Amkor to package Nvidia's chips"
    r"|packag(?:es|e|ed|ing)|assembl(?:es|e|ed|ing)\sand\stests?)"
)
# the foundry acting: "TSMC manufactures", "Samsung's foundry will build", "TSMC also makes"
_FOUNDRY_MAKES = re.compile(
    r"^(?:['’]s)?(?:,\s(?:which|that|whose\s(?:foundry|fabs?|plants?|factories)))?(?:\s(?:foundry|contract[\s-]manufacturing)(?:\s(?:arm|business|unit|division))?"
    r"|\sfoundry)?(?:\s(?:will|would|also|now|already|still|is\sto|has|had|is|are|to"
    r"|(?:is|are)\s(?:expected|set|slated|due|likely|poised)\sto"
    r"|(?:plans|plan|aims|intends|is\splanning|is\saiming)\sto))*\s" + _MAKE + r"\b"
)
# the chip made at the foundry: "is made on TSMC's", "fabricated by Samsung Foundry", "built
# at TSMC", "produced in TSMC's Arizona fab" (the words right before the foundry's name)
_MADE_AT = re.compile(
    r"\b(?:manufactured|fabricated|fabbed|made|produced|built|packaged)\s(?:[\w-]+\s){0,3}?"
    r"(?:on|at|by|in|with)\s(?:the\s|both\s)?$"
    # "is in full production at TSMC", "come off TSMC's 4-nanometer lines", "coming off lines
    # at both TSMC and Samsung"
    r"|\bin\s(?:full|volume|mass|high-volume)\sproduction\s(?:[\w-]+\s){0,2}?(?:at|by|with)\s"
    r"(?:the\s)?$"
    r"|\b(?:comes?|coming|came)\soff\s(?:the\s)?(?:(?:[\w-]+\s){0,2}?lines\s(?:at|of)\s(?:both\s)?)?$"
    # the designer making its chip at the foundry, told actively: "AMD will build the MI450
    # at TSMC", "Nvidia builds Blackwell on TSMC's 4NP process", "AMD makes the MI450's
    # compute chiplets on TSMC's N2" (the chip between the verb and the foundry)
    r"|\b(?:build|builds|make|makes|manufactures?|fabricates?|produces?)\s"
    r"(?:[\w'’-]+\s){1,5}?(?:on|at|with)\s(?:the\s)?$"
)
# a second chip and foundry with the verb of making left out: "RNGD is made at TSMC, and
# Rebellions' REBEL-Quad at Samsung's foundry"
_MADE_WORD = re.compile(r"\b(?:manufactured|fabricated|fabbed|made|produced|built|packaged)\b")
_GAPPED_AT = re.compile(r",?\s(?:and|while|whereas)\s[^,;.]{2,40}?\s(?:at|by|on)\s(?:the\s)?$")
# a word for the chip in view: "it", "the die", "the chip", "each package"
_CHIP_WORD = re.compile(
    r"\b(?:it|the\s(?:die|chip|part|accelerator|processor|silicon|npu|wafers?|dies|chips)"
    r"|the\s(?:chiplets?|package|packages|gpus?|compute\stiles?|tiles?)"
    r"|a\sdie|its\s(?:die|dies|wafers?|chips|silicon)|their\s(?:chips|silicon|dies)"
    r"|the\scompute\sdie|each\s(?:die|chip|package))\b",
    re.I,
)
# "chips for the whole industry", "a third party": goods or makers the rule cannot name
_UNNAMED_MAKER = re.compile(r"\b(?:a\sthird[\s-]party|an\sunnamed|an\sundisclosed)\b", re.I)


def foundry_rule_en(s: Sentence, state: RuleState) -> list[Candidate]:
    """supply_deal: a named foundry making a company's chip (English only)."""
    if s.language != "en" or s.table is not None or _UNNAMED_MAKER.search(s.text):
        return []
    foundries = {
        *s.vocabulary.cue_list("anaphora_roles", "foundry"),
        *s.vocabulary.cue_list("anaphora_roles", "packaging house"),
    }
    out: list[Candidate] = []
    for f in s.of_kind(("company",)):
        if f.id not in foundries or (f.anaphoric and not _named_before(s, f)):
            continue  # "the company is building …": a foundry only when named
        clause = s.clause_of(f.start)
        # a clause taken only by the memory its chip carries still tells the foundry
        # ("… is produced on Samsung's 4nm process and uses HBM3E supplied by Samsung")
        # and so does one that names the foundry after a passive of making ("the package is
        # manufactured by Samsung's foundry …, and the HBM3E also comes from Samsung")
        if clause.start in state.deal_clauses and (
            f.start in (parts := memory_suppliers_in(s, clause))
            or not (parts or _made_by(s, f, clause))
        ):
            continue
        verb = _making(s, f, clause)
        if verb is None:
            continue
        chip = _chip(s, f, clause, verb)
        if chip is None:
            continue
        designer, product = chip
        valid = s.valid_for(verb, [])
        modality = _bare_future(s, own_future_action(s, s.modality(verb, valid, clause), clause))
        if modality is None:
            continue
        qualifiers = {"product": product} if product else {}
        out.append(Candidate(designer, "supply_deal", modality, valid, f.start, qualifiers, f.id))
        state.deal_clauses.add(clause.start)
    return out


# a bare future and the words that make it a plan ("plans to", "is set to", "by 2027")
_WILL = re.compile(r"\bwill\b|['’]ll\b", re.I)
_PLAN_WORD = re.compile(
    r"\b(?:plan(?:s|ned|ning)?|aim(?:s|ed|ing)?|intend\w*|target\w*|goal|roadmap|expect\w*"
    r"|schedul\w*|set\sto|slated|on\strack|on\scourse|poised|due\sto|is\sto|are\sto)\b",
    re.I,
)


def _bare_future(s: Sentence, modality: Modality | None) -> Modality | None:
    """``announced`` for a making told only with a bare "will" and no plan word or date to
    reach ("TSMC will make the AI5, Musk said", "Amkor will package Nvidia's chips"): a
    relation told in a bare future (GUIDE, session 16; the dev gold's foundry sentences with
    "will", 7 of 7), whoever tells it."""
    if modality != "planned" or not _WILL.search(s.text) or _PLAN_WORD.search(s.text):
        return modality
    return "announced"


def _making(s: Sentence, f: Mention, clause: Span) -> int | None:
    """Where the foundry is said to make something: its own verb after its name, or a
    participle of making right before it."""
    made = _FOUNDRY_MAKES.match(s.lowered[f.end : clause.end])
    if made is not None:
        return f.end + made.end() - 1  # on the verb, after any "will" before it
    at = _MADE_AT.search(s.lowered, max(clause.start, f.start - 48), f.start)
    if at is None and _MADE_WORD.search(s.lowered, clause.start, f.start):
        at = _GAPPED_AT.search(s.lowered, max(clause.start, f.start - 48), f.start)
    if at is None and (first := _listed_before(s, f, clause)) is not None:
        return _making(s, first, clause)  # "built by both TSMC and Samsung": the second
    return at.start() if at is not None else None


def _listed_before(s: Sentence, f: Mention, clause: Span) -> Mention | None:
    """The company listed right before the foundry ("TSMC and" before "Samsung"), when the
    list ends there ("… and Samsung sells HBM4": Samsung opens a clause of its own)."""
    first = next((m for m in s.mentions if _LISTED.fullmatch(s.lowered, m.end, f.start)), None)
    if first is None or first.kind != "company" or first.start < clause.start:
        return None
    return first if _LIST_ENDS.match(s.lowered, f.end) else None


_LISTED = re.compile(r",?\s(?:and|or)\s|,\s")
_LIST_ENDS = re.compile(r"['’]s\s|\s?(?:[,.;:)]|$)|\s(?:on|in|at|for|with|using|under|from|to)\b")


def _named_before(s: Sentence, f: Mention) -> bool:
    """Whether a foundry referred to ("the Taiwanese foundry, which makes …") is named
    earlier in the same sentence ("as fast as TSMC can make them - a reference to …")."""
    return any(m.id == f.id and not m.anaphoric and m.end <= f.start for m in s.mentions)


def _made_by(s: Sentence, f: Mention, clause: Span) -> bool:
    """Whether a participle of making stands right before the foundry's name."""
    if _MADE_AT.search(s.lowered, max(clause.start, f.start - 48), f.start) is not None:
        return True
    if (first := _listed_before(s, f, clause)) is not None and _made_by(s, first, clause):
        return True
    return _MADE_WORD.search(s.lowered, clause.start, f.start) is not None and (
        _GAPPED_AT.search(s.lowered, max(clause.start, f.start - 48), f.start) is not None
    )


def _chip(s: Sentence, f: Mention, clause: Span, verb: int) -> tuple[str, str] | None:
    """(designer, product) of the chip the foundry makes: a chip of another maker named in
    the clause (the first after the verb: "Google's Ironwood … TSMC, which makes every TPU
    generation"), else the chip in view when the clause refers to it (a company's unnamed
    chip: its owner, no product)."""
    if (memory_owner := _owner_of_memory(s, f, clause)) is not None:
        return memory_owner, ""  # "The logic base die of our HBM4 is manufactured by TSMC"
    named = [
        p
        for p in s.of_kind(_PRODUCTS, clause)
        if not s.is_compared(p)
        and p.entity.maker not in (None, f.id)
        and not (p.anaphoric and _for_others(s, p.end))  # "the chips for most of the industry"
    ]
    if named:
        first = next((p for p in named if p.start > verb), named[0])
        made = [p for p in named if p.end <= verb]
        gapped = s.lowered.startswith((",", " and ", " while ", " whereas "), verb)
        if f.start > verb and made and not gapped:
            first = made[-1]  # "RNGD is made at TSMC, and …": the chip before the participle
        return str(first.entity.maker), first.id
    if s.of_kind(_PRODUCTS, clause):
        return None
    if (chips_owner := _owner_of_chips(s, f, clause)) is not None:
        # "Nvidia's GPUs are made by TSMC", "our XPUs are manufactured by TSMC, which also
        # packages them using its CoWoS technology": no chip named, the foundry's process
        # named in the sentence is what is traded (GUIDE)
        processes = [p for p in s.of_kind(("process",)) if p.entity.maker == f.id]
        return chips_owner, processes[0].id if len(processes) == 1 else ""
    word = _CHIP_WORD.search(s.text, clause.start, clause.end)
    if word is None:
        if s.of_kind(_PRODUCTS) or not opens_with_participle(s.text):
            return None  # "Built on TSMC's 3-nanometer process.": the chip just named
    elif _for_others(s, word.end()):
        return None  # "TSMC, which makes the chips for most of the industry": no chip in view
    elif (holder := _possessor(s, f, word.start())) is not None:
        return holder, ""  # "FuriosaAI, which has its chips made by TSMC"
    elif (owner := unnamed_owner(s.focus, s.index)) is not None and owner.id != f.id:
        return owner.id, ""  # "its first in-house accelerator … The chip is made by TSMC"
    held = s.focus.get("chip", s.index, 2)
    if held is None and len(s.focus.products) == 1:
        # a fact sheet about one chip: the chip the text is about
        held = s.vocabulary.entities.get(next(iter(s.focus.products)))
    if held is None or held.maker in (None, f.id):
        return None
    return str(held.maker), held.id


# chips told as made for others: "the chips for most of the industry", "the GPUs for its
# customers" (a company named after "for" is read by the rules of deals)
# (not a time: "the GPUs for the next two years")
_FOR_NO_ONE_NAMED = re.compile(
    r"\sfor\s(?!(?:the\s|at\sleast\s)?(?:next|coming|past|first|last|\d|years?|months?|now)\b)"
)


def _for_others(s: Sentence, end: int) -> bool:
    """Whether the chips told up to ``end`` are made for others no one names ("the chips
    for most of the industry"), not the chip in view."""
    return _FOR_NO_ONE_NAMED.match(s.text, end) is not None and not s.of_kind(
        ("company",), Span(end, end + 12)
    )


# a company's own chips named by a common noun: "Nvidia's GPUs", "our XPUs", "its accelerators"
_OWNED_CHIPS = re.compile(
    r"(?:['’]s|(?<=\b[Oo]ur)|(?<=\b[Ii]ts)|(?<=\b[Tt]heir))\s(?:[\w-]+\s)?"
    # (one chip of the company named by a word of its own: "Tesla's AI5 chip")
    r"(?:gpus|chips|accelerators|xpus|processors|asics|npus|tpus|[\w-]*\d[\w-]*\s(?:chip|asic))\b"
    r"(?!\s(?:for|of)\s)",
    re.I,
)


_ITS_CHIPS = re.compile(
    r"\b(?:its|their)\s(?:[\w-]+\s)?(?:gpus|chips|accelerators|xpus|processors|asics|npus)\b"
    r"(?!\s(?:for|of)\s)",
    re.I,
)


# a part of a memory maker's stack: "the (logic) base die of our HBM4", "SK hynix's HBM4 base
# dies", "the base die for Samsung's HBM4E"
_BASE_DIE = re.compile(r"\bbase[\s-](?:die|dies|wafers?|chips?)\b|\blogic\sdies?\b", re.I)


def _owner_of_memory(s: Sentence, f: Mention, clause: Span) -> str | None:
    """The memory maker whose memory's base die the foundry makes: the company owning the
    memory named in the clause ("our HBM4", "SK hynix's HBM4"), not the foundry itself."""
    if _BASE_DIE.search(s.text, clause.start, clause.end) is None:
        return None
    for m in s.of_kind(("memory",), clause):
        owner = next(
            (
                c
                for c in s.of_kind(("company",), clause)
                if c.id != f.id and _OWNS_NEXT.fullmatch(s.text, c.end, m.start)
            ),
            None,
        )
        if owner is not None and owner.id in m.entity.suppliers:
            return owner.id
    return None


_OWNS_NEXT = re.compile(r"(?:['’]s)?\s(?:[\w-]+\s)?")


def _owner_of_chips(s: Sentence, f: Mention, clause: Span) -> str | None:
    """The company whose own chips, named by a common noun, the foundry makes in the
    clause ("Nvidia's GPUs are made by TSMC"); not the foundry's own, nor a chipless
    owner told for comparison."""
    owners = [
        m
        for m in s.of_kind(("company",), clause)
        if m.id != f.id and not s.is_compared(m) and _OWNED_CHIPS.match(s.text, m.end)
    ]
    if owners:
        return owners[0].id if len(owners) == 1 else None
    # "Broadcom said substantially all of its XPUs are manufactured by TSMC": the company
    # the sentence opens with
    its = _ITS_CHIPS.search(s.text, clause.start, clause.end)
    before = [] if its is None else s.of_kind(("company",), Span(0, its.start()))
    return before[0].id if before and before[0].id != f.id and not before[0].anaphoric else None


# the company whose own chips a relative clause has made: "FuriosaAI, which has its chips
# made by TSMC", "Groq, which gets its silicon from Samsung"
_HOLDER = re.compile(r",\s(?:which|who)\s(?:[\w-]+\s){0,3}?")


def _possessor(s: Sentence, f: Mention, word: int) -> str | None:
    """The company named right before a relative clause giving its own chips ("its
    chips", "their silicon") to the foundry to make."""
    if not s.lowered.startswith(("its ", "their "), word):
        return None
    before = [c for c in s.of_kind(("company",), Span(max(0, word - 60), word)) if c.id != f.id]
    if before and _HOLDER.fullmatch(s.lowered, before[-1].end, word):
        return before[-1].id
    return None
