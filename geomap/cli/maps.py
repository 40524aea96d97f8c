"""`geomap map`: reports or an events file in, one interactive HTML map out."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Optional

import typer

from . import app
from .errors import counted, fail

# Files `extract` writes; .json and .jsonl are events only when their content says so.
_EVENT_EXTS = {".geojson", ".gpkg", ".parquet", ".geoparquet", ".csv"}
_AREA_KINDS = ("governorate", "district", "subdistrict")


def is_events_file(path: str) -> bool:
    """An events file written by `extract` (or ACLED's CSV), as opposed to a report to read."""
    p = Path(path)
    ext = p.suffix.lower()
    if ext in _EVENT_EXTS:
        return True
    if ext not in (".json", ".jsonl") or not p.is_file():
        return False
    try:
        with open(p, encoding="utf-8-sig", errors="replace") as f:
            head = f.read(4096)
    except OSError:
        return False
    if ext == ".json":
        return '"FeatureCollection"' in head
    return '"event_type"' in head.split("\n", 1)[0]


def _default_output(inputs: list[str]) -> Path:
    first = Path(inputs[0])
    stem = first.stem if inputs[0] != "-" and first.stem else "map"
    return Path("maps") / f"{stem}.html"


def _extract_reports(reports: list[str], date, gazetteer, jobs):
    """Run `extract` on the reports into a temporary events file and read it back."""
    from ..documents import InputError
    from ..export import read_events
    from ..pipeline import UsageError, run_extract

    with tempfile.TemporaryDirectory(prefix="geomap-map-") as tmp:
        out = Path(tmp) / "events.geojson"
        try:
            summary = run_extract(reports, out, date=date, jobs=jobs, gazetteer=gazetteer, stderr=sys.stderr,
                                  error_log=Path(tmp) / "errors.jsonl")
        except (InputError, UsageError) as e:
            fail(str(e), 2)
        except KeyboardInterrupt:  # its saved state is in the temporary folder: nothing to resume
            fail("interrupted", 130)
        if summary.nothing_read:
            fail("no report could be read", 1)
        return read_events(out) if out.is_file() else ([], [])


def _stored_gazetteer():
    """The built gazetteer if there is a usable one (for boundaries only), else None."""
    from ..config import NoStoreError, existing_store
    from ..gazetteer import load_gazetteer

    try:
        path = existing_store()
    except NoStoreError as e:
        print(f"geomap map: {e}; the map has no boundaries", file=sys.stderr)
        return None
    if not path.is_file():  # the default, not built yet: not worth building for boundaries alone
        return None
    try:
        return load_gazetteer(path, quiet=True)
    except (OSError, ValueError) as e:
        print(f"geomap map: gazetteer not used for boundaries: {e}", file=sys.stderr)
        return None


def _warn_undated(path: str, events) -> None:
    """One line for the dates of an events file the map cannot place in time (they draw undated)."""
    from ..control import parse_day

    bad = [e.event_date for e in events if e.event_date and parse_day(e.event_date) is None]
    if bad:
        print(f"geomap map: {path}: {counted(len(bad), 'event date')} not understood "
              f"(such as {bad[0]!r}); drawn without a date", file=sys.stderr)


def _boundaries(gazetteer) -> list:
    return [p for p in gazetteer.places if p.kind in _AREA_KINDS and p.geometry_wkb is not None]


@app.command("map")
def map_command(
    inputs: list[str] = typer.Argument(..., metavar="INPUT...",
                                       help="Reports (anything extract reads) or an events file extract wrote "
                                            "(.geojson, .gpkg, .parquet, .csv)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="HTML file, in a folder that exists. Default: maps/<first input>.html "
                                               "(the maps folder is created when missing)."),
    title: Optional[str] = typer.Option(None, "--title", help="Title shown on the map and in the browser tab."),
    offline: bool = typer.Option(False, "--offline",
                                 help="One self-contained file that works with no network (no tile layer)."),
    since: Optional[str] = typer.Option(None, "--since", help="Leave out events before this date (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="Leave out events after this date (YYYY-MM-DD)."),
    heatmap: bool = typer.Option(False, "--heatmap", help="Add a heat-map layer of the events."),
    date: Optional[str] = typer.Option(None, "--date", help="Report date (YYYY-MM-DD) for every report."),
    gazetteer: Optional[Path] = typer.Option(None, "--gazetteer", help="Gazetteer store to use."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Worker processes for reading reports (0 = all cores)."),
) -> None:
    """Draw events and who controls what on an interactive map (one HTML page)."""
    from ..documents import InputError, check_date, check_inputs
    from ..export import EventFileError, ExportError, check_output_folder, read_events
    from ..offline import OfflineAssetError
    from ..mapping import render, save_map
    from .errors import load_gazetteer_or_fail

    # Arguments first, before any work. A missing or unreadable input among others is reported and skipped.
    event_files = [p for p in inputs if Path(p).is_file() and is_events_file(p)]
    try:
        reports, problems = check_inputs([p for p in inputs if p not in event_files], required=not event_files)
        check_date(date)
        if output is not None:  # the default maps/ folder is made when missing; a folder named by -o must exist
            check_output_folder(output)
    except (InputError, ExportError) as e:
        fail(str(e), 2)
    for problem in problems:
        print(f"geomap: {problem}", file=sys.stderr)
    output = output or _default_output(inputs)
    if output.suffix.lower() not in (".html", ".htm"):
        fail(f"{output}: the map is an HTML page; give a name ending in .html", 2)

    # Reports need the gazetteer; an events file only uses it for boundaries, when one is built.
    gaz = load_gazetteer_or_fail(gazetteer) if reports or gazetteer else _stored_gazetteer()
    events, controls = [], []
    try:
        for path in event_files:
            ev, ctl = read_events(path)
            _warn_undated(path, ev)
            events += ev
            controls += ctl
    except EventFileError as e:
        fail(str(e), 2)
    if reports:
        ev, ctl = _extract_reports(reports, date, gaz, jobs)
        events += ev
        controls += ctl

    try:
        m = render(events, controls, title=title, offline=offline, since=since, until=until, heatmap=heatmap,
                   boundaries=_boundaries(gaz) if gaz is not None else None)
    except ValueError as e:
        fail(str(e), 2)
    s = m.geomap
    if s.empty:
        why = f" ({s.no_coordinates} without coordinates, {s.out_of_range} outside the dates)" \
            if s.no_coordinates or s.out_of_range else ""
        fail(f"nothing to draw: no located events or control records{why}; no map written", 1)
    try:
        save_map(m, output)
    except OfflineAssetError as e:
        fail(str(e), 1)
    except OSError as e:
        fail(f"{output}: {e.strerror or e}", 2)
    notes = []
    if s.no_coordinates:
        notes.append(f"{s.no_coordinates:,} without coordinates left out")
    if s.out_of_range:
        notes.append(f"{s.out_of_range:,} outside --since/--until left out")
    dates = f", {s.first_day} to {s.last_day}" if s.first_day else ""
    print(f"geomap map: {counted(s.events, 'event')}, {counted(s.control_places, 'controlled place')}{dates} -> {output}"
          + (f" ({'; '.join(notes)})" if notes else ""), file=sys.stderr)
