"""The JSON API: check a text, list rules and profiles, read an uploaded file.

Requests and responses carry letter text; none of it is stored or logged.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request

import helder

from .errors import ApiError
from .openapi import openapi_document
from .uploads import read_upload

api = Blueprint("api", __name__)


def _service():
    return current_app.extensions["helder"]


def _json_body() -> dict[str, Any]:
    """The request's JSON object, or an ApiError with the exact reason."""
    if not request.is_json:
        raise ApiError(415, "unsupported_media_type", "Stuur de aanvraag als JSON (Content-Type: application/json).")
    body = request.get_json(silent=True)
    if body is None:
        raise ApiError(400, "invalid_json", "De aanvraag bevat geen geldige JSON.")
    if not isinstance(body, dict):
        raise ApiError(400, "invalid_json", "De aanvraag moet een JSON-object zijn, zoals {\"text\": \"...\"}.")
    return body


@api.post("/api/check")
def check() -> Response:
    """Check `text` with an optional `profile`; returns the report dict."""
    body = _json_body()
    text = body.get("text")
    if not isinstance(text, str):
        raise ApiError(400, "invalid_text", "Geef de tekst mee in het veld 'text', als tekenreeks.")
    profile = body.get("profile")
    if profile is not None and not isinstance(profile, str):
        raise ApiError(400, "invalid_profile", "Het veld 'profile' moet een tekenreeks zijn.")
    return jsonify(_service().check(text, profile or None))


@api.post("/api/extract")
def extract() -> Response:
    """Turn an uploaded .docx or .txt file into plain text; the file is not kept."""
    text = read_upload(request, _service().max_chars)
    return jsonify({"text": text})


@api.get("/api/rules")
def rules() -> Response:
    return jsonify({"rules": _service().rules()})


@api.get("/api/profiles")
def profiles() -> Response:
    service = _service()
    return jsonify({"default": service.default_profile, "profiles": service.profiles()})


@api.get("/api/openapi.json")
def openapi() -> Response:
    return jsonify(openapi_document())


@api.get("/healthz")
def healthz() -> Response:
    return jsonify({"status": "ok", "version": helder.__version__})
