"""The package's layers point down only, and no module imports itself back (issue 8).

Every import in every module counts, also those inside functions (a lazy import is still a
dependency); only imports under ``if TYPE_CHECKING:`` are left out.  A module's layer is
given by the longest matching prefix in LAYERS; a module may import from its own layer or
any lower one.  The same check as an import-linter "layers" contract, without the tool.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

# lowest first; a module imports only from its own layer or lower ones
LAYERS: list[tuple[str, ...]] = [
    (
        "concilium._version",
        "concilium._gcpause",
        "concilium.errors",
        "concilium.stats",
        "concilium.typed",
        "concilium.trace",
        "concilium.games",
        "concilium.numbers",
        "concilium.estimates",
        "concilium.text._ucd",
        "concilium.text.confusables",
        "concilium.text.data",
        "concilium.text.safe",
        "concilium.io.output",
        "concilium.io.documents",
        "concilium.io.limits",
        "concilium.io",
    ),
    ("concilium.rules", "concilium.spatial"),
    ("concilium.bodies", "concilium.procedures"),
    ("concilium.scenario", "concilium.forecast"),
    ("concilium.io.scenarios", "concilium.io.decide", "concilium.io.ktab"),
    ("concilium.models",),
    ("concilium.analysis", "concilium.evaluation", "concilium.text", "concilium.store"),
    ("concilium.report",),
    ("concilium.cli", "concilium.web", "concilium.__main__", "concilium"),
]


def _modules() -> dict[str, Path]:
    out = {}
    for path in (SRC / "concilium").rglob("*.py"):
        rel = path.relative_to(SRC).with_suffix("")
        name = ".".join(rel.parts)
        out[name.removesuffix(".__init__")] = path
    return out


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip |= {id(n) for n in ast.walk(node)}
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join(parts + ([base] if base else []))
            found.add(base)
            found |= {f"{base}.{a.name}" for a in node.names}
    out = set()
    for target in found:
        while target and target not in known:
            target = target.rpartition(".")[0]
        # a module's own package __init__ is not a dependency of substance
        if target and target != name and not name.startswith(target + "."):
            out.add(target)
    return out


def _layer(name: str) -> int:
    best, layer = -1, None
    for i, prefixes in enumerate(LAYERS):
        for p in prefixes:
            if (name == p or name.startswith(p + ".")) and len(p) > best:
                best, layer = len(p), i
    assert layer is not None, f"{name} is in no layer: add it to LAYERS in tests/test_layers.py"
    return layer


def _graph() -> dict[str, set[str]]:
    mods = _modules()
    return {m: _imports(m, p, set(mods)) for m, p in mods.items()}


def test_imports_point_down_the_layers():
    graph = _graph()
    upward = [
        f"{m} (layer {_layer(m)}) imports {t} (layer {_layer(t)})"
        for m, targets in sorted(graph.items())
        for t in sorted(targets)
        if _layer(t) > _layer(m)
    ]
    assert upward == []


def test_there_is_no_import_cycle():
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                cycles.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    assert cycles == []
