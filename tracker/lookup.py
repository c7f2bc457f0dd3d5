"""Ids a user typed (a subject, a predicate), checked against the vocabulary.

Shared by the command line and the HTTP API: an answer that came back empty for an id the
vocabulary does not know is a typo, not "nothing is known".
"""

from __future__ import annotations

from tracker.app import Tracker
from tracker.domain.spelling import nearest
from tracker.errors import QueryError
from tracker.extract.vocabulary import load_vocabulary


def check_known(t: Tracker, *, subject: str | None = None, predicate: str | None = None) -> None:
    """Refuse a subject or predicate the vocabulary does not know, naming the nearest id.

    Called when an answer came back empty: a typo ('nvidai', 'capcity', an alias such as
    'Nvidia' for the id 'nvidia') would otherwise read as "nothing is known about it".

    Raises:
        QueryError: the id is unknown.
    """
    vocabulary = load_vocabulary(t.settings.vocabulary_paths)
    if subject is not None and subject not in vocabulary.entities:
        aliases = {
            name.casefold(): entity.id
            for entity in vocabulary.entities.values()
            for names in entity.aliases.values()
            for name in names
        }
        hint = nearest(subject.casefold(), vocabulary.entities, aliases=aliases)
        raise QueryError(f"unknown subject {subject!r}{_did_you_mean(hint)}")
    if predicate is not None and predicate not in vocabulary.predicates:
        hint = nearest(predicate.casefold(), vocabulary.predicates)
        raise QueryError(f"unknown predicate {predicate!r}{_did_you_mean(hint)}")


def _did_you_mean(hint: str | None) -> str:
    return f" (did you mean {hint!r}?)" if hint else "; see the vocabulary files"
