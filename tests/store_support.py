"""Event types and helpers used only by the store's tests."""

from __future__ import annotations

from typing import Any

from tracker.domain.events import Event, EventRegistry, NewEvent, registry


@registry.register
class Noted(Event):
    """A small test event (about the size of a real feed event)."""

    type_name = "TestNoted"

    n: int
    text: str = ""


def noted(n: int, key: str | None = None, text: str = "") -> NewEvent:
    return NewEvent(Noted(n=n, text=text), idempotency_key=key)


def make_versioned_registry() -> tuple[EventRegistry, EventRegistry, type[Event], type[Event]]:
    """A registry holding v1 of an event (for writing) and one holding v2 (for reading)."""
    old = EventRegistry()
    new = EventRegistry()

    @old.register
    class RenamedV1(Event):
        type_name = "TestRenamed"
        schema_version = 1
        title: str

    @new.register
    class RenamedV2(Event):
        type_name = "TestRenamed"
        schema_version = 2
        headline: str
        words: int

    @new.upcaster("TestRenamed", 1)
    def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
        title = data.pop("title")
        return {"headline": title, "words": len(title.split())}

    return old, new, RenamedV1, RenamedV2
