"""How every read command replies (tracker.cli.common.Reply): the read-only lag on stderr,
the answer as one JSON document with ``--json`` (``projection_lag`` on a read-only
database only), and nothing more when a table is to follow."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tracker.cli.common import Reply
from tracker.domain.answers import PlansAnswer, ProjectionLag

ANSWER = PlansAnswer(
    as_of=date(2026, 1, 1), known_at=None, recorded_by=None, rules_version="r/2", plans=[]
)
LAG = ProjectionLag.measure(4, {"claims": (3, "v")}, {"claims": "v"})
NOTE = (
    "note: read-only database: the claims projection is 1 event behind the log (at position "
    "3 of 4); these answers leave those events out (run any query where the database is "
    "writable to catch up, then copy it again)\n"
)


def test_a_json_reply_is_the_answer_and_its_lag_on_a_read_only_database(
    capsys: pytest.CaptureFixture[str],
) -> None:
    reply = Reply(as_json=True)
    reply.lag = LAG

    assert reply.sent(ANSWER)

    out, err = capsys.readouterr()
    assert json.loads(out) == {
        **ANSWER.model_dump(mode="json"),
        "projection_lag": LAG.model_dump(mode="json"),
    }
    assert err == NOTE


def test_a_json_reply_on_a_writable_database_is_the_answer_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert Reply(as_json=True).sent(ANSWER)

    out, err = capsys.readouterr()
    assert (json.loads(out), err) == (ANSWER.model_dump(mode="json"), "")


def test_a_table_reply_says_only_the_lag_and_leaves_the_table_to_follow(
    capsys: pytest.CaptureFixture[str],
) -> None:
    reply = Reply(as_json=False)
    reply.lag = LAG

    assert not reply.sent(ANSWER)

    assert capsys.readouterr() == ("", NOTE)
