"""Parsing, dates, encodings, text cleaning and document decisions: pure functions."""

from __future__ import annotations

import pickle
import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.feeds_support import SAMPLES, rss
from tracker.domain.catalog import DocumentObserved, DocumentRevised
from tracker.domain.events import EventMetadata
from tracker.errors import FeedEncodingError, ParseError
from tracker.ingest.dates import KST, parse_date
from tracker.ingest.documents import choose_policy, decide
from tracker.ingest.parse import ParsedEntry, ParseJob, defuse, parse_feed, to_utf8
from tracker.ingest.schedule import MAX_INTERVAL_S, backoff_s, next_interval
from tracker.ingest.text import content_hash, html_to_text, normalize_text, normalized_hash
from tracker.ingest.workers import ParserPool
from tracker.ports import DocState

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def parse(body: bytes | str, *, content_type: str | None = None, lang: str | None = None):  # type: ignore[no-untyped-def]
    data = body.encode("utf-8") if isinstance(body, str) else body
    return parse_feed(ParseJob("http://t.invalid/feed", data, content_type, lang, NOW))


# -- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Fri, 05 Jan 2024 13:00:00 KST", datetime(2024, 1, 5, 4, 0, tzinfo=UTC)),
        ("Fri, 05 Jan 2024 13:00:00 +0900", datetime(2024, 1, 5, 4, 0, tzinfo=UTC)),
        ("2024.01.05 13:00", datetime(2024, 1, 5, 4, 0, tzinfo=UTC)),
        ("2024년 1월 5일", datetime(2024, 1, 4, 15, 0, tzinfo=UTC)),
        ("2024년 1월 5일 오후 1시 30분", datetime(2024, 1, 5, 4, 30, tzinfo=UTC)),
        ("2024-01-05T13:00:00Z", datetime(2024, 1, 5, 13, 0, tzinfo=UTC)),
    ],
)
def test_dates_feedparser_gets_wrong_are_read_in_the_feed_zone(
    raw: str, expected: datetime
) -> None:
    assert expected == parse_date(raw, KST)


@pytest.mark.parametrize(
    "raw", ["", "yesterday", "2024-13-45", "Jan 2024", "2024-01", "1", "32/13/2024"]
)
def test_partial_or_nonsense_dates_are_none_never_invented(raw: str) -> None:
    assert parse_date(raw) is None


@given(st.text(max_size=60))
def test_parse_date_never_raises_and_returns_aware_utc(raw: str) -> None:
    value = parse_date(raw)
    assert value is None or value.utcoffset() == timedelta(0)


@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
    st.integers(min_value=-11, max_value=12),
)
def test_iso_and_dotted_and_korean_forms_round_trip(moment: datetime, offset_h: int) -> None:
    tz = timezone(timedelta(hours=offset_h))
    value = moment.replace(second=0, microsecond=0, tzinfo=tz)
    dotted = value.strftime("%Y.%m.%d %H:%M")
    korean = f"{value.year}년 {value.month}월 {value.day}일 {value.hour}시 {value.minute}분"
    assert value == parse_date(value.isoformat())
    assert value == parse_date(dotted, tz)
    assert value == parse_date(korean, tz)


def test_entries_keep_raw_date_and_source() -> None:
    body = rss(
        [
            {"guid": "a", "title": "A", "date": "2025.11.25 14:20", "body": "x"},
            {"guid": "b", "title": "B", "body": "no date at all"},
            {"guid": "c", "title": "C", "date": "someday soon", "body": "nonsense"},
            {"guid": "d", "title": "D", "date": "Sat, 01 Jan 2100 00:00:00 GMT", "body": "future"},
        ],
        language="ko",
    )
    entries = {e.guid: e for e in parse(body).entries}
    assert (datetime(2025, 11, 25, 5, 20, tzinfo=UTC), "2025.11.25 14:20", "published") == (
        entries["a"].published,
        entries["a"].published_raw,
        entries["a"].date_source,
    )
    assert (
        entries["b"].published,
        entries["b"].published_raw,
        entries["b"].date_source,
    ) == (None, None, "none")
    assert (
        entries["c"].published,
        entries["c"].published_raw,
        entries["c"].date_source,
    ) == (None, "someday soon", "none")
    assert entries["d"].published is None


# -- encodings ---------------------------------------------------------------------------

KOREAN = "메타, 구글 TPU 도입 검토. 트레이니움2 약 50만 개"


def test_euc_kr_with_declared_charset() -> None:
    body = rss([{"guid": "k", "title": KOREAN, "body": KOREAN}], encoding="euc-kr").encode("euc-kr")
    feed = parse(body)
    assert (feed.entries[0].title, feed.encoding) == (KOREAN, "cp949")


def test_euc_kr_without_any_declared_charset_is_detected() -> None:
    body = rss([{"guid": "k", "title": KOREAN, "body": KOREAN}], encoding=None).encode("euc-kr")
    feed = parse(body, content_type="application/rss+xml")
    assert feed.entries[0].title == KOREAN
    assert feed.entries[0].text == KOREAN


def test_euc_kr_mislabelled_as_utf8_is_still_read_as_korean() -> None:
    body = rss([{"guid": "k", "title": KOREAN}], encoding="utf-8").encode("euc-kr")
    assert parse(body).entries[0].title == KOREAN


def test_the_bundled_euc_kr_sample_reads_cleanly() -> None:
    feed = parse((SAMPLES / "ko-packaging.euckr.rss").read_bytes())
    assert all("\ufffd" not in e.text for e in feed.entries)
    assert "월 7만5000장" in feed.entries[0].text


def test_undecodable_bytes_fail_instead_of_storing_mojibake() -> None:
    body = (
        b'<?xml version="1.0" encoding="utf-8"?>'
        b"<rss><channel><title>\xff\xfe\x81\x00bad</title></channel></rss>"
    )
    with pytest.raises(FeedEncodingError):
        to_utf8(body, None)


# -- hostile XML -------------------------------------------------------------------------


def test_malformed_xml_that_is_no_feed_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="not an RSS or Atom feed"):
        parse(b"<html><body><p>unclosed <b>markup</body>")


def test_an_html_page_is_one_article_only_where_pages_are_asked_for() -> None:
    """``tracker ingest URL`` of an article page reads it; a subscribed feed that serves
    HTML stays a parse failure (a moved feed's home page is no article)."""
    page = b"<html><head><title>T | Site</title></head><body><p>Meta runs TPUs.</p></body></html>"
    url = "http://t.invalid/story.html"
    feed = parse_feed(ParseJob(url, page, "text/html", None, NOW, pages=True))
    assert [(e.guid, e.link, e.title, e.text) for e in feed.entries] == [
        (url, url, "T", "Meta runs TPUs.")
    ]
    with pytest.raises(ParseError, match="not an RSS or Atom feed"):
        parse_feed(ParseJob(url, page, "text/html", None, NOW))


def test_malformed_but_recoverable_feed_keeps_its_entries() -> None:
    body = rss([{"guid": "a", "title": "R&D spending at AT&T", "body": "ok"}])
    feed = parse(body)
    assert feed.warning  # bozo, but whole: feedparser's loose parse is kept
    assert [e.guid for e in feed.entries] == ["a"]


@pytest.mark.parametrize(
    "keep_until",
    ["</channel>", "</item>\n<item>", "a long second"],
    ids=["no-root-close", "between-items", "mid-text"],
)
def test_a_truncated_feed_is_a_parse_error_not_a_partial_batch(keep_until: str) -> None:
    body = rss(
        [
            {"guid": "a", "title": "Fine", "body": "ok"},
            {"guid": "b", "title": "Cut", "body": "a long second body"},
        ]
    )
    cut = body[: body.index(keep_until) + len(keep_until)]
    with pytest.raises(ParseError, match="truncated"):
        parse(cut)


def test_a_complete_feed_with_trailing_comments_is_not_truncated() -> None:
    body = rss([{"guid": "a", "title": "Fine", "body": "ok"}]) + "\n<!-- generated -->\n"
    assert [e.title for e in parse(body).entries] == ["Fine"]


def test_xxe_is_not_expanded() -> None:
    body = (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<rss version="2.0"><channel><title>t</title><item><guid>x</guid>'
        "<title>&xxe;</title><description>&xxe;</description></item></channel></rss>"
    )
    feed = parse(body)
    assert all("root:" not in e.title + e.text for e in feed.entries)


def test_billion_laughs_is_not_expanded() -> None:
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">{lol}]>'
        '<rss version="2.0"><channel><title>t</title><item><guid>x</guid>'
        "<title>&l9;</title></item></channel></rss>"
    )
    feed = parse(body)
    assert all(len(e.title) < 1000 for e in feed.entries)


def test_a_32kb_author_is_cut_before_feedparser_sees_it() -> None:
    author = "someone@example.invalid (" + "A" * 32 * 1024 + ")"
    body = rss([{"guid": "a", "title": "T", "author": author, "body": "text"}])
    assert len(defuse(body.encode())) < len(body) - 30_000
    assert [e.title for e in parse(body).entries] == ["T"]


def test_a_parse_over_its_time_limit_is_stopped() -> None:
    big = rss([{"guid": f"g{i}", "title": f"t{i}", "body": "x" * 500} for i in range(3000)])
    with (
        ParserPool(workers=1, time_limit_s=0.05) as pool,
        pytest.raises(ParseError, match="longer than"),
    ):
        pool.parse(ParseJob("http://t.invalid/big", big.encode(), None, None, NOW))


def test_the_pool_survives_a_timeout_and_parses_the_next_feed() -> None:
    small = rss([{"guid": "a", "title": "after", "body": "x"}]).encode()
    big = rss([{"guid": f"g{i}", "title": "t", "body": "x" * 500} for i in range(3000)]).encode()
    with ParserPool(workers=1, time_limit_s=0.05) as pool:
        with pytest.raises(ParseError):
            pool.parse(ParseJob("u", big, None, None, NOW))
        pool.time_limit_s = 30
        assert [e.title for e in pool.parse(ParseJob("u", small, None, None, NOW)).entries] == [
            "after"
        ]


# -- text --------------------------------------------------------------------------------


def test_html_becomes_clean_text_with_paragraphs() -> None:
    html = "<p>One &amp; two</p><script>alert(1)</script><p>Three<br>four</p>"
    assert html_to_text(html) == "One & two\n\nThree\nfour"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (
            "<ul><li>First: 75,000</li><li class='x'>Second</li></ul><p>After.</p>",
            "- First: 75,000\n- Second\n\nAfter.",
        ),
        ("<ol><li><p>One.</p></li><li><p>Two.</p></li></ol>", "- One.\n\n- Two."),
        (
            "<p>Intro.</p><table><tr><th>Process</th><th>Wafers</th></tr>"
            "<tr><td>CoWoS</td><td>75,000</td></tr></table>",
            "Intro.\n\nProcess | Wafers\nCoWoS | 75,000",
        ),
        ("<p>a|b &amp; c</p>", "a|b & c"),
    ],
)
def test_html_lists_keep_their_bullets_and_table_cells_their_separators(
    html: str, text: str
) -> None:
    """Items without a final period must still read as items (not headlines), and cells
    must not run together ("CoWoS75,000")."""
    assert text == html_to_text(html)
    assert html_to_text(text) == text


@given(st.text(max_size=200))
def test_content_hash_ignores_whitespace_only(text: str) -> None:
    assert content_hash("t", text) == content_hash("t", "  " + text.replace(" ", "   ") + "\n")


_WHITESPACE = st.sampled_from(list(" \t\r\f\v\n\u00a0\u200b\u3000\u2028\x1c\u0301e가"))
_MIXED = st.lists(st.one_of(_WHITESPACE, st.characters()), max_size=80).map("".join)
_EVERY_RUN = re.compile(r"[ \t\r\f\v\u00a0\u200b\u3000]+")


@given(_MIXED)
def test_normalize_text_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert once == normalize_text(once)


@given(_MIXED)
def test_normalize_text_collapses_every_space_run_like_the_plain_rule(text: str) -> None:
    """The fast paths give what replacing every run of spaces with one space gives (the
    rule stored content hashes were computed with)."""
    lines = [_EVERY_RUN.sub(" ", x).strip() for x in unicodedata.normalize("NFC", text).split("\n")]
    plain = re.sub(r"\n\s*\n+", "\n\n", "\n".join(lines)).strip()
    assert plain == normalize_text(text)


@given(_MIXED, _MIXED)
def test_normalized_hash_equals_content_hash_of_normalized_parts(title: str, text: str) -> None:
    assert content_hash(title, text) == normalized_hash(normalize_text(title), normalize_text(text))


def test_a_parsed_entry_survives_the_worker_pipe_unchanged() -> None:
    feed = parse((SAMPLES / "ko-ai-chips.rss").read_bytes())
    assert list(feed.entries) == [pickle.loads(pickle.dumps(e)) for e in feed.entries]


# -- decisions ---------------------------------------------------------------------------

META = EventMetadata(actor="poller")


def entry(guid: str | None, text: str, *, link: str | None = None, title: str = "T") -> ParsedEntry:
    return ParsedEntry(
        guid,
        link,
        title,
        text,
        None,
        "en",
        NOW,
        None,
        None,
        None,
        "published",
        content_hash(title, text),
    )


def run(
    entries: list[ParsedEntry], known: list[DocState], policy: str = "guid", now: datetime = NOW
):  # type: ignore[no-untyped-def]
    return decide(
        feed_id="f1",
        tier="press",
        policy=policy,
        entries=entries,
        known=known,
        now=now,
        metadata=META,
    )


def test_new_entries_are_observed_once() -> None:
    d = run([entry("a", "x"), entry("b", "y")], [])
    assert (d.new, d.revised) == (2, 0)
    assert all(isinstance(r.events[0].event, DocumentObserved) for r in d.requests)


def test_a_changed_text_is_a_revision_with_the_previous_hash() -> None:
    first = run([entry("a", "old text")], [])
    second = run([entry("a", "new text")], first.states)
    event = second.requests[0].events[0].event
    assert isinstance(event, DocumentRevised)
    assert (2, first.states[0].content_hash) == (event.revision, event.previous_hash)


def test_unchanged_entries_add_nothing() -> None:
    first = run([entry("a", "same")], [])
    assert run([entry("a", "same")], first.states).requests == []


def test_a_guid_change_with_the_same_link_is_the_same_document() -> None:
    first = run([entry("old-guid", "text", link="http://x/1")], [])
    second = run([entry("new-guid", "text", link="http://x/1")], first.states)
    assert (second.new, second.revised, second.requests) == (0, 0, [])


def test_a_guid_and_title_change_with_the_same_link_is_a_revision() -> None:
    first = run([entry("g1", "text", link="http://x/1", title="Old")], [])
    second = run([entry("g2", "text", link="http://x/1", title="New")], first.states)
    assert (second.new, second.revised) == (0, 1)


def test_a_feed_repeating_guids_downgrades_to_links() -> None:
    entries = [entry("same", "one", link="http://x/1"), entry("same", "two", link="http://x/2")]
    assert choose_policy("guid", entries) == "link"
    assert run(entries, []).new == 2


def test_a_feed_repeating_guids_and_links_downgrades_to_hashes() -> None:
    entries = [entry("same", "one", link="http://x/"), entry("same", "two", link="http://x/")]
    assert choose_policy("guid", entries) == "hash"


def test_an_entry_that_left_and_came_back_is_not_new() -> None:
    first = run([entry("a", "x"), entry("b", "y")], [])
    gone = run([entry("b", "y")], first.states)
    tomb = {s.document_id: s for s in first.states} | {s.document_id: s for s in gone.states}
    back = run([entry("a", "x"), entry("b", "y")], list(tomb.values()))
    assert [s.present for s in gone.states] == [False]
    assert (back.new, back.revised) == (0, 0)


def test_revision_storms_are_capped_per_day() -> None:
    states = run([entry("a", "v0")], []).states
    revised = 0
    for i in range(1, 10):
        d = run([entry("a", f"v{i}")], states)
        revised += d.revised
        states = [*{s.document_id: s for s in [*states, *d.states]}.values()]
    assert revised == 5
    later = run([entry("a", "v-later")], states, now=NOW + timedelta(days=1, minutes=1))
    assert later.revised == 1


# -- schedule ----------------------------------------------------------------------------


def test_backoff_grows_and_is_capped_at_a_day() -> None:
    assert 225 <= backoff_s(1) <= 375
    assert backoff_s(30) == MAX_INTERVAL_S


def test_adaptive_interval_follows_the_rhythm_within_bounds_and_server_floor() -> None:
    hourly = [NOW + timedelta(hours=i) for i in range(10)]
    assert next_interval(configured_s=900, adaptive=True, current_s=900, dates=hourly) == 1800
    assert (
        next_interval(
            configured_s=900, adaptive=True, current_s=900, dates=hourly, server_min_s=7200
        )
        == 7200
    )
    minutely = [NOW + timedelta(minutes=i) for i in range(10)]
    assert next_interval(configured_s=900, adaptive=True, current_s=900, dates=minutely) == 300
    assert next_interval(configured_s=900, adaptive=False, current_s=900, dates=minutely) == 900
