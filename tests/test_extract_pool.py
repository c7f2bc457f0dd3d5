"""Extraction of large batches in worker processes (``tracker.ingest.extract_pool``): the
claims are those of the extractor in the calling process, byte for byte and in order; small
batches never start a process; a pool that lost a worker finishes the batch in the process;
the re-extraction service appends through a pool exactly what it appends without one (on
every backend)."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import time
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

import psutil
import pytest

import tracker.extract.service as service_module
from tests.cli_support import event_count, run_cli, spawned_children, start_cli
from tests.feeds_support import rss
from tracker.app import Tracker
from tracker.domain.catalog import ClaimAsserted, DocumentObserved, DocumentRevised
from tracker.domain.documents import Document
from tracker.domain.events import NewEvent
from tracker.extract import default_extractor
from tracker.ingest import extract_pool
from tracker.ingest.extract_pool import PooledExtractor, default_workers
from tracker.ingest.limits import CappedExtractor
from tracker.ports import Extractor

GOLD = Path(__file__).parent / "extraction" / "gold" / "dev"


def gold_documents(count: int) -> list[Document]:
    """English and Korean dev articles, alternating, as the extractor sees them."""
    by_language: dict[str, list[Document]] = {"en": [], "ko": []}
    for path in sorted(GOLD.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        by_language[data["language"]].append(
            Document(
                document_id=data["id"],
                text=data["text"],
                published=datetime.fromisoformat(data["published"]),
                language=data["language"],
            )
        )
    pairs = zip(by_language["en"], by_language["ko"], strict=False)
    return [doc for pair in pairs for doc in pair][:count]


@pytest.fixture(scope="module")
def in_process() -> Extractor:
    return default_extractor()


def pool_of(inner: Extractor, workers: int = 2, min_pooled: int = 4) -> PooledExtractor:
    return PooledExtractor(inner, None, (), workers=workers, min_pooled=min_pooled)


def test_a_pooled_batch_yields_the_claims_of_the_process_in_order(in_process: Extractor) -> None:
    documents = gold_documents(40)
    expected = [in_process.extract(d) for d in documents]
    pool = pool_of(in_process)
    try:
        got = pool.extract_many(documents)
        assert pool._pool is not None  # it ran in worker processes
        workers = {p.pid for p in multiprocessing.active_children()}
        assert len(workers) >= 2
        assert got == expected
        assert sum(map(len, got)) > 100  # the batch says a lot: not an empty comparison
        assert pool.extract_many(documents[:3]) == expected[:3]  # a running pool takes any
    finally:
        pool.close()
    assert pool._pool is None


def test_a_small_batch_or_one_worker_starts_no_process(in_process: Extractor) -> None:
    documents = gold_documents(6)
    for pool in (pool_of(in_process, min_pooled=7), pool_of(in_process, workers=1)):
        before = set(multiprocessing.active_children())
        got = pool.extract_many(documents)
        assert pool._pool is None
        assert set(multiprocessing.active_children()) == before
        assert got == [in_process.extract(d) for d in documents]
    assert 1 <= default_workers() <= 8


def test_a_pool_that_lost_a_worker_finishes_the_batch_in_the_process(
    in_process: Extractor,
) -> None:
    documents = gold_documents(12)
    pool = pool_of(in_process)
    try:
        pool.extract_many(documents)
        assert pool._pool is not None
        victim = next(iter(pool._pool._processes))
        os.kill(victim, signal.SIGKILL)
        got = pool.extract_many(documents)
    finally:
        pool.close()
    assert got == [in_process.extract(d) for d in documents]
    assert pool.workers == 1  # given up: the rest runs here
    assert pool._pool is None


def test_a_capped_pooled_batch_cuts_each_long_document_once(in_process: Extractor) -> None:
    documents = gold_documents(8)
    longest = max(documents, key=lambda d: len(d.text))
    cap = len(longest.text) - 10
    capped = CappedExtractor(pool_of(in_process), cap)
    plain = CappedExtractor(in_process, cap)
    try:
        assert capped.extract_many(documents) == [plain.extract(d) for d in documents]
    finally:
        capped.close()
    cut_in_pool = [c.document_id for c in capped.take_cut()]
    assert cut_in_pool == [c.document_id for c in plain.take_cut()] == [longest.document_id]


def observe(t: Tracker, document: Document) -> None:
    event = DocumentObserved(
        document_id=document.document_id,
        feed_id="gold",
        url=f"https://example.test/{document.document_id}",
        title="",
        text=document.text,
        language=document.language,
        published=document.published,
        content_hash=f"h-{document.document_id}",
    )
    stream = f"doc-{document.document_id}"
    t.store.append(stream, None, [NewEvent(event, idempotency_key=f"obs:{stream}")])


def asserted_ids(t: Tracker) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for record in t.store.read_all(0, types=("ClaimAsserted",)):
        assert isinstance(record.event, ClaimAsserted)
        out.setdefault(record.stream_id, []).append(record.event.claim.claim_id)
    return out


def test_re_extraction_through_a_pool_appends_what_the_process_appends(
    tracker_app: Tracker, in_process: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches of 7 streams (several windows, the last one short), a pool of two."""
    monkeypatch.setattr(service_module, "BATCH", 7)
    documents = gold_documents(24)
    for document in documents:
        observe(tracker_app, document)
    pool = pool_of(in_process)
    try:
        service = tracker_app.extraction(pool)
        summary = service.extract_pending()
        assert pool._pool is not None
        expected = {
            f"claims-{d.document_id}": [c.claim_id for c in in_process.extract(d)]
            for d in documents
        }
        expected = {stream: ids for stream, ids in expected.items() if ids}
        assert asserted_ids(tracker_app) == expected
        assert summary.documents == len(documents)
        assert summary.asserted == sum(map(len, expected.values()))
        # again: nothing new, through the pool or without it
        assert (service.extract_all().asserted, service.extract_all().withdrawn) == (0, 0)
        assert tracker_app.extract_all().asserted == 0

        # a revision that drops every claim of one article withdraws them, as in the process
        first = documents[0]
        revised = DocumentRevised(
            document_id=first.document_id,
            revision=2,
            text="Nothing to report today.",
            updated=first.published,
            content_hash="h-revised",
            previous_hash=f"h-{first.document_id}",
        )
        stream = f"doc-{first.document_id}"
        tracker_app.store.append(stream, None, [NewEvent(revised, idempotency_key="rev:1")])
        again = service.extract_all()
        assert (again.asserted, again.withdrawn) == (
            0,
            len(expected[f"claims-{first.document_id}"]),
        )
    finally:
        pool.close()


def test_the_cli_extracts_a_large_ingest_in_workers_as_it_does_in_one_process(
    tmp_path: Path,
) -> None:
    """'tracker ingest' of a feed of 210 articles (English and Korean) extracts them in two
    worker processes (``TRACKER_EXTRACT_WORKERS=2``): the claims listed afterwards are
    those of a run with none (``=1``), and 'extract --all' then finds nothing to change."""
    documents = gold_documents(210)
    feed = tmp_path / "big.xml"
    feed.write_text(
        rss(
            [
                {
                    "guid": d.document_id,
                    "title": d.document_id,
                    "link": f"http://example.invalid/{d.document_id}",
                    "date": format_datetime(d.published, usegmt=False),
                    "body": d.text.replace("\n\n", "<br/><br/>"),
                }
                for d in documents
            ]
        ),
        encoding="utf-8",
    )
    listed: dict[str, list[dict[str, object]]] = {}
    for workers in ("1", "2"):
        db = f"sqlite:///{tmp_path / f'w{workers}.db'}"
        env = {"TRACKER_EXTRACT_WORKERS": workers}
        assert run_cli("--db", db, "init", cwd=tmp_path).returncode == 0
        ingest = run_cli("--db", db, "ingest", str(feed), cwd=tmp_path, env=env, timeout=600)
        assert ingest.returncode == 0, ingest.stderr
        assert ingest.stderr == ""
        again = run_cli("--db", db, "extract", "--all", "--json", cwd=tmp_path, env=env)
        assert again.returncode == 0, again.stderr
        summary = json.loads(again.stdout)
        assert (summary["documents"], summary["asserted"], summary["withdrawn"]) == (210, 0, 0)
        claims = run_cli("--db", db, "claims", "--all", "--limit", "0", "--json", cwd=tmp_path)
        # every field but when this run recorded it
        listed[workers] = [
            {k: v for k, v in claim.items() if k != "recorded_at"}
            for claim in json.loads(claims.stdout)["claims"]
        ]
    assert listed["2"] == listed["1"]
    assert len(listed["1"]) > 500


def test_the_workers_a_run_started_stop_when_the_run_ends(
    tracker_app: Tracker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A daemon whose first cycle brought hundreds of documents does not keep idle worker
    processes: ``extract_new`` and ``extract_all`` stop the pool they started."""
    monkeypatch.setattr(extract_pool, "MIN_POOLED", 4)
    monkeypatch.setattr(extract_pool, "default_workers", lambda: 2)  # on any machine
    started: list[int] = []
    start = PooledExtractor._started

    def counted(self: PooledExtractor) -> object:
        started.append(self.workers)
        return start(self)

    monkeypatch.setattr(PooledExtractor, "_started", counted)
    # the Python API extracts in its own process unless asked (the CLI asks)
    assert tracker_app.settings.extract_workers == 1
    tracker_app.settings = tracker_app.settings.model_copy(update={"extract_workers": 0})
    before = set(multiprocessing.active_children())
    for document in gold_documents(10):
        observe(tracker_app, document)
    assert tracker_app.extract_new().asserted > 0
    pooled = tracker_app.extractor.inner  # type: ignore[attr-defined]
    assert isinstance(pooled, PooledExtractor)
    assert started  # the batch went to worker processes
    assert pooled._pool is None
    assert set(multiprocessing.active_children()) == before


@pytest.mark.parametrize("moment", ["starting", "working"])
def test_ctrl_c_during_a_pooled_extraction_is_one_line_and_a_rerun_finishes(
    tmp_path: Path, moment: str
) -> None:
    """Ctrl-C at a terminal reaches the whole job, workers included: while they start
    (importing) or while they extract, 'tracker extract --all' says 'interrupted' in one
    line (no worker's traceback), exits 130, leaves no process behind, and a rerun adds
    nothing the first run had not (the log is whole)."""
    documents = gold_documents(600)
    feed = tmp_path / "big.xml"
    feed.write_text(rss([_item(d) for d in documents]), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'c.db'}"
    one = {"TRACKER_EXTRACT_WORKERS": "1"}
    assert run_cli("--db", db, "init", cwd=tmp_path).returncode == 0
    assert run_cli("--db", db, "ingest", str(feed), cwd=tmp_path, env=one).returncode == 0
    before = event_count(db)
    # another vocabulary: every document is extracted again, through two workers
    vocabulary = tmp_path / "extra.toml"
    vocabulary.write_text(
        '[[entity]]\nid = "qa-pool-co"\nkind = "company"\nen = ["Qapoolco"]\n', encoding="utf-8"
    )
    env = {"TRACKER_EXTRACT_WORKERS": "2", "TRACKER_VOCABULARY_PATHS": str(vocabulary)}
    job = start_cli("--db", db, "extract", "--all", cwd=tmp_path, env=env, own_group=True)
    try:
        parent = psutil.Process(job.pid)
        deadline = time.monotonic() + 120
        while spawned_children(parent) < 2 and job.poll() is None:
            assert time.monotonic() < deadline, "no worker process started"
            time.sleep(0.005)
        time.sleep(0.05 if moment == "starting" else 1.5)
        os.killpg(job.pid, signal.SIGINT)
        out, err = job.communicate(timeout=120)
    finally:
        if job.poll() is None:
            os.killpg(job.pid, signal.SIGKILL)
    assert "Traceback" not in err, err
    assert (job.returncode, err.count("\n")) == (130, 1), (out, err)
    assert err.startswith("interrupted")
    deadline = time.monotonic() + 30
    while _group_alive(job.pid):
        assert time.monotonic() < deadline, "a worker outlived the interrupted command"
        time.sleep(0.1)
    assert run_cli("--db", db, "verify", cwd=tmp_path).returncode == 0
    rerun = run_cli("--db", db, "extract", "--all", "--json", cwd=tmp_path, env=env)
    assert rerun.returncode == 0, rerun.stderr
    assert json.loads(rerun.stdout)["documents"] == 600
    assert event_count(db) >= before


def _item(document: Document) -> dict[str, str]:
    return {
        "guid": document.document_id,
        "title": document.document_id,
        "link": f"http://example.invalid/{document.document_id}",
        "date": format_datetime(document.published, usegmt=False),
        "body": document.text.replace("\n\n", "<br/><br/>"),
    }


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True
