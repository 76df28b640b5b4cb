"""Browser tests: headless Chromium (Debian's package, driven by Playwright).

Never downloads a browser: uses ``chromium`` from PATH (``apt-get install chromium``) and
skips, saying so, when it is absent.
"""

from __future__ import annotations

import io
import shutil

import pytest

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install -y chromium)"
)
sync_api = pytest.importorskip("playwright.sync_api")

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
HOSTILE = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1150, "height": 900})
    pg = context.new_page()
    pg.dialogs = []  # any alert() would land here
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()


def _not_blank(png: bytes) -> bool:
    """A screenshot shows something: many colours, not one flat fill."""
    from PIL import Image

    img = Image.open(io.BytesIO(png)).convert("RGB")
    colours = img.getcolors(maxcolors=1 << 20) or []
    return img.width > 50 and img.height > 50 and len(colours) > 20


def test_flagship_change_france_run_and_save(page, live_server, store):
    page.goto(live_server)
    page.click("text=NATO liaison office in Tokyo (June 2023)")
    page.wait_for_selector("#result")
    assert page.inner_text("tr.forecast-row td.decision") == "NOT ADOPTED"
    france = page.locator('tr[data-actor="FRA"] input').first
    france.fill("60")
    page.click("#run")
    page.wait_for_selector("#saved-run")
    # France at 60 no longer prefers the status quo 0 to the proposal 100: nobody objects
    assert page.inner_text("tr.forecast-row td.decision") == "ADOPTED"
    assert page.inner_text("tr.forecast-row td.outcome") == "100"
    chart = page.locator("img.chart").first
    assert chart.evaluate("img => img.complete && img.naturalWidth > 0")
    assert _not_blank(chart.screenshot())
    page.click("#saved-run a")
    assert "Run 1" in page.inner_text("h1")
    assert page.dialogs == []


def test_inline_validation_message(page, live_server):
    page.goto(live_server + "/s/nato-tokyo-office.yaml")
    germany = page.locator('tr[data-actor="DEU"] input').first
    germany.fill("250")
    germany.dispatch_event("change")
    msg = page.locator('tr[data-actor="DEU"] .msg').first
    sync_api.expect(msg).to_have_text("position must be between 0 and 100")


def test_report_from_disk_shows_every_plot(page, tmp_path, flagship):
    from concilium.report.html import build_report, render_html

    out = tmp_path / "r.html"
    data = build_report(flagship, ["procedural", "expected_utility"])
    out.write_text(render_html(data), encoding="utf-8")
    page.goto(out.as_uri())
    images = page.locator("img")
    n = images.count()
    assert n == len(data.charts) == 3  # issue chart, rounds of the EU model, power bars
    for k in range(n):
        img = images.nth(k)
        img.scroll_into_view_if_needed()
        assert img.evaluate("i => i.complete && i.naturalWidth > 0"), f"image {k} did not load"
        assert _not_blank(img.screenshot()), f"image {k} is blank"
    assert page.dialogs == []


def test_hostile_names_do_not_run_in_report_or_app(page, live_server, folder, tmp_path):
    from concilium.io import load_scenario
    from concilium.report.html import build_report, render_html

    text = (folder / "nato-tokyo-office.yaml").read_text(encoding="utf-8")
    text = text.replace("name: Japan", f'name: "{HOSTILE}"')
    (folder / "hostile.yaml").write_text(text, encoding="utf-8")
    page.goto(live_server + "/s/hostile.yaml")
    assert HOSTILE in page.inner_text("table.actors")  # shown as text
    page.click("#run")
    page.wait_for_selector("#saved-run")
    out = tmp_path / "r.html"
    out.write_text(
        render_html(
            build_report(load_scenario(folder / "hostile.yaml"), ["procedural"], power=False)
        ),
        encoding="utf-8",
    )
    page.goto(out.as_uri())
    assert HOSTILE in page.inner_text("body")
    assert page.dialogs == []


def test_simulate_in_the_browser(page, live_server):
    """Flagship, 500 draws, seed 7: France at a certain 0 objects in every draw under NATO
    consensus, so P(adopted) is 0.0 % and France blocks in 100 % of draws (hand-derived, see
    tests/store/test_simulation_runs.py); the chart renders; too many draws are refused."""
    page.goto(live_server + "/s/nato-tokyo-office.yaml")
    page.fill("#draws", "500")
    page.fill("#seed", "7")
    page.click("#simulate")
    page.wait_for_selector("#sim-result")
    row = page.locator('tr.sim-row[data-model="procedural"]')
    assert row.locator("td.p-adopted").inner_text() == "0.0 %"
    assert "France 100 %" in row.locator("td.blocking").inner_text()
    assert "very unlikely" in page.inner_text(".sim-headline")
    chart = page.locator("#sim-chart")
    assert chart.evaluate("img => img.complete && img.naturalWidth > 0")
    assert _not_blank(chart.screenshot())
    page.fill("#draws", "50000")
    page.click("#simulate")
    page.wait_for_selector("#sim-problems")
    assert "more than the 20,000 allowed in the web app" in page.inner_text("#sim-problems")
    assert page.dialogs == []
