"""A status said in a closing parenthesis (English): "Meta / Google Cloud: TPU rental (in
talks)", "Meta: renting TPUs through Google Cloud (talks ongoing)", a digest's or a
tracker table's way of saying where a deal stands. The parenthesis is an aside, so the
statement's own cues never see it; when it holds nothing but a status, it governs the
statement as a cue in the clause would ("(in talks)" considering, "(announced)" announced,
"(expected)" forecast). A parenthesis with a figure, a name or a date is no status, and a
status of fact ("(signed)", "(done)") adds nothing to a statement of fact."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tracker.domain.claims import Modality

if TYPE_CHECKING:
    from tracker.extract.modality import ModalityCues

# a short closing parenthesis at the end of the sentence, words only (no digits, no name)
_CLOSING_STATUS = re.compile(r"\((?P<status>[a-z][a-z ,;'’-]{2,40})\)\s*[.;]?\s*$")
# status words a clause's cue lists hold only in longer phrases ("in talks", "is expected")
_STATUS_WORDS: tuple[tuple[re.Pattern[str], Modality], ...] = (
    (re.compile(r"\b(?:talks|negotiat\w*|discuss\w*|consider\w*|explor\w*)\b"), "considering"),
    (re.compile(r"\b(?:expected|projected|forecast)\b"), "forecast"),
    (re.compile(r"\b(?:planned|proposed|intended|targeted)\b"), "planned"),
)


def status_label(
    sentence: str, cues: ModalityCues, language: str, found: Modality | None
) -> Modality | None:
    """The modality a closing status parenthesis gives the sentence, else ``found``; it
    overrides only no cue, an actual or a bare plan."""
    if language != "en" or found not in (None, "actual", "planned"):
        return found
    if not sentence.rstrip().endswith((")", ").", ");")):
        return found  # cheap gate
    label = _CLOSING_STATUS.search(sentence)
    if label is None:
        return found
    status = label.group("status")
    modality = cues.governing(status, "en", len(status))
    if modality is None or modality == "actual":
        modality = next((m for pattern, m in _STATUS_WORDS if pattern.search(status)), None)
    return modality if modality not in (None, "actual") else found
