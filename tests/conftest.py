"""Shared fixtures: every store-backed test runs on SQLite, and on PostgreSQL when
``TRACKER_TEST_POSTGRES_URL`` is set (CI sets it, so there a PostgreSQL failure fails).

Each PostgreSQL test gets its own schema (``search_path``), created and dropped around it.
"""

from __future__ import annotations

import compileall
import os
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import Engine, create_engine, text

from tracker.app import Tracker
from tracker.store import migrate
from tracker.store.engine import make_engine, normalize_url
from tracker.store.sql import SqlEventStore

# No test times anything (house rule), and hypothesis's default deadline (200 ms an example)
# is a timing assertion: property tests of the pattern helpers failed with DeadlineExceeded
# on a loaded machine (several test runs beside CI) and passed alone.
settings.register_profile("tracker", deadline=None)
settings.load_profile("tracker")

PG_URL = os.environ.get("TRACKER_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]

REPO = Path(__file__).resolve().parents[1]
SEED_DIR = REPO.parent / "shared" / "seed"


def pytest_configure(config: pytest.Config) -> None:
    """Compile the package's bytecode once, before any worker starts. Where the environment
    sets PYTHONDONTWRITEBYTECODE (CI's does), no ``tracker`` process writes its cache, so
    every command the end-to-end tests run, and every parser process it spawns, compiled
    the whole package from source again: about half a second a command and over a second
    for an ingest or poll, where a user's installed copy has its cache. Reading a cache
    is not affected by that setting."""
    if not hasattr(config, "workerinput"):  # the controller, or a run without xdist
        compileall.compile_dir(REPO / "tracker", quiet=1)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if PG_URL:
        return
    skip = pytest.mark.skip(reason="TRACKER_TEST_POSTGRES_URL is not set")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


class SteppingClock:
    """A clock tests control: starts at ``start``, moves only when told."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock()


def pg_schema_url(schema: str) -> str:
    assert PG_URL is not None
    base = normalize_url(PG_URL)
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture
def db_url_factory(tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """Returns ``make(backend) -> url`` of a fresh, empty database; cleans up after."""
    schemas: list[str] = []

    def make(backend: str) -> str:
        if backend == "sqlite":
            return f"sqlite:///{tmp_path / f'db-{uuid.uuid4().hex[:8]}.sqlite'}"
        schema = f"t_{uuid.uuid4().hex[:12]}"
        admin = create_engine(normalize_url(PG_URL or ""), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        admin.dispose()
        schemas.append(schema)
        return pg_schema_url(schema)

    yield make
    if schemas:
        admin = create_engine(normalize_url(PG_URL or ""), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            for schema in schemas:
                conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(backend: str, db_url_factory: Callable[[str], str]) -> str:
    """URL of a fresh database on the parametrized backend, migrated to head."""
    url = db_url_factory(backend)
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    return url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def store(engine: Engine, clock: SteppingClock) -> SqlEventStore:
    return SqlEventStore(engine, clock=clock)


@pytest.fixture
def tracker_app(engine: Engine, clock: SteppingClock) -> Tracker:
    return Tracker(engine, clock=clock)
