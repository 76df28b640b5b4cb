"""Files the web app may touch: scenario files inside the chosen folder, nothing else.

A path from a request is refused when it is absolute, contains ``..``, a backslash or a NUL,
names a hidden file or folder, lacks a scenario suffix, or resolves (symlinks followed)
outside the folder.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath

from concilium.errors import InputError

__all__ = ["SUFFIXES", "list_scenarios", "resolve_in", "safe_new_name"]

SUFFIXES = (".yaml", ".yml", ".json")
MAX_DEPTH = 3
MAX_FILES = 500


def resolve_in(root: Path, rel: str, *, must_exist: bool = True) -> Path:
    """The file ``rel`` (a relative POSIX path) inside ``root``, or InputError."""
    if not rel or "\x00" in rel or "\\" in rel:
        raise InputError("not a file name in this folder", field="path")
    pure = PurePosixPath(rel)
    if pure.is_absolute() or rel.startswith("/") or re.match(r"^[A-Za-z]:", rel):
        raise InputError("absolute paths are not allowed", field="path")
    if any(part in ("..", ".", "") or part.startswith(".") for part in pure.parts):
        raise InputError("the path leaves the folder or names a hidden file", field="path")
    if pure.suffix.lower() not in SUFFIXES:
        raise InputError("only scenario files (.yaml, .yml, .json) can be opened", field="path")
    base = root.resolve()
    target = base.joinpath(*pure.parts)
    try:
        real = target.resolve(strict=must_exist)
    except (FileNotFoundError, RuntimeError):
        raise InputError("no such scenario in this folder", field="path") from None
    if not real.is_relative_to(base):
        raise InputError("the path leads outside the folder", field="path")
    if must_exist and not real.is_file():
        raise InputError("not a file", field="path")
    return real


def safe_new_name(root: Path, name: str) -> Path:
    """A new file directly in ``root`` named ``name`` (letters, digits, ``.-_``, a scenario
    suffix); refuses a name that exists."""
    name = name.strip()
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,100}", name):
        raise InputError("use a plain file name: letters, digits, '.', '-', '_'", field="name")
    if Path(name).suffix.lower() not in SUFFIXES:
        raise InputError("the name must end in .yaml, .yml or .json", field="name")
    target = root.resolve() / name
    if os.path.lexists(target):
        raise InputError(f"{name} exists already; choose another name", field="name")
    return target


def list_scenarios(root: Path) -> list[str]:
    """Scenario files under ``root`` (relative POSIX paths, sorted), without following
    symlinks out of it and without hidden folders."""
    base = root.resolve()
    out: list[str] = []
    for dirpath, dirnames, filenames in os.walk(base, followlinks=False):
        depth = len(Path(dirpath).relative_to(base).parts)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and depth < MAX_DEPTH)
        for f in sorted(filenames):
            if f.startswith(".") or Path(f).suffix.lower() not in SUFFIXES:
                continue
            rel = (Path(dirpath) / f).relative_to(base).as_posix()
            try:
                resolve_in(base, rel)
            except InputError:
                continue
            out.append(rel)
            if len(out) >= MAX_FILES:
                return out
    return out
