"""Times read through the act around them, for :mod:`tracker.extract.timex`.

A past time that dates an act rather than the state the act left is *weak* (it dates an
event, not a claim): a signing ("an agreement signed in February", "지난해 10월 … 계약을
맺었고"), a telling ("told investors in January", "… 올해 1월 실적 발표에서 밝혔다"), an
order for a later delivery, an investment made; a signed deal holds at publication. A
Korean act begun in a period still to come makes that period a start (``open``), and an
English plan set for a weekday dates the next such day after publication.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from tracker.domain.claims import ValidTime
from tracker.extract.timex_base import TimeMatch, make

# a past act right before a bare relative year ("the deal the two companies signed last
# year", "a stake it bought this year"): the year dates the act, as "signed last month" does
_EN_DONE_ACT = re.compile(
    r"\b(?!(?:expect|plann|schedul|slat|target|aim|intend|forecast|project|anticipat|estimat"
    r"|budget|earmark|guid|need|want|hop|requir|propos)ed\s)"  # "is expected this year": a plan
    r"(?:(?:[a-z]{2,}ed|signed|struck|won|bought|sold|built|made|took|paid|spent|put|began"
    r"|inked)\s"
    # a phrasal act done ("fitted out last year", "powered up"), not one to come ("will be
    # fitted out this year")
    r"|(?<!will\sbe\s)(?<!to\sbe\s)(?<!ould\sbe\s)(?:[a-z]{2,}ed|built|set)\s(?:out|up|online)\s)$"
)
# a past act of investing or leading a round a few words before a bare "last year" ("which
# led Mistral's Series C last year", "invested $4 billion in Anthropic last year"): the year
# dates the act, the standing total holds at publication
_LED_BEFORE = re.compile(
    r"\b(?:led|co-led|joined|invested|put|poured|committed|made\s(?:an?\s)?investments?)"
    r"\s(?:[^,;]{0,40}\s)?$"
)
# a verb of telling right before a time: the time is the telling's ("told investors in
# January", "said in March", "disclosed on Tuesday")
_TOLD = re.compile(
    r"\b(?:said|says|told(?:\s(?:[\w-]+\s){0,3}?)?|announced|disclosed|reported|noted|wrote"
    r"|posted|confirmed|added)\s?$",
    re.IGNORECASE,
)
# a deal noun with the participle of its signing ("an agreement signed in February", "the
# contract with Cerebras, signed in January", "a deal that the two companies struck in
# March", "a seven-year contract it signed in November 2025", "their contract with
# Microsoft, the one signed in October"): the time dates the signing, not the deal it left
# (GUIDE: "signed last month")
_SIGNED = re.compile(
    r"\b(?:agreement|deal|contract|pact|order|accord)s?(?:\s(?:with|between)\s[^,.;]{1,40}?)?"
    r",?\s(?:(?:that|which)\s)?(?:[\w-]+\s){0,3}?(?:signed|struck|inked|reached|sealed)\s$",
    re.IGNORECASE,
)
# a holding or a deal with the participle of its making ("Our investment in Anthropic, made
# in 2023, stands at $100 million", "a stake purchase completed in August", "per a filing
# made in 2025"): the time is the act's (or the telling's), the amount or the deal stands at
# publication (GUIDE: a past year naming when an investment was made dates the event)
_MADE = re.compile(
    r"\b(?:investment|stake|round|purchase|acquisition|agreement|deal|contract|order|filing"
    r"|disclosure|statement)s?"
    r"(?:\s(?:in|with|of)\s[^,.;]{1,40}?)?,?\s(?:(?:that|which)\s(?:was\s|were\s)?)?"
    r"(?:made|completed|closed|placed|finali[sz]ed)\s$",
    re.IGNORECASE,
)
# a past time owning the event a state follows, after a preposition ("after last year's
# recapitalisation", "following 2024's round", "in the wake of last year's deal"): the
# time dates that event; "up from last year's 250,000" (a figure after it) is an earlier
# figure, dated by its time (GUIDE)
_EVENT_OF_YEAR_BEFORE = re.compile(
    r"\b(?:after|following|since|before|under|in|amid|(?:in\sthe\swake|ahead|because)\sof)"
    r"\s(?:the\s)?$",
    re.I,
)
_EVENT_OF_YEAR_AFTER = re.compile(r"['’]s?\s(?![\d$~≈]|(?:about|around|roughly|some)\s)")
# a past delivery before its month in running text ("We took delivery of our first HGX B300
# systems from Dell in July", "shipped its first racks to Acme in May"): the month dates the
# event, the deal it belongs to stands at publication (GUIDE, session 16)
_DELIVERED = re.compile(
    r"\b(?:took\sdelivery\sof|shipped|delivered|received|consigned)\s[^,.;]{0,80}?\s$",
    re.IGNORECASE,
)
# an order placed for a later delivery ("has ordered 100,000 Ascend 910B chips for delivery
# this year", "booked the racks for shipment in the fourth quarter"): the time is the
# delivery's, the order stands at publication
_FOR_DELIVERY = re.compile(
    r"\b(?:ordered|bought|booked|purchased|reserved)\b[^.;]{0,80}?\bfor\s(?:delivery|shipment)"
    r"\s(?:in\s|by\s|during\s)?$",
    re.IGNORECASE,
)
# a signing or a telling right after a past time heading its clause ("In October, Nvidia
# agreed to put …", "in November OpenAI signed a seven-year contract", "In September 2025
# Nvidia said it would invest …"): the time is the act's, the deal or pledge holds at
# publication (GUIDE, past days: "On July 3, 2025, we entered into …")
_ACT_AFTER = re.compile(
    r",?\s(?:(?:press|news|media)\s)?reports?\s(?:said|suggested|indicated|showed)\b"
    r"|,?\s(?:(?:the|its|we|it|they|[A-Z][\w.&'-]*)\s){1,3}?(?:also\s)?(?:agreed\sto|signed|struck|inked"
    r"|sealed|entered\sinto|said\s(?:it|they|that)|announced\s(?:a|an|it|that|plans)"
    # "In April 2023, Nvidia invested $100 million in …": an investment made, whose stake
    # stands at publication (GUIDE: investment carries a standing total)
    r"|invested|bought\s(?:a|an)\s(?:[\w-]+\s)?stake)\b"
)
# a signing verb with its deal noun before a past time ("signed a deal with the lab in
# October", "struck an agreement with AMD in March"): the time is the signing's
_SIGNED_DEAL = re.compile(
    r"\b(?:signed|struck|inked|sealed|reached|entered\sinto)\s(?:an?|the|its|their)\s"
    r"(?:[^,.;]{0,40}\s)?(?:agreement|deal|contract|pact|accord)s?(?:\s[^,.;]{0,40})?\s$",
    re.IGNORECASE,
)


# A past act that leaves a standing state: buying, ordering, signing, acquiring, investing.
_KO_DONE_ACT = re.compile(
    r"(?:계약|주문|인수|도입|구매|매입|확보|체결|투자)(?:을|를|에|도)?\s?"
    r"(?:했|한(?![가-힣])|하였|됐|된(?![가-힣])|마쳤|마친|맺었|맺은|들인|들였|체결했|체결한)"
    r"|맺었|맺은|사들였|사들인|들여왔|들여온|들인\s|들였|넣었|넣은"
    # an agreement or a decision made ("사기로 합의했고", "넣기로 한 바 있다")
    r"|합의(?:했|하였|한(?![가-힣]))|기로\s?(?:했|하였|한\s바|(?:결정|약속|약정|합의)(?:했|하였|한))"
)


# the signing or ordering of a deal (a month names its day, not the deal's), or an agreement
# or a decision to act ("사기로 합의했고", "넣기로 한 바 있다", "구매하기로 약속했다")
_KO_SIGNED = re.compile(r"계약|주문|체결|맺었|맺은|합의|기로\s?(?:했|하였|한\s바|결정|약속|약정)")
# a delivery made or an investment made or received, a past month, quarter or half
# before it ("지난해 7월 … 코어위브에 공급했고", "지난해 9월 ASML로부터 13억 유로의 투자를
# 유치한 바 있으며"): the month dates the event, the deal or the standing amount holds at
# publication (GUIDE, session 16: a past month heading a delivery; a past time naming when
# an investment was made)
_KO_DELIVERED_OR_INVESTED = re.compile(
    r"(?:공급|납품|출하|인도)(?:했|하였|한\s바)"
    r"|투자(?:를\s|도\s)?(?:했|하였|한\s바|유치)|(?:유치|조달)(?:했|하였|한\s바)"
)
# the end of an act's clause: a comma, a stop or a contrast ("3,000장" and "1.5배" go on)
_KO_CLAUSE_END = re.compile(r"[,.;](?!\d)|지만|는데")
_KO_PAST_REL = frozenset({"올해", "금년", "지난해", "작년", "전년"})
# a time right before the occasion where something was told ("… 공급하고 있다고 올해 1월 실적
# 발표에서 밝혔다", "… 올해 1월 밝혔다"): the telling's time, as English "told investors in
# January"
_KO_TOLD_AT = re.compile(
    r"\s?(?:(?:열린\s|진행된\s)?(?:[가-힣A-Za-z0-9]+\s){0,2}?(?:실적\s?발표|컨퍼런스\s?콜|콘퍼런스\s?콜"
    r"|컨콜|실적\s?설명회|기자\s?간담회|간담회|기자\s?회견|주주\s?총회|인터뷰)(?:\s?자리)?에서\s?"
    r"(?:[^,.;]{0,20}\s)?)?(?:밝혔|말했|설명했|전했|언급했|강조했|답했)"
)


# a past period in which a fleet's setting up was finished, the state now in the next breath
# ("B200 2,424장을 올해 1분기 중 설치를 마치고 현재 운용하고 있습니다", "지난달 구축을 끝냈고
# 지금은 가동 중"): the period dates the finishing, the fleet stands at publication
_KO_DONE_NOW = re.compile(
    r"\s?(?:중|중에|에)?\s(?:[^\s,.]+\s){0,3}?(?:설치|구축|도입|배치|증설|입고)(?:를|을)?\s?(?:모두\s)?"
    r"(?:마치|마쳤|끝내|끝냈|완료하|완료했)(?:고|으며|고,|으며,)\s(?:[^\s,.]+\s){0,2}?(?:현재|지금)"
)


# a decision or an agreement made ("넣기로 한 바 있다", "사기로 합의했고", "투자하기로 했다",
# "쓰기로 결정했다"): a past time before it dates the deciding, the pledge or the deal it
# made stands at publication (GUIDE: "In September 2025 Nvidia said it would invest …")
_LINE_MARKS = " ▲△■□●○•·*-–—[]()"
_HEADING_END = re.compile(r"\s?(?:[—–:=|)\]]|-\s)")
_KO_DECIDED = re.compile(r"기로\s?(?:했|하였|한\s?바|합의|결정|약속|계약)")


def ko_past_act(m: re.Match[str], published: date, hi: date, *, made: bool = True) -> bool:
    """Whether a past period with no particle of its own ("지난해 가을", "2025년 3월") heads a
    clause that tells a signing or a decision made (``_KO_SIGNED`` with ``_KO_DONE_ACT``, or
    ``_KO_DECIDED``), or (``made``) an investment or a delivery made: the period dates that
    act, not the deal, pledge or standing amount it left (GUIDE, settled cases: "지난달
    계약", a past time naming when an investment was made). An absolute month before an
    investment made still dates the amount as it stood then (``made`` False: the dev
    gold's totals told step by step, "2025년 9월 … 300억 원을 투자했다")."""
    if hi >= published or (m.groupdict().get("mod") or "").strip():
        return False
    if not m.string[: m.start()].strip(_LINE_MARKS) and _HEADING_END.match(m.string, m.end()):
        return False  # "▲2025년 9월 — …": a chronology line's heading dates its claims
    after = m.string[m.end() : m.end() + 60]
    if after.startswith(("에", " 에", "기준", " 기준", "의", " 중", "중", "까지", " 동안")):
        return False
    after = re.split(r"[,.;]|지만|는데", after, maxsplit=1)[0]
    return (
        (bool(_KO_SIGNED.search(after)) and bool(_KO_DONE_ACT.search(after)))
        or bool(_KO_DECIDED.search(after))
        or (made and bool(_KO_DELIVERED_OR_INVESTED.search(after)))
    )


def _ko_event_time(m: re.Match[str], part: str | None, published: date) -> bool:
    """Whether a relative year (or a month of one) with no particle dates a past act in its
    clause ("올해 초 H20을 10만 개가량 주문한", "지난해 인텔 지분 인수에 들인 50억 달러",
    "지난해 10월 … 계약을 맺었고"), not the state the act left: GUIDE, settled case ("signed
    last month", "지난달 계약" stay at publication). "지난해 말" and "올해 9월에" date a figure;
    an absolute year ("2023년 9월 …") dates a timeline's entry."""
    if m.group("mod"):
        return False
    if m.group("rel") not in _KO_PAST_REL:
        return bool(m.group("y")) and _ko_dated_act(m, part, published)
    if part not in (None, "early", "m", "q", "half") or (
        part == "m" and (m.group("d") or m.group("mend"))
    ):
        return False
    if part in ("q", "half") and (m.group("qend") or m.group("end")):
        return False  # "지난해 4분기 말": the end of a quarter dates a figure
    after = m.string[m.end() : m.end() + 60]
    if after.startswith(("에", " 에", "기준", " 기준", "의", " 중", "중", "까지", " 동안")):
        return False
    after = re.split(_KO_CLAUSE_END, after, maxsplit=1)[0]
    if part in ("m", "q", "half"):
        # a quarter or a half of the publication year still under way is no past act's
        return _past_period(m, part, published) and (
            (bool(_KO_SIGNED.search(after)) and bool(_KO_DONE_ACT.search(after)))
            or bool(_KO_DECIDED.search(after))
            or bool(_KO_DELIVERED_OR_INVESTED.search(after))
        )
    return bool(_KO_DONE_ACT.search(after))


# a dash or a colon after a date: the heading of a chronology's line, which dates its entry
_KO_HEADING_AFTER = re.compile(r"\s?[—–:-]")


def _ko_dated_act(m: re.Match[str], part: str | None, published: date) -> bool:
    """Whether an absolute past month, quarter or half in running text ("KT는 2025년 3월 델과
    … 계약을 맺었다", "2025년 9월 … 사기로 합의했다") dates the signing or the agreement made
    in its clause, not the deal or the amount it left (GUIDE:
    "In September 2025 Nvidia said it would invest …" stays at publication); a chronology's
    heading ("2025년 3월 — …") still dates its entry."""
    if part not in ("m", "q", "half") or m.group("d") or m.group("mend") or m.group("qend"):
        return False
    if _KO_HEADING_AFTER.match(m.string, m.end()) or int(m.group("y")) > published.year:
        return False
    if int(m.group("y")) == published.year and not _over_this_year(m, part, published):
        return False
    after = m.string[m.end() : m.end() + 60]
    if after.startswith(("에", " 에", "기준", " 기준", "의", " 중", "중", "까지", " 동안")):
        return False
    after = re.split(_KO_CLAUSE_END, after, maxsplit=1)[0]
    # an amount invested in a named month keeps the month: the total as it stood then (the
    # dev gold's totals told step by step)
    return bool(_KO_SIGNED.search(after)) and bool(_KO_DONE_ACT.search(after))


def _over_this_year(m: re.Match[str], part: str, published: date) -> bool:
    """Whether a month, quarter or half of the publication year is over by publication."""
    if part == "m":
        return int(m.group("m")) < published.month
    if part == "q":
        return int(m.group("q")) * 3 < published.month
    return m.group("half") == "상반기" and published.month > 6


def _past_period(m: re.Match[str], part: str, published: date) -> bool:
    """Whether the month, quarter or half named is over by publication (a month of last
    year always is; "올해 3분기" read in August is not)."""
    if m.group("rel") not in ("올해", "금년"):
        return True
    return _over_this_year(m, part, published)


def _signing_time(m: re.Match[str], before: str, after: str) -> bool:
    """Whether a past time prefixed by in/on heads a clause whose act is a signing or a
    telling (``_ACT_AFTER``), or follows a signed deal (``_SIGNED_DEAL``)."""
    opens = (
        m.start() == 0
        or m.string[: m.start()].rstrip()[-1:] in (",", ";", "")
        or bool(re.search(r"\b(?:and|but|while)\s$", before))
    )
    if opens and _ACT_AFTER.match(after):
        return True
    if _SIGNED_RIGHT_AFTER.match(after):
        return True  # "Oracle, which in May signed a three-year lease …"
    if _AGREED_BEFORE.search(before) and _TO_AFTER.match(after):
        return True  # "Meta, which agreed in February to rent TPUs …": the agreeing's time
    return bool(_SIGNED_DEAL.search(before))


# a verb of agreeing right before the time, its act after it ("agreed in February to rent",
# "signed up in May to take", "committed in March to buy", "contracted in June to lease")
_AGREED_BEFORE = re.compile(
    r"\b(?:agreed|agrees|signed\s(?:up|on)|committed|contracted|arranged|promised|pledged"
    r"|undertook|elected|opted|chose|decided)\s(?:(?:in|on)\s)?$",
    re.IGNORECASE,
)
_TO_AFTER = re.compile(r",?\s(?:to\s[a-z]|that\s)")


# a past time right before the verb of signing, its subject before the time ("Microsoft, which
# in September signed …", "Nvidia in October agreed to put …")
_SIGNED_RIGHT_AFTER = re.compile(
    r",?\s(?:also\s)?(?:agreed\sto|signed|struck|inked|sealed|entered\sinto|invested)\b"
)


# a past month or year naming a deal ("its October 2025 agreement with Google", "the October
# agreement", "a 2024 contract"): when it was signed, not a time of what it gives
_DEAL_AFTER = re.compile(r"\s(?:[\w-]+\s)?(?:agreement|deal|contract|pact|accord)s?\b", re.I)
_DEAL_BEFORE = re.compile(r"\b(?:its|their|the|an?|this|that|our)\s$", re.I)


# the start of an act after its period, in the same clause ("양산 출하를 올 3분기에 시작할 예정",
# "2Q26 중 엔비디아향 HBM4 공급을 시작할 것으로"): as English "begins shipping in the second half"
_KO_BEGIN_AFTER = re.compile(
    r"(?:\s?중)?\s?[^,.;]{0,30}?(?:시작|개시)(?:할|한다|하겠|하기로|될|된다)"
)


def _ko_begun(t: TimeMatch, sentence: str, published: date) -> TimeMatch:
    """``t`` made a start (``open``) when the clause begins an act in that period still to
    come (GUIDE: the start of an ongoing act is open from the period's first day)."""
    v = t.valid
    if t.weak or v.kind != "point" or v.start is None or v.start <= published:
        return t
    if _KO_BEGIN_AFTER.match(sentence, t.end) is None:
        return t
    return replace(
        t, valid=ValidTime(kind="open", start=v.start, granularity=v.granularity, text=v.text)
    )


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ON_WEEKDAY = re.compile(r"\bon\s(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# a plan or a future in the clause before the weekday: "plans to switch on … on Thursday"
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|plans?\sto|is\s(?:scheduled|set|due|slated)\sto|are\s(?:scheduled|set|due)\sto"
    r"|intends\sto|aims\sto)\s(?:[^,;.]|[,.](?=\d))*$"
)


def _weekdays_ahead(sentence: str, published: date) -> list[TimeMatch]:
    """A weekday a plan is set for ("Nebius plans to switch on the first 4,000 B300 GPUs at
    its New Jersey site on Thursday", said in a week-ahead piece): the next such day after
    publication. A weekday of a telling ("said on Thursday") is not read: its day is past."""
    out: list[TimeMatch] = []
    for m in _ON_WEEKDAY.finditer(sentence):
        before = sentence[max(0, m.start() - 120) : m.start()]
        if _TOLD.search(before) or not _FUTURE_BEFORE.search(before):
            continue
        ahead = (_WEEKDAYS.index(m.group(1).lower()) - published.weekday() - 1) % 7 + 1
        day = published + timedelta(days=ahead)
        out.append(
            TimeMatch(m.start(), m.end(), make("point", day, day, "day", m.group(), published))
        )
    return out
