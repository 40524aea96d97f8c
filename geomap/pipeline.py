"""Batch runs: documents stream in, events stream out, in constant memory.

    inputs -> read_inputs -> [skip what an earlier run finished] -> extract (N processes)
           -> sidecar <output>.partial.jsonl + <output>.state -> dedup -> output (atomic)

Each finished document appends one line to the sidecar (its content hash, events and
control records) and, once that line is flushed, its hash to the state file. An interrupted
run keeps both; `resume=True` skips the documents whose hash is in the state and merges the
old and new sidecar lines into the final output. A finished run deletes them.

Memory: the reader streams, at most a few dozen documents are in flight between the
processes (a semaphore bounds what the pool's feeder thread may take), and events go to
the sidecar as they come. Deduplication needs events in date order: they are sorted on disk
(a temporary SQLite table) and fed to `dedup.deduplicate_stream`, which holds about two
days of events, and on to the writer in small batches. Worker processes are replaced
every few thousand documents, so their caches stay bounded too. What stays in memory is
the set of finished hashes (for --resume) and the control records, both small beside the
documents.
"""
from __future__ import annotations

import functools
import gc
import hashlib
import json
import os
import pickle
import queue
import signal
import sqlite3
import tempfile
import threading
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from itertools import chain, islice
from multiprocessing import Pool
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO

from .atomic import atomic_path, is_stream
from .documents import ERROR, NOTE, WARNING, InputProblem, ReadStats, check_date, check_inputs, read_inputs
from .export import CONTROLS, EVENTS, EventWriter, check_output_folder
from .records import ControlRecord, Document, Event

CHUNKSIZE = 8  # documents per task sent to a worker process
# A worker process is replaced after this many tasks (8k documents): what the extractor
# keeps in its caches then cannot grow with the corpus. A fresh worker is forked from the
# parent, which holds the loaded gazetteer, so the cost is a few cold caches.
TASKS_PER_WORKER = 1000
# Events per batch between the sort, dedup and the writer: small, since up to three batches
# are alive at once and memory must not depend on how many events the corpus holds.
BATCH = 1000
_FLUSH_SECONDS = 1.0


class UsageError(ValueError):
    """A run that cannot start as asked (bad option, missing gazetteer)."""


class RunInterrupted(KeyboardInterrupt):
    """Ctrl-C during a run, raised once its state is saved: `saved` documents are finished in
    `state_path` (None when the output is stdout, and nothing can be resumed)."""

    def __init__(self, saved: int, state_path: Path | None):
        super().__init__(saved, state_path)
        self.saved, self.state_path = saved, state_path


@dataclass
class RunSummary:
    documents: int = 0  # documents extracted in this run
    skipped: int = 0  # finished by an earlier run (resume)
    failed: int = 0  # documents, records or files that could not be read or extracted
    warnings: int = 0
    notes: int = 0
    events_extracted: int = 0  # before deduplication, this run and resumed ones
    events: int = 0  # written
    events_without_place: int = 0
    controls: int = 0
    controls_dropped: int = 0  # control records that had nowhere to go (output on stdout)
    dates_replaced: int = 0  # records whose own date --date replaced (local engine)
    elapsed: float = 0.0
    output: str | None = None
    control_output: str | None = None
    error_log: str | None = None
    written: bool = False

    @property
    def nothing_read(self) -> bool:
        return self.documents == 0 and self.skipped == 0


def content_hash(doc: Document) -> str:
    """What identifies a document across runs: its id, text and date (two reports of one wire
    story, with their own ids, are two documents: resuming must not skip the second because the
    first was done)."""
    return hashlib.sha1(f"{doc.id}\0{doc.text}\0{doc.date or ''}".encode()).hexdigest()


@dataclass
class DocResult:
    """What one document gave: its content hash, records and problems; `ok` False when extraction failed."""

    hash: str
    events: list[Event] = field(default_factory=list)
    controls: list[ControlRecord] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
    ok: bool = True
    # The sidecar line, when a worker process made it (see `_extract_in_worker`).
    line: str | None = None


def _sidecar_line(result: DocResult) -> str:
    """The sidecar's JSON line for one document's records; "" when it has none."""
    if not result.events and not result.controls:
        return ""
    return json.dumps({"hash": result.hash, "events": [EVENTS.normal_row(EVENTS.to_row(e)) for e in result.events],
                       "controls": [CONTROLS.normal_row(CONTROLS.to_row(c)) for c in result.controls]},
                      ensure_ascii=False) + "\n"


def extract_one(extractor, item: tuple[str, Document]) -> DocResult:
    """One (hash, document) through the extractor; any failure becomes an error for this document only.

    The step both engines share (`geomap.distributed` calls it too), so they agree on every document.
    """
    h, doc = item
    try:
        result = extractor.extract_document(doc)
    except Exception as e:  # a bug on one odd document must not end a run of a million
        return DocResult(h, problems=[InputProblem(f"extraction failed: {type(e).__name__}: {e}", ERROR,
                                                   doc.path, doc_id=doc.id)], ok=False)
    # The extractor's warnings speak of the text ("place not found: X"), not of a fault in the
    # input: notes, so that --strict stays about unreadable or broken input.
    problems = [InputProblem(str(w), NOTE, doc.path, doc_id=doc.id) for w in result.warnings]
    if not result.events and not result.controls:
        what = "no events" if result.mentions else "no place names found; no events"
        problems.append(InputProblem(what, NOTE, doc.path, doc_id=doc.id))
    return DocResult(h, result.events, result.controls, problems)


# Worker processes build their extractor once, in the pool initializer; a process-wide
# variable is how multiprocessing hands state from the initializer to the tasks.
_worker_extractor = None


def _init_worker(make_extractor: Callable[[], object]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is handled once, by the parent
    global _worker_extractor
    _worker_extractor = make_extractor()
    # The gazetteer and the extractor live as long as the worker: out of the collector's
    # sight, its full collections no longer walk them (nor write to their pages, which the
    # worker shares with the parent it was forked from).
    gc.freeze()
    gc.set_threshold(*_RUN_GC_THRESHOLDS)


def freeze_for_run(stack: ExitStack) -> None:
    """Keep what exists now (the gazetteer, the extractor) out of the collector's full
    collections until the run ends, and collect less often meanwhile (_RUN_GC_THRESHOLDS), as
    the workers do (_init_worker), in this process (bench/extract_speed.py times its passes so too).

    Thawed when the run ends: a caller's own objects (a notebook's), frozen along with them,
    must not stay out of the collector's reach after it (the freeze is skipped when objects are
    frozen already, since thawing would undo that freeze too); its thresholds are restored."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        stack.callback(gc.unfreeze)
    stack.callback(gc.set_threshold, *gc.get_threshold())
    gc.set_threshold(*_RUN_GC_THRESHOLDS)


# A report makes tens of thousands of short-lived objects (tokens, matches) that reference
# counting frees; at the default thresholds (a young collection per 700 net allocations) the
# collector searches them for cycles hundreds of times a report: 5-15 % of a steady pass, for
# almost nothing found.
_RUN_GC_THRESHOLDS = (50_000, 50, 100)


def _extract_in_worker(item: tuple[str, Document]) -> DocResult:
    # The records go back as their sidecar line: made here, in parallel, not in the parent,
    # whose work is the serial part of the run (and a string pickles faster than Events).
    result = extract_one(_worker_extractor, item)
    result.line = _sidecar_line(result)
    result.events, result.controls = [], []
    return result


def _same(obj):
    return obj


def _make_extractor(gazetteer, for_workers: bool):
    from .extraction import Extractor
    from .resolver import Context

    if for_workers:
        # The fuzzy-match index is built on first use (0.2 s): here, in the parent, so that
        # the workers forked from it share it rather than each build its own.
        gazetteer.fuzzy_candidates("", Context().country)
    return Extractor(gazetteer)


def _check_gazetteer(gazetteer) -> None:
    """A store path (or GEOMAP_GAZETTEER) that does not exist is a usage error, found before any work."""
    from .config import NoStoreError, existing_store

    if gazetteer is None or isinstance(gazetteer, (str, os.PathLike)):
        try:
            existing_store(gazetteer)
        except NoStoreError as e:
            raise UsageError(str(e)) from None


def _load_gazetteer(gazetteer):
    """A Gazetteer object as given, else the store at a path, else the default."""
    if gazetteer is not None and not isinstance(gazetteer, (str, os.PathLike)):
        return gazetteer
    from .gazetteer import load_gazetteer

    try:
        return load_gazetteer(gazetteer)
    except (OSError, ValueError) as e:
        raise UsageError(f"cannot load the gazetteer: {e}") from None


# --- state of a resumable run ----------------------------------------------------------------

class _RunState:
    """Finished documents' hashes (state file) and their records (sidecar), both append-only.

    `previous` holds the hashes an earlier run finished; the sidecar lines it wrote before
    `resumed_at` count only when their hash is there (a line written just before a crash,
    whose hash never reached the state file, is redone). Lines of this run always count.
    Without an output file (stdout, a device) the sidecar is a temporary file and nothing is resumable.
    """

    def __init__(self, output: Path | None, resume: bool, stack: ExitStack):
        self.previous: set[str] = set()
        self.done = 0
        self.pending: list[str] = []
        self.last_flush = time.monotonic()
        if output is None or is_stream(output):
            fd, name = tempfile.mkstemp(prefix="geomap-", suffix=".partial.jsonl")
            os.close(fd)
            self.sidecar_path, self.state_path = Path(name), None
            stack.callback(self.sidecar_path.unlink, missing_ok=True)
        else:
            self.sidecar_path = output.with_name(output.name + ".partial.jsonl")
            self.state_path = output.with_name(output.name + ".state")
        found = self.state_path is not None and self.state_path.is_file() and self.sidecar_path.is_file()
        self.discarded = found and not resume
        resume = found and resume
        if resume:
            with open(self.state_path, encoding="ascii", errors="replace") as f:
                self.previous = {line.strip() for line in f if len(line.strip()) == 40}
        mode = "a" if resume else "w"
        self.sidecar = stack.enter_context(open(self.sidecar_path, mode, encoding="utf-8"))
        self.state = stack.enter_context(open(self.state_path, mode, encoding="ascii")) if self.state_path else None
        if resume:
            # A run killed mid-line leaves a torn last line; start the next one on a line of its own.
            self.sidecar.write("\n")
            self.state.write("\n")
        self.resumed_at = self.sidecar.tell()

    def add(self, result: DocResult) -> None:
        self.sidecar.write(result.line if result.line is not None else _sidecar_line(result))
        if result.ok:  # a failed document is tried again on resume
            self.done += 1
            self.pending.append(result.hash)
        if time.monotonic() - self.last_flush > _FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        # The sidecar reaches the disk before the hashes that vouch for it.
        self.sidecar.flush()
        if self.state is not None:
            self.state.write("".join(h + "\n" for h in self.pending))
            self.state.flush()
        self.pending = []
        self.last_flush = time.monotonic()

    def records(self) -> Iterator[tuple[list[dict], list[dict]]]:
        """Event and control rows (`export` layouts) of every finished document."""
        self.flush()
        seen: set[str] = set()  # earlier runs' documents, each once
        offset = 0
        with open(self.sidecar_path, "rb") as f:
            for line in f:
                offset += len(line)
                old = offset <= self.resumed_at
                try:
                    doc = json.loads(line)
                except ValueError:
                    continue  # blank, or torn by a crash
                if old:
                    if doc["hash"] in seen or doc["hash"] not in self.previous:
                        continue
                    seen.add(doc["hash"])
                yield _own_rows(doc["events"], EVENTS), _own_rows(doc["controls"], CONTROLS)

    def remove(self) -> None:
        for path in (self.sidecar_path, self.state_path):
            if path is not None:
                path.unlink(missing_ok=True)


def _own_rows(rows: list[dict], layout) -> list[dict]:
    """Sidecar rows ready for the writer: `_sidecar_line` wrote them normal; a line of another
    geomap version (a resumed run), with other fields, is made so."""
    return rows if all(list(r) == layout.names for r in rows) else list(map(layout.normal_row, rows))


def _by_day(events: Iterable[Event]) -> Iterator[Event]:
    """Events in date order, sorted on disk so that memory stays flat. Undated events come
    first, in the order they were added (one document's together, as dedup needs them).
    Pickled, not JSON: the table lives only as long as the run, and pickle takes half the time."""
    from .dedup import event_day

    with tempfile.TemporaryDirectory(prefix="geomap-sort-") as tmp:
        con = sqlite3.connect(Path(tmp) / "sort.sqlite")
        try:
            con.execute("CREATE TABLE e (day INTEGER, event BLOB)")
            for batch in _chunks(events, BATCH):
                con.executemany("INSERT INTO e VALUES (?, ?)",
                                [(event_day(e) or -1, pickle.dumps(e, pickle.HIGHEST_PROTOCOL)) for e in batch])
            for (blob,) in con.execute("SELECT event FROM e ORDER BY day, rowid"):
                yield pickle.loads(blob)
        finally:
            con.close()


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


# --- what the user sees ------------------------------------------------------------------

class _Reporter:
    """Problems on stderr (up to `max_lines`), the error log, and a progress bar when on a terminal.

    The error log is committed by `close`, also when the run is interrupted: it then tells
    what went wrong with the documents done so far.
    """

    def __init__(self, stream: TextIO | None, progress: bool | None, log_path: Path | None, max_lines: int = 100):
        self.stream = stream
        self.bar = bool(stream is not None and (progress if progress is not None else stream.isatty()))
        self.log_path, self.log_files, self.log = log_path, ExitStack(), None
        self.max_lines, self.shown, self.hidden = max_lines, 0, 0
        self.start = time.monotonic()
        self.last_draw = 0.0
        self.drawn = False

    def problem(self, p: InputProblem) -> None:
        if self.log is None and self.log_path is not None:
            tmp = self.log_files.enter_context(atomic_path(self.log_path))
            self.log = self.log_files.enter_context(open(tmp, "w", encoding="utf-8"))
        if self.log is not None:
            self.log.write(json.dumps(p.to_dict(), ensure_ascii=False) + "\n")
        if self.stream is None:
            return
        if self.shown >= self.max_lines:
            self.hidden += 1
            return
        self._clear()
        print(f"geomap: {p}", file=self.stream)
        self.shown += 1

    def tick(self, done: int, stats: ReadStats, force: bool = False) -> None:
        now = time.monotonic()
        if not self.bar or (not force and now - self.last_draw < 0.1):
            return
        self.last_draw = now
        elapsed = max(now - self.start, 1e-9)
        line = f"{done:,} documents  {done / elapsed:,.0f}/s"
        if stats.size_known and stats.bytes_total:
            frac = min(stats.bytes_read / stats.bytes_total, 1.0)
            filled = int(frac * 30)
            eta = elapsed * (1 - frac) / frac if frac > 0 else 0
            line = f"[{'#' * filled}{'.' * (30 - filled)}] {frac:4.0%}  {line}  ETA {int(eta) // 60}:{int(eta) % 60:02d}"
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()
        self.drawn = True

    def _clear(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.drawn = False

    def close(self) -> None:
        self.log_files.close()
        if self.stream is None:
            return
        self._clear()
        if self.hidden:
            where = f"see {self.log_path}" if self.log_path else "use --error-log FILE to keep them all"
            print(f"geomap: {self.hidden:,} more problem{'s' * (self.hidden != 1)} not shown ({where})",
                  file=self.stream)


# --- the run ---------------------------------------------------------------------------------

def run_extract(inputs: Iterable[str | os.PathLike], output: str | os.PathLike | None = None, *,
                fmt: str | None = None, date: str | None = None, jobs: int = 1, gazetteer=None,
                dedup: bool = True, resume: bool = False,
                error_log: str | os.PathLike | None = None, progress: bool | None = None,
                engine: str = "local", scheduler: str | None = None, extractor=None,
                stderr: TextIO | None = None, stdout: TextIO | None = None) -> RunSummary:
    """Extract events from every document of `inputs` and write them to `output` (stdout when None or "-";
    a folder or a path without extension gets partitioned GeoParquet, `parquet_dir.ParquetDirWriter`).

    `gazetteer` is a Gazetteer or the path of a store (default: `load_gazetteer()`); `extractor`
    (anything with `extract_document(doc)`) replaces the default `Extractor(gazetteer)`.
    `jobs` worker processes (0 = one per core). `engine="dask"` runs on Dask instead (a local
    cluster, or the one at `scheduler`), without resume. Problems go to `stderr` (when given)
    and to the error log: `error_log`, else `<output>.errors.jsonl` when there were any.
    Nothing is written when nothing could be read; else every document that could be read is
    written, whatever failed beside it. Raises UsageError (bad options, missing gazetteer or Dask), InputError (no input
    that can be read, a date not YYYY-MM-DD, an output folder holding other files), ExportError
    (bad format, or one the extension contradicts; an output folder that does not exist) before
    any work; RunInterrupted (a KeyboardInterrupt) after saving the state, so that `resume=True`
    continues. A missing input among others is an error in the run, not an exception.
    """
    start = time.perf_counter()
    output = Path(output) if output is not None and str(output) != "-" else None  # "-o -": stdout
    if engine not in ("local", "dask"):
        raise UsageError(f"unknown engine {engine!r} (use local or dask)")
    writer = _writer(output, fmt, stdout)  # checks the format and the target first
    for target in (output, error_log):
        if target is not None:
            check_output_folder(target)
    date = check_date(date)  # here for both engines: ISO only, and the Dask engine's own check is lenient
    if jobs < 0:
        raise UsageError(f"--jobs {jobs}: give a number of processes (0 = all cores)")
    jobs = jobs or os.cpu_count() or 1
    filed = output is not None and not is_stream(output)  # sidecars go beside a file, not beside /dev/null
    if resume and (not filed or engine == "dask"):
        raise UsageError("--resume needs an output file (-o) and the local engine")
    sidecars = [output.with_name(output.name + s) for s in (".partial.jsonl", ".state", ".errors.jsonl")] if filed else []
    log_path = Path(error_log) if error_log else (sidecars[2] if filed else None)
    stats = ReadStats()
    if engine == "local":
        items = read_inputs(inputs, date, stats=stats, exclude=[p for p in (output, log_path, *sidecars) if p])
    else:
        inputs, input_problems = check_inputs(inputs)
    if extractor is None:
        _check_gazetteer(gazetteer)

    summary = RunSummary(output=str(output) if output else None)
    state = None
    with ExitStack() as stack:
        reporter = _Reporter(stderr, progress, log_path)
        stack.callback(reporter.close)
        count = functools.partial(_count, summary, reporter)
        if engine == "dask":
            for p in input_problems:
                count(p)
            batches = _run_dask(inputs, date, gazetteer, jobs, scheduler, dedup, summary, count,
                                extractor, [log_path] if log_path else [])
        else:
            state = _RunState(output, resume, stack)
            if state.discarded:
                reporter.problem(InputProblem("an interrupted run's state was found and discarded "
                                              "(use --resume to continue such a run)", NOTE, str(state.state_path)))
            if state.previous:
                reporter.problem(InputProblem(f"resuming: {len(state.previous):,} documents already done", NOTE,
                                              str(state.state_path)))
            # Loaded when the first document needs it: unreadable input fails fast.
            make_extractor = (lambda: extractor) if extractor else (
                lambda: _make_extractor(_load_gazetteer(gazetteer), jobs > 1))
            _run_local(items, make_extractor, jobs, state, summary, count, reporter, stats, stack)
            batches = _merged(state, dedup, summary)
        if not summary.nothing_read:  # nothing read: nothing to write
            with writer:
                for events, controls in batches:
                    writer.write_rows(events, controls)
            summary.events, summary.events_without_place = writer.events, writer.without_place
            summary.controls, summary.controls_dropped = writer.controls, writer.controls_dropped
            summary.control_output = str(writer.control_file) if writer.control_file else None
            summary.written = True
    if state is not None:
        state.remove()
    summary.dates_replaced = stats.dates_replaced
    if summary.dates_replaced and stderr is not None:
        print(f"geomap: note: --date {date} replaced the own date of {summary.dates_replaced:,} "
              f"record{'s' * (summary.dates_replaced != 1)}", file=stderr)
    if reporter.log is not None:
        summary.error_log = str(log_path)
    elif filed and not error_log:
        log_path.unlink(missing_ok=True)  # an old run's log would speak of other problems
    summary.elapsed = time.perf_counter() - start
    return summary


def _writer(output: Path | None, fmt: str | None, stdout: TextIO | None):
    """An EventWriter, or for a folder (`-o events/`) a writer of partitioned GeoParquet."""
    from . import parquet_dir

    if parquet_dir.is_parquet_dir(output, fmt):
        return parquet_dir.ParquetDirWriter(output)
    return EventWriter(output, fmt, stdout=stdout)


def _count(summary: RunSummary, reporter: _Reporter, p: InputProblem) -> None:
    if p.severity == ERROR:
        summary.failed += 1
    elif p.severity == WARNING:
        summary.warnings += 1
    else:
        summary.notes += 1
    reporter.problem(p)


def _run_local(items: Iterator, make_extractor: Callable[[], object], jobs: int, state: _RunState,
               summary: RunSummary, count: Callable[[InputProblem], None], reporter: _Reporter, stats: ReadStats,
               stack: ExitStack) -> None:
    """Extract every document not done yet, in this process or a pool, into the run state."""
    # The feeder runs in the pool's task thread: it hands problems over through a queue,
    # and may run at most `slots` documents ahead of the results.
    problems: queue.SimpleQueue = queue.SimpleQueue()
    slots = threading.Semaphore(jobs * CHUNKSIZE * 4)
    stop = threading.Event()

    def feed() -> Iterator[tuple[str, Document]]:
        for item in items:
            if isinstance(item, InputProblem):
                problems.put(item)
                continue
            h = content_hash(item)
            if h in state.previous:
                summary.skipped += 1
                continue
            while not slots.acquire(timeout=0.2):
                if stop.is_set():  # the run is over (Ctrl-C): let the pool shut down
                    return
            yield h, item

    def drain() -> None:
        while not problems.empty():
            count(problems.get())

    try:
        todo = feed()
        first = next(todo, None)
        drain()
        if first is None:
            return
        todo = chain([first], todo)
        extractor = make_extractor()
        if jobs == 1:
            freeze_for_run(stack)
            results = map(functools.partial(extract_one, extractor), todo)
        else:
            pool = stack.enter_context(Pool(jobs, _init_worker, (functools.partial(_same, extractor),),
                                            maxtasksperchild=TASKS_PER_WORKER))
            stack.callback(stop.set)
            results = pool.imap(_extract_in_worker, todo, CHUNKSIZE)
        for result in results:
            slots.release()
            summary.documents += result.ok
            state.add(result)
            for p in result.problems:
                count(p)
            drain()
            reporter.tick(summary.documents + summary.skipped, stats)
        drain()
        reporter.tick(summary.documents + summary.skipped, stats, force=True)
    except KeyboardInterrupt:
        state.flush()
        raise RunInterrupted(len(state.previous) + state.done, state.state_path) from None


def _dask():
    """geomap.distributed, or a clear message when Dask is not installed."""
    try:
        from . import distributed
        import dask.bag  # noqa: F401  (imported by the engine only when it runs)
    except ImportError:
        raise UsageError("--engine dask needs Dask: pip install 'geomap[dask]'") from None
    return distributed


def _run_dask(inputs, date, gazetteer, jobs, scheduler, dedup, summary, count, extractor, exclude):
    """The whole extraction on Dask (geomap.distributed); its problems reported like local ones."""
    engine = _dask()
    try:
        run = engine.run_dask([str(p) for p in inputs], date=date, gazetteer=gazetteer, jobs=jobs,
                              scheduler=scheduler, dedup=dedup, exclude=exclude,
                              make_extractor=functools.partial(_same, extractor) if extractor else None)
    except engine.DaskEngineError as e:
        raise UsageError(str(e)) from None
    for p in run.problems:
        count(p)
    summary.documents = run.documents
    summary.events_extracted = run.reports_in
    return [([EVENTS.to_row(e) for e in run.events], [CONTROLS.to_row(c) for c in run.controls])]


def _merged(state: _RunState, dedup: bool, summary: RunSummary) -> Iterator[tuple[list[dict], list[dict]]]:
    """The finished documents' event and control rows, in batches, deduplicated when asked.
    Without dedup the sidecar's rows go to the writer as they are: no records in between."""
    if not dedup:
        for events, controls in state.records():
            summary.events_extracted += len(events)
            yield events, controls
        return
    from .dedup import deduplicate_stream

    controls: list[dict] = []

    def events() -> Iterator[Event]:
        for rows, ctls in state.records():
            summary.events_extracted += len(rows)
            controls.extend(ctls)
            yield from map(EVENTS.from_row, rows)

    for batch in _chunks(deduplicate_stream(_by_day(events())), BATCH):
        yield list(map(EVENTS.to_row, batch)), []
    yield [], controls
