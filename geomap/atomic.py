"""Atomic output files: written beside the target under a temporary name, renamed at the end."""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Iterator


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path next to `target`; move it over `target` only if the block succeeds.

    A failure, or Ctrl-C, leaves no half-written file: the old target (if any) stays as it was.
    A target that is a device or a pipe (`-o /dev/null`, a named pipe) is written as it is:
    renaming a file over it would replace the device.
    """
    target = Path(target)
    if is_stream(target):
        yield target
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part" + target.suffix, dir=target.parent)
    os.close(fd)
    tmp = Path(tmp)
    tmp.unlink()  # some writers (GDAL) refuse to write over an existing file
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def is_stream(path: Path) -> bool:
    """Whether a path is a device or a named pipe, not a file that can be replaced."""
    return path.is_char_device() or path.is_fifo()
