"""The owner of an English count told as where a tally or a model puts a company named
only by a pronoun ("Their last quarterly update had them north of 250,000 GPUs", "our
model has them at about 300,000 GPUs", "the 10-Q puts it at 40,000 GPUs", "analysts peg
the firm at 90,000 GPUs"): the company in view, named in a recent sentence. A company
named in the sentence itself is found the usual way; a chip's maker is never the owner."""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.vocabulary import Entity

_TALLY = re.compile(
    r"\b(?:had|has|have|having|put|puts|putting|peg|pegs|pegged|place|places|placed"
    r"|show|shows|showed|estimates?|estimated)\s"
    r"(?:them|it|the\s(?:company|firm|group))\s"
    r"(?:at\s|north\sof\s|above\s|over\s|past\s|beyond\s|near\s|around\s|close\sto\s"
    r"|south\sof\s|below\s|under\s|just\s(?:over|under|shy\sof)\s)?"
    r"(?:(?:roughly|about|around|some|nearly|almost|more\sthan)\s)?$",
    re.I,
)
_WINDOW = 6  # sentences back: a transcript's answer may come after a few remarks


def tallied_owner_en(s: Sentence, pos: int, maker: str | None) -> Entity | None:
    """The company in view, for a count at ``pos`` that a tally or a model puts a pronoun
    at; ``None`` when the sentence names a company of its own."""
    if s.language != "en" or _TALLY.search(s.text, max(0, pos - 60), pos) is None:
        return None
    if any(m.text.lower() not in ("we", "our", "us", "i", "my") for m in s.of_kind(("company",))):
        return None
    owner = s.focus.get("company", s.index, _WINDOW)
    return owner if owner is not None and owner.id != maker else None
