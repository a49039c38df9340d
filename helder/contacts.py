"""Contact details in a letter: phone numbers, e-mail addresses, websites, postal addresses.

One definition for every module that looks for them: the segmenter (a
signature block), personal tone (a signature the reader can use) and the
"wat nu?" check (a channel to the ombudsman).
"""

from __future__ import annotations

import re

# Belgian numbers ("09 123 45 67", "+32 2 553 00 00", "0800 240 50", "02/553.12.34") and 1700;
# never a piece of a reference such as "KL/2026/00123".
PHONE = re.compile(r"(?<![\d/])(?:\+32 ?|0)\d{1,3}(?:[ ./]?\d{2,3}){2,4}(?![\d/])|\b1700\b")
# Bounded parts keep the search linear on long runs of word characters.
EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
WEBSITE = re.compile(r"\b(?:https?://|www\.)\S|\b[\w-]{1,63}\.(?:be|vlaanderen|brussels|eu|com|org)\b", re.IGNORECASE)
ADDRESS = re.compile(
    r"\b[1-9]\d{3} [A-ZÀ-Ý][a-zà-ÿ-]+"  # postcode and municipality: "1000 Brussel"
    r"|\b[A-ZÀ-Ý][a-zà-ÿ-]*(?:straat|laan|plein|weg|lei|dreef|kaai|markt|steenweg) \d+"  # "Leuvenseweg 48"
    r"|\b[Pp]ostbus \d+"
)


def has_contact(text: str) -> bool:
    """A phone number, e-mail address or website somewhere in `text`."""
    return any(pattern.search(text) for pattern in (PHONE, EMAIL, WEBSITE))
