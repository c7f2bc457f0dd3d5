"""How the query commands' tables write values, times and sources in their cells:
``~500,000 count``, ``<= 7.4 TB/s``, ``by 2026-12-31``, ``press: reuters``. The JSON
answers keep base units and every field; these are for people reading a table.
"""

from __future__ import annotations

import re

from tracker.domain.answers import ClaimView
from tracker.domain.claims import Quantity, TextValue

UTC_NOTE = "reported dates in UTC"
"""Said under every table with a date-only reported column: a Korean article of 09:00 KST
on 3 December was reported on 2 December, UTC, which is the clock --known-at reads."""
QUOTE_CHARS = 300


def clip(text: str, limit: int = QUOTE_CHARS) -> str:
    """A quote for a table cell: whole up to ``limit`` characters, else cut at a word with
    an ellipsis (a quote cut mid-word, "more t", reads as a different sentence)."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def _number(x: float) -> str:
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{x:.4g}"


_SI = ((1e18, "E"), (1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k"))
_SI_UNITS = frozenset(("B", "B/s", "FLOP/s"))
_MONEY = re.compile(r"[A-Z]{3}")


def _scale(x: float, unit: str) -> tuple[float, str]:
    """The factor and unit label people would write ``x`` with: ``7.4 TB/s``, ``4.6
    PFLOP/s``, ``11 bn USD`` (the JSON output keeps base units)."""
    if unit in _SI_UNITS:
        steps = [(factor, prefix + unit) for factor, prefix in _SI]
    elif _MONEY.fullmatch(unit):
        steps = [(1e12, f"tn {unit}"), (1e9, f"bn {unit}"), (1e6, f"m {unit}")]
    else:
        return 1.0, unit
    for factor, label in steps:
        # compare the rounded figure: 999,999,999.9 USD is "1 bn USD", not "1000 m USD"
        if abs(float(f"{x / factor:.4g}")) >= 1:
            return factor, label
    return 1.0, unit


def _amount(x: float, factor: float) -> str:
    return _number(x) if factor == 1.0 else f"{x / factor:.4g}"


def value_text(claim: ClaimView) -> str:
    """A claim's value for a table cell: ``~500,000 count``, ``<= 7.4 TB/s``, ``-> google``."""
    v = claim.value
    parts: list[str] = []
    if claim.object:
        parts.append(f"-> {claim.object}")
    if isinstance(v, Quantity):
        sign = {"at-least": ">= ", "at-most": "<= "}.get(v.bound, "")
        # a range is written with its smaller end's prefix, so neither end reads "5e-10"
        factor, unit = _scale(min(abs(v.low), abs(v.high)) or v.high, v.unit)
        amount = _amount(v.low, factor)
        if not v.is_point:
            amount += f"-{_amount(v.high, factor)}"
        parts.append(f"{sign}{'~' if v.approx else ''}{amount} {unit}")
    elif isinstance(v, TextValue):
        parts.append(v.text)
    return ", ".join(parts) or "-"


def change_text(change: float | None, ratio: float | None, unit: str) -> str:
    """A revision's change from the previous report, written like a value: ``+30,000
    wafer/month (+31.6%)``, ``-2.5 bn USD``."""
    if change is None:
        return ""
    factor, label = _scale(abs(change), unit)
    text = f"{'-' if change < 0 else '+'}{_amount(abs(change), factor)} {label}"
    return text if ratio is None else f"{text} ({ratio:+.1%})"


def valid_text(claim: ClaimView) -> str:
    v = claim.valid
    if v.kind == "deadline":
        return f"by {v.end}"
    if v.kind == "open":
        return f"from {v.start}"
    if v.start == v.end:
        return str(v.start)
    return f"{v.start}..{v.end}"


def qualifiers_text(q: dict[str, str]) -> str:
    return ",".join(f"{k}={v}" for k, v in sorted(q.items()))


def source_text(claim: ClaimView, feeds: dict[str, str] | None = None) -> str:
    """``tier: where``: the feed's name when the claim came from a feed, else the user's
    note, else the article's file name or address, else the document id."""
    src = claim.source
    where = (feeds or {}).get(src.feed or "") or src.note or _short_url(src.url)
    return f"{src.tier}: {where or src.document_id or claim.asserted_by}"


def _short_url(url: str | None) -> str | None:
    """A file's name, or a web page's host and path: enough to recognise the source."""
    if not url:
        return None
    scheme, _, rest = url.partition("://")
    if scheme == "file":
        return rest.rsplit("/", 1)[-1]
    return rest[:60]


def predicate_text(predicate: str, qualifiers: dict[str, str]) -> str:
    return predicate + (f" ({qualifiers_text(qualifiers)})" if qualifiers else "")
