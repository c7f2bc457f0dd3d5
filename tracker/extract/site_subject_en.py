"""The owner of an English count whose subject is a site or a phase of one, in a sentence
that names no company ("Nebius opened its campus on Thursday. The first phase houses about
21,000 GB300 GPUs."): the company the previous sentence was about runs the chips."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.vocabulary import Entity

# the subject at the start of the sentence, up to the count: "The first phase houses",
# "The new campus will hold", "Its second building is set to open with"
_SITE_SUBJECT = re.compile(
    r"\W*(?:The|Its|Their)\s(?:[\w-]+\s){0,2}?"
    r"(?:phase|campus|site|building|facility|hall|halls|data\s?cent(?:er|re)|cluster|"
    r"supercomputer|expansion)\s(?![^,;]*\b(?:of|for|by)\s[A-Z])[^,;]*$"
)


def site_owner_en(s: Sentence, pos: int, maker: str | None) -> Entity | None:
    """The company in focus, for a count at ``pos`` whose subject is a site or phase: the
    text's issuer, else the one the previous sentence named; never the chips' maker (a
    brand: "… is now serving customers on NVIDIA GB300 NVL72 systems.")."""
    if s.language != "en" or s.of_kind(("company",)):
        return None
    if _SITE_SUBJECT.match(s.text[:pos]) is None:
        return None
    for owner in (s.focus.issuer, s.focus.get("company", s.index, 1)):
        if owner is not None and owner.id != maker:
            return owner
    return None
