"""A cloud provider's own chip rented in the cloud is rented from that provider.

"앤트로픽은 AWS의 트레이니움2를 클라우드로 빌려 쓰고 있다", "rents Trainium2 capacity in the
cloud": a company adopting a chip only its maker's cloud offers (Trainium from AWS, TPUs
from Google, Maia from Microsoft), in the cloud, adopts it through that maker even when
the sentence does not name the provider as one (the gold records every such adoption with
its provider).
"""

from __future__ import annotations

from dataclasses import replace

from tracker.extract.analysis import Sentence
from tracker.extract.claimrules.common import Candidate


def via_maker_cloud(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """``found`` with the provider of a cloud adoption of a provider's own chip filled in."""
    return [_with_provider(s, c) for c in found]


def _with_provider(s: Sentence, c: Candidate) -> Candidate:
    if c.predicate != "adopts" or c.qualifiers.get("mode") != "cloud" or not c.object:
        return c
    if "via" in c.qualifiers:
        return c
    product = s.vocabulary.entities.get(c.object)
    maker = product.maker if product is not None else None
    # the hyperscalers' clouds (cues.toml [cloud_roles]) that make chips: AWS, Google, Microsoft
    if maker not in s.vocabulary.cue_list("cloud_roles", "hyperscaler_cloud") or maker == c.subject:
        return c
    return replace(c, qualifiers={**c.qualifiers, "via": str(maker)})
