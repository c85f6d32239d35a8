"""The web application: the JSON API and the server-rendered pages."""

from __future__ import annotations

from fastapi import FastAPI

from telusur import __version__
from telusur.web import api, errors, pages


def create_app(db_path: str, *, ingest_token: str | None = None) -> FastAPI:
    """Read-only on the store unless an ingest token is given."""
    app = FastAPI(
        title="Telusur",
        version=__version__,
        docs_url="/api/docs",
        openapi_url="/api/openapi.json",
        redoc_url=None,
    )
    app.state.db_path = db_path
    app.state.ingest_token = ingest_token
    errors.install(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    return app
