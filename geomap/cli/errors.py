"""How the CLI reports failure: one clear line on stderr and an exit code that means something."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import typer


def fail(message: str, code: int) -> NoReturn:
    print(f"geomap: {message}", file=sys.stderr)
    raise typer.Exit(code)


def load_gazetteer_or_fail(path: Path | None):
    """The gazetteer store, or exit 2 with a message saying what is wrong with it."""
    from ..gazetteer import load_gazetteer

    try:
        return load_gazetteer(path)
    except (OSError, ValueError) as e:
        fail(f"cannot load the gazetteer: {e}", 2)
