"""Shared fixtures: the third-party data beside the checkout, and gazetteers built once per session.

- `shared_dir`: `../shared/data` (or GEOMAP_SHARED_DIR); skips the test when it is absent.
- `default_gazetteer`: the built-in default (GeoNames + curated tables), no third-party files.
- `full_gazetteer`: the default plus `../shared/data/syria`; skips when that folder is absent.
- `ex`: an extractor over the small hand-written gazetteer of `tiny_places.py`.
Both gazetteers are `geomap.store.Gazetteer` objects read back from a store built into a
session temp dir, so a test sees exactly what a user's `geomap gazetteer build` would write.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _shared_root() -> Path:
    env = os.environ.get("GEOMAP_SHARED_DIR")
    return Path(env) if env else REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    root = _shared_root()
    if not root.is_dir():
        pytest.skip(f"third-party data not found at {root}")
    return root


@pytest.fixture(scope="session")
def syria_sources(shared_dir: Path) -> Path:
    syria = shared_dir / "syria"
    if not syria.is_dir():
        pytest.skip(f"gazetteer sources not found at {syria}")
    return syria


def _build(tmp_path_factory, name: str, sources: list[Path]):
    from geomap.gazetteer import build_gazetteer
    from geomap.store import Gazetteer

    out = tmp_path_factory.mktemp(name) / "gazetteer.sqlite"
    build_gazetteer(sources, output=out)
    return Gazetteer.read(out)


@pytest.fixture(scope="session")
def default_gazetteer(tmp_path_factory):
    """The built-in default gazetteer (GeoNames + curated tables), built once per session."""
    return _build(tmp_path_factory, "default_gazetteer", [])


@pytest.fixture(scope="session")
def full_gazetteer(tmp_path_factory, syria_sources: Path):
    """The default plus every source in ../shared/data/syria, built once per session."""
    return _build(tmp_path_factory, "full_gazetteer", [syria_sources])


@pytest.fixture(scope="session")
def ex():
    """An extractor over tests/tiny_places.py's hand-written gazetteer, for the extraction tests."""
    from geomap.extraction import Extractor
    from tiny_places import tiny_gazetteer

    return Extractor(tiny_gazetteer())
