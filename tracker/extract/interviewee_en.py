"""Who "we" is in an English press interview or transcript: the interviewee's company.

"Q&A: Crusoe's operating chief on building at gigawatt speed" / "… We spoke with its chief
operating officer. … A: We plan to have 400,000 GPUs under management across our own sites":
the answers speak for the company whose officer was met, as a company's own text speaks for
it (the Korean twin is :mod:`tracker.extract.interviewee_ko`). The company is the one whose
officer the headline or the opening lines name ("Google Cloud's infrastructure chief", "the
Nvidia executive who runs …", "who runs AI infrastructure at Google Cloud", "remarks by
Google Cloud chief executive …"; "its chief product officer" after the company the opening
is about; "Samsung Electronics held a media briefing", whose executives answer), or whose
memo to the staff it reproduces. A story naming officers of two companies (a panel) has no
one voice.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tracker.extract.entities import Mention
from tracker.extract.vocabulary import Entity

# a headline or opening that says the story is an interview or a transcript of one speaker
_INTERVIEW = re.compile(
    r"\bQ\s?&\s?A\b|\binterview\b|\bin\sconversation\b|\ba\sconversation\swith\b|\btranscript\b"
    r"|\bkeynote\b|\bfireside\schat\b|\bremarks\sby\b|\bbriefing\b|\bpress\sconference\b"
    # an officer's memo, letter or email to the staff, quoted: "X's chief executive told
    # employees", "according to an internal memo", "an email to staff"
    r"|\bmemo\b|\b(?:e-?mail|note|letter)\sto\s(?:staff|employees|workers|shareholders)\b"
    r"|\b(?:told|tells|wrote\sto)\s(?:staff|employees)\b"
    r"|\bwe\s(?:sat\sdown|sit\sdown|spoke|speak|talked|talk|caught\sup|chat(?:ted)?)\s(?:with|to)\b"
    # a podcast's show notes over a partial transcript: "Episode 88 … this week we sit down
    # with Ingrid Solheim, who runs data-centre engineering at Nscale"
    r"|\bpodcast\b|\bshow\snotes\b",
    re.IGNORECASE,
)
_PANEL = re.compile(r"\bpanel\b|\bexecutives\b|\bround\s?table\b", re.IGNORECASE)
_OFFICE = (
    r"(?:chief(?:\s[\w-]+){0,2}?\s(?:officer|executive)|(?:[\w-]+\s)?chief|ceo|cto|cfo|coo"
    r"|president|founder|co-founder|head(?:\sof\s[\w-]+(?:\s[\w-]+)?)?|executive|boss|chair"
    r"(?:man|woman)?|(?:senior\s|executive\s)?vice\spresident|svp|evp)"
)
# "Crusoe's operating chief", "Google Cloud chief executive Thomas Kurian", "the Nvidia
# executive who runs …", "AWS's chip chief"
_OFFICER_AFTER = re.compile(
    r"(?:['’]s)?\s(?:[\w-]+\s){0,2}?" + _OFFICE + r"\b",
    re.IGNORECASE,
)
# "who runs AI infrastructure at Google Cloud", "chief executive of Micron", "who runs
# AWS's custom silicon group"
_OFFICER_BEFORE = re.compile(
    r"\b(?:(?:who\s)?runs\s(?:[\w-]+\s){0,4}?(?:at|for)|" + _OFFICE + r"\s(?:at|of))\s$"
    r"|\bwho\sruns\s$",
    re.IGNORECASE,
)
# "We spoke with Han Ji-won, its chief product officer": the officer of the company the
# opening is about
_ITS_OFFICER = re.compile(r"\b(?:its|the\scompany['’]s|the\sstartup['’]s)\s" + _OFFICE + r"\b")
_HEAD_LINES = 3
# "Samsung Electronics held a media briefing in Seoul", "Micron hosted a press conference":
# the company whose executives answer
_HELD_BRIEFING = re.compile(
    r"\s(?:held|hosted|gave|called)\s(?:a|an|its)\s(?:[\w-]+\s){0,2}?"
    r"(?:briefing|press\sconference|news\sconference|call)\b",
    re.IGNORECASE,
)


def interviewee_en(title: str, text: str, find: Callable[[str], list[Mention]]) -> Entity | None:
    """The company whose officer an English press interview or transcript talks to, or
    ``None``."""
    lines = [title, *[line for line in text.split("\n") if line.strip()][:_HEAD_LINES]]
    head = "\n".join(line for line in lines if line)
    if not _INTERVIEW.search(head) or _PANEL.search(title):
        return None
    found: dict[str, Entity] = {}
    for line in lines:
        mentions = [m for m in find(line) if m.kind == "company" and not m.anaphoric]
        for k, m in enumerate(mentions):
            stop = mentions[k + 1].start if k + 1 < len(mentions) else len(line)
            start = mentions[k - 1].end if k else 0
            if (
                _OFFICER_AFTER.match(line, m.end, stop)
                or _OFFICER_BEFORE.search(line[max(start, m.start - 48) : m.start])
                or (k == 0 and _HELD_BRIEFING.match(line, m.end, stop))
            ):
                found[m.id] = m.entity
        if mentions and _ITS_OFFICER.search(line):
            found[mentions[0].id] = mentions[0].entity
    return next(iter(found.values())) if len(found) == 1 else None


__all__ = ["interviewee_en"]
