"""Write a command's output without ever destroying what the path points at.

One place decides what ``-o PATH`` may do, for every command:

* ``-`` is standard output.
* A missing path or a regular file is written atomically: to a temporary file beside it,
  renamed over it only when complete, with the permissions the user's umask gives a new file
  (or those of the file it replaces).  An existing file is replaced only with ``force``.
* A symbolic link is followed: the file it points to is replaced, the link stays a link.
* A character device (``/dev/null``, a terminal) or a FIFO with a reader is written through,
  never replaced; a FIFO with no reader, a block device, a socket or a folder is refused.
* A path that is the same file as one of the command's inputs (same device and inode, so hard
  and symbolic links count) is refused, unless the command documents in-place editing.

Everything refused is an :class:`~concilium.errors.InputError` (exit status 2) that names the
path and what to do; nothing is written in that case.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from concilium.errors import InputError
from concilium.io.limits import note_written

__all__ = ["STDOUT", "check_output", "is_stdout", "open_output", "write_output"]

STDOUT = "-"

PathLike = str | os.PathLike[str]


def is_stdout(path: PathLike | None) -> bool:
    return path is not None and os.fspath(path) == STDOUT


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _stat(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None


def _same_as_an_input(st: os.stat_result, inputs: Iterable[PathLike]) -> str | None:
    """The input that is the same file as ``st`` (same device and inode), if any."""
    for item in inputs:
        if item is None or is_stdout(item):
            continue
        other = _stat(os.fspath(item))
        if other is not None and os.path.samestat(st, other):
            return os.fspath(item)
    return None


def check_output(
    path: PathLike,
    *,
    inputs: Iterable[PathLike] = (),
    force: bool = False,
    in_place: bool = False,
) -> None:
    """Raise the InputError that writing ``path`` would raise, before any work is done."""
    if not is_stdout(path):
        _plan(os.fspath(path), inputs=inputs, force=force, in_place=in_place)


def _plan(
    shown: str, *, inputs: Iterable[PathLike], force: bool, in_place: bool
) -> tuple[str, str, os.stat_result | None]:
    """What writing ``shown`` means: ``("file", real path, stat or None)`` for an atomic
    replace, ``("chr" | "fifo", real path, stat)`` for writing through; or an InputError."""
    if not shown:
        raise InputError(
            "the output file name is empty", hint="give a file name, or - for standard output"
        )
    if os.path.islink(shown) and _stat(shown) is None:
        raise InputError(
            f"the output {shown} is a symbolic link to {os.readlink(shown)}, which does not exist",
            hint="remove the link or choose another output file",
        )
    real = os.path.realpath(shown)
    st = _stat(real)
    if st is not None:
        is_input = _same_as_an_input(st, inputs)
        if is_input is not None and not in_place:
            raise InputError(
                f"the output {shown} is the same file as the input {is_input}; writing it "
                "would destroy the input",
                hint="choose another output file",
            )
        mode = st.st_mode
        if stat.S_ISDIR(mode):
            raise InputError(f"the output {shown} is a folder", hint="give a file name inside it")
        if stat.S_ISCHR(mode):
            return "chr", real, st
        if stat.S_ISFIFO(mode):
            return "fifo", real, st
        if not stat.S_ISREG(mode):
            kind = (
                "a block device"
                if stat.S_ISBLK(mode)
                else "a socket"
                if stat.S_ISSOCK(mode)
                else "not a regular file"
            )
            raise InputError(
                f"the output {shown} is {kind}; concilium writes only regular "
                "files, character devices and FIFOs",
                hint="choose a regular file name",
            )
        if not force and is_input is None:
            raise InputError(
                f"the output {shown} already exists",
                hint="add --force to replace it, or choose another file name",
            )
    folder = os.path.dirname(real) or "."
    if not os.path.isdir(folder):
        raise InputError(
            f"cannot write {shown}: the folder {os.path.dirname(shown) or '.'} does not exist",
            hint="create the folder or choose another output",
        )
    return "file", real, st


@contextlib.contextmanager
def open_output(
    path: PathLike,
    *,
    inputs: Iterable[PathLike] = (),
    force: bool = False,
    in_place: bool = False,
) -> Iterator[BinaryIO]:
    """A binary handle on ``path`` that follows the rules in the module docstring.

    For a regular file the data become visible only when the ``with`` block ends without an
    exception; on an exception (Ctrl-C included) the target is left exactly as it was.
    ``in_place=True`` allows the output to be one of ``inputs`` (replaced atomically); any
    other existing file still needs ``force``.
    """
    if is_stdout(path):
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    shown = os.fspath(path)
    kind, real, st = _plan(shown, inputs=inputs, force=force, in_place=in_place)
    if kind in ("chr", "fifo"):
        with _write_through(shown, real, fifo=kind == "fifo") as fh:
            yield fh
        return
    folder = os.path.dirname(real) or "."
    mode = stat.S_IMODE(st.st_mode) if st is not None else _new_file_mode()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(real)}.", suffix=".tmp", dir=folder)
    except PermissionError:
        raise InputError(
            f"cannot write {shown}: no permission to create files in "
            f"{os.path.dirname(shown) or '.'}"
        ) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, real)
        note_written(shown)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def _write_through(shown: str, real: str, *, fifo: bool) -> Iterator[BinaryIO]:
    flags = os.O_WRONLY | (os.O_NONBLOCK if fifo else 0)
    try:
        fd = os.open(real, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise InputError(
                f"the output {shown} is a FIFO with no reader",
                hint="start the reading program first, or write to a file",
            ) from None
        raise InputError(f"cannot write {shown}: {exc.strerror}") from None
    if fifo:  # blocking writes from here on: the reader sets the pace
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
        note_written(shown)
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        raise InputError(f"cannot write {shown}: {exc.strerror or exc}") from None


def write_output(
    path: PathLike,
    data: str | bytes,
    *,
    inputs: Iterable[PathLike] = (),
    force: bool = False,
    in_place: bool = False,
) -> None:
    """Write ``data`` (text is encoded as UTF-8) to ``path`` under the module's rules."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with open_output(path, inputs=inputs, force=force, in_place=in_place) as fh:
        fh.write(raw)
