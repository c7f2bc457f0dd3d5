"""Re-extraction through the event store, on every backend: claims are asserted once,
withdrawn when a revision or a new extractor no longer finds them, and a re-run adds
nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

from typer.testing import CliRunner

from tests.conftest import SteppingClock
from tracker.app import Tracker
from tracker.cli import app as cli_app
from tracker.domain.catalog import ClaimAsserted, ClaimWithdrawn, DocumentObserved, DocumentRevised
from tracker.domain.claims import Claim
from tracker.domain.documents import Document
from tracker.domain.events import NewEvent
from tracker.extract import default_extractor
from tracker.extract.service import FALLBACK_CONFIDENCE

KST = timezone(timedelta(hours=9))
PUBLISHED = datetime(2025, 12, 19, 0, 30, tzinfo=UTC)
REVISED = datetime(2025, 12, 20, 2, 0, tzinfo=UTC)
TEXT = (
    "AWS는 연말까지 프로젝트 레이니어의 트레이니움2를 100만 개로 확대할 계획이다.\n\n"
    "앤트로픽은 구글과 TPU 최대 100만 개분 클라우드 공급 계약을 맺었다."
)
REVISED_TEXT = "앤트로픽은 구글과 TPU 최대 100만 개분 클라우드 공급 계약을 맺었다."


def observe(
    t: Tracker, doc_id: str = "d1", text: str = TEXT, published: datetime | None = PUBLISHED
) -> None:
    event = DocumentObserved(
        document_id=doc_id,
        feed_id="news",
        url=f"https://example.test/{doc_id}",
        title="제목",
        text=text,
        language="ko",
        published=published,
        content_hash=f"h-{hash(text)}",
    )
    t.store.append(f"doc-{doc_id}", None, [NewEvent(event, idempotency_key=f"obs:{doc_id}")])


def revise(t: Tracker, doc_id: str = "d1") -> None:
    event = DocumentRevised(
        document_id=doc_id,
        revision=2,
        text=REVISED_TEXT,
        updated=REVISED,
        content_hash="h-2",
        previous_hash=f"h-{hash(TEXT)}",
    )
    t.store.append(f"doc-{doc_id}", None, [NewEvent(event, idempotency_key=f"rev:{doc_id}")])


def claim_events(t: Tracker, doc_id: str = "d1") -> list[object]:
    return [r.event for r in t.store.read_stream(f"claims-{doc_id}")]


def test_pending_documents_are_extracted_once(tracker_app: Tracker) -> None:
    observe(tracker_app)
    appended = tracker_app.extract_pending()
    events = claim_events(tracker_app)
    assert appended == len(events) == 2
    assert all(isinstance(e, ClaimAsserted) for e in events)
    assert tracker_app.extract_pending() == 0
    assert (tracker_app.extract_all().asserted, tracker_app.extract_all().withdrawn) == (0, 0)
    assert len(claim_events(tracker_app)) == 2


def test_claim_events_carry_the_extractor_as_actor(tracker_app: Tracker) -> None:
    observe(tracker_app)
    tracker_app.extract_pending()
    records = tracker_app.store.read_stream("claims-d1")
    assert {tracker_app.extraction().actor} == {r.metadata.actor for r in records}
    assert all((r.idempotency_key or "").startswith("assert:c_") for r in records)


def test_a_revision_withdraws_what_it_no_longer_says(tracker_app: Tracker) -> None:
    observe(tracker_app)
    tracker_app.extract_pending()
    revise(tracker_app)
    tracker_app.extract_pending()
    events = claim_events(tracker_app)
    withdrawn = {e.claim_id: e for e in events if isinstance(e, ClaimWithdrawn)}
    asserted = {e.claim.claim_id: e.claim for e in events if isinstance(e, ClaimAsserted)}
    gone = [asserted[i] for i in withdrawn]
    assert "deployed_chips" in {c.predicate for c in gone}
    assert all("revised" in w.reason for w in withdrawn.values())
    assert {REVISED} == {w.reported_at for w in withdrawn.values()}
    # what the revision still says is in force, dated by the revision (SPEC: a revision's
    # update time is when it was said)
    active = [c for i, c in asserted.items() if i not in withdrawn]
    assert [c.predicate for c in active] == ["supply_deal"]
    assert {REVISED} == {c.reported_at for c in active}
    assert tracker_app.extract_pending() == 0
    assert tracker_app.extract_all().withdrawn == 0


class _OnlyDeals:
    """Another extractor version that finds only supply deals."""

    name = "rules"
    version = "9.9.9"

    def extract(self, document: Document) -> list[Claim]:
        claims = default_extractor([]).extract(document)
        return [c for c in claims if c.predicate == "supply_deal"]


def test_an_extractor_change_withdraws_at_the_time_of_re_extraction(
    tracker_app: Tracker, clock: SteppingClock
) -> None:
    observe(tracker_app)
    tracker_app.extract_pending()
    clock.advance(days=3)
    summary = tracker_app.extraction(_OnlyDeals()).extract_all()
    assert (summary.asserted, summary.withdrawn) == (0, 1)
    withdrawn = [e for e in claim_events(tracker_app) if isinstance(e, ClaimWithdrawn)]
    assert clock.now == withdrawn[0].reported_at
    assert "9.9.9" in withdrawn[0].asserted_by
    assert tracker_app.extraction(_OnlyDeals()).extract_all().withdrawn == 0
    # back to the full extractor: the withdrawn claim is asserted again, as a new event
    again = tracker_app.extract_all()
    assert (again.asserted, again.withdrawn) == (1, 0)
    assert len(claim_events(tracker_app)) == 4
    assert tracker_app.extract_all().asserted == 0


def test_a_document_without_a_date_is_dated_by_recording_with_less_confidence(
    tracker_app: Tracker, clock: SteppingClock
) -> None:
    observe(tracker_app, published=None)
    tracker_app.extract_pending()
    undated = [e.claim for e in claim_events(tracker_app) if isinstance(e, ClaimAsserted)]
    assert undated
    assert {clock.now} == {c.reported_at for c in undated}
    dated = default_extractor().extract(
        Document(document_id="d1", text=TEXT, published=PUBLISHED, language="ko")
    )
    scaled = [round(c.confidence * FALLBACK_CONFIDENCE, 3) for c in dated]
    assert sorted(scaled) == sorted(c.confidence for c in undated)


def test_cli_extract_prints_a_summary(db_url: str, clock: SteppingClock) -> None:
    from tracker.app import make_tracker

    with make_tracker(db_url, clock=clock) as t:
        observe(t)
    result = CliRunner().invoke(cli_app, ["--db", db_url, "extract"])
    assert result.exit_code == 0, result.output
    assert "1 documents extracted" in result.stdout
    assert "2 claims asserted" in " ".join(result.stdout.split())


def test_cli_extract_json(db_url: str, clock: SteppingClock) -> None:
    from tracker.app import make_tracker

    with make_tracker(db_url, clock=clock) as t:
        observe(t)
    runner = CliRunner()
    first = runner.invoke(cli_app, ["--db", db_url, "extract", "--json"])
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)["asserted"] == 2
    again = runner.invoke(cli_app, ["--db", db_url, "extract", "--all", "--json"])
    assert again.exit_code == 0, again.output
    data = json.loads(again.stdout)
    assert (
        data["documents"],
        data["asserted"],
        data["withdrawn"],
        data["unchanged"],
    ) == (1, 0, 0, 2)


def test_an_entry_first_seen_after_its_update_is_reported_at_the_update() -> None:
    from tracker.domain.events import EventMetadata, RecordedEvent
    from tracker.extract.service import document_from_events

    observed = DocumentObserved(
        document_id="d9",
        text=TEXT,
        published=PUBLISHED,
        updated=REVISED,
        content_hash="h-9",
    )
    recorded = RecordedEvent(
        1, "doc-d9", 1, "DocumentObserved", 1, observed, EventMetadata(),
        REVISED + timedelta(days=30), None, "0" * 64, "1" * 64,
    )  # fmt: skip

    version = document_from_events([recorded])

    assert version is not None
    assert version.document.published == REVISED


def test_a_silent_edit_is_reported_when_it_was_first_seen_not_at_the_original_date(
    tracker_app: Tracker,
) -> None:
    """An entry edited in place with no newer update date (outlets often change a figure
    without saying so) cannot have said the new figure at its original date: known_at
    answers would show it before anyone could read it. Its new claims are reported when
    the tracker first saw the edit; what it no longer says is withdrawn as a revision
    then; its relative times still read against the original date (연말 = 2025)."""
    observe(tracker_app)
    tracker_app.extract_pending()
    edited = TEXT.replace("100만 개로 확대할", "120만 개로 확대할")
    event = DocumentRevised(
        document_id="d1",
        revision=2,
        text=edited,
        updated=None,
        content_hash="h-silent",
        previous_hash=f"h-{hash(TEXT)}",
    )
    tracker_app.store.append("doc-d1", None, [NewEvent(event, idempotency_key="rev:silent")])
    seen = tracker_app.store.read_stream("doc-d1")[-1].recorded_at
    tracker_app.extract_pending()

    records = tracker_app.store.read_stream("claims-d1")
    new = [r.event.claim for r in records[2:] if isinstance(r.event, ClaimAsserted)]
    gone = [r.event for r in records[2:] if isinstance(r.event, ClaimWithdrawn)]
    assert [(c.value.low, c.reported_at) for c in new if c.value] == [(1_200_000, seen)]
    assert [c.valid.end for c in new] == [datetime(2025, 12, 31).date()]
    assert [(g.reported_at, "revised" in g.reason) for g in gone] == [(seen, True)]
    assert seen > PUBLISHED
