"""A table in a document read row by row: its header (the first line of a block with no
quantity) names the columns, and a bare number in a row takes its unit from its column's
header."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from tracker.extract.analysis import Sentence
from tracker.extract.quantities import QuantityMatch
from tracker.extract.tables import TableRow, header_unit
from tracker.extract.text import Span

if TYPE_CHECKING:
    from tracker.extract.extractor import RuleExtractor


class _TableBlock:
    """The table being read: its header (the first line of a block with no quantity)."""

    def __init__(self) -> None:
        self.end = -1
        self.headers: tuple[str, ...] = ()
        self.header_ids: tuple[tuple[str, ...], ...] = ()

    def read(
        self,
        text: str,
        start: int,
        end: int,
        sentence: Sentence,
        cells: tuple[Span, ...],
        extractor: RuleExtractor,
    ) -> bool:
        """Attach the row to ``sentence`` (True), or take the line as the header (False)."""
        continues = self.end >= 0 and "\n\n" not in text[self.end : start].replace(" ", "")
        self.end = end
        line = sentence.text
        if not continues:
            self.headers, self.header_ids = (), ()
            if not any(q.unit for q in sentence.quantities):
                self.headers = tuple(line[c.start : c.end] for c in cells)
                self.header_ids = tuple(
                    tuple(m.id for m in extractor._entities.find(h) if m.kind == "memory")
                    for h in self.headers
                )
                return False
        sentence.table = TableRow(
            cells,
            self.headers,
            self.header_ids,
            tuple(self._quantities(sentence, cells, extractor)),
        )
        return True

    def _quantities(
        self, sentence: Sentence, cells: tuple[Span, ...], extractor: RuleExtractor
    ) -> list[QuantityMatch]:
        """The row's quantities; a bare number takes its unit from the column header."""
        out: list[QuantityMatch] = []
        for k, cell in enumerate(cells):
            inside = [q for q in sentence.quantities if cell.start <= q.start < cell.end]
            unit = header_unit(self.headers[k]) if k < len(self.headers) else None
            if unit and inside and all(not q.unit for q in inside):
                cell_text = sentence.text[cell.start : cell.end]
                found = extractor._quantities.find(f"{cell_text} {unit}")
                inside = [
                    replace(q, start=q.start + cell.start, end=cell.end)
                    for q in found
                    if q.start < len(cell_text) and q.unit
                ] or inside
            out.extend(inside)
        return out
