"""An English specification said once of two chips ("Both carry 288GB of HBM3E", "The two
GPUs tie again, at 8TB/s each", "The MI355X and the B300 both come with 288GB"), and a
Korean one said of the pair the sentence before named ("MI350 시리즈는 공랭식 MI350X와 수랭식
MI355X로 구성된다. 두 제품 모두 HBM3E 288GB를 탑재해 …").

A comparison names two chips together ("AMD's MI355X and Nvidia's B300 are both
shipping") and then gives figures that hold for both. The spec rule gives such a figure to
one chip, the nearest (often a third chip named in passing, or the second of the pair), so
the figure is given here to each chip of the pair: the pair named in the sentence itself,
before "both", or the last pair named together a few sentences before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate

_SPECS = ("peak_compute", "memory_capacity", "memory_bandwidth")
_KINDS = ("chip", "system")
# between the two chips of a pair: "MI355X and Nvidia's B300", "MI355X (…) and the B300"
_JOINED = re.compile(r"(?:\s\([^)]{0,40}\))?\sand\s(?:the\s)?(?:[A-Z][\w&-]*(?:['’]s)?\s)?")
# a subject that stands for the pair: "Both carry …", "The two GPUs tie …"
_PAIR_SUBJECT = re.compile(
    r"(?:both|the\stwo\s(?:gpus|chips|parts|accelerators|products|rivals|designs))\b", re.I
)
_BOTH_AFTER = re.compile(r"\s(?:both|each)\s")
# Korean: "공랭식 MI350X와 수랭식 MI355X", then "두 제품 모두 HBM3E 288GB를 탑재해 …"
_JOINED_KO = re.compile(r"\s?(?:와|과|및|,|하고)\s(?:[가-힣]+\s)?")
_PAIR_SUBJECT_KO = re.compile(
    r"(?:이\s)?(?:두|양)\s?(?:제품|칩|GPU|가속기|모델)\s?(?:모두|다|은|는|이|가)\s|둘\s?다\s"
)
_REACH = 4  # sentences a pair named before is still the one "both" means


class SharedSpecs:
    """The pair of chips last named together, and figures said of both."""

    def __init__(self) -> None:
        self._pair: tuple[str, str] | None = None
        self._at = -_REACH - 1

    def carry(self, s: Sentence, here: list[Candidate]) -> list[Candidate]:
        """``here`` with a figure said of a pair given to each chip of it."""
        korean = s.language == "ko"
        pair, end = self._named_pair(s)
        subject = (_PAIR_SUBJECT_KO if korean else _PAIR_SUBJECT).match(s.text)
        if korean:
            # a Korean pair said of in the same sentence is specs_shared's ("B300과 MI355X는
            # 나란히 288GB를 얹었다"); here only "두 제품 모두" after the pair was named
            if pair is not None:
                self._pair, self._at = pair, s.index
                return here
            if subject is None or self._pair is None or s.index - self._at > _REACH:
                return here
            return self._given(here, self._pair)
        here = _so_does(s, here)  # "B300 carries 288 GB of HBM3E, and so does the MI355X"
        if pair is not None:
            self._pair, self._at = pair, s.index
            if subject is None and _BOTH_AFTER.match(s.text, end):
                return self._given(here, pair)  # "The MI355X and the B300 both come with …"
            return here
        if subject is None or self._pair is None or s.index - self._at > _REACH:
            return here
        return self._given(here, self._pair)

    def _named_pair(self, s: Sentence) -> tuple[tuple[str, str] | None, int]:
        """The first two chips the sentence names together, and where the second ends."""
        chips = s.of_kind(_KINDS)
        joined = _JOINED_KO if s.language == "ko" else _JOINED
        for a, b in pairwise(chips):
            if a.id != b.id and joined.fullmatch(s.text, a.end, b.start):
                return (a.id, b.id), b.end
        return None, 0

    @staticmethod
    def _given(here: list[Candidate], pair: tuple[str, str]) -> list[Candidate]:
        out: list[Candidate] = []
        for c in here:
            if c.predicate not in _SPECS:
                out.append(c)
                continue
            out.extend(replace(c, subject=chip) for chip in pair)
        return out


# "…, and so does AMD's MI355X", "…, as does the MI355X": the figure said of the chip before
# holds for the one after too
_SO_DOES = re.compile(
    r",?\s(?:and\sso\s(?:does|do|did)|as\s(?:does|do|did))\s(?:the\s)?(?:[A-Z][\w&-]*['’]s\s)?$"
)


def _so_does(s: Sentence, here: list[Candidate]) -> list[Candidate]:
    """``here`` with each specification the sentence gives before "and so does <chip>"
    given to that chip as well."""
    if "does" not in s.text and "did" not in s.text and " do " not in s.text:
        return here
    chips = s.of_kind(_KINDS)
    extra: list[Candidate] = []
    for m in chips:
        hit = _SO_DOES.search(s.text, max(0, m.start - 40), m.start)
        if hit is None:
            continue
        extra.extend(
            replace(c, subject=m.id, anchor=m.start)
            for c in here
            if c.predicate in _SPECS and c.anchor < hit.start() and c.subject != m.id
        )
    return here + extra
