"""Marks statements under concurrent first use (review 12, F14).

The API answers from a thread pool, so a cold process can get its first marks reads from
several threads at once. Each round loads a fresh copy of ``tracker.query.read`` (its
statement cache as a new process has it) and lets threads ask for every list size at the
same moment: none may see a half-filled cache."""

from __future__ import annotations

import importlib.util
import sys
import threading
from types import ModuleType

from sqlalchemy.dialects import postgresql, sqlite

import tracker.query.read as read_module


def _fresh_read_module(n: int) -> ModuleType:
    """A second, cold instance of tracker.query.read (not entered in sys.modules)."""
    spec = importlib.util.spec_from_file_location(f"_cold_query_read_{n}", read_module.__file__)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ask_from_threads(module: ModuleType, failures: list[BaseException]) -> None:
    """Twelve threads released together, each asking for every size on both dialects."""
    sizes = module.MARK_LIST_SIZES
    dialects = [sqlite.dialect(), postgresql.dialect()]
    start = threading.Barrier(12)

    def ask(k: int) -> None:
        start.wait()
        try:
            for j in range(6):
                size, dialect = sizes[(k + j) % len(sizes)], dialects[(k + j) % 2]
                _text, order = module._marks_query(size, dialect).sql(dialect)
                if order is not None:
                    assert len(order) == size
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=ask, args=(k,)) for k in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def test_marks_statements_survive_many_threads_on_a_cold_cache() -> None:
    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    failures: list[BaseException] = []
    try:
        for round_no in range(12):
            _ask_from_threads(_fresh_read_module(round_no), failures)
    finally:
        sys.setswitchinterval(old_interval)
    assert not [repr(f) for f in failures]


def test_every_marks_statement_takes_its_full_list_of_ids() -> None:
    module = _fresh_read_module(99)
    for size in module.MARK_LIST_SIZES:
        _text, order = module._marks_query(size, sqlite.dialect()).sql(sqlite.dialect())
        assert tuple(f"id{i}" for i in range(size)) == order
