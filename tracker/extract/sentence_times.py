"""Which of a sentence's time expressions dates an anchor (a figure, a trigger): the one in
its clause on the side the language puts it, a time that opens the sentence, the time of an
absolute phrase after the clause ("…, with the full complement due by the end of 2027"),
else the publication date. A base class of :class:`tracker.extract.analysis.Sentence`.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from tracker.domain.claims import ValidTime
from tracker.extract.gapping import shared_time
from tracker.extract.quantities import QuantityMatch
from tracker.extract.rescheduled_ko import given_up
from tracker.extract.site_done_en import site_done
from tracker.extract.text import Span
from tracker.extract.timex import TimeMatch, point_at
from tracker.extract.timex_fiscal import labels_figure_after

# a subject of its own (a name, a pronoun, "the two companies") and a past verb
_OWN_PAST = (
    r"(?:the\s(?:[\w-]+\s)?(?:companies|firms|partners|two)\s|(?=[\w&-]*[A-Z])[\w&-]+\s|it\s|they\s|we\s)"
    r"(?:(?:have|has|had)\s(?:\w+\s)?)?(?:[a-z]+ed|built|bought|won|made|began|begun|grew|shown)\b"
)
# a time right before an adnominal verb of coming out on a product's name ("내년 출시될
# AMD의 MI400", "2026년 나올 루빈", "하반기 내놓을 B200"); not the main predicate ("출시할
# 예정이다", "나올 것으로")
_RELEASE_OF_KO = re.compile(
    r"\s?(?:에\s?)?(?:(?:출시|출하|양산)(?:될|되는|된|할|하는|한)|나올|나오는|나온|내놓을|내놓는|"
    r"내놓은|선보일|선보이는|선보인)\s(?!것|예정|계획|방침|전망|수\s|듯)"
)
# the chips' arrival told in a clause on them: "… 이곳에 새로 들어온 ", "… 도입한 "
_ARRIVED_KO = re.compile(
    r"\s(?:[^\s,.]+\s){0,2}?(?:새로\s)?(?:들어온|들여온|도입한|도입된|들인|설치한|설치된|구축한"
    r"|구축된|깔린|반입된)\s"
)
_BASIS_AFTER_KO = re.compile(r"\s?(?:기준|현재)")
# an aside on a name holding only a figure: "SK하이닉스(월 19만 장)", "삼성전자(약 20만 장)"
_FIGURE_ASIDE_KO = re.compile(r"[가-힣A-Za-z]\((?:월\s?)?(?:약\s?)?$")
_ASIDE_ONLY_KO = re.compile(
    r"\((?:월\s?)?(?:약\s?)?[\d,.]+\s?[만억천]?\s?[\d,]*\s?[장개]?[^()]{0,6}\)"
)
# the machines that hold the chips just counted, as the head of the adnominal clause that
# counts them ("B200 2,048개를 탑재한 서버 256대를 올해 말까지 도입한다", "RNGD 칩 640개를
# 넣은 추론 서버 80대를 연내 구축할"): the machines and their chips are one purchase, one time
_HELD_BY_KO = re.compile(
    r"\s?(?:를|을)\s(?:탑재한|담은|넣은|장착한|꽂은|얹은|갖춘|묶은|탑재된|장착된)\s"
    r"(?:[^\s,.()]+\s){0,3}?(?:[^\s,.()]*(?:서버|랙|노드|시스템|어플라이언스|장비|섀시|트레이))\s?$"
)
# the wrong figure a correction names before the right one: "…월 18만 장으로 적었으나,"
_MISREPORTED_KO = re.compile(
    r"(?:으로|로)\s?(?:잘못\s)?(?:적었|보도했|표기했|기재했|썼|소개했|전했|보도됐|적혔)"
    r"(?:으나|지만|는데|던데)"
)
_SOURCE = re.compile(
    r",\s(?:according to|citing|as reported by|as disclosed in)\s"
    # ", a number it disclosed in 2024": the time the figure was first told
    r"|,\s(?:a|the|that)\s(?:number|figure|count|total|tally)\s(?:that\s)?(?:\w+\s){1,2}?"
    r"(?:disclosed|gave|reported|published|shared|announced|released|revealed|cited)\b"
    # "… is in talks with Nvidia after shipping samples in September": an earlier step
    r"|\b(?:after|before|following)\s\w+ing\b"
    # "…on Project Rainier, the cluster Amazon switched on this autumn", "…, a practice the
    # company described in a paper in 2024": an apposition's own clause, with its own
    # subject and past verb, dates what it tells, not the statement before it
    r"|,\s(?:a|an|the)\s(?:[\w-]+\s){0,3}?(?:[A-Z][\w&-]*|it|they|the\scompany)\s"
    r"(?:first\s|later\s|quietly\s|only\s)?(?:switched|described|built|opened|unveiled"
    r"|completed|started|launched|signed|brought|turned|disclosed|detailed|published|finished"
    r"|introduced|showed|revealed)\b"
    # "…under contracts that the two companies have expanded three times this year",
    # "…200,000 GPUs that xAI installed in 2025": a relative clause with a subject and a
    # past verb of its own dates what it tells (the contracts, the installing)
    rf"|\b(?:that|which)\s{_OWN_PAST}"
)
_NAMED_CONJUNCT = re.compile(
    r",\s(?:and|but|while|whereas)\s(?:the\s)?[A-Z][\w&-]*\s(?:[A-Z][\w&-]*\s)*[a-z]"
)
# "Grok 4, the model xAI released in July, was trained on Colossus": an apposition before
# the claim with a subject and a past verb of its own keeps its time
_APPOSITION_PAST = re.compile(rf",\s(?:a|an|the|its|their)\s(?:[\w-]+\s){{0,3}}?{_OWN_PAST}[^,;]*,")
# a parenthesis that holds only a time (what is left of it once the time is taken out)
_BRACKET_REST = re.compile(
    r"[\s(),.]*(?:(?:data|figures?|numbers?|estimates?)\s)?(?:as\sof|at|기준|현재)?[\s(),.]*",
    re.IGNORECASE,
)
_BRACKET_REACH = 60  # "500,000 Trainium2 chips" and a unit between the figure and it
# the last of them, all of them, the rest: an absolute phrase about the clause's own figure
_WITH_TAIL = re.compile(
    r"(?:the\s)?(?:full\scomplement|last|rest|remainder|balance|whole|full\sset"
    r"|entire|final|all)\b"
    # "…, with shipments beginning in the second half of 2026", "…, with the capacity
    # arriving across 2026-27": the start or arrival of what the clause trades
    r"|(?:the\s)?(?:first\s|initial\s|volume\s|mass\s)?(?:shipments?|deliveries|delivery"
    r"|supply|supplies|capacity|production|installation|deployment|rollout)\s"
    r"(?:(?:is|are)\s)?(?:beginning|starting|arriving|ramping|expected|due|slated|set|scheduled"
    r"|to\sbegin|to\sstart|to\sarrive)\b",
    re.I,
)
# a relative clause in the future, and what may stand between its end and a time after it
_WILL_RELATIVE = re.compile(r",?\s*(?:which|that)\s(?:will|would|is\sto|are\sto)\s")
_RIGHT_AFTER = re.compile(r"[,\s]*(?:in|by|during|from)?\s?")
_AS_OF = re.compile(r"as\sof\s", re.IGNORECASE)
# "now", "today", "currently" between a past time and a figure: the figure is today's
_NOW = re.compile(r"\b(?:now|today|currently|at\spresent)\b")
# a clause telling the step a state came after: "…, after the last tranche closed in December"
_STEP_AFTER = re.compile(r"\b(?:after|following|once|since)\s")
_NEXT_CONJUNCT = re.compile(r",\s(?:and|while|but)\s|;\s")
# a sentence-opening time adverbial: "In September 2024", "Last March", "By mid-2025"
_FRONTED = re.compile(r"(?:in|on|during|last|this|by|since|from|early|late)\s", re.IGNORECASE)


# a time marked as the topic ("2026년에는", "내년엔", "하반기에도"): it frames the whole sentence
_TOPIC_TIME_KO = re.compile(r"\s?(?:에는|엔|에도)\s")
_NOW_KO = re.compile(r"지금|현재|이미|요즘|오늘")
# a clause that takes a part of the figure before: "이 가운데", "그중", "이 중"
_PART_OF_KO = re.compile(r"[\s,]*(?:이|그)\s?(?:가운데|중)(?:에서|에)?\s")


class SentenceTimes:
    """Sentence's reading of which time belongs to what."""

    if TYPE_CHECKING:  # the fields and methods of Sentence (tracker.extract.analysis) read here
        text: str
        language: str
        published: date
        quantities: list[QuantityMatch]
        times: list[TimeMatch]
        clauses: list[Span]
        inner: list[Span]

        def clause_of(self, pos: int) -> Span: ...
        def inner_of(self, pos: int) -> Span | None: ...

    def time_for(self, anchor: int, others: list[int]) -> TimeMatch | None:
        """The time expression of the anchor's clause that belongs to it.

        Korean puts the time before what it dates, English usually after; a time with
        another anchor between it and this one belongs to that other anchor.
        """
        clause = self.clause_of(anchor)
        pool = [t for t in self.times if clause.start <= t.start < clause.end]
        if not pool and self.language == "ko" and self.times:
            righted = self._misreported_time(clause)
            if righted is not None:
                return righted  # "지난해 말 … 월 18만 장으로 적었으나, 월 8만 장이기에"
        if (
            self.language == "en"
            and self.inner
            and self.inner_of(anchor) is None
            and all(self.inner_of(t.start) is not None for t in pool)
            and (done := site_done(self.text, [t.start for t in self.times])) is not None
        ):
            # "Phase two, which we plan to finish by May, … will take the cluster to …"
            return next(t for t in self.times if t.start == done)
        if self.inner and pool:
            bracketed = self._bracketed_time(anchor, others)
            if bracketed is not None:
                return bracketed  # "500,000 Trainium2 chips (as of June 30)"
            # a relative clause keeps its times: "X, which ships in 2026, runs 500,000
            # chips" dates nothing outside it, and nothing outside dates what it says
            own = self.inner_of(anchor)
            outside = pool
            pool = [t for t in pool if self.inner_of(t.start) == own]
            if not pool and own is not None and (due := self._due_after(own, outside)):
                return due  # "…its AI factory, which will house 10,000 GPUs, in 2026"
        # "…, according to a paper it published last year": the time dates the source
        pool = [t for t in pool if not self.told_apart(t, anchor)]
        if self.language == "ko" and pool:
            # "내년 출시될 MI400 시리즈에 탑재할 HBM4": the time a product comes out, told in
            # a clause on its name, dates the product, not what is said of it
            pool = [t for t in pool if not _RELEASE_OF_KO.match(self.text, t.end)]
            # "지난해 말 이곳에 새로 들어온 B200도 4000개 정도에 이릅니다": a past time told in
            # a clause on the chips' arrival dates the arrival, not the count after it
            pool = [t for t in pool if not self._arrival_ko(t, anchor)]
            # "전년 대비 60% 늘어난 월 8만 장": the basis of a comparison dates nothing
            pool = [t for t in pool if not _BASIS_KO.match(self.text, t.end)]
            # "당초 3분기에서 내년 상반기로 늦춘다": the schedule given up dates nothing
            dropped = given_up(self.text, pool)
            pool = [t for t in pool if t not in dropped] if dropped else pool
        if not pool:
            return (
                self._fronted_time(anchor)
                or self._with_time(clause)
                or self._topic_time_ko(anchor, others)
                or self._whole_time_ko(clause, others)
            )

        def free(t: TimeMatch) -> bool:
            if self.language == "en" and t.start <= 3 and t.end <= anchor:
                # "As of March 31, 2026, our fleet was 38,000 GPUs, including 12,000 B200s":
                # a time that opens the sentence dates each figure after it
                return True
            if self.language == "en" and t.start > anchor and _AS_OF.match(self.text, t.start):
                # "operated more than 300,000 GPUs across 41 data centers as of September
                # 30": the day a count was taken dates every figure of its clause before it
                return True
            lo, hi = sorted((t.start, anchor))
            # a number inside the time itself ("향후 18개월 내", "within 18 months") is no
            # other figure between them
            return not any(
                lo < o < hi and not t.start <= o < t.end
                for o in others
                if o != anchor and not self._glossed(o, anchor)
            )

        preceding = [t for t in pool if t.end <= anchor and free(t)]
        following = [t for t in pool if t.start >= anchor and free(t)]
        if (
            self.language == "en"
            and following
            and labels_figure_after(self.text, following[0].start)
        ):
            following = []  # "2025: 250k, 2026: 400k": the next year labels the next figure
        if self.language == "ko":
            # "월 17만 장 규모로, 연말 20만 장까지": a time before another number of the
            # clause dates that number, not the one before it
            following = [t for t in following if not any(t.end <= o < clause.end for o in others)]
        if (
            self.language == "en"
            and preceding
            and following
            and _NEXT_CONJUNCT.search(self.text, anchor, following[0].start)
        ):
            # "capacity at this year end is estimated at 75K, and at the end of next year …
            # 120K": a time after the joint opens the next conjunct
            following = []
        first, second = (
            (preceding[-1:], following[:1])
            if self.language == "ko"
            else (following[:1], preceding[-1:])
        )
        pick = first or second
        if not pick and self.language == "ko":
            return shared_time(self.text, self.quantities, anchor, others, pool, clause.end)
        if pick and self.language == "ko" and self._now_after_ko(pick[0], anchor):
            return None  # "지난해 말 완공된 콜로서스에는 현재 H100 15만 개가": today's count
        return pick[0] if pick else None

    def _arrival_ko(self, t: TimeMatch, anchor: int) -> bool:
        """Whether a past Korean time before ``anchor`` dates an adnominal arrival of the
        chips ("지난해 말 이곳에 새로 들어온 B200도 4000개"), not the count."""
        end = t.valid.end or t.valid.start
        if end is None or end >= self.published or t.end >= anchor:
            return False
        if _BASIS_AFTER_KO.match(self.text, t.end):
            return False  # "지난해 말 기준으로 이곳에 깔린 B300은": the day the count is taken
        arrived = _ARRIVED_KO.match(self.text, t.end)
        return arrived is not None and arrived.end() <= anchor

    def _glossed(self, other: int, anchor: int) -> bool:
        """Whether the Korean figure at ``anchor`` restates the one at ``other`` in the
        parenthesis right after it ("랙 8대(GPU 576개)"): the same things counted, which
        take the same time."""
        if self.language != "ko":
            return False
        if other < anchor and _FIGURE_ASIDE_KO.search(self.text, max(0, anchor - 8), anchor):
            # "…이 올해 말 월 18만 장으로 SK하이닉스(월 19만 장)를 따라잡을 것으로": a
            # figure in an aside on a company compared, at the same time
            opened = self.text.rfind("(", 0, anchor)
            if opened > other and _ASIDE_ONLY_KO.fullmatch(
                self.text, opened, self._aside_end(anchor)
            ):
                return True
        own = [q.end for q in self.quantities if q.start == anchor]
        if other > anchor and own and _HELD_BY_KO.fullmatch(self.text, own[0], other):
            return True  # "B200 2,048개를 탑재한 서버 256대를 …": the chips' machines
        ends = [q.end for q in self.quantities if q.start == other]
        if not ends or not self.text.startswith("(", ends[0]):
            return False
        return anchor > ends[0] and ")" not in self.text[ends[0] : anchor]

    def _aside_end(self, anchor: int) -> int:
        closed = self.text.find(")", anchor)
        return closed + 1 if closed >= 0 else anchor

    def _whole_time_ko(self, clause: Span, others: list[int]) -> TimeMatch | None:
        """The time of the whole a Korean clause takes a part of ("…GPU는 약 4만 1000개이며,
        이 가운데 GB300은 1만 6000개", "…25만 개였고, 그중 H200이 8만 개"): the part is
        counted when the whole is, so it takes the figure's time of the clause before."""
        if self.language != "ko" or not _PART_OF_KO.match(self.text, clause.start):
            return None
        whole = [q.start for q in self.quantities if q.end <= clause.start]
        return self.time_for(whole[-1], others) if whole else None

    def _now_after_ko(self, t: TimeMatch, anchor: int) -> bool:
        """Whether a past Korean time before the figure is set apart from it by "현재" or
        "지금" (not the "현재" of "9월 30일 현재", which dates the figure): the time dates the
        act told of the site or the company before ("지난해 가을 가동을 시작한 이
        클러스터에서는 현재 …"), the figure is today's."""
        end = t.valid.end or t.valid.start
        if end is None or end >= self.published or t.end >= anchor:
            return False
        now = _NOW_KO.search(self.text, t.end, anchor)
        return (
            now is not None
            and now.group() in ("현재", "지금")
            and bool(self.text[t.end : now.start()].strip())
        )

    def told_apart(self, t: TimeMatch, anchor: int) -> bool:
        """Whether an English time belongs to something told apart from the anchor's
        statement: a source or an earlier step after it ("…, according to a paper it
        published last year"), a relative clause of its own after it ("under contracts that
        the two companies have expanded this year"), an apposition of its own before it."""
        if self.language != "en":
            return False
        if t.start > anchor:
            return (
                _SOURCE.search(self.text, anchor, t.start) is not None
                # "We're running over 1,500 WSE-3s, and Oklahoma City comes online next
                # quarter": a conjunct with a subject of its own keeps its time
                or _NAMED_CONJUNCT.search(self.text, anchor, t.start) is not None
                or self._step_after_now(t, anchor)
            )
        return t.end <= anchor and (self._in_apposition(t, anchor) or self._now_between(t, anchor))

    def _now_between(self, t: TimeMatch, anchor: int) -> bool:
        """Whether a past time before the anchor is set apart from it by "now" ("With the
        final tranche wired at the end of December, SoftBank's stake now stands at $30
        billion"): the time dates the earlier act, the statement is today's."""
        end = t.valid.end or t.valid.start
        return (
            end is not None
            and end < self.published
            and _NOW.search(self.text, t.end, anchor) is not None
        )

    def _step_after_now(self, t: TimeMatch, anchor: int) -> bool:
        """Whether a past time after the anchor sits in a clause that tells the earlier step
        a state of today ("now") came after ("SoftBank's stake now stands at $30 billion,
        after the last tranche closed in December"): the mirror of :meth:`_now_between`."""
        end = t.valid.end or t.valid.start
        if end is None or end >= self.published:
            return False
        step = _STEP_AFTER.search(self.text, anchor, t.start)
        return step is not None and _NOW.search(self.text, 0, step.start()) is not None

    def _in_apposition(self, t: TimeMatch, anchor: int) -> bool:
        """Whether a time before the anchor is inside an apposition that tells a past act of
        its own ("Grok 4, the model xAI released in July, was trained on Colossus")."""
        if "," not in self.text[t.end : anchor]:
            return False  # cheap gate: the apposition closes between the time and the anchor
        return any(
            m.start() < t.start and t.end <= m.end() <= anchor
            for m in _APPOSITION_PAST.finditer(self.text, 0, anchor)
        )

    def _due_after(self, own: Span, pool: list[TimeMatch]) -> TimeMatch | None:
        """The time right after an English relative clause in the future that has none of
        its own ("aims to finish its AI factory, which will house 10,000 Blackwell GPUs, in
        2026"): what the clause will hold is due when the thing it describes is done."""
        if self.language != "en" or not _WILL_RELATIVE.match(self.text, own.start):
            return None
        return next((t for t in pool if _RIGHT_AFTER.fullmatch(self.text, own.end, t.start)), None)

    def _bracketed_time(self, anchor: int, others: list[int]) -> TimeMatch | None:
        """The time of a parenthesis that holds nothing else, right after the figure:
        "runs 500,000 Trainium2 chips (as of June 30)", "75,000 wafers a month (end of
        2025)", "월 7만5000장 (2025년 말 기준)". A parenthesis is an aside whose times date
        only what it says; one that says only a time dates the figure it follows."""
        for span in self.inner:
            if not anchor < span.start <= anchor + _BRACKET_REACH:
                continue
            if any(anchor < o < span.start for o in others):
                return None  # another figure is closer to it
            inside = [t for t in self.times if span.start <= t.start and t.end <= span.end]
            if len(inside) != 1:
                return None
            body = self.text[span.start : span.end]
            time = self.text[inside[0].start : inside[0].end]
            if body.strip().startswith("(") and _BRACKET_REST.fullmatch(body.replace(time, "")):
                return inside[0]
            return None
        return None

    def _with_time(self, clause: Span) -> TimeMatch | None:
        """The time of an English absolute phrase right after a clause with none, when the
        phrase has no figure of its own: "will install 23,040 GB300 GPUs, with the full
        complement due by the end of 2027" (the phrase times what the clause counts)."""
        if self.language != "en":
            return None
        after = next((c for c in self.clauses if c.start == clause.end), None)
        if after is None or not self.text[: clause.end].rstrip().endswith(", with"):
            return None
        if not _WITH_TAIL.match(self.text, clause.end):
            return None
        if any(after.start <= q.start < after.end for q in self.quantities):
            return None
        return next((t for t in self.times if after.start <= t.start < after.end), None)

    def _fronted_time(self, anchor: int) -> TimeMatch | None:
        """An English time that opens the sentence ("In September 2024 xAI switched on
        Colossus …, with 100,000 H100s") dates every clause of it that has none of its own
        (not a relative clause's, which keeps its own statement)."""
        if self.language != "en" or not self.times or self.times[0].start > 3:
            return None
        first = self.times[0]
        if not _FRONTED.match(self.text, first.start) or first.end > anchor:
            return None
        if self._now_between(first, anchor):
            return None  # "In December the last tranche went in; the stake now stands at …"
        if self.inner and self.inner_of(anchor) is not None:
            return None
        return first

    def _topic_time_ko(self, anchor: int, others: list[int]) -> TimeMatch | None:
        """A Korean time made the sentence's topic ("2026년에는 … 확대되면서 네이버의 B200
        보유량이 8000장에 이를 것으로 본다") dates a later clause with no time of its own,
        when no other figure stands between them."""
        if self.language != "ko" or not self.times or self.times[0].start > 3:
            return None
        first = self.times[0]
        if first.end > anchor or not _TOPIC_TIME_KO.match(self.text, first.end):
            return None
        if any(first.end <= o < anchor for o in others if o != anchor):
            return None
        if _NOW_KO.search(self.text, first.end, anchor):
            return None  # "올해에는 투자가 늘었고, 카카오는 지금 …": today's state
        if _CONTRAST_KO.search(self.text, first.end, anchor):
            return None  # "지난해에는 H100 중심이었지만, 네이버는 …": set against it
        end = first.valid.end or first.valid.start
        if end is not None and end < self.published and _PRESENT_KO.search(self.text, anchor):
            return None  # a past topic time does not date "운영하고 있다" (today)
        return first

    def _misreported_time(self, clause: Span) -> TimeMatch | None:
        """A correction's right figure told right after the wrong one ("SK하이닉스의 지난해 말
        HBM4 생산능력을 월 18만 장으로 적었으나, 월 8만 장이기에 바로잡습니다"): it is the
        figure of the same time, the last one before the wrong figure."""
        before = [c for c in self.clauses if c.end <= clause.start]
        if not before:
            return None
        wrong = before[-1]
        told = _MISREPORTED_KO.search(self.text, wrong.start, wrong.end)
        if told is None:
            return None
        figures = [q.start for q in self.quantities if wrong.start <= q.start < told.start()]
        if not figures:
            return None
        times = [t for t in self.times if wrong.start <= t.start and t.end <= figures[-1]]
        return times[-1] if times else None

    def valid_for(self, anchor: int, others: list[int]) -> ValidTime:
        t = self.time_for(anchor, others)
        return t.valid if t is not None else point_at(self.published)

    def start_ahead(self, anchor: int) -> ValidTime | None:
        """The anchor's time when it starts after the publication day ("will deploy it from
        the second half of 2027"), else None (a time already reached is the background of
        a state at publication: "since January")."""
        told = self.valid_for(anchor, [])
        today = point_at(self.published)
        if told.start is not None and today.end is not None and told.start > today.end:
            return told
        return None


# the period a change is measured against: "전년 대비", "지난해 같은 기간 대비", "전 분기 대비"
_BASIS_KO = re.compile(r"\s?(?:(?:같은|동)\s?기간\s?|동기\s?)?대비")


# A contrast between the topic time and the figure's clause (review 12 F11): "지난해에는
# H100 중심이었지만, 네이버는 B200 8000장을 들여 운영하고 있다"
_CONTRAST_KO = re.compile(r"(?:지만|는데|인데|반면|와\s달리|과\s달리)[\s,]")
# a present progressive or plain present after the figure: today's state
_PRESENT_KO = re.compile(r"고\s있(?:다|습니다|으며|고)|(?:한|는)다\.?$")
