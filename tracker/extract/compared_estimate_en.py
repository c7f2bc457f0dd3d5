"""An analyst's own words that only compare a reported figure with the house's earlier
number ("TSMC had 90,000 wafers a month, in line with our prior model", "above our
estimate", "versus our forecast of 80k"): the figure is reported, not the house's own
projection, so the "our" of the comparison does not make it a forecast."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar


class _Cue(Protocol):
    @property
    def start(self) -> int: ...


_C = TypeVar("_C", bound=_Cue)

_AUTHOR_WE = re.compile(r"\b(?:(?i:we|our|we're|we've|we'd)|us|Us)\b")  # not "US"
_COMPARED_OWN = re.compile(
    r"\b(?:in\sline\swith|consistent\swith|above|below|ahead\sof|short\sof|versus|vs\.?|"
    r"compared\s(?:with|to)|against|than|beating|topping|matching|under|over)\s"
    r"our\s(?:(?:prior|previous|earlier|original|current|own|last|published|base-case|"
    r"base\scase|full-year|december|march|june|september)\s)?"
    r"(?:model|estimates?|forecasts?|numbers?|figures?|projections?|expectations?|"
    r"assumptions?|target|call|view|prior|\d)",
    re.IGNORECASE,
)


def only_compared_to_own(text: str) -> bool:
    """Whether every first-person word of an English clause is in a comparison with the
    writer's own earlier number."""
    spans = [(m.start(), m.end()) for m in _COMPARED_OWN.finditer(text)]
    if not spans:
        return False
    return all(any(a <= m.start() < b for a, b in spans) for m in _AUTHOR_WE.finditer(text))


def outside_own_comparisons(clause: str, cues: list[_C]) -> list[_C]:
    """The cues of an English clause that are not the noun of a comparison with the
    writer's own number ("slightly above our earlier estimate": no estimate of this one)."""
    spans = [(m.start(), m.end()) for m in _COMPARED_OWN.finditer(clause)]
    if not spans:
        return cues
    return [c for c in cues if not any(a <= c.start < b for a, b in spans)]
