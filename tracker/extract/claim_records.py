"""A rule's candidate made a claim: its identity, its source (the sentence as the document
writes it, the tier), and pydantic's validation skipped when every value is one it would
accept unchanged (validating cost a tenth of the extraction)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tracker.domain.claims import (
    MODALITIES,
    Claim,
    Quantity,
    Source,
    TextValue,
    ValidTime,
    claim_identity,
)
from tracker.domain.documents import Document
from tracker.domain.views import trusted
from tracker.extract.analysis import Sentence
from tracker.extract.rules import Candidate

# the source tiers, most trusted first
TIERS = ("company", "filing", "press", "analyst", "anonymous", "rumor", "user")


def claim_of(
    document: Document,
    sentence: Sentence,
    c: Candidate,
    tier: str,
    asserted_by: str,
    vocabulary_label: str,
) -> Claim:
    """The claim of candidate ``c`` read in ``sentence`` of ``document``."""
    claim_id = claim_identity(
        document_id=document.document_id,
        subject=c.subject,
        predicate=c.predicate,
        qualifiers=c.qualifiers,
        object=c.object,
        value=c.value,
        valid=c.valid,
        modality=c.modality,
    )
    source: dict[str, Any] = {
        "document_id": document.document_id,
        "feed": document.feed,
        "url": document.url,
        "quote": original_quote(document, sentence),
        "tier": tier,
        "quote_start": sentence.offset,
        "quote_end": sentence.offset + len(sentence.text),
        "note": None,
    }
    claim: dict[str, Any] = {
        "claim_id": claim_id,
        "subject": c.subject,
        "predicate": c.predicate,
        "qualifiers": dict(c.qualifiers),
        "object": c.object,
        "value": c.value,
        "modality": c.modality,
        "valid": c.valid,
        "reported_at": aware(document.published),
        "source": source,
        "confidence": float(round(c.confidence, 3)),
        "asserted_by": asserted_by,
        "vocabulary": vocabulary_label,
    }
    if not _checked(claim):
        source.pop("note")
        return Claim(**{**claim, "source": Source(**source)})  # raises what is wrong
    claim["source"] = trusted(Source, source)
    return trusted(Claim, claim)


def _checked(claim: dict[str, Any]) -> bool:
    """Whether a claim's values are ones pydantic would accept unchanged, so that the
    claim can skip validation (:func:`trusted`; validating cost a tenth of the extraction).

    The rest holds by construction: ids, names and quotes are strings, ``value`` and
    ``valid`` are already models, the tier is one of ``_TIERS``, ``reported_at`` is
    made aware by :func:`_aware`, and ``confidence`` is a float. What a rule could get
    wrong is checked here; a claim that fails goes through the validating constructor,
    which raises as before.
    """
    return (
        0.0 <= claim["confidence"] <= 1.0
        and claim["modality"] in MODALITIES
        and all(type(v) is str for v in claim["qualifiers"].values())
        and all(type(k) is str for k in claim["qualifiers"])
        and isinstance(claim["valid"], ValidTime)
        and (claim["value"] is None or isinstance(claim["value"], Quantity | TextValue))
    )


def original_quote(document: Document, sentence: Sentence) -> str:
    """The sentence as the document writes it (a line in capitals is analysed recased)."""
    written = document.text[sentence.offset : sentence.offset + len(sentence.text)]
    return written if written.lower() == sentence.text.lower() else sentence.text


def aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def most_specific(claims: list[Claim]) -> list[Claim]:
    """An adoption said twice in one sentence, once with more qualifiers than the other
    ("will begin running workloads on AWS, using GB200 chips housed in Amazon's data
    centers"; "would rent Trainium3 capacity from Amazon Web Services" read as cloud, and
    as cloud via AWS), is one adoption: the less specific one goes."""
    seen: dict[tuple[str, str | None, str, str], list[dict[str, str]]] = {}
    for c in claims:
        if c.predicate == "adopts":
            seen.setdefault((c.subject, c.object, c.modality, c.source.quote), []).append(
                c.qualifiers
            )

    def narrower_exists(c: Claim) -> bool:
        own = c.qualifiers.items()
        others = seen.get((c.subject, c.object, c.modality, c.source.quote), [])
        return any(own < q.items() for q in others)

    return [c for c in claims if not (c.predicate == "adopts" and narrower_exists(c))]
