"""A site named after a count only as the point of comparison is not the count's site.

"Meta has a fleet of 1.3 million GPUs, more than xAI's 200,000 at Colossus", "메타는 GPU
130만 개를 보유해 콜로서스의 20만 개보다 많다": the cluster comes after the count, across a
comparison ("more than", "unlike", "보다", "에 비해"); the first count is the company's own
fleet, not Colossus's.
"""

from __future__ import annotations

import re

from tracker.extract.entities import Mention

_COMPARISON_EN = re.compile(
    r"\b(?:more|fewer|less|larger|bigger|smaller)\sthan\b|\bthan\b|\bcompared\s(?:with|to)\b"
    r"|\bversus\b|\bvs\.?\s|\bunlike\b|\bwhereas\b|\bwhile\b|\bahead\sof\b|\bbehind\b"
    r"|\btrail\w*\b|\bagainst\b|\bsurpass\w*\b|\boutstrip\w*\b|\beclips\w*\b|\brival\w*\b",
    re.I,
)
_COMPARISON_KO = re.compile(
    r"^[^.,]{0,20}?(?:보다|에\s?비해|대비|와\s비교|과\s비교|에\s못\s미치|을\s넘어|를\s넘어|을\s앞서|를\s앞서)"
)

_DIGIT = re.compile(r"\d")


def compared_site(text: str, language: str, pos: int, site: Mention) -> bool:
    """Whether ``site``, named after the count at ``pos``, is only what the count is
    compared with (a comparison word between them, or in Korean right after the site)."""
    if site.start <= pos:
        return False
    if language == "ko":
        return _COMPARISON_KO.search(text[site.end : site.end + 24]) is not None
    # from the count's first digit: its own bound ("more than 200,000") compares nothing
    digit = _DIGIT.search(text, pos, site.start)
    start = digit.start() if digit is not None else pos
    return _COMPARISON_EN.search(text, start, site.start) is not None


# a site named as one part of a wider whole: "AWS가 레이니어를 포함해 전 세계에 깔아 둔 …",
# "레이니어를 비롯한 데이터센터에" (a Korean sentence: English is read by _FLEET_WIDE)
_INCLUDED = re.compile(r"\s?(?:을|를)?\s?(?:포함해|포함하여|포함한|비롯해|비롯한|비롯하여)")


def included_site(text: str, site: Mention) -> bool:
    """Whether ``site`` is named only as one part of a wider whole the count covers."""
    return _INCLUDED.match(text, site.end) is not None
