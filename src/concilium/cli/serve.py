"""``concilium serve``: the local web app for a folder of scenarios."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from concilium.cli._app import app, err_console
from concilium.cli.runs import StoreOpt
from concilium.errors import InputError

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command()
def serve(
    folder: Annotated[Path, typer.Argument(help="folder of scenario files")] = Path("."),
    port: Annotated[int, typer.Option(help="port (0: any free port)")] = 8000,
    host: Annotated[str, typer.Option(help="interface to listen on")] = "127.0.0.1",
    allow_remote: Annotated[
        bool,
        typer.Option(
            "--allow-remote", help="allow --host to be an interface other machines can reach"
        ),
    ] = False,
    store: StoreOpt = None,
) -> None:
    """Open the scenarios of FOLDER in your browser: edit actors, run models, see the charts,
    keep and compare runs.  Listens on 127.0.0.1 (this machine only) unless told otherwise."""
    try:
        import uvicorn

        from concilium.web import create_app
    except ImportError:
        raise InputError(
            "the web app needs its extra packages", hint="pip install 'concilium[web]'"
        ) from None
    if not 0 <= port <= 65535:
        raise InputError("--port must be between 0 and 65535")
    remote = not _is_loopback(host)
    if remote and not allow_remote:
        raise InputError(
            f"--host {host} would let other machines reach the app",
            hint="add --allow-remote if you mean it, or leave --host out",
        )
    hosts = ("*",) if remote else ("127.0.0.1", "localhost", "[::1]", "::1")
    web = create_app(folder, store=store, allowed_hosts=hosts)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise InputError(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}",
            hint="choose another --port (0 picks a free one)",
        ) from None
    actual = sock.getsockname()[1]
    if remote:
        err_console.print(
            Text(
                f"WARNING: listening on {host}: anyone who can reach this machine on port {actual} "
                "can read and run the scenarios in this folder and add files to it. There is no "
                "login.",
                style="bold yellow",
            )
        )
    shown = f"[{host}]" if ":" in host else host
    err_console.print(
        Text(
            f"concilium: serving {folder.resolve()} at http://{shown}:{actual}/ (Ctrl-C to stop)",
            style="bold",
        )
    )
    config = uvicorn.Config(web, log_level="warning", lifespan="off")
    uvicorn.Server(config).run(sockets=[sock])
