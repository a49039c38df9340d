"""The application factory."""

from __future__ import annotations

import helder
from helder.web import create_app


def test_defaults_come_from_the_library():
    app = create_app()
    assert not app.testing
    assert app.config["HELDER_MAX_CHARS"] == helder.DEFAULT_MAX_CHARS
    assert app.config["HELDER_PROFILE"] == helder.DEFAULT_PROFILE
    assert app.config["MAX_CONTENT_LENGTH"] == 4 * 1024 * 1024


def test_config_overrides_defaults():
    app = create_app({"TESTING": True, "HELDER_MAX_CHARS": 1000, "MAX_CONTENT_LENGTH": 2048})
    assert app.testing
    service = app.extensions["helder"]
    assert service.max_chars == 1000
    assert app.config["MAX_CONTENT_LENGTH"] == 2048


def test_blueprints_are_registered(app):
    assert {"editor", "api"} <= set(app.blueprints)
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    assert {"editor.page", "editor.check_form", "api.check", "api.extract", "api.rules", "api.profiles",
            "api.openapi", "api.healthz", "static"} <= endpoints


def test_each_app_is_independent():
    first, second = create_app({"HELDER_PROFILE": "lokaal-bestuur"}), create_app()
    assert first.extensions["helder"].default_profile == "lokaal-bestuur"
    assert second.extensions["helder"].default_profile == helder.DEFAULT_PROFILE
