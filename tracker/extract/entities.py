"""Entity matching: one Aho-Corasick automaton per vocabulary, leftmost-longest, with
word boundaries that know Korean particles.

An alias matches only where it is a whole word: a Latin alias must not touch Latin letters
or digits on either side ("Metaculus", "LAWSON"); a Korean alias must not follow Hangul,
and the Hangul run after it must begin with a particle ("메타는", "구글과"), so that
"메타버스", "메타데이터" and "구글링" stay unmatched. Short aliases written mostly in capitals
("AWS", "MS", "TPUs", "xAI") match only in that case.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick

from tracker.extract.vocabulary import Entity, Vocabulary

# Korean particles and endings that may follow a name directly (longest first is not
# needed: a run is accepted if it starts with any of them).
PARTICLES: tuple[str, ...] = (
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "와",
    "과",
    "도",
    "에",
    "로",
    "으로",
    "부터",
    "까지",
    "만",
    "께",
    "서",
    "랑",
    "이랑",
    "하고",
    "보다",
    "처럼",
    "마저",
    "조차",
    "라는",
    "이라는",
    "란",
    "이란",
    "엔",
    "측",
    "사",
    "와의",
    "과의",
    "까지의",
    "에서",
    "에게",
    "한테",
    "뿐",
    "급",
    "용",
    "향",
    "칩",
    "기반",
    "발",
    "등",
    "산",
    "계열",
    "진영",
    "전용",
    "이며",
    "이고",
    "였",
    "이었",
    "이다",
    "인",
    "쪽",
    "팀",
)
_PARTICLE_STARTS = tuple(sorted(set(PARTICLES), key=len, reverse=True))


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e"


def _capitals(alias: str) -> int:
    return sum(ch.isupper() for ch in alias)


def _is_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity named in a text: ``[start, end)`` offsets into that text."""

    start: int
    end: int
    entity: Entity
    text: str
    anaphoric: bool = False

    @property
    def id(self) -> str:
        return self.entity.id

    @property
    def kind(self) -> str:
        return self.entity.kind


class EntityMatcher:
    """Finds entity mentions in a text with one automaton built from every alias."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self._automaton = ahocorasick.Automaton()
        patterns: dict[str, list[_Alias]] = {}
        self._contexts: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}
        for entity in vocabulary.entities.values():
            for aliases in entity.aliases.values():
                for alias in _with_plurals(entity, aliases):
                    exact = (alias.isascii() and len(alias) <= 5 and _capitals(alias) >= 2) or (
                        entity.cased and alias != alias.lower()
                    )
                    weak = alias in entity.weak
                    patterns.setdefault(alias.lower(), []).append(
                        _Alias(
                            entity,
                            alias,
                            exact,
                            weak,
                            tuple(b.lower() for b in entity.not_followed_by),
                            tuple(b.lower() for b in entity.not_preceded_by),
                        )
                    )
            if entity.weak:
                self._contexts[entity.id] = (
                    _context_pattern(entity.context),
                    _context_pattern(entity.not_context),
                )
        for key, payload in patterns.items():
            self._automaton.add_word(key, (len(key), payload))
        self._automaton.make_automaton()
        self._empty = not patterns
        self._versioned = _versioned_names(vocabulary)

    def find(self, text: str, established: Collection[str] = ()) -> list[Mention]:
        """Non-overlapping mentions, leftmost-longest, in text order. A weak name of an
        entity in ``established`` (read as it earlier in the text) needs no context."""
        if self._empty:
            return []
        lowered = text.lower()
        candidates: list[tuple[int, int, Entity]] = []
        for end_index, (length, payload) in self._automaton.iter(lowered):
            start, end = end_index - length + 1, end_index + 1
            entity = self._accept(text, start, end, payload, established)
            if entity is None:
                start, end, entity = self._local_arm(text, start, end, payload, established)
            if entity is not None:
                candidates.append((start, end, entity))
        candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        mentions: list[Mention] = []
        last_end = -1
        for start, end, entity in candidates:
            if start >= last_end:
                mentions.append(Mention(start, end, entity, text[start:end]))
                last_end = end
        if self._versioned:
            mentions = [self._with_version(text, m) for m in mentions]
        return mentions

    def _local_arm(
        self, text: str, start: int, end: int, payload: list[_Alias], established: Collection[str]
    ) -> tuple[int, int, Entity | None]:
        """ "한국마이크로소프트", "엔비디아코리아", "AWS 코리아": a company's Korean arm, written
        as one word with its parent's name, acts as the parent (the dev gold: ko-519, ko-809).
        The whole name is the mention, so that the particle after it is read."""
        left = start - 2 if text.startswith("한국", max(0, start - 2)) and start >= 2 else start
        after = _KOREA_AFTER.match(text, end)
        right = after.end() if after is not None else end
        if (left, right) == (start, end):
            return start, end, None
        entity = self._accept(text, start, end, payload, established, (left, right))
        if entity is None or entity.kind != "company":
            return start, end, None
        return left, right, entity

    def _with_version(self, text: str, m: Mention) -> Mention:
        """ "'NV링크 6' 퓨전", "NVLink 6 Fusion": a version number between the words of a
        longer name still names that longer thing (NVLink Fusion), not the shorter one."""
        for pattern, entity in self._versioned.get(m.text.lower(), ()):
            hit = pattern.match(text, m.end)
            if hit is not None:
                return Mention(m.start, hit.end(), entity, text[m.start : hit.end()])
        return m

    def _in_context(self, entity: Entity, text: str) -> bool:
        wanted, unwanted = self._contexts[entity.id]
        return wanted.search(text) is not None and unwanted.search(text) is None

    def _accept(
        self,
        text: str,
        start: int,
        end: int,
        payload: list[_Alias],
        established: Collection[str],
        bounds: tuple[int, int] | None = None,
    ) -> Entity | None:
        """The entity an alias found at ``[start, end)`` names there, if any; ``bounds``, when
        given, is the wider name whose edges must stand clear (a company's Korean arm)."""
        left, right = bounds if bounds is not None else (start, end)
        for entity, alias, exact, weak, not_followed, not_preceded in payload:
            if exact and text[start:end] != alias:
                continue
            if not _boundaries_ok(text, left, right, text[left:right] if bounds else alias):
                continue
            if weak and entity.id not in established and not self._in_context(entity, text):
                continue  # "Prometheus" with no word of Meta's cluster around it
            if not_followed and text[end : end + 16].lower().startswith(not_followed):
                if entity.kind in ("chip", "system") and _VARIANT.match(text, end):
                    return _variant_of(entity)
                continue
            if entity.kind in ("chip", "system") and _VARIANT.match(text, end):
                # "Blackwell Ultra", "Rubin CPX": another product than the family, named
                # (kind "variant") so that no rule falls back to the chip in focus
                return _variant_of(entity)
            if not_preceded and text[max(0, start - 16) : start].lower().endswith(not_preceded):
                continue
            return entity
        return None


class _Alias(NamedTuple):
    """One alias of one entity in the automaton: ``exact`` when only its written case
    counts, ``weak`` when it needs a word of the entity's context in the same text."""

    entity: Entity
    alias: str
    exact: bool
    weak: bool
    # the entity's not_followed_by / not_preceded_by, lower-cased once (each mention would
    # otherwise lower every block again)
    not_followed: tuple[str, ...]
    not_preceded: tuple[str, ...]


def _context_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word (for Latin letters; a Korean word may run on into
    its particle). No words: a pattern that never matches, so a weak alias stays unused."""
    if not words:
        return re.compile(r"(?!)")
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z0-9])(?:{body})(?![A-Za-z0-9])", re.IGNORECASE)


_VARIANTS: dict[str, Entity] = {}


def _variant_of(entity: Entity) -> Entity:
    variant = _VARIANTS.get(entity.id)
    if variant is None:
        variant = Entity(id=f"{entity.id}+variant", kind="variant", aliases={})
        _VARIANTS[entity.id] = variant
    return variant


_VARIANT = re.compile(r"\s(?:Ultra|CPX|Max|Mini|Lite)(?![\w])")
_VERSION = r"\s?['\"’”]?\s?(?:v|gen\s?)?\d+(?:\.\d+)?(?:세대)?\s?['\"’”]?\s?"


def _versioned_names(vocabulary: Vocabulary) -> dict[str, list[tuple[re.Pattern[str], Entity]]]:
    """For each alias that is the first word(s) of another entity's alias ("NVLink" of
    "NVLink Fusion"): the pattern of the rest after a version number.

    Each long alias is cut at each of its spaces and the part before looked up among the
    aliases (all pairs would be ~600,000 comparisons, a third of a second at every start);
    the entries keep the order of the pairs, short alias first."""
    aliases = [
        (alias, entity)
        for entity in vocabulary.entities.values()
        for names in entity.aliases.values()
        for alias in names
    ]
    by_head: dict[tuple[int, str], list[int]] = {}
    for i, (short, _) in enumerate(aliases):
        by_head.setdefault((len(short), short.lower()), []).append(i)
    pairs: list[tuple[int, int]] = []
    for j, (long, long_entity) in enumerate(aliases):
        for cut, char in enumerate(long):
            if not char.isspace():
                continue
            for i in by_head.get((cut, long[:cut].lower()), ()):
                short, short_entity = aliases[i]
                if short_entity.id != long_entity.id and long.lower().startswith(short.lower()):
                    pairs.append((i, j))
    table: dict[str, list[tuple[re.Pattern[str], Entity]]] = {}
    for i, j in sorted(pairs):
        short, long, long_entity = aliases[i][0], aliases[j][0], aliases[j][1]
        rest = long[len(short) :].strip()
        if not rest:
            continue
        pattern = re.compile(_VERSION + re.escape(rest) + r"(?![A-Za-z0-9])", re.IGNORECASE)
        table.setdefault(short.lower(), []).append((pattern, long_entity))
    return table


def _with_plurals(entity: Entity, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """A chip's or system's English names with their plural ("WSE-3s", "MI355Xs", "Gaudi
    3s"): a plural s is part of the name, as in the listed "B200s", for every name that ends
    in a digit or a capital."""
    if entity.kind not in ("chip", "system"):
        return aliases
    plurals = [f"{a}s" for a in aliases if a.isascii() and (a[-1].isdigit() or a[-1].isupper())]
    return tuple(dict.fromkeys((*aliases, *plurals)))


# the Korean arm's suffix: "엔비디아코리아", "델 테크놀로지스 코리아"
# a company's Korean arm ("엔비디아코리아", "AWS 코리아") or its cloud arm written as one word
# with it ("KT클라우드", "카카오클라우드"): the company acting
_KOREA_AFTER = re.compile(r"\s?코리아|클라우드")


def _boundaries_ok(text: str, start: int, end: int, alias: str) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    first, last = alias[0], alias[-1]
    if _is_word(first) and _is_word(before):
        return False
    if _is_hangul(first) and _is_hangul(before):
        return False
    if _is_word(last) and _is_word(after):
        # "TPUs" / "B200s": a plural s is part of the name, other letters are not
        return False
    if _is_hangul(after):
        # "공급사는 SK하이닉스다.", "고객은 메타라고": the copula and the quoting ending after a
        # name that ends in a vowel, as a whole word
        return text.startswith(_PARTICLE_STARTS, end) or _COPULA_AFTER.match(text, end) is not None
    return True


COPULA_ENDINGS: tuple[str, ...] = (
    "다",
    "라고",
    "라며",
    "라면서",
    "였다",
    "였고",
    "였으며",
    # the polite copula of spoken answers and blogs ("공급사는 SK하이닉스입니다", "안녕하세요,
    # 퓨리오사AI입니다", "첫 고객은 카카오예요")
    "입니다",
    "예요",
)
"""Copula and quoting endings a name ending in a vowel may run into, as a whole word."""
_COPULA_AFTER = re.compile(rf"(?:{'|'.join(COPULA_ENDINGS)})(?![가-힣])")
