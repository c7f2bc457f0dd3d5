"""English statements held open: a hypothesis ("If Meta bought 100,000 TPUs, it would be
Google's largest customer") or a question put in indirect speech ("asked whether xAI would
buy Dojo chips", "it is unclear whether …") states no fact, whatever its verb says.

Korean marks the same with its endings ("…한다면", "…할지 주목된다", read in modality.py);
English marks it with the word that opens the clause, so the scope is that word to the next
comma, semicolon, dash or the end.
"""

from __future__ import annotations

import re

from tracker.extract.korean_verbs import CLOSED_BY_L

# the word that opens a hypothesis or an indirect question; not "if not" / "if any" / "if
# so" / "if ever" (a hedge on a figure: "100,000 chips, if not more"), not "whether to"
# (deliberation: "weighing whether to install", a considering cue of its own) and not
# "whether or not"
_OPENER = re.compile(
    r"\b(?:(?:even\s)?if|unless|suppos(?:e|ing)|whether|assuming|provided\sthat|providing\sthat"
    r"|in\scase|in\sthe\sevent\sthat)\b"
    r"(?!\s(?:not|any|so|ever|only|to|or\snot|needed|necessary|approved|completed)\b)",
    re.I,
)
# deliberation before "whether" keeps it a considering statement ("is weighing whether it
# will install TPUs", "has yet to decide whether"): the rules read that cue themselves
_DELIBERATION = re.compile(
    r"\b(?:weigh\w*|consider\w*|decid\w*|mull\w*|explor\w*|discuss\w*|evaluat\w*|debat\w*"
    r"|stud(?:y|ies|ying)|assess\w*|review\w*|determin\w*|talks?|negotiat\w*)\s"
    r"(?:[\w']+\s){0,3}$",
    re.I,
)
_SCOPE_END = re.compile(r"[,;:—–]|\s-\s|\.\s|$")
# a counterfactual: "would have covered 400,000 GB200s", "could have bought": what did not
# happen (not "would have 1 million GPUs", reported speech of a future holding)
_COUNTERFACTUAL = re.compile(
    r"\b(?:would|could|might|should)(?:\snot|n['’]t)?\shave\s(?:\w+ly\s)?(?:been|[a-z]+ed|[a-z]+en"
    r"|bought|built|spent|put|run|brought|sold|paid|had|made|got|won|kept|held|sent|lent)\b"
    r"[^;.]{0,60}$",
    re.I,
)
# a Korean question that ends the sentence: "…배치할까.", "…투자할까요" ("할까 고민 중" is
# no question: a considering cue follows it)
# what someone else wants of a company: "Analysts want Meta to reach 1 million GPUs",
# "OpenAI asked Microsoft to supply 100,000 GB200s", "Investors urged Amazon to invest" (a
# wish or a request, no plan of the company's; "expect Meta to" is a forecast and stays)
_WISHED_EN = re.compile(
    r"\b(?:wants?|wanted|urg(?:es|ed|ing|e)|press(?:es|ed|ing)|push(?:es|ed|ing)|ask(?:s|ed|ing)?"
    r"|call(?:s|ed|ing)?\son|demand(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|encourag(?:es|ed|ing|e)"
    r"|request(?:s|ed|ing)?)\s(?:the\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}\sto\s"
    r"[^.;]{0,60}$"
)
# Korean: "…확보해야 한다고 주장했다" (what someone says must be done), "…공급을 요청했지만"
# (a request), "…투자를 요구하고 있다"
_KO_WISHED = re.compile(
    r"[^.]{0,40}?(?:해야|돼야|되어야|늘려야|확보해야|써야|사야)\s?(?:한다|할\s?것)"
    r"|[^.,]{0,20}?(?:을|를)\s(?:\S+\s)?(?:요청|요구|촉구)(?:했|하고|한|해|하는)"
)
_KO_L_SYLLABLES = CLOSED_BY_L
_KO_QUESTION_END = re.compile(
    rf"(?:[{_KO_L_SYLLABLES}]|을)까(?:요)?\s*[.?!。]*\s*$"
    # a clause cut off before its noun: "오픈AI가 트레이니움을 쓴다는." (that … — said by whom,
    # of what, is never told)
    r"|[다라]는\s*[.…]+\s*$"
)


def held_open(text: str, anchor: int, language: str = "en") -> bool:
    """Whether the claim anchored at ``anchor`` lies inside an English if-clause or
    indirect question (from its opening word to the next comma) or after a counterfactual
    ("would have covered"), or in a Korean sentence that ends as a question ("…할까.")."""
    if language == "ko":
        return (
            _KO_QUESTION_END.search(text, anchor) is not None
            or _KO_WISHED.match(text, anchor) is not None
            or _ko_condition(text, anchor)
            or _ko_embedded_question(text, anchor)
        )
    if _COUNTERFACTUAL.search(text, max(0, anchor - 90), anchor):
        return True
    if _WISHED_EN.search(text, max(0, anchor - 80), anchor):
        return True
    if _hypothetical_main(text, anchor):
        return True
    for m in _OPENER.finditer(text, 0, anchor):
        end = _SCOPE_END.search(text, m.end())
        if end is not None and end.start() <= anchor:
            continue  # the hypothesis closed before the claim: "If approved, X will …"
        word = m.group().lower()
        if word == "whether" and _DELIBERATION.search(text, max(0, m.start() - 40), m.start()):
            continue
        return True
    return False


# a choice made after weighing: "considered TPUs in 2024 but chose Nvidia instead", "검토했지만
# 결국 AMD를 택했다": the weighing is over, and what it weighed was passed over
_CHOSE_EN = re.compile(
    r"\W{0,3}(?:(?:but|and|then|before|yet)\s)?(?:\w+\s){0,2}?(?:chose|picked|opted\sfor|went\swith"
    r"|settled\son|selected|turned\sto|sided\swith|stuck\swith)\b"
)
_CHOSE_KO = re.compile(
    r"\s*(?:결국|최종적으로|최종|대신|끝내|끝내는|결국은)\s?(?:\S+\s){0,2}?\S+(?:을|를)\s?"
    r"(?:택했|선택했|낙점했|골랐|택한|선택한)"
)


def passed_over(lowered: str, clause_end: int, language: str) -> bool:
    """Whether a weighing clause ends in a choice of something else ("…but chose Nvidia
    instead"): the option it weighed is no longer considered."""
    pattern = _CHOSE_KO if language == "ko" else _CHOSE_EN
    return pattern.match(lowered, clause_end) is not None


# a Korean condition in "-면" right after the claim's verb: "TPU 10만 개를 도입하면 구글의 최대
# 고객이 된다", "채운다고 가정하면" (not "-면서", while; the "-다면" and "-ㄹ 경우" forms are
# read in modality.py)
_KO_IF = re.compile(r"[^.,]{0,30}?(?:하|되|들이|늘리|채우|쓰|짓|세우|갖추|가정하)면\s(?!서)")
# what is weighed is granted, no condition: "288GB가 들어간다는 점을 감안하면 …"
_KO_GRANTED = re.compile(r"(?:점|것|사실)(?:을|를)\s(?:감안|고려)하면\s$")


def _ko_condition(text: str, anchor: int) -> bool:
    """Whether a Korean claim lies in a condition ("…를 들이면 …")."""
    hit = _KO_IF.match(text, anchor)
    return hit is not None and _KO_GRANTED.search(hit.group()) is None


# an embedded question right after the claim's verb: "도입할지 여부는 내년에 결정된다",
# "도입하느냐가 관건이다", "쓰는지는 알려지지 않았다"; weighing it ("도입할지 검토 중") is a
# considering cue the rules read
_KO_EMBEDDED_Q = re.compile(
    rf"[^.,]{{0,30}}?(?:[{_KO_L_SYLLABLES}]|을|느|는|인)(?:지|냐)(?:\s?여부)?(?:는|가|를|도|의|에|\s)"
)
_KO_WEIGHING = re.compile(r"검토|고민|논의|저울질|협의|타진|살펴|따져")


def _ko_embedded_question(text: str, anchor: int) -> bool:
    hit = _KO_EMBEDDED_Q.match(text, anchor)
    return hit is not None and _KO_WEIGHING.search(text, hit.end()) is None


# a sentence that opens with a condition, inverted or not: "Should Meta buy 100,000 TPUs, …",
# "Were Amazon to invest …", "Had Meta bought …", "If …, …"
_INVERTED = re.compile(
    r"^\W*(?:Should|Were|Had)\s(?:[A-Z][\w.&'’-]*\s){1,3}(?:not\s)?(?:to\s)?[a-z]"
)
_CONDITION_FIRST = re.compile(
    r"^\W*(?:(?:even\s)?if|unless|assuming|provided\sthat|in\scase|suppose|supposing)\b", re.I
)
_WOULD = re.compile(r"\bwould\b", re.I)  # "might reach" after a condition is a forecast


def _hypothetical_main(text: str, anchor: int) -> bool:
    """Whether the claim lies in a condition that opens the sentence inverted ("Should Meta
    buy 100,000 TPUs, …"), or in the main clause after an opening condition when that
    clause only says what would follow ("Were Amazon to invest more, its stake would top
    $12 billion")."""
    inverted = _INVERTED.match(text)
    opened = inverted or _CONDITION_FIRST.match(text)
    if opened is None:
        return False
    end = _SCOPE_END.search(text, opened.end())
    if end is None or anchor < end.start():
        return inverted is not None  # inside the condition itself (the others: _OPENER)
    return _WOULD.search(text, end.end(), anchor) is not None
