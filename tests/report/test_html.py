"""The HTML and Markdown report: self-contained, complete, and safe with hostile input."""

from __future__ import annotations

import re
import textwrap

import pytest

from concilium.io.scenarios import parse_scenario
from concilium.report.html import build_report, linkify, render_html, render_markdown, safe_url
from concilium.report.plots import has_rounds

HOSTILE = textwrap.dedent("""
    id: hostile
    title: "<img src=x onerror=alert(1)> office"
    date: 2023-06-15
    body: nato
    issues:
      - id: office
        title: "Office <b>now</b>"
        status_quo: 0
        proposal: 100
        evidence:
          - source: "javascript:alert(1)"
          - source: 'see http://ok.example/a"onmouseover=alert(1) for more'
    actors:
      - id: FRA
        name: France
        capability: 50
        stances:
          office:
            position:
              value: 0
              evidence:
                - source: "Le Monde: https://www.lemonde.fr/x?a=1&b=2."
                  quote: "<script>alert('quote')</script>"
            salience: {value: 80, assumption: "</td><script>alert(2)</script>"}
      - id: EVIL
        name: "<script>alert(1)</script>"
        capability: 10
        stances:
          office:
            position: 100
            salience: 10
""")


@pytest.fixture(scope="module")
def hostile():
    return parse_scenario(HOSTILE)


@pytest.fixture(scope="module")
def flagship_data(flagship):
    return build_report(flagship, source="nato-tokyo-office.yaml")


@pytest.fixture(scope="module")
def flagship_html(flagship_data):
    return render_html(flagship_data)


def test_flagship_report_is_self_contained(flagship_html, flagship_data):
    html = flagship_html
    assert "<script" not in html.lower()
    assert "default-src 'none'" in html  # the page may load nothing
    assert not re.search(r"<link\b", html)
    srcs = re.findall(r'<img src="([^"]+)"', html)
    # the issue chart, one chart of rounds per iterative model, the power bars
    iterative = [f.model for f in flagship_data.forecasts if has_rounds(f, "tokyo-office")]
    assert "expected_utility" in iterative
    assert len(srcs) == 1 + len(iterative) + 1
    assert 'alt="expected_utility: positions by round (tokyo-office)"' in html
    assert all(s.startswith("data:image/svg+xml;base64,") for s in srcs)
    assert not re.search(r"""(src|href)=["'](?!data:|#|https?://)""", html)


def test_flagship_report_content(flagship_html):
    html = flagship_html
    # every model's forecast and France as the blocker
    for model in ("procedural", "mean", "median_voter", "compromise", "nash", "expected_utility"):
        assert f'id="model-{model}"' in html
    assert "NOT ADOPTED" in html and "France blocks" in html
    # evidence as a link, assumptions marked
    assert (
        'href="https://www.spacewar.com/reports/France_cool_on_proposal_for_NATO_office_in_'
        'Japan_official_999.html"'
    ) in html
    assert "assumption</span>: No public position found" in html
    # power indices: under consensus every one of the 31 Allies is a veto player with an
    # equal share, 1/31 = 0.0323 (normalised Banzhaf and Shapley-Shubik alike)
    assert html.count("<td>yes</td>") == 31
    assert html.count('<td class="num">0.0323</td>') == 62
    # provenance
    assert "sha256:" in html and "concilium" in html


def test_hostile_strings_are_text(hostile):
    html = render_html(build_report(hostile, ["mean"], power=False))
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<b>now</b>" not in html
    assert "</td><script>" not in html
    assert "<script" not in html.lower()
    assert 'href="javascript:' not in html
    # the link stops at the quote; the rest is text
    assert 'href="http://ok.example/a"' in html
    assert (
        "onmouseover=alert(1)" in html
        and 'onmouseover=alert(1)"' not in html.split('href="http://ok.example/a"')[1][:5]
    )
    # query string escaped inside the attribute, trailing full stop left out of the link
    assert 'href="https://www.lemonde.fr/x?a=1&amp;b=2"' in html


def test_markdown_report_escapes_and_writes_pngs(hostile, flagship):
    text, images = render_markdown(build_report(hostile, ["mean"], power=False), "r")
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "<img" not in text
    assert list(images) == ["r-issues.png"]
    assert images["r-issues.png"][:4] == b"\x89PNG"
    assert "![" in text and "(r-issues.png)" in text
    assert "<https://www.lemonde.fr/x?a=1&b=2>" in text


def test_linkify_only_http_and_https():
    assert str(linkify("x javascript:alert(1) y")) == "x javascript:alert(1) y"
    assert str(linkify("ftp://a.b/c")) == "ftp://a.b/c"
    assert str(linkify("<b>https://a.b/c</b>")) == (
        '&lt;b&gt;<a href="https://a.b/c" rel="noopener noreferrer">https://a.b/c</a>&lt;/b&gt;'
    )
    assert safe_url("https://") is None and safe_url("http://x.org") == "http://x.org"


def test_report_cli(cli_main, flagship_path, tmp_path):
    out = tmp_path / "r.html"
    r = cli_main("report", flagship_path, "-m", "procedural,median_voter", "-o", out, "--no-power")
    assert r.exit_code == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    assert 'id="model-median_voter"' in html and 'id="model-nash"' not in html
    r = cli_main("report", flagship_path, "-m", "procedural", "-o", out, "--no-power")
    assert r.exit_code == 2 and "--force" in r.stderr
    md = tmp_path / "r.md"
    r = cli_main("report", flagship_path, "-m", "expected_utility", "-o", md, "--no-power")
    assert r.exit_code == 0, r.stderr
    assert (tmp_path / "r-issues.png").exists()
    assert (tmp_path / "r-rounds-expected_utility-tokyo-office.png").exists()
    r = cli_main("report", flagship_path, "-m", "nope", "-o", tmp_path / "x.html")
    assert r.exit_code == 2 and "unknown model" in r.stderr
