"""Defects found by use, fifteenth QA pass: the default date of the queries for a source
east of UTC (a Korean entry published in the UTC evening), and an --as-of timestamp read
in its own offset.

Every sample sentence is written for these tests.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SteppingClock
from tests.feeds_support import rss
from tracker.app import Tracker
from tracker.domain.timeargs import coerce_day, latest_day, parse_day

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
