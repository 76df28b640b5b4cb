"""Fixtures for the web app: a folder with scenarios, the app, a TestClient, a live server."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
HOSTILE_NAME = "<script>alert(1)</script>"


@pytest.fixture
def folder(tmp_path):
    """A folder with the two examples, and a secret file beside it (outside the folder)."""
    root = tmp_path / "scenarios"
    root.mkdir()
    for f in EXAMPLES.glob("*.yaml"):
        shutil.copy(f, root / f.name)
    (tmp_path / "secret.yaml").write_text("id: secret\n", encoding="utf-8")
    return root


@pytest.fixture
def store(tmp_path):
    return tmp_path / "runs.sqlite"


@pytest.fixture
def client(folder, store):
    from fastapi.testclient import TestClient

    from concilium.web import create_app

    app = create_app(folder, store=store, max_body=200_000, allowed_hosts=("testserver",))
    with TestClient(app) as c:
        yield c


@pytest.fixture
def csrf(client) -> str:
    """The app's CSRF token, as a page gives it to the browser."""
    import re

    m = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/").text)
    assert m, "page has no CSRF token"
    return m.group(1)


@pytest.fixture
def live_server(folder, store):
    """The app served by uvicorn in a thread on 127.0.0.1, port chosen by the OS."""
    import uvicorn

    from concilium.web import create_app

    app = create_app(folder, store=store)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()
