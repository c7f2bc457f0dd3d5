"""Korean frames that tell how many chips one system holds, beyond the rack words of the
vocabulary.

- A distributive count bound into one unit: "MI355X는 8개씩 한 노드로 묶는다", "가우디3를
  네 장씩 한 서버에 꽂는다" (N씩 + 한 + system noun).
- A count inside a relative clause on a system noun: "어센드 950 8192개를 하나로 묶은
  슈퍼노드", "칩 64개를 NV링크로 엮은 울트라서버는 아직 써 보지 못했다". The clause states the
  system's make-up whatever the main verb says of its use, so a negated or planned main verb
  does not cancel or re-mode the specification: its modality is read inside the relative
  clause alone.
"""

from __future__ import annotations

import re

from tracker.domain.claims import Modality
from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.quantities import QuantityMatch
from tracker.extract.text import Span
from tracker.extract.timex import point_at
from tracker.extract.vocabulary import Entity

# one system of a kind, the nouns a system is counted by (no instance or VM: a rented slice)
_SYSTEM_NOUN = (
    r"(?:슈퍼\s?노드|슈퍼\s?포드|슈퍼\s?팟|노드|서버|랙|울트라서버|포드|팟|시스템|보드|트레이)"
)

# "8개씩 한 노드로", "네 장씩 서버 한 대에", "4개씩 하나의 보드에"
_EACH_INTO_ONE = re.compile(
    r"\s?(?:개|장)?씩\s(?:한\s?|하나의\s)?(?:개의\s)?" + _SYSTEM_NOUN + r"(?:\s?(?:한\s?대|하나))?"
    r"(?:로|으로|에|에는)\s"
)

# the count's relative clause ending on a system noun: "…를 하나로 묶은 슈퍼노드",
# "…로 이뤄진 포드", "…를 담은 서버"; a name may stand between the verb and the noun
_RELATIVE_SYSTEM = re.compile(
    r"(?:을|를|로|으로)?\s(?:[^\s,.]+\s){0,3}?"
    r"(?:묶은|엮은|연결한|이은|담은|넣은|꽂은|탑재한|장착한|얹은|이뤄진|이루어진|구성된|들어간)\s"
    r"(?:[^\s,.]+\s){0,2}?(?:[\w-]+\s)?" + _SYSTEM_NOUN + r"(?=[\s'\"‘’“”은는이가을를의에도]|$)"
)


def each_into_one_system(s: Sentence, q: QuantityMatch) -> bool:
    """Whether a Korean count is dealt out N at a time into one system ("8개씩 한 노드로")."""
    return s.language == "ko" and _EACH_INTO_ONE.match(s.text, q.end) is not None


def relative_system(s: Sentence, q: QuantityMatch) -> Span | None:
    """The span of the relative clause a Korean count lies in when that clause describes a
    system noun ("… 8192개를 하나로 묶은 슈퍼노드"), from the count's clause start to the noun."""
    if s.language != "ko":
        return None
    clause = s.clause_of(q.start)
    m = _RELATIVE_SYSTEM.match(s.text, q.end)
    if m is None or m.end() > clause.end:
        return None
    return Span(clause.start, m.end())


def relative_spec_modality(s: Sentence, q: QuantityMatch) -> Modality | None:
    """The modality of a system's make-up told in a relative clause, read inside the clause
    alone (a plain description is a fact, whatever the main verb says)."""
    span = relative_system(s, q)
    if span is None:
        return None
    return s.modality(q.start, point_at(s.published), span) or "actual"


def chip_of_relative_system(s: Sentence, q: QuantityMatch) -> Mention | None:
    """The chip named between a bare count ("칩 32개를") and the system noun its relative
    clause describes ("… 엮은 트레이니움2 울트라서버"): the chips counted are that system's,
    not a chip named earlier in the sentence."""
    span = relative_system(s, q)
    if span is None:
        return None
    named = [m for m in s.of_kind(("chip",)) if q.end <= m.start < span.end]
    return named[0] if named else None


def chip_dealt_out(s: Sentence, q: QuantityMatch) -> Mention | None:
    """The chip a distributive count deals out ("MI325X는 보통 8개씩 한 노드로"): the last
    chip named as topic or object before the count in its clause, no figure between."""
    if not each_into_one_system(s, q):
        return None
    clause = s.clause_of(q.start)
    named = [
        m
        for m in s.of_kind(("chip",), Span(clause.start, q.start))
        if s.particle(m) in ("은", "는", "을", "를")
    ]
    if not named or any(named[-1].end <= o.start < q.start for o in s.quantities):
        return None
    return named[-1]


def relative_system_chip(s: Sentence, q: QuantityMatch) -> Entity | None:
    """The entity of :func:`chip_of_relative_system`, the subject of the count."""
    m = chip_of_relative_system(s, q)
    return m.entity if m is not None else None


# the chips of one system named as a noun before their count: "울트라서버 1대에 들어가는 칩
# 수는 144개다", "랙 하나에 탑재되는 GPU는 72개", "서버 한 대에 꽂히는 가속기 개수를 8개로"
_FILL_BEFORE = re.compile(
    _SYSTEM_NOUN + r"\s?(?:한\s?대|1\s?대|하나|한\s?개|1\s?개)(?:(?:에|에는|마다)\s"
    r"(?:들어가는|들어간|탑재되는|탑재된|담기는|담긴|실리는|꽂히는|장착되는|장착된|연결되는|묶이는)"
    # "포드 하나를 이루는 칩의 수", "랙 한 대를 구성하는 GPU는": the chips that make it up
    r"|(?:을|를)\s(?:이루는|이룬|구성하는|구성한|채우는|채운))\s"
    r"(?:칩|GPU|가속기|NPU|TPU|프로세서)(?:의)?\s?(?:수|개수|숫자)?(?:는|은|가|이|를|을)\s$"
)


def chips_named_before_ko(s: Sentence, q: QuantityMatch) -> bool:
    """Whether a Korean count is of the chips one system holds, named as a noun before it
    ("울트라서버 1대에 들어가는 칩 수는 144개다"): the count is of those chips, as "칩 144개"."""
    if s.language != "ko":
        return False
    if _FILL_BEFORE.search(s.text, max(0, q.start - 60), q.start) is not None:
        return True
    # a system of the vocabulary as the place: "헬리오스에 들어가는 GPU 수는 72개다"
    return any(
        _FILL_NAMED.fullmatch(s.text, m.end, q.start) is not None
        for m in s.of_kind(("system",))
        if m.end < q.start
    )


_FILL_NAMED = re.compile(
    r"[’'」]?(?:에|에는)\s"
    r"(?:들어가는|들어간|탑재되는|탑재된|담기는|담긴|실리는|꽂히는|장착되는|장착된|연결되는|묶이는)\s"
    r"(?:칩|GPU|가속기|NPU|TPU|프로세서)(?:의)?\s?(?:수|개수|숫자)?(?:는|은|가|이|를|을)\s"
)
