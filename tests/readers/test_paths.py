"""read_paths: files, directories, stdin; one error per bad input, the rest go on."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from telusur.errors import UsageError
from telusur.readers import read_paths
from telusur.records import RawItem, ReadError


def _split(found: list[RawItem | ReadError]) -> tuple[list[RawItem], list[ReadError]]:
    return (
        [x for x in found if isinstance(x, RawItem)],
        [x for x in found if isinstance(x, ReadError)],
    )


def test_directory_is_walked_sorted_recursively_skipping_hidden_and_unknown(tmp_path: Path):
    (tmp_path / "b.txt").write_text("Gempa mengguncang Cianjur.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Banjir melanda Bekasi.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.jsonl").write_text('{"id": "c1", "text": "Hujan deras."}\n')
    (tmp_path / ".hidden.txt").write_text("tersembunyi")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("bukan artikel")
    (tmp_path / "README.md").write_text("# notes")
    items, errors = _split(list(read_paths([str(tmp_path)])))
    assert errors == []
    assert [item.id for item in items] == ["a", "b", "c1"]


def test_missing_path_is_an_error_and_the_rest_go_on(tmp_path: Path):
    good = tmp_path / "ada.txt"
    good.write_text("Presiden meresmikan jembatan baru.", encoding="utf-8")
    items, errors = _split(list(read_paths([str(tmp_path / "tidak-ada.txt"), str(good)])))
    assert [item.id for item in items] == ["ada"]
    assert errors[0].code == "E101"
    assert "tidak-ada.txt" in str(errors[0]) and "no such file" in errors[0].reason


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "kunci.txt"
    path.write_text("Rahasia negara.", encoding="utf-8")
    real_open = open

    def deny(file, *args, **kwargs):  # root ignores chmod, so refuse the open itself
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", deny)
    (error,) = read_paths([str(path)])
    assert isinstance(error, ReadError)
    assert error.code == "E100" and error.origin == str(path)
    assert "permission denied" in error.reason


def test_stdin_is_read_with_format_detection(monkeypatch: pytest.MonkeyPatch):
    data = b'{"id": "s1", "text": "Inflasi turun."}\n{"id": "s2", "text": "Rupiah menguat."}\n'
    pipe = io.BufferedReader(_Pipe(data))  # type: ignore[type-var]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(pipe))
    items, errors = _split(list(read_paths(["-"])))
    assert errors == []
    assert [(item.id, item.origin) for item in items] == [("s1", "<stdin>:1"), ("s2", "<stdin>:2")]


def test_file_over_max_bytes_is_refused(tmp_path: Path):
    path = tmp_path / "besar.txt"
    path.write_text("kata " * 100, encoding="utf-8")
    (error,) = read_paths([str(path)], max_bytes=100)
    assert isinstance(error, ReadError) and error.code == "E104"
    assert "100-byte limit" in error.reason


def test_gzipped_jsonl_is_read(tmp_path: Path):
    import gzip

    path = tmp_path / "arsip.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"id": "g1", "text": "Harga emas naik."}\n'))
    (item,) = read_paths([str(path)])
    assert isinstance(item, RawItem) and item.id == "g1" and item.format == "jsonl"


def test_bad_csv_map_is_a_usage_error():
    with pytest.raises(UsageError):
        list(read_paths([], csv_map={"isi": "teks"}))


@pytest.mark.corpus
def test_corpus_jsonl_every_line_is_an_item_with_its_id(corpus_dir: Path):
    import json

    files = sorted(str(path) for path in corpus_dir.glob("*.jsonl"))
    expected = []
    for name in files:
        with open(name, encoding="utf-8") as lines:
            expected += [json.loads(line)["id"] for line in lines if line.strip()]
    found = list(read_paths(files))
    assert all(isinstance(item, RawItem) for item in found)
    assert [item.id for item in found] == expected  # type: ignore[union-attr]


@pytest.mark.corpus
def test_seeds_take_their_file_stems_as_ids(seeds_dir: Path):
    items = list(read_paths([str(seeds_dir)]))
    stems = sorted(path.stem for path in seeds_dir.glob("*.txt"))
    assert len(items) == 5
    assert [item.id for item in items] == stems  # type: ignore[union-attr]
    assert all(isinstance(i, RawItem) and i.format == "txt" and not i.titled for i in items)


class _Pipe(io.RawIOBase):
    """A non-seekable byte source, like a shell pipe."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        chunk = self._data.read(min(len(buffer), 7))  # small reads, as pipes deliver them
        buffer[: len(chunk)] = chunk
        return len(chunk)
