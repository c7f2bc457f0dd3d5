"""English: a provider putting a product in place for a named customer ("Lambda agreed a deal
to put GB300 systems in for Microsoft", "Nebius will install B300 racks for Meta under the
contract", "Nscale signed an agreement to build a GB300 cluster for OpenAI"): the subject
builds, installs or hosts the goods for the company after "for", so it is the supplier and
that company the customer. The supply rule reads the subject of a signing as its customer
and the other company as the supplier, which turned these deals round.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention

# the verb of putting goods in place, with "for" and a name after it in the clause
_PUTS_FOR = re.compile(
    r"\b(?:put|puts|putting|install|installs|installing|deploy|deploys|deploying|build|builds"
    r"|building|host|hosts|hosting|stand\sup|stands\sup|standing\sup|bring\sonline)\b"
    r"(?=[^.;]{0,60}?\sfor\s(?:[A-Z]|[a-z][a-z]?[A-Z]))"
)
# between the provider and its verb: auxiliaries, a signing of a deal "to", adverbs
_GAP = re.compile(
    r"(?:\s(?:will|would|is|are|has|have|had|agreed|to|set|plans|planned|also|already|just|now"
    r"|signed|struck|inked|reached|agreed|won|(?:a|an|the)(?:\s[\w$.-]+){0,2}?\s(?:deal|agreement"
    r"|contract|pact)))*\s"
)


def builders_for(s: Sentence) -> list[Mention]:
    """The companies said to put goods in place for a named customer: the subject right
    before such a verb, with only auxiliaries or a signed deal between."""
    if s.language != "en" or " for " not in s.lowered:
        return []
    companies = [m for m in s.mentions if m.kind == "company" and not m.anaphoric]
    out: list[Mention] = []
    for verb in _PUTS_FOR.finditer(s.text):
        before = [m for m in companies if m.end <= verb.start()]
        if before and _GAP.fullmatch(s.lowered, before[-1].end, verb.start()):
            out.append(before[-1])
    return out
