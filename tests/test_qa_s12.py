"""Defects found by use, twelfth QA pass, and the session's mends of the feed path: feeds
with dates written in words, polls that name their feeds, ``--db`` given a path, the
per-document extraction cap, and the cost of ingest and poll checks. Feeds are served
from a real local HTTP server; the CLI runs as the real ``tracker`` console script; both
databases where storage is involved.

Every sample sentence is written for these tests.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine

from tests.cli_support import run_cli
from tests.conftest import SteppingClock
from tests.feeds_support import FeedServer, feed_server, items, rss
from tracker.app import Tracker
from tracker.config import Settings
from tracker.domain.catalog import DocumentObserved
from tracker.ingest.dates import parse_date
from tracker.ingest.limits import cut_text
from tracker.ingest.parse import defuse

START = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with feed_server() as s:
        yield s


def _claims(db: str, tmp_path: Path, *args: str) -> list[dict[str, Any]]:
    result = run_cli("--db", db, "claims", "--json", *args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout)["claims"])


# -- poll FEED...: a named feed that fails fails the command -------------------------------


def test_poll_of_named_feeds_exits_1_when_one_of_them_fails(
    db_url: str, tmp_path: Path, server: FeedServer
) -> None:
    """'tracker poll --once good broken' printed 'failed: broken: ...' and exited 0 because
    the other named feed was fine: a script polling the feeds it names could not tell. The
    README says a feed named on the command line that fails makes the exit status 1."""
    good = server.static("/good.xml", rss(items(1)).encode())
    broken = server.status("/broken.xml", 500)
    for url, name in ((good, "good"), (broken, "broken")):
        added = run_cli("--db", db_url, "feeds", "add", url, "--name", name, cwd=tmp_path)
        assert added.returncode == 0, added.stderr

    named = run_cli("--db", db_url, "poll", "--once", "good", "broken", cwd=tmp_path)
    due = run_cli("--db", db_url, "poll", "--once", cwd=tmp_path)  # nothing named, none due

    assert (named.returncode, re.search(r"\d+ failure", named.stdout)[0]) == (1, "1 failure")  # type: ignore[index]
    assert "failed: broken: server_error: HTTP 500" in named.stderr
    assert due.returncode == 0


# -- dates written in words ------------------------------------------------------------------

_WORDY_DATES = {
    "November 24th, 2025 at 3:30 PM PST": datetime(2025, 11, 24, 23, 30, tzinfo=UTC),
    "Monday, November 24, 2025 - 15:30": datetime(2025, 11, 24, 15, 30, tzinfo=UTC),
    "Nov. 24, 2025": datetime(2025, 11, 24, tzinfo=UTC),
    "Sept. 3, 2025": datetime(2025, 9, 3, tzinfo=UTC),
    "Thu, 3 Sept 2025 10:00:00 GMT": datetime(2025, 9, 3, 10, 0, tzinfo=UTC),
    "December 1st, 2025": datetime(2025, 12, 1, tzinfo=UTC),
    "2025-11-18 09:00 PST": datetime(2025, 11, 18, 17, 0, tzinfo=UTC),
    "2025-07-18 09:00 EDT": datetime(2025, 7, 18, 13, 0, tzinfo=UTC),
}


@pytest.mark.parametrize(("raw", "expected"), sorted(_WORDY_DATES.items()))
def test_dates_written_in_words_or_with_a_us_zone_name_are_read(
    raw: str, expected: datetime
) -> None:
    """Day ordinals, AP abbreviations with a period, 'at' or a dash before the clock, and
    a numeric date followed by PST/EDT were no date at all: the entry was dated when first
    seen (an article of 2025 reported today, its 'next year' read from today)."""
    assert expected == parse_date(raw)


@pytest.mark.parametrize("raw", ["Nov 31st, 2025", "the 3rd of 2025", "Nov. 2025"])
def test_a_wordy_date_that_is_no_whole_date_stays_unread(raw: str) -> None:
    assert parse_date(raw) is None


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
_MONTHS += ("September", "October", "November", "December")


@given(
    st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2035, 12, 31)),
    st.sampled_from(["{m} {o}, {y} at {h}:{mi} {ap}", "{m} {o}, {y}, {h}:{mi} {ap}"]),
)
def test_an_ordinal_date_with_a_twelve_hour_clock_reads_back(when: datetime, template: str) -> None:
    day = when.day
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    hour = when.hour % 12 or 12
    raw = template.format(
        m=_MONTHS[when.month - 1],
        o=f"{day}{suffix}",
        y=when.year,
        h=hour,
        mi=f"{when.minute:02d}",
        ap="PM" if when.hour >= 12 else "AM",
    )
    expected = when.replace(second=0, microsecond=0, tzinfo=UTC)
    assert expected == parse_date(raw)


def test_a_feed_entry_dated_in_words_is_reported_on_its_day(
    db_url: str, tmp_path: Path, server: FeedServer
) -> None:
    """An item with <pubDate>November 24th, 2025 at 3:30 PM PST</pubDate> was reported
    on the day it was ingested, with an 'undated:' notice."""
    feed = rss(
        [
            {
                "guid": "w-1",
                "title": "Rainier funding",
                "link": "http://example.invalid/w/1",
                "date": "November 24th, 2025 at 3:30 PM PST",
                "body": "AWS plans to invest $11 billion in Project Rainier in Indiana.",
            }
        ],
        language="en",
    )
    url = server.static("/wordy.xml", feed.encode())
    result = run_cli("--db", db_url, "ingest", url, cwd=tmp_path)

    assert (result.returncode, result.stderr) == (0, "")
    reported = {c["reported_at"] for c in _claims(db_url, tmp_path, "--subject", "aws")}
    assert {"2025-11-24T23:30:00Z"} == reported


def test_ingest_published_with_a_us_zone_name_is_read_in_that_zone(
    db_url: str, tmp_path: Path
) -> None:
    """'tracker ingest note.txt --published "2025-11-18 09:00 PST"' said it was not a date
    (KST, GMT and UTC were read after a numeric date; the US names were not)."""
    note = tmp_path / "crusoe.txt"
    note.write_text(
        "Crusoe fills Abilene\n\nCrusoe said its Abilene campus now hosts 100,000 GB200 chips.\n",
        encoding="utf-8",
    )
    result = run_cli(
        "--db", db_url, "ingest", str(note), "--published", "2025-11-18 09:00 PST", cwd=tmp_path
    )

    assert (result.returncode, result.stderr) == (0, "")
    reported = {c["reported_at"] for c in _claims(db_url, tmp_path, "--subject", "crusoe")}
    assert {"2025-11-18T17:00:00Z"} == reported


# -- --db given a path ------------------------------------------------------------------------


def test_db_given_as_a_path_says_how_to_write_it_as_a_url(tmp_path: Path) -> None:
    """'tracker --db /srv/tracker.db state' said only "not a database URL"."""
    result = run_cli("--db", "data/tracker.db", "state", cwd=tmp_path)

    assert result.returncode == 2
    assert (
        f"error: --db takes a database URL, not a path: for that SQLite file, --db "
        f"sqlite:///{tmp_path / 'data' / 'tracker.db'}\n"
    ) == result.stderr
    assert not (tmp_path / "data").exists()


# -- mend: ingest FILE --tier --published reads the document's stream once --------------------


def test_ingest_of_a_stored_file_with_tier_and_date_reads_its_stream_once(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = Tracker(engine, clock=SteppingClock(START))
    note = tmp_path / "rainier.txt"
    note.write_text("Rainier\n\nAWS said Project Rainier runs 500,000 Trainium2 chips.\n")
    when = datetime(2025, 12, 1, 9, 0, tzinfo=UTC)
    app.ingest([str(note)], published=when, tier="press")
    reads: list[str] = []
    read_stream = app.store.read_stream

    def counted(stream_id: str, from_version: int = 1) -> Any:
        reads.append(stream_id)
        return read_stream(stream_id, from_version)

    monkeypatch.setattr(app.store, "read_stream", counted)
    summary = app.ingest([str(note)], published=when, tier="press")

    assert (summary.failures, summary.new_documents) == (0, 0)
    assert len([r for r in reads if r.startswith("doc-")]) == 1


# -- mend: a moved feed pays the same-address query once, not every poll ----------------------


def test_a_moved_feed_asks_for_a_twin_at_its_address_once_not_on_every_poll(
    engine: Engine, server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = SteppingClock(START)
    app = Tracker(engine, clock=clock)
    new = server.static("/new.xml", rss(items(2)).encode())
    app.add_feed(server.redirect("/old.xml", 301, new), name="moving", every="15m")
    app.poll()  # moves
    lookups: list[str] = []
    find_feed = app.feed_states.find_feed

    def counted(name_or_url: str) -> Any:
        lookups.append(name_or_url)
        return find_feed(name_or_url)

    monkeypatch.setattr(app.feed_states, "find_feed", counted)
    per_poll = []
    for _ in range(3):
        clock.advance(hours=1)
        app.poll()
        per_poll.append(lookups.count(new))

    assert per_poll == [1, 1, 1]  # the first poll after the move asks; later ones do not
    assert [new] == [f.url for f in app.feeds()]


def test_two_feeds_moved_together_still_leave_one_with_the_check_paid_once(
    engine: Engine, server: FeedServer
) -> None:
    """The merge of two feeds that moved to one address in one cycle still happens (the
    check the memo skips is only the one already answered)."""
    clock = SteppingClock(START)
    app = Tracker(engine, clock=clock)
    new = server.static("/new.xml", rss(items(1)).encode())
    app.add_feed(server.redirect("/one.xml", 301, new), name="one", every="15m")
    app.add_feed(server.redirect("/two.xml", 301, new), name="two", every="15m")
    app.poll()
    for _ in range(2):
        clock.advance(hours=1)
        app.poll()

    assert len(app.feeds()) == 1
    assert server.hits["/new.xml"] == 4  # two moves, then one fetch a cycle


# -- mend: defuse repairs character references in the same pass -------------------------------


_PERSON = re.compile(
    rb"(<(?:[A-Za-z][\w.-]*:)?(?:author|creator|name|email|managingEditor|webMaster|contributor)"
    rb"\b[^>]{0,200}>)([^<]{512,})"
)
_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")


def _two_pass(body: bytes) -> bytes:
    """The two passes as they stood before the mend: the reference for the one pass."""

    def cut(m: re.Match[bytes]) -> bytes:
        text = m.group(2)[:256]
        space = text.rfind(b" ")
        if space > 0:
            text = text[:space]
        else:
            while text and (text[-1] & 0xC0) == 0x80:
                text = text[:-1]
            if text and text[-1] >= 0xC0:
                text = text[:-1]
        return m.group(1) + text + b"..."

    def fix(m: re.Match[bytes]) -> bytes:
        digits = (m.group(1) or m.group(2)).lstrip(b"0")
        if len(digits) > 8:
            return b"&#xFFFD;"
        value = int(digits or b"0", 16 if m.group(1) else 10)
        return b"&#xFFFD;" if 0xD800 <= value <= 0xDFFF or value > 0x10FFFF else m.group()

    data = body if len(body) < 512 else _PERSON.sub(cut, body)
    return data if b"&#" not in data else _REF.sub(fix, data)


_REFS = st.one_of(
    st.integers(0, 0x11FFFF).map(lambda v: f"&#x{v:X};"),
    st.integers(0, 0x11FFFF).map(lambda v: f"&#{v};"),
    st.sampled_from(["&#xD800;", "&#00000000065;", "&#x000000000041;", "&#;", "&#x;", "&#12"]),
)
_WORDS = st.sampled_from(["Kim ", "한국 ", "a@b.example ", "x" * 40, " ", "&amp;", "é", "<p>"])
_PIECES = st.one_of(_REFS, _WORDS)
_RUN = st.lists(_PIECES, max_size=80).map("".join)
_TAGS = st.sampled_from(["<author>", '<dc:creator a="&#xD800;">', "<name>", "<title>"])


@given(st.lists(st.tuples(_TAGS, _RUN, st.integers(0, 40)), max_size=6))
def test_defuse_in_one_pass_equals_the_two_passes(parts: list[tuple[str, str, int]]) -> None:
    body = "".join(f"{tag}{run}{'y' * (pad * 20)}</x>" for tag, run, pad in parts).encode()

    assert _two_pass(body) == defuse(body)


def test_a_surrogate_reference_inside_a_long_author_is_repaired_too() -> None:
    body = b"<rss><author>" + b"&#xD800; " + b"z" * 600 + b"</author></rss>"

    assert defuse(body).startswith(b"<rss><author>&#xFFFD;...")


# -- mend: the per-document extraction cap ---------------------------------------------------

_LONG_FILLER = "Analysts at a regional brokerage revisited their packaging outlook again. "


def _long_feed(filler_chars: int) -> str:
    body = (
        "AWS said Project Rainier runs 480,000 Trainium2 chips. "
        + _LONG_FILLER * (filler_chars // len(_LONG_FILLER))
        + "Google said each Ironwood chip carries 192 GB of HBM3E memory."
    )
    entry = {
        "guid": "long-1",
        "title": "A very long dump",
        "link": "http://example.invalid/long/1",
        "date": "Mon, 01 Dec 2025 09:00:00 +0000",
        "body": body,
    }
    return rss([entry], language="en")


def test_a_document_past_the_cap_keeps_its_text_and_is_extracted_from_its_start(
    engine: Engine, server: FeedServer
) -> None:
    """A 3 MB entry cost about a minute of extraction CPU, with no bound. Past the cap
    the extractor reads the start only; the log keeps the whole text; the summary says
    which document was cut."""
    app = Tracker(engine, clock=SteppingClock(START), settings=Settings(extract_max_chars=5_000))
    url = server.static("/long.xml", _long_feed(20_000).encode())

    summary = app.ingest([url])

    subjects = {c.subject for c in app.claims().claims}
    observed = [e.event for e in app.store.read_all(0) if isinstance(e.event, DocumentObserved)]
    assert {"project-rainier"} == subjects  # the Ironwood sentence lies past the cap
    assert observed[0].text.endswith("192 GB of HBM3E memory.")  # the log keeps it all
    cut = [n for n in summary.notices if n.startswith("cut: ")]
    assert len(cut) == 1
    assert re.fullmatch(
        r"cut: 'A very long dump' is [\d,]+ characters; claims were read from the first "
        r"[\d,]+ \(TRACKER_EXTRACT_MAX_CHARS; its whole text is kept\)",
        cut[0],
    )


def test_a_document_under_the_cap_and_a_cap_of_zero_read_everything(
    engine: Engine, server: FeedServer
) -> None:
    app = Tracker(engine, clock=SteppingClock(START), settings=Settings(extract_max_chars=0))
    url = server.static("/long.xml", _long_feed(20_000).encode())

    summary = app.ingest([url])

    assert {"ironwood", "project-rainier"} == {c.subject for c in app.claims().claims}
    assert [n for n in summary.notices if n.startswith("cut: ")] == []


def test_the_cut_is_told_on_stderr_and_set_from_the_environment(
    db_url: str, tmp_path: Path, server: FeedServer
) -> None:
    url = server.static("/long.xml", _long_feed(20_000).encode())
    env = {"TRACKER_EXTRACT_MAX_CHARS": "5000"}

    result = run_cli("--db", db_url, "ingest", url, cwd=tmp_path, env=env)

    assert result.returncode == 0, result.stderr
    assert re.match(r"cut: 'A very long dump' is [\d,]+ characters", result.stderr)
    assert [c["subject"] for c in _claims(db_url, tmp_path)] == ["project-rainier"]


def test_a_negative_cap_is_refused_with_the_setting_named(tmp_path: Path) -> None:
    result = run_cli("state", cwd=tmp_path, env={"TRACKER_EXTRACT_MAX_CHARS": "-5"})

    assert (
        result.returncode,
        result.stderr,
    ) == (
        2,
        "error: TRACKER_EXTRACT_MAX_CHARS='-5': Input should be greater than or equal to 0\n",
    )


@pytest.mark.parametrize(
    ("text", "cap", "expected"),
    [
        ("One. Two three four. Five six", 22, "One. Two three four."),
        ("first line\nsecond line that is long", 20, "first line"),
        ("abcdefghij", 4, "abcd"),
        ("short", 10, "short"),
    ],
)
def test_the_cut_ends_at_a_paragraph_or_sentence_before_the_cap(
    text: str, cap: int, expected: str
) -> None:
    assert expected == cut_text(text, cap)


@given(st.text(max_size=300), st.integers(1, 300))
def test_the_cut_is_a_prefix_no_longer_than_the_cap(text: str, cap: int) -> None:
    cut = cut_text(text, cap)

    assert text.startswith(cut)
    assert len(cut) <= cap
