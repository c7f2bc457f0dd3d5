"""What a line of a document is, read before its sentences are: a list item or a "label:
value" line, a headline or an opening title (no claims of their own), a list's lead ending
in a colon, an interviewer's question; and a Korean list item's comma-separated statements.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from tracker.domain.documents import Document
from tracker.extract.analysis import HEADLINE_LEAD, Sentence
from tracker.extract.text import KO_LIST_LETTERS, Span

_INTERVIEWER = re.compile(r"\s*(?:[—–―]\s?|Q\s?[.:]\s?|질문\s?[:：]|문\s?[:：])")


def _whole_line(text: str, start: int, end: int) -> bool:
    return (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")


_TERMINAL = ".!?。다"
_CLOSING = "'\"’”)]」』"


# a list item, a "label: value" line, or a graphic's spec box that writes its fields as
# "label=value" ("▲공정=TSMC 3나노", "■ 메모리=HBM3E 144GB"); a dateline ("【도쿄=…】",
# "(서울=…)") opens with a bracket and a byline ("… 기자 = …") spaces its sign
_ITEM = re.compile(
    # a bullet ("- ", "▲"), a "label: value" line, a "label=value" line; a Korean filing
    # numbers its "label: value" lines ("나. 도입 규모: …", "2. 취득내역: …")
    r"[-•·*▪◦–]\s|[▲△▶►▷●○]\s?(?=\S)|(?:(?:["
    + KO_LIST_LETTERS
    + r"]|\d{1,2})[.)]\s(?=[^:：.\n]{0,40}?[가-힣]))?"
    # the label may carry an aside in parentheses ("AWS Trainium3 (generally available
    # since December): 144 GB HBM3E, …")
    r"(?:[^:：.]{1,40}|[^:：.(\n]{1,40}\([^()：:\n]{1,60}\))[:：]\s"
    r"|[▲△■□◆◇●▶►]?\s?[가-힣A-Za-z][가-힣A-Za-z0-9 ]{0,15}=(?=\S)"
)


# a speaker's turn in a transcript ("메로트라 CEO: …", "산제이 메로트라 최고경영자(CEO): …"):
# a person talking, not a field of a list under the lead sentence
_SPEAKER_KO = re.compile(
    r"(?=[^:：\n]{0,24}[가-힣])[^:：.\n]{0,24}(?:CEO|CFO|CTO|COO|대표|사장|부사장|회장|최고경영자|최고재무책임자|"
    r"부문장|사업부장)(?:\([^)]{1,12}\))?\s?[:：]\s"
)


def is_item(text: str, start: int, sentence: str) -> bool:
    """A list item or a "label: value" line (spec sheets, timelines) at the start of a line."""
    if (":" in sentence or "：" in sentence) and _SPEAKER_KO.match(sentence):
        return False
    return _opens_line(text, start) and _ITEM.match(sentence) is not None


# a line's number split off as a sentence of its own: "2. 투자내용: …" read as "2." and
# "투자내용: …"
_LINE_NUMBER = re.compile(r"\d{1,2}\.\s{1,2}")


def _opens_line(text: str, start: int) -> bool:
    """Whether ``start`` opens its line, after a line number at most."""
    if start == 0 or text[start - 1] == "\n":
        return True
    if text[start - 1] != " ":
        return False
    line_start = text.rfind("\n", max(0, start - 6), start) + 1
    if line_start == 0 and start > 5:
        return False
    return _LINE_NUMBER.fullmatch(text, line_start, start) is not None


# a statement clipped to a one-syllable noun ("…가동 중.", "…데이터센터 수.", "…할 것.")
_CLIPPED_KO = re.compile(r"\s[가-힣]\.$")


def join_item_tails(text: str, spans: list[Span], names_any: Callable[[str], bool]) -> list[Span]:
    """A Korean list item's clipped statement and one after it on its line that names no
    party or product ("• 메타 프로메테우스 — GPU 10만 개 넘게 가동 중. 연말까지 30만 개가
    목표라는 게 회사 설명.", "■ 두 곳: … 슈퍼컴퓨터 수. 1호기는 테네시주 …") are one sentence: the
    second goes on about the item's subject, as its comma-separated statements do
    (:func:`_item_clauses`). A statement naming its own ("… 공급 중. 2분기부터 B300 …")
    stays a sentence of its own."""
    out: list[Span] = []
    for span in spans:
        if out:
            last = out[-1]
            gap = text[last.end : span.start]
            if (
                "\n" not in gap
                and _CLIPPED_KO.search(text, last.start, last.end)
                and _inside_item(text, span.start)
                and not names_any(text[span.start : span.end])
            ):
                out[-1] = Span(last.start, span.end)
                continue
        out.append(span)
    return out


def _inside_item(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` goes on a line that a list item opened."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == start:
        return False
    return is_item(text, line_start, text[line_start:start])


def _list_follows(text: str, end: int) -> bool:
    """The next non-empty line is a list item or "label: value" line too."""
    rest = text[end:].lstrip("\n")
    start = len(text) - len(rest)
    line = rest.split("\n", 1)[0]
    return bool(line.strip()) and is_item(text, start, line)


def is_headline(document: Document, start: int, end: int) -> bool:
    """A whole line with no sentence-final punctuation (a title, subtitle or caption), or
    the document's title repeated in its text. Headlines compress and exaggerate: an
    analyst records the article's sentences, not its headline."""
    text = document.text
    line_start = start == 0 or text[start - 1] == "\n"
    line_end = end == len(text) or text[end] == "\n"
    sentence = text[start:end].strip()
    if document.title and sentence == document.title.strip():
        return True
    if _colon_lead(text, start, end):
        return False  # "We now expect these fleets by the end of 2026:" leads its list
    return line_start and line_end and sentence.rstrip(_CLOSING)[-1:] not in _TERMINAL


def _colon_lead(text: str, start: int, end: int) -> bool:
    """A line ending in a colon with a list after it: the list's lead, not a headline."""
    return text[start:end].rstrip().endswith(":") and _list_follows(text, end)


def _opening_title(text: str, start: int, end: int) -> bool:
    """The first line of a text, followed by a blank line, with no final period: a title
    even when it ends like a sentence ("…엔비디아 GB200 쓴다")."""
    if _colon_lead(text, start, end):
        return False
    first = _NON_SPACE.search(text)  # not text[:start].strip(): a copy per sentence is quadratic
    before_all = first is None or first.start() >= start
    return before_all and text[end : end + 2] == "\n\n" and text[end - 1] != "."


_NON_SPACE = re.compile(r"\S")


def _is_title(document: Document, sentence: str) -> bool:
    return bool(document.title) and sentence.strip() == document.title.strip()


_ITEM_COMMA = re.compile(r",\s")


def _headline_subject(s: Sentence, comma: int) -> bool:
    """Whether the comma at ``comma`` sets off a headline-style subject opening the item
    ("▲10월 23일 앤트로픽, 구글과 TPU … 계약 체결"): it ends no statement."""
    return any(
        m.end == comma and m.kind == "company" and HEADLINE_LEAD.fullmatch(s.text, 0, m.start)
        for m in s.mentions
    )


def _item_clauses(s: Sentence) -> list[Span]:
    """A Korean list item is a run of comma-separated statements ("GB200 약 20만 개 가동,
    연말까지 45만 개 목표"): each comma ends one, outside parentheses."""
    cuts: list[int] = []
    depth = 0
    for i, ch in enumerate(s.text):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif depth == 0 and _ITEM_COMMA.match(s.text, i) and not _headline_subject(s, i):
            cuts.append(i + 2)
    bounds = sorted({c for span in s.clauses for c in (span.start, span.end)} | set(cuts))
    return [Span(a, b) for a, b in pairwise(bounds) if b > a]
