"""Investment rules: an amount one company puts into another or into a project,
with its investors, target and what is only a holding or a raise. The target is
:mod:`investment_target`'s to find."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from tracker.domain.claims import Modality, ValidTime
from tracker.extract.analysis import PARTNER, TOPIC, Sentence
from tracker.extract.claimrules import investor_roles as roles
from tracker.extract.claimrules.also_target import also_holding, also_target, bare_holding
from tracker.extract.claimrules.common import (
    _COMPANY,
    _EACH,
    _UNDER_WHICH_ANY,
    Candidate,
    RuleState,
    _after_prep,
    _anchors,
    _increment,
    _quantity,
)
from tracker.extract.claimrules.holdings import holding
from tracker.extract.claimrules.investment_modality_en import investment_modality_en, joint_amount
from tracker.extract.claimrules.investment_target import _INTO_RAISE_KO, _investment_target
from tracker.extract.claimrules.paid_tranche_en import paid_tranches
from tracker.extract.claimrules.relative_head import fronted_relative, relative_statement
from tracker.extract.claimrules.relative_investor_en import relative_investor_en
from tracker.extract.claimrules.speaker_after_quote import speaker_after_quote
from tracker.extract.claimrules.totals import running_total_ko, totals_over_steps
from tracker.extract.coordination import joined_companies
from tracker.extract.entities import Mention
from tracker.extract.gapped_en import gapped_investors_en
from tracker.extract.headline_subject import (
    figure_line_parties,
    figure_line_subject,
    headline_subject_ko,
)
from tracker.extract.not_deals import purchase_amount
from tracker.extract.quantities import QuantityMatch
from tracker.extract.raised_from import listed_sources, own_sources, raiser_in_view, source_ko
from tracker.extract.rounds_ko import round_investment, round_size
from tracker.extract.stake_values import held_or_sold, named_otherwise
from tracker.extract.text import Span
from tracker.extract.timex import point_at
from tracker.extract.tranches import tranche_part
from tracker.extract.unnamed import unnamed_subject_ko, unnamed_target_en

CURRENCIES = ("USD", "KRW", "EUR", "JPY", "CNY", "TWD", "HKD", "AUD", "CAD", "SGD", "GBP")


def investment_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """Investors putting money into a target (company, cluster, technology).

    "A와 B가 C에 각각 X와 Y를 투자" pairs investors and amounts in order; "각각 X" (each)
    gives every investor the amount. Money raised ("유치", "raised") and capital spending
    without a target are not investments by the sentence's subject.
    """
    out: list[Candidate] = []
    named = [m.start for m in s.mentions]
    times = tuple(t.start for t in s.times)
    money = [
        i
        for i, q in enumerate(s.quantities)
        if q.unit in CURRENCIES
        and i not in state.used
        # "will separately invest £2bn in British start-ups": its own target, no entity
        and not (s.language == "en" and unnamed_target_en(s.lowered, q.end, named, times))
        and not _per_share(s, q)
        and not purchase_amount(s.lowered, q.start)  # "agreed to buy $30bn of compute"
        # "a $20 billion funding round in which Nvidia put in $2bn": the total is no one's
        and not (s.language == "en" and _ROUND_TOTAL.match(s.text, q.end))
        and not _part_of_total(s, i)  # "$6 billion in total, including the $2 billion …"
        and not tranche_part(s, i)  # "$4 billion, paid in two tranches of $1.25 billion and …"
        # "its stake is now worth $60 billion", "sold its $5.8 billion stake": no money put in
        and not held_or_sold(s.lowered, q.start, q.end, s.clause_of(q.start))
        and not named_otherwise(s.lowered, q.start, q.end)  # "a cloud backlog of $455 billion"
        and not round_size(s, q)  # "xAI의 200억 달러 규모 자금 조달에": the round, no one's
        and not joint_amount(s, q)  # "would put in $1.4 billion between them"
    ]
    done: set[int] = set()
    step: tuple[Mention, str] | None = None  # the last addition: its total may follow
    for i in money:
        if i in done:
            continue
        q = s.quantities[i]
        paren = s.parenthetical(q.start)
        clause = paren or s.clause_of(q.start)
        clause_text = s.text[clause.start : clause.end]
        if not roles.triggered(s, q, clause):
            continue
        total_of = step if step and running_total_ko(s.text, q.start) else None
        pair = (
            total_of
            or _raised_from(s, clause)
            or roles.investor_named_around(s, q)  # "After investing $8bn in Anthropic, Amazon …"
            or holding(s, clause)
            or also_holding(s, clause)  # "…이고, 구글의 투자액도 30억 달러"
            or bare_holding(s, clause)  # "구글은 앤트로픽 지분 …을 보유하며, 투자액은 …"
            or round_investment(s, q)  # "엔비디아는 xAI의 … 자금 조달에 20억 달러를"
            or (figure_line_parties(s, q.start, q.end) if s.language == "ko" else None)
        )
        paired = _paired_subjects(s, money, q, clause)
        if pair is not None:
            # "아마존과 구글에서 각각 80억 달러와 30억 달러를 투자받았다": sources listed
            investors, target = listed_sources(s, pair[0], clause), pair[1]
        else:
            if (
                _NOT_INVESTING.search(_own_statement(s, q.start, clause_text))
                and not _puts_into_raise(s, q, clause)
            ) or (
                s.language == "ko" and figure_line_subject(s, q.start, q.end)
            ):  # "▲ 2조 원: 삼성전자가 HBM4 증설에 투자한 금액": its own line, no target
                continue
            investors = _investors(s, q, clause, paren)
            if not investors:
                continue
            # "…, 소프트뱅크도 20억 달러를 넣었다": the target of the statement before
            found_target = _investment_target(
                s, q, clause, paren, {m.id for m in investors} | {p for p, _ in paired}
            ) or also_target(s, investors[-1])
            if found_target is None:
                continue
            target = found_target
        inner = s.inner_of(q.start)
        group = [
            j
            for j in money
            if clause.start <= s.quantities[j].start < clause.end
            and s.inner_of(s.quantities[j].start) == inner  # a relative clause is its own
        ]
        # "A에서 N, B에서 M을 투자받았다": each amount from the source right before it
        pairs = own_sources(
            s,
            _distribute(s, investors, group, clause_text, [] if pair else paired),
            pair is not None,
        )
        for investor, j in pairs:
            qj = s.quantities[j]
            qj = _joined_bound(s, q, qj) if j != i else qj
            own = s.time_for(qj.start, _anchors(s))
            if own is None and j != i:
                own = s.time_for(q.start, _anchors(s))  # "내년 … 각각 20조원과 15조원"
            valid = own.valid if own is not None else point_at(s.published)
            # "40억 달러를 앤트로픽에 투자한 아마존은 …": the relative clause is the statement
            # "agreed last year to invest": an agreement with its time between
            modality = investment_modality_en(  # "is close to putting"
                s,
                qj,
                roles.agreed_later(
                    s,
                    s.modality(qj.start, valid, relative_statement(s, qj.start) or clause),
                    clause,
                ),
            )
            if modality is None:
                continue
            if _increment(s, qj) or _total_follows(s, money, qj):
                # "has invested an additional $2.75 billion", "40억 달러를 추가로 투자하기로",
                # "$10 billion more": an addition, not the standing total (GUIDE)
                step = (next(m for m in investors if m.id == investor), target)
                continue
            valid = _standing(s, valid, modality)
            done.add(j)
            state.used.add(j)
            out.append(
                Candidate(
                    _aside_investor(s, qj, target) or investor,
                    "investment",
                    modality,
                    valid,
                    qj.start,
                    {"target": target},
                    value=_quantity(qj),
                )
            )
    # "…, with the first $10 billion already wired": the part of a pledge paid
    return totals_over_steps(s, out + paid_tranches(s, state, out))


def _standing(s: Sentence, valid: ValidTime, modality: Modality) -> ValidTime:
    """The time of an amount invested: the total so far at publication when told with its
    start ("has invested $13.75bn since 2019", "지난해부터 투자해 온") or, in Korean, with the
    past year the money went in ("2024년 중 람다랩스에 약 600억 원을 투자한 바 있으며": the
    year dates the event, the amount stands at publication, GUIDE session 16)."""
    if modality != "actual":
        return valid
    if valid.kind == "open":
        return point_at(s.published)
    past_year = valid.granularity == "year" and valid.end is not None and valid.end < s.published
    return point_at(s.published) if s.language == "ko" and past_year else valid


_ROUND_TOTAL = re.compile(
    r"\s(?:(?:funding|financing|equity|fundraising|venture|series\s\w)\s)?round\b", re.I
)


def _joined_bound(s: Sentence, q: QuantityMatch, qj: QuantityMatch) -> QuantityMatch:
    """An amount joined to the one before takes its bound and approximation."""
    if not _coordinated_amounts(s, q, qj):
        return qj
    if qj.bound == "exact" and q.bound != "exact":
        qj = replace(qj, bound=q.bound)  # "최대 50억 달러와 100억 달러": both at most
    return replace(qj, approx=True) if q.approx else qj


def _coordinated_amounts(s: Sentence, a: QuantityMatch, b: QuantityMatch) -> bool:
    """Whether two amounts are joined directly ("최대 50억 달러와 100억 달러", "up to $5bn and
    $10bn"), so a bound or hedge before the first is the second's too: not across a clause
    with its own subject ("roughly $13 billion …, and SoftBank has pledged up to $30bn")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return len(s.text[first.end : second.start].strip()) <= 6


_RAISED = re.compile(
    r"유치|투자를 받|투자받|받은\s?(?:투자|돈|자금)|\braised?\b|\braises\b|\braising\b|secured|"
    r"\breceived\b|\breceives\b|"
    # "has taken $8 billion in investment from Amazon": taken from a source named after it
    r"\btook\b|\btaken\b|\btakes\b|\btaking\b|\battracted\b|\bdrew\b",
    re.I,
)
# a round's investors named as its lead or participants: the amount is the round's total
_ROUND_PARTIES = re.compile(
    r"\bled\sby\b|\bparticipation\sfrom\b|\bwith\sparticipation\b|\bco-led\b"
    r"|주도|참여한|참여했",
    re.I,
)


def _raised_from(s: Sentence, clause: Span) -> tuple[Mention, str] | None:
    """Money raised from someone: "앤트로픽은 아마존으로부터 80억 달러를 유치했다",
    "Anthropic raised $4 billion from Amazon": the source invests in the raiser."""
    text = s.text[clause.start : clause.end]
    if not _RAISED.search(text) or _ROUND_PARTIES.search(text):
        return None  # "a Series B led by X with participation from Nvidia raised $305 million"
    companies = s.of_kind(_COMPANY, clause)
    if s.language == "ko":
        source = next((m for m in companies if source_ko(s, m)), None)
        raiser = next((m for m in companies if s.particle(m) in TOPIC and m is not source), None)
        raiser = raiser or raiser_in_view(s, source)  # "구글에서 받은 투자금도 30억 달러"
    else:
        source = next(
            (m for m in companies if s.lowered[max(0, m.start - 5) : m.start] == "from "), None
        )
        raiser = next(
            (m for m in companies if m is not source and m.start < (source.start if source else 0)),
            None,
        )
    if source is None or raiser is None or source.id == raiser.id:
        return None
    return source, raiser.id


_PER_SHARE_AFTER = re.compile(r"\s?(?:a|per|each)\s(?:share|unit)\b", re.IGNORECASE)
_PER_SHARE_BEFORE = re.compile(r"주당\s?$")


def _per_share(s: Sentence, q: QuantityMatch) -> bool:
    """A share price ("$23.28 a share", "주당 23달러", "gained 2.4% to $186.52") is never
    an amount invested."""
    return bool(
        _PER_SHARE_AFTER.match(s.text, q.end)
        or _PER_SHARE_BEFORE.search(s.text[max(0, q.start - 4) : q.start])
        or _PRICE_MOVE.search(s.text, max(0, q.start - 40), q.start)
        or (q.unit in _PRICE_CURRENCIES and q.high < _SMALLEST_STAKE)
    )


# a stock's move to a price: "gained 2.4% to $186.52", "shares rose to $186", "closed at $41"
_PRICE_MOVE = re.compile(
    r"(?:\d%|\bpercent|\bshares?|\bstock)\s(?:\w+\s){0,3}?(?:to|at)\s$"
    r"|\b(?:closed|opened|trading|traded|trades|ended)\s(?:\w+\s){0,2}?at\s$",
    re.I,
)
# no stake in this industry is a few dollars, pounds or euros: a smaller amount is a price
_PRICE_CURRENCIES = frozenset({"USD", "EUR", "GBP"})
_SMALLEST_STAKE = 100_000.0


def _own_statement(s: Sentence, pos: int, clause_text: str) -> str:
    """The text of the statement an amount belongs to: its relative clause when it sits in
    one ("…에 80억 달러를 투자한 아마존은 올해 설비투자를 늘린다": the capex is the main
    clause's), else its clause."""
    own = relative_statement(s, pos)
    return s.text[own.start : own.end] if own is not None else clause_text


_NOT_INVESTING = re.compile(
    r"유치|조달|투자를 받|투자받|기업가치|가치를|설비투자|시설투자|목표주가|투자의견|"
    r"capex|capital expenditure|"
    r"capital spending|raised|raises|raising|took in|takes in|taking in",
    re.I,
)
_RESPECTIVELY = re.compile(r"각각|respectively", re.I)


# an aside on a name holding only the amount: "마이크로소프트(약 130억 달러)를 웃돈다"
_AMOUNT_ASIDE = re.compile(r"\((?:약\s?|about\s|some\s)?(?:US)?\$?$", re.I)


def _aside_investor(s: Sentence, q: QuantityMatch, target: str) -> str | None:
    """The Korean company an amount stands in an aside on ("소프트뱅크그룹의 … 누적 투자액은 약
    320억 달러로, 마이크로소프트(약 130억 달러)를 웃돈다"): that company's own amount in the same
    target, compared; not the target itself."""
    lead = _AMOUNT_ASIDE.search(s.text, max(0, q.start - 8), q.start)
    if s.language != "ko" or lead is None:
        return None
    on = next((m for m in s.of_kind(_COMPANY) if m.end == lead.start()), None)
    return on.id if on is not None and on.id != target else None


def _investors(s: Sentence, q: QuantityMatch, clause: Span, paren: Span | None) -> list[Mention]:
    if paren is not None:
        hit = s.nearest(_COMPANY, q.start, span=paren)
        return [hit] if hit else []
    if s.language == "ko":
        head = (
            s.nearest(_COMPANY, q.start, span=clause, particles=TOPIC)
            or s.nearest(_COMPANY, q.start, span=clause, particles=PARTNER)
            or headline_subject_ko(s, Span(clause.start, q.start), _COMPANY)
            or fronted_relative(s, q.start)  # "40억 달러를 앤트로픽에 투자한 아마존은"
            or speaker_after_quote(s, q.start)  # '"…에 80억 달러를 투자했다"고 아마존은'
            or _implicit_investor(s, q, clause)
        )
        if head is None:
            return []
        if s.particle(head) in PARTNER:
            # "오픈AI와 오라클, 소프트뱅크는 …": the 와 head opens a list of one party
            return [m for m in joined_companies(s, head, clause) if m.end <= q.start]
    else:
        pool = [
            m for m in s.of_kind(_COMPANY, clause) if m.end <= q.start and not _after_prep(s, m)
        ]
        # "Anthropic's largest backer, Amazon, has put …": the possessor only describes the
        # name in apposition after it, which is the subject
        pool = [
            m
            for k, m in enumerate(pool)
            if not (k + 1 < len(pool) and roles.possessor_of(s, m, pool[k + 1]))
        ]
        said = list(_REPORTED.finditer(s.text, clause.start, q.start))
        told = [m for m in pool if said and m.start >= said[-1].end()]
        if told:
            # "Nvidia and OpenAI said Nvidia intends to invest …": the reporting verb's
            # subject tells; the reported clause's own subject invests
            pool = told
        under = [m for m in pool if _UNDER_WHICH_ANY.search(s.text, clause.start, m.start)]
        if under:
            # "signed a letter of intent under which Nvidia will invest …", "a round in
            # which Nvidia put in …": the deal's own clause names the investor
            pool = under
        if not pool:
            return []
        # "…, and Google, which has committed $3 billion to the company, is …"
        head = relative_investor_en(s, q, pool) or pool[0]
    return _coordinated(s, head, clause)


# "…, including the $2 billion it invested in January": a tranche inside a total just given
_INCLUDING = re.compile(
    r"\b(?:including|of\swhich)\s(?:the\s|an?\s|some\s|about\s|roughly\s)?$", re.I
)


def _part_of_total(s: Sentence, i: int) -> bool:
    """An English amount introduced as a part of an amount before it: no standing total."""
    if s.language != "en" or i == 0:
        return False
    q = s.quantities[i]
    if not _INCLUDING.search(s.text[max(0, q.start - 30) : q.start]):
        return False
    return any(p.unit == q.unit and p.high > q.high for p in s.quantities[:i])


# a reporting verb before a reported clause ("said", "announced that", "told investors")
_REPORTED = re.compile(
    r"\b(?:said|says|announced|confirmed|stated|disclosed|told\s\w+)\s(?:on\s\w+\s)?(?:that\s)?",
    re.IGNORECASE,
)
_GROUP_KO = re.compile(r"양사|(?:두|세|네|[2-9])\s?(?:회사|기업|업체|곳|사)|[2-9]사|각사")


def _implicit_investor(s: Sentence, q: QuantityMatch, clause: Span) -> Mention | None:
    """A Korean clause with no company before its amount ("회사는 올해 HBM4 증설에 …",
    "이를 위해 올해 HBM4 증설에 약 10조원을 투입한다"): the company the text is about."""
    before = s.of_kind(_COMPANY, Span(clause.start, q.start))
    if any(not m.anaphoric for m in before) or _GROUP_KO.search(s.text, clause.start, q.start):
        return None  # a named company that is not the subject, or "세 회사는": not one investor
    if unnamed_subject_ko(s.text, clause.start, q.start):
        return None  # "국내 기업 한 곳도 …에 2000억 원을 투자한다": someone unnamed
    if before:
        return before[-1]  # "회사는", "이 회사는": resolved to the company in focus
    topic = s.focus.get("topic", s.index, 3)
    return Mention(q.start, q.start, topic, "", True) if topic is not None else None


def _paired_subjects(
    s: Sentence, money: list[int], q: QuantityMatch, clause: Span
) -> list[tuple[str, int]]:
    """A Korean list of subject-amount pairs sharing one verb ("엔비디아가 최대 100억 달러,
    마이크로소프트가 최대 50억 달러를 넣는다", "A는 … 20억 달러를, B는 … 10억 달러를
    투자했다"): each amount with the subject-marked company of its own conjunct, when
    every amount of the clause has one and they differ; else none."""
    inner = s.inner_of(q.start)
    if s.language != "ko":
        return gapped_investors_en(s, money, clause, inner)  # "… and Nvidia up to $10 billion"
    group = [
        j
        for j in money
        if clause.start <= s.quantities[j].start < clause.end
        and s.inner_of(s.quantities[j].start) == inner
    ]
    if len(group) < 2:
        return []
    out: list[tuple[str, int]] = []
    start = clause.start
    for j in group:
        qj = s.quantities[j]
        own = [
            m
            for m in s.of_kind(_COMPANY, Span(start, qj.start))
            if s.particle(m) in TOPIC and not m.anaphoric
        ]
        if len(own) != 1:
            return []
        out.append((own[0].id, j))
        start = qj.end
    return out if len({c for c, _ in out}) == len(out) else []


def _coordinated(s: Sentence, head: Mention, clause: Span) -> list[Mention]:
    """The head and the companies joined to it ("마이크로소프트와 엔비디아가", "A and B")."""
    group = [head]
    companies = [m for m in s.of_kind(_COMPANY, clause) if m.end <= head.start]
    for m in reversed(companies):
        gap = s.text[m.end : group[0].start]
        if re.fullmatch(r"\s*(?:와|과|,|·|and|&)\s*", gap):
            group.insert(0, m)
        else:
            break
    if s.language != "ko":
        companies_after = [m for m in s.of_kind(_COMPANY, clause) if m.start >= head.end]
        for m in companies_after:
            gap = s.text[group[-1].end : m.start]
            # "Microsoft, OpenAI's biggest shareholder, has put …": an apposition, no list
            owner = s.text[m.end : m.end + 2] in ("'s", "’s")
            if re.fullmatch(r"\s*(?:,|and|&)\s*(?:and\s)?", gap) and not owner:
                group.append(m)
            else:
                break
    return list({m.id: m for m in group}.values())


def _distribute(
    s: Sentence,
    investors: list[Mention],
    group: list[int],
    clause_text: str,
    paired: list[tuple[str, int]],
) -> list[tuple[str, int]]:
    if paired and [j for _, j in paired] == group:
        return paired  # "엔비디아가 100억 달러, 마이크로소프트가 50억 달러를": each its own
    if (
        len(investors) > 1
        and len(group) == len(investors)
        and (_RESPECTIVELY.search(clause_text) or _paired_amounts_en(s, group))
    ):
        return [(m.id, j) for m, j in zip(investors, group, strict=True)]
    if len(investors) > 1 and _EACH.search(clause_text):
        return [(m.id, group[0]) for m in investors]
    if len(investors) > 1 and s.language == "ko":
        return []  # "오픈AI와 오라클, 소프트뱅크는 … 4000억 달러를": a sum, no one's own amount
    return [(investors[-1].id, j) for j in group]


# the gap between two amounts listed as one object: "up to $5 billion and up to $10 billion"
# (bound words only: "another $10 billion", "in Anthropic and $10 billion in …" are no pair)
_AMOUNT_AND_EN = re.compile(
    r",?\s(?:and\s)?(?:(?!another|more|additional|later|then|in\b)[a-z]+\s){0,3}"
)


def _paired_amounts_en(s: Sentence, group: list[int]) -> bool:
    """Whether an English list of companies invests a list of as many amounts joined by
    "and" ("Microsoft and Nvidia agree to invest up to $5 billion and up to $10 billion in
    Anthropic"): each its own, in order, as with "respectively" (a sum is told as one
    amount, "a combined $15 billion")."""
    if s.language != "en":
        return False
    quantities = [s.quantities[j] for j in group]
    gaps = [s.text[a.end : b.start] for a, b in pairwise(quantities)]
    return all(" and " in f" {gap} " and _AMOUNT_AND_EN.fullmatch(gap) for gap in gaps)


def _total_follows(s: Sentence, money: list[int], q: QuantityMatch) -> bool:
    """ "카카오는 이번 라운드에서 200억 원을 넣었는데, 카카오의 누적 투자금은 이로써 350억 원이
    됐다": an amount the sentence goes on to say brought a running total is a step (GUIDE:
    the standing total is the claim)."""
    return s.language == "ko" and any(
        s.quantities[k].start > q.end
        and running_total_ko(s.text, s.quantities[k].start)
        and _BROUGHT_KO.search(
            s.text, max(q.end, s.quantities[k].start - 40), s.quantities[k].start
        )
        for k in money
    )


# the total told as what the amount brought ("이로써", "이번 투자로"); a total told beside an
# amount with no such word ("100억 달러를 투자했고, 총 투자액은 130억 달러가 됐다") leaves the
# amount as it was (test_extract_general_ko7)
_BROUGHT_KO = re.compile(r"이로써|이에\s따라|이번\s투자로|이를\s더해|이를\s합(?:쳐|하면)")


def _puts_into_raise(s: Sentence, q: QuantityMatch, clause: Span) -> bool:
    """ "xAI가 추진 중인 … 자금 조달에 엔비디아가 최대 20억 달러를 출자": a company puts the
    amount into another's raise (its 조달 is the round, not the investor's own raising)."""
    if s.language != "ko":
        return False
    into = _INTO_RAISE_KO.search(s.text, clause.start, q.start)
    return into is not None and any(
        into.end() <= m.start < q.start and s.particle(m) in ("은", "는", "이", "가")
        for m in s.of_kind(("company",))
    )
