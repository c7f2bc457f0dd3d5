"""Inflected forms of Korean verb-stem triggers.

A Korean verb stem that ends in an open syllable fuses with its ending into one
syllable: 쓰 + -ㄴ다 is 쓴다, 쓰 + -었다 is 썼다, 빌리 + -어 is 빌려, 채우 + -ㄹ is 채울. A
trigger list that holds the stem ("쓰", "빌리") therefore misses the finite and adnominal
forms news text uses most ("TPU를 쓴다", "GPU를 빌린", "3만 장을 채웠다"). This module
generates them, so the vocabulary lists stems once instead of every form by hand.
"""

from __future__ import annotations

_BASE = 0xAC00
_MEDIALS = 21
_FINALS = 28
# medial vowel indexes (ㅏ=0 … ㅣ=20) and the vowel the -어 ending contracts them into
_CONTRACTED = {
    0: 0,  # ㅏ: 가 + 았 -> 갔
    4: 4,  # ㅓ: 서 + 었 -> 섰
    1: 1,  # ㅐ: 보내 + 었 -> 보냈
    5: 5,  # ㅔ: 세 + 었 -> 셌
    6: 6,  # ㅕ: 펴 + 었 -> 폈
    8: 9,  # ㅗ: 보 + 았 -> 봤
    11: 10,  # ㅚ: 되 + 었 -> 됐
    13: 14,  # ㅜ: 채우 + 었 -> 채웠
    18: 4,  # ㅡ: 쓰 + 었 -> 썼
    20: 6,  # ㅣ: 빌리 + 었 -> 빌렸
}
_FINAL_N, _FINAL_L, _FINAL_B, _FINAL_SS = 4, 8, 17, 20


def syllables_closed_by(final: int) -> str:
    """Every Hangul syllable whose final consonant is ``final`` (a regex class body)."""
    return "".join(chr(_BASE + i) for i in range(11172) if i % _FINALS == final)


CLOSED_BY_N = syllables_closed_by(_FINAL_N)
"""간, 난, 한, 린 …: a past or present adnominal, or the plain present's ㄴ다."""
CLOSED_BY_L = syllables_closed_by(_FINAL_L)
"""갈, 할, 될 …: a future adnominal."""
CLOSED_BY_B = syllables_closed_by(_FINAL_B)
"""합, 옵, 됩 …: the polite present's ㅂ before 니다."""
_HA = "하"
# Stems whose last syllable is open and that are verbs. Nouns end in open syllables too
# ("수주" would give 수준, "level"), so only these, and stems ending in 하/되 (공급하,
# 학습되), are inflected.
VERB_STEMS = frozenset(
    {
        *("쓰", "빌리", "돌리", "굴리", "꾸리", "늘리", "키우", "채우", "갖추", "옮기"),
        *("들이", "들여오", "사들이", "끌어올리", "올리", "가져가", "들어가", "돌아가", "모으"),
        *("넘기", "바꾸", "맡기", "내주", "대주", "꾸미", "세우", "짓", "차리"),
    }
)


def _split(syllable: str) -> tuple[int, int, int] | None:
    code = ord(syllable) - _BASE
    if not 0 <= code < 19 * _MEDIALS * _FINALS:
        return None
    return code // (_MEDIALS * _FINALS), code // _FINALS % _MEDIALS, code % _FINALS


def _join(initial: int, medial: int, final: int) -> str:
    return chr(_BASE + (initial * _MEDIALS + medial) * _FINALS + final)


def inflected(trigger: str) -> list[str]:
    """The fused forms of a verb stem ending in an open syllable: adnominal
    -ㄴ/-ㄹ, connective -어 and past -었 ("쓰" -> 쓴, 쓸, 써, 썼; "달하" -> 달한, 달할,
    달해, 달했). Other triggers (nouns ending in a consonant, phrases) have none."""
    if not (trigger in VERB_STEMS or trigger.endswith((_HA, "되"))):
        return []
    if " " in trigger or not all("가" <= ch <= "힣" for ch in trigger):
        return []
    parts = _split(trigger[-1])
    if parts is None or parts[2] != 0:
        return []
    initial, medial, _ = parts
    head = trigger[:-1]
    forms = [head + _join(initial, medial, _FINAL_N), head + _join(initial, medial, _FINAL_L)]
    if trigger.endswith(_HA):
        forms += [head + "해", head + "했"]
    elif medial in _CONTRACTED:
        vowel = _CONTRACTED[medial]
        forms += [head + _join(initial, vowel, 0), head + _join(initial, vowel, _FINAL_SS)]
    return [f for f in dict.fromkeys(forms) if f != trigger]


def polite(trigger: str) -> list[str]:
    """The formal polite -ㅂ니다 of a verb stem ending in an open syllable, which fuses too:
    "쓰" -> 씁니 ("구글 TPU도 씁니다"), "돌리" -> 돌립니, "달하" -> 달합니 (a broadcast's, an
    interview's, a company blog's present tense)."""
    if not inflected(trigger):
        return []
    initial, medial, _ = _split(trigger[-1]) or (0, 0, 0)
    return [trigger[:-1] + _join(initial, medial, _FINAL_B) + "니"]
