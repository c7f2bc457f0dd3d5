"""A network named as the fabric of a cluster or of a company's sites is adopted by the
cluster's owner (GUIDE, session 11: "Colossus runs on Spectrum-X" -> xAI adopts Spectrum-X,
on-prem).

Two English shapes the company-subject reading of :mod:`tracker.extract.tech_adoption`
misses:

- a cluster or facility is the subject of the use, its chips at most in an apposition:
  "Hyperion, the 2-gigawatt site, is wired together with InfiniBand", "the cluster runs on
  Spectrum-X", "Stargate uses Ultra Ethernet between its halls";
- the fabric itself is the subject, owned by "our" / "its" / "the": "Our fabric between racks
  is InfiniBand", "the back-end network will be Spectrum-X Ethernet" (the owner is the
  speaking company, else the cluster or company in view).

In Korean a cluster as the topic ("프로메테우스는", "프로메테우스의 GPU들은") adopting or being
linked by a network speaks for its owner the same way. The mode is on-prem: the switches
sit in the owner's own halls.
"""

from __future__ import annotations

import re

from tracker.extract.analysis import GENITIVE, TOPIC, Sentence
from tracker.extract.claimrules.common import Candidate, _anchors
from tracker.extract.entities import Mention
from tracker.extract.text import Span
from tracker.extract.told_use_en import told_future_use

# networks a site runs (an interconnect inside a product is that product's integration)
NETWORKS = frozenset({"spectrum-x", "infiniband", "ultra-ethernet"})
_SITES = ("cluster", "facility")
_ON_PREM = {"mode": "on-prem"}

# a use of a network, ending right before the network's name (modifiers allowed):
# "uses", "runs on", "is built on", "is wired together with", "relies on", "will be"
_USE_EN = re.compile(
    r"\b(?:uses?|using|used|runs?\s(?:on|over)|running\s(?:on|over)|ran\s(?:on|over)"
    r"|relies\son|relied\son|(?:is|are|was|were|will\sbe|has\sbeen|have\sbeen)\s(?:[\w-]+ly\s)?"
    r"(?:built\son|(?:stitched|wired|tied|linked|knit|knitted|networked|connected|joined|meshed)"
    r"(?:\s(?:together|up))?\s(?:with|by|over|on|through|via)))"
    r"\s(?:(?:an?|the|its|their|nvidia['’]s|\d{3}\s?g(?:b/s)?|\d{3}-gigabit|[\w-]+-based)\s){0,3}$",
    re.IGNORECASE,
)
# the fabric named as the subject: "our fabric between racks is", "the back-end network will
# be", "its scale-out networking runs on"
_FABRIC_EN = re.compile(
    r"\b(our|its|their|the)\s(?:[\w-]+\s){0,3}?(?:fabric|network|networking|interconnect"
    r"|fleet|fleets|nodes|racks|servers|halls|data\scent(?:er|re)s)"
    r"(?:\s(?:between|across|among|inside|within|for)\s(?:the\s)?[\w-]+(?:\s[\w-]+)?)?"
    r"\s(?:is|are|was|will\sbe|has\sbeen|uses|use|runs?\s(?:on|over)|relies\son|rely\son"
    r"|(?:is|are)\sbuilt\son|(?:is|are)\s(?:linked|connected|tied|wired)\s(?:by|with|over|via))"
    r"\s(?:(?:an?|the|nvidia['’]s|\d{3}\s?g(?:b/s)?|\d{3}-gigabit|[\w-]+-based)\s){0,3}$",
    re.IGNORECASE,
)
# an apposition between a site and its verb: ", the 100,000-H100 cluster in Memphis,"
_APPOSITION = re.compile(r"^,(?:[^,;]|,\d){1,80},\s(?:[\w-]+\s){0,2}$")
_CLOSE = re.compile(r"^\s(?:[\w-]+\s){0,2}$")  # "Colossus already runs on"


def fabrics_en(s: Sentence) -> list[Candidate]:
    """English adoptions of a network by a cluster's owner or the fabric's owner."""
    out: list[Candidate] = []
    for tech in s.of_kind(("technology",)):
        if tech.id not in NETWORKS or s.is_compared(tech):
            continue
        clause = s.clause_of(tech.start)
        before = s.text[max(clause.start, tech.start - 90) : tech.start]
        found = (
            _site_user(s, clause, tech, before)
            or _fabric_owner(s, clause, tech, before)
            or _linker(s, clause, tech, before)
            or _owned_fabric(s, clause, tech)
        )
        if found is None:
            continue
        owner, at = found
        if owner == tech.entity.maker:
            continue
        valid = s.valid_for(at, _anchors(s))
        own = _own_part(s, clause, tech)
        modality = told_future_use(s, s.modality(at, valid, own), own, at, valid)
        if modality is not None:
            out.append(Candidate(owner, "adopts", modality, valid, at, dict(_ON_PREM), tech.id))
    return out


# a conjunct of its own after the network: "…, and you will work on it", "… and will keep
# doing so"
_NEXT_CONJUNCT = re.compile(r",?\sand\s(?:[\w-]+\s){0,3}?(?:will|would|plans?|aims?|hopes?)\b")


def _own_part(s: Sentence, clause: Span, tech: Mention) -> Span:
    """The clause up to a conjunct after the network whose own modal is not the use's."""
    cut = _NEXT_CONJUNCT.search(s.text, tech.end, clause.end)
    return Span(clause.start, cut.start()) if cut is not None else clause


# the network named as an owner's fabric that does the work: "our Spectrum-X Ethernet fabric,
# which carries all east-west traffic on Colossus", "xAI's InfiniBand network links the halls"
_OWNER_BEFORE = re.compile(r"\b(?:our|its|their)\s$|['’]s\s$", re.IGNORECASE)
_FABRIC_AFTER = re.compile(
    r"(?:\s[\w-]+){0,2}?\s(?:fabric|network|switches|switching|interconnect)"
    r"(?:,\s(?:which|that)|\s(?:that|which))?\s(?:now\s|also\s|still\s)?"
    r"(?:carries|carried|connects|connected|links|linked|ties|tied|joins|joined|handles"
    r"|serves|spans|runs)\b",
    re.IGNORECASE,
)


def _owned_fabric(s: Sentence, clause: Span, tech: Mention) -> tuple[str, int] | None:
    """The network as an owner's working fabric: "our Spectrum-X Ethernet fabric, which
    carries all east-west traffic" (the speaking company's), "xAI's InfiniBand network
    links the halls" (the company named's)."""
    owner_at = _OWNER_BEFORE.search(s.text, max(clause.start, tech.start - 8), tech.start)
    if owner_at is None or _FABRIC_AFTER.match(s.text, tech.end) is None:
        return None
    if s.of_kind(("chip", "system"), Span(clause.start, tech.start)):
        return None  # "the GB200 rack's NVLink network …": the system's own integration
    owner = next(
        (m for m in s.of_kind(("company",)) if m.end in (owner_at.start(), owner_at.start() + 3)),
        None,
    )
    if owner is None and s.text[owner_at.start() : owner_at.start() + 3].lower() == "our":
        owner = next((m for m in s.of_kind(("company",)) if m.start == owner_at.start()), None)
    return (owner.id, owner_at.start()) if owner is not None else None


def _site_user(s: Sentence, clause: Span, tech: Mention, before: str) -> tuple[str, int] | None:
    """A cluster or facility using the network: its owner, and where the verb is."""
    verb = _USE_EN.search(before)
    if verb is None:
        return None
    at = tech.start - len(before) + verb.start()
    if s.of_kind(("chip", "system"), Span(at, tech.start)):
        return None  # "Colossus links its H100s over …": the chips' own link
    sites = [m for m in s.of_kind(_SITES, Span(clause.start, at)) if m.entity.owner]
    if not sites:
        return None
    site = sites[-1]
    between = s.text[site.end : at]
    if not (_CLOSE.match(between) or _APPOSITION.match(between) or between == " "):
        return None
    if s.of_kind(("company",), Span(site.end + 1, at)) and not _APPOSITION.match(between):
        return None  # "Colossus, xAI says, uses …" reads the same; "Colossus and Meta use" not
    owner = site.entity.owner
    return (owner, at) if owner else None


def _fabric_owner(s: Sentence, clause: Span, tech: Mention, before: str) -> tuple[str, int] | None:
    """The fabric as the subject ("our fabric between racks is InfiniBand"): its owner."""
    fabric = _FABRIC_EN.search(before)
    if fabric is None:
        return None
    at = tech.start - len(before) + fabric.start()
    if s.of_kind(("chip", "system"), Span(clause.start, tech.start)):
        return None  # "the GB200 rack's network is …": the system's own integration
    possessor = s.text[at : at + len(fabric.group(1))]
    named = [
        m
        for m in s.mentions
        if m.start <= at and m.kind in ("company", *_SITES) and m.start >= clause.start
    ]
    if possessor.lower() == "our":
        own = [m for m in s.mentions if m.start == at and m.kind == "company"]
        if own:
            return own[0].id, at
        # "our" in the text of the company that publishes it, or that the text is about
        speaker = s.focus.issuer or s.focus.salience.pick(None, s.index, set())
        return (speaker.id, at) if speaker is not None and speaker.kind == "company" else None
    if named:
        last = named[-1]
        owner = last.entity.owner if last.kind in _SITES else last.id
        return (owner, at) if owner else None
    site = s.focus.get("cluster", s.index, 3)
    if site is not None and site.owner:
        return site.owner, at
    issuer = s.focus.issuer
    if issuer is None and possessor.lower() in ("its", "their"):
        issuer = s.focus.salience.pick(None, s.index, set())  # "Its racks are linked by …"
    return (issuer.id, at) if issuer is not None and issuer.kind == "company" else None


# a company linking its own machines by a network: "intends to interconnect the platform by
# means of InfiniBand", "will tie its racks together over Spectrum-X", "networks the halls
# with Ultra Ethernet"
_LINK_EN = re.compile(
    r"\b(?:inter)?(?:connect|link|network|wire|tie|stitch|knit)(?:s|ed|ing)?\s(?:together\s)?"
    r"(?:the|its|their|our|all\s(?:the|its|their|our))\s(?:[\w-]+\s){0,3}?(?:platform|cluster"
    r"|racks|nodes|servers|gpus|halls|systems|supercomputer|data\scent(?:er|re)s|sites)"
    r"\s(?:together\s)?(?:by\smeans\sof|with|over|using|via|through)"
    r"\s(?:(?:an?|the|nvidia['’]s|\d{3}\s?g(?:b/s)?|\d{3}-gigabit|[\w-]+-based)\s){0,3}$",
    re.IGNORECASE,
)


def _linker(s: Sentence, clause: Span, tech: Mention, before: str) -> tuple[str, int] | None:
    """A company linking its own machines by the network: the subject named in the clause,
    else the company that publishes the text or that it is about."""
    link = _LINK_EN.search(before)
    if link is None:
        return None
    at = tech.start - len(before) + link.start()
    if s.of_kind(("chip", "system"), Span(at, tech.start)):
        return None  # "links the GB200s with NVLink": the system's own
    named = list(s.of_kind(("company",), Span(clause.start, at)))
    if named:
        return named[-1].id, at
    if s.of_kind(("company",), clause):
        return None  # a company named after the verb: whose machines is unclear
    held = s.focus.issuer or s.focus.salience.pick(None, s.index, set())
    return (held.id, at) if held is not None and held.kind == "company" else None


# a Korean link verb: "연결돼 있다", "엮여 있다", "묶였다", "구성돼"
_LINKED_KO = re.compile(r"(?:으로|로)\s?(?:서로\s)?(?:연결|엮|묶|이어|구성)")
_SITE_NOUN_KO = re.compile(r"\s?(?:데이터\s?센터|클러스터|캠퍼스|슈퍼컴퓨터)")
_PARTS_KO = re.compile(r"\s?(?:GPU|칩|서버|랙|노드)(?:들)?(?:은|는|이|가)")


def sited_network(s: Sentence, clause: Span, tech: Mention) -> bool:
    """A network a Korean clause places in a site or names as a fabric ("콜로서스에",
    "네트워크로는"): the user's own halls."""
    if tech.id not in NETWORKS:
        return False
    return (
        bool(s.of_kind(_SITES, clause))
        or _FABRIC_KO.search(s.text, clause.start, tech.start) is not None
    )


def fabrics_ko(s: Sentence, clause: Span, trig: int | None) -> list[Candidate]:
    """A Korean cluster (or its GPUs) as the topic, adopting or linked by a network; or the
    fabric itself as the topic, for the company in view."""
    sites = [m for m in s.of_kind(_SITES, clause) if m.entity.owner and not m.anaphoric]
    if not sites:
        return _fabric_topic_ko(s, clause, trig)
    site = sites[0]
    noun = _SITE_NOUN_KO.match(s.text, site.end)
    if noun is not None:  # "하이페리온 데이터센터는": the site noun carries the particle
        end = noun.end()
        topic = s.text.startswith(TOPIC, end)
    else:
        end = site.end
        particle = s.particle(site)
        topic = particle in TOPIC or (particle in GENITIVE and _parts_after(s, end + 1))
    if not topic:
        return []
    linked = _LINKED_KO.search(s.text, end, clause.end)
    verb = trig if trig is not None and trig > site.end else None
    if linked is not None and (verb is None or linked.start() < verb):
        verb = linked.start()
    if verb is None:
        return []
    techs = [
        m
        for m in s.of_kind(("technology",), Span(site.end, verb + 1))
        if m.id in NETWORKS and not s.is_compared(m)
    ]
    if not techs or s.of_kind(("chip", "system"), Span(site.end, verb)):
        return []
    owner = site.entity.owner
    if owner is None or owner == techs[-1].entity.maker:
        return []
    valid = s.valid_for(verb, _anchors(s))
    modality = s.modality(verb, valid, clause)
    if modality is None:
        return []  # "쓰지 않는다": negated
    return [Candidate(owner, "adopts", modality, valid, verb, dict(_ON_PREM), techs[-1].id)]


# the fabric as the topic: "네트워크로는", "GPU 노드 간 통신은", "노드 간 네트워크:"
_FABRIC_KO = re.compile(
    r"(?:네트워크|네트워킹|통신|패브릭|인터커넥트|연결망)\s?(?:으로는|로는|은|는|에는|:)"
)


def _fabric_topic_ko(s: Sentence, clause: Span, trig: int | None) -> list[Candidate]:
    """ "네트워크로는 인피니밴드 대신 스펙트럼-X를 택했다", "노드 간 통신은 인피니밴드 패브릭으로
    구성돼 있다": the company the text speaks for or is about adopts the network."""
    fabric = _FABRIC_KO.search(s.text, clause.start, clause.end)
    if fabric is None or s.of_kind(("chip", "system"), clause):
        return []
    makers = {m.entity.maker for m in s.of_kind(("technology",), clause)}
    if any(m.id not in makers for m in s.of_kind(("company",), clause)):
        return []  # a company of its own in the clause speaks for itself
    linked = _LINKED_KO.search(s.text, fabric.end(), clause.end)
    verb = trig if trig is not None and trig > fabric.end() else None
    if linked is not None and (verb is None or linked.start() < verb):
        verb = linked.start()
    if verb is None:
        return []
    techs = [
        m
        for m in s.of_kind(("technology",), Span(fabric.end(), verb + 1))
        if m.id in NETWORKS and not s.is_compared(m)
    ]
    owner = s.focus.issuer or s.focus.get("company", s.index, 3)
    if not techs or owner is None or owner.kind != "company" or owner.id == techs[-1].entity.maker:
        return []
    valid = s.valid_for(verb, _anchors(s))
    modality = s.modality(verb, valid, clause)
    if modality is None:
        return []
    return [Candidate(owner.id, "adopts", modality, valid, verb, dict(_ON_PREM), techs[-1].id)]


def _parts_after(s: Sentence, at: int) -> bool:
    """ "프로메테우스의 GPU들은": the site's parts as the topic."""
    return _PARTS_KO.match(s.text, at) is not None


__all__ = ["NETWORKS", "fabrics_en", "fabrics_ko", "sited_network"]
