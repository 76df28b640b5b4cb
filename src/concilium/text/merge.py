"""Merging drafts of several reports on the same decision into one scenario.

Each article is drafted on its own (:func:`concilium.text.draft.draft_scenario`); then, per
actor and issue, the stance from the latest-dated report wins (a stance with evidence wins
over one only assumed from a vote count, whatever the dates), the evidence of every report is
kept, and reports that disagree on an actor's label are listed as conflicts.  A report whose
date was only assumed (no year in its dateline: ``x-draft.date.how == "assumed"``) counts as
older than every dated one, so its guessed date never becomes the merged scenario's date (the
members a dated report names are members on its date, not on a guessed one).

Issues are matched by id; when every report has a single issue they are taken to be the same
decision (reports word their proposal differently) and the latest report's id and title are
kept.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from concilium.errors import InputError

__all__ = ["merge_drafts"]

_LABEL = re.compile(r"drafted stance: (\w+)(?: \(confidence ([0-9.]+)\))?")


def _label(stance: dict[str, Any]) -> tuple[str, float, bool]:
    m = _LABEL.search(stance.get("note") or "")
    label = m.group(1) if m else "?"
    conf = float(m.group(2)) if m and m.group(2) else 0.0
    assumed = "assumption" in stance.get("position", {})
    return label, conf, assumed


def _date(d: Any) -> dt.date:
    return d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d))


def _date_assumed(draft: dict[str, Any]) -> bool:
    return (draft.get("x-draft", {}).get("date") or {}).get("how") == "assumed"


def merge_drafts(drafts: list[dict[str, Any]]) -> dict[str, Any]:
    """One scenario from the drafts of several articles (each a :func:`draft_scenario`
    mapping), latest date first for stances; conflicts are listed in the notes and under
    ``x-draft.conflicts``."""
    if not drafts:
        raise InputError("no article to draft")
    if len(drafts) == 1:
        return drafts[0]
    bodies = Counter(d["body"] if isinstance(d["body"], str) else d["body"]["id"] for d in drafts)
    if len(bodies) > 1:
        raise InputError(
            "the articles are about different bodies: "
            + ", ".join(
                f"{d['sources'][0]}: {d['body'] if isinstance(d['body'], str) else d['body']['id']}"
                for d in drafts
            ),
            hint="draft them separately, or pass --body to read them all for one body",
        )
    # assumed dates first (oldest): a stated or inferred date wins over a guessed one
    order = sorted(
        range(len(drafts)),
        key=lambda k: (not _date_assumed(drafts[k]), _date(drafts[k]["date"]), k),
    )
    latest = drafts[order[-1]]
    single = all(len(d["issues"]) == 1 for d in drafts)
    issue_of = {}  # (draft index, issue id) -> merged issue id
    issues: dict[str, dict[str, Any]] = {}
    for k in reversed(order):  # latest first: its ids and titles win
        for issue in drafts[k]["issues"]:
            iid = latest["issues"][0]["id"] if single else issue["id"]
            issue_of[(k, issue["id"])] = iid
            if iid not in issues:
                issues[iid] = dict(issue, evidence=list(issue.get("evidence", [])))
            elif issue is not latest["issues"][0]:
                issues[iid]["evidence"].extend(issue.get("evidence", []))

    actors: dict[str, dict[str, Any]] = {}
    chosen: dict[tuple[str, str], tuple[tuple, str, str]] = {}  # (actor, issue) -> rank, label
    seen: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for k in order:
        d = drafts[k]
        src = ", ".join(d.get("sources", [])) or f"article {k + 1}"
        day = _date(d["date"])
        for actor in d["actors"]:
            merged = actors.setdefault(
                actor["id"], {x: v for x, v in actor.items() if x != "stances"}
            )
            for alias in actor.get("aliases", []):
                if alias not in merged.setdefault("aliases", []):
                    merged["aliases"].append(alias)
            if merged.get("role") != "member" and actor.get("role") == "member":
                merged["role"] = "member"
            for iid, stance in (actor.get("stances") or {}).items():
                mid = issue_of[(k, iid)]
                label, conf, assumed = _label(stance)
                seen.setdefault((actor["id"], mid), []).append((label, src, day.isoformat()))
                rank = (not assumed, day, conf)
                key = (actor["id"], mid)
                stances = merged.setdefault("stances", {})
                if key not in chosen or rank >= chosen[key][0]:
                    old = stances.get(mid)
                    new = _copy_stance(stance)
                    if old is not None and not assumed:
                        new["position"].setdefault("evidence", [])
                        new["position"]["evidence"] = (
                            old["position"].get("evidence", []) + new["position"]["evidence"]
                        )
                    stances[mid] = new
                    chosen[key] = (rank, label, src)
                elif not assumed:  # an older report: keep its evidence too
                    stances[mid]["position"].setdefault("evidence", []).extend(
                        stance["position"].get("evidence", [])
                    )
    conflicts = []
    for (actor, iid), reads in seen.items():
        labels = {lab for lab, _, _ in reads}
        if len(labels) > 1:
            kept = chosen[(actor, iid)]
            conflicts.append(
                f"{actor} on {iid}: "
                + "; ".join(f"{lab} ({src}, {day})" for lab, src, day in reads)
                + f" -> kept {kept[1]} ({kept[2]})"
            )
    out = {
        x: v
        for x, v in latest.items()
        if x not in ("issues", "actors", "sources", "notes", "x-draft", "body")
    }
    body = latest["body"]
    # inline body of the General Assembly: every named state (a body drafted inline for a date
    # its data do not cover keeps the members it lists)
    if not isinstance(body, str) and body.get("id") == "unga":
        body = dict(body, members=[{"id": a["id"], "name": a["name"]} for a in actors.values()])
    out["body"] = body
    out["issues"] = list(issues.values())
    out["actors"] = list(actors.values())
    out["sources"] = [s for d in (drafts[k] for k in order) for s in d.get("sources", [])]
    notes = [
        f"Merged by concilium from {len(drafts)} articles (latest date wins per stance; "
        "the evidence of every article is kept): "
        + ", ".join(
            f"{', '.join(drafts[k].get('sources', []))} ({_date(drafts[k]['date'])})" for k in order
        )
        + "."
    ]
    if conflicts:
        notes.append("Conflicts between sources: " + " | ".join(conflicts))
    for k in order:
        notes.append(
            f"--- {', '.join(drafts[k].get('sources', []))}:\n{drafts[k].get('notes', '')}"
        )
    out["notes"] = "\n".join(notes)
    meta: dict[str, Any] = {
        "engine": latest.get("x-draft", {}).get("engine"),
        "sources": [
            {
                "source": ", ".join(drafts[k].get("sources", [])),
                "date": _date(drafts[k]["date"]).isoformat(),
            }
            for k in order
        ],
        "conflicts": conflicts,
    }
    undated = [
        f"{', '.join(drafts[k].get('sources', []))}: {drafts[k]['x-draft']['date']['why']}"
        for k in order
        if _date_assumed(drafts[k])
    ]
    if undated:
        meta["dates_assumed"] = undated
    counts: dict[str, Any] = {}
    for k in order:
        for iid, m in (drafts[k].get("x-draft", {}).get("issues") or {}).items():
            counts[issue_of.get((k, iid), iid)] = m
    if counts:
        meta["issues"] = counts
    unknown = [x for k in order for x in drafts[k].get("x-draft", {}).get("membership_unknown", [])]
    if unknown:
        meta["membership_unknown"] = unknown
    spoofed = [x for k in order for x in drafts[k].get("x-draft", {}).get("lookalikes", [])]
    if spoofed:
        meta["lookalikes"] = spoofed
    out["x-draft"] = meta
    return out


def _copy_stance(stance: dict[str, Any]) -> dict[str, Any]:
    out = dict(stance)
    out["position"] = dict(stance["position"])
    if "evidence" in out["position"]:
        out["position"]["evidence"] = list(out["position"]["evidence"])
    return out
