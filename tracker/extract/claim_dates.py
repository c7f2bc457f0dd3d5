"""When a claim with no time of its own holds: at the basis time a list's lead gives its
items ("칩 수는 지난해 말 기준이다", "We expect by the end of 2026:"), or at the date of the
timeline entry it sits under ("2025년 10월 — …")."""

from __future__ import annotations

import re
from datetime import date

from tracker.domain.claims import Modality, ValidTime
from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate

# A lead line that says when a list's counts hold: "칩 수는 지난해 말 기준이다", "Chip counts
# are as of the end of last year".
_BASIS = re.compile(
    r"(?:칩|GPU|수치|숫자|규모)[^.]{0,12}기준"
    r"|\b(?:counts?|figures|numbers|totals)\b[^.]{0,20}\bas of\b",
    re.I,
)


_BASED_KO = re.compile(r"\s?(?:을|를)?\s?기준")


def _basis_words(text: str) -> bool:
    """Whether the text holds what every _BASIS match holds: "기준", or "as of" in any case
    (an "s" may be written "ſ", which case-insensitive matching reads as one)."""
    return "기준" in text or "as of" in text.lower() or "\u017f" in text


def _count_basis(s: Sentence) -> ValidTime | None:
    """The time a lead line gives the counts of the list below it, as a point; an English
    lead ending in a colon gives its own time as it is ("by the end of 2026:")."""
    if s.language == "en" and s.times and s.text.rstrip().endswith(":"):
        return s.times[0].valid
    if not s.times or not _basis_words(s.text) or not _BASIS.search(s.text):
        return None
    valid = s.times[0].valid
    if s.language == "ko":
        # the time the counts are taken at stands before 기준 ("지난해 말 기준이다"), not a
        # start told elsewhere in the line ("하반기부터 출하된 루빈 GPU는 FP4 기준 …")
        based = [t for t in s.times if _BASED_KO.match(s.text, t.end)]
        if not based:
            return None
        valid = based[0].valid
    end = valid.end or valid.start
    if end is None:
        return None
    return ValidTime(kind="point", start=end, end=end, granularity="day", text=valid.text)


# what holds whenever it is told: a place, a product's specification (dated at publication)
_TIMELESS = frozenset(
    {"located_in", "peak_compute", "memory_capacity", "memory_bandwidth", "chips_per_system"}
)


def _undated(candidate: Candidate, published: date) -> bool:
    """A claim with no time of its own that a timeline entry's date may date."""
    v = candidate.valid
    return (
        candidate.predicate not in _TIMELESS
        and v.kind == "point"
        and v.start == published
        and v.end == published
    )


def _dated_by_basis(candidate: Candidate, published: date, lead: Modality | None) -> bool:
    """A count in a list item with no time of its own holds at the lead's basis time (a
    lead's projection dates the counts it governs: "We expect by the end of 2026:")."""
    v = candidate.valid
    return (
        candidate.predicate == "deployed_chips"
        and candidate.modality in ("actual", lead)
        and v.kind == "point"
        and v.start == published
        and v.end == published
    )
