"""English: an analyst's expected share of a maker's output ("Nvidia is expected to take about
60% of CoWoS output next year", "should take close to 60% of next year's allocation, in our
view", "we estimate Nvidia will take roughly 60% of TSMC's 2026 CoWoS output"): a forecast
supply deal dated by the period of that output (GUIDE, settled case), where a share taken
today is an actual deal at publication. Read by the share rule (reserved._shares)."""

from __future__ import annotations

import re
from datetime import date

from tracker.domain.claims import Modality, ValidTime
from tracker.extract.analysis import Sentence

_BARE_YEAR = re.compile(r"\b(20[2-4]\d)\s(?!%)")


def year_of(s: Sentence, verb: int, end: int) -> ValidTime | None:
    """The year a share's output is of, named bare before it ("of TSMC's 2026 CoWoS
    output", "of 2025 CoWoS supply"), which the time recognizer leaves as a number."""
    m = _BARE_YEAR.search(s.text, verb, end)
    if m is None:
        return None
    year = int(m.group(1))
    return ValidTime(
        kind="point",
        start=date(year, 1, 1),
        end=date(year, 12, 31),
        granularity="year",
        text=m.group(1),
    )


# an expectation of a share to come, told beside the share ("…, in our view", "we think it
# should take …"): a modal of the future right before the verb of taking
_MODAL_BEFORE = re.compile(
    r"\b(?:should|will|would|could|may|might|(?:is|are)\s(?:expected|likely|set|poised)\sto)"
    r"\s(?:(?:again|still|also|now)\s)?$"
)
# "Lin also thinks Nvidia will take …": anyone's view told in the third person
_VIEW = re.compile(
    r"\b(?:in\sour\sview|we\s(?:think|expect|estimate|believe|model|see|reckon)"
    r"|analysts?\s(?:expect|say|said|think|estimate|reckon)"
    r"|thinks|believes|expects|reckons|estimates)\b"
)


def expected_share(s: Sentence, verb: int, modality: Modality) -> Modality:
    """A share a modal of the future takes under an analyst's view anywhere in the sentence
    ("Nvidia … should take close to 60% of next year's allocation, in our view"), or in an
    analyst's note: their forecast, though the view stands in a clause of its own."""
    if modality == "forecast" or not _MODAL_BEFORE.search(s.lowered, max(0, verb - 24), verb):
        return modality
    if s.tier == "analyst":
        return "forecast"  # an analyst's note: "Nvidia should absorb 60% of that output"
    return "forecast" if any(_frames(s, m, verb) for m in _VIEW.finditer(s.lowered)) else modality


# what may follow a view told after the share: "…, in our view.", "…, analysts said."
_VIEW_TAIL = re.compile(r"[\s,.;:)\"”’']*$")


def _frames(s: Sentence, view: re.Match[str], verb: int) -> bool:
    """Whether the view frames the share: told before its verb ("We estimate Nvidia will
    take …"), or after it as "in our view" or as the sentence's closing attribution
    ("…, analysts said."); not a view of something else ("…, while analysts say prices
    will rise")."""
    if view.start() < verb or view.group().startswith("in"):
        return True
    return _VIEW_TAIL.match(s.lowered, view.end()) is not None
