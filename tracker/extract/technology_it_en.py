"""English "it" as the technology an integration takes up: "Then there is NVLink Fusion,
the licence that lets other chips join an Nvidia rack. AWS said that Trainium4 will support
it."

The antecedent is the technology the latest sentence naming one put first, its subject as a
rule ("UALink is the open answer to NVLink. … Trainium4 will adopt it": UALink, not the
NVLink it is compared with), one or two sentences back, and only when no chip or system was
named after it (then "it" is more likely that product) and the sentence itself names no
technology. The verb must be one of taking a technology in ("support", "adopt", "integrate",
"build in", "license"): "it" after "ship" or "sell" is a product.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Focus
from tracker.extract.entities import Mention

_LEAD_TECH = "technology put first"  # Focus.last's key: the latest sentence's first one
_REACH = 2  # sentences
# a verb of taking a technology in, then "it"
_TAKES_IT = re.compile(
    r"\b(?:supports?|supporting|supported|adopts?|adopting|adopted|integrates?|integrating"
    r"|integrated|incorporates?|incorporating|incorporated|licen[sc]es?|licen[sc]ing"
    r"|licen[sc]ed|embraces?|embracing|embraced|build\sin|builds\sin|built\sin|implement"
    r"|implements|implementing|implemented)\s(it)\b(?!['’]s)",
    re.IGNORECASE,
)


def technology_it(text: str, mentions: list[Mention], index: int, focus: Focus) -> list[Mention]:
    """The technology an English "support it" / "adopt it" takes up, as a reference back
    at "it"; and the sentence's own first technology, kept for the sentences after it."""
    techs = [m for m in mentions if m.kind == "technology"]
    if techs:
        focus.last[_LEAD_TECH] = (techs[0].entity, index)
        return []
    held = focus.last.get(_LEAD_TECH)
    if held is None or index - held[1] > _REACH or "it" not in text:
        return []
    chip = focus.last.get("chip") or focus.last.get("system")
    if chip is not None and chip[1] > held[1]:
        return []  # a chip named since: "it" is as likely the chip
    taken = _TAKES_IT.search(text)
    if taken is None:
        return []
    products = [m for m in mentions if m.kind in ("chip", "system") and m.end <= taken.start()]
    if not products or not _SUBJECT_GAP.fullmatch(text, products[-1].end, taken.start()):
        return []  # the product must be the verb's subject: "Trainium4 will support it"
    if any(products[-1].end <= m.start < taken.start() for m in mentions):
        return []  # "MI450 arrives, and Oracle will adopt it": another's verb
    return [Mention(taken.start(1), taken.end(1), held[0], taken.group(1), True)]


# the words between a product and its verb: "will", "also", "is set to" (no clause break)
_SUBJECT_GAP = re.compile(r"(?:\s[\w-]+){0,5}\s")


__all__ = ["technology_it"]
