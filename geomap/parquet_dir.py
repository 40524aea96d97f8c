"""Partitioned GeoParquet output: a folder of part files, written as events stream in.

Both engines write through `ParquetDirWriter` (`-o events/`); it lives apart from the Dask
engine so that a local run does not import Dask.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterable, Sequence

from .documents import InputError
from .export import CONTROLS, EVENTS, ArrowWriter, write_events
from .records import ControlRecord, Event

PART_ROWS = 100_000  # events per part file of a partitioned GeoParquet output


class ParquetDirWriter:
    """Writes events, as they come, to a directory of GeoParquet files `part-NNNNN.parquet` of
    `rows_per_part` (default `PART_ROWS`) events each (control records in `_control/`), readable whole with
    `geopandas.read_parquet(directory)` or lazily with dask_geopandas.

    The same interface and counts as `export.EventWriter`, so both engines write through it.
    Parts are filled in the order the events come (the runs give them in date order). The
    target is checked at once: an existing directory is replaced only when it holds nothing
    but such parts. The whole directory appears when the block completes: it is written
    beside the target and renamed over it; on error nothing changes.
    """

    def __init__(self, directory: str | os.PathLike, rows_per_part: int | None = None):
        self.directory = Path(directory)
        if self.directory.exists() and not self.directory.is_dir():
            raise InputError(f"{self.directory} exists and is not a directory")
        if self.directory.is_dir():
            foreign = [p.name for p in self.directory.iterdir()
                       if not (p.name.startswith("part-") or p.name == "_control")]
            if foreign:
                raise InputError(f"{self.directory} holds other files ({foreign[0]}, ...); "
                                 f"give a new or empty folder for partitioned GeoParquet")
        self.rows_per_part = max(1, rows_per_part or PART_ROWS)
        self.events = self.without_place = self.controls = self.controls_dropped = 0
        self.control_file: Path | None = None
        self._pending: list[Event] = []
        self._parts = 0
        self._tmp: Path | None = None
        self._stack = contextlib.ExitStack()
        self._control_writer = None

    def __enter__(self) -> ParquetDirWriter:
        self.directory.parent.mkdir(parents=True, exist_ok=True)
        self._tmp = Path(tempfile.mkdtemp(prefix=f".{self.directory.name}.", suffix=".part",
                                          dir=self.directory.parent))
        return self

    def write(self, events: Iterable[Event] = (), controls: Iterable[ControlRecord] = ()) -> None:
        for e in events:
            self._pending.append(e)
            if len(self._pending) >= self.rows_per_part:
                self._write_part()
        controls = list(controls)
        if controls:
            if self._control_writer is None:
                # Apart from the parts (a directory read must see one schema): Arrow skips "_"
                # folders. `geopandas.read_parquet(directory / "_control")` reads them. The folder
                # is moved into place whole, so the file needs no atomic write of its own.
                (self._tmp / "_control").mkdir()
                self._control_writer = ArrowWriter(self._tmp / "_control" / "events.control.parquet", CONTROLS,
                                                   "parquet")
                self._stack.callback(self._control_writer.close)
            self._control_writer.write([CONTROLS.to_row(c) for c in controls])
            self.controls += len(controls)

    def write_rows(self, events: list[dict], controls: list[dict] = ()) -> None:
        """`write` for rows (`EventWriter.write_rows`), as the local engine gives them."""
        self.write(map(EVENTS.from_row, events), map(CONTROLS.from_row, controls))

    def _write_part(self) -> None:
        counts = write_events(self._tmp / f"part-{self._parts:05d}.parquet", self._pending)
        self.events += counts.events
        self.without_place += counts.without_place
        self._parts += 1
        self._pending = []

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            self._stack.__exit__(exc_type, exc, tb)
            if exc_type is not None:
                return
            if self._pending or not self._parts:  # an empty run still leaves a readable part
                self._write_part()
            if self.controls:
                self.control_file = self.directory / "_control"
            old = None
            if self.directory.exists():
                old = self.directory.with_name(f".{self.directory.name}.old-{os.getpid()}")
                self.directory.rename(old)
            self._tmp.rename(self.directory)
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
        finally:
            if self._tmp.exists():
                shutil.rmtree(self._tmp, ignore_errors=True)

    def parts(self) -> list[Path]:
        return sorted(self.directory.glob("part-*.parquet"))


def write_parquet_dir(directory: str | os.PathLike, events: Sequence[Event], controls: Sequence[ControlRecord] = (),
                      partitions: int = 1) -> list[Path]:
    """Write `events`, sorted by date and id, as `partitions` GeoParquet parts of equal size
    (see `ParquetDirWriter`); returns the part files."""
    ordered = sorted(events, key=lambda e: (e.event_date or "", e.event_id))
    with ParquetDirWriter(directory, -(-len(ordered) // max(1, partitions)) or 1) as writer:
        writer.write(ordered, controls)
    return writer.parts()


def is_parquet_dir(output: str | os.PathLike | None, fmt: str | None = None) -> bool:
    """Does `output` ask for partitioned GeoParquet: an existing folder, or a path with no
    extension (`-o events/`), with no other format asked for."""
    if output is None or (fmt and fmt.lower().lstrip(".") not in ("parquet", "geoparquet")):
        return False
    return Path(output).is_dir() or not Path(output).suffix

