"""The shape a typed-in claim must have (tracker.domain.shapes), without a database."""

from __future__ import annotations

import pytest

from tracker.domain.claims import Quantity, TextValue
from tracker.domain.shapes import PredicateShape, check_claim_shape
from tracker.domain.spelling import nearest
from tracker.errors import ClaimError

SHAPES = {
    "investment": PredicateShape("investment", "quantity", "USD", ("target",)),
    "supply_deal": PredicateShape("supply_deal", "relation+quantity", "count", ("product",)),
    "located_in": PredicateShape("located_in", "text", None, ()),
}
ENTITIES = {"amazon", "anthropic", "nvidia", "meta", "stargate"}


def check(predicate: str, **fields: object) -> None:
    args: dict[str, object] = {"subject": "amazon", "object": None, "value": None}
    args.update(fields)
    check_claim_shape(
        SHAPES,
        ENTITIES,
        predicate=predicate,
        qualifiers=args.pop("qualifiers", {}),  # type: ignore[arg-type]
        **args,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("unit", ["USD", "KRW", "EUR"])
def test_money_is_taken_in_the_currency_it_was_reported_in(unit: str) -> None:
    check(
        "investment",
        value=Quantity(low=1e9, high=1e9, unit=unit),
        qualifiers={"target": "anthropic"},
    )


def test_a_supply_deal_may_come_with_or_without_a_count() -> None:
    check("supply_deal", subject="meta", object="nvidia")
    check(
        "supply_deal", subject="meta", object="nvidia", value=Quantity(low=5, high=5, unit="count")
    )


@pytest.mark.parametrize(
    ("predicate", "fields", "message"),
    [
        ("investment", {"value": Quantity(low=1, high=1, unit="usd")}, "counted in 'USD'"),
        ("supply_deal", {"subject": "meta"}, "give --object"),
        ("supply_deal", {"subject": "meta", "object": "nvidai"}, "did you mean 'nvidia'"),
        ("located_in", {"subject": "stargate", "object": "meta"}, "has no object"),
        ("located_in", {"subject": "stargate"}, "takes a text value"),
        ("investment", {"value": TextValue(text="a lot")}, "takes a number, not --text"),
        ("invest", {}, "did you mean 'investment'"),
    ],
)
def test_a_misshapen_claim_is_refused_with_the_reason(
    predicate: str, fields: dict[str, object], message: str
) -> None:
    with pytest.raises(ClaimError, match=message.replace("(", r"\(").replace("?", r"\?")):
        check(predicate, **fields)


def test_one_nearest_name_serves_ids_aliases_and_feeds_file_keys() -> None:
    """The three "did you mean" readers (a claim's ids, a query's subject, a feeds file's
    keys) share :func:`tracker.domain.spelling.nearest`: an alias names its id, a typo its
    nearest name, and a key compares at the feeds file's lower cutoff."""
    keys = ("url", "name", "every", "tier", "language")
    assert nearest("nvidai", ENTITIES) == "nvidia"
    assert nearest("엔비디아", ENTITIES, aliases={"엔비디아": "nvidia"}) == "nvidia"
    assert nearest("NVIDIA", ENTITIES, aliases={"nvidia": "nvidia"}) == "nvidia"
    assert nearest("zzz", ENTITIES) is None
    assert nearest("lang", keys, cutoff=0.5) == "language"
    assert [nearest(k, keys, cutoff=0.5) for k in ("evry", "teir")] == ["every", "tier"]
