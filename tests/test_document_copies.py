"""One story in two feeds (an outlet's "all" and "AI" feeds, a wire story two outlets carry
word for word) is two documents in the log, but only the first one observed yields claims:
otherwise every claim would be reported twice, as if two sources had said it. Feeds are
served by a real local HTTP server; every test runs on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import format_datetime

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from tests.conftest import SteppingClock
from tests.feeds_support import FeedServer, feed_server, rss
from tracker.app import Tracker
from tracker.cli import app as cli_app
from tracker.domain.catalog import ClaimAsserted, ClaimWithdrawn

START = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)
PUBLISHED = format_datetime(datetime(2025, 12, 2, 6, 0, tzinfo=UTC), usegmt=True)
TITLE = "Crusoe switches on GB300 hall"
BODY = "Crusoe now operates about 40,000 GB300 GPUs at its Abilene campus, the company said."
OTHER_BODY = "Oracle has deployed about 30,000 MI355X GPUs, a spokesperson said."


def story(body: str = BODY, link: str = "https://news.example/crusoe-gb300") -> str:
    return rss(
        [{"guid": link, "title": TITLE, "link": link, "date": PUBLISHED, "body": body}],
        language="en",
    )


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with feed_server() as s:
        yield s


@pytest.fixture
def app(engine: Engine) -> Tracker:
    t = Tracker(engine, clock=SteppingClock(START))
    t.feed_service.poller.fetcher.deadline_s = 3.0
    return t


def serve(server: FeedServer, path: str, body: str) -> str:
    return server.static(path, body.encode("utf-8"))


def asserted_by_document(t: Tracker) -> dict[str, int]:
    counts: dict[str, int] = {}
    active: dict[str, str] = {}
    for rec in t.store.read_all(types=["ClaimAsserted", "ClaimWithdrawn"]):
        if isinstance(rec.event, ClaimAsserted):
            active[rec.event.claim.claim_id] = rec.event.claim.source.document_id
        elif isinstance(rec.event, ClaimWithdrawn):
            active.pop(rec.event.claim_id, None)
    for document_id in active.values():
        counts[document_id] = counts.get(document_id, 0) + 1
    return counts


def document_ids(t: Tracker) -> list[str]:
    """Document ids in the order the log first saw them."""
    return [r.event.document_id for r in t.store.read_all(types=["DocumentObserved"])]


def document_of(t: Tracker, feed_name: str) -> str:
    feed = t.feed_service.find(feed_name)
    return next(
        r.event.document_id
        for r in t.store.read_all(types=["DocumentObserved"])
        if r.event.feed_id == feed.feed_id
    )


def feed_of_first(t: Tracker) -> tuple[str, str]:
    """The feed whose document the log saw first (both feeds are polled at once), and the
    other one."""
    first = document_ids(t)[0]
    return ("all", "ai") if document_of(t, "all") == first else ("ai", "all")


def subscribe_both(app: Tracker, server: FeedServer, second: str | None = None) -> None:
    """Both feeds, polled together: which document the log sees first is up to the race."""
    app.add_feed(serve(server, "/all.xml", story()), name="all")
    app.add_feed(serve(server, "/ai.xml", second or story()), name="ai")


def rewrite_one(app: Tracker, server: FeedServer, which: str, body: str) -> tuple[str, str]:
    """Both feeds polled together, then the feed whose document the log saw ``which``
    ("first" or "copy") rewrites its piece to ``body`` and is polled again. Returns the ids
    of the first document and of its copy."""
    subscribe_both(app, server)
    app.poll()
    first, copy = document_ids(app)
    first_feed, copy_feed = feed_of_first(app)
    feed = first_feed if which == "first" else copy_feed
    serve(server, f"/{feed}.xml", story(body=body))
    app.poll([feed])
    return first, copy


def subscribe_in_turn(app: Tracker, server: FeedServer, second: str | None = None) -> None:
    """The "all" feed polled first, the "ai" feed later."""
    app.add_feed(serve(server, "/all.xml", story()), name="all")
    app.poll()
    app.add_feed(serve(server, "/ai.xml", second or story()), name="ai")


def test_a_story_in_two_feeds_yields_its_claims_once(app: Tracker, server: FeedServer) -> None:
    subscribe_both(app, server)
    app.poll()
    documents = document_ids(app)
    assert len(documents) == 2  # the log keeps both sightings
    counts = asserted_by_document(app)
    assert [documents[0]] == list(counts)  # the first observed speaks for the story
    assert counts[documents[0]] >= 1
    history = app.history("crusoe", "deployed_chips")
    assert len(history.rows) == 1


def test_the_same_text_under_another_outlets_link_is_a_copy_too(
    app: Tracker, server: FeedServer
) -> None:
    subscribe_both(app, server, story(link="https://wire.example/2025/12/02/crusoe"))
    app.poll()
    assert len(asserted_by_document(app)) == 1


def test_a_different_text_under_the_same_link_is_not_a_copy(
    app: Tracker, server: FeedServer
) -> None:
    # one feed carries a summary, the other the full text: both are read
    subscribe_both(app, server, story(body=BODY + " " + OTHER_BODY))
    app.poll()
    assert len(asserted_by_document(app)) == 2


def test_when_the_first_holder_is_revised_away_the_copy_speaks_for_the_old_text(
    app: Tracker, server: FeedServer
) -> None:
    first, copy = rewrite_one(app, server, "first", OTHER_BODY)  # the outlet rewrote it
    counts = asserted_by_document(app)
    assert {first, copy} == set(counts)
    rows = app.history("crusoe", "deployed_chips").rows
    # the copy still says what the first version said: the revision withdraws the first
    # holder's claim, and the copy's own assertion (reported when the copy was published)
    # keeps the figure in force
    said = [(row.kind, row.source.document_id if row.source else None) for row in rows]
    assert [("asserted", first), ("asserted", copy)] == [r for r in said if r[0] == "asserted"]
    assert [kind for kind, _ in said if kind != "asserted"] == ["withdrawn"]
    state = app.state(subject="crusoe")
    assert [copy] == [
        e.claim.source.document_id for e in state.entries if e.predicate == "deployed_chips"
    ]


def test_a_copy_revised_into_its_own_text_yields_its_own_claims(
    app: Tracker, server: FeedServer
) -> None:
    first, copy = rewrite_one(app, server, "copy", BODY + " " + OTHER_BODY)
    counts = asserted_by_document(app)
    assert {first, copy} == set(counts)
    assert counts[copy] > counts[first]


def test_a_later_document_becoming_a_copy_has_its_claims_withdrawn_with_the_reason(
    app: Tracker, server: FeedServer
) -> None:
    subscribe_in_turn(app, server, story(body=BODY + " " + OTHER_BODY))
    app.poll()
    first, second = document_ids(app)
    serve(server, "/ai.xml", story())  # the "ai" feed now carries the "all" feed's text
    app.poll(["ai"])
    assert [first] == list(asserted_by_document(app))
    reasons = [
        r.event.reason
        for r in app.store.read_stream(f"claims-{second}")
        if isinstance(r.event, ClaimWithdrawn)
    ]
    assert reasons
    assert all(first in reason for reason in reasons)


def test_re_extracting_everything_keeps_one_speaker_and_adds_nothing(
    app: Tracker, server: FeedServer
) -> None:
    subscribe_both(app, server)
    app.poll()
    before = asserted_by_document(app)
    summary = app.extract_all()
    assert (summary.asserted, summary.withdrawn) == (0, 0)
    assert summary.copies >= 1
    assert before == asserted_by_document(app)


def test_documents_with_text_lists_holders_first_observed_first(
    app: Tracker, server: FeedServer
) -> None:
    subscribe_both(app, server)
    app.poll()
    ids = document_ids(app)
    row = app.feed_states.get_doc(ids[0])
    assert row is not None
    assert ids == app.feed_states.documents_with_text(row.content_hash)
    assert app.feed_states.documents_with_text("0" * 64) == []


def test_cli_extract_reports_the_copies_it_skipped(
    db_url: str, clock: SteppingClock, server: FeedServer
) -> None:
    runner = CliRunner()
    env = {"TRACKER_DATABASE_URL": db_url}
    for name, path in (("all", "/all.xml"), ("ai", "/ai.xml")):
        url = serve(server, path, story())
        result = runner.invoke(cli_app, ["feeds", "add", url, "--name", name], env=env)
        assert result.exit_code == 0, result.output
    assert runner.invoke(cli_app, ["poll"], env=env).exit_code == 0
    result = runner.invoke(cli_app, ["extract", "--all", "--json"], env=env)
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    assert (answer["asserted"], answer["copies"]) == (0, 1)
    text = " ".join(runner.invoke(cli_app, ["extract", "--all"], env=env).output.split())
    assert "1 copies of an earlier document's text skipped" in text
