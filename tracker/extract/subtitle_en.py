"""The heading line right after a document's opening title (a subtitle, or the first line
of a body whose own title came apart from it):

    Sustainability Report 2026 — Responsible Growth in AI Memory (excerpt)

    SK hynix Sustainability Report 2026 — excerpt from Chapter 3

A company's own text whose title names no company may name itself in the line after it;
who "we" is should not depend on which of the two lines the feed kept as the title.
"""

from __future__ import annotations

import re


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


__all__ = ["subtitle"]
