"""One JSON shape for every error the API returns:

{"error": {"status": 422, "code": "E422", "message": "...", "param": "limit"}}

A page (any path outside /api) answers the same error as a short HTML page, for a reader's browser.
"""

from __future__ import annotations

import html
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException

from telusur.errors import StoreError, TelusurError


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.param = status, code, message, param


def error_body(status: int, code: str, message: str, param: str | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message, "param": param}}


_SHAPE = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {
                "status": {"type": "integer"},
                "code": {"type": "string"},
                "message": {"type": "string"},
                "param": {"type": ["string", "null"]},
            },
        }
    },
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"description": "not found", "content": {"application/json": {"schema": _SHAPE}}}
}
_HTML = {"text/html": {"schema": {"type": "string"}}}
PAGE_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"description": "not found", "content": _HTML}
}
PAGE_INVALID: dict[int | str, dict[str, Any]] = {
    422: {"description": "a parameter is not valid", "content": _HTML}
}
_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{status}</title></head>
<body><h1>{status}</h1><p>{message}</p><p><a href="/">Telusur</a></p></body></html>"""


def _respond(
    request: Request,
    status: int,
    code: str,
    message: str,
    param: str | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    if not request.url.path.startswith("/api"):
        text = _PAGE.format(status=status, message=html.escape(f"{code}: {message}"))
        return HTMLResponse(text, status_code=status, headers=headers)
    body = error_body(status, code, message, param)
    return JSONResponse(body, status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return _respond(request, exc.status, exc.code, exc.message, exc.param)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0]
        loc = [str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body")]
        param = ".".join(loc) or None
        return _respond(request, 422, "E422", f"{param or 'request'}: {first.get('msg')}", param)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        headers = dict(exc.headers or {})  # keeps Allow on a 405
        return _respond(
            request, exc.status_code, f"E{exc.status_code}", str(exc.detail), None, headers
        )

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        return _respond(request, 503, exc.code, exc.args[0])

    @app.exception_handler(TelusurError)
    async def telusur_error(request: Request, exc: TelusurError) -> Response:
        return _respond(request, 400, exc.code, exc.args[0])
