"""The built gazetteer on disk: one SQLite file, and its in-memory form for lookups.

SQLite because it is in the standard library, is one file that any tool can open, loads
column by column without parsing a whole GeoJSON, and keeps area outlines as WKB blobs
that are only decoded when a match needs them.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
from collections import defaultdict
from pathlib import Path

from .normalize import ARABIC_RE, KEY_VERSION, consonants, key as name_key
from .records import Name, Place

SCHEMA_VERSION = 2
_PLACE_COLS = ("id", "name", "name_ar", "lat", "lon", "kind", "country", "admin1", "admin1_ar",
               "admin2", "admin2_ar", "admin3", "admin3_ar", "admin1_id", "population",
               "precision")


def write_store(places: list[Place], path: Path, report: dict) -> None:
    """Write places to a new SQLite file at `path`, atomically (a temp file, then rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        cols = ", ".join(_PLACE_COLS)
        con.executescript(f"""
            CREATE TABLE places (idx INTEGER PRIMARY KEY, {cols}, sources TEXT, geometry BLOB);
            CREATE TABLE names (place_idx INTEGER, text TEXT, lang TEXT, source TEXT, key TEXT);
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        """)
        con.executemany(
            f"INSERT INTO places VALUES (?, {', '.join('?' * len(_PLACE_COLS))}, ?, ?)",
            ((i, *(getattr(p, c) for c in _PLACE_COLS), "|".join(p.sources), p.geometry_wkb)
             for i, p in enumerate(places)),
        )
        con.executemany(
            "INSERT INTO names VALUES (?, ?, ?, ?, ?)",
            ((i, n.text, n.lang, n.source, name_key(n.text))
             for i, p in enumerate(places) for n in p.names),
        )
        con.executemany("INSERT INTO meta VALUES (?, ?)", [
            ("schema_version", str(SCHEMA_VERSION)), ("key_version", str(KEY_VERSION)),
            ("report", json.dumps(report, ensure_ascii=False)),
        ])
        con.execute("CREATE INDEX names_key ON names(key)")
        con.execute("CREATE INDEX names_place ON names(place_idx)")  # for Gazetteer.names
        # The lookup index, precomputed as one text blob so that loading it is a single split:
        # key, place indexes and the countries of those places (the fuzzy index covers one country).
        rows = con.execute("""
            SELECT n.key, group_concat(DISTINCT n.place_idx), group_concat(DISTINCT p.country)
            FROM names n JOIN places p ON p.idx = n.place_idx WHERE n.key != '' GROUP BY n.key""")
        con.execute("INSERT INTO meta VALUES ('keys', ?)", ("\n".join("\t".join(r) for r in rows),))
        con.commit()
        con.close()
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Gazetteer:
    """All places in memory, with an exact index by name key and an n-gram index for fuzzy lookups."""

    def __init__(self, places: list[Place], report: dict | None = None, path: Path | None = None,
                 keys: dict[str, tuple[str, str]] | None = None, spellings_indexed: bool = True):
        """`keys` maps a name key to (place indexes, countries), both comma-separated, as stored;
        computed from the places' names when absent. `spellings_indexed`: False for a store
        written before its spellings were indexed by place, which `names` reads slowly."""
        self.places = places
        self.spellings_indexed = spellings_indexed
        self.report = report or {}
        self.path = path
        self.by_id = {p.id: p for p in places}
        if keys is None:
            keys = _keys_of(((i, n.text) for i, p in enumerate(places) for n in p.names), places)
        # Index lists stay strings until looked up: most keys never are.
        self._keys = keys
        self._fuzzy_index: dict[str, _FuzzyIndex] = {}
        self._stems: dict[str, list[tuple[str, str]]] | None = None  # qualifier stem -> keys, built on first use
        self._row: dict[int, int] | None = None  # id(place) -> its row in the store, built on first use

    @classmethod
    def read(cls, path: Path) -> "Gazetteer":
        """Read a store written by `write_store`. Raises ValueError when it is not one."""
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(path)
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            meta = dict(con.execute("SELECT key, value FROM meta"))
            if int(meta.get("schema_version", 0)) != SCHEMA_VERSION:
                raise ValueError(f"{path}: gazetteer schema {meta.get('schema_version')}, "
                                 f"this geomap reads {SCHEMA_VERSION}; rebuild it")
            n = len(_PLACE_COLS)
            places = [  # positional: Place's first fields are _PLACE_COLS, in order
                Place(*row[:n], sources=row[n].split("|") if row[n] else [], geometry_wkb=row[n + 1])
                for row in con.execute(f"SELECT {', '.join(_PLACE_COLS)}, sources, geometry FROM places ORDER BY idx")
            ]
            # Spellings stay on disk (see `names`); only their keys are needed for lookups.
            if meta.get("key_version") == str(KEY_VERSION):
                cells = meta.get("keys", "").replace("\n", "\t").split("\t")
                keys = dict(zip(cells[0::3], zip(cells[1::3], cells[2::3])))
            else:  # written with other matching rules: key the names anew
                keys = _keys_of(con.execute("SELECT place_idx, text FROM names"), places)
            indexed = con.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'names_place'").fetchone()
            con.close()
        except sqlite3.DatabaseError as e:
            raise ValueError(f"{path} is not a geomap gazetteer ({e})") from None
        return cls(places, json.loads(meta.get("report", "{}")), path, keys, spellings_indexed=indexed is not None)

    def names(self, place: Place) -> list[Name]:
        """Every spelling of a place, with its source (read from the store on demand)."""
        if place.names or self.path is None:
            return place.names
        if self._row is None:
            self._row = {id(p): i for i, p in enumerate(self.places)}
        idx = self._row[id(place)]
        con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            rows = con.execute("SELECT text, lang, source FROM names WHERE place_idx = ?", (idx,)).fetchall()
        finally:
            con.close()
        return [Name(*r) for r in rows]

    def lookup(self, key: str) -> list[Place]:
        """Places one of whose names has exactly this key (see normalize.key)."""
        found = self._keys.get(key)
        if found is None:
            return []
        return [self.places[int(i)] for i in found[0].split(",")]

    def keys(self) -> list[str]:
        """Every name key in the gazetteer."""
        return list(self._keys)

    def fuzzy_candidates(self, key: str, country: str = "SY", limit: int = 150) -> list[str]:
        """Name keys of places in `country` that may be misspellings of `key`, likeliest first.

        Candidates share the rarest trigrams of the key, or its consonant skeleton (so that
        "Harem"/"Harim" and «زردنا»/«زردنه» meet). The index is built on first use, over one
        country only: abroad, names must match exactly.
        """
        return self._index(country).candidates(key, limit)

    def same_skeleton(self, key: str, country: str = "SY") -> list[str]:
        """Name keys of places in `country` with the consonants of `key`, vowels aside."""
        return self._index(country).skeletons.get(skeleton(key), [])

    def slips(self, key: str, country: str = "SY") -> list[str]:
        """Name keys of places in `country` one slip of the pen from `key`: two neighbouring letters
        swapped («شفعه»/«شعفه», "sahnasa"/"sanhasa"), or Arabic letters dotted otherwise
        («راحو»/«راجو»), or both. The key itself is left out."""
        shapes = self._index(country).shapes
        return [k for v in dict.fromkeys([key, *_transposed(key)]) for k in shapes.get(shape(v), ()) if k != key]

    def other_script(self, key: str, country: str = "SY") -> list[str]:
        """Name keys in the other script than `key`'s with its consonants ("Tareeq al-Bab" and
        «طريق الباب»): for places whose spelling in the query's script is missing or another."""
        return self._index(country).across.get((not ARABIC_RE.match(key), consonants(key)), [])

    def lookup_stem(self, stem: str) -> list[tuple[Place, str]]:
        """Places with a name that is `stem` and a qualifier («جرن غربي», "Upper Dabsa"), each
        with what its qualifier says ("west", "upper")."""
        if self._stems is None:
            stems: dict[str, list[tuple[str, str]]] = defaultdict(list)
            for k in self._keys:
                stem_of_k, what = qualifier_stem(k)
                if stem_of_k:
                    stems[stem_of_k].append((k, what))
            self._stems = stems
        return [(p, what) for k, what in self._stems.get(stem, ()) for p in self.lookup(k)]

    def _index(self, country: str) -> "_FuzzyIndex":
        index = self._fuzzy_index.get(country)
        if index is None:
            index = self._fuzzy_index[country] = _FuzzyIndex(
                k for k, (_, countries) in self._keys.items() if country in countries.split(","))
        return index


def _keys_of(names, places: list[Place]) -> dict[str, tuple[str, str]]:
    """The lookup index of (place index, spelling) pairs: key -> (place indexes, countries)."""
    found: dict[str, dict[int, str]] = defaultdict(dict)
    for i, text in names:
        k = name_key(text)
        if k:
            found[k][i] = places[i].country
    return {k: (",".join(map(str, v)), ",".join(set(v.values()))) for k, v in found.items()}


class _FuzzyIndex:
    def __init__(self, keys):
        self.grams: dict[str, list[str]] = defaultdict(list)
        self.skeletons: dict[str, list[str]] = defaultdict(list)
        self.across: dict[tuple[bool, str], list[str]] = defaultdict(list)  # (Arabic?, consonants) -> keys
        self.shapes: dict[str, list[str]] = defaultdict(list)  # see shape()
        for k in keys:
            for g in _trigrams(k):
                self.grams[g].append(k)
            self.skeletons[skeleton(k)].append(k)
            self.shapes[shape(k)].append(k)
            self.across[bool(ARABIC_RE.match(k)), consonants(k)].append(k)

    def candidates(self, key: str, limit: int) -> list[str]:
        counts: dict[str, int] = defaultdict(int)
        # The rarest trigrams carry the most information and the shortest posting lists; those no
        # name has (where a misspelling is) carry none.
        # Ties are broken by the text itself, not by set order, which changes with the hash seed:
        # the same query must get the same answer in every process (workers, Dask, reruns).
        grams = sorted((g for g in _trigrams(key) if g in self.grams), key=lambda g: (len(self.grams[g]), g))
        for g in grams[: max(3, len(grams) // 2 + 1)]:
            for k in self.grams[g]:
                counts[k] += 1
        best = sorted(counts, key=lambda k: (-counts[k], k))[:limit]
        return list(dict.fromkeys(self.skeletons.get(skeleton(key), []) + best))


_VOWELS = re.compile(r"[aeiouyاويهىة]")
# Emphatic and interdental letters that local spellings swap for their plain neighbours.
_PLAIN_AR = str.maketrans("طصضظذثغ", "تسدززسك")


def skeleton(key: str) -> str:
    """A key without its vowels and vowel letters: transliterations differ most there."""
    if len(key) <= 2:
        return key
    return _VOWELS.sub("", key).translate(_PLAIN_AR)


# Arabic letters that share their shape and differ only by their dots; «ن» and «ي» have the shape
# of «ب» only before another letter.
_UNDOTTED = str.maketrans("تثجخذزشضظغقني", "ببححدرسصطعفبب")
_UNDOTTED_LAST = str.maketrans("تثجخذزشضظغق", "ببححدرسصطعف")


def shape(key: str) -> str:
    """An Arabic key with its letters' dots dropped (Latin keys as they are)."""
    if not ARABIC_RE.match(key):
        return key
    return key[:-1].translate(_UNDOTTED) + key[-1:].translate(_UNDOTTED_LAST)


def _transposed(key: str) -> list[str]:
    """The key with two neighbouring letters swapped, each pair in turn."""
    return [key[:i] + key[i + 1] + key[i] + key[i + 2:] for i in range(len(key) - 1) if key[i] != key[i + 1]]


# Words that tell twin villages apart, by what they say (big/small, upper/lower, the compass,
# new/old): reports often leave them out ("Dabsa" for "Big Dabsa") or spell them their own way
# («كبير»/«الكبيرة»).
_QUALIFIER_WORDS = {
    "big": "kabir kabira kbir kubra كبير كبيرة كبرى", "small": "saghir saghira sghir zghir sughra صغير صغيرة صغرى",
    "upper": "fawqani foqani fawqa فوقاني فوقا", "lower": "tahtani tahta تحتاني تحتا",
    "east": "sharqi sharqiya شرقي شرقية", "west": "gharbi gharbiya غربي غربية",
    "north": "shamali shamaliya شمالي شمالية", "south": "janubi janubiya جنوبي جنوبية",
    "new": "jadid jadida jdide جديد جديدة", "old": "qadim qadima قديم قديمة",
}
_QUALIFIERS = sorted(((name_key(w), what) for what, ws in _QUALIFIER_WORDS.items() for w in ws.split()),
                     key=lambda kw: -len(kw[0]))
# By their last two letters, longest first: most keys end otherwise, and the rest are tried
# against a few qualifiers, not all (the stem index tries every key in the gazetteer).
_QUALIFIERS_BY_END = {end: [(q, what) for q, what in _QUALIFIERS if q[-2:] == end]
                      for end in {q[-2:] for q, _ in _QUALIFIERS}}
_MIN_STEM = 3


def qualifier_stem(key: str) -> tuple[str, str]:
    """The key without a trailing qualifier and what that qualifier says («جرنغربي» -> («جرن»,
    "west")), or ("", "") if it has none. normalize.key puts English qualifiers last, so "Upper
    Dabsa" ends with one too."""
    for q, what in _QUALIFIERS_BY_END.get(key[-2:], ()):
        if key.endswith(q) and len(key) - len(q) >= _MIN_STEM:
            return key[: -len(q)], what
    return "", ""


def _trigrams(k: str) -> set[str]:
    k = f"^{k}$"
    return {k[i:i + 3] for i in range(len(k) - 2)}
