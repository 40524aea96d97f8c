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
    if explicit:
        return Path(explicit)
    env = os.environ.get("GEOMAP_GAZETTEER")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("geomap")) / "gazetteer.sqlite"


def source_dirs(explicit: list[str | os.PathLike] | None = None) -> list[Path]:
    """Source folders: --source, else GEOMAP_SOURCES (os.pathsep separated), else none."""
    if explicit:
        return [Path(p) for p in explicit]
    env = os.environ.get("GEOMAP_SOURCES", "")
    return [Path(p) for p in env.split(os.pathsep) if p]
