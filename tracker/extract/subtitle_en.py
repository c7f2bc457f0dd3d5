"""The heading line right after a document's opening title (a subtitle, or the first line
of a body whose own title came apart from it):

    Sustainability Report 2026 — Responsible Growth in AI Memory (excerpt)

    SK hynix Sustainability Report 2026 — excerpt from Chapter 3

A company's own text whose title names no company may name itself in the line after it;
who "we" is should not depend on which of the two lines the feed kept as the title.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tracker.extract.entities import Mention
from tracker.extract.vocabulary import Entity


def subtitle(text: str) -> str:
    """The text's second paragraph when it stands as a heading: one line, followed by a
    blank line, with no final period; else ""."""
    paragraphs = text.lstrip().split("\n\n", 2)
    if len(paragraphs) < 3:
        return ""
    line = paragraphs[1].strip()
    if not line or "\n" in line or line.endswith((".", ":", "?", "!")) or _BYLINE.match(line):
        return ""  # "By the OCI Infrastructure Team": who wrote it, not whose text it is
    return line


_BYLINE = re.compile(r"(?:by|posted\sby|written\sby|from)\s", re.I)


# a heading that ends in whose page it is: "Data Center Technician, GPU Operations (Memphis,
# TN) — xAI", "Careers | Nscale", "Sustainability Report 2026 – SK hynix"
_ENDS_WITH_OWNER = re.compile(r"\s[—–|-]\s(?P<owner>[^—–|]{2,40})$")


def heading_owner(title: str, text: str, find: Callable[[str], list[Mention]]) -> Entity | None:
    """The one company a company text's title or the line under it ends with, after a dash
    or a bar (a job posting's, a page's owner): whose text it is, before any vote on what
    "our" products are."""
    for line in (title, subtitle(text)):
        owner = _ENDS_WITH_OWNER.search(line.strip()) if line else None
        if owner is None:
            continue
        named = {m.id: m.entity for m in find(owner.group("owner")) if m.kind == "company"}
        if len(named) == 1:
            return next(iter(named.values()))
    return None


__all__ = ["heading_owner", "subtitle"]
