"""helder: checks replies to citizens' complaints against Heerlijk Helder and
the Vlaamse Ombudsman's criteria 6 (clear, personal, empathic) and 7 (what next).

    >>> import helder
    >>> report = helder.check("Beste mevrouw Claes, ...")
    >>> report.score, report.grade
"""

from __future__ import annotations

__version__ = "0.1.0"

import threading
from collections.abc import Mapping
from typing import Any

from helder import profiles, rulebook
from helder.checker import Checker
from helder.errors import HelderError, ModelError, ProfileNotFound, RuleError, TextTooLong
from helder.profiles import DEFAULT_MAX_CHARS, DEFAULT_PROFILE
from helder.report import DimensionResult, Finding, Report

__all__ = [
    "Checker",
    "DEFAULT_MAX_CHARS",
    "DEFAULT_PROFILE",
    "DimensionResult",
    "Finding",
    "HelderError",
    "ModelError",
    "ProfileNotFound",
    "Report",
    "RuleError",
    "TextTooLong",
    "__version__",
    "check",
    "profiles",
    "rulebook",
]

_checkers: dict[str, Checker] = {}
_lock = threading.Lock()


def check(text: str, *, profile: str = DEFAULT_PROFILE, meta: Mapping[str, Any] | None = None) -> Report:
    """Check one letter with a shared, lazily built checker for the profile."""
    with _lock:
        if profile not in _checkers:
            _checkers[profile] = Checker(profile)
        checker = _checkers[profile]
    return checker.check(text, meta=meta)
