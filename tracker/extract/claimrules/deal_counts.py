"""A Korean deal's count told in the clause after it, under the deal: "람다랩스는 …로부터
GB300 NVL72 랙을 공급받는 계약을 체결했으며, 이 계약에 따라 GB300 GPU 1만 개 이상이
공급된다". The deal's own clause names no count; the clause that refers back to it ("이
계약에 따라", "이 계약으로", "이 계약에 의하여") gives how many of its product it supplies."""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate, RuleState, _quantity

_UNDER_DEAL = re.compile(
    r"(?:이|해당|그)\s?(?:계약|공급\s?계약)(?:에\s?따라|으로|에\s?의해|에\s?의하여|을\s?통해)\s"
)
_SUPPLIED = re.compile(r"공급(?:된|되|돼|받)|납품(?:된|되|돼)|들어오")


def counts_under_deal(s: Sentence, found: list[Candidate], state: RuleState) -> list[Candidate]:
    """``found`` with a countless deal given the count of its product that a later clause
    of the sentence, under the deal, says is supplied."""
    if s.language != "ko" or "계약" not in s.text:
        return found
    out = list(found)
    for k, c in enumerate(out):
        if c.predicate != "supply_deal" or c.value is not None:
            continue
        under = _UNDER_DEAL.search(s.text, c.anchor)
        if under is None:
            continue
        clause = s.clause_of(under.start())
        if not _SUPPLIED.search(s.text, under.end(), clause.end):
            continue
        for i, q in enumerate(s.quantities):
            if i in state.used or not (under.end() <= q.start < clause.end):
                continue
            chip = s.chip_near(q)
            if q.unit in ("count", "") and chip is not None and chip.id == c.qualifiers["product"]:
                state.used.add(i)
                out[k] = replace(c, value=_quantity(q, "count"))
                break
    return out
