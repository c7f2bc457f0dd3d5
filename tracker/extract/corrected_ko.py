"""The statement a Korean correction sets right, read with the right figure.

A correction tells the wrong figure inside the statement it belonged to and gives the
right one after the contrast, often with no subject of its own: "지난 기사에서 콜로서스에
깔린 H100을 30만 개로 썼으나, 실제 수량은 약 15만 개이기에 바로잡습니다", "…생산능력을
'월 9만 장'으로 표기했지만 월 6만 장이 맞습니다", "…누적 투자액을 '20억 달러'라고 썼지만,
… 추가 출자로 누적액이 50억 달러가 됐습니다". The rules read the statement (its subject,
chip, time and predicate are there) and set the figure aside as withdrawn
(:func:`tracker.extract.corrections.set_aside`); the right figure, alone in its clause,
gave no claim. Here the statement is rebuilt without the outlet's frame ("…기사에서") and
with the right figure in the wrong one's place ("콜로서스에 깔린 H100을 약 15만 개다."),
for the rules to read again (GUIDE: corrections keep the confirmed value).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from tracker.domain.claims import Quantity
from tracker.extract.analysis import Focus, Sentence
from tracker.extract.discourse import Salience
from tracker.extract.quantity_match import QuantityMatch
from tracker.extract.rules import Candidate

Analyse = Callable[[str, int, int, str, date, Focus], Sentence]
Rules = Callable[[Sentence], list[Candidate]]

# the wrong figure as written: "…를 30만 개라고 썼으나", "'월 9만 장'으로 잘못 표기했지만",
# "…로 보도했으나", "…로 적혀 있었으나", "…로 기재됐지만"
_WROTE_KO = re.compile(
    r"[’'\"”」』]?\s?(?:으로|로|이라고|라고)\s?(?:잘못\s)?"
    r"(?:적었|썼|보도했|표기했|기재했|실었|소개했|적혀\s?있었|기재됐|표기됐|보도됐|실렸)"
    r"(?:(?:으나|지만|는데|다가)|(?:습니다|다)[.\s]*$)"
)
# the right figure confirmed after it: "…이기에", "…이 맞습니다", "…로 바로잡습니다",
# "…가 됐습니다", "…입니다", "…다."
_CONFIRMED_AFTER = re.compile(
    r"[’'\"”」』]?\s?(?:(?:이|가)\s?맞|(?:이)?기에|입니다|이다|다[.\s]|다$|(?:으로|로)\s?"
    r"(?:바로잡|정정|확인|수정)|(?:이|가)\s?(?:됐|되었|된다|됩니다))"
)
# the outlet's own frame before the statement: "본지 …자 '…' 기사에서", "같은 기사에서",
# "첫째, 기사는", "지난주 호에서", "최초 게재본에는"
_FRAME_KO = re.compile(
    r"(?:기사|칼럼|사설|본문|그래픽|도표|리포트|방송|뉴스|게재본|버전|1보|호)"
    r"(?:에서는|에서|에는|는|은)\s"
)


@dataclass(frozen=True)
class Restatement:
    """A correction's statement rebuilt with the right figure, and that figure."""

    text: str
    right: QuantityMatch
    at: int  # where the right figure stands in ``text``


def restated_ko(s: Sentence, previous: Sentence | None = None) -> Restatement | None:
    """The statement a Korean correction sets right, with the right figure in place of
    the wrong one; None when the sentence corrects no figure. The wrong figure may close
    the previous sentence ("…를 '30억 원'으로 잘못 썼습니다. 30억 달러가 맞습니다.")."""
    if s.language != "ko" or not s.quantities:
        return None
    wrote = _WROTE_KO.search(s.text)
    if wrote is not None and not wrote.group().rstrip(". ").endswith("다"):
        told, after = s, wrote.end()  # wrong and right in one sentence
    elif previous is not None and previous.index == s.index - 1 and not _names_party(s):
        wrote = _WROTE_KO.search(previous.text)
        if wrote is None or not wrote.group().rstrip(". ").endswith("다"):
            return None
        told, after = previous, 0
    else:
        return None
    wrong = next((q for q in told.quantities if _ends_at(told.text, q, wrote.start())), None)
    if wrong is None:
        return None
    right = _right_figure(s, wrong, after)
    if right is None:
        return None
    frames = [m.end() for m in _FRAME_KO.finditer(told.text, 0, wrong.start)]
    start = frames[-1] if frames else 0
    head = told.text[start : wrong.start].rstrip("'‘\"“「『 ") + " "
    text = head + s.text[right.start : right.end] + "다."
    return Restatement(text, right, len(head))


def _names_party(s: Sentence) -> bool:
    """Whether a sentence names a company or a product of its own (a statement of its own,
    not the right figure of the one before)."""
    return any(m.kind != "place" and not m.anaphoric for m in s.mentions)


def _ends_at(text: str, q: QuantityMatch, at: int) -> bool:
    """Whether the figure ends where the contrast's particle begins (a closing quote and
    a space may stand between)."""
    return text[q.end : at].strip("’'\"”」』 ") == ""


def _right_figure(s: Sentence, wrong: QuantityMatch, after: int) -> QuantityMatch | None:
    """The figure of the same unit after the contrast that the sentence confirms ("약 20만
    개이기에", "50억 달러가 됐습니다"); with none confirmed, none."""
    same = [q for q in s.quantities if q.start >= after and _kind(q.unit) == _kind(wrong.unit)]
    confirmed = [q for q in same if _CONFIRMED_AFTER.match(s.text, q.end)]
    return confirmed[-1] if confirmed else None


def _kind(unit: str) -> str:
    """A unit, every currency one kind ("'30억 원'으로 잘못 썼습니다. 30억 달러가 맞습니다")."""
    return "money" if len(unit) == 3 and unit.isupper() else unit


class Corrections:
    """The claims of the statements Korean corrections set right, sentence by sentence
    (the wrong figure may close the sentence before the right one)."""

    def __init__(self, analyse: Analyse, rules: Rules) -> None:
        self._analyse, self._rules = analyse, rules
        self._previous: Sentence | None = None

    def read(self, s: Sentence) -> list[Candidate]:
        """The claims of the statement ``s`` (with the sentence before it) sets right
        (:func:`restated_ko`), read by the rules in the sentence's own context, valued as
        the right figure says and anchored at it."""
        previous, self._previous = self._previous, s
        fixed = restated_ko(s, previous) if s.language == "ko" else None
        if fixed is None:
            return []
        f = s.focus  # a copy: reading the statement again moves no focus of the document
        focus = replace(
            f,
            last=dict(f.last),
            salience=Salience(list(f.salience.history), lead=f.salience.lead),
            established=set(f.established),
        )
        again = self._analyse(fixed.text, s.offset, s.index, s.language, s.published, focus)
        again.tier, again.lead_modality = s.tier, s.lead_modality
        again.upcoming, again.shipping, again.hinted = s.upcoming, s.shipping, s.hinted
        r = fixed.right
        return [
            replace(c, anchor=r.start, value=_valued(c.value, r))
            for c in self._rules(again)
            if c.anchor == fixed.at and isinstance(c.value, Quantity)
        ]


def _valued(value: object, r: QuantityMatch) -> Quantity:
    unit = value.unit if isinstance(value, Quantity) else r.unit
    return Quantity(low=r.low, high=r.high, unit=unit, approx=r.approx, bound=r.bound)


__all__ = ["Corrections", "Restatement", "restated_ko"]
