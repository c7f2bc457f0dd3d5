"""English: a use to come, told on a named party's word (GUIDE, settled cases: a future with
no date to reach and no plan word is ``announced``).

"Meta will run its ranking models on MI450 racks, AMD said", "Anthropic will train its next
models on the new cluster, according to Andy Jassy", "Lisa Su confirmed that Oracle will
offer MI450 in its cloud": a bare "will" about a company's use of a product or a cluster,
attributed to a named speaker (the user, its supplier, an executive), is an announcement of
that use, not yet a plan (the dev gold: 36 such uses announced, 6 planned). A plan word
("plans to", "aims to"), a date the use is due in ("in the second half of 2026", "by the end
of the year") or a third party's word (analysts, sources, people familiar) keeps what the
modality cues found.
"""

from __future__ import annotations

import re

from tracker.domain.claims import Modality, ValidTime
from tracker.extract.analysis import Sentence
from tracker.extract.statements import SAYS_PERFECT, SAYS_VERB, has_plan_word
from tracker.extract.text import Span

_WILL = re.compile(r"\bwill\s(?!not\b)|['’]ll\s")
# the speaker named after the statement: ", Nvidia said.", ", Microsoft has said", ", the
# company's chief executive told reporters", ", according to Scott Guthrie, who runs …"
_SAID_AFTER = re.compile(
    r",\s(?:(?:the\s)?[A-Z][\w.&'’-]*\s){1,3}"
    + SAYS_PERFECT
    + r"(?:"
    + SAYS_VERB
    + r"|told\s[\w\s]{1,30}?)(?=[,.]|$)"
    r"|,\saccording\sto\s(?:[A-Z][\w.&'’-]*\s?){1,3}(?=[,.]|$)"
)
# the speaker named before it: "Amodei says Anthropic will …", "Su confirmed that Meta will"
_SAID_BEFORE = re.compile(
    r"(?:^|[—:-]\s|\s)[A-Z][\w.&'’-]*\s"
    + SAYS_PERFECT
    + r"(?:"
    + SAYS_VERB
    + r"|told\s[\w\s]{1,30}?)\s(?:that\s)?"
    r"(?=[A-Z])"
)
# a third party's word, whose future is their expectation
_THEIRS = re.compile(
    r"\b(?:analysts?|sources?|people\s(?:familiar|briefed|close)|insiders?|reportedly"
    r"|is\sexpected|are\sexpected|brokers?|according\sto\s(?:a\s|the\s)?reports?)\b",
    re.I,
)


def told_future_use(
    s: Sentence, modality: Modality | None, clause: Span, verb: int, valid: ValidTime
) -> Modality | None:
    """``announced`` for a planned use said with a bare "will" on a named speaker's word,
    with no plan word and no due date; else the modality as found."""
    if not bare_will(s, modality, clause, valid):
        return modality
    if _SAID_AFTER.search(s.text, clause.start) or _SAID_BEFORE.search(s.text, 0, verb):
        return "announced"
    return modality


def bare_will(s: Sentence, modality: Modality | None, clause: Span, valid: ValidTime) -> bool:
    """Whether a planned English statement is a bare "will": no plan word, no date it is
    due, no third party's word ("Acme will also tap Ironwood through Google Cloud", not
    "will run them in the second half of 2026" or "analysts say Acme will …")."""
    if modality != "planned" or s.language != "en":
        return False
    text = s.text[clause.start : clause.end]
    if not _WILL.search(text) or has_plan_word(text) or _THEIRS.search(s.text):
        return False
    return not (
        valid.kind in ("deadline", "interval") or (valid.kind == "point" and s.future(valid))
    )
