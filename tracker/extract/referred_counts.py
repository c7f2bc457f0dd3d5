"""A Korean count that refers back to a count just told ("이를", "그 수를", "이 숫자를").

"지금 이곳에서 돌아가는 GB200은 20만 개 안팎이다. 오라클은 내년 6월까지 이를 40만 개
이상으로 늘릴 계획이다": what grows is the site's GB200 count, so the new figure is the
site's (not the operator's, whom the sentence names as the one doing it), for the same
chip. "레이니어에는 트레이니움2 칩이 약 50만 개 깔려 있다. … AWS는 연말까지 그 수를 100만
개로 두 배 늘린다는 계획이다" likewise. The extractor keeps the last deployment count of
the last two sentences and hands it here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.domain.claims import Quantity
from tracker.extract.analysis import Sentence
from tracker.extract.held_counts_en import held_counts
from tracker.extract.rules import Candidate

# the count just told, as the object of a change: "이를 40만 개 이상으로", "그 수를 100만 개로",
# "이를 100만 개까지" (the figure may hold 까지 itself)
# ("이를 위해": for it, no count referred to)
_BACK = re.compile(r"(?:이를|(?:그|이)\s?(?:(?:수|숫자|규모)를|물량을))\s(?:(?!위해)[^\s,]+\s)?$")
_GATE = ("이를", "수를", "숫자를", "규모를", "물량을")
_TO = re.compile(r"\s?(?:이상|이하|가량|안팎)?\s?(?:으로|로|까지)\s")
_REACH = 12
_CHIPS = ("chip", "system")


def counts_referred_back(
    s: Sentence, found: list[Candidate], last: Candidate | None
) -> list[Candidate]:
    """``found`` with the counts that refer back to ``last`` given its subject and chip,
    plus such counts the rules left unread."""
    if s.language == "en" and last is not None:
        return held_counts(s, found, last)  # "It will hold roughly 280,000 by …"
    if s.language != "ko" or not any(w in s.text for w in _GATE):
        return found
    out = list(found)
    for q in s.quantities:
        if q.unit not in ("count", ""):
            continue
        if not _BACK.search(s.text, max(0, q.start - _REACH - 8), q.start):
            continue
        if not (_TO.match(s.text, q.end) or q.text.endswith("까지")):
            continue  # "이를 위해 2만 개를": not the count's new level
        # the count just told: the sentence's own before the figure ("네이버는 B200 3,000장을
        # 운영하며, 이를 연말까지 5,000장으로"), else the last one of the sentences before
        told = _own_before(found, q.start) or last
        if told is None:
            continue
        value = Quantity(low=q.low, high=q.high, unit="count", approx=q.approx, bound=q.bound)
        own = [k for k, c in enumerate(out) if c.anchor == q.start]
        if own:
            for k in own:
                c = out[k]
                named = {m.id for m in s.mentions if m.kind in _CHIPS and not m.anaphoric}
                # a chip the sentence does not name came from the text's focus: "이를" is
                # the count just told, of its own chip
                chip = c.qualifiers if set(c.qualifiers.values()) & named else told.qualifiers
                out[k] = replace(c, subject=told.subject, qualifiers=dict(chip))
            continue
        time = s.time_for(q.start, [])
        valid = time.valid if time is not None else told.valid
        modality = s.modality(q.start, valid)
        if modality is None:
            continue
        out.append(replace(told, modality=modality, valid=valid, anchor=q.start, value=value))
    return out


def _own_before(found: list[Candidate], start: int) -> Candidate | None:
    """The sentence's last deployment count before ``start``, if any."""
    before = [c for c in found if c.predicate == "deployed_chips" and c.anchor < start]
    return max(before, key=lambda c: c.anchor) if before else None
