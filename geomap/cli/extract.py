"""`geomap extract`: reports in, events out (GeoJSON, CSV, GeoPackage, GeoParquet, JSONL)."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from . import app
from .errors import fail


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., metavar="INPUT...",
                                       help="Report files (.txt, .html, .json, .jsonl), folders, or - for standard input."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Output file; its extension sets the format. A folder (or a path without extension) gets partitioned GeoParquet. Default, or -: stdout (GeoJSON unless --format says)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="geojson, csv, gpkg, parquet or jsonl."),
    date: Optional[str] = typer.Option(None, "--date", help="Report date (YYYY-MM-DD) for every document."),
    gazetteer: Optional[Path] = typer.Option(None, "--gazetteer", help="Gazetteer store to use."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Worker processes (0 = all cores)."),
    no_dedup: bool = typer.Option(False, "--no-dedup", help="Keep one event per report (no merging)."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run with the same -o."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 and write nothing if any input is unreadable or warns (bad bytes, bad date)."),
    error_log: Optional[Path] = typer.Option(None, "--error-log",
                                             help="Per-document problems as JSONL. Default: OUTPUT.errors.jsonl."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress",
                                            help="Progress bar on stderr. Default: when stderr is a terminal."),
    engine: Optional[str] = typer.Option(None, "--engine", help="local (default) or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler tcp://HOST:PORT (implies dask)."),
) -> None:
    """Find events (strikes, shelling, bombings, clashes, changes of control) in news reports."""
    from ..documents import InputError
    from ..export import ExportError
    from ..pipeline import UsageError, run_extract

    if scheduler and engine == "local":
        fail("--scheduler needs --engine dask", 2)
    try:
        summary = run_extract(inputs, output, fmt=fmt, date=date, jobs=jobs, gazetteer=gazetteer,
                              dedup=not no_dedup, resume=resume, strict=strict, error_log=error_log,
                              progress=progress, engine=engine or ("dask" if scheduler else "local"),
                              scheduler=scheduler, stderr=sys.stderr)
    except (InputError, ExportError, UsageError) as e:
        fail(str(e), 2)
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except OSError as e:
        fail(f"{e.filename or 'output'}: {e.strerror or e}", 2)

    print(f"geomap: {_describe(summary)}", file=sys.stderr)
    if summary.nothing_read:
        fail("nothing could be read; no output written", 1)
    if strict and (summary.failed or summary.warnings):
        fail(f"--strict: {summary.failed} errors, {summary.warnings} warnings; no output written", 1)


def _describe(s) -> str:
    """One paragraph for the user: what was read, what came out, where it went."""
    read = f"{s.documents:,} document{'s' * (s.documents != 1)} read"
    if s.skipped:
        read += f" ({s.skipped:,} done by the earlier run)"
    if s.failed:
        read += f", {s.failed:,} failed"
    lines = [read]
    if s.written:
        events = f"{s.events:,} event{'s' * (s.events != 1)}"
        if s.events != s.events_extracted:
            events += f" (from {s.events_extracted:,} reports of them, merged)"
        if s.controls:
            events += f", {s.controls:,} control record{'s' * (s.controls != 1)} ({s.control_output or 'layer control'})"
        lines.append(f"{events} -> {s.output or 'stdout'} in {s.elapsed:.1f} s")
        if s.events_without_place:
            lines.append(f"{s.events_without_place:,} event{'s have' if s.events_without_place != 1 else ' has'} "
                         f"no place; kept with null geometry")
        if s.controls_dropped:
            lines.append(f"{s.controls_dropped:,} control records not written to stdout (give -o FILE to keep them)")
    if s.error_log:
        lines.append(f"problems logged in {s.error_log}")
    return "\n  ".join(lines)
