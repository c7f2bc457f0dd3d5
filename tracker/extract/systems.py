"""Systems versus chips: whose figure a number is.

A pod, rack or UltraServer is made of chips, and news gives figures for both: "a Trn2
UltraServer stitches 64 of the chips together and reaches 83.2 petaflops" (the 83.2 is
the system's), "Each of those racks holds 72 Blackwell GPUs" after a GB200 NVL72 rack was
named (the count belongs to the GB200 system, not the Blackwell family), "more than
400,000 GB200 GPUs …, a fleet that began with a single NVL72 rack" (a fleet total, never
a count per system). These helpers let the sentence-level rules tell them apart.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import Sentence
from tracker.extract.entities import Mention
from tracker.extract.quantities import MAX_SCALE_UP, QuantityMatch
from tracker.extract.system_names import _LARGEST_SYSTEM
from tracker.extract.text import Span
from tracker.extract.vocabulary import Entity

_PRODUCT_KINDS = ("chip", "system")
# a system noun right after a product's name: "Trn2 UltraServer", "Ironwood pod"
_SYSTEM_AFTER = re.compile(
    r"(?:\s(?:NVL\d+|\d+-chip|\d+-GPU))?\s(?:UltraServers?|superpods?|pods?|racks?|"
    r"systems?|servers?|clusters?)\b",
    re.I,
)
# a rack-scale system's name: "GB200 NVL72", "GB300 NVL72"
_NVL = re.compile(r"\s?NVL\d+")
_PER_CHIP = re.compile(
    r"\b(?:per|each|every|a\ssingle|one)[\s-](?:chip|gpu|accelerator|die|package)\b", re.I
)
# a count far above the largest scale-up domain (quantities.MAX_SCALE_UP, 9,216 chips) is
# a fleet, whatever rack or pod the sentence mentions
FLEET_FLOOR = 50_000
_BACK_TO_SYSTEMS = re.compile(
    r"\b(?:each|every|one|a single|per)\s(?:of\s)?(?:those|these|the|such)?\s?(?:racks?|pods?|"
    r"systems?|servers?|UltraServers?)\b|\b(?:those|these|the)\s(?:racks?|pods?|systems?|"
    r"UltraServers?)\b"
    # "NVL72 랙 하나에는", "랙 하나에", "한 랙에", "랙당": one rack of the system in view;
    # "이 랙에는", "해당 랙마다": the rack just named
    r"|랙\s?(?:하나|한\s?대|1개|1대)|한\s?랙|랙당|(?:이|그|해당)\s랙(?:에|마다)",
    re.I,
)


# one system as the frame of a count: "Each server carries eight B200 GPUs", "DGX B200
# systems, each of which carries eight", "a box, which links 16 MI355X chips", "the
# server holds eight cards": a distributive or singular system noun before the count
_SYSTEM_NOUN = (
    r"(?:racks?|servers?|systems?|nodes?|boxe?s?|chassis|trays?|boards?|baseboards?|"
    r"platforms?|pods?|superpods?|UltraServers?|appliances?|blades?)"
)
_ONE_SYSTEM = re.compile(
    rf"\b(?:each|every|per|a\ssingle|one)\s(?:of\s(?:the|these|those|its|our|their)\s)?"
    rf"(?:[\w-]+\s){{0,2}}?{_SYSTEM_NOUN}\b"
    rf"|\b{_SYSTEM_NOUN},?\s(?:each\sof\swhich|which|that)\s(?:\w+\s)?"
    rf"(?:links?|holds?|packs?|carries|carry|houses?|contains?|joins?|combines?|ties?|"
    rf"connects?|puts?|fits?|integrates?)\b"
    # "The SR680a, a Lenovo 8U server, carries eight …", "the server, the SR680a, packs
    # …": an apposition may stand between the singular system noun and its verb
    rf"|\b(?:[Ss]erver|[Ss]ystem|[Nn]ode|[Bb]ox|[Bb]oard|[Cc]hassis|[Aa]ppliance)"
    rf"(?:,\s[^,.;]{{1,48}},|,)?\s"
    rf"(?:holds|packs|carries|houses|contains|joins|combines|ties|connects|fits|puts)\b",
    re.I,
)
# plural systems counted together: "GB300 NVL72 systems containing up to 28,800 GPUs" is
# the chips of all of them, unless each is said ("… 72 GPUs each", "apiece")
_PLURAL_SYSTEMS = re.compile(
    r"\b(?:racks|servers|systems|nodes|pods|superpods|UltraServers|boxes)\b[^.;]{0,30}$",
    re.I,
)
_EACH_AFTER = re.compile(
    r"[^.;,]{0,24}?\b(?:each|apiece|per\s(?:rack|system|server|node|pod))\b"
    # "8 Gaudi 3 cards per one node", "eight cards sit in one chassis", "four chips per
    # compute tray": one system named after the count, by a bare "per" or by one / a single /
    # each / every ("in the server halls", "into the system it calls …" name no one system)
    r"|[^.;,]{0,24}?\b(?:per\s(?:one\s|a\ssingle\s|each\s|every\s)?"
    r"|(?:in|into|inside|on)\s(?:one|a\ssingle|each|every)\s)"
    r"(?:[\w-]+\s)?(?:rack|system|server|node|pod|tray|board|baseboard|chassis|box|blade)\b"
    # the system noun is the head, not a modifier of another noun ("one server hall"):
    # punctuation, the end, a function word, an auxiliary or a participle follows it
    r"(?=\s*$|\s*[,.;:)]|\s(?:and|or|with|for|to|of|at|in|on|from|by|across|that|which"
    r"|while|but|as|each|apiece|today|now|is|are|was|were|has|have|had|can|could|will"
    r"|would|may|might|so|here|there)\b|\s\w+(?:ed|ing)\b)"
    # "holds eight MI355X GPUs in a 5U liquid-cooled chassis": one box, whatever its size
    r"|[^.;,]{0,40}?\b(?:in|into|inside)\sa\s(?:[\w-]+\s(?:or\s)?){0,3}?"
    r"(?:chassis|server|node|box|tray|blade|baseboard)\b(?!\s(?:hall|room|farm|park|floor))",
    re.I,
)


def one_system_frame(s: Sentence, q: QuantityMatch, clause: Span) -> bool:
    """Whether a count is framed as what one system holds: a distributive ("each server",
    "per node", "each of which") or singular system noun before it in its clause, or
    "each"/"apiece" right after it."""
    lo = clause.start
    own = s.inner_of(q.start)
    if own is not None:
        lo = max(0, own.start - 24)  # the antecedent of ", each of which carries …"
    window = s.text[lo : q.start]
    if _ONE_SYSTEM.search(window) is not None:
        return True
    # a count larger than any one system is a fleet however it is said after the figure
    return q.high <= _LARGEST_SYSTEM and _EACH_AFTER.match(s.text, q.end) is not None


def plural_total(s: Sentence, q: QuantityMatch, clause: Span) -> bool:
    """A count after plural systems with no word that distributes it and larger than any
    one scale-up domain ("systems containing up to 28,800 GPUs"): the chips of all of
    them, not of one ("pods that scale to 9,216 chips" stays one pod's)."""
    if q.high <= MAX_SCALE_UP:
        return False
    window = s.text[clause.start : q.start]
    if _PLURAL_SYSTEMS.search(window) is None and not _INTO_PLURAL_SYSTEMS.match(s.text, q.end):
        return False
    return not one_system_frame(s, q, clause)


# "deploying 50,000 MI450 GPUs in AMD's Helios racks": the chips go into many systems
_INTO_PLURAL_SYSTEMS = re.compile(
    r"[^.;,]{0,90}?\s(?:in|into|across|inside)\s(?!each\b|every\b|one\b|a\b|the\ssame\b)"
    r"(?:[\w'’-]+\s){0,3}?(?:racks|servers|systems|nodes|pods|superpods|UltraServers)\b",
    re.I,
)


def system_figure(s: Sentence, q: QuantityMatch) -> bool:
    """Whether the clause that states ``q`` is about a system named by a product and a
    system noun ("a Trn2 UltraServer … reaches 83.2 petaflops")."""
    clause = s.clause_of(q.start)
    before = [m for m in s.of_kind(_PRODUCT_KINDS, clause) if m.end <= q.start and not m.anaphoric]
    if not before:
        return False
    head = before[0]
    if _SYSTEM_AFTER.match(s.text, head.end) is None:
        return False
    return _PER_CHIP.search(s.text, head.end, q.start) is None


def is_fleet_count(q: QuantityMatch) -> bool:
    """A count too large to be one system's: a fleet or deployment total."""
    return q.high > FLEET_FLOOR


def rack_member(s: Sentence, subject: Entity) -> Entity | None:
    """The system a family's per-rack count belongs to: "Each of those racks holds 72
    Blackwell GPUs" right after a GB200 rack was named is a count of the GB200 system. A
    list item under a product's heading ("What's inside / - 72 Blackwell Ultra GPUs in a
    single NVLink domain") refers back to the product the page is about without saying so."""
    named_rack = s.language == "ko" and any(
        m.id == subject.id and _rack_named(s, m) for m in s.of_kind(_PRODUCT_KINDS)
    )
    # "- GB300 NVL72 랙 한 대당 GPU: 72개" under a B300 heading: the rack named is the system
    if s.is_item and not named_rack and (member := _family_in_focus(s, subject, 8)) is not None:
        return member
    if not _BACK_TO_SYSTEMS.search(s.text):
        return None
    products = s.of_kind(_PRODUCT_KINDS)
    if s.language == "ko" and any(m.id == subject.id and _rack_named(s, m) for m in products):
        return None  # "GB300 NVL72 한 랙에는 B300 GPU 72개": the rack named is the system
    # "Our GB200 NVL72 racks went live in August; every rack ties 72 Blackwell GPUs …":
    # the system named as racks earlier in the same sentence ("GB200 NVL72 기반 클러스터를 …,
    # 랙 하나에는 블랙웰 GPU 72개")
    for m in products:
        if m.entity.parent == subject.id and (
            named_system(m, s) or (s.language == "ko" and _rack_named(s, m))
        ):
            return m.entity
    # "Quanta, which builds GB300 NVL72 racks …; each rack houses 72 Blackwell Ultra GPUs":
    # the rack's chips are a sibling in its family (B300 in a GB300 rack), and the rack is
    # the system the back reference names ("each server" does not go back to racks)
    if subject.parent is not None:
        for m in s.of_kind(_PRODUCT_KINDS):
            if (
                m.id != subject.id
                and m.entity.parent == subject.parent
                and (_same_noun(s, m) or (s.language == "ko" and _rack_named(s, m)))
            ):
                return m.entity
    # a Korean text goes on about the rack over a few lines of power and weight before it
    # counts one rack's chips ("GB200 NVL72 랙 24대 … 랙당 소비전력은 … 랙 하나에는 블랙웰 GPU
    # 72개"): the family member stays the rack for longer
    return _family_in_focus(s, subject, window=5 if s.language == "ko" else 2)


# one system referred back to: "The system links", "Each rack joins" (not "the systems")
_ONE_SYSTEM_BACK = re.compile(
    r"\b(?:the|this|that|each|every|one|a\ssingle)\s(?:system|rack|pod|superpod|server"
    r"|UltraServer)\b(?!['’-])",
    re.I,
)


def system_in_view(s: Sentence, q: QuantityMatch, clause: Span) -> bool:
    """Whether an English count of a chip is one system's told back of a system in view:
    "Huawei showed the CloudMatrix 384. The system links 384 Ascend 910C chips" (the system
    just named holds that chip), with no rack word the predicate's triggers know."""
    if s.language != "en" or not _ONE_SYSTEM_BACK.search(s.text, clause.start, q.start):
        return False
    chip = s.chip_near(q)
    return chip is not None and _family_in_focus(s, chip.entity, window=2) is not None


def _rack_named(s: Sentence, m: Mention) -> bool:
    """A product named as a rack-scale system: "GB200 NVL72" (the alias holds it) or
    "GB300 NVL72" written after a shorter alias."""
    return "NVL" in m.text.upper() or _NVL.match(s.text, m.end) is not None


def _family_in_focus(s: Sentence, subject: Entity, window: int) -> Entity | None:
    """The product in focus whose chips the subject's are: "our first GB300 NVL72 rack …
    Each of these racks packs 72 Blackwell Ultra GPUs" (the rack's chips are its family's
    members: B300 in a GB300 rack, B200s in a GB200 rack)."""
    # "▶ 헬리오스 랙 / · 랙당 GPU: MI450 72개": a rack-scale system in view built of the chip
    held = s.focus.get("system", s.index, window)
    if held is not None and held.gpu == subject.id:
        return held
    recent = s.focus.get("chip", s.index, window)
    if recent is None or recent.id == subject.id:
        return None
    if recent.parent != subject.id and (recent.parent is None or recent.parent != subject.parent):
        return None
    return recent


def _noun(word: str) -> str:
    return word.lower().removesuffix("s")


def _same_noun(s: Sentence, m: Mention) -> bool:
    """Whether the system noun after a product is the one a back reference names."""
    after = _SYSTEM_AFTER.match(s.text, m.end)
    back = _BACK_TO_SYSTEMS.search(s.text, m.end)
    if after is None or back is None:
        return False
    return _noun(after.group(0).split()[-1]) == _noun(back.group(0).split()[-1])


def named_system(m: Mention, s: Sentence) -> bool:
    """A product mention followed by a system noun."""
    return _SYSTEM_AFTER.match(s.text, m.end) is not None


# "has installed 300 GB200 NVL72 racks", "shipped 300 CloudMatrix 384 supernodes", "40 Ironwood
# superpods": the systems counted, not the chips in one of them
# "64랙(GPU 총 4,608개 …)", "8노드": racks or nodes counted, the number their counter's
_COUNTED_SYSTEMS_KO = re.compile(
    r"(?:랙|노드)(?!당)"
    # "약 139대의 GB300 NVL72 랙에 나뉘어", "서버 16대의": machines counted by 대 before them
    r"|(?:(?<=대)|\s?대)의\s(?:[^\s,.]+\s){0,3}?(?:랙|서버|시스템|노드|포드|슈퍼팟|슈퍼노드|울트라서버)"
)
_COUNTED_SYSTEMS = re.compile(
    r"\s(?:more\s|new\s|additional\s|of\sits\s|of\sthe\s)?"
    r"(?:(?!(?:chips?|gpus?|accelerators?|processors?|in|of|per|across|with|each|into|and)\b)"
    r"[\w][\w-]*\s){0,3}?(?:racks|pods|superpods|supernodes|servers|systems|nodes|ultraservers)\b",
    re.I,
)


def counted_systems(s: Sentence, q: QuantityMatch) -> bool:
    """Whether a count is followed by the systems it counts: "300 racks", and in Korean a
    bare number with the system as its counter ("GB300 NVL72 64랙", "서버 16대의")."""
    if s.language == "ko":
        return _COUNTED_SYSTEMS_KO.match(s.text, q.end) is not None
    return _COUNTED_SYSTEMS.match(s.text, q.end) is not None
