"""Lines that open with their figure: "9,216 — Ironwood chips in one superpod", "4.6 —
petaflops of FP8 per Ironwood chip", "Up to 1,000,000 — Google TPUs covered by …".

A "by the numbers" list puts the figure first and the thing it counts after a dash or a
colon. Read as written, the dash stands between a number and its unit, so the figure counts
nothing. The line is read with the figure moved up to the words it counts ("9,216 Ironwood
chips in one superpod"), padded on the left so that every offset after it stays where it
was (the quote is still cut from the original text).

Only a figure followed by the counted words is moved: a description that starts with an
article, a question word or an adverb ("72 — the number of GPUs …", "500,000: about how
many …") needs a reordering, a year ("2027: Rubin Ultra ships") is a date, not a count, and
a fleet's count ("350,000 - H100 GPUs in Meta's fleet") is read as a label where it stands.
"""

from __future__ import annotations

import re

_FIGURE_FIRST = re.compile(
    r"^(?P<lead>[ \t]*(?:(?:[-•*→·]|\d{1,2}[.)])[ \t]+)?)"
    r"(?P<figure>(?:(?:[Uu]p\sto|[Aa]bout|[Rr]oughly|[Aa]round|[Ss]ome|[Nn]early|[Mm]ore\sthan"
    r"|[Oo]ver|[Aa]t\sleast)\s)?\$?\d[\d,]*(?:\.\d+)?"
    r"(?:\s?(?:k|m|bn|million|billion|trillion)\b)?)"
    r"(?P<sep>[ \t]?[—–][ \t]|[ \t]-[ \t]|:[ \t])"
    r"(?=(?!(?i:the|a|an|what|how|about|roughly|some|not|just|where|when|which|who|our|its"
    r"|their|that|this|it|we|and|or|but|to|of|in|on|at|by|from|for|with|up|down|per)\b)[A-Za-z])",
    re.MULTILINE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# "350,000 - H100 GPUs in Meta's fleet", "130,000 - GB300 GPUs that Meta plans to install": a
# fleet count labelled by its figure is read as a label already (ChipCounts.figure_label,
# which finds whose fleet it is after the figure); only a count per system is moved
_FLEET_LABEL = re.compile(
    r"(?:(?:Nvidia|AMD|Google)(?:['’]s)?\s)?(?:[\w-]+\s)?(?:GPUs?|chips?|accelerators?)\b"
    r"(?!\s(?:in\s(?:one|each|every|a|an)|per|on\s(?:one|each|every|a))\b)"
)


def figures_moved(text: str) -> str:
    """``text`` with each figure-first line read as "figure counted-words" (same length)."""
    if "—" not in text and "–" not in text and " - " not in text and ": " not in text:
        return text  # cheap gate
    return _FIGURE_FIRST.sub(_moved, _FIGURE_DESCRIBED.sub(_described, text))


# A figure whose description names its place with a question word or a measure noun: "72 —
# the number of GPUs in every GB300 NVL72 rack", "500,000: about how many Trainium2 chips
# Rainier runs today", "$11 billion: roughly what AWS has put into Project Rainier", "6,144 -
# the most Maia 200 chips that can be joined …", "One million: the ceiling on Google TPUs
# Anthropic can use". The figure is written over that place (with the bound the noun says),
# right-aligned so that every offset after it stays; a short aside before the description
# ("72 — not news this week, just a reminder: the number of …") is blanked with it.
_FIGURE_DESCRIBED = re.compile(
    r"^(?P<lead>[ \t]*(?:(?:[-•*→·]|\d{1,2}[.)])[ \t]+)?)"
    r"(?P<figure>\$?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn|million|billion|trillion)\b)?"
    r"|(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Hh]alf\sa)\s(?:million|billion))"
    r"(?:[ \t]?[—–][ \t]|[ \t]-[ \t]|:[ \t])(?:[^:\n]{0,60}:[ \t])?"
    r"(?P<place>(?i:(?P<approx>about|roughly|around|some|nearly|approximately)\s(?:how\smany|what)"
    r"|how\smany|the\s(?:total\s)?number\sof|(?P<most>the\smost|the\smaximum(?:\snumber\sof)?"
    r"|the\s(?:ceiling|cap|upper\slimit)\son)))\s",
    re.MULTILINE,
)


def _described(m: re.Match[str]) -> str:
    figure = m.group("figure")
    if _YEAR.fullmatch(figure):
        return m.group()
    if m.group("approx"):
        said = f"{m.group('approx')} {figure}"
    elif m.group("most"):
        said = f"up to {figure}"
    else:
        said = figure
    room = m.end("place") - m.end("lead")
    if len(said) > room:
        return m.group()
    return m.group("lead") + said.rjust(room) + " "


def _moved(m: re.Match[str]) -> str:
    figure = m.group("figure")
    if _YEAR.fullmatch(figure):
        return m.group()  # "2027: Rubin Ultra ships" is a date
    if _FLEET_LABEL.match(m.string, m.end()):
        return m.group()
    pad = " " * (len(m.group("sep")) - 1)
    return m.group("lead") + pad + figure + " "
