"""Word alternations the regex engine can scan fast.

Python's engine skips ahead in C to the next place a match can start only when a pattern
opens with a literal, a character set or a branch of literals. A word list written as
``(?<![a-z])(?:sign|sell|buy)`` opens with a lookbehind, so the engine tries every word
at every position of the text; a case-insensitive list cannot use the shortcut either.
Grouping the words by their first character, with the boundary check moved behind that
character, gives a pattern that matches exactly the same text at exactly the same places
and opens with a branch of literals::

    s(?<![a-z]s)(?:ign|ell)|b(?<![a-z]b)(?:uy)

Words with different first characters never match at one place, so the first word that
matches at a place is the same in both forms; within a group the order is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def by_first_char(words: list[str], not_after: str = "", *, escape: bool = True) -> str:
    """An alternation of ``words`` grouped by first character, each group in order.

    Args:
        words: the alternatives, in the order they are to be tried (longest first, usually).
        not_after: a one-character class (``"[a-z]"``) that must not come right before a
            match, as a lookbehind ``(?<!not_after)`` in front of the plain alternation
            would require.
        escape: ``False`` when the words are already regex fragments; each must then
            open with one plain character (a letter, a digit or a syllable).

    Returns:
        The alternation, without an enclosing group.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        if not word:
            raise ValueError("an empty alternative matches everywhere")
        groups.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in groups.items():
        head = re.escape(first) if escape else first
        guard = f"(?<!{not_after}{head})" if not_after else ""
        body = "|".join(re.escape(r) if escape else r for r in rests)
        parts.append(f"{head}{guard}(?:{body})")
    return "|".join(parts)


_Node = dict[str, "_Node"]  # a trie: each next character's node, "" where a word ends


def word_trie(words: list[str], not_after: str = "") -> str:
    """by_first_char of a word list where a word always comes before its own prefixes
    (longest first, usually), with each group's words written as a trie:
    ``s(?:hip(?:s|))`` for ships, ship. The engine then reads each character after the
    first once instead of once per word of the group.

    The same matches at the same places, and on backtracking the same next choice: the
    words that can match at one place are prefixes of one another, so the flat alternation
    (longer before shorter) takes the longest of them first, then the next longest; the
    trie tries a longer path before ending at a shorter word, in the same order.

    Raises:
        ValueError: if a word comes after a longer word it opens, or is empty.
    """
    root: _Node = {}
    for word in words:
        if not word:
            raise ValueError("an empty alternative matches everywhere")
        node = root
        for char in word:
            if "" in node and node is not root:
                raise ValueError(f"{word!r} comes after its prefix: the trie would differ")
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def body(node: _Node) -> str:
        branches = [re.escape(c) + body(child) for c, child in node.items() if c]
        if "" in node and branches:
            branches.append("")  # ending here is tried after every longer word
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" if branches else ""

    parts = []
    for first, child in root.items():
        head = re.escape(first)
        guard = f"(?<!{not_after}{head})" if not_after else ""
        parts.append(f"{head}{guard}{body(child)}")
    return "|".join(parts)


# the non-ASCII letters re.IGNORECASE lets stand for an ASCII one (all of them, checked
# over every code point): "İ" and "ı" for i, "ſ" for s, the Kelvin sign for k
_FOLDS = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def _folded(char: str) -> str:
    return "".join(dict.fromkeys((char.lower(), char.upper(), *_FOLDS.get(char.lower(), ""))))


def caseless_pairs(openings: Iterable[str]) -> str:
    """An alternation of two-character classes, each opening's first character followed
    by one of its other characters, in any case as re.IGNORECASE would match them
    (letters and digits only): ``"q12"`` stands for q1, q2, Q1 and Q2.

    Meant as a lookahead in front of a case-insensitive pattern whose every match opens
    with one of these pairs: the engine checks plain classes at each position (cheap) and
    enters the pattern only where a match can start.
    """
    return "|".join(f"[{_folded(o[0])}][{''.join(_folded(c) for c in o[1:])}]" for o in openings)
