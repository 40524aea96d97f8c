"""The `geomap` command: a thin layer over the Python API.

Exit codes: 0 success (some names or documents may not resolve), 1 nothing usable came out
(or --strict and something failed), 2 unusable arguments or input, 130 interrupted.
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
