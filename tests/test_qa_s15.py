"""Defects found by use, fifteenth QA pass: the default date of the queries for a source
east of UTC, failed polls' durations, reversed diffs, users' source links that are no
address, entries with no date at all, a Ctrl-C that killed a parser process, a dispute
among thousands of sources. Driven through the real ``tracker`` console script against a
real local HTTP server where the behaviour is the command line's; on both databases where
storage is involved.

Every sample sentence is written for these tests.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import threading
import time
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.cli_support import event_count, run_cli
from tests.conftest import SteppingClock
from tests.feeds_support import _RequestHandler, feed_server, rss
from tracker.app import Tracker
from tracker.domain.timeargs import coerce_day, latest_day, parse_day
from tracker.ingest.parse import ParseJob
from tracker.ingest.subscriptions import normalize_location
from tracker.ingest.workers import ParserPool


def _cli(db: str, cwd: Path, *args: str) -> str:
    result = run_cli("--db", db, *args, cwd=cwd)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout


# -- the default date of the queries ---------------------------------------------------------------

_INSTANTS = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(UTC)
)


@given(now=_INSTANTS, offset_min=st.integers(min_value=-12 * 60, max_value=14 * 60))
def test_the_default_valid_date_is_never_before_any_zones_today(
    now: datetime, offset_min: int
) -> None:
    """Whatever the moment and wherever a source is (UTC-12 to UTC+14), the day it calls
    today has begun by the default date: the UTC date failed for every zone east of UTC
    in the hours after its midnight."""
    local_today = now.astimezone(timezone(timedelta(minutes=offset_min))).date()
    assert local_today <= latest_day(now)


@given(now=_INSTANTS)
def test_the_default_valid_date_is_the_date_at_utc_plus_14(now: datetime) -> None:
    """No later than any zone's today either: a query about the future is not the default."""
    expected = now.astimezone(timezone(timedelta(hours=14))).date()
    assert expected == latest_day(now)


@given(
    moment=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2200, 1, 1)),
    offset_min=st.integers(min_value=-12 * 60, max_value=14 * 60),
)
def test_an_as_of_timestamp_is_the_date_where_it_was_written(
    moment: datetime, offset_min: int
) -> None:
    """'--as-of 2026-11-28T05:00+09:00' answered for the 27th (its UTC date): a user
    who writes a Korean morning means the Korean day, as a Korean source dates its
    claims. The date is the one written, whatever the offset; a naive time is UTC."""
    written = moment.replace(
        second=0, microsecond=0, tzinfo=timezone(timedelta(minutes=offset_min))
    )
    text = written.isoformat(timespec="minutes")
    assert written.date() == parse_day(text, "--as-of")
    assert written.date() == coerce_day(written, "as_of")
    assert moment.date() == parse_day(moment.isoformat(timespec="minutes"), "--as-of")


def test_a_korean_entry_of_the_utc_evening_is_in_the_default_state(
    tracker_app: Tracker, clock: SteppingClock, tmp_path: Path
) -> None:
    """A Korean article published at 05:00 KST on 28 November (20:00 UTC on the 27th)
    dates its claims on the 28th, the day its source is in. 'tracker state' with no
    --as-of answered for the UTC date, the 27th, half an hour later: the freshly polled
    figure was missing from the default answer until 00:00 UTC. SPEC §5 and the README's
    design notes: the default is the latest date in force anywhere (UTC+14)."""
    clock.now = datetime(2026, 11, 27, 20, 30, tzinfo=UTC)
    t = tracker_app
    feed = tmp_path / "ko.xml"
    body = "삼성전자는 HBM4를 월 15만 장 생산하고 있다고 밝혔다."
    item = {
        "guid": "qa15-kst",
        "title": "HBM4 생산",
        "link": "http://example.invalid/qa15-kst",
        "date": "Sat, 28 Nov 2026 05:00:00 +0900",
        "body": body,
    }
    feed.write_text(rss([item], language="ko"), encoding="utf-8")
    t.ingest([str(feed)], language="ko")

    claims = t.claims().claims
    assert claims, "the Korean sentence gave no claim"
    assert {date(2026, 11, 28)} == {c.valid.start for c in claims}
    answer = t.state()
    assert date(2026, 11, 28) == answer.as_of
    assert sorted(c.claim_id for c in claims) == sorted(e.claim.claim_id for e in answer.entries)


# -- a failed poll's duration ----------------------------------------------------------------------


def test_a_failed_poll_logs_how_long_it_took(
    tracker_app: Tracker, caplog: pytest.LogCaptureFixture
) -> None:
    """A server that answers 503 after 0.3 s: the poll's 'feed.failed' line said
    duration_ms 0.0 (only a fetch that succeeded carried its time). A failure's duration
    is the poll's own, fetch and parse."""

    def slow_failure(h: _RequestHandler) -> None:
        time.sleep(0.3)
        h.reply(503, b"busy")

    with feed_server() as server:
        url = server.route("/slow.xml", slow_failure)
        tracker_app.add_feed(url, name="slow")
        with caplog.at_level(logging.INFO, logger="tracker.poll"):
            tracker_app.poll(["slow"])
    (failed,) = [r for r in caplog.records if r.getMessage() == "feed.failed"]
    fields = failed.fields  # type: ignore[attr-defined]
    assert fields["http_status"] == 503
    assert fields["duration_ms"] >= 300


# -- diff's knowledge times the wrong way round ----------------------------------------------------


def test_diff_of_reversed_knowledge_times_is_refused_in_one_line(
    db_url: str, tmp_path: Path
) -> None:
    """'tracker diff 2026-01-01 2025-01-01' answered, listing everything known by 2026
    as 'lost': read the other way round, every gain is a loss. It is refused in one line
    (exit 2, a usage error); the same time twice is an empty diff."""
    _cli(db_url, tmp_path, "init")
    result = run_cli("--db", db_url, "diff", "2026-01-01", "2025-01-01", "--json", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith(
        "error: diff runs from the earlier knowledge time to the later, and 2026-01-01 "
        "23:59:59 UTC is after 2025-01-01 23:59:59 UTC"
    )
    assert len(result.stderr.splitlines()) == 1
    same = json.loads(_cli(db_url, tmp_path, "diff", "2026-01-01", "2026-01-01", "--json"))
    nothing: tuple[list[object], ...] = ([], [], [])
    assert nothing == (same["gained"], same["lost"], same["changed"])


# -- a user's source link --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    ["notaurl", "www.example.com/news/1", "ftp://example.com/a", "http://", "/tmp/a.html", ""],
)
def test_a_users_source_link_that_is_no_web_address_is_refused(
    db_url: str, tmp_path: Path, address: str
) -> None:
    """'claim add … --url notaurl' was accepted and kept for good as the claim's source
    link. Anything but an absolute http(s) address is refused in one line (exit 2, as
    other bad arguments), and nothing is written."""
    _cli(db_url, tmp_path, "init")
    before = event_count(db_url)
    result = run_cli(
        "--db", db_url, "claim", "add", "nvidia", "deployed_chips", "--value", "5000",
        "--note", "n", "--url", address, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"error: source URL {address!r} is not an absolute http(s)")
    assert len(result.stderr.splitlines()) == 1
    assert event_count(db_url) == before


def test_a_users_source_link_in_capitals_is_kept(db_url: str, tmp_path: Path) -> None:
    """The refusal's other side: an address as some sites print it is an address."""
    _cli(db_url, tmp_path, "init")
    url = "HTTPS://Example.com/news/1"
    args = ("claim", "add", "nvidia", "deployed_chips", "--value", "5000", "--note", "n")
    added = json.loads(_cli(db_url, tmp_path, *args, "--url", url, "--json"))
    assert added["source"]["url"] == url


# -- retract --json --------------------------------------------------------------------------------


def test_retract_answers_in_json_as_rank_does(db_url: str, tmp_path: Path) -> None:
    """'tracker retract ID --reason R --json' was refused as an unknown option while
    'rank … --json' answered one JSON document: a script curating claims read one and
    had to scrape the other's sentence."""
    _cli(db_url, tmp_path, "init")
    args = ("claim", "add", "nvidia", "deployed_chips", "--value", "5000", "--note", "n")
    claim_id = json.loads(_cli(db_url, tmp_path, *args, "--json"))["claim_id"]
    said = json.loads(_cli(db_url, tmp_path, "retract", claim_id, "--reason", "typo", "--json"))
    assert said == {"claim_id": claim_id, "position": event_count(db_url)}


# -- entries with no date at all -------------------------------------------------------------------


def test_entries_with_no_date_are_counted_and_named_by_poll(db_url: str, tmp_path: Path) -> None:
    """An item with no <pubDate> (nor any other date) was stored as first seen, in
    silence, where an unreadable date was named ('undated: …'). Both are now counted in
    the summary ('N undated', 'undated' in --json) and named on stderr, once, for new
    entries only."""
    items = [
        {"guid": "qa15-a", "title": "Lambda fleet", "link": "http://example.invalid/a",
         "body": "Lambda said it operates 20,000 Nvidia GPUs."},
        {"guid": "qa15-b", "title": "Nscale fleet", "link": "http://example.invalid/b",
         "body": "Nscale said it operates 10,000 Nvidia GPUs."},
        {"guid": "qa15-c", "title": "Crusoe fleet", "link": "http://example.invalid/c",
         "date": "Mon, 02 Nov 2026 09:00:00 GMT",
         "body": "Crusoe said it operates 30,000 Nvidia GPUs."},
    ]  # fmt: skip
    with feed_server() as server:
        url = server.static("/nodate.xml", rss(items).encode())
        _cli(db_url, tmp_path, "feeds", "add", url, "--name", "nodate")
        first = run_cli("--db", db_url, "poll", "--once", cwd=tmp_path)
        server.static("/nodate.xml", rss(items).replace("20,000", "21,000").encode())
        again = run_cli("--db", db_url, "poll", "--json", "nodate", cwd=tmp_path)

    assert first.returncode == 0, first.stderr
    assert first.stdout == "1 feed polled, 3 new documents, 0 revisions, 0 failures, 2 undated\n"
    assert first.stderr == (
        "undated: nodate: 2 new entries with no date ('Lambda fleet' and 1 more); "
        "dated when first seen\n"
    )
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    expected = (1, 0, [])  # the revision of a dateless entry is no new undated entry
    assert expected == (summary["revisions"], summary["undated"], summary["notices"])


# -- a stop that killed a parser -------------------------------------------------------------------


def _interrupt_parsers_as_they_start(
    pool: ParserPool, done: threading.Event, looked: threading.Event
) -> None:
    """Kill every parser process the moment this thread sees it, until ``done`` (a process
    that died before it was handed the job is replaced, and the replacement is killed
    too, so the parse cannot succeed).

    A Ctrl-C finds a parser still importing tracker and kills it; a parser past its
    imports ignores Ctrl-C by design and would parse on. On a loaded machine this thread
    could first see a parser after its imports, so a SIGINT here made the test's premise
    (the parser dies) a race that it lost at load 7: SIGKILL makes every parser die
    whenever it is seen, which is the case under test. ``looked`` is set after the first
    look: a parser that was ready before the feed's answer is dead before the answer."""
    interrupted: set[int] = set()
    while not done.is_set():
        for worker in list(pool._all):
            pid = worker.process.pid
            if pid is not None and pid not in interrupted:
                interrupted.add(pid)
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        looked.set()
        time.sleep(0.002)


def test_a_parser_interrupted_while_the_poller_stops_fails_no_feed(
    tracker_app: Tracker, db_url: str
) -> None:
    """Ctrl-C on 'tracker daemon' at a terminal reaches the whole process group: a parser
    process still importing died of it (a KeyboardInterrupt traceback), and the daemon,
    stopping gracefully, recorded the feed it was parsing as failed ('the parser process
    died'), its backoff raised, for the user's own Ctrl-C. A parser that dies while the
    poller stops gives no verdict: the feed is given back unpolled, and the next run
    polls it as if nothing happened."""
    poller = tracker_app.feed_service.poller
    feed = rss([{"guid": "qa15-stop", "title": "t", "body": "Crusoe runs 3,000 GPUs."}])
    done, looked = threading.Event(), threading.Event()

    def stop_then_answer(h: _RequestHandler) -> None:
        poller.stop_event.set()  # as the daemon's SIGINT handler does
        threading.Thread(
            target=_interrupt_parsers_as_they_start,
            args=(poller.parsers, done, looked),
            daemon=True,
        ).start()
        assert looked.wait(timeout=30)
        h.reply(200, feed.encode(), {"Content-Type": "application/rss+xml"})

    for worker in list(poller.parsers._all):  # the process's shared pool: no ready worker
        worker.process.kill()
        worker.process.join(timeout=30)
    with feed_server() as server:
        url = server.route("/stop.xml", stop_then_answer)
        tracker_app.add_feed(url, name="stop")
        before = event_count(db_url)
        summary = tracker_app.poll(["stop"])
        done.set()
        assert (summary.failures, summary.new_documents) == (0, 0)
        assert before == event_count(db_url)
        (record,) = tracker_app.feeds()
        assert (record.consecutive_failures, record.last_polled_at) == (0, None)

        poller.stop_event.clear()
        server.static("/stop.xml", feed.encode())
        assert tracker_app.poll(["stop"]).new_documents == 1


def test_a_parser_killed_while_idle_is_replaced_before_it_gets_a_job() -> None:
    """A parser process killed while it waited for work (the same Ctrl-C, the OOM killer)
    was handed the next feed, which then failed as 'the parser process died'."""
    body = rss([{"guid": "qa15-idle", "title": "t", "body": "b"}]).encode()
    job = ParseJob("http://127.0.0.1/idle.xml", body, "application/xml", "en", datetime.now(UTC))
    with ParserPool(workers=2) as pool:
        assert [e.guid for e in pool.parse(job).entries] == ["qa15-idle"]
        for worker in list(pool._all):
            worker.process.kill()
            worker.process.join(timeout=30)
        assert [e.guid for e in pool.parse(job).entries] == ["qa15-idle"]


# -- a dispute among many -------------------------------------------------------------------------


def test_a_dispute_among_many_sources_names_three_and_counts_the_rest(
    db_url: str, tmp_path: Path
) -> None:
    """A feed of 3,000 entries that each gave Crusoe another GPU count on one day: the
    state table's cell named all 2,999 rivals with their sources (400 KB for one entry,
    one look-up per rival). It names three and counts the rest; --json lists them all."""
    items = [
        {"guid": f"qa15-many-{i}", "title": f"Fleet {i}", "link": f"http://example.invalid/{i}",
         "date": "Mon, 02 Nov 2026 09:00:00 GMT",
         "body": f"Crusoe said it operates {1000 + i} Nvidia GPUs."}
        for i in range(6)
    ]  # fmt: skip
    with feed_server() as server:
        url = server.static("/many.xml", rss(items).encode())
        _cli(db_url, tmp_path, "ingest", url)
    table = " ".join(_cli(db_url, tmp_path, "state", "--subject", "crusoe").split())
    assert table.count(" count (press: ") == 3, table
    assert "; 2 more (--json lists them)" in table
    (entry,) = json.loads(_cli(db_url, tmp_path, "state", "--subject", "crusoe", "--json"))[
        "entries"
    ]
    assert len(entry["disputed_with"]) == 5


# -- a name typed for an id -----------------------------------------------------------------------


def test_claim_add_with_a_korean_name_for_an_id_names_the_id(db_url: str, tmp_path: Path) -> None:
    """'claim add 엔비디아 …' was refused as an unknown entity with no hint, where 'state
    --subject 엔비디아' says "did you mean 'nvidia'?": an analyst types the name as the
    news writes it. A name any vocabulary alias has (Korean, another case) names its id,
    for a subject, an object and an entity qualifier alike; nothing is written."""
    _cli(db_url, tmp_path, "init")
    before = event_count(db_url)
    note = ("--note", "n")
    for args, expected in (
        (("엔비디아", "deployed_chips", "--value", "5000"),
         "subject entity '엔비디아' (did you mean 'nvidia'?)"),
        (("meta", "adopts", "--object", "구글"), "object entity '구글' (did you mean 'google'?)"),
        (("project-rainier", "deployed_chips", "-q", "chip=트레이니움2", "--value", "5"),
         "'chip' entity '트레이니움2' (did you mean 'trainium2'?)"),
    ):  # fmt: skip
        result = run_cli("--db", db_url, "claim", "add", *args, *note, cwd=tmp_path)
        assert result.returncode == 2, result.stderr
        assert result.stderr.startswith(f"error: unknown {expected}; "), result.stderr
    assert event_count(db_url) == before


# -- one feed, spelled another way -----------------------------------------------------------------


def test_a_subscribed_feed_spelled_with_a_fragment_or_capitals_is_already_subscribed(
    db_url: str, tmp_path: Path
) -> None:
    """'feeds add URL#frag' with URL subscribed said the made-up name was taken, as if
    it were another feed: a fragment never reaches the server, nor does the case of the
    scheme or the spaces around a pasted address. Each is the subscribed feed ('already
    subscribed', nothing written), and a poll fetches it once."""
    items = [{"guid": "qa15-frag", "title": "Chip wire", "link": "http://example.invalid/f",
              "date": "Mon, 02 Nov 2026 09:00:00 GMT",
              "body": "Crusoe said it operates 4,000 Nvidia GPUs."}]  # fmt: skip
    with feed_server() as server:
        url = server.static("/chip-wire.atom", rss(items).encode())
        _cli(db_url, tmp_path, "feeds", "add", url, "--name", "chip-wire")
        before = event_count(db_url)
        for spelling in (f"{url}#frag", f"{url}#", "HTTP" + url.removeprefix("http"), f" {url} "):
            said = _cli(db_url, tmp_path, "feeds", "add", spelling)
            assert said.startswith(f"{url}: already subscribed as 'chip-wire' "), said
        assert before == event_count(db_url)
        polled = run_cli("--db", db_url, "poll", "--once", cwd=tmp_path)
    assert polled.returncode == 0, polled.stderr
    assert polled.stdout == "1 feed polled, 1 new document, 0 revisions, 0 failures\n"
    (feed,) = json.loads(_cli(db_url, tmp_path, "feeds", "list", "--json"))
    assert (url, "chip-wire") == (feed["url"], feed["name"])


def test_a_fragment_never_subscribes_a_second_feed_under_another_name(
    db_url: str, tmp_path: Path
) -> None:
    """The other way round: with a name of its own, 'URL#frag' was a second subscription
    of the same feed, each entry fetched twice. It is the same feed, named otherwise: an
    error that says so (exit 1), nothing written."""
    with feed_server() as server:
        url = server.static("/chip-wire.atom", rss([]).encode())
        _cli(db_url, tmp_path, "feeds", "add", url, "--name", "chip-wire")
        before = event_count(db_url)
        result = run_cli(
            "--db", db_url, "feeds", "add", f"{url}#latest", "--name", "wire2", cwd=tmp_path
        )
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith(
        f"error: {url}: already subscribed as 'chip-wire' with name 'chip-wire', not 'wire2'"
    )
    assert before == event_count(db_url)


_HOSTS = st.from_regex(r"[A-Za-z][A-Za-z0-9-]{0,10}(\.[A-Za-z]{2,5}){1,2}", fullmatch=True)
_TAILS = st.from_regex(r"(/[A-Za-z0-9._~%-]{0,8}){0,3}(\?[A-Za-z0-9=&%]{0,10})?", fullmatch=True)


@given(
    scheme=st.sampled_from(["http", "https", "HTTP", "Https"]),
    host=_HOSTS,
    port=st.sampled_from(["", ":", ":80", ":443", ":8080"]),
    tail=_TAILS,
    fragment=st.sampled_from(["", "#", "#top", "#a/b?c"]),
)
def test_a_feed_address_drops_only_what_the_server_never_sees(
    scheme: str, host: str, port: str, tail: str, fragment: str
) -> None:
    """Scheme and host in lower case, no default port, no fragment; the path and query as
    typed (their case is the server's business). Normalizing twice changes nothing."""
    lower = scheme.lower()
    default = {"http": ":80", "https": ":443"}[lower]
    kept_port = "" if port in ("", ":", default) else port
    expected = f"{lower}://{host.lower()}{kept_port}{tail}"
    actual = normalize_location(f"  {scheme}://{host}{port}{tail}{fragment} ")
    assert expected == actual
    assert actual == normalize_location(actual)


# -- an article file that is not there -------------------------------------------------------------


def test_ingest_of_a_missing_file_reads_no_article(db_url: str, tmp_path: Path) -> None:
    """'tracker ingest /nonexistent.txt' said '1 article read, … 1 failure': nothing was
    read. The file is a failure, not an article read; the exit code is 1 as before, and
    a readable file beside it is counted alone."""
    _cli(db_url, tmp_path, "init")
    missing = tmp_path / "nonexistent.txt"
    alone = run_cli("--db", db_url, "ingest", str(missing), cwd=tmp_path)
    assert (alone.returncode, alone.stdout) == (
        1,
        "0 articles read, 0 new documents, 0 revisions, 1 failure\n",
    )
    assert alone.stderr == "failed: nonexistent.txt: cannot read: No such file or directory\n"

    note = tmp_path / "note.txt"
    note.write_text("Crusoe said it operates 4,000 Nvidia GPUs.\n", encoding="utf-8")
    both = run_cli("--db", db_url, "ingest", str(note), str(missing), "--json", cwd=tmp_path)
    assert both.returncode == 1, both.stderr
    summary = json.loads(both.stdout)
    expected = (1, 1, 1)  # the note read and stored, the missing file failed
    assert expected == (summary["articles"], summary["new_documents"], summary["failures"])


# -- an empty feed name ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["", "   ", "\t"])
def test_an_empty_or_blank_feed_name_is_a_usage_error(
    db_url: str, tmp_path: Path, name: str
) -> None:
    """'feeds add URL --name ""' subscribed the feed under the made-up name, and
    '--name "   "' under a name of spaces no command can be given. Both are refused in
    one line (exit 2), nothing written; a feeds.toml's 'name = ""' too."""
    _cli(db_url, tmp_path, "init")
    before = event_count(db_url)
    url = "http://127.0.0.1:9/empty-name.xml"
    result = run_cli("--db", db_url, "feeds", "add", url, "--name", name, cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"error: a feed name cannot be empty or blank (got {name!r})\n"
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(
        f'[[feed]]\nurl = "{url}"\nname = "ok"\n\n[[feed]]\nurl = "{url}2"\nname = "{name}"\n',
        encoding="utf-8",
    )
    loaded = run_cli("--db", db_url, "feeds", "load", str(feeds_file), cwd=tmp_path)
    assert (loaded.returncode, loaded.stdout) == (2, "")
    assert loaded.stderr.startswith("error: a feed name cannot be empty or blank")
    assert before == event_count(db_url)
