"""Relative years in English translated from Korean or another language: "in last year",
"in this year", "in next year" (a word-for-word "작년에", "올해에", "내년에") carry a
preposition that English leaves out before a relative year. They read as the bare year,
so what a bare "last year" means after a past act (an investment made, a deal signed: the
act's time, the standing fact holds at publication) holds for them too."""

from __future__ import annotations

_BARE_IN_ENGLISH = frozenset({"last year", "this year", "next year"})


def bare_relative_pre(pre: str, rely: str | None) -> str:
    """The preposition a relative year is read with: none for "in" before last, this or
    next year (they take none in English), else ``pre`` unchanged."""
    if pre.strip() == "in" and rely in _BARE_IN_ENGLISH:
        return ""
    return pre
