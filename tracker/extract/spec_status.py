"""The modality of a product's specification (peak compute, memory, bandwidth, chips per
system): the state of the product, not the voice that states the figure.

GUIDE (settled case): a specification of a product that already ships is `actual` even
when an analyst note or a supplier states it; one of an unreleased product is `announced`.
So an estimate ("Memory: 128 GB of HBM2E (analyst estimate)", "is estimated to deliver
780 teraflops") is the product's figure, and a speculation about a figure ("could
deliver somewhere between 6 and 8 petaflops") is at most an announced one: neither is a
`forecast` or a `considering` of the figure itself.
"""

from __future__ import annotations

from tracker.domain.claims import Modality
from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import _announced
from tracker.extract.upcoming import on_market


def spec_modality(modality: Modality | None, s: Sentence, product: str) -> Modality | None:
    """A specification's modality from the cue the rule read at its figure: an estimate
    states the figure (actual, announced when the product is not on the market yet), a
    speculation or a plan announces one at most (and :func:`_announced` then settles it by
    what the document says of the product); a negated figure (None) stays none."""
    if modality == "forecast":
        modality = "actual"
    elif modality in ("considering", "planned"):
        modality = "announced"  # then actual for a product already on the market
    if modality == "announced" and on_market(
        s, product, s.is_item and s.lead_modality in ("planned", "announced")
    ):
        # the figures of a product on the market are facts (GUIDE), whoever "unveils" them
        # ("엔비디아가 공개한 H100 SXM 제품 사양에 따르면 …" in 2024; a fact box's or a
        # filing's line on a chip out for months, under a lead that unveils or plans); a
        # feature the product is to gain is still news (:func:`_announced`, integrations)
        return "actual"
    return _announced(modality, s, product)
