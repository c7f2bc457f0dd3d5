"""Several places listed for one site in a Korean sentence: one `located_in` each.

"텍사스주 섀클퍼드 카운티, 뉴멕시코주 도냐아나 카운티, 오하이오주 로즈타운 인근 등이 명단에
올랐다" (after a sentence about Stargate's new sites) places the site in three states; the
sentence-level rule reads only one place per clause. Each state or country named in the
list is a claim of the site the sentence names, else of the site in focus (the last two
sentences). A list of new sites ("명단", "후보지", "부지", "선정") tells sites that are
announced, not running: with no cue of its own, such a sentence is `announced`.
"""

from __future__ import annotations

import re

from tracker.domain.claims import TextValue
from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.sought_sites import site_sought
from tracker.extract.timex import point_at

_SITES = ("cluster", "facility")
# what separates two items of a list: a comma, 와/과, 및, a middle dot, with words between
_LIST_GAP = re.compile(r"[^.?!]{0,30}?(?:,|·|ㆍ|\s및\s|(?:와|과)\s)[^.?!]{0,4}")
_JOINERS = (",", "와 ", "과 ", "및", "·", "ㆍ")
_NEW_SITES = re.compile(r"명단|후보지|후보\s?부지|새\s?부지|신규\s?부지|선정|낙점|들어설")


def site_list_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """One located_in per listed place of a Korean sentence that names two or more."""
    if s.language != "ko" or not any(j in s.text for j in _JOINERS):
        return []
    places = [m for m in s.of_kind(("place",)) if m.entity.text is not None]
    listed = _listed(s, places)
    if len(listed) < 2:
        return []
    site = _site(s)
    if site is None or site.id in state.located:
        return []
    valid = point_at(s.published)
    out: list[Candidate] = []
    for place in listed:
        clause = s.clause_of(place.start)
        modality = s.modality(place.start, valid, clause)
        if modality is None or site_sought(s.text, place.end, clause.end):
            continue  # "뉴멕시코와 위스콘신 등에 추가 부지를 물색하고 있다": no site there yet
        if modality == "actual" and _NEW_SITES.search(s.text):
            modality = "announced"  # "… 등이 (새 부지) 명단에 올랐다": sites to be built
        value = TextValue(text=str(place.entity.text))
        out.append(Candidate(site.id, "located_in", modality, valid, place.start, value=value))
    if out:
        state.located.add(site.id)
        state.listed_places.update(place.start for place in listed)
    return out


def _listed(s: Sentence, places: list[Mention]) -> list[Mention]:
    """The places joined as one list, one per distinct value, in text order."""
    out: list[Mention] = []
    last_end = -1
    for place in places:
        if out and not s.text[last_end : place.start].strip():
            last_end = place.end  # "텍사스주 섀클퍼드 카운티": one item, its state first
            continue
        # "멤피스에 있으며, 미시시피주에는 발전 설비가 있다": a clause boundary ends a list
        split = bool(out) and s.clause_of(place.start) != s.clause_of(out[-1].start)
        if out and (split or not _LIST_GAP.fullmatch(s.text, last_end, place.start)):
            if len(out) >= 2:
                break
            out = []
        last_end = place.end
        if all(m.entity.text != place.entity.text for m in out):
            out.append(place)
    return out


def _site(s: Sentence) -> Mention | None:
    sites = s.of_kind(_SITES)
    if sites:
        return sites[0]
    entity = s.focus.get("cluster", s.index, 2) or s.focus.get("facility", s.index, 2)
    return Mention(0, 0, entity, "", True) if entity is not None else None
