"""Error responses: JSON under /api and /healthz, plain text under /v2 (LanguageTool), a calm Dutch page elsewhere.

Every error carries a machine code and a Dutch message. Unexpected errors
are logged by type and place only (never the exception text, which could
quote the letter) and answered with a generic 500.
"""

from __future__ import annotations

import logging
import traceback

from flask import Flask, Response, current_app, jsonify, make_response, render_template, request
from werkzeug.exceptions import HTTPException

import helder

log = logging.getLogger(__name__)

# Dutch messages for the HTTP errors Flask/Werkzeug raise by themselves.
HTTP_MESSAGES: dict[int, tuple[str, str]] = {
    400: ("bad_request", "De aanvraag is ongeldig."),
    404: ("not_found", "Dit adres bestaat niet."),
    405: ("method_not_allowed", "Deze methode is niet toegestaan op dit adres."),
    413: ("too_large", "De aanvraag is te groot."),
    415: ("unsupported_media_type", "Dit inhoudstype wordt niet ondersteund."),
    500: ("internal_error", "Er liep iets mis bij het verwerken. Probeer het opnieuw."),
}


class ApiError(Exception):
    """An error the web app answers with a specific code, status and Dutch message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.message = message


def too_large_message(max_bytes: int) -> str:
    """The limit in MB (or kB below one MB), written the Flemish way: 2,5 MB."""
    size, unit = (max_bytes / 1024**2, "MB") if max_bytes >= 1024**2 else (max_bytes / 1024, "kB")
    return f"De aanvraag is te groot: het maximum is {f'{size:.3g}'.replace('.', ',')} {unit}."


def from_library(error: helder.HelderError) -> ApiError:
    """Map a library error to the HTTP status it deserves.

    A broken rule file or a missing model is the server's problem, not the
    user's: it is logged (those messages name files, never letter text) and
    answered with the generic 500.
    """
    if isinstance(error, helder.TextTooLong):
        return ApiError(413, "text_too_long", str(error))
    if isinstance(error, helder.ProfileNotFound):
        return ApiError(404, "profile_not_found", str(error))
    if isinstance(error, (helder.RuleError, helder.ModelError)):
        log.error("%s: %s", type(error).__name__, error)
        return ApiError(500, *HTTP_MESSAGES[500])
    return ApiError(422, "unprocessable", str(error))


def wants_json() -> bool:
    return request.path.startswith("/api/") or request.path in ("/api", "/healthz")


def respond(error: ApiError) -> Response:
    """JSON for API clients, plain text for LanguageTool clients (/v2/), the error page for people."""
    if request.path.startswith("/v2/"):
        response = make_response(error.message)
        response.mimetype = "text/plain"
    elif wants_json():
        response = jsonify({"error": {"code": error.code, "message": error.message}})
    else:
        response = make_response(render_template("error.html", error=error))
    response.status_code = error.status
    return response


def _http_error(exc: HTTPException) -> Response:
    status = exc.code or 500
    code, message = HTTP_MESSAGES.get(status, ("http_error", "De aanvraag kon niet worden verwerkt."))
    if status == 413:
        message = too_large_message(current_app.config["MAX_CONTENT_LENGTH"])
    response = respond(ApiError(status, code, message))
    allowed = getattr(exc, "valid_methods", None)
    if allowed:
        response.headers["Allow"] = ", ".join(allowed)
    return response


def _unexpected(exc: Exception) -> Response:
    if isinstance(exc, HTTPException):
        return _http_error(exc)
    # Type and stack frames only: the exception text may quote the letter.
    frames = "".join(traceback.format_tb(exc.__traceback__))
    log.error("Unexpected %s while handling %s %s\n%s", type(exc).__name__, request.method, request.path, frames)
    code, message = HTTP_MESSAGES[500]
    return respond(ApiError(500, code, message))


def init_app(app: Flask) -> None:
    app.register_error_handler(ApiError, respond)
    app.register_error_handler(helder.HelderError, lambda error: respond(from_library(error)))
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)
