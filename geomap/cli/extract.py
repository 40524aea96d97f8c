"""`geomap extract`: reports in, events out (GeoJSON, CSV, GeoPackage, GeoParquet, JSONL)."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from . import app
from .errors import counted, fail


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., metavar="INPUT...",
                                       help="Report files (.txt, .html, .json, .jsonl; a file without extension is "
                                            "read as text), folders, or - for standard input. A missing or "
                                            "unreadable input is reported and the others are read."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Output file, in a folder that exists; its extension sets the format. A folder (or a path without extension) gets partitioned GeoParquet. Default, or -: stdout (GeoJSON unless --format says)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="geojson, csv, gpkg, parquet or jsonl; must agree with the -o extension."),
    date: Optional[str] = typer.Option(None, "--date",
                                       help="Report date (YYYY-MM-DD) for every document, replacing a record's or "
                                            "page's own date (a note says how many)."),
    gazetteer: Optional[Path] = typer.Option(None, "--gazetteer", help="Gazetteer store to use."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Worker processes (0 = all cores)."),
    no_dedup: bool = typer.Option(False, "--no-dedup", help="Keep one event per report (no merging)."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run with the same -o."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 if any input is unreadable or warns (bad bytes, bad date); the other documents' events are still written."),
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
    from ..pipeline import RunInterrupted, UsageError, run_extract

    if scheduler and engine == "local":
        fail("--scheduler needs --engine dask", 2)
    try:
        summary = run_extract(inputs, output, fmt=fmt, date=date, jobs=jobs, gazetteer=gazetteer,
                              dedup=not no_dedup, resume=resume, error_log=error_log,
                              progress=progress, engine=engine or ("dask" if scheduler else "local"),
                              scheduler=scheduler, stderr=sys.stderr)
    except (InputError, ExportError, UsageError) as e:
        fail(str(e), 2)
    except RunInterrupted as e:
        saved = f"; {e.saved:,} documents saved in {e.state_path} (run again with --resume to continue)"
        fail("interrupted" + (saved if e.state_path else ""), 130)
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except OSError as e:
        fail(f"{e.filename or 'output'}: {e.strerror or e}", 2)

    print(f"geomap: {_describe(summary)}", file=sys.stderr)
    if summary.nothing_read:
        fail("nothing could be read; no output written", 1)
    if strict and (summary.failed or summary.warnings):
        fail(f"--strict: {counted(summary.failed, 'error')}, {counted(summary.warnings, 'warning')} "
             f"(the other documents' events were written)", 1)


def _describe(s) -> str:
    """One paragraph for the user: what was read, what came out, where it went."""
    read = f"{counted(s.documents, 'document')} read"
    if s.skipped:
        read += f" ({s.skipped:,} done by the earlier run)"
    if s.failed:
        read += f", {s.failed:,} failed"
    lines = [read]
    if s.written:
        events = counted(s.events, "event")
        if s.events != s.events_extracted:
            events += f" (from {s.events_extracted:,} reports of them, merged)"
        if s.controls:
            events += f", {counted(s.controls, 'control record')} ({s.control_output or 'layer control'})"
        lines.append(f"{events} -> {s.output or 'stdout'} in {s.elapsed:.1f} s")
        if s.events_without_place:
            lines.append(f"{s.events_without_place:,} event{'s have' if s.events_without_place != 1 else ' has'} "
                         f"no place; kept with null geometry")
        if s.controls_dropped:
            lines.append(f"{counted(s.controls_dropped, 'control record')} not written to stdout "
                         f"(give -o FILE to keep them)")
    if s.error_log:
        lines.append(f"problems logged in {s.error_log}")
    return "\n  ".join(lines)
