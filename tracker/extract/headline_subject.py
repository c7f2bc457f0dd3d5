"""The subject of a Korean headline or ticker line, set off by a comma: "엔비디아, 코어위브에
20억 달러 추가 투자", "[14:40] 구글, 앤트로픽에 10억 달러 투자". A headline drops the topic
particle and writes a comma in its place."""

from __future__ import annotations

import re

from tracker.extract.analysis import LINE_MARK, Sentence
from tracker.extract.entities import Mention
from tracker.extract.text import Span

# what may open the line before the subject: a clock stamp, a bullet, a chronology's date
# and dash ("▲3월 — 메타, …", "2026년 5월 — …"), a quote mark
_LEAD = re.compile(
    "^" + LINE_MARK + r"(?:(?:\d{4}년\s?)?\d{1,2}월(?:\s?\d{1,2}일)?\s?[—–=:-]\s*)?['\"‘“]?$"
)


def headline_subject_ko(s: Sentence, clause: Span, kinds: tuple[str, ...]) -> Mention | None:
    """The company opening the clause with a comma after it, when what follows the comma
    is no list of companies ("엔비디아, AMD, 인텔은 …" names three subjects)."""
    first = next((m for m in s.mentions if clause.start <= m.start < clause.end), None)
    if first is None or first.kind not in kinds or first.anaphoric:
        return None
    if not _LEAD.match(s.text[clause.start : first.start]):
        return None
    if not s.text.startswith(", ", first.end):
        return None
    after = next((m for m in s.mentions if m.start == first.end + 2), None)
    if after is None:
        return first
    joint = s.text[after.end : after.end + 1]
    if joint in ("와", "과"):
        # "엔비디아, AMD와 인텔은 …" lists three; "메타, 구글 클라우드와 TPU 임차 계약
        # 체결" is the one subject's deal with a partner
        third = next((m for m in s.mentions if m.start >= after.end), None)
        if third is None or third.kind != "company" or third.start > after.end + 2:
            return first
    if joint in (",", "와", "과", " "):
        return None  # "엔비디아, AMD, 인텔", "엔비디아, AMD와 인텔 …": a list
    return first


# a figure heading its line, after a bullet at most, and a colon or dash after it:
# "▲ 80억 달러: 아마존이 앤트로픽에 투자한 누적 금액"
_HEADS_LINE = re.compile(r"[\s▲■●•·◆▶*\-–]*")
_LABEL_MARK = re.compile(r"\s?[:：\-–—]\s")
_SUBJECT = ("이", "가", "은", "는")


def heads_line(s: Sentence, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` heads its line as a label ("▲ 288GB: …")."""
    return bool(_HEADS_LINE.fullmatch(s.text, 0, start) and _LABEL_MARK.match(s.text, end))


def figure_line_subject(s: Sentence, start: int, end: int) -> Mention | None:
    """The company marked as subject in the description of an amount heading its line."""
    if not heads_line(s, start, end):
        return None
    after = [m for m in s.mentions if m.start >= end and m.kind == "company"]
    return next((m for m in after if s.particle(m) in _SUBJECT), None)


_TARGETS = ("company", "cluster", "facility")


def figure_line_parties(s: Sentence, start: int, end: int) -> tuple[Mention, str] | None:
    """(investor, target) of an amount heading its line, read from the line's description
    after the colon: the company marked as subject invests in the one in the dative or the
    one whose stake ("인텔 지분") is named; None when the figure heads no line."""
    investor = figure_line_subject(s, start, end)
    if investor is None:
        return None
    # the target may be a venture or a cluster ("…가 합작사 '스타게이트'에 출자하기로 한 금액")
    after = [m for m in s.mentions if m.start >= end and m.kind in _TARGETS]
    target = next(
        (
            m
            for m in after
            if m.id != investor.id
            and (s.particle(m) in ("에", "에게") or s.text.startswith(" 지분", m.end))
        ),
        None,
    )
    return (investor, target.id) if target is not None else None
