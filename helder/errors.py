"""Exceptions helder raises. Every message is Dutch, for the person using helder."""

from __future__ import annotations


class HelderError(Exception):
    """Base class: something the user can fix, explained in Dutch."""


def _thousands(number: int) -> str:
    """58000 -> "58.000", as numbers are written in Flanders."""
    return f"{number:,}".replace(",", ".")


class TextTooLong(HelderError):
    """The text exceeds the checker's maximum length (``Checker(max_chars=...)``)."""

    def __init__(self, length: int, maximum: int) -> None:
        super().__init__(
            f"De tekst is te lang: {_thousands(length)} tekens, het maximum is {_thousands(maximum)}. "
            "Controleer de brief in delen."
        )
        self.length = length
        self.maximum = maximum


class RuleError(HelderError):
    """A rule file is broken; the message names the file, the rule and the problem."""


class ProfileNotFound(HelderError):
    """No profile with the requested id."""


class ModelError(HelderError):
    """The Dutch language model is missing or cannot be loaded."""
