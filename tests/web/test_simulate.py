"""The web app's Simulate action (TestClient): results, limits, refusals, escaping, storage.

Flagship facts (hand-derived, see tests/store/test_simulation_runs.py): France at a certain 0
objects in every draw and NATO decides by consensus, so the procedural model adopts the
office in 0 of n draws, France blocks in 100 % of them, and the 95 % Wilson interval of
0/200 is [0, z^2/(200 + z^2)] = [0, 0.0188453], shown as "0.00 % – 1.88 %".
"""

from __future__ import annotations

import re

URL = "/s/nato-tokyo-office.yaml/simulate"
HOSTILE = "<script>alert(1)</script>"


def _post(client, csrf, **fields):
    return client.post(URL, data={"csrf_token": csrf, "model": "procedural", **fields})


def test_the_scenario_page_offers_a_bounded_simulation(client):
    page = client.get("/s/nato-tokyo-office.yaml").text
    assert 'id="simulate"' in page and 'name="draws"' in page and 'name="seed"' in page
    assert "at most 20,000" in page


def test_simulate_shows_p_adopted_blocking_and_the_chart_and_stores_the_run(client, csrf, store):
    from concilium.store import RunStore

    r = _post(client, csrf, draws="200", seed="7")
    assert r.status_code == 200
    assert "<strong>The proposal is very unlikely</strong>: adopted in 0 of 200 draws" in r.text
    row = re.search(r'<tr class="sim-row" data-model="procedural">(.*?)</tr>', r.text, re.DOTALL)
    assert row is not None
    assert '<td class="num p-adopted">0.0 %</td>' in row.group(1)
    assert '<td class="num interval">0.00 % – 1.88 %</td>' in row.group(1)
    assert "France 100 %" in row.group(1)
    assert 'id="sim-chart" src="data:image/svg+xml;base64,' in r.text
    assert 'id="sim-seed">7<' in r.text and "Saved as" in r.text
    with RunStore(store) as st:
        (run,) = st.list()
    assert run.kind == "simulate" and run.seed == 7 and run.params["draws"] == 200
    page = client.get(f"/runs/{run.id}").text
    assert "France 100 %" in page and "very unlikely" in page


def test_draw_counts_over_the_limit_are_refused_with_the_limit(client, csrf):
    r = _post(client, csrf, draws="20001")
    assert r.status_code == 200  # an HTMX fragment: shown in place
    assert 'id="sim-problems"' in r.text
    assert "20,001 draws is more than the 20,000 allowed in the web app" in r.text
    r = _post(client, csrf, draws="11", model="expected_utility")
    assert "11 draws is more than the 10 allowed in the web app" in r.text
    assert "expected_utility cost a full model run per draw" in r.text
    assert "concilium simulate" in r.text  # where to go for more


def test_bad_draws_seeds_and_numbers_are_refused_clearly(client, csrf):
    assert (
        "draws must be a whole number, not &#39;lots&#39;" in _post(client, csrf, draws="lots").text
    )
    assert "at least 1" in _post(client, csrf, draws="0").text
    assert "the seed must be a whole number of at least 0" in _post(client, csrf, seed="-3").text
    page = client.get("/s/nato-tokyo-office.yaml").text
    name = re.search(
        r'<tr data-actor="FRA">.*?name="(v\.\d+\.0\.position)"', page, re.DOTALL
    ).group(1)
    r = _post(client, csrf, **{name: "abc"})
    assert "Cannot simulate" in r.text and "is not a number" in r.text


def test_csrf_and_origin_are_checked(client, csrf):
    assert client.post(URL, data={"model": "procedural"}).status_code == 403
    r = client.post(URL, data={"csrf_token": csrf}, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403


def test_a_simulation_past_its_time_stops_and_says_so(folder, store):
    """With no time at all, the run stops when the first batch reports: the result covers
    that batch (BATCH draws) of the 3 * BATCH asked for."""
    from fastapi.testclient import TestClient

    from concilium.analysis.uncertainty.simulate import BATCH
    from concilium.web import create_app

    app = create_app(folder, store=store, allowed_hosts=("testserver",), sim_seconds=0)
    with TestClient(app) as c:
        token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/").text).group(1)
        r = _post(c, token, draws=str(3 * BATCH), seed="1")
    assert f"Stopped after {BATCH:,} of {3 * BATCH:,} draws" in r.text
    assert f"adopted in 0 of {BATCH:,} draws" in r.text


def test_hostile_names_in_a_simulation_are_text(client, csrf, folder):
    text = (folder / "nato-tokyo-office.yaml").read_text(encoding="utf-8")
    (folder / "hostile.yaml").write_text(
        text.replace("name: France", f'name: "{HOSTILE}"'), encoding="utf-8"
    )
    r = client.post(
        "/s/hostile.yaml/simulate",
        data={"csrf_token": csrf, "model": "procedural", "draws": "100", "seed": "1"},
    )
    assert r.status_code == 200
    assert HOSTILE not in r.text and "&lt;script&gt;alert(1)&lt;/script&gt; 100 %" in r.text
