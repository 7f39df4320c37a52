"""Writing output files safely: every file is written to a temporary file beside it
and renamed into place, so a failure never leaves a half-written output. Output
folders are checked up front but created only when the first file is written, so a
build that fails on its input leaves nothing behind."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from kg.errors import OutputError


def ensure_folder(folder: Path) -> Path:
    """Check that ``folder`` is, or can be created as, a writable folder.

    Nothing is created here: :func:`atomic_writer` creates the folder when it writes
    the first file into it, so that a command failing before its output leaves no
    empty folder behind.
    """
    folder = Path(folder)
    if folder.exists():
        if not folder.is_dir():
            raise OutputError(f"{folder}: is a file, not a folder; choose another output folder")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise OutputError(f"{folder}: the output folder is not writable; choose another output folder")
        return folder
    ancestor = folder.absolute().parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise OutputError(f"{folder}: cannot create the output folder ({ancestor} is a file)")
    if not os.access(ancestor, os.W_OK | os.X_OK):
        raise OutputError(f"{folder}: cannot create the output folder ({ancestor} is not writable)")
    return folder


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary file next to ``path`` to fill; on success it replaces ``path``.

    The folder of ``path`` is created if needed. Nothing is left behind on failure.
    """
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give the name of a file to write")
    if path.parent.exists() and not path.parent.is_dir():
        raise OutputError(f"{path}: cannot write here ({path.parent} is a file, not a folder)")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(handle)
        temporary = Path(name)
    except OSError as error:
        raise OutputError(f"{path}: cannot write here ({error.strerror or error})") from error
    try:
        os.chmod(temporary, _mode_for(path))
        yield temporary
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write it ({error.strerror or error})") from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_writer(path: Path, *, binary: bool = False) -> Iterator[IO]:
    """Open a temporary file next to ``path``; on success it replaces ``path``.

    The folder of ``path`` is created if needed. Nothing is left behind on failure.
    """
    with (
        atomic_path(path) as temporary,
        open(temporary, "wb") if binary else open(temporary, "w", encoding="utf-8", newline="\n") as stream,
    ):
        yield stream


def _mode_for(path: Path) -> int:
    """The permissions ``path`` should get: those of the file it replaces, else what
    ``open()`` would give a new file (0666 less the umask). ``mkstemp`` makes its
    files private (0600), which would leave outputs unreadable to colleagues and to a
    web server."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` as UTF-8, atomically."""
    with atomic_writer(path) as stream:
        stream.write(text)


def write_with(path: Path, writer: Callable[[IO], None], *, binary: bool = False) -> None:
    """Let ``writer`` fill ``path`` through a stream, atomically."""
    with atomic_writer(path, binary=binary) as stream:
        writer(stream)
