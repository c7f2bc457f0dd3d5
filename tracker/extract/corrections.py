"""Figures a Korean sentence sets aside, and figures that belong to no chip.

A correction names the figure it replaces: "30만 개 들어갔다는 일부 외신 보도와 달리, 실제
가동 중인 GPU는 20만 개 정도인 것으로 확인됐다", "앞서 30만 개로 알려졌으나 20만 개로
확인됐다". Only the confirmed figure is a claim; the one reported before the contrast is
withdrawn (GUIDE: corrections keep the confirmed value).

A memory stack's figure is not a chip's: "SK하이닉스 HBM3E 한 개는 초당 최대 1.18TB의
데이터를 처리한다" states the HBM3E part, so it must not fall back to the chip the text
spoke of before.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.korean_verbs import CLOSED_BY_L
from tracker.extract.rules import Candidate

# "…다는 (일부 외신) 보도와 달리", "…로 알려졌으나", "…로 보도됐지만": what was said before;
# in a notice, what the first version had written ("최초 게재본에는 …로 적혀 있었으나", "…로
# 기재돼 있었지만", "…로 실렸으나"), set right by what follows ("…가 맞아 바로잡습니다")
_SET_ASIDE = re.compile(
    r"(?:보도|소식|관측|전망|알려진 것)(?:과|와)\s?(?:달리|다르게|는 달리|는 다르게)"
    r"|(?:알려졌|보도됐|전해졌|보도되었|알려져 왔)(?:으나|지만|는데)"
    r"|(?:로|으로|라고|고)\s?(?:잘못\s)?(?:(?:적혀|기재돼|기재되어|표기돼|표기되어|쓰여)\s?있었"
    r"|적혔|기재됐|표기됐|실렸|나갔|적었|썼|표기했|기재했)(?:으나|지만|는데)"
    # a report the outlet itself denies in a notice's voice: "…고 보도했으나 사실과 다릅니다"
    # (a relay of another outlet's report denied by a company is told otherwise: "…라고
    # 보도했지만 회사 측은 사실이 아니라고 밝혔다")
    r"|(?:로|으로|라고|고)\s?(?:잘못\s)?보도했(?:으나|지만|는데)(?=,?\s?(?:이는\s)?사실(?:과|이))"
)
_CONFIRMED = re.compile(
    r"확인(?:됐|되었|했|한\s?결과)|밝혀졌|바로잡|정정|(?:가|이)\s?맞(?:아|습니다|다|으며)"
    r"|사실과\s?(?:다릅니다|달라)|사실이\s?아닙니다"
    # the right figure told as what really is: "실제 탑재량은 288GB입니다", "실제로는 …"
    r"|(?<![가-힣])실제(?:로는|로|\s[가-힣]+(?:은|는|이|가))\s(?=[^.\d]{0,20}\d)"
)
# A corrections column's item opens with the outlet's own earlier piece and what it wrote
# ("① 10월 30일자 '…' 기사에서 … '100만 개'가 가동 중이라고 썼습니다", "11월 1일자 칼럼에서
# '…넘었다'고 쓴 대목은 필자의 착오입니다"): what was written is withdrawn. The piece opens the
# sentence (after a bullet at most) with no outlet of its own before it ("블룸버그는 … 기사에서
# …라고 썼다" relays a report), and the verb says it was written (보도했 is left to relays).
_OWN_WROTE = re.compile(
    r"^[\s①-⑳▲■●◆·•*-]*(?:\d{1,2}[.)]\s)?(?:본지\s?)?"
    r"(?:\d{1,2}월\s?\d{1,2}일자|같은|앞선|지난\s?(?:주|달|호))\s?"
    r"(?:['‘\"“][^'’\"”]{0,80}['’\"”]\s?)?(?:기사|칼럼|사설|제목|본문|그래픽|도표)"
    r"[^.]{0,200}?(?:(?:라고|다고|고|으로|로)\s?(?:잘못\s)?(?:썼|적었|실었|표기했|기재했)"
    r"|고\s쓴\s(?:대목|부분|내용|문장))"
)
# the same said by the outlet of itself, a broadcaster's too: "본 방송은 지난 23일 저녁
# 종합뉴스에서 '…' 리포트를 방송하면서 … 누적 투자액을 "60억 달러"로 … 소개했습니다", "본지는
# 1월 7일자 국제면 '…' 기사에서 … 가동 중이라고 보도했습니다": what it told is withdrawn
_OUTLET_TOLD = re.compile(
    r"^[\s①-⑳▲■●◆·•*-]*(?:\d{1,2}[.)]\s)?(?:본지|본\s?방송|당\s?방송|본사|본\s?매체|저희\s?(?:방송|신문))"
    r"(?:는|은)?\s[^.]{0,160}?(?:기사|칼럼|리포트|뉴스|보도|방송|프로그램)[^.]{0,300}?"
    r"(?:라고|다고|고|으로|로)\s?(?:잘못\s)?(?:썼|적었|실었|표기했|기재했|소개했|보도했|방송했|전했|내보냈)"
)
_CHIP_FIGURES = ("memory_bandwidth", "memory_capacity")
# "HBM3E 한 개는", "HBM3E 스택 하나가", "HBM4 스택당": one memory part is what the figure
# is of ("192GB의 HBM3E가 실렸다" is the chip's memory, not a part's figure)
_PART_SUBJECT = re.compile(
    r"\s?(?:\d{1,2}단\s)?(?:(?:스택\s?)?(?:한\s?개|하나|1개)|스택)(?:는|은|가|이|당)\s"
)


def set_aside(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` without the figures a Korean correction sets aside, and without what a
    corrections column says its own earlier piece wrote; in English, without what an
    earlier version or earlier reports said, which the sentence sets right."""
    if found and (told := s.earlier_told) is not None:
        return [c for c in found if not told[0] <= c.anchor < told[1]]
    if s.language != "ko" or not found:
        return found
    if (maybe := _possibility(s.text)) is not None:
        found = [c for c in found if c.anchor >= maybe]  # "…를 넘길 가능성은 반반": a chance
    if (wrote := _OWN_WROTE.search(s.text) or _OUTLET_TOLD.search(s.text)) is not None:
        found = [c for c in found if c.anchor >= wrote.end()]  # "…라고 썼습니다": withdrawn
    contrast = _SET_ASIDE.search(s.text)
    if contrast is None or not _CONFIRMED.search(s.text, contrast.end()):
        return found
    return [c for c in found if c.anchor >= contrast.start()]


# a chance judged even or slim: "가능성은 \"반반\"", "가능성이 낮다", "가능성은 희박하다"
_POSSIBILITY = re.compile(
    r"(\S+)\s가능성(?:이|은|도|은\s?아직)\s?[\"“'‘]?(?:반반|낮|희박|적|없|거의\s없|크지\s않|높지\s않|제한적)"
)


def _possibility(text: str) -> int | None:
    """Where a Korean sentence weighs what it said as a chance judged even or slim: a
    prospective adnominal (final ㄹ: "넘길", "확보할") before 가능성 and a low judgement ("xAI가
    내년 말까지 GPU 100만 장을 넘길 가능성은 \"반반\"", "…를 도입할 가능성은 낮다"): what comes
    before is no claim. A possibility raised or judged likely ("도입할 가능성도 제기된다",
    "공급할 가능성이 높다") stays a forecast."""
    for hit in _POSSIBILITY.finditer(text):
        last = hit.group(1)[-1]
        if "가" <= last <= "힣" and last in CLOSED_BY_L:
            return hit.end(1)
    return None


def part_figures(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` without a chip figure said of a memory part when no chip is named, and
    without a capacity of memory that is no HBM ("GDDR7 128GB", "128GB of GDDR7")."""
    if not found or not any(c.predicate in _CHIP_FIGURES for c in found):
        return found
    found = without_other_memory(s, found)
    if s.of_kind(("chip", "system")):
        return found
    parts = [m for m in s.of_kind(("memory",)) if _PART_SUBJECT.match(s.text, m.end)]
    if parts:
        return [c for c in found if c.predicate not in _CHIP_FIGURES]
    if s.language != "ko" or not ("단" in s.text or "GB" in s.text or "기가" in s.text):
        return found
    # only the figure inside the stack product ("12단 HBM4 36GB 제품"), not the chip's in
    # view beside it ("메모리 용량은 288GB로, 삼성전자의 12단 HBM3E 제품이 들어간다")
    stacks = [(m.start() - 8, m.end()) for m in _STACK_PRODUCT_KO.finditer(s.text)]
    return [
        c
        for c in found
        if c.predicate not in _CHIP_FIGURES or not any(a <= c.anchor < b for a, b in stacks)
    ]


# a memory maker's stack told as its product, with no chip named: "12단 적층 HBM4 36GB 제품",
# "36GB 용량의 HBM4 12단 제품", "HBM4 12단 36GB 스택": the figure is the part's, not a chip's
_STACK_PRODUCT_KO = re.compile(
    r"\d{1,2}단\s(?:적층\s)?(?:[^\s.,]+\s){0,3}?(?:제품|스택|샘플|모듈)"
    r"|(?:GB|기가바이트)\s?(?:용량의\s)?(?:HBM\w*\s)?(?:\d{1,2}단\s)?(?:제품|스택|샘플|모듈)"
)


# a memory that is no HBM, right before or after the figure: "GDDR7 128GB", "128GB of
# GDDR7", "LPDDR5X 480GB", "그래픽 메모리 128GB" (GUIDE: the memory qualifier is an HBM)
_OTHER_MEMORY_BEFORE = re.compile(
    r"(?:GDDR\d\w*|LPDDR\d\w*|\bDDR\d\w*|그래픽\s?메모리|SRAM)\s?(?:메모리\s?)?(?:은|는|이|가|:)?\s?$"
    # storage, no chip's memory: "학습 데이터 40TB", "NVMe 스토리지 30TB", "flash storage: 2 TB"
    r"|(?:데이터|스토리지|저장\s?(?:공간|장치|용량)|SSD|NVMe|디스크|\bstorage|\bdatasets?"
    # data piling up, not memory: "관측 자료만 하루 20TB", "로그는 매일 3TB", "트래픽이 …"
    r"|자료|로그|트래픽|\bflash|\bdisks?)\s?(?:은|는|이|가|만|도|:|of)?\s?"
    r"(?:(?:하루|하룻밤|매일|매달|한\s?달|연간|1년|초당)(?:에|에만|동안)?\s)?(?:약\s|about\s|some\s)?$",
    re.I,
)
_OTHER_MEMORY_AFTER = re.compile(
    r"^\s?(?:of\s)?(?:(?:on-package|onboard|fast|graphics|on-chip|on-die|on-wafer|embedded)\s)?"
    r"(?:GDDR\d|LPDDR\d|DDR\d|SRAM)"
    r"|^\s?(?:의\s)?(?:GDDR\d|LPDDR\d|그래픽\s?메모리)"
    r"|^\s?(?:of\s)?(?:(?:training|customer|local|flash|nvme|ssd)\s)?(?:data|storage|datasets?)\b"
    r"|^\s?(?:의|짜리|규모의?)?\s?(?:학습\s?)?(?:데이터|스토리지|저장\s?(?:공간|장치))",
    re.I,
)


def without_other_memory(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` without a capacity of memory that is no HBM (prose or a table's row)."""
    return [c for c in found if not (c.predicate == "memory_capacity" and _other_memory(s, c))]


def _other_memory(s: Sentence, c: Candidate) -> bool:
    """Whether a memory capacity's figure is named as memory of a kind that is no HBM."""
    q = next((q for q in s.quantities if q.start == c.anchor), None)
    if q is None:
        return False
    return bool(
        _OTHER_MEMORY_BEFORE.search(s.text[max(0, q.start - 24) : q.start])
        or _OTHER_MEMORY_AFTER.match(s.text[q.end : q.end + 30])
    )


__all__ = ["part_figures", "set_aside", "without_other_memory"]
