"""The store's indexes: qualifier stems, consonant skeletons, fuzzy candidates, and keys that follow
the matching rules of the geomap reading the store, not of the one that wrote it."""
import sqlite3

from geomap.normalize import key
from geomap.records import Name, Place
from geomap.store import Gazetteer, qualifier_stem, write_store


def _place(pid, *names, country="SY"):
    return Place(pid, names[0], lat=36.0, lon=37.0, country=country, names=[Name(n, "", "t") for n in names])


def test_qualifier_stem_says_what_the_qualifier_says():
    assert qualifier_stem(key("Upper Dabsa")) == (key("Dabsa"), "upper")
    assert qualifier_stem(key("دبسة فوقاني")) == (key("دبسة"), "upper")
    assert qualifier_stem(key("جرن الكبيرة")) == (key("جرن"), "big")
    assert qualifier_stem(key("Jurn Kabir")) == qualifier_stem(key("Big Jurn"))
    assert qualifier_stem(key("Dabsa")) == ("", "")
    assert qualifier_stem(key("Kabir")) == ("", "")  # a qualifier alone is a name


def test_lookup_stem_finds_the_names_with_a_qualifier():
    gaz = Gazetteer([_place("A", "Big Dabsa"), _place("B", "Western Dabsa"), _place("C", "Dabsa")])
    found = {(p.id, what) for p, what in gaz.lookup_stem(key("Dabsa"))}
    assert found == {("A", "big"), ("B", "west")}


def test_same_skeleton_is_one_country_and_vowel_blind():
    gaz = Gazetteer([_place("A", "Suwaylima"), _place("B", "Salma", country="IQ"), _place("C", "Salmat")])
    assert gaz.same_skeleton(key("Salma")) == [key("Suwaylima")]
    assert gaz.same_skeleton(key("Salma"), "IQ") == [key("Salma")]


def test_fuzzy_candidates_are_found_by_the_trigrams_the_slip_left_alone():
    # Half the query's trigrams contain the slip ("x"): no name has them. The target must still
    # come first among hundreds of names that share one of its other trigrams.
    places = [_place(f"D{i}", f"Dulu{i}") for i in range(200)]
    places += [_place(f"E{i}", f"Kal{i}an") for i in range(300)]
    places += [_place("T", "Dulfan")]
    gaz = Gazetteer(places)
    assert gaz.fuzzy_candidates(key("Dulxan"), limit=20)[0] == key("Dulfan")


def test_a_store_written_under_other_matching_rules_is_keyed_anew(tmp_path):
    path = tmp_path / "g.sqlite"
    write_store([_place("A", "Ain Elzaytun"), _place("B", "Tell Warda")], path, {})
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = '0' WHERE key = 'key_version'")
    con.execute("UPDATE meta SET value = 'stale\t0\tSY' WHERE key = 'keys'")
    con.commit()
    con.close()
    gaz = Gazetteer.read(path)
    assert gaz.lookup("stale") == []
    assert [p.id for p in gaz.lookup(key("Ain al-Zaytun"))] == ["A"]
    assert [p.id for p in gaz.lookup(key("Tell Warda"))] == ["B"]


def test_a_current_store_uses_its_stored_keys(tmp_path):
    path = tmp_path / "g.sqlite"
    write_store([_place("A", "Tell Warda")], path, {})
    assert [p.id for p in Gazetteer.read(path).lookup(key("Tell Warda"))] == ["A"]


def test_a_read_store_gives_each_place_its_own_spellings_by_an_index(tmp_path):
    path = tmp_path / "g.sqlite"
    write_store([_place("A", "Tell Warda", "Tal Warde"), _place("B", "Dabsa")], path, {})
    gaz = Gazetteer.read(path)
    assert [n.text for n in gaz.names(gaz.by_id["A"])] == ["Tell Warda", "Tal Warde"]
    assert [n.text for n in gaz.names(gaz.by_id["B"])] == ["Dabsa"]
    # Spellings are read one place at a time, while extracting: a scan of the whole table each
    # time made the first pass over a corpus three times slower than the next.
    plan = sqlite3.connect(path).execute(
        "EXPLAIN QUERY PLAN SELECT text FROM names WHERE place_idx = 0").fetchall()
    assert "USING INDEX" in str(plan)
