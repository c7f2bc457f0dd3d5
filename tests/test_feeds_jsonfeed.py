"""JSON Feed subscriptions (jsonfeed.org 1 and 1.1) read like RSS and Atom.

A JSON Feed failed on every poll with "not an RSS or Atom feed (... not well-formed)":
feedparser reads only XML. Its items now become the same entries an RSS feed of the same
items gives."""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.cli_support import event_count, run_cli
from tests.feeds_support import feed_server, rss
from tracker.errors import ParseError
from tracker.ingest.parse import ParseJob, parse_feed

NOW = datetime(2026, 6, 1, tzinfo=UTC)
JSON_FEED = "application/feed+json"


def json_feed(items: list[dict[str, Any]], **top: Any) -> bytes:
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": "Rack Notes", **top}
    doc["items"] = items
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def parse(body: bytes, content_type: str | None = JSON_FEED):  # type: ignore[no-untyped-def]
    return parse_feed(ParseJob("http://t.invalid/feed.json", body, content_type, None, NOW))


def test_items_become_entries_with_their_text_dates_links_and_language() -> None:
    feed = parse(
        json_feed(
            [
                {
                    "id": "n-1",
                    "url": "https://news.invalid/n-1",
                    "title": "Lambda & partners add GB300 racks",
                    "content_html": "<p>Lambda has deployed 10,000 GB300 GPUs.</p><p>More.</p>",
                    "date_published": "2025-10-02T12:00:00Z",
                    "date_modified": "2025-10-03T08:30:00+09:00",
                },
                {
                    "id": 42,
                    "external_url": "/k/42",
                    "title": "삼성전자, HBM4 공급",
                    "content_text": "삼성전자가 엔비디아에 HBM4를 공급한다.",
                    "date_published": "2025-11-03T14:20:00+09:00",
                    "language": "ko",
                },
                {"id": "s-3", "title": "Summary only", "summary": "Crusoe runs 3,000 GPUs."},
            ],
            home_page_url="https://news.invalid/",
            language="en",
        )
    )

    assert feed.title == "Rack Notes"
    assert feed.language == "en"
    assert [(e.guid, e.link, e.title, e.language) for e in feed.entries] == [
        ("n-1", "https://news.invalid/n-1", "Lambda & partners add GB300 racks", "en"),
        ("42", "http://t.invalid/k/42", "삼성전자, HBM4 공급", "ko"),
        ("s-3", None, "Summary only", "en"),
    ]
    first, second, third = feed.entries
    assert first.text == "Lambda has deployed 10,000 GB300 GPUs.\n\nMore."
    assert (first.published, first.updated) == (
        datetime(2025, 10, 2, 12, tzinfo=UTC),
        datetime(2025, 10, 2, 23, 30, tzinfo=UTC),
    )
    assert (second.text, second.published) == (
        "삼성전자가 엔비디아에 HBM4를 공급한다.",
        datetime(2025, 11, 3, 5, 20, tzinfo=UTC),
    )
    assert (third.text, third.published, third.date_source) == (
        "Crusoe runs 3,000 GPUs.",
        None,
        "none",
    )


def test_a_json_feed_1_0_with_its_http_version_is_read() -> None:
    body = json.dumps(
        {
            "version": "http://jsonfeed.org/version/1",
            "title": "Old style",
            "items": [{"id": "a", "content_text": "TSMC makes the MI450."}],
        }
    ).encode()

    assert [e.text for e in parse(body, "application/json").entries] == ["TSMC makes the MI450."]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "a", "con',
            "not a valid JSON Feed",
        ),
        (b'{"status": "ok", "data": [1, 2, 3]}', "JSON, but not a JSON Feed"),
        (
            b'{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": {"id": "a"}}',
            "without an 'items' list",
        ),
        (b"{" * 100_000, "not a valid JSON Feed"),
    ],
    ids=["truncated", "other-json", "items-not-a-list", "deep-nesting"],
)
def test_broken_or_foreign_json_is_a_parse_error_that_says_why(body: bytes, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        parse(body)


def test_items_that_are_not_objects_are_skipped_with_a_warning() -> None:
    feed = parse(json_feed([{"id": "a", "content_text": "kept"}, "junk", 7]))

    assert [e.guid for e in feed.entries] == ["a"]
    assert feed.warning == "2 item(s) of the JSON Feed are not objects; skipped"


_WORDS = st.text(
    alphabet=st.sampled_from("abcdefghij KLMNOP 0123456789,.-삼성전자엔비디아"),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip())


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            _WORDS,
            _WORDS,
            st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2026, 5, 1)).map(
                lambda d: d.replace(microsecond=0)  # RSS dates hold whole seconds
            ),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_the_same_items_as_rss_and_as_json_feed_give_the_same_entries(
    items: list[tuple[str, str, datetime]],
) -> None:
    as_rss = rss(
        [
            {
                "guid": f"g{i}",
                "title": html.escape(title),
                "link": f"http://example.invalid/{i}",
                "date": format_datetime(when.replace(tzinfo=UTC), usegmt=True),
                "body": f"<p>{html.escape(body)}</p>",
            }
            for i, (title, body, when) in enumerate(items)
        ]
    )
    as_json = json_feed(
        [
            {
                "id": f"g{i}",
                "url": f"http://example.invalid/{i}",
                "title": title,
                "content_html": f"<p>{html.escape(body)}</p>",
                "date_published": when.replace(tzinfo=UTC).isoformat(),
            }
            for i, (title, body, when) in enumerate(items)
        ]
    )

    def seen(body: bytes) -> list[tuple[object, ...]]:
        return [
            (e.guid, e.link, e.title, e.text, e.published, e.content_hash)
            for e in parse(body).entries
        ]

    assert seen(as_rss.encode("utf-8")) == seen(as_json)


def test_a_web_page_naming_its_json_feed_says_which_url_to_subscribe() -> None:
    page = (
        b'<html><head><link rel="alternate" type="application/feed+json" href="/feed.json">'
        b"</head><body><p>Home</p></body></html>"
    )
    with pytest.raises(ParseError, match=r"the page names its feed: http://t.invalid/feed.json"):
        parse(page, "text/html")


def test_the_cli_polls_a_json_feed_and_a_broken_one_writes_nothing(
    db_url: str, tmp_path: Path
) -> None:
    """As a user would: subscribe to a JSON Feed on a local server, poll, read the claim;
    the same feed cut short fails with its reason and adds no event."""
    published = (NOW - timedelta(days=3)).isoformat()
    good = json_feed(
        [
            {
                "id": "coreweave-gb300",
                "url": "http://news.invalid/coreweave",
                "title": "CoreWeave grows its fleet",
                "content_html": "<p>CoreWeave has deployed 10,000 Nvidia GB300 GPUs in Texas.</p>",
                "date_published": published,
            }
        ]
    )
    with feed_server() as server:
        url = server.static("/feed.json", good, content_type=JSON_FEED)
        cut = server.static("/cut.json", good[: len(good) // 2], content_type=JSON_FEED)
        assert run_cli("--db", db_url, "init", cwd=tmp_path).returncode == 0
        for name, where in (("notes", url), ("cut", cut)):
            added = run_cli("--db", db_url, "feeds", "add", where, "--name", name, cwd=tmp_path)
            assert added.returncode == 0, added.stderr

        polled = run_cli("--db", db_url, "poll", "--once", "notes", cwd=tmp_path)
        assert polled.returncode == 0, polled.stderr
        listed = run_cli("--db", db_url, "claims", "--subject", "coreweave", "--json", cwd=tmp_path)
        claims = json.loads(listed.stdout)["claims"]
        assert [
            (c["predicate"], c["qualifiers"], c["value"]["low"], c["modality"]) for c in claims
        ] == [("deployed_chips", {"chip": "gb300"}, 10000.0, "actual")]

        before = event_count(db_url)
        broken = run_cli("--db", db_url, "poll", "--once", "cut", cwd=tmp_path)
        assert broken.returncode == 1
        assert "failed: cut: parse: not a valid JSON Feed (JSONDecodeError: " in broken.stderr
        assert before + 1 == event_count(db_url)  # the failed poll's record, no document
        again = run_cli("--db", db_url, "claims", "--json", cwd=tmp_path)
        assert [c["subject"] for c in json.loads(again.stdout)["claims"]] == ["coreweave"]
