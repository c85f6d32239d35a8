"""The JSON API under /api. Read-only, except POST /api/ingest when the server allows it."""

from __future__ import annotations

import datetime as dt
import hmac
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse

from telusur.contract import article_full, article_summary
from telusur.store import Store
from telusur.store import queries as q
from telusur.web.errors import ApiError

router = APIRouter(prefix="/api")

Limit = Annotated[int, Query(ge=1, le=500, description="page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")]
Text = Annotated[str | None, Query(max_length=200)]
QText = Annotated[str | None, Query(alias="q", max_length=200, description="full-text query")]
From = Annotated[dt.date | None, Query(alias="from", description="reported on or after")]
To = Annotated[dt.date | None, Query(alias="to", description="reported on or before")]


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


@router.get("/article/{article_id}")
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
    if date_from and date_to and date_from > date_to:
        raise ApiError(422, "E422", "from: must not be after 'to'", "from")
    filt = q.ClaimFilter(
        query=q_,
        source=source,
        about=about,
        article=article,
        story=story,
        date_from=date_from.isoformat() if date_from else None,
        date_to=date_to.isoformat() if date_to else None,
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
    limit: Limit = 50,
    offset: Offset = 0,
) -> JSONResponse:
    found = q.stories(
        s.conn,
        query=q_,
        date_from=date_from.isoformat() if date_from else None,
        date_to=date_to.isoformat() if date_to else None,
        limit=limit,
        offset=offset,
    )
    return page(found, limit, offset)


@router.get("/story/{story_id}")
def story(s: StoreDep, story_id: str, limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
    """The story with a page of its articles and a summary of each claim group; a group's
    timeline is at /api/group/{id}."""
    found = q.story(s.conn, story_id, timelines=False, article_limit=limit, article_offset=offset)
    if found is None:
        raise ApiError(404, "E404", f"no story with id {story_id!r}", "story_id")
    return as_json(found)


@router.get("/groups")
def groups(
    s: StoreDep, q_: QText = None, story: Text = None, limit: Limit = 50, offset: Offset = 0
) -> JSONResponse:
    return page(q.groups(s.conn, query=q_, story=story, limit=limit, offset=offset), limit, offset)


@router.get("/group/{group_id}")
def group(s: StoreDep, group_id: str) -> JSONResponse:
    found = q.group(s.conn, group_id)
    if found is None:
        raise ApiError(404, "E404", f"no claim group with id {group_id!r}", "group_id")
    return as_json(found)


@router.get("/entities")
def entities(s: StoreDep, limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
    return page(q.entities(s.conn, limit=limit, offset=offset), limit, offset)


@router.get("/entity/{name}")
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


@router.post("/ingest")
def ingest(
    request: Request, body: dict[str, Any], authorization: Annotated[str | None, Header()] = None
) -> JSONResponse:
    token = request.app.state.ingest_token
    if not token:
        raise ApiError(403, "E403", "ingest is disabled; start the server with --allow-ingest")
    given = (authorization or "").removeprefix("Bearer ").encode()
    if not hmac.compare_digest(given, token.encode()):
        raise ApiError(401, "E401", "missing or wrong ingest token", "Authorization")
    from telusur.web.ingest import ingest_items

    return as_json(ingest_items(request.app.state.db_path, body))
