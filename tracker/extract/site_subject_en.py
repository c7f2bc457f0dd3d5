"""The owner of an English count whose subject is a site or a phase of one, in a sentence
that names no company ("Nebius opened its campus on Thursday. The first phase houses about
21,000 GB300 GPUs."): the company the previous sentence was about runs the chips. The
subject may be a numbered part ("Hall three", "Phase 2", "Building C") and may carry an
aside between commas ("The first phase, built south of Paris, will run …", "Phase two,
which we plan to finish by December, will take the cluster to …"); a "we" or "our" in it
is the text's issuer. A site before a plain copula ("The cluster is 4,032 B200 GPUs") tells
its fleet size, as "Nebius's cluster is …" does."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.quantities import QuantityMatch
from tracker.extract.site_done_en import SITE_HEAD
from tracker.extract.vocabulary import Entity

# the subject at the start of the sentence (not "The campus of Meta": an owner named)
_HEAD = SITE_HEAD + r"(?![^,;]*\b(?:of|for|by)\s[A-Z])"
# up to the count: no comma, or one aside between commas ("…, built in Essonne, …")
# (a comma inside a number, "adds 8,000 GPUs and will take …", ends no clause)
_SITE_SUBJECT = re.compile(_HEAD + r"(?:\s|,\s[^;]*?,\s)(?:[^,;]|(?<=\d),(?=\d))*$")
_COPULA = re.compile(
    _HEAD + r"\s(?:is|was)\s(?:now\s|currently\s|today\s)?"
    r"(?:(?:about|around|roughly|nearly|almost|some|just\sover|over|more\sthan)\s)?$"
)
_FIRST_PERSON = ("we", "our", "us")
# an aside naming another party that takes the site, even one the vocabulary does not know
# ("Phase 2, which Lambda will rent, …"; not "which we plan to finish")
_OTHER_PARTY_ASIDE = re.compile(
    r",\s(?:which|that)\s(?:[A-Z][\w&.-]*\s){1,3}(?:will\s|would\s|plans\sto\s)?"
    r"(?:rent|lease|take|use|run|operate|occupy)\w*\b"
)
# what the site adds ("Hall 2 will add 8,000 GPUs"): an increment, not the owner's fleet
_ADDS = re.compile(r"\badd(?:s|ed|ing)?\s(?:(?:about|roughly|another|some|up\sto)\s)?$")


def site_owner_en(s: Sentence, pos: int, maker: str | None) -> Entity | None:
    """The company in focus, for a count at ``pos`` whose subject is a site or phase: the
    text's issuer, else the one the previous sentence named; never the chips' maker (a
    brand: "… is now serving customers on NVIDIA GB300 NVL72 systems."). A "we" or "our"
    in the sentence is the issuer; any other company named stops it."""
    if s.language != "en" or _SITE_SUBJECT.match(s.text[:pos]) is None:
        return None
    if _ADDS.search(s.text, max(0, pos - 30), pos):
        return None
    named = s.of_kind(("company",))
    if any(m.text.lower() not in _FIRST_PERSON for m in named):
        return None
    if _OTHER_PARTY_ASIDE.search(s.text, 0, pos):
        return None  # "Phase 2, which Lambda will rent, will hold …": another party's part
    owners = (s.focus.issuer,) if named else (s.focus.issuer, s.focus.get("company", s.index, 1))
    for owner in owners:
        if owner is not None and owner.id != maker:
            return owner
    return None


def site_copula(s: Sentence, q: QuantityMatch) -> bool:
    """Whether count ``q`` follows a site opening the sentence and a plain copula ("The
    cluster is 4,032 B200 GPUs", "Phase 2 is about 6,000 GPUs"): its fleet size."""
    return s.language == "en" and _COPULA.match(s.text[: q.start]) is not None
