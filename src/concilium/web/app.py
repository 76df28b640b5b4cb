"""The web app's routes.  Thin: every computation is the library's (models, plots, store).

Security, for a tool meant to run on one's own machine:

* bound to 127.0.0.1 by ``concilium serve``; requests whose ``Host`` is not one of the
  allowed names are refused (no DNS rebinding);
* every state-changing request (POST) carries the app's CSRF token (the ``X-CSRF-Token``
  header that HTMX sends, or a ``csrf_token`` form field) and, when the browser says where
  it comes from (``Origin``), comes from this app;
* request bodies above ``max_body`` bytes are refused before they are read in full;
* file paths come from :mod:`concilium.web.paths`: nothing outside the folder is read or
  written, existing files are never overwritten;
* pages are autoescaped Jinja2 templates under a Content-Security-Policy that allows only
  this app's own script (HTMX, vendored).
"""

# No "from __future__ import annotations": FastAPI reads the route annotations at run time.

import hmac
import json
import math
import re
import secrets
import sqlite3
from pathlib import Path
from typing import Any

from concilium.errors import InputError, Problem
from concilium.web.paths import list_scenarios, resolve_in, safe_new_name

__all__ = ["create_app"]

HERE = Path(__file__).parent
DEFAULT_MAX_BODY = 1_000_000  # bytes: scenario files are small
SIM_SECONDS = 30.0  # a simulation still running after this stops at its next batch
DEFAULT_DRAWS = 2_000
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'"
)
_FIELD = re.compile(
    r"^actors\[(\d+)\](?:\.stances\.(.+)\.(position|salience|capability)|"
    r"\.(capability))(?:\.value)?$"
)


class BodyLimit:
    """ASGI middleware: refuse request bodies larger than ``limit`` bytes (413), by the
    declared Content-Length and by counting what arrives."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for k, v in scope.get("headers", []):
            if k == b"content-length" and v.isdigit() and int(v) > self.limit:
                await _too_large(send, self.limit)
                return
        seen = 0

        async def limited() -> Any:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge
            return msg

        try:
            await self.app(scope, limited, send)
        except _TooLarge:
            await _too_large(send, self.limit)


class _TooLarge(Exception):
    pass


async def _too_large(send: Any, limit: int) -> None:
    body = f"request too large (the limit is {limit:,} bytes)".encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def create_app(
    folder: str | Path,
    *,
    store: str | Path | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "[::1]", "::1"),
    sim_budget: Any = None,
    sim_seconds: float = SIM_SECONDS,
):
    """The app serving the scenarios in ``folder``; runs are recorded in ``store`` (default:
    the user's run store, see :func:`concilium.store.default_store_path`).

    Simulations are bounded: ``sim_budget`` (a
    :class:`~concilium.analysis.uncertainty.budget.DrawBudget`; default 20,000 draws when
    every model is cheap, 10 when one costs a model run per draw) refuses larger draw counts
    before starting, and a run still going after ``sim_seconds`` stops at the end of its
    current batch and reports the draws it finished."""
    from concilium.analysis.uncertainty.budget import DrawBudget, check_draws

    sim_budget = sim_budget or DrawBudget()
    try:
        from fastapi import FastAPI, Request
        from fastapi.responses import HTMLResponse, RedirectResponse
        from fastapi.staticfiles import StaticFiles
        from jinja2 import Environment, FileSystemLoader, StrictUndefined
    except ImportError:  # pragma: no cover - depends on the environment
        raise InputError(
            "the web app needs its extra packages", hint="pip install 'concilium[web]'"
        ) from None
    from starlette.middleware.trustedhost import TrustedHostMiddleware

    root = Path(folder).resolve()
    if not root.is_dir():
        raise InputError(f"{folder} is not a folder", field="FOLDER")
    token = secrets.token_urlsafe(32)
    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    from concilium.report.html import linkify

    env.filters["linkify"] = linkify
    env.globals.update(
        csrf=token,
        root_name=root.name,
        sim_limit=sim_budget.vectorised,
        sim_limit_slow=sim_budget.per_draw,
    )

    app = FastAPI(title="concilium", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.root, app.state.csrf, app.state.store = root, token, store
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def page(name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**ctx), status_code=status)

    async def checked_form(request: Request) -> dict[str, Any]:
        """The request's form as a plain dict (uploads as ``(file name, bytes)``), if it
        carries the CSRF token and comes from this app.  Uploaded files are closed here."""
        from fastapi import HTTPException

        async with request.form() as form:
            sent = request.headers.get("x-csrf-token") or str(form.get("csrf_token") or "")
            if not sent or not hmac.compare_digest(sent.encode(), token.encode()):
                raise HTTPException(403, "missing or wrong CSRF token; reload the page")
            origin = request.headers.get("origin")
            host = request.headers.get("host", "")
            if origin and origin != "null" and re.sub(r"^https?://", "", origin) != host:
                raise HTTPException(403, "cross-site request refused")
            out: dict[str, Any] = {}
            for k, v in form.multi_items():
                if hasattr(v, "read"):
                    out[k] = (Path(str(getattr(v, "filename", "") or "")).name, await v.read())
                else:
                    out[k] = str(v)
        return out

    @app.middleware("http")
    async def headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cache-Control"] = "no-store"
        return response

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError) -> HTMLResponse:
        return page("error.html.j2", 400, title="Problem", problems=exc.problems)

    # ------------------------------------------------------------------ pages
    @app.get("/", response_class=HTMLResponse)
    def index(request: Request) -> HTMLResponse:
        return page("index.html.j2", title="Scenarios", items=_describe_all(root))

    @app.get("/s/{rel:path}/power", response_class=HTMLResponse)
    def power(rel: str) -> HTMLResponse:
        """The body's power indices under the scenario's rule (loaded when opened)."""
        from concilium.report.html import _power
        from concilium.report.plots import figure_data_uri, power_figure

        path = resolve_in(root, rel)
        sc, problems = _load(path, rel)
        if sc is None:
            return page("error.html.j2", 422, title=rel, problems=problems)
        df, note = _power(sc)
        if sc.body is None:
            return HTMLResponse("")
        chart = (
            figure_data_uri(power_figure(df, title=f"Voting power: {sc.body.name}"), "svg")
            if df is not None
            else None
        )
        return page("_power.html.j2", chart=chart, note=note, sc=sc)

    @app.get("/s/{rel:path}", response_class=HTMLResponse)
    def scenario_page(rel: str, model: str = "procedural") -> HTMLResponse:
        path = resolve_in(root, rel)
        sc, problems = _load(path, rel)
        if sc is None:
            return page("error.html.j2", 422, title=rel, problems=problems)
        ws = _workspace(sc, rel, model=model, values=None, problems=[], run=False, store=store)
        return page("scenario.html.j2", title=sc.title, rel=rel, sc=sc, **ws)

    @app.post("/s/{rel:path}/run", response_class=HTMLResponse)
    async def run(rel: str, request: Request) -> HTMLResponse:
        path = resolve_in(root, rel)
        base, problems = _load(path, rel)
        if base is None:
            return page("error.html.j2", 422, title=rel, problems=problems)
        form = await checked_form(request)
        values = {k: v for k, v in form.items() if isinstance(v, str)}
        model = values.get("model", "procedural")
        edited, problems = _apply(base, values, rel)
        ws = _workspace(
            edited or base,
            rel,
            model=model,
            values=values,
            problems=problems,
            run=edited is not None,
            store=store,
            source=rel,
            base=base,
        )
        return page("_workspace.html.j2", rel=rel, sc=edited or base, **ws)

    @app.post("/s/{rel:path}/simulate", response_class=HTMLResponse)
    async def simulate_route(rel: str, request: Request) -> HTMLResponse:
        """Monte Carlo on the scenario as edited (HTMX fragment): P(adopted) with its
        interval, blocking frequencies and the outcome-distribution chart.  Draw counts
        over the budget are refused with the limit; the run is stored as a CLI run is."""
        from starlette.concurrency import run_in_threadpool

        path = resolve_in(root, rel)
        base, problems = _load(path, rel)
        if base is None:
            return page("error.html.j2", 422, title=rel, problems=problems)
        form = await checked_form(request)
        values = {k: v for k, v in form.items() if isinstance(v, str)}
        edited, problems = _apply(base, values, rel)
        if edited is None:
            msgs = [p.message for p in problems]
            return page("_simulation.html.j2", sim=None, problems=msgs or ["fix the numbers"])
        try:
            draws, seed = _draws_and_seed(values)
            models = check_draws(
                edited, values.get("model", "procedural"), draws, sim_budget, where="in the web app"
            )
            ctx = await run_in_threadpool(
                _simulate, edited, models, draws, seed, sim_seconds, store, rel
            )
        except InputError as exc:
            return page(
                "_simulation.html.j2", sim=None, problems=[p.render() for p in exc.problems]
            )
        return page("_simulation.html.j2", problems=[], **ctx)

    @app.post("/s/{rel:path}/check", response_class=HTMLResponse)
    async def check(rel: str, request: Request) -> HTMLResponse:
        """Inline validation of one edited number (HTMX, on change)."""
        path = resolve_in(root, rel)
        base, _ = _load(path, rel)
        form = await checked_form(request)
        name = str(form.get("field") or "")
        if base is None or name not in form:
            return HTMLResponse("")
        msg = _check_one(base, name, str(form[name]))
        return HTMLResponse(env.from_string("{{ m }}").render(m=msg or ""))

    @app.post("/s/{rel:path}/save", response_class=HTMLResponse)
    async def save_as(rel: str, request: Request) -> HTMLResponse:
        from concilium.io.documents import dump_yaml
        from concilium.report.outputs import write_file

        path = resolve_in(root, rel)
        base, problems = _load(path, rel)
        if base is None:
            return page("error.html.j2", 422, title=rel, problems=problems)
        form = await checked_form(request)
        values = {k: v for k, v in form.items() if isinstance(v, str)}
        edited, problems = _apply(base, values, rel)
        try:
            target = safe_new_name(root, values.get("save_name", ""))
        except InputError as exc:
            problems = problems + exc.problems
            target = None
        if edited is None or target is None:
            ws = _workspace(
                edited or base,
                rel,
                model=values.get("model", "procedural"),
                values=values,
                problems=problems,
                run=False,
                store=store,
            )
            return page("_workspace.html.j2", rel=rel, sc=edited or base, **ws)
        data = edited.model_dump(mode="json")
        text = (
            json.dumps(data, ensure_ascii=False, indent=2) + "\n"
            if target.suffix == ".json"
            else dump_yaml(data)
        )
        write_file(target, text)
        ws = _workspace(
            edited,
            rel,
            model=values.get("model", "procedural"),
            values=values,
            problems=[],
            run=False,
            store=store,
        )
        ws["saved"] = target.name
        return page("_workspace.html.j2", rel=rel, sc=edited, **ws)

    @app.post("/upload", response_class=HTMLResponse)
    async def upload(request: Request) -> Any:
        from concilium.io.scenarios import parse_scenario
        from concilium.report.outputs import write_file

        form = await checked_form(request)
        f = form.get("file")
        if not isinstance(f, tuple) or not f[0]:
            raise InputError("choose a scenario file to upload", field="file")
        name, raw = f
        target = safe_new_name(root, name)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError("the file is not UTF-8 text", field="file") from None
        parse_scenario(text, name, json_syntax=target.suffix == ".json")  # valid, or InputError
        write_file(target, text)
        return RedirectResponse(f"/s/{target.name}", status_code=303)

    @app.get("/runs", response_class=HTMLResponse)
    def runs(scenario: str | None = None) -> HTMLResponse:
        with _store(store) as st:
            items = st.list(label=scenario or None, limit=200)
            where = str(st.path)
        return page("runs.html.j2", title="Stored runs", runs=items, where=where, scenario=scenario)

    @app.get("/runs/diff", response_class=HTMLResponse)
    def runs_diff(a: str, b: str) -> HTMLResponse:
        from concilium.store.records import diff_runs

        with _store(store) as st:
            d = diff_runs(st.get(a), st.get(b))
        return page("diff.html.j2", title=f"Run {d.a.id} → run {d.b.id}", d=d, show=_show_value)

    @app.get("/runs/{ref}", response_class=HTMLResponse)
    def run_page(ref: str) -> HTMLResponse:
        with _store(store) as st:
            r = st.get(ref)
        sim = None
        if r.kind == "simulate":
            from concilium.analysis.uncertainty.result import Simulation
            from concilium.report.html import simulation_context

            sim = simulation_context(Simulation.model_validate(r.results or {}))
        return page("run.html.j2", title=f"Run {r.id}", r=r, show=_show_value, sim=sim)

    return TrustedHostMiddleware(BodyLimit(app, max_body), allowed_hosts=list(allowed_hosts))


# ---------------------------------------------------------------------------- helpers


class _TimeUp(KeyboardInterrupt):
    """Raised from a simulation's progress callback when its time is up: the simulation
    stops as on Ctrl-C and reports the batches that finished."""


def _draws_and_seed(values: dict[str, str]) -> tuple[int, int | None]:
    raw = values.get("draws", "").strip().replace(",", "").replace("_", "")
    try:
        draws = int(raw) if raw else DEFAULT_DRAWS
    except ValueError:
        raise InputError(
            f"draws must be a whole number, not {raw!r}", field="draws", hint="e.g. 2000"
        ) from None
    text = values.get("seed", "").strip()
    if not text:
        return draws, None
    if not text.isdigit():
        raise InputError(
            f"the seed must be a whole number of at least 0, not {text!r}",
            field="seed",
            hint="leave it empty for a fresh seed (it is shown with the result)",
        )
    return draws, int(text)


def _simulate(
    sc: Any, models: list[str], draws: int, seed: int | None, seconds: float, store: Any, rel: str
) -> dict[str, Any]:
    """Run the simulation with a time bound, draw its chart and store it (in a worker thread)."""
    import time

    from concilium.analysis.uncertainty.simulate import simulate
    from concilium.report.html import simulation_context
    from concilium.report.plots import figure_data_uri, outcome_figure
    from concilium.store import now_utc
    from concilium.store.records import simulation_record

    started, t0 = now_utc(), time.monotonic()

    def progress(done: int, total: int) -> None:
        if done < total and time.monotonic() - t0 > seconds:
            raise _TimeUp

    sim = simulate(sc, models, draws, seed, progress=progress)
    ctx: dict[str, Any] = {
        "sim": simulation_context(sim),
        "complete": sim.complete,
        "draws": sim.draws,
        "seconds": seconds,
        "chart": figure_data_uri(outcome_figure(sim), "svg") if sim.draws_done else None,
        "run_id": None,
        "store_note": None,
    }
    try:
        with _store(store) as st:
            (ctx["run_id"],) = st.record_many(
                [simulation_record(sim, sc, source=rel, started_at=started)]
            )
    except (InputError, OSError, sqlite3.Error) as exc:
        ctx["store_note"] = f"run not stored: {exc}"
    return ctx


def _store(path: str | Path | None):
    from concilium.store import RunStore, default_store_path

    return RunStore(path or default_store_path())


def _show_value(x: Any) -> str:
    if x is None:
        return "–"
    if isinstance(x, bool):
        return "yes" if x else "no"
    if isinstance(x, float):
        return f"{x:.4g}"
    if isinstance(x, (dict, list)):
        return json.dumps(x, ensure_ascii=False)
    return str(x)


def _load(path: Path, rel: str):
    from concilium.io import load_scenario

    try:
        return load_scenario(path), []
    except InputError as exc:
        return None, [Problem(p.render(rel)) for p in exc.problems]


def _describe_all(root: Path) -> list[dict[str, Any]]:
    items = []
    for rel in list_scenarios(root):
        sc, problems = _load(root / rel, rel)
        items.append(
            {
                "rel": rel,
                "title": sc.title if sc else None,
                "body": sc.body.name if sc and sc.body else None,
                "date": sc.date.isoformat() if sc and sc.date else None,
                "actors": len(sc.actors) if sc else None,
                "problem": problems[0].message if problems else None,
            }
        )
    return items


def _key(k: int, j: int, what: str) -> str:
    return f"v.{k}.{j}.{what}" if what != "capability" else f"v.{k}.capability"


def _rows(sc: Any, values: dict[str, str] | None) -> list[dict[str, Any]]:
    """The editable table: one row per actor, position and salience per issue, capability."""
    rows = []
    for k, a in enumerate(sc.actors):
        cells = []
        for j, issue in enumerate(sc.issues):
            st = a.stances.get(issue.id)
            for what in ("position", "salience"):
                name = _key(k, j, what)
                est = getattr(st, what) if st is not None else None
                shown = (
                    values.get(name)
                    if values and name in values
                    else ("" if est is None else f"{est.value:g}")
                )
                lo, hi = (issue.scale.min, issue.scale.max) if what == "position" else (0, 100)
                cells.append(
                    {
                        "name": name,
                        "value": shown,
                        "min": lo,
                        "max": hi,
                        "disabled": st is None,
                        "what": what,
                        "issue": issue.id,
                        "assumption": bool(est and not est.evidence),
                        "range": est.range if est else None,
                    }
                )
        cap_name = _key(k, 0, "capability")
        cap = a.capability
        rows.append(
            {
                "k": k,
                "id": a.id,
                "name": a.name,
                "member": sc.is_member(a.id),
                "cells": cells,
                "capability": {
                    "name": cap_name,
                    "value": values.get(cap_name)
                    if values and cap_name in values
                    else ("" if cap is None else f"{cap.value:g}"),
                },
            }
        )
    return rows


def _num(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    if text == "":
        return None
    try:
        x = float(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a number") from None
    if not math.isfinite(x):
        raise ValueError("give a finite number")
    return x


def _set_estimate(node: Any, value: float | None) -> Any:
    if value is None:
        return None
    if isinstance(node, dict):
        out = dict(node)
        out["value"] = value
        return out
    return value


def _apply(base: Any, values: dict[str, str], rel: str) -> tuple[Any, list[Problem]]:
    """The scenario with the edited numbers, or ``(None, problems)`` with each problem's
    ``field`` set to the input it is about."""
    from concilium.io.documents import validate
    from concilium.scenario import Scenario

    data = base.model_dump(mode="json")
    problems: list[Problem] = []
    for k, a in enumerate(base.actors):
        actor = data["actors"][k]
        name = _key(k, 0, "capability")
        if name in values:
            try:
                v = _num(values[name])
            except ValueError as exc:
                problems.append(Problem(str(exc), field=name))
            else:
                if v is None:
                    actor.pop("capability", None)
                else:
                    actor["capability"] = _set_estimate(actor.get("capability"), v)
        for j, issue in enumerate(base.issues):
            if issue.id not in a.stances:
                continue
            stance = actor["stances"][issue.id]
            for what in ("position", "salience"):
                name = _key(k, j, what)
                if name not in values:
                    continue
                try:
                    v = _num(values[name])
                except ValueError as exc:
                    problems.append(Problem(str(exc), field=name))
                    continue
                if v is None and what == "position":
                    problems.append(Problem("a position is required", field=name))
                elif v is None:
                    stance.pop(what, None)
                else:
                    stance[what] = _set_estimate(stance.get(what), v)
    if problems:
        return None, problems
    try:
        return validate(Scenario, data, source=rel), []
    except InputError as exc:
        return None, [_to_input(p, base) for p in exc.problems]


def _to_input(p: Problem, sc: Any) -> Problem:
    """Point a validation problem at the input field it is about, when there is one."""
    m = _FIELD.match(p.field or "")
    if not m:
        return p
    k = int(m.group(1))
    if m.group(4):
        return Problem(p.message, field=_key(k, 0, "capability"), hint=p.hint)
    issue_id, what = m.group(2), m.group(3)
    ids = [i.id for i in sc.issues]
    if issue_id not in ids or what == "capability":
        return p
    return Problem(p.message, field=_key(k, ids.index(issue_id), what), hint=p.hint)


def _check_one(base: Any, name: str, text: str) -> str | None:
    m = re.fullmatch(r"v\.(\d+)\.(?:(\d+)\.(position|salience)|capability)", name)
    if not m:
        return None
    try:
        v = _num(text)
    except ValueError as exc:
        return str(exc)
    k = int(m.group(1))
    if k >= len(base.actors):
        return None
    if m.group(3) is None:
        return "capability must not be negative" if v is not None and v < 0 else None
    j, what = int(m.group(2)), m.group(3)
    if j >= len(base.issues):
        return None
    issue = base.issues[j]
    if v is None:
        return "a position is required" if what == "position" else None
    lo, hi = (issue.scale.min, issue.scale.max) if what == "position" else (0.0, 100.0)
    if not lo <= v <= hi:
        return f"{what} must be between {lo:g} and {hi:g}"
    st = base.actors[k].stances.get(issue.id)
    est = getattr(st, what, None) if st is not None else None
    if est is not None and est.range is not None and not est.range[0] <= v <= est.range[1]:
        return (
            f"outside this {what}'s plausible range [{est.range[0]:g}, {est.range[1]:g}] "
            "given in the file"
        )
    return None


def _workspace(
    sc: Any,
    rel: str,
    *,
    model: str,
    values: dict[str, str] | None,
    problems: list[Problem],
    run: bool,
    store: Any,
    source: str | None = None,
    base: Any = None,
) -> dict[str, Any]:
    """The editor and, when the scenario is valid, the forecast, its chart and (for a run)
    the stored run's id."""
    from concilium.models import MODELS, get_model, run_model
    from concilium.report.plots import (
        figure_data_uri,
        has_rounds,
        issue_figure,
        trajectory_figure,
    )
    from concilium.store import now_utc
    from concilium.store.records import forecast_record

    by_field: dict[str, list[str]] = {}
    general: list[str] = []
    for p in problems:
        if p.field and p.field.startswith("v."):
            by_field.setdefault(p.field, []).append(p.message)
        else:
            general.append(p.render())
    ctx: dict[str, Any] = {
        "rows": _rows(sc, values),
        "issues": list(sc.issues),
        "errors": by_field,
        "general": general,
        "models": list(MODELS),
        "model": model,
        "forecasts": [],
        "chart": None,
        "rounds": [],
        "run_id": None,
        "store_note": None,
        "names": {a.id: a.name for a in sc.actors},
        "saved": None,
        "previous": None,
        "sim_draws": (values or {}).get("draws") or DEFAULT_DRAWS,
        "sim_seed": (values or {}).get("seed") or "",
    }
    if problems:
        return ctx
    names = list(MODELS) if model == "all" else [get_model(model).name]
    started = now_utc()
    forecasts, skipped = [], []
    for name in names:
        try:
            forecasts.append(run_model(sc, name))
        except InputError as exc:
            if model != "all":
                ctx["general"] = [p.render() for p in exc.problems]
                return ctx
            skipped.append(name)
    ctx["forecasts"], ctx["skipped"] = forecasts, skipped
    if forecasts:
        ctx["chart"] = figure_data_uri(issue_figure(sc, forecasts), "svg")
        ctx["rounds"] = [
            figure_data_uri(trajectory_figure(f, i.issue, sc), "svg")
            for f in forecasts
            for i in f.issues
            if has_rounds(f, i.issue)
        ]
    if run and forecasts:
        try:
            with _store(store) as st:
                previous = st.list(label=sc.id, limit=1)
                ids = st.record_many(
                    [forecast_record(f, sc, source=source, started_at=started) for f in forecasts]
                )
            ctx["run_id"] = ids[0]
            ctx["previous"] = previous[0].id if previous else None
        except (InputError, OSError, sqlite3.Error) as exc:
            ctx["store_note"] = f"run not stored: {exc}"
    return ctx
