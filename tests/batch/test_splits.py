"""Splits: byte ranges on line starts with the right line numbers, record-aligned WARC ranges,
and reading every split gives exactly what reading the whole input gives."""

from __future__ import annotations

import json
from collections.abc import Iterable
from itertools import pairwise
from pathlib import Path

from telusur.batch.read import read_split
from telusur.batch.splits import jsonl_ranges, plan, warc_ranges
from telusur.readers import read_paths
from telusur.records import RawItem, ReadError

LINE = "Harga beras naik menjadi Rp{n}.000 per kilogram di pasar induk."


def _jsonl(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for n in range(count):
            if n == 7:
                fh.write('{"id": "rusak", "text": "terpotong\n')  # a truncated line
            elif n % 5 == 0:
                fh.write("\n")  # blank lines are skipped but still counted
            else:
                fh.write(json.dumps({"id": f"a{n}", "text": LINE.format(n=n)}) + "\n")
    return path


def _seen(items: Iterable[RawItem | ReadError]) -> list[tuple[str, str | None]]:
    return [(i.origin, getattr(i, "id", None)) for i in items]


def test_jsonl_ranges_start_at_line_starts_with_their_line_numbers(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "berita.jsonl", 200)
    data = path.read_bytes()
    for size in (1, 100, 777, 5000, len(data) + 1):
        splits = jsonl_ranges(str(path), size)
        assert splits[0].start == 0 and splits[-1].end == len(data)
        for before, after in pairwise(splits):
            assert before.end == after.start
        for split in splits:
            assert split.start == 0 or data[split.start - 1 : split.start] == b"\n"
            assert split.first_line == data[: split.start].count(b"\n") + 1


def test_reading_jsonl_splits_gives_what_a_whole_read_gives(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "berita.jsonl", 120)
    whole = _seen(list(read_paths([str(path)])))
    pieces = [item for s in plan([str(path)], split_bytes=300) for item in read_split(s)]
    assert len(plan([str(path)], split_bytes=300)) > 5
    assert _seen(pieces) == whole
    assert any(origin == f"{path}:8" for origin, _ in whole)  # the truncated line, by number


def test_warc_is_cut_at_records_and_reads_the_same(samples_dir: Path) -> None:
    path = str(samples_dir / "archive.warc.gz")
    splits = warc_ranges(path, 1)
    assert len(splits) > 1 and {s.kind for s in splits} == {"warc"}
    pieces = [item for s in splits for item in read_split(s)]
    assert _seen(pieces) == _seen(list(read_paths([path])))


def test_plan_walks_folders_like_the_readers(tmp_path: Path, samples_dir: Path) -> None:
    (tmp_path / ".tersembunyi.txt").write_text("Tidak dibaca.\n", encoding="utf-8")
    (tmp_path / "catatan.md").write_text("Bukan berita.\n", encoding="utf-8")
    (tmp_path / "satu.txt").write_text("Judul\n\nIsi berita pendek.\n", encoding="utf-8")
    splits = plan([str(samples_dir), str(tmp_path), str(tmp_path / "hilang.txt")])
    paths = [p for s in splits for p in s.paths]
    assert paths[-2:] == [str(tmp_path / "satu.txt"), str(tmp_path / "hilang.txt")]
    pieces = [item for s in splits for item in read_split(s)]
    whole = list(read_paths([str(samples_dir), str(tmp_path), str(tmp_path / "hilang.txt")]))
    assert _seen(pieces) == _seen(whole)


def test_split_keys_change_when_the_input_changes(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "berita.jsonl", 20)
    before = [s.key for s in plan([str(path)], split_bytes=200)]
    assert before == [s.key for s in plan([str(path)], split_bytes=200)]
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "baru", "text": LINE.format(n=99)}) + "\n")
    assert set(before).isdisjoint(s.key for s in plan([str(path)], split_bytes=200))
