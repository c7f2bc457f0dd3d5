"""Loading the vocabulary: entities, places, predicates, cues and units from TOML files.

The packaged files under ``tracker/extract/vocab/`` are the default vocabulary; users add
their own files (same format) through ``Settings.vocabulary_paths``. Entities and places
from later files add aliases to, or replace, earlier ones with the same id.

The vocabulary's version is its declared version plus a short hash of every file's
bytes, so that editing any file (or adding a user file) changes the version and makes
earlier claims eligible for re-extraction.
"""

from __future__ import annotations

import functools
import hashlib
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar, cast

from tracker.errors import ExtractionError

_T = TypeVar("_T")

PACKAGED_FILES = ("entities.toml", "places.toml", "predicates.toml", "cues.toml", "units.toml")


@dataclass(frozen=True, slots=True)
class Entity:
    """A thing the extractor can name: a company, chip, technology, cluster, model, place."""

    id: str
    kind: str
    aliases: dict[str, tuple[str, ...]]
    owner: str | None = None
    maker: str | None = None
    text: str | None = None
    level: str | None = None
    parent: str | None = None
    suppliers: tuple[str, ...] = ()
    not_followed_by: tuple[str, ...] = ()
    not_preceded_by: tuple[str, ...] = ()
    # aliases that are also common words match only in their written case ("Tesla", not
    # the unit "tesla"; "Dojo", "Ascend", "Micron")
    cased: bool = False
    # aliases that name the entity only when the same text says one of ``context`` and
    # none of ``not_context`` ("Prometheus" with Meta or a data center, not with metrics)
    weak: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    not_context: tuple[str, ...] = ()
    # the accelerator one unit of a superchip or rack carries (GB300 -> B300): a figure
    # given "per GPU" for the system is that chip's specification
    gpu: str | None = None
    # the month ("2025-11") a chip or system first shipped or became generally available:
    # a specification of it said before then is an announcement (GUIDE), whatever the text
    available: str | None = None


@dataclass(frozen=True, slots=True)
class Predicate:
    """A predicate of SPEC §4 with its trigger words per language."""

    id: str
    value: str
    unit: str | None
    qualifiers: tuple[str, ...]
    time: str
    triggers: dict[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit word after a number: normalizes to ``base`` times ``factor``."""

    base: str
    factor: float
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Everything the rule extractor knows about the domain's words."""

    name: str
    version: str
    entities: dict[str, Entity]
    predicates: dict[str, Predicate]
    units: tuple[Unit, ...]
    currency_prefixes: dict[str, str]
    cues: dict[str, Any] = field(default_factory=dict)
    # cue lists by path, read once: the rules ask for the same few lists for every mention
    _cue_lists: dict[tuple[str, ...], tuple[str, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # values built from the vocabulary once (patterns, tables) by the modules that use them
    _derived: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def label(self) -> str:
        """``name@version``, recorded on every claim."""
        return f"{self.name}@{self.version}"

    def cue_list(self, *path: str) -> tuple[str, ...]:
        """A cue list by its path in cues.toml (``()`` when absent)."""
        cached = self._cue_lists.get(path)
        if cached is None:
            cached = self._cue_lists[path] = self._read_cue_list(path)
        return cached

    def derived(self, key: str, build: Callable[[Vocabulary], _T]) -> _T:
        """``build(self)``, computed once and kept with this vocabulary under ``key`` (a
        module's own name for it): the patterns and tables rules build from its entries live
        and die with it, instead of in module-level dicts keyed by ``id()``."""
        try:
            return cast("_T", self._derived[key])
        except KeyError:
            value = self._derived[key] = build(self)
            return value

    def _read_cue_list(self, path: tuple[str, ...]) -> tuple[str, ...]:
        node: Any = self.cues
        for part in path:
            if not isinstance(node, Mapping) or part not in node:
                return ()
            node = node[part]
        return tuple(str(x) for x in node) if isinstance(node, list) else ()

    def entity(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)


def _read(name: str, data: bytes) -> dict[str, Any]:
    try:
        return tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ExtractionError(f"vocabulary file {name} is not valid TOML: {exc}") from exc


def _packaged() -> list[tuple[str, bytes]]:
    root = resources.files("tracker.extract") / "vocab"
    return [(name, (root / name).read_bytes()) for name in PACKAGED_FILES]


def _user_files(paths: Iterable[str | Path]) -> list[tuple[str, bytes]]:
    files: list[tuple[str, bytes]] = []
    for raw in paths:
        path = Path(raw)
        candidates = sorted(path.glob("*.toml")) if path.is_dir() else [path]
        for candidate in candidates:
            try:
                files.append((str(candidate), candidate.read_bytes()))
            except OSError as exc:
                raise ExtractionError(
                    f"cannot read vocabulary file {candidate}: {exc.strerror}; "
                    "check Settings.vocabulary_paths"
                ) from exc
    return files


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise ExtractionError(f"{where} must be a list of strings")
    return tuple(value)


def _entity(raw: Mapping[str, Any], where: str) -> Entity:
    try:
        entity_id, kind = str(raw["id"]), str(raw["kind"])
    except KeyError as exc:
        raise ExtractionError(f"{where}: an entity needs {exc.args[0]!r}") from None
    return Entity(
        id=entity_id,
        kind=kind,
        aliases={lang: _strings(raw.get(lang), f"{where}.{lang}") for lang in ("en", "ko")},
        owner=raw.get("owner"),
        maker=raw.get("maker"),
        text=raw.get("text"),
        level=raw.get("level"),
        parent=raw.get("parent"),
        suppliers=_strings(raw.get("suppliers"), f"{where}.suppliers"),
        not_followed_by=_strings(raw.get("not_followed_by"), f"{where}.not_followed_by"),
        not_preceded_by=_strings(raw.get("not_preceded_by"), f"{where}.not_preceded_by"),
        cased=_flag(raw.get("cased", False), f"{where}.cased"),
        weak=_strings(raw.get("weak"), f"{where}.weak"),
        context=_strings(raw.get("context"), f"{where}.context"),
        not_context=_strings(raw.get("not_context"), f"{where}.not_context"),
        gpu=raw.get("gpu"),
        available=_month(raw.get("available"), f"{where}.available"),
    )


def _month(value: Any, where: str) -> str | None:
    """A month written "YYYY-MM" (the form ``available`` takes), or None."""
    if value is None:
        return None
    text = str(value)
    if not re.fullmatch(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])", text):
        raise ExtractionError(f"{where} must be a month written YYYY-MM, not {text!r}")
    return text


def _flag(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise ExtractionError(f"{where} must be true or false")
    return value


def _merge_entity(old: Entity | None, new: Entity) -> Entity:
    if old is None:
        return new
    aliases = {
        lang: tuple(dict.fromkeys(old.aliases.get(lang, ()) + new.aliases.get(lang, ())))
        for lang in ("en", "ko")
    }
    return Entity(
        id=new.id,
        kind=new.kind,
        aliases=aliases,
        owner=new.owner or old.owner,
        maker=new.maker or old.maker,
        text=new.text or old.text,
        level=new.level or old.level,
        parent=new.parent or old.parent,
        suppliers=tuple(dict.fromkeys(old.suppliers + new.suppliers)),
        not_followed_by=old.not_followed_by + new.not_followed_by,
        not_preceded_by=old.not_preceded_by + new.not_preceded_by,
        cased=old.cased or new.cased,
        weak=tuple(dict.fromkeys(old.weak + new.weak)),
        context=tuple(dict.fromkeys(old.context + new.context)),
        not_context=tuple(dict.fromkeys(old.not_context + new.not_context)),
        gpu=new.gpu or old.gpu,
        available=new.available or old.available,
    )


def _predicate(raw: Mapping[str, Any], where: str) -> Predicate:
    try:
        return Predicate(
            id=str(raw["id"]),
            value=str(raw["value"]),
            unit=raw.get("unit"),
            qualifiers=_strings(raw.get("qualifiers"), f"{where}.qualifiers"),
            time=str(raw["time"]),
            triggers={lang: _strings(raw.get(lang), f"{where}.{lang}") for lang in ("en", "ko")},
        )
    except KeyError as exc:
        raise ExtractionError(f"{where}: a predicate needs {exc.args[0]!r}") from None


def _deep_merge(into: dict[str, Any], extra: Mapping[str, Any]) -> None:
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(into.get(key), dict):
            _deep_merge(into[key], value)
        elif isinstance(value, list) and isinstance(into.get(key), list):
            into[key] = list(dict.fromkeys([*into[key], *value]))
        else:
            into[key] = value


def build_vocabulary(files: Sequence[tuple[str, bytes]]) -> Vocabulary:
    """Merge parsed vocabulary files, in order, into one :class:`Vocabulary`."""
    name, declared = "custom", "0"
    entities: dict[str, Entity] = {}
    predicates: dict[str, Predicate] = {}
    units: list[Unit] = []
    prefixes: dict[str, str] = {}
    cues: dict[str, Any] = {}
    digest = hashlib.sha256()
    for file_name, data in files:
        digest.update(data)
        doc = _read(file_name, data)
        meta = doc.get("vocabulary", {})
        if "name" in meta and name == "custom":
            name, declared = str(meta["name"]), str(meta.get("version", "0"))
        for i, raw in enumerate(doc.get("entity", [])):
            ent = _entity(raw, f"{file_name}: entity[{i}]")
            entities[ent.id] = _merge_entity(entities.get(ent.id), ent)
        for i, raw in enumerate(doc.get("predicate", [])):
            pred = _predicate(raw, f"{file_name}: predicate[{i}]")
            predicates[pred.id] = pred
        for i, raw in enumerate(doc.get("unit", [])):
            where = f"{file_name}: unit[{i}]"
            try:
                units.append(
                    Unit(str(raw["base"]), float(raw["factor"]), _strings(raw["aliases"], where))
                )
            except KeyError as exc:
                raise ExtractionError(f"{where}: a unit needs {exc.args[0]!r}") from None
        prefixes.update({str(k): str(v) for k, v in doc.get("prefix", {}).items()})
        for section in (
            "modality",
            "negation",
            "tier",
            "anaphora",
            "mode",
            "comparison",
            "precision",
            "table",
            "availability",
            "anaphora_roles",
            "denial",
            "headquarters",
            "executives_ko",
            "cloud_roles",
        ):
            if section in doc:
                _deep_merge(cues.setdefault(section, {}), doc[section])
    return Vocabulary(
        name=name,
        version=f"{declared}+{digest.hexdigest()[:8]}",
        entities=entities,
        predicates=predicates,
        units=tuple(units),
        currency_prefixes=prefixes,
        cues=cues,
    )


def load_vocabulary(extra_paths: Iterable[str | Path] = ()) -> Vocabulary:
    """The packaged vocabulary plus the user's files (files or folders of ``*.toml``).

    Raises:
        ExtractionError: a file cannot be read or is not a valid vocabulary file.
    """
    return _built(tuple(_packaged() + _user_files(extra_paths)))


@functools.lru_cache(maxsize=8)
def _built(files: tuple[tuple[str, bytes], ...]) -> Vocabulary:
    """One vocabulary per set of file contents: a command asks for it several times (the
    queries' predicate table, the id check, the extractor), and parsing the TOML is ~80 ms.
    Keyed by content, so an edited file is read again."""
    return build_vocabulary(files)
