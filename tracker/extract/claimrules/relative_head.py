"""A Korean figure fronted before the company it belongs to: in a relative clause on the
company, or as the fronted object of the company's verb.

"H100 35만 개를 보유한 메타는 …", "40억 달러를 앤트로픽에 투자한 아마존이 …": Korean puts
a relative clause before its head noun, so the company whose fleet or investment the figure
is comes after the figure, marked as the sentence's subject. The relative clause is then the
whole statement of the figure: its verb ("보유한", "투자한") says how things stand, and what
the main clause goes on to say ("… 추가 도입을 검토 중이다") is another statement. Korean may
also front the object before the subject ("엔비디아 H100 35만 개를 메타가 보유할 계획이다"):
the subject after it owns the figure, and the verb after the subject states it.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.entities import Mention
from tracker.extract.korean_verbs import CLOSED_BY_N
from tracker.extract.text import Span

_COMPANY = ("company",)
# every syllable closed by ㄴ: the adnominal ending of a verb ("보유한", "투자한", "확보한",
# "갖춘", "운영하는", "가동 중인", "들여온")
_CLOSED_BY_N = CLOSED_BY_N
_ADNOMINAL_BEFORE = re.compile(rf"[가-힣]+[{_CLOSED_BY_N}]\s$")
# the figure's phrase marked as the object, right before the subject ("…35만 개를 메타가")
_OBJECT_BEFORE = re.compile(r"[가-힣A-Za-z0-9]\s?(?:을|를)\s$")
# nouns and adverbs that end in ㄴ as well: "경쟁사 대신 메타는", "올해 기준 메타가"
_NOT_A_VERB = re.compile(
    r"(?:대신|기준|시간|가운데선|반면|한편|관련|이번|지난|현재진행형)\s$"
    # a share or an amount marked as the topic ("수요의 60% 가까이는 SK하이닉스가 가져갈 것",
    # "물량의 절반 이상은 엔비디아가", "5만 장은 삼성전자가"): the particle 은/는, no verb
    r"|(?:가까이|이상|이하|미만|정도|가량|안팎|내외|남짓|전후|대부분|절반|과반|나머지|물량|몫"
    r"|%|퍼센트|[0-9]\s?(?:장|개|대))(?:은|는)\s$"
)
# a clause of its own between the figure and the company: a comma, a clause end
_BREAK = re.compile(r"[,.;:!?\"“”]|다\s")
_REACH = 40


def fronted_relative(s: Sentence, pos: int, exclude: tuple[str, ...] = ()) -> Mention | None:
    """The subject company a fronted relative clause holding ``pos`` describes, if the
    figure sits in one ("H100 35만 개를 보유한 메타는"); ``None`` otherwise."""
    if s.language != "ko":
        return None
    for m in s.of_kind(_COMPANY):
        if m.start <= pos or m.start - pos > _REACH:
            continue
        between = s.text[pos : m.start]
        if _BREAK.search(between):
            return None
        if m.id in exclude or s.particle(m) not in TOPIC:
            continue
        if _ADNOMINAL_BEFORE.search(between) and not _NOT_A_VERB.search(between):
            return m
        if _OBJECT_BEFORE.search(between) and s.particle(m) in ("이", "가", "께서"):
            return m  # "엔비디아 H100 35만 개를 메타가 보유하고 있다": the object fronted
        return None  # the first company after the figure is no head of it
    return None


def relative_statement(s: Sentence, pos: int, subject: str | None = None) -> Span | None:
    """The statement of a figure in a fronted relative clause: from its clause's start to
    the company it describes, whose main clause's cues are not the figure's own. ``None``
    when the figure sits in none (or, with ``subject``, in one describing another company)."""
    head = fronted_relative(s, pos)
    if head is None or (subject is not None and head.id != subject):
        return None
    if not _ADNOMINAL_BEFORE.search(s.text, pos, head.start):
        return None  # a fronted object: the verb after the subject is the statement's own
    return Span(s.clause_of(pos).start, head.start)
