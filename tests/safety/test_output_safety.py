"""An output never destroys anything: devices, FIFOs, symlinks and inputs survive ``-o``.

Each case is one of issue 14's observations ("Data safety first"): before the fix, ``-o``
replaced a device node, a FIFO or a symlink with a regular 0600 file, and ``draft a.txt -o
a.txt`` turned the article into YAML with exit status 0.
"""

from __future__ import annotations

import os
import stat
import threading
import time
from pathlib import Path

import pytest

from concilium.errors import InputError
from concilium.io.output import check_output, write_output

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = (
    "Brussels, 14 March 2024. The North Atlantic Council met on Thursday. France said it "
    "opposes the plan for an office in Tokyo. Germany supports the plan.\n"
)


# ------------------------------------------------------------------ the writer itself
def test_a_new_file_gets_the_umask_permissions_not_0600(tmp_path):
    old = os.umask(0o022)
    try:
        write_output(tmp_path / "out.txt", "hello\n")
    finally:
        os.umask(old)
    st = (tmp_path / "out.txt").stat()
    assert stat.S_IMODE(st.st_mode) == 0o644  # 0o666 & ~0o022
    assert (tmp_path / "out.txt").read_text() == "hello\n"


def test_an_existing_file_is_kept_without_force_and_replaced_with_it(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("precious")
    os.chmod(target, 0o640)
    with pytest.raises(InputError, match="already exists.*--force"):
        write_output(target, "new")
    assert target.read_text() == "precious"
    write_output(target, "new", force=True)
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the replaced file's mode is kept


def test_a_symlink_stays_a_link_and_its_target_is_replaced(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    write_output(link, "new", force=True)
    assert link.is_symlink()
    assert real.read_text() == "new"


def test_a_dangling_symlink_is_refused(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(InputError, match="symbolic link.*does not exist"):
        write_output(link, "x")
    assert not (tmp_path / "nowhere.txt").exists()


def test_a_character_device_is_written_through_never_replaced(tmp_path):
    link = tmp_path / "null"
    link.symlink_to("/dev/null")
    before = os.stat("/dev/null")
    write_output(link, "discarded\n")
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino
    assert link.is_symlink()


def test_a_full_device_gives_a_clear_error(tmp_path):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    with pytest.raises(InputError, match="cannot write .*/dev/full"):
        write_output("/dev/full", "x" * 100_000)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_a_fifo_with_no_reader_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="FIFO with no reader"):
        write_output(fifo, "x")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_fifo_with_a_reader_gets_the_data_and_stays_a_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    opened = threading.Event()

    def reader() -> None:
        # Non-blocking: a read before any writer has connected returns EOF at once, so read
        # until data has come and the writer has closed (or five seconds pass).
        fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        opened.set()
        data, deadline = b"", time.monotonic() + 5
        try:
            while time.monotonic() < deadline:
                try:
                    chunk = os.read(fd, 65536)
                except BlockingIOError:
                    chunk = None
                if chunk:
                    data += chunk
                elif chunk == b"" and data:
                    break
                else:
                    time.sleep(0.01)
        finally:
            os.close(fd)
        got.append(data)

    t = threading.Thread(target=reader)
    t.start()
    assert opened.wait(5)
    write_output(fifo, "through the pipe")
    t.join(5)
    assert got == [b"through the pipe"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(InputError, match="is a folder"):
        write_output(tmp_path, "x")


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(InputError, match="folder .*does not exist"):
        write_output(tmp_path / "no" / "out.txt", "x")


def test_the_output_may_not_be_an_input_even_through_a_hard_link(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("the article")
    alias = tmp_path / "b.txt"
    os.link(source, alias)
    with pytest.raises(InputError, match="same file as the input"):
        write_output(alias, "yaml", inputs=[source], force=True)
    assert source.read_text() == "the article"
    # documented in-place editing is allowed, and replaces atomically
    write_output(source, "fixed", inputs=[source], in_place=True)
    assert source.read_text() == "fixed"


def test_dash_is_standard_output(tmp_path, capsysbinary, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_output("-", "to stdout\n")
    assert capsysbinary.readouterr().out == b"to stdout\n"
    assert not (tmp_path / "-").exists()
    check_output("-", inputs=["-"])  # never "the same file as the input"


# ------------------------------------------------------------------ through the commands
def test_draft_refuses_to_overwrite_its_own_article(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    r = cli("draft", article, "-o", article)
    assert r.exit_code == 2
    assert "same file as the input" in r.stderr
    assert article.read_text() == ARTICLE


def test_draft_asks_for_force_before_replacing_a_file(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    out = tmp_path / "draft.yaml"
    out.write_text("# my notes\n")
    r = cli("draft", article, "-o", out)
    assert r.exit_code == 2 and "--force" in r.stderr
    assert out.read_text() == "# my notes\n"
    r = cli("draft", article, "-o", out, "--force")
    assert r.exit_code == 0, r.stderr
    assert "actors:" in out.read_text()


def test_draft_dash_prints_and_creates_no_file(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    r = cli("draft", article, "-o", "-")
    assert r.exit_code == 0, r.stderr
    assert "actors:" in r.stdout
    assert not (tmp_path / "-").exists()


def test_schema_to_dev_null_leaves_the_device_alone(cli, tmp_path):
    link = tmp_path / "devnull"
    link.symlink_to("/dev/null")
    r = cli("schema", "-o", link)
    assert r.exit_code == 0, r.stderr
    assert link.is_symlink() and stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_schema_dash_is_stdout(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = cli("schema", "-o", "-")
    assert r.exit_code == 0 and r.stdout.lstrip().startswith("{")
    assert not (tmp_path / "-").exists()


def test_evaluate_refuses_to_overwrite_its_dataset(cli, tmp_path):
    data = ROOT / "tests" / "evaluation" / "data"
    src = next(p for p in sorted(data.iterdir()) if p.suffix in (".csv", ".tsv"))
    copy = tmp_path / src.name
    copy.write_bytes(src.read_bytes())
    r = cli("evaluate", copy, "-m", "mean", "--bootstrap", "10", "--predictions", copy)
    assert r.exit_code == 2
    assert "same file as the input" in r.stderr
    assert copy.read_bytes() == src.read_bytes()


def test_power_plot_refuses_to_replace_its_weights_file(cli, tmp_path):
    weights = tmp_path / "w.csv"
    weights.write_text("member,votes\nA,2\nB,1\nquota,2\n")
    r = cli("power", weights, "--plot", weights)
    assert r.exit_code == 2
    assert weights.read_text() == "member,votes\nA,2\nB,1\nquota,2\n"
