"""Where geomap finds its sources and keeps its built gazetteer (environment and defaults)."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

PACKAGE_DIR = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    """A data folder of the project: top-level in a checkout, inside the package in a wheel."""
    top = PACKAGE_DIR.parent / name
    return top if top.is_dir() else PACKAGE_DIR / f"_{name}"


CURATED_DIR = _data_dir("gazetteer")
EXAMPLES_DIR = _data_dir("examples")


def store_path(explicit: str | os.PathLike | None = None) -> Path:
    """The gazetteer store: --output/--gazetteer, else GEOMAP_GAZETTEER, else the user data dir."""
    named = _named_store(explicit)
    return named if named is not None else Path(platformdirs.user_data_dir("geomap")) / "gazetteer.sqlite"


class NoStoreError(FileNotFoundError):
    """A gazetteer store named by --gazetteer or GEOMAP_GAZETTEER that does not exist."""


def existing_store(explicit: str | os.PathLike | None = None) -> Path:
    """The store a command is to load (`store_path`); NoStoreError when it was named and is not there.

    Only the default store, in the user data dir, is built on first use: a named path that
    does not exist is most likely mistyped, and building a new store there would hide that.
    """
    path = store_path(explicit)
    if _named_store(explicit) is not None and not path.is_file():
        raise NoStoreError(f"no gazetteer at {path} (build one with: geomap gazetteer build --output {path})")
    return path


def _named_store(explicit: str | os.PathLike | None) -> Path | None:
    named = explicit or os.environ.get("GEOMAP_GAZETTEER")
    return Path(named) if named else None


def source_dirs(explicit: list[str | os.PathLike] | None = None) -> list[Path]:
    """Source folders: --source, else GEOMAP_SOURCES (os.pathsep separated), else none."""
    if explicit:
        return [Path(p) for p in explicit]
    env = os.environ.get("GEOMAP_SOURCES", "")
    return [Path(p) for p in env.split(os.pathsep) if p]
