"""Locate helder's data folders, both in an installed wheel and in a source checkout.

The wheel carries `models/` and `rules/` inside the package as `helder/_data/...`;
a checkout keeps them at the top of the repository, beside `helder/`.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Return the folder `name` ("models" or "rules"), installed copy first."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    return _PACKAGE / "_data" / name
