"""Where a site is, said as a modifier of the site rather than as "X is in Y".

News places a cluster or campus in passing, inside a clause about something else:
"Stargate's Abilene, Texas campus passed 400,000 GB200s", "The Memphis, Tennessee,
facility already holds about 150,000 H100s", "Colossus (Memphis, Tenn.) is up to 150k
H100s", "with the first racks going into the original campus in New Carlisle, Indiana".
Each says where an existing site is: `located_in`, actual, whatever the clause's own verb
says about chips or plans. The site is the one named with the place (a possessive, a name
before the parentheses), else the site the sentence or the last two sentences named.
A clause about building or choosing a site is left to the sentence-level rule.
"""

from __future__ import annotations

import re

from tracker.domain.claims import TextValue
from tracker.extract.analysis import PLACE, Sentence
from tracker.extract.claimrules.locations import denied_site, future_site, listed_places
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span
from tracker.extract.timex import point_at

_SITES = ("cluster", "facility")
_SITE_NOUN = r"(?:campus|facility|site|data\s?cent(?:er|re)|cluster|supercomputer|complex)"
# "<Place>[, <State>][,] campus": the place modifies the site noun after it
_BEFORE_NOUN = re.compile(rf"(?:,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?,?\s(?:-based\s)?{_SITE_NOUN}\b")
# "campus in <Place>": the site noun, then the place
_NOUN_IN = re.compile(
    rf"\b{_SITE_NOUN}\s(?:(?:located|based|sited)\s)?(?:in|near|outside)\s$", re.I
)
# "Colossus (<Place>": the place in parentheses right after the site's name
_PAREN_AFTER_SITE = re.compile(r"\s?\($")
# a fact box's place line: "* Where: Memphis, Tennessee", "Location: St. Joseph County,
# Indiana": the place of the site the box is about (its heading, in focus)
_WHERE_LABEL = re.compile(
    r"[ \t]*(?:[*•·-][ \t]*)?(?:where|location|located|site)[ \t]?:[ \t]", re.I
)
_BUILDING = re.compile(
    # not the nouns "a construction site", "the developer": they name, not build
    r"\b(?:build\w*|construct(?!ion\ssite)\w*|develop(?!ers?\b)\w*|break(?:s|ing)? ground|"
    r"new site|new campus|"
    r"select\w*|chose|choose|pick\w*|plans? (?:for|to)|consider\w*|propos\w*|would|could)\b",
    re.I,
)


def site_place_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """located_in from a place that modifies a site noun or follows a site's name."""
    if s.language != "en":
        return []
    out: list[Candidate] = []
    places = s.of_kind(("place",))
    for k, place in enumerate(places):
        if place.entity.level == "country" or place.entity.text is None:
            continue
        if k > 0 and places[k - 1].end >= place.start - 2:
            continue  # "Memphis, Tennessee": the pair is read from its first place
        site = _site_for(s, place)
        if site is None or denied_site(s, [site]):
            continue  # "a campus in Wyoming, but it is not a Stargate site"
        clause = s.clause_of(place.start)
        if _BUILDING.search(s.text, clause.start, clause.end):
            continue
        modality = s.modality(place.start, point_at(s.published), clause)
        if modality is None:
            continue  # negated
        if modality != "actual" and _lone_modifier(s, place):
            continue  # "will train models at the Michigan site": maybe a site to be
        # "the original campus in Mount Pleasant, Wisconsin, and a second in Atlanta,
        # Georgia": a site of several campuses is in each place the list names
        out.extend(
            Candidate(
                site.id,
                "located_in",
                future_site(s, [site], "actual") or "actual",  # "a future Stargate campus"
                point_at(s.published),
                m.start,
                value=TextValue(text=str(m.entity.text)),
            )
            for m in listed_places(s, place, clause)
        )
        state.located.add(site.id)
    return out + _campus_of(s, state)


# "Today it holds the first campus of Stargate", "This is the flagship campus of Stargate",
# "Abilene is home to the original Stargate campus": a place (named, or the one the text is
# about, as "it" or "this") holding a site's campus
_ORDINAL = r"(?:first|flagship|original|main|largest|biggest|initial|oldest)\s"
_CAMPUS_OF = re.compile(rf"\b{_ORDINAL}{_SITE_NOUN}\sof\s$", re.I)
_ORDINAL_BEFORE = re.compile(rf"\b{_ORDINAL}$", re.I)
_NOUN_AFTER = re.compile(rf"\s{_SITE_NOUN}\b")
_PLACE_PRONOUN = re.compile(r"(?:[A-Z]\w+,?\s){0,2}?(?:it|this|here)\s", re.I)


def _campus_of(s: Sentence, state: RuleState) -> list[Candidate]:
    """located_in of a site whose first or flagship campus a place holds."""
    out: list[Candidate] = []
    for site in s.of_kind(_SITES):
        if site.id in state.located or site.anaphoric:
            continue
        head = max(0, site.start - 40)
        lead = _CAMPUS_OF.search(s.text, head, site.start)
        if lead is None and _NOUN_AFTER.match(s.text, site.end):
            lead = _ORDINAL_BEFORE.search(s.text, head, site.start)
        if lead is None:
            continue
        clause = s.clause_of(site.start)
        before = [
            m
            for m in s.of_kind(("place",), Span(clause.start, lead.start()))
            if m.entity.level != "country"
        ]
        place = before[0].entity if before else None
        if place is None and _PLACE_PRONOUN.match(s.text, clause.start):
            place = s.focus.get(PLACE, s.index, 3)
        if place is None or place.text is None:
            continue
        if _BUILDING.search(s.text, clause.start, clause.end):
            continue
        valid = point_at(s.published)
        if s.modality(site.start, valid, clause) is None:
            continue  # negated
        out.append(
            Candidate(
                site.id, "located_in", "actual", valid, site.start, value=TextValue(text=place.text)
            )
        )
        state.located.add(site.id)
    return out


def _site_for(s: Sentence, place: Mention) -> Mention | None:
    """The site ``place`` modifies, or ``None`` when it modifies none."""
    sites = s.of_kind(_SITES)
    head = s.text[: place.start]
    if _PAREN_AFTER_SITE.search(head):
        named = [m for m in sites if head.rstrip(" (").endswith(m.text)]
        if named:
            return named[-1]
    label = _WHERE_LABEL.match(s.text)
    attached = (
        _BEFORE_NOUN.match(s.text, _pair_end(s, place)) is not None
        or bool(_NOUN_IN.search(s.text, max(0, place.start - 40), place.start))
        or (label is not None and place.start - label.end() <= 40)
    )
    if not attached:
        return None
    if sites:
        # "Colossus in Memphis, and Amazon's Project Rainier campus near New Carlisle":
        # the site named right before the place, not the sentence's first
        before = [m for m in sites if m.end <= place.start]
        return before[-1] if before else sites[0]
    entity = s.focus.get("cluster", s.index, 2) or s.focus.get("facility", s.index, 2)
    return Mention(place.start, place.start, entity, "", True) if entity is not None else None


def _pair_end(s: Sentence, place: Mention) -> int:
    """The end of "Memphis, Tennessee" (a city and its state named together)."""
    for m in s.of_kind(("place",)):
        if m.start > place.end and s.text[place.end : m.start] in (", ", ","):
            return m.end
    return place.end


def _lone_modifier(s: Sentence, place: Mention) -> bool:
    """A single place name before a site noun ("the Michigan site"), with no city-state
    pair, possessive or parentheses: a label that does not show the site exists."""
    possessed = any(
        s.text[m.end : place.start] in ("'s ", "’s ") for m in s.of_kind(_SITES)
    )  # "Project Rainier's Indiana campus": the named site's own campus exists
    return (
        not possessed
        and _pair_end(s, place) == place.end
        and _BEFORE_NOUN.match(s.text, place.end) is not None
    )
