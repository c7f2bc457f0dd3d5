"""The known name nearest to a mistyped one: the "did you mean" of every refusal that
names an id, a predicate or a key (``claim add``, ``state --subject``, a feeds file)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping


def nearest(
    word: str,
    known: Iterable[str],
    *,
    aliases: Mapping[str, str] | None = None,
    cutoff: float = 0.6,
) -> str | None:
    """The id ``word`` names, or the known name closest to it, or None.

    Args:
        word: what the user typed.
        known: the names there are.
        aliases: casefolded names of ids ('엔비디아', 'nvidia' -> 'nvidia'): a name the
            vocabulary knows names its id whatever its spelling's distance.
        cutoff: the least :class:`difflib.SequenceMatcher` ratio of a suggestion.
    """
    named = (aliases or {}).get(word.casefold())
    if named:
        return named
    match = difflib.get_close_matches(word, list(known), n=1, cutoff=cutoff)
    return match[0] if match else None
