"""Dates: the forms Belgian offices write (dd/mm/jjjj, d-m-jjjj, 3 maart 2025, ISO) and
the dates a letter states about itself, for timeliness without a meta file.

A letter's own dates are an estimate: the letter date (at the top, "Gent, 17 maart
2025" or "Datum: 17/03/2025") counts as the date sent, and the date of the
complaint it answers ("uw klacht van 3 maart", "uw e-mail van 03/02/2025", "op
3 februari ontvingen wij uw klacht") as the date received. A date without a year
takes the year of the letter date, or the year before when it would fall after it.
"""

from __future__ import annotations

import re
from datetime import date

from helder.calendar_words import MONTH_NUMBERS, alternation

_MONTH = alternation(MONTH_NUMBERS)
_NUMERIC = r"(?P<nd>\d{1,2})[/.-](?P<nm>\d{1,2})[/.-](?P<ny>\d{4})"
_WRITTEN = rf"(?P<wd>\d{{1,2}}) (?P<wm>{_MONTH})\.?(?: (?P<wy>\d{{4}}))?"
DATE = re.compile(rf"(?<![\d/.-])(?:{_NUMERIC}|{_WRITTEN})(?![\d/])", re.IGNORECASE)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_BELGIAN = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")

# "uw klacht van 3 maart", "uw e-mail van 03/02/2025", "uw brief d.d. 3 maart"
_RECEIVED_BEFORE = re.compile(
    r"\b(?:uw|je|jouw)\s+(?:klacht|e-?mail|mail|brief|bericht|vraag|melding|schrijven|formulier|klachtenformulier)"
    r"\s+(?:van|op|d\.d\.|dd\.?|verstuurd op|ingediend op)\s+(?:\w+dag\s+)?$",
    re.IGNORECASE,
)
# "op 3 februari ontvingen wij uw klacht", "3 februari kregen we uw mail"
_RECEIVED_AFTER = re.compile(r"^,?\s+(?:ontving|ontvingen|kreeg|kregen|ontvangen)\s+(?:ik|wij|we)\b", re.IGNORECASE)
_LETTER_DATE_LINE = re.compile(r"^\s*(?:datum\s*:?\s*|[A-ZÀ-Ý][\w' -]{1,40},\s*)?(?:\w+dag\s+)?$", re.IGNORECASE)
_SALUTATION = re.compile(r"^\s*(?:geachte|beste|dag|hallo|goeiedag|goedendag|lieve)\b", re.IGNORECASE | re.MULTILINE)


def parse_date(value: str) -> date:
    """A date in ISO (2025-03-17) or Belgian form (17/03/2025, 17-3-2025, 17.03.2025); ValueError otherwise."""
    text = value.strip()
    iso, belgian = _ISO.match(text), _BELGIAN.match(text)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    elif belgian:
        day, month, year = (int(part) for part in belgian.groups())
    else:
        raise ValueError(f"'{text}' is geen datum in de vorm dd/mm/jjjj, d-m-jjjj of jjjj-mm-dd")
    try:
        return date(year, month, day)
    except ValueError as error:
        raise ValueError(f"'{text}' bestaat niet als datum") from error


def _as_date(match: re.Match[str], year: int | None) -> date | None:
    if match.group("nd"):
        day, month, found_year = int(match.group("nd")), int(match.group("nm")), int(match.group("ny"))
    else:
        day, month = int(match.group("wd")), MONTH_NUMBERS[match.group("wm").lower()]
        found_year = int(match.group("wy")) if match.group("wy") else year
    if found_year is None:
        return None
    try:
        return date(found_year, month, day)
    except ValueError:
        return None


def letter_date(text: str) -> date | None:
    """The date the letter carries at its top, before the salutation."""
    salutation = _SALUTATION.search(text)
    head = text[: salutation.start()] if salutation else text[:600]
    for match in DATE.finditer(head):
        line_start = head.rfind("\n", 0, match.start()) + 1
        if _LETTER_DATE_LINE.match(head[line_start : match.start()]):
            found = _as_date(match, None)
            if found:
                return found
    return None


def complaint_date(text: str, sent: date | None) -> date | None:
    """The date of the complaint the letter answers, as the letter mentions it."""
    for match in DATE.finditer(text):
        before = text[max(0, match.start() - 80) : match.start()]
        after = text[match.end() : match.end() + 40]
        if not (_RECEIVED_BEFORE.search(before) or (re.search(r"\bop\s+$", before, re.IGNORECASE) and _RECEIVED_AFTER.match(after))):
            continue
        year = sent.year if sent else None
        found = _as_date(match, year)
        if found and sent and not match.group("nd") and not match.group("wy") and found > sent:
            found = found.replace(year=found.year - 1) if not (found.month == 2 and found.day == 29) else None
        if found:
            return found
    return None


def estimate(text: str) -> tuple[date | None, date | None]:
    """(received, sent) as far as the letter itself tells; implausible pairs are dropped."""
    sent = letter_date(text)
    received = complaint_date(text, sent)
    if received and sent and not 0 <= (sent - received).days <= 3 * 365:
        received = None
    return received, sent
