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

import re

from tracker.domain.claims import Modality
from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import _announced
from tracker.extract.upcoming import on_market


def spec_modality(
    modality: Modality | None, s: Sentence, product: str, *, system: bool = False
) -> Modality | None:
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
    modality = _announced(modality, s, product)
    if modality == "actual" and _released_ahead(s, product, system):
        return "announced"
    return modality


# a release still ahead told in the sentence ("하반기에는 … 어플라이언스 제품도 내놓는다", "… 묶는
# '아틀라스 950 슈퍼포드'는 4분기에 나옵니다", "the rack, which will launch next year, joins
# 144 GPUs"): the figures of what is released are news, whatever product the figure names
_RELEASE_AHEAD = {
    "ko": re.compile(
        r"내놓는다|내놓을|내놓습니다|나온다|나옵니다|나올\s|출시한다|출시된다|출시될|출시합니다"
        r"|출시할|선보인다|선보일|선보입니다"
    ),
    "en": re.compile(
        r"\b(?:will\s(?:launch|ship|debut|arrive|be\s(?:released|launched|available))"
        r"|(?:is|are)\sdue\b|(?:comes|come)\sout|goes\son\ssale)",
        re.IGNORECASE,
    ),
}


def _released_ahead(s: Sentence, product: str, system: bool) -> bool:
    """Whether the sentence tells a release in a period after publication of what the
    figure describes: a system's make-up (``system``: the chips a new system holds, whatever
    their own age), or a product not on the market yet (neither said to ship nor shipped
    before the publication month by the vocabulary: "Each MI355X … will ship in more
    systems next quarter" is a product out already)."""
    pattern = _RELEASE_AHEAD.get(s.language)
    if pattern is None or pattern.search(s.text) is None:
        return False
    if not any(t.valid.start is not None and t.valid.start > s.published for t in s.times):
        return False
    if system:
        return True
    entity = s.vocabulary.entity(product)
    month = f"{s.published.year:04d}-{s.published.month:02d}"
    out = entity is not None and entity.available is not None and entity.available < month
    return product not in s.shipping and not out
