"""Item: every reading command refuses FIFOs, devices, sockets and directories, and reads at
most a documented size (concilium.io.limits).  Before: /dev/zero, /dev/urandom and a FIFO
with an endless writer grew to 3.7 GB and died with MemoryError; a FIFO with no writer hung.
"""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

import pytest

from concilium.errors import InputError
from concilium.io.limits import max_input_bytes, open_input, read_input

from .conftest import assert_clean_error

# Each reading command with the arguments that make it read FILE.
COMMANDS = {
    "validate": ["validate", "{}"],
    "forecast": ["forecast", "{}"],
    "power": ["power", "{}"],
    "body": ["body", "{}"],
    "scan": ["scan", "{}"],
    "draft": ["draft", "{}"],
    "evaluate": ["evaluate", "{}", "-m", "mean", "--bootstrap", "10"],
}


def _special(kind: str, tmp_path: Path) -> Path:
    """A non-regular file made at test time; names end in .yaml/.csv so that every command
    takes them for its own kind of file."""
    if kind == "fifo":
        p = tmp_path / "pipe.yaml"
        os.mkfifo(p)  # nobody ever writes: reading it would block forever
        return p
    if kind in ("zero", "urandom"):
        p = tmp_path / f"{kind}.csv"
        p.symlink_to(f"/dev/{kind}")  # endless: reading it all would exhaust memory
        return p
    if kind == "directory":
        p = tmp_path / "folder.yaml"
        p.mkdir()
        return p
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["fifo", "zero", "urandom", "directory"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_reading_command_refuses_special_files(command, kind, tmp_path, run_cli):
    path = _special(kind, tmp_path)
    if kind == "zero" and not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    args = [a.format(path) for a in COMMANDS[command]]
    started = time.monotonic()
    r = run_cli(*args, seconds=10)
    assert_clean_error(r)
    assert time.monotonic() - started < 10
    word = {
        "fifo": "named pipe (FIFO)",
        "zero": "character device",
        "urandom": "character device",
        "directory": "directory",
    }[kind]
    assert word in " ".join(r.err.split()), r.err


def test_a_socket_is_refused_without_opening_it(tmp_path):
    path = tmp_path / "s.yaml"
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(path))
        with pytest.raises(InputError, match="socket, not a regular file"):
            read_input(path)


def test_a_fifo_with_an_endless_writer_is_refused_at_once(tmp_path, run_cli):
    path = tmp_path / "busy.yaml"
    os.mkfifo(path)
    fd = os.open(path, os.O_RDWR | os.O_NONBLOCK)  # a writer that never closes
    try:
        os.write(fd, b"id: x\n" * 1000)
        r = run_cli("validate", path, seconds=10)
    finally:
        os.close(fd)
    assert_clean_error(r, "named pipe (FIFO), not a regular file")


def test_size_limit_is_documented_and_configurable(tmp_path, monkeypatch, run_cli):
    assert max_input_bytes() == 64_000_000  # the documented default: 64 MB
    big = tmp_path / "big.yaml"
    big.write_text("id: x\n" + "# padding\n" * 300, encoding="utf-8")  # 3,006 bytes
    r = run_cli("validate", big, env={"CONCILIUM_MAX_INPUT_MB": "0.002"})  # 2,000 bytes
    assert_clean_error(
        r,
        "too large (3,006 bytes)",
        "the limit for a scenario file is 2,000 bytes",
        "CONCILIUM_MAX_INPUT_MB",
    )
    r = run_cli("validate", big, env={"CONCILIUM_MAX_INPUT_MB": "lots"})
    assert_clean_error(r, "CONCILIUM_MAX_INPUT_MB='lots' is not a positive number")


def test_scan_streams_past_the_size_limit(tmp_path, run_cli):
    # scan reads in chunks: a regular file larger than the limit is still scanned.
    text = tmp_path / "long.txt"
    text.write_text("plain words in a line\n" * 200, encoding="utf-8")  # 4,400 bytes
    r = run_cli("scan", text, env={"CONCILIUM_MAX_INPUT_MB": "0.001"})
    assert r.code == 0, r.text
    assert "clean" in r.out


def test_read_input_stops_at_the_limit_for_files_without_a_size(tmp_path):
    # /proc files report size 0 but have content: the read itself is bounded.
    proc = Path("/proc/self/status")
    if not proc.exists():
        pytest.skip("no /proc")
    assert len(read_input(proc, limit=10_000)) < 10_000
    with pytest.raises(InputError, match="more than 10 bytes"):
        read_input(proc, limit=10)


def test_missing_and_unreadable_files(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        read_input(tmp_path / "nope.yaml")
    secret = tmp_path / "secret.yaml"
    secret.write_text("id: x\n", encoding="utf-8")
    secret.chmod(0)
    if os.access(secret, os.R_OK):  # running as root: permissions do not apply
        pytest.skip("root can read any file")
    with pytest.raises(InputError, match="permission denied"):
        open_input(secret)


def test_file_name_with_control_characters_is_shown_escaped(tmp_path, run_cli):
    # A file name can hold ESC and RIGHT-TO-LEFT OVERRIDE; the error shows them escaped.
    from concilium.text.safe import UNSAFE

    p = tmp_path / "ev\x1b]0;pwned\x07il\u202e.yaml"
    p.write_text("id: x\n", encoding="utf-8")
    r = run_cli("validate", p)
    assert_clean_error(r, "\\x1b]0;pwned\\x07il\\u202e.yaml")
    assert UNSAFE.search(r.err.replace("\n", "")) is None
