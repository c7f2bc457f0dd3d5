"""The time a site or phase opening an English sentence is done, told in an aside on it
("Phase two, which we plan to finish by the end of the year, will take the cluster to
6,000 GPUs", "The second hall, due to open in mid-2027, will house …", "Building C, set to
come online next spring, adds …"): it dates what the sentence says the site will hold,
though a relative clause otherwise keeps its times to itself. Only a future done ("which
opened in 2024" dates no count the sentence gives now)."""

from __future__ import annotations

import re

# a site or a numbered part of one opening the sentence: "The first phase", "Its second
# building", "Hall three", "Phase 2", "Building C" (shared with site_subject_en)
SITE_HEAD = (
    r"\W*(?:(?:The|Its|Their|Our)\s(?:[\w-]+\s){0,2}?"
    r"(?:phase|campus|site|building|facility|hall|halls|data\s?cent(?:er|re)|cluster|"
    r"supercomputer|expansion)"
    r"|(?:Phase|Hall|Building|Stage|Block)\s"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|[1-9]\d?|[A-H]|I{1,3}|IV|VI{0,3}))"
)
_DONE = (
    r"(?:finish|complet|open|come\sonline|coming\sonline|go\slive|going\slive|be\sready|"
    r"be\sdone|be\sbuilt|be\senergi[sz]|switch\w*\son|start\w*\sup)\w*"
)
_ASIDE = re.compile(
    SITE_HEAD + r",\s(?:(?:which|that)\s)?[^,;]{0,40}?\b(?:will|due|set|scheduled|slated|expected"
    r"|plan|plans|planned|aim|aims|on\strack)\b[^,;]{0,30}?\b" + _DONE + r"\s(?:[^,;]{0,30}?\s)?$"
)


def site_done(text: str, starts: list[int]) -> int | None:
    """Of the time starts given, the one told as when the sentence's site or phase is done,
    in an aside between commas after it."""
    for start in starts:
        if text.find(",", start) != -1 and _ASIDE.match(text[:start]):
            return start
    return None
