"""Page furniture that feeds put inside an entry's body: what is not the story.

News feeds append to the story the same things their pages do: a "Related stories" list
of other headlines, a "Read more:" link, a copyright line ("무단전재 및 재배포 금지"), a
share bar, a newsletter pitch. Left in, the extractor reads the other stories' headlines
as this article's sentences ("Oracle deploys 131,072 AMD MI355X GPUs", filed under a
story about Micron, dated by it). Only lines that are furniture as a whole are dropped,
and a related-links heading takes with it only the list that follows it; prose is never
cut by a keyword inside a sentence.
"""

from __future__ import annotations

import re

from tracker.ingest.text import join_wrapped, normalize_text

_MARK = r"[▶►▷☞■□◆◇●•·\-–—]"
_POINTER = r"[▶►▷☞]"
_LABEL = (
    r"(?:related(?:\s+(?:stories|articles|story|article|coverage|content|reading|news|links|posts))?"
    r"|read\s+(?:more|also|next)|also\s+read|see\s+also|further\s+reading|more\s+on\s+this(?:\s+story)?"
    r"|recommended(?:\s+(?:stories|reading|articles|for\s+you))?"
    r"|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|most\s+(?:read|popular)"
    r"|관련\s?기사|관련\s?뉴스|관련\s?링크|추천\s?기사|함께\s?(?:보면\s?좋은|볼\s?만한)\s?(?:기사|뉴스)"
    r"|많이\s?본\s?(?:기사|뉴스)|이\s?시각\s?(?:인기|주요)\s?(?:기사|뉴스))"
)
# "Related stories:", "▶ 관련기사", "[관련기사]", "Read more: <headline>", "관련기사 ▶ <headline>"
_RELATED = re.compile(
    rf"^(?:{_MARK}\s*)??(?P<open>{_POINTER}\s*|[\[【<(]\s*)?{_LABEL}\s*(?P<close>[\]】>)])?\s*"
    r"(?P<sep>[:：▶►»>›|\-–—]+)?\s*(?P<rest>.*)$",
    re.I,
)
# the same label after a sentence's end, on the sentence's line: "…밝혔다. 관련기사 ▶ …"
_RELATED_TAIL = re.compile(
    rf"(?<=[.!?。다])\s+(?:{_POINTER}\s*|[\[【]\s*)?{_LABEL}\s*[\]】]?\s*[:：▶►»>›]\s*\S.*$", re.I
)
_LINK_LINE = re.compile(rf"^\s*(?:{_MARK}|\d{{1,2}}[.)])\s*\S")
_COPYRIGHT = re.compile(
    r"무단\s?전재.{0,20}재배포|재배포\s?금지|all\s+rights\s+reserved"
    r"|^\W{0,3}copyright\s*(?:©|\(c\)|\d{4})|^\W{0,3}저작권자\s*[ⓒ©]"
    r"|^\W{0,3}(?:©|ⓒ|\(c\))\s*\d{0,4}\s*\S",
    re.I,
)
_COPYRIGHT_TAIL = re.compile(
    r"(?<=[.!?。다])\s+[<\[(]?\s*(?:저작권자\s*)?[ⓒ©][^\n]{0,80}?(?:무단|재배포|all\s+rights)[^\n]*$",
    re.I,
)
_PROMO = re.compile(
    r"^\W{0,3}(?:advertisement|광고|sponsored(?:\s+content)?"
    r"|share\s+(?:this\s+(?:article|story|post|page)|on\s+(?:twitter|x|facebook|linkedin|email))\b.*|sign\s+up\b.*\b(?:newsletter|briefing|alerts?)\b.*"
    r"|subscribe\b.*|follow\s+us\b.*|get\s+(?:our|the)\s+\w+\s+newsletter\b.*"
    r"|기사\s?제보.*|구독\s?(?:하기|신청).*|네이버\s?(?:뉴스\s?)?(?:구독|채널).*)\W{0,3}$",
    re.I,
)
# WordPress ends every excerpt with "The post <title> appeared first on <site>.": the
# headline again, as a sentence of the story
_BLOG_LINE = re.compile(r"^\s*the\s+post\s+.{1,400}\s+appeared\s+first\s+on\s+.{1,150}$", re.I)
# a teaser's link to the rest: "… 60,000 GPUs. Continue reading »", "Read more →", "[…]"
_MORE_TAIL = re.compile(
    r"(?:(?<=[.!?。다…\]])\s+|^\s*)(?:continue\s+reading|keep\s+reading|read\s+more"
    r"|read\s+the\s+(?:full|whole|rest\s+of\s+the)\s+(?:story|article|post)|기사\s?전문\s?보기"
    r"|더\s?보기)(?:\s+(?:on|at)\s+\S[^\n.]{0,60})?\s*(?:[»›→>…]+|\.{3})?\s*$"
    r"|\s*\[(?:…|\.\.\.)\]\s*$",
    re.I,
)
_SHORT = 200
"""Furniture lines are short; a longer line is prose, whatever it starts with."""
# Every pattern above needs one of these words or marks: a line without any is kept as it
# is without running them. Substring tests, not one regex: an alternation of thirty words
# under re.I cost more than the whole HTML-to-text pass.
_CUES = (
    "relat", "read", "see also", "more on", "recommend", "you m", "most ", "관련", "추천",
    "함께", "많이", "시각", "copyright", "rights", "ⓒ", "©", "(c)", "무단", "재배포",
    "저작권", "advertis", "광고", "sponsor", "share", "sign up", "subscri", "follow us",
    "newsletter", "제보", "구독", "채널", "the post", "continu", "keep reading", "전문", "보기",
    "[…]", "[...]",
)  # fmt: skip


def _has_cue(text: str) -> bool:
    low = text.lower()
    return any(cue in low for cue in _CUES)


def story_text(text: str) -> str:
    """A story's text as the extractor reads it, from normalized text (one paragraph or
    item per line): page furniture cut (:func:`strip_furniture`), then lines that a
    fixed-width wrap broke joined again (:func:`tracker.ingest.text.join_wrapped`). Feed
    entries, article pages and article files all pass through here."""
    return join_wrapped(strip_furniture(text))


def strip_furniture(text: str) -> str:
    """``text`` (normalized, one paragraph or item per line) without page furniture:
    related-links headings with the list under them, single "Read more: …" lines,
    copyright notices, share, newsletter and advertisement lines, a blog's "The post …
    appeared first on …" and a teaser's "Continue reading »"."""
    if not text or not _has_cue(text):
        return text  # most entries: one scan, nothing to cut
    kept: list[str] = []
    in_related = False
    for raw in text.split("\n"):
        if not in_related and not _has_cue(raw):
            kept.append(raw)
            continue
        # a line's own tail first: "…밝혔다. ⓒ 칩소식 무단전재 및 재배포 금지" keeps its sentence
        line = _COPYRIGHT_TAIL.sub("", _RELATED_TAIL.sub("", raw))
        line = _MORE_TAIL.sub("", line)
        stripped = line.strip()
        if _BLOG_LINE.match(stripped):
            continue
        if in_related:
            if not stripped:
                kept.append("")  # the paragraph break after the block stays
                continue
            if _LINK_LINE.match(stripped):
                continue
            in_related = False
        if len(stripped) <= _SHORT and stripped:
            related = _RELATED.match(stripped)
            if related is not None:
                if not related.group("rest"):
                    in_related = True  # a heading: the list under it goes with it
                    continue
                if related.group("sep") or related.group("open") or related.group("close"):
                    continue  # "Read more: <another story's headline>"
            if _COPYRIGHT.search(stripped) or _PROMO.match(stripped):
                continue
        kept.append(line)
    return normalize_text("\n".join(kept))
