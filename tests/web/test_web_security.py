"""Security: headers on every response, no inline or third-party code, user text
never rendered as markup."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

import helder.web
from helder.web import create_app

REQUIRED_CSP = ("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'",
                "form-action 'self'", "script-src 'self'")


class Elements(HTMLParser):
    """Collects (tag, attributes) of every element on a page."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def assert_secure_headers(response):
    csp = response.headers["Content-Security-Policy"]
    for directive in REQUIRED_CSP:
        assert directive in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("GET", "/", {}),
        ("POST", "/", {"data": {"text": "Beste mevrouw, dank u voor uw brief."}}),
        ("GET", "/static/helder.css", {}),
        ("GET", "/static/js/editor.js", {}),
        ("GET", "/healthz", {}),
        ("GET", "/api/rules", {}),
        ("GET", "/api/openapi.json", {}),
        ("POST", "/api/check", {"json": {"text": "Beste mevrouw, dank u voor uw brief."}}),
        ("POST", "/api/check", {"data": "x", "content_type": "text/plain"}),
        ("GET", "/api/niets", {}),
        ("GET", "/niets", {}),
        ("DELETE", "/", {}),
    ],
)
def test_security_headers_on_every_response(client, method, path, kwargs):
    assert_secure_headers(client.open(path, method=method, **kwargs))


def test_headers_on_a_500_too(monkeypatch):
    app = create_app()
    monkeypatch.setattr(type(app.extensions["helder"]), "profiles", lambda self: 1 / 0)
    response = app.test_client().get("/api/profiles")
    assert response.status_code == 500
    assert_secure_headers(response)


def test_responses_with_letter_text_are_not_cached(client):
    assert client.post("/api/check", json={"text": "Beste"}).headers["Cache-Control"] == "no-store"
    assert client.post("/", data={"text": "Beste"}).headers["Cache-Control"] == "no-store"


def test_page_has_no_inline_code_and_nothing_from_elsewhere(client):
    response = client.get("/")
    elements = Elements(response.get_data(as_text=True)).elements
    scripts = [attrs for tag, attrs in elements if tag == "script"]
    assert any(attrs.get("src") for attrs in scripts)
    for attrs in scripts:
        assert attrs.get("src") or attrs.get("type") == "application/json", "inline script"
    for tag, attrs in elements:
        assert "style" not in attrs, f"inline style on <{tag}>"
        assert not any(name.startswith("on") for name in attrs), f"inline handler on <{tag}>"
        for name in ("src", "href", "action"):
            value = attrs.get(name) or ""
            assert not value.startswith(("http:", "https:", "//")), f"external {name} on <{tag}>: {value}"
    assert not [tag for tag, _ in elements if tag == "style"]


def test_static_files_carry_no_external_urls(app):
    for path in Path(app.static_folder).rglob("*"):
        if path.suffix in {".js", ".css", ".svg"}:
            content = path.read_text(encoding="utf-8")
            assert "http://" not in content.replace("http://www.w3.org/2000/svg", "")
            assert "https://" not in content and "@import" not in content and "url(" not in content, path


def test_scripts_never_write_html():
    for path in (Path(helder.web.__file__).parent / "static" / "js").glob("*.js"):
        code = path.read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
            assert sink not in code, f"{sink} in {path.name}"
