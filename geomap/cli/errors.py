"""How the CLI reports: one clear line on stderr for a failure, with an exit code that means
something, and counts in words ("1 event", "2 events")."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import typer


def fail(message: str, code: int) -> NoReturn:
    print(f"geomap: {message}", file=sys.stderr)
    raise typer.Exit(code)


def counted(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'s' * (n != 1)}"


def load_gazetteer_or_fail(path: Path | None):
    """The gazetteer store, or exit 2 with a message saying what is wrong with it.

    Only the default store is built when missing; one named by --gazetteer or GEOMAP_GAZETTEER must exist.
    """
    from ..config import NoStoreError, existing_store
    from ..gazetteer import load_gazetteer

    try:
        return load_gazetteer(existing_store(path))
    except NoStoreError as e:
        fail(str(e), 2)
    except (OSError, ValueError) as e:
        fail(f"cannot load the gazetteer: {e}", 2)
