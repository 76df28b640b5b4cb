"""Scenario files (YAML, JSON) and tables (pandas DataFrames).

``load_scenario`` gives one clear :class:`~concilium.errors.InputError` naming the file,
line and field for anything wrong.  ``save_scenario`` writes YAML or JSON; when the
scenario was loaded from a YAML file with comments, they are kept where ruamel.yaml can keep
them (the file's text is read again with ruamel's round-trip loader at saving time).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from concilium.errors import InputError
from concilium.io.documents import (
    Document,
    SourceText,
    dump_yaml,
    parse_text,
    read_document,
    roundtrip_tree,
    update_tree,
    validate,
    write_atomic,
)
from concilium.scenario import Scenario

if TYPE_CHECKING:  # pandas is imported only when a DataFrame is asked for
    import pandas as pd

__all__ = [
    "load_scenario",
    "parse_scenario",
    "save_scenario",
    "scenario_from_frame",
    "scenario_json_schema",
    "scenario_to_frame",
]


def load_scenario(path: str | Path) -> Scenario:
    """Read and validate a scenario file (``.yaml``, ``.yml`` or ``.json``; KTAB's ``.csv``
    and ``.xml`` scenarios are read by :mod:`concilium.io.ktab`)."""
    if Path(path).suffix.lower() in (".csv", ".xml", ""):  # what is_ktab_file looks at
        from concilium.io.ktab import is_ktab_file, load_ktab

        if is_ktab_file(path):
            return load_ktab(path)
    tree, source = read_document(path)
    scenario = _validate(tree, source)
    if isinstance(tree, Document):  # saving keeps the file's comments
        scenario._source_tree = SourceText(tree._text, Path(path).suffix.lower() == ".json")
    return scenario


def parse_scenario(
    text: str, source: str = "<string>", *, json_syntax: bool = False, draft: bool = False
) -> Scenario:
    """Validate a scenario given as YAML or JSON text.  ``draft``: the text is a draft, whose
    stand-in body may lack the members its rule needs (``Scenario.stand_in_shortfall``)."""
    tree = parse_text(text, source, json_syntax=json_syntax)
    return _validate(tree, source, {"draft": True} if draft else None)


def _validate(tree: Any, source: str, context: dict | None = None) -> Scenario:
    if not isinstance(tree, dict):
        raise InputError(
            "a scenario file must be a mapping with id, title, date, body, issues and actors",
            source=source,
            hint="see examples/nato-tokyo-office.yaml or run `concilium schema`",
        )
    return validate(Scenario, tree, source, context)


def save_scenario(scenario: Scenario, path: str | Path) -> None:
    """Write a scenario as YAML (``.yaml``/``.yml``) or JSON (``.json``), atomically."""
    p = Path(path)
    data = scenario.model_dump(mode="json", by_alias=True)
    if p.suffix.lower() == ".json":
        write_atomic(p, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return
    src = scenario._source_tree
    if isinstance(src, SourceText) and not src.json_syntax and "#" in src.text:
        data = update_tree(roundtrip_tree(src), data)  # a file with comments: keep them
    write_atomic(p, dump_yaml(data))


def scenario_json_schema() -> dict[str, Any]:
    """JSON Schema of scenario files, for editors' completion and validation."""
    schema = Scenario.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://concilium.invalid/schema/scenario.json"
    schema["title"] = "concilium scenario"
    # Top-level "x-" keys are the analyst's own (notes, YAML anchors): allowed, ignored.
    schema["patternProperties"] = {"^x-": {}}
    # A built-in body may be named instead of given inline.
    props = schema.get("properties", {})
    if "body" in props:
        inline = props["body"]
        props["body"] = {
            "description": inline.get("description", ""),
            "anyOf": [
                {
                    "type": "string",
                    "description": "built-in body: nato, eu-council, unsc, or a file",
                },
                {k: v for k, v in inline.items() if k != "description"},
            ],
        }
    # A procedure may be a built-in's name, or {use: name, ...} with the built-in's fields
    # replaced (concilium.procedures.Procedure); a stage's body may be a built-in's name.
    if "procedure" in props:
        inline = props["procedure"]
        stage = schema.get("$defs", {}).get("Stage", {}).get("properties", {})
        if "body" in stage:
            stage["body"] = {
                "description": stage["body"].get("description", ""),
                "anyOf": [{"type": "string"}, *stage["body"].get("anyOf", [stage["body"]])],
            }
        proc = schema.get("$defs", {}).get("Procedure", {})
        use = {
            "type": "object",
            "required": ["use"],
            "properties": {
                "use": {"type": "string", "description": "a built-in procedure to start from"},
                **{k: v for k, v in proc.get("properties", {}).items()},
            },
            "additionalProperties": False,
        }
        props["procedure"] = {
            "description": inline.get("description", ""),
            "anyOf": [
                {
                    "type": "string",
                    "description": "built-in procedure: eu-olp, nato-enlargement, host-consent",
                },
                use,
                *[v for v in inline.get("anyOf", [inline]) if v != {"type": "null"}],
                {"type": "null"},
            ],
        }
    # Evidence dates may be a bare year, which YAML reads as a number.
    ev_date = schema.get("$defs", {}).get("Evidence", {}).get("properties", {}).get("date", {})
    if "anyOf" in ev_date:
        ev_date["anyOf"].append({"type": "integer", "minimum": 1, "maximum": 9999})
    # A member of the body needs only its id: its name comes from the body.
    actor = schema.get("$defs", {}).get("Actor", {})
    if "name" in actor.get("required", []):
        actor["required"] = [r for r in actor["required"] if r != "name"]
        actor["properties"]["name"]["description"] = (
            "display name; may be left out for a member of the body (taken from the body)"
        )
    return schema


# ------------------------------------------------------------------------------ tables
_FRAME_COLUMNS = ["actor", "name", "role", "issue", "position", "salience", "capability"]


def scenario_to_frame(scenario: Scenario) -> pd.DataFrame:
    """One tidy row per actor and issue with a stance (and the numbers' sourcing)."""
    rows = []
    for actor in scenario.actors:
        for issue_id, st in actor.stances.items():
            rows.append(
                {
                    "actor": actor.id,
                    "name": actor.name,
                    "role": "member" if scenario.is_member(actor.id) else "stakeholder",
                    "issue": issue_id,
                    "position": st.position.value,
                    "salience": st.salience.value if st.salience else math.nan,
                    "capability": c
                    if (c := actor.capability_on(issue_id)) is not None
                    else math.nan,
                    "position_sourced": st.position.sourced,
                    "assumption": st.position.assumption or "",
                }
            )
    import pandas as pd

    return pd.DataFrame(rows, columns=_FRAME_COLUMNS + ["position_sourced", "assumption"])


def scenario_from_frame(
    frame: pd.DataFrame,
    *,
    id: str,
    title: str,
    date: dt.date | str,
    body: Any,
    issues: list[dict[str, Any]] | None = None,
    rule: Any = None,
    source: str = "<DataFrame>",
) -> Scenario:
    """Build a scenario from a tidy frame with columns actor, issue, position and optionally
    name, salience, capability (missing values are left unset).

    ``issues`` gives each issue's title, scale, status quo and proposal; issues only named
    in the frame get a default 0..100 scale.
    """
    missing = [c for c in ("actor", "issue", "position") if c not in frame.columns]
    if missing:
        raise InputError(
            f"the table lacks column(s) {missing}",
            source=source,
            hint="columns: actor, issue, position[, name, salience, capability]",
        )
    actors: dict[str, dict[str, Any]] = {}
    for row_no, row in enumerate(frame.to_dict("records"), start=1):
        aid = str(row["actor"]).strip()
        iid = str(row["issue"]).strip()
        actor = actors.setdefault(
            aid, {"id": aid, "name": _text(row.get("name")) or aid, "stances": {}}
        )
        if iid in actor["stances"]:
            raise InputError(
                f"actor {aid!r} has two rows for issue {iid!r}",
                source=source,
                line=row_no + 1,
                hint="keep one row per actor and issue",
            )
        stance: dict[str, Any] = {"position": _number(row["position"], "position", row_no, source)}
        for col in ("salience", "capability"):
            v = row.get(col)
            if v is not None and not (isinstance(v, float) and math.isnan(v)):
                stance[col] = _number(v, col, row_no, source)
        actor["stances"][iid] = stance
    issue_list = list(issues or [])
    named = {i["id"] for i in issue_list}
    for iid in dict.fromkeys(str(i).strip() for i in frame["issue"]):
        if iid not in named:
            issue_list.append({"id": iid, "title": iid})
    data = {
        "id": id,
        "title": title,
        "date": str(date),
        "body": body,
        "issues": issue_list,
        "actors": list(actors.values()),
    }
    if rule is not None:
        data["rule"] = rule
    return validate(Scenario, data, source)


def _text(v: Any) -> str | None:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    return str(v)


def _number(v: Any, col: str, row_no: int, source: str) -> float:
    try:
        x = float(v)
    except (TypeError, ValueError):
        raise InputError(f"{col} {v!r} is not a number", source=source, line=row_no + 1) from None
    if not math.isfinite(x):
        raise InputError(
            f"{col} is NaN or infinite",
            source=source,
            line=row_no + 1,
            hint="give a finite number or leave the cell empty",
        )
    return x
