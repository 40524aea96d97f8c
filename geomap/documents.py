"""Input readers: files, folders and standard input turned into a stream of `Document`s.

`read_inputs` yields `Document`s and `InputProblem`s in one stream, so a bad file or a broken
JSONL line is reported for itself and never stops the others. Nothing is loaded whole that
need not be: JSONL is read line by line and a long text file block by block.

Long texts: one document holds at most `MAX_DOC_BYTES` of UTF-8. A longer text (a 50 MB
dump saved as one .txt, a JSONL record with a whole book in it) is split at paragraph or
line breaks into parts with ids `name#1`, `name#2`, ... and a warning says so. Splitting
rather than truncating keeps every event; a real report is never near the limit.
"""
from __future__ import annotations

import codecs
import json
import os
import re
import sys
from dataclasses import asdict, dataclass
from datetime import datetime
from html.parser import HTMLParser
from itertools import chain
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from .records import Document

MAX_DOC_BYTES = 1_000_000
ERROR, WARNING, NOTE = "error", "warning", "note"

TEXT_EXTS = {".txt", ".text"}
HTML_EXTS = {".html", ".htm", ".xhtml"}
JSONL_EXTS = {".jsonl", ".ndjson"}
JSON_EXTS = {".json"}
KNOWN_EXTS = TEXT_EXTS | HTML_EXTS | JSONL_EXTS | JSON_EXTS
NOT_A_REPORT = "skipped: not a .txt, .html, .json or .jsonl file"

# Field names tried, in order, for each Document field of a JSON record (publishers' own
# exports use their own names: Airwars' archive has source_id, original_url, publisher).
_RECORD_FIELDS = {
    "id": ("id", "doc_id", "source_id"),
    "date": ("date", "publication_date", "published", "published_at"),
    "url": ("url", "original_url", "link"),
    "source": ("source", "publisher"),
    "title": ("title", "headline"),
}
_BAD_BYTES_SHOWN = 10
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\b\x1b")


@dataclass
class InputProblem:
    """Something wrong with one input file, record or document.

    severity: "error" (that document or file was skipped), "warning" (read, with a caveat),
    "note" (for information, e.g. a text that names no place).
    """

    message: str
    severity: str = ERROR
    path: str | None = None
    line: int | None = None
    doc_id: str | None = None

    def where(self) -> str:
        if self.doc_id:
            return self.doc_id
        if self.path and self.line:
            return f"{self.path}:{self.line}"
        return self.path or "input"

    def __str__(self) -> str:
        return f"{self.severity}: {self.where()}: {self.message}"

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ReadStats:
    """How far the reader has got, for progress bars (sizes in bytes; stdin counts as unknown)."""

    bytes_total: int = 0
    bytes_read: int = 0
    size_known: bool = True
    dates_replaced: int = 0  # records whose own, different date the --date option replaced


class InputError(ValueError):
    """An unusable argument: no input that can be read, a date that is not a date."""


def check_date(date: str | None) -> str | None:
    """The --date option, when it is a real day written YYYY-MM-DD; InputError otherwise.

    Only ISO: 03/04/2018 is 3 April in Europe and 4 March in America, and a wrong guess
    would silently misdate every event of the run.
    """
    if date is None:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            return datetime.strptime(date, "%Y-%m-%d").date().isoformat()
    except ValueError:
        pass
    raise InputError(f"--date {date!r} is not a date (use YYYY-MM-DD)")


def is_report_file(path: Path, named: bool) -> bool:
    """Is `path` a file to read, by its extension? A file without one is read as text when it
    is named on the command line; in a folder such files are READMEs, LICENSEs and the like."""
    ext = path.suffix.lower()
    return ext in KNOWN_EXTS or (named and not ext)


def check_inputs(paths: Iterable[str | os.PathLike], *, required: bool = True) -> tuple[list[str], list[InputProblem]]:
    """The inputs that can be read, and an error for each one that cannot: a path that does not
    exist, or a named file of a kind geomap does not read (a .csv, a .pdf). One bad input among
    several must not stop the others; InputError when no input is left at all, if `required`."""
    paths = [str(p) for p in paths]
    if not paths and required:
        raise InputError("no input given")
    usable, problems = [], []
    for p in paths:
        if not (p == "-" or os.path.exists(p)):
            problems.append(InputProblem("no such file or folder", ERROR, p))
        elif p == "-" or os.path.isdir(p) or is_report_file(Path(p), named=True):
            usable.append(p)
        else:
            problems.append(InputProblem(NOT_A_REPORT, ERROR, p))
    if not usable and problems and required:
        first = f"{problems[0].path}: {problems[0].message}"
        raise InputError(first if len(problems) == 1 else f"no input can be read ({first}; {len(problems) - 1} more)")
    return usable, problems


def parse_date(text: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from the usual ways a date is written, or None."""
    text = text.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    for fmt in ("%Y/%m/%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d %B %Y", "%d %b %Y", "%B %d, %Y"):
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def read_inputs(paths: Iterable[str | os.PathLike], date: str | None = None, *,
                stats: ReadStats | None = None,
                exclude: Iterable[str | os.PathLike] = ()) -> Iterator[Document | InputProblem]:
    """Stream the documents of files, folders (walked recursively) and "-" (standard input).

    `date` (the --date option, YYYY-MM-DD) overrides every record's own date; `stats` counts
    the records whose own date differed. Raises InputError at once for a bad date or when no
    input can be read (`check_inputs`); every other problem, a missing input among others
    too, is an `InputProblem` in the stream. `exclude` names files or folders a folder walk
    must not read (the run's own output and sidecars).
    """
    date = check_date(date)
    paths, problems = check_inputs(paths)
    stats = stats if stats is not None else ReadStats()
    for p in paths:
        if p == "-":
            stats.size_known = False
        elif os.path.isdir(p):
            stats.bytes_total += sum(f.stat().st_size for f in walk_files(Path(p)) if is_report_file(f, named=False))
        else:
            stats.bytes_total += os.path.getsize(p)
    skip = {os.path.abspath(p) for p in exclude}
    return chain(problems, _read_all(paths, date, stats, skip))


def _read_all(paths: list[str], date: str | None, stats: ReadStats, skip: set[str]):
    for p in paths:
        if p == "-":
            yield from _read_stdin(sys.stdin.buffer, date, stats)
        elif os.path.isdir(p):
            for f in walk_files(Path(p)):
                if is_excluded(f, skip):
                    continue
                if is_report_file(f, named=False):
                    yield from _read_file(f, date, stats)
                else:
                    yield InputProblem(NOT_A_REPORT, NOTE, str(f))
        else:
            yield from _read_file(Path(p), date, stats)


def is_excluded(path: str | os.PathLike, skip: Iterable[str]) -> bool:
    """Is `path` one of the absolute paths `skip`, or inside one of them (an output folder)?"""
    here = os.path.abspath(path)
    return any(here == x or here.startswith(x + os.sep) for x in skip)


def walk_files(root: Path) -> Iterator[Path]:
    """Files below `root`, sorted, hidden files and folders left out (the order every engine reads them in)."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def _read_file(path: Path, date: str | None, stats: ReadStats) -> Iterator[Document | InputProblem]:
    ext = path.suffix.lower()
    try:
        with open(path, "rb") as f:
            head = f.read(8192)
            problem = check_head(head, str(path))
            if problem:
                stats.bytes_read += os.path.getsize(path)
                yield problem
                return
            f.seek(0)
            if ext in JSONL_EXTS:
                yield from jsonl_documents(f, path.name, str(path), date, stats)
            elif ext in JSON_EXTS:
                yield from _json_documents(f.read(), path.name, str(path), date, stats)
            elif ext in HTML_EXTS:
                yield from _html_documents(f.read(), path.name, str(path), date, stats)
            else:  # .txt, or a file without extension named explicitly
                yield from _text_documents(f, path.name, str(path), date, stats)
    except OSError as e:
        yield InputProblem(f"cannot read: {e.strerror or e}", ERROR, str(path))


def check_head(head: bytes, path: str) -> InputProblem | None:
    """An empty or binary file, judged from its first bytes."""
    if not head.strip():
        return InputProblem("empty file", ERROR, path)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if b"\x00" in head:
        return InputProblem("binary file (NUL bytes)", ERROR, path)
    # Control bytes are rare in any text, UTF-8 or a legacy code page, and common in binary data.
    control = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    if control > 0.05 * len(head):
        return InputProblem("binary file (mostly not text)", ERROR, path)
    return None


def decode(data: bytes, offset: int = 0) -> tuple[str, str | None]:
    """UTF-8 text (a BOM dropped, UTF-16 with a BOM understood) and a warning about bad bytes.

    Invalid bytes become U+FFFD; the warning gives their byte offsets (plus `offset`).
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), None
    if data.startswith(codecs.BOM_UTF8):
        data, offset = data[3:], offset + 3
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    bad, pos = [], 0
    while len(bad) < _BAD_BYTES_SHOWN:
        try:
            data[pos:].decode("utf-8")
            break
        except UnicodeDecodeError as e:
            bad.append(offset + pos + e.start)
            pos += e.end
    text = data.decode("utf-8", errors="replace")
    count = text.count("\ufffd") - data.count("\ufffd".encode())
    if count * 2 > sum(1 for c in text if c > "\x7f"):
        # Mostly invalid: not UTF-8 at all. Legacy Arabic text is Windows-1256.
        return data.decode("cp1256", errors="replace"), "not UTF-8; read as Windows-1256 (Arabic)"
    where = ", ".join(map(str, bad)) + (", ..." if count > len(bad) else "")
    return text, f"invalid UTF-8 ({count} bad byte sequence{'s' * (count != 1)} at byte {where}); replaced with U+FFFD"


def _split_text(text: str, limit: int = MAX_DOC_BYTES) -> list[str]:
    """Cut a text into parts of at most `limit` UTF-8 bytes, at a paragraph or line break when there is one."""
    if len(text) * 4 <= limit or len(text.encode()) <= limit:
        return [text]
    parts = []
    while text:
        # Characters are 1 to 4 bytes; cut by bytes, then step back to a character boundary.
        raw = text.encode()[:limit]
        piece = raw.decode("utf-8", errors="ignore")
        if len(piece) < len(text):
            for sep in ("\n\n", "\n", ". ", " "):
                cut = piece.rfind(sep, len(piece) // 2)
                if cut > 0:
                    piece = piece[:cut + len(sep)]
                    break
        parts.append(piece)
        text = text[len(piece):]
    return parts


def _documents(text: str, doc_id: str, path: str | None, line: int | None, **fields) -> Iterator[Document | InputProblem]:
    """One Document, or its parts when the text is too long; a note when there is no text at all."""
    if not text.strip():
        yield InputProblem("no text", ERROR, path, line, doc_id)
        return
    parts = _split_text(text)
    if len(parts) > 1:
        yield InputProblem(f"text of {len(text.encode()) / 1e6:.1f} MB split into {len(parts)} parts of at most "
                           f"{MAX_DOC_BYTES / 1e6:g} MB ({doc_id}#1 ... #{len(parts)})", WARNING, path, line, doc_id)
    for i, part in enumerate(parts, 1):
        yield Document(id=f"{doc_id}#{i}" if len(parts) > 1 else doc_id, text=part, path=path, **fields)


def _text_blocks(f: BinaryIO, limit: int = MAX_DOC_BYTES) -> Iterator[tuple[bytes, int]]:
    """(block, byte offset) pairs of at most `limit` bytes, cut at line breaks or character boundaries."""
    offset, carry = 0, b""
    while True:
        want = limit - len(carry)
        chunk = f.read(want)
        data = carry + chunk
        if not data:
            return
        if len(chunk) < want:  # end of file
            yield data, offset
            return
        cut = _cut_point(data)
        yield data[:cut], offset
        offset += cut
        carry = data[cut:]


def _cut_point(data: bytes) -> int:
    """Where to end a block: after a paragraph or line break in its second half, else before a character."""
    for sep in (b"\n\n", b"\n"):
        at = data.rfind(sep, len(data) // 2)
        if at >= 0:
            return at + len(sep)
    cut = len(data) - 1
    while cut > 0 and data[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte
        cut -= 1
    return cut


def _text_documents(f: BinaryIO, name: str, path: str, date: str | None, stats: ReadStats):
    size = os.fstat(f.fileno()).st_size
    if size <= MAX_DOC_BYTES:
        text, warning = decode(f.read())
        stats.bytes_read += size
        if warning:
            yield InputProblem(warning, WARNING, path, doc_id=name)
        yield from _documents(text, name, path, None, date=date)
        return
    yield InputProblem(f"file of {size / 1e6:.1f} MB split into parts of at most {MAX_DOC_BYTES / 1e6:g} MB "
                       f"({name}#1, #2, ...)", WARNING, path, doc_id=name)
    for i, (block, offset) in enumerate(_text_blocks(f), 1):
        text, warning = decode(block, offset)
        stats.bytes_read += len(block)
        doc_id = f"{name}#{i}"
        if warning:
            yield InputProblem(warning, WARNING, path, doc_id=doc_id)
        if text.strip():
            yield Document(id=doc_id, text=text, date=date, path=path)


def _date_of(own: str | None, date: str | None, stats: ReadStats) -> str | None:
    """A document's date: `date` (--date) when given, counting an own date it replaces, else its own date."""
    parsed = parse_date(own) if own else None
    if date is None:
        return parsed
    if parsed not in (None, date):
        stats.dates_replaced += 1
    return date


def _json_error(e: json.JSONDecodeError) -> str:
    # Some of json's messages end in "at", expecting a position after them ("Invalid control character at").
    return e.msg.removesuffix(" at")


def _record_documents(obj, default_id: str, path: str | None, line: int | None,
                      date: str | None, stats: ReadStats) -> Iterator[Document | InputProblem]:
    """The document of one JSON record: `text`, and `id`, `date`, `url`, `source`, `title` when present."""
    if not isinstance(obj, dict):
        yield InputProblem(f"not a JSON object but {type(obj).__name__}; skipped", ERROR, path, line)
        return
    fields = {}
    for field, names in _RECORD_FIELDS.items():
        value = next((obj[n] for n in names if obj.get(n) not in (None, "")), None)
        fields[field] = str(value) if value is not None else None
    doc_id = fields.pop("id") or default_id
    text = obj.get("text")
    if not isinstance(text, str):
        yield InputProblem('no "text" field; skipped' if text is None else '"text" is not a string; skipped',
                           ERROR, path, line, doc_id)
        return
    own_date = fields.pop("date")
    doc_date = _date_of(own_date, date, stats)
    if own_date and doc_date is None:
        yield InputProblem(f"date {own_date!r} not understood; ignored", WARNING, path, line, doc_id)
    yield from _documents(text, doc_id, path, line, date=doc_date, **fields)


def jsonl_documents(lines: Iterable[bytes], name: str, path: str | None, date: str | None,
                    stats: ReadStats) -> Iterator[Document | InputProblem]:
    """The records of JSONL `lines` (raw bytes, numbered from 1; default ids `name:line`)."""
    offset = 0
    for lineno, raw in enumerate(lines, 1):
        stats.bytes_read += len(raw)
        start, offset = offset, offset + len(raw)
        if not raw.strip():
            continue
        text, warning = decode(raw, start)
        default_id = f"{name}:{lineno}"
        if warning:
            yield InputProblem(warning, WARNING, path, lineno, default_id)
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            yield InputProblem(f"line {lineno} is not valid JSON ({_json_error(e)} at column {e.colno}); skipped",
                               ERROR, path, lineno, default_id)
            continue
        yield from _record_documents(obj, default_id, path, lineno, date, stats)


def _json_documents(data: bytes, name: str, path: str, date: str | None, stats: ReadStats):
    """A .json file: one record, or a list of them (read whole; use JSONL for big collections)."""
    stats.bytes_read += len(data)
    text, warning = decode(data)
    if warning:
        yield InputProblem(warning, WARNING, path, doc_id=name)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        yield InputProblem(f"not valid JSON ({_json_error(e)} at line {e.lineno} column {e.colno})", ERROR, path)
        return
    if isinstance(obj, list):
        for i, item in enumerate(obj, 1):
            yield from _record_documents(item, f"{name}:{i}", path, None, date, stats)
    else:
        yield from _record_documents(obj, name, path, None, date, stats)


def _read_stdin(stream: BinaryIO, date: str | None, stats: ReadStats) -> Iterator[Document | InputProblem]:
    """Standard input: JSONL when its first non-blank line is a JSON object, else one text.

    (Deciding on the first line keeps a long JSONL stream streaming; a later line that is
    not JSON is then reported like a broken line in a file.)
    """
    head = []
    for raw in stream:
        head.append(raw)
        if raw.strip():
            break
    first = b"".join(head).strip()
    if not first:
        yield InputProblem("standard input is empty", ERROR, "-")
        return
    if first.startswith(b"{"):
        try:
            is_record = isinstance(json.loads(first), dict)
        except ValueError:
            is_record = False
        if is_record:
            yield from jsonl_documents(chain(head, stream), "stdin", "-", date, stats)
            return
    data = b"".join(head) + stream.read()
    stats.bytes_read += len(data)
    problem = check_head(data[:8192], "-")
    if problem:
        yield problem
        return
    text, warning = decode(data)
    if warning:
        yield InputProblem(warning, WARNING, "-", doc_id="stdin")
    yield from _documents(text, "stdin", "-", None, date=date)


# --- HTML --------------------------------------------------------------------------------

_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "select"}
_CHROME_TAGS = {"nav", "header", "footer", "aside", "form", "menu", "dialog"}
_CONTAINER_TAGS = {"body", "article", "main", "section", "div", "td", "blockquote", "figure"}
_BLOCK_TAGS = _CONTAINER_TAGS | _CHROME_TAGS | {
    "p", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "th", "table",
    "pre", "hr", "figcaption", "address", "caption"}
_DATE_META = {"article:published_time", "og:published_time", "datepublished", "date", "pubdate",
              "dc.date", "dc.date.issued", "publish-date"}
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.I)


class _PageText(HTMLParser):
    """Collects a page's text by container, leaving out scripts, styles and the like.

    Each text chunk is filed under its innermost container (div, section, article, ...), so
    the main text can be picked afterwards: the longest <article>, else <main>, else the
    container with the most text of its own.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parent: list[int | None] = [None]  # container id -> parent container id; 0 is the page
        self.tags: list[str] = ["page"]
        self.chunks: list[tuple[int, bool, str]] = []  # (container, inside page chrome, text)
        self.stack: list[tuple[str, int]] = []  # open containers and chrome elements
        self.skip: list[str] = []
        self.chrome = 0
        self.in_title = False
        self.title = ""
        self.date: str | None = None
        self.url: str | None = None

    def _container(self) -> int:
        return next((i for t, i in reversed(self.stack) if i >= 0), 0)

    def handle_starttag(self, tag, attrs):
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.append(tag)
            return
        if tag in _SKIP_TAGS:
            self.skip.append(tag)
            return
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "title":
            self.in_title = True
        elif tag == "meta":
            prop = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if prop in _DATE_META and not self.date:
                self.date = a.get("content")
            elif prop == "og:url" and not self.url:
                self.url = a.get("content")
        elif tag == "link" and "canonical" in a.get("rel", "").lower():
            self.url = a.get("href") or self.url
        elif tag == "time" and not self.date and a.get("datetime"):
            self.date = a["datetime"]
        if tag in _BLOCK_TAGS:
            self.chunks.append((self._container(), self.chrome > 0, "\n"))
        if tag in _CONTAINER_TAGS:
            self.parent.append(self._container())
            self.tags.append(tag)
            self.stack.append((tag, len(self.tags) - 1))
        elif tag in _CHROME_TAGS:
            self.chrome += 1
            self.stack.append((tag, -1))

    def handle_endtag(self, tag):
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            return
        if tag == "title":
            self.in_title = False
        if tag in _BLOCK_TAGS:
            self.chunks.append((self._container(), self.chrome > 0, "\n"))
        # Close the innermost open element of this name, and any left unclosed inside it.
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                self.chrome -= sum(1 for _, i in self.stack[depth:] if i < 0)
                del self.stack[depth:]
                break

    def handle_data(self, data):
        if self.skip:
            return
        if self.in_title:
            self.title += data
        else:
            self.chunks.append((self._container(), self.chrome > 0, data))

    def main_text(self) -> str:
        n = len(self.tags)
        inside = [[] for _ in range(n)]  # container -> every container inside it (itself included)
        for c in range(n - 1, -1, -1):
            inside[c].append(c)
            if self.parent[c] is not None:
                inside[self.parent[c]].extend(inside[c])
        own = [0] * n
        for c, chrome, text in self.chunks:
            if not chrome:
                own[c] += len(text.strip())

        def text_of(c: int, skip_chrome: bool) -> str:
            members = set(inside[c])
            return _tidy("".join(t for k, chrome, t in self.chunks
                                 if k in members and not (skip_chrome and chrome)))

        for tag in ("article", "main"):
            candidates = [text_of(c, False) for c in range(n) if self.tags[c] == tag]
            best = max(candidates, key=len, default="")
            if len(best) >= 200 or (best and tag == "main"):
                return best
        whole = text_of(0, True)
        best = max(range(1, n), key=lambda c: own[c], default=0)
        if best:
            block = text_of(best, True)
            if len(block) * 3 >= len(whole):
                return block
        return whole or text_of(0, False)


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def html_text(page: str) -> tuple[str, str, str | None, str | None]:
    """(main text, title, date as written, canonical url) of an HTML page."""
    parser = _PageText()
    parser.feed(page)
    parser.close()
    return parser.main_text(), _tidy(parser.title), parser.date, parser.url


def _html_documents(data: bytes, name: str, path: str, date: str | None, stats: ReadStats):
    stats.bytes_read += len(data)
    declared = _CHARSET_RE.search(data[:4096])
    charset = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    try:
        codecs.lookup(charset)
    except LookupError:
        charset = "utf-8"
    if charset.replace("-", "").replace("_", "") in ("utf8", "utf8sig"):
        page, warning = decode(data)
    else:  # legacy Arabic pages are often windows-1256
        page, warning = data.decode(charset, errors="replace"), None
    if warning:
        yield InputProblem(warning, WARNING, path, doc_id=name)
    text, title, page_date, url = html_text(page)
    if not text:
        yield InputProblem("no text in the page (only scripts, styles or markup)", ERROR, path, doc_id=name)
        return
    yield from _documents(text, name, path, None, date=_date_of(page_date, date, stats), title=title or None, url=url)
