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


# the provider's side of a rental: "leases GB300 capacity to OpenAI", "rents out TPUs to
# Meta" (the lessor's verb a few words before the product, the customer after "to")
_LEASED_BEFORE = re.compile(
    r"\b(?:rent|rents|rented|renting|lease|leases|leased|leasing)(?:\sout)?\s(?:[\w’'-]+\s){0,3}$"
)
_LEASED_TO = re.compile(
    r"(?:s|['’]s)?\s(?:(?:capacity|instances|compute|clusters?|servers?)\s)?(?:[\w-]+\s){0,2}?to\s"
)


def rented_out(lowered: str, start: int, end: int) -> bool:
    """Whether the product at ``[start, end)`` is rented out by the clause's subject to a
    customer named after "to": a rental (the customer's ``adopts``), not a sale, whatever
    contract word the sentence also has ("leases GB300 capacity to OpenAI under a
    five-year contract")."""
    if "rent" not in lowered and "leas" not in lowered:
        return False  # cheap gate
    if not _LEASED_BEFORE.search(lowered, max(0, start - 40), start):
        return False
    return _LEASED_TO.match(lowered, end) is not None
