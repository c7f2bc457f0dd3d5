"""English alternatives not taken: "buys GB300s rather than renting them", "instead of
leasing capacity from Oracle, OpenAI will run …". The gerund phrase after "rather than" or
"instead of" names what the subject does *not* do, so its verb triggers nothing, its
rental words set no cloud mode, and the provider it names is no party to the statement."""

from __future__ import annotations

import re

# "rather than renting them", "instead of leasing capacity from Oracle": the gerund and
# what follows it up to a comma, a semicolon or the sentence end
_ALTERNATIVE = re.compile(r"\b(?:rather\sthan|instead\sof)\s(?:\w+\s)?\w+(?<!th)ing\b[^,;.]*", re.I)


def alternative_spans(lowered: str) -> list[tuple[int, int]]:
    """Where the alternatives not taken lie in the sentence."""
    if "rather than" not in lowered and "instead of" not in lowered:
        return []
    return [(m.start(), m.end()) for m in _ALTERNATIVE.finditer(lowered)]


def blank_alternatives(text: str) -> str:
    """The text with each alternative not taken blanked out (same length, same offsets)."""
    for start, end in alternative_spans(text.lower()):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# a technology named as the one not used: "linked by an Ethernet fabric rather than NVLink",
# "instead of InfiniBand", "in place of CoWoS", "over Ethernet, not NVLink", "without HBM4"
_NOT_USED_BEFORE = re.compile(
    r"\b(?:rather\sthan|instead\sof|in\splace\sof|as\san\salternative\sto|without|,\snot"
    r"|and\snot|but\snot|unlike)\s(?:the\s|an?\s|its\s|[\w-]+['’]s\s){0,2}$",
    re.I,
)


def named_as_not_used(lowered: str, start: int) -> bool:
    """Whether the name at ``start`` is a technology named as the one not used."""
    return bool(_NOT_USED_BEFORE.search(lowered, max(0, start - 40), start))


# what an earlier telling said, which the sentence sets right: "after earlier reports -
# including this one - said Amazon's Trainium chips were part of the package", "An earlier
# version of this story said Amazon had invested $8 billion in OpenAI"
_EARLIER_TELLING_EN = re.compile(
    r"\b(?:an?\s|the\s)?(?:earlier|previous|prior|original|initial)\s(?:version\sof\s(?:this|the)"
    r"\s(?:article|story|report|item|piece|post)|(?:news\s|media\s|press\s)?reports?|articles?"
    r"|stor(?:y|ies))\b[^.;]{0,60}?\b(?:said|stated|reported|suggested|claimed|had\ssaid"
    r"|incorrectly\s\w+|wrongly\s\w+|erroneously\s\w+)\b",
    re.I,
)

_EARLIER_WORDS = ("earlier", "previous", "prior", "original", "initial")
_TELLING_ENDS = re.compile(r";|\bbut\b|\bhowever\b|\bthe\scompany\snow\b", re.I)


def earlier_telling(text: str, lowered: str | None = None) -> tuple[int, int] | None:
    """Where an English sentence retells what an earlier version or earlier reports said:
    from the cue to the end of its statement (a semicolon or a "but" sets it right).
    ``lowered`` is the text in lower case, when the caller holds it already."""
    lowered = text.lower() if lowered is None else lowered
    if not any(word in lowered for word in _EARLIER_WORDS):
        return None  # most sentences name no earlier telling: skip the full pattern
    told = _EARLIER_TELLING_EN.search(text)
    if told is None:
        return None
    end = _TELLING_ENDS.search(text, told.end())
    return told.start(), end.start() if end is not None else len(text)
