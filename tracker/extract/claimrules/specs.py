"""Specification rules: a chip's peak compute, memory capacity and bandwidth, and the
number of chips in a system (timeless facts about a product)."""

from __future__ import annotations

import functools
import re

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import (
    _BACK_TO_CHIPS,
    _PRODUCT_KINDS,
    Candidate,
    RuleState,
    _quantity,
)
from tracker.extract.claimrules.shared_specs_ko import specs_shared
from tracker.extract.claimrules.system_holders import (
    earlier_in_sentence,
    holding_system,
    per_system_part,
    topic_of_one_system,
    whole_system,
)
from tracker.extract.elided_memory_en import elided_memory_en
from tracker.extract.headline_subject import heads_line
from tracker.extract.machine_counts import counts_machines_en
from tracker.extract.memory_use_ko import memory_told_before_ko
from tracker.extract.quantities import QuantityMatch
from tracker.extract.references import latter_or_former, memory_referred
from tracker.extract.single_chip_en import single_chip_systems
from tracker.extract.spec_owners import (
    compared_figure,
    figure_owner,
    measured,
    summed,
)
from tracker.extract.spec_status import spec_modality
from tracker.extract.system_frames_ko import (
    chip_dealt_out,
    chip_of_relative_system,
    chips_named_before_ko,
    each_into_one_system,
    relative_spec_modality,
    relative_system,
    relative_system_chip,
)
from tracker.extract.system_names import (
    named_system,
    system_after_adjective_en,
    system_after_ko,
    topic_system_ko,
)
from tracker.extract.systems import (
    counted_systems,
    is_fleet_count,
    one_system_frame,
    plural_total,
    rack_member,
    system_figure,
    system_in_view,
)
from tracker.extract.text import Span
from tracker.extract.timex import point_at
from tracker.extract.vocabulary import Entity

SPEC_UNITS = {"FLOP/s": "peak_compute", "B": "memory_capacity", "B/s": "memory_bandwidth"}
_NOT_MEMORY_BW = re.compile(
    r"interconnect|nvlink|network|\bici\b|scale-up|scale-out|chip-to-chip|die-to-die|\blink\b|칩\s?간|인터커넥트|네트워크|링크|"
    r"ethernet|이더넷|pcie|infiniband|bidirectional|bi-directional|양방향",
    re.IGNORECASE,
)
# "랙" not inside "블랙웰" (Blackwell): a chip name is no rack
_SYSTEM_WORDS = re.compile(
    r"pod|슈퍼포드|슈퍼파드|포드|파드|팟|cluster|클러스터|rack|(?<!블)랙|system|시스템"
    # a cloud's virtual machine ("VM당 HBM 용량은 768GB", "인스턴스 한 대에는 칩 4개"): a
    # slice of servers rented out, no chip's figure and no system of the vocabulary
    r"|\bVMs?\b|VM당|인스턴스|\binstances?\b|virtual\smachines?",
    re.I,
)


_VIRTUAL = re.compile(r"\bVMs?\b|VM당|인스턴스|\binstances?\b|virtual\smachines?", re.I)


_PRONOUN_START = re.compile(
    r"(?:it|its|each chip|the chip|per chip|per-chip|each|on a per-chip basis|"
    r"이는|이 칩|해당 칩|칩당|칩 하나)\b",
    re.I,
)
# chips joined into a cluster, or spread across a fleet or its sites ("more than 25,000
# Nvidia GPUs across its fleet", "40,000 GPUs across four sites"): no one system's fill
_CLUSTER_WORDS = re.compile(
    r"클러스터|cluster|데이터센터|data center|\b(?:across|in|throughout)\s(?:its|their|our|the|\w+)"
    r"\s(?:\w+\s)?(?:fleet|sites|campuses|regions|facilities|data\scenters|(?:data\s)?halls"
    r"|buildings|locations)\b|\bin\s(?:production|service|operation)\b",
    re.I,
)
# a fleet named before the count ("its GB200 NVL72 fleet now tops 20,000 GPUs", "the
# installed base of GB300 racks stands at 9,000 GPUs"): a total, whatever rack it is made of,
# unless one system is singled out after it ("a fleet of racks, each with 72 GPUs")
_FLEET_BEFORE = re.compile(
    r"\b(?:fleet|installed\sbase|footprint|estate)\b"
    r"(?![^.;]*\b(?:each|every|per|apiece|in\swhich|where|whose)\b)",
    re.I,
)


_CLUSTER_OF = re.compile(r"\bclusters?\sof\s(?:up\sto\s|as many as\s)?$|클러스터", re.I)

# a figure given for one accelerator of a system ("GPU 한 개에는", "GPU당", "칩 1개의",
# "each GPU", "8TB/s of bandwidth per GPU"): the system's chip, not the system
_PER_GPU_BEFORE = re.compile(
    r"(?:GPU|칩|가속기)\s?(?:한\s?개|하나|1\s?개|당|마다)|"
    r"\b(?:each|every|per|a single|one)[\s-](?:GPU|chip|accelerator)\b",
    re.I,
)
# a figure stated for one memory stack ("스택당 대역폭은", "12단 기준 용량은", "each HBM4
# stack delivers", "per stack"): the memory part's, no chip's specification
_PER_STACK = re.compile(
    r"스택\s?(?:당|하나|1\s?개|마다|기준)|\d+\s?단\s?기준|"
    r"\b(?:per|each|every|a single|one)[\s-](?:HBM\w*\s)?stack\b"
    # "twelve-high stacks, at 36 GB apiece", "eight stacks of 36 GB": the figure of one
    r"|\bstacks?,?\s(?:of|at)\s(?:about\s|roughly\s|some\s)?$"
    # "Micron's 12-high HBM3E stacks (36GB each)": the stack's, told in its parenthesis
    r"|\bstacks?\s\($"
    # "its HBM4 stacks now top 2.5 TB/s apiece": a stack is what the clause measures
    r"|\bstacks?\s(?:now\s|already\s)?(?:run|runs|deliver|delivers|reach|reaches|hit|hits|offer"
    r"|offers|provide|provides|top|tops)\s(?:at\s|above\s|over\s|up\sto\s|about\s|more\sthan\s)?$",
    re.I,
)
# the figure of all of a chip's stacks together: "… deliver 8TB/s of bandwidth to the die",
# "… 8TB/s in total"
_ALL_STACKS_AFTER = re.compile(
    r"[^,;.]{0,30}?\b(?:(?:to|into|for)\sthe\s(?:die|chip|gpu|processor|package|compute\sdie)\b"
    r"|in\stotal\b|combined\b|together\b)",
    re.I,
)
_PER_STACK_AFTER = re.compile(
    r"[^,;.]{0,30}?\b(?:per|a)[\s-]stack\b"
    # "ships 36GB HBM3E stacks", "a 48GB 12-high stack": the figure names the stack
    r"|\s(?:[\w]+-high\s)?(?:HBM\w*\s)?(?:[\w]+-high\s)?stacks?\b"
    # "its 36 GB, 12-high HBM4", "a 36GB twelve-high HBM3E": a figure naming the stack's height
    # is the stack's (a chip's memory is "288 GB of HBM4", "Memory: 432 GB HBM4")
    r"|,?\s(?:[a-z\d]+-(?:high|hi|layer)|(?:8|12|16)H)\b",
    re.I,
)
_PER_GPU_AFTER = re.compile(
    r"[^,;.]{0,30}?\bper[\s-](?:GPU|chip|accelerator)\b"
    # "… of HBM3E on every one of them", "…, each of them": the chips just talked about
    r"|[^,;.]{0,30}?\b(?:on|in|for|to)?\s?(?:every|each)\s(?:single\s)?(?:one\s)?of\sthem\b",
    re.I,
)


def spec_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """peak_compute / memory_capacity / memory_bandwidth of a chip (timeless)."""
    out: list[Candidate] = []
    for i, q in enumerate(s.quantities):
        predicate = SPEC_UNITS.get(q.unit)
        # "the MI300X achieved 1.3 petaflops in SemiAnalysis tests": a result, not a rating
        if (
            predicate is None
            or i in state.used
            or measured(s.text, s.clause_of(q.start), q.start)
            or per_system_part(s, q)  # "2 TB … per server"
        ):
            continue
        around = s.text[max(0, q.start - 25) : q.end + 20]
        per_gpu, whole = _per_gpu(s, q), whole_system(s, q)
        if not (per_gpu or whole) and (
            _SYSTEM_WORDS.search(s.text[q.end : q.end + 12])
            or _SYSTEM_WORDS.search(s.text[max(0, q.start - 30) : q.start])
            or system_figure(s, q)
        ):
            continue  # a pod's or rack's total, not the chip's
        if predicate == "memory_bandwidth" and _NOT_MEMORY_BW.search(around):
            continue
        if _per_stack(s, q):
            continue
        after = s.nearest(_PRODUCT_KINDS, q.end, before=False, span=s.clause_of(q.start))
        if after is not None and s.is_compared(after):
            # "메모리 대역폭은 22TB/s로 블랙웰의 약 2.8배다", "…, about six times of the H20":
            # the chip compared
            after = None
        subject = s.nearest(_PRODUCT_KINDS, q.start) or after
        confidence = 0.85
        # "roughly matching the B200's 4.5 petaflops": the compared product owns its figure
        owner = figure_owner(s.text, s.of_kind(_PRODUCT_KINDS), q.start, q.end, s.language)
        if owner is not None:
            subject = owner
        elif compared_figure(s.text, q.start):
            continue  # "144 GB of HBM3E, twice the 72 GB of its predecessor"
        # "랙 하나의 연산 성능은": the named system's whole, else the chip
        entity = whole or latter_or_former(s, q.start) or (subject.entity if subject else None)
        if owner is None and subject is after and after and _PRONOUN_START.match(s.text):
            # "Each carries 256 GB …, a step over the MI300X it replaces": the chip under way
            entity = s.focus.get("chip", s.index, 2) or entity
        if entity is None and (_PRONOUN_START.match(s.text) or s.is_item):
            entity = s.focus.get("chip", s.index, 8 if s.is_item else 2)
        if entity is None and per_gpu:
            # "GPU 한 개의 연산 성능은 …": one of the product's chips, the product under way
            entity = _product_in_focus(s)
        if entity is None and not [
            m for m in s.of_kind((*_PRODUCT_KINDS, "variant")) if not s.is_compared(m)
        ]:
            # "메모리 대역폭은 22TB/s로 블랙웰의 약 2.8배다": the chip the text is about
            entity = s.focus.get("chip", s.index, 2) or _sole_chip(s)
        # "The MI355X carries 288GB of HBM3E, and the stacks deliver 8TB/s": the one chip the
        # sentence named before, in an earlier clause
        if (entity := entity or _chip_of_sentence_en(s, q)) is None:
            continue
        judged = entity.id
        if entity.gpu is not None and per_gpu and whole is None:
            # the spec of the rack's chip; whether it is out yet is the presented system's
            entity = s.vocabulary.entities.get(entity.gpu, entity)
        if subject is None:
            confidence = 0.65
        qualifiers: dict[str, str] = {}
        if predicate == "peak_compute" and (precision := _precision(s, q)):
            qualifiers["precision"] = precision
        if predicate == "memory_capacity" and (memory := _memory(s, q)):
            qualifiers["memory"] = memory
        valid = point_at(s.published)
        modality = spec_modality(s.modality(q.start, valid), s, judged)
        if modality is None:
            continue
        state.used.add(i)
        out.append(
            Candidate(
                entity.id,
                predicate,
                modality,
                valid,
                q.start,
                qualifiers,
                value=_quantity(q),
                confidence=confidence,
            )
        )
    return specs_shared(s, out)  # "B300과 MI355X는 나란히 288GB를": each chip's


def _chip_of_sentence_en(s: Sentence, q: QuantityMatch) -> Entity | None:
    """The one chip an English sentence names before a figure whose own clause names none
    (a memory figure of the chip's stacks, its die), not compared with another."""
    if s.language != "en" or s.clause_of(q.start).start == 0:
        return None
    named = [m for m in s.of_kind(_PRODUCT_KINDS) if not s.is_compared(m)]
    if len({m.id for m in named}) != 1 or named[0].start > q.start:
        return None
    return named[0].entity


def _sole_chip(s: Sentence) -> Entity | None:
    """The one chip a Korean document has named so far, when it has named no other chip or
    system: a teardown or review of one chip states its figures in subjectless lines
    ("측정 사양: 메모리 대역폭은 … 4.9TB/s로", "칩 전체 메모리는 144GB다") well after naming it."""
    if s.language != "ko" or len(s.focus.products) != 1:
        return None
    entity = s.vocabulary.entities.get(next(iter(s.focus.products)))
    return entity if entity is not None and entity.kind == "chip" else None


def _product_in_focus(s: Sentence) -> Entity | None:
    """The chip or system last named within four sentences (the later of the two)."""
    held = [s.focus.last[k] for k in ("chip", "system") if k in s.focus.last]
    recent = [(index, entity) for entity, index in held if s.index - index <= 4]
    return max(recent, key=lambda hit: hit[0])[1] if recent else None


def _per_stack(s: Sentence, q: QuantityMatch) -> bool:
    """Whether a figure is stated for one memory stack (earlier in its clause, or "per
    stack" right after it)."""
    if _PER_STACK_AFTER.match(s.text, q.end):
        return True
    clause = s.clause_of(q.start)
    if _PER_STACK.search(s.text, max(clause.start, q.start - 40), q.start):
        # "the stacks deliver 8TB/s of bandwidth to the die": all of them, the chip's
        return _ALL_STACKS_AFTER.match(s.text, q.end) is None
    return _per_stack_ko(s)


def _per_stack_ko(s: Sentence) -> bool:
    """A Korean sentence about a memory product, naming no chip ("이번에 공급하는 HBM3E 12H는
    … 개당 36GB 용량을 구현한 제품이다"): its figures are that product's."""
    return (
        s.language == "ko"
        and not s.of_kind(_PRODUCT_KINDS)
        and any(m.kind == "memory" and _MEMORY_TOPIC_KO.match(s.text, m.end) for m in s.mentions)
    )


_MEMORY_TOPIC_KO = re.compile(r"(?:\s?[A-Za-z0-9단-]{1,6})?(?:은|는)\s")


def _per_gpu(s: Sentence, q: QuantityMatch) -> bool:
    """Whether a figure is stated for one accelerator: a per-GPU phrase earlier in its
    clause, or (English) "per GPU" right after it."""
    if _PER_GPU_AFTER.match(s.text, q.end):
        return True
    clause = s.clause_of(q.start)
    before = s.text[max(clause.start, q.start - 40) : q.start]
    phrases = list(_PER_GPU_BEFORE.finditer(before))
    # "every GPU in the rack shares 13.4TB": a system word after the phrase makes it a total
    return bool(phrases) and not _SYSTEM_WORDS.search(before, phrases[-1].end())


@functools.cache
def _right_after(token: str) -> re.Pattern[str]:
    """A precision token right after a figure: " at FP8", " in dense BF16"."""
    return re.compile(rf"\s(?:at|in|of|for)\s(?:dense\s|sparse\s)?{re.escape(token)}\b", re.I)


@functools.cache
def _standing(token: str) -> re.Pattern[str]:
    """A precision token standing alone (not inside a longer name)."""
    return re.compile(rf"(?<![A-Za-z0-9]){re.escape(token)}(?![A-Za-z0-9])", re.I)


def _precision(s: Sentence, q: QuantityMatch) -> str | None:
    after = s.text[q.end : q.end + 24]
    for token in s.vocabulary.cue_list("precision", "tokens"):
        # "2.6 petaflops at FP8 and 1.3 petaflops at FP16": a precision right after the
        # figure is its own, however near the one before it is
        if _right_after(token).match(after):
            return _base_precision(token.lower())
    window = s.text[max(0, q.start - 20) : q.end + 20]
    centre = q.start - max(0, q.start - 20)
    best: tuple[int, str] | None = None
    for token in s.vocabulary.cue_list("precision", "tokens"):
        for m in _standing(token).finditer(window):
            dist = abs(m.start() - centre)
            if best is None or dist < best[0]:
                best = (dist, token.lower())
    if best is None:
        tokens = {
            t.lower()
            for t in s.vocabulary.cue_list("precision", "tokens")
            if _standing(t).search(s.text)
        }
        if len(tokens) == 1:
            return _base_precision(tokens.pop())  # "Peak FP4 throughput for MI355X: ~10 PF"
    return _base_precision(best[1]) if best else None


def _base_precision(token: str) -> str:
    """ "nvfp4"/"mxfp4" are FP4 formats, "mxfp8" an FP8 one (the GUIDE's precisions)."""
    for prefix in ("nv", "mx"):
        if token.startswith(prefix):
            return token[len(prefix) :]
    return token


def _memory(s: Sentence, q: QuantityMatch) -> str | None:
    # near the figure's start, or right after its end ("a hundred and ninety-two gigabytes
    # of HBM3E": a figure in words is long)
    pool = [
        m
        for m in s.of_kind(("memory",))
        if abs(m.start - q.start) <= 30 or 0 <= m.start - q.end <= 12
    ]
    named = {m.id for m in s.of_kind(("memory",))}
    heads = heads_line(s, q.start, q.end)
    if not pool and len(named) == 1 and (heads or memory_told_before_ko(s, q.start)):
        # "▲ 288GB: 엔비디아 B300(블랙웰 울트라) GPU 한 개에 붙는 HBM3E 메모리 용량": a figure
        # heading its line is described by the rest of the line, however long
        return named.pop()
    if not pool and not named and s.language == "ko":
        # "세 칩 모두 HBM3E를 쓴다. B300과 MI355X는 나란히 288GB를 얹었고 …": the memory the
        # sentence before named is the one whose capacity is given
        recent = s.focus.get("memory", s.index, 1)
        return recent.id if recent is not None else None
    if not pool:
        # "288GB of the memory" after "HBM3E stacks"; "… 141 GB of HBM3E; the B200 … 192 GB"
        return memory_referred(s, q.end) or elided_memory_en(s, q)
    return min(pool, key=lambda m: abs(m.start - q.start)).id


# a figure heading its line, after a bullet at most, and a colon or dash after it


_NEW_SUBJECT_EN = re.compile(r",\s+and\s+(?:the\s)?(?:[A-Z]|xAI\b)")


def _system_word_elsewhere(s: Sentence, clause: Span, q: QuantityMatch) -> bool:
    """Whether every rack/pod/system word of the clause lies across a ", and <Subject>"
    joint from the count: that word belongs to another statement. A clause with none (a
    system named instead: "CloudMatrix 384 comprises 384 …") has none elsewhere either."""
    pattern = s.triggers.get(("chips_per_system", s.language))
    if pattern is None:
        return False
    hits = list(pattern.finditer(s.trigger_text, clause.start, clause.end))
    for hit in hits:
        lo, hi = sorted((hit.start(), q.start))
        if not _NEW_SUBJECT_EN.search(s.text, lo, hi) and not _other_chips_systems(s, q, hit):
            return False
    return bool(hits)


def _other_chips_systems(s: Sentence, q: QuantityMatch, hit: re.Match[str]) -> bool:
    """Whether the system word after the count is that of another chip named between
    them ("about 4,000 B200s, alongside the older H100 pods"): those chips' systems."""
    if hit.start() <= q.end:
        return False
    counted = s.chip_near(q)
    between = s.of_kind(("chip",), Span(q.end, hit.start()))
    return counted is not None and any(m.id != counted.id for m in between)


# a bare figure that sizes each of the systems before it: "in pods of up to 9,216", "racks
# of 72"
_SYSTEMS_OF = re.compile(
    r"\b(?:pods|superpods|racks|UltraServers|servers|nodes|systems)\sof\s(?:up\sto\s|as\smany"
    r"\sas\s)?$",
    re.I,
)
# systems counted beside the chips: "랙 4대", "서버 10대", "4 racks", "16 servers" (not the
# racks one system's chips are spread over: "384 chips spread over 16 racks")
_SYSTEMS_COUNTED = re.compile(
    r"(?:랙|서버|시스템|포드)\s?\d[\d,]*\s?(?:대|개|기|식)(?!당)"
    r"|(?<!over\s)(?<!across\s)(?<!among\s)\b\d[\d,]*\s(?:racks|servers|pods)\b"
)
# "…, 72 GPUs each", "랙당", "한 대에": the count is per system after all
_EACH = re.compile(
    r"\beach\b|\bapiece\b|\bper\s(?:rack|server|pod|system)\b|당\s|[한1]\s?대에|하나에"
)


def chips_per_system_rule(s: Sentence, state: RuleState) -> list[Candidate]:
    """A count of chips in one rack, server, pod or system."""
    out: list[Candidate] = []
    for i, q in enumerate(s.quantities):
        if (
            i in state.used
            or q.unit not in ("count", "")
            or is_fleet_count(q)
            # "384 chips, spread over 12 compute racks": racks counted, not chips
            or (s.language == "en" and counts_machines_en(s.text, q.end))
        ):
            continue
        if s.text.startswith(("당", " 당"), q.end) or (
            _VIRTUAL.search(s.text, s.clause_of(q.start).start, q.start)
            and relative_system(s, q) is None  # "…, 칩 64개를 묶은 울트라서버는"
        ):
            # "MI450 1개당 HBM4 432GB": the unit a rate is per, no count of chips; "표준
            # 인스턴스(VM) 한 대에는 아이언우드 칩 4개": a rented slice, no system
            continue
        if counted_systems(s, q):
            # "has installed 300 GB200 NVL72 racks": systems counted, not their chips, and
            # no count of chips for the rules after this one either
            state.used.add(i)
            continue
        clause = s.clause_of(q.start)
        framed = (s.language == "en" and one_system_frame(s, q, clause)) or (
            # "8개씩 한 노드로", "8192개를 하나로 묶은 슈퍼노드"
            each_into_one_system(s, q) or relative_system(s, q) is not None
        )
        if (
            # "AMD's 72-GPU Helios rack": the count is the adjective of a system
            (adjective := system_after_adjective_en(s, q)) is None
            and not (framed or s.has_trigger("chips_per_system", clause))
            and not named_system(s, q, clause)
            and not system_in_view(s, q, clause)  # "The system links 384 Ascend 910C chips"
        ):
            continue  # no rack word, and no system named ("CloudMatrix 384 comprises 384 …")
        if s.language == "en" and not framed and _system_word_elsewhere(s, clause, q):
            continue  # "running GB200 racks, and Oracle expects 400,000 of the chips …"
        if (s.language == "en" and plural_total(s, q, clause)) or summed(
            s.text, q.start, q.end, s.language
        ):
            continue  # "GB300 NVL72 systems containing up to 28,800 GPUs": all of them
        if _SYSTEMS_COUNTED.search(s.text, clause.start, clause.end) and not _EACH.search(
            s.text, clause.start, clause.end
        ):
            continue  # "B200 GPU 2,048개와 GB200 NVL72 랙 4대": a purchase, not one rack's fill
        chip = (
            chip_of_relative_system(s, q)  # "칩 32개를 엮은 트레이니움2 울트라서버"
            or s.chip_near(q)
            or topic_of_one_system(s, q, clause)
            or chip_dealt_out(s, q)  # "MI325X는 보통 8개씩 한 노드로"
        )
        # "…에 들어가는 칩 수는 144개다": the chips named before the count
        back = (
            _BACK_TO_CHIPS.match(s.text, q.end) is not None
            or chips_named_before_ko(s, q)
            # "links the chips in pods of up to 9,216": the bare size of each system
            or (q.unit == "" and _SYSTEMS_OF.search(s.text, max(0, q.start - 24), q.start))
        )
        if chip is None and not back and not s.generic_count(q) and adjective is None:
            continue
        if (
            _CLUSTER_WORDS.search(s.text[q.end : q.end + 30])
            or _CLUSTER_OF.search(s.text[max(0, q.start - 24) : q.start])
            or (not framed and _FLEET_BEFORE.search(s.text, clause.start, q.start))
        ):
            continue  # chips joined into a cluster or a fleet, not one system
        others = [
            m
            for m in s.of_kind(_PRODUCT_KINDS, clause)
            if (chip is None or m.id != chip.id) and not s.is_compared(m)
        ]
        subject = chip.entity if chip is not None else None
        before = [m for m in others if m.start < q.start]
        if before and (chip is None or before[0].start < q.start):
            subject = before[-1].entity  # "the GB200 NVL72, a single rack housing 72 GPUs"
        elif others and chip is None:
            subject = others[0].entity
        # "MI450 72개를 탑재한 헬리오스 랙", "the 384 Ascend 910C chips inside the CloudMatrix
        # 384": the system the count is said to be in, whatever was named before
        subject = (
            system_after_ko(s, q, chip)
            or relative_system_chip(s, q)
            or adjective
            or holding_system(s, q, clause)
            or topic_system_ko(s, q)  # "'헬리오스'는 …, 한 랙에 MI450 GPU 72개가 들어간다"
            or subject
        )
        if subject is None and s.is_item:
            subject = s.focus.get("chip", s.index, 8)
        variant = bool(s.of_kind(("variant",)))
        if subject is None and chip is None and (back or s.generic_count(q)) and not variant:
            # "…아이언우드를 소개했는데, 포드 하나에 칩 9,216개를 묶을 수 있다": the product of
            # the sentence's earlier clause, else the last one in view
            subject = earlier_in_sentence(s, clause) or s.focus.get("chip", s.index, 2)
        if subject is None:
            continue
        subject = rack_member(s, subject) or subject
        if s.language == "ko" and _THIS_SYSTEM_KO.search(s.text, clause.start, q.start):
            # "이 시스템 한 대에는 어센드 910C 384개가": the system just named holds them
            subject = s.focus.get("system", s.index, 2) or subject
        valid = point_at(s.published)
        # a system built of a chip not yet on the market is not on the market either
        judged = chip.id if chip is not None and chip.id in s.upcoming else subject.id
        # a system's make-up told in a relative clause holds when the main verb denies a
        # use of the system ("칩 64개를 묶은 울트라서버는 아직 써 보지 못했다")
        modality = spec_modality(
            s.modality(q.start, valid) or relative_spec_modality(s, q), s, judged, system=True
        )
        if modality is None:
            continue
        state.used.add(i)
        out.append(
            Candidate(
                subject.id,
                "chips_per_system",
                modality,
                valid,
                q.start,
                value=_quantity(q, "count"),
            )
        )
    return out + single_chip_systems(s, state)  # "each CS-3 holds a single WSE-3"


# "이 시스템 한 대에는", "해당 랙 하나에": one of the system just named
_THIS_SYSTEM_KO = re.compile(
    r"(?:이|해당|그)\s(?:시스템|랙|서버|포드|슈퍼포드)\s?(?:한\s?대|하나|1대)(?:에|에는|당)"
)
