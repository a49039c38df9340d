"""The editor page. With JavaScript it checks live through the API; without,
the form posts here and the same analysis is rendered on the server."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, render_template, request

import helder

from . import labels
from .errors import ApiError, from_library
from .highlight import runs
from .uploads import file_text, uploaded_file

editor = Blueprint("editor", __name__)


def _page(text: str = "", profile: str | None = None, report: dict[str, Any] | None = None,
          error: ApiError | None = None) -> str:
    service = current_app.extensions["helder"]
    return render_template(
        "editor.html",
        text=text,
        profile=profile or service.default_profile,
        profiles=service.profiles(),
        report=report,
        runs=runs(text, report["findings"]) if report else [],
        error=error,
        labels=labels,
    )


@editor.get("/")
def page() -> str:
    return _page()


@editor.post("/")
def check_form() -> tuple[str, int]:
    """The no-JavaScript path: check the posted text (or uploaded file) and render the result."""
    service = current_app.extensions["helder"]
    text = request.form.get("text", "")
    profile = request.form.get("profile") or None
    try:
        upload = uploaded_file(request)
        if upload is not None:
            text = file_text(upload, service.max_chars)
        report = service.check(text, profile)
    except helder.HelderError as exc:
        return _page(text, profile, error=from_library(exc)), from_library(exc).status
    except ApiError as exc:
        return _page(text, profile, error=exc), exc.status
    return _page(text, profile, report), 200
