"""No module under src/concilium binds the same name twice at module level.

A second ``_SAY = ...`` further down a module silently replaces the first for every function,
including those written next to the first and meant for it (bf1fc3a fixed one such case).
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "concilium"

# Names deliberately bound twice at module level, with the reason.  Keep it empty if you can.
ALLOWED: dict[tuple[str, str], str] = {}


def _bound_names(stmt: ast.stmt) -> list[str]:
    """The names a module-level statement binds (assignments, functions, classes)."""
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [stmt.name]
    targets: list[ast.expr] = []
    if isinstance(stmt, ast.Assign):
        targets = list(stmt.targets)
    elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
        targets = [stmt.target]
    names: list[str] = []
    for target in targets:
        for node in ast.walk(target):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.append(node.id)
    return names


def shadowed(source: str) -> dict[str, list[int]]:
    """Module-level names bound more than once, with the lines that bind them."""
    lines: dict[str, list[int]] = defaultdict(list)
    for stmt in ast.parse(source).body:
        for name in _bound_names(stmt):
            lines[name].append(stmt.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1}


def test_the_scan_finds_a_rebinding():
    found = shadowed("_SAY = {'say'}\ndef f(): return _SAY\n_SAY = {'said'}\n_X: int = 1\n")
    assert found == {"_SAY": [1, 3]}
    assert shadowed("def f(): pass\nclass f: pass\n") == {"f": [1, 2]}
    assert shadowed("_A = 1\n_B = 2\nif True:\n    _A = 3\n") == {}


def test_no_module_level_name_is_bound_twice():
    hits = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        for name, at in shadowed(path.read_text(encoding="utf-8")).items():
            if (rel, name) not in ALLOWED:
                hits.append(f"{rel}: {name} bound at lines {at}")
    assert not hits, "module-level names bound twice:\n" + "\n".join(hits)
