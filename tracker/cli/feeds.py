"""Feed commands: feeds add/remove/list/load, poll, ingest, daemon (issue 3).

Commands register on the shared app by decoration at import time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from tracker.cli.common import app, emit_json, err, grid, open_tracker, out, show
from tracker.errors import ConfigError, FeedAlreadySubscribedError
from tracker.ingest.dates import is_plausible, parse_date
from tracker.ports import FeedRecord

if TYPE_CHECKING:
    from tracker.ingest.outcomes import Outcome, PollSummary

feeds_app = typer.Typer(help="Subscriptions: add, remove, list, load.", no_args_is_help=True)
app.add_typer(feeds_app, name="feeds", rich_help_panel="Feeds")

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]
TierOpt = Annotated[
    str, typer.Option("--tier", help="Source tier: company, filing, press, analyst, ...")
]
LangOpt = Annotated[str | None, typer.Option("--lang", help="Language hint, e.g. en or ko.")]


def _feed_json(feed: FeedRecord) -> dict[str, Any]:
    return {
        "feed_id": feed.feed_id,
        "name": feed.name,
        "url": feed.url,
        "aliases": list(feed.aliases),
        "state": feed.state,
        "tier": feed.tier,
        "language": feed.language,
        "interval_s": feed.effective_interval_s,
        "adaptive": feed.adaptive,
        "next_poll_at": feed.next_poll_at.isoformat(),
        "last_polled_at": feed.last_polled_at.isoformat() if feed.last_polled_at else None,
        "consecutive_failures": feed.consecutive_failures,
    }


@feeds_app.command("add")
def feeds_add(
    location: Annotated[str, typer.Argument(help="Feed URL, file:// URL or local path.")],
    name: Annotated[str | None, typer.Option("--name", help="A short name.")] = None,
    every: Annotated[
        str | None, typer.Option("--every", help="Fixed interval (15m, 2h); default adaptive.")
    ] = None,
    tier: TierOpt = "press",
    lang: LangOpt = None,
) -> None:
    """Subscribe to a feed (the same feed again: a note, nothing changed)."""
    with open_tracker() as t:
        try:
            feed = t.add_feed(location, name=name, every=every, tier=tier, language=lang)
        except FeedAlreadySubscribedError as exc:
            if exc.differences:
                raise  # asked for other settings: an error, not silently ignored
            # the same request again is done already, as `feeds load` and an ingest of
            # the same input are: a script that provisions its feeds may run it twice
            out.print(str(exc), highlight=False, soft_wrap=True)
            return
    out.print(
        f"subscribed {feed.name} ({feed.url}) as feed-{feed.feed_id}",
        highlight=False,
        soft_wrap=True,
    )


@feeds_app.command("remove")
def feeds_remove(
    feed: Annotated[str, typer.Argument(help="The feed's name or URL.")],
    reason: Annotated[str, typer.Option("--reason", help="Why (kept in the log).")] = "",
) -> None:
    """Unsubscribe from a feed (its documents and claims stay in the log)."""
    with open_tracker() as t:
        removed = t.remove_feed(feed, reason=reason)
    out.print(f"unsubscribed {removed.name} ({removed.url})", highlight=False, soft_wrap=True)


@feeds_app.command("list")
def feeds_list(as_json: JsonOpt = False) -> None:
    """List subscribed feeds with their schedule and health."""
    with open_tracker() as t:
        feeds = t.feeds()
    if as_json:
        emit_json([_feed_json(f) for f in feeds])
        return
    table = grid("name", "state", "tier", "every", "next poll (UTC)", "failures", "url")
    for f in feeds:
        table.add_row(
            f.name,
            f.state,
            f.tier,
            _human(f.effective_interval_s) + ("" if not f.adaptive else "~"),
            # a gone feed (HTTP 410) is never polled again: no time to show
            "never"
            if f.state == "gone"
            else f.next_poll_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M"),
            str(f.consecutive_failures),
            f.url,
        )
    show(table)


@feeds_app.command("load")
def feeds_load(
    path: Annotated[
        str | None, typer.Argument(help="A feeds.toml (default: TRACKER_FEEDS_FILE or bundled).")
    ] = None,
) -> None:
    """Subscribe every feed of a feeds.toml that is not subscribed yet."""
    with open_tracker() as t:
        added = t.load_feeds(path)
    out.print(f"{len(added)} feed{'s' * (len(added) != 1)} subscribed")


@app.command(rich_help_panel="Feeds")
def poll(
    feeds: Annotated[list[str] | None, typer.Argument(help="Feed names, URLs or paths.")] = None,
    once: Annotated[bool, typer.Option("--once", help="Poll once and exit (the default).")] = True,
    as_json: JsonOpt = False,
) -> None:
    """Poll due feeds once (or the named ones now); print a one-line summary."""
    del once  # one cycle is what this command does; the loop is `tracker daemon`
    with open_tracker() as t, _progress(None, as_json) as advance:
        summary = t.poll(feeds or (), on_outcome=advance)
    # feeds named on the command line are asked for, as ingest's inputs are: any of them
    # failing is the command failing (it exited 0 when another named feed succeeded)
    _report(summary, as_json, strict=bool(feeds))


@app.command(rich_help_panel="Feeds")
def ingest(
    locations: Annotated[list[str], typer.Argument(help="Feed files/URLs, .txt/.html articles.")],
    published: Annotated[
        str | None,
        typer.Option("--published", help="Publication date for article files (e.g. 2025-12-19)."),
    ] = None,
    tier: Annotated[
        str | None,
        typer.Option(
            "--tier",
            help="Source tier: company, filing, press, analyst, ... (default: press, or the "
            "tier the feed was stored with)",
        ),
    ] = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """One-shot: parse and store feeds and articles, then extract and project."""
    when = None
    if published is not None:
        when = parse_date(published)
        if when is None:
            raise ConfigError(f"--published {published!r} is not a date (use 2025-12-19)")
        if not is_plausible(when, datetime.now(UTC)):
            # a claim reported in 2099 is invisible to every --known-at until then
            raise ConfigError(f"--published {published!r} is in the future or before 1990")
    with open_tracker() as t, _progress(len(locations), as_json) as advance:
        summary = t.ingest(locations, published=when, tier=tier, language=lang, on_outcome=advance)
    _report(summary, as_json, strict=True)


@app.command(rich_help_panel="Feeds")
def daemon(
    tick: Annotated[float, typer.Option("--tick", help="Seconds between scheduler ticks.")] = 30.0,
    concurrency: Annotated[int, typer.Option("--concurrency", help="Feeds fetched at once.")] = 8,
    per_host: Annotated[int, typer.Option("--per-host", help="Fetches at once per host.")] = 4,
    deadline: Annotated[
        float, typer.Option("--deadline", help="Total seconds one fetch may take.")
    ] = 30.0,
) -> None:
    """Poll feeds on their schedules until SIGTERM/SIGINT (JSON log lines on stderr)."""
    from tracker.daemon import run_daemon  # noqa: PLC0415  (APScheduler only when needed)

    with open_tracker() as t:
        code = run_daemon(
            t, tick_s=tick, concurrency=concurrency, per_host=per_host, deadline_s=deadline
        )
    raise typer.Exit(code)


@contextmanager
def _progress(total: int | None, quiet: bool) -> Iterator[Callable[[Outcome], None]]:
    if quiet or not err.is_terminal:
        yield lambda _outcome: None
        return
    columns: list[Any] = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn()]
    if total is not None:
        columns.append(MofNCompleteColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("polling", total=total)

        def advance(outcome: Outcome) -> None:
            progress.update(task, advance=1, description=outcome.feed.name[:40])

        yield advance


def _report(summary: PollSummary, as_json: bool, *, strict: bool = False) -> None:
    """Print the summary; exit 1 when every input failed, or (``strict``: inputs the user
    named, as ``ingest`` takes them) when any did. A scheduled feed failing now and then is
    the poller's normal life, recorded as an event."""
    if as_json:
        emit_json(
            {
                "feeds": summary.feeds,
                "articles": summary.articles,
                "new_documents": summary.new_documents,
                "revisions": summary.revisions,
                "failures": summary.failures,
                "unchanged": summary.unchanged,
                "errors": summary.errors,
                "gone": summary.gone,
                "undated": summary.undated,
                "notices": summary.notices,
            }
        )
    else:
        for line in summary.errors:
            err.print(f"[yellow]failed:[/] {line}", highlight=False, soft_wrap=True)
        for line in summary.notices:
            label, _, rest = line.partition(": ")
            err.print(f"[yellow]{label}:[/] {rest}", highlight=False, soft_wrap=True)
        out.print(summary.line(), highlight=False)
    if summary.failures and (
        strict or summary.failures == summary.feeds + summary.articles + summary.unread
    ):
        raise typer.Exit(1)  # the reasons are printed above; the others were stored


def _human(seconds: int) -> str:
    """``15m``, ``2h``, ``1d`` for whole units (as typed after ``--every``); a learned
    interval (half the median gap between entries: any number of seconds) in hours and
    minutes, ``13h03m`` rather than ``46950s`` (under an hour: ``5m17s``)."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0 and (unit != "m" or seconds < 3600):
            return f"{seconds // size}{unit}"
    if seconds < 3600:
        minutes, rest = divmod(seconds, 60)
        return f"{minutes}m{rest:02d}s" if minutes else f"{rest}s"
    hours, minutes = divmod((seconds + 30) // 60, 60)
    return f"{hours}h{minutes:02d}m"
