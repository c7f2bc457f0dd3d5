"""Defects found by use, sixteenth QA pass: one subject's state that is empty although
claims about it are known. Driven through the real ``tracker`` console script, on both
databases.

Every sample value is written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import update

from tests.cli_support import event_count, run_cli
from tests.feeds_support import feed_server, rss
from tracker.store.engine import make_engine
from tracker.store.feeds import feeds


def _cli(db: str, cwd: Path, *args: str) -> str:
    result = run_cli("--db", db, *args, cwd=cwd)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout


def _add(db: str, cwd: Path, *args: str) -> None:
    _cli(db, cwd, "claim", "add", *args, "--note", "qa", "--reported", "2026-03-02")


def _capacity_on_march_1(db: str, cwd: Path) -> None:
    """A new database holding one dated claim: Samsung's HBM4 capacity on 2026-03-01."""
    _cli(db, cwd, "init")
    _add(
        db,
        cwd,
        "samsung",
        "capacity",
        "--value",
        "120000",
        "-q",
        "process=hbm4",
        "--at",
        "2026-03-01",
    )


def test_an_empty_subject_state_names_when_its_claims_hold(db_url: str, tmp_path: Path) -> None:
    """'tracker state --subject samsung' said only "nothing to show" when every claim
    about Samsung was a dated capacity or a plan due later: it read as "nothing is known
    about Samsung". It now says how many claims there are, at which valid times they
    hold, and which --as-of to try."""
    _capacity_on_march_1(db_url, tmp_path)
    plan = (
        "--value",
        "170000",
        "-q",
        "process=hbm4",
        "--modality",
        "planned",
        "--due",
        "2027-12-31",
    )
    _add(db_url, tmp_path, "samsung", "capacity", *plan)

    said = " ".join(
        _cli(db_url, tmp_path, "state", "--subject", "samsung", "--as-of", "2026-06-15").split()
    )

    assert "nothing to show" in said
    assert "2 claims about samsung, none in force on 2026-06-15" in said
    assert "capacity 2026-03-01, capacity by 2027-12-31" in said
    assert "Try --as-of 2026-03-01" in said
    shown = _cli(db_url, tmp_path, "state", "--subject", "samsung", "--as-of", "2026-03-01")
    assert "120,000" in shown


def test_an_empty_subject_state_says_when_nothing_was_known_then(
    db_url: str, tmp_path: Path
) -> None:
    """Through --known-at the note counts only what was reported by then."""
    _capacity_on_march_1(db_url, tmp_path)

    said = " ".join(
        _cli(db_url, tmp_path, "state", "--subject", "samsung", "--known-at", "2026-02-01").split()
    )
    never = " ".join(_cli(db_url, tmp_path, "state", "--subject", "intel").split())

    assert "no claim about samsung was reported by 2026-02-01 23:59 UTC" in said
    assert "no claim about intel is in the log" in never


def test_the_json_answer_of_an_empty_state_is_only_the_answer(db_url: str, tmp_path: Path) -> None:
    """The note is for people: --json stays one document."""
    _capacity_on_march_1(db_url, tmp_path)

    answer = json.loads(
        _cli(db_url, tmp_path, "state", "--subject", "samsung", "--as-of", "2026-06-15", "--json")
    )

    assert answer["entries"] == []


# -- a subscription stored under the spelling it was typed in ---------------------------------


def _respell(db: str, spelled: str) -> None:
    """Store the feed row's URL as a session before 15 did: as it was typed."""
    engine = make_engine(db)
    try:
        with engine.begin() as conn:
            conn.execute(update(feeds).values(url=spelled))
    finally:
        engine.dispose()


def test_a_feed_subscribed_under_an_older_spelling_is_the_same_feed(
    db_url: str, tmp_path: Path
) -> None:
    """Addresses are normalised since session 15 (scheme and host case, default port,
    fragment), but a feed subscribed before kept the spelling it was typed in: the same
    address typed again was taken for a new feed (a second subscription, every entry
    fetched twice), and 'feeds remove' or 'poll' given the address could not find it."""
    items = [{"guid": "qa16-old", "title": "Fab notes", "link": "http://example.invalid/o",
              "date": "Tue, 03 Nov 2026 09:00:00 GMT",
              "body": "Lambda said it runs 6,000 Nvidia GPUs."}]  # fmt: skip
    with feed_server() as server:
        url = server.static("/fab-notes.rss", rss(items).encode())
        _cli(db_url, tmp_path, "feeds", "add", url, "--name", "fab-notes")
        host_and_rest = url.removeprefix("http://")
        host, rest = host_and_rest.split("/", 1)
        _respell(db_url, f"HTTP://{host.upper()}/{rest}#top")
        before = event_count(db_url)

        said = _cli(db_url, tmp_path, "feeds", "add", url)
        assert "already subscribed as 'fab-notes'" in said, said
        assert event_count(db_url) == before
        polled = _cli(db_url, tmp_path, "poll", url)
        assert polled.startswith("1 feed polled, 1 new document"), polled
        _cli(db_url, tmp_path, "feeds", "remove", url)
    assert json.loads(_cli(db_url, tmp_path, "feeds", "list", "--json")) == []
