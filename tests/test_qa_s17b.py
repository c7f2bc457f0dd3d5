"""Defects found by use, pass 17b: a demanding analyst on a fresh machine, with feeds and
claims of their own, through the real ``tracker`` console script, on both databases.

Every sample value is written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_support import event_count, run_cli

_PLAN = (
    "microsoft",
    "deployed_chips",
    "--value",
    "600000",
    "-q",
    "chip=maia-200",
    "--modality",
    "planned",
    "--due",
    "2026-12-31",
)


def _cli(db: str, cwd: Path, *args: str) -> str:
    result = run_cli("--db", db, *args, cwd=cwd)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout


def _claims(db: str, cwd: Path) -> list[dict[str, object]]:
    answer = json.loads(_cli(db, cwd, "claims", "--all", "--json"))
    return list(answer["claims"])


def test_a_users_claim_added_again_with_another_note_is_refused_not_reported_added(
    db_url: str, tmp_path: Path
) -> None:
    """'tracker claim add' of a statement already in the log printed "added c_…" and exit
    0 while nothing was written: the new note, link, author or report date was dropped
    (the log kept the first), and a claim the user had retracted stayed retracted. Now
    the same statement with the same source details is still done (exit 0); with other
    details, or backdated before its retraction, it is one error line that names what the
    log holds, exit 1, nothing written."""
    _cli(db_url, tmp_path, "init")
    first = ("--note", "analyst call", "--reported", "2026-11-02", "--by", "ann")
    _cli(db_url, tmp_path, "claim", "add", *_PLAN, *first)
    same = run_cli("--db", db_url, "claim", "add", *_PLAN, *first, cwd=tmp_path)
    before = event_count(db_url)
    others = [
        run_cli("--db", db_url, "claim", "add", *_PLAN, *details, cwd=tmp_path)
        for details in (
            ("--note", "second call", "--reported", "2026-11-02", "--by", "ann"),
            ("--note", "analyst call", "--reported", "2026-11-20", "--by", "ann"),
            ("--note", "analyst call", "--by", "bob"),
        )
    ]
    written = event_count(db_url) - before
    [claim] = _claims(db_url, tmp_path)

    assert same.returncode == 0
    assert [r.returncode for r in others] == [1, 1, 1]
    assert [len(r.stderr.strip().splitlines()) for r in others] == [1, 1, 1]
    assert "with note 'analyst call' (not 'second call'); nothing recorded" in others[0].stderr
    assert "reported 2026-11-02 00:00 UTC (not 2026-11-20 00:00 UTC)" in others[1].stderr
    assert "added by user:ann (not user:bob)" in others[2].stderr
    assert written == 0
    assert (claim["source"]["note"], claim["reported_at"]) == (  # type: ignore[index]
        "analyst call",
        "2026-11-02T00:00:00Z",
    )

    _cli(db_url, tmp_path, "retract", str(claim["claim_id"]), "--reason", "misheard")
    before = event_count(db_url)
    again = run_cli("--db", db_url, "claim", "add", *_PLAN, *first, cwd=tmp_path)
    assert again.returncode == 1
    # said before its retraction (session 18 lets it be added again said after it)
    assert f"claim {claim['claim_id']} says the same and was retracted at " in again.stderr
    assert event_count(db_url) == before
    assert [c["status"] for c in _claims(db_url, tmp_path)] == ["retracted"]


def test_deprecating_the_claim_in_force_is_not_noted_as_a_rank_that_changed_nothing(
    db_url: str, tmp_path: Path
) -> None:
    """'tracker rank C deprecated' of the plan in today's state took it out of the answer
    (deprecated never wins), then printed "note: C is not in force on <today> ... a rank
    decides only among claims in force at one date": the rank read as one that changed
    nothing. The note is now left for a claim out of force before the rank as well; a
    claim a later one has replaced still gets it."""
    _cli(db_url, tmp_path, "init")
    said = ("--note", "analyst call", "--reported", "2026-11-02")
    plan = json.loads(_cli(db_url, tmp_path, "claim", "add", *_PLAN, *said, "--json"))
    base = ("microsoft", "deployed_chips", "-q", "chip=maia-200", "--value")
    march_1 = ("50000", "--at", "2026-03-01", *said, "--json")
    march = json.loads(_cli(db_url, tmp_path, "claim", "add", *base, *march_1))
    _cli(db_url, tmp_path, "claim", "add", *base, "90000", "--at", "2026-10-01", *said)

    deprecated = _cli(db_url, tmp_path, "rank", plan["claim_id"], "deprecated", "--reason", "doubt")
    state = json.loads(_cli(db_url, tmp_path, "state", "--subject", "microsoft", "--json"))
    replaced = _cli(db_url, tmp_path, "rank", march["claim_id"], "preferred", "--reason", "x")

    assert deprecated.strip() == f"ranked {plan['claim_id']} deprecated (event 4)"
    assert [e["lane"] for e in state["entries"]] == ["actual"]
    assert f"note: {march['claim_id']} is not in force on " in replaced


def test_history_rows_of_one_predicate_name_their_qualifiers_and_valid_time(
    db_url: str, tmp_path: Path
) -> None:
    """'tracker history microsoft' listed two chips' counts and two years' plans as
    'deployed_chips  600,000 count  planned': rows that differ only in their claim id,
    and a retraction row said only 'deployed_chips'. Each row now names the qualifiers
    and the valid time of its claim (a retraction or rank row those of the claim it
    marks), in the table and in the one-record-per-row form of a narrow screen."""
    _cli(db_url, tmp_path, "init")
    said = ("--note", "analyst call", "--reported", "2026-11-02")
    base = ("microsoft", "deployed_chips", "--value", "600000", "--modality", "planned")
    _cli(
        db_url, tmp_path, "claim", "add", *base, "-q", "chip=maia-200", "--due", "2026-12-31", *said
    )
    later = json.loads(
        _cli(
            db_url,
            tmp_path,
            "claim",
            "add",
            *base,
            "-q",
            "chip=gb300",
            "--due",
            "2027-12-31",
            *said,
            "--json",
        )
    )
    _cli(db_url, tmp_path, "retract", later["claim_id"], "--reason", "misheard")

    for columns in ("250", "80"):
        result = run_cli(
            "--db", db_url, "history", "microsoft", cwd=tmp_path, env={"COLUMNS": columns}
        )
        text = " ".join(result.stdout.split())
        assert result.returncode == 0, result.stderr
        assert text.count("(chip=maia-200)") == 1, columns
        assert text.count("(chip=gb300)") == 2, columns  # its assertion and its retraction
        assert text.count("by 2026-12-31") == 1, columns
        assert text.count("by 2027-12-31") == 2, columns


def _feed_names(db: str, cwd: Path) -> list[str]:
    return [feed["name"] for feed in json.loads(_cli(db, cwd, "feeds", "list", "--json"))]


def test_a_misspelled_key_in_a_feeds_file_is_refused_and_subscribes_nothing(
    db_url: str, tmp_path: Path
) -> None:
    """'tracker feeds load feeds.toml' with 'evry = "6h"', 'teir = "analyst"', 'lang =
    "ko"' (the flag is --lang) or '[[feeds]]' said "1 feed subscribed" (or 0), exit 0:
    the keys were ignored, and the feed was polled every 15 minutes as press, without
    its language. Now an unknown key is one error line naming it, the nearest key and
    the keys there are, exit 2, and nothing is subscribed."""
    _cli(db_url, tmp_path, "init")
    url = 'url = "http://127.0.0.1:9/qa17b.xml"\n'
    cases = {
        "evry.toml": f'[[feed]]\nname = "wire"\n{url}evry = "6h"\n',
        "lang.toml": f'[[feed]]\n{url}tier = "analyst"\nlang = "ko"\n',
        "feeds.toml": f"[[feeds]]\n{url}",
    }
    results = {}
    for name, text in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        results[name] = run_cli("--db", db_url, "feeds", "load", name, cwd=tmp_path)

    assert [r.returncode for r in results.values()] == [2, 2, 2]
    assert [len(r.stderr.strip().splitlines()) for r in results.values()] == [1, 1, 1]
    assert "feed #1: unknown key 'evry' (did you mean 'every'?" in results["evry.toml"].stderr
    assert "unknown key 'lang' (did you mean 'language'?" in results["lang.toml"].stderr
    assert "unknown key 'feeds' (did you mean 'feed'?" in results["feeds.toml"].stderr
    assert _feed_names(db_url, tmp_path) == []
    assert event_count(db_url) == 0


def test_a_feed_whose_name_is_taken_refuses_the_feeds_file_instead_of_being_skipped(
    db_url: str, tmp_path: Path
) -> None:
    """'tracker feeds load' of a file where a feed's name is given twice, or is held by
    another subscribed feed, said "1 feed subscribed", exit 0: the other feed was skipped
    without a word and never polled. Now the file is refused before anything is
    subscribed, one line naming the name and the feed that holds it; the same file with
    the feed renamed loads both."""
    _cli(db_url, tmp_path, "init")
    _cli(db_url, tmp_path, "feeds", "add", "http://127.0.0.1:9/held.xml", "--name", "wire")
    before = event_count(db_url)

    def feed(name: str, path: str) -> str:
        return f'[[feed]]\nname = "{name}"\nurl = "http://127.0.0.1:9/{path}"\n'

    (tmp_path / "twice.toml").write_text(feed("chips", "a.xml") + feed("chips", "b.xml"))
    (tmp_path / "held.toml").write_text(feed("memory", "c.xml") + feed("wire", "d.xml"))
    twice = run_cli("--db", db_url, "feeds", "load", "twice.toml", cwd=tmp_path)
    held = run_cli("--db", db_url, "feeds", "load", "held.toml", cwd=tmp_path)
    written = event_count(db_url) - before

    assert (twice.returncode, held.returncode) == (2, 1)
    assert "feed #2: the name 'chips' is given twice; nothing subscribed" in twice.stderr
    assert (
        "the name 'wire' in held.toml is taken by http://127.0.0.1:9/held.xml; nothing"
        " subscribed" in held.stderr
    )
    assert [len(r.stderr.strip().splitlines()) for r in (twice, held)] == [1, 1]
    assert written == 0
    (tmp_path / "held.toml").write_text(feed("memory", "c.xml") + feed("wire-2", "d.xml"))
    assert _cli(db_url, tmp_path, "feeds", "load", "held.toml").strip() == "2 feeds subscribed"
    assert _feed_names(db_url, tmp_path) == ["memory", "wire", "wire-2"]
