"""Every file the README and docs name in the repository exists (a doc pointing to a missing
example is how docs/scenario-format.md came to cite examples/nato-tokyo-office-kinds.yaml)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# repository paths written in backticks or as Markdown link targets
_PATH = re.compile(
    r"(?<![\w/.-])((?:examples|docs|benchmarks|scripts)/[\w./-]+\.(?:yaml|yml|md|json|csv|py|png))"
)


def _documents() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def test_named_repository_files_exist():
    missing = []
    for doc in _documents():
        text = doc.read_text(encoding="utf-8")
        for match in _PATH.finditer(text):
            name = match.group(1).rstrip(".")
            # links are relative to the document's folder, other mentions to the root
            if not ((ROOT / name).exists() or (doc.parent / name).exists()):
                line = text.count("\n", 0, match.start()) + 1
                missing.append(f"{doc.relative_to(ROOT)}:{line}: {name}")
    assert not missing, "docs name files that do not exist:\n" + "\n".join(missing)
