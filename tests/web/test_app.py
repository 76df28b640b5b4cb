"""The web app without a browser (TestClient): pages, runs, and every refusal."""

from __future__ import annotations

import os
import re

import pytest

HOSTILE = "<script>alert(1)</script>"


def _fra_position(html: str) -> str:
    m = re.search(r'<tr data-actor="FRA">.*?name="(v\.\d+\.0\.position)"', html, re.DOTALL)
    assert m
    return m.group(1)


def test_index_lists_scenarios(client):
    r = client.get("/")
    assert r.status_code == 200
    assert "nato-tokyo-office.yaml" in r.text and "NATO liaison office in Tokyo" in r.text
    assert "secret" not in r.text  # only the chosen folder
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"


def test_htmx_is_vendored_with_its_licence(client):
    r = client.get("/static/htmx.min.js")
    assert r.status_code == 200
    assert r.text.startswith("/*! htmx") and "Zero-Clause BSD" in r.text[:400]
    page = client.get("/").text
    assert not re.search(r'src="https?://', page) and not re.search(r'href="https?://', page)


def test_scenario_page_shows_forecast_editor_and_chart(client):
    r = client.get("/s/nato-tokyo-office.yaml")
    assert r.status_code == 200
    assert "NOT ADOPTED" in r.text and "France" in r.text
    assert 'src="data:image/svg+xml;base64,' in r.text
    assert _fra_position(r.text)


def test_run_changes_the_forecast_and_stores_it(client, csrf, store):
    from concilium.store import RunStore

    page = client.get("/s/nato-tokyo-office.yaml").text
    name = _fra_position(page)
    # France at 60 is nearer the proposal (100) than the status quo (0): no Ally objects
    # (Germany at 50 abstains, which does not block consensus), so the office is adopted.
    r = client.post(
        "/s/nato-tokyo-office.yaml/run",
        data={"csrf_token": csrf, "model": "procedural", name: "60"},
    )
    assert r.status_code == 200
    assert "ADOPTED" in r.text and "NOT ADOPTED" not in r.text
    assert "Saved as" in r.text
    r = client.post(
        "/s/nato-tokyo-office.yaml/run", data={"csrf_token": csrf, "model": "procedural"}
    )
    assert "compare with run 1" in r.text
    with RunStore(store) as st:
        runs = st.list()
    assert [x.summary for x in runs] == [
        "tokyo-office: 0 (not adopted)",
        "tokyo-office: 100 (adopted)",
    ]
    r = client.get("/runs/diff", params={"a": 1, "b": 2})
    assert r.status_code == 200 and "actors.FRA.stances.tokyo-office.position" in r.text
    assert client.get("/runs").status_code == 200
    assert "France" in client.get("/runs/2").text


def test_invalid_numbers_are_reported_inline(client, csrf):
    page = client.get("/s/nato-tokyo-office.yaml").text
    name = _fra_position(page)
    r = client.post(
        "/s/nato-tokyo-office.yaml/run",
        data={"csrf_token": csrf, "model": "procedural", name: "abc"},
    )
    assert r.status_code == 200
    assert "&#39;abc&#39; is not a number" in r.text and 'aria-invalid="true"' in r.text
    r = client.post(
        "/s/nato-tokyo-office.yaml/run",
        data={"csrf_token": csrf, "model": "procedural", name: "250"},
    )
    assert "outside 0..100" in r.text and 'aria-invalid="true"' in r.text
    r = client.post(
        "/s/nato-tokyo-office.yaml/check", data={"csrf_token": csrf, "field": name, name: "-5"}
    )
    assert r.text == "position must be between 0 and 100"


def test_post_without_csrf_or_from_another_site_is_refused(client, csrf):
    assert client.post("/s/nato-tokyo-office.yaml/run", data={"model": "mean"}).status_code == 403
    r = client.post("/s/nato-tokyo-office.yaml/run", data={"csrf_token": "x" * 43})
    assert r.status_code == 403
    r = client.post(
        "/s/nato-tokyo-office.yaml/run",
        data={"csrf_token": csrf},
        headers={"Origin": "http://evil.example"},
    )
    assert r.status_code == 403
    r = client.post(
        "/s/nato-tokyo-office.yaml/run", data={"model": "mean"}, headers={"X-CSRF-Token": csrf}
    )
    assert r.status_code == 200


def test_unknown_host_is_refused(client):
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400


@pytest.mark.parametrize(
    "path",
    [
        "/s/../secret.yaml",
        "/s/%2e%2e/secret.yaml",
        "/s/..%2fsecret.yaml",
        "/s//etc/passwd",
        "/s/%2Fetc%2Fhostname.yaml",
        "/s/sub/../../secret.yaml",
        "/s/.hidden.yaml",
        "/s/nato-tokyo-office.yaml%00.yaml",
        "/s/pyproject.toml",
        "/s/..\\secret.yaml",
    ],
)
def test_paths_outside_the_folder_are_refused(client, path):
    r = client.get(path)
    assert r.status_code in (400, 404)
    assert "id: secret" not in r.text


def test_symlink_out_of_the_folder_is_refused(client, folder):
    os.symlink(folder.parent / "secret.yaml", folder / "link.yaml")
    r = client.get("/s/link.yaml")
    assert r.status_code == 400 and "outside the folder" in r.text
    assert "link.yaml" not in client.get("/").text


def test_upload_limits_and_checks(client, csrf, folder):
    good = (folder / "nato-tokyo-office.yaml").read_bytes()
    r = client.post(
        "/upload",
        data={"csrf_token": csrf},
        files={"file": ("copy.yaml", good, "application/yaml")},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == "/s/copy.yaml"
    assert (folder / "copy.yaml").read_bytes() == good
    # never over an existing file
    r = client.post(
        "/upload",
        data={"csrf_token": csrf},
        files={"file": ("copy.yaml", b"id: x\n", "application/yaml")},
    )
    assert r.status_code == 400 and (folder / "copy.yaml").read_bytes() == good
    # never outside the folder, whatever the name says
    r = client.post(
        "/upload",
        data={"csrf_token": csrf},
        files={"file": ("../evil.yaml", good, "application/yaml")},
    )
    assert not (folder.parent / "evil.yaml").exists()
    # only valid scenarios
    r = client.post(
        "/upload",
        data={"csrf_token": csrf},
        files={"file": ("bad.yaml", b"id: [", "application/yaml")},
    )
    assert r.status_code == 400 and not (folder / "bad.yaml").exists()
    # size limit (the fixture's app allows 200 kB)
    r = client.post(
        "/upload",
        data={"csrf_token": csrf},
        files={"file": ("big.yaml", b"#" * 300_000, "application/yaml")},
    )
    assert r.status_code == 413 and not (folder / "big.yaml").exists()


def test_save_as_writes_a_new_file_in_the_folder_only(client, csrf, folder):
    from concilium.io import load_scenario

    page = client.get("/s/nato-tokyo-office.yaml").text
    name = _fra_position(page)
    r = client.post(
        "/s/nato-tokyo-office.yaml/save",
        data={"csrf_token": csrf, name: "60", "save_name": "variant.yaml"},
    )
    assert r.status_code == 200 and "Saved as" in r.text
    sc = load_scenario(folder / "variant.yaml")
    assert sc.actor("FRA").stances["tokyo-office"].position.value == 60
    for bad in ("../out.yaml", "/tmp/out.yaml", "variant.yaml", "x.txt"):
        r = client.post(
            "/s/nato-tokyo-office.yaml/save", data={"csrf_token": csrf, "save_name": bad}
        )
        assert "Please fix" in r.text
    assert not (folder.parent / "out.yaml").exists()


def test_hostile_names_are_escaped(client, csrf, folder, store):
    text = (folder / "nato-tokyo-office.yaml").read_text(encoding="utf-8")
    text = text.replace("name: Japan", f'name: "{HOSTILE}"').replace(
        "title: NATO liaison office in Tokyo (June 2023)", f'title: "{HOSTILE} title"'
    )
    (folder / "hostile.yaml").write_text(text, encoding="utf-8")
    for url in ("/", "/s/hostile.yaml"):
        r = client.get(url)
        assert r.status_code == 200
        assert HOSTILE not in r.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    r = client.post("/s/hostile.yaml/run", data={"csrf_token": csrf, "model": "procedural"})
    assert HOSTILE not in r.text
    for url in ("/runs", "/runs/1"):
        r = client.get(url)
        assert r.status_code == 200 and HOSTILE not in r.text


def test_power_fragment(client):
    r = client.get("/s/nato-tokyo-office.yaml/power")
    assert r.status_code == 200
    assert "exact counts" in r.text and 'src="data:image/svg+xml;base64,' in r.text
    assert client.get("/s/../secret.yaml/power").status_code in (400, 404)
