"""The JSON API under /api. Read-only, except POST /api/ingest when the server allows it."""

from __future__ import annotations

import datetime as dt
import hmac
import json
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from telusur.contract import article_full, article_summary
from telusur.readers.limits import MAX_DEPTH, json_depth_error
from telusur.store import Store
from telusur.store import queries as q
from telusur.web.errors import NOT_FOUND, ApiError

MAX_BODY = 20_000_000  # bytes of one POST /api/ingest body

router = APIRouter(prefix="/api")

Limit = Annotated[int, Query(ge=1, le=500, description="page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")]
Text = Annotated[str | None, Query(max_length=200)]
QText = Annotated[str | None, Query(alias="q", max_length=200, description="full-text query")]
# A calendar day's shape, so the schema admits no month 13 or year 0 (day() refuses 02-30).
DAY_SHAPE = r"^[1-9]\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"
_AS_DATE = {"format": "date"}
From = Annotated[
    str | None,
    Query(
        alias="from",
        pattern=DAY_SHAPE,
        json_schema_extra=_AS_DATE,
        description="reported on or after (YYYY-MM-DD)",
    ),
]
To = Annotated[
    str | None,
    Query(
        alias="to",
        pattern=DAY_SHAPE,
        json_schema_extra=_AS_DATE,
        description="reported on or before (YYYY-MM-DD)",
    ),
]


def day(value: str | None, param: str) -> str | None:
    """An ISO date checked for being a real day; a later 'from' than 'to' simply finds nothing."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ApiError(422, "E422", f"{param}: not a calendar date: {value!r}", param) from None


def store(request: Request) -> Iterator[Store]:
    """A read-only store for one request, from the app's pool (telusur.web.pool)."""
    with request.app.state.stores.store() as s:
        yield s


StoreDep = Annotated[Store, Depends(store)]


def page(items: list[Any], limit: int, offset: int) -> JSONResponse:
    nxt = offset + limit if len(items) == limit else None
    return JSONResponse({"items": items, "limit": limit, "offset": offset, "next_offset": nxt})


def as_json(data: dict[str, Any]) -> JSONResponse:
    """Serialised in one pass: the results are plain JSON values already, and FastAPI's generic
    encoder would walk every one of them first, several times the cost of the query."""
    return JSONResponse(data)


@router.get("/articles")
def articles(s: StoreDep, q_: QText = None, limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
    found = s.articles(q_, limit=limit, offset=offset)
    return page([article_summary(a) for a in found], limit, offset)


@router.get("/article/{article_id:path}", responses=NOT_FOUND)
def article(s: StoreDep, article_id: str) -> JSONResponse:
    found = s.article(article_id)
    if found is None:
        raise ApiError(404, "E404", f"no article with id {article_id!r}", "article_id")
    return as_json({**article_full(found), **s.analysis(article_id)})


@router.get("/claims")
def claims(
    s: StoreDep,
    q_: QText = None,
    source: Text = None,
    about: Text = None,
    article: Text = None,
    story: Text = None,
    date_from: From = None,
    date_to: To = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> JSONResponse:
    filt = q.ClaimFilter(
        query=q_,
        source=source,
        about=about,
        article=article,
        story=story,
        date_from=day(date_from, "from"),
        date_to=day(date_to, "to"),
        limit=limit,
        offset=offset,
    )
    return page(q.claims(s.conn, filt), limit, offset)


@router.get("/stories")
def stories(
    s: StoreDep,
    q_: QText = None,
    date_from: From = None,
    date_to: To = None,
    saga: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> JSONResponse:
    found = q.stories(
        s.conn,
        query=q_,
        date_from=day(date_from, "from"),
        date_to=day(date_to, "to"),
        saga=saga,
        limit=limit,
        offset=offset,
    )
    return page(found, limit, offset)


@router.get("/story/{story_id:path}", responses=NOT_FOUND)
def story(s: StoreDep, story_id: str, limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
    """The story with a page of its articles and a summary of each claim group; a group's
    timeline is at /api/group/{id}."""
    found = q.story(s.conn, story_id, timelines=False, article_limit=limit, article_offset=offset)
    if found is None:
        raise ApiError(404, "E404", f"no story with id {story_id!r}", "story_id")
    return as_json(found)


@router.get("/saga/{saga_id:path}", responses=NOT_FOUND)
def saga(s: StoreDep, saga_id: str) -> JSONResponse:
    """The saga: its stories and the links that joined them, with their shared names and
    measures."""
    found = q.saga(s.conn, saga_id)
    if found is None:
        raise ApiError(404, "E404", f"no saga with id {saga_id!r}", "saga_id")
    return as_json(found)


@router.get("/groups")
def groups(
    s: StoreDep,
    q_: QText = None,
    story: Text = None,
    saga: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> JSONResponse:
    found = q.groups(s.conn, query=q_, story=story, saga=saga, limit=limit, offset=offset)
    return page(found, limit, offset)


@router.get("/group/{group_id:path}", responses=NOT_FOUND)
def group(s: StoreDep, group_id: str) -> JSONResponse:
    found = q.group(s.conn, group_id)
    if found is None:
        raise ApiError(404, "E404", f"no claim group with id {group_id!r}", "group_id")
    return as_json(found)


@router.get("/entities")
def entities(s: StoreDep, limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
    return page(q.entities(s.conn, limit=limit, offset=offset), limit, offset)


@router.get("/entity/{name:path}", responses=NOT_FOUND)
def entity(s: StoreDep, name: str) -> JSONResponse:
    found = q.entity(s.conn, name)
    if found is None:
        raise ApiError(404, "E404", f"no entity named {name!r}", "name")
    return as_json(found)


@router.get("/search")
def search(
    s: StoreDep,
    q_: Annotated[str, Query(alias="q", min_length=1, max_length=200)],
    limit: Limit = 20,
    offset: Offset = 0,
) -> JSONResponse:
    found = s.articles(q_, limit=limit, offset=offset)
    return page([article_summary(a) for a in found], limit, offset)


@router.get("/sources")
def sources(s: StoreDep) -> JSONResponse:
    return as_json(q.sources(s.conn))


@router.get("/stats")
def stats(s: StoreDep) -> JSONResponse:
    return as_json(s.stats())


_INGEST_BODY = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["articles"],
                "properties": {
                    "articles": {
                        "type": "array",
                        "minItems": 1,
                        "items": {},
                        "description": "records with the JSON Lines field names; an item "
                        "that is not one is counted as failed with its error, never refused "
                        "with the request",
                    }
                },
            }
        }
    },
}
_INGEST_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"description": what}
    for code, what in (
        (401, "missing or wrong token"),
        (403, "ingest is disabled"),
        (413, "body too large"),
        (422, "body is not a JSON object with an articles list"),
    )
}


@router.post("/ingest", openapi_extra={"requestBody": _INGEST_BODY}, responses=_INGEST_ERRORS)
async def ingest(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> JSONResponse:
    """Permission is checked before the body is read, and the body is read only up to
    ``MAX_BODY`` bytes; the analysis runs off the event loop."""
    token = request.app.state.ingest_token
    if not token:
        raise ApiError(403, "E403", "ingest is disabled; start the server with --allow-ingest")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.encode(), token.encode()):
        raise ApiError(401, "E401", "missing or wrong ingest token (Bearer)", "Authorization")
    body = await _json_body(request)
    from telusur.web.ingest import ingest_items

    state = request.app.state
    return as_json(await run_in_threadpool(ingest_items, state.db_path, body, state.ingest_seconds))


async def _json_body(request: Request) -> dict[str, Any]:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise _too_large()
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise _too_large()
        chunks.append(chunk)
    try:
        text = b"".join(chunks).decode("utf-8")
        deep = json_depth_error(text, MAX_DEPTH)
        if deep:
            raise ApiError(422, "E422", f"body: {deep}", "body")
        body = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        reason = " ".join(str(exc).split())[:200]
        raise ApiError(422, "E422", f"body: not valid JSON: {reason}", "body") from None
    if not isinstance(body, dict):
        raise ApiError(422, "E422", "body: expected a JSON object", "body")
    return body


def _too_large() -> ApiError:
    return ApiError(413, "E413", f"body: over {MAX_BODY:,} bytes", "body")
