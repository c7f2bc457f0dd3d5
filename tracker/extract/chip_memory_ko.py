"""Korean memory supply told as a chip carrying a memory maker's memory.

"MI355X는 삼성전자의 HBM3E를 탑재했다", "RNGD는 … SK하이닉스의 HBM3 48GB를 탑재했다",
"가우디3는 SK하이닉스 HBM2E를 쓴다": the chip, the clause's topic, carries memory named with
its maker's brand, so the chip's maker buys the memory from that maker (GUIDE: a chip maker
using a memory maker's memory is a supply deal; product the memory when it is an entity, else
none, as for a foundry's process). memory_use_ko reads the same verb with a company as the
buyer; here only the chip is named and its maker is the buyer. A memory named with no maker
("HBM3E 288GB를 탑재했다") is a specification, no deal.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.claimrules.supply import MEMORY_MAKERS
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span

_PRODUCTS = ("chip", "system")
# after the memory maker: its memory (a generation, a stack height, a capacity), the object
# particle and the chip's verb of carrying or using it
_CARRIED = re.compile(
    r"(?:의)?\s?(?:HBM|LPDDR|GDDR)[0-9A-Za-z]*(?:\s?\d+단)?(?:\s?[\d.]+\s?GB)?(?:\s?제품)?"
    r"(?:을|를)\s(?:[^\s,.]+\s){0,1}?"
    r"(?:탑재|달았|달고|단다|붙였|붙이|쓴다|쓰고|썼|사용|채택|품었|품고)"
)


# ... or the memory as the subject of a passive, the chip where it goes: "아이언우드에는
# SK하이닉스의 HBM3E가 쓰인다", "트레이니움3에는 삼성전자 HBM3E가 채택됐다"
_USED_IN = re.compile(
    r"(?:의)?\s?(?:HBM|LPDDR|GDDR)[0-9A-Za-z]*(?:\s?\d+단)?(?:\s?[\d.]+\s?GB)?(?:\s?제품)?"
    r"(?:이|가|도)\s(?:[^\s,.]+\s){0,1}?"
    r"(?:쓰이|쓰인|쓰일|쓰여|쓰였|사용되|사용된|사용돼|사용됐|채택되|채택된|채택돼|채택됐)"
)
_PLACE = ("에", "에는", "에도")


def chip_memory_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """supply_deal: a chip carrying a named memory maker's memory (Korean only)."""
    if s.language != "ko" or s.table is not None or ("HBM" not in s.text and "DDR" not in s.text):
        return []
    out: list[Candidate] = []
    for maker in s.of_kind(("company",)):
        if maker.id not in MEMORY_MAKERS or s.particle(maker) in TOPIC:
            continue
        carried = _CARRIED.match(s.text, maker.end)
        used_in = _USED_IN.match(s.text, maker.end) if carried is None else None
        carried = carried or used_in
        if carried is None:
            continue
        # the chip is the sentence's topic before the memory (or, for the passive, where it
        # goes: "…에는"), no company made a subject between (a foundry named on the way,
        # "TSMC 5나노 공정에서 생산되며", is no subject)
        chip_role = _PLACE if used_in is not None else TOPIC
        chips = [
            p
            for p in s.of_kind(_PRODUCTS)
            if p.end <= maker.start and s.particle(p) in chip_role and not s.is_compared(p)
        ]
        between = s.of_kind(("company",), Span(chips[-1].end, maker.start)) if chips else []
        if not chips or any(s.particle(m) in TOPIC for m in between):
            continue
        buyer = chips[-1].entity.maker
        if buyer is None or buyer in MEMORY_MAKERS:
            continue
        memory = [m for m in s.of_kind(("memory",)) if maker.end <= m.start < carried.end()]
        anchor = carried.end() - 1
        valid = s.valid_for(anchor, [])
        modality = s.modality(anchor, valid, s.clause_of(anchor))
        if modality is None:
            continue
        qualifiers = {"product": memory[0].id} if memory else {}
        out.append(
            Candidate(buyer, "supply_deal", modality, valid, maker.start, qualifiers, maker.id)
        )
    return out


__all__ = ["chip_memory_rule"]
