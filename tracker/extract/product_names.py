"""One product under two names: a family and its member ("Ironwood TPU", "Blackwell B200")
read as one mention of the member, and whether one vocabulary entry names the family of
another (which the discourse focus also asks: "Ironwood … the TPU" stays Ironwood).
"""

from __future__ import annotations

import re
from itertools import pairwise

from tracker.extract.entities import Mention
from tracker.extract.vocabulary import Entity

_PRODUCT_NAME_KINDS = ("chip", "system")
_NAME_GAP = re.compile(r"[ \u00a0-]?")


def compound_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """One product named by two names written together is one mention of the narrower.

    A family noun after a member's name is the head of one noun phrase ("Ironwood TPU",
    "Trainium2 Trainium chips", "Gaudi 3 Gaudi"), and a member's name after its family's
    is the narrower name ("Blackwell B200", "Ascend 910C"): either way the product is the
    member, and a figure next to the family noun is the member's.
    """
    if len(mentions) < 2:
        return mentions
    dropped: set[int] = set()
    for a, b in pairwise(mentions):
        if a.kind not in _PRODUCT_NAME_KINDS or b.kind not in _PRODUCT_NAME_KINDS:
            continue
        if a.id == b.id or not _NAME_GAP.fullmatch(text, a.end, b.start):
            continue
        if _family_of(b.entity, a.entity):
            dropped.add(id(b))  # "Ironwood TPU": the head noun names the family
        elif _family_of(a.entity, b.entity):
            dropped.add(id(a))  # "Blackwell B200": the family's name qualifies the member
    if not dropped:
        return mentions
    return [m for m in mentions if id(m) not in dropped]


def _family_of(family: Entity, member: Entity) -> bool:
    """Whether ``family`` names the family ``member`` belongs to: one of its aliases is a
    word of one of the member's ("TPU" in "TPU v7", "Trainium" in "Trainium2")."""
    # a pure function of two vocabulary entries, asked for every mention the focus holds:
    # kept per pair (by identity; the entries are held too, so an identity is never reused)
    key = (id(family), id(member))
    hit = _FAMILY_OF.get(key)
    if hit is None or hit[0] is not family or hit[1] is not member:
        if len(_FAMILY_OF) >= 4096:
            _FAMILY_OF.clear()
        hit = _FAMILY_OF[key] = (family, member, _family_of_uncached(family, member))
    return hit[2]


_FAMILY_OF: dict[tuple[int, int], tuple[Entity, Entity, bool]] = {}


def _family_of_uncached(family: Entity, member: Entity) -> bool:
    if family.id == member.id:
        return False
    if member.parent == family.id:
        return True
    names = [a.lower() for lang in member.aliases.values() for a in lang]
    return any(
        _has_word(name, alias.lower()) for alias in family.aliases.get("en", ()) for name in names
    )


def _has_word(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` with no ASCII letter right before or after it
    (the regex ``(?<![a-z])word(?![a-z])``, without compiling one per pair of names)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at > 0 else ""
        after = text[end] if end < len(text) else ""
        if not ("a" <= before <= "z") and not ("a" <= after <= "z"):
            return True
        at = text.find(word, at + 1)
    return False
