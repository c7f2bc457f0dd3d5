"""Whether a Korean clause denies its statement (modality.ModalityCues.negated): a
hypothesis, a scenario, an open question or what is done instead states nothing; a negative
word denies it, except a need told by a double negative ("수랭 설비 없이는 못 돌립니다"), a
negated verb that modifies a noun the statement is set apart from ("…, 그리고 아직 이름을
밝히지 않은 중서부 한 곳"), and comparisons ("블랙웰에 못 미친다", "못지않다").
"""

from __future__ import annotations

import re

from tracker.extract.korean_verbs import CLOSED_BY_L

_KO_CONDITIONAL = re.compile(r"[가-힣](?:다면|라면)(?=[\s,])|(?:할|일|될|한다는) 경우(?:에는?)?\s")
# a condition in "-면" with a consequence that only may follow: "루빈 출시가 밀리면 … 캐파가
# 월 20만 장에 그칠 수 있다" (a scenario, not a forecast); "-면서" (while) and nouns in 면
# (반면, 측면) are no condition
_KO_IF_MAY = re.compile(
    r"(?:[리하되지나오가르]|[가-힣]어지|[가-힣]아지)면\s(?!서)[^.?!]*?(?:수\s?(?:도\s)?있|지도\s모르)"
)
# "수주 흐름을 감안하면 …", "전력 사정을 따져 보면 …": what is weighed, no condition
_KO_WEIGHED = re.compile(r"(?:감안하|고려하|보|종합하|계산하|생각하|미루어\s?보|비추어\s?보)$")
# "TPU를 도입하는 대신 MTIA를 늘리기로 했다": what is done instead of it is not done
_KO_INSTEAD = re.compile(r"(?:는|[한된])\s대신(?:에)?(?=[\s,]|$)")
# "TPU를 도입할지 주목된다", "늘릴지는 미지수다", "확보할지 여부가 관건": whether it will
# happen is the question the clause leaves open, no statement of it
_KO_OPEN_QUESTION = re.compile(
    rf"[{CLOSED_BY_L}]지(?:는|도|가|를)?\s(?:(?:여부|아직|두고|관심이|귀추가)\S*\s)?"
    r"(?:주목|관심|관건|미지수|불투명|불확실|귀추|알\s수\s없|확실하지|확실치|결정되지|정해지지)"
)

# "X 없이는 못 돌린다", "X 없이는 돌릴 수 없다", "X 없이 불가능하다": what a thing needs,
# whose negatives cancel; what the clause states before it stands
_KO_NEEDED = re.compile(
    r"없이(?:는|도)?\s(?:[가-힣]+\s){0,2}?(?:못\s?[가-힣]+|[가-힣]+[ㄹ을를]?\s수\s?(?:가\s)?없[가-힣]*"
    r"|불가능[가-힣]*)"
)
# a negated verb modifying a noun: "이름을 밝히지 않은 중서부 한 곳", "GPU가 없는 드문 사례"
# (not "…하지 않은 것으로", "…되지 않은 상태다": the statement itself denied, nor "확인되지
# 않은 내용": what a report said, denied)
_KO_NEGATED_NOUN = re.compile(
    r"(?:[지치]\s?(?:않|못하|못)(?:은|는|한)|없는)\s"
    r"(?!것|바|상태|채|셈|듯|모양|편|적|내용|부분|사실|정보|보도|주장|얘기|이야기|소문|기사|수치)"
)
# what separates the anchor from a negated noun phrase after it: a list's joiner or a topic
_KO_APART = re.compile(r",|·|그리고\s|[가-힣A-Za-z0-9'’\")](?:은|는)\s")


def _other_noun_negated(tail: str) -> str:
    """``tail`` with each negated verb blanked that modifies a noun the anchor is set
    apart from ("텍사스 두 곳, …, 그리고 아직 이름을 밝히지 않은 중서부 한 곳이에요", "…
    레이니어는 GPU가 없는 드문 사례다"): it denies something of that noun, not the statement.
    "GB200을 도입하지 않은 메타" (nothing between) still denies the adoption."""
    for m in _KO_NEGATED_NOUN.finditer(tail):
        if _KO_APART.search(tail, 0, m.start()):
            tail = tail[: m.start()] + " " * (m.end() - m.start()) + tail[m.end() :]
    return tail


# "블랙웰에 못 미친다" (falls short of), "못지않다": comparisons, not denials
_KO_NOT_NEGATION = (
    "없이",
    "않고도",
    "아니라",
    "뿐만 아니라",
    "못지않",
    "못 미치",
    "못미치",
    "못 미친",
    "못미친",
    "못 미쳤",
    "못미쳤",
    "가 아닌 ",
    "이 아닌 ",
)


def denial_tail_ko(tail: str) -> str:
    """``tail`` (a Korean clause from its anchor on) with every negative word blanked that
    denies nothing of the statement (same length: offsets into it stay valid)."""
    if "없이" in tail:
        # "수랭 설비 없이는 못 돌립니다": a double negative tells a need, not a denial
        tail = _KO_NEEDED.sub(lambda m: " " * len(m.group()), tail)
    if "않" in tail or "못" in tail or "없는" in tail:
        tail = _other_noun_negated(tail)
    for skip in _KO_NOT_NEGATION:
        tail = tail.replace(skip, " " * len(skip))
    return tail


def denied_ko(clause: str, anchor: int, negation: re.Pattern[str]) -> bool:
    """True when a Korean clause denies the statement at ``anchor``: a hypothesis or a
    scenario anywhere in it, an open question or an "instead" after the anchor, or a
    ``negation`` word after it that :func:`denial_tail_ko` leaves."""
    if _KO_CONDITIONAL.search(clause):
        return True  # "메타가 TPU를 들인다면 …": a hypothesis states nothing
    if (hit := _KO_IF_MAY.search(clause)) is not None and not _KO_WEIGHED.search(
        clause, 0, hit.start() + 1
    ):
        return True  # "출시가 밀리면 … 월 20만 장에 그칠 수 있다": a scenario
    tail = clause[anchor:]
    aside = _aside_end(clause, anchor)
    if aside is not None:
        # "MI450의 사양(GPU당 HBM4 432GB, …)을 … 보여 줄지가 관심이다": what an aside states
        # stands whatever the clause around it says
        tail = tail[: aside - anchor]
    if _KO_OPEN_QUESTION.search(tail) or _KO_INSTEAD.search(tail):
        return True
    return bool(negation.search(denial_tail_ko(tail)))


def _aside_end(clause: str, anchor: int) -> int | None:
    """Where the parenthesis holding ``anchor`` closes, when it holds it."""
    opened = clause.rfind("(", 0, anchor)
    if opened < 0 or ")" in clause[opened:anchor]:
        return None
    closed = clause.find(")", anchor)
    return closed if closed >= 0 else None


__all__ = ["denial_tail_ko", "denied_ko"]
