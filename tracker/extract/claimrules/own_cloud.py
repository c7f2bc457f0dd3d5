"""A company's cloud arm as the company itself (Korean adoptions), and a cloud's own use.

A cloud is a way in for its customers ("구글 클라우드를 통해 TPU를 빌려 쓴다": the user
adopts through Google), so the adoption rule passes over cloud names when it looks for the
adopter. But a cloud arm that is the subject of its own clause ("네이버클라우드는 가우디3를
도입했다", "애저는 MI300X를 들였다") is the company putting chips into its own cloud: the
company adopts them. A company that names its own cloud as where it puts them ("마이크로소프트는
애저에 MI300X를 도입했다") adopts them on its own premises: no provider stands between.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.analysis import TOPIC, Sentence
from tracker.extract.claimrules.common import _COMPANY, Candidate, is_cloud_company
from tracker.extract.claimrules.use_modes import _is_cloud_name
from tracker.extract.entities import Mention
from tracker.extract.text import Span


def cloud_arm_subject(s: Sentence, clause: Span) -> Mention | None:
    """A Korean cloud name marked as the clause's subject or topic ("네이버클라우드는",
    "애저가"): the company it belongs to adopts what the clause names."""
    if s.language != "ko":
        return None
    for m in s.of_kind(_COMPANY, clause):
        if _is_cloud_name(s, m) and s.particle(m) in TOPIC:
            return m
    return None


_RENTED_EN = re.compile(r"\b(?:rent|rents|rented|renting|leas(?:e|es|ed|ing))\b")


def own_cloud_mode(s: Sentence, qualifiers: dict[str, str], adopter: Mention) -> dict[str, str]:
    """The mode of a Korean adoption whose way in is the adopter's own cloud: on its own
    premises ("마이크로소프트는 애저에 …"), or none said when the cloud arm is itself the
    subject ("네이버클라우드는 … 도입했다" says nothing of where)."""
    if (
        s.language == "en"
        and qualifiers == {"mode": "cloud"}
        and _is_cloud_name(s, adopter)
        and not _RENTED_EN.search(s.lowered)
    ):
        # "Oracle Cloud is to offer B300 instances": the cloud word is the adopter's
        # own name, no provider it rents from
        return {}
    if qualifiers.get("via") != adopter.id:
        return qualifiers
    if s.language != "ko":
        # "Naver Cloud is testing RNGD": the cloud named as the subject (English) is no
        # way in to itself, and says nothing of where; "KT runs REBEL-Quad inside KT
        # Cloud's inference service": the subject's own cloud, its own premises (unless it
        # rents the product out: "… rents it GB200 capacity through Azure")
        if _is_cloud_name(s, adopter):
            return {}
        return qualifiers if _RENTED_EN.search(s.lowered) else {"mode": "on-prem"}
    return {} if _is_cloud_name(s, adopter) else {"mode": "on-prem"}


def cloud_own_house(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` with the mode of each adoption by a cloud that names no place and no
    provider set to its own premises: a cloud (a GPU cloud or a hyperscaler of the
    ``[cloud_roles]`` table, or a company named as a cloud, "KT Cloud") that deploys, runs
    or adopts a product puts it in its own data centers, as one that offers it does (GUIDE;
    the dev gold: 104 of 108 such adoptions are on-prem). One weighing or testing it says
    nothing of where ("Naver Cloud is testing RNGD": none), and neither does one whose use
    the sentence also reads with a mode ("Lambda, the GPU cloud, … to deploy GB300 for the
    hyperscaler")."""
    if not found or s.language != "en":
        return found
    moded = {(c.subject, c.object) for c in found if c.qualifiers}
    clouds = {m.id for m in s.of_kind(_COMPANY) if _is_cloud_name(s, m)}
    return [
        replace(c, qualifiers={"mode": "on-prem"})
        if not c.qualifiers
        and c.modality != "considering"
        and (is_cloud_company(s, c.subject) or c.subject in clouds)
        and (c.subject, c.object) not in moded
        else c
        for c in found
    ]
