"""Defects found by use, seventh QA pass: feeds and articles of outlets nobody here had
seen (page furniture in entry bodies, Korean-locale and US-zone dates, UTF-16 files, a
410), and the open items diff 'changed', ingest --tier, /api/claims?limit=0.

Each test names what the user saw, through the real ``tracker`` console script in a
subprocess, on both databases, with feeds from a local HTTP server.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.cli_support import TRACKER, event_count, run_cli, serving
from tests.feeds_support import feed_server, rss
from tracker.ingest.dates import KST, parse_date
from tracker.ingest.furniture import strip_furniture
from tracker.ingest.text import html_to_text


def _claims(db: str, tmp_path: Path, *args: str) -> list[dict[str, object]]:
    result = run_cli("--db", db, "claims", "--json", *args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout)["claims"])


# -- page furniture --------------------------------------------------------------------

_MICRON = (
    "<p>Micron said its HBM output for 2026 is sold out.</p>"
    "<p><strong>Related:</strong></p>"
    '<ul><li><a href="/x">Oracle deploys 131,072 AMD MI355X GPUs in its cloud</a></li>'
    '<li><a href="/y">Meta now runs 350,000 Nvidia H100 chips</a></li></ul>'
    '<p>Read more: <a href="/z">xAI says Colossus now runs 200,000 GPUs</a></p>'
    "<p>Copyright © 2025 Fab Notes Media. All rights reserved.</p>"
    "<p>Share this article: Email | LinkedIn</p>"
    '<p>The post <a href="/m1">Meta now runs 350,000 Nvidia H100 chips</a> appeared first on '
    "Fab Notes.</p>"
)
_SAMSUNG = (
    "<p>삼성전자는 HBM 생산능력을 월 15만 장으로 늘릴 계획이라고 밝혔다. "
    "관련기사 ▶ 카카오, 엔비디아 H100 칩 3000개 도입</p>"
    "<p>▶ 관련기사</p><ul><li>네이버, 엔비디아 B200 칩 1만 개 도입</li></ul>"
    "<p>&lt;저작권자 ⓒ 칩소식 무단전재 및 재배포 금지&gt;</p>"
)


def test_related_headlines_and_copyright_lines_in_an_entry_are_not_read_as_the_story(
    db_url: str, tmp_path: Path
) -> None:
    """An entry whose body ended with "Related:" links, "Read more: …" and "관련기사 ▶ …"
    gave four claims from other stories' headlines (Oracle, Meta, xAI, Kakao), filed under
    the Micron and Samsung stories and dated by them."""
    feed = rss(
        [
            {"guid": "m1", "title": "Micron books HBM", "link": "https://fab.example/m1",
             "date": "Mon, 24 Nov 2025 10:00:00 GMT", "body": _MICRON},
            {"guid": "s1", "title": "삼성전자 HBM 증설", "link": "https://fab.example/s1",
             "date": "Mon, 24 Nov 2025 10:00:00 +0900", "body": _SAMSUNG},
        ],
    )  # fmt: skip
    with feed_server() as server:
        url = server.static("/fab.xml", feed.encode())
        result = run_cli("--db", db_url, "ingest", url, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    subjects = sorted(str(c["subject"]) for c in _claims(db_url, tmp_path))
    assert subjects == ["samsung"]
    quotes = [str(c["source"]["quote"]) for c in _claims(db_url, tmp_path)]  # type: ignore[index]
    assert quotes == ["삼성전자는 HBM 생산능력을 월 15만 장으로 늘릴 계획이라고 밝혔다."]


_PROSE_THAT_STARTS_LIKE_FURNITURE = (
    "Related party deals rose 5%, the filing said.",
    "- Related tools shipped in May.",
    "Read more about how Meta counts its GPUs below.",
    "Subscribers grew to 20 million.",
    "Share of revenue from AI rose to 40%.",
    "네이버는 무단 전재된 기사에 대해 소송을 냈다.",
    "Analysts read more into the figure.",
    "Continue reading the list of 20,000 chips.",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nvidia said so.\n\nRelated stories\n\n- A headline\n- Another\n\nMore prose.",
         "Nvidia said so.\n\nMore prose."),
        ("Nvidia said so.\n\nSee also: TSMC adds 10,000 wafers", "Nvidia said so."),
        *((prose, prose) for prose in _PROSE_THAT_STARTS_LIKE_FURNITURE),
        ("네이버는 칩을 샀다.\n[관련기사]\n· 카카오 칩 도입\n· 구글 TPU\n\n회사는 말했다.",
         "네이버는 칩을 샀다.\n\n회사는 말했다."),
        ("네이버는 칩을 샀다. ⓒ 칩소식 무단전재 및 재배포 금지", "네이버는 칩을 샀다."),
        ("Advertisement\n\nAMD shipped 10,000 chips.", "AMD shipped 10,000 chips."),
        ("Nebius runs 60,000 GPUs.\n\nThe post Nebius runs 60,000 GPUs appeared first on "
         "Chip Notes.", "Nebius runs 60,000 GPUs."),
        ("Nebius runs 60,000 GPUs. Continue reading »", "Nebius runs 60,000 GPUs."),
        ("Nvidia said so. Read more on The Wire →", "Nvidia said so."),
        ("Nebius runs 60,000 GPUs in its Euro […]", "Nebius runs 60,000 GPUs in its Euro"),
        ("네이버는 칩을 샀다. 기사 전문 보기", "네이버는 칩을 샀다."),
    ],
)  # fmt: skip
def test_furniture_lines_go_and_prose_that_starts_like_them_stays(text: str, expected: str) -> None:
    assert expected == strip_furniture(text)


_PROSE = st.lists(
    st.text(alphabet=st.sampled_from("abcdefghij klmnop,.0123456789가나다라"), max_size=80),
    max_size=8,
).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(_PROSE)
def test_stripping_furniture_is_idempotent_and_leaves_plain_prose_alone(text: str) -> None:
    once = strip_furniture(text)
    assert once == strip_furniture(once)


# -- dates as other servers write them ---------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("화, 02 12월 2025 09:00:00 +0900", "2025-12-02T00:00:00+00:00"),  # ko_KR strftime
        ("수요일, 03 12월 2025 10:00:00 KST", "2025-12-03T01:00:00+00:00"),
        ("2025. 12. 3. 오후 2:20", "2025-12-03T05:20:00+00:00"),  # portal style, KST
        ("2025-12-03 (수) 오전 12:05", "2025-12-02T15:05:00+00:00"),
        ("Wed, 03 Dec 2025 14:20:00", "2025-12-03T05:20:00+00:00"),  # no zone: the feed's
        ("Wed, 03 Dec 2025 14:20:00 GMT", "2025-12-03T14:20:00+00:00"),
        ("Dec 3, 2025, 2:20 p.m. ET", "2025-12-03T19:20:00+00:00"),  # EST in December
        ("Jul 3, 2025 2:20 PM PT", "2025-07-03T21:20:00+00:00"),  # PDT in July
    ],
)
def test_dates_from_korean_locale_servers_and_us_papers_are_read_in_their_zone(
    raw: str, expected: str
) -> None:
    """A Korean-locale server's RFC 822 date ("화, 02 12월 2025 …") and a portal's "2025.
    12. 3. 오후 2:20" were not read (the article was dated when first seen, a year off
    here); "2:20 p.m. ET" was read as 2:20 UTC; a zone-less RFC 822 date in a Korean feed
    as UTC, not KST (email.utils reports no zone as +0000)."""
    value = parse_date(raw, KST)
    assert value is not None
    assert expected == value.isoformat()


def test_a_korean_locale_pubdate_dates_the_claim_instead_of_the_day_it_was_polled(
    db_url: str, tmp_path: Path
) -> None:
    feed = rss(
        [{"guid": "k1", "title": "삼성전자 HBM 증설", "link": "https://ko.example/1",
          "date": "화, 02 12월 2025 09:00:00 +0900",
          "body": "삼성전자는 HBM 생산능력을 월 15만 장으로 늘릴 계획이라고 밝혔다."}],
        language="ko",
    )  # fmt: skip
    with feed_server() as server:
        url = server.static("/ko.xml", feed.encode())
        result = run_cli("--db", db_url, "ingest", url, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [c["reported_at"] for c in _claims(db_url, tmp_path)] == ["2025-12-02T00:00:00Z"]


# -- UTF-16 article files ----------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_article_file_is_read_not_refused(db_url: str, tmp_path: Path, codec: str) -> None:
    """Windows saves "Unicode" text as UTF-16 (with a byte-order mark, or without from
    some tools): ``ingest note.txt`` said 'not UTF-8 and not Korean CP949/EUC-KR text'."""
    note = tmp_path / "note.txt"
    text = "날짜: 2025-11-20\n\n카카오는 엔비디아 H100 칩 2000개를 가동하고 있다고 밝혔다.\n"
    note.write_bytes(text.encode(codec))
    result = run_cli("--db", db_url, "ingest", str(note), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    claims = _claims(db_url, tmp_path)
    assert [(c["subject"], c["reported_at"]) for c in claims] == [("kakao", "2025-11-19T15:00:00Z")]


# -- HTTP 410 ----------------------------------------------------------------------------


def test_an_ingest_of_a_gone_url_fails_and_leaves_no_subscription_behind(
    db_url: str, tmp_path: Path
) -> None:
    """``tracker ingest URL`` of a URL answering 410 printed '1 feed polled, 0 new
    documents, 0 revisions, 0 failures' with exit 0, and 'feeds list' then listed the URL
    as a 'gone' subscription the user never made."""
    with feed_server() as server:
        url = server.status("/gone.xml", 410)
        result = run_cli("--db", db_url, "ingest", url, cwd=tmp_path)
    assert (result.returncode, result.stdout) == (
        1,
        "1 feed polled, 0 new documents, 0 revisions, 1 failure\n",
    )
    assert result.stderr == f"failed: {url}: gone: HTTP 410 Gone: the server says it was removed\n"
    listed = run_cli("--db", db_url, "feeds", "list", "--json", cwd=tmp_path)
    assert json.loads(listed.stdout) == []


def test_a_subscribed_feed_that_goes_410_is_reported_not_counted_as_a_quiet_poll(
    db_url: str, tmp_path: Path
) -> None:
    with feed_server() as server:
        url = server.status("/gone.xml", 410)
        assert (
            run_cli("--db", db_url, "feeds", "add", url, "--name", "old", cwd=tmp_path).returncode
            == 0
        )
        result = run_cli("--db", db_url, "poll", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (
        0,
        "1 feed polled, 0 new documents, 0 revisions, 0 failures, 1 gone\n",
    )
    assert result.stderr.startswith("gone: old: HTTP 410 Gone: the server says the feed was")
    assert "'tracker feeds remove old'" in result.stderr
    listed = run_cli("--db", db_url, "feeds", "list", cwd=tmp_path)
    row = next(line for line in listed.stdout.splitlines() if line.strip().startswith("old"))
    assert row.split()[:5] == ["old", "gone", "press", "15m~", "never"]


# -- open items --------------------------------------------------------------------------


def test_ingest_with_another_tier_of_a_url_stored_before_is_refused_not_ignored(
    db_url: str, tmp_path: Path
) -> None:
    """``tracker ingest URL --tier company`` of a URL ingested as press before said '1 feed
    polled' and kept press for every document, in silence."""
    feed = rss([{"guid": "a", "title": "AMD ships", "link": "https://x.example/a",
                 "date": "Mon, 24 Nov 2025 10:00:00 GMT",
                 "body": "AMD said it shipped 10,000 MI325X chips to Oracle."}])  # fmt: skip
    with feed_server() as server:
        url = server.static("/amd.xml", feed.encode())
        first = run_cli("--db", db_url, "ingest", url, cwd=tmp_path)
        before = event_count(db_url)
        again = run_cli("--db", db_url, "ingest", url, "--tier", "company", cwd=tmp_path)
        after = event_count(db_url)
        same = run_cli("--db", db_url, "ingest", url, "--tier", "press", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert (again.returncode, again.stdout) == (1, "")
    assert again.stderr == (
        f"error: {url}: was ingested before as press; its documents keep that tier, so --tier "
        "company would change nothing stored (run without --tier to ingest it as press)\n"
    )
    assert same.returncode == 0, same.stderr
    assert before == after


def test_diff_says_what_changed_when_the_winner_changed_but_its_value_did_not(
    db_url: str, tmp_path: Path
) -> None:
    """Two outlets reporting the same 90,000 wafers a week apart: 'diff' listed the key
    as 'changed' with 90,000 before and 90,000 after, which read as a contradiction.
    (Each outlet words it its own way: a text carried word for word is one report.)"""
    bodies = {
        "one": "TSMC will raise its CoWoS capacity to 90,000 wafers a month by the end of "
        "2026, an analyst said.",
        "two": "An analyst said TSMC will lift its CoWoS capacity to 90,000 wafers a month "
        "by the end of 2026.",
    }
    with feed_server() as server:
        urls = [
            server.static(f"/{name}.xml", rss([{"guid": name, "title": "CoWoS", "date": date,
                          "link": f"https://{name}.example/1", "body": bodies[name]}]).encode())
            for name, date in (("one", "Mon, 10 Nov 2025 10:00:00 GMT"),
                               ("two", "Mon, 17 Nov 2025 10:00:00 GMT"))
        ]  # fmt: skip
        assert run_cli("--db", db_url, "ingest", *urls, cwd=tmp_path).returncode == 0
    result = run_cli("--db", db_url, "diff", "2025-11-12", "2025-11-20", "--as-of", "2026-12-31",
                     cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    row = next(line for line in result.stdout.splitlines() if "tsmc" in line)
    assert row.split()[:3] == ["changed", "(source)", "tsmc"]
    assert "one.example/1" in row
    assert "two.example/1" in row


@pytest.fixture
def two_claims_db(db_url: str, tmp_path: Path) -> str:
    note = tmp_path / "note.txt"
    note.write_text(
        "Date: 2025-11-20\n\nMeta said it now runs 350,000 Nvidia H100 chips. "
        "AMD said it shipped 10,000 MI325X chips to Oracle.\n",
        encoding="utf-8",
    )
    assert run_cli("--db", db_url, "ingest", str(note), cwd=tmp_path).returncode == 0
    assert len(_claims(db_url, tmp_path)) >= 2
    return db_url


def test_api_claims_limit_0_means_every_claim_as_on_the_command_line(
    two_claims_db: str, tmp_path: Path
) -> None:
    """``/api/claims?limit=0`` was a 400 while ``claims --limit 0`` means all; and an
    answer cut at the limit did not say so."""
    every = _claims(two_claims_db, tmp_path)
    with serving(two_claims_db, tmp_path) as base:
        whole = httpx.get(f"{base}/api/claims?limit=0", timeout=30)
        cut = httpx.get(f"{base}/api/claims?limit=1", timeout=30)
        negative = httpx.get(f"{base}/api/claims?limit=-1", timeout=30)
    assert whole.status_code == 200
    assert len(every) == len(whole.json()["claims"])
    assert "X-Tracker-Truncated" not in whole.headers
    assert (cut.status_code, len(cut.json()["claims"])) == (200, 1)
    assert cut.headers["X-Tracker-Truncated"] == "first 1 claims; limit=0 for all"
    assert negative.status_code == 400


# -- entry languages and unusable dates -------------------------------------------------


def test_an_entry_in_the_other_language_than_its_feed_declares_still_gives_its_claims(
    db_url: str, tmp_path: Path
) -> None:
    """A Korean story in a feed declared ``<language>en</language>`` (a CMS default), or an
    English one in a Korean feed, was handed to the extractor as the feed's language,
    which found nothing in it: no claim, no message."""
    korean = "카카오는 엔비디아 H100 칩 2000개를 가동하고 있다고 밝혔다."
    english = "Naver said it now runs 10,000 Nvidia B200 chips."
    feeds = {
        "en": rss([{"guid": "k", "title": "카카오 GPU", "link": "https://en.example/k",
                    "date": "Wed, 03 Dec 2025 10:00:00 +0900", "body": korean}], language="en"),
        "ko": rss([{"guid": "e", "title": "Naver GPUs", "link": "https://ko.example/e",
                    "date": "Wed, 03 Dec 2025 10:00:00 +0900", "body": english}], language="ko"),
    }  # fmt: skip
    with feed_server() as server:
        urls = [server.static(f"/{lang}.xml", body.encode()) for lang, body in feeds.items()]
        result = run_cli("--db", db_url, "ingest", *urls, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(str(c["subject"]) for c in _claims(db_url, tmp_path)) == ["kakao", "naver"]


def test_new_entries_whose_date_cannot_be_used_are_named_not_dated_today_in_silence(
    db_url: str, tmp_path: Path
) -> None:
    """Entries dated 1979, 2100 or in a form no parser reads were stored as first seen
    today, with nothing said: an old story's "next year" then resolves from today."""
    feed = rss(
        [{"guid": f"g{i}", "title": f"Story {i}", "link": f"https://d.example/{i}",
          "date": date, "body": "AMD said it shipped 10,000 MI325X chips to Oracle."}
         for i, date in enumerate(("Mon, 01 Jan 1979 00:00:00 GMT",
                                   "Fri, 01 Jan 2100 00:00:00 GMT",
                                   "Mon, 24 Nov 2025 10:00:00 GMT"))],
    )  # fmt: skip
    with feed_server() as server:
        url = server.static("/d.xml", feed.encode())
        first = run_cli("--db", db_url, "ingest", url, cwd=tmp_path)
        server.static("/d.xml", feed.replace("Story 2", "Story two").encode())
        second = run_cli("--db", db_url, "ingest", url, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stderr == (
        f"undated: {url}: 2 new entries with a date tracker cannot use ('Mon, 01 Jan 1979 "
        "00:00:00 GMT' and 1 more: unreadable, before 1990 or in the future); dated when "
        "first seen\n"
    )
    assert (second.returncode, second.stderr) == (0, "")  # said once, for new entries


# -- markup that glued sentences ----------------------------------------------------------


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<span>Meta said it runs 350,000 H100s.</span><span>Google said so.</span>",
         "Meta said it runs 350,000 H100s. Google said so."),
        ("<p>Meta runs 350,000 H100s.<img src=x>Google runs TPUs.</p>",
         "Meta runs 350,000 H100s. Google runs TPUs."),
        ("<span>네이버는 밝혔다.</span><span>카카오도 그렇다.</span>",
         "네이버는 밝혔다. 카카오도 그렇다."),
        ("<dl><dt>Chips</dt><dd>20,000 GB200</dd><dt>Site</dt><dd>Abilene</dd></dl>",
         "Chips | 20,000 GB200\nSite | Abilene"),
        ("Meta runs H100s.<aside>Side note</aside>Google runs TPUs.",
         "Meta runs H100s.\nSide note\nGoogle runs TPUs."),
        ("<details><summary>Specs</summary>Ironwood has 192 GB.</details>",
         "Specs\nIronwood has 192 GB."),
        ("Version 3.<sup>5</sup> ships", "Version 3.5 ships"),
    ],
)  # fmt: skip
def test_markup_between_sentences_or_fields_no_longer_glues_them(
    markup: str, expected: str
) -> None:
    """Inline tags between two sentences ("H100s.</span><span>Google") and a definition
    list ("Chips20,000 GB200SiteAbilene") reached the extractor as one run of text."""
    assert expected == html_to_text(markup)


def test_two_sentences_in_inline_markup_give_both_claims(db_url: str, tmp_path: Path) -> None:
    body = (
        "<span>Meta said it now runs 350,000 Nvidia H100 chips.</span>"
        "<span>Naver said it now runs 10,000 Nvidia B200 chips.</span>"
    )
    feed = rss([{"guid": "g", "title": "Fleets", "link": "https://g.example/1",
                 "date": "Mon, 24 Nov 2025 10:00:00 GMT", "body": body}])  # fmt: skip
    with feed_server() as server:
        url = server.static("/g.xml", feed.encode())
        result = run_cli("--db", db_url, "ingest", url, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(str(c["subject"]) for c in _claims(db_url, tmp_path)) == ["meta", "naver"]


# -- a web page subscribed as a feed ----------------------------------------------------


def test_a_site_page_subscribed_as_a_feed_names_the_feed_it_links_to(
    db_url: str, tmp_path: Path
) -> None:
    """A site's address pasted instead of its feed's failed every poll with 'not an RSS or
    Atom feed (SAXParseException: <unknown>:2:0: syntax error)', though the page names its
    feed in a <link rel="alternate">."""
    page = (
        '<!doctype html><html lang="en"><head><title>Chip Desk</title>'
        '<link rel="alternate" type="application/rss+xml" title="RSS" href="/news/feed.xml">'
        "</head><body><main><h1>Chip Desk</h1><p>Latest news.</p></main></body></html>"
    )
    with feed_server() as server:
        url = server.static("/news/", page.encode(), content_type="text/html; charset=utf-8")
        added = run_cli("--db", db_url, "feeds", "add", url, "--name", "desk", cwd=tmp_path)
        result = run_cli("--db", db_url, "poll", cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    assert result.returncode == 1
    assert result.stderr == (
        "failed: desk: parse: not an RSS or Atom feed but a web page; the page names its "
        f"feed: {server.url('/news/feed.xml')} (subscribe to that URL)\n"
    )


def test_the_daemon_logs_a_feed_that_goes_410_as_a_warning(db_url: str, tmp_path: Path) -> None:
    """A feed the server declared gone (never polled again) was one 'info' line among the
    routine polls; an operator watching warnings never saw it stop."""
    with feed_server() as server:
        url = server.status("/old.xml", 410)
        assert (
            run_cli("--db", db_url, "feeds", "add", url, "--name", "old", cwd=tmp_path).returncode
            == 0
        )
        daemon = subprocess.Popen(
            [TRACKER, "--db", db_url, "daemon", "--tick", "0.2"],
            env={k: v for k, v in os.environ.items() if not k.startswith("TRACKER_")},
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline and server.hits["/old.xml"] == 0:
                time.sleep(0.2)
            time.sleep(1)  # the outcome is logged after its commit
        finally:
            daemon.send_signal(signal.SIGTERM)
            _out, err = daemon.communicate(timeout=60)
    assert daemon.returncode == 0, err
    gone = [json.loads(line) for line in err.splitlines() if '"feed.gone"' in line]
    assert [(g["level"], g["feed"], g["message"]) for g in gone] == [
        ("warning", "old", "HTTP 410 Gone: never polled again; 'tracker feeds remove' it")
    ]
