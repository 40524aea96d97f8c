"""The Dask engine: the same extraction as the local one, spread over worker processes.

The input (files, folders, JSONL shards) is cut into chunks - a file, or a byte range of a
big JSONL file - and the chunks into the partitions of a `dask.bag`. Each worker loads the
gazetteer and builds its `Extractor` once (a worker plugin), then reads and extracts the
documents of its partitions; the driver collects the events, deduplicates them with
`geomap.dedup` (the same function as the local engine) and writes them out.

Runs on a LocalCluster of `jobs` single-threaded worker processes by default, or on a running
cluster given by its scheduler address (`tcp://HOST:PORT`). On a real cluster every worker
must be able to import geomap and read the input paths and the gazetteer path.
"""
from __future__ import annotations

import contextlib
import functools
import logging
import os
import threading
import time
from dataclasses import dataclass, field
from itertools import chain, repeat
from pathlib import Path
from typing import Callable, Iterator, Sequence

from . import documents
from .dedup import deduplicate
from .pipeline import UsageError, extract_one
from .documents import JSONL_EXTS, KNOWN_EXTS, NOTE, InputError, InputProblem, ReadStats
from .records import ControlRecord, Document, Event

try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # Dask is an extra; `dask_client` says so when it is missing
    WorkerPlugin = object

# A JSONL file bigger than this is split into byte ranges of about this size, so that one
# big file still spreads over every worker.
CHUNK_BYTES = 8_000_000
_PLUGIN = "geomap-extractor"
CONNECT_TIMEOUT = "15s"


class DaskEngineError(UsageError):
    """The cluster cannot be started or reached, or Dask is not installed (a usage error: exit 2)."""


@dataclass(frozen=True)
class Chunk:
    """A unit of input: a whole file, or lines [first_line, ...) at bytes [start, end) of a JSONL file."""

    path: str
    start: int = 0
    end: int | None = None
    first_line: int = 1


@dataclass
class PartResult:
    """What one partition gives back to the driver."""

    events: list[Event] = field(default_factory=list)
    controls: list[ControlRecord] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
    documents: int = 0
    failed: int = 0  # documents the extractor failed on


@dataclass
class DaskRun:
    events: list[Event]
    controls: list[ControlRecord]
    problems: list[InputProblem]
    documents: int
    failed: int
    partitions: int
    reports_in: int  # events before deduplication
    seconds: float


# ---------------------------------------------------------------- planning (driver)

def plan_chunks(paths: Sequence[str | os.PathLike], chunk_bytes: int = CHUNK_BYTES,
                exclude: Sequence[str | os.PathLike] = ()) -> tuple[list[Chunk], list[InputProblem]]:
    """The chunks of the inputs, in the order the local reader reads them, and the files it skips.

    Folder walks leave out `exclude` (the run's own output, files or folders).
    """
    skip = [os.path.abspath(x) for x in exclude]
    paths = [str(p) for p in paths]
    if not paths:
        raise InputError("no input given")
    if "-" in paths:
        raise InputError("--engine dask reads files and folders, not standard input")
    for p in paths:
        if not os.path.exists(p):
            raise InputError(f"{p}: no such file or folder")
    chunks: list[Chunk] = []
    skipped: list[InputProblem] = []
    for p in paths:
        if not os.path.isdir(p):
            chunks.extend(_file_chunks(Path(p), chunk_bytes))
            continue
        for f in documents.walk_files(Path(p)):  # the local reader's own walk, so the order is the same
            if documents.is_excluded(f, skip):
                continue
            if f.suffix.lower() in KNOWN_EXTS:
                chunks.extend(_file_chunks(f, chunk_bytes))
            else:
                skipped.append(InputProblem("skipped: not a .txt, .html, .json or .jsonl file", NOTE, str(f)))
    return chunks, skipped


def _file_chunks(path: Path, chunk_bytes: int) -> list[Chunk]:
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # the worker's reader reports it
    if path.suffix.lower() not in JSONL_EXTS or size <= chunk_bytes:
        return [Chunk(str(path))]
    chunks, start, offset, first, line = [], 0, 0, 1, 0
    with open(path, "rb") as f:
        for raw in f:
            offset += len(raw)
            line += 1
            if offset - start >= chunk_bytes:
                chunks.append(Chunk(str(path), start, offset, first))
                start, first = offset, line + 1
    if offset > start:
        chunks.append(Chunk(str(path), start, offset, first))
    return chunks


def partition(items: list, n: int) -> list[list]:
    """`n` runs of consecutive items of near-equal length (fewer when there are fewer items), order kept."""
    n = max(1, min(n, len(items)))
    size, extra = divmod(len(items), n)
    out, i = [], 0
    for k in range(n):
        j = i + size + (k < extra)
        out.append(items[i:j])
        i = j
    return out


# ---------------------------------------------------------------- reading and extracting (workers)

def read_chunk(chunk: Chunk, date: str | None = None) -> Iterator[Document | InputProblem]:
    """The documents of one chunk, exactly as the local reader gives them for that part of the input."""
    if chunk.end is None:
        yield from documents.read_inputs([chunk.path], date)
        return
    path = Path(chunk.path)
    with open(path, "rb") as f:
        f.seek(chunk.start)
        lines = _lines_until(f, chunk.end - chunk.start)
        # Blank lines are skipped by the reader; they keep the line numbers (hence the default
        # ids "file:line") equal to those of a whole-file read.
        padded = chain(repeat(b"", chunk.first_line - 1), lines)
        yield from documents.jsonl_documents(padded, path.name, str(path), date, ReadStats())


def _lines_until(f, limit: int) -> Iterator[bytes]:
    read = 0
    while read < limit:
        raw = f.readline()
        if not raw:
            return
        read += len(raw)
        yield raw


def _extractor_from_store(gazetteer_path: str | None):
    from .gazetteer import load_gazetteer

    return _extractor_of(load_gazetteer(gazetteer_path, quiet=True))


def _extractor_of(gazetteer):
    from .extraction import Extractor

    return Extractor(gazetteer)


def _extractor_factory(gazetteer, scheduler: str | None) -> Callable[[], object]:
    """How workers build their extractor: from a store path (loaded on the worker), or from a
    Gazetteer object (shipped to each worker once)."""
    if gazetteer is not None and not isinstance(gazetteer, (str, os.PathLike)):
        return functools.partial(_extractor_of, gazetteer)
    if gazetteer is None and scheduler is None:
        from .config import store_path
        from .gazetteer import load_gazetteer

        if not store_path().is_file():  # build the default once here, not once per worker
            load_gazetteer(None)
        gazetteer = store_path()
    elif gazetteer is not None and not Path(gazetteer).is_file():
        raise UsageError(f"no gazetteer at {gazetteer} (build one with: geomap gazetteer build -o {gazetteer})")
    return functools.partial(_extractor_from_store, str(gazetteer) if gazetteer is not None else None)


class _ExtractorPlugin(WorkerPlugin):
    """Holds one extractor per worker, built at first use (so a bad gazetteer fails a task, not the worker)."""

    name = _PLUGIN

    def __init__(self, make_extractor: Callable[[], object]):
        self.make_extractor = make_extractor
        self._extractor = None

    def setup(self, worker=None) -> None:
        self._lock = threading.Lock()

    def teardown(self, worker=None) -> None:
        self._extractor = None

    def extractor(self):
        with self._lock:
            if self._extractor is None:
                self._extractor = self.make_extractor()
            return self._extractor


def extract_chunks(chunks: list[Chunk], extractor, date: str | None = None) -> PartResult:
    """Read and extract every document of `chunks` (the body of one partition)."""
    out = PartResult()
    for chunk in chunks:
        for item in read_chunk(chunk, date):
            if isinstance(item, InputProblem):
                out.problems.append(item)
                continue
            result = extract_one(extractor, ("", item))  # the local engine's own step: both engines agree
            out.documents += result.ok
            out.failed += not result.ok
            out.events.extend(result.events)
            out.controls.extend(result.controls)
            out.problems.extend(result.problems)
    return out


def _run_partition(parts: list[list[Chunk]], date: str | None) -> list[PartResult]:
    from distributed import get_worker

    extractor = get_worker().plugins[_PLUGIN].extractor()
    return [extract_chunks(chunks, extractor, date) for chunks in parts]


# ---------------------------------------------------------------- the cluster (driver)

@contextlib.contextmanager
def dask_client(jobs: int | None = None, scheduler: str | None = None):
    """A Client on `scheduler`, or on a LocalCluster of `jobs` single-threaded worker processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:
        raise DaskEngineError("--engine dask needs Dask: pip install 'geomap[dask]'") from e
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as e:
            raise DaskEngineError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
        with client:
            yield client
        return
    with LocalCluster(n_workers=max(1, jobs or os.cpu_count() or 1), threads_per_worker=1, processes=True,
                      dashboard_address=":0", silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def run_dask(paths: Sequence[str | os.PathLike], *, date: str | None = None, gazetteer=None,
             jobs: int | None = None, scheduler: str | None = None, dedup: bool = True,
             partitions: int | None = None, chunk_bytes: int = CHUNK_BYTES, client=None,
             exclude: Sequence[str | os.PathLike] = (),
             make_extractor: Callable[[], object] | None = None) -> DaskRun:
    """Extract events from `paths` on Dask; the same events as the local engine.

    `gazetteer` is a store path (each worker loads it; on a real cluster the path must exist
    there), a Gazetteer object (shipped to each worker), or None (the default store).
    `partitions` defaults to 4 per worker (enough to balance uneven files). Pass a `client`
    to reuse a running one. `make_extractor` (a picklable function, called once per worker)
    replaces the default `Extractor(gazetteer)`. Raises InputError for unusable inputs,
    UsageError for a missing gazetteer, DaskEngineError when the cluster cannot be used.
    """
    import dask.bag as db

    started = time.perf_counter()
    if date is not None:
        parsed = documents.parse_date(date)
        if parsed is None:
            raise InputError(f"--date {date!r} is not a date (use YYYY-MM-DD)")
        date = parsed
    chunks, problems = plan_chunks(paths, chunk_bytes, exclude)
    if make_extractor is None:
        make_extractor = _extractor_factory(gazetteer, scheduler)
    with contextlib.nullcontext(client) if client is not None else dask_client(jobs, scheduler) as c:
        c.register_plugin(_ExtractorPlugin(make_extractor), name=_PLUGIN)
        workers = len(c.scheduler_info().get("workers", {})) or jobs or 1
        parts = partition(chunks, partitions or 4 * workers) if chunks else []
        try:
            results: list[PartResult] = c.compute(
                db.from_sequence(parts, npartitions=len(parts)).map_partitions(_run_partition, date)
            ).result() if parts else []
        except (KeyboardInterrupt, DaskEngineError):
            raise
        except Exception as e:  # per-document failures are caught in the task; this is a worker's
            raise DaskEngineError(f"a Dask worker failed: {type(e).__name__}: {e}") from e
    events = [e for r in results for e in r.events]
    reports_in = len(events)
    if dedup:
        events = deduplicate(events)
    return DaskRun(events=events, controls=[c for r in results for c in r.controls],
                   problems=problems + [p for r in results for p in r.problems],
                   documents=sum(r.documents for r in results), failed=sum(r.failed for r in results),
                   partitions=len(results),
                   reports_in=reports_in, seconds=time.perf_counter() - started)
