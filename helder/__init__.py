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
    "shared_checker",
]

_checkers: dict[tuple[str, int], Checker] = {}
_lock = threading.Lock()


def shared_checker(profile: str = DEFAULT_PROFILE, max_chars: int = DEFAULT_MAX_CHARS) -> Checker:
    """The process-wide Checker for a profile, built on first use (loading rules and model once)."""
    key = (profile, max_chars)
    with _lock:
        if key not in _checkers:
            _checkers[key] = Checker(profile, max_chars=max_chars)
        return _checkers[key]


def check(text: str, *, profile: str = DEFAULT_PROFILE, meta: Mapping[str, Any] | None = None) -> Report:
    """Check one letter with the shared checker for the profile."""
    return shared_checker(profile).check(text, meta=meta)
