"""The whole product, driven through the real `tracker` command as a user would:
subscriptions, polling a real local HTTP server, extraction, projections, the three
query clocks, curation, and bad input. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.cli_support import run_cli
from tests.conftest import SEED_DIR
from tests.feeds_support import SAMPLES, feed_server

REPO = Path(__file__).resolve().parents[1]


class User:
    """One analyst at a terminal, with a database."""

    def __init__(self, cwd: Path, db_url: str) -> None:
        self.cwd = cwd
        self.db_url = db_url

    def run(self, *args: str, ok: bool = True) -> str:
        result = run_cli("--db", self.db_url, *args, cwd=self.cwd)
        if ok:
            assert result.returncode == 0, f"tracker {' '.join(args)}: {result.stderr}"
        return result.stdout if ok else result.stderr

    def json(self, *args: str) -> Any:
        return json.loads(self.run(*args, "--json"))


@pytest.fixture
def user(tmp_path: Path, db_url: str) -> User:
    return User(tmp_path, db_url)


def claim_keys(claims: list[dict[str, Any]]) -> set[tuple[Any, ...]]:
    return {
        (
            c["subject"],
            c["predicate"],
            json.dumps(c["qualifiers"], sort_keys=True),
            c["object"],
            (c["value"] or {}).get("low"),
            c["modality"],
        )
        for c in claims
    }


def listed(payload: Any) -> list[dict[str, Any]]:
    return payload["claims"] if isinstance(payload, dict) else payload


def test_bundled_feeds_become_claims_state_and_revisions(user: User) -> None:
    shutil.copytree(REPO / "feeds", user.cwd / "feeds")
    user.run("init")
    user.run("feeds", "load", "feeds/feeds.toml")

    user.run("poll", "--once")
    claims = listed(user.json("claims"))
    state = user.json("state", "--subject", "tsmc", "--as-of", "2026-12-31")
    revisions = user.json("revisions", "tsmc", "capacity", "2026-12-31")

    assert any(c["subject"] == "project-rainier" for c in claims)
    assert all(c["lane"] in {"actual", "expected"} for c in claims)
    table = user.run("state", "--subject", "ironwood", "--as-of", "2026-01-01")
    # written to a pipe: one line per entry, units as people write them, the feed's name
    (line,) = [x for x in table.splitlines() if "memory_bandwidth" in x]
    assert ("7.4 TB/s" in line, "press: chip-wire" in line) == (True, True)
    (capacity,) = [e for e in state["entries"] if e["predicate"] == "capacity"]
    assert capacity["lane"] == "expected"
    assert capacity["alternatives"]  # the other end-2026 forecast is kept, never dropped
    reported = [row["claim"]["reported_at"] for row in revisions["rows"]]
    assert len(reported) >= 2
    assert reported == sorted(reported)


def test_polling_unchanged_feeds_again_adds_no_documents_or_claims(user: User) -> None:
    shutil.copytree(REPO / "feeds", user.cwd / "feeds")
    user.run("init")
    user.run("feeds", "load", "feeds/feeds.toml")
    user.run("poll", "--once")
    before = listed(user.json("claims", "--all"))
    head_before = user.json("verify")["head_position"]

    user.run("ingest", *[str(p) for p in sorted((user.cwd / "feeds" / "samples").glob("*.rss"))])
    after = listed(user.json("claims", "--all"))

    assert claim_keys(after) == claim_keys(before)
    assert len(after) == len(before)
    assert user.json("verify")["ok"] is True
    assert user.json("verify")["head_position"] >= head_before


def test_feed_served_over_http_is_polled_and_queried(user: User) -> None:
    with feed_server() as server:
        url = server.static("/ko.rss", (SAMPLES / "ko-ai-chips.rss").read_bytes(), etag='"v1"')
        user.run("init")
        user.run("feeds", "add", url, "--name", "ko-chips")
        user.run("poll", "--once", "ko-chips")
        user.run("poll", "--once", "ko-chips")

        history = user.json("history", "project-rainier")
        feeds = user.json("feeds", "list")

    assert history["rows"], history
    assert any(f.get("name") == "ko-chips" for f in listed_feeds(feeds))
    assert server.hits["/ko.rss"] == 2
    assert server.requests[-1][1].get("If-None-Match") == '"v1"'


def listed_feeds(payload: Any) -> list[dict[str, Any]]:
    return payload["feeds"] if isinstance(payload, dict) else payload


def test_a_revised_article_withdraws_what_it_no_longer_says(user: User) -> None:
    with feed_server() as server:
        path = "/packaging.atom"
        url = server.static(path, (SAMPLES / "packaging-analyst.v1.atom").read_bytes())
        user.run("init")
        user.run("feeds", "add", url, "--name", "packaging", "--tier", "analyst")
        user.run("poll", "--once", "packaging")
        first = listed(user.json("claims", "--subject", "tsmc"))
        server.static(path, (SAMPLES / "packaging-analyst.v2.atom").read_bytes())
        user.run("poll", "--once", "packaging")

    everything = listed(user.json("claims", "--subject", "tsmc", "--all"))
    in_force = listed(user.json("claims", "--subject", "tsmc"))
    withdrawn = [c for c in everything if c.get("status") == "withdrawn"]
    history = user.json("history", "tsmc", "capacity")

    assert first
    assert withdrawn, everything
    assert {c["claim_id"] for c in withdrawn}.isdisjoint({c["claim_id"] for c in in_force})
    assert any("withdraw" in json.dumps(row).lower() for row in history["rows"])
    revisions = user.json("revisions", "tsmc", "capacity", "2026-12-31")
    assert [r["claim"]["value"]["low"] for r in revisions["rows"]][-1] == 120000


def test_known_at_sees_only_what_had_been_reported(user: User) -> None:
    user.run("init")
    user.run("ingest", str(SAMPLES / "packaging-analyst.v2.atom"))

    early = listed(user.json("claims", "--subject", "tsmc", "--known-at", "2024-12-31"))
    late = listed(user.json("claims", "--subject", "tsmc", "--known-at", "2026-06-30"))

    assert all(c["reported_at"] <= "2024-12-31T23:59:59.999999Z" for c in early)
    assert len(late) > len(early)


def test_retracting_a_claim_removes_it_from_the_state_and_shows_in_history(user: User) -> None:
    user.run("init")
    user.run("ingest", str(SAMPLES / "packaging-analyst.v1.atom"))
    claim = listed(user.json("claims", "--subject", "tsmc"))[0]

    user.run("retract", claim["claim_id"], "--reason", "misread the note", "--by", "ana")
    remaining = {c["claim_id"] for c in listed(user.json("claims", "--subject", "tsmc"))}
    history = json.dumps(user.json("history", "tsmc"))

    assert claim["claim_id"] not in remaining
    assert "misread the note" in history
    assert "ana" in history


def test_malformed_input_is_one_clear_error_and_writes_nothing(user: User) -> None:
    user.run("init")
    bad = user.cwd / "broken.rss"
    bad.write_text("<rss><channel><item><title>cut off in the mid", encoding="utf-8")
    head = user.json("verify")["head_position"]

    stderr = user.run("ingest", str(bad), ok=False)
    missing = user.run("ingest", str(user.cwd / "nope.rss"), ok=False)

    assert "Traceback" not in stderr + missing
    assert stderr.strip()
    assert missing.strip()
    assert listed(user.json("claims", "--all")) == []
    assert user.json("verify")["ok"] is True
    assert user.json("verify")["head_position"] >= head


SEED_FACTS = {
    ("trainium4", "integrates", "{}", "nvlink-fusion", None, "announced"),
    ("trainium4", "integrates", "{}", "mgx", None, "announced"),
    ("aws", "investment", '{"target": "project-rainier"}', None, 1.1e10, "actual"),
    ("project-rainier", "deployed_chips", '{"chip": "trainium2"}', None, 500000.0, "actual"),
    ("project-rainier", "deployed_chips", '{"chip": "trainium2"}', None, 1000000.0, "planned"),
    ("anthropic", "trains_on", "{}", "project-rainier", None, "actual"),
    ("amazon", "investment", '{"target": "anthropic"}', None, 8e9, "actual"),
    ("ironwood", "peak_compute", '{"precision": "fp8"}', None, 4.6e15, "actual"),
    ("ironwood", "memory_capacity", '{"memory": "hbm3e"}', None, 1.92e11, "actual"),
    ("ironwood", "memory_bandwidth", "{}", None, 7.4e12, "actual"),
    ("anthropic", "supply_deal", '{"product": "google-tpu"}', "google", 1000000.0, "actual"),
    ("meta", "adopts", '{"mode": "cloud", "via": "google"}', "google-tpu", None, "considering"),
    ("meta", "adopts", '{"mode": "on-prem"}', "google-tpu", None, "considering"),
    ("tsmc", "capacity", '{"process": "cowos"}', None, 75000.0, "planned"),
    ("tsmc", "capacity", '{"process": "cowos"}', None, 90000.0, "planned"),
}


@pytest.mark.skipif(not SEED_DIR.exists(), reason="the shared seed folder is not beside the repo")
def test_the_seed_article_yields_every_fact_through_the_cli(user: User) -> None:
    seed = next(SEED_DIR.glob("*.txt"))
    user.run("init")

    user.run("ingest", str(seed), "--published", "2025-12-19T09:00:00+09:00", "--lang", "ko")
    claims = listed(user.json("claims"))
    located = [c for c in claims if c["predicate"] == "located_in"]

    assert claim_keys(claims) >= SEED_FACTS
    assert [c["value"]["text"] for c in located] == ["Indiana, US"]
    state = user.json("state", "--subject", "project-rainier")
    lanes = {(e["predicate"], e["lane"]) for e in state["entries"]}
    assert ("deployed_chips", "actual") in lanes


def test_ingesting_a_good_and_an_empty_file_stores_one_and_exits_non_zero(user: User) -> None:
    (user.cwd / "good.txt").write_text("Meta runs 600,000 H100 GPUs.\n", encoding="utf-8")
    (user.cwd / "empty.txt").write_text("", encoding="utf-8")
    user.run("init")
    done = run_cli(
        "--db",
        user.db_url,
        "ingest",
        "good.txt",
        "empty.txt",
        "--published",
        "2025-01-05",
        cwd=user.cwd,
    )
    claims = listed(user.json("claims", "--subject", "meta"))
    assert (done.returncode, "empty.txt" in done.stderr, len(claims)) == (1, True, 1)
