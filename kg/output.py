"""Writing output files safely: every file is written to a temporary file beside it
and renamed into place, so a failure never leaves a half-written output."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from kg.errors import OutputError


def ensure_folder(folder: Path) -> Path:
    """Create ``folder`` if needed and check that it is writable."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{folder}: cannot create the output folder ({error.strerror})") from error
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise OutputError(f"{folder}: the output folder is not writable; choose another with --out")
    return folder


@contextmanager
def atomic_writer(path: Path, *, binary: bool = False) -> Iterator[IO]:
    """Open a temporary file next to ``path``; on success it replaces ``path``."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise OutputError(f"{path}: cannot write here ({error.strerror})") from error
    try:
        with os.fdopen(
            handle, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": "\n"})
        ) as stream:
            yield stream
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` as UTF-8, atomically."""
    with atomic_writer(path) as stream:
        stream.write(text)


def write_with(path: Path, writer: Callable[[IO], None], *, binary: bool = False) -> None:
    """Let ``writer`` fill ``path`` through a stream, atomically."""
    with atomic_writer(path, binary=binary) as stream:
        writer(stream)
