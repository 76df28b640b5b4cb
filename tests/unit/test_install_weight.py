"""Install size and start-up (issue 14): a plain forecast imports neither pandas nor scipy;
scipy is an optional extra, needed only for an agenda setter's package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from concilium.errors import InputError
from concilium.models import run_model
from concilium.scenario import Scenario

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from concilium.cli import main
for args in ({runs}):
    try:
        main(["forecast", *args])
    except SystemExit as exc:
        assert exc.code in (0, None), (args, exc.code)
print(sorted(m for m in ("pandas", "scipy", "matplotlib") if m in sys.modules))
"""


def test_a_plain_forecast_imports_neither_pandas_nor_scipy():
    """Before: pandas (84 MB on disk, the slowest import) was imported by every forecast.

    The forecast runs in process (``concilium.cli.main``) in a fresh interpreter, the only
    way to see what a command imports."""
    flagship = str(ROOT / "examples" / "nato-tokyo-office.yaml")
    runs = repr([[flagship], [flagship, "-f", "json"], [flagship, "-m", "all"]])[1:-1] + ","
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(runs=runs)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=ROOT,
    )
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout


LAZY_PROBE = """
import sys
from concilium.cli import main
from concilium.models import MODELS
print(sorted(m for m in sys.modules if m.startswith("concilium.models.")))
try:
    main({args!r})
except SystemExit as exc:
    assert exc.code in (0, None), exc.code
print(sorted(m for m in sys.modules if m.startswith("concilium.models.")))
"""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        # the help and version import no model (before: all nine, about half a second)
        (["--version"], []),
        (["forecast", "--help"], []),
        # a forecast imports the model it runs (procedural reads no other model's module)
        (
            ["forecast", str(ROOT / "examples" / "unsc-ukraine-2022.yaml"), "--no-store"],
            ["concilium.models.procedural"],
        ),
    ],
)
def test_the_model_registry_imports_a_model_only_when_it_is_used(args, expected):
    """``concilium.models.MODELS`` knows its names without importing the models (fresh
    interpreter: the only way to see what a command imports)."""
    out = subprocess.run(
        [sys.executable, "-c", LAZY_PROBE.format(args=args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=ROOT,
    )
    lines = out.stdout.strip().splitlines()
    assert lines[0] == "['concilium.models._spec']", out.stdout
    assert lines[-1] == repr(sorted(["concilium.models._spec", *expected])), out.stdout


def test_the_lazy_registry_lists_every_model_under_its_own_name_in_order():
    """Each entry's module defines the ModelSpec of the name it is registered under; the
    order is the one users see (procedural first, as before the registry became lazy)."""
    from concilium.models import MODELS

    names = list(MODELS)
    assert names[0] == "procedural"
    assert len(names) == len(set(names)) == len(MODELS) == 9
    assert [s.name for s in MODELS.values()] == names
    assert "no-such-model" not in MODELS
    with pytest.raises(KeyError):
        MODELS["no-such-model"]


def _package_scenario() -> Scenario:
    members = [{"id": k, "name": k} for k in "ABC"]
    stances = {"A": (20, 30), "B": (60, 40), "C": (80, 90)}
    return Scenario.model_validate(
        {
            "id": "pkg",
            "title": "Package",
            "date": "2024-01-01",
            "vote": "package",
            "agenda_setter": "A",
            "body": {
                "id": "trio",
                "name": "Trio",
                "rule": {"kind": "majority"},
                "members": members,
            },
            "issues": [
                {"id": "x", "title": "X", "status_quo": 50},
                {"id": "y", "title": "Y", "status_quo": 50},
            ],
            "actors": [
                {
                    "id": k,
                    "name": k,
                    "stances": {
                        "x": {"position": px, "salience": 50},
                        "y": {"position": py, "salience": 50},
                    },
                }
                for k, (px, py) in stances.items()
            ],
        }
    )


def test_a_setters_package_without_scipy_says_how_to_install_it(monkeypatch):
    sc = _package_scenario()
    monkeypatch.setitem(sys.modules, "scipy.optimize", None)  # import now raises ImportError
    with pytest.raises(InputError, match=r"concilium\[scipy\]"):
        run_model(sc, "procedural")


def test_a_setters_package_with_scipy_still_works():
    pytest.importorskip("scipy")
    f = run_model(_package_scenario(), "procedural")
    # Majority of 3: the setter A (ideal (20, 30), q = (50, 50)) needs one more member whose
    # preferred-to circle around its ideal (equal saliences) contains the point.  B at (60, 40)
    # is nearer A's ideal than C, so the package lies in A's and B's circles, strictly closer
    # to A's ideal than the status quo.
    x, y = (i.outcome for i in f.issues)
    assert (x - 20) ** 2 + (y - 30) ** 2 < (50 - 20) ** 2 + (50 - 30) ** 2
    assert (x - 60) ** 2 + (y - 40) ** 2 <= (50 - 60) ** 2 + (50 - 40) ** 2 + 1e-6
