"""A Korean running total whose investor or target was said in an earlier sentence.

"아마존은 2023년 9월 앤트로픽에 12억 5000만 달러를 넣었다. 아마존은 이듬해 3월 나머지
27억 5000만 달러를 집행해 투자액을 40억 달러로 채웠다. 같은 해 11월 40억 달러를 더
얹으면서 누적 투자액은 80억 달러로 불어났다." A story of one investment goes on sentence
after sentence naming neither the target nor, at times, the investor: a total named as such
("누적 투자액은 …", "투자액을 … 채웠다") is the same investor's standing total in the same
target, dated by its own sentence, with its own modality. An amount added ("더 얹으면서",
"나머지 …") stays no claim (GUIDE), and a sentence naming another party is about something
else.
"""

from __future__ import annotations

import re

from tracker.domain.claims import Modality
from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import (
    Candidate,
    _anchors,
    _increment,
    _quantity,
    _subject_company,
)
from tracker.extract.claimrules.totals import running_total_ko
from tracker.extract.pending_totals_ko import pending_total
from tracker.extract.timex import point_at

_REACH = 2  # sentences after the investment stated
_CURRENCIES = ("USD", "KRW", "EUR", "JPY", "CNY", "TWD", "HKD", "AUD", "CAD", "SGD", "GBP")
_OPTION = re.compile(r"수\s?있는\s(?:\S+\s)?(?:옵션|권리|조건)|옵션")
# "투자액을 40억 달러로 채웠다", "투자 규모를 80억 달러까지 늘렸다": the total as the object
_TOTAL_OBJECT = re.compile(r"투자\s?(?:약정\s?)?(?:액|금|규모)\s?(?:을|를)\s?(?:\S+\s)?$")


# a total stated as what the addition makes it, in the present: "80억 달러가 된다", "…로
# 늘어난다", "…에 이른다"
_BRINGS = re.compile(r"\S{0,3}\s?(?:된다|늘어난다|불어난다|이른다|달한다)")


# the verb an added amount is put in with ("10억 달러를 추가로 투자하기로 했다", "…를 더 넣었다")
_PUT_IN = re.compile(r"투자|출자|투입|넣")


def _addition(s: Sentence) -> Candidate | None:
    """An amount a Korean sentence adds to an investment, with its investor (the topic) and
    target (the company marked by 에): no claim (GUIDE), but the running total a later
    sentence gives ("이로써 구글의 누적 투자액은 30억 달러로 늘었다") is in the same target."""
    for q in s.quantities:
        if q.unit not in _CURRENCIES or not _increment(s, q):
            continue
        clause = s.clause_of(q.start)
        if not _PUT_IN.search(s.text, q.end, clause.end):
            continue
        investor = _subject_company(s, q.start)
        targets = [
            m
            for m in s.of_kind(("company",), clause)
            if m.end <= q.start
            and s.particle(m) in ("에", "에게")
            and m.id != (investor and investor.id)
        ]
        if investor is None or not targets:
            continue
        valid = s.valid_for(q.start, _anchors(s))
        modality = s.modality(q.start, valid) or "actual"
        return Candidate(
            investor.id, "investment", modality, valid, q.start, {"target": targets[-1].id}
        )
    return None


def _brought(s: Sentence, at: int, modality: Modality, last: Candidate) -> Modality:
    """The total a decision brings, told in the present ("…투자하기로 했다. 이로써 누적
    투자액은 80억 달러가 된다"), is as firm as the decision (GUIDE: announced); "…로
    늘었다" says it has been reached."""
    if modality != "actual" or last.modality not in ("announced", "planned"):
        return modality
    q = next((q for q in s.quantities if q.start == at), None)
    if q is None or not _BRINGS.match(s.text, q.end, s.clause_of(at).end):
        return modality
    return last.modality


class InvestmentCarry:
    """Remembers the last Korean investment and reads later running totals of it."""

    def __init__(self) -> None:
        self._last: tuple[int, Candidate] | None = None

    def carry(self, s: Sentence, found: list[Candidate]) -> list[Candidate]:
        """Investment candidates for the running totals of ``s`` that no rule read."""
        stated = [c for c in found if c.predicate == "investment"]
        out: list[Candidate] = []
        last = self._last
        if s.language == "ko" and not stated and last is not None and s.index - last[0] <= _REACH:
            out = self._totals(s, last[1])
        for c in (*stated, *out) if s.language == "ko" else ():
            q = next((q for q in s.quantities if q.start == c.anchor), None)
            if c.modality == "actual" and q is not None and pending_total(s.text, q.start, q.end):
                c.modality = "announced"  # "이번 취득이 끝나면 누적 투자액이 … 된다"
        if s.language == "ko" and last is not None and s.index - last[0] == 1:
            for c in stated:
                if c.subject == last[1].subject and c.qualifiers == last[1].qualifiers:
                    c.modality = _brought(s, c.anchor, c.modality, last[1])
        # "…10억 달러를 추가로 투자했다": no claim, but the total that follows is its target's
        step = None if stated or out or s.language != "ko" else _addition(s)
        latest = (stated or out)[-1] if stated or out else step
        if latest is not None:
            self._last = (s.index, latest)
        return out

    def _totals(self, s: Sentence, last: Candidate) -> list[Candidate]:
        target = last.qualifiers.get("target")
        named = {m.id for m in s.mentions if m.kind == "company" and not m.anaphoric}
        others = named - {last.subject, target}
        if target is None or others or target in named:
            return []  # another party, or a target of its own: another statement
        out: list[Candidate] = []
        for q in s.quantities:
            if q.unit not in _CURRENCIES or _increment(s, q):
                continue
            before = s.text[max(0, q.start - 30) : q.start]
            if not (running_total_ko(s.text, q.start) or _TOTAL_OBJECT.search(before)):
                continue
            if _OPTION.search(s.text, q.end, q.end + 24):
                continue  # "투자액을 40억 달러까지 늘릴 수 있는 옵션": a right, no total
            valid = s.valid_for(q.start, _anchors(s))
            if valid == point_at(s.published) and not pending_total(s.text, q.start, q.end):
                # "이듬해 3월 … 투자액을 40억 달러로 채웠다": reached at the step's time (as
                # English totals_over_steps); "이로써 …": at the time of the step told before
                past = [t.valid for t in s.times if t.valid.start and t.valid.start <= s.published]
                valid = past[0] if past else (valid if s.times else last.valid)
            modality = s.modality(q.start, valid)
            if modality is None:
                continue
            modality = _brought(s, q.start, modality, last)
            value = _quantity(q)
            out.append(
                Candidate(
                    last.subject,
                    "investment",
                    modality,
                    valid,
                    q.start,
                    {"target": target},
                    value=value,
                    confidence=0.6,
                )
            )
        return out
