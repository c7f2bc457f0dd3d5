"""English rental phrasings: who the way in to a rented product is.

"Meta has held talks with Amazon Web Services about renting Trainium capacity", "Apple
signed a deal with Google to rent TPUs": the company a customer talks or deals *with*
about renting is the provider it rents through (``adopts`` with ``via``), as "through
AWS" or "on Google Cloud" already say.
"""

from __future__ import annotations

import re

# "with <Provider> about/to/over renting", "with <Provider> to rent": within a few words
# ("talking to <Provider> about renting": the partner of a conversation, as "with")
_WITH_BEFORE = re.compile(r"\b(?:with|(?:talk\w*|spoke|speaking|turned|turning)\sto)\s(?:the\s)?$")
_RENTAL_AFTER = re.compile(
    # a few words of the provider's name or unit ("Web Services", "'s cloud unit"), not a
    # new verb phrase ("… and plans to rent")
    r"^(?:['’]s\s[\w-]+|\s(?!and\b|but\b|while\b|which\b|who\b)[\w-]+){0,3}?"
    r"\s(?:about|to|over|for|on)\s(?:\w+\s)?"
    r"(?:rent\w*|leas\w*|capacity|cloud)\b"
)


def rental_partner(lowered: str, start: int, end: int) -> bool:
    """Whether the company at ``[start, end)`` is the partner a customer rents through:
    named after "with" and followed by a rental ("about renting", "to rent")."""
    if "rent" not in lowered and "leas" not in lowered:
        return False  # cheap gate
    if not _WITH_BEFORE.search(lowered, max(0, start - 20), start):
        return False
    return bool(_RENTAL_AFTER.match(lowered[end : end + 60]))
