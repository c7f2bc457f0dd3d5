"""English verbs of use that say no adoption of the product named after them (GUIDE:
adopts is a company using a product; trains_on is training on a cluster).

- "Meta used to rely on H100 chips alone": a habit given up (a company or pronoun before
  "used to"), no use today. "The H100 chips used to train Llama" (a product before it) is
  a passive of purpose and stays.
- "xAI switched from H100s to GB200s", "is replacing its H100s with GB200s", "instead of
  Nvidia's B200": the product left behind or passed over is not the one adopted.
- "Dell offers GB300 servers": a seller's offer; only a cloud offering a chip in its
  cloud, regions or instances ("Oracle will offer MI450 chips in its cloud") puts it in
  its own data centers.
- "Anthropic trains its Claude models on Project Rainier, Amazon's Trainium cluster":
  training on a site is ``trains_on``; the chips that describe the site are not adopted
  by this clause.
"""

from __future__ import annotations

import re

from tracker.domain.claims import Modality
from tracker.extract.analysis import Sentence
from tracker.extract.statements import their_word_before
from tracker.extract.text import Span

_USED_TO = re.compile(r"used\sto\s")
# what stands before a habitual "used to": the subject itself, perhaps with an adverb
_HABIT_SUBJECT = re.compile(
    r"(?:\b(?:it|we|they|he|she|company|firm)|[A-Z][\w.&-]*)\s(?:(?:once|also|still|long)\s)?$"
)
_ON_SITE = re.compile(r"[^,;.]{0,40}?\bon\s(?:the\s)?$")
_SITES = ("cluster", "facility")


def habit_given_up(s: Sentence, trig: int) -> bool:
    """Whether the verb at ``trig`` is a habitual "used to" of the subject before it."""
    if not _USED_TO.match(s.lowered, trig):
        return False
    before = s.text[max(0, trig - 40) : trig]
    if _HABIT_SUBJECT.search(before) is None:
        return False
    products = s.of_kind(("chip", "system", "memory"), Span(max(0, trig - 40), trig))
    return not products  # "the H100 chips used to train Llama": a product before it


def trained_on_site(s: Sentence, clause: Span, trig: int) -> bool:
    """Whether a training verb at ``trig`` trains on a cluster or facility named first
    after its "on" ("trains its models chiefly on Project Rainier, …")."""
    if not s.lowered.startswith("train", trig):
        return False
    # the model trained ("trains its Claude models on …") is not where it is trained
    after = [m for m in s.mentions if trig < m.start < clause.end and m.kind != "model"]
    if not after or after[0].kind not in _SITES:
        return False
    return _ON_SITE.fullmatch(s.lowered, trig, after[0].start) is not None


# what a change of product leaves: "switched from H100s to …", "moving off H100s", "replacing
# its H100s with …", "instead of B200s", "rather than TPUs"
_LEFT_BEHIND = re.compile(
    r"(?:\b(?:switch|mov|migrat|shift|transition)\w*\s(?:[\w-]+\s){0,3}?(?:from|off|away\sfrom)"
    r"|\breplac\w*|\binstead\sof|\brather\sthan|\bin\splace\sof)"
    r"\s(?:(?:its|their|the|older|existing|some|all)\s)?(?:[\w'’-]+\s)?$",
    re.I,
)


def left_behind(s: Sentence, start: int) -> bool:
    """Whether the product at ``start`` is the one a change of product leaves or passes
    over ("switched from H100s to GB200s", "replacing its H100s with GB200s")."""
    if s.language != "en":
        return False
    return _LEFT_BEHIND.search(s.text, max(0, start - 60), start) is not None


_OFFER = re.compile(r"offer")
_CLOUD_OFFER = re.compile(r"\b(?:cloud|regions?|instances?|(?:virtual\s)?machines|VMs)\b", re.I)


def offered_in_own_cloud(s: Sentence, clause: Span, trig: int) -> bool:
    """Whether the verb at ``trig`` is a cloud offering the product in its own service
    ("Azure offers MI300X virtual machines", "OCI would offer MI300X accelerators in
    clusters", "CoreWeave is offering GB300 instances"): the chips are in the offerer's own
    data centers, an adoption on its own premises (GUIDE, settled case, session 9). Not an
    offer made by someone else ("instances offered by AWS"), nor a rental to a named
    customer ("offers Ironwood capacity to Anthropic")."""
    if s.language != "en" or not _OFFER.match(s.lowered, trig):
        return False
    if _OFFERED_BY.match(s.lowered, trig) or offered_for_sale(s, clause, trig):
        return False
    return not any(
        s.lowered[max(0, m.start - 8) : m.start].endswith(("to ", "for "))
        for m in s.of_kind(("company",), Span(trig, clause.end))
    )


_OFFERED_BY = re.compile(r"offered\s(?:\w+\s)?(?:by|through|via|on)\b")


def offered_for_sale(s: Sentence, clause: Span, trig: int) -> bool:
    """Whether the verb at ``trig`` is an offer that is no cloud's ("Dell offers GB300
    servers": a sale, read by the supply rule if at all)."""
    if not _OFFER.match(s.lowered, trig):
        return False
    return _CLOUD_OFFER.search(s.text, clause.start, clause.end) is None


# "has delivered 40 racks built on the GB300 to Nebius", "ships
# servers powered by MI355X": a maker's goods described by what they are built on
_GOODS = re.compile(
    r"\b(?:systems?|servers?|racks?|machines?|nodes?|boards?|cards?|platforms?|appliances?)\s$"
)
_BUILT_ON = re.compile(r"built\son|based\son|powered\sby|built\saround")
_DELIVERS = re.compile(
    r"\b(?:deliver|ship|sell|supply|build|assemble|make)(?:s|ed|ing)?\b"
    r"|\b(?:sold|built|made)\b"
)


_FILLED = re.compile(r"fill|fitted")
# goods as the subject of being filled or fitted out: "racks are", "servers will be"
_GOODS_FILLED = re.compile(
    r"\b(?:systems?|servers?|racks?|machines?|nodes?|boards?|cards?|platforms?|appliances?)"
    r"\s(?:(?:are|is|were|was|will|be|been|being|now|all|each)\s){1,3}$"
)


def goods_built_on(s: Sentence, clause: Span, trig: int) -> bool:
    """Whether the adoption verb at ``trig`` only describes goods the clause's subject
    delivers, ships or sells ("Dell … has delivered the first systems built on the GB300 to
    CoreWeave"): a maker's product, no use of its own (its buyer's use, if any, is told
    apart)."""
    if s.language != "en":
        return False
    if _FILLED.match(s.lowered, trig) and _GOODS_FILLED.search(s.lowered, clause.start, trig):
        return True  # "Dell's racks are filled with B200 GPUs": what the goods hold
    if not _BUILT_ON.match(s.lowered, trig) or not _GOODS.search(
        s.lowered, max(clause.start, trig - 20), trig
    ):
        return False
    return _DELIVERS.search(s.lowered, clause.start, trig) is not None


# what may stand between a trainer and its verb: auxiliaries and adverbs ("has been", "is
# already", "intends to", "began"), no comma, no other name
_TRAINER_GAP = re.compile(
    r"(?:\s(?:is|are|was|were|has|have|had|been|will|would|already|now|still|also|currently"
    r"|begun|began|started|starts|continues|intends|plans|expects|aims|to|be|first))*\s"
)


def trainer_before(s: Sentence, clause: Span, trig: int) -> str | None:
    """The company whose own verb the training is (English): named right before it, with
    only auxiliaries between ("OpenAI has been training on it since the summer", "…, where
    OpenAI already trains its models in buildings run by Oracle"), even on a cluster it
    owns. Not the builder of a site for another's use ("AWS built Project Rainier to
    train …": a name between)."""
    if s.language != "en":
        return None
    before = [m for m in s.of_kind(("company",), Span(clause.start, trig)) if m.end <= trig]
    if not before:
        return None
    m = before[-1]
    if _TRAINER_GAP.fullmatch(s.lowered, m.end, trig) is None:
        return None
    return m.id


def told_by_others(
    s: Sentence, clause: Span, trig: int, modality: Modality | None
) -> Modality | None:
    """A product's integration that a third party tells, not its maker ("Talk among
    packaging houses is that Rubin Ultra will … use SoIC", "Some of the sources also said
    Nvidia's Rubin Ultra will adopt TSMC's SoIC stacking"): their forecast (GUIDE)."""
    if s.language != "en" or modality not in ("planned", "announced", "actual"):
        return modality
    text = s.text[clause.start : clause.end]
    if their_word_before(text, s.text[:trig]) is None:
        return modality
    return "forecast"
