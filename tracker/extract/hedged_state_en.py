"""An English writer's hedge on a state that holds now or held before (GUIDE: "a writer's or
source's hedge on a fact keeps the fact's modality"; only an expectation or a projection of
something not yet so is a forecast).

"Our checks suggest TSMC exited 2025 at about 75k wafers a month", "Our supply-chain checks
indicate CoWoS lines are currently running at roughly 27k wpm", "We believe SK hynix remains
Nvidia's lead HBM4 source": the analyst vouches for a present or past state, which stays
``actual`` (a figure only when observed: "we think TSMC has 80,000" is the house's number).
The same words before a future ("we think it will take 60% of 2026 supply", "our checks
suggest AWS exits 2025 with 1.1 million" said in 2025) keep the forecast, and so does an
estimate verb ("we estimate", "by our count": session 11).
"""

from __future__ import annotations

import re

# a belief of the writer's: "we believe", "I think" (on a relation; a figure the house
# believes in is its own number, a forecast)
_BELIEF = r"\b(?:we|i)\s(?:still\s|now\s|also\s|firmly\s)?(?:believe|think)\b(?:\s(?:that\s)?)?"
# an observation of the writer's, not an estimate: "our (channel / supply-chain) checks
# suggest", "checks indicate", "nothing we see contradicts that"
_OBSERVED = (
    r"\b(?:(?:our|my|the)\s)?(?:(?:recent\s)?(?:channel|supply[- ]chain|industry|trade)\s)?"
    r"checks\s(?:(?:also|now|still)\s)?(?:suggest|suggested|indicate|indicated|show|showed"
    r"|point\sto|pointed\sto|confirm|confirmed)\b(?:\s(?:that\s)?)?"
    r"|\b(?:nothing|anything)\swe\s(?:see|saw|hear|heard)\b"
)
# the checks a relation is told by: "remains the second-largest CoWoS customer on our
# checks" (a figure told "per our channel checks" stays the house's estimate: en-504)
_ON_CHECKS = (
    r"\b(?:on|by|per|from|according\sto)\s(?:our|my)\s(?:(?:latest|recent)\s)?"
    r"(?:(?:channel|supply[- ]chain|industry|trade)\s)?checks\b"
)
_HEDGE = re.compile(f"{_BELIEF}|{_OBSERVED}|{_ON_CHECKS}", re.IGNORECASE)
_OBSERVATION = re.compile(_OBSERVED, re.IGNORECASE)
# what makes the hedged statement a projection: a modal or a verb of the future, or a
# year not over ("soaks up half of 2027 output", "of this year's supply")
_AHEAD = re.compile(
    r"\b(?:will|would|should|could|may|might|shall|going\sto|set\sto|likely|expects?|expected"
    r"|on\s(?:track|pace|course)|poised|to\s(?:reach|hit|take|climb|rise|grow|double|exceed"
    r"|top|absorb|consume|get)|this\syear|next\syear|coming\syears?|years?\sahead)\b|['’]ll\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\d.,$])(?:19|20)\d\d(?![\d,])")


def hedged_state_en(
    clause: str, cue_spans: list[tuple[int, int]], counted: bool, year: int
) -> bool:
    """Whether every forecast cue of an English clause (``cue_spans``, offsets in it) lies
    inside a writer's hedge and nothing after the hedge looks ahead: the clause vouches
    for a present or past state (its times, which the caller checks, not after
    publication; nor a ``year`` of publication's or later after the hedge). A clause holding
    a figure (``counted``) is vouched for only by an observation ("checks suggest"): "we
    think TSMC has 80,000 wafers a month" is the house's own number."""
    pattern = _OBSERVATION if counted else _HEDGE
    hedges = [(m.start(), m.end()) for m in pattern.finditer(clause)]
    if not hedges or not cue_spans:
        return False
    if not all(any(a <= s and e <= b for a, b in hedges) for s, e in cue_spans):
        return False
    start = min(a for a, _ in hedges)
    if any(int(m.group()) >= year for m in _YEAR.finditer(clause, start)):
        return False  # a year of publication's or later: what is not over yet
    return _AHEAD.search(clause, start) is None


def without_hedges(clause: str) -> str:
    """The clause with its writer's hedges blanked (same offsets): what is left says whether
    an analyst's own "we" states a number of the house's ("our figure is 70k")."""
    return _HEDGE.sub(lambda m: " " * len(m.group()), clause)
