"""Defects found by use, eleventh QA pass: feeds of other dialects and article files of
other formats, served from a real local HTTP server or read from disk, ingested, polled
and queried through the real ``tracker`` console script, on both databases.

Each test names what the user saw. Every sample sentence is written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.cli_support import event_count, run_cli
from tests.feeds_support import feed_server
from tracker.ingest.articles import plain_markdown
from tracker.ingest.text import join_wrapped


def _claims(db: str, tmp_path: Path, *args: str) -> list[dict[str, object]]:
    result = run_cli("--db", db, "claims", "--json", *args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout)["claims"])


def _ingest(db: str, tmp_path: Path, *targets: str) -> None:
    result = run_cli("--db", db, "ingest", *targets, cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, ""), result.stdout


def _value(claim: dict[str, object]) -> dict[str, object]:
    value = claim["value"]
    assert isinstance(value, dict)
    return value


def _lows_of_served_feed(
    db: str, tmp_path: Path, path: str, feed: str, subject: str
) -> list[object]:
    """Serve ``feed`` at ``path``, ingest it by URL, and list the low values of the
    claims about ``subject``."""
    with feed_server() as server:
        _ingest(db, tmp_path, server.static(path, feed.encode()))
    return [_value(c)["low"] for c in _claims(db, tmp_path, "--subject", subject)]


def _source(claim: dict[str, object]) -> dict[str, object]:
    source = claim["source"]
    assert isinstance(source, dict)
    return source


_RELATIVE_LINKS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbor Notes</title>
<link>https://harbor.example/</link><description>chips</description>
<item><title>Nebius books B300s</title><link>/stories/nebius-b300</link>
<guid isPermaLink="false">hn-1</guid><pubDate>Tue, 17 Nov 2026 23:50:00 -0500</pubDate>
<description>
Nebius agreed to buy 30,000 B300 chips from Nvidia for its Finnish site, the company said.
</description></item>
</channel></rss>
"""


def test_a_relative_entry_link_in_an_rss_feed_is_made_absolute(db_url: str, tmp_path: Path) -> None:
    """A CMS feed whose items say <link>/stories/nebius-b300</link>: the claim's source URL
    was '/stories/nebius-b300', a path no one can open (feedparser resolves only against an
    address it is given). It is resolved against the feed's address, and, for a feed read
    from a file, against the channel's site link."""
    # the same feed saved to a file, with another story (a story told twice counts once)
    saved = _RELATIVE_LINKS.replace("hn-1", "hn-2").replace("nebius-b300", "crusoe-gb200")
    saved = saved.replace(
        "Nebius agreed to buy 30,000 B300 chips from Nvidia for its Finnish site",
        "Crusoe agreed to buy 60,000 GB200 chips from Nvidia for its Abilene campus",
    )
    feed_file = tmp_path / "harbor.xml"
    feed_file.write_text(saved, encoding="utf-8")
    with feed_server() as server:
        url = server.static("/news/feed.xml", _RELATIVE_LINKS.encode())
        _ingest(db_url, tmp_path, url, str(feed_file))
    urls = {str(c["subject"]): _source(c)["url"] for c in _claims(db_url, tmp_path)}
    assert urls == {
        "nebius": url.replace("/news/feed.xml", "/stories/nebius-b300"),
        "crusoe": "https://harbor.example/stories/crusoe-gb200",
    }


_KOREAN_NO_LANGUAGE = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>칩 뉴스 속보</title>
<link>https://chipnews.example/</link><description>국내 반도체 소식</description>
<item><title>삼성, 파운드리 계약</title><link>https://chipnews.example/3</link>
<guid>cn-3</guid><pubDate>2026. 11. 22. 오후 11:40</pubDate>
<description>삼성전자는 테슬라에 AI 칩을 공급하는 계약을 맺었다고 22일 밝혔다.</description></item>
</channel></rss>
"""


def test_a_korean_feed_that_declares_no_language_dates_its_entries_in_kst(
    db_url: str, tmp_path: Path
) -> None:
    """A Korean CMS feed without <language>: '2026. 11. 22. 오후 11:40' was read as UTC, so
    the claim was reported 9 hours late (on the 22nd at 23:40 UTC, the 23rd in Seoul) while
    the article said '22일'. Zone-less dates follow the entry's language when the feed
    declares none."""
    with feed_server() as server:
        url = server.static("/chipnews.xml", _KOREAN_NO_LANGUAGE.encode())
        _ingest(db_url, tmp_path, url)
    claims = _claims(db_url, tmp_path, "--subject", "tesla")
    assert [
        (c["reported_at"], dict(c["valid"])["start"])  # type: ignore[call-overload]
        for c in claims
    ] == [("2026-11-22T14:40:00Z", "2026-11-22")]


def test_markdown_markup_in_an_article_file_is_not_read_as_words(
    db_url: str, tmp_path: Path
) -> None:
    """'tracker ingest story.md': the '**' and '*' around words stayed in the text, so
    'its **Fairwater** site now runs *more than 150,000* GB300 GPUs' gave no claim (the
    same sentence without them gives one), and '# Headline' was the title with its hash."""
    story = tmp_path / "fairwater.md"
    story.write_text(
        "# Microsoft expands Fairwater\n\n"
        "Date: 2026-11-24\n\n"
        "Microsoft said on Tuesday that its **Fairwater** site in Atlanta now runs "
        "*more than 150,000* GB300 GPUs.\n\n"
        "- [Read more](https://example.invalid/more)\n",
        encoding="utf-8",
    )
    _ingest(db_url, tmp_path, str(story))
    claims = _claims(db_url, tmp_path, "--subject", "fairwater", "--predicate", "deployed_chips")
    assert [(_value(c)["low"], _value(c)["bound"], c["reported_at"]) for c in claims] == [
        (150000.0, "at-least", "2026-11-24T00:00:00Z")
    ]
    assert "Microsoft said on Tuesday that its Fairwater site in Atlanta now runs more " in str(
        _source(claims[0])["quote"]
    )


def test_markdown_front_matter_gives_the_title_and_date_not_the_first_lines(
    db_url: str, tmp_path: Path
) -> None:
    """A static-site article (front matter between '---' lines, its date under the author
    and tags): the date was not seen (only the first five lines are looked at), so the
    file's time dated the claim, and struck-out text ('~~…~~', the figure a correction
    replaced) was read as a statement of its own."""
    story = tmp_path / "nebius.md"
    story.write_text(
        '---\ntitle: "Nebius books more B300s"\nauthor: Desk\ncategories: [cloud]\n'
        "tags: [gpu, cloud]\ndraft: false\ndate: 2026-11-26T10:00:00+09:00\n---\n\n"
        "~~Nebius agreed to buy 20,000 B300 chips from Nvidia.~~\n\n"
        "Nebius **agreed to buy** 30,000 B300 chips from *Nvidia* for its Finnish site, the "
        "company said.\n",
        encoding="utf-8",
    )
    _ingest(db_url, tmp_path, str(story))
    claims = _claims(db_url, tmp_path, "--subject", "nebius")
    assert [(c["reported_at"], _value(c)["low"]) for c in claims] == [
        ("2026-11-26T01:00:00Z", 30000.0)
    ]


def test_a_hard_wrapped_article_file_gives_the_claims_of_its_sentences(
    db_url: str, tmp_path: Path
) -> None:
    """An article saved as plain text wrapped at 72 columns (mail, a terminal editor) gave
    no claim at all: each line without a sentence's end read as a headline. The same text
    on long lines gave its claims. English and Korean (Hangul is two columns wide)."""
    english = tmp_path / "oracle.txt"
    english.write_text(
        "Oracle adds AMD racks\n\n"
        "Date: 2026-11-25\n\n"
        "Oracle said on Wednesday that it has deployed 65,000 MI355X GPUs from\n"
        "AMD in its cloud regions across three continents, the company said in a\n"
        "statement.\n",
        encoding="utf-8",
    )
    korean = tmp_path / "naver.txt"
    korean.write_text(
        "날짜: 2026-11-25\n\n"
        "네이버는 25일 엔비디아의 B200 칩 6000개를 춘천과 세종의 데이터센터에\n"
        "도입했다고 밝혔다.\n",
        encoding="utf-8",
    )
    _ingest(db_url, tmp_path, str(english), str(korean))
    claims = _claims(db_url, tmp_path, "--predicate", "deployed_chips")
    found = sorted((c["subject"], _value(c)["low"]) for c in claims)
    assert found == [("naver", 6000.0), ("oracle", 65000.0)]
    assert not [c for c in claims if "\n" in str(_source(c)["quote"])]


def test_a_feed_entry_with_newlines_inside_its_sentences_gives_its_claim(
    db_url: str, tmp_path: Path
) -> None:
    """A hand-made feed whose HTML paragraphs carry the editor's line breaks ('…from Nvidia
    for its Finnish\nsite, the company said.'): a browser shows one sentence, the
    extractor saw two lines and found nothing."""
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wrapped</title>'
        "<link>https://wrapped.example/</link><description>x</description><item>"
        "<title>Nebius books B300s</title><link>https://wrapped.example/1</link>"
        "<guid>wr-1</guid><pubDate>Tue, 17 Nov 2026 23:50:00 -0500</pubDate><description>"
        "<![CDATA[<p>Nebius agreed to buy 30,000 B300 chips from Nvidia for its Finnish\n"
        "site, the company said on Tuesday in a short note to its customers and\n"
        "investors.</p>]]></description></item></channel></rss>"
    )
    assert _lows_of_served_feed(db_url, tmp_path, "/wrapped.xml", feed, "nebius") == [30000.0]


def test_a_character_reference_to_no_character_does_not_fail_the_whole_feed(
    db_url: str, tmp_path: Path
) -> None:
    """One stray '&#xD800;' (half of a UTF-16 pair, as a CMS writes an emoji) in a feed's
    title: every poll failed with 'parser crashed: UnicodeEncodeError: … surrogates not
    allowed', and the feed's good entries never came in. Such references now read as
    U+FFFD, as a browser shows them."""
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>Rack Notes &#xD83D;</title><link>https://racknotes.example/</link>"
        "<description>x</description><item><title>CoreWeave fleet &#55357;&#x110000;</title>"
        "<link>https://racknotes.example/1</link><guid>rn-1</guid>"
        "<pubDate>Mon, 23 Nov 2026 10:00:00 +0000</pubDate><description>"
        "CoreWeave said it operates 250,000 Nvidia GPUs across its data centers."
        "</description></item></channel></rss>"
    )
    assert _lows_of_served_feed(db_url, tmp_path, "/racknotes.xml", feed, "coreweave") == [250000.0]


def test_ingesting_an_unchanged_article_again_with_another_date_says_the_date_stays(
    db_url: str, tmp_path: Path
) -> None:
    """A user who ingested a file with the wrong --published and ran it again with the
    right one was told '1 article read, 0 new documents … 0 failures': the stored date
    stayed, in silence. The second run now fails naming both dates, and writes nothing."""
    story = tmp_path / "naver.txt"
    story.write_text("네이버는 엔비디아 B200 칩 6000개를 도입했다고 밝혔다.\n", encoding="utf-8")
    _ingest(db_url, tmp_path, str(story), "--published", "2026-11-20")
    before = event_count(db_url)
    again = run_cli("--db", db_url, "ingest", str(story), "--published", "2026-11-21", cwd=tmp_path)
    assert again.returncode == 1
    assert again.stderr.startswith(
        "failed: naver.txt: was stored before, unchanged, as published 2026-11-20 00:00 UTC;"
    )
    assert event_count(db_url) == before
    same = run_cli("--db", db_url, "ingest", str(story), "--published", "2026-11-20", cwd=tmp_path)
    assert (same.returncode, same.stderr) == (0, "")


_PROSE = st.lists(
    st.sampled_from([*"abcXYZ 가나다.,:-*\n", "\n\n", "GPUs ", "엔비디아 ", "다. "]), max_size=120
).map("".join)


@given(_PROSE)
def test_joining_wrapped_lines_only_turns_line_breaks_into_spaces(text: str) -> None:
    joined = join_wrapped(text)
    assert joined.replace("\n", " ") == text.replace("\n", " ")
    assert join_wrapped(joined) == joined


@given(st.text(alphabet=st.sampled_from(list("abcXYZ 가나다.,:;0123456789%$")), max_size=120))
def test_a_line_without_markdown_characters_is_left_as_written(line: str) -> None:
    assert plain_markdown(line) == line
