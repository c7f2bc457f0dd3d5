"""Investment phrasings that state a standing total or a share purchase.

"Amazon is putting $4 billion more into Anthropic, lifting its total commitment to $8
billion", "AWS has raised its total investment in Project Rainier to $15 billion, up from
the $11 billion it committed in 2024": the total is the claim (an increment is not, GUIDE),
and the figure it rose from is the earlier total, dated by its own time. "Nvidia agreed to
buy $5 billion of Intel common stock": buying a company's shares is investing in it.
"""

from __future__ import annotations

import re

from tracker.domain.claims import Modality, Quantity, ValidTime
from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.investment_modality_en import investment_modality_en
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.timex import point_at

CURRENCIES = ("USD", "KRW", "EUR", "JPY", "CNY", "TWD", "HKD", "AUD", "CAD", "SGD", "GBP")
_TARGET_KINDS = ("company", "cluster", "facility")
_TOTAL = re.compile(
    r"\b(?:lift|rais|bring|tak|increas|boost)(?:e|es|ed|ing|s)?\s(?:its|their|the\scompany['’]s)\s"
    r"(?:total\s|overall\s|cumulative\s)?(?:commitment|investment|stake|backing|funding)"
    r"(?P<tail>\s(?:in|into|to)\s[^,;]{1,60}?)?\sto\s$",
    re.I,
)
_UP_FROM = re.compile(r",?\s(?:up|rising|climbing)\sfrom\s(?:the\s|a\s)?$", re.I)
_STOCK = re.compile(
    r"\b(?:buy|buys|bought|buying|purchase|purchases|purchased|purchasing)\s$", re.I
)
_STOCK_AFTER = re.compile(
    r"\s(?:worth\s)?of\s(?P<tgt>[^,;]{1,40}?)\s(?:common\s|ordinary\s|preferred\s|class\s\w\s)?"
    r"(?:stock|shares|equity)\b",
    re.I,
)
# the purchase told as a noun: "Nvidia's $5 billion purchase of Intel shares, agreed last
# September, closed in December", "completes $5 billion purchase of Intel shares"
_PURCHASE_OF = re.compile(
    r"\s(?:purchase|acquisition)\sof\s(?P<tgt>[^,;]{1,40}?)\s"
    r"(?:common\s|ordinary\s|preferred\s|class\s\w\s)?(?:stock|shares|equity)\b",
    re.I,
)
_AGREED = re.compile(r"\b(?:agreed|agrees|has agreed|signed a deal)\sto\s$", re.I)


def stake_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """Standing totals ("lifting its total commitment to $8 billion", with the total it rose
    from) and share purchases ("agreed to buy $5 billion of Intel stock", "Nvidia's $5 billion
    purchase of Intel shares closed in December")."""
    if s.language != "en":
        return []
    out: list[Candidate] = []
    for i, q in enumerate(s.quantities):
        if i in state.used or q.unit not in CURRENCIES:
            continue
        before = s.text[max(0, q.start - 120) : q.start]
        total = _TOTAL.search(before)
        if total is not None:
            out.extend(_totals(s, state, i, total, q.start - len(before)))
            continue
        stock = _STOCK.search(s.text[max(0, q.start - 12) : q.start])
        after = _STOCK_AFTER.match(s.text, q.end)
        if after is None and (after := _PURCHASE_OF.match(s.text, q.end)) is not None:
            stock = after  # the purchase is the noun after the amount
        if stock is not None and after is not None:
            found = _purchase(s, state, i, after.start("tgt"), after.end("tgt"))
            if found is not None:
                out.append(found)
    return out


def _totals(
    s: Sentence, state: RuleState, i: int, total: re.Match[str], offset: int
) -> list[Candidate]:
    q = s.quantities[i]
    verb = offset + total.start()
    investor = _investor(s, verb)
    if investor is None:
        return []
    lo = offset + total.start("tail") if total.group("tail") else 0
    named = [m for m in s.of_kind(_TARGET_KINDS) if m.id != investor.id]
    inside = [m for m in named if lo and lo <= m.start < q.start]
    earlier = [m for m in named if investor.end <= m.start < verb]
    if not inside and not earlier:
        return []  # "to the Claude developer" names no entity: the target said before
    target = inside[0] if inside else earlier[-1]
    # "plans to raise its investment in Anthropic to $8 billion by year-end": the total's
    # own time, when it has one (not the time of the figure it rose from, said after it)
    own = s.time_for(q.start, [x.start for x in s.quantities])
    later = [x.start for x in s.quantities if x.start > q.start]
    if own is not None and later and own.start > later[0]:
        own = None
    valid = own.valid if own is not None else point_at(s.published)
    modality = investment_modality_en(s, q, s.modality(q.start, valid))  # "close to putting"
    if modality is None:
        return []
    state.used.add(i)
    out = [_candidate(investor, target, modality, valid, q.start, _value(s, i))]
    nxt = i + 1
    if nxt < len(s.quantities) and _UP_FROM.search(s.text, q.end, s.quantities[nxt].start):
        old = s.quantities[nxt]
        if old.unit == q.unit and nxt not in state.used:
            own = s.time_for(old.start, [x.start for x in s.quantities])
            when = own.valid if own is not None and own.start > old.start else valid
            state.used.add(nxt)
            out.append(_candidate(investor, target, "actual", when, old.start, _value(s, nxt)))
    return out


def _purchase(s: Sentence, state: RuleState, i: int, lo: int, hi: int) -> Candidate | None:
    q = s.quantities[i]
    investor = _investor(s, q.start)
    targets = [m for m in s.of_kind(("company",)) if lo <= m.start < hi]
    if investor is None or not targets or targets[0].id == investor.id:
        return None
    valid = point_at(s.published)
    modality = investment_modality_en(s, q, s.modality(q.start, valid))  # "agreed on …to buy"
    if modality is None:
        return None
    if modality in ("planned", "actual") and _AGREED.search(
        s.text[max(0, q.start - 40) : q.start - 4]
    ):
        # an agreed purchase of shares is an agreement to invest: a formal commitment with
        # no plan word, announced (GUIDE, settled cases: "Agree(s) to invest")
        modality = "announced"
    state.used.add(i)
    return _candidate(investor, targets[0], modality, valid, q.start, _value(s, i))


def _investor(s: Sentence, pos: int) -> Mention | None:
    """The company whose clause states the money: the last one named before ``pos`` that
    is not in an attribution ("the companies said Friday")."""
    before = [m for m in s.of_kind(("company",)) if m.end <= pos]
    return before[0] if before else None


def _value(s: Sentence, i: int) -> Quantity:
    q = s.quantities[i]
    return Quantity(low=q.low, high=q.high, unit=q.unit, approx=q.approx, bound=q.bound)


def _candidate(
    investor: Mention,
    target: Mention,
    modality: Modality,
    valid: ValidTime,
    anchor: int,
    value: Quantity,
) -> Candidate:
    return Candidate(
        investor.id, "investment", modality, valid, anchor, {"target": target.id}, None, value
    )
