"""`geomap resolve`: place names to coordinates, admin areas and an honest precision."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from . import app
from .errors import fail, load_gazetteer_or_fail

_PRECISION = {1: "exact place", 2: "near or part of a place", 3: "region or governorate"}


def _file_queries(path: str) -> list[str]:
    """One query per line of a file ("-": standard input), decoded as `extract` decodes a text
    file (UTF-8, UTF-16 with a BOM, else Windows-1256; one warning for bad bytes). A binary
    file is refused: its "lines" would only make junk matches."""
    from ..documents import check_head, decode

    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as e:
        fail(f"cannot read {path}: {e.strerror}", 2)
    if not data.strip():
        return []
    problem = check_head(data[:8192], path)
    if problem:
        fail(f"{path}: {problem.message}; not a list of place names", 2)
    text, warning = decode(data)
    if warning:
        print(f"geomap: {path}: {warning}", file=sys.stderr)
    return [line.strip() for line in text.splitlines()]


@app.command()
def resolve(
    names: Optional[list[str]] = typer.Argument(None, help="Place names, e.g. «قرية حزوان شرقي حلب» or 'Qaryatein, Homs'."),
    file: Optional[str] = typer.Option(None, "--file", "-f",
                                       help="Read one query per line from FILE ('-' for stdin). With no names and "
                                            "no --file, names are read from standard input when it is not a terminal."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per query, one per line, in input order."),
    top: int = typer.Option(1, "--top", "-k", min=1, max=50, help="Show the K best candidates per query."),
    gazetteer: Optional[Path] = typer.Option(None, "--gazetteer", "-g", envvar="GEOMAP_GAZETTEER",
                                             help="Gazetteer store (default: the user data dir)."),
) -> None:
    """Resolve place names to coordinates, admin areas and a precision.

    Precision: 1 an exact place, 2 near or part of a place, 3 a region or governorate.
    Exit code 0 even when some names do not resolve (they print with null coordinates);
    2 when the arguments are unusable.
    """
    from ..resolver import Resolver

    queries = list(names or [])
    if file is None and not queries and not sys.stdin.isatty():  # `echo Saraqib | geomap resolve`
        file = "-"
    if file is not None:
        queries += _file_queries(file)
    if not queries:
        fail("give place names as arguments, with --file FILE or on standard input", 2)
    r = Resolver(load_gazetteer_or_fail(gazetteer))
    for q in queries:
        matches = r.resolve_top(q, top)
        if as_json:
            for m in matches:
                print(json.dumps(m.to_dict(), ensure_ascii=False))
            continue
        for rank, m in enumerate(matches, 1):
            prefix = f"{q}\t" if rank == 1 else f"{'':>{len(q)}}\t"
            if not m.resolved:
                print(f"{prefix}— unresolved ({m.note or 'no match'})")
                continue
            p = m.place
            # (a governorate's capital shows its governorate: "Hama (city, Hama)")
            where = ", ".join(dict.fromkeys(x for x in (p.admin2, p.admin1) if x and (x != p.name or p.kind != "governorate"))) or p.country
            mod = f" [{m.modifier}]" if m.modifier else ""
            print(f"{prefix}{p.name} / {p.name_ar or '—'} ({p.kind}, {where}) {m.lat:.4f},{m.lon:.4f} "
                  f"id={p.id} score={m.score:.2f} precision={m.precision} ({_PRECISION[m.precision]}){mod}"
                  + (f" — {m.note}" if m.note else ""))
