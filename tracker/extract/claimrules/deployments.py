"""Deployment rules: how many chips a company or site runs (``deployed_chips``), and
which chip a count is of."""

from __future__ import annotations

import re

from tracker.domain.claims import Quantity
from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.cluster_service_ko import (
    cluster_in_service_ko,
    new_cluster_holder_ko,
)
from tracker.extract.claimrules.common import (
    _BACK_TO_CHIPS,
    _COMPANY,
    Candidate,
    RuleState,
    _anchors,
    _increment,
    _own_number,
    _quantity,
    _subject_company,
    from_figures,
    machine_count,
)
from tracker.extract.claimrules.each_counts_ko import counts_each
from tracker.extract.claimrules.fleet_counts_ko import (
    aside_chip,
    chip_predicated,
    held_ko,
    measure_count_ko,
    racked_chip,
)
from tracker.extract.claimrules.relative_head import relative_statement
from tracker.extract.compared_sites import compared_site
from tracker.extract.copula_fleet_en import copula_fleet
from tracker.extract.counted_nouns import counts_other_things
from tracker.extract.entities import Mention
from tracker.extract.fleet_adjective_en import chip_fleet_adjective, generic_fleet_adjective
from tracker.extract.fleet_totals_ko import included_chip
from tracker.extract.group_counts import group_count
from tracker.extract.passive_counts_en import passive_owner_en
from tracker.extract.quantities import QuantityMatch, carries_unit
from tracker.extract.same_fleet_en import same_fleet_en
from tracker.extract.site_subject_en import site_owner_en
from tracker.extract.statements import hedged_level
from tracker.extract.summed_chips import named_parts, part_chip, summed_chip
from tracker.extract.text import Span
from tracker.extract.topic_fleet import topic_opening_ko


def deployed_chips_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """How many chips of a kind a cluster (or a company) runs or will run."""
    out: list[Candidate] = []
    state.taken_products.update(m.start for m in named_parts(s))  # "30,000 of them GB200s"
    previous: Candidate | None = None
    for i, q in enumerate(s.quantities):
        # "이 칩이 이미 16개 데이터센터 리전에서": regions counted, not chips
        if i in state.used or q.unit not in ("count", "") or counts_other_things(s.text, q.end):
            continue
        clause = s.clause_of(q.start)
        mixed = _mixed_list(s, q)
        if mixed:
            # "550,000 GB200 and GB300 chips": a fleet of no single chip, recorded with no
            # chip qualifier (GUIDE notes); nor is it an adoption of each chip
            state.used.add(i)
            state.taken_products.update(m.start for m in mixed)
        whole = None if mixed else _partitive_whole(s, i)
        if whole is not None:
            # "deployed 20,000 of the 50,000 MI450s it ordered": the part is what the verb
            # counts, of the whole's chip; the whole is what was bought, no fleet
            state.used.add(whole)
        chip = (
            None if mixed else _counted_chip(s, s.quantities[i if whole is None else whole], clause)
        )
        generic = (
            chip is None
            and q.unit in ("count", "")
            and (s.generic_count(q) or generic_fleet_adjective(s, q))  # "100,000-GPU cluster"
        )
        inherited = (
            chip is None
            and not mixed
            and previous is not None
            and (
                # "…, and KT plans to expand this to 4,000 cards": the same fleet resized
                same_fleet_en(s, q, previous.anchor)
                if generic
                else (q.unit == "count" or (q.unit == "" and _carried(s, q, previous)))
            )
        )
        if chip is None and not mixed and not generic and not inherited:
            continue
        # a bare figure that carries the chips of the count before it counts at the same
        # site: "grew from 400,000 Trainium2 chips to 500,000"
        site_count = (chip is not None or bool(mixed) or inherited) and bool(
            s.of_kind(("cluster", "facility"), clause)
        )
        if (
            not (s.is_item or site_count or _owned(s, chip))
            and not s.has_trigger("deployed_chips")
            and not cluster_in_service_ko(s, q)  # "…개를 묶은 클러스터를 빌려줄 예정"
            and not copula_fleet(s, q)  # "we are a little over 60,000 GPUs"
        ):
            continue  # a named chip counted in a sentence about a site needs no verb, nor a
            # company's own ("메타의 H100은 35만 개 수준이다")
        if _increment(s, q) or q.high < 2 or machine_count(s, q) or group_count(s, clause):
            continue  # "another 100,000 GPUs", "10만 개를 더", "칩 1개는": not a fleet size
        if _LATER_PHASE.match(s.text, q.end, clause.end):
            continue  # "bring 550,000 chips online in a second phase": what a phase adds
        if _NOT_DEPLOYED.search(s.text, clause.start, q.start) or _SOLD_AFTER_KO.match(
            s.text, q.end
        ):
            continue  # "TPU shipments should exceed 2.5M units": made or sold, not installed
        if _measure_count(s, q, clause):
            continue
        if _capability(s, q, clause):
            continue
        maker = chip.entity.maker if chip is not None else None
        # "…개를 묶은 클러스터를 빌려줄 예정": a new cluster, the subject's, not the focus
        subject, confidence = new_cluster_holder_ko(s, q, maker) or _deployment_subject(
            s, q.start, maker
        )
        if subject is None:
            continue
        valid = s.valid_for(q.start, _anchors(s))
        own = relative_statement(s, q.start, subject)  # "H100 35만 개를 보유한 메타는 …"
        modality = _own_number(s.modality(q.start, valid, own), s, valid, q.start)
        if modality is None:
            continue
        state.used.add(i)
        if chip is not None:
            state.taken_products.add(chip.start)
        qualifiers = {"chip": chip.id} if chip is not None else {}
        if inherited and previous is not None:
            # "콜로서스에 GPU 23만 개를 돌리고 있으며 콜로서스 2에는 100만 개를": the chips of
            # the count before, at the site the count's own clause names, if it names one
            qualifiers, subject = dict(previous.qualifiers), _own_site(s, q, clause, previous)
        out.append(
            Candidate(
                subject,
                "deployed_chips",
                modality,
                valid,
                q.start,
                qualifiers,
                value=_quantity(q, "count"),
                confidence=confidence,
            )
        )
        previous = out[-1]
    out.extend(_earlier_fleet(s, state, out))
    return counts_each(s, out)  # "앤트로픽과 메타가 각각 TPU 5만 장을"


# a company's own fleet named before the count: "Microsoft's fleet holds", "마이크로소프트의
# 보유량은" (not "AWS saying it'll get to 1M": the site's owner speaking of the site)
_OWN_FLEET = re.compile(
    r"(?:['’]s\s(?:own\s)?(?:[\w-]+\s)?(?:fleet|cluster|installed\sbase|count|total)"
    r"|의\s(?:\S+\s)?(?:보유량|보유\s?대수|가동\s?대수|GPU\s?수|칩\s?수))"
)


def _own_site(s: Sentence, q: QuantityMatch, clause: Span, previous: Candidate) -> str:
    """The site a bare count's own clause names before it, else the company it names there
    ("Meta runs 350,000 H100s, and Microsoft's fleet holds 150,000": Microsoft's), else the
    previous count's."""
    sites = [
        m
        for m in s.of_kind(("cluster", "facility"), clause)
        if m.end <= q.start and previous.anchor < m.start
    ]
    if sites:
        return sites[-1].id
    owners = [
        m
        for m in s.of_kind(_COMPANY, clause)
        if previous.anchor < m.start
        and _OWN_FLEET.match(s.text, m.end, q.start)
        and not s.is_compared(m)
    ]
    return owners[-1].id if owners else previous.subject


def _earlier_fleet(s: Sentence, state: RuleState, found: list[Candidate]) -> list[Candidate]:
    """ "…a million Trainium2 chips by year-end, up from about 500,000 when it opened in
    October 2025": the earlier figure, dated by its own time, is the same fleet then (GUIDE:
    "$15 billion, up from the $11 billion it committed in 2024"). A from-figure with no time
    of its own is only the old value replaced."""
    if not found or s.language != "en":
        return []
    out: list[Candidate] = []
    for i, q, _, times in from_figures(s, state, ("", "count")):
        head = next((c for c in reversed(found) if c.anchor < q.start), None)
        if head is None or not times or not isinstance(head.value, Quantity):
            continue
        valid = times[0]
        if valid.kind != "point" or s.future(valid):
            continue  # "up from 500,000 by next year" is no earlier state
        state.used.add(i)
        out.append(
            Candidate(
                head.subject,
                "deployed_chips",
                "actual",
                valid,
                q.start,
                dict(head.qualifiers),
                value=_quantity(q, "count"),
                confidence=head.confidence,
            )
        )
    return out


_FILL_IT = re.compile(
    r"\b(?:fill|equip|stock|populate|pack|outfit|load)(?:s|ed|ing)?\s(?:it|the site|the campus)\s"
    r"with\b|(?:이곳|그곳|이 곳)(?:에|을|를)",
    re.IGNORECASE,
)


_NOT_A_FLEET = re.compile(
    # a compute measure in one chip's terms, not a fleet of it: "H100 기준으로 약 60만 개에
    # 해당하는", "600,000 H100-equivalents"
    r"equal to|equivalent|환산|상당|맞먹|견줄|에\s?해당|[A-Za-z]\w*\d\s?기준",
    re.I,
)


def _measure_count(s: Sentence, q: QuantityMatch, clause: Span) -> bool:
    """A count that is no one fleet: in one chip's terms ("600,000 H100-equivalents", "H100
    기준으로 약 60만 개에 해당하는", a Korean count made the topic whose clause says so: "60만
    개는 … H100 성능으로 환산해 더한 전체 컴퓨팅 규모"), or the size of each of several
    clusters ("2만4000여 개 규모 클러스터 두 곳")."""
    if _NOT_A_FLEET.search(s.text[max(0, q.start - 20) : q.end + 8]) or _IN_TERMS_OF.match(
        s.text, q.end
    ):
        return True
    return s.language == "ko" and measure_count_ko(s, q, clause, _NOT_A_FLEET)


# "600,000 H100-equivalents", "1.3M H100 equivalents of compute": a measure, no fleet
_IN_TERMS_OF = re.compile(r"\s?(?:[A-Za-z][\w.]*\d\w*s?)?[\s-]?equivalents?\b", re.I)
_NOT_DEPLOYED = re.compile(
    r"\bshipments?\b|\bship(?:s|ped|ping)?\b|\bsales\b|\bsells?\b|\bsold\b|\bproduc\w+|"
    r"\bmanufactur\w+|출하|판매|생산|양산",
    re.I,
)
# the Korean verb a count is the object of, right after it: "26만 개를 공급하며", "2만 개를
# 판매했다" (supplied, sold or made, not installed; "공급받아" is received)
_SOLD_AFTER_KO = re.compile(
    r"\s?(?:을|를|이|가|은|는)?\s(?:\S+\s)?(?:공급|납품|판매|출하|생산|양산)(?!받)"
)
_MIXED = re.compile(r"s?\s*(?:and|or|&|및|/|와|과)\s*(?!\d)(?-i:[A-Z가-힣])", re.I)
# "550,000 chips online in a second phase": the count a later phase adds, no fleet total
_LATER_PHASE = re.compile(
    r"[^.;]{0,60}?\bin\s(?:a|an|the|its|their)\s(?:second|third|fourth|next|later|new|further"
    r"|subsequent|follow-on)\s(?:phase|stage|wave)\b",
    re.I,
)
_PRONOUN_BEFORE = re.compile(r"(?:이를|이것을|그것을|\bit\b|\bthem\b|\bthat\b)[^.]{0,6}$", re.I)
# "배치할 수 있을 것으로 추정한다": a projection of what will be reached, no capability
_CAPABILITY = re.compile(r"수 있(?!을\s것으로)|\bcan\b|\bcould\b|up to .* in a single", re.I)
# "plans to deploy up to 131,072 MI355X chips in a single cluster": a fleet planned
_DEPLOY_UP_TO = re.compile(
    r"\b(?:deploy|install|run|operate|put|build|bring)\w*\s(?:(?:up\sto|as\smany\sas)\s)?$", re.I
)


def _capability(s: Sentence, q: QuantityMatch, clause: Span) -> bool:
    """What a product or platform can hold ("scales up to 131,072 GPUs in a single
    cluster", "수 있다"), not a fleet; unless a deployment verb counts it ("plans to deploy
    up to 131,072 … in a single cluster")."""
    # what a colon introduces is a statement of its own ("You can hold me to it: … 200,000
    # GB300s will be running"): a "can" before it is no capability of the count's
    lead = max(clause.start, q.start - 40, s.text.rfind(":", 0, q.start) + 1)
    window = s.text[lead : q.end + 30]
    found = _CAPABILITY.search(window)
    if found is None:
        return False
    if found.group().lower() == "could" and hedged_level(window[found.start() :]):
        return False  # "could grow to 1 million chips next year": a hedged level, a forecast
    if found.group().lower().startswith("up to"):
        return not _DEPLOY_UP_TO.search(s.text[max(clause.start, q.start - 30) : q.start])
    return True


_FLEET = re.compile(
    r"\s(?:fleet|installed base|base|count|deployment|footprint|cluster)\b"
    r"|\s(?:chips?|units?|accelerators?|gpus?)\s(?:fleet|count|installed base)\b",
    re.I,
)
_NUMBER_OF = re.compile(
    r"\b(?:number|count|fleet|total|installed base|tally)\sof\s(?:its\s|their\s|our\s|the\s)?"
    r"(?:[\w-]+\s)?$",
    re.I,
)


_CHIP_AT = re.compile(r"\s(?:at|to)\s(?:about\s|around\s|roughly\s|some\s|~)?", re.I)


def _fleet_chip(s: Sentence, q: QuantityMatch, clause: Span) -> Mention | None:
    """ "our Trainium2 fleet passed 1.4 million chips", "the number of Trainium2 chips in
    Project Rainier to roughly one million": the chip heading the counted noun phrase."""
    for m in reversed(s.of_kind(("chip",), Span(clause.start, q.start))):
        if _FLEET.match(s.text, m.end) or _NUMBER_OF.search(s.text[max(0, m.start - 40) : m.start]):
            return m
    return None


def _mixed_list(s: Sentence, q: QuantityMatch) -> list[Mention]:
    """The chips of a list a count is next to ("550,000 GB200 and GB300 chips", "GB200과
    GB300 칩 55만 개"): a mixed count of no single chip, so no claim (GUIDE). Empty when the
    count's chip stands alone; a Korean chip only included in or added to the whole counted
    ("예전에 들인 H100까지 합치면 5000장") is one too."""
    if s.language == "ko" and (included := included_chip(s, q)) is not None:
        return [included]
    chip = s.chip_near(q) or summed_chip(s, q)
    if chip is None or chip.kind != "chip":
        return []
    chips = s.of_kind(("chip",))
    at = chips.index(chip)
    listed = [chip]
    for step in (-1, 1):
        i = at + step
        while 0 <= i < len(chips):
            a, b = (chips[i], listed[0]) if step < 0 else (listed[-1], chips[i])
            if _LISTED.fullmatch(s.text, a.end, b.start) is None:
                break
            listed = [chips[i], *listed] if step < 0 else [*listed, chips[i]]
            i += step
    return listed if len({m.id for m in listed}) > 1 else []


_LISTED = re.compile(r"s?\s*(?:,|and|or|&|및|/|·|와|과)\s*(?:Nvidia\s|엔비디아\s)?", re.I)


def _carried(s: Sentence, q: QuantityMatch, previous: Candidate) -> bool:
    """ "300k Trainium3 units by Q3 2026 and as many as 1 million exiting 2026": a bare
    figure after a count of the same order is another count of the same chips."""
    value = previous.value
    return isinstance(value, Quantity) and carries_unit(s.text, q, value.high)


_PARTITIVE_OF = re.compile(r"\s?of\s(?:the|its|their|our|those|these)\s", re.I)


def _partitive_whole(s: Sentence, i: int) -> int | None:
    """The index of the whole in an English partitive count ("more than 20,000 of the
    50,000 MI450s"), when the quantity at ``i`` is its part."""
    if s.language != "en" or i + 1 >= len(s.quantities):
        return None
    q, whole = s.quantities[i], s.quantities[i + 1]
    gap = _PARTITIVE_OF.fullmatch(s.text, q.number_end, whole.start)
    if gap is None or whole.unit not in ("count", "") or whole.high <= q.high:
        return None
    return i + 1


def _counted_chip(s: Sentence, q: QuantityMatch, clause: Span) -> Mention | None:
    """The named chip a count is about: next to it, else (for a count with a unit word)
    the nearest named chip before it in the clause."""
    chip = s.chip_near(q) or part_chip(s, q) or chip_fleet_adjective(s, q)  # "2,048-H800"
    if chip is not None:
        mixed = chip.start >= q.end and _MIXED.match(s.text, chip.end) is not None
        return None if mixed or chip.kind != "chip" else chip
    fleet = _fleet_chip(s, q, clause)
    if fleet is not None:
        return fleet
    if s.language == "ko" and (named := chip_predicated(s, q, clause)) is not None:
        return named
    if _BACK_TO_CHIPS.match(s.text, q.end):
        earlier = [m for m in s.of_kind(("chip",)) if m.end <= q.start and not s.is_compared(m)]
        if earlier:
            return earlier[-1]  # "running GB200 racks, and … 400,000 of the chips"
        focus = s.focus.get("chip", s.index, 2)
        return Mention(q.start, q.start, focus, "", True) if focus is not None else None
    for m in s.of_kind(("chip",), Span(clause.start, q.start)):
        if _CHIP_AT.fullmatch(s.text[m.end : q.start]):
            return m  # "we model Ironwood at 1.1M-1.3M", "take Trainium2 to a million"
    if s.language == "ko" and (racked := racked_chip(s, q)) is not None:
        return racked
    if q.unit != "count" or s.generic_count(q):
        return None
    aside = aside_chip(s, q)
    if aside is not None:
        return aside
    named = s.nearest(("chip",), q.start, span=clause)
    if named is None and _PRONOUN_BEFORE.search(s.text[max(0, q.start - 14) : q.start]):
        focus = s.focus.get("chip", s.index, 1)
        return Mention(q.start, q.start, focus, "", True) if focus is not None else None
    return named


# a statement told of the place by a company: "…된다고 밝혔다", "…들어간다고 설명했다"
_SPEAKER_KO = re.compile(r"(?:다|라)고\s(?:밝혔|설명했|말했|전했|강조했|소개했)")


def _only_the_maker(s: Sentence, pos: int, maker: str | None) -> bool:
    """Whether the only company that could fill the place is the chip's maker."""
    return (
        maker is not None
        and _subject_company(s, pos, (maker,)) is None
        and (found := _subject_company(s, pos)) is not None
        and found.id == maker
    )


def _deployment_subject(s: Sentence, pos: int, maker: str | None) -> tuple[str | None, float]:
    # "1.3 million GPUs, more than xAI's 200,000 at Colossus": a site compared, not the count's
    clusters = [
        m
        for m in s.of_kind(("cluster", "facility"))
        if not compared_site(s.text, s.language, pos, m)
    ]
    # "1.4 million Trainium chips in total …, helped by Project Rainier": a whole fleet, and
    # a site named after it is no place of the count
    wide = s.language == "en" and _FLEET_WIDE.match(s.text, pos, min(len(s.text), pos + 90))
    if wide:
        clusters = [m for m in clusters if m.start < pos]
    if clusters and _fleet_clause(s, pos):
        # "AWS가 운영하는 트레이니움2는 백만 개가 넘으며, 이 가운데 … 레이니어에", "Microsoft said
        # it had deployed 100,000 GB300s across its regions, and that its Fairwater site …"
        clusters = []
    if clusters:
        before = [m for m in clusters if m.start <= pos]
        return (before[-1] if before else clusters[0]).id, 0.85
    if s.sequel:
        return None, 0.0  # "'콜로서스 2'에 … 55만 개를 설치할 계획": a site with no id of its own
    if _FILL_IT.search(s.text[:pos]):
        # "plans to fill it with 450,000 GB200s": the site in focus, never the company
        site = s.focus.get("cluster", s.index, 3)
        if site is not None:
            return site.id, 0.7
        if s.language != "ko":
            return None, 0.0
        # "람다랩스는 이곳에 H100 1024장을 이미 설치했으며": with no named site in focus, the
        # topic company that fills the place holds the fleet (below); with none, the site
        # "네이버는 춘천에 데이터센터를 운영한다. 이곳에서는 H100 2만 개가 돌아간다": a site
        # with no name of its own is the topic company's, whose fleet it holds
        if _SPEAKER_KO.search(s.text, pos) or _only_the_maker(s, pos, maker):
            # "엔비디아는 이곳에 GB200 6만 4000개가 설치된다고 밝혔다": the chip's maker, or
            # a company that only tells of the place, holds no fleet there (review 12 F4)
            return None, 0.0
    exclude = (maker,) if maker else ()
    company = _subject_company(s, pos, exclude) or _subject_company(s, pos)
    if s.language == "ko" and (company is None or company.id == maker or _possessor(s, company)):
        # "리벨리온의 칩 리벨 1,000장이 KT 목동 데이터센터에 구축될": the site's owner, not the
        # chip's maker nor a possessor, holds the fleet
        company = _site_owner_ko(s, maker) or company
        if company is not None and company.id == maker and _SOLD_BY_KO.match(s.text, company.end):
            return None, 0.0  # "LG유플러스는 엔비디아로부터 B200 1천 개를 구매했다": the seller
    at = [
        m
        for m in s.of_kind(_COMPANY)
        if 0 < m.start - pos <= 60 and _AT_COMPANY.search(s.lowered[max(0, m.start - 4) : m.start])
    ]
    if (
        company is not None
        and company.start > pos
        and _NOT_DEPLOYED.search(s.text, pos, company.start)
    ):
        return None, 0.0  # "H100 35만 개를 판매한 엔비디아는": a seller, nothing installed
    if company is None and at:
        # "200k Trainium3 units installed at AWS": the company's fleet, not the site in
        # focus (a site of its own would be named: "installed at Project Rainier")
        company, speaker_at = at[0], True
    else:
        speaker_at = False
    if company is None and s.figure_label(pos):
        # "350,000 - H100 GPUs in Meta's fleet": a figure heading its line is the owner's
        # named after it
        company = next((m for m in s.of_kind(_COMPANY) if m.start > pos), None)
    focus = s.focus.get("cluster", s.index, 3)
    issuer = s.focus.issuer
    if company is None and focus is None and issuer is not None and s.language == "ko":
        # "호퍼 세대의 H100 약 4만 개도 … 처리하고 있습니다", "하반기에는 GB300 보유량을 10만
        # 개로 늘릴 계획" in a company's own letter: a zero subject is the company; not a
        # count of what one rack or board holds ("랙 한 대에는 … CPU 36개가 들어간다")
        return (None, 0.0) if held_ko(s, pos) else (issuer.id, 0.6)
    if company is None and focus is None and s.language == "ko" and not s.of_kind(_COMPANY):
        # "엔스케일은 … 배치할 계획이다. 현재 노르웨이 시설에서는 H200 약 8천 개가 가동되고
        # 있다": a sentence naming no company continues the topic of the one before
        topic = s.focus.get("marked", s.index, 1)
        held = s.has_trigger("chips_per_system", s.clause_of(pos))
        # "H100 2만 4000개로 이뤄진 클러스터 두 개": the size of an unnamed cluster, no fleet
        # …; "업계 전체로는 H100 200만 개가": a market's count, no company's
        other = _UNNAMED_CLUSTER_KO.search(s.text, pos, pos + 30) or _MARKET_KO.search(s.text)
        if topic is not None and topic.id != maker and not held and other is None:
            return topic.id, 0.6
    speaker = speaker_at or (company is not None and company.text.lower() in ("we", "our", "us"))
    if company is not None and _WHOLE_FLEET.search(s.text, company.end, min(pos, company.end + 12)):
        speaker = True  # "AWS 전체의 트레이니움3 배치 규모", "AWS's entire fleet": not one site
    if company is not None and s.language == "ko" and _own_chip(s, company):
        speaker = True  # "AWS의 트레이니움3는 …": the company's fleet, not the site in focus
    if company is not None and s.language == "ko" and topic_opening_ko(s, company, pos):
        speaker = True  # "메타는 올해 말까지 GPU를 130만 개 확보하겠다": its fleet, no site's
    if company is None and _DEAL_SUBJECT.search(s.text, s.clause_of(pos).start, pos):
        return None, 0.0  # "The deal covers up to 1 million TPUs": what was bought, no fleet
    if wide:
        # "1.4 million Trainium chips in total", "400,000 GPUs … across our own sites": the
        # whole fleet, never the site in focus; "we" with no name is the text's issuer
        speaker = True
        company = company or _issuer_mention(s, pos)
    if focus is not None and not speaker and (company is None or _runs(s, company.id, focus.owner)):
        return focus.id, 0.7
    if company is None and (owner := site_owner_en(s, pos, maker)) is not None:
        return owner.id, 0.6  # "… opened its campus. The first phase houses 21,000 GB300s."
    if company is None and (passive := passive_owner_en(s, pos, maker)) is not None:
        return passive, 0.6  # "1,024 cards have been installed, and KT plans …": no agent
    return (company.id, 0.8) if company is not None else (None, 0.0)


# a company's own site named as where chips are: "KT 목동 데이터센터에", "네이버 데이터센터에서"
_OWN_SITE_KO = re.compile(
    r"\s(?:[가-힣A-Za-z0-9]+\s)?(?:데이터\s?센터|캠퍼스|서버실|전산실)(?:에서는|에서|에는|에|으로|로)"
)


# the maker named as where the chips come from ("엔비디아로부터", "엔비디아에서 사들인",
# "엔비디아 파트너사를 통해"): it sells them, the fleet is a buyer's
_SOLD_BY_KO = re.compile(
    r"(?:로부터|으로부터|에서\s?(?:사|구매|구입|공급받|들여|받))"
    r"|(?:의)?\s?(?:공식\s)?(?:파트너사|파트너|협력사|총판|유통사|리셀러)"
)


def _site_owner_ko(s: Sentence, maker: str | None) -> Mention | None:
    """The company whose own data center a Korean sentence puts the chips in."""
    owners = [m for m in s.of_kind(_COMPANY) if m.id != maker and _OWN_SITE_KO.match(s.text, m.end)]
    return owners[0] if owners else None


def _possessor(s: Sentence, m: Mention) -> bool:
    return s.particle(m) == "의"


_UNNAMED_CLUSTER_KO = re.compile(r"클러스터|슈퍼컴퓨터|슈퍼팟")
_MARKET_KO = re.compile(r"전\s?세계|업계|시장|국내|전체|全|합계|합쳐")


def _fleet_clause(s: Sentence, pos: int) -> bool:
    """A Korean count in a clause that names a company before it and no site: the
    company's fleet, even when a later clause of the sentence names one of its sites."""
    clause = s.clause_of(pos)
    if s.of_kind(("cluster", "facility"), clause):
        return False
    return any(m.start < pos for m in s.of_kind(_COMPANY, clause))


def _owned(s: Sentence, chip: Mention | None) -> bool:
    """A Korean chip possessed by a company that did not make it ("메타의 H100은")."""
    if chip is None or s.language != "ko" or not chip.text:
        return False
    return any(
        m.id != chip.entity.maker and re.fullmatch(r"의\s?", s.text[m.end : chip.start])
        for m in s.of_kind(_COMPANY)
    )


def _own_chip(s: Sentence, company: Mention) -> bool:
    """A Korean possessive right on a chip name ("AWS의 트레이니움3")."""
    return any(re.fullmatch(r"의\s?", s.text[company.end : m.start]) for m in s.of_kind(("chip",)))


_DEAL_SUBJECT = re.compile(
    r"\b(?:the|this|that|its|their|our)\s(?:\w+\s)?(?:deal|agreement|contract|order|pact"
    r"|purchase|commitment)s?\s(?:covers?|includes?|calls?\sfor|is\sfor|was\sfor|spans?"
    r"|involves?|comprises?|provides?\sfor)\b"
    r"|(?:계약|주문|발주)(?:은|는|의\s규모는)\s",
    re.I,
)
_FLEET_WIDE = re.compile(
    r"(?:\d[\d,.]*)?[^,;]{0,40}?\b(?:in\stotal|across\s(?:all\s)?(?:of\s)?(?:its|our|their)\s(?:own\s)?"
    r"(?:sites|data\s?cent(?:er|re)s|regions|facilities|fleet|clouds?|campuses)"
    r"|fleet-wide|company-wide|worldwide|globally)\b"
)


def _issuer_mention(s: Sentence, pos: int) -> Mention | None:
    """The text's issuer as the subject "we" of a count ("We plan to have 400,000 GPUs …")."""
    issuer = s.focus.issuer
    if issuer is None or not re.search(r"\b(?:we|our)\b", s.text[:pos], re.I):
        return None
    return Mention(pos, pos, issuer, "", True)


_WHOLE_FLEET = re.compile(r"전체|\s?(?:['’]s\s)?(?:entire|whole|total|overall|global)\b", re.I)
_AT_COMPANY = re.compile(r"\b(?:at|by)\s$")


def _runs(s: Sentence, company: str, owner: str | None) -> bool:
    """Whether ``company`` is the cluster's owner or the owner's parent (Amazon for AWS)."""
    if owner is None:
        return False
    entity = s.vocabulary.entity(owner)
    return company == owner or (entity is not None and entity.parent == company)
