"""The table of names continued after a version number ("NVLink 5 Fusion") is built from a
prefix index; it must equal the plain all-pairs construction, order included."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tracker.extract.entities import _VERSION, _versioned_names
from tracker.extract.vocabulary import Entity, Vocabulary, load_vocabulary


def all_pairs(vocabulary: Vocabulary) -> dict[str, list[tuple[str, str]]]:
    """The oracle: every alias against every alias of another entity."""
    aliases = [
        (alias, entity)
        for entity in vocabulary.entities.values()
        for names in entity.aliases.values()
        for alias in names
    ]
    table: dict[str, list[tuple[str, str]]] = {}
    for short, short_entity in aliases:
        for long, long_entity in aliases:
            if long_entity.id == short_entity.id or not long.lower().startswith(short.lower()):
                continue
            rest = long[len(short) :].strip()
            if rest and long[len(short)].isspace():
                pattern = _VERSION + re.escape(rest) + r"(?![A-Za-z0-9])"
                table.setdefault(short.lower(), []).append((pattern, long_entity.id))
    return table


def built(vocabulary: Vocabulary) -> dict[str, list[tuple[str, str]]]:
    return {
        head: [(pattern.pattern, entity.id) for pattern, entity in entries]
        for head, entries in _versioned_names(vocabulary).items()
    }


def vocabulary_of(names: list[list[str]]) -> Vocabulary:
    entities = {
        f"e{i}": Entity(id=f"e{i}", kind="technology", aliases={"en": tuple(aliases)})
        for i, aliases in enumerate(names)
    }
    return Vocabulary("t", "1", entities, {}, (), {})


def test_the_packaged_vocabulary_gives_the_all_pairs_table() -> None:
    vocabulary = load_vocabulary()

    assert list(built(vocabulary).items()) == list(all_pairs(vocabulary).items())


def test_a_name_that_starts_another_entitys_name_gets_the_rest_as_a_pattern() -> None:
    vocabulary = vocabulary_of([["NVLink"], ["NVLink Fusion", "nvlink  switch"], ["NV"]])

    assert built(vocabulary) == {
        "nvlink": [
            (_VERSION + "Fusion" + r"(?![A-Za-z0-9])", "e1"),
            (_VERSION + "switch" + r"(?![A-Za-z0-9])", "e1"),
        ]
    }


words = st.sampled_from(["Link", "link", "NV", "Fusion", "X", "칩", "HBM", "3", ""])
names = st.lists(words, min_size=1, max_size=3).map(" ".join)


@given(st.lists(st.lists(names, min_size=1, max_size=3), min_size=1, max_size=6))
def test_any_aliases_give_the_all_pairs_table(aliases: list[list[str]]) -> None:
    vocabulary = vocabulary_of(aliases)

    assert list(built(vocabulary).items()) == list(all_pairs(vocabulary).items())
