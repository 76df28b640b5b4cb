"""A local web app: scenarios in a folder, edited in the browser, forecasts, charts, stored runs.

``concilium serve FOLDER`` runs it (FastAPI, server-rendered pages, HTMX vendored under
``static/``); :func:`create_app` builds it for tests and embedding.  Needs the ``web`` extra.
"""

from concilium.web.app import create_app

__all__ = ["create_app"]
