"""Claims of one table row (see :mod:`tracker.extract.tables`): specifications and
supply columns at the publication date."""

from __future__ import annotations

import re

from tracker.domain.claims import Modality
from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate
from tracker.extract.tables import read_row
from tracker.extract.timex import point_at


def table_candidates(s: Sentence) -> list[Candidate]:
    """The claims of one table row (see :mod:`tracker.extract.tables`): specifications
    and supply columns, at the publication date, actual unless the product is upcoming."""
    if s.table is None:
        return []
    lang = s.language
    vocab = s.vocabulary
    found = read_row(
        s.text,
        s.table,
        s.mentions,
        vocab.cue_list("precision", "tokens"),
        _cue_pattern(vocab.cue_list("table", f"supplier_{lang}")),
        s.triggers.get(("chips_per_system", lang)),
        _cue_pattern(vocab.cue_list("table", f"per_chip_{lang}")),
    )
    valid = point_at(s.published)
    # a row dated ahead ("MI450 (AMD)   2H26   432 GB HBM4") is of a product not out yet
    dated_ahead = any(s.future(t.valid) for t in s.times)
    out: list[Candidate] = []
    for c in found:
        modality: Modality = "actual"
        if c.predicate != "supply_deal" and (c.subject in s.upcoming or dated_ahead):
            modality = "announced"
        out.append(
            Candidate(
                c.subject,
                c.predicate,
                modality,
                valid,
                c.anchor,
                c.qualifiers,
                c.object,
                c.value,
                confidence=0.75,
            )
        )
    return out


_CUE_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _cue_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive alternation over a cue list (cached; never matches when empty)."""
    pattern = _CUE_PATTERNS.get(words)
    if pattern is None:
        body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        pattern = re.compile(body if body else r"(?!x)x", re.IGNORECASE)
        _CUE_PATTERNS[words] = pattern
    return pattern
