"""The memory of an English capacity figure whose memory is left out because a parallel
clause before it named it ("The H100 holds 80 GB of HBM3, and the H200 holds 141 GB";
"Each MI325X carries 256 GB of HBM3E; the MI355X, shipping now, carries 288 GB"): the
second figure is of the same memory, as in gapping. Only when the memory qualifies an
earlier capacity figure of the sentence, and nothing after this figure names another
kind of memory ("… while the console has 16 GB of GDDR6")."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.quantities import QuantityMatch

# the earlier figure the memory qualifies: "80 GB of HBM3", "141GB HBM3E", "288 GB of
# fast HBM3E"
_FIGURE_BEFORE = re.compile(r"\d\s?[GT]B\s(?:of\s)?(?:[a-z]+\s)?$")

# a memory of its own after this figure: "of GDDR7", "LPDDR5X", "of system memory"
_OWN_MEMORY_AFTER = re.compile(
    r"\s?(?:of\s)?(?:[\w-]+\s)?(?:[A-Z]*DDR\w*|HBM\w*|memory|SRAM|DRAM|VRAM|RAM)\b", re.I
)


def elided_memory_en(s: Sentence, q: QuantityMatch) -> str | None:
    """The memory id a gapped capacity figure ``q`` shares with an earlier one, or None."""
    if s.language != "en" or _OWN_MEMORY_AFTER.match(s.text, q.end):
        return None
    named = s.of_kind(("memory",))
    if len({m.id for m in named}) != 1:
        return None
    for m in named:
        if m.end <= q.start and _FIGURE_BEFORE.search(s.text, max(0, m.start - 20), m.start):
            return m.id
    return None
