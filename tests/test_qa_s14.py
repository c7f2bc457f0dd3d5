"""Defects found by use, fourteenth QA pass: a new user's own English and Korean feeds
(corrections republished under a new date, withdrawn claims ranked, vanishing and broken
feeds) served from a real local HTTP server and run through the real ``tracker`` console
script, on both databases where storage is involved.

Every sample sentence is written for these tests.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from tests.cli_support import event_count, run_cli
from tests.feeds_support import feed_server, rss
from tracker.ingest import workers as workers_module
from tracker.ingest.parse import ParseJob
from tracker.ingest.workers import ParserPool, _serve


def _cli(db: str, cwd: Path, *args: str) -> str:
    result = run_cli("--db", db, *args, cwd=cwd)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout


def _claims(db: str, cwd: Path, *args: str) -> list[dict[str, object]]:
    claims: list[dict[str, object]] = json.loads(_cli(db, cwd, "claims", "--json", *args))["claims"]
    return claims


def _one(guid: str, date: str, body: str, *, title: str = "Fleet update") -> list[dict[str, str]]:
    return [
        {
            "guid": guid,
            "title": title,
            "link": f"http://example.invalid/{guid}",
            "date": date,
            "body": body,
        }
    ]


# -- a correction republished under a new pubDate --------------------------------------------


def test_a_corrected_entry_with_a_new_pubdate_dates_its_claims_at_that_date(
    db_url: str, tmp_path: Path
) -> None:
    """An RSS correction keeps its guid and changes its text and its <pubDate> (RSS has no
    <updated>). Only an entry's <updated> was read as the revision's date, so the corrected
    figure was reported when the tracker happened to poll (weeks later for a backfill) and
    valid at the first version's date: 'state --known-at' between the two versions showed
    nothing new, and after the correction the new figure was dated before it was said.
    SPEC §4: reported_at is the source's publication (or update) time, and a plain dated
    fact is a point at the report's date: the new pubDate, for both."""
    first = "CoreWeave said it now operates 250,000 Nvidia GPUs across its data centers."
    fixed = "CoreWeave said it now operates 260,000 Nvidia GPUs across its data centers."
    with feed_server() as server:
        url = server.static(
            "/en.xml", rss(_one("qa14-fix", "Mon, 02 Nov 2026 09:00:00 GMT", first)).encode()
        )
        _cli(db_url, tmp_path, "feeds", "add", url, "--name", "wire", "--lang", "en")
        _cli(db_url, tmp_path, "poll", "--once")
        server.static(
            "/en.xml", rss(_one("qa14-fix", "Thu, 05 Nov 2026 09:00:00 GMT", fixed)).encode()
        )
        polled = _cli(db_url, tmp_path, "poll", "--once", "wire")
    assert "1 revision" in polled

    (claim,) = _claims(db_url, tmp_path, "--subject", "coreweave")
    assert claim["value"]["low"] == 260000  # type: ignore[index]
    assert claim["reported_at"] == "2026-11-05T09:00:00Z"
    assert claim["valid"]["start"] == "2026-11-05"  # type: ignore[index]

    between = json.loads(_cli(db_url, tmp_path, "state", "--known-at", "2026-11-03", "--json"))
    assert [e["claim"]["value"]["low"] for e in between["entries"]] == [250000]
    later = json.loads(_cli(db_url, tmp_path, "state", "--known-at", "2026-11-06", "--json"))
    assert [e["claim"]["value"]["low"] for e in later["entries"]] == [260000]
    history = json.loads(_cli(db_url, tmp_path, "history", "coreweave", "--json"))
    withdrawn = [r for r in history["rows"] if r["kind"] == "withdrawn"]
    assert [r["reported_at"] for r in withdrawn] == ["2026-11-05T09:00:00Z"]


def test_a_silent_edit_under_the_same_pubdate_is_reported_when_seen(
    db_url: str, tmp_path: Path
) -> None:
    """The other side of the rule: a changed text whose date did not move (or moved back)
    says nothing about when it was written, so its claims are reported when the tracker
    first saw it, never before anyone could have read them (Korean feed, KST dates)."""
    first = "삼성전자는 HBM4를 월 15만 장 생산하고 있다고 밝혔다."
    fixed = "삼성전자는 HBM4를 월 17만 장 생산하고 있다고 밝혔다."
    date = "Mon, 02 Nov 2026 18:00:00 +0900"
    with feed_server() as server:
        url = server.static("/ko.xml", rss(_one("qa14-ko", date, first, title="HBM4")).encode())
        _cli(db_url, tmp_path, "feeds", "add", url, "--name", "ko", "--lang", "ko")
        _cli(db_url, tmp_path, "poll", "--once")
        older = "Sun, 01 Nov 2026 18:00:00 +0900"
        server.static("/ko.xml", rss(_one("qa14-ko", older, fixed, title="HBM4")).encode())
        assert "1 revision" in _cli(db_url, tmp_path, "poll", "--once", "ko")

    reported = [c["reported_at"] for c in _claims(db_url, tmp_path)]
    assert reported, "the Korean sentence gave no claim"
    assert all(str(r) > "2026-11-20" for r in reported), reported


# -- a rank of a withdrawn claim -------------------------------------------------------------


def test_ranking_a_withdrawn_claim_is_refused_and_says_it_is_withdrawn(
    db_url: str, tmp_path: Path
) -> None:
    """'tracker rank OLD preferred' of the claim a corrected article withdrew was accepted
    (exit 0) with a note that another claim was in force today, which does not say why:
    a withdrawn claim never wins at any date, so the rank changed nothing and left a row
    in its history that reads like a decision. As a rank of a retracted claim is, it is
    refused in one line that says the claim is withdrawn (exit 1), and nothing is written."""
    first = "CoreWeave said it now operates 250,000 Nvidia GPUs across its data centers."
    fixed = "CoreWeave said it now operates 260,000 Nvidia GPUs across its data centers."
    with feed_server() as server:
        url = server.static(
            "/en.xml", rss(_one("qa14-w", "Mon, 02 Nov 2026 09:00:00 GMT", first)).encode()
        )
        _cli(db_url, tmp_path, "feeds", "add", url, "--name", "wire")
        _cli(db_url, tmp_path, "poll", "--once")
        (old,) = _claims(db_url, tmp_path)
        server.static(
            "/en.xml", rss(_one("qa14-w", "Thu, 05 Nov 2026 09:00:00 GMT", fixed)).encode()
        )
        _cli(db_url, tmp_path, "poll", "--once", "wire")
    before = event_count(db_url)

    for rank in ("preferred", "deprecated", "normal"):
        result = run_cli(
            "--db", db_url, "rank", str(old["claim_id"]), rank, "--reason", "r", cwd=tmp_path
        )
        assert result.returncode == 1, result
        assert result.stdout == ""
        assert result.stderr.startswith(f"error: claim {old['claim_id']} is withdrawn")
        assert "tracker history coreweave deployed_chips" in result.stderr
        assert len(result.stderr.splitlines()) == 1

    assert event_count(db_url) == before
    (current,) = _claims(db_url, tmp_path)
    ranked = _cli(db_url, tmp_path, "rank", str(current["claim_id"]), "preferred", "--reason", "r")
    assert ranked.startswith(f"ranked {current['claim_id']} preferred")


# -- addresses that are no URL ---------------------------------------------------------------


def test_a_malformed_address_is_one_error_line_and_writes_nothing(
    db_url: str, tmp_path: Path
) -> None:
    """'feeds add', 'ingest' and 'poll' of 'http://[::1' (a bracket left open) crashed with
    a ValueError traceback (exit 1), and 'feeds add http://host:99999/feed' subscribed a
    port that cannot exist, which then failed every poll as 'connection refused'. Each is
    now one line naming the address (exit 2), with nothing written; a scheme written in
    capitals ('HTTP://…', as some sites print it) is the same scheme, not an unsupported
    location."""
    before = event_count(db_url)
    for command, address in (
        ("feeds add", "http://[::1"),
        ("ingest", "http://127.0.0.1:99999/feed"),
        ("poll", "http://127.0.0.1:x/feed"),
    ):
        result = run_cli("--db", db_url, *command.split(), address, cwd=tmp_path)
        assert result.returncode == 2, (command, result.stderr)
        assert result.stderr.startswith(f"error: {address!r} is not a valid URL: ")
        assert len(result.stderr.splitlines()) == 1, result.stderr
    assert event_count(db_url) == before

    with feed_server() as server:
        url = server.static(
            "/caps.xml", rss(_one("qa14-caps", "Mon, 02 Nov 2026 09:00:00 GMT", "x")).encode()
        )
        added = _cli(db_url, tmp_path, "feeds", "add", url.replace("http://", "HTTP://"))
    assert added.startswith("subscribed ")
    assert f"({url})" in added


# -- a parser process's start-up is not parse time -------------------------------------------


def _slow_start(conn: Connection) -> None:
    """A parser process whose start-up takes a second longer (the target of a spawned
    process: module level, importable by the child)."""
    time.sleep(1.0)
    _serve(conn)


def test_a_new_parser_process_start_up_is_not_counted_against_the_parse_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The parse time limit ran from the moment a job was sent, so a freshly spawned
    parser's start-up (a new interpreter importing tracker: about a second then, over 20 s
    with the machine loaded) counted as parsing: on a busy machine a one-shot 'tracker
    poll' failed a 900-byte feed with 'parsing took longer than 20 s'. The worker now says
    when it is ready, and the limit covers the parse alone. The start-up is made a second
    longer than the limit here: a real one is now too quick (0.15 s of CPU since session
    15) for "shorter than any start-up" to hold on a fast machine (CI at 0a69ac9: 0.22 s)."""
    body = rss(_one("qa14-p", "Mon, 02 Nov 2026 09:00:00 GMT", "Short body.")).encode()
    job = ParseJob("http://127.0.0.1/feed.xml", body, "application/xml", "en", datetime.now(UTC))
    with ParserPool(workers=1, time_limit_s=0.3) as pool:
        monkeypatch.setattr(workers_module, "_serve", _slow_start)
        started = time.monotonic()
        parsed = pool.parse(job)
        assert time.monotonic() - started > 1.0  # the start-up alone took longer
        assert [e.guid for e in parsed.entries] == ["qa14-p"]
        assert [e.guid for e in pool.parse(job).entries] == ["qa14-p"]


# -- a count that is not whole ----------------------------------------------------------------


def test_a_users_count_of_half_a_thing_is_refused(db_url: str, tmp_path: Path) -> None:
    """'claim add nvidia deployed_chips --value 0.5' was added: half a chip, a typo
    ('0.5' for 500,000?) kept forever in an append-only log, as a count in dollars would
    have been had it not been refused. A count (chips, chips per system) is whole: refused
    in one line (exit 2), nothing written; other quantities keep their fractions."""
    before = event_count(db_url)
    for value in (("--value", "0.5"), ("--low", "1.5", "--high", "3")):
        result = run_cli(
            "--db", db_url, "claim", "add", "nvidia", "deployed_chips", "--note", "n",
            *value, cwd=tmp_path,
        )  # fmt: skip
        assert result.returncode == 2, result.stderr
        assert result.stderr.startswith("error: deployed_chips counts whole things, not ")
        assert len(result.stderr.splitlines()) == 1
    assert event_count(db_url) == before
    added = _cli(
        db_url, tmp_path, "claim", "add", "ironwood", "peak_compute", "-q", "precision=fp8",
        "--value", "4.6e15", "--note", "n",
    )  # fmt: skip
    assert added.startswith("added c_")
