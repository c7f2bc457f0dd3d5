"""``tracker daemon``: poll feeds on their schedules until SIGTERM or SIGINT.

One APScheduler 3 job, the *tick*, runs every few seconds (coalescing missed runs, never
two at once) and polls whatever feeds are due. The schedule itself lives in the
database (each feed's ``next_poll_at`` and lease), not in APScheduler's job store:
APScheduler 3 cannot share a job store between processes, and leases let several
daemons share one PostgreSQL database.

Stopping: the signal sets a flag; feeds not started yet are released, polls in flight
finish (bounded by the fetch deadline) and commit whole, then the process exits 0.
Logs are JSON lines on stderr.
"""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading
from datetime import UTC, datetime
from types import FrameType
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler

from tracker.app import Tracker
from tracker.errors import StoreError, TrackerError

log = logging.getLogger("tracker.daemon")


class JsonLines(logging.Formatter):
    """One JSON object per line: time, level, event, and the record's ``fields``."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        line.update(getattr(record, "fields", {}) or {})
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def configure_logging(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLines())
    root = logging.getLogger("tracker")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
    # APScheduler's own records in the same JSON lines (they reached stderr as bare text
    # through Python's last-resort handler). A tick that outlasts the interval makes it
    # warn "skipped: maximum number of running instances" every interval: with one tick
    # at a time and missed runs coalesced, that is the design, not news.
    scheduler_handler = logging.StreamHandler(sys.stderr)
    scheduler_handler.setFormatter(JsonLines())
    scheduler_handler.addFilter(_not_overlap)  # a handler's filter sees the child loggers' records
    scheduler_log = logging.getLogger("apscheduler")
    scheduler_log.handlers[:] = [scheduler_handler]
    scheduler_log.setLevel(logging.WARNING)
    scheduler_log.propagate = False


def _not_overlap(record: logging.LogRecord) -> bool:
    return "maximum number of running instances" not in record.getMessage()


def run_daemon(
    t: Tracker,
    *,
    tick_s: float = 30.0,
    concurrency: int = 8,
    per_host: int = 4,
    deadline_s: float = 30.0,
    stop: threading.Event | None = None,
) -> int:
    """Run until ``stop`` is set (by SIGTERM/SIGINT in the main thread); returns 0.

    Raises:
        StoreError: the database is open read-only here; every tick would fail to lease.
    """
    if t.read_only:
        raise StoreError(
            f"the daemon writes every poll, and {t.engine.url.database} is open read-only "
            "here (the file or its folder cannot be written, or the URL says mode=ro); give "
            "it a database it can write"
        )
    configure_logging()
    stop = stop or threading.Event()
    revision = t.init()
    if t.settings.feeds_file:
        added = t.load_feeds(t.settings.feeds_file)
        log.info("daemon.feeds_loaded", extra={"fields": {"added": len(added)}})
    poller = t.feed_service.poller
    poller.concurrency = concurrency
    poller.per_host = per_host
    poller.fetcher.deadline_s = deadline_s
    poller.stop_event.clear()
    _install_signals(stop, poller.stop_event)

    def tick() -> None:
        if stop.is_set():
            return
        try:
            summary = t.poll()
        except TrackerError as exc:
            log.error("daemon.tick_failed", extra={"fields": {"error": str(exc)}})
            return
        except Exception:  # keep the daemon alive; the traceback goes to the log
            log.exception("daemon.tick_crashed")
            return
        for cut in summary.cut:  # a document read in part: the operator hears it
            log.warning("document.cut", extra={"fields": {"message": cut.message}})
        if summary.feeds:
            log.info(
                "daemon.tick",
                extra={
                    "fields": {
                        "feeds": summary.feeds,
                        "new_documents": summary.new_documents,
                        "revisions": summary.revisions,
                        "failures": summary.failures,
                    }
                },
            )

    scheduler = BackgroundScheduler(timezone=UTC)
    scheduler.add_job(
        tick,
        "interval",
        seconds=tick_s,
        id="tick",
        coalesce=True,
        max_instances=1,
        next_run_time=datetime.now(UTC),
        misfire_grace_time=None,
    )
    log.info(
        "daemon.started",
        extra={
            "fields": {
                "owner": t.feed_service.owner,
                "schema": revision,
                "tick_s": tick_s,
                "concurrency": concurrency,
            }
        },
    )
    poller.parsers.start()  # on the main thread: quiet on Ctrl-C (tracker.ingest.workers)
    scheduler.start()
    try:
        while not stop.wait(0.5):
            pass
    finally:
        poller.stop_event.set()
        log.info("daemon.stopping", extra={"fields": {"reason": "signal"}})
        scheduler.shutdown(wait=True)
    log.info("daemon.stopped")
    return 0


def _install_signals(stop: threading.Event, poll_stop: threading.Event) -> None:
    if threading.current_thread() is not threading.main_thread():
        return  # tests drive the daemon from a thread and set ``stop`` themselves

    def handle(signum: int, _frame: FrameType | None) -> None:
        log.info("daemon.signal", extra={"fields": {"signal": signal.Signals(signum).name}})
        poll_stop.set()
        stop.set()

    signal.signal(signal.SIGTERM, handle)
    signal.signal(signal.SIGINT, handle)
