"""Defects found by use, sixth QA pass: fixed poll intervals, the names in messages and
titles, language hints, and the HTTP diff's parameters.

Each test names what the user saw, through the real ``tracker`` console script in a
subprocess, on both databases, with feeds from a local HTTP server.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from tests.cli_support import event_count, run_cli, serving
from tests.feeds_support import feed_server, items, rss
from tests.projections_support import assert_claims, make_claim
from tracker.app import Tracker
from tracker.domain.resolution import RULES_VERSION
from tracker.store.engine import make_engine


def _feeds(db: str, tmp_path: Path) -> dict[str, dict[str, object]]:
    listed = run_cli("--db", db, "feeds", "list", "--json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    return {f["name"]: f for f in json.loads(listed.stdout)}


def test_a_fixed_interval_is_kept_after_a_poll_not_raised_to_five_minutes_or_cut_to_a_day(
    db_url: str, tmp_path: Path
) -> None:
    """``feeds add URL --every 1m`` was accepted (the floor is a minute, the error for
    ``0m`` says so), listed as ``1m`` and then polled every 5 minutes: after the first
    poll ``feeds list`` showed ``5m`` (and ``--every 2d`` became a day), because the
    adaptive rhythm's 5 min..24 h bounds were applied to the interval the user fixed."""
    with feed_server() as server:
        fast = server.static("/fast.xml", rss(items(3, prefix="f")).encode())
        slow = server.static("/slow.xml", rss(items(3, prefix="s")).encode())
        for url, name, every in ((fast, "fast", "1m"), (slow, "slow", "2d")):
            added = run_cli("--db", db_url, "feeds", "add", url, "--name", name, "--every", every,
                            cwd=tmp_path)  # fmt: skip
            assert added.returncode == 0, added.stderr
        polled = run_cli("--db", db_url, "poll", "--once", cwd=tmp_path)
    assert polled.returncode == 0, polled.stderr
    listed = _feeds(db_url, tmp_path)
    assert {n: f["interval_s"] for n, f in listed.items()} == {"fast": 60, "slow": 172800}
    for name, seconds in (("fast", 60), ("slow", 172800)):
        feed = listed[name]
        gap = datetime.fromisoformat(str(feed["next_poll_at"])) - datetime.fromisoformat(
            str(feed["last_polled_at"])
        )
        assert seconds == gap.total_seconds()


def test_a_poll_with_nothing_due_says_so_instead_of_counting_articles(
    db_url: str, tmp_path: Path
) -> None:
    """A second ``poll --once`` right after the first printed '0 articles read, ...': poll
    reads feeds, never article files, so the line read as if something had failed."""
    with feed_server() as server:
        url = server.static("/wire.xml", rss(items(2, prefix="w")).encode())
        assert run_cli("--db", db_url, "feeds", "add", url, cwd=tmp_path).returncode == 0
        first = run_cli("--db", db_url, "poll", "--once", cwd=tmp_path)
        second = run_cli("--db", db_url, "poll", "--once", cwd=tmp_path)
    assert first.stdout.startswith("1 feed polled, 2 new documents")
    assert (
        second.returncode,
        second.stdout,
    ) == (0, "no feed due, 0 new documents, 0 revisions, 0 failures\n")


def test_a_failed_url_ingest_names_the_url_typed_not_a_made_up_feed_name(
    db_url: str, tmp_path: Path
) -> None:
    """``tracker ingest http://host/trunc.xml`` failed with
    'failed: 127.0.0.1-trunc.xml~04b869: parse: ...', a name the user never gave."""
    with feed_server() as server:
        url = server.static("/trunc.xml", b'<?xml version="1.0"?><rss version="2.0"><channel>')
        result = run_cli("--db", db_url, "ingest", url, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith(f"failed: {url}: parse: ")
    assert "~" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("feeds", "add", "FEED", "--lang", "korean"),
        ("ingest", "FEED", "--lang", "english"),
        ("ingest", "ARTICLE", "--lang", "한국어"),
    ],
)
def test_a_language_that_is_not_a_language_code_is_refused_and_nothing_is_written(
    db_url: str, tmp_path: Path, args: tuple[str, ...]
) -> None:
    """``--lang english`` (or ``korean``) was stored for good on the feed or document,
    a label nothing reads: dates without a zone in a ``--lang kr``-style feed are read
    by the language code, so a hint that is no code is a mistake to point out."""
    article = tmp_path / "note.txt"
    article.write_text("Meta said it now runs 2,000 Nvidia H100 chips.\n", encoding="utf-8")
    before = event_count(db_url)
    with feed_server() as server:
        url = server.static("/ko.xml", rss(items(2, prefix="k")).encode())
        swapped = [url if a == "FEED" else str(article) if a == "ARTICLE" else a for a in args]
        result = run_cli("--db", db_url, *swapped, cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert "is not a language code (use e.g. en or ko)" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert before == event_count(db_url)
    assert _feeds(db_url, tmp_path) == {}


def test_language_codes_with_a_region_are_taken(db_url: str, tmp_path: Path) -> None:
    with feed_server() as server:
        url = server.static("/ko.xml", rss(items(1, prefix="r")).encode())
        result = run_cli("--db", db_url, "feeds", "add", url, "--lang", "ko-KR", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [f["language"] for f in _feeds(db_url, tmp_path).values()] == ["ko-KR"]


# -- reads: what the titles say, what the HTTP diff takes -------------------------------


@pytest.fixture
def db(db_url: str) -> str:
    t = Tracker(make_engine(db_url))
    t.init()
    assert_claims(
        t.store,
        make_claim("nvidia", "deployed_chips", 1000, reported="2025-10-29", doc="a"),
        make_claim("nvidia", "deployed_chips", 3000, reported="2025-12-02", doc="b"),
    )
    t.close()
    return db_url


def test_the_diff_table_names_both_knowledge_times(db: str, tmp_path: Path) -> None:
    """``tracker diff 2025-11-01 2025-12-31`` was titled 'as of 2026-11-26' alone: the
    rows say 'gained' and 'changed' without saying between which two times."""
    result = run_cli("--db", db, "diff", "2025-11-01", "2025-12-31", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    title = result.stdout.strip().splitlines()[0].strip()
    assert title.endswith(": known at 2025-11-01 -> known at 2025-12-31")
    assert title.startswith("state as of ")


def test_plans_and_revisions_tables_say_what_they_answer(db: str, tmp_path: Path) -> None:
    plans = run_cli("--db", db, "plans", "--as-of", "2026-01-31", cwd=tmp_path)
    revisions = run_cli("--db", db, "revisions", "nvidia", "deployed_chips", "2026-12-31",
                        cwd=tmp_path)  # fmt: skip
    assert plans.stdout.strip().splitlines()[0].strip() == "plans due by 2026-01-31"
    assert revisions.stdout.strip().splitlines()[0].strip() == (
        "revisions of nvidia deployed_chips for 2026-12-31"
    )


def test_one_claim_is_counted_as_one_claim(db: str, tmp_path: Path) -> None:
    """The caption under one claim read '1 claims; reported dates in UTC'."""
    result = run_cli("--db", db, "claims", "--known-at", "2025-11-01", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    caption = f"1 claim; {RULES_VERSION}; reported dates in UTC"
    assert result.stdout.strip().splitlines()[-1].strip() == caption


@pytest.fixture
def served(db: str, tmp_path: Path) -> Iterator[str]:
    with serving(db, tmp_path) as base:
        yield base


def test_the_http_diff_takes_the_names_its_answer_and_its_errors_use(served: str) -> None:
    """``/api/diff?known_at_a=...&known_at_b=...`` (the names of the answer's fields, the
    CLI's arguments and the API's own error, "known_at_b 'zz' cannot be read") was a 400
    'a: Field required': only undocumented ``a`` and ``b`` were read."""
    long = httpx.get(f"{served}/api/diff?known_at_a=2025-11-01&known_at_b=2025-12-31", timeout=30)
    short = httpx.get(f"{served}/api/diff?a=2025-11-01&b=2025-12-31", timeout=30)
    missing = httpx.get(f"{served}/api/diff?known_at_a=2025-11-01", timeout=30)
    typo = httpx.get(f"{served}/api/diff?a=2025-11-01&b=2025-12-31&subject=nvidai", timeout=30)
    assert (long.status_code, short.status_code) == (200, 200)
    assert long.json() == short.json()
    assert [c["subject"] for c in long.json()["changed"]] == ["nvidia"]
    assert (
        missing.status_code,
        missing.json()["error"],
    ) == (400, "give both knowledge times: ?known_at_a=DATE&known_at_b=DATE")
    assert (
        typo.status_code,
        typo.json()["error"],
    ) == (400, "unknown subject 'nvidai' (did you mean 'nvidia'?)")


# -- a database a newer tracker migrated ------------------------------------------------


def test_a_database_migrated_by_a_newer_tracker_is_one_line_not_a_traceback(
    db_url: str, tmp_path: Path
) -> None:
    """Run against a database a newer tracker had migrated (a rolled-back release, an old
    daemon sharing PostgreSQL), every command said 'run tracker init', and ``tracker
    init`` then died with Alembic's 60-line traceback ("Can't locate revision '0999'")."""
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    engine.dispose()
    for args in (("init",), ("state",), ("feeds", "list")):
        result = run_cli("--db", db_url, *args, cwd=tmp_path)
        assert (result.returncode, result.stdout) == (2, ""), args
        assert result.stderr.startswith(
            "error: the database schema is at 0999, newer than this tracker knows"
        ), args
        assert "run that version" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


# -- dates written the way people write them ----------------------------------------------


def _reported(db: str, tmp_path: Path) -> list[str]:
    listed = run_cli("--db", db, "claims", "--json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    return sorted(c["reported_at"] for c in json.loads(listed.stdout)["claims"])


@pytest.mark.parametrize(
    ("line", "reported"),
    [
        # email.utils took "PM" for a zone: 03:00 UTC, twenty hours off
        ("Date: Dec 19, 2025 3:00 PM PST", "2025-12-19T23:00:00Z"),
        ("Date: Dec 19, 2025 11:30 a.m. EST", "2025-12-19T16:30:00Z"),
        # a month written out, or a date without a time, was not read: the file's mtime
        ("Date: 19 December 2025", "2025-12-19T00:00:00Z"),
        ("Date: December 19, 2025", "2025-12-19T00:00:00Z"),
    ],
)
def test_an_article_date_line_as_people_write_it_dates_its_claims(
    db_url: str, tmp_path: Path, line: str, reported: str
) -> None:
    (tmp_path / "note.txt").write_text(
        f"Fleet note\n{line}\n\nMeta said it now runs 2,000 Nvidia H100 chips.\n", encoding="utf-8"
    )
    result = run_cli("--db", db_url, "ingest", "note.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert _reported(db_url, tmp_path) == [reported]


def test_a_feed_date_with_am_pm_and_a_us_zone_is_read_right(db_url: str, tmp_path: Path) -> None:
    entry = {"guid": "pm-1", "title": "Fleet", "date": "Dec 19, 2025 3:00 PM PST",
             "body": "Meta said it now runs 2,000 Nvidia H100 chips."}  # fmt: skip
    with feed_server() as server:
        url = server.static("/pm.xml", rss([entry]).encode())
        result = run_cli("--db", db_url, "ingest", url, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert _reported(db_url, tmp_path) == ["2025-12-19T23:00:00Z"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "Date: garbage day",
            "its date line 'garbage day' cannot be read; fix it or give --published",
        ),
        ("Date: 2099-01-01", "its date line '2099-01-01' is not a plausible publication date"),
    ],
)
def test_a_date_line_that_cannot_be_used_is_an_error_not_the_file_time(
    db_url: str, tmp_path: Path, line: str, reason: str
) -> None:
    """The article was dated by the file's modification time in silence (today), so every
    claim in it was filed under the wrong day, or under 2099 and invisible to --known-at."""
    (tmp_path / "note.txt").write_text(
        f"Fleet note\n{line}\n\nMeta said it now runs 2,000 Nvidia H100 chips.\n", encoding="utf-8"
    )
    before = event_count(db_url)
    result = run_cli("--db", db_url, "ingest", "note.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith(f"failed: note.txt: {reason}")
    assert len(result.stderr.strip().splitlines()) == 1
    assert before == event_count(db_url)


def test_a_publication_date_in_the_future_is_refused(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text("Meta runs 2,000 Nvidia H100 chips.\n", encoding="utf-8")
    before = event_count(db_url)
    result = run_cli("--db", db_url, "ingest", "note.txt", "--published", "2099-01-01",
                     cwd=tmp_path)  # fmt: skip
    assert (result.returncode, result.stdout) == (2, "")
    assert "--published '2099-01-01' is in the future or before 1990" in result.stderr
    assert before == event_count(db_url)
