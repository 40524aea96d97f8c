"""Gazetteer sources: one small reader per format, and the detection that picks the reader.

`detect(path)` looks at a file's name and its first bytes and says which reader handles it;
`discover(dirs)` does that for every file under the source folders.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import geonames_dump, ocha_admin, ocha_communities, syrian_archive, user_csv
from .report import BuildReport

__all__ = ["BuildReport", "Discovered", "SourceError", "detect", "discover", "READERS"]

# Reader kind -> test on (path, first 64 KB of text). Order matters: the most specific first.
READERS = {
    "syrian-archive-locations": syrian_archive.recognises_locations,
    "syrian-archive-landmarks": syrian_archive.recognises_landmarks,
    "ocha-community-names": ocha_communities.recognises_names,
    "ocha-subdistrict-names": ocha_communities.recognises_subdistricts,
    "ocha-communities": ocha_communities.recognises_points,
    "ocha-admin": ocha_admin.recognises,
    "geonames-dump": geonames_dump.recognises,
    "user-csv": user_csv.recognises,
}
# Companions of a shapefile and other files that are never sources on their own: not worth a warning.
_SIDECARS = {".dbf", ".shx", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".xml", ".md"}


class SourceError(ValueError):
    """A source folder or file that does not exist or cannot be listed."""


@dataclass
class Discovered:
    """Files found in the source folders, grouped by reader kind."""

    files: dict[str, list[Path]] = field(default_factory=dict)
    unrecognised: list[Path] = field(default_factory=list)

    def of(self, kind: str) -> list[Path]:
        return self.files.get(kind, [])


def head(path: Path, size: int = 65536) -> str:
    with open(path, "rb") as f:
        return f.read(size).decode("utf-8", errors="replace").lstrip("\ufeff")


def detect(path: Path) -> str | None:
    """The reader kind for this file, or None when no reader recognises it."""
    path = Path(path)
    if path.name.lower().endswith(".places.csv"):
        return "user-csv"
    try:
        text = head(path)
    except OSError:
        return None
    return next((kind for kind, test in READERS.items() if test(path, text)), None)


def discover(paths: list[Path]) -> Discovered:
    """Every source file under `paths` (folders are walked; files are taken as they are)."""
    found = Discovered()
    for root in map(Path, paths):
        if not root.exists():
            raise SourceError(f"source folder not found: {root}")
        try:
            files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        except OSError as e:
            raise SourceError(f"cannot list source folder {root}: {e}") from None
        for path in files:
            if path.name.startswith(".") or path.suffix.lower() in _SIDECARS:
                continue
            kind = detect(path)
            if kind is None:
                found.unrecognised.append(path)
            else:
                found.files.setdefault(kind, []).append(path)
    return found
