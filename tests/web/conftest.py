"""Fixtures for the web app: the app and its test client (flaskr style), sample
letters, the OpenAPI document as a response validator, and a live server plus
Debian's chromium for the browser tests."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from werkzeug.serving import make_server

from helder.web import create_app
from helder.web.openapi import openapi_document

HERE = Path(__file__).resolve().parent
LETTERS = HERE / "letters"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def app():
    app = create_app({"TESTING": True})
    yield app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def letter() -> Callable[[str], str]:
    """Reads a sample reply from tests/web/letters/<name>.txt."""
    return lambda name: (LETTERS / f"{name}.txt").read_text(encoding="utf-8")


def _operation(path: str, method: str) -> dict[str, Any]:
    document = openapi_document()
    for template, item in document["paths"].items():
        parts, actual = template.strip("/").split("/"), path.split("?")[0].strip("/").split("/")
        if len(parts) == len(actual) and all(p == a or p.startswith("{") for p, a in zip(parts, actual)):
            assert method.lower() in item, f"{method} {path} is not documented"
            return item[method.lower()]
    raise AssertionError(f"{path} is not documented")


@pytest.fixture(scope="session")
def conforms() -> Callable[..., Any]:
    """Asserts a test-client response is documented in /api/openapi.json and matches its schema."""
    components = openapi_document()["components"]

    def check(response, path: str, method: str = "GET") -> Any:
        documented = _operation(path, method)["responses"]
        status = str(response.status_code)
        assert status in documented, f"{method} {path} answered {status}, which is not documented"
        spec = documented[status]
        if "$ref" in spec:
            spec = components["responses"][spec["$ref"].rsplit("/", 1)[1]]
        content = spec.get("content", {})
        if "application/json" in content:
            assert response.mimetype == "application/json"
            schema = {**content["application/json"]["schema"], "components": components}
            jsonschema.Draft202012Validator(schema).validate(response.get_json())
            return response.get_json()
        if "text/html" in content:
            assert response.mimetype == "text/html"
        return response.get_data(as_text=True)

    return check


@pytest.fixture
def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def live_server() -> Iterator[str]:
    """The app served by werkzeug on 127.0.0.1 in a background thread; yields its base URL."""
    server = make_server("127.0.0.1", 0, create_app(), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium (/usr/bin/chromium) is not installed; browser tests need it")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page_errors() -> list[str]:
    return []


@pytest.fixture
def page(browser, live_server, page_errors):
    """A fresh browser context and page on the live server; collects console errors and dialogs."""
    context = browser.new_context(base_url=live_server, viewport={"width": 1400, "height": 1000}, locale="nl-BE")
    page = context.new_page()
    page.on("console", lambda message: message.type == "error" and page_errors.append(message.text))
    page.on("pageerror", lambda error: page_errors.append(str(error)))

    def on_dialog(dialog):
        page_errors.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    yield page
    context.close()

