"""Bounded reading of input files: regular files only, at most a documented size.

Every command that reads a file (``validate``, ``forecast``, ``power``, ``body``, ``scan``,
``draft``, ``evaluate``) opens it through :func:`open_input` or :func:`read_input`:

* **Regular files only.**  The path is checked with ``stat`` before opening, and the opened
  descriptor again with ``fstat`` (the file may be swapped in between).  Named pipes (FIFOs),
  character and block devices (``/dev/zero``, ``/dev/urandom``, a terminal), sockets and
  directories are refused with one :class:`~concilium.errors.InputError`: such a "file" may
  never end, or block forever waiting for a writer.  The open uses ``O_NONBLOCK``, so even a
  FIFO swapped in after the ``stat`` cannot make ``open`` wait for a writer.  Symbolic links
  are followed, and judged by what they point at (a link to ``/dev/zero`` is a device).
* **Bounded size.**  :func:`read_input` reads at most :func:`max_input_bytes` bytes: 64 MB
  by default, set with the environment variable ``CONCILIUM_MAX_INPUT_MB`` (megabytes of
  10^6 bytes; decimals allowed).  A file larger than that is refused before it is read; a
  file that grows while it is read (or whose size the system does not report, such as files
  under ``/proc``) is refused once the limit is passed, so memory stays bounded.
  ``scan`` streams its input in chunks and has no size limit, only the file-type check.
* **Bounded time.**  A regular file of bounded size reads in bounded time; nothing here waits
  on a pipe, device or socket.  (A hung network file system can still block inside the
  kernel; that is outside what a program can bound without threads.)

The YAML limits (nesting depth and node count, against "billion laughs" alias bombs) are in
:mod:`concilium.io.documents`, configured here: :data:`MAX_DEPTH` and :func:`max_yaml_nodes`
(``CONCILIUM_MAX_YAML_NODES``, default 2,000,000).
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from concilium.errors import InputError

__all__ = [
    "DEFAULT_MAX_INPUT_MB",
    "DEFAULT_MAX_YAML_NODES",
    "MAX_DEPTH",
    "max_input_bytes",
    "max_yaml_nodes",
    "note_written",
    "open_input",
    "read_input",
    "reset_written",
    "written_files",
]

#: default size limit of an input file, in megabytes (10^6 bytes)
DEFAULT_MAX_INPUT_MB = 64
#: default limit on the values a YAML/JSON document holds once aliases are expanded
DEFAULT_MAX_YAML_NODES = 2_000_000
#: deepest nesting of mappings and lists accepted in a YAML/JSON document (a scenario needs
#: about 8 levels: actors[3].stances.issue.position.evidence[0].source)
MAX_DEPTH = 100

_ENV_BYTES = "CONCILIUM_MAX_INPUT_MB"
_ENV_NODES = "CONCILIUM_MAX_YAML_NODES"


def _env_number(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not (value > 0 and value < 1e12):  # also refuses NaN and infinity
        raise InputError(
            f"the environment variable {name}={raw!r} is not a positive number",
            hint=f"unset it for the default ({default:g}) or give e.g. {name}=128",
        )
    return value


def max_input_bytes() -> int:
    """The size limit of an input file in bytes (``CONCILIUM_MAX_INPUT_MB``, default 64)."""
    return int(_env_number(_ENV_BYTES, DEFAULT_MAX_INPUT_MB) * 1_000_000)


def max_yaml_nodes() -> int:
    """The node limit of a YAML/JSON document after alias expansion
    (``CONCILIUM_MAX_YAML_NODES``, default 2,000,000)."""
    return int(_env_number(_ENV_NODES, DEFAULT_MAX_YAML_NODES))


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _refuse(kind: str, source: str, what: str) -> InputError:
    if kind == "a directory":
        return InputError(
            f"is a directory, not {what}", source=source, hint="give the path of a file inside it"
        )
    return InputError(
        f"is {kind}, not a regular file (expected {what})",
        source=source,
        hint="concilium reads only regular files: a pipe or device may never end or may wait "
        "forever for a writer; save the data to a file and give its path",
    )


def _os_error(exc: OSError, source: str) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError("file not found", source=source, hint="check the path")
    if isinstance(exc, PermissionError):
        return InputError(
            "permission denied: cannot read the file",
            source=source,
            hint="check the file's permissions",
        )
    return InputError(f"cannot open the file: {exc.strerror or exc}", source=source)


def open_input(
    path: str | os.PathLike[str], *, what: str = "a file", source: str | None = None
) -> BinaryIO:
    """Open a regular file for reading in binary mode, refusing anything else.

    ``what`` names the expected content in messages ("a scenario file").  Raises
    :class:`~concilium.errors.InputError` for a missing, unreadable or non-regular file.
    """
    src = source if source is not None else os.fspath(path)
    try:
        st = os.stat(path)  # follows symbolic links; never blocks on a FIFO
    except (OSError, ValueError) as exc:  # ValueError: embedded NUL in the path
        if isinstance(exc, ValueError):
            raise InputError("the file name contains a NUL character", source=src) from None
        raise _os_error(exc, src) from None
    kind = _kind(st.st_mode)
    if kind is not None:
        raise _refuse(kind, src, what)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _os_error(exc, src) from None
    try:
        kind = _kind(os.fstat(fd).st_mode)  # the file actually opened
        if kind is not None:
            raise _refuse(kind, src, what)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_input(
    path: str | os.PathLike[str],
    *,
    what: str = "a file",
    limit: int | None = None,
    source: str | None = None,
) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (default
    :func:`max_input_bytes`), refusing non-regular and larger files."""
    src = source if source is not None else os.fspath(path)
    cap = max_input_bytes() if limit is None else limit
    with open_input(path, what=what, source=src) as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > cap:
            raise _too_large(size, cap, src, what)
        data = fh.read(cap + 1)
    if len(data) > cap:  # grew while read, or a size the system does not report
        raise _too_large(len(data), cap, src, what, at_least=True)
    return data


def _too_large(
    size: int, cap: int, source: str, what: str, *, at_least: bool = False
) -> InputError:
    shown = f"more than {_mb(cap)}" if at_least else _mb(size)
    return InputError(
        f"the file is too large ({shown}); the limit for {what} is {_mb(cap)}",
        source=source,
        hint=f"check that this is the right file; to raise the limit set {_ENV_BYTES} "
        f"(megabytes, default {DEFAULT_MAX_INPUT_MB})",
    )


def _mb(n: int) -> str:
    return f"{n / 1e6:,.1f} MB" if n >= 100_000 else f"{n:,} bytes"


# Files this process has written (completed), so that an interrupted command can say
# truthfully whether it left anything behind.  Writers call note_written after the rename.
_WRITTEN: list[str] = []


def note_written(path: str | os.PathLike[str]) -> None:
    """Record that ``path`` was written completely (see :func:`written_files`)."""
    _WRITTEN.append(os.fspath(path))


def reset_written() -> None:
    """Forget the files recorded so far (each command starts with none)."""
    _WRITTEN.clear()


def written_files() -> list[str]:
    """The files written so far by this process, in order."""
    return list(_WRITTEN)
