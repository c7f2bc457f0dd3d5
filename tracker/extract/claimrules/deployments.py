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
    from_figures,
    machine_count,
)
from tracker.extract.claimrules.deployment_subjects import (
    NOT_DEPLOYED,
    deployment_subject,
    owned,
)
from tracker.extract.claimrules.each_counts_ko import counts_each
from tracker.extract.claimrules.fleet_counts_ko import (
    aside_chip,
    chip_predicated,
    measure_count_ko,
    racked_chip,
)
from tracker.extract.claimrules.relative_head import relative_statement
from tracker.extract.copula_fleet_en import copula_fleet
from tracker.extract.counted_nouns import counts_other_things
from tracker.extract.entities import Mention
from tracker.extract.fleet_adjective_en import (
    chip_fleet_adjective,
    fleet_adjective,
    generic_fleet_adjective,
)
from tracker.extract.fleet_level_en import generic_fleet_level
from tracker.extract.fleet_totals_ko import included_chip
from tracker.extract.future_starts import bare_future_count
from tracker.extract.group_counts import group_count
from tracker.extract.job_size_en import job_size
from tracker.extract.quantities import QuantityMatch, carries_unit
from tracker.extract.same_fleet_en import same_fleet_en
from tracker.extract.statements import COULD_HOLD, hedged_level
from tracker.extract.summed_chips import named_parts, part_chip, summed_chip
from tracker.extract.text import Span


def deployed_chips_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """How many chips of a kind a cluster (or a company) runs or will run."""
    out: list[Candidate] = []
    state.taken_products.update(m.start for m in named_parts(s))  # "30,000 of them GB200s"
    previous: Candidate | None = None
    for i, q in enumerate(s.quantities):
        # "이 칩이 이미 16개 데이터센터 리전에서": regions counted, not chips
        if (
            i in state.used
            or _unit(s, q, previous) not in ("count", "")
            or counts_other_things(s.text, q.end)
        ):
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
            # "100,000-GPU cluster", "CoreWeave's GPU count passed 250,000"
            and (s.generic_count(q) or generic_fleet_adjective(s, q) or generic_fleet_level(s, q))
        )
        inherited = (
            chip is None
            and not mixed
            and previous is not None
            and (
                # "…, and KT plans to expand this to 4,000 cards": the same fleet resized
                same_fleet_en(s, q, previous.anchor)
                if generic
                else (
                    _unit(s, q, previous) == "count" or (q.unit == "" and _carried(s, q, previous))
                )
            )
        )
        if chip is None and not mixed and not generic and not inherited:
            continue
        # a bare figure that carries the chips of the count before it counts at the same
        # site: "grew from 400,000 Trainium2 chips to 500,000"; "the 200,000-GPU Colossus":
        # a site's size told by its adjective needs no verb either
        site_count = (
            chip is not None
            or bool(mixed)
            or inherited
            or (generic and generic_fleet_adjective(s, q))
        ) and bool(s.of_kind(("cluster", "facility"), clause))
        if (
            not (s.is_item or site_count or owned(s, chip) or s.asked_fleet)
            and not s.has_trigger("deployed_chips")
            and not cluster_in_service_ko(s, q)  # "…개를 묶은 클러스터를 빌려줄 예정"
            and not copula_fleet(s, q)  # "we are a little over 60,000 GPUs"
            and not generic_fleet_level(s, q)  # "the count of GPUs at Colossus is 200,000"
            and not fleet_adjective(s, q)  # "trained Llama on a 24,576-GPU H100 cluster"
        ):
            continue  # a named chip counted in a sentence about a site needs no verb, nor a
            # company's own ("메타의 H100은 35만 개 수준이다")
        if _increment(s, q) or q.high < 2 or machine_count(s, q) or group_count(s, clause):
            continue  # "another 100,000 GPUs", "10만 개를 더", "칩 1개는": not a fleet size
        if _LATER_PHASE.match(s.text, q.end, clause.end):
            continue  # "bring 550,000 chips online in a second phase": what a phase adds
        if (
            NOT_DEPLOYED.search(s.text, clause.start, q.start)
            or _SOLD_AFTER_KO.match(s.text, q.end)
            or _RENTED_AFTER_KO.match(s.text, q.end)
        ):
            # "TPU shipments should exceed 2.5M units": made or sold, not installed; "AWS에서
            # 5만 개를 빌려 쓴다": rented, the renter's adoption through the provider (GUIDE)
            continue
        if _measure_count(s, q, clause):
            continue
        if _capability(s, q, clause) or job_size(s, q):
            continue  # "scales up to 131,072 GPUs", "our first run was … on 4,000 GPUs"
        maker = chip.entity.maker if chip is not None else None
        # "…개를 묶은 클러스터를 빌려줄 예정": a new cluster, the subject's, not the focus
        subject, confidence = _answered(
            s, new_cluster_holder_ko(s, q, maker) or deployment_subject(s, q.start, maker)
        )
        if subject is None:
            continue
        valid = s.valid_for(q.start, _anchors(s))
        own = relative_statement(s, q.start, subject)  # "H100 35만 개를 보유한 메타는 …"
        # "Kakao will install 2,424 B200 GPUs": a bare future with no date to reach
        modality = bare_future_count(
            s, q.start, _own_number(s.modality(q.start, valid, own), s, valid, q.start), valid
        )
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


def _answered(s: Sentence, found: tuple[str | None, float]) -> tuple[str | None, float]:
    """The subject found, else, for an answer to a question about the fleet ("Q: What are
    you running today? / A: Roughly 4,000 H100s, …"), the interviewee's company."""
    if found[0] is None and s.asked_fleet and s.focus.issuer is not None:
        return s.focus.issuer.id, 0.6
    return found


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
    near = _NOT_A_FLEET.search(s.text[max(0, q.start - 20) : q.end + 8])
    if (near is not None and not _run_in_terms_of(s, q, near.group(), clause)) or (
        _IN_TERMS_OF.match(s.text, q.end)
    ):
        return True
    return s.language == "ko" and measure_count_ko(s, q, clause, _NOT_A_FLEET)


# what is run: "B200 기준으로 2000장 조금 넘게 돌리고 있습니다" counts the chips in that chip's
# terms, a fleet of it
_RUN_KO = re.compile(r"돌리|돌아가|돌고|가동|운영|굴리")


def _run_in_terms_of(s: Sentence, q: QuantityMatch, found: str, clause: Span) -> bool:
    """Whether a Korean count told in a chip's terms ("엔비디아 B200 기준으로 2000장") is the
    fleet that is run, not an equivalence ("H100 기준으로 약 60만 개에 해당하는")."""
    return (
        s.language == "ko"
        and found.endswith("기준")
        and _EQUIVALENT_KO.search(s.text, q.end, clause.end) is None
        and _RUN_KO.search(s.text, q.end, clause.end) is not None
    )


_EQUIVALENT_KO = re.compile(r"환산|상당|맞먹|견줄|에\s?해당|규모의\s(?:연산|컴퓨팅)")


# "600,000 H100-equivalents", "1.3M H100 equivalents of compute": a measure, no fleet
_IN_TERMS_OF = re.compile(r"\s?(?:[A-Za-z][\w.]*\d\w*s?)?[\s-]?equivalents?\b", re.I)
# the Korean verb a count is the object of, right after it: "26만 개를 공급하며", "2만 개를
# 판매했다" (supplied, sold or made, not installed; "공급받아" is received)
_SOLD_AFTER_KO = re.compile(
    r"\s?(?:을|를|이|가|은|는)?\s(?:\S+\s)?(?:공급|납품|판매|출하|생산|양산)(?!받)"
)
# a verb of renting in right after a Korean count ("5만 개를 빌려 쓴다", "5만 장까지 임차해"),
# not of lending out ("빌려준다", "임대해 주는"): the renter's count is no fleet of its own
_RENTED_AFTER_KO = re.compile(
    r"(?:까지|가량|정도|씩)?(?:을|를|까지를)?\s?(?:빌려|빌리|빌린|빌릴|임차)(?!\s?(?:주|줄|준|드리|드린))"
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
    if found.group().lower() == "could" and COULD_HOLD.match(window, found.start()):
        # "analysts estimate that Fairwater could hold more than 500,000 GPUs": an estimate
        # of what it will hold, not what it is able to
        return not any(c.modality == "forecast" for c in s.cues.cues(s.text, "en"))
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
    if chip is None and s.language == "ko":
        # "GB200·GB300 계열 55만 개", "GB200·GB300 두 기종을 더해 약 55만 개": the list named
        # before the count in its clause, with words between
        chip = s.nearest(("chip",), q.start, span=s.clause_of(q.start))
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


# what makes a bare Korean 장 a wafer count after all: "월 1000장", "웨이퍼", "생산"
_WAFER_WORDS_KO = re.compile(r"웨이퍼|생산|캐파|월\s?\d")


def _unit(s: Sentence, q: QuantityMatch, previous: Candidate | None) -> str:
    """The figure's unit; a bare Korean 장 that goes on from a count of chips in the same
    sentence counts those chips ("RNGD 500장을 들였고, 내년에는 1000장으로 늘린다"), though
    with no chip beside it the quantity reader takes 장 for wafers."""
    if (
        q.unit == "wafer"
        and s.language == "ko"
        and previous is not None
        and "chip" in previous.qualifiers
        and _WAFER_WORDS_KO.search(s.text) is None
    ):
        return "count"
    return q.unit


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


# the volume of what a figure before counted: "…, 현재 가동 중인 물량은 1만 8000장이다"
_VOLUME_KO = re.compile(r"물량(?:은|는|이|가)\s(?:약\s|총\s)?$")


def _volume_of_chip(s: Sentence, q: QuantityMatch) -> Mention | None:
    """The chip a Korean count of "물량" refers back to: the chip of the sentence's count
    before it ("블랙웰 GPU 6만 장을 공급받기로 했지만, 현재 가동 중인 물량은 1만 8000장")."""
    if not _VOLUME_KO.search(s.text, max(0, q.start - 12), q.start):
        return None
    earlier = [x for x in s.quantities if x.end <= q.start and x.unit == "count"]
    if not earlier:
        return None
    chip = s.chip_near(earlier[-1])
    return chip if chip is not None and chip.kind == "chip" else None


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
    if s.language == "ko" and (volume := _volume_of_chip(s, q)) is not None:
        return volume
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
