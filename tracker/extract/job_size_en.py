"""An English count of the chips one job ran on ("Our first full-scale run was continued
pretraining on 4,000 GPUs", "the training job spanned 2,048 H100s", "a fine-tuning
experiment using 512 GPUs"): the size of a run, not the fleet that holds it. The noun
must be a run or job named with a determiner, so a verb ("Naver runs 4,000 GPUs") or a
fleet after the preposition ("runs its jobs on a fleet of 20,000 GPUs") is untouched."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.quantities import QuantityMatch

_JOB_ON = re.compile(
    r"\b(?:our|the|its|their|a|an|this|that|each|every)\s(?:[\w-]+\s){0,3}?"
    r"(?:run|job|experiment)s?\b(?!\s(?:rate|time)\b)[^.;:]{0,80}?"
    r"\b(?:on|across|using|spanned|spanning|used)\s(?:(?:up\sto|about|roughly|some|over)\s)?$",
    re.I,
)


def job_size(s: Sentence, q: QuantityMatch) -> bool:
    """Whether count ``q`` is the number of chips one run or job used."""
    if s.language != "en":
        return False
    return _JOB_ON.search(s.text, max(0, q.start - 140), q.start) is not None
