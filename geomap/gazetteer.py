"""Build the gazetteer from its sources, merge what describes the same place, and load it.

Build: every reader yields Place records; they are merged in order of trust (OCHA first),
by P-code, then by name key and distance; Syrian places get their admin units from the
OCHA polygon that contains them; the result goes to one SQLite store (store.write_store).
"""
from __future__ import annotations

import functools
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Callable, Iterable

from .config import CURATED_DIR, source_dirs, store_path
from .normalize import key
from .records import AREA_KINDS, EXACT, KIND_RANK, Place
from .sources import Discovered, SourceError, discover
from .sources import curated, geonames_builtin, geonames_dump, ocha_admin, ocha_communities, syrian_archive, user_csv
from .distance import distance_km
from .sources.fields import in_syria_bbox
from .sources.report import BuildReport
from .store import Gazetteer, write_store

__all__ = ["BuildReport", "SourceError", "build_gazetteer", "load_gazetteer", "merge_places",
           "fill_admin", "describe"]

# How far apart two records with the same name key may lie and still be one place, by kind.
MERGE_RADIUS_KM = {"city": 15.0, "town": 8.0, "village": 5.0, "camp": 5.0}
SMALL_RADIUS_KM = 3.0  # neighbourhoods, landmarks, airports, checkpoints
AREA_RADIUS_KM = 30.0  # centroids of two outlines of the same area
PCODE_RADIUS_KM = 10.0  # a record citing a P-code further than this is a different place
# Sources that list each place once: two of their records are never merged by name.
# (Syrian Archive, for one, lists Aleppo both as a community and as a city.)
UNIQUE_SOURCES = {"ocha-admin", "ocha-communities", "geonames", "geonames-dump"}
# Kinds that population may upgrade when a GeoNames city merges into an OCHA community.
SETTLEMENTS = ("village", "town", "city")
_ADMIN_FIELDS = ("admin1", "admin1_ar", "admin2", "admin2_ar", "admin3", "admin3_ar", "admin1_id")


def build_gazetteer(sources: list[Path], user_csvs: Iterable[Path] = (), output: Path | None = None,
                    *, curated_dir: Path | None = CURATED_DIR, builtin: bool = True) -> BuildReport:
    """Build the built-in default plus every source found under `sources`, and write the store.

    `curated_dir=None` leaves out the curated tables, `builtin=False` the GeoNames world cities
    (a gazetteer of one's own sources only, or a quick build in tests).

    Raises SourceError when a source folder or user CSV does not exist; every other problem
    (a garbage file, a dirty row) is counted in the returned report and the build goes on.
    """
    started = time.perf_counter()
    report = BuildReport()
    found = discover(list(sources))
    for csv_path in map(Path, user_csvs):
        if not csv_path.is_file():
            raise SourceError(f"user CSV not found: {csv_path}")
        found.files.setdefault("user-csv", []).append(csv_path)
    for path in found.unrecognised:
        report.files[str(path)] = "unrecognised"
        report.skip("file no reader recognises")
    for kind, paths in found.files.items():
        report.files.update({str(p): kind for p in paths})
    places = merge_places(read_records(found, curated_dir, report, builtin=builtin), report)
    fill_admin(places, report)
    if curated_dir is not None and Path(curated_dir).is_dir():
        outline_regions(places, curated.region_pcodes(Path(curated_dir)), report)
        report.curated = curated.digest(Path(curated_dir))
    report.summarise(places)
    report.seconds = round(time.perf_counter() - started, 2)
    write_store(places, store_path(output), report.to_dict())
    return report


def read_records(found: Discovered, curated_dir: Path | None, report: BuildReport,
                 *, builtin: bool = True) -> list[Place]:
    """Every record of every source, most trusted source first (the order merging relies on)."""
    admin = _guarded(report, found.of("ocha-admin"), lambda p: ocha_admin.read_admin(p, report))
    admin_by_code = {p.id: p for p in admin}
    governorates = [p for p in admin if p.kind == "governorate"]
    records = list(admin)
    if found.of("ocha-communities") or found.of("ocha-community-names"):
        records += _guarded(report, [found.of("ocha-communities")], lambda points: ocha_communities.read_communities(
            points, found.of("ocha-community-names"), found.of("ocha-subdistrict-names"), admin_by_code, report))
    if curated_dir is not None and Path(curated_dir).is_dir():
        records += _guarded(report, [Path(curated_dir)], lambda d: curated.read_curated(d, report))
    if builtin:
        records += _guarded(report, [None], lambda _: geonames_builtin.read_builtin(report))
    records += _guarded(report, found.of("geonames-dump"), lambda p: geonames_dump.read_dump(p, report))
    records += _guarded(report, found.of("syrian-archive-locations"),
                        lambda p: syrian_archive.read_locations(p, admin_by_code, report))
    capitals = [p for p in records if p.kind == "city" and p.country == "SY"]
    records += _guarded(report, found.of("syrian-archive-landmarks"),
                        lambda p: syrian_archive.read_landmarks(p, governorates, capitals, report))
    records += _guarded(report, found.of("user-csv"), lambda p: user_csv.read_user_csv(p, report))
    return records


def _guarded(report: BuildReport, inputs: list, read: Callable[[object], Iterable[Place]]) -> list[Place]:
    """Run a reader on each input; a file that breaks its reader is reported and left out."""
    out: list[Place] = []
    for item in inputs:
        try:
            out.extend(read(item))
        except Exception as e:  # noqa: BLE001 - one bad file must not stop the build
            what = item if item is not None else "built-in GeoNames"
            report.errors.append(f"{what}: {type(e).__name__}: {e}")
    return out


# --- merging ---------------------------------------------------------------------------------

class _Merged:
    """The places merged so far, indexed by id and by name key."""

    def __init__(self) -> None:
        self.places: list[Place] = []
        self.by_id: dict[str, Place] = {}
        self.by_key: dict[str, list[Place]] = defaultdict(list)
        self._keys: dict[str, str] = {}  # key() is the costly part of a build; spellings repeat

    def key(self, text: str) -> str:
        k = self._keys.get(text)
        if k is None:
            k = self._keys[text] = key(text)
        return k

    def add(self, place: Place) -> None:
        self.places.append(place)
        self.by_id[place.id] = place
        self._index(place, place.names)

    def _index(self, place: Place, names) -> None:
        for k in {self.key(n.text) for n in names} - {""}:
            if place not in self.by_key[k]:
                self.by_key[k].append(place)

    def absorb(self, target: Place, rec: Place) -> None:
        """Fold `rec` into `target`: every spelling and source kept, better facts taken."""
        have = {n.text for n in target.names}
        new = [n for n in rec.names if n.text not in have]
        target.names.extend(new)
        self._index(target, new)
        target.sources.extend(s for s in rec.sources if s not in target.sources)
        if rec.lat is not None and (target.lat is None or rec.precision < target.precision):
            target.lat, target.lon, target.precision = rec.lat, rec.lon, rec.precision
            if not target.is_area:
                target.geometry_wkb = None  # the outline was only a stand-in for a missing point
        target.name_ar = target.name_ar or rec.name_ar
        target.population = max(target.population, rec.population)
        if (target.kind in SETTLEMENTS and rec.kind in SETTLEMENTS
                and SETTLEMENTS.index(rec.kind) > SETTLEMENTS.index(target.kind)):
            target.kind = rec.kind
        # Admin units with a P-code (OCHA's) beat a bare governorate name (a user's CSV).
        if (rec.admin1_id and not target.admin1_id) or not target.admin1:
            for f in _ADMIN_FIELDS:
                setattr(target, f, getattr(rec, f) or getattr(target, f))
        target.country = target.country or rec.country
        if target.geometry_wkb is None and rec.geometry_wkb is not None and target.kind == rec.kind:
            target.geometry_wkb = rec.geometry_wkb

    def find(self, rec: Place, report: BuildReport) -> Place | None:
        """The merged place `rec` describes: same P-code, else same name key close enough."""
        same_id = self.by_id.get(rec.id)
        if same_id is not None:
            # A place whose point is only its area's centroid cannot be "too far" from a record.
            if same_id.is_area or same_id.precision > EXACT or _distance(same_id, rec) <= PCODE_RADIUS_KM:
                report.merged("same P-code")
                return same_id
            report.merged("same P-code but too far apart: kept apart")
            rec.id = f"{rec.id}:{rec.sources[0]}"
        candidates = {id(p): p for n in rec.names for p in self.by_key.get(self.key(n.text), ())}.values()
        candidates = [p for p in candidates if _compatible(p, rec)]
        if rec.lat is None:  # an alias row: the most important place of that name
            candidates = [p for p in candidates if _same_admin1(p, rec)]
            best = max(candidates, key=lambda p: (p.rank, len(p.sources)), default=None)
            report.merged("alias added by name" if best else "alias with no place of that name: skipped")
            return best
        near = [(d, p) for p in candidates if (d := _distance(p, rec)) <= _radius(p, rec)]
        if near:
            report.merged("same name nearby")
            return min(near, key=lambda dp: dp[0])[1]
        return None


def merge_places(records: Iterable[Place], report: BuildReport) -> list[Place]:
    """One Place per real place. Records come most trusted first: the first record of a place
    gives its id, canonical name and kind; later ones add spellings, sources and better facts."""
    merged = _Merged()
    for rec in records:
        target = merged.find(rec, report)
        if target is not None:
            merged.absorb(target, rec)
        elif rec.lat is not None:
            if rec.id in merged.by_id:
                report.merged("duplicate id renamed")
                rec.id = f"{rec.id}:{len(merged.places)}"
            merged.add(rec)
    return merged.places


def _compatible(place: Place, rec: Place) -> bool:
    """Could these two records be one place? Never two records of a source that lists each place
    once, never a point and an area, never two countries' places."""
    if rec.lat is not None and set(rec.sources) & set(place.sources) & UNIQUE_SOURCES:
        return False
    if place.country and rec.country and place.country != rec.country:
        return False
    if place.is_area or rec.is_area or "country" in (place.kind, rec.kind):
        return place.kind == rec.kind
    return True


def _same_admin1(place: Place, rec: Place) -> bool:
    # Admin units are filled after merging: a place without them yet cannot be ruled out.
    return not (rec.admin1 and place.admin1) or key(rec.admin1) in {key(place.admin1), key(place.admin1_ar)}


def _radius(a: Place, b: Place) -> float:
    if a.kind == "country":
        return float("inf")
    if a.kind in AREA_KINDS:
        return AREA_RADIUS_KM
    return max(MERGE_RADIUS_KM.get(a.kind, SMALL_RADIUS_KM), MERGE_RADIUS_KM.get(b.kind, SMALL_RADIUS_KM))


def _distance(a: Place, b: Place) -> float:
    if a.lat is None or b.lat is None:
        return 0.0
    return distance_km(a.lat, a.lon, b.lat, b.lon)


# --- admin units from polygons ---------------------------------------------------------------

def fill_admin(places: list[Place], report: BuildReport) -> None:
    """Give every Syrian place without admin P-code the admin units of the deepest OCHA unit containing it
    (a spatial join; a point just outside every outline takes the nearest within ~5 km)."""
    import geopandas as gpd
    import shapely

    units = []
    for kind in ("subdistrict", "district", "governorate"):
        units = [p for p in places if p.kind == kind and p.geometry_wkb is not None]
        if units:
            break
    # Syria itself, or a curated region without a governorate, spans several: the unit under its
    # centre is not its own.
    todo = [p for p in places if not p.admin1_id and p.kind not in ("region", "country") and p.country in ("SY", "")
            and in_syria_bbox(p.lat, p.lon)]
    if not todo:
        return
    if not units:
        report.skip("admin units not filled: no OCHA boundaries among the sources", len(todo))
        return
    polygons = gpd.GeoDataFrame({"unit": range(len(units))},
                                geometry=shapely.from_wkb([u.geometry_wkb for u in units]))
    points = gpd.GeoDataFrame({"place": range(len(todo))},
                              geometry=shapely.points([p.lon for p in todo], [p.lat for p in todo]))
    inside = gpd.sjoin(points, polygons, predicate="within", how="inner").drop_duplicates("place")
    missing = points[~points["place"].isin(inside["place"])]
    nearest = gpd.sjoin_nearest(missing, polygons, max_distance=0.05, how="inner").drop_duplicates("place")
    for joined in (inside, nearest):
        for i, u in zip(joined["place"], joined["unit"]):
            place, unit = todo[i], units[u]
            for f in _ADMIN_FIELDS:
                setattr(place, f, getattr(unit, f))
            place.country = unit.country
    report.repair("admin units filled from the OCHA polygon containing the place", len(inside))
    report.repair("admin units filled from the nearest OCHA polygon (within ~5 km)", len(nearest))
    report.skip("Syrian place outside every OCHA polygon: no admin units", len(todo) - len(inside) - len(nearest))


def outline_regions(places: list[Place], pcodes_by_id: dict[str, list[str]], report: BuildReport) -> None:
    """A curated region (ريف حلب) gets the union of the OCHA outlines it covers, when those are loaded."""
    import shapely

    by_id = {p.id: p for p in places}
    for place_id, pcodes in pcodes_by_id.items():
        region = by_id.get(place_id)
        parts = [by_id[c].geometry for c in pcodes if c in by_id and by_id[c].geometry_wkb is not None]
        if region is None or region.geometry_wkb is not None or not parts:
            continue
        region.geometry_wkb = shapely.union_all(parts).wkb
        report.repair("curated region outlined by the OCHA units it covers")


# --- loading ---------------------------------------------------------------------------------

def load_gazetteer(path: str | Path | None = None, *, quiet: bool = False) -> Gazetteer:
    """The gazetteer at `path` (else GEOMAP_GAZETTEER, else the user data dir).

    When no store exists there, the built-in default (plus GEOMAP_SOURCES, if set) is built first.
    Loaded stores are cached per (path, modification time): calling this again in a notebook
    returns the same Gazetteer object at no cost until the file is rebuilt. Treat it as read-only.
    """
    target = store_path(path)
    if not target.is_file():
        extra = source_dirs()
        if not quiet:
            what = "GeoNames + curated tables" + (" + GEOMAP_SOURCES" if extra else "")
            print(f"geomap: no gazetteer at {target}; building the built-in default ({what})…", file=sys.stderr)
        build_gazetteer(extra, output=target)
    gazetteer = _read_store(str(target.resolve()), target.stat().st_mtime_ns)
    built_with = gazetteer.report.get("curated")  # None: built before stores recorded it
    if not quiet and built_with != "" and built_with != curated.digest(CURATED_DIR):
        print(f"geomap: note: the gazetteer at {target} was built from older curated tables than this "
              "geomap ships (new regions, quarters, aliases); rebuild it: geomap gazetteer build "
              "[--source DIR]", file=sys.stderr)
    elif not quiet and not gazetteer.spellings_indexed:
        print(f"geomap: note: the gazetteer at {target} was built by an older geomap, without the index "
              "that makes a first pass over new reports about 3x faster; rebuild it: geomap gazetteer "
              "build [--source DIR]", file=sys.stderr)
    return gazetteer


@functools.lru_cache(maxsize=4)
def _read_store(path: str, mtime_ns: int) -> Gazetteer:
    return Gazetteer.read(Path(path))


def describe(gazetteer: Gazetteer) -> str:
    """Human-readable summary: where it is, places by source and by kind, and the build report."""
    report = BuildReport.from_dict(gazetteer.report)
    by_source: dict[str, int] = defaultdict(int)
    by_kind: dict[str, int] = defaultdict(int)
    for p in gazetteer.places:
        by_kind[p.kind] += 1
        for s in p.sources:
            by_source[s] += 1
    lines = [f"gazetteer: {gazetteer.path}", f"places: {len(gazetteer.places)}"
             + (f" (built in {report.seconds} s)" if report.seconds else "")]
    lines += _table("places by source", by_source)
    lines += _table("places by kind", by_kind, order=lambda k: -KIND_RANK.get(k, 0))
    lines += _table("records read", report.read)
    lines += _table("merges", report.merges)
    lines += _table("repairs", report.repairs)
    lines += _table("skipped", report.skipped)
    if report.errors:
        lines += ["unreadable files:"] + [f"  {e}" for e in report.errors]
    return "\n".join(lines)


def _table(title: str, counts: dict[str, int], order=None) -> list[str]:
    if not counts:
        return []
    keys = sorted(counts, key=order or (lambda k: -counts[k]))
    width = max(len(k) for k in keys)
    return [f"{title}:"] + [f"  {k:<{width}}  {counts[k]:>7}" for k in keys]
