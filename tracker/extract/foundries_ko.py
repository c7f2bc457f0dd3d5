"""Korean supply deals told as a foundry making a company's chip (GUIDE, settled cases: a
foundry or packaging house making a chip is a supply_deal from the maker to the chip's
designer, product the chip when it is named).

"칩은 삼성전자 파운드리에 맡겨 4나노 공정으로 만든다" (in an interview with the designer),
"퓨리오사AI는 레니게이드를 TSMC 5나노 공정으로 만든다", "마이아 200은 TSMC 3나노 공정에서
생산된다", "리벨리온은 리벨 쿼드 생산을 삼성전자 파운드리에 맡겼다": no deal word, so the
supply rule passed them over. The designer is the named chip's maker, else the company the
clause is about, else (a bare "칩은 …") the company the text speaks for or is about. A
foundry making its own process with no customer ("삼성전자 파운드리는 2나노 양산을
시작한다") and a foundry left unnamed ("이름을 밝히지 않은 파운드리") give nothing.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.entities import Mention
from tracker.extract.own_word import agreed_deal
from tracker.extract.rules import Candidate, RuleState
from tracker.extract.text import Span

_COMPANY = ("company",)
_PRODUCTS = ("chip", "system")
# the foundry's part, right after its name: its foundry arm, its process (its own name for
# the node may follow in brackets: "2나노(N2) 공정", "3나노 (SF3P) 공정"), its making
_FOUNDRY_ROLE = re.compile(
    r"(?:의)?\s?(?:파운드리(?:\s?사업부)?(?:에|에서|를\s통해|가|이)?"
    r"|\S{0,4}나노(?:\s?\([^()\s]{1,12}\))?\s?(?:(?:\S{0,3}\s)?(?:공정|라인))?"
    r"(?:으로|로|에서|을|를|이|가)"
    r"|(?:에|에게)\s(?:\S+\s){0,2}?(?:생산|제조|위탁)?\S{0,2}맡"
    r"|(?:가|이)\s(?:\S+\s){0,2}?(?:위탁\s?)?(?:생산|제조|만들|만든|만듭|찍어)"
    # the making told as the topic, the foundry taking it on: "생산은 TSMC가 맡는다"
    r"|(?:가|이)\s(?:(?:전량|모두|직접|주로|계속|대부분)\s)?맡(?!기(?!로)|겨|긴|겼)"
    r"|에서\s(?:\S+\s){0,2}?(?:생산|제조|만들어|만든|찍어)"
    # the foundry's plant named after it: "삼성전자 미국 텍사스 공장에서 생산하는 계약" (not a
    # chip it made, described: "TSMC 애리조나 팹에서 만든 칩의 후공정을 앰코에")
    r"|(?:\s[^\s,.]+){0,3}?\s?(?:공장|팹|생산\s?라인|생산\s?기지)에서\s(?:\S+\s){0,2}?"
    r"(?:생산(?!한\s|된\s)|제조(?!한\s|된\s)|만들|만든다|만듭|찍어)"
    # the foundry as the clause's subject, another company's chip its object: "삼성전자는
    # 테슬라의 차세대 AI 칩 'AI6'를 … 생산하기로", "삼성전자가 테슬라의 자율주행 칩 물량을 수주했다"
    r"|(?:은|는|이|가|,)\s(?=[^,.;]{0,30}?의\s(?:[^\s,.]+\s){0,3}?[^\s,.]*?"
    r"(?:칩|가속기|반도체|NPU|ASIC)(?:\s?['‘\"“][^'’\"”]{1,12}['’\"”]|\s[A-Z][A-Za-z0-9\-]{0,10})?"
    r"(?:\s?(?:생산|제조|위탁\s?생산|물량|일부)){0,3}(?:을|를)\s)"
    r")"
)
# the verb of making (or of entrusting the making) that the foundry's part belongs to
_MAKING = re.compile(r"만들|만든|만듭|생산|제조|제작|찍어|맡기|맡겨|맡긴|맡겼|위탁|양산|넘기|수주")
# the making as the clause's topic: "칩 제조는", "칩렛 생산은", "위탁생산은", "칩 생산도"
_MADE_TOPIC = re.compile(
    r"\W*(?:[^\s,.]+\s){0,2}?(?:칩|칩렛|다이|반도체)?\s?(?:생산|제조|위탁\s?생산)(?:은|는|도)\s"
)
# ... or right before the foundry after another part of the clause: "설계는 MS, 생산은 (TSMC가)"
_MADE_TOPIC_BEFORE = re.compile(r"(?:생산|제조)(?:은|는|도)\s(?:[^\s,.]+\s){0,2}?$")
# a clause whose subject is the chip itself, the company left to the text: "칩은", "이 칩은"
# (or a part of the company's chip or memory: "또 차세대 HBM4의 베이스 다이는", "로직 다이는")
_CHIP_SUBJECT = re.compile(
    r"^\W*(?:(?:또|또한|한편|이와\s함께)\s)?(?:이\s|해당\s|새\s|신형\s|차세대\s)?"
    r"(?:[^\s,.]+의\s)?(?:칩|가속기|반도체|NPU|제품|베이스\s?다이|로직\s?다이|I/O\s?다이|칩렛)"
    r"(?:은|는)\s"
)

# a company's chip or part named by its head word, as its possessor: "(오픈AI)의 첫 추론용 칩은",
# "(메타)의 차세대 가속기를", "(구글)의 TPU 다이를" (the chip's designer)
# (its name may follow in quotes, and the making or the volume of it: "(테슬라)의 차세대 AI 칩
# 'AI6'를", "(테슬라)의 자율주행 칩 물량 일부를")
_OWNS_CHIP = re.compile(
    r"의\s(?:[^\s,.]+\s){0,3}?[^\s,.]*?(?:칩|가속기|반도체|NPU|다이|칩렛|ASIC)"
    r"(?:\s?['‘\"“][^'’\"”]{1,12}['’\"”]|\s[A-Z][A-Za-z0-9\-]{0,10})?"
    r"(?:\s?(?:생산|제조|위탁\s?생산|물량|일부)){0,3}(?:은|는|을|를|이|가|도)\s"
)


# a chip or a part of one as the object of the making, before the foundry: "베이스 다이를",
# "새 칩을"
_PART_OBJECT = re.compile(r"(?:칩|가속기|반도체|NPU|다이|칩렛)(?:을|를)\s")


def foundry_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """supply_deal: a named foundry making a company's chip (Korean only)."""
    if s.language != "ko" or s.table is not None or not _MAKING.search(s.text):
        return []
    foundries = {
        *s.vocabulary.cue_list("anaphora_roles", "foundry"),
        *s.vocabulary.cue_list("anaphora_roles", "packaging house"),
    }
    out: list[Candidate] = []
    label = _LABEL.match(s.text)
    for clause in s.clauses:
        if clause.start in state.deal_clauses:
            continue
        after = clause.start
        for f in s.of_kind(_COMPANY, clause):
            role = _FOUNDRY_ROLE.match(s.text, f.end) or (
                _LABEL_ROLE.match(s.text, f.end) if label is not None else None
            )
            if f.id not in foundries or role is None or f.start < after:
                continue
            # "…파운드리에 맡겨 만든다"; "칩 제조는 TSMC의 3나노 공정이 맡는다": the making
            # word may come first, as the clause's topic
            verb = (
                _MAKING.search(s.text, f.end, clause.end)
                or _MADE_TOPIC.match(s.text, clause.start)
                or _MADE_TOPIC_BEFORE.search(s.text, clause.start, f.start)
            )
            if verb is None and label is None:
                continue
            designer, product = _designer(s, f, clause, after)
            if designer is None or designer == f.id:
                continue
            if product is None:
                product = _process_of(s, designer, clause) or _chip_in_view(s, designer)
            anchor = verb.start() if verb is not None else f.start
            valid = s.valid_for(anchor, [])
            # "베이스 다이는 TSMC가 생산을 맡기로 했다": the making agreed is a deal made (GUIDE)
            modality = agreed_deal(s, s.modality(anchor, valid, clause), clause, s.future(valid))
            if modality is None:
                continue
            qualifiers = {"product": product} if product is not None else {}
            out.append(
                Candidate(designer, "supply_deal", modality, valid, f.start, qualifiers, f.id)
            )
            state.deal_clauses.add(clause.start)
            if not _gapped_after(s, f, clause):
                break
            after = f.end  # "A는 X 공정에서, B는 Y 공정에서 생산된다": the next pair
    return out


def _gapped_after(s: Sentence, foundry: Mention, clause: Span) -> bool:
    """Whether another chip stands as a topic after this foundry in the clause, before the
    verb they share ("리벨 쿼드는 삼성전자 4나노에서, 가우디3는 TSMC 5나노에서 생산된다")."""
    return any(s.particle(p) in TOPIC for p in s.of_kind(_PRODUCTS, Span(foundry.end, clause.end)))


def _designer(
    s: Sentence, foundry: Mention, clause: Span, after: int
) -> tuple[str | None, str | None]:
    """(the chip's designer, the chip's id): a named chip of another maker, else the
    clause's topic company, else the company in view for a clause about 'the chip'. In a
    gapped clause the chip is the one topic right before the foundry, after the last pair."""
    chips = [
        p
        for p in s.of_kind(_PRODUCTS)
        if not s.is_compared(p) and p.entity.maker not in (None, foundry.id)
    ]
    paired = [p for p in chips if after <= p.start and p.end <= foundry.start]
    if after > clause.start and paired:
        return paired[-1].entity.maker, paired[-1].id
    if chips:
        return chips[0].entity.maker, chips[0].id
    others = [m for m in s.of_kind(_COMPANY) if m.id != foundry.id]
    topics = [m for m in others if s.particle(m) in TOPIC]
    if topics:
        return topics[0].id, None
    # "오픈AI의 첫 추론용 칩은", "메타의 차세대 가속기를": the company whose chip is made
    owners = [m for m in others if _OWNS_CHIP.match(s.text, m.end)]
    if owners:
        return owners[0].id, None
    if others:
        return None, None
    made_topic = _MADE_TOPIC.match(s.text, clause.start)
    if made_topic:
        # "칩렛 생산은 삼성전자 파운드리의 4나노 공정이 맡았고": the chip in view, if any
        chip = s.focus.get("chip", s.index, 3)
        if chip is not None and chip.maker not in (None, foundry.id):
            return chip.maker, chip.id
    if made_topic or _CHIP_SUBJECT.match(s.text):
        # ("칩 생산은 삼성전자 파운드리가 맡는다" after "리벨리온은 칩을 설계한다": its maker)
        # the company the text speaks for or is about, not the one named last in passing
        own = s.focus.issuer or s.focus.salience.lead or s.focus.get("topic", s.index, 3)
        return (own.id if own is not None else None), None
    if (
        s.focus.issuer is not None
        and s.particle(foundry) not in TOPIC
        and _PART_OBJECT.search(s.text, clause.start, foundry.start)
    ):
        # a release's "베이스 다이를 TSMC의 12나노 공정으로 만든다": the issuer's own part
        return s.focus.issuer.id, None
    if not s.text[: foundry.start].strip(_OPENING) and s.focus.issuer is not None:
        # a speaker's subjectless answer ("TSMC 5나노로 만들고, …"): the speaker's company,
        # making the chip of its own the talk is on (named in a question a few lines up)
        speaker = s.focus.issuer.id
        chip = s.focus.get("chip", s.index, _TALK_WINDOW)
        return speaker, (chip.id if chip is not None and chip.maker == speaker else None)
    if not s.text[: foundry.start].strip(_OPENING) or _LABEL.match(s.text):
        # a subjectless line after the chip's own ("마이아 200을 공개했습니다. TSMC 3나노
        # 공정에서 만들고, …"), a fact box's "- 제조: TSMC 3나노 공정": the chip just named
        chip = s.focus.get("chip", s.index, 2)
        if chip is not None and chip.maker not in (None, foundry.id):
            return chip.maker, chip.id
    return None, None


# a fact box's label of the making: "- 제조: ", "· 생산 공정: ", "파운드리: "
_LABEL = re.compile(r"^\W*(?:제조|생산|위탁\s?생산|파운드리)(?:\s?공정)?\s?:\s")
# the foundry's part on such a line: its foundry arm or a node ("TSMC 3나노 공정")
_LABEL_ROLE = re.compile(r"(?:의)?\s?(?:파운드리|\S{0,4}나노)")


def _process_of(s: Sentence, designer: str, clause: Span) -> str | None:
    """The designer's own process whose making it hands out ("TSMC는 CoWoS 후공정의 일부를
    앰코에 맡기고 있다": the product is CoWoS, GUIDE: else the process when it is one)."""
    own = [m for m in s.of_kind(("process",), clause) if m.entity.maker == designer]
    return own[0].id if own else None


def _chip_in_view(s: Sentence, designer: str) -> str | None:
    """The designer's chip the text is on, for a making told without naming it ("칩은
    리벨리온이 삼성전자 파운드리 4나노 공정에서 생산함" in a notice on the REBEL-Quad)."""
    if _ANOTHER_CHIP.search(s.text):
        return None  # "MS가 차기 칩 생산을 인텔 파운드리에 맡기는 방안": not the chip in view
    chip = s.focus.get("chip", s.index, 3)
    return chip.id if chip is not None and chip.maker == designer else None


_ANOTHER_CHIP = re.compile(r"차기|차세대|다음\s?세대|후속|새\s칩|신형|\d세대")


_OPENING = " \"“‘'-―·"
# how many sentences back an interview's chip stays the one talked about: a question and an
# answer of a few sentences before the question on how it is made
_TALK_WINDOW = 6


_FOUNDRY_WORDS = re.compile(r"파운드리|나노")


def made_by_foundry(quote: str) -> bool:
    """Whether a sentence tells a foundry's making (a foundry arm or a process node, and a
    verb of making): the deal it gives is not another deal said vaguely."""
    return _FOUNDRY_WORDS.search(quote) is not None and _MAKING.search(quote) is not None
