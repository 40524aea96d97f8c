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

from .normalize import key as name_key
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
            ("schema_version", str(SCHEMA_VERSION)), ("report", json.dumps(report, ensure_ascii=False)),
        ])
        con.execute("CREATE INDEX names_key ON names(key)")
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
                 keys: dict[str, tuple[str, str]] | None = None):
        """`keys` maps a name key to (place indexes, countries), both comma-separated, as stored;
        computed from the places' names when absent."""
        self.places = places
        self.report = report or {}
        self.path = path
        self.by_id = {p.id: p for p in places}
        if keys is None:
            found: dict[str, dict[int, str]] = defaultdict(dict)
            for i, p in enumerate(places):
                for n in p.names:
                    k = name_key(n.text)
                    if k:
                        found[k][i] = p.country
            keys = {k: (",".join(map(str, v)), ",".join(set(v.values()))) for k, v in found.items()}
        # Index lists stay strings until looked up: most keys never are.
        self._keys = keys
        self._fuzzy_index: dict[str, _FuzzyIndex] = {}

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
            con.close()
            # Spellings stay on disk (see `names`); only their keys are needed for lookups.
            cells = meta.get("keys", "").replace("\n", "\t").split("\t")
            keys = dict(zip(cells[0::3], zip(cells[1::3], cells[2::3])))
        except sqlite3.DatabaseError as e:
            raise ValueError(f"{path} is not a geomap gazetteer ({e})") from None
        return cls(places, json.loads(meta.get("report", "{}")), path, keys)

    def names(self, place: Place) -> list[Name]:
        """Every spelling of a place, with its source (read from the store on demand)."""
        if place.names or self.path is None:
            return place.names
        idx = next(i for i, p in enumerate(self.places) if p is place)
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
        index = self._fuzzy_index.get(country)
        if index is None:
            index = self._fuzzy_index[country] = _FuzzyIndex(
                k for k, (_, countries) in self._keys.items() if country in countries.split(","))
        return index.candidates(key, limit)


class _FuzzyIndex:
    def __init__(self, keys):
        self.grams: dict[str, list[str]] = defaultdict(list)
        self.skeletons: dict[str, list[str]] = defaultdict(list)
        for k in keys:
            for g in _trigrams(k):
                self.grams[g].append(k)
            self.skeletons[skeleton(k)].append(k)

    def candidates(self, key: str, limit: int) -> list[str]:
        counts: dict[str, int] = defaultdict(int)
        # The rarest trigrams carry the most information and the shortest posting lists.
        grams = sorted(_trigrams(key), key=lambda g: len(self.grams.get(g, ())))
        for g in grams[: max(3, len(grams) // 2 + 1)]:
            for k in self.grams.get(g, ()):
                counts[k] += 1
        best = sorted(counts, key=counts.__getitem__, reverse=True)[:limit]
        return list(dict.fromkeys(self.skeletons.get(skeleton(key), []) + best))


_VOWELS = re.compile(r"[aeiouyاويهىة]")
# Emphatic and interdental letters that local spellings swap for their plain neighbours.
_PLAIN_AR = str.maketrans("طصضظذثغ", "تسدززسك")


def skeleton(key: str) -> str:
    """A key without its vowels and vowel letters: transliterations differ most there."""
    if len(key) <= 2:
        return key
    return _VOWELS.sub("", key).translate(_PLAIN_AR)


def _trigrams(k: str) -> set[str]:
    k = f"^{k}$"
    return {k[i:i + 3] for i in range(len(k) - 2)}
