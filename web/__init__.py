"""helder's web front end: a live editor page and a small JSON API.

`create_app()` is the only entry point; `helder serve` and gunicorn
(`gunicorn -w 2 -b 127.0.0.1:8000 'helder.web:create_app()'`)
both call it. Nothing a user types is stored or logged: the text lives in
the request and the response only.
"""

from __future__ import annotations

from typing import Any

from flask import Flask

import helder

from . import errors, languagetool, security
from .api import api
from .corpus import corpus
from .editor import editor
from .service import CheckService
from .trainers import trainers

DEFAULT_CONFIG: dict[str, Any] = {
    # Largest request body (a .docx upload or a JSON check request) and largest
    # form field (the no-JavaScript form), so both limits give the same message.
    "MAX_CONTENT_LENGTH": 4 * 1024 * 1024,
    "MAX_FORM_MEMORY_SIZE": 4 * 1024 * 1024,
    # Largest letter the checker accepts, in characters (helder.TextTooLong above it).
    "HELDER_MAX_CHARS": helder.DEFAULT_MAX_CHARS,
    "HELDER_PROFILE": helder.profiles.DEFAULT_PROFILE,
    # /rapport: most letters per upload and most bytes a zip may unpack to (more: `helder report`).
    "HELDER_REPORT_MAX_LETTERS": 300,
    "HELDER_REPORT_MAX_UNPACKED": 50 * 1024 * 1024,
    # /oefenen: exercise folders (os.pathsep-separated; "standaard" is the built-in set). None: the
    # environment variable HELDER_EXERCISES, else the built-in set.
    "HELDER_EXERCISES": None,
}


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the Flask app; `config` overrides the defaults (e.g. for tests)."""
    app = Flask(__name__)
    app.config.update(DEFAULT_CONFIG)
    if config:
        app.config.update(config)
    app.json.sort_keys = False
    app.json.ensure_ascii = False

    app.extensions["helder"] = CheckService(
        default_profile=app.config["HELDER_PROFILE"],
        max_chars=app.config["HELDER_MAX_CHARS"],
    )
    app.register_blueprint(editor)
    app.register_blueprint(api)
    app.register_blueprint(corpus)
    app.register_blueprint(trainers)
    languagetool.init_app(app)
    security.init_app(app)
    errors.init_app(app)
    return app
