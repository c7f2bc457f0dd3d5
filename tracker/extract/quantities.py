"""Numbers and quantities in English and Korean, normalized to SPEC's base units.

Grammar, in the order it is applied (after Duckling's numeral rules):

* a number atom (read in number_atoms.py): digits with thousands commas and decimals,
  optionally a Korean sub-grain (천, 백) and grain (만 = 1e4, 억 = 1e8, 조 = 1e12), or an
  English scale word ("million", "bn", "k"); word numbers only before a scale ("one
  million", "half a million");
* Korean addition: "7만 5000" and "1조 2000억" add when the second part is smaller than the
  first one's grain;
* ranges with a shared unit or scale: "9만~10만 장", "90,000-100,000", "90 to 100 million";
* bounds and approximation from the words around: about/약 (approx), up to/최대 (at-most),
  over/이상 (at-least);
* a unit after the number (or a currency sign before it), and a rate (월 ..., per month).

Years, dates and ordinals are not quantities: a number only becomes one with a unit, a
currency, or (left to the claim rules) a named chip right after it.
"""

from __future__ import annotations

import re

from tracker.extract.entities import PARTICLES
from tracker.extract.number_atoms import _MORE_THAN_INSIDE, _Atom, _atoms
from tracker.extract.quantity_context import (
    CURRENCIES,
    chip_measure,
    parameter_end,
    per_item,
)
from tracker.extract.quantity_match import QuantityMatch, with_bound
from tracker.extract.quantity_passes import (
    carries_unit,
    carry_units,
    drop_superseded,
    spelled_counts,
)
from tracker.extract.spelled import spelled_before
from tracker.extract.vocabulary import Vocabulary

_UNIT_GLOSS = re.compile(r"\s?\([A-Za-z/]{2,10}\)")
_STORAGE_BYTES = 1e15
_PER_SECOND_KO = re.compile(r"초당\s?(?:(?:약|대략|최대|최소|평균)\s?)?$")
_RANGE_SEP = re.compile(r"\s?(?:~|∼|〜|-|–|—|to)\s?|\s?and\s")
_APPROX_BEFORE = re.compile(
    r"(?:\b(?:about|around|roughly|"
    r"some|nearly|near|approximately|almost|approx\.|close to|"
    r"just under|just shy of|the better part of|something like|in the region of|on the order of"
    r"|in the order of|in the neighbou?rhood of|circa|ca\."
    r")|약|대략|거의|어림잡아|줄잡아|~|(?<![가-힣])한(?=\s))\s?$",
    re.IGNORECASE,
)
# Spoken Korean hedges a figure with a bare "한" before it ("한 오십만 개", "한 2만 장"), as
# "약" does; the numeral "한" (one) is itself the figure then, not what stands before it.
# An edge hedged by a small margin below it ("just under", "slightly less than", "just shy
# of") is read like "nearly": approximate, bound exact (GUIDE: "just under"). The same margin
# above it ("a little over", "just above", "slightly more than") is still a floor the figure
# passes: at least, not approximate (GUIDE settled case, session 9).
_HEDGED_EDGE_BEFORE = re.compile(
    r"\b(?:just|a little|a bit|slightly|marginally|a touch|a shade|a hair|a whisker)\s"
    r"(?:under|below|less than|fewer than|shy of|south of)\s?$",
    re.IGNORECASE,
)
_HEDGED_FLOOR_BEFORE = re.compile(
    r"\b(?:just|a little|a bit|slightly|marginally|a touch|somewhat|a shade|a hair|a whisker)\s"
    r"(?:over|above|more than|north of|in excess of|upwards of)\s?$",
    re.IGNORECASE,
)
# "just under"/"just shy of" are "nearly" (approximate, _APPROX_BEFORE), "no fewer than"
# is at least: both are kept out of the at-most words
_AT_MOST_BEFORE = re.compile(
    r"(?:\b(?:up to|as many as|as much as|at most|no more than|not more than|a maximum of|"
    r"maximum of|capped at|(?<!no\s)(?<!not\s)(?:less|fewer) than|(?<!just\s)under|below)"
    r"|최대|많게는)\s?$",
    re.IGNORECASE,
)
# "racks top out at 128 MI355X", "maxes out at 72 GPUs": a count's ceiling (a chip's rating
# that "tops out at 354 TOPS" is its peak, exact)
_TOPS_OUT_BEFORE = re.compile(
    r"\b(?:tops?|topped|topping|max(?:es|ed)?|maxing)\sout\sat\s$", re.IGNORECASE
)


def _topped_out(bound: str, unit: str, before: str) -> str:
    """A count that something "tops out at" is its ceiling (at-most)."""
    if bound == "exact" and unit in ("", "count") and _TOPS_OUT_BEFORE.search(before):
        return "at-most"
    return bound


# "Colossus is up to 150k H100s, from 100k at the end of 2024", "is now up to 200,000 GPUs
# from 150,000": the level a number has risen to, exact (GUIDE), not a ceiling
_RISEN_UP_TO = re.compile(r"\b(?:is|are|was|were|now|has\sgone|have\sgone)\s(?:now\s)?$", re.I)
_FROM_AFTER = re.compile(r"[^.;]{0,60}?\bfrom\s(?:about\s|around\s|roughly\s)?\d", re.I)


def _risen_to(bound: str, sentence: str, start: int, end: int) -> str:
    """ "up to N" after a copula with "from M" after it is a level reached: exact."""
    if bound != "at-most" or not sentence.lower().startswith("up to", start):
        return bound
    if not _RISEN_UP_TO.search(sentence, max(0, start - 16), start):
        return bound
    return "exact" if _FROM_AFTER.match(sentence, end) else bound


_AT_LEAST_BEFORE = re.compile(
    # "spread over 12 racks", "split over 4 boards": what a whole is divided across
    r"(?:\b(?:(?<!spread\s)(?<!split\s)(?<!divided\s)(?<!spanning\s)over|more than|at least|"
    r"above|exceeding|upwards of|upward of|in excess of|north of|"
    r"no fewer than|no less than|not less than|"
    r"a minimum of|beyond|exceed|exceeds|exceeded|surpass|surpasses|surpassed|top|tops|topped|pass|"
    r"passes|passed|past|crossed|crossing|passing|surpassing|topping)"
    r"|최소|적어도)\s?$",
    re.IGNORECASE,
)


# "The rack is built around 72 GPUs", "designed around 8 HBM stacks": what a machine is
# built on, no hedge; but "has built around 350,000 H100s into its fleet" is "about"
_BUILT_AROUND = re.compile(r"\b(?:built|designed|centered|centred)\saround\s?$", re.I)
_MACHINE_BUILT = re.compile(
    r"\b(?:racks?|boards?|systems?|servers?|nodes?|pods?|superpods?|trays?|blades?|modules?"
    r"|platforms?|chassis|packages?|designs?)\b[^.;]{0,40}$",
    re.I,
)
# the largest scale-up domain in the vocabulary's world (an Ironwood superpod): the most
# chips one machine holds, so a figure above it is no machine's design
MAX_SCALE_UP = 9_216


def _built_on(sentence: str, start: int, high: float) -> bool:
    """Whether the figure at ``start`` is what a machine is built around (no hedge): after
    "built/designed around", with a machine named before it or a figure one machine holds."""
    hit = _BUILT_AROUND.search(sentence, max(0, start - 24), start)
    if hit is None:
        return False
    return high <= MAX_SCALE_UP or _MACHINE_BUILT.search(sentence, 0, hit.start()) is not None


def _bound_before(before: str) -> tuple[bool, str, int]:
    """(approx, bound, length of the words that say so) from the words before a figure."""
    approx = _APPROX_BEFORE.search(before) is not None
    if (m := _HEDGED_EDGE_BEFORE.search(before)) is not None:
        return True, "exact", len(m.group())
    for pattern, bound in (
        (_HEDGED_FLOOR_BEFORE, "at-least"),
        (_AT_MOST_BEFORE, "at-most"),
        (_AT_LEAST_BEFORE, "at-least"),
    ):
        if (m := pattern.search(before)) is not None:
            return approx, bound, len(m.group())
    return approx, "exact", 0


_BETWEEN_BEFORE = re.compile(r"\bbetween\s$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s(?:\$|US\$)?$", re.IGNORECASE)
# "estimates range from 80,000 to 100,000", "anywhere from $5bn to $8bn": a span of values
_RANGE_FROM_BEFORE = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|anywhere|somewhere|var(?:y|ies|ied|ying))\sfrom\s(?:\$|US\$)?$",
    re.IGNORECASE,
)
_AT_LEAST_AFTER = re.compile(  # 남짓: "a little over", so at least
    r"\s?(?:이상|남짓|(?:을|를|이|가)?\s?(?:넘|웃돌|상회|돌파)|초과|\+|or more|and more|plus\b)"
    r"|-plus\b"
    # "250,000 GPUs, if not more" / "…, or more": a hedge upward after the counted noun
    r"|,\s(?:(?:if\snot|or\seven|or\sperhaps|or\spossibly|perhaps|possibly|maybe)\s|or\s)more\b"
)
# ("5만 개 이내", "안쪽": within it, a ceiling)
_AT_MOST_AFTER = re.compile(r"\s?(?:이하|미만|이내|안쪽|까지(?!의)|or less|or fewer)")
# "350,000-odd H100s", "1만 장 전후", "2페타플롭스 언저리": a round figure, approximate;
# so is "5만 개쯤", "근처" and the level "선" ("9만 장 선을 넘본다"; not 선정, 선물)
_APPROX_AFTER = re.compile(
    r"\s?(?:가량|정도|안팎|내외|수준|전후|언저리|가까이|쯤|근처|선(?=[을를이은에으\s.,]|$)"
    r"|(?:에\s?)?육박|or so)|-odd\b"
)
# the basis a figure is counted on, in parentheses: "(웨이퍼 투입 기준)", "(GPU 기준)"
_BASIS_ASIDE = re.compile(r"\s?\([^()]{1,20}기준\)")
_RATE_BEFORE = re.compile(r"(?:(?<![\w])(?:월|매월|월간|월평균)|\b(?:monthly))\s?$", re.IGNORECASE)
_RATE_AFTER = re.compile(
    r"\s?(?:(?:per|a|each|every)\s+month|/\s?month|/mo\b|monthly|per\s+mo\b)|/\s?월", re.IGNORECASE
)
# ("300 WSE-3 wafer-scale processors" counts processors: "wafer-scale" is no wafer)
_NAMED_WAFERS = re.compile(r"\s(?:[A-Z][\w-]*|12-inch|300mm)\s(?:wafers?\b(?!-)|웨이퍼)")


# "9만 장에서 10만 장 사이", "50억에서 60억 달러 사이": a Korean range told as between two
# figures (the first may repeat the counter)
_FROM_KO = re.compile(r"\s?(?:장|개|대|달러|원)?에서\s")
_BETWEEN_KO = re.compile(r"\s?(?:장|개|대|달러|원|유로|엔)?\s?사이")


def _between_ko(sentence: str, low: _Atom, high: _Atom) -> bool:
    return (
        _FROM_KO.fullmatch(sentence, low.end, high.start) is not None
        and _BETWEEN_KO.match(sentence, high.end) is not None
    )


# a figure closing a clause in a note's or a filing's noun style (개조식): "약 6만 5000장임.",
# "1만 개임", "80억 달러였음", "144개예요" (the copula's forms glued to the counter)
_NOUN_ENDING = re.compile(r"(?:임|였음|였다|였고|였으며|예요|였습니다)(?![가-힣])")


# "two dollars", "one wafer", "five chips": a unit that counts money or things is not a
# specification, and word numbers before it are counts the count rules read
_WORD_UNITS_EXCLUDED = (
    "USD",
    "KRW",
    "EUR",
    "JPY",
    "CNY",
    "TWD",
    "HKD",
    "AUD",
    "CAD",
    "SGD",
    "wafer",
    "count",
    "wafer/month",
)


def _range_values(low_atom: _Atom, high_atom: _Atom) -> tuple[float, float]:
    """Low and high of a figure or range; "90 to 100 million" shares the high's scale."""
    low, high = low_atom.value, high_atom.value
    shared_scale = low_atom is not high_atom and not low_atom.scaled and high_atom.scaled
    if shared_scale and low * high_atom.grain <= high:
        low *= high_atom.grain
    return (high, low) if low > high else (low, high)


def _what_it_measures(
    sentence: str, start: int, number_end: int, end: int, unit: str
) -> tuple[str, int]:
    """A model's size ("405B parameters") or a price per share or per unit ("$150 per
    share", "주당 5만 원") is no count and no amount invested: its own unit."""
    if unit in ("", "count") and (stop := parameter_end(sentence, number_end, end)) is not None:
        return "parameter", max(end, stop)
    if unit in ("", "count") and chip_measure(sentence, start, end):
        return "chip-measure", end  # "576 GPU dies", "600,000 H100-equivalents": no count
    if unit in CURRENCIES and (per := per_item(sentence, start, end)) is not None:
        return f"{unit}/{per[0]}", per[1]
    return unit, end


# after a chip's name, what ends the count it names: a plural, a system's noun ("GB200
# systems"), punctuation, a function word or a Korean particle ("2048 H100s", "2016 B200 at
# …", "H100을"), not another noun ("the 2026 B300 ramp")
_NAME_END = (
    r"(?:s\b|[\s-](?:systems?|servers?|racks?|nodes?|superchips?|boards?|cards?)\b"
    r"|(?=[,.;:!?)]|$|\s(?:in|at|for|to|from|and|across|on|by|that|which|with|over|"
    r"under|it|they|were|was|are|is|had|have|last|this|since|during)\b)"
    r"|(?<![A-Za-z])(?=[을를이가은는의와과로에도]))"
)
# a Korean counter the vocabulary has no unit for, as a count of machines ("GPU 2024기를"),
# not 기준/기간/기업
_KO_UNIT_COUNTER = r"기(?=[을를이가은는의와과로에도,.\s]|$)"


def _year_count_re(vocabulary: Vocabulary, counters: list[str]) -> re.Pattern[str]:
    """What makes a year-like number (1900-2099) a count when it follows at once: a counter
    ("2000대", "1950 GPUs", "a 2048-GPU cluster"), or a chip or system name, its maker's name
    before it ("1950 Nvidia GPUs", "2048 H100s", "2016 B200 chips"). The year's words around
    it are quantity_context.counted_year's to weigh."""
    chips = [e for e in vocabulary.entities.values() if e.kind in ("chip", "system")]
    makers = {e.maker for e in chips if e.maker}
    names = sorted(
        {a for e in chips for aliases in e.aliases.values() for a in aliases}, key=len, reverse=True
    )
    maker_names = sorted(
        {
            a
            for m in makers
            if m in vocabulary.entities
            for aliases in vocabulary.entities[m].aliases.values()
            for a in aliases
        },
        key=len,
        reverse=True,
    )
    counter = (
        rf"(?:{'|'.join(re.escape(a) for a in counters)})(?![A-Za-z0-9])|{_KO_UNIT_COUNTER}"
        if counters
        else _KO_UNIT_COUNTER
    )
    maker = rf"(?:(?:{'|'.join(re.escape(a) for a in maker_names)})\s)?" if maker_names else ""
    name = (
        rf"|\s{maker}(?:{'|'.join(re.escape(a) for a in names)})"
        rf"(?:[\s-]?(?:{counter})|{_NAME_END})"
        if names
        else ""
    )
    return re.compile(rf"[\s-]?(?:{counter})|\s{maker}(?:{counter}){name}", re.IGNORECASE)


# a Korean fraction ("3분의 2", "4분의 1"): a share, never a figure (GUIDE: a share is a
# fraction), so neither number stands between a time and the claim it dates
_FRACTION_KO = re.compile(r"\d+\s?분의\s?\d+")


# a stack's height ("12-high HBM3E", "16-Hi stacks", "12-layer HBM4"): a kind of part, as
# the Korean "12단" (which no counter follows), never a figure of its own
_STACK_HEIGHT = re.compile(r"-(?:high|hi|layer)\b", re.IGNORECASE)


def _without_fractions_ko(sentence: str, atoms: list[_Atom]) -> list[_Atom]:
    spans = [(m.start(), m.end()) for m in _FRACTION_KO.finditer(sentence)]
    return [a for a in atoms if not any(lo <= a.start < hi for lo, hi in spans)]


class QuantityRecognizer:
    """Finds quantities in one sentence; units and currency signs come from the vocabulary."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        entries: list[tuple[str, str, float]] = []
        for unit in vocabulary.units:
            entries.extend((alias, unit.base, unit.factor) for alias in unit.aliases)
        entries.sort(key=lambda e: len(e[0]), reverse=True)
        self._units = {alias.lower(): (base, factor) for alias, base, factor in entries}
        alternation = "|".join(re.escape(alias) for alias, _, _ in entries)
        self._unit_re = re.compile(
            rf"\s?(?:{alternation})" if entries else r"(?!x)x", re.IGNORECASE
        )
        counters = [alias for alias, base, _ in entries if base in ("count", "wafer")]
        self._count_re = re.compile(
            rf"\s?(?:{'|'.join(re.escape(a) for a in counters)})(?![A-Za-z0-9])"
            if counters
            else r"(?!x)x",
            re.IGNORECASE,
        )
        self._year_count_re = _year_count_re(vocabulary, counters)
        prefixes = sorted(vocabulary.currency_prefixes, key=len, reverse=True)
        self._prefix_codes = dict(vocabulary.currency_prefixes)
        self._prefix_re = re.compile(
            f"(?:{'|'.join(re.escape(p) for p in prefixes)})$" if prefixes else r"(?!x)x"
        )

    def find(self, sentence: str) -> list[QuantityMatch]:
        """Every quantity in the sentence, in order; bare numbers have unit ``""``."""
        atoms = _atoms(sentence, self._year_count_re)
        if "분의" in sentence:
            atoms = _without_fractions_ko(sentence, atoms)
        if "-hi" in sentence or "-Hi" in sentence or "-layer" in sentence or "-HI" in sentence:
            atoms = [a for a in atoms if _STACK_HEIGHT.match(sentence, a.end) is None]
        atoms = self._spelled_atoms(sentence, atoms)  # "Fifty petaflops", "four point six TB"
        found: list[QuantityMatch] = []
        i = 0
        while i < len(atoms):
            low = high = atoms[i]
            nxt = atoms[i + 1] if i + 1 < len(atoms) else None
            if nxt is not None:
                sep = _RANGE_SEP.fullmatch(sentence[low.end : nxt.start])
                if sep is not None and self._is_range(sentence, low, sep.group().strip()):
                    high = nxt
                    i += 1
                elif _between_ko(sentence, low, nxt):
                    high = nxt  # "9만 장에서 10만 장 사이": between the two
                    i += 1
            found.append(self._build(sentence, low, high))
            i += 1
        found.extend(spelled_counts(sentence, found))
        # "28 PB usable": a petabyte of bytes is storage, never a chip's memory ("초당 21PB"
        # became B/s in _build and stays)
        found = [q for q in found if not (q.unit == "B" and q.high >= _STORAGE_BYTES)]
        found.sort(key=lambda q: q.start)
        return drop_superseded(sentence, carry_units(sentence, found))

    def _spelled_atoms(self, sentence: str, atoms: list[_Atom]) -> list[_Atom]:
        """``atoms`` with the word numbers a unit follows at once (never a currency word)."""
        extra = [
            _Atom(start, end, value, 1, False)
            for start, end, value in spelled_before(sentence)
            if not any(a.start <= start < a.end or start <= a.start < end for a in atoms)
            and (m := self._unit_re.match(sentence, end)) is not None
            and self._units[m.group().strip().lower()][0] not in _WORD_UNITS_EXCLUDED
            and self._unit_boundary_ok(sentence, m.end(), m.group().strip().lower())
        ]
        return sorted((*atoms, *extra), key=lambda a: a.start) if extra else atoms

    @staticmethod
    def _is_range(sentence: str, low: _Atom, sep: str) -> bool:
        """ "between A and B", "A-B" and "ranging from A to B" are ranges; "from A to B"
        is a change."""
        before = sentence[max(0, low.start - 8) : low.start]
        if sep == "and":
            return bool(_BETWEEN_BEFORE.search(before))
        if _RANGE_FROM_BEFORE.search(sentence, max(0, low.start - 24), low.start):
            return True
        return not _FROM_BEFORE.search(before)

    def _build(self, sentence: str, low_atom: _Atom, high_atom: _Atom) -> QuantityMatch:
        low, high = _range_values(low_atom, high_atom)
        end = high_atom.end
        unit, start = self._currency_before(sentence, low_atom.start)
        factor = 1.0
        before = sentence[max(0, start - 24) : start]
        approx, bound, cut = _bound_before(before)
        if approx and _built_on(sentence, start, high):
            approx = False
        start -= cut
        per_month = bool(_RATE_BEFORE.search(sentence[max(0, start - 6) : start]))
        # "초당 8TB", and past a hedge the quantity leaves out: "초당 약 7TB", "초당 최대 …"
        per_second = "초당" in sentence and bool(
            _PER_SECOND_KO.search(sentence, max(0, start - 10), start)
        )
        number_end = end
        if sentence.startswith(_MORE_THAN_INSIDE, end):
            bound, end = "at-least", end + 1
        if not unit and (m := self._unit_re.match(sentence, end)) is not None:
            alias = m.group().strip().lower()
            if self._unit_boundary_ok(sentence, m.end(), alias) and _bytes_not_bits(m.group()):
                unit, factor = self._units[alias]
                end = m.end()
        elif not unit and (m := _NAMED_WAFERS.match(sentence, end)) is not None:
            unit, end = "wafer", m.end()  # "70,000 CoWoS wafers": a process named in between
        elif unit and (m := self._unit_re.match(sentence, end)) is not None:
            alias = m.group().strip().lower()
            if self._units[alias][0] == unit:  # "$8bn dollars": swallow the repeat
                end = m.end()
        if (m := _RATE_AFTER.match(sentence, end)) is not None:
            per_month, end = True, m.end()
        if (
            unit
            and sentence.startswith(("(", " ("), end)
            and (gloss := _UNIT_GLOSS.match(sentence, end)) is not None
            and (
                _AT_LEAST_AFTER.match(sentence, gloss.end())
                or _AT_MOST_AFTER.match(sentence, gloss.end())
            )
        ):
            end = gloss.end()  # "10페타플롭스(PFLOPS) 이상": the unit's gloss, then its bound
        elif (aside := _BASIS_ASIDE.match(sentence, end)) is not None and (
            _AT_LEAST_AFTER.match(sentence, aside.end())
            or _AT_MOST_AFTER.match(sentence, aside.end())
            or _APPROX_AFTER.match(sentence, aside.end())
        ):
            end = aside.end()  # "월 15만 장(웨이퍼 투입 기준) 안팎": the basis, then the hedge
        if (m := _AT_LEAST_AFTER.match(sentence, end)) is not None:
            bound, end = "at-least", m.end()
            if not unit:  # "500,000-plus GPUs": the unit after the bound
                unit, factor, end = self._unit_at(sentence, end)
        elif (m := _AT_MOST_AFTER.match(sentence, end)) is not None:
            bound, end = "at-most", m.end()
        elif (m := _APPROX_AFTER.match(sentence, end)) is not None:
            approx, end = True, m.end()
        unit, end = _what_it_measures(sentence, start, number_end, end, unit)
        # "racks top out at 128 MI355X"; "is up to 150k H100s, from 100k"
        bound = _risen_to(_topped_out(bound, unit, before), sentence, start, end)
        if per_second and unit == "B":
            unit = "B/s"
        if per_month and unit in ("wafer", "count"):
            unit = "wafer/month" if unit == "wafer" else "count/month"
        low, high = low * factor, high * factor
        return QuantityMatch(
            start=start,
            end=end,
            low=low,
            high=high,
            unit=unit,
            approx=approx,
            bound=bound,
            text=sentence[start:end],
            number_end=number_end,
        )

    def _currency_before(self, sentence: str, start: int) -> tuple[str, int]:
        """(currency, new start) of a sign or code right before the number ("$", "USD ")."""
        m = self._prefix_re.search(sentence, max(0, start - 6), start)
        if m is None or m.end() != start:
            return "", start
        return self._prefix_codes[m.group()], m.start()

    def _unit_at(self, sentence: str, end: int) -> tuple[str, float, int]:
        """(unit, factor, new end) of a unit word at ``end``, else ("", 1, end)."""
        u = self._unit_re.match(sentence, end)
        if u is not None:
            alias = u.group().strip().lower()
            if self._unit_boundary_ok(sentence, u.end(), alias):
                base, factor = self._units[alias]
                return base, factor, u.end()
        return "", 1.0, end

    @staticmethod
    def _unit_boundary_ok(sentence: str, end: int, alias: str) -> bool:
        if alias in _CASED_UNITS and sentence[end - len(alias) : end] not in _CASED_UNITS[alias]:
            return False  # "500,000 tops Meta's count": the verb, not tera-operations
        after = sentence[end] if end < len(sentence) else " "
        if alias.isascii():
            return not (after.isascii() and after.isalnum())
        if "\uac00" <= after <= "\ud7a3":
            return (
                sentence.startswith(PARTICLES, end)
                or sentence.startswith(
                    (
                        "이상",
                        "넘",
                        "초과",
                        "이하",
                        "미만",
                        "가량",
                        "정도",
                        "쯤",  # "5만 개쯤": about
                        "남짓",  # "5만 개남짓"
                        "규모",
                        "당",
                        "씩",
                        "입니",
                        "다",
                        "급",  # "1GW급"
                        "어치",  # "50억 달러어치를 사들인다": worth
                        "라고",  # a figure quoted: "110억 달러라고 확인했다", "50만 개라며"
                        "라며",
                        "라면서",
                    ),
                    end,
                )
                or _NOUN_ENDING.match(sentence, end) is not None
            )
        return True


# units that are English words in lower case: a unit only as the spec sheet writes it
_CASED_UNITS = {"tops": ("TOPS", "TOPs"), "pops": ("POPS", "POPs")}


def _bytes_not_bits(matched: str) -> bool:
    """ "TB/s" is bytes, "Tb/s" is bits (not a memory figure)."""
    text = matched.strip()
    return not (len(text) <= 6 and text[:1] in "TGMP" and text[1:2] == "b")


__all__ = ["QuantityMatch", "QuantityRecognizer", "carries_unit", "with_bound"]
