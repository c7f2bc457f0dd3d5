"""An English fleet named by its noun, with the figure it has reached after a verb: "CoreWeave's
GPU count passed 250,000", "Meta's GPU fleet now stands at 1.3 million", "the number of GPUs
at Colossus has grown to 200,000". The bare figure counts the chips the noun names (no chip
of the vocabulary: ``deployed_chips`` with no chip qualifier); a named chip's fleet ("our
Trainium2 fleet passed 1.4 million chips") is the deployment rule's own."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.quantities import QuantityMatch

# the fleet's noun: "GPU count", "GPU fleet", "accelerator installed base", "number of GPUs"
_FLEET_NOUN = (
    r"(?:\b(?:GPU|accelerator|AI\schip|chip)s?\s(?:count|fleet|tally|total|installed\sbase|base"
    r"|in\sservice|deployed|installed|online)"
    r"|\b(?:number|count|tally)\sof\s(?:its\s|their\s|the\s)?(?:Nvidia\s)?(?:GPUs|accelerators"
    r"|AI\schips|chips)(?:\s(?:at|in|inside)\s[^,;.]{1,30}?)?)"
)
# the level it has reached, right before the figure
_AUXILIARY = r"(?:\s(?:now|has|have|had|will|would|is|was|already|just|recently|then|also|likely))*"
_REACHED = (
    _AUXILIARY + r"\s(?:stands?\sat|stood\sat|grew\sto|grown\sto|rose\sto|risen\sto|climbed\sto"
    r"|jumped\sto|totals?|totaled|totalled|numbers?|numbered|is|was|reached|reach|hit|be"
    r"|rise\sto|climb\sto|grow\sto)\s"
)
# a hedge the figure's match may leave before it: "is roughly 1.3 million"
_HEDGE = (
    r"(?:(?:about|around|roughly|some|nearly|approximately|almost|close\sto|more\sthan|over"
    r"|just\sover|just\sunder|a\slittle\sover|well\sover)\s)?"
)
# or the noun as a label, with a colon: "GPU fleet: 250,000", "GPUs in service (year-end):
# 2025: 250k, 2026: 400k" (a table's row told in prose; the year labels are times)
_LABELLED = r"(?:\s\([^()]{1,30}\))?:\s(?:(?:19|20)\d\d[AEF]?[:,]\s)?"
_LEVEL = re.compile(
    _FLEET_NOUN + r"(?:" + _REACHED + "|" + _LABELLED + ")" + _HEDGE + r"$", re.IGNORECASE
)
# the verb taken into the figure's own bound ("passed 250,000", "topped 1 million"): the
# noun and its auxiliaries alone before it
_BOUND_VERB = re.compile(_FLEET_NOUN + _AUXILIARY + r"\s$", re.IGNORECASE)


def generic_fleet_level(s: Sentence, q: QuantityMatch) -> bool:
    """Whether a bare English figure is the level a fleet named by its noun has reached."""
    if s.language != "en" or q.unit != "":
        return False
    clause = s.clause_of(q.start)
    lead = s.text[max(clause.start, q.start - 90) : q.start]
    if q.text[:1].isalpha():  # "passed 250,000": the verb is the figure's bound
        return _BOUND_VERB.search(lead) is not None
    return _LEVEL.search(lead) is not None
