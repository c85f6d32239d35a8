"""`telusur serve`: the HTTP API and web pages."""

from __future__ import annotations

import argparse
import os
import secrets
from typing import Any

from telusur.analyse.bounds import REQUEST_SECONDS
from telusur.cli.common import add_db
from telusur.cli.output import say
from telusur.store import Store, db_path


def register(sub: Any) -> None:
    serve = sub.add_parser("serve", help="run the HTTP API and web pages")
    add_db(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--allow-ingest",
        action="store_true",
        help="enable POST /api/ingest; the token comes from $TELUSUR_TOKEN or is generated",
    )
    serve.add_argument(
        "--ingest-seconds",
        type=float,
        default=REQUEST_SECONDS,
        help="analysis time one POST /api/ingest may take; articles not reached by then are "
        "reported as E123 (default %(default)g)",
    )
    serve.set_defaults(run=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from telusur.web.app import create_app

    path = db_path(args.db)
    Store(path).close()  # create or migrate once, so the server itself only reads
    token = None
    if args.allow_ingest:
        token = os.environ.get("TELUSUR_TOKEN") or secrets.token_urlsafe(24)
        if "TELUSUR_TOKEN" not in os.environ:
            say(f"ingest token: {token}")
    app = create_app(path, ingest_token=token, ingest_seconds=args.ingest_seconds)
    uvicorn.run(app, host=args.host, port=args.port)
    return 0
