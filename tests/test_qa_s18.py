"""Defects found by use, eighteenth pass: a demanding analyst through the real
``tracker`` console script, on both databases.

Every sample value is written for these tests.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from tests.cli_support import event_count, run_cli
from tracker.errors import FeedNameTakenError
from tracker.ingest.service import FeedService
from tracker.ingest.subscriptions import Subscription
from tracker.ports import FeedRecord
from tracker.store.engine import make_engine
from tracker.store.feeds import SqlFeedStateStore
from tracker.store.sql import SqlEventStore

_COUNT = ("nvidia", "deployed_chips", "--value", "4000", "-q", "chip=b200", "--at", "2026-11-02")


def _cli(db: str, cwd: Path, *args: str) -> str:
    result = run_cli("--db", db, *args, cwd=cwd)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout


def _json(db: str, cwd: Path, *args: str) -> Any:
    return json.loads(_cli(db, cwd, *args, "--json"))


def test_a_users_retracted_claim_added_again_stands_as_a_new_assertion_with_its_note(
    db_url: str, tmp_path: Path
) -> None:
    """'tracker claim add' of a claim of one's own that was retracted was refused ("a
    claim is its statement, so it cannot be added again"): the analyst who retracted by
    mistake, or learnt better, could not restore it. Adding it again now appends a new
    assertion by its user with its note (the why), in force in state and shown in the
    history after the retraction; the same addition repeated writes nothing; a backdated
    one (said before the retraction) is refused in one line; a second retraction ends it."""
    _cli(db_url, tmp_path, "init")
    added = _json(db_url, tmp_path, "claim", "add", *_COUNT, "--note", "call", "--by", "ann")
    claim_id = added["claim_id"]
    _cli(db_url, tmp_path, "retract", claim_id, "--reason", "wrong chip", "--by", "ann")
    before = event_count(db_url)
    backdated = ("--note", "call", "--reported", "2026-11-02", "--by", "ann")
    early = run_cli("--db", db_url, "claim", "add", *_COUNT, *backdated, cwd=tmp_path)
    unchanged = event_count(db_url) - before

    again = ("claim", "add", *_COUNT, "--note", "chip checked with IR", "--by", "bob")
    restored = _json(db_url, tmp_path, *again)
    repeated = run_cli("--db", db_url, *again, cwd=tmp_path)
    after = event_count(db_url) - before
    state = _json(db_url, tmp_path, "state", "--subject", "nvidia", "--as-of", "2026-11-02")
    history = _json(db_url, tmp_path, "history", "nvidia", "deployed_chips")

    assert early.returncode == 1
    assert len(early.stderr.strip().splitlines()) == 1
    assert f"claim {claim_id} says the same and was retracted at " in early.stderr
    assert "leave out --reported or give a time after the retraction" in early.stderr
    assert unchanged == 0
    assert restored["claim_id"] == claim_id
    assert repeated.returncode == 0
    assert repeated.stdout.startswith(f"added {claim_id} again: it was retracted at ")
    assert "by user:ann ('wrong chip'); it stands again, with this note" in repeated.stdout
    assert after == 1
    assert [(e["claim"]["claim_id"], e["claim"]["source"]["note"]) for e in state["entries"]] == [
        (claim_id, "chip checked with IR")
    ]
    assert [
        (r["kind"], r["claim"]["status"] if r["kind"] == "asserted" else r["by"])
        for r in history["rows"]
    ] == [
        ("asserted", "retracted"),
        ("retracted", "user:ann"),
        ("asserted", "active"),
    ]
    assert history["rows"][2]["claim"]["asserted_by"] == "user:bob"

    _cli(db_url, tmp_path, "retract", claim_id, "--reason", "IR was wrong", "--by", "ann")
    claims = _json(db_url, tmp_path, "claims", "--all")["claims"]
    assert [c["status"] for c in claims] == ["retracted", "retracted"]


def test_a_feeds_file_giving_a_subscribed_feed_other_settings_is_refused_one_line_a_feed(
    db_url: str, tmp_path: Path
) -> None:
    """'tracker feeds load' of a file that subscribes URLs already subscribed with
    another name, tier, language or interval said "1 feed subscribed", exit 0: those
    feeds were skipped without a word and kept their old settings while the user took the
    file's for theirs. As 'feeds add' of the same URL with other settings is refused, so
    is the file now: one line per feed naming each difference, exit 1, nothing
    subscribed; a file that agrees with the subscriptions loads the rest."""
    _cli(db_url, tmp_path, "init")
    for name in ("wire", "memo"):
        _cli(db_url, tmp_path, "feeds", "add", f"http://127.0.0.1:9/{name}.xml", "--name", name)
    before = event_count(db_url)

    def feed(url: str, *settings: str) -> str:
        return "\n".join(("[[feed]]", f'url = "http://127.0.0.1:9/{url}"', *settings, ""))

    (tmp_path / "feeds.toml").write_text(
        feed("wire.xml", 'name = "wire"', 'tier = "analyst"', 'every = "6h"')
        + feed("memo.xml", 'name = "memos"', 'language = "ko"')
        + feed("new.xml", 'name = "fresh"')
    )
    refused = run_cli("--db", db_url, "feeds", "load", "feeds.toml", cwd=tmp_path)
    written = event_count(db_url) - before

    assert refused.returncode == 1
    assert refused.stderr.strip().splitlines()[1:] == [
        "  wire (http://127.0.0.1:9/wire.xml): adaptive, not every 6h; tier press, not analyst",
        "  memo (http://127.0.0.1:9/memo.xml): name 'memo', not 'memos'; language unset, not ko",
    ]
    assert "feeds.toml: 2 feeds in it are subscribed with other settings" in refused.stderr
    assert written == 0
    (tmp_path / "feeds.toml").write_text(
        feed("wire.xml", 'name = "wire"') + feed("memo.xml") + feed("new.xml", 'name = "fresh"')
    )
    assert _cli(db_url, tmp_path, "feeds", "load", "feeds.toml").strip() == "1 feed subscribed"


class _CountingStates(SqlFeedStateStore):
    """A real feed-state store that notes every look-up by name or URL."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        self.looked_up: list[str] = []

    def find_feed(self, name_or_url: str) -> FeedRecord | None:
        self.looked_up.append(name_or_url)
        return super().find_feed(name_or_url)


def test_feeds_load_looks_each_name_up_once_and_names_the_holder_it_found(
    db_url: str, tmp_path: Path
) -> None:
    """Review: 'feeds load' looked each feed's name up three times (the refusal check,
    the skip, then add()'s own check), and a refused name once more to name its holder.
    The holder found is carried: a name is looked up once by the load (add() keeps its
    own check, for another process subscribing in between), and the refusal names the
    feed the one look-up found."""
    engine = make_engine(db_url)
    states = _CountingStates(engine)
    service = FeedService(SqlEventStore(engine), states, lambda: datetime.now(UTC))
    try:
        service.add(Subscription(url="http://127.0.0.1:9/held.xml", name="held"))
        (tmp_path / "new.toml").write_text(
            '[[feed]]\nname = "fresh"\nurl = "http://127.0.0.1:9/n.xml"\n'
        )
        (tmp_path / "taken.toml").write_text(
            '[[feed]]\nname = "held"\nurl = "http://127.0.0.1:9/t.xml"\n'
        )
        states.looked_up.clear()
        service.load(tmp_path / "new.toml")
        fresh = states.looked_up.count("fresh")
        states.looked_up.clear()
        with pytest.raises(
            FeedNameTakenError, match=re.escape("taken by http://127.0.0.1:9/held.xml")
        ):
            service.load(tmp_path / "taken.toml")
        held = states.looked_up.count("held")
    finally:
        service.close()
        engine.dispose()

    assert (fresh, held) == (2, 1)
