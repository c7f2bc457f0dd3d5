"""Defects found by use, thirteenth QA pass: a new user's own English and Korean feeds
(revisions, a renamed guid, a deleted entry, EUC-KR and a BOM, odd dates, a huge entry)
served from a real local HTTP server and run through the real ``tracker`` console script,
on both databases where storage is involved.

Every sample sentence is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.cli_support import run_cli, start_cli
from tests.feeds_support import items, rss
from tracker.domain.events import AppendRequest, RecordedEvent
from tracker.errors import StoreError
from tracker.ingest.service import FeedService
from tracker.ingest.subscriptions import Subscription
from tracker.store.engine import make_engine
from tracker.store.feeds import SqlFeedStateStore
from tracker.store.migrate import SCHEMA_HEAD
from tracker.store.schema import events

# -- the daemon on a database it cannot write ------------------------------------------------


def test_daemon_on_a_read_only_database_refuses_to_start_in_one_line(tmp_path: Path) -> None:
    """'tracker --db sqlite:///x.db?mode=ro daemon' started, logged 'daemon.started' and
    then a 'daemon.tick_crashed' traceback ('attempt to write a readonly database') every
    tick, for as long as it ran: a daemon that can never poll looked alive. Every other
    command that writes refuses such a database in one line."""
    url = f"sqlite:///{tmp_path / 'ro.db'}"
    assert run_cli("--db", url, "init", cwd=tmp_path).returncode == 0

    result = run_cli("--db", url + "?mode=ro", "daemon", "--tick", "1", cwd=tmp_path, timeout=60)

    assert result.returncode == 2
    assert "open read-only here" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "daemon.started" not in result.stderr


# -- several inits at once on a fresh database ----------------------------------------------


def test_inits_started_together_on_a_fresh_database_all_succeed(
    backend: str, db_url_factory: Callable[[str], str], tmp_path: Path
) -> None:
    """Two daemons (or an operator's 'tracker init' and a daemon) starting together on a
    fresh PostgreSQL database both ran the migrations: one failed with 'database error:
    duplicate key value violates unique constraint "pg_type_typname_nsp_index"' (exit 3).
    Migrations now wait for each other, and the later ones find the schema at head."""
    url = db_url_factory(backend)
    runs = [start_cli("--db", url, "init", cwd=tmp_path) for _ in range(4)]
    finished = [(run.wait(timeout=120), *run.communicate()) for run in runs]

    expected = [(0, f"database ready at schema {SCHEMA_HEAD}\n", "")] * 4
    assert expected == finished
    verify = run_cli("--db", url, "verify", cwd=tmp_path)
    assert (verify.returncode, verify.stderr) == (0, "")


# -- several subscriptions of one feed or one name at once -------------------------------------


def _together(url: str, cwd: Path, *commands: tuple[str, ...]) -> list[tuple[int, str, str]]:
    """Start every command at once and return (exit status, stdout, stderr) of each."""
    runs = [start_cli("--db", url, *command, cwd=cwd) for command in commands]
    return [(run.wait(timeout=120), *run.communicate()) for run in runs]


def _subscribed_events(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            query = select(func.count()).where(events.c.event_type == "FeedSubscribed")
            return int(conn.execute(query).scalar_one())
    finally:
        engine.dispose()


def test_one_feed_added_by_several_commands_at_once_is_one_subscription(
    db_url: str, tmp_path: Path
) -> None:
    """Four 'tracker feeds add URL --name N' at once (two daemons loading one feeds file
    do the same) each passed the 'already subscribed?' check on PostgreSQL, appended a
    FeedSubscribed and then failed on the feeds table's key: 'database error: duplicate
    key value violates unique constraint "pk_feeds"' (exit 3), with their events left
    in the log. Only one may subscribe; the others say it is already subscribed."""
    add = ("feeds", "add", "http://127.0.0.1:9/qa13.xml", "--name", "qa13")
    finished = _together(db_url, tmp_path, add, add, add, add)

    assert [code for code, _out, _err in finished] == [0, 0, 0, 0], finished
    said = sorted(out.split(" ")[0] for _code, out, _err in finished)
    assert said == ["http://127.0.0.1:9/qa13.xml:"] * 3 + ["subscribed"]
    assert _subscribed_events(db_url) == 1


def test_one_name_taken_by_several_commands_at_once_goes_to_one_feed(
    db_url: str, tmp_path: Path
) -> None:
    """Four feeds added at once under one name: one gets it, the others are refused with
    'the name is taken' (exit 1), not 'duplicate key value violates unique constraint
    "ux_feeds_name"' (exit 3) after their FeedSubscribed was written."""
    adds = [("feeds", "add", f"http://127.0.0.1:9/n{i}.xml", "--name", "same") for i in range(4)]
    finished = _together(db_url, tmp_path, *adds)

    assert sorted(code for code, _out, _err in finished) == [0, 1, 1, 1], finished
    refusals = [err for code, _out, err in finished if code == 1]
    assert all("the name 'same' is taken by" in err for err in refusals), refusals
    assert _subscribed_events(db_url) == 1


class _RefusingLog:
    """A log that refuses every append (a database error, Ctrl-C in the write)."""

    def append_batch(self, requests: Sequence[AppendRequest]) -> list[list[int]]:
        raise StoreError("could not append to the log: refused for the test")

    def read_stream(self, stream_id: str, from_version: int = 1) -> list[RecordedEvent]:
        return []


def test_a_subscription_whose_event_is_not_written_leaves_no_feed_behind(db_url: str) -> None:
    """The feed's row is written before its FeedSubscribed (the row's keys decide a race):
    when the log then refuses the event, the row goes too, and nothing is polled."""
    engine = make_engine(db_url)
    states = SqlFeedStateStore(engine)
    service = FeedService(_RefusingLog(), states, lambda: datetime(2026, 11, 27, tzinfo=UTC))
    try:
        with pytest.raises(StoreError):
            service.add(Subscription(url="http://127.0.0.1:9/refused.xml", name="refused"))
        assert states.find_feed("refused") is None
    finally:
        service.close()
        engine.dispose()


def test_one_feeds_file_loaded_by_two_commands_at_once_subscribes_each_feed_once(
    db_url: str, tmp_path: Path
) -> None:
    """Two daemons started together with one TRACKER_FEEDS_FILE load it at once: the
    second stopped at the first feed the other had just taken ('error: …: the name
    'chip-wire' is taken by' the very same URL, exit 1). Each feed is subscribed once,
    and both loads succeed."""
    listing = tmp_path / "feeds.toml"
    lines = [f'[[feed]]\nurl = "http://127.0.0.1:9/l{i}.xml"\nname = "l{i}"\n' for i in range(6)]
    listing.write_text("\n".join(lines), encoding="utf-8")
    load = ("feeds", "load", str(listing))
    finished = _together(db_url, tmp_path, load, load)

    assert [code for code, _out, _err in finished] == [0, 0], finished
    assert _subscribed_events(db_url) == 6


# -- the rank note ----------------------------------------------------------------------------


def test_the_note_of_a_rank_that_changes_no_answer_today_is_one_line(
    db_url: str, tmp_path: Path
) -> None:
    """'tracker rank' of a claim a later one replaced says so 'in one line' (README), but
    written to a pipe (160 columns) the note broke before its last word ('… at one' /
    'date'), so a script reading it line by line got half a sentence."""
    ids = []
    for value, day in (("100", "2026-01-05"), ("200", "2026-06-05")):
        added = run_cli(
            *("--db", db_url, "claim", "add", "coreweave", "deployed_chips", "--value", value),
            *("-q", "chip=gb300", "--at", day, "--reported", day, "--note", "QA13 deck"),
            cwd=tmp_path,
        )
        assert added.returncode == 0, added.stderr
        ids.append(added.stdout.split()[-1])

    ranked = run_cli(
        *("--db", db_url, "rank", ids[0], "preferred", "--reason", "the deck is older"),
        cwd=tmp_path,
        env={"COLUMNS": "160"},
    )

    assert ranked.returncode == 0, ranked.stderr
    notes = [line for line in ranked.stdout.splitlines() if line.startswith("note:")]
    assert len(notes) == 1
    assert notes[0].endswith("a rank decides only among claims in force at one date")


def test_subscription_and_extraction_reports_are_one_line_at_any_width(
    db_url: str, tmp_path: Path
) -> None:
    """'feeds add' (subscribed, or already subscribed), 'feeds remove' and 'extract' print
    one line each, but rich broke them at the width (a long feed path or the extract
    summary with its copies: '… copies of an earlier document's text' / 'skipped'), so a
    script reading the answer line by line got pieces of it."""
    folder = tmp_path / ("a-folder-with-a-long-name-" * 3)
    folder.mkdir()
    feed = folder / "silicon-ledger-ai-chips-hbm-and-data-centres.xml"
    feed.write_text(rss(items(2)), encoding="utf-8")
    twin = folder / "silicon-ledger-twin.xml"
    twin.write_text(rss(items(2)), encoding="utf-8")
    narrow = {"COLUMNS": "60"}

    def one_line(*args: str) -> str:
        result = run_cli("--db", db_url, *args, cwd=tmp_path, env=narrow)
        assert result.returncode == 0, result.stderr
        return result.stdout

    added = one_line("feeds", "add", str(feed), "--name", "ledger")
    again = one_line("feeds", "add", str(feed), "--name", "ledger")
    assert one_line("ingest", str(feed), str(twin))
    extracted = one_line("extract", "--all")
    removed = one_line("feeds", "remove", "ledger")

    for said in (added, again, extracted, removed):
        assert len(said.splitlines()) == 1, said
    assert extracted.rstrip().endswith("copies of an earlier document's text skipped")
