"""One exception hierarchy; every error carries a stable code users can search for.

TelusurError
├── InputError      E1xx  an input could not be read (named, counted, skipped)
├── StoreError      E2xx  the database is missing, locked or not ours
└── UsageError      E3xx  a command was called wrongly
"""

from __future__ import annotations


class TelusurError(Exception):
    code = "E000"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        if code:
            self.code = code

    def __str__(self) -> str:
        return f"{self.args[0]} [{self.code}]"


class InputError(TelusurError):
    code = "E100"


class StoreError(TelusurError):
    code = "E200"


class UsageError(TelusurError):
    code = "E300"


# Stable codes for input problems, documented in docs/errors.md.
E_MISSING = "E101"  # path does not exist
E_EMPTY = "E102"  # empty file or item without text
E_BINARY = "E103"  # binary content
E_TOO_LARGE = "E104"  # over the configured size limit
E_ENCODING = "E105"  # not decodable text
E_JSON = "E106"  # bad or truncated JSON line
E_MARKUP = "E107"  # malformed HTML/XML/feed
E_FORMAT = "E108"  # unknown or unsupported format
E_WARC = "E109"  # bad WARC record
E_CSV = "E110"  # bad CSV row or header
E_INPUT_LIMIT = "E111"  # over the decompressed size or ratio limit of one input
E_ITEMS = "E112"  # over the item limit of one input
E_DEPTH = "E113"  # JSON nested too deep
E_ATTRIBUTES = "E114"  # an element with too many attributes
E_UNREAD_FAILURES = "E115"  # failures past the recorded limit, counted only
E_ANALYSIS = "E120"  # analysis of one article failed
E_BUDGET = "E121"  # analysis of one article ran out of its time budget
E_STORE_ITEM = "E204"  # one article could not be stored (the rest of its batch is)
E_WORKER = "E122"  # analysing one article killed its worker process, twice
E_DENSE = "E124"  # a note, not a failure: figures too dense to analyse as claims, in part
E_REQUEST_TIME = "E123"  # POST /api/ingest ran over its time limit before reaching the article
