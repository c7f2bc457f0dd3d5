"""Passes over the figures the quantity recognizer found in one sentence: a figure being
replaced or withdrawn is dropped ("from 95,000 to 110,000", "(prior: 80 kwpm)", "not
300,000"), counts spelled before what they count are added ("seventy-two GPUs"), and a bare
figure after one with a unit takes that unit ("35,000 wafers a month now and 70,000 by
end-2025").
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.numberwords import ONE_VALUE, ONES, TEN_VALUE, TENS, longest_first
from tracker.extract.quantity_context import CURRENCIES
from tracker.extract.quantity_match import QuantityMatch

_TENS_ALT = "|".join(TENS)

_FROM_TO_KO = re.compile(r"\s?에서\s|\s?(?:가|이)\s?아니(?:라|고)|\s?(?:가|이)\s아닌\s")
_NOT_BEFORE = re.compile(
    r"(?:,|\s)\s?(?:and\s)?(?:not|rather than|instead of)\s(?:the\s|about\s|some\s)?$",
    re.IGNORECASE,
)
# a time said between a change's two figures dates the second one: the first is a level of
# its own time, not the old value replaced ("올해 말 7만 장에서 내년 말 11만 장으로")
_DATED_KO = re.compile(r"내년|올해|올\s|연말|연초|\d{2,4}년|[상하]반기|분기")
_FROM_EN = re.compile(r"\bfrom\s$", re.IGNORECASE)
_TO_EN = re.compile(r"^\s(?:to|up to)\s$", re.IGNORECASE)


# "was" only inside a parenthesis ("(was 1.1M)"): "CoWoS output was about 75,000 wafers a
# month" states the figure
_OLD_ESTIMATE = re.compile(
    r"\(\s?(?:was|previously)\s?[:=]?\s?(?:about\s|~)?$"
    r"|(?:\(|\b)(?:prior|previous|earlier|old|vs\.?|versus)(?:\s(?:estimate|forecast|projection|"
    r"target|guidance|view))?s?\s?[:=]?\s?(?:of\s)?(?:about\s|~)?$"
    r"|(?:기존|종전|이전|직전)\s?(?:추정치|전망치|예상치|목표치|추정|전망|예상)?\s?[(:]?\s?(?:월\s?)?$"
    # an earlier note's figure: "직전 보고서의 11만 장에서 올려 잡은", "지난 리포트의 월 10만 장"
    r"|(?:기존|종전|이전|직전|지난)\s?(?:보고서|리포트|노트|자료|발간물)(?:의|에서의|에서는|에서)?\s"
    r"(?:월\s?)?$",
    re.IGNORECASE,
)


# "기존 추정치는 각각 월 11만 장과 16만 장이었다", "Our prior estimates were 110k and 160k"
_OLD_SUBJECT = re.compile(
    r"(?:기존|종전|이전|직전)\s?(?:추정치|전망치|예상치|목표치|추정|전망)(?:는|은)\s[^.]*$"
    r"|\b(?:prior|previous|earlier|old)\s(?:estimates?|forecasts?|projections?|figures?)\s"
    r"(?:were|was|had been|stood at)\b[^.;]*$",
    re.IGNORECASE,
)


# between an amount and its conversion: "50억 달러(약 6조9000억 원)", "$5bn (about ₩7tn)",
# "400억 달러(한화 약 58조 원)", "€2bn (roughly $2.2bn)"
_CONVERSION = re.compile(
    r"\s?[(\[]\s?(?:(?:한화|원화|우리\s?돈|엔화|달러|환산)\s?(?:로\s?)?)?"
    r"(?:약|대략|about|approximately|approx\.|roughly|around|some|~|≈)?\s?$",
    re.IGNORECASE,
)


def conversion(sentence: str, found: list[QuantityMatch], i: int) -> bool:
    """Whether ``found[i]`` is an amount restated in another currency in parentheses right
    after the amount it converts: one fact, in the currency stated first (GUIDE)."""
    q = found[i]
    if i == 0 or q.unit not in CURRENCIES:
        return False
    prev = found[i - 1]
    if prev.unit not in CURRENCIES or prev.unit == q.unit or q.start - prev.end > 16:
        return False
    return _CONVERSION.fullmatch(sentence, prev.end, q.start) is not None


def drop_superseded(sentence: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """In "월 9만 5000장에서 월 11만 장으로" and "from 95,000 to 110,000" the first figure is
    the old value being replaced: only the new one is a statement. An amount's conversion
    into another currency ("50억 달러(약 6조9000억 원)") states nothing new either."""
    kept: list[QuantityMatch] = []
    for i, q in enumerate(found):
        if conversion(sentence, found, i):
            continue
        if i > 0 and _NOT_BEFORE.search(sentence[max(0, q.start - 24) : q.start]):
            continue
        if _OLD_ESTIMATE.search(sentence[max(0, q.start - 24) : q.start]) or _OLD_SUBJECT.search(
            sentence[: q.start]
        ):
            # "30,000 GB200s, not 300,000", "(prior: 80 kwpm)", "(was 1.1M)",
            # "기존 추정치(월 10만 장)": the withdrawn figure is not a statement
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and nxt.unit == q.unit and nxt.start - q.end <= 8:
            between = sentence[q.end : nxt.start]
            before = sentence[max(0, q.start - 6) : q.start]
            if between.lstrip().startswith("에서") and _DATED_KO.search(between):
                pass  # "올해 말 7만 장에서 내년 말 11만 장으로": two levels, each with its time
            elif _FROM_TO_KO.match(between) or (_FROM_EN.search(before) and _TO_EN.match(between)):
                continue
        kept.append(q)
    return kept


_SMALL = longest_first(ONES)
_SPELLED = re.compile(
    rf"(?<![\w-])(?i:(?:(?P<h>{_SMALL})\s(?:hundred)(?:\s(?:and\s)?)?)?"
    rf"(?:(?P<t>{_TENS_ALT})(?:[-\s](?P<u>{_SMALL}))?|(?P<s>{_SMALL}))?)"
    r"(?=\s(?:of\s(?:them|these|those|the\s(?:chips|gpus|accelerators|parts))\b"
    # a product's name of up to three words may stand between ("four Maia 200 chips", "eight
    # AMD Instinct MI355X GPUs"), and accelerators sold as boards are counted as cards
    # ("eight RNGD cards", "eight cards")
    r"|(?:(?:[A-Z][\w-]*|\d[\w-]*)\s){0,3}(?:chips|GPUs|gpus|accelerators|processors|dies"
    r"|cards)\b))"
)

# _SPELLED's lookahead is case-sensitive and needs one of these words: a sentence with none
# of them skips the scan (its case-insensitive number words are tried at every word start).
_SPELLED_GATE = (
    *("chips", "GPUs", "gpus", "accelerators", "processors", "dies", "cards"),
    *("them", "these", "those", "parts"),
)


def spelled_counts(sentence: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """Counts written in words before what they count: "Eight of them sit on a board",
    "Sixty-four of them make up a Trn2 UltraServer", "seventy-two GPUs"."""
    if not any(word in sentence for word in _SPELLED_GATE):
        return []
    out: list[QuantityMatch] = []
    for m in _SPELLED.finditer(sentence):
        if m.end() == m.start() or any(q.start <= m.start() < q.end for q in found):
            continue
        value = 0
        if m.group("h"):
            value += 100 * ONE_VALUE[m.group("h").lower()]
        if m.group("t"):
            value += TEN_VALUE[m.group("t").lower()]
            value += ONE_VALUE[m.group("u").lower()] if m.group("u") else 0
        elif m.group("s"):
            value += ONE_VALUE[m.group("s").lower()]
        if value < 2:
            continue
        out.append(
            QuantityMatch(
                m.start(), m.end(), value, value, "count", text=m.group(), number_end=m.end()
            )
        )
    return out


_CARRIED_UNITS = ("wafer/month", "count")
# what may follow a figure that carries its unit from an earlier one: a time, a bound, a
# clause boundary ("will reach 70,000 to 75,000 by the end of 2025", "and 1M exiting 2026")
_CARRY_AFTER = re.compile(
    r"\s?(?:$|[,.;:)—–-]|\s?(?:by|in|at|before|after|within|exiting|exit|over|during|from|"
    r"next|this|the|later|and|or|as|per|when|once|if|under|toward|towards|around|through|"
    r"until|starting|beginning|end|early|late|mid|q[1-4]|[12]h|h[12]|"
    # "plans to have 400,000 running by …", "400,000 online by": the state of the same things
    r"running|online|in\sservice|installed|operating|live"
    # "grew from 400,000 Trainium2 chips in March to 500,000 today": the figure now
    r"|today|now|currently|at\spresent)\b)",
    re.IGNORECASE,
)
_CARRY_BEFORE = re.compile(r"\b(?:from|of|to\s(?:about|around))\s(?:about\s|around\s|~)?$", re.I)


def carry_units(sentence: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """A bare figure after one with a unit, of the same order of magnitude, is in that
    unit: "35,000 wafers per month now and 70,000 to 75,000 by end-2025", "300k units by
    Q3 2026 and as many as 1 million exiting 2026". Figures after "from" stay bare (the
    rules read them as the value being replaced)."""
    out: list[QuantityMatch] = []
    carrier: QuantityMatch | None = None
    for q in found:
        if q.unit:
            carrier = q if q.unit in _CARRIED_UNITS else None
            out.append(q)
            continue
        if carrier is not None and carries_unit(sentence, q, carrier.high):
            out.append(replace(q, unit=carrier.unit))
        else:
            out.append(q)
    return out


def carries_unit(sentence: str, q: QuantityMatch, earlier: float) -> bool:
    """Whether bare ``q`` reads as the same kind of figure as an earlier one of size
    ``earlier``: same order of magnitude, followed by a time or a boundary, not "from"."""
    return (
        q.high >= 1000
        and earlier / 10 <= q.high <= earlier * 10
        and _CARRY_AFTER.match(sentence, q.end) is not None
        and not _CARRY_BEFORE.search(sentence[max(0, q.start - 16) : q.start])
    )


# "H100 약 2,500장", "블랙웰 GPU 5만 장", "B200 클러스터(1,024장)", "레니게이드 2000장": Korean
# counts chips (cards) with 장 as it counts wafers; what stands before the number says which
# ("GPU 보유량은 약 2만 2천 장": the fleet noun after the chip word)
# (the time a target is due may stand between them: "GPU를 2027년까지 6만 장으로")
_SHEET_DUE = (
    r"(?:\s?(?:(?:19|20)\d\d년|올해|내년|연내|연말|상반기|하반기|[1-4]분기)"
    r"(?:\s?(?:말|초|중|안))?(?:까지|에는|에|엔)?)?"
)
_SHEET_CHIP_WORD = re.compile(
    r"(?:GPU|NPU|TPU|칩|가속기|그래픽카드|카드|클러스터)"
    r"(?:\s?(?:보유량|보유\s?물량|(?:보유|가동|운영)\s?대수|물량|수|규모))?"
    rf"(?:를|을|가|이|도|는|은|:)?{_SHEET_DUE}\s?[(（]?\s?(?:약|총|최대|대략)?\s?$"
)
# "4,000장의 H100", "2만 장 규모의 GPU": the chips counted named after the counter
_SHEET_CHIP_AFTER = re.compile(
    r"\s?(?:의|가량의|정도의|남짓의|규모의|이상의)\s(?:(?:엔비디아|AMD|인텔|구글)\s)?"
)
_CHIP_WORD_AFTER = re.compile(r"(?:GPU|NPU|TPU|칩(?!렛)|가속기|그래픽카드|AI\s?칩(?!렛))")
# (a month's name is no rate: "3월까지 H200 2000장", "12개월 안에 … 5000장")
_SHEET_WAFER = re.compile(
    r"웨이퍼|(?<![0-9개])월\s?|캐파|생산능력|생산량|투입량|wafer", re.IGNORECASE
)


def chip_sheets(
    sentence: str, found: list[QuantityMatch], chips: list[tuple[int, int]]
) -> list[QuantityMatch]:
    """A number of 장 right after a chip's name or a GPU/칩/NPU word, or right before one
    with 의 (``chips``: where each chip or system mention starts and ends), counts chips,
    not wafers, unless the words before it are about wafers (월, 웨이퍼, 생산능력)."""
    out = [replace(q, unit="count") if _chip_sheet(sentence, q, chips) else q for q in found]
    # "블랙웰 GPU 6만 장을 공급받기로 했지만, 현재 가동 중인 물량은 1만 8000장이다": the volume
    # of the chips a figure before counted, in the same counter
    counted = [q.end for q in out if q.unit == "count" and "장" in q.text]
    return [
        replace(q, unit="count")
        if q.unit == "wafer"
        and any(end <= q.start for end in counted)
        and _VOLUME_BEFORE.search(sentence, max(0, q.start - 12), q.start)
        else q
        for q in out
    ]


# the volume of what was counted before, as the topic or subject: "가동 중인 물량은 "
_VOLUME_BEFORE = re.compile(r"물량(?:은|는|이|가)\s(?:약\s|총\s)?$")


def _chip_sheet(sentence: str, q: QuantityMatch, chips: list[tuple[int, int]]) -> bool:
    # "1000여 장": the 餘 of "more than" stands between the number and its counter
    counter = sentence[q.number_end : q.end].strip().removeprefix("여").lstrip()
    if q.unit != "wafer" or not counter.startswith("장"):
        return False
    before = sentence[max(0, q.start - 24) : q.start]
    if _SHEET_WAFER.search(before[-12:]):
        return False
    if any(0 <= q.start - end <= 12 for _, end in chips) or _SHEET_CHIP_WORD.search(before):
        return True
    after = _SHEET_CHIP_AFTER.match(sentence, q.end)
    return after is not None and (
        any(start == after.end() for start, _ in chips)
        or _CHIP_WORD_AFTER.match(sentence, after.end()) is not None
    )
