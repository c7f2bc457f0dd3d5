"""Claim extraction (SPEC §4): turn English and Korean news text into dated claims.

``default_extractor()`` is the rule engine configured with the packaged vocabulary plus
the user's vocabulary files; :func:`load_extractor` loads another extractor named by
``"module:factory"`` (for example one that calls a language model).
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.errors import ExtractionError
from tracker.extract.service import ExtractionService, ExtractionSummary
from tracker.extract.vocabulary import Vocabulary, load_vocabulary
from tracker.ports import Extractor

if TYPE_CHECKING:
    from tracker.extract.extractor import EXTRACTOR_NAME, EXTRACTOR_VERSION, RuleExtractor

# The rule engine (its patterns, its automaton, some sixty rule modules) is imported on
# first use, not with the package: a command that only reads the log, or needs only the
# vocabulary, starts about half a second sooner.
_LAZY = {"EXTRACTOR_NAME", "EXTRACTOR_VERSION", "RuleExtractor"}

_CACHE: dict[tuple[str, ...], RuleExtractor] = {}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from tracker.extract import extractor

        return getattr(extractor, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def default_extractor(vocabulary_paths: Iterable[str | Path] | None = None) -> RuleExtractor:
    """The rule extractor with the packaged vocabulary plus ``vocabulary_paths``.

    With no paths given, ``TRACKER_VOCABULARY_PATHS`` (the environment form of
    ``Settings.vocabulary_paths``: a JSON list, or paths joined by the OS path separator)
    is read. Extractors are cached per set of paths: building the automaton and the
    patterns once is part of the throughput budget.
    """
    if vocabulary_paths is None:
        vocabulary_paths = _settings_paths()
    from tracker.extract.extractor import RuleExtractor

    key = tuple(str(p) for p in vocabulary_paths)
    if key not in _CACHE:
        _CACHE[key] = RuleExtractor(load_vocabulary(key))
    return _CACHE[key]


def _settings_paths() -> list[str]:
    try:
        return vocabulary_paths_of(os.environ.get("TRACKER_VOCABULARY_PATHS", ""))
    except ValueError as exc:
        raise ExtractionError(f"TRACKER_VOCABULARY_PATHS {exc}") from exc


def vocabulary_paths_of(raw: str) -> list[str]:
    """Vocabulary paths as written in ``TRACKER_VOCABULARY_PATHS``: a JSON list
    (``["a.toml", "vocab/"]``), or paths joined by the OS path separator (``a.toml:vocab/``,
    as ``PATH`` is written), or one path.

    Raises:
        ValueError: a JSON list that does not parse, or is not a list of strings.
    """
    raw = raw.strip()
    if not raw.startswith("["):
        return [p for p in raw.split(os.pathsep) if p.strip()]
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"is not a JSON list: {exc}") from exc
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        raise ValueError("is not a JSON list of paths (strings)")
    return value


def load_extractor(spec: str | None, vocabulary_paths: Iterable[str | Path] = ()) -> Extractor:
    """An extractor by ``"package.module:factory"``; ``None`` or ``"rules"`` is the default.

    The factory is called with ``vocabulary_paths`` as its only argument.

    Raises:
        ExtractionError: the module or factory cannot be found, or does not give an extractor.
    """
    from tracker.extract.extractor import EXTRACTOR_NAME

    if spec in (None, "", EXTRACTOR_NAME):
        return default_extractor(list(vocabulary_paths))
    module_name, _, attr = spec.partition(":")
    try:
        factory = getattr(importlib.import_module(module_name), attr or "extractor")
    except (ImportError, AttributeError) as exc:
        raise ExtractionError(f"cannot load extractor {spec!r}: {exc}") from exc
    extractor = factory(list(vocabulary_paths))
    if not all(hasattr(extractor, a) for a in ("name", "version", "extract")):
        raise ExtractionError(f"{spec!r} did not return an extractor (name, version, extract)")
    return extractor  # type: ignore[no-any-return]


__all__ = [
    "EXTRACTOR_NAME",
    "EXTRACTOR_VERSION",
    "ExtractionService",
    "ExtractionSummary",
    "Extractor",
    "RuleExtractor",
    "Vocabulary",
    "default_extractor",
    "load_extractor",
    "load_vocabulary",
    "vocabulary_paths_of",
]
