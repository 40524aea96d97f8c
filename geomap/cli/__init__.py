"""The `geomap` command: a thin layer over the Python API.

Exit codes (README.md, "Commands"): 0 the command ran, even if no events were found; 1 no
document could be read, nothing to draw (or --strict and a document failed: the others are
still written); 2 unusable
arguments or no usable input at all; 130 interrupted.
"""
from __future__ import annotations

import typer

app = typer.Typer(
    help="Turn news reports about the war in Syria into maps and GIS data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def main() -> None:
    app()


# Commands register themselves on `app` when their modules are imported.
from . import gazetteer, resolve, extract, maps  # noqa: E402,F401
