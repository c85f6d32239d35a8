"""CSV and TSV with a header row, streamed row by row (the size limit applies per row).

Columns are matched to fields by the names accepted for JSON Lines (see
``telusur.readers.fields``); ``csv_map`` maps other column names, e.g. ``{"isi": "text"}``. The
delimiter is tab for ``.tsv``, otherwise the most frequent of comma, tab and semicolon in the
header. Fields may be large and span lines when quoted. Rows are named ``file.csv:<line>`` by the
line they start on.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import BinaryIO

from telusur.errors import E_CSV, E_TOO_LARGE, UsageError
from telusur.readers.fields import FIELDS, TEXT_NAMES, record_to_item
from telusur.readers.lines import Line, iter_lines
from telusur.records import RawItem, ReadError

FORMAT = "csv"
_DELIMITERS = (",", "\t", ";")
_HEADER_LINES = 5  # a stray line or two (a title, a BOM-mangled line) may sit above the header


@dataclass(slots=True)
class _State:
    """Problems met while the csv module pulls the lines of the current row."""

    line: int = 0
    problem: tuple[str, str] | None = None


def check_csv_map(csv_map: Mapping[str, str] | None) -> dict[str, str]:
    """Lower-cased column → field mapping; an unknown field is a usage error."""
    mapping = {}
    for column, field in (csv_map or {}).items():
        if field not in FIELDS:
            raise UsageError(
                f"csv_map: unknown field {field!r} (known: {', '.join(FIELDS)})", "E301"
            )
        mapping[column.strip().lower()] = FIELDS[field][0]
    return mapping


def read_csv(
    stream: BinaryIO,
    origin: str,
    *,
    max_bytes: int,
    csv_map: Mapping[str, str] | None = None,
    encoding: str | None = None,
    tab: bool = False,
) -> Iterator[RawItem | ReadError]:
    mapping = check_csv_map(csv_map)
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes))
    state = _State()
    lines = _feed(iter_lines(stream, max_bytes, encoding), state)
    found = _header(lines, state, mapping, tab, origin)
    if isinstance(found, ReadError):
        yield found
        return
    header, delimiter, skipped = found
    for number in skipped:
        yield ReadError(f"{origin}:{number}", "line before the CSV header row skipped", E_CSV)
    yield from _rows(csv.reader(lines, delimiter=delimiter), header, origin, state, max_bytes)


def _header(
    lines: Iterator[str], state: _State, mapping: Mapping[str, str], tab: bool, origin: str
) -> tuple[list[str], str, list[int]] | ReadError:
    """The header row: the first line naming a text column among the first ``_HEADER_LINES``
    (a stray line above it is skipped, not the file); else why the first line is no header."""
    first: ReadError | None = None
    skipped: list[int] = []
    for line in lines:
        if not line.strip():
            continue
        delimiter = "\t" if tab else _delimiter(line)
        try:
            header = [mapping.get(name, name) for name in _names(line, delimiter)]
        except csv.Error as exc:
            where = f"{origin}:{state.line}"
            header, problem = [], ReadError(where, f"bad CSV header: {exc}", E_CSV)
        else:
            problem = ReadError(origin, _no_text_reason(header), E_CSV)
        if any(name in TEXT_NAMES for name in header):
            return header, delimiter, skipped
        first = first or problem
        skipped.append(state.line)
        if len(skipped) == _HEADER_LINES:
            break
    return first or ReadError(origin, "CSV file has no header row", E_CSV)


def _rows(
    reader: Iterator[list[str]], header: list[str], origin: str, state: _State, max_bytes: int
) -> Iterator[RawItem | ReadError]:
    while True:
        start = state.line + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            code = E_TOO_LARGE if "field limit" in str(exc) else E_CSV
            yield ReadError(f"{origin}:{start}", f"bad CSV row: {exc}", code)
            continue
        where = f"{origin}:{start}"
        if state.problem:
            yield ReadError(where, state.problem[1], state.problem[0])
            state.problem = None
        elif row and any(cell.strip() for cell in row):
            yield _row_item(row, header, where, max_bytes)


def _row_item(row: list[str], header: list[str], where: str, max_bytes: int) -> RawItem | ReadError:
    if len(row) > len(header):
        return ReadError(where, f"row has {len(row)} fields, the header {len(header)}", E_CSV)
    if sum(len(cell) for cell in row) > max_bytes:
        return ReadError(where, f"row is over the {max_bytes:,}-byte limit", E_TOO_LARGE)
    return record_to_item(dict(zip(header, row, strict=False)), where, FORMAT)


def _feed(lines: Iterator[Line], state: _State) -> Iterator[str]:
    for line in lines:
        state.line = line.number
        if line.problem:
            state.problem = line.problem
            yield "\n"
        else:
            yield line.text


def _delimiter(header_line: str) -> str:
    return max(_DELIMITERS, key=header_line.count)


def _names(header_line: str, delimiter: str) -> list[str]:
    cells = next(csv.reader([header_line], delimiter=delimiter), [])
    return [cell.strip().lower() for cell in cells]


def _no_text_reason(header: list[str]) -> str:
    shown = ", ".join(header[:12]) or "(empty)"
    wanted = ", ".join(TEXT_NAMES)
    return f"CSV header has no text column (has: {shown}; accepted: {wanted}; or use csv_map)"
