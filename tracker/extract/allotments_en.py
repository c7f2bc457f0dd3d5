"""A customer's share of a product told in focus, with no product named (session 11).

"AMD will ship 120,000 MI355X accelerators to Japanese buyers. Under the plan, SoftBank
and KDDI each get 30,000 of the chips, while Sakura Internet receives 20,000", "Sakura
Internet, which is to receive roughly 20,000 of the GPUs", "KDDI signed for 30,000",
"SoftBank will secure 30,000 units": a company that gets, receives, secures or signs for a
count refers back to the product the text is about; its maker sells it to that company (a
supply deal with the count), not a fleet the company already runs. How settled the share
is (actual, announced, planned) is read on its own verb: settled_share_en.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import (
    Candidate,
    RuleState,
    _anchors,
    _quantity,
    counts_after_verb,
)
from tracker.extract.settled_share_en import settled_modality
from tracker.extract.text import Span

_COMPANY = ("company",)
# the verb of receiving, right before the count: "each get", "receives", "is to receive",
# "will secure", "signed for", "was allotted", "takes"
_RECEIVES = re.compile(
    r"\b(?:gets?|getting|got|receives?|receiving|received|(?:is|are)\sto\sreceive|"
    r"secures?|secured|securing|signed\sfor|signs\sfor|(?:was|were|is|are)\s(?:allotted|"
    r"allocated))\s(?:(?:about|around|roughly|some|nearly|another|a\sfurther)\s)?$"
)
# what the count counts, if anything: the product in focus referred back ("of the chips",
# "of the GPUs", "units", "of them") or nothing at all ("receives 60,000,")
_BACK = re.compile(
    r"\s(?:of\s(?:the|those|these|them)(?:\s(?:chips|gpus|processors|accelerators|units))?"
    r"|units|gpus|chips)\b|(?=[,.;:]|$)",
    re.I,
)


_COUNTED = re.compile(r"\b(?:units|gpus|chips)$", re.I)


def allotment_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A company receiving a count of the chip in focus: a supply deal from its maker."""
    if s.language != "en" or not s.quantities:
        return []
    out: list[Candidate] = []
    for i, q, clause, verb in counts_after_verb(s, state, _RECEIVES):
        # "80,000 units": the recognizer may have taken the counted noun into the figure
        if _BACK.match(s.text, q.end) is None and _COUNTED.search(q.text) is None:
            continue
        customers = s.of_kind(_COMPANY, Span(max(0, verb.start() - 80), verb.start()))
        chip = s.focus.get("chip", s.index, 3)
        if not customers or chip is None or chip.maker is None:
            continue
        customer = customers[-1]
        if customer.id == chip.maker:
            continue
        valid = s.valid_for(verb.start(), _anchors(s))
        modality = s.modality(verb.start(), valid, clause)
        if modality is None:
            continue
        # "is to receive 60,000" (allotted: actual), "will secure 50,000 units" (a bare
        # future: announced), "seeks to secure 50,000" (a plan: stays planned)
        text = s.text[clause.start : clause.end]
        modality = settled_modality(text, verb.start() - clause.start, modality)
        state.used.add(i)
        out.append(
            Candidate(
                customer.id,
                "supply_deal",
                modality,
                valid,
                q.start,
                {"product": chip.id},
                chip.maker,
                _quantity(q, "count"),
            )
        )
    return out
