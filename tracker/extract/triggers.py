"""The vocabulary's trigger words compiled: one pattern per (predicate, language), which
Sentence.trigger_pos searches (an English trigger is a stem at a word start, a one-syllable
Korean one a word of its own, a Korean verb stem found in its fused forms too)."""

from __future__ import annotations

import re

from tracker.extract.korean_verbs import inflected, polite
from tracker.extract.patterns import word_trie
from tracker.extract.vocabulary import Vocabulary


def compile_triggers(vocabulary: Vocabulary) -> dict[tuple[str, str], re.Pattern[str]]:
    """One alternation per (predicate, language) over the lower-cased trigger words."""
    table: dict[tuple[str, str], re.Pattern[str]] = {}
    for predicate in vocabulary.predicates.values():
        for lang, listed in predicate.triggers.items():
            words = list(listed)
            if lang == "ko":
                # "쓰" also finds 쓴다, 썼다 and 써: the fused forms of verb stems
                # and the formal polite 씁니다
                fused = [f for w in words for f in (*inflected(w), *polite(w))]
                words = list(dict.fromkeys([*words, *fused]))
            if words:
                ordered = sorted((w.lower() for w in words), key=len, reverse=True)
                # grouped by first character, each group a trie (tracker.extract.patterns):
                # the same matches, found by the engine's fast scan instead of every word
                # at every position
                if lang == "en":
                    # English triggers are stems at a word start ("sign" is not in "design")
                    words_ = [w for w in ordered if w[:1].isalpha()]
                    rest = [w for w in ordered if not w[:1].isalpha()]
                    parts = (word_trie(words_, "[a-z]"), word_trie(rest))
                else:
                    # a one-syllable Korean trigger is a word of its own ("랙" is not in "블랙웰")
                    short = [w for w in ordered if len(w) == 1]
                    longer = [w for w in ordered if len(w) > 1]
                    parts = (word_trie(longer), word_trie(short, "[가-힣]"))
                table[(predicate.id, lang)] = re.compile("|".join(p for p in parts if p))
    return table
