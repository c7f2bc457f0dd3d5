"""The per-document extraction cap: a very long document is read by the extractor only
up to a set number of characters.

The rule extractor's cost grows with a document's length (a 3 MB entry took about a
minute of CPU), and nothing bounded it: one hostile or mis-served entry (a whole archive
page in one ``<content:encoded>``) stalled a poll and the daemon's tick behind it. The
cap belongs to the pipeline, not to the rules: the log keeps the whole text (the
document, its hash and its revisions are unchanged), and the extractor is handed its
first ``max_chars`` characters, cut at a paragraph or sentence end. Which documents were
cut is kept for the caller (:meth:`CappedExtractor.take_cut`), which tells the user.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tracker.domain.claims import Claim
from tracker.domain.documents import Document
from tracker.ports import Extractor

DEFAULT_MAX_CHARS = 200_000
"""About 30 long news articles' worth: no real story comes near it, and extraction reads
it in a few seconds. ``TRACKER_EXTRACT_MAX_CHARS`` changes it; 0 turns the cap off."""

_BACKTRACK = 2_000
"""How far before the cap a paragraph or sentence end is looked for, so that the last
sentence the extractor reads is whole."""


@dataclass(frozen=True, slots=True)
class CutDocument:
    """A document the extractor read only the start of."""

    document_id: str
    title: str
    url: str | None
    length: int
    read: int

    @property
    def message(self) -> str:
        """What the user is told about it, after the ``cut:`` label."""
        what = self.title or self.url or self.document_id
        return (
            f"{what[:80]!r} is {self.length:,} characters; claims were read from the first "
            f"{self.read:,} (TRACKER_EXTRACT_MAX_CHARS; its whole text is kept)"
        )

    @property
    def notice(self) -> str:
        """The notice line, labelled as poll and ingest print their notices."""
        return f"cut: {self.message}"


def cut_text(text: str, max_chars: int) -> str:
    """``text`` up to ``max_chars`` characters, ended at the last paragraph break, else
    the last sentence end, in the final stretch before the cap (else at the cap)."""
    if len(text) <= max_chars:
        return text
    head = text[:max_chars]
    floor = max(0, max_chars - _BACKTRACK)
    for mark in ("\n", ". ", "다. ", "? ", "! "):
        at = head.rfind(mark, floor)
        if at > 0:
            return head[: at + len(mark)].rstrip()
    return head


class WrappedExtractor:
    """An :class:`~tracker.ports.Extractor` around another: its name, version and every
    attribute it does not have itself (the vocabulary, the wrapped one's own batch or
    pool) are the wrapped extractor's."""

    def __init__(self, inner: Extractor) -> None:
        self.inner = inner
        self.name: str = inner.name
        self.version: str = inner.version

    def __getattr__(self, attribute: str) -> Any:
        # only reached for attributes this class lacks: the wrapped extractor's own
        inner = self.__dict__.get("inner")
        if inner is None:
            raise AttributeError(attribute)
        return getattr(inner, attribute)

    def extract(self, document: Document) -> list[Claim]:
        return self.inner.extract(document)


class CappedExtractor(WrappedExtractor):
    """An extractor that hands the wrapped one at most ``max_chars`` characters of each
    document's text (``0``: no cap); the claims it finds in a short document are the
    wrapped one's, byte for byte."""

    def __init__(self, inner: Extractor, max_chars: int = DEFAULT_MAX_CHARS) -> None:
        if max_chars < 0:
            raise ValueError("max_chars must be 0 (no cap) or more")
        super().__init__(inner)
        self.max_chars = max_chars
        self._cut: list[CutDocument] = []
        self._lock = threading.Lock()

    def extract(self, document: Document) -> list[Claim]:
        return self.inner.extract(self._within_cap(document))

    def extract_many(self, documents: Sequence[Document]) -> list[list[Claim]]:
        """The claims of each document, cut as :meth:`extract` cuts it, in order: by the
        wrapped extractor's own batch when it has one (a pool of processes,
        :class:`~tracker.ingest.extract_pool.PooledExtractor`)."""
        within = [self._within_cap(d) for d in documents]
        many = getattr(self.inner, "extract_many", None)
        if many is None:
            return [self.inner.extract(d) for d in within]
        return list(many(within))

    def close(self) -> None:
        """Stop what the wrapped extractor runs (its worker processes), if anything."""
        close = getattr(self.inner, "close", None)
        if close is not None:
            close()

    def _within_cap(self, document: Document) -> Document:
        length = len(document.text)
        if not self.max_chars or length <= self.max_chars:
            return document
        text = cut_text(document.text, self.max_chars)
        with self._lock:
            self._cut.append(
                CutDocument(document.document_id, document.title, document.url, length, len(text))
            )
        return dataclasses.replace(document, text=text)

    def take_cut(self) -> list[CutDocument]:
        """The documents cut since the last call (each once), and forget them."""
        with self._lock:
            cut, self._cut = self._cut, []
        return list({c.document_id: c for c in cut}.values())
