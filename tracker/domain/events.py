"""Event models, their registry, upcasting and the envelope the store hands back.

An event is a frozen pydantic model with a stable type name and a schema version. The
registry maps ``(type name) -> current model`` and keeps upcasters that lift a stored
payload of an older schema version to the current one on read. Stored rows are never
rewritten.

The hash chain is defined here too (:func:`chain_hash`), so that the store that writes it
and the verifier that walks it cannot disagree.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from tracker.errors import EventTypeError

GENESIS_HASH = "0" * 64
"""The ``prev_hash`` of the first event in the log."""


class Event(BaseModel):
    """Base class of every event payload.

    Subclasses set ``type_name`` (part of the contract; never renamed) and
    ``schema_version`` (bumped with an upcaster whenever the payload's shape changes).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    type_name: ClassVar[str] = ""
    schema_version: ClassVar[int] = 1


class EventMetadata(BaseModel):
    """Who caused an event and why: SPEC §3 metadata."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    actor: str = "system"
    causation_id: str | None = None
    correlation_id: str | None = None


DEFAULT_METADATA = EventMetadata()
"""Shared by every event appended without metadata of its own (frozen, so safe to share)."""

Upcaster = Callable[[dict[str, Any]], dict[str, Any]]
E = TypeVar("E", bound=type[Event])


class EventRegistry:
    """Maps type names to models and holds the upcasters between schema versions."""

    def __init__(self) -> None:
        self._types: dict[str, type[Event]] = {}
        self._upcasters: dict[tuple[str, int], Upcaster] = {}

    def register(self, cls: E) -> E:
        """Class decorator: make ``cls`` the current model of its ``type_name``."""
        name = cls.type_name
        if not name:
            raise EventTypeError(f"{cls.__name__} has no type_name")
        existing = self._types.get(name)
        if existing is not None and existing is not cls:
            raise EventTypeError(f"event type {name!r} registered twice")
        self._types[name] = cls
        return cls

    def upcaster(self, type_name: str, from_version: int) -> Callable[[Upcaster], Upcaster]:
        """Decorator: register a function lifting ``type_name`` payloads one version up."""

        def decorate(fn: Upcaster) -> Upcaster:
            self._upcasters[(type_name, from_version)] = fn
            return fn

        return decorate

    def model_for(self, type_name: str) -> type[Event]:
        try:
            return self._types[type_name]
        except KeyError:
            raise EventTypeError(
                f"unknown event type {type_name!r}; is the code older than the database?"
            ) from None

    def decode(self, type_name: str, schema_version: int, payload_json: str) -> Event:
        """Turn a stored payload into the current model, upcasting older versions."""
        cls = self.model_for(type_name)
        try:
            if schema_version == cls.schema_version:
                return cls.model_validate_json(payload_json)
            data: dict[str, Any] = json.loads(payload_json)
            version = schema_version
            while version < cls.schema_version:
                step = self._upcasters.get((type_name, version))
                if step is None:
                    raise EventTypeError(
                        f"no upcaster for {type_name} from schema version {version}"
                    )
                data = step(data)
                version += 1
            if version != cls.schema_version:
                raise EventTypeError(
                    f"{type_name} stored at schema version {schema_version}, newer than "
                    f"the code's {cls.schema_version}; upgrade tracker"
                )
            return cls.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "payload"
            raise EventTypeError(
                f"stored {type_name} v{schema_version} does not validate: {where}: {first['msg']}"
            ) from exc

    def known_types(self) -> Mapping[str, type[Event]]:
        return dict(self._types)


registry = EventRegistry()
"""The process-wide registry all built-in events register with."""


@dataclass(frozen=True, slots=True)
class NewEvent:
    """An event on its way into the log, with the parts of the envelope its writer sets."""

    event: Event
    idempotency_key: str | None = None
    metadata: EventMetadata = DEFAULT_METADATA


@dataclass(frozen=True, slots=True)
class AppendRequest:
    """Events for one stream, with the version the writer expects the stream to be at.

    ``expected_version``: ``None`` accepts any version; ``0`` means the stream must not
    exist yet; ``n`` means its last event has stream version ``n``.
    """

    stream_id: str
    events: tuple[NewEvent, ...]
    expected_version: int | None = None


@dataclass(frozen=True, slots=True)
class RecordedEvent:
    """An event as stored: the envelope of SPEC §3 around the decoded payload."""

    position: int
    stream_id: str
    stream_version: int
    event_type: str
    schema_version: int
    event: Event
    metadata: EventMetadata
    recorded_at: datetime
    idempotency_key: str | None
    prev_hash: str
    hash: str


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
# json.dumps with any non-default option builds a new encoder on every call; one kept here
# encodes exactly the same text (the extractor computes a claim id per claim through it).


def canonical_json(data: Any) -> str:
    """A deterministic JSON encoding: sorted keys, no spaces, UTF-8 (for ids and hashes
    computed from values rather than from stored text)."""
    return _CANONICAL.encode(data)


def encode_payload(event: Event) -> str:
    """The JSON text of an event's payload, as it is stored and hashed.

    pydantic's serializer writes fields in declaration order, so the text is stable for
    a schema version; it need not be canonical beyond that, because the chain hashes the
    stored text itself and ``verify`` never re-encodes a payload. A value that does not
    fit its field (a model built with ``model_construct``) is an error, not a warning.
    """
    return event.model_dump_json(warnings="error")


def encode_metadata(metadata: EventMetadata) -> str:
    return metadata.model_dump_json(exclude_none=True)


def format_recorded_at(value: datetime) -> str:
    """The hashed text form of ``recorded_at``: UTC, microseconds, ``Z``."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def chain_hash(
    prev_hash: str,
    position: int,
    stream_id: str,
    stream_version: int,
    event_type: str,
    schema_version: int,
    recorded_at: str,
    idempotency_key: str | None,
    metadata_json: str,
    payload_json: str,
) -> str:
    """SHA-256 over the previous hash and every field of the envelope and payload.

    Fields are joined with a unit separator (U+001F) that canonical JSON never contains
    unescaped, so no two different envelopes encode to the same bytes.
    """
    text = "\x1f".join(
        (
            prev_hash,
            str(position),
            stream_id,
            str(stream_version),
            event_type,
            str(schema_version),
            recorded_at,
            idempotency_key if idempotency_key is not None else "\x00",
            metadata_json,
            payload_json,
        )
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
