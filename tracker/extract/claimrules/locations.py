"""Where a site is: the located_in rule (a cluster or facility in a place, with the
places listed after it, an attributive place, a dateline's state, and the places a text
says it is not)."""

from __future__ import annotations

import re

from tracker.domain.claims import Modality, TextValue, ValidTime
from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate, RuleState
from tracker.extract.entities import Mention
from tracker.extract.sought_sites import site_sought
from tracker.extract.text import Span
from tracker.extract.timex import point_at

_KO_NOT_PLACE = re.compile(
    r"(?:주|시|도)?['’”]?\s?(?:(?:가|이)\s?아니|(?:가|이)\s아닌|(?:로|으로|라고)\s?(?:잘못\s?)?(?:적|썼|표기|보도|기재))"
)
# a site named as what a utility serves: "이 시설에 전력을 댈 발전소", "…에 냉각수를 공급하는"
_SERVED_KO = re.compile(
    r"\s?(?:에|에게)\s(?:[^\s,.]+\s)?(?:전력|전기|용수|냉각수|가스|물)(?:을|를)\s"
    r"(?:댈|대는|댄|공급할|공급하는|공급한|보낼|보내는|끌어올|공급해\s줄)"
)
_KO_RIGHT_PLACE = re.compile(r"(?:주|시|도)?(?:가|이)\s?맞")
_EN_NOT_PLACE = re.compile(r"\bnot\s(?:in\s)?$|\brather than\s(?:in\s)?$|\binstead of\s$")
_NAMED_AFTER = re.compile(
    r"named (?:after|for)|takes its name|took its name|이름을 딴|이름에서|이름을 따", re.I
)
_SITE_AFTER = re.compile(r"\s(?:cluster|site|campus|data\s?cent(?:er|re)|facility|supercomputer)\b")
_LEVEL = {"state": 0, "city": 1, "country": 2}
# a site followed by its own place phrase: "Colossus in Memphis", "Colossus 2 is in Memphis",
# "our Hyperion site in Louisiana"
_SITE_IN = re.compile(
    r"(?:\s(?:sites?|campus(?:es)?|clusters?|data\s?cent(?:er|re)s?|facilit(?:y|ies)|supercomputers?))?"
    r"(?:\s(?:is|was|sits|lies|stands|located|based))?\s(?:in|near|outside)\s(?:the\s)?"
)


def located_in_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """Where a cluster or facility is."""
    out: list[Candidate] = []
    for clause in s.clauses:
        places = [m for m in s.of_kind(("place",), clause) if _placed(s, m)]
        # "하이페리온보다 먼저 불을 켜는 곳은 오하이오주의 '프로메테우스'다": a site named
        # only as a point of comparison is not where the place is
        sites = [
            m
            for m in s.of_kind(("cluster", "facility"), clause)
            if not s.is_compared(m)
            # "미시시피주 쪽에는 이 시설에 전력을 댈 발전소가 들어선다": the plant is placed
            and not (s.language == "ko" and _SERVED_KO.match(s.text, m.end))
        ]
        if not sites and any(_KO_RIGHT_PLACE.match(s.text, m.end) for m in places):
            sites = s.of_kind(("cluster", "facility"))  # "…로 적었으나 인디애나주가 맞습니다"
        if not sites and places and s.language == "en":
            sites = _sites_in_focus(s, places[0])  # "the sites in Texas, New Mexico and Ohio"
        elif not sites and places:
            sites = _site_topic_ko(s, places[0], clause)  # "부지는 아부다비다"
        if places and sites and sites[0].id in state.located and s.language == "ko":
            # "텍사스주 … 첫 거점이 가동 중이며 오하이오주와 뉴멕시코주 부지에서도": the list
            # was read by the list rule, a place outside it is this rule's
            places = [m for m in places if m.start not in state.listed_places]
        elif sites and sites[0].id in state.located:
            if s.language == "en":
                # "Prometheus, a cluster in Ohio, …, and Hyperion in Louisiana follows it":
                # another rule placed the first site; a later one named with its own place
                others = [m for m in sites if m.id not in state.located]
                out.extend(_own_places_en(s, clause, others, None, places, None, out))
            continue
        if not places or not sites:
            continue
        if _NAMED_AFTER.search(s.text, clause.start, clause.end):
            continue  # "named after Mount Rainier in Washington state", "레이니어산에서 이름을 딴"
        if s.language == "en" and denied_site(s, sites):
            continue  # "a campus in Wyoming, but it is not a Stargate site": no site there
        place = min(places, key=lambda m: _LEVEL.get(m.entity.level or "country", 3))
        if place.entity.level == "country":
            continue  # a country alone is too coarse to place a site
        valid = point_at(s.published)
        modality = s.modality(place.start, valid, clause)
        if site_sought(s.text, place.end, clause.end):
            continue  # "위스콘신 등에 추가 부지를 물색하고 있다": where a site is sought, none is
        if modality is None and s.language == "en" and _attributive(s, place, sites, clause):
            # "it does not mention the Fairwater site in Wisconsin by chip number": where the
            # site is is told in passing, whatever the clause denies about it
            modality = "actual"
        if s.language == "ko" and any(
            _SITED_KO.fullmatch(s.text, m.end, place.start) for m in sites
        ):
            # "레이니어가 들어선 인디애나주 부지에는 … 여력이 없다": where the site stands is
            # given, whatever the main clause says or denies
            modality = "actual"
        if modality not in (None, "actual") and (
            _attributive(s, place, sites, clause)
            or not _BUILDING.search(s.text, clause.start, clause.end)
        ):
            # "인디애나주 프로젝트 레이니어에서 … 훈련할 예정", "xAI plans to expand Colossus, its
            # supercomputer in Memphis": where the site is now, whatever the clause plans for
            # it; only building or choosing a site makes its place a plan
            modality = "actual"
        if (
            modality not in (None, "actual")
            and _UNDER_WAY_EN.search(s.text, clause.start, clause.end)
            and not _NEW_SITE_EN.search(s.text, clause.start, clause.end)
        ):
            # "a cluster AWS is building in Indiana", "halls are rising in Abu Dhabi": a
            # site under construction is where it is now; only a build to come is a plan,
            # and so is a venture's new site ("is building a new Stargate campus in Ohio")
            modality = "actual"
        if (
            modality not in (None, "actual")
            and s.language == "ko"
            and _UNDER_WAY_KO.search(s.text, clause.start, clause.end)
        ):
            # "텍사스주 애빌린에 짓고 있는 스타게이트 첫 캠퍼스에는 … 들어갈 예정이다": a site
            # under construction is where it is now, whatever the clause plans for it
            modality = "actual"
        modality = future_site(s, sites, modality)  # "a future Stargate campus"
        if modality is None or place.entity.text is None:
            continue
        # "Colossus 2 is twice the size of Colossus in Memphis": the site the place follows
        site = next((m for m in sites if _SITE_IN.fullmatch(s.text, m.end, place.start)), sites[0])
        for m in listed_places(s, place, clause):
            out.append(
                Candidate(
                    site.id,
                    "located_in",
                    modality,
                    valid,
                    m.start,
                    value=TextValue(text=str(m.entity.text)),
                )
            )
        if s.language == "ko" and len(sites) > 1:
            out.extend(_own_places_ko(s, sites, site, places, modality, valid))
        if s.language == "en" and len(sites) > 1:
            # "…, and Hyperion in Louisiana follows it", "linked to the Fairwater sites in
            # Atlanta and Wisconsin"; a site joined straight to the first one's place ("A
            # near X, Indiana, and B in Y are …") is left as tests/test_extract_general_en5 pins
            others = [m for m in sites if not _JOINED_SITE.fullmatch(s.text, place.end, m.start)]
            out.extend(_own_places_en(s, clause, others, site, places, (modality, valid), out))
    return out


_JOINED_SITE = re.compile(r",?\s(?:and|or)\s(?:the\s)?")
# a site called one still to come: "a future Stargate campus", "a planned Stargate location",
# "the proposed Hyperion site"
_FUTURE_SITE_EN = re.compile(
    r"\b(?:a|an|the|its|their)\s(?:future|planned|proposed|prospective)\s$"
)


def future_site(s: Sentence, sites: list[Mention], modality: Modality | None) -> Modality | None:
    """``modality``, or `planned` for an English site called one still to come ("describes
    the Osage County site as a future Stargate campus, the first in Missouri": GUIDE,
    session 16, a future site is `planned`)."""
    if modality is None or s.language != "en":
        return modality
    if any(_FUTURE_SITE_EN.search(s.lowered, max(0, m.start - 24), m.start) for m in sites):
        return "planned"
    return modality


def _own_places_en(
    s: Sentence,
    clause: Span,
    sites: list[Mention],
    chosen: Mention | None,
    places: list[Mention],
    told: tuple[Modality, ValidTime] | None,
    found: list[Candidate],
) -> list[Candidate]:
    """Every other site of an English clause followed by its own place ("Prometheus, in
    Ohio, comes online next year, and Hyperion in Louisiana follows it", "linked to the
    Fairwater sites in Atlanta and Wisconsin"): that site is there too, as told (``told``:
    the modality and time of the clause's own site, else where the site is now)."""
    seen = {(c.subject, str(c.value)) for c in found}
    out: list[Candidate] = []
    for m in sites:
        if m is chosen:
            continue
        place = next((p for p in places if _SITE_IN.fullmatch(s.text, m.end, p.start)), None)
        if place is None or place.entity.level == "country":
            continue
        if told is None:
            valid = point_at(s.published)
            modality = s.modality(place.start, valid, clause)
            if modality is None:
                continue
            if not _BUILDING.search(s.text, clause.start, clause.end):
                modality = "actual"  # where the site is now, whatever the clause plans
            told = (modality, valid)
        for p in listed_places(s, place, clause):
            value = TextValue(text=str(p.entity.text))
            if (m.id, str(value)) in seen:
                continue
            seen.add((m.id, str(value)))
            out.append(Candidate(m.id, "located_in", told[0], told[1], p.start, value=value))
    return out


# the sites of the cluster just talked about: "A year on, the sites in Texas, New Mexico
# and Ohio are mostly the doing of OpenAI and Oracle" after a sentence about Stargate
_ITS_SITES_EN = re.compile(
    r"\b(?:the|its|their)\s(?:(?:first|new|other|main|flagship|three|two|four)\s)?"
    r"(?:sites|campuses|site|campus)\s(?:(?:is|are|sits|sit|lies|lie)\s)?(?:in|near|at)\s$"
)


def _sites_in_focus(s: Sentence, place: Mention) -> list[Mention]:
    """The cluster in focus (the last three sentences) as the site of an English place named
    right after "the sites in" / "its campus in", when the sentence names no site."""
    if not _ITS_SITES_EN.search(s.lowered, max(0, place.start - 40), place.start):
        return []
    held = s.focus.get("cluster", s.index, 3)
    return [Mention(0, 0, held, "", True)] if held is not None else []


# a site noun as the topic right before the place: "부지는 ", "첫 거점은 ", "1호 캠퍼스는 "
_SITE_TOPIC_KO = re.compile(
    r"(?:^|\s)(?:(?:첫|1호|2호|두\s번째|세\s번째)\s?)?(?:부지|거점|캠퍼스|데이터\s?센터)(?:은|는|이|가)\s"
    r"(?:[^\s,.]+\s){0,2}$"
)


def _site_topic_ko(s: Sentence, place: Mention, clause: Span) -> list[Mention]:
    """The cluster in focus (the last two sentences) as the site of a Korean place whose
    clause opens on a site noun as topic ("중동 첫 거점인 '스타게이트 UAE'가 발표됐다. 부지는
    아부다비다", "…합작사 스타게이트에 … 출자하기로 했다. 첫 거점은 텍사스주 애빌린에
    들어섰다"), when the sentence names no site."""
    if not _SITE_TOPIC_KO.search(s.text, clause.start, place.start):
        return []
    held = s.focus.get("cluster", s.index, 2)
    return [Mention(0, 0, held, "", True)] if held is not None else []


# what the place is said not to be: "is not a Stargate site", "isn't part of Stargate",
# "is no longer one of the Stargate campuses"
_NOT_THE_SITE_EN = re.compile(
    r"\b(?:not|never|isn['’]t|aren['’]t|wasn['’]t|no\slonger)\s(?:(?:a|an|the|part\sof|"
    r"one\sof)\s){0,2}(?:the\s)?$",
    re.I,
)

_NOT_THE_SITE_WORDS = ("not", "n't", "n’t", "never", "no longer")


def denied_site(s: Sentence, sites: list[Mention]) -> bool:
    """Whether an English sentence says the place is not the named site."""
    low = s.lowered
    if not any(w in low for w in _NOT_THE_SITE_WORDS):
        return False  # cheap pre-check: every word _NOT_THE_SITE_EN can open with
    return all(
        _NOT_THE_SITE_EN.search(s.text, max(0, m.start - 40), m.start) is not None for m in sites
    )


# a place right before a Korean site, with at most a few words of where between: "같은 도시
# 남쪽 끝에 '콜로서스 2'를", "오하이오주 로즈타운의 '스타게이트'", "애틀랜타 두 번째 페어워터"
_PLACE_BEFORE_KO = re.compile(
    r"(?:주|시)?(?:\s[가-힣]{1,4}){0,3}?(?:에|에서|의)\s?['‘\"“]?"
    r"|(?:주|시)?(?:의\s|\s)(?:[두세네]\s번째|[2-9]번째|새|신규)\s['‘\"“]?"
)


def _own_places_ko(
    s: Sentence,
    sites: list[Mention],
    chosen: Mention,
    places: list[Mention],
    modality: Modality,
    valid: ValidTime,
) -> list[Candidate]:
    """The other sites of a Korean clause that each have their own place right before them
    ("이 도시에서 가동한 '콜로서스'에 이어 같은 도시 남쪽 끝에 '콜로서스 2'를 짓고 있다"), the
    chosen site's other campus too ("'페어워터' 위스콘신 1단계 가동…애틀랜타 두 번째
    페어워터도")."""
    out: list[Candidate] = []
    for site in sites:
        if site.id == chosen.id and site.start <= chosen.start:
            continue
        before = [p for p in places if p.end <= site.start and site.start - p.end <= 20]
        if before and site.id == chosen.id and before[-1].start < chosen.end:
            continue  # the chosen site's own place
        if before and _PLACE_BEFORE_KO.fullmatch(s.text, before[-1].end, site.start):
            text = TextValue(text=str(before[-1].entity.text))
            out.append(
                Candidate(site.id, "located_in", modality, valid, before[-1].start, value=text)
            )
    return out


# "in Texas, Ohio and New Mexico", "for Doña Ana County, New Mexico, and for Lordstown, Ohio",
# "one in Lordstown, Ohio, and another in Milam County, Texas", "the original one in
# Wisconsin and a new one in Atlanta, Georgia"
_PLACE_LIST_GAP = re.compile(
    r",?\s(?:and\s)?(?:(?:another|the\sother|(?:a|the)\s(?:newer|new|second|third|fourth|later)"
    r"(?:\s(?:one|site|campus|data\s?cent(?:er|re)|facility))?)\s)?"
    r"(?:(?:for|in|near|at|outside)\s)?(?:the\s)?"
    r"(?:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2},\s)?"  # a town the vocabulary does not know
)


def listed_places(s: Sentence, place: Mention, clause: Span) -> list[Mention]:
    """The place chosen for a site, and in English every other place of a list it heads
    ("sites in Texas, Ohio and New Mexico": one site per place); a city and its state
    ("Lordstown, Ohio") are one place."""
    if s.language != "en":
        return [place]
    named = s.of_kind(("place",), clause)
    chain = [m for m in named if m.start <= place.start and m.entity.text == place.entity.text]
    head = chain[0] if chain else place
    out, last = [head], head
    for m in named:
        if m.start < last.end:
            continue
        if not _PLACE_LIST_GAP.fullmatch(s.text, last.end, m.start):
            break
        if _city_and_state(s, last, m):
            last = m  # "Abilene, Kansas": the city's own state, however wrongly given
            continue
        if m.entity.level != "country" and all(m.entity.text != o.entity.text for o in out):
            out.append(m)
        last = m
    best = {o.entity.text: o for o in out}
    return [best[text] for text in dict.fromkeys(o.entity.text for o in out) if text is not None]


def _city_and_state(s: Sentence, city: Mention, state: Mention) -> bool:
    """Whether two places are a city and the state written right after it."""
    return (
        city.entity.level == "city"
        and state.entity.level == "state"
        and s.text[city.end : state.start] in (", ", ",")
    )


def _attributive(s: Sentence, place: Mention, sites: list[Mention], clause: Span) -> bool:
    """A place written as a modifier of the site's name ("Indiana's Project Rainier",
    "Project Rainier in Indiana", "the Stargate campus in Abilene, Texas"): where an
    existing site is, whatever the clause's verb says about the future. Not when the
    clause is about building or opening the site ("will build a Stargate site in Ohio")."""
    if _BUILDING.search(s.text, clause.start, clause.end):
        return False
    for m in sites:
        before = s.text[place.end : m.start]
        if 0 <= m.start - place.end <= 24 and _ATTRIBUTIVE_GAP.fullmatch(before):
            return True
        gap = s.text[m.end : place.start]
        if 0 <= place.start - m.end <= 40 and _POST_MODIFIER.fullmatch(gap):
            return True
    return False


_ATTRIBUTIVE_GAP = re.compile(
    r"(?:주|시)?\s?|['’]s\s"
    r"|(?:주|시)?(?:의|에 있는|에 위치한|소재)?\s(?:[가-힣A-Za-z()]+\s){0,2}['‘\"“]?"
    r"|(?:주|시)?의\s?['‘\"“]?"
)
# "Project Rainier in", "Colossus, xAI's supercomputer in", "the Stargate campus near"
_POST_MODIFIER = re.compile(
    r"(?:['’]s)?(?:\s(?:campus|site|cluster|data\s?cent(?:er|re)s?|facility|supercomputer))?"
    r"(?:,\s(?:[\w'’-]+\s){1,4}?)?(?:,?\s(?:located|based|sited))?\s(?:in|near|at|outside)\s"
    r"(?:(?:the\s)?[A-Z][\w.'’-]*,?\s){0,3}"
    r"|\s?\((?:[^)]*\s)?",
)
_BUILDING = re.compile(
    # "built and run by Oracle" describes a site that exists; "will be built here" does not
    r"\b(?:build(?:s|ing)?|(?:be|being)\s(?:\w+\s)?built|construct\w*|develop\w*|"
    r"open(?:s|ed|ing)?|break(?:s|ing)? ground|new site|"
    r"new campus|select\w*|chose|choose|pick\w*|announc\w*|(?:slated|earmarked|proposed)\sfor)\b"
    r"|건설|짓|세울|세운다|세우|착공|조성|"
    r"구축할|구축하기로|들어설|들어선다|선정|발표",
    re.IGNORECASE,
)


# a site as the subject of a relative clause on the place after it: "레이니어가 들어선
# 인디애나주", "콜로서스가 자리 잡은 멤피스"
_SITED_KO = re.compile(r"(?:이|가|는|은)?\s(?:들어선|자리한|자리\s?잡은|위치한|있는)\s(?:미국\s)?")

_UNDER_WAY_EN = re.compile(
    r"\b(?:is|are|was|were)\s(?:now\s|already\s|still\s)?"
    r"(?:building|constructing|developing|rising|going\sup)\b"
    r"|\b(?:under\sconstruction|broke\sground|construction\s(?:started|began|is\sunder\sway))\b"
)

_UNDER_WAY_KO = re.compile(
    r"(?:짓|건설하|조성하|구축하|세우)고\s?있|(?:건설|공사|조성|구축)\s?중|(?:건설|공사)가\s?한창"
    # "오하이오주에 짓는 프로메테우스": the site being built there, named by its place
    r"|에\s(?:짓|건설하|조성하|세우)는\s"
)

_NEW_SITE_EN = re.compile(
    r"\bnew\s(?:[A-Z][\w-]*\s){0,2}(?:campus|site|data\s?cent(?:er|re)|cluster|facility)"
)


# a wire dateline: "HOLLY RIDGE, La. - ", "MEMPHIS, Tenn. (Wire) — "
_DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,2}),\s(?P<state>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)"
    r"(?:,\s[A-Z][a-z]{2}\.?\s\d{1,2})?\s(?:\([^)]*\)\s)?[-—–]\s"
)


def _placed(s: Sentence, m: Mention) -> bool:
    if s.language == "ko":
        if _KO_NOT_PLACE.match(s.text, m.end):
            return False  # "오하이오주가 아니라", "'오하이오주'로 적었으나": the withdrawn place
        return (
            s.particle(m) in ("에", "에서", "에는", "의", "")
            or s.text.startswith(("주에", "주 ", "주의"), m.end)
            or bool(_KO_RIGHT_PLACE.match(s.text, m.end))
        )
    before = s.lowered[max(0, m.start - 24) : m.start]
    if _EN_NOT_PLACE.search(before):
        return False
    dateline = _DATELINE.match(s.text) if m.start < 40 else None
    if dateline is not None and dateline.start("state") == m.start:
        # "HOLLY RIDGE, La. - Meta said its Hyperion data center outside Holly Ridge …":
        # the dateline's state places a site the sentence puts at the dateline's city
        city = re.escape(dateline.group("city").lower())
        return bool(re.search(rf"\b(?:in|near|at|outside)\s{city}\b", s.lowered[dateline.end() :]))
    if _SITE_AFTER.match(s.text, m.end) and before.endswith("the "):
        return True  # "the Indiana cluster"
    if _HOME_TO.match(s.text, m.end):
        return True  # "New Albany, Ohio, is home to Prometheus": the place is the subject
    if re.search(r"\b(?:slated|earmarked|proposed|planned)\sfor\s(?:[\w.]+,?\s){0,3}$", before):
        return True  # "sites are slated for Lordstown, Ohio": where they will be
    # "in the Whitehaven area of Memphis, Tennessee": a part of a town before the town
    wide = s.lowered[max(0, m.start - 64) : m.start]
    return bool(
        re.search(r"\b(?:in|near|at|outside|from)\s(?:[\w.]+,?\s){0,3}$", before)
        or _PART_OF_TOWN.search(wide)
    )


# a place as the subject of a site's being there: "Memphis is home to Colossus 2", "New
# Albany, Ohio, has become home to Prometheus"
_HOME_TO = re.compile(
    r",?\s(?:is|was|has\sbecome|has\sbeen|became)\s(?:now\s|also\s|already\s)?"
    r"home\sto\s"
)
_PART_OF_TOWN = re.compile(
    r"\b(?:in|near|at|on)\sthe\s(?:[\w.'’-]+\s){0,3}(?:area|neighbou?rhood|section|district"
    r"|part|suburbs?|outskirts|edge|corner)\sof\s(?:[\w.]+,?\s){0,2}$"
)
