"""A count whose installation a relative clause right after it tells (English).

"Meta bought 100,000 GB300 chips that it will install at Hyperion next year", "Oracle
ordered 50,000 MI450 GPUs, which it plans to deploy in the third quarter of 2026": the main
clause buys the chips; the relative clause says when and how surely they are to be
installed, which is what a deployed_chips claim states. The count keeps its value and
subject and takes the relative clause's modality and time (a relative clause otherwise
keeps its own times: sentence_times.time_for).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate
from tracker.extract.timex import point_at

# the relative clause opens right after the counted noun ("chips that …", "GPUs, which …")
_OPENS = re.compile(r"(?:,\s)?(?:that|which)\s")
_INSTALL = re.compile(
    r"\b(?:install|deploy|bring\s(?:\w+\s)?online|put\s(?:\w+\s)?into\sservice|switch\son"
    r"|run|house|use)\w*\b",
    re.IGNORECASE,
)
_REACH = 40  # from the count to the relative clause: its noun, a chip's name


def installed_later(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` with a deployed count dated and qualified by the installation a relative
    clause right after it tells."""
    if s.language != "en" or not s.inner:
        return found
    return [_from_relative(s, c) if c.predicate == "deployed_chips" else c for c in found]


def _from_relative(s: Sentence, c: Candidate) -> Candidate:
    today = point_at(s.published)
    if c.valid != today or s.inner_of(c.anchor) is not None:
        return c  # dated on its own, or itself inside a relative clause
    q = next((q for q in s.quantities if q.start == c.anchor), None)
    if q is None:
        return c
    span = next((sp for sp in s.inner if q.end <= sp.start <= q.end + _REACH), None)
    if span is None or any(q.end <= o.start < span.start for o in s.quantities):
        return c
    opening = _OPENS.match(s.text, span.start)
    if opening is None:
        # an inner span may start at the comma or the space before "which"/"that"
        opening = _OPENS.match(s.text, span.start + 1)
    verb = _INSTALL.search(s.text, span.start, span.end)
    if opening is None or verb is None:
        return c
    times = [t for t in s.times if span.start <= t.start < span.end]
    if not times:
        return c
    valid = times[-1].valid
    modality = s.modality(verb.start(), valid)
    if modality is None:
        return c
    return replace(c, valid=valid, modality=modality)
