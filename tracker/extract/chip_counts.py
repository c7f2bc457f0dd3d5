"""What a count in a sentence counts: the chip or system named right before or after it
("500,000 of its Trainium2 chips", "H100을 무려 35만 개나", "350,000 - H100 GPUs"), or
unnamed chips ("230,000 GPUs", "GPU 20만 개"). A base class of
:class:`tracker.extract.analysis.Sentence`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tracker.extract.counted_nouns import counts_other_things
from tracker.extract.entities import Mention
from tracker.extract.quantities import QuantityMatch
from tracker.extract.text import Span

# between a count and the chip it counts: "500,000 of its Trainium2 chips", "10만 개의
# 엔비디아 H100", "30,000 Nvidia GB200s"
_BRAND = r"(?:nvidia|엔비디아|amd|google|구글|intel|인텔|amazon|아마존|aws)(?:'s|’s)?"
# "100만 개가 훨씬 넘는 GPU", "35만 개가 넘는 H100", "35만 개에 달하는 H100": a count that
# qualifies the noun after it
_QUALIFIES = (
    r"(?:(?:가|이)?\s?(?:(?:훨씬|조금|족히|훌쩍|크게)\s)?"
    r"(?:넘는|넘은|웃도는|이상의|남짓한|남짓의|가량의|정도의|규모의)\s"
    r"|에\s(?:달하는|달한|이르는|이른|근접한)\s"
    # the bound's verb read into the count ("25만 개 넘" + "는 GPU를")
    r"|(?:(?<=넘)|(?<=웃도))(?:는|은)\s)?"
)
# an age or rank word before a partitive's chip ("of the older", "of Nvidia's newest")
_AGE = (
    r"(?:own|older|newer|newest|new|latest|earlier|previous|current|same|most\sadvanced|flagship)"
)
_GAP_AFTER = re.compile(
    # "one million of our TPUs", "one million of Google's TPUs": a partitive of the chip
    # "100,000 of the older Ascend 910B chips": an age or rank word before the partitive's chip
    rf"[\s의개분'\"‘“]*(?:of\s(?:(?:its|their|the|those|our)\s"
    rf"(?:{_AGE}\s)?|(?={_BRAND}\s)))?"
    # "10,000 of Nvidia's latest Blackwell Ultra GPUs": the age word after the maker's name
    rf"{_QUALIFIES}(?:{_BRAND}\s(?:{_AGE}\s)?)?"
    # "30,000 Blackwell B200 chips", "Nvidia Hopper H100s": the family's name before its member
    r"(?-i:(?:Blackwell|Hopper|Instinct|Grace|Ampere|Rubin|Vera)\s)?",
    re.I,
)
# "5만 개는 H200으로 채운다", "나머지 2만 개를 B300으로 채울 예정": what a count is filled with
_FILLED_GAP = re.compile(r"\s?(?:는|은|를|을|도)\s(?:엔비디아\s|AMD\s)?")
_FILLED_WITH = re.compile(
    r"\s?(?:으로|로)\s(?:모두\s|전부\s)?(?:채우|채운|채울|채워|구성|꾸리|꾸린|꾸릴|꾸려)"
)
_GAP_BEFORE = re.compile(
    # "레니게이드 카드 8장", "MI355X 가속기 카드 4장": a chip counted in the cards it sits on
    r"[\s을를은는이가의'\"’”)]*(?:칩|GPU|GPUs|chips|가속기|카드|가속기\s카드)?[\s을를은는이가의]*"
    # "H100을 무려 35만 개나", "족히 35만 개": an emphasis or a hedge between the chip and its count
    r"(?:(?:현재|약|총|모두|무려|자그마치|족히|대략|어림잡아|최소|최대|about|nearly|some)\s)*"
    # "Trainium2 chips numbering nearly 500,000": the count after the noun it counts
    r"(?:,?\s?(?:numbering|totall?ing|amounting\sto)\s(?:(?:about|nearly|some|roughly|around|over)\s)?)?",
    re.I,
)
# a figure that opens a line as its label ("350,000 - H100 GPUs in the fleet", "72 — GB300
# chips per rack"): what follows the dash is what it counts
_FIGURE_LABEL = re.compile(r"\s?[-–—:]\s(?:(?:Nvidia|AMD|Google)(?:['’]s)?\s)?")
_UNITS_OF = re.compile(r"^\sof\s(?:the\s)?")
_GENERIC = re.compile(r"\b(?:GPUs?|chips?|accelerators?)\b", re.I)
_GENERIC_OBJECT = re.compile(
    r"(?:GPU|칩|가속기|그래픽처리장치)\)?\s?(?:(?:보유량|보유\s?대수|가동\s?대수|배치\s?규모|대수)\s?)?"
    r"(?:을|를|수를|가|는|이|은|수가|수는)(?=\s)|\b(?:GPU|chip|accelerator)\s(?:count|fleet)"
    # a fleet noun as a line's label: "코어위브 GPU 보유량: 25만 개", "… 보유량 전망(연말):"
    r"|(?:GPU|칩|가속기)\s?(?:보유량|보유\s?대수|가동\s?대수)(?:\s?(?:전망|추이|현황|추정|목표))?"
    r"(?:\s?\([^()]{1,20}\))?:(?=\s)",
    re.I,
)
_GENERIC_AFTER = re.compile(
    rf"\s?(?:개의\s|의\s)?(?:of\s(?:(?:its|their|the)\s(?:{_AGE}\s)?|(?={_BRAND}\s)))?"
    rf"{_QUALIFIES}(?:{_BRAND}\s?(?:{_AGE}\s)?)?"
    # "30,000 Kunlun P800 chips", "of its own Kunlun chips": a chip the vocabulary does not
    # name is still chips counted, of no named kind
    r"(?-i:(?:[A-Z][A-Za-z]+(?:\s[A-Z]{0,3}\d[\w-]*)?\s))?"
    # "holds eight cards": accelerator cards are chips counted
    # (a chiplet is part of one chip: "4개의 칩렛" counts no chips)
    r"(?:칩(?!렛)|GPU|가속기|그래픽처리장치|AI\s?칩(?!렛)|AI\s(?:chips?|accelerators?)"
    r"|chips?\b|accelerators?\b|cards\b)",
    re.I,
)
_GENERIC_BEFORE = re.compile(
    # "GPU 패키지 144개": packages of a GPU are the GPUs counted
    r"(?:GPU|칩|가속기|GPUs|chips|accelerators)\s?(?:패키지\s?)?"
    r"(?:(?:약|총|모두|대략|about|some|nearly|roughly)\s?)?$",
    re.I,
)


class ChipCounts:
    """Sentence's questions about what its counts count."""

    if TYPE_CHECKING:  # the fields and methods of Sentence (tracker.extract.analysis) read here
        text: str
        quantities: list[QuantityMatch]

        def of_kind(self, kinds: tuple[str, ...], span: Span | None = None) -> list[Mention]: ...
        def clause_of(self, pos: int) -> Span: ...

    def chip_near(self, q: QuantityMatch) -> Mention | None:
        """The chip or system a count is about: named right after it or right before it."""
        for m in self.of_kind(("chip", "system")):
            gap = self.text[q.end : m.start]
            if q.text.endswith(("넘", "웃도")) and gap.startswith("는"):
                gap = gap[1:]  # "35만 개가 넘|는 H100": the bound took the verb's stem
            if q.text.endswith("육박") and gap.startswith(("하는", "한")):
                gap = gap[2 if gap.startswith("하는") else 1 :]  # "35만 개에 육박|하는 H100"
            if q.text.endswith(("units", "unit")):
                gap = _UNITS_OF.sub(" ", gap)  # "4,000 units| of |B200 GPU": units of the chip
            if 0 <= m.start - q.end <= 28 and _GAP_AFTER.fullmatch(gap):
                return m
            if _FILLED_GAP.fullmatch(gap) and _FILLED_WITH.match(self.text, m.end):
                return m  # "그중 5만 개는 H200으로 채운다": the count filled with the chip
            if self.figure_label(q.start) and _FIGURE_LABEL.fullmatch(gap):
                return m
        for m in reversed(self.of_kind(("chip", "system"))):
            gap = self.text[m.end : q.start]
            if 0 <= q.start - m.end <= 28 and _GAP_BEFORE.fullmatch(gap):
                return m
        return None

    def figure_label(self, pos: int) -> bool:
        """Whether the figure at ``pos`` opens the line as its label ("350,000 - H100 GPUs in
        Meta's fleet", "72 — chips in one rack"): the rest of the line describes it, so
        what it counts and whose it is both come after it."""
        return pos <= 1 and _FIGURE_LABEL.match(self.text, self._figure_end(pos)) is not None

    def _figure_end(self, pos: int) -> int:
        ends = [q.end for q in self.quantities if q.start == pos]
        return ends[0] if ends else pos

    def generic_count(self, q: QuantityMatch) -> bool:
        """A count of unnamed chips ("230,000 GPUs", "GPU 20만 개", "GPU를 ... 100만 개로")."""
        if counts_other_things(self.text, q.end):
            return False  # "이 칩이 이미 16개 데이터센터 리전에서": regions counted
        if _GENERIC.search(q.text):
            return True
        if _GENERIC_BEFORE.search(self.text[max(0, q.start - 16) : q.start]):
            return True
        if _GENERIC_AFTER.match(self.text, q.end):
            return True
        label = _FIGURE_LABEL.match(self.text, q.end) if q.start <= 1 else None
        if label is not None and _GENERIC.match(self.text, label.end()):
            return True  # "1.3 million - GPUs Meta expects to run"
        clause = self.clause_of(q.start)
        window = self.text[max(clause.start, q.start - 30) : q.start]
        named = any(q.start - 30 <= m.start < q.start for m in self.of_kind(("chip", "system")))
        return not named and q.unit == "count" and bool(_GENERIC_OBJECT.search(window))
