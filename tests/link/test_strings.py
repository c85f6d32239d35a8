"""The compact string table keeps ids and headlines exactly, and finds ids as a dict would."""

from __future__ import annotations

from telusur.link.strings import StringIndex, Strings


def test_strings_round_trip_any_text() -> None:
    items = ["a1", "", "Gempa 5,6 SR guncang Cianjur", "naïve — “kutip”", "a1"]
    table = Strings(items)
    assert list(table) == items
    assert table[2] == items[2] and table[-1] == "a1"
    table[1] = "judul baru"  # a story named by a later member
    assert table[1] == "judul baru" and len(table) == len(items)


def test_index_finds_every_id_and_nothing_else() -> None:
    ids = Strings()
    index = StringIndex(ids)
    for i in range(5000):
        ids.append(f"id{i}")
        index.add(f"id{i}", i)
    assert all(index[f"id{i}"] == i for i in range(0, 5000, 7))
    assert "id5000" not in index and "" not in index and 3 not in index
    assert StringIndex(ids)["id4999"] == 4999  # rebuilt from a loaded table


def test_a_loaded_table_and_index_keep_growing() -> None:
    ids = Strings(f"x{i}" for i in range(3000))
    index = StringIndex(ids)
    ids.append("new")
    index.add("new", 3000)
    assert index["new"] == 3000 and index["x0"] == 0 and index["x2999"] == 2999
    assert list(Strings(["", ""])) == ["", ""]
