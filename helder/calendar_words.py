"""Dutch names of months and weekdays, with the abbreviations letters use: one list for every reader."""

from __future__ import annotations

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december",
)
_MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "febr": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
}
# Every written month, full or abbreviated, and its number: "mrt" -> 3.
MONTH_NUMBERS = {**{name: number for number, name in enumerate(MONTHS, 1)}, **_MONTH_ABBREVIATIONS}
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
WEEKDAY_ABBREVIATIONS = ("ma", "di", "wo", "do", "vr", "za", "zo")


def alternation(words) -> str:
    """A regular-expression alternation of `words`, the longest first ("januari" before "jan")."""
    return "|".join(sorted(words, key=len, reverse=True))
