"""Projection maintenance (rebuild, status) and the read-only HTTP server."""

from __future__ import annotations

import socket
from typing import Annotated

import typer

from tracker.cli.common import JsonOpt, app, emit_json, grid, open_tracker, out, show
from tracker.errors import ConfigError

projections_app = typer.Typer(help="Projections: rebuild, status.", no_args_is_help=True)
app.add_typer(projections_app, name="projections", rich_help_panel="The log")


@projections_app.command("rebuild")
def projections_rebuild(
    name: Annotated[str | None, typer.Option("--name", help="One projection.")] = None,
) -> None:
    """Rebuild projections from zero into fresh tables and swap them in."""
    with open_tracker() as t:
        counts = t.rebuild_projections(name)
    for key, count in counts.items():
        out.print(f"rebuilt {key}: {count} events", highlight=False)


@projections_app.command("status")
def projections_status(as_json: JsonOpt = False) -> None:
    """Where each projection is in the log, and its version."""
    with open_tracker() as t:
        t.ensure_ready()
        found = t.projections.status()
    rows = [
        {
            "name": s.name,
            "version": s.version,
            "stored_version": s.stored_version,
            "position": s.position,
            "head": s.head,
        }
        for s in found
    ]
    if as_json:
        emit_json(rows)
        return
    table = grid("name", "version", "stored version", "position", "head")
    for r in rows:
        table.add_row(*(str(v) for v in r.values()))
    show(table)


@app.command(rich_help_panel="Queries")
def serve(
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8000,
) -> None:
    """Serve the read-only HTTP API and the web timeline."""
    import uvicorn  # noqa: PLC0415  (only this command needs the server)

    from tracker.api import create_app  # noqa: PLC0415

    listener = _listen(host, port)  # before anything else: a taken port fails at once
    tracker_ = open_tracker()
    tracker_.ensure_ready()
    server = uvicorn.Server(
        uvicorn.Config(create_app(tracker_), host=host, port=port, log_level="warning")
    )
    out.print(f"serving on http://{host}:{port}/", highlight=False)
    server.run(sockets=[listener])


def _listen(host: str, port: int) -> socket.socket:
    """A bound, listening socket, or a one-line error (uvicorn reports a taken port only
    after the startup line, on its own log format)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        family, kind, proto, _name, address = infos[0]
        listener = socket.socket(family, kind, proto)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(address)
        listener.listen(128)
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return listener
