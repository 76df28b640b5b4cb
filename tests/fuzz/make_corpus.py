"""Write a corpus of hostile input files for concilium's reading commands.

    python tests/fuzz/make_corpus.py OUTDIR          # regular files
    python tests/fuzz/make_corpus.py OUTDIR --special  # also a FIFO and device symlinks

The fuzz tests (``tests/fuzz/test_fuzz.py``) call :func:`build_corpus` and :func:`make_special`
on a temporary folder; the script is for trying the files by hand, e.g.
``for f in OUTDIR/*; do concilium validate "$f"; done``.

Each file is the smallest that shows one hostile shape (issue 14): YAML alias bombs and
recursive aliases, deep nesting (flow, block, JSON), numbers Python or the models cannot
hold, impossible dates, control characters and rich markup in names and titles, binary and
wrongly encoded files, huge lines and fields, CSV weights files and DEU datasets with broken
rows.  Special files (a FIFO nobody writes, symlinks to ``/dev/zero`` and ``/dev/urandom``,
a directory) are made by :func:`make_special`, at test time.

Sizes are kept small (about 1 MB in all) so that the whole suite runs in seconds; the
limits they test do not depend on size (see docs/scenario-format.md, "Limits").
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

# A small valid scenario (3 members, weighted majority with quota 2): every hostile
# scenario below is this one with one thing changed, so that a refusal is about that thing.
MINI = """\
id: mini
title: Mini council
date: 2024-01-01
body:
  id: tiny
  name: Tiny council
  rule: {kind: weighted_majority, weight: votes, quota: 2}
  members:
    - {id: A, name: Alpha, weights: {votes: 1}}
    - {id: B, name: Beta, weights: {votes: 1}}
    - {id: C, name: Gamma, weights: {votes: 1}}
issues:
  - id: i1
    title: Issue one
    scale: {min: 0, max: 100}
    status_quo: 0
    proposal: 100
actors:
  - {id: A, name: Alpha, capability: 1, stances: {i1: {position: 10, salience: 50}}}
  - {id: B, name: Beta, capability: 1, stances: {i1: {position: 60, salience: 50}}}
  - {id: C, name: Gamma, capability: 1, stances: {i1: {position: 90, salience: 50}}}
"""

#: characters a terminal acts on: ESC sequences (clear screen, OSC window title, OSC 8
#: hyperlink), 8-bit CSI, NUL, BEL, DEL and bidi overrides
CONTROLS = (
    "\x1b[2J",
    "\x1b]0;pwned\x07",
    "\x1b]8;;http://evil.invalid\x1b\\link\x1b]8;;\x1b\\",
    "\x9b31m",
    "\x00",
    "\x7f",
    "\u202e",
    "\u2066",
)
#: rich markup that must be shown, not applied
MARKUP = ("[/]", "[bold]", "[link=http://evil.invalid]x[/link]", "[red]x", "a[/]b")


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML) for any text."""
    return json.dumps(text)


def _scenario(old: str, new: str, count: int = 1) -> str:
    assert old in MINI, old
    return MINI.replace(old, new, count)


def _weights_csv(rows: list[str]) -> str:
    return "member,name,weight\n" + "\n".join(rows) + "\n"


def _deu(extra_row: str | None = None) -> str:
    """A tiny DEU-format dataset (tab-separated, made-up numbers) for ``evaluate``."""
    states = ["at", "be", "de", "fr"]
    head = ["prnr", "isnr", "intro", "counvte", "pcom", "scom"]
    head += [f"p{s}" for s in states] + [f"s{s}" for s in states] + ["rp", "out"]
    row = [
        "1",
        "1",
        "01-01-05",
        "qmv",
        "50",
        "50",
        "0",
        "40",
        "60",
        "100",
        "50",
        "50",
        "50",
        "50",
        "0",
        "55",
    ]
    lines = ["\t".join(head), "\t".join(row)]
    if extra_row is not None:
        lines.append(extra_row)
    return "\n".join(lines) + "\n"


def build_corpus(folder: str | os.PathLike[str]) -> list[Path]:
    """Write the hostile regular files into ``folder``; returns their paths."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, str | bytes] = {}

    # --- YAML structure
    bomb = ["a0: &a0 [" + ", ".join(["lol"] * 10) + "]"]
    bomb += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    files["bomb.yaml"] = "\n".join(bomb) + "\n" + MINI  # 10**9 values once expanded
    # a mapping built from aliases: 250 keys of 10,101 values each (2.5 million)
    files["bomb-map.yaml"] = (
        "x-a: &a ["
        + ", ".join(["x"] * 100)
        + "]\n"
        + "x-b: &b ["
        + ", ".join(["*a"] * 100)
        + "]\n"
        + "".join(f"x-k{i}: *b\n" for i in range(250))
        + MINI
    )
    files["recursive-alias.yaml"] = "x-loop: &loop\n  again: *loop\n" + MINI
    files["undefined-alias.yaml"] = _scenario("quota: 2}", "quota: *nowhere}")
    files["deep-flow.yaml"] = "x-deep: " + "[" * 5000 + "]" * 5000 + "\n" + MINI
    files["deep-block.yaml"] = "x-deep:\n" + "- " * 5000 + "x\n" + MINI
    files["deep-map.yaml"] = "x-deep:\n" + "".join("  " * i + f"k{i}:\n" for i in range(400))
    files["deep.json"] = '{"id": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
    files["deep-object.json"] = '{"a": ' * 3000 + "1" + "}" * 3000 + "\n"
    files["duplicate-key.yaml"] = MINI + "id: again\n"
    files["tab-indent.yaml"] = MINI.replace("  - id: i1", "\t- id: i1")
    files["not-a-mapping.yaml"] = "- just\n- a list\n"
    files["only-comments.yaml"] = "# nothing here\n"
    files["many-documents.yaml"] = MINI + "---\n" + MINI

    # --- numbers and dates
    files["bigint.yaml"] = _scenario("quota: 2}", "quota: " + "9" * 5000 + "}")
    files["bigint.json"] = '{"id": "x", "quota": ' + "7" * 5000 + "}\n"
    files["inf-quota.yaml"] = _scenario("quota: 2}", "quota: .inf}")
    files["nan-position.yaml"] = _scenario("position: 10,", "position: .nan,")
    files["inf-quota.json"] = json.dumps(
        {
            "id": "t",
            "name": "T",
            "rule": {"kind": "weighted_majority", "weight": "votes", "quota": float("inf")},
            "members": [{"id": "A", "name": "Alpha", "weights": {"votes": 1}}],
        }
    )
    files["weights-1e308.yaml"] = MINI.replace("votes: 1}", "votes: 1e308}")
    files["capability-1e308.yaml"] = MINI.replace("capability: 1,", "capability: 1e308,")
    files["scale-1e308.yaml"] = _scenario("{min: 0, max: 100}", "{min: -1e308, max: 1e308}")
    files["tiny-numbers.yaml"] = MINI.replace("salience: 50", "salience: 1e-320")
    files["zero-weights.yaml"] = MINI.replace("votes: 1}", "votes: 0}")
    files["day31.yaml"] = _scenario("date: 2024-01-01", "date: 2023-06-31")
    files["feb30.yaml"] = _scenario("date: 2024-01-01", "date: 2023-02-30")
    files["year0.yaml"] = _scenario("date: 2024-01-01", "date: 0000-01-01")
    files["year10000.yaml"] = _scenario("date: 2024-01-01", 'date: "10000-01-01"')
    files["bool-number.yaml"] = _scenario("capability: 1,", "capability: true,")

    # --- terminal injection and markup in names, titles and ids
    # (file name prefix, strings, the text of MINI replaced, its replacement, the value put
    # in the replacement's {} as a quoted scalar, with the string in the value's {})
    slots = (
        ("control-name", CONTROLS, "name: Alpha, capability", "name: {}, capability", "Al{}pha"),
        ("control-title", CONTROLS[:4], "title: Issue one", "title: {}", "Issue {}one"),
        ("markup-name", MARKUP, "name: Alpha, capability", "name: {}, capability", "Alpha {}"),
        ("markup-title", MARKUP[:3], "title: Mini council", "title: {}", "Mini {}"),
        ("markup-member", MARKUP[:3], "name: Beta, weights", "name: {}, weights", "Beta {}"),
    )
    for prefix, strings, old, new, value in slots:
        for i, c in enumerate(strings):
            files[f"{prefix}-{i}.yaml"] = _scenario(
                old, new.replace("{}", _q(value.replace("{}", c)))
            )
    files["control-id.yaml"] = _scenario("id: mini", f"id: {_q('mi' + CONTROLS[0] + 'ni')}")

    # --- encodings and binary
    files["binary.yaml"] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    files["latin1.yaml"] = MINI.replace("Alpha", "Alph\xe9").encode("latin-1")
    files["utf16-no-bom.yaml"] = MINI.encode("utf-16-le")
    files["utf16-bom.yaml"] = MINI.encode("utf-16")
    files["utf8-bom.yaml"] = b"\xef\xbb\xbf" + MINI.encode()
    files["truncated-utf8.txt"] = "Caf\u00e9 au lait".encode()[:-1] + b"\xc3"
    files["empty.yaml"] = b""
    files["whitespace.yaml"] = b"   \n\t\n"
    files["nul-in-text.txt"] = b"hello\x00world\n"
    files["lone-surrogate.json"] = b'{"id": "\\ud800"}'

    # --- huge lines and fields (kept to a few MB)
    files["huge-line.txt"] = "x" * 500_000  # one 500 kB word, no space, no newline
    files["huge-name.yaml"] = _scenario(
        "name: Alpha, capability", f"name: {'A' * 200_000}, capability"
    )
    files["long-lines.txt"] = ("word " * 50_000 + "\n") * 4

    # --- articles for draft/scan
    files["article-controls.txt"] = (
        "NATO allies met in Brussels on 3 May 2023. France "
        "\x1b]0;pwned\x07 opposed the office \u202e. "
        "Germany \x9b31m abstained [bold]loudly[/].\n"
    )
    files["article-markup.html"] = (
        "<html><title>[link=http://evil.invalid]NATO[/link]</title>"
        "<body><p>France [/] blocked it on 2023-06-06.</p></body>"
        "</html>"
    )

    # --- weights files (CSV and YAML) for power
    files["w-ok.csv"] = _weights_csv(["A,Alpha,4", "B,Beta,2", "C,Gamma,1", "quota,4"])
    files["w-huge-field.csv"] = _weights_csv(['A,"' + "x" * 200_000 + '",1', "quota,1"])
    files["w-unclosed-quote.csv"] = _weights_csv(
        ['A,"Alpha,1'] + ["B,Beta,2"] * 30_000 + ["quota,2"]
    )
    files["w-extra-fields.csv"] = _weights_csv(["A,Alpha,1", "B,Beta,2,3,4", "quota,2"])
    files["w-1e308.csv"] = _weights_csv(["A,Alpha,1e308", "B,Beta,1", "quota,2"])
    files["w-inf.csv"] = _weights_csv(["A,Alpha,inf", "B,Beta,1", "quota,2"])
    files["w-bigint.csv"] = _weights_csv(["A,Alpha," + "9" * 5000, "B,Beta,1", "quota,2"])
    files["w-markup.csv"] = _weights_csv(["A,[bold]Alpha[/],1", "B,\x1b[2JBeta\x9b,1", "quota,2"])
    files["w-inf-quota.yaml"] = (
        "name: T\nmembers:\n  - {id: A, weight: 1}\n  - {id: B, weight: 2}\nquota: .inf\n"
    )
    files["w-huge-quota.csv"] = _weights_csv(["A,Alpha,1", "quota," + "9" * 400])
    files["w-bigint-quota.csv"] = _weights_csv(["A,Alpha,1", "quota," + "9" * 5000])

    # --- DEU datasets for evaluate
    files["deu-ok.tsv"] = _deu()
    files["deu-huge-field.tsv"] = _deu("2\t2\t01-01-05\tqmv\t" + "9" * 200_000)
    files["deu-extra.tsv"] = _deu(
        "2\t2\t01-01-05\tqmv\t50\t50\t0\t40\t60\t100\t50\t50\t50\t50\t0\t55\textra"
    )
    files["deu-bad-date.tsv"] = _deu(
        "2\t2\t31-06-05\tqmv\t50\t50\t0\t40\t60\t100\t50\t50\t50\t50\t0\t55"
    )
    files["deu-huge-number.tsv"] = _deu(
        "2\t2\t01-01-05\tqmv\t" + "9" * 5000 + "\t50\t0\t40\t60\t100\t50\t50\t50\t50\t0\t55"
    )
    files["deu-controls.tsv"] = _deu(
        "2\t\x1b[2J2\x9b\t01-01-05\tqmv\t50\t50\t0\t40\t60\t100\t50\t50\t50\t50\t0\t55"
    )

    paths = []
    for name, content in files.items():
        p = out / name
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8", newline="")
        paths.append(p)
    return paths


def make_special(folder: str | os.PathLike[str]) -> list[Path]:
    """Non-regular files: a FIFO nobody writes to, symlinks to endless devices, a directory
    named like a scenario.  Returns the paths that could be made on this system."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    made = []
    fifo = out / "fifo.yaml"
    if hasattr(os, "mkfifo"):
        os.mkfifo(fifo)
        made.append(fifo)
    for dev in ("zero", "urandom"):
        if Path(f"/dev/{dev}").exists():
            link = out / f"dev-{dev}.yaml"
            link.symlink_to(f"/dev/{dev}")
            made.append(link)
    folder_like = out / "directory.yaml"
    folder_like.mkdir()
    made.append(folder_like)
    return made


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir")
    ap.add_argument(
        "--special", action="store_true", help="also make a FIFO, device symlinks and a directory"
    )
    args = ap.parse_args()
    paths = build_corpus(args.outdir)
    if args.special:
        paths += make_special(args.outdir)
    print(f"wrote {len(paths)} files to {args.outdir}")


if __name__ == "__main__":
    main()
