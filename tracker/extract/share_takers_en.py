"""Who takes a share of a maker's output (English): the subject of the verb of taking,
read past asides and possessive owners ("Broadcom, which builds Google's TPUs, and AMD have
secured …", "Broadcom, AMD and Amazon's AWS are taking most of the remainder", "Nvidia is
still TSMC's largest CoWoS customer and should take …"), and the companies listed after
the share ("…, with AMD following behind", "…, leaving AMD and Broadcom to split the
rest", "…; the rest is divided among Broadcom and AMD"). Read by the share rule
(reserved)."""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.coordination import list_after, list_before
from tracker.extract.entities import Mention
from tracker.extract.text import Span

_COMPANY = ("company",)


def takers(s: Sentence, verb: int, maker: str) -> list[str]:
    """The companies that take the share: "with AMD and Broadcom taking", else the subject
    of the verb's clause (the company named last before it, not the maker), read past an
    aside ("Broadcom, on behalf of Google's TPU programme, and AMD have secured …",
    "Broadcom, which builds Google's TPUs, is being allotted …"); "it has booked" is the
    company named before the pronoun."""
    asides = asides_before(s, verb)
    before = [
        c
        for c in _unowned(s, s.of_kind(_COMPANY))
        if c.end <= verb and c.id != maker and not any(a <= c.start < b for a, b in asides)
    ]
    if not before:
        # "It has also booked …" after a sentence about the company
        held = s.focus.get("company", s.index, 1)
        pronoun = _PRONOUN_SUBJECT.search(s.lowered, max(0, verb - 24), verb)
        return [held.id] if held is not None and pronoun is not None and held.id != maker else []
    last = before[-1]
    if len(_HEDGED.sub(" ", _ASIDE.sub("", s.text[last.end : verb]))) > 40:
        if _SECOND_VERB.search(s.lowered, max(0, verb - 24), verb) is not None:
            # "Nvidia is still TSMC's largest CoWoS customer and should take …": the
            # clause's subject takes the share, the company opening it
            first = before[0]
            return [first.id] if _OPENS.fullmatch(s.text, 0, first.start) else []
        if _PRONOUN_SUBJECT.search(s.lowered, max(0, verb - 24), verb) is None:
            return []
        return [last.id]  # "Nvidia remains the anchor tenant: by our count it has booked"
    group = [*list_before(s.text, before[:-1], last.start, _joined_past_asides), last]
    return list(dict.fromkeys(c.id for c in group))


_JOINED = re.compile(r"\s?(?:,|and|,\sand)\s")
_POSSESSIVE = re.compile(r"['’]s\s")


def _unowned(s: Sentence, companies: list[Mention]) -> list[Mention]:
    """A company with its owner named before it read as one mention ("Amazon's AWS" is AWS,
    from "Amazon"), so a list "Broadcom, AMD and Amazon's AWS" stays one list."""
    out: list[Mention] = []
    for c in companies:
        owned = bool(out) and _POSSESSIVE.fullmatch(s.text, out[-1].end, c.start) is not None
        out.append(replace(c, start=out.pop().start) if owned else c)
    return out


def _joined_past_asides(gap: str, _begun: bool) -> bool:
    return _JOINED.fullmatch(_ASIDE.sub("", gap)) is not None


def _joined_or_next_past_asides(gap: str, _begun: bool) -> bool:
    gap = _ASIDE.sub("", gap)
    return not gap or _JOINED.fullmatch(gap) is not None


# an aside between a subject and its verb: "Broadcom, on behalf of Google's TPU programme,"
# or a role in apposition: "Nvidia, still TSMC's largest CoWoS customer by a wide margin,"
_ASIDE = re.compile(
    r",\s(?:on\sbehalf\sof|acting\sfor|which|who|whose|like|via|through|still|long|already)"
    r"\s[^,;:]{0,80}?(?=,)"
)
# a hedge between the subject and its verb: "is nonetheless widely understood to have",
# "is generally believed to have" (the writer's hedge keeps the fact, GUIDE)
_HEDGED = re.compile(
    r"\s(?:nonetheless|nevertheless|still|also|now|widely|generally|commonly|broadly|reportedly)"
    r"(?=\s)|\s(?:understood|believed|thought|said|reported|known|rumou?red)\sto\s(?:have\s)?",
    re.I,
)
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:it|they)\s(?:(?:has|have|had|also|already|now|still|should|will|would|could|may"
    r"|might|can)\s){0,2}$|\bit['’]s\s(?:also\s)?$"
)
# a verb phrase joined to the subject's first one: "… customer and should take"
_SECOND_VERB = re.compile(
    r"\s(?:and|but)\s(?:(?:also|still|now|already)\s)?"
    r"(?:should|will|would|could|may|might|can|is\sexpected\sto|is\slikely\sto)\s$"
)
_OPENS = re.compile(r"[\W\s]*(?:(?:[A-Za-z]+\s){1,4}(?:that|,)\s)?")
# takers named after the share: "with Broadcom, AMD and AWS following behind", "as is AMD"
# "…, leaving AMD and Broadcom to split the rest", "…; the rest is divided among Broadcom
# and AMD"
_FOLLOW_HEAD = re.compile(
    r"[^,;.]{0,24}?,?\s(?:with|leaving|as\s(?:is|are|has|have|does|do))\s"
    r"|[^;.]*?[,;]\s(?:and\s|while\s)?the\s(?:rest|remainder)\s(?:is|are|was|were|goes|go)\s"
    r"(?:being\s)?(?:divided|split|shared|spread)\s(?:among|between)\s"
)
_FOLLOW_TAIL = re.compile(
    r"\s(?:following|trailing|close\sbehind|behind|next"
    # "…, with Broadcom, AMD and AWS splitting most of the rest"
    r"|(?:to\s)?(?:split(?:ting)?|shar(?:e|ing)|tak(?:e|ing)|divid(?:e|ing))\s"
    r"(?:most\sof\s|much\sof\s)?the\s(?:rest|remainder))\b"
)

# "leaving AMD, Broadcom and the cloud companies' custom chips to split the rest": the list
# ends on takers that are no company
_OTHERS_TAIL = re.compile(
    r",?\sand\s[^,;.]{0,48}?\sto\s(?:split|share|divide|take)\s(?:most\sof\s)?the\s(?:rest|remainder)\b"
)


def followers(s: Sentence, end: int, maker: str) -> list[str]:
    """Companies that take a share too, named in a list right after the share taken
    ("…, with Broadcom, AMD and AWS following behind", "…, as is AMD for the MI300")."""
    head = _FOLLOW_HEAD.match(s.text, end)
    if head is None:
        return []
    # "with Broadcom, which builds Google's TPUs, and AMD splitting most of the rest": the
    # list read past its asides, whose companies are none of it
    asides = [(a.start(), a.end()) for a in _ASIDE.finditer(s.text, head.end())]
    companies = [
        c
        for c in s.of_kind(_COMPANY, Span(head.end(), len(s.text)))
        if not any(a <= c.start < b for a, b in asides)
    ]
    group = list_after(s.text, companies, head.end(), _joined_or_next_past_asides)
    edge = group[-1].end if group else head.end()
    # "leaving AMD and Broadcom to split the rest" (not "leaving AMD behind")
    lead = head.group().lstrip(", ")
    tail = _FOLLOW_TAIL.match(s.text, edge) or _OTHERS_TAIL.match(s.text, edge)
    if lead.startswith("leaving") and tail is not None and tail.group().startswith(" behind"):
        tail = None
    if not group or (lead.startswith(("with", "leaving")) and tail is None):
        return []
    return [c.id for c in group if c.id != maker]


def asides_before(s: Sentence, verb: int) -> list[tuple[int, int]]:
    """Spans of the asides before ``verb`` (relative clauses, "on behalf of …")."""
    if "," not in s.text[:verb]:
        return []
    return [(m.start(), m.end()) for m in _ASIDE.finditer(s.text, 0, verb)]
