"""Scan and repair: library, streaming and the ``concilium scan`` command."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from clirun import run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from concilium.errors import InputError
from concilium.text import scan as scan_mod
from concilium.text.scan import read_text, repair, scan_file, scan_text, verdict

CLEAN_EN = (
    "The North Atlantic Council met on Tuesday. “We will decide by consensus,” "
    "the Secretary General said — naïve hopes aside.\n"
)
# Cyrillic е (U+0435) for every Latin e: in 'The', 'met', 'Tuesday', 'We', 'decide' (2),
# 'consensus', 'the', 'Secretary' (2), 'General' (2), 'naïve', 'hopes', 'aside' -> 12 words,
# 15 e's.
OBF_EN = CLEAN_EN.replace("e", "\u0435")
CLEAN_RU = "Совет НАТО собрался во вторник. «Мы решим консенсусом», — сказал генсек.\n"
CLEAN_EL = "Το Συμβούλιο του ΝΑΤΟ συνεδρίασε την Τρίτη. «Θα αποφασίσουμε ομόφωνα».\n"


def test_every_substituted_letter_is_found_and_folded_back():
    report, fixed = scan_text(OBF_EN, fix=True)
    assert fixed == CLEAN_EN
    assert report.homoglyph_words == 12 and report.affected_words == 12
    (stat,) = report.characters
    assert (stat.char, stat.looks_like, stat.count, stat.words) == ("\u0435", "e", 15, 12)
    assert (stat.first_line, stat.first_column) == (1, 3)  # "Thе": column 3
    assert report.verdict == "obfuscated"
    assert report.by_script == {"Cyrillic": 15}


@pytest.mark.parametrize(
    "text",
    [
        CLEAN_EN,
        CLEAN_RU,
        CLEAN_EL,
        CLEAN_EN + CLEAN_RU + CLEAN_EL,
        "Emoji 👍🏽 👨‍👩‍👧 🇪🇺 and «Москва» in one line.\n",
    ],
)
def test_clean_text_is_clean_and_repair_changes_nothing(text):
    report, fixed = scan_text(text, fix=True)
    assert report.verdict == "clean" and report.affected_words == 0
    assert fixed == text


def test_repair_leaves_real_russian_and_greek_words_in_a_mixed_line():
    text = "Moscow (Москва) and Athens (Αθήνα) both said nо."  # Cyrillic о in 'nо'
    assert repair(text) == "Moscow (Москва) and Athens (Αθήνα) both said no."


def test_invisibles_are_removed_and_compatibility_forms_normalised():
    text = "The Ｎ𝐀TO sum\u00admit in Wa\u200bshing\u202eton, 50 km² away.\n"
    assert repair(text) == "The NATO summit in Washington, 50 km² away.\n"


def test_whole_words_in_a_lookalike_script_are_reported_and_folded_only_on_request():
    text = "It was \u0430 long day and \u0430 short night for all of us.\n"  # Cyrillic а
    report, fixed = scan_text(text, fix=True)
    assert report.isolated_words == 2 and fixed == text
    _, folded = scan_text(text, fix=True, fold_isolated=True)
    assert folded == text.replace("\u0430", "a")


@pytest.mark.parametrize(
    "words, affected, expected",
    [
        (1000, 0, "clean"),
        (1000, 2, "suspicious"),
        (1000, 19, "suspicious"),
        (1000, 20, "obfuscated"),
        (10, 2, "suspicious"),
        (10, 3, "obfuscated"),
    ],
)
def test_verdict_thresholds(words, affected, expected):
    # thresholds: >= 3 affected words and >= 2% of words
    assert verdict(words, affected) == expected


# ----------------------------------------------------------------------------- streaming


@pytest.mark.parametrize("chunk", [5, 64, 1 << 20])
def test_streaming_in_small_chunks_gives_the_same_result(tmp_path, monkeypatch, chunk):
    monkeypatch.setattr(scan_mod, "CHUNK_BYTES", chunk)
    monkeypatch.setattr(scan_mod, "_MAX_CARRY", 40)  # force cuts inside long lines too
    text = (OBF_EN + CLEAN_RU + "Ｆrаnce\u200b " * 7 + "\n" + CLEAN_EL) * 3
    src, out = tmp_path / "in.txt", tmp_path / "out.txt"
    src.write_text(text, encoding="utf-8")
    report = scan_file(src, out=out, force=True)
    whole, fixed = scan_text(text, fix=True)
    assert out.read_text(encoding="utf-8") == fixed
    assert (report.words, report.affected_words, report.lines) == (
        whole.words,
        whole.affected_words,
        12,
    )
    assert [(c.char, c.count, c.first_line, c.first_column) for c in report.characters] == [
        (c.char, c.count, c.first_line, c.first_column) for c in whole.characters
    ]


@settings(max_examples=40, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("aeo cp\n") + ["\u0430", "\u0435", "\u043e", "\u200b", "Ж", "ω"]
        ),
        max_size=80,
    ),
    st.integers(min_value=1, max_value=9),
)
def test_streaming_never_changes_the_repair(tmp_path_factory, text, chunk):
    path = tmp_path_factory.mktemp("s") / "in.txt"
    path.write_text(text + "x", encoding="utf-8")
    out = path.with_suffix(".out")
    old = scan_mod.CHUNK_BYTES
    scan_mod.CHUNK_BYTES = chunk
    try:
        scan_file(path, out=out, force=True)
    finally:
        scan_mod.CHUNK_BYTES = old
    assert out.read_text(encoding="utf-8") == repair(text + "x")


# ---------------------------------------------------------------------------- bad input


def test_utf16_with_bom_is_read(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(OBF_EN.encode("utf-16"))
    out = tmp_path / "fixed.txt"
    report = scan_file(p, out=out, force=True)
    assert report.encoding.startswith("UTF-16")
    # the repair keeps the encoding and its byte-order mark (issue 14)
    assert out.read_bytes() == CLEAN_EN.encode("utf-16")


@pytest.mark.parametrize(
    "payload, words",
    [
        (b"", ["empty"]),
        (b" \n\t\n", ["no text"]),
        (b"\xef\xbb\xbf", ["no text"]),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ["binary", "NUL"]),
        ("Caf\u00e9 d\u00e9j\u00e0 vu\n".encode("cp1252"), ["UTF-8", "UTF-16", "0xe9", "line 1"]),
        ("ok\n".encode("utf-16-le"), ["binary"]),  # UTF-16 without its BOM
    ],
)
def test_bad_input_is_one_clear_error_and_nothing_is_written(tmp_path, payload, words):
    p = tmp_path / "bad.txt"
    p.write_bytes(payload)
    out = tmp_path / "out.txt"
    out.write_text("keep me", encoding="utf-8")
    with pytest.raises(InputError) as err:
        scan_file(p, out=out, force=True)
    for w in words:
        assert w in str(err.value)
    assert out.read_text(encoding="utf-8") == "keep me"
    assert sorted(x.name for x in tmp_path.iterdir()) == ["bad.txt", "out.txt"]


def test_decoding_error_late_in_a_big_file_leaves_no_output(tmp_path, monkeypatch):
    monkeypatch.setattr(scan_mod, "CHUNK_BYTES", 100)
    p = tmp_path / "big.txt"
    p.write_bytes(("line of text\n" * 50).encode() + b"bad \xff byte\n")
    with pytest.raises(InputError) as err:
        scan_file(p, out=tmp_path / "o.txt")
    assert "line 51" in str(err.value) and "byte offset 654" in str(err.value)
    assert not (tmp_path / "o.txt").exists() and len(list(tmp_path.iterdir())) == 1


def test_read_text_decodes_like_scan(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbfhello\n")
    assert read_text(p) == "hello\n"


# ---------------------------------------------------------------------------------- CLI


def _run(*args, cwd=None):
    return run_cli(*args, cwd=cwd)


def test_cli_scan_fix_writes_the_repaired_text(tmp_path):
    src = tmp_path / "article.txt"
    src.write_text(OBF_EN, encoding="utf-8")
    res = _run("scan", str(src), "--fix", "-o", str(tmp_path / "clean.txt"))
    assert res.returncode == 0, res.stderr
    assert "obfuscated" in res.stdout and "U+0435" in res.stdout
    assert (tmp_path / "clean.txt").read_text(encoding="utf-8") == CLEAN_EN


def test_cli_scan_json(tmp_path):
    src = tmp_path / "article.txt"
    src.write_text(OBF_EN + "x" * 300 + "\n", encoding="utf-8")  # a long line must not wrap
    res = _run("scan", str(src), "--format", "json")
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["verdict"] == "obfuscated" and data["affected_words"] == 12
    assert data["characters"][0]["codepoint"] == "U+0435"


def test_cli_scan_bad_input_exits_2_with_one_message(tmp_path):
    src = tmp_path / "latin1.txt"
    src.write_bytes("R\u00e9sum\u00e9\n".encode("latin-1"))
    res = _run("scan", str(src), "--fix")
    assert res.returncode == 2
    assert res.stderr.startswith("error:") and "UTF-8" in res.stderr
    assert "Traceback" not in res.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latin1.txt"]


def test_memory_does_not_grow_with_the_file(tmp_path, monkeypatch):
    import tracemalloc

    sys.path.insert(0, str(Path(__file__).parent))
    from obfuscate import obfuscate

    import concilium.text.confusables as conf_mod

    # small caches and chunks, so that their bounds are reached within a small test
    monkeypatch.setattr(scan_mod, "CHUNK_BYTES", 1 << 15)
    monkeypatch.setattr(conf_mod, "MEMO_LIMIT", 300)
    base = (Path(__file__).parent / "articles" / "nato-tokyo.txt").read_text(encoding="utf-8")
    scan_text(obfuscate(base, "mixed", 0.1, seed=99))  # build the Unicode tables first
    peaks, sizes = [], []
    for megabytes in (0.25, 1.0):
        path = tmp_path / f"in-{megabytes}.txt"
        with open(path, "w", encoding="utf-8") as fh:
            k = 0
            while fh.tell() < megabytes * 1e6:
                fh.write(obfuscate(base, "mixed", 0.1, seed=k))
                k += 1
        sizes.append(path.stat().st_size)
        tracemalloc.start()
        scan_file(path, out=tmp_path / "out.txt", force=True)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    # a streaming scan: four times the input costs far less than the extra input in memory
    assert peaks[1] - peaks[0] < 0.5 * (sizes[1] - sizes[0])


def test_output_file_gets_ordinary_permissions(tmp_path):
    import os

    src = tmp_path / "a.txt"
    src.write_text(OBF_EN, encoding="utf-8")
    out = tmp_path / "fixed.txt"
    scan_file(src, out=out, force=True)
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_missing_output_folder_is_an_input_error(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(OBF_EN, encoding="utf-8")
    with pytest.raises(InputError, match="does not exist"):
        scan_file(src, out=tmp_path / "no" / "such" / "out.txt")
