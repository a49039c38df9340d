"""The bridge between the web app and the helder library.

Building a Checker loads rules and the language model, so one checker per
(profile, maximum) is built once per process and shared by all requests and
app instances; a Checker only reads its state while checking. Profiles and
the rule catalogue are read once per app too: like the checkers, they change
when the server restarts.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

import helder


class CheckService:
    """What the app needs from helder, with the app's default profile and maximum."""

    def __init__(self, default_profile: str, max_chars: int) -> None:
        self.default_profile = default_profile
        self.max_chars = max_chars

    def check(self, text: str, profile: str | None = None) -> dict[str, Any]:
        """The report dict for `text`; raises TextTooLong or ProfileNotFound."""
        return helder.shared_checker(profile or self.default_profile, self.max_chars).check(text).to_dict()

    def profiles(self) -> list[dict[str, Any]]:
        """Every profile as `helder profiles` lists it (id, name, description, "wat nu?" paragraph, ...)."""
        return self._profiles

    def rules(self) -> list[dict[str, Any]]:
        """The rule catalogue as `helder rules` lists it."""
        return self._rules

    @cached_property
    def _profiles(self) -> list[dict[str, Any]]:
        return [profile.describe() for profile in helder.profiles.available()]

    @cached_property
    def _rules(self) -> list[dict[str, Any]]:
        return helder.rulebook.catalogue()
