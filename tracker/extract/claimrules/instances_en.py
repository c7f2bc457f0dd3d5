"""Instances of a cloud's own chip are rented from that cloud (English): "Kakao runs parts of
its inference on Trn2 instances", "Anthropic serves Claude from TPU instances". A chip that
only a hyperscaler makes (Trainium, Google's TPUs, Maia) is had as instances only through
its maker's cloud: an adoption in the cloud, via the maker, when the sentence says no mode
of its own. The maker offering its own instances is no rental ("AWS launched Trn2
instances": its own premises, told elsewhere)."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.text import Span

# "Trn2 instances", "TPU virtual machines", "Trn3 UltraServers" (AWS's servers of its chip,
# rented as instances)
_INSTANCES = re.compile(
    r"(?:\s[\w-]+)?\s(?:instances?|virtual\smachines|vms|ultraservers?)\b", re.IGNORECASE
)


def instances_mode(
    s: Sentence, clause: Span, subject: Mention, product: Mention, qualifiers: dict[str, str]
) -> dict[str, str]:
    """``qualifiers``, or the cloud of the product's maker when the clause uses the product
    as instances and says no mode."""
    if qualifiers or s.language != "en" or product.anaphoric:
        return qualifiers
    maker = product.entity.maker
    if maker is None or maker == subject.id or not clause.start <= product.start < clause.end:
        return qualifiers
    if maker not in s.vocabulary.cue_list("cloud_roles", "hyperscaler_cloud"):
        return qualifiers
    if _INSTANCES.match(s.text, product.end) is None:
        return qualifiers
    return {"mode": "cloud", "via": str(maker)}
