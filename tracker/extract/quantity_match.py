"""The value type of the quantity recognizer: one figure found in a sentence."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    """A quantity in a sentence: value in base units, offsets into the sentence."""

    start: int
    end: int
    low: float
    high: float
    unit: str
    approx: bool = False
    bound: str = "exact"
    text: str = ""
    number_end: int = 0

    @property
    def is_bare(self) -> bool:
        return self.unit == ""


def with_bound(q: QuantityMatch, bound: str) -> QuantityMatch:
    """The same quantity with another bound (a rule may know better than the words)."""
    return replace(q, bound=bound)
