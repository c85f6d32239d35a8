"""One JSON shape for every error the API returns:

{"error": {"status": 422, "code": "E422", "message": "...", "param": "limit"}}
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
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


def _respond(
    status: int,
    code: str,
    message: str,
    param: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = error_body(status, code, message, param)
    return JSONResponse(body, status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return _respond(exc.status, exc.code, exc.message, exc.param)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0]
        loc = [str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body")]
        param = ".".join(loc) or None
        return _respond(422, "E422", f"{param or 'request'}: {first.get('msg')}", param)

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, exc: HTTPException) -> JSONResponse:
        headers = dict(exc.headers or {})  # keeps Allow on a 405
        return _respond(exc.status_code, f"E{exc.status_code}", str(exc.detail), None, headers)

    @app.exception_handler(StoreError)
    async def store_error(_: Request, exc: StoreError) -> JSONResponse:
        return _respond(503, exc.code, exc.args[0])

    @app.exception_handler(TelusurError)
    async def telusur_error(_: Request, exc: TelusurError) -> JSONResponse:
        return _respond(400, exc.code, exc.args[0])
