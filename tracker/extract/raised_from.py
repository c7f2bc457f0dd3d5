"""Where money a Korean company raised comes from ("…로부터 80억 달러를 유치했다",
"엔비디아에서 20억 달러를 투자받았다"): the source invests in the raiser."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.coordination import joined_companies
from tracker.extract.entities import Mention
from tracker.extract.text import Span

_FROM_KO = ("으로부터", "로부터", "에게서")
# "엔비디아에서 20억 달러를 투자받았다": 에서 names the source only when the amount and the
# raising come right after it ("엔비디아에서 일했던 임원을 영입하고 … 유치했다" does not)
_RECEIVED_MONEY_KO = re.compile(r"\s받은\s?(?:투자|돈|자금)")
_AMOUNT_LEAD_KO = re.compile(r"\s(?:(?:총|약|모두|최대|추가로|각각)\s?)?")
_RAISED_AFTER_KO = re.compile(
    r"\s?(?:를|을|의)?\s?(?:규모의\s)?(?:투자를\s?받|투자받|투자를\s유치|유치)"
)


def source_ko(s: Sentence, m: Mention) -> bool:
    """Whether a Korean company is named as where money raised comes from."""
    if s.text.startswith(_FROM_KO, m.end):
        return True
    if not s.text.startswith("에서", m.end):
        return False
    at = m.end + 2
    if _RECEIVED_MONEY_KO.match(s.text, at):
        return True  # "구글에서 받은 투자금은 30억 달러"
    return any(
        q.start - at <= 6
        and _AMOUNT_LEAD_KO.fullmatch(s.text, at, q.start)
        and _RAISED_AFTER_KO.match(s.text, _last_listed(s, k))
        for k, q in enumerate(s.quantities)
        if q.start >= at
    )


_LISTED_AMOUNT_KO = re.compile(r"\s?(?:와|과|,|및)\s?")


def _last_listed(s: Sentence, k: int) -> int:
    """The end of the last amount listed from the ``k``-th on ("각각 80억 달러와 30억
    달러를 투자받았다": the raising verb follows the list, not its first amount)."""
    end = s.quantities[k].end
    for q in s.quantities[k + 1 :]:
        if not _LISTED_AMOUNT_KO.fullmatch(s.text, end, q.start):
            break
        end = q.end
    return end


def raiser_in_view(s: Sentence, source: Mention | None) -> Mention | None:
    """The company that raised money when the sentence names only where it came from
    ("…구글에서 받은 투자금도 30억 달러 안팎에 이른다"): the topic marked in the sentence
    before, as a reference back."""
    if source is None:
        return None
    topic = s.focus.get("marked", s.index, 1)
    if topic is None or topic.id == source.id:
        return None
    return Mention(source.start, source.start, topic, "", True)


def listed_sources(s: Sentence, source: Mention, clause: Span) -> list[Mention]:
    """The sources listed with the one found ("아마존과 구글에서 각각 …"), Korean only."""
    return joined_companies(s, source, clause) if s.language == "ko" else [source]


def own_sources(s: Sentence, pairs: list[tuple[str, int]], raised: bool) -> list[tuple[str, int]]:
    """Money raised, each amount given to the source named right before it (Korean) or
    right after it (English "$8 billion from Amazon and $3 billion from Google"), if any."""
    if s.language != "ko":
        # "Amazon's $8 billion and Google's $3 billion": each amount's possessor, raised or not
        return [
            (
                (own_source_en(s, s.quantities[j].end) if raised else None)
                or possessor_en(s, s.quantities[j].start)
                or who,
                j,
            )
            for who, j in pairs
        ]
    if not raised:
        return pairs
    return [(own_source_ko(s, s.quantities[j].start) or who, j) for who, j in pairs]


_POSSESSES = re.compile(r"['’]s\s(?:(?:US|HK|NT)?\$|€|£)")


def possessor_en(s: Sentence, start: int) -> str | None:
    """The company whose amount it is ("Google's $3 billion"), named right before it."""
    return next(
        (
            m.id
            for m in s.mentions
            if m.kind == "company" and 0 < start - m.end <= 3 and _POSSESSES.match(s.text, m.end)
        ),
        None,
    )


_FROM_EN = re.compile(r"\s(?:in\s(?:new\s)?(?:funding|investment|capital)\s)?from\s(?:the\s)?")


def own_source_en(s: Sentence, end: int) -> str | None:
    """The source named right after one amount of several ("raised $8 billion from Amazon
    and $3 billion from Google": $3 billion from Google)."""
    after = _FROM_EN.match(s.text, end)
    if after is None:
        return None
    return next((m.id for m in s.mentions if m.kind == "company" and m.start == after.end()), None)


def own_source_ko(s: Sentence, start: int) -> str | None:
    """The source named right before one amount of several ("앤트로픽은 아마존에서 80억
    달러, 구글에서 30억 달러를 투자받았다": 80억 달러 from Amazon, 30억 달러 from Google)."""
    before = [m for m in s.mentions if m.kind == "company" and m.end <= start]
    if not before:
        return None
    m = before[-1]
    for particle in (*_FROM_KO, "에서"):
        if s.text.startswith(particle, m.end):
            lead = _AMOUNT_LEAD_KO.fullmatch(s.text, m.end + len(particle), start)
            # "아마존과 구글에서 각각 …": the list's amounts go in order, not all to the last
            return m.id if lead is not None and "각각" not in lead.group() else None
    return None
