"""Korean adoptions of a company's own chip (GUIDE, settled cases: a company running its own
chip in its own data centers or services adopts it, mode on-prem).

"메타가 MTIA 계열의 학습 전용 칩을 자사 데이터센터에 들여와 시험 가동에 들어갔다", "메타는
2026년부터 학습용 MTIA를 대규모로 투입할 계획이다", "자체 AI 가속기 마이아 100은 … 애저
오픈AI 서비스 일부를 처리하고 있다", "메타는 추천 시스템 추론에 써 온 MTIA를 …": the
adoption rule passes over a chip of the adopter's own family (a company does not buy its own
chip), so these gave nothing. Designing, unveiling, making or selling one's own chip is no
adoption: the verb must be one of running it.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.bound_for import PARTS, destination_ko
from tracker.extract.claimrules.common import _same_family
from tracker.extract.entities import Mention
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span
from tracker.extract.timex import point_at

_PRODUCTS = ("chip", "system")
# verbs of running a chip: in service, in a data center, put to work
_RUN = re.compile(
    r"처리하|돌리|돌아가|가동(?:하|해|에|을|\s중)|운영(?:하|해|\s중)|투입(?:하|해|할|한|을)"
    r"|쓰고|써\s?(?:왔|온)|쓸\s|쓰기로|쓴다|쓰는\s|사용(?:하|해|할|한|\s중)|활용(?:하|해|할|한)"
    r"|들여|들이|배치(?:하|해|할|한)|넣어|서비스(?:하|에)"
    # "추론 상당 부분을 자체 칩 MTIA에 맡기고 있다", "자사 데이터센터에 깔기 시작했다", a
    # chronology's "마이아 200을 애저 전 리전에 배치."
    r"|(?<=에\s)맡(?:기|겨|긴|겼)|깔(?:기|고|아|았|려|린|렸)|배치(?=[.。]|\s?$)"
    r"|쓰이|쓰인|쓰일|쓰여|쓰였|(?:투입|가동|사용|활용|배치)(?:되|돼|된)"
    # training a model on it: "제미나이를 자사 TPU로 학습시킨다", "…을 트릴리움에서 했다"
    r"|(?:학습|훈련)(?:시키|시켰|시킨|시켜|했|한다|하고|하는|해|을\s?(?:했|하|진행))"
    r"|(?<=에서\s)(?:했|한다|합니다)"
)
# the chip as the subject of a passive: "…에 쓰인다", "…에 투입돼 있다", "…에서 가동되고"
_PASSIVE = re.compile(
    r"쓰이|쓰인|쓰일|쓰여|쓰였|(?:투입|가동|사용|활용|배치)(?:되|돼|된)"
    # the chip running, as the subject: "MTIA는 이미 메타 데이터센터 곳곳에서 돌아가고 있다"
    r"|돌아가|돌고\s있|(?:가동|서비스)\s중"
    # offered to the owner's cloud customers: "아이언우드는 … 외부 고객에게 제공되고 있다"
    r"|제공(?:되|돼|된)"
)
_SUBJECT = ("은", "는", "이", "가")
# verbs of making or offering it, which are no use of one's own
_MAKES = re.compile(
    r"설계|공개|발표|선보|출시|내놓|양산|생산|만들|판매|공급|제공|임대|빌려|패키징|후공정|조립|위탁"
)
# "자체 AI 가속기 마이아 100", "자체 개발한 MTIA", "자체 칩 MTIA": the company's own, named
_OWN_BEFORE = re.compile(r"자체\s?(?:개발한\s|개발\s)?(?:AI\s?)?(?:칩|가속기|반도체|NPU|TPU)?\s?$")
_REACH = 60
_ON_PREM = {"mode": "on-prem"}
# a relative clause of running, done or going on, right before the chip
_DONE_BEFORE = re.compile(
    r"(?:써\s?(?:온|왔던)|쓰고\s있는|사용해\s?온|사용하고\s있는|운영\s?(?:중인|해\s?온)|돌려\s?온"
    r"|가동\s?중인|활용해\s?온|활용하고\s있는|쓰는|쓰이는|돌리는|사용하는|활용하는)"
    r"\s(?:[^\s,.]+\s)?$"
)


def own_chip_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A Korean company running a chip of its own family."""
    if s.language != "ko" or s.table is not None:
        return []
    if not _RUN.search(s.text) and not _OFFERED.search(s.text):
        return []
    out: list[Candidate] = []
    for p in s.of_kind(_PRODUCTS):
        maker = p.entity.maker
        if (
            maker is None
            or s.is_compared(p)
            or _counted(s, p)
            or _INTO.match(s.text, p.end)
            or destination_ko(s, p, PARTS)  # "B200에 … CoWoS-L 공정을 쓴다": where a process goes
        ):
            continue  # a fleet, a point of comparison, where memory goes ("TPU에 쓸 HBM3E")
        if s.of_kind(("cluster", "facility"), s.clause_of(p.start)):
            continue  # "레이니어에 트레이니움3를 투입": the cluster's fleet (deployed_chips)
        owner = _owner(s, p, maker)
        if owner is None:
            continue
        done = _run_before(s, p)
        if done is not None:
            # "추론에 써 온 MTIA를 …": what the relative clause says is done, whatever the
            # main clause goes on to weigh
            valid = point_at(s.published)
            out.append(Candidate(owner, "adopts", "actual", valid, done, _ON_PREM, p.id))
        verb = _run_after(s, p)
        if verb is not None:
            valid = s.valid_for(verb, [q.start for q in s.quantities])
            going_on = _GOING_ON.search(s.text, verb, min(len(s.text), verb + 20))
            if going_on is not None and (valid.end or s.published) < s.published:
                # "지난해 11월 정식 출시 이후 … 제공되고 있다": a state today, its start the
                # background (GUIDE, "since")
                valid = point_at(s.published)
            modality = s.modality(verb, valid, s.clause_of(verb))
            if modality is None:
                continue
            if modality == "actual" and valid.kind == "open":
                continue  # "2026년부터 … 투입한다": a time ahead is no state today
            out.append(Candidate(owner, "adopts", modality, valid, verb, _ON_PREM, p.id))
    return out


def _owner(s: Sentence, p: Mention, maker: str) -> str | None:
    """The company of the chip's family that runs it: named as the topic or subject (no
    other company so named), or, for a chip called one's own ("자체 … 칩"), the maker."""
    subjects = [
        m
        for m in s.of_kind(("company",))
        if (s.particle(m) in TOPIC or _headline_subject(s, m))
        and not _brand(s, m)
        and not _RELATIVE_SUBJECT.fullmatch(s.text, m.end, p.start)
    ]
    here = [m for m in subjects if s.clause_of(m.start) == s.clause_of(p.start)]
    # "메타는 … MTIA로 처리하고 있고, 구글은 … 자사 TPU로 학습시킨다": each clause its own
    subjects = here or subjects
    if subjects:
        ours = [m for m in subjects if _same_family(s, maker, m.id)]
        return ours[0].id if len(ours) == len(subjects) else None
    if _OWN_BEFORE.search(s.text, max(0, p.start - 20), p.start):
        return maker
    model = _model_owner(s, p)  # "제미나이 3는 처음부터 끝까지 TPU에서 학습했다"
    if model is not None and _same_family(s, maker, model):
        return model
    # "마이아 200은 … 애저의 추론 서비스에 쓰인다": the chip the subject, the one company named
    # of its family, whose service or data center runs it
    named = {m.id for m in s.of_kind(("company",)) if not _brand(s, m)}
    passive = _PASSIVE.search(s.text, p.end, min(len(s.text), p.end + _REACH))
    # "애저 데이터센터에서 가동 중인 마이아 100은 …": the chip runs there, told before it
    running = passive is not None or _run_before(s, p) is not None
    if s.particle(p) not in _SUBJECT or not running or len(named) != 1:
        return None
    if _same_family(s, maker, next(iter(named))):
        return next(iter(named))
    return None


# the subject of a relative clause that describes the chip: "엔비디아가 설계한 루빈은 …" (the
# designer, not the one running it)
_RELATIVE_SUBJECT = re.compile(r"(?:이|가)\s(?:[^\s,.]+\s)?[^\s,.]*[한된던는]\s")


# a line's subject before a comma, after a date at most: "▲11월 — 마이크로소프트, 마이아 200을
# 애저 전 리전에 배치."
_HEADLINE_SUBJECT = re.compile(r"[\W\d]*(?:\d+\s?(?:년|월|일)\s?)*[\W]*")


def _headline_subject(s: Sentence, m: Mention) -> bool:
    return (
        s.text.startswith(",", m.end)
        and _HEADLINE_SUBJECT.fullmatch(s.text, 0, m.start) is not None
    )


# the chip as what a model is trained or run on: "TPU에서 학습했다", "트릴리움에서 했습니다"
_ON_CHIP = re.compile(r"\s?(?:에서|로|으로|위에서)\s")


def _model_owner(s: Sentence, p: Mention) -> str | None:
    """The owner of the model a clause is about (marked as its topic, or named with the
    owner's 의 before it), when the chip is what it is trained or run on."""
    if _ON_CHIP.match(s.text, p.end) is None:
        return None
    models = [m for m in s.of_kind(("model",), Span(0, p.start)) if m.entity.owner]
    return str(models[-1].entity.owner) if models else None


def _run_before(s: Sentence, p: Mention) -> int | None:
    """A relative clause of running right before the chip, done or going on ("써 온
    MTIA를", "쓰고 있는 TPU", "운영 중인 MTIA")."""
    before = _DONE_BEFORE.search(s.text, max(0, p.start - 14), p.start)
    return before.start() if before is not None else None


def _run_after(s: Sentence, p: Mention) -> int | None:
    """The first verb of running after the chip, with nothing of making it in between; or
    the chip offered to the owner's cloud customers (GUIDE: a cloud offering a chip in its
    own service adopts it), with nothing of making or selling it in between."""
    reach = min(len(s.text), p.end + _REACH)
    offered = _OFFERED.search(s.text, p.end, reach)
    if offered is not None and not _MADE_OR_SOLD.search(s.text, p.end, offered.start()):
        return offered.start()
    after = _RUN.search(s.text, p.end, reach)
    if after is None or any(
        _MADE_PASSIVE.match(s.text, made.end()) is None
        for made in _MAKES.finditer(s.text, p.end, after.end() + 4)
    ):
        return None
    return after.start()


# a making verb in the passive tells the chip's past, not what its subject does with it:
# "마이아 200은 올해 1월에 공개돼서 지금 애저 데이터센터에서 돌아가고 있다"
_MADE_PASSIVE = re.compile(r"(?:돼|되|된)")


# the chip offered to users of the owner's cloud: "아이언우드를 … 고객에게 제공하고 있다",
# "… 외부 고객에게 제공되고 있다", "서버를 곧바로 고객에게 빌려주기로"
_OFFERED = re.compile(
    r"(?:고객|고객사|이용자|사용자)(?:들)?(?:에게|에)\s(?:[^\s,.]+\s){0,2}?"
    r"(?:제공(?:하|해|한|할|되|돼|된|\s중)|빌려(?:주|준|줄|드리|드린)|공개(?:했|하고|된|돼))"
)
# the verb of running going on now: "제공되고 있다", "돌아가고 있다", "가동 중"
_GOING_ON = re.compile(r"[가-힣]고\s있|[가-힣]\s중(?![가-힣])")
# making or selling the chip, which no offer in one's own cloud follows from
_MADE_OR_SOLD = re.compile(r"생산|양산|만들|설계|판매|공급|수출")


def _brand(s: Sentence, m: Mention) -> bool:
    return any(q.kind in _PRODUCTS and 0 <= q.start - m.end <= 1 for q in s.mentions)


# "MTIA 1만 개를": a counted chip is a fleet (deployed_chips), not an adoption
_COUNT_AFTER = re.compile(
    r"\s?(?:칩|가속기)?\s?(?:을|를|이|가|은|는)?\s?(?:약|최대|총)?\s?\d[\d,.]*\s?(?:만|천)?\s?"
    r"(?:\d[\d,.]*\s?)?(?:[~∼-]\s?\d[\d,.]*\s?(?:만|천)?\s?)?(?:개|대|장)"  # "2만~3만 개"
)
# the chip as where something else goes: "TPU용 메모리", "TPU에 쓸 HBM3E"
_INTO = re.compile(r"\s?(?:용|에\s?(?:쓸|쓰일|쓰는|들어갈|들어가는|탑재될|탑재되는|넣을))")


def _counted(s: Sentence, p: Mention) -> bool:
    return _COUNT_AFTER.match(s.text, p.end) is not None
