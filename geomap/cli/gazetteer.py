"""`geomap gazetteer build | info | fetch`."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from . import app
from .errors import fail
from ..config import NoStoreError, existing_store, source_dirs, store_path

gazetteer_app = typer.Typer(help="Build, inspect and fetch the gazetteer of place names.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command()
def build(
    source: Optional[List[Path]] = typer.Option(
        None, "--source", "-s", help="Folder (or file) of gazetteer sources; repeatable. Default: GEOMAP_SOURCES."),
    user_csv: Optional[List[Path]] = typer.Option(
        None, "--user-csv", help="CSV of extra places or aliases (name, aliases, lat, lon, kind, admin1); repeatable."),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", help="Store to write. Default: GEOMAP_GAZETTEER, else the user data folder."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only errors."),
) -> None:
    """Build the gazetteer: the built-in default (GeoNames + curated tables) plus every source found."""
    from ..gazetteer import SourceError, build_gazetteer
    from ..sources.user_csv import UserCSVError

    dirs = source_dirs(source)
    target = store_path(output)
    try:
        report = build_gazetteer(dirs, user_csv or [], target)
    except (SourceError, UserCSVError) as e:
        fail(str(e), 2)
    except OSError as e:
        fail(f"cannot write {target}: {e.strerror or e}", 2)
    for error in report.errors:
        print(f"geomap: skipped unreadable source {error}", file=sys.stderr)
    if not quiet:
        print(f"wrote {target}: {report.places} places in {report.seconds} s")
        for name, n in report.read.items():
            print(f"  {name:<26} {n:>7} records")
        fixed, skipped = sum(report.repairs.values()), sum(report.skipped.values())
        print(f"  {fixed} rows repaired, {skipped} skipped (see `geomap gazetteer info`)")
    if report.places == 0:
        raise typer.Exit(1)


@gazetteer_app.command()
def info(
    gazetteer: Optional[Path] = typer.Option(
        None, "--gazetteer", "-g", help="Store to describe. Default: GEOMAP_GAZETTEER, else the user data folder."),
    as_json: bool = typer.Option(False, "--json", help="Print the build report as JSON."),
) -> None:
    """Counts by source and by kind, and what the build repaired or skipped."""
    from ..gazetteer import describe
    from ..store import Gazetteer

    try:
        path = existing_store(gazetteer)
    except NoStoreError as e:
        fail(str(e), 2)
    if not path.is_file():  # the default, not built yet
        fail(f"no gazetteer at {path} yet; run `geomap gazetteer build`", 1)
    try:
        gaz = Gazetteer.read(path)
    except ValueError as e:
        fail(str(e), 2)
    print(json.dumps(gaz.report, ensure_ascii=False, indent=2) if as_json else describe(gaz))


@gazetteer_app.command()
def fetch(
    country: str = typer.Argument(..., help="Two-letter country code, e.g. SY (or allCountries)."),
    dest: Path = typer.Option(Path("."), "--dest", "-d", help="Folder to unpack <COUNTRY>.txt into."),
) -> None:
    """Download a GeoNames country dump (download.geonames.org) to use as a --source."""
    from ..sources.geonames_dump import FetchError, fetch_dump

    try:
        path = fetch_dump(country, dest)
    except ValueError as e:
        fail(str(e), 2)
    except FetchError as e:
        fail(str(e), 1)
    except OSError as e:
        fail(f"cannot write into {dest}: {e.strerror or e}", 2)
    print(f"wrote {path}; build with: geomap gazetteer build --source {path.parent}")
