"""The read-only HTTP API (FastAPI) and the web timeline page, for ``tracker serve``.

Every endpoint answers with the same pydantic models as the Python API (claims use the
field names of SPEC §4). Bad arguments are a 400 with ``{"error": "..."}``; an unknown
claim a 404. Nothing here writes to the log; answers catch the projections up first, except on a
database opened read-only, whose answers carry ``X-Tracker-Projection-Lag`` (events the
projections stand behind the log).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse

from tracker.app import Tracker
from tracker.domain.answers import (
    ClaimsAnswer,
    DiffAnswer,
    HistoryAnswer,
    PlansAnswer,
    RevisionsAnswer,
    StateAnswer,
)
from tracker.errors import ClaimNotFoundError, QueryError, TrackerError
from tracker.lookup import check_known

Opt = Annotated[str | None, Query()]


def create_app(tracker: Tracker) -> FastAPI:
    """An ASGI app over one Tracker."""
    api = FastAPI(
        title="tracker", version="1", docs_url="/api/docs", openapi_url="/api/openapi.json"
    )

    @api.middleware("http")
    async def _read_only_lag(request: Request, call_next: Callable[[Request], Any]) -> Any:
        # a read-only database answers without catching up (that writes): every answer
        # says how far the projections stand behind the log, in a header
        response = await call_next(request)
        lag = tracker.projection_lag() if request.url.path.startswith("/api/") else None
        if lag is not None:
            response.headers["X-Tracker-Read-Only"] = "1"
            response.headers["X-Tracker-Projection-Lag"] = str(lag.behind)
        return response

    @api.exception_handler(TrackerError)
    async def _tracker_error(_request: Request, exc: TrackerError) -> JSONResponse:
        status = 404 if isinstance(exc, ClaimNotFoundError) else 400
        return JSONResponse({"error": str(exc)}, status_code=status)

    @api.exception_handler(RequestValidationError)
    async def _bad_argument(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI's default is a 422 with its own {"detail": [...]} shape; every bad
        # argument here is the documented 400 with one readable reason
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"][1:]) or "request"
        return JSONResponse({"error": f"{where}: {first['msg']}"}, status_code=400)

    @api.get("/api/state")
    def state(
        as_of: Opt = None, known_at: Opt = None, recorded_by: Opt = None, subject: Opt = None
    ) -> StateAnswer:
        answer = tracker.state(as_of, known_at=known_at, recorded_by=recorded_by, subject=subject)
        if not answer.entries:
            check_known(tracker, subject=subject)
        return answer

    @api.get("/api/claims")
    def claims(
        response: Response,
        subject: Opt = None,
        predicate: Opt = None,
        known_at: Opt = None,
        recorded_by: Opt = None,
        all: bool = False,
        limit: Annotated[int | None, Query(ge=0)] = 1000,
    ) -> ClaimsAnswer:
        # limit=0 is every claim, as the CLI's --limit 0 is (it was a 400 here); one row
        # more than asked tells whether the answer was cut, which a header then says
        shown = limit or None
        answer = tracker.claims(
            subject=subject,
            predicate=predicate,
            known_at=known_at,
            recorded_by=recorded_by,
            include_inactive=all,
            limit=None if shown is None else shown + 1,
        )
        if not answer.claims:
            check_known(tracker, subject=subject, predicate=predicate)
        if shown is not None and len(answer.claims) > shown:
            response.headers["X-Tracker-Truncated"] = f"first {shown} claims; limit=0 for all"
            answer = answer.model_copy(update={"claims": answer.claims[:shown]})
        return answer

    @api.get("/api/history/{subject}")
    def history(subject: str, predicate: Opt = None, by_recorded: bool = False) -> HistoryAnswer:
        answer = tracker.history(subject, predicate, by_recorded=by_recorded)
        if not answer.rows:
            check_known(tracker, subject=subject, predicate=predicate)
        return answer

    @api.get("/api/diff")
    def diff(
        known_at_a: Opt = None,
        known_at_b: Opt = None,
        as_of: Opt = None,
        subject: Opt = None,
        a: Opt = None,
        b: Opt = None,
    ) -> DiffAnswer:
        # the answer, its error messages and the CLI call the two times known_at_a and
        # known_at_b, so those are the parameters; a and b stay as their short forms
        first, second = known_at_a or a, known_at_b or b
        if first is None or second is None:
            raise QueryError("give both knowledge times: ?known_at_a=DATE&known_at_b=DATE")
        answer = tracker.diff(first, second, as_of=as_of, subject=subject)
        if not (answer.gained or answer.lost or answer.changed):
            check_known(tracker, subject=subject)
        return answer

    @api.get("/api/plans")
    def plans(as_of: Opt = None, known_at: Opt = None, recorded_by: Opt = None) -> PlansAnswer:
        return tracker.plans(as_of, known_at=known_at, recorded_by=recorded_by)

    @api.get("/api/revisions/{subject}/{predicate}/{target}")
    def revisions(subject: str, predicate: str, target: str) -> RevisionsAnswer:
        answer = tracker.revisions(subject, predicate, target)
        if not answer.rows:
            check_known(tracker, subject=subject, predicate=predicate)
        return answer

    @api.get("/", response_class=HTMLResponse)
    def timeline() -> str:
        return files("tracker").joinpath("web/index.html").read_text(encoding="utf-8")

    return api
