"""How far a customer's share or rental is settled, read on its own verb (English).

A sentence the modality reader calls *planned* may still tell a settled share: "Sakura
Internet is to receive 20,000 of the GPUs", "Hanwha was allotted 40,000", "Kakao gets
30,000" (allotted by the deal: actual), or a term of the deal in a bare future: "Kakao will
also receive 30,000", "Meta will start drawing on this capacity" (announced). A wish or an
intention stays a plan: "Kakao seeks to secure 30,000", "would like to receive 30,000",
"hopes to rent the capacity". The auxiliary is read right before the verb, across adverbs
("will each get", "will also receive"), never from a fixed window of characters.
"""

from __future__ import annotations

import re

from tracker.domain.claims import Modality
from tracker.extract.statements import has_plan_word

# what may stand between an auxiliary and its verb: "will each get", "will also receive",
# "will then begin using", "are both to receive"
_BETWEEN = r"(?:(?:also|each|both|all|then|now|soon|jointly|together|in\sturn|initially|first)\s)*"
# the clause's auxiliary of a bare future, right before the verb (or "begin/start" + verb)
_FUTURE_AUX = re.compile(
    rf"(?:\bwill|\bshall|['’]ll)\s{_BETWEEN}(?:(?:begin|start)\s{_BETWEEN})?$", re.I
)
# a verb governed by something else: an infinitive ("seeks to secure", "would like to
# receive", "hopes to rent") unless it is the settled "is to receive"; a conditional
# "would"/"could"/"may" ("would get 50,000 if …")
_GOVERNED = re.compile(
    rf"(?:\bto\s|\b(?:would|could|might|may|should)\s{_BETWEEN}(?:(?:begin|start)\s)?)$", re.I
)
# a wish or a condition on the verb: "would like to receive", "could get", "might rent"
_WISH = re.compile(
    rf"\b(?:would|could|might)\s{_BETWEEN}(?:(?:like|love|prefer|hope|want)\sto\s)?$", re.I
)
_SETTLED_INFINITIVE = re.compile(rf"\b(?:is|are|was|were)\s{_BETWEEN}to\s$", re.I)
# a finite verb that tells the share as settled: present or past, or the passive of
# allotting ("gets", "received", "secured", "signed for", "was allotted", "rents", "used")
_SETTLED_VERB = re.compile(
    r"(?:gets|got|receives|received|secures|secured|signed|signs|takes|took|rents|rented"
    r"|leases|leased|uses|used|taps|tapped|(?:is|are|was|were)\s(?:allotted|allocated)"
    r"|(?:is|are)\sto\s)",
    re.I,
)


def settled_modality(clause: str, verb_at: int, modality: Modality) -> Modality:
    """The modality of a customer's share whose verb starts at ``verb_at`` in ``clause``.

    A wish or condition on the verb ("would like to receive") is planned whatever was read.
    Otherwise only *planned* is reconsidered, never upgraded on the absence of a plan word
    alone: a plan word before the verb or a governing infinitive keeps it planned; a bare
    future auxiliary on the verb makes it announced; a settled verb form makes it actual."""
    before, verb = clause[:verb_at], clause[verb_at:]
    if modality in ("actual", "announced") and _WISH.search(before):
        return "planned"  # "would like to receive 50,000": a wish, whatever else was read
    # only a plan word before the verb governs it ("plans to receive"), not one in a
    # later relative clause ("…, in a hall the filing called planned")
    if modality != "planned" or has_plan_word(before):
        return modality
    if _SETTLED_INFINITIVE.search(before):
        return "actual"
    if _FUTURE_AUX.search(before):
        return "announced"
    if _GOVERNED.search(before):
        return "planned"
    return "actual" if _SETTLED_VERB.match(verb) else "planned"
