"""Which company an English description ("the company", "the chipmaker") means when the
sentence itself names the party: the subject of another clause of the sentence, the company
of the person whose saying opens the description's clause. A part of
:class:`tracker.extract.discourse.CompanyReferences`, which falls back on the companies of
earlier sentences when none of these applies.
"""

from __future__ import annotations

import re

from tracker.extract.entities import Mention
from tracker.extract.vocabulary import Entity

# a company after these is an object or sits in a subordinate clause, not the subject
PREPOSITION_BEFORE = re.compile(
    r"\b(?:from|to|with|in|into|by|of|at|for|on|than|like|via|through|over|against|"
    r"including|and|or|as|while|after|before|because|since|though|although|if|when|"
    r"whereas|unlike|besides)\s(?:the\s)?$",
    re.IGNORECASE,
)


# a verb after a description: it is the subject of its clause ("after the chipmaker said")
ACTS_AFTER = re.compile(
    r"\s(?:(?:also|now|still|later|then|first|had|has|have)\s)?(?:said|says|told|added|"
    r"confirmed|announced|reported|agreed|signed|began|started|plans|planned|disclosed|warned|"
    r"posted|raised|cut|lifted|won|lost|shipped|is|was|will|would)\b"
)


# a person's company before the verb of saying that opens the description's clause: "Priya
# Nair of CoreWeave, who said the company …", "Priya Raman, vice president at CoreWeave, told
# the room the company …", "Sam Ortiz, who runs procurement at Lambda, said the
# company's …" (nothing but a comma, "who", a title or the hearers between)
_SPEAKER_OF = re.compile(r"(?:of|at|for|from)\s(?:the\s)?$")
_SAID_THEN = re.compile(
    r"^(?:['’]s\s[\w\s-]{0,30})?,?\s(?:who\s)?(?:(?:also|then|later)\s)?"
    r"(?:said|says|told|tells|added|noted|explained|confirmed)\s(?:[\w\s]{0,25}?\s)?(?:that\s)?$"
)


def speakers_company(
    text: str, before: list[Mention], at: int, allowed: frozenset[str] | None
) -> Entity | None:
    """The company of the person whose saying opens the description's clause."""
    if not before:
        return None
    last = before[-1]
    if last.anaphoric or (allowed is not None and last.id not in allowed):
        return None
    if _TITLED_SPEAKER.match(text[last.end : at]):
        return last.entity  # "Meta chief executive Mark Zuckerberg said the company …"
    if not _SPEAKER_OF.search(text, max(0, last.start - 12), last.start):
        return None
    return last.entity if _SAID_THEN.match(text[last.end : at]) else None


# the company before its officer's title and name, the person saying what opens the
# description's clause: "Meta chief executive Mark Zuckerberg said in January that the
# company …", "AMD's finance chief, Jean Hu, told analysts the company …", "Oracle
# co-founder Larry Ellison says the company …"
_TITLED_SPEAKER = re.compile(
    r"^(?:['’]s)?\s(?:(?:chief|senior|executive|global|group|finance|founding)\s)?"
    r"(?:(?:co-?)?founder|executive|officer|chief|(?:vice\s)?president|chair(?:man|woman)?"
    r"|CEO|CFO|CTO|COO|spokes(?:person|woman|man)|head|director|chief\s\w+\sofficer)"
    r"(?:\s(?:and|of)\s[\w-]+(?:\s\w+)?)?,?"
    # the officer's name, or where they spoke ("A TSMC executive in the VIP section told
    # us afterwards that the company …")
    r"(?:\s(?:[A-Z][\w.'’-]+\s){1,3}?[A-Z][\w'’-]+,?|\s(?:in|at|on)\s(?:the\s)?[^,.;]{1,30}?)?"
    r"\s(?:(?:also|then|later)\s)?(?:said|says|told|tells|added|noted|explained|confirmed)"
    r"\s(?:[\w\s]{0,25}?\s)?(?:that\s)?$"
)


def earlier_clause_subject(
    text: str, before: list[Mention], description: re.Match[str], allowed: frozenset[str] | None
) -> Entity | None:
    """For a description that is the subject of a later clause ("Oracle has said its Abilene
    site runs GB200 racks, and Larry Ellison told analysts the company would have 210,000
    GPUs"), the company that is the subject of the sentence's first clause: the
    sentence has introduced it, so it is no company of an earlier sentence. Not a
    description set beside a name (an apposition: "OpenAI, the company behind ChatGPT")."""
    if not before or not ACTS_AFTER.match(text, description.end()):
        return None
    first = before[0]
    if first.anaphoric or text.startswith(("'", "’"), first.end):
        return None
    if PREPOSITION_BEFORE.search(text[max(0, first.start - 12) : first.start]):
        return None
    if allowed is not None and first.id not in allowed:
        return None
    gap = text[first.end : description.start()]
    if re.search(r",\s*$", gap) and before[-1].end + 3 >= description.start():
        return None  # "OpenAI, the company behind ChatGPT, …": an apposition
    return first.entity if CLAUSE_JOINT.search(gap) else None


# a joint between a main clause and the clause a description sits in: "CoreWeave rose after
# Meta agreed to rent … from the company", "Nvidia said Microsoft bought … from the company"
CLAUSE_JOINT = re.compile(
    r"\s(?:after|as|when|because|since|while|once|said|says|told|confirmed|announced)\s|[,;]\s",
    re.I,
)


def other_clause_party(
    text: str, mentions: list[Mention], at: int, allowed: frozenset[str] | None
) -> Entity | None:
    """For a description in object position, the company named as the subject of another
    clause of the same sentence: the nearest company before it is its own clause's subject
    (never its object: "Google put $3 billion into the company"), but one named before a
    clause joint is a party the sentence already introduced."""
    before = [x for x in mentions if x.kind == "company" and not x.anaphoric and x.end <= at]
    if len(before) < 2:
        return None
    own = before[-1]
    for x in reversed(before[:-1]):
        if x.id == own.id or (allowed is not None and x.id not in allowed):
            continue
        if CLAUSE_JOINT.search(text, x.end, own.start):
            return x.entity
    return None
