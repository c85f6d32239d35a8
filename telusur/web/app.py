"""The web application: the JSON API and the server-rendered pages."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from telusur import __version__
from telusur.analyse.bounds import REQUEST_SECONDS
from telusur.web import api, errors, pages
from telusur.web.cache import Lru
from telusur.web.pool import StorePool

CHART_CACHE = 2000  # drawn claim groups kept per server process
PAGE_CACHE = 200  # rendered story pages kept per server process, until the store changes


def create_app(
    db_path: str, *, ingest_token: str | None = None, ingest_seconds: float = REQUEST_SECONDS
) -> FastAPI:
    """Read-only on the store unless an ingest token is given; one ingest request analyses for
    at most ``ingest_seconds``."""
    app = FastAPI(
        title="Telusur",
        version=__version__,
        docs_url="/api/docs",
        openapi_url="/api/openapi.json",
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.db_path = db_path
    app.state.ingest_token = ingest_token
    app.state.ingest_seconds = ingest_seconds
    app.state.stores = StorePool(db_path)  # read-only connections kept warm between requests
    app.state.charts = Lru(CHART_CACHE)  # drawn timelines by content hash (telusur.web.cache)
    app.state.pages = Lru(PAGE_CACHE)  # rendered story pages by store stamp (telusur.web.stamp)
    errors.install(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.stores.close()
